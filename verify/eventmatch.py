"""Finding the dated event a sentence talks about.

Events are matched on what happened (content words of the record's name and
aliases, lightly stemmed so "invitation" meets "invites" and "invasion"
"invaded") and on who took
part (fuzzy person names). Both are needed: names alone would tie every
Putin sentence to every Putin summit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from verify.datasets import Dataset
from verify.matching import (
    GRADE_RE,
    ascii_spelling,
    contains_phrase,
    name_score,
    normalize,
    same_country,
    unnamed_place,
)
from verify.timeexpr import MONTH_NAMES, WEEKDAYS, parse_number

# A compact English stop list; spaCy's would do, but importing it pulls in
# the language package on commands that never parse.
STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be been before being below between both but
    by can could did do does doing down during each few for from further had has have having he her here hers
    herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than that the their theirs
    them themselves then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your yours yourself yourselves already last first second
    new one two three year years month months day days week weeks since ago make makes made take takes took hold
    holds held begin began begins started start starts us mr ms dr vs""".split()
)
NEGATIONS = frozenset(
    {"not", "never", "no", "neither", "nor", "without", "didn", "wasn", "hasn", "hadn", "doesn", "don"}
)
# Outcomes that exclude each other (read by stem: ``OPPOSITES``, built below ``stem``).
OPPOSITE_WORDS = {
    "accepted": ("declined", "rejected", "refused", "rebuffed", "spurned", "turned"),
    "agreed": ("refused", "rejected", "declined", "disagreed"),
    "signed": ("refused",),
    "approved": ("rejected", "vetoed", "denied", "blocked", "prohibited"),
    # a regulator's decision on a deal: "cleared" it or "blocked" it
    "blocked": ("cleared", "allowed"),
    "won": ("lost", "lose"),
    "convicted": ("acquitted", "cleared", "exonerated"),
    "guilty": ("acquitted", "cleared", "exonerated", "innocent"),
    "passed": ("failed", "rejected", "survived"),
    # what failed did not topple anyone ("hardliners toppled Gorbachev" against "coup failed")
    "failed": ("toppled", "overthrew", "overthrown", "ousted", "deposed"),
    # a vote survived was not lost, nor its target ousted or removed
    "survived": ("ousted", "removed", "toppled", "lost"),
    # a majority kept was not lost ("the ANC kept its majority" against "ANC lost its majority")
    "lost": ("kept", "retained", "preserved"),
    # a rate raised was not cut or held
    "raised": ("cut", "held", "holds", "hold", "kept", "paused"),
    "cut": ("held", "holds", "hold", "kept", "paused"),
    # a craft that crashed did not land, nor was it caught
    "crashed": ("landed", "landing", "caught"),
    # a craft with its crew aboard was not empty ("with its crew" is read as "crewed")
    "crewed": ("uncrewed", "unmanned", "empty"),
}

_WORD = re.compile(r"[a-z0-9]+")


# Past tenses that do not begin like their verb ("met" and "meeting", "sank" and "sinking").
IRREGULAR_PAST = {
    "met": "meet",
    "died": "die",
    "fought": "fight",
    "struck": "strike",
    "sent": "send",
    "led": "lead",
    "flew": "fly",
    "shot": "shoot",
    "sank": "sink",
    "sunk": "sink",
    "fell": "fall",
    "fallen": "fall",
    "beaten": "beat",
    "spoke": "speak",
    "sought": "seek",
    "brought": "bring",
    "built": "build",
    "stood": "stand",
    "froze": "freeze",
    "withdrew": "withdraw",
    "sworn": "swear",
    "swore": "swear",
    "won": "win",
    "began": "begin",
    "begun": "begin",
    "took": "take",
    "taken": "take",
    "held": "hold",
    "gave": "give",
    "given": "give",
    "made": "make",
    "wrote": "write",
    "written": "write",
    "broke": "break",
    "broken": "break",
    "chose": "choose",
    "chosen": "choose",
    "left": "leave",
    "lost": "lose",
    "sold": "sell",
    "bought": "buy",
    "paid": "pay",
    "told": "tell",
    "found": "find",
    "kept": "keep",
    "rose": "rise",
    "risen": "rise",
    "fled": "flee",
    "threw": "throw",
    "thrown": "throw",
    "overthrew": "overthrow",
    "overthrown": "overthrow",
    "drew": "draw",
    "drawn": "draw",
    "grew": "grow",
    "grown": "grow",
    "became": "become",
    "came": "come",
    "went": "go",
    "gone": "go",
    "saw": "see",
    "seen": "see",
    "shown": "show",
    "stole": "steal",
    "stolen": "steal",
    "spent": "spend",
    "caught": "catch",
    "drove": "drive",
    "driven": "drive",
    "ran": "run",
    "hung": "hang",
    "laid": "lay",
    "fed": "feed",
    "blew": "blow",
    "blown": "blow",
    "flown": "fly",
    "frozen": "freeze",
    "spoken": "speak",
    "upheld": "uphold",
    "withheld": "withhold",
    "undertook": "undertake",
    "overtook": "overtake",
    "swept": "sweep",
    "tore": "tear",
    "torn": "tear",
    "got": "get",
}


# Nouns and adjectives whose verb no suffix rule finds: "Navalny's death" is "Navalny died", and
# "the lander touched down" is the landing.
NOUN_VERBS = {"death": "die", "dead": "die", "lander": "land", "landers": "land"}
# Words news uses for leaving an office that records name otherwise: "quit" is "resigned"; and for
# a rate moved down or up: "lowered" is "cut", "hiked" is "raised"
LEAVING_WORDS = {
    "quit": "resign",
    "quits": "resign",
    "quitting": "resign",
    "lowered": "cut",
    "lowers": "cut",
    "lowering": "cut",
    "lower": "cut",
    "slashed": "cut",
    "slashes": "cut",
    "slash": "cut",
    "hiked": "raise",
    "hikes": "raise",
    "hike": "raise",
}


def tells_the_opposite(text: str, names: list[str]) -> bool:
    """Whether the names tell an act opposite to one ``text`` tells, in any word ("Fed holds rates"
    and "Fed pauses rate hikes" of "the Fed raised rates"; "holds" is a stop word to matching)."""
    told = {stem(word) for word in normalize(text).split()}
    opposite = {other for act in told for other in OPPOSITES.get(act, ())}
    return bool(opposite) and any(opposite & {stem(word) for word in normalize(name).split()} for name in names)


# Words news uses for one diplomatic act: "Putin met Kim" (or "welcomed", "greeted", "hosted" him) is the
# record of their summit or talks.
MEETING = "meet"
MEETING_STEMS = frozenset({"summi", "talk", "talke", "welco", "greet", "host"})


# British spellings read as American ones: "armoured" is "armored", "honour" "honor" (not "four",
# "hour", "tour", too short to be spelled so)
_AMERICAN_SPELLING = re.compile(r"^([a-z]{2,})our(ed|ing|s|ite|ites)?$")


def stem(word: str) -> str:
    """The first five letters, after a plural "s", an "-ing" or an "-ed" and a final "e" ("landed"
    meets "lands", "fired" "fire"); a noun in "-sion" as its verb in
    "-de" ("invasion" meets "invaded", "decision" "decided", "explosion" "exploded"); an irregular
    past as its verb ("met" meets "meeting", "sank" "sinking"), and "death" as "die"; "quit" as
    "resign"; a summit, talks, a welcome, a greeting or hosting as a meeting; a British spelling as
    the American one ("armoured" meets "armored")."""
    word = word.lower()
    if len(word) >= 6 and not word.startswith("labour"):  # (the UK's Labour is not Australia's Labor)
        word = _AMERICAN_SPELLING.sub(r"\1or\2", word)
    word = IRREGULAR_PAST.get(word, word)
    word = NOUN_VERBS.get(word, word)
    word = LEAVING_WORDS.get(word, word)
    ending = word
    if len(word) >= 6 and word.endswith("ing"):
        word = _undoubled(word[:-3])
    elif len(word) > 4 and word.endswith("ied"):
        word = word[:-3] + "y"
    elif len(word) > 5 and word.endswith("eed"):
        word = word[:-1]  # "agreed" meets "agree"; "speed" stays
    elif len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        word = _undoubled(word[:-2])  # "landed" meets "lands", "planned" "plans"
    # a plural "s", but not the end of "refus(ed)", "focus" or "crisis"
    if word == ending and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 6 and word.endswith("sion") and not word.endswith("ssion"):
        word = word[:-4] + "d"
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]  # "fired" and "fires" meet "fire"
    return MEETING if word[:5] in MEETING_STEMS else word[:5]


