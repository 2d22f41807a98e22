"""Built-in checkers for ``event`` and ``temporal`` claims against ``events`` datasets.

``event-match``: the sentence describes a recorded event (what happened and
who took part agree), or, with no date of its own, one of the article's day
told with the record's names; a recorded outcome the sentence contradicts
("declined" where the record says "accepted") refutes it.

``event-date``: the same match, plus the claimed time ("in March",
resolved against the publication date) must overlap the event's dates.

Both: a sentence that denies the recorded event ("he never had talks with
Xi") is refuted by it; one that tells it differently (roles the other way
round, someone named by office who was not there, another place) is only
unconfirmed, as both may have happened.
"""

from __future__ import annotations

import datetime as dt
import re

import verify
from verify.datasets import KNOWN_NAMES_MAX_ROWS
from verify.eventmatch import (
    MEETING,
    OPPOSITES,
    STOP_WORDS,
    EventMatch,
    content_stems,
    contradicted_measure,
    contradicted_outcome,
    doer_before,
    kept_what_was_lost,
    match_events,
    numbered_as_told,
    ordinals_disagree,
    other_country,
    recorded_agent,
    recorded_winner,
    result_told,
    reversed_roles,
    stem,
    swapped_word,
    told_ordinal_words,
    told_ordinals,
    unrecorded_winner,
    venue_elsewhere,
)
from verify.extract.grammar import SPEECH_VERBS
from verify.extract.roles import OFFICE_WORDS, TITLE_QUALIFIERS
from verify.matching import contains_phrase, name_score, normalize, same_country
from verify.offices import holders_of, terms_held_on
from verify.timeexpr import MONTH_NAMES, NEWS_DAYS, WEEKDAYS, Amount, elapsed

REFUTE_WINDOW_DAYS = 400
# the stems of a record named by what someone said ("Pashinyan says Armenia has frozen ..."), which a
# sentence's day of saying dates
_SAYING = frozenset(stem(word) for word in ("says", "said", "tells", "told"))
# and any record of words spoken: "... announce that all depositors will be protected"
_SPEAKING = _SAYING | frozenset(stem(word) for word in SPEECH_VERBS)
# the words of titles, which say who someone is, not what happened
# (and the words that qualify a title: "president-elect" tells no election)
TITLE_STEMS = frozenset(stem(word) for word in OFFICE_WORDS | TITLE_QUALIFIERS)


# a term begun, and the choices that give one: a record of the choice does not date the beginning
_BEGINNING = frozenset(stem(word) for word in ("begin", "began", "start", "started"))
_CHOOSING = frozenset(
    stem(word)
    for word in ("elect", "elects", "reelect", "reappoints", "appoints", "nominates", "selects", "chooses", "names")
)


def _evidence(match: EventMatch) -> verify.Evidence:
    return verify.Evidence(
        dataset=match.dataset.name,
        dataset_version=match.dataset.version,
        record=match.dataset.key(match.row),
        matched=match.label,
        score=match.score,
        source=match.dataset.row_source(match.row),
    )


def _telling(claim) -> str:
    """The words that tell what happened: the claim's, or those of its slot ``telling`` when part of
    its text counts a span of time ("..., 50 years after Apollo 11 landed")."""
    return claim.slots.get("telling") or claim.text


def _act_stems(claim) -> set[str]:
    """The stems of the sentence's verbs: what it says was done."""
    return {stem(verb) for verb in claim.slots.get("predicates") or []}


def _doing_the_act(claim, matches: list[EventMatch]) -> list[EventMatch]:
    """The matches whose names tell the sentence's act (its verbs) and more of its words than any
    other: "Putin was sworn in for a fifth term in March" is the inauguration ("Putin sworn in",
    "fifth term inauguration"), not the election that a record calls "Putin's fifth term". A
    record that shares only the verb is no better than one told from the other side ("hosted
    Putin in Beijing" is Putin's visit to Beijing, not a summit "hosted by Putin")."""
    acts = _act_stems(claim)
    doing = [m for m in matches if acts & m.stems_anywhere]
    others = [m for m in matches if m not in doing]
    if doing and others and max(m.stems_in_any_name for m in doing) > max(m.stems_in_any_name for m in others):
        return doing
    return matches


# A record longer than this is a state of things (a deal in force, a war), not one act
_SPAN_DAYS = 31


def _acts_over_spans(claim, matches: list[EventMatch]) -> list[EventMatch]:
    """Without the long records when a short one tells the sentence's act: "Russia withdrew from the
    grain deal in May" is dated by the withdrawal (17 July 2023), not borne out by the deal, in force
    from July 2022 to that day, whose record tells of the withdrawal too."""
    acts = _act_stems(claim)

    def long(m: EventMatch) -> bool:
        return m.end is not None and (m.end - m.start).days > _SPAN_DAYS

    if any(acts & m.stems_anywhere and not long(m) for m in matches):
        return [m for m in matches if not long(m)]
    return matches


def _parts_over_wholes(matches: list[EventMatch], candidates: list[EventMatch]) -> list[EventMatch]:
    """Without a record that lasted days when a record of a part of it tells more of the sentence:
    "The Copa America final was played on July 13" is the final (14 July), not the tournament
    (20 June to 14 July) whose days hold the 13th; "agreed a climate finance goal at the COP29
    summit on Friday" the goal's adoption (24 November), not the conference."""

    def part_of(part: EventMatch, whole: EventMatch) -> bool:
        return (
            whole.start <= part.start
            and part.end <= whole.end
            and (part.end - part.start) < (whole.end - whole.start)
            # (a "summit" in the sentence is any conference's meeting: "agreed ... at the COP29 summit")
            and part.stems_anywhere - {MEETING} > whole.stems_anywhere - {MEETING}
        )

    # (a part the sentence tells more of, though too little to match it by: "Negotiators at the COP29
    # summit agreed a new climate finance goal early on Friday" is not the conference's)
    dated = [m for m in candidates if m.start and m.end]
    return [
        m for m in matches if not (m.start and m.end and any(part_of(other, m) for other in dated if other is not m))
    ]


def _tells_the_act(claim, match: EventMatch) -> bool:
    """Whether the record tells more of the sentence than who took part: a word besides people's
    names and titles, such as a verb or a place ("hosted Putin in Beijing" for "Putin in Beijing");
    "Chancellor Kwasi Kwarteng presented the mini-budget" shares only "chancellor" with "Liz Truss
    sacks Kwasi Kwarteng as chancellor". A title's word the sentence does as its act is the act:
    "To Lam was elected president on May 12" tells the election that "president-elect" would not."""
    return bool(match.stems_anywhere - (TITLE_STEMS - _act_stems(claim)) - _title_stems(claim.text))


def _title_stems(text: str) -> frozenset[str]:
    """The stems of the capitalised words that say whose a title is: the country of "Taiwan's
    president-elect Lai" or "Japanese Prime Minister Ishiba" tells no act of theirs that a record
    of that country's election bears out."""
    words = text.split()
    owners: set[str] = set()
    for index, word in enumerate(words):
        if not {part for part in word.lower().strip(",.;:").split("-")} & (OFFICE_WORDS | TITLE_QUALIFIERS):
            continue
        before = index - 1
        while before >= 0 and words[before][:1].isupper() and not words[before].endswith((",", ".", ";", ":")):
            bare = re.sub(r"['’]s$", "", words[before])
            if normalize(bare) in STOP_WORDS:
                break
            if bare.lower() not in OFFICE_WORDS:
                owners.update(stem(w) for w in normalize(bare).split())
            before -= 1
    return frozenset(owners)


def _what_happened(claim, match: EventMatch) -> set[str]:
    """The words the claim and the record's names share, other than places': "North Korea" agrees
    with many records."""
    places = {s for place in claim.slots.get("places") or [] for s in content_stems(place)}
    return match.stems_anywhere - places


