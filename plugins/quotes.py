"""Built-in checker: quoted words against ``quotes`` datasets.

Works for any dataset of that kind (``speaker``, ``speaker_aliases``,
``date``, ``quote``). A recorded quote may elide words with "..."; each
recorded piece must then appear, in order, in the claimed quote.

The same speaker's recorded words support the quote when every quoted
word is there, in order: case, punctuation and spelling variants
("defence"/"defense") aside, and at lower confidence when only articles
differ. Fuzzy resemblance finds the record a quote was taken from, but it
never supports one: "partial and conditional support" is 91 % like "full and
unconditional support" letter by letter, and "not actively advancing"
contains "actively advancing". The same speaker's recorded words from the
same days (or, when the sentence gives no date, from the 30 days before the
article) that resemble but differ from the quote refute it (a misquote);
so do exactly these words recorded from someone else (a misattribution).
A quote that holds all the recorded words and more, none of them a denial,
is ``NOT_ENOUGH_INFO``: records keep only the words outlets agreed on. So is
a fuller rendering of a record that elides words: a quote that holds a whole
piece of it and runs at least three words longer than it.
"""

from __future__ import annotations

import datetime as dt
import re

import verify
from verify.datasets import Dataset
from verify.eventmatch import NEGATIONS, STOP_WORDS
from verify.extract import OFFICE_WORDS
from verify.matching import normalize, record_name_score, wording_score
from verify.offices import holders_of, terms_held_on

SPEAKER_MATCH = 85.0
SIMILAR_WORDS = 60.0
SAME_OCCASION_DAYS = 3
# how far back words an article quotes without a date may have been said
RECENT_DAYS = 30
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…|\[\.\.\.\])\s*")
# words a writer put into a quotation ("[North Korea's] full ... support") are not the speaker's
_INSERTION = re.compile(r"\s*\[[^\]]*\]\s*")


def quote_similarity(claimed: str, recorded: str) -> float:
    pieces = [p for p in _ELLIPSIS.split(recorded) if p.strip()]
    if len(pieces) > 1:
        text, position = normalize(claimed), 0
        for piece in pieces:
            found = text.find(normalize(piece), position)
            if found < 0:
                break
            position = found + len(normalize(piece))
        else:
            return 100.0
        recorded = " ".join(pieces)
    return wording_score(claimed, recorded)


_ARTICLES = frozenset({"a", "an", "the"})
VERBATIM, ARTICLES_APART = "verbatim", "articles apart"


def _same_word(claimed: str, recorded: str) -> bool:
    """Equal, or a spelling variant: same length, one letter apart past the first three.

    A changed start ("conditional"/"unconditional") or a short word ("bad"/"bed")
    changes the meaning, so neither counts as a variant.
    """
    if claimed == recorded:
        return True
    if len(claimed) != len(recorded) or len(claimed) < 6 or claimed[:3] != recorded[:3]:
        return False
    return sum(x != y for x, y in zip(claimed, recorded, strict=True)) == 1


def _in_order(pieces: list[list[str]], words: list[str]) -> bool:
    """Each piece (a run of words) appears contiguously in ``words``, after the previous one."""
    position = 0
    for piece in pieces:
        for start in range(position, len(words) - len(piece) + 1):
            if all(_same_word(a, b) for a, b in zip(piece, words[start : start + len(piece)], strict=True)):
                position = start + len(piece)
                break
        else:
            return False
    return True


def _spans(pieces: list[list[str]], words: list[str]) -> bool:
    """The pieces of an elided record, in order, make up ``words`` from first word to last: the
    quote may hold what the record left out between its pieces, but nothing before or after them."""
    first, last = pieces[0], pieces[-1]
    return (
        len(words) >= len(first) + len(last)
        and all(_same_word(a, b) for a, b in zip(first, words[: len(first)], strict=True))
        and all(_same_word(a, b) for a, b in zip(last, words[-len(last) :], strict=True))
        and _in_order(pieces, words)
    )


def _pieces(text: str, drop: frozenset[str] = frozenset()) -> list[list[str]]:
    parts = _INSERTION.split(_ELLIPSIS.sub(" [...] ", text))
    runs = ([w for w in normalize(part).split() if w not in drop] for part in parts)
    return [run for run in runs if run]