def _undoubled(word: str) -> str:
    """ "plann" (of "planned") -> "plan"; "call" and "pass" keep their double letter."""
    if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz":
        return word[:-1]
    return word


OPPOSITES: dict[str, set[str]] = {}
for _word, _others in OPPOSITE_WORDS.items():
    for _other in _others:
        OPPOSITES.setdefault(stem(_word), set()).add(stem(_other))
        OPPOSITES.setdefault(stem(_other), set()).add(stem(_word))


@lru_cache(maxsize=65536)
def _content_words(text: str) -> tuple[tuple[str, str], ...]:
    """(word, stem) of every content word; cached, as dataset labels are read for every claim."""
    return tuple(
        (word, stem(word)) for word in _WORD.findall(normalize(text)) if word not in STOP_WORDS and len(word) >= 2
    )


def content_stems(text: str, names: list[str] = ()) -> list[str]:
    """Stems of the words that say what happened, without names and stop words."""
    return list(_content_stems(text, tuple(names)))


@lru_cache(maxsize=65536)
def _content_stems(text: str, names: tuple[str, ...]) -> tuple[str, ...]:
    # cached: every claim reads the labels of the same records, with the same few names
    name_words = {w for name in names for w in normalize(name).split()}
    return tuple(dict.fromkeys(s for word, s in _content_words(text) if word not in name_words))


@dataclass
class EventMatch:
    row: dict[str, Any]
    dataset: Dataset
    label: str  # the name or alias that matched best
    coverage: float  # share of the label's content words the claim contains
    matched_stems: list[str]
    participants_matched: list[str] = field(default_factory=list)
    # claim stems found in any of the row's names: breaks ties between rows whose best names match alike
    stems_anywhere: frozenset[str] = frozenset()

    @property
    def stems_in_any_name(self) -> int:
        return len(self.stems_anywhere)

    @property
    def score(self) -> float:
        return round(100 * self.coverage, 1)

    @property
    def start(self) -> dt.date | None:
        return self.row.get("start_date")

    @property
    def end(self) -> dt.date | None:
        return self.row.get("end_date") or self.row.get("start_date")

    @property
    def when(self) -> str:
        """The record's dates as a verdict tells them: "2023-11-30 to 2023-12-13", "2023-09-13"."""
        if self.start and self.end and self.end != self.start:
            return f"{self.start.isoformat()} to {self.end.isoformat()}"
        return self.start.isoformat() if self.start else "an unknown date"

    def strong(self, claim_participants: list[str]) -> bool:
        """Same event, beyond reasonable doubt: what and who both agree.

        Without named people, what happened must be said in full and in
        more than a word or two ("Russia-North Korea summit" is not matched
        by "talks between the two countries").
        """
        if not claim_participants:
            # "since the war in Ukraine began": a name said in full and carrying a proper name is specific
            specific = len(self.matched_stems) >= 3 or (len(self.matched_stems) == 2 and self.says_a_proper_name)
            return self.coverage >= 1.0 and specific
        everyone = len(self.participants_matched) >= min(2, len(claim_participants))
        if len(self.matched_stems) >= 2 and self.coverage >= 0.75:
            return everyone
        if self.coverage >= 1.0 and len(self.participants_matched) >= 2:
            return True
        # "Shoigu visited Pyongyang" for the alias "Shoigu in Pyongyang": everyone named, and a proper name said
        return self.coverage >= 1.0 and everyone and self.says_a_proper_name

    @property
    def says_a_proper_name(self) -> bool:
        """Whether the claim holds a capitalised word of the matched name ("Ukraine", "Pyongyang"), or
        names the person it names ("Biden" of the alias "Biden withdrawal")."""
        capitalised = [w for w in self.label.split() if w[:1].isupper()]
        proper = content_stems(" ".join(capitalised))
        return bool(set(proper) & set(self.matched_stems)) or any(
            name_score(word, person) >= 90 for word in capitalised for person in self.participants_matched
        )


# words a capitalised name may hold that its initials leave out: "Organization of the Petroleum ..."
_NAME_GLUE = frozenset({"of", "the", "and", "for", "on", "de"})
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


@lru_cache(maxsize=65536)
def spelled_acronyms(text: str) -> dict[str, tuple[str, ...]]:
    """The acronym each run of two or more capitalised words spells, with its words:
    {"ioc": ("international", "olympic", "committee")} for "International Olympic Committee"."""
    found: dict[str, tuple[str, ...]] = {}
    run: list[str] = []
    for word in [*re.findall(r"[\w'-]+|[^\w\s]", text), ""]:
        if word[:1].isupper() and not word.isupper() and not (not run and word.lower() in STOP_WORDS):
            run.append(word)
        elif word.lower() in _NAME_GLUE and run:
            continue
        else:
            if len(run) >= 2:
                found["".join(w[0] for w in run).lower()] = tuple(w.lower() for w in run)
            run = []
    return found


# Where a record's name goes on from what happened to a description of it: "Finland joins NATO as
# its 31st member", "... , and Putin accepts".
_DESCRIPTION_OPENS = re.compile(r"\s+as\s+(?:its|their|his|her)\s+|,\s+")


@lru_cache(maxsize=16384)
def _names_and_cores(names: tuple[str, ...]) -> tuple[str, ...]:
    """A record's names, and the part of each before a description of what happened, when that part
    tells it in three words or more: "Finland joins NATO" of "Finland joins NATO as its 31st member"."""
    cores = []
    for name in names:
        opening = _DESCRIPTION_OPENS.search(name)
        if opening and len(content_stems(name[: opening.start()])) >= 3:
            cores.append(name[: opening.start()])
    return tuple(dict.fromkeys((*names, *cores)))


_ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
_ORDINAL_NOUN = re.compile(rf"\b({_ORDINAL_WORDS}|\d+(?:st|nd|rd|th))[\s-]+([a-z]+)", re.IGNORECASE)


_ORDINAL = re.compile(rf"\b(?:{_ORDINAL_WORDS}|\d+(?:st|nd|rd|th))\b", re.IGNORECASE)


def told_ordinal_words(text: str) -> list[str]:
    """Every ordinal the text says: ["second", "first"] of "the second meeting; the first took place"."""
    return _ORDINAL.findall(text)


def told_ordinals(text: str) -> dict[str, str]:
    """The ordinal each noun has: {"round": "second"} of "the second round", {"member": "31st"}; not
    a noun told with two ("won the runoff a week after the first round")."""
    told: dict[str, set[str]] = {}
    for ordinal, noun in _ORDINAL_NOUN.findall(text):
        told.setdefault(stem(noun), set()).add(ordinal.lower())
    return {noun: ordinals.pop() for noun, ordinals in told.items() if len(ordinals) == 1}


def numbered_as_told(text: str, matches: list[EventMatch], people: list[str]) -> list[EventMatch]:
    """The records that may be the one ``text`` numbers ("Mali's second coup"): when one of them,
    of the ``people`` named, numbers the thing so in a name of its own ("second Malian coup"), not
    those that number it otherwise ("first Malian coup"). Another's record that numbers it so
    ("Sweden joins NATO as its 32nd member") leaves them be: it tells that the sentence's is
    numbered wrong."""
    told = _numbered_words(text)
    if not told:
        return matches

    def numbering(match: EventMatch) -> list[dict[str, str]]:
        named = (_numbered_words(name) for name in match.dataset.names(match.row, "name"))
        return [ordinals for ordinals in named if set(ordinals) & set(told)]

    def agrees(ordinals: dict[str, str]) -> bool:
        return all(ordinals[noun] == told[noun] for noun in set(ordinals) & set(told))

    if not any(agrees(o) for m in matches if m.strong(people) for o in numbering(m)):
        return matches
    return [m for m in matches if not numbering(m) or any(agrees(o) for o in numbering(m))]