def _country_told_alike(claim, match: EventMatch) -> bool:
    """A country the record has take part doing the record's act, told in three words or more of
    it: "India landed a spacecraft near the lunar south pole on Wednesday" for "Chandrayaan-3 lands
    near the lunar south pole" (India and ISRO taking part)."""
    country = claim.slots.get("agent_country")
    participants = [p for p in match.row.get("participants") or [] if p]
    if not country or not any(same_country(country, p) for p in participants):
        return False
    # every other place the sentence names is the record's: not "Russia launched a full-scale
    # invasion of Georgia" for the invasion of Ukraine
    recorded = _recorded_texts(match)
    for place in claim.slots.get("places") or []:
        if not same_country(place, country) and not any(contains_phrase(text, place) for text in recorded):
            return False
    return len(_what_happened(claim, match)) >= 3 and bool(_act_stems(claim) & match.stems_anywhere)


def _recorded_texts(match: EventMatch) -> tuple[str, ...]:
    """All a record says of what happened, where and who: its names, place and participants."""
    participants = (p for p in match.row.get("participants") or [] if p)
    return (*match.dataset.names(match.row, "name"), str(match.row.get("place") or ""), *participants)


def _news_of_the_day(claim, context, candidates: list[EventMatch]) -> list[EventMatch]:
    """Records of the article's week that a sentence with no date of its own tells: every person it
    names (two or more) takes part, two words of what happened agree beside a meeting, and every
    name it gives is one of the record's ("After stopping for a photo op in front of the Vostochny
    Cosmodrome, the two leaders gave brief statements" in the days after their summit there; not "in
    front of the Baikonur Cosmodrome"). An act told as going on ("Now, Putin is hosting Kim") is of
    the article's very day, and a meeting is enough. ``candidates``: the claim's matches."""
    participants = claim.slots.get("participants") or []
    day = context.published
    if day is None or len(participants) < 2 or claim.slots.get("unplaced_time"):
        return []
    ongoing = bool(claim.slots.get("ongoing"))
    # the names it gives: capitalised words, less a capitalised first word like "After" and the people
    said = {part for word in _CAPITALISED.findall(claim.text) for part in normalize(word).split()} - STOP_WORDS
    said -= {part for person in participants for part in normalize(person).split()}
    # ...and their titles that day ("Supreme Leader of the DPRK Kim Jong-un")
    said -= {
        part
        for person in participants
        for dataset, row in terms_held_on(context.datasets, person, day)
        for name in (*dataset.names(row, "office"), *dataset.names(row, "country"))
        for part in normalize(name).split()
    }
    found = []
    for match in candidates:
        last = match.end or match.start
        if not match.start or not match.start <= day <= last + dt.timedelta(days=0 if ongoing else NEWS_DAYS):
            continue
        acts = _what_happened(claim, match) if ongoing else _what_happened(claim, match) - {MEETING}
        if len(match.participants_matched) < len(participants) or len(acts) < (1 if ongoing else 2):
            continue
        if said <= {word for text in _recorded_texts(match) for word in normalize(text).split()}:
            found.append(match)
    return found


_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")


def _all_matches(claim, context) -> list[EventMatch]:
    participants = claim.slots.get("participants") or []
    # (a dated sentence keeps the records of its date with everyone it names: with many records of
    # the same people, the one of its date may share fewer of its words than others, "had hosted
    # Putin in Beijing in February 2022")
    keep = None
    if claim.slots.get("start") and claim.slots.get("end") and len(participants) >= 2:
        first, last = dt.date.fromisoformat(claim.slots["start"]), dt.date.fromisoformat(claim.slots["end"])

        def keep(match: EventMatch) -> bool:
            return (
                match.start is not None
                and match.start <= last
                and (match.end or match.start) >= first
                and len(match.participants_matched) == len(participants)
            )

    matches = [
        match
        for dataset in context.datasets.by_kind("events")
        for match in match_events(dataset, _telling(claim), participants, keep=keep)
    ]
    # "Mali's second coup took place in August 2020": not the record of its first one
    return numbered_as_told(_telling(claim), matches, participants)


def _told_alike(claim, match: EventMatch) -> bool:
    """Every person the claim names takes part in the record, and either two of them are named,
    three words of what happened agree (across the record's names), or the one named is the
    record's doer and a name of it, said in full, holds the sentence's verb: with the date, enough
    to tell "Putin met Kim on Wednesday" or "Zelenskyy addressed a joint meeting of Congress in
    December 2022" from another record."""
    participants = claim.slots.get("participants") or []
    if not participants:
        return _country_told_alike(claim, match)
    if len(match.participants_matched) < len(participants):
        return False
    # one named doing what the record has another do: "Biden addressed a joint meeting of Congress"
    # is not the record of Zelenskyy addressing it
    doer, agent = recorded_agent(match.row), claim.slots.get("agent")
    # (but the other side of a contest winning it is the record's result told otherwise: "Jalili
    # defeated Pezeshkian in the run-off", which the outcome decides; and one of its people may tell
    # of it in words of their own: "Keller-Sutter announced the takeover" of UBS's taking over)
    acts = _act_stems(claim)
    reported = not acts & match.stems_anywhere and any(
        verb in SPEECH_VERBS for verb in claim.slots.get("predicates") or []
    )
    if doer and agent and name_score(agent, doer) < 90 and _result_told(claim, match) is None and not reported:
        return False
    # (an act the record tells the opposite of is told of too: "Morawiecki won a confidence vote"
    # of "Morawiecki's government loses a confidence vote", which its outcome then decides)
    opposites = {other for act in acts for other in OPPOSITES.get(act, ())}
    opposed = opposites & _record_stems(match) if opposites else set()
    if len(participants) >= 2 or len(_what_happened(claim, match) | opposed) >= 3:
        return True
    # one of a contest's sides told winning or losing it, named by a word of the record's besides
    # the result: "Jalili won the runoff on July 5", which the recorded outcome then decides
    # (a noun's: "re-elected Ramaphosa" tells no election, "won the March 24 election" does)
    verbs = {stem(word) for verb in claim.slots.get("predicates") or [] for word in verb.replace("-", " ").split()}
    if _result_told(claim, match) is not None and _what_happened(claim, match) - _RESULT_STEMS - acts - verbs:
        return True
    # the record's doer doing the sentence's act, in a name the sentence says all of: "Putin was
    # sworn in as president in May" for "Putin sworn in"; or, in the passive, the one it was done
    # to: "Altman was ousted on Friday" for "Altman ousted", a record of the board removing him
    named = agent or participants[0]
    done_to = (
        agent is None
        and named in (claim.slots.get("recipients") or [])
        and (doer is None or name_score(named, doer) < 90)
    )
    return bool(
        ((doer and name_score(named, doer) >= 90) or done_to)
        and match.coverage >= 1.0
        and _act_stems(claim) & set(match.matched_stems)
    )


_RESULT_STEMS = frozenset(stem(w) for w in ("won", "win", "lost", "lose", "beat", "defeated", "defeat"))


def _no_match() -> verify.Verdict:
    return verify.Verdict(verify.NOT_ENOUGH_INFO, 0.2, "No recorded event matches this sentence.")


def _unconfirmed(match: EventMatch, explanation: str) -> verify.Verdict:
    """NOT_ENOUGH_INFO, with the record the sentence resembles but is not shown to be."""
    return verify.Verdict(verify.NOT_ENOUGH_INFO, 0.3, explanation, [_evidence(match)])


def _denied_verdict(claim, match: EventMatch) -> verify.Verdict:
    """A sentence that says the recorded event did not happen ("he never had talks with Xi"). One
    that denies another act ("Putin has not travelled abroad since the ICC issued a warrant for his
    arrest") says nothing against the record."""
    act = claim.slots.get("denied_act")
    # "re-elected" is told by "re-elects"
    if act and not any(stem(word) in match.stems_anywhere for word in normalize(act).split()):
        return _unconfirmed(
            match,
            f"The sentence denies “{act}”, which the recorded event “{match.row.get('name')}” "
            f"({match.when}) does not name; it says nothing against the record.",
        )
    return verify.Verdict(
        verify.REFUTED,
        0.7,
        f"Recorded: “{match.row.get('name')}” ({match.when}); the sentence says it did not happen "
        f"(“{claim.slots['negated']}”).",
        [_evidence(match)],
    )