def word_match(claimed: str, recorded: str) -> str | None:
    """``VERBATIM`` when the claimed quote's words are the recorded ones, ``ARTICLES_APART``
    when they are once articles are left out, else None.

    A quote may elide words on either side: each piece between "..." must
    appear in order, the claimed pieces in the recorded quote or the
    recorded pieces in the claimed one.
    """
    for verdict, drop in ((VERBATIM, frozenset()), (ARTICLES_APART, _ARTICLES)):
        said, recorded_pieces = _pieces(claimed, drop), _pieces(recorded, drop)
        if not said or not recorded_pieces:
            continue
        recorded_words = [w for piece in recorded_pieces for w in piece]
        said_words = [w for piece in said for w in piece]
        # words the record elides may be filled in, but not with a denial ("sacred fight that we will
        # never support, not against hegemonic forces")
        filled_in = len(recorded_pieces) > 1 and _spans(recorded_pieces, said_words)
        if filled_in and any(w in NEGATIONS for w in said_words if w not in recorded_words):
            filled_in = False
        if _in_order(said, recorded_words) or filled_in:
            return verdict
    return None


def _words_besides_articles(text: str) -> int:
    return sum(1 for word in normalize(text).split() if word not in _ARTICLES)


def _holds_record(claimed: str, recorded: str) -> bool:
    """Whether the claimed quote holds every recorded word, in order, and adds no denial ("not
    actively advancing" denies "actively advancing")."""
    said = [w for piece in _pieces(claimed) for w in piece]
    pieces = _pieces(recorded)
    if not pieces or not _in_order(pieces, said):
        return False
    recorded_words = {w for piece in pieces for w in piece}
    return not any(w in NEGATIONS for w in said if w not in recorded_words)


# how many words longer than a fragmentary record a quote must be to read as a fuller rendering of
# what was said, not as the record's words changed ("holy war against hegemonic forces")
FULLER_BY_WORDS = 3


def _renders_a_fragment(claimed: str, recorded: str) -> bool:
    """Whether the claimed quote is a fuller rendering of a record that elides words ("..."): it holds
    a whole recorded piece of two words or more, is longer than the record by ``FULLER_BY_WORDS``,
    and adds no denial."""
    pieces = _pieces(recorded)
    said = [w for piece in _pieces(claimed) for w in piece]
    recorded_words = {w for piece in pieces for w in piece}
    return (
        len(pieces) > 1
        and len(said) >= sum(len(piece) for piece in pieces) + FULLER_BY_WORDS
        and any(len(piece) >= 2 and _in_order([piece], said) for piece in pieces)
        and not any(w in NEGATIONS for w in said if w not in recorded_words)
    )


def _candidates(dataset: Dataset, quote: str, speaker: str | None) -> list:
    """Rows that can decide: the speaker's (by name), and those sharing a content word with the quote."""
    words = [w for w in normalize(quote).split() if w not in STOP_WORDS] or normalize(quote).split()
    rows = dataset.rows_with_words(["quote"], words)
    if speaker:
        rows += dataset.rows_named(speaker, "speaker", dataset.threshold(SPEAKER_MATCH))
    unique = {id(row): row for row in rows}
    return sorted(unique.values(), key=dataset.position)


def _evidence(dataset: Dataset, row, score: float) -> verify.Evidence:
    return verify.Evidence(
        dataset=dataset.name,
        dataset_version=dataset.version,
        record=dataset.key(row),
        matched=f"{row.get('speaker')}: “{row.get('quote')}”; speaker threshold {dataset.threshold(SPEAKER_MATCH):g}",
        score=score,
        source=dataset.row_source(row),
    )


def _said_on(row) -> str:
    return row["date"].isoformat() if row.get("date") else "an unrecorded date"


def _period(slots) -> str:
    """The sentence's date for the words: "“1965” (1965-01-01 to 1965-12-31)"."""
    days = slots["date"] if slots["date"] == slots.get("date_end") else f"{slots['date']} to {slots['date_end']}"
    return f"“{slots['date_expression']}” ({days})" if slots.get("date_expression") else days


def _days_apart(day: dt.date, first: dt.date, last: dt.date | None) -> int:
    """Days from ``day`` to the period ``first`` to ``last`` (0 inside it)."""
    return max((first - day).days, (day - (last or first)).days, 0)