_ORDINAL_AND_WORDS = re.compile(rf"\b({_ORDINAL_WORDS}|\d+(?:st|nd|rd|th))((?:[\s-]+[A-Za-z]+){{1,2}})", re.IGNORECASE)


def _numbered_words(text: str) -> dict[str, str]:
    """The ordinal of each of the (up to two) words after one: {"coup": "second", "malia": "second"}
    of "second Malian coup"; a word numbered two ways is left out."""
    told: dict[str, set[str]] = {}
    for ordinal, words in _ORDINAL_AND_WORDS.findall(text):
        for word in re.split(r"[\s-]+", words.strip(" -")):
            told.setdefault(stem(word), set()).add(ordinal.lower())
    return {word: ordinals.pop() for word, ordinals in told.items() if len(ordinals) == 1}


def ordinals_disagree(label: str, text: str) -> bool:
    """Whether the label and the text number the same thing differently: "First round of the
    legislative election" and "won the second round"; "as its 31st member" and "as its 32nd member"."""
    told, named = told_ordinals(text), told_ordinals(label)
    return any(noun in told and told[noun] != ordinal for noun, ordinal in named.items())


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")


@lru_cache(maxsize=65536)
def _clipped_words(label: str, text: str) -> frozenset[str]:
    """The stems of the label's words that the text says clipped or in full, either way: "Fed" of
    "Federal", "Federal" of "Fed" (capitalised, the short form three or four letters, the full one
    more than twice as long)."""
    said = set(_CAPITALISED_WORD.findall(text))
    found = set()
    for word in _CAPITALISED_WORD.findall(label):
        for other in said:
            short, full = sorted((word, other), key=len)
            # (twice as long and more: "Iranian" is no "Iran" in full, but its people)
            if 3 <= len(short) <= 4 and len(full) > 2 * len(short) and full.startswith(short):
                found.add(stem(word))
    return frozenset(found)


def said_acronyms(text: str) -> set[str]:
    """The acronyms a text says: "WHO", "IOC", "NATO" (lower-cased)."""
    return {a.lower() for a in _ACRONYM.findall(text)}


# "sent troops into Ukraine", "Russian troops crossed into Ukraine": what a record names an invasion
_SENT_TROOPS = re.compile(
    r"\bsen(?:d|ds|t|ding)\s+(?:(?:his|her|its|their|the|in)\s+)?(?:troops|tanks|forces|army|soldiers)\s+(?:into|in)\b"
    r"|\b(?:troops|tanks|forces|soldiers)\s+(?:crossed|poured|rolled|marched|stormed)\s+into\b",
    re.IGNORECASE,
)


# "toppled", "ousted", "overthrown", "deposed": the words a record of a coup may use for any of them
_REMOVED_BY_FORCE = re.compile(r"\b(?:toppl|overthr|oust|depos)[a-z]*", re.IGNORECASE)


def match_events(
    dataset: Dataset,
    text: str,
    participants: list[str],
    limit: int = 5,
    keep: Callable[[EventMatch], bool] | None = None,
) -> list[EventMatch]:
    """Rows of an events dataset that the text may describe, best first; beyond the first ``limit``,
    those ``keep`` picks (a dated sentence's: the records of its date). An acronym meets the name it
    stands for, either way: "the IOC" and "the International Olympic Committee"."""
    text = _SENT_TROOPS.sub("invaded", text)
    text = _REMOVED_BY_FORCE.sub("toppled ousted overthrown deposed coup", text)
    # Names of the people involved are compared as names, not as words.
    acronyms = said_acronyms(text)
    spelled = set(spelled_acronyms(text))
    every_stem = content_stems(text) + sorted(spelled)
    stems_without_people = set(content_stems(text, participants)) | spelled
    matches = []
    # Only rows whose name or aliases have a word starting with a claim stem can score.
    # a record names a meeting as a summit or talks: look those words up too
    looked_up = set(every_stem) | (MEETING_STEMS if MEETING in every_stem else set())
    for row in dataset.rows_with_words(dataset.name_columns("name"), sorted(looked_up), prefix=True):
        row_people = [p for p in row.get("participants") or [] if p]
        matched_people = [person for person in participants if any(name_score(person, p) >= 90 for p in row_people)]
        # A "person" the record names as its place or in its name is a place the parser took for a
        # person ("Ukraine recaptured Kherson"): it is matched, and its words count as what happened.
        row_words = _row_words(dataset, row) if len(matched_people) < len(participants) else set()
        named_places = [p for p in participants if p not in matched_people and set(normalize(p).split()) <= row_words]
        if participants and not matched_people and not named_places:
            continue
        people = [p for p in participants if p not in named_places]
        claim_stems = set(content_stems(text, people)) | spelled if named_places else stems_without_people
        matched_people = matched_people + named_places
        best: tuple[float, int, str, list[str]] | None = None
        anywhere: set[str] = set()
        for label in _names_and_cores(tuple(dataset.names(row, "name"))):
            stems = content_stems(label, people)
            if not stems:
                continue
            # "the WHO" says each word of "World Health Organization declares ..." that it spells
            said = {
                stem(word)
                for acronym, words in spelled_acronyms(label).items()
                if acronym in acronyms
                for word in words
            }
            said |= _clipped_words(label, text)
            if ordinals_disagree(label, text):
                continue  # "the second round" is not "the first round"
            hit = [s for s in stems if s in claim_stems or s in said]
            anywhere.update(hit)
            coverage = len(hit) / len(stems)
            candidate = (coverage, len(hit), label, hit)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        if best and best[1] > 0:
            matches.append(EventMatch(row, dataset, best[2], best[0], best[3], matched_people, frozenset(anywhere)))
    matches.sort(key=lambda m: (-m.coverage, -len(m.matched_stems), -m.stems_in_any_name, -len(m.participants_matched)))
    return matches[:limit] + [m for m in matches[limit:] if keep is not None and keep(m)]


def _row_words(dataset: Dataset, row: dict[str, Any]) -> frozenset[str]:
    """Every word of a record's names and place."""
    return _words_of((*dataset.names(row, "name"), row.get("place") or ""))


@lru_cache(maxsize=16384)
def _words_of(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word for text in texts for word in normalize(text).split())


# "said no" to an invitation or an offer is a refusal
_SAID_NO = re.compile(r"\b(?:said|says|say|saying)\s+no\b")


def _measures(text: str) -> dict[str, set[float]]:
    found: dict[str, set[float]] = {}
    for match in GRADE_RE.finditer(text):
        word = (match["word"] or "magnitude").lower()
        found.setdefault(word, set()).add(float(match["after"] or match["before"]))
    return found


