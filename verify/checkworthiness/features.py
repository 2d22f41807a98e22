"""Feature extraction shared by training and inference.

Pure Python on top of the spaCy tokenizer (``spacy.blank("en")``): no
statistical spaCy component, no scikit-learn.  Every function here is
deterministic; the same code produces the training matrix and the run-time
features, so the shipped weights and the run-time scores stay consistent.

A sentence becomes several *groups* of string features (word n-grams,
character n-grams, token shapes, hand-crafted cues).  Each group is weighted
with TF-IDF and L2-normalised on its own by the model (see ``scorer.py``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

# Feature-group names, in the order the model stores them.
GROUPS = ("word", "char", "shape", "cue", "pattern")

_YEAR_RE = re.compile(r"^(1[6-9]\d\d|20\d\d)s?$")
_DIGIT_RE = re.compile(r"\d")
_WS_RE = re.compile(r"\s+")

_FIRST_SG = {"i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd"}
_FIRST_PL = {"we", "us", "our", "ours", "ourselves", "we're", "we've", "we'll"}
_SECOND = {"you", "your", "yours", "yourself", "yourselves", "you're", "you've"}
_THIRD = {"he", "she", "his", "her", "him", "they", "them", "their"}
_MONEY = {
    "$",
    "dollar",
    "dollars",
    "billion",
    "million",
    "trillion",
    "cents",
    "tax",
    "taxes",
    "budget",
    "deficit",
    "debt",
    "spending",
    "cost",
    "costs",
    "paid",
    "pay",
}
_PERCENT = {
    "%",
    "percent",
    "per",
    "cent",
    "percentage",
    "half",
    "third",
    "quarter",
    "twice",
    "double",
    "doubled",
    "tripled",
    "times",
}
_COMPARE = {
    "more",
    "less",
    "fewer",
    "most",
    "least",
    "than",
    "higher",
    "lower",
    "increase",
    "increased",
    "decrease",
    "decreased",
    "rose",
    "fell",
    "cut",
    "cuts",
    "raised",
    "grew",
    "dropped",
    "up",
    "down",
    "largest",
    "biggest",
    "highest",
    "lowest",
    "record",
    "first",
    "only",
    "every",
    "all",
    "none",
    "never",
}
_OPINION = {
    "think",
    "believe",
    "feel",
    "hope",
    "want",
    "wish",
    "should",
    "must",
    "need",
    "going",
    "will",
    "would",
    "could",
    "can",
    "let",
    "thank",
    "thanks",
    "great",
    "wonderful",
    "good",
    "bad",
    "important",
    "proud",
    "love",
    "agree",
    "disagree",
    "maybe",
    "perhaps",
    "probably",
}
_TIME = {
    "ago",
    "since",
    "last",
    "years",
    "year",
    "months",
    "days",
    "week",
    "today",
    "yesterday",
    "during",
    "when",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}
_REPORT = {
    "said",
    "says",
    "voted",
    "vote",
    "signed",
    "passed",
    "proposed",
    "promised",
    "supported",
    "opposed",
    "according",
    "report",
    "reported",
    "study",
    "studies",
    "law",
    "bill",
    "has",
    "have",
    "had",
    "was",
    "were",
    "did",
    "is",
    "are",
}
_NEGATION = {"not", "n't", "no", "never", "nobody", "nothing"}

_NUMBER_WORDS = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
}


# The training transcripts write quotes, apostrophes and dashes in ASCII; news text is typeset.
# "Kim’s" and "Kim's" should read alike to every component.
_TYPOGRAPHY = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def plain_punctuation(text: str) -> str:
    """The text with typographic quotes, apostrophes and dashes in their ASCII form."""
    return text.translate(_TYPOGRAPHY)


def reading_form(text: str) -> str:
    """The text as every component reads it: ASCII punctuation, and ALL-CAPS text in sentence case.

    The training transcripts have no text in capitals, while headlines, wire
    alerts and posts often shout ("BREAKING: 5 DEAD IN BLAST"). Read as written,
    such a text would have no running words and score 0; the teacher the
    student learns from is uncased, so sentence case is what it was taught on.
    A single capitalised word ("#NAME?", "NATO") stays as it is.
    """
    text = plain_punctuation(text)
    words_with_letters = sum(any(c.isalpha() for c in word) for word in text.split())
    if words_with_letters >= 2 and not any(c.islower() for c in text):
        return text[:1] + text[1:].lower()
    return text


# Words that glue a heading together without making it a clause.
_GLUE = {
    "a", "an", "the", "of", "and", "or", "nor", "but", "in", "on", "at", "to", "for", "by",
    "with", "from", "as", "per", "vs", "via", "into", "onto", "over", "under",
}  # fmt: skip


def has_running_text(tokens: Iterable) -> bool:
    """True when the text has a lower-case word other than articles, prepositions and conjunctions.

    Headings in title case, bylines, datelines, copyright lines and rows of
    numbers have none ("Copyright 2023", "A Warm Greeting", "Page 2 of 3").
    Every check-worthy sentence of the CheckThat! train and dev data has one
    (14 of 23,533 sentences have none, all labelled No), so a text without
    one lies outside what the model has learnt from.
    """
    return any(t.text.isalpha() and t.text.islower() and t.text not in _GLUE for t in tokens)


# News furniture: copyright lines, credits, update notes and calls to subscribe. No sentence of the
# CheckThat! train or dev data looks like this (a test checks it), so the model never learnt them.
_NEWS_FURNITURE = re.compile(
    r"""^\W*(?:
        (?:\(c\)|©)\s*(?:1[6-9]|20)\d\d\b
      | copyright\b
      | (?:additional\s+)?(?:reporting|writing|editing|research)\s+by\b
      | this\s+(?:story|article|report|post)\s+(?:has\s+been|was|will\s+be)\s+(?:updated|corrected|amended)\b
      | (?:sign\s+up|subscribe)\b
      | follow\s+(?:us|\w+)\s+on\b
      | (?:read|see)\s+more\s*:
    )|\ball\s+rights\s+reserved\b""",
    re.IGNORECASE | re.VERBOSE,
)


def is_news_furniture(text: str) -> bool:
    """True for the lines a news page wraps an article in: "(c) 2023 The Associated Press. All rights
    reserved.", "Additional reporting by Josh Smith", "This story has been updated ...", "Sign up
    for our newsletter"."""
    return bool(_NEWS_FURNITURE.search(text))


