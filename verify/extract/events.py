"""``duration``, ``temporal`` and ``event`` claims: how long since something happened, and what
happened, to whom, when and where."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from verify.extract.grammar import (
    DENYING_VERBS,
    HOSTING_ACTS,
    SHARED_ACTS,
    SPEECH_VERBS,
    agent_and_recipients,
    claim_between,
    date_explained,
    date_head,
    date_tokens,
    dates_and_heads,
    denial_frame,
    denial_of,
    doer_country,
    hosted,
    in_clause_about_someone,
    it_stands_for,
    named_people,
    names_a_year,
    negation,
    organisation_roles,
    place_name,
    places_in,
    span_text,
    subject_of,
    tells_it_going_on,
    tells_the_past,
    venues,
    verb_over,
    when_clause,
)
from verify.extract.quotes import quotations
from verify.extract.roles import OFFICE_WORDS, ROLE_VERBS, as_objects
from verify.extract.tenures import OFFICE_CHANGE_VERBS, SUCCESSION_VERBS, changes_office, office_change_in
from verify.models import Article, Claim
from verify.timeexpr import Amount, DateRange, durations_in, parse_duration, resolve_date

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from verify.extract.sentence import Sentence


# "18 months since ...", "600 days have passed since ...", "a year had gone by since ..."
_SINCE_RE = re.compile(
    # ("80 years to the day since", "eighty years to the day after")
    r"\s*(?:to\s+the\s+day\s+)?(?:and\s+counting\s+)?(?:(?:(?:have|has|had)\s+(?:not\s+|n't\s+|now\s+|yet\s+)*)?(?:passed|elapsed|gone\s+by)\s+)?"
    r"(?:since|after|before|from\s+when|on\s+from(?:\s+when)?)\s+(.+)",
    re.IGNORECASE | re.DOTALL,
)


# every duration claim says one of these; a sentence without them is not worth parsing for one
# a span told after what it counts from: "Since the Lahaina fire, more than 25 months have elapsed"
_FRONTED_SINCE = re.compile(r"\s*since\s+([^,]+),\s*", re.IGNORECASE)
_PASSED = re.compile(r"\s*(?:have|has|had)\s+(?:now\s+)?(?:passed|elapsed|gone\s+by)\b", re.IGNORECASE)

_SINCE_WORD = re.compile(r"\b(?:since|after|before|from\s+when|on\s+from)\b", re.IGNORECASE)


# what a denied span of time says: "it has not been two years" is less than two years, "not more than
# two years" at most two; "not about two years" says nothing checkable
DENIED_COMPARISONS = {"=": "<", ">": "<=", ">=": "<", "<": ">=", "<=": ">"}
SPAN_VERBS = frozenset({"be", "pass", "elapse"})


# what may join two spans that count to one act: "nearly 19 months after the invasion, and about six
# months after Xi held talks with him in Moscow"
_JOINING_SPANS = re.compile(r"[\s,;]*(?:(?:and|but)\s+)?(?:only\s+|just\s+)?", re.IGNORECASE)
# the slots of the act a span is counted to, which spans joined to it share
_REFERENCE_KEYS_FROM = ("reference_", "until_", "story_")


def joined_duration_claims(sentence: Sentence, article: Article, first: Claim) -> list[Claim]:
    """The spans joined to a sentence's first one that count the same act from something else:
    "The summit came nearly 19 months after the invasion, and about six months after Xi held talks
    with him in Moscow"."""
    claims = [first]
    while (found := duration_claim(sentence, article, after=claims[-1])) is not None:
        claims.append(found)
    return claims[1:]