def contradicted_measure(text: str, recorded: list[str]) -> tuple[str, str] | None:
    """(claimed, recorded) when the sentence grades the event otherwise than the record does: a
    "magnitude 6.9" earthquake recorded as "Magnitude 7.5", a "Category 5" storm recorded as
    making landfall "as a Category 3 hurricane"; or gives another score ("beat England 3-1" for a
    final won 2–1; "4-2 on penalties" after "a 3-3 draw" are both the final's)."""
    claimed = _measures(text)
    known = _measures(" ".join(recorded))
    for word, values in claimed.items():
        if word in known and not values & known[word]:
            return f"{word} {min(values):g}", f"{word} {', '.join(f'{v:g}' for v in sorted(known[word]))}"
    recorded_text = " ".join(recorded)
    claimed_scores, known_scores = scores(text), scores(recorded_text)
    if claimed_scores and known_scores and not claimed_scores & known_scores:
        return _said_scores(claimed_scores), _said_scores(known_scores)
    if len(claimed_scores) > 1 and len(known_scores) > 1 and claimed_scores - known_scores:
        # a match told set by set: "beat Djokovic 7-5, 6-2, 7-6" against "6–2 6–2 7–6"
        return _said_scores(claimed_scores), _said_scores(known_scores)
    # "ruled unanimously" against a 6-3 ruling, and a split against a unanimous one
    for said, other, split in ((text, recorded_text, known_scores), (recorded_text, text, claimed_scores)):
        if _UNANIMOUS.search(said) and split and all(low > 0 for low, _ in split) and not _UNANIMOUS.search(other):
            told = "unanimous" if said is text else _said_scores(claimed_scores)
            return told, _said_scores(known_scores) if said is text else "unanimous"
    claimed_pole, known_pole = set(_POLE.findall(text.lower())), set(_POLE.findall(recorded_text.lower()))
    if claimed_pole and known_pole and not claimed_pole & known_pole:
        return f"the {min(claimed_pole)} pole", f"the {min(known_pole)} pole"
    claimed_margin, known_margin = margin_of(text), margin_of(recorded_text)
    if claimed_margin and known_margin and claimed_margin != known_margin:
        # "beat South Africa by seven wickets" for a final "India won by 7 runs"
        return _said_margin(claimed_margin), _said_margin(known_margin)
    claimed_term, known_term = _prison_term(text), _prison_term(recorded_text)
    if claimed_term and known_term and claimed_term[1] == known_term[1] and _terms_differ(claimed_term, known_term):
        return _said_term(claimed_term), _said_term(known_term)
    # "cut rates by a quarter percentage point" against a cut "by half a percentage point"
    claimed_moves, known_moves = rate_moves(text), rate_moves(recorded_text)
    if claimed_moves and known_moves and not claimed_moves & known_moves:
        return _said_moves(claimed_moves), _said_moves(known_moves)
    # "inflation peaked at 10.1 per cent" against a record of 11.1%
    claimed_percents, known_percents = _percents(text), _percents(recorded_text)
    if (
        claimed_percents
        and known_percents
        and not any(_same_percent(said, known) for said in claimed_percents for known in known_percents)
    ):
        return _said_percents(claimed_percents), _said_percents(known_percents)
    return None


_FRACTIONS = {
    "a quarter": 0.25,
    "quarter": 0.25,
    "half a": 0.5,
    "half": 0.5,
    "a half": 0.5,
    "three quarters of a": 0.75,
    "three quarter": 0.75,
}
_POINTS = r"(?:percentage[- ])?points?"
_MOVE = re.compile(
    rf"\bby\s+(?:(?P<bp>\d+)\s+basis[- ]points?|(?P<pp>\d+(?:\.\d+)?)\s+{_POINTS}"
    rf"|(?P<fraction>a\s+quarter|half\s+a|three[- ]quarters\s+of\s+a)(?:\s+of\s+a)?\s+{_POINTS})"
    rf"|\b(?P<adjective>quarter|half|three[- ]quarter)[- ](?:percentage[- ])?point\b"
    rf"|\b(?P<bp_adjective>\d+)[- ]basis[- ]point\b",
    re.IGNORECASE,
)


def rate_moves(text: str) -> set[int]:
    """The moves of a rate the text tells, in basis points: "by a quarter percentage point" and "by
    25 basis points" are 25, "a half-point cut" 50, "by 0.75 percentage point" 75."""
    moves = set()
    for match in _MOVE.finditer(text):
        if match["bp"] or match["bp_adjective"]:
            moves.add(int(match["bp"] or match["bp_adjective"]))
        elif match["pp"]:
            moves.add(round(float(match["pp"]) * 100))
        else:
            said = re.sub(r"[\s-]+", " ", (match["fraction"] or match["adjective"]).lower())
            moves.add(round(_FRACTIONS[said] * 100))
    return moves


def _said_moves(moves: set[int]) -> str:
    return " or ".join(f"{m} basis points" for m in sorted(moves))


_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
_ROUGHLY = re.compile(r"\b(?:about|around|nearly|almost|roughly|some|approximately|over|more than|less than|under)\s*$")


def _percents(text: str) -> list[tuple[float, bool]]:
    """(percentage, told roughly) of each percentage the text gives."""
    return [(float(m[1]), bool(_ROUGHLY.search(text[: m.start()].lower()))) for m in _PERCENT.finditer(text)]


def _same_percent(said: tuple[float, bool], known: tuple[float, bool]) -> bool:
    """Whether a percentage told agrees with a recorded one: the same, rounded to what the sentence
    gives (59% of 59.2%), or, told roughly, within a tenth of it."""
    value, rough = said
    recorded = known[0]
    if rough:
        return abs(value - recorded) <= max(1.0, recorded / 10)
    decimals = len(str(value).split(".")[1].rstrip("0")) if "." in str(value) else 0
    return round(recorded, decimals) == value or abs(value - recorded) < 1e-9


def _said_percents(percents: list[tuple[float, bool]]) -> str:
    return ", ".join(f"{value:g}%" for value in sorted({value for value, _ in percents}))


# the margin a contest was won by: "by seven runs", "by six wickets", "by 12 votes" (not a tally,
# "by 248 votes to 201")
_MARGIN = re.compile(
    r"\bby\s+(?:an?\s+innings\s+and\s+)?(?P<count>\d+|[a-z]+(?:[- ][a-z]+)?)\s+"
    r"(?P<unit>runs?|wickets?|points?|goals?|votes?|strokes?|shots?|seconds?|lengths?)\b(?!\s+to\s+\w)",
    re.IGNORECASE,
)


def margin_of(text: str) -> tuple[float, str] | None:
    """(count, unit) of the margin ``text`` says a contest was won or lost by, if any."""
    match = _MARGIN.search(text)
    if match is None:
        return None
    count = parse_number(match["count"])
    return (count, match["unit"].lower().rstrip("s")) if count is not None else None


def _said_margin(margin: tuple[float, str]) -> str:
    count, unit = margin
    return f"by {count:g} {unit}{'' if count == 1 else 's'}"


# "near the lunar south pole", "the Moon's north pole"
_POLE = re.compile(r"\b(north|south)(?:ern)?\s+pole\b")
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)
# "sentenced to 25 years", "sentenced to more than 11 years in prison"
_PRISON_TERM = re.compile(
    r"\bsentenced\s+to\s+(?P<op>more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|at\s+least\s+)?"
    r"(?P<count>\d+(?:\.\d+)?|[a-z]+(?:[- ][a-z]+)?)\s+(?P<unit>years?|months?)\b",
    re.IGNORECASE,
)


def _prison_term(text: str) -> tuple[float, str, str] | None:
    """(length, unit, comparison) of the prison term a text says someone was sentenced to."""
    match = _PRISON_TERM.search(text)
    if match is None:
        return None
    value = parse_number(match["count"])
    if value is None:
        return None
    return value, match["unit"].lower().rstrip("s"), " ".join((match["op"] or "").lower().split())


def _terms_differ(claimed: tuple[float, str, str], known: tuple[float, str, str]) -> bool:
    """Whether a claimed prison term cannot be the recorded one: "20 years" for 25; "five years" for
    "more than 11 years" (a term said round, "11 years", may be the one of 11 and a quarter)."""
    (said, _, said_op), (value, _, op) = claimed, known
    if op in ("more than", "over", "at least"):
        return said < value and said_op not in ("nearly", "almost", "about")
    if op in ("nearly", "almost", "about") or said_op:
        return abs(said - value) > max(1.0, value * 0.1)
    return said != value


def _said_term(term: tuple[float, str, str]) -> str:
    value, unit, op = term
    return f"{op + ' ' if op else ''}{value:g} {unit}{'' if value == 1 else 's'}"


# a result in figures, "2-1", "3–3"; not a part of a name or a code ("COVID-19", "F-16") or a date
_SCORE_RE = re.compile(r"(?<![\w/.:–-])(\d{1,2}) ?[-–] ?(\d{1,2})(?![\w/.:–-])")