class QuoteChecker:
    name = "quote-wording"
    kinds = {"quote"}

    def check(self, claim, context):
        slots = claim.slots
        quote, speaker = slots["quote"], slots.get("speaker")
        # the days the sentence puts the words on ("in September 2022"), else the article's date
        date = dt.date.fromisoformat(slots["date"]) if slots.get("date") else context.published
        date_end = dt.date.fromisoformat(slots["date_end"]) if slots.get("date_end") else date
        same, similar, elsewhere = [], [], []
        described = bool(speaker) and (_described(speaker) or bool(slots.get("speaker_described")))
        holders = holders_of(context.datasets, speaker, date) if described and date else []
        if len(holders) == 1:
            # "the Chinese president said": whoever held the office that day
            speaker, described = holders[0], False
        for dataset in context.datasets.by_kind("quotes"):
            for row in _candidates(dataset, quote, speaker):
                written = context.published or date_end
                # words recorded after the article cannot be what it quotes (a day's grace: a record
                # dated in the speaker's time zone may be a day ahead of the article's date)
                if written and row.get("date") and row["date"] > written + dt.timedelta(days=1):
                    continue
                wording = quote_similarity(quote, row.get("quote") or "")
                if wording < SIMILAR_WORDS:
                    continue
                who = record_name_score(speaker, dataset.names(row, "speaker")) if speaker else 0.0
                if described and who < dataset.threshold(SPEAKER_MATCH) and _held(context, row, speaker, date):
                    who = 100.0  # "the new president declared": the recorded speaker was president then
                match = word_match(quote, row.get("quote") or "")
                item = (dataset, row, wording, match)
                if who >= dataset.threshold(SPEAKER_MATCH):
                    (same if match else similar).append(item)
                elif match == VERBATIM or (match == ARTICLES_APART and _words_besides_articles(quote) >= 3):
                    # ("the most unfair election" for the recorded "most unfair election")
                    elsewhere.append(item)
        if not speaker:
            return verify.Verdict(verify.NOT_ENOUGH_INFO, 0.1, "The speaker of this quote could not be identified.")
        if same:
            # with a date in the sentence, words recorded on that occasion
            then = [
                i
                for i in same
                if not slots.get("date")
                or not i[1].get("date")
                or _days_apart(i[1]["date"], date, date_end) <= SAME_OCCASION_DAYS
            ]
            dataset, row, wording, match = max(then or same, key=lambda i: (i[3] == VERBATIM, i[2]))
            when = _said_on(row)
            if not then:
                # the words are the speaker's, but recorded on another occasion: said again, or misdated
                return verify.Verdict(
                    verify.NOT_ENOUGH_INFO,
                    0.4,
                    f"{row['speaker']} is recorded saying “{row['quote']}” on {when}, not within "
                    f"{_period(slots)}; the words may have been said again then.",
                    [_evidence(dataset, row, wording)],
                )
            apart = "" if match == VERBATIM else " (the quote differs only in its articles)"
            if slots.get("negated"):
                return verify.Verdict(
                    verify.REFUTED,
                    0.75,
                    f"{row['speaker']} is recorded saying “{row['quote']}” on {when}{apart}; "
                    f"the sentence says {speaker} did not.",
                    [_evidence(dataset, row, wording)],
                )
            return verify.Verdict(
                verify.SUPPORTED,
                0.9 if match == VERBATIM else 0.75,
                f"{row['speaker']} is recorded saying “{row['quote']}” on {when}{apart}.",
                [_evidence(dataset, row, wording)],
            )
        # the recorded words inside a longer quote: the record keeps only the part outlets agreed on
        # ("We will give full and unconditional support" against "full and unconditional support")
        held = [i for i in similar if _holds_record(quote, i[1].get("quote") or "")]
        if held:
            dataset, row, wording, _ = max(held, key=lambda i: i[2])
            when = _said_on(row)
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.4,
                f"The quote holds {row['speaker']}'s recorded words “{row['quote']}” ({when}); "
                "the rest of it is not in the record.",
                [_evidence(dataset, row, wording)],
            )
        # a longer rendering that holds a piece of a fragmentary record ("Russia is now rising to a sacred
        # fight to defend its sovereign rights" against "sacred fight ... against hegemonic forces")
        rendered = [i for i in similar if _renders_a_fragment(quote, i[1].get("quote") or "")]
        if rendered:
            dataset, row, wording, _ = max(rendered, key=lambda i: i[2])
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.35,
                f"The quote holds part of {row['speaker']}'s recorded words “{row['quote']}” ({_said_on(row)}); "
                "the record keeps only fragments of what was said, so the rest may be words it leaves out.",
                [_evidence(dataset, row, wording)],
            )
        # a misquote is told by the occasion: words of a day or a week, not of a month or a year; words
        # the sentence gives no date are news of the weeks before the article ("officials have said")
        if slots.get("date"):
            one_occasion = date is not None and date_end is not None and (date_end - date).days < 7
            occasion = [
                i
                for i in similar
                if one_occasion and i[1].get("date") and _days_apart(i[1]["date"], date, date_end) <= SAME_OCCASION_DAYS
            ]
        else:
            occasion = [
                i for i in similar if date and i[1].get("date") and 0 <= (date - i[1]["date"]).days <= RECENT_DAYS
            ]
        if occasion:
            # the record it was taken from shares the most words with it; letters alone can mislead
            said = set(normalize(quote).split())
            dataset, row, wording, _ = max(
                occasion, key=lambda i: (len(said & set(normalize(i[1].get("quote") or "").split())), i[2])
            )
            recorded = f"{row['speaker']}'s recorded words on {row['date'].isoformat()} are “{row['quote']}”"
            return _contradicted(slots, 0.75, recorded, f"not “{quote}”", _evidence(dataset, row, wording))
        distinctive = len(normalize(quote).split()) >= 3
        if elsewhere and distinctive:
            dataset, row, wording, _ = max(elsewhere, key=lambda i: i[2])
            recorded = f"These words are recorded from {row['speaker']}"
            if described:
                return verify.Verdict(
                    verify.NOT_ENOUGH_INFO,
                    0.3,
                    f"{recorded}; the sentence names its speaker only as “{speaker}”, which the office data do not "
                    f"tell as {row['speaker']}.",
                    [_evidence(dataset, row, wording)],
                )
            return _contradicted(slots, 0.6, recorded, f"not {speaker}", _evidence(dataset, row, wording))
        if similar:
            # close to words of the speaker's, but not dated to their occasion: said another time, or
            # misquoted; the record cannot tell which
            dataset, row, wording, _ = max(similar, key=lambda i: i[2])
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.3,
                f"{row['speaker']}'s closest recorded words are “{row['quote']}” ({_said_on(row)}); "
                f"the sentence does not tie its words to that occasion{_dated_as(slots)}.",
                [_evidence(dataset, row, wording)],
            )
        return verify.Verdict(verify.NOT_ENOUGH_INFO, 0.2, f"No recorded quote of {speaker} matches these words.")