def duration_claim(sentence: Sentence, article: Article, after: Claim | None = None) -> Claim | None:
    """The first span of the sentence that counts from something; with ``after``, the span joined
    to that claim's, counted to the same act."""
    text = sentence.text
    if not _SINCE_WORD.search(text):
        return None
    # the first span of time that counts from something: not "after 52 years as monarch" in "stepped
    # down after 52 years as monarch, two weeks after announcing her decision"
    spans = list(durations_in(text))
    if not spans:
        return None
    base = sentence.offset + sentence.span.start_char
    counting = [f for f in spans if _SINCE_RE.match(text[f[1].end() :])]
    if after is not None:
        joined_span = next((f for f in counting if base + f[1].start() >= after.end), None)
        if joined_span is None or not _JOINING_SPANS.fullmatch(text[after.end - base : joined_span[1].start()]):
            return None
        amount, match = joined_span
    else:
        amount, match = counting[0] if counting else spans[0]
    fronted = _FRONTED_SINCE.match(text) if after is None else None
    joined_region: tuple[int, int] | None = None
    if fronted and (found := parse_duration(text[fronted.end() :])):
        # "Since the Lahaina fire, more than 25 months have elapsed"
        amount, match = found
        passed = _PASSED.match(text, fronted.end() + match.end())
        if passed is None:
            return None
        since = fronted
        anchor_start = base + fronted.start(1)
        anchor = fronted.group(1).strip()
        end = anchor_start + len(anchor)
        start, claim_end = base + fronted.start(), base + passed.end()
        counted_from = base + fronted.end() + match.start()
    else:
        since = _SINCE_RE.match(text[match.end() :])
        if not since:
            return None
        start = base + match.start()
        anchor_start = base + match.end() + since.start(1)
        anchor = _anchor_text(sentence, since.group(1), anchor_start)
        # "was elected pope 17 days after the death of Francis and took the name Leo XIV": the
        # second act is the main verb's, not the anchor's
        joined = next(
            (
                t
                for t in sentence.span
                if anchor_start <= sentence.offset + t.idx < anchor_start + len(anchor)
                and t.dep_ == "cc"
                and sentence.offset + t.head.idx < anchor_start
                and any(c.dep_ == "conj" and c.i > t.i and c.pos_ in ("VERB", "AUX") for c in t.head.children)
            ),
            None,
        )
        if joined is not None:
            anchor = anchor[: sentence.offset + joined.idx - anchor_start].rstrip(" ,")
        # nor does it run on into a second span: "more than 18 months after the invasion and six
        # months after Xi visited Moscow"
        following = next((f for f in counting if anchor_start < base + f[1].start()), None)
        if following is not None:
            cut = base + following[1].start()
            if cut < anchor_start + len(anchor):
                anchor = re.sub(r"[\s,;]*(?:\b(?:and|but)\s*)?$", "", anchor[: cut - anchor_start], flags=re.IGNORECASE)
            if _JOINING_SPANS.fullmatch(text[anchor_start + len(anchor) - base : following[1].start()]):
                # whose dates are not of the act the first counts to
                second_since = _SINCE_RE.match(text[following[1].end() :])
                second_start = base + following[1].end() + second_since.start(1)
                joined_region = (cut, second_start + len(_anchor_text(sentence, second_since.group(1), second_start)))
        end = claim_end = anchor_start + len(anchor)
        counted_from = start
    anchor_tokens = [t for t in sentence.span if anchor_start <= sentence.offset + t.idx < end]
    # who a clause about someone in the anchor names is not of what it counts from: "since Putin, who
    # succeeded Medvedev in 2012, began his war"
    about = {t.i for a in anchor_tokens for c in a.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    counted = [t for t in sentence.span if counted_from <= sentence.offset + t.idx < counted_from + len(match.group(0))]
    # "it has not been two years since", "two years have not passed since"; not "he has not left
    # Russia in the 18 months since", which denies the leaving
    spanning = verb_over(counted[0]) if counted else None
    denied = denial_of(spanning) if spanning is not None and spanning.lemma_ in SPAN_VERBS else None
    if denied:
        # "It has not yet been two years since ...": less than two years
        op = DENIED_COMPARISONS.get(amount.op)
        if op is None:
            return None
        amount = replace(amount, op=op)
    slots = {
        **amount.to_slots(),
        "negated": denied,
        "since": anchor,
        "participants": named_people(sentence, [t for t in anchor_tokens if t.i not in about]),
        # "since Russia launched its full-scale invasion": who did it, when no person is named
        "countries": [place_name(e) for e in sentence.span.ents if e.label_ == "GPE" and e[0] in anchor_tokens]
        + _organisation_meant(sentence, anchor_tokens),
        "reference_date": article.published.isoformat() if article.published else None,
    }
    # "six weeks after she took office", "since Sunak became prime minister": a term's start or end
    slots.update(office_change_in(sentence, anchor_tokens) or {})
    # "18 months since February 2022", "since the start of the war in February 2022": the date the
    # anchor gives, for when no recorded event matches it
    if anchor_tokens and all(t.ent_type_ == "DATE" or t.lower_ == "the" for t in anchor_tokens):
        # as the sentence resolved it ("since that day": the day it told before), else on its own
        anchor_date = next(
            (d for d, first, last in sentence.found_dates if anchor_start <= first and last <= end), None
        ) or resolve_date(anchor, article.published)
    else:
        # not a date of a clause about someone in it: "since Putin, who succeeded Medvedev in 2012,
        # began his war"
        aside = {sentence.offset + sentence.span.doc[i].idx for i in about}
        inside = (
            d
            for d, first, last in sentence.found_dates
            if anchor_start <= first and last <= end and not any(first <= at < last for at in aside)
        )
        anchor_date = next(inside, None)
        if anchor_date is None and (anchor_date := _dated_earlier(sentence, anchor_tokens)):
            slots["since_told_before"] = True
    if anchor_date:
        slots.update(
            since_date=anchor_date.expression,
            since_start=anchor_date.start.isoformat(),
            since_end=anchor_date.end.isoformat(),
        )
    # "In July 2019, 50 years after Apollo 11 landed, ...": counted up to the sentence's own date,
    # not the article's; "since" counts up to the article's date whatever else the sentence dates
    # "30 days before the invasion": the span runs from the sentence's own act up to the anchor
    link = since.group(0).lstrip().lower()
    if link.startswith("before"):
        slots["before"] = True
    if after is not None:
        # "nearly 19 months after the invasion, and about six months after ...": the same act
        slots.update({key: value for key, value in after.slots.items() if key.startswith(_REFERENCE_KEYS_FROM)})
    elif link.startswith(("after", "before")):
        # not a date of what the anchor is said to be ("after the first flight test, which ended in an
        # explosion on April 20, 2023")
        described = [
            sentence.offset + t.idx
            for a in anchor_tokens
            for c in a.children
            if c.dep_ in ("relcl", "acl")
            for t in c.subtree
        ]
        # the nearest: "Finland joined NATO on April 4, 2023, and Sweden followed on March 7, 2024, 11
        # months after Finland joined" counts up to March 7
        # (nor the start of a state: "Ali Bongo, Gabon's president since 2009, was overthrown four days
        # after the election")
        outside = [
            (min(abs(start - last), abs(first - end)), d)
            for d, first, last in sentence.found_dates
            if (last <= start or first >= end)
            and not any(first <= at < last for at in described)
            and not sentence.dates_a_state(first, last)
            and not _dates_an_aside(sentence, first, last, counted)
            and not (joined_region and joined_region[0] <= first < joined_region[1])
        ]
        own = min(outside, key=lambda pair: pair[0])[1] if outside else None
        # "since October 2022, when she was sworn in less than a month after the September 25
        # election": the act of a "when" clause is of the date it explains, whatever else it dates
        mark = next((t for t in reversed(sentence.span) if sentence.offset + t.idx < anchor_start), None)
        anchor_verb = mark.head if mark is not None and mark.dep_ == "mark" else None
        explained = (
            date_explained(sentence, anchor_verb.head)
            if anchor_verb is not None and anchor_verb.dep_ == "advcl"
            else None
        )
        own = explained or own
        if own is not None:
            slots.update(_counted_up_to(own))
        elif (timed := _thing_timed(sentence)) and (told := _dated_earlier(sentence, timed, strict=True)):
            # "The announcement came three weeks after Freeland resigned", after a sentence that told
            # of the announcement on January 6: up to that day
            slots.update(_counted_up_to(told), reference_thing=span_text(timed), reference_told_before=True)
        elif tells_the_past(sentence.span.root):
            # "Johnson was elected speaker three weeks after McCarthy was removed": counted up to an act
            # the sentence does not date, which the checker looks for among the records
            # (not a second span the sentence counts: "The summit came nearly 19 months after the
            # invasion, and about six months after Xi held talks with him in Moscow")
            second = next((base + m.start() for _, m in counting if base + m.start() >= end), None)
            outside = [
                t
                for t in sentence.span
                if not start <= sentence.offset + t.idx < end and (second is None or sentence.offset + t.idx < second)
            ]
            while outside and (outside[-1].is_punct or outside[-1].dep_ == "cc"):
                outside.pop()
            slots["reference_untold"] = "".join(t.text_with_ws for t in outside).strip()
            story = sentence.story_before
            # (and a month, for a thing timed with "came": "Last September, Kim pledged ... The summit
            # came about six months after ...", in March 2024)
            if story is not None and (story.granularity in ("day", "week") or (timed and story.granularity == "month")):
                # where the story was last, told by the day: an act the article tells of long before
                # its own days is no news of them ("Raisi died on Sunday, May 19 ... Less than two
                # months after Raisi's death, voters chose a reformist", in December); a month or a
                # year told is more often background ("succeeded as commissioner in September 2006")
                slots["story_date"] = story.end.isoformat()
                if timed:
                    # "The ouster came ten months after ...", the ouster told in no word of its own
                    # before: of the story's last day, maybe, as much as of the article's
                    slots["reference_thing"] = span_text(timed)
            slots["reference_participants"] = named_people(sentence, outside)
            inside = {t.i for t in outside}
            slots["reference_sides"] = [
                place_name(e) for e in sentence.span.ents if e.label_ in ("GPE", "ORG", "NORP") and e.start in inside
            ]
            # "Tusk became prime minister two months after the election": counted up to a taking of
            # office, which the office data date
            taken = office_change_in(sentence, outside) or {}
            slots.update({key.replace("since_", "until_"): value for key, value in taken.items()})
    if "reference_expression" not in slots and (told_by := _counted_up_to_by(sentence, start, end)) is not None:
        # "By September 2023, it had been more than 20 months since ...": up to that date
        slots.update(_counted_up_to(told_by))
    return claim_between("duration", sentence, start, claim_end, slots)


_BY_THEN = re.compile(r"\bby\s+then\b", re.IGNORECASE)


def _counted_up_to(date: DateRange) -> dict[str, str]:
    """The slots of the date a span is counted up to."""
    return {
        "reference_date": date.start.isoformat(),
        "reference_end": date.end.isoformat(),
        "reference_expression": date.expression,
    }


def _counted_up_to_by(sentence: Sentence, start: int, end: int) -> DateRange | None:
    """The date a span told in the past perfect is counted up to, after "by": "By September 2023, it
    had been more than 20 months since ..."; "By then, the war had been going on for more than two
    years" is the last date the story told. None without "had", or without such a date."""
    root = sentence.span.root
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children):
        return None
    text = sentence.article.text
    for found, first, _ in sentence.found_dates:
        if start <= first < end:
            continue
        if re.search(r"\bby\s*$", text[max(sentence.offset + sentence.span.start_char, first - 4) : first], re.I):
            return found
    if _BY_THEN.search(sentence.span.text) and sentence.story_before is not None:
        return sentence.story_before
    return None


# words a bare anchor may hold besides the thing: "the deadly earthquake", "the first round"
_BARE_ANCHOR_DEPS = frozenset({"det", "amod", "compound", "poss"})
# and how it opens: "after the earthquake", "ten days after his release"
_BARE_ANCHOR_OPENINGS = frozenset({"the", "his", "her", "its", "their"})


def _dated_earlier(sentence: Sentence, anchor: list[Token], strict: bool = False) -> DateRange | None:
    """The date of a thing a bare anchor points back to: "Less than four months after the
    earthquake, ..." after a sentence that told the earthquake's date ("ten days after his release"
    after one that told the release's). Only "the" or a possessive and a common noun (with its
    adjectives): a name or a clause is looked up among the records."""
    nouns = [t for t in anchor if t.pos_ == "NOUN" and t.dep_ not in _BARE_ANCHOR_DEPS]
    if (
        len(nouns) != 1
        or not anchor
        or anchor[0].lower_ not in _BARE_ANCHOR_OPENINGS
        or any(t.pos_ in ("PROPN", "VERB", "AUX", "NUM") or t.ent_type_ for t in anchor)
    ):
        return None
    told = sentence.told_of(nouns[0], strict=strict)
    return replace(told, expression=f"{' '.join(t.text for t in anchor)}, told as {told.expression}") if told else None


