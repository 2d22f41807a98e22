"""Name normalization and fuzzy scoring shared by datasets and checkers.

Normalization removes what should never decide a match (case, diacritics,
punctuation, hyphenation, curly quotes), so "Kim Jong-un", "Kim Jong Un" and
"KIM JONG UN" compare equal. Scores are rapidfuzz's 0-100 scale.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

_PUNCT = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"[’']s\b")

# Honorifics carry no identity; they are dropped before names are compared.
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "madam",
        "comrade",
        "his",
        "her",
        "excellency",
        "majesty",
        "hon",
        "honorable",
    ]
)


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Lower-case ASCII-folded text with punctuation and hyphens as spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _POSSESSIVE.sub("", text)
    text = _PUNCT.sub(" ", text.lower())
    return _SPACES.sub(" ", text).strip()


def normalize_name(text: str) -> str:
    """Like ``normalize`` but without honorifics ("Mr. Putin" -> "putin")."""
    return " ".join(t for t in normalize(text).split() if t not in HONORIFICS)


def name_score(query: str, candidate: str) -> float:
    """How well a (possibly partial) person or place name matches a candidate.

    A surname alone ("Kim") fully matches "Kim Jong Un": token-set matching
    treats a subset of tokens as a match. Callers disambiguate such matches
    with dates or offices.
    """
    a, b = normalize_name(query), normalize_name(candidate)
    if not a or not b:
        return 0.0
    if a.replace(" ", "") == b.replace(" ", ""):
        return 100.0
    return max(fuzz.token_set_ratio(a, b), fuzz.token_sort_ratio(a, b))


def best_name_score(query: str, candidates: list[str]) -> float:
    return max((name_score(query, c) for c in candidates if c), default=0.0)


def text_score(query: str, candidate: str) -> float:
    """Similarity of two descriptions, order-insensitive and tolerant of extra words."""
    a, b = normalize(query), normalize(candidate)
    if not a or not b:
        return 0.0
    return fuzz.token_set_ratio(a, b) * 0.5 + fuzz.partial_token_sort_ratio(a, b) * 0.5


def wording_score(quoted: str, recorded: str) -> float:
    """How closely a quoted fragment reproduces some part of a recorded quote."""
    a, b = normalize(quoted), normalize(recorded)
    if not a or not b:
        return 0.0
    if a in b:
        return 100.0
    return fuzz.partial_ratio(a, b)


def contains_phrase(text: str, phrase: str) -> bool:
    """Whole-word containment after normalization."""
    p = normalize(phrase)
    return bool(p) and f" {p} " in f" {normalize(text)} "
