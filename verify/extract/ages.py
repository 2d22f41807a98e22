"""Spans of time told as an age: "Putin's 18-month war", "the 19-month-old war", "the war, now 18
months old". The claim is a ``duration`` like "18 months since the war began", counted up to the
sentence's own date or the article's, or over the whole of what the data record as ended ("the
eight-month incursion", of one that ran from August to April)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from verify.extract.events import lasting_slots, subject_named
from verify.extract.grammar import claim_between, date_head, verb_over
from verify.models import Article, Claim
from verify.timeexpr import parse_duration

if TYPE_CHECKING:
    from spacy.tokens import Token

    from verify.extract.sentence import Sentence

_UNITS = frozenset({"day", "week", "month", "year"})

# States of things whose age is told this way. Not what is told by the length it was set for ("a
# four-day truce", "a six-day visit", "a two-year term", "a 10-year sentence"), which is no time
# elapsed.
AGED_THINGS = frozenset(
    {
        "war",
        "conflict",
        "invasion",
        "incursion",
        "occupation",
        "siege",
        "blockade",
        "standoff",
        "crisis",
        "insurgency",
        "uprising",
        "rebellion",
        "offensive",
        "counteroffensive",
        "fighting",
        "pandemic",
        "epidemic",
        "captivity",
        "detention",
        # a stoppage told by how long it ran: "the 148-day strike"
        "strike",
        "walkout",
        "lockout",
        "shutdown",
    }
)


def age_span_claim(sentence: Sentence, article: Article) -> Claim | None:
    """The ``duration`` a sentence gives as the age of a war or crisis it names."""
    for unit in sentence.span:
        if unit.lemma_.lower() not in _UNITS:
            continue
        told = _aged(unit)
        if told is None:
            continue
        thing, age_tokens, number = told
        if thing.lemma_.lower() not in AGED_THINGS:
            continue
        found = parse_duration(f"{number.text} {unit.lemma_.lower()}s")
        if found is None:
            continue
        amount, _ = found
        aged = {t.i for t in age_tokens}
        anchor = [t for t in subject_named(thing) if t.i not in aged and t.lower_ != "now"]
        if len(anchor) < 2:  # "18-month war": whose, or which, is not said
            continue
        slots = {**lasting_slots(sentence, article, amount, anchor), "age": True}
        slots.update(_own_date(sentence, [*thing.subtree, *age_tokens]))
        words = sorted([*age_tokens, *anchor], key=lambda t: t.i)
        start = sentence.offset + words[0].idx
        end = sentence.offset + words[-1].idx + len(words[-1].text)
        return claim_between("duration", sentence, start, end, slots)
    return None


def aged_is_told_of(claim: Claim, sentence: Sentence) -> bool:
    """Whether the sentence is about the aged thing itself ("Putin's 18-month war has left him
    searching for allies"), so that an event claim would only tell that the war exists."""
    root = sentence.span.root
    if root.lemma_.lower() in _ENDS_AND_STARTS:
        return False  # "The 46-day UAW strike ended on October 30": its end is an act of its own
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "attr")]
    return any(sentence.offset + s.idx >= claim.start and sentence.offset + s.idx < claim.end for s in subjects)


_ENDS_AND_STARTS = frozenset({"end", "begin", "start", "finish", "conclude"})


def _aged(unit: Token) -> tuple[Token, list[Token], Token] | None:
    """The thing a unit of time gives the age of, the words of the age and its number: "war", "18 -
    month" and "18" of "the 18-month war", "war", "now 18 months old" and "18" of "the war, now 18
    months old"."""
    number = next((c for c in unit.children if c.dep_ == "nummod" and c.i < unit.i), None)
    if number is None:
        return None
    head = unit.head
    if head.lower_ == "old" and unit.dep_ == "npadvmod":
        old = head
        age = sorted(old.subtree, key=lambda t: t.i)
        if old.dep_ == "amod" and old.head.pos_ == "NOUN":
            return old.head, age, number
        if old.dep_ == "acomp":  # "The war is now 18 months old"
            subject = next((c for c in old.head.children if c.dep_ == "nsubj"), None)
            return (subject, age, number) if subject is not None and subject.pos_ == "NOUN" else None
        return None
    doc = unit.doc
    hyphenated = unit.i == number.i + 2 and doc[number.i + 1].text == "-"
    # (a name may stand between: "the 56-day UAW strike")
    named_between = all(
        doc[i].head.i == head.i and doc[i].dep_ in ("compound", "amod") for i in range(unit.i + 1, head.i)
    )
    if hyphenated and unit.lower_ == unit.lemma_.lower() and head.pos_ == "NOUN" and head.i > unit.i and named_between:
        return head, [number, doc[number.i + 1], unit], number
    return None


def _own_date(sentence: Sentence, told: list[Token]) -> dict[str, str]:
    """The sentence's own date the age is told at ("By March 2023, the 13-month war ..."), leaving
    out the words of the thing and its age ("the war, which began in February 2022")."""
    inside = {sentence.offset + t.idx for t in told}
    # of the thing's own clause, not another's: "the 18-month war is far from over, and North Korea
    # has fired 30 missiles this year"
    clause = verb_over(told[0]).i
    for found, first, last in sentence.found_dates:
        if any(first <= at < last for at in inside) or sentence.dates_a_state(first, last):
            continue
        head = date_head(sentence, first, last)
        if head is None or verb_over(head).i != clause:
            continue
        return {
            "reference_date": found.start.isoformat(),
            "reference_end": found.end.isoformat(),
            "reference_expression": found.expression,
        }
    return {}