# the verbs that time a thing named by a noun: "The announcement came three weeks after ..."
_TIMING_VERBS = frozenset({"come", "follow", "happen", "occur"})


def _thing_timed(sentence: Sentence) -> list[Token]:
    """The words of the thing a sentence times, as its subject, with a verb of timing: "The
    announcement" in "The announcement came three weeks after ...", "The vote took place two days
    after ..."; none for any other sentence."""
    root = sentence.span.root
    timed = root.lemma_.lower() in _TIMING_VERBS or (
        root.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in root.children)
    )
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if not timed or subject is None or root.tag_ != "VBD":
        return []
    return list(subject.subtree)


# "the war has lasted 18 months", "has raged for more than a year", "has dragged on for 18 months"
LASTING_VERBS = frozenset({"last", "rage", "continue", "persist", "drag", "go", "run"})
# ... of which these last only with "on": "has gone on for a year" (not "has gone for a year")
LASTING_WITH_ON = frozenset({"drag", "go", "run"})
# forms the small pipeline lemmatizes wrongly ("raged" as "rag")
LASTING_FORMS = frozenset({"raged", "raging"})


def lasting_claim(sentence: Sentence, article: Article) -> Claim | None:
    """The ``duration`` claim of something said to have lasted a span of time up to the article:
    "Russia's war on Ukraine has now lasted over a year and a half" counts from the start of the
    war, as "a year and a half since the war began" would."""
    for verb in sentence.span:
        if (verb.lemma_.lower() not in LASTING_VERBS and verb.lower_ not in LASTING_FORMS) or not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children
        ):
            continue
        if verb.lemma_.lower() in LASTING_WITH_ON and not any(
            c.dep_ == "prt" and c.lower_ == "on" for c in verb.children
        ):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        span_tokens = _lasted(verb)
        if subject is None or not span_tokens:
            continue
        found = parse_duration(span_text(span_tokens))
        if not found:
            continue
        amount, _ = found
        anchor_tokens = subject_named(subject)
        if len(anchor_tokens) < 2:  # "it has lasted": no event named
            continue
        slots = lasting_slots(sentence, article, amount, anchor_tokens)
        first, last = anchor_tokens[0], span_tokens[-1]
        start, end = sentence.offset + first.idx, sentence.offset + last.idx + len(last.text)
        return claim_between("duration", sentence, start, end, slots)
    return None