def scores(text: str) -> set[tuple[int, int]]:
    """The scores ``text`` gives, each as (lower, higher): who won is told in words, and "lost 1-2"
    and "won 2-1" are one result. "September 15-16" and "15-16 September" are days, not a score."""
    found = set()
    for match in _SCORE_RE.finditer(text):
        before = text[: match.start()].split()[-1:]
        after = text[match.end() :].split()[:1]
        if any(word.lower().strip(".,") in MONTH_NAMES for word in before + after):
            continue
        low, high = sorted((int(match[1]), int(match[2])))
        found.add((low, high))
    return found


def _said_scores(found: set[tuple[int, int]]) -> str:
    return ", ".join(f"{high}-{low}" for low, high in sorted(found))


# "a no-confidence motion", "a no confidence vote", "a no-deal exit": a kind of thing, not a denial
_NO_COMPOUND = re.compile(r"\b[Nn]o(?:[- ](?=confidence\b)|-(?=\w))")


_WITH_CREW = re.compile(r"\bwith(out)?\s+(?:its|the|their|a|her|his)\s+(?:crew|astronauts)\b", re.IGNORECASE)


def _crewed(text: str) -> str:
    """ "returned with its crew" as "returned crewed", "without its crew" as "uncrewed"."""
    return _WITH_CREW.sub(lambda m: "uncrewed" if m[1] else "crewed", text)


# words whose stem is another's too ("successful" and "succeeded" both read "succe"), opposed as said
_OPPOSITE_FORMS = {"successful": {stem("failed")}, "successfully": {stem("failed")}}
# what a winner keeps: no contradiction of an outcome that tells a win beside a loss ("Erdoğan won;
# Kilicdaroglu lost" and "Erdoğan kept power")
_KEEPING = frozenset(stem(w) for w in ("kept", "retained", "preserved"))


def contradicted_outcome(text: str, outcome: str) -> str | None:
    """The word in ``text`` that contradicts a recorded outcome, if any."""
    words = _WORD.findall(_SAID_NO.sub("refused", normalize(_crewed(_NO_COMPOUND.sub("no", text)))))
    outcome_words = _WORD.findall(normalize(_crewed(outcome)))
    # "not guilty" records no guilt for "acquitted" to contradict
    outcome_stems = {
        stem(w) for i, w in enumerate(outcome_words) if not NEGATIONS & set(outcome_words[max(0, i - 2) : i])
    }
    for index, word in enumerate(words):
        s = stem(word)
        before = words[max(0, index - 3) : index]
        # (an outcome that tells both, "X won; Y lost", contradicts neither)
        recorded = outcome_stems & (OPPOSITES.get(s, set()) | _OPPOSITE_FORMS.get(word, set()))
        if (s in _KEEPING and outcome_stems & _WINNING) or before[-1:] == ["to"]:
            # (nor does an act only tried: "hardliners tried to topple him in a coup that failed")
            recorded = set()
        if recorded and s not in outcome_stems and (NEGATIONS - {"no"}) & set(before):
            continue  # "which the Russian president did not turn down" agrees with "accepted"
        if recorded and s not in outcome_stems:
            if s in _WINNING | _LOSING and any(stem(w) in recorded for w in words[:index]):
                # "Scholz lost the confidence vote, winning only 207 votes": the result told first is
                # the contest's, and what follows is of something else
                continue
            return word
        # "did not accept", "has yet to accept", "no statement was signed"; but "a 'no limits'
        # statement" is no denial of the statement
        denied = (NEGATIONS - {"no"}) & set(before) or before[-1:] == ["no"]
        if s in outcome_stems and (denied or before[-2:] == ["yet", "to"]):
            return " ".join([*before, word])
        # "though the Kremlin denied that the Russian president had accepted it", "Putin denied accepting it"
        leading = words[max(0, index - 6) : index]
        said_not = [w for w in leading if w in _DENYING]
        if s in outcome_stems and said_not and not NEGATIONS & set(leading):
            return f"{said_not[-1]} ... {word}"
    return None


# words that say something did not happen: "denied that he had accepted it"
_DENYING = frozenset({"denied", "denies", "deny", "denying"})


# Words that have their doer win or lose a contest: an outcome that names one ("Erdoğan won") is
# read against who the sentence has win ("Kilicdaroglu lost" agrees; "Kilicdaroglu won" does not).
_WINNING = frozenset(
    stem(w)
    for w in (
        "win", "won", "wins", "winning", "beat", "beats", "beaten", "defeat", "defeated", "prevail", "prevailed",
        "victory", "victories", "triumph", "triumphed", "winner", "winners",
    )
)  # fmt: skip
_LOSING = frozenset(stem(w) for w in ("lose", "lost", "loses", "losing", "loss", "concede", "conceded"))
# the words of sport for beating someone, as said (not by stem: "edge" and "rout" are nouns too)
_BEATING = frozenset(
    f"{verb}{ending}"
    for verb in ("thrash", "rout", "crush", "hammer", "outclass", "demolish", "overwhelm", "trounce", "thump")
    for ending in ("ed", "es", "ing")
) | frozenset({"edged", "edges", "edging", "overcame", "overcomes", "overcoming", "swept", "sweeps"})
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being", "be"})
# words that may stand between a subject and its verb: "was re-elected", "has narrowly won"
_HELPERS = _PASSIVE | frozenset({"re", "has", "have", "had", "narrowly", "easily", "comfortably", "also", "then"})
# the words of a vote that has someone chosen: the one chosen won it
_ELECTING = frozenset({"elected", "chose", "chosen", "picked", "selected", "elects", "chooses", "picks", "selects"})
# "fell to", "went down to", "bowed out to": lost to
_LOST_TO = frozenset({"fell", "fall", "falls", "went", "go", "goes", "bowed", "crashed"})
# "a defeat", "suffered a heavy defeat": the noun, whose bearer lost
_BEFORE_A_LOSS = frozenset({"a", "the", "their", "its", "his", "her", "heavy", "narrow", "shock", "suffered", "suffer"})


def recorded_winner(outcome: str, participants: list[str]) -> tuple[str, bool] | None:
    """(participant, won) when a recorded outcome names who won or lost: "Erdoğan won"."""
    words = _WORD.findall(normalize(outcome))
    stems = {stem(w) for w in words}
    # ("Srettha Thavisin elected": the one chosen won)
    won, lost = bool(stems & _WINNING or _ELECTING & set(words)), bool(stems & _LOSING)
    if won and lost:
        # "Lai Ching-te won; Hou Yu-ih and Ko Wen-je lost": the first result told, of the one named before it
        first = next(i for i, w in enumerate(words) if stem(w) in _WINNING | _LOSING)
        won, words = stem(words[first]) in _WINNING, words[:first]
    elif not won and not lost:
        return None
    named = [w for w in words if stem(w) not in _WINNING | _LOSING and w not in STOP_WORDS | _ELECTING]
    for person in participants:
        if any(name_score(w, person) >= 90 or _calls_the_party(w, person) for w in named):
            return person, won
    return None


def kept_what_was_lost(text: str, row: dict[str, Any]) -> str | None:
    """The word of keeping ("retained", "kept") that a participant's recorded loss contradicts:
    "Dutton retained his seat" against "Ali France won; Peter Dutton lost", an outcome of both a
    win and a loss that ``contradicted_outcome`` leaves alone."""
    people = [p for p in row.get("participants") or [] if p]
    words = _words_and_commas(text)
    for index, word in enumerate(words):
        if stem(word) not in _KEEPING:
            continue
        named = _named_before(words, index, people)
        if not named:
            return None
        keeper = max(named)[1]
        for part in str(row.get("outcome") or "").split(";"):
            found = recorded_winner(part, [keeper])
            if found is not None and not found[1]:
                return word
        return None
    return None