def _outsider_verdict(claim, match: EventMatch, context) -> verify.Verdict | None:
    """A part played by someone named only by office ("which the Chinese president accepted") who,
    on the record's date, was none of its participants."""
    day = match.start or context.published
    people = [p for p in match.row.get("participants") or [] if p]
    if day is None:
        return None
    for title in claim.slots.get("titled") or []:
        holders = holders_of(context.datasets, title, day)
        if holders and not any(name_score(h, p) >= 90 for h in holders for p in people):
            return _unconfirmed(
                match,
                f"The recorded event “{match.row.get('name')}” ({match.when}) involves {', '.join(people)}; "
                f"the sentence gives a part to the {title}, who was {' and '.join(holders)} on {day.isoformat()}.",
            )
    return None


def _reacting(claim, match: EventMatch) -> tuple[str, str] | None:
    """(the sentence's doer, the record's) when one of the record's people, not its doer, does
    something the record never tells of it: "Donald Trump criticized the immunity ruling on Monday"
    names the ruling ("Supreme Court rules in Trump v. United States ...") only as what he reacted to."""
    agent, doer, verb = claim.slots.get("agent"), recorded_agent(match.row), claim.slots.get("main_verb")
    if not agent or not doer or verb not in _REACTING or name_score(agent, doer) >= 90:
        return None
    if stem(verb) in match.stems_anywhere | _record_stems(match):
        return None
    return agent, doer


# verbs that bear out the act they govern ("upheld the decision to remove him")
_AFFIRMING = frozenset({"uphold", "confirm", "approve", "back", "endorse", "allow", "order", "affirm", "let"})

# what someone makes of an act done by another: a judgement, not a part in it
_REACTING = frozenset(
    """criticize criticise condemn praise hail denounce slam decry blast applaud celebrate lament
    deplore protest reject dismiss attack mock""".split()
)


# what a body does to an act another did: assent to it, or tell of it
_ASSENTING = frozenset(
    """approve accept confirm endorse ratify back announce report say rule certify acknowledge welcome
    recognize recognise note praise condemn""".split()
)


def _organisation_elsewhere(claim, match: EventMatch) -> str | None:
    """The organisation the sentence has do it when the record does not name it and other records of
    the dataset have it take part: "Hamas killed Hassan Nasrallah in Beirut" against a record of an
    Israeli airstrike (Hamas, a participant of other records, is none of this one's)."""
    group = claim.slots.get("agent_organisation")
    # (an act done to one of the record's people; not a body's assent to what the record tells: "the
    # National Assembly approved the resignation of President Vo Van Thuong")
    if not group or not claim.slots.get("participants") or claim.slots.get("main_verb") in _ASSENTING:
        return None
    if any(contains_phrase(text, group) or name_score(group, text) >= 90 for text in _recorded_texts(match)):
        return None
    elsewhere = [
        row
        for row in match.dataset.rows_naming(group, "participants")
        if row is not match.row and any(name_score(group, p) >= 90 for p in row.get("participants") or [] if p)
    ]
    return group if elsewhere else None


def _absent_doer(claim, match: EventMatch) -> str | None:
    """One of several people the sentence has do it together, named in full, whom the record, which
    names two people or more, leaves out: "Isaacman and SpaceX engineer Scott Poteet made the first
    commercial spacewalk" against a record of Isaacman and Gillis."""
    doers = claim.slots.get("joint_doers") or []
    people = [p for p in match.row.get("participants") or [] if p and len(p.split()) >= 2]
    if len(doers) < 2 or len(people) < 2:
        return None
    present = [d for d in doers if any(name_score(d, p) >= 90 for p in people)]
    absent = [d for d in doers if d not in present and len(d.split()) >= 2]
    return absent[0] if present and absent else None


def _named_stranger(claim, match: EventMatch) -> str | None:
    """A person the sentence names whom another record of the dataset has take part, but not this
    one: "awarded the Nobel Prize in Physics to John Hopfield and Demis Hassabis" (a chemistry
    laureate), though the small pipeline may read the name as an organisation. Names of two words
    or more: a country is a side of many records."""
    people = [p for p in match.row.get("participants") or [] if p]
    named = claim.slots.get("participants") or []
    places = [*(claim.slots.get("places") or []), *(claim.slots.get("sides") or [])]
    # (of the words that tell it: not a name in a joined act another claim checks)
    text = _telling(claim)
    for row in match.dataset.rows_naming(text, "participants"):
        if row is match.row:
            continue
        for name in row.get("participants") or []:
            if (
                not name
                or len(name.split()) < 2
                or not contains_phrase(text, name)
                or any(name_score(name, p) >= 90 or contains_phrase(p, name) for p in [*people, *places])
            ):
                continue
            # named beside one of its people ("to John Hopfield and Demis Hassabis"), or, when it
            # names no one the pipeline knows, its doer ("Demis Hassabis won"); not someone a clause
            # of its own tells of ("..., and on Wednesday he welcomed Kim", "after Helene hit")
            beside = any(
                contains_phrase(text, f"{a} and {b}") or contains_phrase(text, f"{a}, {b}")
                for person in named
                for a, b in ((person, name), (name, person))
            )
            if beside or (not named and not _ANCHORING.search(text[: text.find(name)])):
                return name
    return None


# words after which a name belongs to what a span is counted from ("two weeks after Hurricane
# Helene made landfall"), not to what the sentence tells
_ANCHORING = re.compile(r"\b(?:after|before|since|until|when|while)\b", re.IGNORECASE)


_REPLACING = re.compile(r"\b(?:replac|succeed)", re.IGNORECASE)


def _replaced_by_record(claim, match: EventMatch) -> str | None:
    """The predecessor the sentence names ("..., replacing Bob Swan") when the record tells whom
    its doer replaced and it is someone else ("Bob Iger returns as CEO of Disney, replacing Bob
    Chapek")."""
    recorded = _recorded_texts(match)
    if not any(_REPLACING.search(text) for text in recorded):
        return None
    return next(
        (
            person
            for person in claim.slots.get("predecessors") or []
            if not any(contains_phrase(text, person) or name_score(person, text) >= 90 for text in recorded)
        ),
        None,
    )


