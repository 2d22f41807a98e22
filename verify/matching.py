"""Name normalization and fuzzy scoring shared by datasets and checkers.

Normalization removes what should never decide a match (case, diacritics,
punctuation, hyphenation, curly quotes), so "Kim Jong-un", "Kim Jong Un" and
"KIM JONG UN" compare equal; "Kim Jongun" is equal once spaces are ignored.
Names also lose honorifics and titles ("Mr.", "President") and are compared
in a transliteration-folded form too (``fold``: "Zelenskiy", "Zelenskyy" and
"Zelensky" fold alike; so do "Sergei"/"Sergey" and "Aleksandr"/"Alexandr").
Scores are rapidfuzz's 0-100 scale.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

_PUNCT = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"[’']s\b")
# Letters that Unicode does not decompose into a base letter and a mark ("Kılıçdaroğlu", "Łódź",
# "Søren"), spelt as English text spells them.
_UNDECOMPOSED = str.maketrans(
    {
        "ı": "i",
        "İ": "I",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
        "ħ": "h",
        "Ħ": "H",
    }
)

# Honorifics carry no identity; they are dropped before names are compared.
HONORIFICS = frozenset("""mr mrs ms miss dr sir madam comrade his her excellency majesty hon honorable""".split())


# Titles are dropped from names too, unless nothing else is left ("President"
# alone stays "president").
TITLES = frozenset(
    [
        "president",
        "vice",
        "premier",
        "prime",
        "minister",
        "chancellor",
        "chairman",
        "chairwoman",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "pope",
        "senator",
        "sen",
        "governor",
        "gov",
        "general",
        "gen",
        "admiral",
        "adm",
        "marshal",
        "colonel",
        "col",
        "captain",
        "capt",
        "lieutenant",
        "lt",
        "sergeant",
        "sgt",
        "rev",
        "reverend",
        "prof",
        "professor",
        "sheikh",
        "supreme",
    ]
)

# Romanization variants of the same name, folded to one spelling. Applied to
# whole normalized names, both sides of a comparison.
_FOLDS = [
    (re.compile(r"x"), "ks"),  # Alexander / Aleksandr
    (re.compile(r"ph"), "f"),  # Stephan / Stefan
    (re.compile(r"w"), "v"),  # Wladimir / Vladimir
    (re.compile(r"dzh"), "j"),  # Dzhokhar / Jokhar
    (re.compile(r"t?sch"), "ch"),  # Tschaikowsky / Chaikovsky
    (re.compile(r"\bye"), "e"),  # Yevgeny / Evgeny
    (re.compile(r"([a-z])\1+"), r"\1"),  # doubled letters: Zelenskyy, Mariya / Marija
    (re.compile(r"(?:iy|ij|yj|ii|yi)\b"), "y"),  # Zelenskiy, Zelenskij / Zelensky
    (re.compile(r"([aeou])i\b"), r"\1y"),  # Sergei / Sergey, Nikolai / Nikolay
]


@lru_cache(maxsize=65536)
def ascii_spelling(text: str) -> str:
    """``text`` as English text spells it without diacritics, case kept: "Kılıçdaroğlu" ->
    "Kilicdaroglu", "Wałęsa" -> "Walesa"."""
    text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """Lower-case ASCII-folded text with punctuation and hyphens as spaces."""
    text = ascii_spelling(text)
    text = _POSSESSIVE.sub("", text)
    text = _PUNCT.sub(" ", text.lower())
    return _SPACES.sub(" ", text).strip()


# Country names written out or abbreviated ("the United States", "U.S.").
_COUNTRY_ABBREVIATIONS = [
    (re.compile(r"\b(?:united states(?: of america)?|u s(?: a)?)\b"), "us"),
    (re.compile(r"\b(?:united kingdom|u k)\b"), "uk"),
    (re.compile(r"\beuropean union\b"), "eu"),
]


@lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """Like ``normalize`` but without honorifics, titles and a leading "the" ("Mr. Putin",
    "President Putin" -> "putin"; "the North" -> "north"); a title alone is kept. Country names are
    abbreviated ("officials in the United States" ~ "U.S. officials")."""
    text = normalize(text)
    for pattern, abbreviation in _COUNTRY_ABBREVIATIONS:
        text = pattern.sub(abbreviation, text)
    tokens = [t for t in text.split() if t not in HONORIFICS]
    if len(tokens) > 1 and tokens[0] == "the":  # "the North", "the Kremlin", "the DPRK"
        tokens = tokens[1:]
    named = [t for t in tokens if t not in TITLES]
    return " ".join(named or tokens)


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Transliteration-folded form of a normalized name (see the module doc)."""
    for pattern, replacement in _FOLDS:
        name = pattern.sub(replacement, name)
    return name


def compact(name: str) -> str:
    """A normalized name without spaces: hyphenation variants compare equal."""
    return name.replace(" ", "")


# Words that join the parts of a name ("officials in the US") without naming anything.
_NAME_GLUE = frozenset({"in", "of", "the", "and", "for", "at", "from", "de", "von", "van"})