def _named_before(words: list[str], index: int, participants: list[str]) -> list[tuple[int, str]]:
    """(position, participant) for each participant a word before ``index`` names (of a long name
    whose other words other participants share, that word alone: "labour" of "New Zealand Labour
    Party", not "zealand")."""
    named = []
    for person in participants:
        distinctive = _distinctive_word(person, participants)
        for position, earlier in enumerate(words[:index]):
            if earlier in STOP_WORDS or earlier == ",":
                continue
            if (
                earlier == distinctive
                or (distinctive is None and name_score(earlier, person) >= 90)
                or _calls_the_party(earlier, person)
            ):
                named.append((position, person))
    return named


def _party_word(name: str) -> str | None:
    """The word a party's name is called by, its members in the plural: "liberal" of "Liberal
    Party" ("the Liberals"), "conservative" of "Conservative Party"; None for other names."""
    words = normalize(name).split()
    if not set(words) & {"party", "alliance", "coalition", "front", "movement"}:
        return None
    left = [w for w in words if w not in _GENERIC_NAME_WORDS]
    return left[0] if len(left) == 1 and len(left[0]) > 4 else None


def _calls_the_party(word: str, name: str) -> bool:
    """Whether ``word`` calls the party ``name`` by its members: "liberals", "conservatives",
    "democrats" of the Democratic Party."""
    party = _party_word(name)
    return party is not None and word != party and word.endswith("s") and stem(word) == stem(party)


# words of a party's or a group's name that do not tell it from others
_GENERIC_NAME_WORDS = frozenset({"party", "the", "of", "and", "alliance", "coalition", "movement", "front"})


def _distinctive_word(name: str, participants: list[str]) -> str | None:
    """The one word that tells a long name among the record's participants: "labour" of "New Zealand
    Labour Party" beside "New Zealand", which sentences call "Labour" or "the Labour Party"."""
    words = normalize(name).split()
    if len(words) < 3:
        return None
    others = {w for p in participants if p and p != name for w in normalize(p).split()}
    left = [w for w in words if w not in others and w not in _GENERIC_NAME_WORDS]
    return left[0] if len(left) == 1 else None


def _words_and_commas(text: str) -> list[str]:
    """The normalised words of ``text``, with its commas kept as words of their own."""
    return [word for part in text.split(",") for word in (*normalize(part).split(), ",")][:-1]


# verbs of an aim or an attempt: what follows "to" is not what happened
_INTENDING = frozenset(
    """promised promise promises vowed vow vows pledged pledge hoped hope hopes tried try tries sought seek seeks
    aimed aim aims wanted want wants expected expect expects plans planned plan intends intended bid""".split()
)


def _result_word(words: list[str], index: int) -> bool | None:
    """Whether the word at ``index`` has its doer win (True) or lose (False), None for neither:
    "India's defeat by Australia" and "fell to" lose, "defeat of" and "were beaten" read by voice."""
    word, s = words[index], stem(words[index])
    after = words[index + 1 : index + 3]
    before = words[max(0, index - 3) : index]
    if word in _LOST_TO and (after[:1] == ["to"] or (after[1:2] == ["to"] and after[0] in ("down", "out"))):
        return False
    if word in _BEATING:
        # "thrashed", "were routed by": the doer won, the one it was done to lost
        return not (word.endswith("ed") and bool(_PASSIVE & set(before[-2:])))
    if word in _ELECTING:
        return True  # "Wale was elected prime minister": the one named before it
    if s not in _WINNING and s not in _LOSING:
        return None
    if before[-1:] == ["to"] and len(before) >= 2 and before[-2] in _INTENDING:
        return None  # "promised to win back the House": an aim, not a result
    # "suffered a defeat to", "New Zealand's defeat by South Africa"; the verb has its object next
    a_loss = after[:1] in (["by"], ["to"], ["against"]) or (before and before[-1] in _BEFORE_A_LOSS)
    if word in ("defeat", "defeats") and after[:1] != ["of"] and a_loss:
        return False
    passive = word in ("defeated", "beaten", "beat") and bool(_PASSIVE & set(before[-2:]))
    return s in _WINNING and not passive


def _results(text: str, row: dict[str, Any]) -> tuple[tuple[str, bool], tuple[str, bool]] | None:
    """((who the record's outcome has win or lose, whether they won), (who ``text`` has win or
    lose, whether they won)), when both tell a result of the contest ``row`` records."""
    people = [p for p in row.get("participants") or [] if p]
    outcome = str(row.get("outcome") or "")
    winner = recorded_winner(outcome, people)
    told = claimed_result(text, people) if winner else None
    if winner is None or told is None:
        return None
    # an outcome of several contests, one result each ("Marcos won the presidency; Sara Duterte won
    # the vice presidency"): the one of whom the text tells
    parts = [found for part in outcome.split(";") if (found := recorded_winner(part, people)) is not None]
    return next((found for found in parts if found[0] == told[0]), winner), told


def _side_of(person: str, row: dict[str, Any]) -> list[str]:
    """``person`` and the participants whose side the record's name or outcome says it is: Geert
    Wilders of "Dutch general election won by Geert Wilders's PVV" for the PVV."""
    recorded = f"{row.get('name') or ''} {row.get('outcome') or ''}"
    owners = [
        p
        for p in row.get("participants") or []
        if p and p != person and re.search(rf"\b{re.escape(p)}['’]s?\s+{re.escape(person)}\b", recorded, re.IGNORECASE)
    ]
    return [person, *owners]


def result_told(text: str, row: dict[str, Any]) -> tuple[str, bool, bool | None] | None:
    """(who, whether ``text`` has them win, whether that agrees with the record ``row``) when the
    record's outcome names who won a contest and the text tells how one of its participants did:
    "Kilicdaroglu won the runoff" against "Erdoğan won" disagrees, "Kilicdaroglu lost" or
    "Kilicdaroglu did not win" agrees (a result denied is not the contest denied). Whether it agrees
    is None when one is a party and the other a person, whose side the record does not tell: "Hasina
    lost" against "Awami League won"."""
    results = _results(text, row)
    if results is None:
        return None
    (person, won), (who, claimed) = results
    sides = _side_of(person, row)
    if any(one_party(who, side) for side in sides):
        return who, claimed, claimed == won
    if is_group_name(who) != is_group_name(person):
        return who, claimed, None
    return who, claimed, claimed != won


# words that name a party, a group or a team, not a person
_GROUP_WORDS = frozenset(
    """party league congress alliance coalition front movement union bloc council committee assembly
    parliament government democrats republicans conservatives socialists""".split()
)


def is_group_name(name: str) -> bool:
    """Whether ``name`` is a party's or a group's: an acronym ("ANC", "PML-N") or a name with a word
    of groups ("Awami League"); "Sheikh Hasina" and "Cyril Ramaphosa" are people's."""
    words = name.split()
    acronym = len(words) == 1 and len(name) >= 2 and name.replace("-", "").isupper()
    return acronym or any(word.casefold() in _GROUP_WORDS for word in words)


def result_told_otherwise(text: str, row: dict[str, Any]) -> str | None:
    """How ``text`` has a contest the record ``row`` decides end, when the record's outcome says
    otherwise ("Kamala Harris won" against "Donald Trump won; Kamala Harris lost"); None when the
    text tells no result, or the record's. A name close to the winner's counts as theirs: the
    result is read from a span's anchor, where "Brothers of Italy won" may yield "Italy"."""
    results = _results(text, row)
    if results is None:
        return None
    (person, won), (who, claimed) = results
    sides = _side_of(person, row)
    same_side = any(name_score(who, side) >= 90 for side in sides)
    if (claimed == won) == same_side or (not same_side and is_group_name(who) != is_group_name(person)):
        return None
    return f"{who} {'win' if claimed else 'lose'}"


_CAPITALISED_NAME = r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)"
# "Frans Timmermans won", "GL-PvdA has won"; "was won by Frans Timmermans's GL-PvdA"
_WINNER_BEFORE = re.compile(rf"{_CAPITALISED_NAME}\s+(?:has\s+|had\s+)?(?:won|wins|clinched|swept)\b")
_WINNER_AFTER = re.compile(rf"\bwon\s+by\s+{_CAPITALISED_NAME}")


