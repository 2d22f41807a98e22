"""Spans of time told by an ordinal: "we are now in the 19th month since Putin began his war", "the
war, now in its second year". The Nth month is one whole month more than N - 1 months and less
than N; the claim is a ``duration`` like "more than 18 months since ...", counted up to the article."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verify.extract.events import lasting_slots, subject_named
from verify.extract.grammar import claim_between
from verify.models import Article, Claim
from verify.timeexpr import ORDINAL_DAYS, Amount

if TYPE_CHECKING:
    from verify.extract.sentence import Sentence

_ORDINAL_WORD = "|".join(sorted((w.replace("-", "[- ]") for w in ORDINAL_DAYS), key=len, reverse=True))
ORDINAL_SPAN_RE = re.compile(
    rf"\b(?:the|its|their)\s+(?P<ordinal>{_ORDINAL_WORD}|\d{{1,3}}(?:st|nd|rd|th))\s+(?P<unit>day|week|month|year)\b"
    r"(?:\s+(?:since|of|after)\s+(?P<anchor>[^,;:]+))?",
    re.IGNORECASE,
)


def ordinal_number(word: str) -> int | None:
    """ "19th" -> 19, "third" -> 3, "twenty-first" -> 21."""
    word = word.lower().replace(" ", "-")
    if match := re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", word):
        return int(match[1])
    return ORDINAL_DAYS.get(word)


def ordinal_span_claim(sentence: Sentence, article: Article) -> Claim | None:
    """The ``duration`` a sentence tells as the current Nth unit of something: only what is told as
    now ("now in its third year", "We are in the 16th month since ...", "It is the 500th day of
    the war"), not a day of a past visit ("on the second day of his visit")."""
    match = ORDINAL_SPAN_RE.search(sentence.text)
    if match is None or not _told_as_now(sentence, match.start()):
        return None
    number = ordinal_number(match["ordinal"])
    if not number:
        return None
    base = sentence.offset + sentence.span.start_char
    if match["anchor"]:
        anchor_start = base + match.start("anchor")
        anchor_tokens = [
            t for t in sentence.span if anchor_start <= sentence.offset + t.idx < base + match.end("anchor")
        ]
    else:
        # "The war, now in its second year, ...": what is in its second year is the subject
        subject = next((c for c in sentence.span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        anchor_tokens = subject_named(subject)
    anchor_tokens = [t for t in anchor_tokens if not t.is_punct or t.text == "’"]
    if len(anchor_tokens) < 2:
        return None  # "its third year": of nothing named
    amount = Amount("between", number - 1, match["unit"].lower(), high=number - 1)
    slots = lasting_slots(sentence, article, amount, anchor_tokens)
    start = min(sentence.offset + anchor_tokens[0].idx, base + match.start())
    end = max(sentence.offset + anchor_tokens[-1].idx + len(anchor_tokens[-1].text), base + match.end("unit"))
    return claim_between("duration", sentence, start, end, slots)


_NOW_WORDS = frozenset({"now", "currently", "today"})


def _told_as_now(sentence: Sentence, at: int) -> bool:
    """Whether the sentence tells the span up to its own day: "now" before the ordinal, or a verb in
    the present ("It is the 16th month", "The war is in its second year")."""
    before = [t for t in sentence.span if t.idx - sentence.span.start_char < at]
    if any(t.lower_ in _NOW_WORDS for t in before):
        return True
    root = sentence.span.root
    verbs = [root, *(c for c in root.children if c.dep_ in ("aux", "auxpass"))]
    return any(v.tag_ in ("VBZ", "VBP") for v in verbs) and not any(v.tag_ in ("VBD", "VBN", "MD") for v in verbs)