def _num_class(text: str, like_num: bool) -> str | None:
    """Map a numeric token to a coarse class, or None for a normal word."""
    if _YEAR_RE.match(text):
        return "<year>"
    if _DIGIT_RE.search(text):
        return "<num>"
    if like_num or text in _NUMBER_WORDS:
        return "<numword>"
    return None


def _char_ngrams(text: str, lo: int, hi: int, out: list[str]) -> None:
    """Character n-grams inside word boundaries (like sklearn's ``char_wb``)."""
    for word in text.split():
        w = " " + word + " "
        n_w = len(w)
        for n in range(lo, hi + 1):
            if n > n_w:
                break
            for i in range(n_w - n + 1):
                out.append(w[i : i + n])


def sentence_features(tokens: Iterable, text: str, cfg: dict) -> dict[str, list[str]]:
    """Return ``{group: [feature strings]}`` for one tokenised sentence.

    ``tokens`` is a spaCy ``Doc`` (or any iterable of spaCy ``Token``) made by
    the blank English tokenizer; ``cfg`` is the feature config stored with
    the model (n-gram ranges).
    """
    words: list[str] = []
    shapes: list[str] = []
    pattern: list[str] = []
    cues: set[str] = set()
    n_tok = 0
    n_cap_inner = 0
    n_num = 0
    first = True
    for tok in tokens:
        t = tok.text
        if tok.is_space:
            continue
        n_tok += 1
        low = t.lower()
        nc = _num_class(low, tok.like_num)
        if nc is not None:
            n_num += 1
            cues.add("c:" + nc)
            words.append(nc)
        else:
            words.append(low)
        shapes.append(tok.shape_)
        pattern.append(low if (tok.is_stop or tok.is_punct) else (nc or tok.shape_))
        if not first and t[:1].isupper() and low not in _FIRST_SG:
            n_cap_inner += 1
        first = False
        if low in _FIRST_SG:
            cues.add("c:first_sg")
        elif low in _FIRST_PL:
            cues.add("c:first_pl")
        elif low in _SECOND:
            cues.add("c:second")
        elif low in _THIRD:
            cues.add("c:third")
        if low in _MONEY:
            cues.add("c:money")
        if low in _PERCENT:
            cues.add("c:percent")
        if low in _COMPARE:
            cues.add("c:compare")
        if low in _OPINION:
            cues.add("c:opinion")
        if low in _TIME:
            cues.add("c:time")
        if low in _REPORT:
            cues.add("c:report")
        if low in _NEGATION:
            cues.add("c:neg")
        if low.endswith("est") and len(low) > 5:
            cues.add("c:superl")
        if low.endswith("er") and len(low) > 4:
            cues.add("c:er")
        if t == "?":
            cues.add("c:question")
        if t == "!":
            cues.add("c:exclaim")
        if tok.is_stop:
            pass
    # sentence-level cues
    if n_tok <= 3:
        cues.add("c:len<=3")
    elif n_tok <= 7:
        cues.add("c:len<=7")
    elif n_tok <= 15:
        cues.add("c:len<=15")
    elif n_tok <= 30:
        cues.add("c:len<=30")
    else:
        cues.add("c:len>30")
    if n_num >= 2:
        cues.add("c:num>=2")
    if n_cap_inner >= 1:
        cues.add("c:cap>=1")
    if n_cap_inner >= 3:
        cues.add("c:cap>=3")
    if "[" in text or "(" in text:
        cues.add("c:bracket")
    if not cues:
        cues.add("c:none")

    feats: dict[str, list[str]] = {}
    # word n-grams over the number-normalised, lower-cased token stream
    w_lo, w_hi = cfg["word_ngram"]
    wf: list[str] = []
    seq = ["<s>", *words, "</s>"] if w_hi > 1 else words
    for n in range(w_lo, w_hi + 1):
        if n == 1:
            wf.extend(words)
        else:
            for i in range(len(seq) - n + 1):
                wf.append(" ".join(seq[i : i + n]))
    feats["word"] = wf
    # character n-grams over the lower-cased raw text
    cf: list[str] = []
    c_lo, c_hi = cfg["char_ngram"]
    if c_hi > 0:
        _char_ngrams(_WS_RE.sub(" ", text.lower()), c_lo, c_hi, cf)
    feats["char"] = cf
    # token-shape unigrams and bigrams
    s_hi = cfg.get("shape_ngram", 2)
    sf = list(shapes)
    if s_hi >= 2:
        sf.extend(a + " " + b for a, b in itertools.pairwise(shapes))
    feats["shape"] = sf
    feats["cue"] = sorted(cues)
    # function-word skeleton: stop words and punctuation kept, other tokens
    # replaced by their number class or shape ("we cut taxes by <num> %")
    p_lo, p_hi = cfg.get("pattern_ngram", (0, 0))
    pf: list[str] = []
    if p_hi > 0:
        pseq = ["<s>", *pattern, "</s>"]
        for n in range(max(p_lo, 1), p_hi + 1):
            for i in range(len(pseq) - n + 1):
                pf.append(" ".join(pseq[i : i + n]))
    feats["pattern"] = pf
    return feats