def unrecorded_winner(text: str, row: dict[str, Any]) -> str | None:
    """Whom ``text`` has win a contest whose winner the record ``row`` names, when the record names
    them nowhere: "Frans Timmermans won the Dutch general election" against "PVV won the most seats"
    (they may be of the winning side for all the record tells, so this is no contradiction)."""
    people = [p for p in row.get("participants") or [] if p]
    if recorded_winner(str(row.get("outcome") or ""), people) is None:
        return None
    recorded = {word for told in people for word in normalize(told).split()} | _winners_words(row)
    for pattern in (_WINNER_AFTER, _WINNER_BEFORE):
        for found in pattern.finditer(text):
            words = [w for w in normalize(found.group(1)).split() if w not in STOP_WORDS and len(w) > 1]
            if words and not any(w in recorded or w.removesuffix("s") in recorded for w in words):
                return found.group(1)
    return None


def _winners_words(row: dict[str, Any]) -> set[str]:
    """The words the record ``row`` names a winner with, in its outcome, name and aliases: those
    before a word of winning ("Awami League won") and after "won by" ("won by Geert Wilders's PVV"),
    not a name told doing something else ("boycotted by the BNP")."""
    texts = [*str(row.get("outcome") or "").split(";"), str(row.get("name") or ""), *_aliases(row)]
    found: set[str] = set()
    for text in texts:
        words = normalize(text).split()
        for index, word in enumerate(words):
            if stem(word) not in _WINNING and word not in _ELECTING:
                continue
            found.update(words[:index])
            if words[index + 1 : index + 2] == ["by"]:
                after = words[index + 2 :]
                found.update(after[: after.index("and")] if "and" in after else after)
    return found


def one_party(name: str, other: str) -> bool:
    """Whether two participants' names are one: "ANC" and "African National Congress", or one of an
    alliance's parties and the alliance ("CSU" and "CDU/CSU")."""
    return (
        name == other
        or any(
            short.lower() in spelled_acronyms(full)
            for short, full in ((name, other), (other, name))
            if " " not in short
        )
        or any(part.casefold() in _ALLIED.split(whole.casefold()) for part, whole in ((name, other), (other, name)))
    )


# a subject told again by a pronoun: the one a sentence is about
_TOLD_AGAIN = frozenset({"he", "she"})

# words before "by" that name a side's leader, not the side: "the National Party led by Luxon"
_LEADING = frozenset({"led", "headed", "fronted", "coached", "managed", "captained", "skippered"})

# the parties of an alliance's name: "CDU/CSU", "Labour/Co-operative"
_ALLIED = re.compile(r"\s*/\s*")


def claimed_result(text: str, participants: list[str]) -> tuple[str, bool] | None:
    """(participant, won) when a sentence has one of a record's participants win or lose: the one
    named last before the first word of winning or losing ("X defeated Y", "Messi scored as
    Argentina won"); "X did not win", "X was beaten" and "X fell to Y" lose. A clause set off by
    commas just before the word is an aside ("Labour, led by Starmer, won" is Labour's win) unless
    it is a name alone ("Azerbaijan's president, Ilham Aliyev, won"), and a participle after a comma
    is the subject's ("Badenoch was elected, defeating Jenrick"); "was won by X" is X's win. None
    when it tells neither."""
    words = _words_and_commas(text)
    for index, word in enumerate(words):
        if word in _ELECTING and not _PASSIVE & set(words[max(0, index - 2) : index]):
            # "Parliament elected Matthew Wale as prime minister", "chose Bainimarama over Rabuka": the
            # one chosen follows
            chosen = [n for n in _named_before(words, index + 5, participants) if n[0] > index]
            if chosen:
                return min(chosen)[1], True
            continue
        won = _result_word(words, index)
        if won is None:
            continue
        if word in ("won", "taken", "claimed") and words[index + 1 : index + 2] == ["by"]:
            # "The semi-final was won by England": the one after "by" won
            winners = [n for n in _named_before(words, index + 6, participants) if n[0] > index + 1]
            if winners:
                return min(winners)[1], True
        named = _named_before(words, index, participants)
        if not named:
            return None
        commas = [i for i, w in enumerate(words[:index]) if w == ","]
        # (the verb's helpers may stand between: "Aliyev, Azerbaijan's president since 2003, was re-elected")
        helped = commas and all(w in _HELPERS for w in words[commas[-1] + 1 : index])
        participle = (commas and commas[-1] == index - 1 and word.endswith("ing")) or (
            commas and commas[-1] == index - 2 and words[index - 1] == "having"
        )
        if participle:
            # "Badenoch was elected, defeating Jenrick", "was sworn in, having beaten Solih": the subject's
            # (of two names that share a word, "Mohamed Muizzu" and "Ibrahim Mohamed Solih", the one
            # more of whose words the text says)
            said = set(words[:index])
            named = [min(named, key=lambda n: (n[0], -len(set(normalize(n[1]).split()) & said)))]
        elif helped and len(commas) > 1:
            # but a name alone between them is the subject's own: "Azerbaijan's president, Ilham
            # Aliyev, won"
            between = [n for n in named if commas[-2] < n[0] < commas[-1]]
            alone = between and commas[-1] - commas[-2] - 1 <= len(normalize(between[-1][1]).split())
            named = between if alone else [n for n in named if n[0] < commas[-2]] or named
        # "the National Party led by Christopher Luxon won": the leader named is the party's, whose win it is
        leading = [i for i in range(1, index) if words[i] == "by" and words[i - 1] in _LEADING] + [
            i for i in range(index) if words[i] == "under"
        ]
        if leading:
            named = [n for n in named if n[0] < max(leading)] or named
        last_named = max(n[0] for n in named)
        if _TOLD_AGAIN & set(words[last_named + 1 : index]):
            # "Prabowo Subianto, Indonesia's defence minister, declared that he had won", "Alfred gave
            # Saint Lucia its first medal when she won": the pronoun is the one the sentence is about
            named = [min(named)]
        before = [w for w in words[max(0, index - 3) : index] if w != ","]
        return max(named)[1], won != bool(NEGATIONS & set(before) or "failed" in before)
    return None


def doer_before(text: str, forms: frozenset[str], participants: list[str]) -> tuple[str, str] | None:
    """(participant, word) for the first word of ``text`` that is one of ``forms``, with the
    participant named last before it: ("Kim Jong-un", "hosted") in "Kim Jong-un hosted Putin"; in the
    passive, the one after "by" ("Kim was hosted by Putin"). Not an infinitive: in "Kim invited Putin
    to visit" the visit is only asked for."""
    words = _words_and_commas(text)
    for index, word in enumerate(words):
        if word not in forms or words[index - 1 : index] == ["to"]:
            continue
        if _PASSIVE & set(words[max(0, index - 2) : index]) and "by" in words[index + 1 : index + 6]:
            # "Kim was hosted by Putin", "Putin was visited in Moscow by Xi": the one after "by"
            by = index + 1 + words[index + 1 : index + 6].index("by")
            # (up to the clause's end: "by the People's Republic of China (PRC) President Xi Jinping")
            end = next((i for i in range(by + 1, len(words)) if words[i] == ","), len(words))
            doers = [n for n in _named_before(words, min(end, by + 12), participants) if n[0] > by]
            return (min(doers)[1], word) if doers else None
        named = _named_before(words, index, participants)
        return (max(named)[1], word) if named else None
    return None


# Words after a leading name that make it one of several doers, not the only one ("Putin and Kim hold ...").
_SHARED_SUBJECT = frozenset({"and", "with", "meets", "met"})


# "Hamas leader Yahya Sinwar killed by Israeli troops": a record's name in the passive
_DONE_BY = re.compile(r"\b[a-z]+(?:ed|en|wn|ne|t)\s+by\s+(.+)")


# a passive told further into a name than this is an aside, not the name's act: "UBS agrees to take
# over Credit Suisse ... in a rescue brokered by the Swiss government" is UBS's doing
_PASSIVE_WITHIN_WORDS = 6