def subject_named(subject: Token) -> list[Token]:
    """The words of a subject without its asides: "The war" of "The war, which began in 2022,"."""
    aside = {t.i for c in subject.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
    return [t for t in subject.subtree if t.i not in aside and not t.is_punct]


def lasting_slots(sentence: Sentence, article: Article, amount: Amount, anchor: list[Token]) -> dict[str, Any]:
    """The slots of a ``duration`` claim of what has lasted ``amount`` up to the article (or up to
    the date "by" gives in the past perfect: "By then, the war had been going on for two years")."""
    slots = {
        **amount.to_slots(),
        "negated": None,
        "since": span_text(anchor),
        "participants": named_people(sentence, anchor),
        "countries": [place_name(e) for e in sentence.span.ents if e.label_ == "GPE" and e[0] in anchor],
        "reference_date": article.published.isoformat() if article.published else None,
    }
    first = sentence.offset + anchor[0].idx if anchor else sentence.offset
    if (told_by := _counted_up_to_by(sentence, first, first)) is not None:
        slots.update(_counted_up_to(told_by))
    return slots


def _lasted(verb: Token) -> list[Token]:
    """The span of time a lasting verb gives: "18 months" in "has lasted 18 months" or "has raged
    for 18 months"."""
    for child in verb.children:
        if child.dep_ in ("npadvmod", "dobj") and child.ent_type_ == "DATE":
            return sorted(child.subtree, key=lambda t: t.i)
        if child.dep_ == "prep" and child.lower_ == "for":
            return sorted((t for t in child.subtree if t.i != child.i), key=lambda t: t.i)
    return []


# (not the comma of a date: "on August 23, 2024")
_ANCHOR_END = re.compile(r"(?<!\d),\s|(?<=\d),\s(?!\d{4}\b)|[;:]\s|\.\s*$|\s[–—]\s")


def _anchor_text(sentence: Sentence, text: str, anchor_start: int) -> str:
    """What a span counts from: the words after "since" up to the end of their clause. A comma
    ends it ("since Putin began his war, showing that ...") unless it opens an aside on a word of
    the anchor ("since Vladimir Putin, the president of Russia, launched his invasion")."""
    searched_from = 0
    while found := _ANCHOR_END.search(text, searched_from):
        aside_end = (
            _aside_ending(sentence, anchor_start, anchor_start + found.end()) if found.group(0)[0] == "," else None
        )
        closing = _ANCHOR_END.search(text, aside_end - anchor_start) if aside_end is not None else None
        if closing is None or closing.start() != aside_end - anchor_start or closing.group(0)[0] != ",":
            return text[: found.start()].strip().rstrip(".")
        searched_from = closing.end()
    return text.strip().rstrip(".")


def _aside_ending(sentence: Sentence, anchor_start: int, at: int) -> int | None:
    """The end of the appositive or relative clause that starts at offset ``at`` and describes a
    word between ``anchor_start`` and it, or None when no aside starts there."""
    first = next((t for t in sentence.span if sentence.offset + t.idx >= at), None)
    if first is not None and first.ent_type_ == "PERSON" and first.ent_iob_ == "B":
        # "since Russia's leader of two decades, Vladimir Putin, began ...": the name the parser may
        # not read as in apposition
        name = next(e for e in sentence.span.ents if e.start == first.i)
        if name.end < sentence.span.end and sentence.span.doc[name.end].text == ",":
            return sentence.offset + name[-1].idx + len(name[-1].text)
    node = first
    while node is not None and node.head.i != node.i and node.dep_ not in ("appos", "relcl"):
        node = node.head
    if node is None or node.dep_ not in ("appos", "relcl") or first is None:
        return None
    described = node.head
    if not anchor_start <= sentence.offset + described.idx < at or node.left_edge.i != first.i:
        return None
    last = node.right_edge
    return sentence.offset + last.idx + len(last.text)


def _organisation_meant(sentence: Sentence, tokens: list[Token]) -> list[str]:
    """The country or organisation an "it" doing something in ``tokens`` stands for ("The World
    Health Organization declared ... more than three years after it declared a pandemic")."""
    it = next((t for t in tokens if t.lower_ == "it" and t.dep_ == "nsubj" and t.head.lemma_ not in SPAN_VERBS), None)
    meant = it_stands_for(sentence, it) if it is not None else None
    return [meant] if meant else []


# "Euro 2024 ended on July 14", "the Games opened on July 26": the date of one end of what lasted
BOUND_VERBS = {
    **dict.fromkeys(("begin", "start", "open", "kick", "commence", "launch"), "start"),
    **dict.fromkeys(("end", "close", "conclude", "finish", "wrap"), "end"),
}


# participles that name whom the sentence's doer took over from: "sworn in on May 20, succeeding Tsai"
_SUCCEEDING = frozenset({"succeed", "replace"})


def _predecessors(sentence: Sentence, people: list[str]) -> list[str]:
    """Those of ``people`` named only as whom the doer succeeded ("Lai was inaugurated on May 20,
    succeeding Tsai Ing-wen"): the office data check the succession; the record of the act need
    not name them (and a record that names another is not this act)."""
    before = {
        person
        for token in sentence.span
        if token.lemma_.lower() in _SUCCEEDING and token.tag_ == "VBG" and token.dep_ in ("advcl", "acl", "xcomp")
        for person in named_people(sentence, list(token.subtree))
    }
    return [person for person in people if person in before] if before != set(people) else []


def event_claim(sentence: Sentence, article: Article) -> Claim | None:
    span = sentence.span
    # a speech verb with a thing as its object is an act: "Putin announced a partial mobilization"
    # (but not the words it quotes: 'said "one small step ..."')
    quoted = [range(match.start(), match.end()) for match, _, _ in quotations(sentence)]
    verbs = [
        t
        for t in span
        if t.pos_ == "VERB"
        and (t.lemma_.lower() not in SPEECH_VERBS or (not quoted and _has_thing_object(t)))
        # what the quoted words tell happened is the quote's to check: "told them: "The Eagle has landed.""
        and not any(t.idx - span.start_char in words for words in quoted)
    ]
    if not verbs or sentence.text.endswith("?"):
        return None
    participants = named_people(sentence)
    predecessors = _predecessors(sentence, participants)
    participants = [person for person in participants if person not in predecessors]
    places = places_in(span)
    # a name the small pipeline tags as nothing ("The Moskva sank", "Alexei Navalny died") still
    # says who or what it happened to
    named = any(
        (t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")) or t.ent_type_ in NAMED_THINGS or names_a_year(t)
        for t in span
    )
    doer = doer_country(sentence)
    if not participants and not places and not named and not doer:
        return None
    date, dated_thing = _event_date(sentence)
    agent, recipients = agent_and_recipients(sentence)
    agent_organisation, recipient_organisations = organisation_roles(sentence)
    # what a sentence reports is what it tells: "Putin did not meet Kim, officials said"
    root = reported_act(span.root)
    # "did not say" denies the saying, not what was said; "the site was not coincidental" a quality,
    # not an event; "two years have not passed since the invasion" denies no invasion
    # (but "did not declare COVID-19 a pandemic" denies an act, as "announced a mobilization" tells one)
    act = root.lemma_.lower() not in SPEECH_VERBS | SPAN_VERBS or (not quoted and _has_thing_object(root))
    denied = negation(root) if act else None
    # "failed to meet Xi" denies the meeting, and "did not fail to meet Xi" tells it
    denied = None if denied and root.lemma_.lower() in DENYING_VERBS else denied or denial_frame(root)
    if denied is None and root.i != span.root.i:
        # "Putin denied that he had accepted the invitation": the act reported is the one denied
        denied = denial_frame(span.root)
    # "Until this week, Kim had not visited Russia since 2019": none since 2019, up to this week
    denied_until = None
    if denied and date is not None and dated_thing is None:
        since = [found for found, head in dates_and_heads(sentence) if _heads_since(head)]
        if since and any(found is date and head.lower_ in _UNTIL for found, head in dates_and_heads(sentence)):
            denied_until, date = date, since[0]
    slots: dict[str, Any] = {
        "participants": participants,
        "predecessors": predecessors,
        "negated": denied,
        "denied_act": _denied_act(root) if denied else None,
        "foretold": _foretold(span.root, root),
        "agent": agent,
        "agent_country": doer,
        "recipients": recipients,
        "agent_organisation": agent_organisation,
        "recipient_organisations": recipient_organisations,
        "places": places,
        "venues": venues(span),
        "sides": _sides(span.root),
        "titled": _titled_subjects(span),
        "joint_doers": _joint_doers(sentence),
        "predicates": [t.lemma_.lower() for t in verbs],
        # the agent's verb: "criticized" in "Trump criticized the immunity ruling"
        "main_verb": span.root.lemma_.lower() if span.root.pos_ in ("VERB", "AUX") else None,
        "keywords": _keywords(span),
        "lasted": lasted(span.text),
        # "Now, Putin is hosting Kim": the act of the article's very day
        "ongoing": tells_it_going_on(root) or None,
    }
    first_since, since_phrase = _first_since(sentence)
    if first_since is not None and (date is None or date == first_since):
        # "The summit was the pair's first since they met in Vladivostok in April 2019": the act is
        # undated, and the sentence tells the time before
        first_since = None
    if first_since is not None:
        # "met Kim for the first time since 2019": the last one before was then, none since
        slots.update(
            first_since_start=first_since.start.isoformat(),
            first_since_end=first_since.end.isoformat(),
            first_since_expression=first_since.expression,
        )
    kind = "event"
    if date and dated_thing is None:
        kind = "temporal"
        slots.update(date.to_slots())
        if _a_day_naming_a_thing(sentence, date):
            # "the October 7 attack": a day that names the thing, of whichever year it was
            slots["named_day"] = True
        # "from June 14 to July 14": the two ends told, each to be the record's
        slots.update(date.ends_to_slots())
        if root.lemma_.lower() in BOUND_VERBS:
            slots["bound"] = BOUND_VERBS[root.lemma_.lower()]
        if _dated_by_joined_verb(sentence, date):
            slots["dated_by_joined_verb"] = True
        if denied and any(found is date and _heads_since(head) for found, head in dates_and_heads(sentence)):
            # "England have not won a major tournament since the 1966 World Cup": none since then
            slots["denied_since"] = True
            if denied_until is not None:
                slots["denied_until"] = denied_until.start.isoformat()
        if _reports_a_state(span.root) and _dates_the_verb(sentence, date, span.root):
            # "Officials said last month that the talks were advancing": the day of the saying, when
            # what was said held, not of an act (unless the record is of the saying)
            slots["said_then"] = True
        if _tells_an_earlier_act(span.root) and _dates_the_verb(sentence, date, span.root):
            # "Kirby said on Wednesday that Kim had invited Putin": unless the record is of the
            # saying, the act may be of any day up to it
            slots["said_by_then"] = True
    elif date:
        # "an invitation for a visit in 2024": the date may be the visit's, not the invitation's
        slots["unplaced_time"] = date.expression
        slots["dated_thing"] = dated_thing
    elif sentence.unplaced_times:
        # the sentence says when, in words we cannot place: a record at any date must not support it
        slots["unplaced_time"] = sentence.unplaced_times[0]
    claim = claim_between(kind, sentence, sentence.start, sentence.end, slots)
    # "since their summit in Vladivostok in April 2019" places and names the time before, not the act
    return told_outside(claim, sentence, [since_phrase]) if first_since is not None else claim


# verbs of a judgement whose "that" clause is what the record tells: "the judge ruled that Google had
# not illegally maintained a monopoly" denies what a record "rules that Google illegally maintained"
RULING_VERBS = frozenset({"rule", "find", "conclude", "determine", "decide"})
# and verbs of the news that tells it: "Putin accepted, KCNA reported on Thursday"
REPORTING_VERBS = frozenset({"report"})


def _joint_doers(sentence: Sentence) -> list[str]:
    """The people a subject joined by "and" names, each of whom did it: "Isaacman and SpaceX engineer
    Scott Poteet made the first commercial spacewalk"."""
    subject = next((c for c in sentence.span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(t.dep_ == "cc" and t.lower_ == "and" for t in subject.subtree):
        return []
    return named_people(sentence, list(subject.subtree))


def reported_act(root: Token) -> Token:
    """The verb of what a speech verb reports ("meet" in "Putin did not meet Kim, officials said"),
    or of what a judgement found ("ruled that Google had not maintained a monopoly"), or ``root``
    when it reports nothing or is denied itself ("Kim did not say that ...")."""
    lemma = root.lemma_.lower()
    if negation(root) or lemma not in SPEECH_VERBS | RULING_VERBS | REPORTING_VERBS:
        return root
    clauses = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if lemma in RULING_VERBS:
        clauses = [c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return next(iter(clauses), root)


# what a reported "would", "could" or "may" tells is a promise, a warning or a guess, not an act
FORETELLING_MODALS = frozenset({"would", "will", "could", "can", "may", "might", "shall", "should", "'ll"})


# verbs that only pass on what someone says happened, unlike "announce" or "declare", which are acts
_TELLING_VERBS = frozenset({"say", "tell"})


def _tells_an_earlier_act(root: Token) -> bool:
    """Whether ``root`` says that an act happened ("Kirby said on Wednesday that Kim had invited
    Putin", "... that Kim invited Putin"): the day of the saying is not the act's, which may be any
    day before it."""
    if root.lemma_.lower() not in _TELLING_VERBS:
        return False
    reported = reported_act(root)
    helpers = {c.lower_ for c in reported.children if c.dep_ in ("aux", "auxpass")}
    return reported is not root and ("had" in helpers or (reported.tag_ == "VBD" and not helpers))


_UNTIL = frozenset({"until", "till", "before"})


def _heads_since(head: Token) -> bool:
    """Whether a date's head word is "since" ("since 2019", "since the 1966 World Cup")."""
    return head.lower_ == "since" or (head.dep_ == "pobj" and head.head.lower_ == "since")


def _reports_a_state(root: Token) -> bool:
    """Whether ``root`` says what held or was going on, or would happen, when it was said ("said
    that the meeting likely concerns arms", "... that talks were actively advancing", "... that
    Russia would help"), not that an act happened."""
    if root.lemma_.lower() not in _TELLING_VERBS:
        return False
    reported = reported_act(root)
    if reported is root:
        # (a clause the small pipeline reads without a verb: "... that this meeting likely concerns
        # “actively advancing” talks", "concerns" a noun) tells no act it could date
        return any(c.dep_ == "ccomp" and c.pos_ not in ("VERB", "AUX") for c in root.children)
    helpers = {c.lower_ for c in reported.children if c.dep_ in ("aux", "auxpass")}
    present = reported.tag_ in ("VBZ", "VBP", "VBG") or bool(helpers & FORETELLING_MODALS)
    return present and "had" not in helpers


def _dated_verbs(sentence: Sentence) -> list[tuple[DateRange, Token]]:
    """Each date of the sentence with the verb it is told of."""
    return [
        (found, verb_over(head))
        for found, start, end in sentence.found_dates
        if (head := date_head(sentence, start, end)) is not None
    ]


def _dated_by_joined_verb(sentence: Sentence, date: DateRange) -> bool:
    """Whether ``date`` is told of a verb joined to the main one alone, which has no date of its own
    ("Marcos won the presidency in the same election and was sworn in on June 30, 2022"): the date
    may be that verb's act only."""
    root = sentence.span.root
    dated = _dated_verbs(sentence)
    return not any(verb.i == root.i for _, verb in dated) and any(
        found == date and verb.dep_ == "conj" and verb.head.i == root.i for found, verb in dated
    )


def _dates_the_verb(sentence: Sentence, date: DateRange, verb: Token) -> bool:
    """Whether ``date`` is told of ``verb`` itself ("said on Wednesday that ...")."""
    return any(found == date and told_of.i == verb.i for found, told_of in _dated_verbs(sentence))


def _foretold(root: Token, reported: Token) -> str | None:
    """The modal of a reported act that had not happened when it was said: "would" in "Putin said
    Moscow would help Pyongyang build satellites", "could" in "officials warned that the talks
    could lead to ..."."""
    if reported.i == root.i:
        return None
    return next((c.lower_ for c in reported.children if c.dep_ == "aux" and c.lower_ in FORETELLING_MODALS), None)


def _denied_act(root: Token) -> str:
    """The act a denial denies, in the words a record may name it by: the verb and the thing it
    does ("have talk" in "never had talks with Xi", "extend invitation"; "travel" in "has not
    travelled since the ICC issued a warrant"), the verb a frame holds ("meet" in "failed to meet
    Xi", "visit" in "it is not true that Xi visited Moscow")."""
    framed = next(
        (c for c in root.children if c.dep_ in ("xcomp", "ccomp", "dobj") and c.pos_ in ("VERB", "AUX")), None
    )
    verb = framed if framed is not None and root.lemma_.lower() in DENYING_VERBS | {"be"} else root
    # (and what "no" denies as the subject: "coup" in "No coup took place")
    things = [
        c.lemma_.lower()
        for c in verb.children
        if c.pos_ == "NOUN"
        and (c.dep_ == "dobj" or (c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "no" for g in c.children)))
    ]
    return " ".join([verb.lemma_.lower(), *things])


def event_beside(sentence: Sentence, article: Article, *durations: Claim) -> Claim | None:
    """The dated act a sentence tells besides the spans of time it counts ("Artemis I lifted off on
    Wednesday, more than 50 years after astronauts last walked on the Moon"), told by the words
    outside them."""
    claim = event_claim(sentence, article)
    if claim is None or claim.kind != "temporal":
        return None
    told = told_outside(claim, sentence, [(duration.start, duration.end) for duration in durations])
    return told if told.slots["predicates"] else None


def dated_anchor_claim(sentence: Sentence, duration: Claim) -> Claim | None:
    """The ``temporal`` claim of an anchor that gives its own date: "more than 18 months since
    Russia invaded Ukraine in March 2022" also says the invasion was in March 2022, which the
    duration, measured from the recorded event, does not check. None when the anchor is only a
    date ("since February 2022") or names no one and nothing."""
    slots = duration.slots
    if not slots.get("since_date"):
        return None
    anchor_start = duration.end - len(slots["since"])
    found = next(
        (d for d, first, last in sentence.found_dates if anchor_start <= first and last <= duration.end),
        None,
    )
    if found is None or found.start == dt.date.min:  # "since more than a year ago": no day to check
        return None
    tokens = [t for t in sentence.span if anchor_start <= sentence.offset + t.idx < duration.end]
    said = [t for t in tokens if t.ent_type_ not in ("DATE", "TIME") and not t.is_punct and not t.is_stop]
    if not said:
        return None
    doc = sentence.span.doc
    span = doc[tokens[0].i : tokens[-1].i + 1]
    verb = next((t for t in tokens if t.pos_ == "VERB"), span.root)
    if verb.lemma_.lower() in ROLE_VERBS | SUCCESSION_VERBS | OFFICE_CHANGE_VERBS and changes_office(verb):
        return None  # "since Kim succeeded his father in 2011": a term, the role claims' to check
    doer = subject_of(verb) if verb.pos_ == "VERB" else None
    people = slots["participants"]
    agent = sentence.found_people.get(doer.i) if doer is not None else None
    # an organisation names the act as well as a person or a place: "since the World Health
    # Organization declared a global health emergency in January 2021", or an acronym ("the WHO")
    named = any(t.ent_type_ in NAMED_THINGS or (t.is_upper and t.is_alpha and len(t) >= 2) for t in span)
    if not people and not slots["countries"] and not places_in(span) and not named:
        return None
    claim = _clause_claim(sentence, span, verb, found, people, agent, [])
    if _a_day_naming_a_thing(sentence, found):
        claim.slots["named_day"] = True  # "more than a year after the October 7 attack set off the war"
    if doer is not None and agent is None and doer.ent_type_ == "GPE":
        # "since Russia invaded Ukraine": the country doing it, not the one it was done to
        claim.slots["agent_country"] = next((place_name(e) for e in doc.ents if e.start <= doer.i < e.end), None)
    return claim


def told_outside(claim: Claim, sentence: Sentence, parts: list[tuple[int, int]]) -> Claim:
    """``claim`` told by the words outside ``parts`` (article offsets) of its sentence, which other
    claims check: its people, places, verbs and words, and its slot ``telling``."""
    outside = [t for t in sentence.span if not any(a <= sentence.offset + t.idx < b for a, b in parts)]
    lemmas = {t.lemma_.lower() for t in outside}
    told_inside = {p for part in parts for p in _people_between(sentence, *part)}
    told_outside_too = set(named_people(sentence, outside)) if outside else set()
    elsewhere = told_inside - told_outside_too
    slots = claim.slots
    slots["participants"] = [p for p in slots["participants"] if p not in elsewhere]
    slots["places"] = [p for p in slots["places"] if p not in elsewhere]
    # "Lavrov visited Pyongyang in October, and Choe met Putin in Moscow in January": Moscow places
    # the other act
    slots["venues"] = [v for v in slots.get("venues") or [] if v not in elsewhere]
    for words in ("predicates", "keywords"):
        slots[words] = [w for w in slots[words] if w in lemmas]
    # "In July 2019, , NASA held ..." -> "In July 2019, NASA held ..."
    slots["telling"] = re.sub(r"\s*,\s*(?=[,.])", "", "".join(t.text_with_ws for t in outside).strip())
    return claim


def relative_clauses(sentence: Sentence, claims: list[Claim]) -> list[tuple[int, int]]:
    """Where the relative clauses of ``claims`` lie (article offsets), without what they are about:
    "who hosted Xi in Moscow in March" of "Putin, who hosted Xi in Moscow in March"."""
    parts = []
    for claim in claims:
        for verb in sentence.span:
            if verb.dep_ == "relcl" and claim.start <= sentence.offset + verb.idx < claim.end:
                first, last = verb.left_edge, verb.right_edge
                parts.append((sentence.offset + first.idx, sentence.offset + last.idx + len(last.text)))
    return parts


def earlier_acts(sentence: Sentence) -> list[tuple[int, int]]:
    """Where the perfect participles of the sentence lie (article offsets): acts done before the one
    it tells, "having beaten Ibrahim Mohamed Solih in a runoff" of "Muizzu was sworn in on November
    17, 2023, having beaten ...", which its date does not date."""
    parts = []
    for verb in sentence.span:
        if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children):
            first, last = verb.left_edge, verb.right_edge
            parts.append((sentence.offset + first.idx, sentence.offset + last.idx + len(last.text)))
    return parts


def _people_between(sentence: Sentence, start: int, end: int) -> list[str]:
    tokens = [t for t in sentence.span if start <= sentence.offset + t.idx < end]
    if not tokens:
        return []
    return named_people(sentence, tokens) + places_in(sentence.span.doc[tokens[0].i : tokens[-1].i + 1])


# entities that name who or what something happened to, besides people and places
NAMED_THINGS = frozenset({"ORG", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"})


def _dates_an_aside(sentence: Sentence, first: int, last: int, counted: list[Token]) -> bool:
    """Whether a date lies in a clause about someone that the span is not in: "Putin, who was sworn in
    in May, signed the treaty on Wednesday, nine months after their summit" counts to Wednesday."""
    head = date_head(sentence, first, last)
    if head is None or not in_clause_about_someone(head):
        return False
    clause = verb_over(head)
    return not any(t.i in {c.i for c in clause.subtree} for t in counted[:1])


def _has_thing_object(verb: Token) -> bool:
    """Whether a speech verb does something to a thing, or puts someone in an office: "announced a
    mobilization", "the Senate confirmed Marco Rubio as secretary of state"."""
    if any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children):
        return True
    named = any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PROPN" for c in verb.children)
    return named and any(t.lower_ in OFFICE_WORDS for t in as_objects(verb))


def clause_event_claims(sentence: Sentence) -> list[Claim]:
    """What a dated clause about someone says happened: "Xi Jinping, who hosted Putin in Beijing in
    May, ..." -> a ``temporal`` claim over "Xi Jinping, who hosted Putin in Beijing in May", with
    Xi as its doer. The sentence's own event claim leaves that date to the clause."""
    claims = []
    doc = sentence.span.doc
    for found, head in dates_and_heads(sentence):
        verb = verb_over(head)
        if _bounding_clause(verb, head.i) and head.lower_ != "since":
            claims.extend(_bounding_clause_claim(sentence, verb, found))
            continue
        if verb.dep_ != "relcl":
            continue
        if verb.head.i not in sentence.found_people:
            thing = _named_thing_clause(sentence, verb, found)
            claims.extend([thing] if thing else [])
            continue
        person = sentence.found_people[verb.head.i]
        owner = next((e for e in doc.ents if e.start <= verb.head.i < e.end), doc[verb.head.i : verb.head.i + 1])
        clause = _clause_words(verb)
        span = doc[min(owner.start, clause[0].i) : clause[-1].i + 1]
        people = named_people(sentence, span)
        act = verb.lemma_.lower()
        if act in SHARED_ACTS:
            agent, recipients = None, []
        elif act in HOSTING_ACTS:
            agent, recipients = hosted(sentence, verb, person)
        else:
            agent, recipients = person, [p for p in named_people(sentence, verb.subtree) if p != person]
        claims.append(_clause_claim(sentence, span, verb, found, people, agent, recipients))
    return claims + _when_clause_claims(sentence)


def _bounding_clause_claim(sentence: Sentence, verb: Token, found: DateRange) -> list[Claim]:
    """The ``temporal`` claim of a clause that bounds the main act with a date of its own: "Since
    Russia invaded Ukraine on February 24, 2022, ..." -> "Russia invaded Ukraine on February 24,
    2022"."""
    clause = [t for t in _clause_words(verb) if not (t.dep_ == "mark" and t.head.i == verb.i)]
    if not clause:
        return []
    span = sentence.span.doc[clause[0].i : clause[-1].i + 1]
    people = named_people(sentence, span)
    if not people and not places_in(span):
        return []
    subject = subject_of(verb)
    doer = sentence.found_people.get(subject.i) if subject is not None else None
    return [_clause_claim(sentence, span, verb, found, people, doer, [p for p in people if p != doer])]


def _clause_words(verb: Token) -> list[Token]:
    """The words of ``verb``'s clause, without punctuation closing it."""
    return [t for t in verb.subtree if not t.is_punct or t.i < verb.right_edge.i]


def _named_thing_clause(sentence: Sentence, verb: Token, found: DateRange) -> Claim | None:
    """The ``temporal`` claim of a dated clause about a named thing: "The Chandrayaan-3 mission,
    which launched from Sriharikota on July 14, ..." -> "The Chandrayaan-3 mission, which launched
    from Sriharikota on July 14", a clause with no doer named."""
    noun = verb.head
    words = [t for t in noun.subtree if t.i < verb.left_edge.i and not t.is_punct]
    if not any(t.pos_ == "PROPN" or t.ent_type_ in NAMED_THINGS for t in words):
        return None  # "the missile, which flew 600 km on Monday": nothing to find its record by
    doc = sentence.span.doc
    clause = _clause_words(verb)
    span = doc[words[0].i : clause[-1].i + 1]
    return _clause_claim(sentence, span, verb, found, named_people(sentence, span), None, [])


# the pronouns of a clause that mean the people the sentence has named ("when they met")
GROUP_PRONOUNS = frozenset({"they", "we", "both"})


def _when_clause_claims(sentence: Sentence) -> list[Claim]:
    """What a clause says happened at a date it explains: "his first meeting with Putin since April
    2019, when they met in Vladivostok" -> a ``temporal`` claim over "they met in Vladivostok",
    dated April 2019 ("they" are the people the sentence names)."""
    claims = []
    doc = sentence.span.doc
    for found, start, end in sentence.found_dates:
        verb = next(filter(None, (when_clause(t) for t in date_tokens(sentence, start, end))), None)
        if verb is None:
            continue
        clause = [t for t in _clause_words(verb) if t.lower_ != "when"]
        span = doc[clause[0].i : clause[-1].i + 1]
        subject = subject_of(verb)
        together = subject is not None and subject.lower_ in GROUP_PRONOUNS
        people = named_people(sentence) if together else named_people(sentence, span)
        if not people and not places_in(span):
            continue  # "when the lander touched down": nothing to find its record by
        act = verb.lemma_.lower()
        if together or act in SHARED_ACTS:
            agent, recipients = None, []
        else:
            doer = sentence.found_people.get(subject.i) if subject is not None else None
            agent, recipients = doer, [p for p in people if p != doer]
        claims.append(_clause_claim(sentence, span, verb, found, people, agent, recipients))
    return claims


_CLAUSE_SEPARATORS = frozenset({",", ";", ":", "–", "—"})


def _clause_claim(
    sentence: Sentence,
    span: Span,
    verb: Token,
    found: DateRange,
    people: list[str],
    agent: str | None,
    recipients: list[str],
) -> Claim:
    """The ``temporal`` claim of a dated clause (``span``, its verb ``verb``) of the sentence."""
    # "since its flagship, the cruiser Moskva, sank ...": the clause's words, not the comma before them
    while len(span) > 1 and span[0].text in _CLAUSE_SEPARATORS:
        span = span[1:]
    while len(span) > 1 and span[-1].text in _CLAUSE_SEPARATORS:
        span = span[:-1]
    slots: dict[str, Any] = {
        "participants": people,
        "negated": negation(verb),
        "denied_act": _denied_act(verb) if negation(verb) else None,
        "agent": agent,
        "agent_country": None,
        "recipients": recipients,
        "places": places_in(span),
        "venues": venues(span),
        "titled": [],
        "predicates": [t.lemma_.lower() for t in span if t.pos_ == "VERB"],
        "keywords": _keywords(span),
        **found.to_slots(),
    }
    start = sentence.offset + span.start_char
    return claim_between("temporal", sentence, start, start + len(span.text), slots)


def conjunct_event_claims(sentence: Sentence) -> list[Claim]:
    """What a second clause dated on its own says happened: "Putin met Xi in Moscow in March, and on
    Wednesday he welcomed Kim" -> a ``temporal`` claim over "on Wednesday he welcomed Kim" (the
    sentence's own claim keeps the first date)."""
    claims = []
    doc = sentence.span.doc
    for found, head in dates_and_heads(sentence):
        verb = verb_over(head)
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() in SPEECH_VERBS and not _has_thing_object(verb):
            continue  # "... and said on Tuesday that the talks went well": words, which no event records
        clause = [t for t in verb.subtree if not t.is_space]
        while clause and clause[-1].is_punct:
            clause.pop()
        span = doc[clause[0].i : clause[-1].i + 1]
        # its own, or the first verb's: "Putin met Xi in March and welcomed Kim on Wednesday"
        subject = subject_of(verb)
        doer = sentence.found_people.get(subject.i) if subject is not None else None
        people = named_people(sentence, span)
        if doer and doer not in people:
            people = [doer, *people]
        if not people and not places_in(span):
            continue
        agent = None if verb.lemma_.lower() in SHARED_ACTS else doer
        recipients = [p for p in people if p != agent] if agent else []
        claims.append(_clause_claim(sentence, span, verb, found, people, agent, recipients))
    return claims


# prepositions that put a country on a side of the act: "fought against Ukraine", "talks with China"
SIDE_PREPOSITIONS = frozenset({"against", "with", "over"})


def _sides(verb: Token) -> list[str]:
    """The countries that take a side in the act ``verb`` tells, as its subject, its object or
    after "against" or "with": Argentina and Croatia in "Argentina beat Croatia in the final"; not a
    place it happened ("in Doha") nor one in a title ("PRC President Xi")."""
    doc = verb.doc
    found = []
    for child in verb.children:
        heads = [child] if child.dep_ in ("nsubj", "nsubjpass", "dobj") else []
        if child.dep_ == "prep" and child.lower_ in SIDE_PREPOSITIONS:
            heads = [c for c in child.children if c.dep_ == "pobj"]
        for head in heads:
            for token in (head, *[c for c in head.conjuncts]):
                entity = next((e for e in doc.ents if e.start <= token.i < e.end), None)
                if entity is not None and entity.label_ == "GPE" and entity.root.i == token.i:
                    found.append(place_name(entity))
    return found


def _titled_subjects(span: Span) -> list[str]:
    """Those who take part named by their office alone: "which the Russian president accepted" ->
    "Russian president", and so "was hosted by the Chinese leader", "held talks with the Chinese
    leader", "met the Japanese prime minister" (checkers may look up who held it)."""
    titles = []
    for token in span:
        taking_part = token.dep_ in ("nsubj", "nsubjpass", "dobj") or (
            token.dep_ == "pobj" and token.head.lower_ in ("by", "with")
        )
        if not taking_part or token.pos_ != "NOUN" or token.lower_ not in OFFICE_WORDS:
            continue
        if token.head.lemma_.lower() in SPEECH_VERBS:  # "..., the Chinese president said": a source, not a part
            continue
        words = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "det", "punct") and t.i <= token.i]
        if any(t.ent_type_ == "PERSON" for t in token.subtree) or not any(
            t.ent_type_ in ("NORP", "GPE") for t in words
        ):
            continue
        titles.append(" ".join(t.text for t in words))
    return titles


def _event_date(sentence: Sentence) -> tuple[DateRange | None, str | None]:
    """The date of the main act ("met in March", "In March, they met"), or else the first date and
    the thing it dates ("an invitation for a visit in 2024": the visit's date, maybe not the act's)."""
    found_dates = sentence.found_dates
    # "Kim invited Putin, and Putin accepted, KCNA reported on Thursday": the day of the report is
    # not the act's
    root = sentence.span.root
    if root.lemma_.lower() in REPORTING_VERBS and reported_act(root) is not root:
        found_dates = [
            d for d in found_dates if (head := date_head(sentence, d[1], d[2])) is None or verb_over(head).i != root.i
        ]
        if not found_dates:
            return None, None
    # "A goal of $300 billion a year by 2035 was agreed on Sunday": a past act is not dated after the
    # article, when another date is
    if tells_the_past(root) and sentence.published is not None:
        told_before = [d for d in found_dates if d[0].start <= sentence.published]
        found_dates = told_before or found_dates
    # "awarded the 2024 Games to Paris in 2017": a year in a name is no date of the act, when
    # another date is
    named = [d for d in found_dates if _names_a_thing(sentence, d[1], d[2])]
    if named and len(named) < len(found_dates):
        found_dates = [d for d in found_dates if d not in named]
    # "Modi, in office since May 2014, took the oath on 9 June 2024": a "since" bounds a state, and
    # another date dates the act
    unbounded = [d for d in found_dates if not _after_since(sentence, d[1], d[2])]
    found_dates = unbounded or found_dates
    dated_things = [(found, _thing_dated(sentence, start, end)) for found, start, end in found_dates]
    acts = [found for found, thing in dated_things if thing is None]
    # "In June the dam was destroyed, and on June 24 the mercenaries marched": the main verb's own
    # date, not the one of a clause joined to it (a verb it governs is its own: "voted to ratify the
    # treaty on September 24")
    root = sentence.span.root
    main_verbs = {root.i, *(t.i for t in root.children if t.dep_ == "xcomp" and t.pos_ in ("VERB", "AUX"))}
    on_root = [
        found
        for found, start, end in found_dates
        if found in acts and (head := date_head(sentence, start, end)) is not None and verb_over(head).i in main_verbs
    ]
    acts = on_root or acts
    # "Two months after the earthquake, Erdogan won the runoff on May 28, 2023": the date told, not
    # the one counted (which the span's own claim checks)
    counted = {found for found, start, end in found_dates if _in_counted_clause(sentence, start, end)}
    told = [d for d in acts if not _COUNTED_DATE.search(d.expression) and d not in counted]
    acts = told or acts
    if acts:
        # "Earlier this year, Starship exploded ... in April": the finer date, when it lies in the other
        nested = [d for d in acts if all(o.start <= d.start and d.end <= o.end for o in acts)]
        return (min(nested, key=lambda d: d.end - d.start) if nested else acts[0]), None
    # a clause's date is the clause's claim ("The Crimean Bridge, which opened in 2018, was damaged in
    # an explosion in October 2022"): another date is nearer the act
    things = [d for d in dated_things if not d[1].startswith("clause")] or dated_things
    return things[0] if things else (None, None)


_COUNTED_DATE = re.compile(r"\b(?:after|before|later|earlier|prior)\b", re.IGNORECASE)


def _in_counted_clause(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a date is of the clause a span counts from or to ("on June 9, five days after the
    results were declared on June 4"), not of the act the sentence tells."""
    head = date_head(sentence, start, end)
    if head is None:
        return False
    verb = verb_over(head)
    return verb.i != sentence.span.root.i and any(
        c.dep_ == "mark" and c.lower_ in ("after", "before", "until") for c in verb.children
    )


# "for the first time since 2019", "their first meeting since their summit in Vladivostok in April
# 2019", "his first trip abroad since 2020"
_FIRST_SINCE_RE = re.compile(r"\bfirst\b(?:\s+[\w'’-]+){0,4}?\s+since\b", re.IGNORECASE)


def _first_since(sentence: Sentence) -> tuple[DateRange | None, tuple[int, int]]:
    """The date a sentence tells the last time before was at ("met Kim for the first time since
    2019"): the first date after its "first ... since", within the since phrase; and where that
    phrase lies (article offsets), which tells of the time before, not of the act."""
    match = _FIRST_SINCE_RE.search(sentence.text)
    if match is None:
        return None, (0, 0)
    since_at = sentence.start + match.end()
    phrase_end = sentence.text.find(",", match.end())
    limit = sentence.start + (phrase_end if phrase_end != -1 else len(sentence.text))
    within = sorted((first, d) for d, first, last in sentence.found_dates if since_at <= first < limit)
    return (within[0][1] if within else None), (since_at, limit)


def _after_since(sentence: Sentence, start: int, end: int) -> bool:
    tokens = date_tokens(sentence, start, end)
    head = date_head(sentence, start, end)
    return bool(tokens) and (tokens[0].lower_ == "since" or (head is not None and head.lower_ == "since"))


PLACE_PREPOSITIONS = frozenset({"at", "near", "outside", "inside", "beside"})


def _a_day_naming_a_thing(sentence: Sentence, date: DateRange) -> bool:
    """Whether ``date`` is a month and day with no year that names the thing after it: "the
    October 7 attack", "the January 6 riot"."""
    if date.granularity != "day" or re.search(r"\d{4}", date.expression or ""):
        return False
    for found, start, end in sentence.found_dates:
        if found is not date:
            continue
        tokens = date_tokens(sentence, start, end)
        heads = [t for t in tokens if t.head not in tokens]
        return (
            len(heads) == 1
            and heads[0].dep_ in ("nmod", "compound", "amod")
            and (heads[0].head.pos_ == "NOUN" and heads[0].head.i > heads[0].i)
        )
    return False


def _names_a_thing(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a date is part of what names a thing: "the 2024 Games", "Russia's 2018 election"."""
    tokens = date_tokens(sentence, start, end)
    return bool(tokens) and all(
        t.dep_ in ("nummod", "compound", "amod", "nmod")
        and t.head.pos_ in ("NOUN", "PROPN")
        and t.head.i > t.i
        and t.head not in tokens
        for t in tokens
    )


def _thing_dated(sentence: Sentence, start: int, end: int) -> str | None:
    """The noun a date hangs on inside a prepositional phrase ("visit" in "an invitation for a visit
    in 2024"); None when it dates the verb or the verb's own object ("had talks in June")."""
    node = date_head(sentence, start, end)
    if node is None:
        return None
    tokens = date_tokens(sentence, start, end)
    inside = {t.i for t in tokens}
    # "his first meeting since April 2019, when they met in Vladivostok": the date is the clause's,
    # not the meeting's ("landed on Wednesday, when the lander touched down" dates both)
    clause = next(filter(None, (when_clause(t) for t in tokens)), None)
    if clause is not None and node.lower_ == "since":
        return f"clause “{span_text([t for t in clause.subtree if t.i not in inside and not t.is_punct])}”"
    # a part someone is given has no date of its own, nor what it is of: "resigned as Britain's prime
    # minister on Thursday", "sworn in for a third term as prime minister on June 9"
    given_a_part = False
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        given_a_part = given_a_part or (node.lower_ == "as" and node.dep_ == "prep")
        # a common noun: "talks with Xi in March" and "talks in Moscow in March" date the talks; the
        # doer of a passive dates the act ("damaged by an explosion in October 2022")
        if (
            not given_a_part
            and node.pos_ == "NOUN"
            and node.dep_ == "pobj"
            and node.i not in inside
            and not node.ent_type_
            # a place has no date of its own: "met at a spaceport in the Far East on Wednesday"
            and node.head.lower_ not in PLACE_PREPOSITIONS
            # ("named Vance as his running mate in July")
            and node.head.lower_ != "as"
        ):
            # the occasion of the act dates it: "announced her abdication in her New Year's Eve address"
            occasion = node.lemma_.lower() in _OCCASIONS and node.head.lower_ in ("in", "at", "during")
            # and so does the time it counts: "met Putin for the first time on April 25, 2019"
            counted_time = node.lemma_.lower() == "time"
            return (
                None if node.head.dep_ == "agent" or _cause_of_passive(node) or occasion or counted_time else node.text
            )
        node = node.head
    # a clause about someone or something: "Putin, who became president in 2000, met Kim", "the
    # first gain for Moscow since it captured Bakhmut in May 2023"
    # a sentence the parser reads as a noun with a clause ("The mission launched from Sriharikota on
    # July 14.") has that clause for its act
    headline = node.dep_ == "acl" and node.head.dep_ == "ROOT" and node.head.pos_ in ("NOUN", "PROPN")
    # what the main verb makes its subject: "Keenan became the first person vaccinated outside a trial
    # on December 8, 2020" tells that she was vaccinated then
    headline = headline or (
        node.dep_ == "acl" and node.head.dep_ in ("attr", "oprd") and node.head.head.lemma_ in ("be", "become")
    )
    # the clause's first verb: "who co-founded OpenAI in 2015" is parsed "co", then "founded" joined to it
    first = node
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    if (
        node.pos_ in ("VERB", "AUX")
        and not headline
        and (
            first.dep_ in ("relcl", "acl")
            or (first.dep_ == "advcl" and first.head.pos_ in ("NOUN", "PROPN"))
            or _bounding_clause(first, tokens[0].i)
        )
    ):
        words = [
            t
            for t in node.subtree
            if t.i not in inside and not t.is_punct and not any(c.i in inside for c in t.children if t.dep_ == "prep")
        ]
        return f"clause “{span_text(words)}”"
    return None


# what an act may be done in, at or during, which dates it
_OCCASIONS = frozenset(
    {"address", "speech", "broadcast", "message", "interview", "statement", "remark", "briefing", "ceremony"}
)

# the words that make a clause a bound of the main act, with a time of its own: "Since Russia invaded
# Ukraine on February 24, 2022, Moscow has burned through its shells"
_BOUNDING_MARKS = frozenset({"since", "after", "before", "until"})


def _bounding_clause(verb: Token, dated_at: int) -> bool:
    """Whether ``verb`` heads a clause that bounds the main act in time ("Since Russia invaded
    Ukraine on February 24, 2022, ..."), whose date (at token ``dated_at``, after the clause's first
    word) is its own, not the main act's; not a date the parser hung on it before that word ("on
    October 29, 32 days after Nasrallah was killed")."""
    # (not of "It was the first World Cup final since France beat Croatia in 2018", whose words tell
    # what the clause's act was)
    return (
        verb.dep_ == "advcl"
        and verb.head.lemma_ != "be"
        and any(c.dep_ == "mark" and c.lower_ in _BOUNDING_MARKS and c.i < dated_at for c in verb.children)
    )


def _cause_of_passive(noun: Token) -> bool:
    """Whether ``noun`` tells what did a passive verb's act: "damaged in an explosion", "killed in
    an attack" (as "by an explosion" would)."""
    prep, verb = noun.head, noun.head.head
    return prep.lower_ == "in" and verb.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in verb.children)


# "lasted three days"; not "has lasted more than 18 months", which is still going on
_LASTED_RE = re.compile(r"(?<!\bhas )(?<!\bhave )\blasted\s+(?:for\s+)?(?P<span>[^,.;]+)", re.IGNORECASE)


def lasted(text: str) -> dict[str, Any] | None:
    """How long the sentence says the event lasted ("the visit lasted three days"), as amount slots."""
    match = _LASTED_RE.search(text)
    parsed = parse_duration(match["span"]) if match else None
    if parsed is None or parsed[0].unit in (None, "item") or parsed[1].start() > 0:
        return None
    return parsed[0].to_slots()


def _keywords(span: Span) -> list[str]:
    """Content words other than names: what the sentence says happened."""
    words = []
    for token in span:
        if token.is_stop or token.is_punct or token.like_num or token.ent_type_ in ("PERSON", "DATE", "TIME"):
            continue
        if any(a.ent_type_ in ("DATE", "TIME") for a in token.ancestors):
            continue  # what a time is told by, not what happened: "the day before his death"
        if token.pos_ in ("NOUN", "VERB", "ADJ", "PROPN"):
            lemma = token.lemma_.lower()
            if lemma not in words:
                words.append(lemma)
    return words