def _mismatch_verdict(claim, match: EventMatch, context) -> verify.Verdict | None:
    """A record that names the same act but not as the sentence tells it: roles the other way
    round, someone else taking part, or somewhere else. Unconfirmed rather than refuted: both may
    have happened."""
    outsider = _outsider_verdict(claim, match, context)
    if outsider:
        return outsider
    replaced = _replaced_by_record(claim, match)
    if replaced:
        return _unconfirmed(
            match,
            f"The recorded event “{match.row.get('name')}” ({match.when}) tells whom it replaced, and it is "
            f"not {replaced}, whom the sentence names.",
        )
    outsider_group = _organisation_elsewhere(claim, match)
    if outsider_group:
        return _unconfirmed(
            match,
            f"The recorded event “{match.row.get('name')}” ({match.when}) does not have {outsider_group} do it, "
            "whom the sentence has do it; other records name it.",
        )
    stranger = _named_stranger(claim, match)
    if stranger:
        return _unconfirmed(
            match,
            f"The recorded event “{match.row.get('name')}” ({match.when}) does not have {stranger} take part, "
            "whom the sentence names; another record does.",
        )
    reacting = _reacting(claim, match)
    if reacting:
        return _unconfirmed(
            match,
            f"The recorded event “{match.row.get('name')}” ({match.when}) is {reacting[1]}'s doing; the "
            f"sentence tells what {reacting[0]} did of it, which the record does not.",
        )
    absent = _absent_doer(claim, match)
    if absent:
        return _unconfirmed(
            match,
            f"The recorded event “{match.row.get('name')}” ({match.when}) does not have {absent} take part, "
            "whom the sentence names among those who did it.",
        )
    # a country that takes a side the record does not name: "Argentina beat Croatia in the final"; in
    # a contest whose winner is recorded, the sides are its participants, whatever its venue is named
    # after ("France beat New Zealand in the final at the Stade de France")
    texts = _recorded_texts(match)
    recorded = texts
    people = [p for p in match.row.get("participants") or [] if p]
    if recorded_winner(str(match.row.get("outcome") or ""), people):
        recorded = tuple(text for text in recorded if text != str(match.row.get("place") or ""))
    absent = [side for side in claim.slots.get("sides") or [] if not any(contains_phrase(t, side) for t in recorded)]
    if absent:
        return _unconfirmed(
            match,
            f"The recorded event “{match.row.get('name')}” ({match.when}) does not name {absent[0]}, "
            "which the sentence gives a part in it.",
        )
    # a person doing it to the record's doer, or another of the record's countries doing it
    other_doer = (
        reversed_roles(claim.slots.get("agent"), claim.slots.get("recipients") or [], match.row)
        or reversed_roles(
            claim.slots.get("agent_organisation"), claim.slots.get("recipient_organisations") or [], match.row
        )
        or other_country(
            claim.slots.get("agent_country"), match.row, claim.sentence, match.dataset.names(match.row, "name")
        )
    )
    # (of a contest, the result the sentence tells decides: "Poilievre was defeated in Carleton by
    # Fanjoy" for the record "Poilievre loses his Carleton seat to Fanjoy")
    if other_doer and _result_told(claim, match) is None:
        doer, claimed = other_doer
        return _unconfirmed(
            match,
            f"The recorded event “{match.row.get('name')}” ({match.when}) is {doer}'s doing; "
            f"the sentence makes it {claimed}'s.",
        )
    # another destination, prize field or office than the record's: (what the sentence says, what the
    # record says), and how to tell them
    for told, telling in (
        (_another_destination(claim.text, texts), "goes to {1}; the sentence says to {0}"),
        (_another_field(claim.text, texts), "is of the prize in {1}; the sentence says in {0}"),
        (_another_part(claim.text, str(match.row.get("name") or "")), "is of someone as {1}; the sentence says as {0}"),
        (_swapped_word(claim, match), "tells of “{1}”; the sentence says “{0}”, which the record never does"),
    ):
        if told:
            name = match.row.get("name")
            return _unconfirmed(match, f"The recorded event “{name}” ({match.when}) {telling.format(*told)}.")
    # an act the record denies, told as done: "upheld Colorado's decision to remove Trump" of the
    # ruling "that Colorado cannot remove Trump"
    denied, told = _recorded_acts_of(match)
    verb = claim.slots.get("main_verb") or ""
    # (the main verb's act, or what it bears out: "upheld Colorado's decision to remove Trump"; not
    # what it gives up, "gave up his bid to become prime minister")
    acts = _act_stems(claim) if verb in _AFFIRMING else {stem(verb)}
    done = acts & denied - told
    if done and not claim.slots.get("negated") and not claim.slots.get("foretold"):
        return _unconfirmed(
            match,
            f"The recorded event “{match.row.get('name')}” ({match.when}) denies what the sentence tells was done.",
        )
    return _visitor_at_home(claim, match, context) or _elsewhere_verdict(claim, match)


def _swapped_word(claim, match: EventMatch) -> tuple[str, str] | None:
    """A word of the record's names the sentence swaps for another ("Chinese strategic bombers" for
    the record's Russian ones); see ``verify.eventmatch.swapped_word``. Of the places, only the
    venues are left to other checks: the pipeline counts a people's adjective ("Chinese") as a
    place."""
    names = [
        name
        for slot in ("participants", "venues", "sides", "recipients")
        for name in claim.slots.get(slot) or []
        if isinstance(name, str)
    ]
    names += [p for p in match.row.get("participants") or [] if p]
    verbs = list(claim.slots.get("predicates") or [])
    recorded = (*_recorded_texts(match), str(match.row.get("outcome") or ""))
    return swapped_word(_telling(claim), recorded, names, verbs, OFFICE_WORDS | TITLE_QUALIFIERS)


_TO_A_PLACE = re.compile(
    r"\b(?:fle[de]s?|fleeing|flew|fl(?:y|ies|ying)|travel(?:s|l?ed|l?ing)?|went|go(?:es|ing)?|return(?:s|ed|ing)?"
    r"|mov(?:e|es|ed|ing)|escap(?:e|es|ed|ing)|head(?:s|ed|ing)?)\s+(?:back\s+)?to\s+((?:[A-Z][\w'’-]*\s?){1,3})"
)


def _another_destination(said: str, recorded: tuple[str, ...]) -> tuple[str, str] | None:
    """Where the sentence has someone go ("fled to Pakistan"), when the record has them go elsewhere
    ("flees to India") and does not name the sentence's place at all."""
    told = _TO_A_PLACE.search(said)
    kept = next((m for text in recorded if (m := _TO_A_PLACE.search(text))), None)
    if told is None or kept is None:
        return None
    place = told[1].strip()
    if any(contains_phrase(text, place) for text in recorded):
        return None
    return place, kept[1].strip()


_FIELD = re.compile(r"\b(?:prize|award|medal)s?\s+(?:in|for)\s+([A-Za-z]+(?:\s+or\s+[A-Za-z]+)?)", re.IGNORECASE)


def _another_field(said: str, recorded: tuple[str, ...]) -> tuple[str, str] | None:
    """The field of a prize the sentence names ("the Nobel Prize in Chemistry"), when the record's
    is another ("Nobel Prize in Physics") and it names the sentence's nowhere."""
    # (not a time: "won best actor at the Academy Awards in March", "the literature prize in October")
    told = next((m for m in _FIELD.finditer(said) if m[1].split()[0].lower() not in _TIME_WORDS), None)
    kept = [m[1] for text in recorded for m in _FIELD.finditer(text) if m[1].split()[0].lower() not in _TIME_WORDS]
    if told is None or not kept or any(field.lower() == told[1].lower() for field in kept):
        return None
    return told[1], kept[0]


_TIME_WORDS = frozenset(MONTH_NAMES) | set(WEEKDAYS) | {"spring", "summer", "autumn", "fall", "winter", "the", "a"}


_AS_A_PART = re.compile(r"\bas\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)", re.IGNORECASE)


# The offices "as ..." names plainly enough to tell one from another: not "as party leader" for a
# record "as LDP president", nor "as chief executive" for "as CEO".
_PLAIN_OFFICES = frozenset({"president", "vice", "prime", "minister", "chancellor"})
_OTHER_CLAUSE = re.compile(r"\b(?:after|before|since|when|while|until|who|which)\b|,", re.IGNORECASE)


def _another_part(said: str, recorded: str) -> tuple[str, str] | None:
    """The offices of "as ..." in the sentence's main clause and in the record's name, when they
    differ: "sworn in as president" told of a record of being "sworn in as Prime Minister". Not an
    office of another clause ("succeeded by Rutte, after Rutte left office as prime minister")."""

    def office(text: str) -> tuple[str, set[str]]:
        for match in _AS_A_PART.finditer(text):
            words = re.split(r"[\s-]+", match[1].lower().replace("premier", "prime minister"))
            if found := {w for w in words if w in OFFICE_WORDS}:
                return re.split(r"\s+(?:of|for|on|in|at)\s+", match[1])[0], found
        return "", set()

    (told, told_words), (kept, kept_words) = office(_OTHER_CLAUSE.split(said)[0]), office(recorded)
    if not told_words or not kept_words or not told_words <= _PLAIN_OFFICES or told_words == kept_words:
        return None
    return told, kept


# "X visited Y": X is the guest; "X hosted (welcomed, received) Y": X is at home
_VISITING = {"visit": ("visit", "visits", "visited", "visiting")}
_HOSTING = {
    verb: (verb, f"{verb}s", f"{verb}d" if verb.endswith("e") else f"{verb}ed", f"{verb.removesuffix('e')}ing")
    for verb in ("host", "welcome", "receive")
}