def _done_by(row: dict[str, Any]) -> list[str] | None:
    """The words after "by" of a record named in the passive ("israeli troops in rafah"), up to a
    place; None for a name in the active."""
    name = str(row.get("name") or "")
    for told in (name, *name.split(":", 1)[1:]):
        found = _DONE_BY.search(normalize(told))
        if found and len(normalize(told)[: found.start()].split()) < _PASSIVE_WITHIN_WORDS:
            return re.split(r"\s+(?:in|at|on|near|after|during)\s+", found[1])[0].split()
    return None


def recorded_agent(row: dict[str, Any]) -> str | None:
    """The participant a record's name opens with as the one doing it ("Kim Jong-un invites
    Vladimir Putin ..." -> Kim Jong-un); None when the name shares the act ("Putin and Kim hold").
    In the passive, the one after "by"."""
    if (by := _done_by(row)) is not None:
        return next((p for p in row.get("participants") or [] if p and name_score(" ".join(by), p) >= 90), None)
    name = str(row.get("name") or "")
    # (or those of what follows a colon: "Military coup in Gabon: Brice Oligui Nguema deposes ...")
    for told in (name, *name.split(":", 1)[1:]):
        words = normalize(told).split()
        for person in (p for p in row.get("participants") or [] if p):
            # the opening words must be the name or part of it ("putin" for Vladimir Putin), never more
            for length in range(len(normalize(person).split()), 0, -1):
                if len(words) <= length or words[length - 1] in _SHARED_SUBJECT | {"of", "the"}:
                    continue
                if name_score(" ".join(words[:length]), person) >= 90:
                    return None if words[length] in _SHARED_SUBJECT else person
    return None


def recorded_country(row: dict[str, Any]) -> str | None:
    """The participant country a record's name opens with as the one doing it ("Ukrainian forces
    enter Kherson" -> Ukraine; "Russia launches ..." -> Russia); None when it shares the act. In the
    passive, the one after "by" ("Sinwar killed by Israeli troops" -> Israel)."""
    if (by := _done_by(row)) is not None:
        return next((p for p in row.get("participants") or [] if p and by and same_country(by[0], p)), None)
    words = normalize(str(row.get("name") or "")).split()
    # a name with a number is a craft or a mission, not a country: "Chandrayaan-3 lands ..." is India's
    for country in (p for p in row.get("participants") or [] if p and not any(c.isdigit() for c in p)):
        length = len(normalize(country).split())
        if len(words) > length and same_country(" ".join(words[:length]), country):
            return None if words[length] in _SHARED_SUBJECT else country
    return None


def other_country(
    country: str | None, row: dict[str, Any], sentence: str = "", names: list[str] = ()
) -> tuple[str, str] | None:
    """(record's doer, claim's doer) when the sentence gives the act to another of the record's
    participant countries: "Russia recaptured Kherson" against "Ukrainian forces enter Kherson".
    A sentence that names the record's doer too tells the same story ("India landed on the Moon
    when Chandrayaan-3 touched down" against "Chandrayaan-3 touches down"), and so does one the
    record has a name for, told from the sentence's side, all of whose words it says ("Russian forces
    took Avdiivka" against "Ukraine withdraws its troops from Avdiivka", alias "Russia takes
    Avdiivka"; not "Russia recaptured Kherson" against the alias "Russian retreat from Kherson")."""
    doer = recorded_country(row)
    if not country or not doer or same_country(country, doer) or contains_phrase(sentence, doer):
        return None
    said = set(content_stems(sentence))
    for name in names:
        told_as = recorded_country({"name": name, "participants": row.get("participants")})
        if told_as and same_country(country, told_as) and set(content_stems(name, [told_as])) <= said:
            return None
    if any(p and same_country(country, p) for p in row.get("participants") or []):
        return doer, country
    return None


def reversed_roles(agent: str | None, recipients: list[str], row: dict[str, Any]) -> tuple[str, str] | None:
    """(record's doer, claim's doer) when the sentence has the record's doer on the receiving end
    and another of its participants doing it: "Putin invited Kim" against "Kim invites Putin"."""
    doer = recorded_agent(row)
    if not agent or not doer or name_score(agent, doer) >= 90:
        return None
    others = [p for p in row.get("participants") or [] if p and name_score(p, doer) < 90]
    if any(name_score(agent, p) >= 90 for p in others) and any(name_score(r, doer) >= 90 for r in recipients):
        return doer, agent
    return None


def venue_elsewhere(venues: list[str], row: dict[str, Any]) -> str | None:
    """The claimed venue when none of ``venues`` is named by the record's place, name or aliases.

    A record without a place, or a sentence that names no venue, is never elsewhere (see
    ``verify.matching.unnamed_place``).
    """
    place = str(row.get("place") or "")
    if not place.strip():
        return None
    # (each alias a text of its own: a list written out would read as one place of many commas)
    return unnamed_place(venues, [place, str(row.get("name") or ""), *_aliases(row)], regions=[place])


def _aliases(row: dict[str, Any]) -> list[str]:
    """A record's aliases one by one, whether the row holds them split (as datasets load them) or as
    the cell's "|"-separated text."""
    aliases = row.get("aliases") or []
    return [str(a) for a in aliases] if isinstance(aliases, list) else str(aliases).split("|")


_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")


def _same_word(one: str, other: str) -> bool:
    """One word told two ways: by stem ("inspected", "inspects"), with or without accents, or a
    name and its adjective or plural ("Russia's", "Russian"; "China", "Chinese"; "Fleets")."""
    named = one[:1].isupper() or other[:1].isupper()
    one, other = (ascii_spelling(w).lower().removesuffix("'s").removesuffix("’s") for w in (one, other))
    # (a stem's five letters would make "Vladimir" of "Vladivostok")
    if one == other or (not named and stem(one) == stem(other)):
        return True
    shortest = min(len(one), len(other))
    shared = next((i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), shortest)
    return shared >= 4 and shared >= shortest - 1


def swapped_word(
    text: str, recorded: tuple[str, ...], names: list[str], verbs: list[str], titles: frozenset[str] = frozenset()
) -> tuple[str, str] | None:
    """(the sentence's word, the record's) where the sentence tells a phrase of the record's names
    with one word swapped for another the record never uses: "Chinese strategic bombers" for
    "Russian strategic bombers", "the Baltic Fleet" for "the Pacific Fleet", "the Yuri Gagarin tank
    plant" for its "aircraft plant".

    The words on both sides must agree, and a lowercase word's left one be a content word (a word
    within a name's frame, not a paraphrase's "a brief meeting" for "a bilateral meeting"). Not
    the sentence's verbs ("viewed" for "inspects"), nor a word of the names ``names`` (people and
    venues, which other checks weigh) or of ``titles`` (offices, which role claims check).
    """
    told = _TOKEN.findall(text)
    kept = [_TOKEN.findall(phrase) for phrase in recorded]
    recorded_words = [word for words in kept for word in words]
    named = {w.lower() for name in names for w in _TOKEN.findall(name)}

    def weighed(word: str) -> bool:
        lower = word.lower()
        return len(lower) >= 3 and lower not in STOP_WORDS and lower not in titles

    for index, word in enumerate(told[1:-1], start=1):
        if (
            not weighed(word)
            or word.lower() in named
            or word.lower() in MONTH_NAMES
            or word.lower() in WEEKDAYS
            or any(_same_word(word, verb) for verb in verbs)
            or any(_same_word(word, other) for other in recorded_words)
        ):
            continue
        capitalised = word[0].isupper()
        before, after = told[index - 1], told[index + 1]
        if not weighed(after) or not (capitalised or weighed(before)):
            continue
        for words in kept:
            for at in range(1, len(words) - 1):
                other = words[at]
                if (
                    other[0].isupper() == capitalised
                    and weighed(other)
                    and _same_word(after, words[at + 1])
                    and _same_word(before, words[at - 1])
                    and not any(_same_word(other, w) for w in told)
                ):
                    return word, other
    return None