def nested_names(a: str, b: str) -> bool:
    """One name's words are all among the other's ("kim" in "kim jong un")."""
    wa = {w for w in a.split() if w not in _NAME_GLUE}
    wb = {w for w in b.split() if w not in _NAME_GLUE}
    return wa <= wb or wb <= wa


def normalized_score(a: str, b: str) -> float:
    """``name_score`` of two names already passed through ``normalize_name``."""
    if not a or not b:
        return 0.0
    if compact(a) == compact(b):
        return 100.0
    fa, fb = fold(a), fold(b)
    if compact(fa) == compact(fb):
        return 100.0
    if middle_names_differ(a, b):
        return 0.0
    scores = [fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b), fuzz.ratio(fa, fb), fuzz.token_sort_ratio(fa, fb)]
    # Token-set matching credits the shared words alone; that is right when one name is part of
    # the other, and wrong when each has words the other lacks: "officials in China" shares only
    # "officials" with "U.S. officials", "Kim Jong-il" all but one word with "Kim Jong-un".
    if nested_names(a, b):
        scores.append(fuzz.token_set_ratio(a, b))
    if nested_names(fa, fb):
        scores.append(fuzz.token_set_ratio(fa, fb))
    return max(*scores, initials_score(a, b))


def initials_score(a: str, b: str) -> float:
    """How well two names match with the initials of one written as the words of the other they
    begin ("s somanath" and "sreedhara panicker somanath"); 0 where that makes no name of the
    other's words."""
    best = 0.0
    for short, full in ((a, b), (b, a)):
        spelled = _initials_spelled(short, full)
        if spelled and nested_names(spelled, full):
            best = max(best, fuzz.token_set_ratio(spelled, full))
    return best


def middle_names_differ(a: str, b: str) -> bool:
    """Two names of the same first and last word whose middle initials both say and disagree:
    "george h w bush" is not "george w bush" (father and son), nor "george s bush" "george walker
    bush"; "george w bush" is "george walker bush", "george bush" may be either, and a name that
    says an initial more beside the same words ("ferdinand r marcos jr", "ferdinand marcos jr") is
    the same."""
    wa, wb = a.split(), b.split()
    if len(wa) < 3 or len(wb) < 3 or (wa[0], wa[-1]) != (wb[0], wb[-1]):
        return False
    middle_a, middle_b = wa[1:-1], wb[1:-1]
    if all(len(w) == 1 for w in middle_a + middle_b):
        return middle_a != middle_b
    if len(middle_a) != len(middle_b):
        return False
    # (only initials tell: "abdel fattah el sisi" is "abdel fattah al sisi")
    return any(min(len(x), len(y)) == 1 and x[0] != y[0] for x, y in zip(middle_a, middle_b, strict=True))


def _initials_spelled(short: str, full: str) -> str | None:
    """``short`` with each initial written as the word of ``full`` it begins, when the two share a
    word besides: "s somanath" -> "sreedhara somanath" for "sreedhara panicker somanath"."""
    words, others = short.split(), full.split()
    initials = [w for w in words if len(w) == 1 and w.isalpha()]
    if not initials or not set(words) - set(initials) <= set(others) or len(words) == len(initials):
        return None
    spelled = [next((o for o in others if o[0] == w and len(o) > 1), w) if w in initials else w for w in words]
    return " ".join(spelled) if spelled != words else None


def stands_for_less(query: str, name: str) -> bool:
    """A one-word name among more words of the query ("kim" in "kim yo jong"); both normalized."""
    named = {w for w in name.split() if w not in _NAME_GLUE}
    asked = {w for w in query.split() if w not in _NAME_GLUE}
    return len(named) == 1 and named < asked


def record_name_score(query: str, names: Iterable[str]) -> float:
    """The best ``name_score`` of ``query`` against one record's names (its name and aliases).

    A surname alias stands for its record when an article says the surname ("Kim"), not for
    everyone with that surname: inside a longer query ("Kim Yo-jong") it counts only when the
    query's other words are among the record's names too ("Kim Jong Un").
    """
    return best_record_name(query, list(names))[0]


def best_record_name(query: str, names: list[str]) -> tuple[float, int]:
    """``record_name_score`` and the position in ``names`` of the name that gave it (-1 for none)."""
    norm = normalize_name(query)
    normalized = [normalize_name(n) for n in names]
    if any(middle_names_differ(norm, name) for name in normalized):
        # "George H. W. Bush" is not the record of "George W. Bush", whatever "George Bush" it has
        return 0.0, -1
    known = {w for n in normalized for w in (*n.split(), *fold(n).split())}
    best, position = 0.0, -1
    for index, name in enumerate(normalized):
        if stands_for_less(norm, name) and not set(norm.split()) - _NAME_GLUE <= known:
            continue
        score = normalized_score(norm, name)
        if score > best:
            best, position = score, index
    return best, position


@lru_cache(maxsize=262144)
def name_score(query: str, candidate: str) -> float:
    """How well a (possibly partial) person or place name matches a candidate.

    A surname alone ("Kim") fully matches "Kim Jong Un": token-set matching
    treats a subset of tokens as a match. Names that each have a word the
    other lacks ("officials in China", "U.S. officials") are compared whole,
    so shared words alone do not make them match. Callers disambiguate such matches
    with dates or offices. Spelling and transliteration variants ("Kim
    Jongun", "Zelenskiy") score as they would spelled alike, or higher.
    """
    return normalized_score(normalize_name(query), normalize_name(candidate))


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