def _visitor_at_home(claim, match: EventMatch, context) -> verify.Verdict | None:
    """A visit told the other way round: the record places it in a country one of its participants
    led that day, and the sentence has that one visit the other ("Putin visited Kim at the Vostochny
    Cosmodrome", in Russia), or has the other host ("Kim hosted Putin" there). Only a visit to
    someone: "Putin visited the cosmodrome" is a trip at home."""
    place = str(match.row.get("place") or "")
    participants = claim.slots.get("participants") or []
    # the verbs: not "a reciprocal visit"
    verbs = {**_VISITING, **_HOSTING}
    forms = frozenset(form for verb in claim.slots.get("predicates") or [] for form in verbs.get(verb, ()))
    told = doer_before(claim.text, forms, participants) if forms else None
    if not place or match.start is None or told is None or len(participants) < 2:
        return None
    doer, word = told
    hosting = any(word in words for words in _HOSTING.values())
    country = place.split(",")[-1].strip()
    at_home = [person for person in participants if _led(context, person, country, match.start)]
    if len(at_home) != 1 or hosting == (doer == at_home[0]):
        return None
    return _unconfirmed(
        match,
        f"The recorded event “{match.row.get('name')}” ({match.when}) took place in {country}, led by "
        f"{at_home[0]} that day; the sentence has {doer} {'host' if hosting else 'visit'}.",
    )


def _led(context, person: str, country: str, day: dt.date) -> bool:
    """Whether the office data have ``person`` in an office of ``country`` on ``day``."""
    return any(
        same_country(country, name)
        for dataset, row in terms_held_on(context.datasets, person, day)
        for name in dataset.names(row, "country")
    )


def _elsewhere_verdict(claim, match: EventMatch) -> verify.Verdict | None:
    # Only a gazetteer could tell that Beijing is not in Moscow's country; without one a venue the
    # record does not name leaves the sentence unconfirmed rather than refuted.
    venue = venue_elsewhere(claim.slots.get("venues") or [], match.row)
    if venue is None:
        return None
    return _unconfirmed(
        match,
        f"Resembles the recorded event “{match.row.get('name')}” ({match.when}), which took place in "
        f"{match.row.get('place')}; the sentence places it in {venue}.",
    )


def _outcome_verdict(claim, match: EventMatch) -> verify.Verdict | None:
    # (the record's own name: an alias may number a part, "second round" of "Pezeshkian wins the runoff")
    # (and one ordinal in the sentence: not "was the second meeting; the first took place in 2019")
    numbered = str(match.row.get("name") or "")
    if (
        len(told_ordinal_words(claim.text)) == 1
        and not _ORDINAL_THEN_COUNTED.search(claim.text)
        and ordinals_disagree(numbered, claim.text)
    ):
        # "Finland joined NATO as its 32nd member" against "Finland joins NATO as its 31st member"
        return verify.Verdict(
            verify.REFUTED,
            0.7,
            f"The record “{numbered}” ({match.when}) numbers it otherwise than the sentence.",
            [_evidence(match)],
        )
    lasting = _lasting_verdict(claim, match)
    if lasting is not None and lasting.label == verify.REFUTED:
        return lasting
    outcome = match.row.get("outcome")
    if not outcome:
        return _measure_verdict(claim, match)
    result = _result_told(claim, match)
    if result is not None and result[2] is None:
        return _unconfirmed(
            match,
            f"The record of {match.row.get('name')} ({match.when}) says “{outcome}”; the sentence has "
            f"{result[0]} {'win' if result[1] else 'lose'}, whose side the record does not tell (a party "
            "and a person).",
        )
    if result is not None:
        who, claimed, agrees = result
        said = None if agrees else f"the claim has {who} {'win' if claimed else 'lose'}"
    else:
        word = contradicted_outcome(_telling(claim), outcome) or kept_what_was_lost(_telling(claim), match.row)
        said = f"the claim says “{word}”" if word else None
    if said is None and result is None and (stranger := unrecorded_winner(_telling(claim), match.row)):
        return _unconfirmed(
            match,
            f"The record of {match.row.get('name')} ({match.when}) says “{outcome}”; the sentence has "
            f"{stranger} win, whom the record does not name as the winner or a participant.",
        )
    if said is None:
        return _measure_verdict(claim, match)
    return verify.Verdict(
        verify.REFUTED,
        0.8,
        f"The record of {match.row.get('name')} ({match.when}) says “{outcome}”; {said}.",
        [_evidence(match)],
    )


# "their first meeting since 2019", "the first visit in five years": first for a while, not ever
_FIRST_FOR_A_WHILE = re.compile(
    r"\b(?:since|in\s+(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|almost\s+)?"
    r"(?:a|an|\w+)\s+(?:years?|decades?|months?|weeks?))\b",
    re.IGNORECASE,
)