def _described(speaker: str) -> bool:
    """Whether the sentence names its speaker by office ("the new president", "Mexico's
    president"): the extractor gives a named person's name without the title."""
    return bool(set(normalize(speaker).split()) & OFFICE_WORDS)


def _held(context, row: dict, title: str, day: dt.date | None) -> bool:
    """Whether the recorded speaker held an office ``title`` names on the day of the words."""
    said = row.get("date") or day
    return said is not None and bool(terms_held_on(context.datasets, row["speaker"], said, title))


def _contradicted(slots, confidence: float, recorded: str, against: str, evidence: verify.Evidence) -> verify.Verdict:
    """REFUTED: the record says ``recorded``, ``against`` the sentence (a misquote, a misattribution).
    But words the sentence gives to a pronoun it does not name ("..., he said", "He also spoke of
    “...”") have a speaker read from the sentences before, a guess that cannot refute; and words the
    sentence says were not said are not contradicted by others' words."""
    if slots.get("speaker_from_pronoun"):
        return verify.Verdict(
            verify.NOT_ENOUGH_INFO,
            0.3,
            f"{recorded}; the sentence gives its words to a pronoun, read as {slots['speaker']}, which may mean "
            "someone else.",
            [evidence],
        )
    if slots.get("negated"):
        # "Putin did not pledge “full and unconditional support”", Kim's words: a denial the record
        # does not contradict, nor bear out
        return verify.Verdict(
            verify.NOT_ENOUGH_INFO,
            0.3,
            f"{recorded}, {against}; the sentence says {slots['speaker']} did not say them, which the record "
            "does not contradict.",
            [evidence],
        )
    return verify.Verdict(verify.REFUTED, confidence, f"{recorded}, {against}.", [evidence])


def _dated_as(slots) -> str:
    return f" (it says {_period(slots)})" if slots.get("date") else ""


@verify.hookimpl
def register_checkers(register):
    register(QuoteChecker())