# Adjectives of country that are not the country's name with another ending
IRREGULAR_DEMONYMS = {
    "french": "france",
    "british": "britain",
    "dutch": "netherlands",
    "swiss": "switzerland",
    "welsh": "wales",
    "scottish": "scotland",
    "irish": "ireland",
    "english": "england",
    "greek": "greece",
    "turkish": "turkey",
    "polish": "poland",
    "danish": "denmark",
    "swedish": "sweden",
    "finnish": "finland",
    "spanish": "spain",
    "filipino": "philippines",
    "thai": "thailand",
}
# what follows a country's name, its last vowel dropped, in the word for its people
_DEMONYM_ENDINGS = ("", "n", "an", "ian", "ese", "i", "ish", "ic", "er")


def _country_word(word: str) -> str:
    word = IRREGULAR_DEMONYMS.get(word, word)
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _same_country_word(x: str, y: str) -> bool:
    x, y = _country_word(x), _country_word(y)
    if x == y:
        return True
    for name, other in ((x, y), (y, x)):
        root = name[:-1] if name[-1:] in "aeiouy" else name
        if len(root) >= 3 and other.startswith(root) and other[len(root) :] in _DEMONYM_ENDINGS:
            return True
    return False


def same_country(a: str, b: str) -> bool:
    """Whether two words for a country or its people name the same one: "Ukrainian" and
    "Ukraine", "Chinese" and "China", "North Korean" and "North Korea", "French" and "France";
    not "Austrian" and "Australia"."""
    words_a, words_b = normalize(a).split(), normalize(b).split()
    if not words_a or len(words_a) != len(words_b):
        return False
    return all(_same_country_word(x, y) for x, y in zip(words_a, words_b, strict=True))


def item_head(item: str) -> str:
    """The word a count counts, singular: "short-range ballistic missiles" -> "missile"."""
    words = normalize(item).split()
    word = words[-1] if words else ""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def office_head(office: str) -> str:
    """The word an office title turns on, lower-cased: "NASA Administrator" and "Administrator of
    NASA" -> "administrator"; "" when there is none."""
    words = [w for w in normalize(office.split(" of ")[0]).split() if w.isalpha()]
    return words[-1] if words and len(words[-1]) > 2 else ""


def contains_phrase(text: str, phrase: str) -> bool:
    """Whole-word containment after normalization."""
    p = normalize(phrase)
    return bool(p) and f" {p} " in f" {normalize(text)} "


# Words of a place name that do not tell one place from another ("the Yellow Sea", "Amur Oblast");
# "its eastern coast" alone is a heading, which the direction says, not a place.
_PLACE_FILLER = _NAME_GLUE | frozenset(
    """republic people peoples city oblast krai region province county state district area sea ocean bay gulf
    strait coast coastline waters island islands peninsula river lake mountain mountains eastern western
    northern southern northeastern northwestern southeastern southwestern""".split()
)


# A graded measure and its grade, which is no count: "magnitude 7.5", "7.5-magnitude", "Category 3"
GRADE_RE = re.compile(
    r"\b(?P<word>magnitude|category)[- ](?P<after>\d+(?:\.\d+)?)\b|\b(?P<before>\d+(?:\.\d+)?)[- ]magnitude\b",
    re.IGNORECASE,
)


def place_words(text: str) -> set[str]:
    """The words of a place name that tell it from other places ("yellow" in "the Yellow Sea")."""
    return {w for w in normalize_name(text).split() if w not in _PLACE_FILLER}


def unnamed_place(places: list[str], recorded: list[str], regions: list[str] | None = None) -> str | None:
    """The first of ``places`` when none of them shares a telling word with the ``recorded`` texts.

    A place counts as named when all its telling words are, or a word of the country the record's
    place ends with ("Russia's Far East" is in "Vostochny Cosmodrome, Amur Oblast, Russia"); "Key
    West" is not "Siesta Key". Without a gazetteer a place the record does not name is not known to
    be elsewhere, only unconfirmed. ``regions`` are the texts whose last parts name a region or a
    country (by default all of ``recorded``; not a record's name or aliases, "Vostochny Cosmodrome
    meeting").
    """
    if not places:
        return None
    known = set().union(*(place_words(text) for text in recorded))
    # the widest parts of each recorded place, its region and country: "Florida, United States" of
    # "Siesta Key, Florida, United States"; "North Korea"
    widest = set().union(
        *(
            place_words(" ".join(text.split(",")[-2:]))
            for text in (recorded if regions is None else regions)
            if len(text.split()) <= 3 or "," in text
        )
    )
    for place in places:
        words = place_words(place)
        # a place named in full, or by a country the record names ("Russia's Far East"); one word of a
        # name in common is not the place ("Key West" is not "Siesta Key")
        if not words or words <= known or words & widest or (len(words) == 1 and words & known):
            return None
    return places[0]