# "four years after their first summit", "since the two men first met": the ordinal numbers what
# the span counts from, not what the sentence tells
# "It was their second meeting, following a summit in Vladivostok in April 2019": the number is of what
# comes after the thing dated
_ORDINAL_THEN_COUNTED = re.compile(
    r"\b(?:first|second|third|\d+(?:st|nd|rd|th))\s+\w+(?:\s+\w+)?,\s+(?:following|after)\b", re.IGNORECASE
)
_ORDINAL_COUNTED_FROM = re.compile(
    r"\b(?:after|since|before|following)\s+(?:\w+\s+){0,3}?(?:first|second|third|\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)


def _numbered_otherwise(claim, best: EventMatch, matches: list[EventMatch]) -> verify.Verdict | None:
    """The number the sentence gives a thing, which another record of the same people gives another
    of theirs: "their 15th Copa America title" matched to the tournament, whose final (within it) is
    recorded as the 16th title; "their first summit", on the day of a summit the data hold, when the
    record of an earlier one names it their first. One ordinal in the sentence, and none in the
    matched record's name for that thing; not "their first meeting since 2019"."""
    if (
        len(told_ordinal_words(claim.text)) != 1
        or _FIRST_FOR_A_WHILE.search(claim.text)
        or _ORDINAL_COUNTED_FROM.search(claim.text)
        or _ORDINAL_THEN_COUNTED.search(claim.text)
    ):
        return None
    told = told_ordinals(claim.text)
    if stem("time") in told and MEETING in {stem(word) for word in claim.text.split()}:
        told[MEETING] = told[stem("time")]  # "met for the first time" tells their first meeting
    if not told:
        return None
    # a name of the record itself that numbers it otherwise: "his third Grand Slam title" of a final
    # also called "Alcaraz's fourth Grand Slam title"
    names = [*best.dataset.names(best.row, "name"), str(best.row.get("outcome") or "")]
    named_otherwise = next((n for n in names if n and ordinals_disagree(n, claim.text)), None)
    if named_otherwise:
        return verify.Verdict(
            verify.REFUTED,
            0.7,
            f"The sentence numbers “{best.row.get('name')}” ({best.when}), which the record calls “{named_otherwise}”.",
            [_evidence(best)],
        )
    if set(told) & set(told_ordinals(str(best.row.get("name") or ""))):
        return None
    for other in matches:
        if other is best or other.start is None or best.start is None:
            continue
        name = str(other.row.get("name") or "")
        named = told_ordinals(name)
        within = best.start <= other.start and other.end <= best.end
        alike = set(other.matched_stems) & set(best.matched_stems) - {MEETING}
        if within and alike and ordinals_disagree(name, claim.text):
            said = f"“{name}” ({other.when}), within “{best.row.get('name')}”, numbers it otherwise"
        elif (
            not within
            and other.end < best.start
            and other.strong(claim.slots.get("participants") or [])
            and any(told.get(noun) == n for noun, n in named.items())
        ):
            said = f"the earlier “{name}” ({other.when}) is the one numbered so"
        else:
            continue
        return verify.Verdict(
            verify.REFUTED,
            0.7,
            f"The sentence numbers “{best.row.get('name')}” ({best.when}); {said}.",
            [_evidence(best), _evidence(other)],
        )
    return None


def _same_before(claim, best: EventMatch, matches: list[EventMatch]) -> list[EventMatch]:
    """The records of the same people doing the same before ``best``, where the sentence places it
    (not their summit in Vladivostok for "his first visit to Pyongyang since 2000"), earliest first."""
    participants = claim.slots.get("participants") or []
    return sorted(
        (
            m
            for m in matches
            if m is not best
            and m.start is not None
            and best.start is not None
            and m.start < best.start
            and (m.strong(participants) or _told_alike(claim, m))
            and set(m.matched_stems) & set(best.matched_stems)
            and _elsewhere_verdict(claim, m) is None
        ),
        key=lambda m: m.start,
    )


def _first_since_untold(claim, best: EventMatch, matches: list[EventMatch]) -> str:
    """What a verdict that bears the act out adds of a "first ... since" the data cannot check, as
    they record none of the same before it ("the first successful censure motion since 1962")."""
    if not claim.slots.get("first_since_start") or _same_before(claim, best, matches):
        return ""
    return (
        f" No record of the same before it tells whether it was the first since "
        f"“{claim.slots['first_since_expression']}”."
    )


def _first_since_verdict(claim, best: EventMatch, matches: list[EventMatch]) -> verify.Verdict | None:
    """ "Putin met Kim for the first time since 2019": a record of the same people doing it again
    between that time and ``best`` refutes it; with none of them at that time, it is unconfirmed."""
    slots = claim.slots
    if not slots.get("first_since_start") or best.start is None:
        return None
    first, last = dt.date.fromisoformat(slots["first_since_start"]), dt.date.fromisoformat(slots["first_since_end"])
    alike = _same_before(claim, best, matches)
    told = f"“{slots['first_since_expression']}”"
    between = [m for m in alike if last < m.start]
    if between:
        return verify.Verdict(
            verify.REFUTED,
            0.7,
            f"“{between[-1].row.get('name')}” ({between[-1].when}) came between {told} and “{best.row.get('name')}” "
            f"({best.when}), which the sentence tells as the first since.",
            [_evidence(best), _evidence(between[-1])],
        )
    # (with no earlier one recorded at all, the data do not reach back that far: "the first successful
    # censure motion since 1962")
    if not alike or any(first <= m.start <= last or first <= m.end <= last for m in alike):
        return None
    return _unconfirmed(
        best,
        f"“{best.row.get('name')}” ({best.when}) matches, but no record of the same before it falls in {told}, "
        f"the time the sentence tells as the last before; the latest recorded before it is "
        f"“{alike[-1].row.get('name')}” ({alike[-1].when}).",
    )


# acts that begin a stay (a trip recorded over days begins with them), and acts of the stay itself
_ARRIVING = frozenset({"arrive", "cross", "enter"})
_STAYING = frozenset({"meet", "visit", "tour", "hold", "inspect", "stay", "spend"})


def _ends_verdict(claim, match: EventMatch, when: str) -> verify.Verdict | None:
    """The start or the end of what lasted days, told at another date: "Euro 2024 ended on July
    12", "ran from June 20 to July 14" for a record of 14 June to 14 July. A record of one day
    may be one part of what the sentence tells, and is left to the overlap."""
    slots = claim.slots
    if match.start is None or match.end is None or match.end == match.start:
        return None
    told = []
    if slots.get("opening") and slots.get("closing"):
        told = [("start", slots["opening"], slots["opening_end"]), ("end", slots["closing"], slots["closing_end"])]
    elif slots.get("bound"):
        told = [(slots["bound"], slots["start"], slots["end"])]
    elif (
        slots.get("start")
        and {p.lower() for p in slots.get("predicates") or []} & _ARRIVING
        and not {p.lower() for p in slots.get("predicates") or []} & _STAYING
    ):
        # "Kim's armoured train crossed into Russia on Thursday", a trip recorded from the 12th to the
        # 17th: arriving is its first day
        told = [("start", slots["start"], slots["end"])]
    for bound, first, last in told:
        day = match.start if bound == "start" else match.end
        if not dt.date.fromisoformat(first) <= day <= dt.date.fromisoformat(last):
            return verify.Verdict(
                verify.REFUTED,
                0.75,
                f"“{match.row.get('name')}” took place {match.when}: it {'began' if bound == 'start' else 'ended'} "
                f"on {day.isoformat()}, not as {when} says.",
                [_evidence(match)],
            )
    return None


def _lasting_verdict(claim, match: EventMatch) -> verify.Verdict | None:
    """How long the sentence says the event lasted against the days the record gives it, each
    counted whole: "Xi's state visit lasted two weeks" for a visit of 20 to 22 March."""
    said = claim.slots.get("lasted")
    if not said or match.start is None or not match.row.get("end_date"):
        return None  # a record with no end may still be going on
    amount = Amount.from_slots(said)
    end = match.end or match.start
    days = (end - match.start).days + 1
    length = elapsed(match.start, match.start + dt.timedelta(days=days), amount.unit)
    return verify.Verdict(
        verify.SUPPORTED if amount.holds_for(length) else verify.REFUTED,
        0.8,
        f"The record of {match.row.get('name')} ({match.when}) gives it {days} day{'s' if days != 1 else ''}; "
        f"the sentence says it lasted {amount.describe()}.",
        [_evidence(match)],
    )


def _measure_verdict(claim, match: EventMatch) -> verify.Verdict | None:
    """A grade the record gives otherwise: "a magnitude 6.9 earthquake" for one of magnitude 7.5."""
    recorded = [*_recorded_texts(match), str(match.row.get("outcome") or "")]
    graded = contradicted_measure(_telling(claim), recorded)
    if graded is None:
        return None
    claimed, known = graded
    return verify.Verdict(
        verify.REFUTED,
        0.8,
        f"The record of {match.row.get('name')} ({match.when}) gives {known}; the sentence says {claimed}.",
        [_evidence(match)],
    )


# the words a record's name denies with: "Kishida announces he will not seek re-election"
_RECORDED_DENIALS = frozenset({"not", "never", "t", "cannot"})  # "won't" normalises to "won t"


def _promise_verdict(claim, match: EventMatch) -> verify.Verdict | None:
    """What was promised or announced, told the other way from the record of the announcement:
    "Kishida announced he would seek re-election" for "Kishida announces he will not seek
    re-election" (and the reverse) is refuted when the sentence's act is the act the record denies or
    tells; a denial in what was promised is no denial that the announcement happened."""
    if not claim.slots.get("foretold"):
        return None
    acts = _act_stems(claim)
    said_not = bool(claim.slots.get("negated"))
    # (the record as a whole: "rules that Colorado cannot remove Trump", also called "Colorado
    # ballot ruling", denies the removal, whatever an alias does not say)
    denied, told = _recorded_acts_of(match)
    if said_not:
        said_denied = _denied_stems(claim)
        other_way = not said_denied & denied and bool(said_denied & told)
    else:
        other_way = bool(acts & denied)
    if other_way:
        return verify.Verdict(
            verify.REFUTED,
            0.6,
            f"Recorded: “{match.row.get('name')}” ({match.when}); the sentence has it the other way "
            f"(“{claim.slots.get('negated') or claim.slots.get('foretold')}”).",
            [_evidence(match)],
        )
    return None


def _recorded_acts_of(match: EventMatch) -> tuple[set[str], set[str]]:
    """The stems of the words the record's names deny, and of the others they tell."""
    denied: set[str] = set()
    told: set[str] = set()
    for their_denied, their_told in _recorded_acts(match):
        denied |= their_denied
        told |= their_told
    return denied, told - denied


def _recorded_acts(match: EventMatch):
    """For each name of the record, the stems of the words it denies and of the rest."""
    for name in match.dataset.names(match.row, "name"):
        words = normalize(str(name)).split()
        denied = {stem(words[i + 1]) for i, word in enumerate(words[:-1]) if word in _RECORDED_DENIALS}
        yield denied, {stem(word) for word in words} - denied


def _denies_alike(claim, match: EventMatch) -> bool:
    """Whether a promise denied is the record's own: "announced he would not seek re-election" and
    "announces he will not seek re-election", "ruled that Colorado could not remove Trump" and
    "rules that Colorado cannot remove Trump"."""
    return bool(claim.slots.get("foretold")) and bool(_denied_stems(claim) & _recorded_acts_of(match)[0])


def _denied_stems(claim) -> set[str]:
    """The stem of the verb a denial denies ("remove" of "could not remove Trump"), else of the
    sentence's verbs."""
    act = claim.slots.get("denied_act") or ""
    return {stem(word) for word in normalize(act).split()[:1]} or _act_stems(claim)


def _result_told(claim, match: EventMatch) -> tuple[str, bool, bool | None] | None:
    """(who, whether the sentence has them win, whether that agrees with the record) when the
    record's outcome names who won a contest and the sentence tells how one of its participants
    did: "Kilicdaroglu won the runoff" against "Erdoğan won" disagrees, "Kilicdaroglu lost" or
    "Kilicdaroglu did not win" agrees (a result denied is not the contest denied)."""
    return result_told(_telling(claim), match.row)


class EventMatchChecker:
    name = "event-match"
    kinds = {"event"}

    def check(self, claim, context):
        # with no date to agree on, "a meeting" of the two is too little to tell which record it is
        # ("The meeting site was not coincidental, as Putin confirmed ...")
        candidates = _all_matches(claim, context)
        participants = claim.slots.get("participants") or []
        matches = [m for m in candidates if m.strong(participants) and set(m.matched_stems) - {MEETING}]
        if context.published:
            # the record that tells the act, if it is after the article (and none before it tells
            # it), is the act told too early, not another record that shares a word ("extended an
            # invitation for a visit", written the day before the invitation, is not Kim's visit)
            doing = _doing_the_act(claim, matches)
            later = [m for m in doing if m.start is not None and m.start > context.published]
            matches = [m for m in matches if m.start is None or m.start <= context.published]
            if later and not any(m in doing for m in matches):
                return _unconfirmed(
                    later[0],
                    f"The record that tells this act, “{later[0].row.get('name')}” ({later[0].when}), took place "
                    f"after the article's date ({context.published.isoformat()}).",
                )
        if not matches and str(claim.slots.get("negated") or "").lower() == "never" and len(participants) >= 2:
            # "Putin has never met Kim": any meeting of theirs before the article says otherwise, so
            # which one it was need not be told
            matches = [
                m
                for m in candidates
                if m.strong(participants)
                and m.start is not None
                and (context.published is None or m.start <= context.published)
                # "never met in Pyongyang" says nothing of a meeting in Moscow
                and _elsewhere_verdict(claim, m) is None
            ]
        matches = matches or _news_of_the_day(claim, context, candidates)
        if not matches:
            return _no_match()
        best = matches[0]
        # a promise or a warning, kept or broken, is no act a record bears out or denies
        foretold = claim.slots.get("foretold")
        if foretold:
            return _unconfirmed(
                best,
                f"The sentence reports what was said {foretold} happen, which a record of what happened "
                f"(“{best.row.get('name')}”, {best.when}) does not bear out.",
            )
        if claim.slots.get("negated") and _result_told(claim, best) is None:
            return _denied_verdict(claim, best)
        refuted = (
            _outcome_verdict(claim, best)
            or _numbered_otherwise(claim, best, candidates)
            or _first_since_verdict(claim, best, candidates)
        )
        if refuted:
            return refuted
        mismatch = _mismatch_verdict(claim, best, context)
        if mismatch:
            return mismatch
        unplaced = claim.slots.get("unplaced_time")
        if unplaced:
            resembles = f"Resembles the recorded event “{best.row.get('name')}” ({best.when})"
            thing = claim.slots.get("dated_thing")
            why = (
                f"but the sentence's “{unplaced}” dates the {thing}, which may not be when it happened"
                if thing
                else f"but the sentence places it at “{unplaced}”, which could not be compared with that date"
            )
            return _unconfirmed(best, f"{resembles}, {why}.")
        return verify.Verdict(
            verify.SUPPORTED,
            min(0.9, 0.5 + best.coverage * 0.4),
            f"Matches the recorded event “{best.row.get('name')}” ({best.when})."
            + _first_since_untold(claim, best, candidates),
            [_evidence(best)],
        )


class EventDateChecker:
    name = "event-date"
    kinds = {"temporal"}

    def check(self, claim, context):
        slots = claim.slots
        if not slots.get("start"):
            return verify.Verdict(verify.NOT_ENOUGH_INFO, 0.0, "The time expression could not be resolved to dates.")
        claimed_start = dt.date.fromisoformat(slots["start"])
        claimed_end = dt.date.fromisoformat(slots["end"])
        candidates = [m for m in _all_matches(claim, context) if m.start]
        if slots.get("said_by_then") and not any(_SAYING & m.stems_anywhere for m in candidates):
            # "Kirby said on Wednesday that Kim had invited Putin": any day up to the saying
            claimed_start = dt.date.min
        participants = slots.get("participants") or []
        # Records of the people named doing what the record's name says count too, though the name
        # says more: "Putin met Kim" on the day of "Putin makes a state visit to Pyongyang and holds
        # a summit with Kim Jong-un" is that record. Strong matches come first.
        strong = [m for m in candidates if m.strong(participants)]
        pool = strong + [m for m in candidates if m not in strong and _told_alike(claim, m)]
        matches = _doing_the_act(claim, pool)

        def then(m: EventMatch) -> bool:
            return m.start <= claimed_end and (m.end or m.start) >= claimed_start

        # (a record of its date and place with everyone it names, though its words tell the act
        # otherwise: "had hosted Putin in Beijing in February 2022" of "Putin visits Beijing Winter
        # Olympics")
        venues = slots.get("venues") or []
        if len(participants) >= 2 and venues and not any(then(m) for m in matches):
            matches += [
                m
                for m in pool
                if m not in matches
                and then(m)
                # (an act of a day, not a trip of days through a region: "welcomed Kim in Russia's
                # Far East on Tuesday" is not the record of his train journey)
                and ((m.end or m.start) - m.start).days <= 1
                and len(m.participants_matched) == len(participants)
                and any(contains_phrase(str(m.row.get("place") or ""), venue) for venue in venues)
            ]
        if context.published and claimed_start <= context.published:
            # what an article tells of as done was done before it was written: "talks with Xi in
            # March", written on 1 March, are not his visit of 20 March, nor a misdated earlier one
            later = [m for m in matches if m.start > context.published and m.start <= claimed_end]
            matches = [m for m in matches if m.start <= context.published]
            if later and not any(m.start <= claimed_end and m.end >= claimed_start for m in matches):
                return _unconfirmed(
                    later[0],
                    f"The matching record, “{later[0].row.get('name')}” ({later[0].when}), took place after "
                    f"the article's date ({context.published.isoformat()}), which tells of it as already done.",
                )
        matches = _parts_over_wholes(_acts_over_spans(claim, matches), candidates)
        if not matches:
            return _no_match()
        # (words one of the record's people told another are their meeting's: "Kim told Putin on
        # Wednesday that ...")
        if (
            slots.get("said_then")
            and not any(_SPEAKING & _record_stems(m) for m in matches)
            and not any(len(m.participants_matched) >= 2 for m in matches)
        ):
            return _unconfirmed(
                matches[0],
                f"Resembles the recorded event “{matches[0].row.get('name')}” ({matches[0].when}), but the "
                f"sentence's “{slots.get('expression')}” dates the saying, which may not be when what was said "
                "happened or held.",
            )
        # "more than 18 months ago" has no first day
        days = (
            f"up to {claimed_end.isoformat()}"
            if claimed_start == dt.date.min
            else f"{claimed_start.isoformat()} to {claimed_end.isoformat()}"
        )
        when = f"“{slots['expression']}” ({days})"
        overlapping = [m for m in matches if m.start <= claimed_end and m.end >= claimed_start]
        if not overlapping and slots.get("named_day"):
            # "the October 7 attack" told a year on: the thing its day names, of an earlier year
            overlapping = [
                m
                for m in matches
                if (m.start.month, m.start.day) == (claimed_start.month, claimed_start.day) and m.start < claimed_start
            ][:1]
            if overlapping:
                claimed_start = claimed_end = overlapping[0].start
                when = f"“{slots['expression']}” (the day that names it: {claimed_start.isoformat()})"
        promise = _promise_verdict(claim, overlapping[0]) if overlapping else None
        if promise is not None:
            return promise
        if slots.get("denied_since"):
            return _none_since_verdict(claim, matches, claimed_end, context)
        # (a promise denied as the record's own is the announcement, to be dated: "Kishida announced
        # in June that he would not seek re-election" of the announcement on 14 August)
        if (
            slots.get("negated")
            and not (overlapping and _denies_alike(claim, overlapping[0]))
            and not (not overlapping and any(_denies_alike(claim, m) for m in matches))
            and not (overlapping and _result_told(claim, overlapping[0]))
        ):
            if overlapping:
                return _denied_verdict(claim, overlapping[0])
            return _unconfirmed(
                matches[0],
                f"The sentence says it did not happen within {when}; the closest record, "
                f"“{matches[0].row.get('name')}” ({matches[0].when}), does not fall in it.",
            )
        if overlapping:
            best = overlapping[0]
            refuted = (
                _outcome_verdict(claim, best)
                or _numbered_otherwise(claim, best, matches)
                or _ends_verdict(claim, best, when)
                or _first_since_verdict(claim, best, matches)
            )
            if refuted:
                return refuted
            mismatch = _mismatch_verdict(claim, best, context)
            if mismatch:
                return mismatch
            return verify.Verdict(
                verify.SUPPORTED,
                min(0.9, 0.55 + best.coverage * 0.35),
                f"“{best.row.get('name')}” took place {best.when}, within {when}."
                + _first_since_untold(claim, best, matches),
                [_evidence(best)],
            )
        # A wrong month or year for a recorded event is a contradiction; an event
        # far from any record may simply be one the dataset lacks.
        window = dt.timedelta(days=REFUTE_WINDOW_DAYS)
        earliest = claimed_start - window if claimed_start - dt.date.min > window else dt.date.min
        near = [m for m in matches if m.start <= claimed_end + window and m.end >= earliest]
        # the record closest in time is the one the sentence most likely misdates
        near.sort(key=lambda m: max((m.start - claimed_end).days, (claimed_start - m.end).days, 0))
        if context.published and claimed_end <= context.published:
            # an article cannot misdate an event that had not happened when it was written
            near = [m for m in near if m.start <= context.published]
        if context.published and claimed_start > context.published and near:
            # what the article tells of as ahead was a plan, which may have changed since
            return _unconfirmed(
                near[0],
                f"The sentence tells of {when}, after the article's date; the record puts "
                f"“{near[0].row.get('name')}” at {near[0].when}.",
            )
        if not near:
            return _unconfirmed(
                matches[0],
                f"No recorded event like this falls near {when}; the closest is "
                f"“{matches[0].row.get('name')}” ({matches[0].when}).",
            )
        best = near[0]
        # told differently (other people, places or roles), it may be another event, not this one misdated
        mismatch = _mismatch_verdict(claim, best, context)
        if mismatch:
            return mismatch
        if not _tells_the_act(claim, best):
            return _unconfirmed(
                best,
                f"The closest record with these people, “{best.row.get('name')}” ({best.when}), does not "
                "tell what the sentence says happened.",
            )
        # the same people are recorded together in the period, in words the matcher did not take for
        # this act ("talks with Xi in February 2022" and the 'no limits' statement they signed in
        # Beijing that month): they may have done it then too
        together = _together_then(participants, claimed_start, claimed_end, context)
        if together is not None:
            return _unconfirmed(
                together,
                f"“{best.row.get('name')}” took place {best.when}; but “{together.row.get('name')}” "
                f"({together.when}) has the same people within {when}.",
            )
        chosen = _chosen_then(claim, candidates, claimed_start, claimed_end)
        if chosen is not None:
            # "NATO allies chose Rutte on June 26": the record of his appointment that day, not of the
            # handover the sentence's words match better
            return verify.Verdict(
                verify.SUPPORTED,
                0.6,
                f"“{chosen.row.get('name')}” took place {chosen.when}, within {when}.",
                [_evidence(chosen)],
            )
        if _act_stems(claim) & _BEGINNING and _CHOOSING & _record_stems(best):
            # "Guterres began his second term on January 1, 2022" against his reappointment in June 2021:
            # a term begins after the vote that gives it
            return _unconfirmed(
                best,
                f"“{best.row.get('name')}” took place {best.when}; the sentence tells of a term begun, which "
                f"may begin after the choice the record tells, not within {when}.",
            )
        if slots.get("dated_by_joined_verb"):
            # "Marcos won the presidency in the same election and was sworn in on June 30, 2022"
            return _unconfirmed(
                best,
                f"“{best.row.get('name')}” took place {best.when}; the sentence's {when} is told of a verb "
                "joined to the main one, and may be that act's alone.",
            )
        return verify.Verdict(
            verify.REFUTED,
            0.7,
            f"“{best.row.get('name')}” took place {best.when}, not {when}.",
            [_evidence(m) for m in near[:3]],
        )


def _record_stems(match: EventMatch) -> set[str]:
    return {s for text in _recorded_texts(match) for s in content_stems(text)}


# verbs of choosing someone, in the sentence's words: "chose", "picked", "named"
_CHOOSING_ACTS = frozenset(stem(word) for word in ("choose", "select", "pick", "name", "appoint", "elect"))


def _chosen_then(claim, candidates: list[EventMatch], first: dt.date, last: dt.date) -> EventMatch | None:
    """A record of choosing the people the sentence names, in its period, when the sentence tells a
    choice: the one it tells, whatever record its other words match better."""
    participants = claim.slots.get("participants") or []
    if not participants or not _act_stems(claim) & _CHOOSING_ACTS:
        return None
    return next(
        (
            m
            for m in candidates
            if len(m.participants_matched) >= len(participants)
            and m.start <= last
            and m.end >= first
            and _record_stems(m) & _CHOOSING
        ),
        None,
    )


def _none_since_verdict(claim, matches: list[EventMatch], since_end: dt.date, context) -> verify.Verdict:
    """ "England have not won a major tournament since the 1966 World Cup": a record of the act after
    then refutes it; one of then is what the time counts from, and the data may not hold every later
    one."""
    # (up to the day the sentence ends it: "Until this week, Kim had not visited Russia since 2019")
    until = dt.date.fromisoformat(claim.slots["denied_until"]) if claim.slots.get("denied_until") else None
    later = [
        m
        for m in matches
        if m.start > since_end
        and (not context.published or m.start <= context.published)
        and (until is None or m.start < until)
    ]
    if later:
        return verify.Verdict(
            verify.REFUTED,
            0.7,
            f"The sentence says it has not happened since {claim.slots['expression']}; the record of "
            f"“{later[0].row.get('name')}” puts it at {later[0].when}.",
            [_evidence(m) for m in later[:3]],
        )
    if until is not None:
        return _unconfirmed(
            matches[0],
            f"The sentence says it had not happened since {claim.slots['expression']} up to {until.isoformat()}; "
            "the data record none between, which may not be all there was.",
        )
    return _unconfirmed(
        matches[0],
        f"The sentence says it has not happened since {claim.slots['expression']}; the data record "
        f"“{matches[0].row.get('name')}” ({matches[0].when}) and none after it, which may not be all there was.",
    )


def _together_then(participants: list[str], first: dt.date, last: dt.date, context) -> EventMatch | None:
    """A record that lies within ``first`` to ``last``, in which two or more people the sentence
    names all take part. Datasets too large to read whole are not searched."""
    if len(participants) < 2:
        return None
    for dataset in context.datasets.by_kind("events"):
        if dataset.row_count > KNOWN_NAMES_MAX_ROWS:
            continue
        for row in dataset.rows:
            # a record wholly in the period: a trip of six days says nothing of one of its days
            start, end = row.get("start_date"), row.get("end_date") or row.get("start_date")
            if not start or start < first or end > last or (context.published and start > context.published):
                continue
            people = [p for p in row.get("participants") or [] if p]
            if all(any(name_score(named, p) >= 90 for p in people) for named in participants):
                label = str(row.get("name") or "")
                return EventMatch(
                    row, dataset, label, coverage=0.0, matched_stems=[], participants_matched=participants
                )
    return None


@verify.hookimpl
def register_checkers(register):
    register(EventMatchChecker())
    register(EventDateChecker())
