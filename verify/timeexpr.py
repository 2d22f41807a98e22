"""Numbers, comparisons, durations and dates in news prose, made comparable.

"more than 18 months" becomes ``Amount(">", 18, "month")``; "in March"
becomes the date range of the latest March not after the publication date.
All reasoning here is exact calendar arithmetic; nothing is fuzzy.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "fortnight": "week2",
    "fortnights": "week2",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "decade": "decade",
    "decades": "decade",
}
MONTHS_PER_UNIT = {
    "day": 12 / 365.2425,
    "week": 7 * 12 / 365.2425,
    "week2": 14 * 12 / 365.2425,
    "month": 1.0,
    "year": 12.0,
    "decade": 120.0,
}

SMALL_NUMBERS = {
    "zero": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "pair": 2,
    "couple": 2,
    "both": 2,
    "twin": 2,
}
MULTIPLIERS = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "dozen": 12,
}
NUMBER_WORD = "|".join(sorted((w for w in SMALL_NUMBERS if w not in ("a", "an")), key=len, reverse=True))

# Comparison words, longest first so "no more than" wins over "more than".
COMPARATORS = [
    ("no more than", "<="),
    ("no fewer than", ">="),
    ("no less than", ">="),
    ("not more than", "<="),
    ("more than", ">"),
    ("greater than", ">"),
    ("upwards of", ">"),
    ("in excess of", ">"),
    ("over", ">"),
    ("above", ">"),
    ("beyond", ">"),
    ("past", ">"),
    ("at least", ">="),
    ("a minimum of", ">="),
    ("fewer than", "<"),
    ("less than", "<"),
    ("under", "<"),
    ("below", "<"),
    ("short of", "<"),
    ("at most", "<="),
    ("up to", "<="),
    ("as many as", "<="),
    ("a maximum of", "<="),
    ("nearly", "~<"),
    ("almost", "~<"),
    ("close to", "~<"),
    ("just under", "~<"),
    ("approaching", "~<"),
    ("about", "~"),
    ("around", "~"),
    ("roughly", "~"),
    ("approximately", "~"),
    ("some", "~"),
    ("an estimated", "~"),
    ("circa", "~"),
    ("round about", "~"),
    ("exactly", "=="),
    ("precisely", "=="),
    ("just", "="),
]
COMPARATOR_PATTERN = "|".join(re.escape(w) for w, _ in COMPARATORS)
_OPS = dict(COMPARATORS)

OP_WORDS = {
    ">": "more than",
    ">=": "at least",
    "<": "less than",
    "<=": "at most",
    "~<": "nearly",
    "~": "about",
    "=": "exactly",
    "==": "exactly",
}


# up to a fortnight, a count of days is exact; longer ones may be counted with the first day or not
EXACT_DAYS = 14

# How far back an act an article reports without a date may lie: the news of its last week
NEWS_DAYS = 7


@dataclass(frozen=True)
class Amount:
    """A compared quantity: ``op`` is one of = > >= < <= ~ ~< , or ``between`` ``value`` and ``high``
    ("two or three", "three to five")."""

    op: str
    value: float
    unit: str | None = None
    high: float | None = None

    def holds_for(self, actual: float) -> bool:
        """Whether an exact measured value makes the stated amount true."""
        v = self.value
        if self.op == "between" and self.high is not None:
            # spans of time are stated in whole units: "17 to 18 months" holds through month 18.99
            return v <= actual <= self.high if self.unit in (None, "item") else v <= actual < self.high + 1
        if self.op == ">":
            return actual > v
        if self.op == ">=":
            return actual >= v
        if self.op == "<":
            return actual < v
        if self.op == "<=":
            return actual <= v
        # Days between two dates are counted with or without the first one: a span of time said in
        # round words ("nearly 600 days", "600 days") may be one day out.
        one_day = 0.0 if self.unit in (None, "item") else 12 / 365.2425 / MONTHS_PER_UNIT.get(self.unit, 1.0)
        if self.op == "==":
            # "exactly 18 months": to the day (or the day after, counted with the first one)
            return abs(actual - v) <= one_day
        if self.op == "~<":
            return v * 0.85 <= actual <= v + one_day
        if self.op == "~":
            return abs(actual - v) <= max(0.1 * v, 0.5)
        # A bare "18 months" or "two missiles": counts are exact, spans of time
        # are stated in whole units ("18 months" holds through month 18.99).
        if self.unit in (None, "item"):
            return actual == v
        # A few days are counted exactly: "eight days after" 1 January is the 9th, and the 8th a
        # falsehood, not a day counted with the first one.
        if self.unit == "day" and v <= EXACT_DAYS:
            return v <= actual < v + 1
        # Said ahead of an anniversary, "two years" may fall a little short of it (5 %); 19 months are
        # not "two years". Days are counted, not rounded.
        short = one_day if self.unit == "day" else max(one_day, 0.05 * v)
        return v - short <= actual < v + 1 or abs(actual - v) <= one_day

    def describe(self) -> str:
        value = f"{self.value:g}"
        last = self.high if self.op == "between" and self.high is not None else self.value
        unit = (
            f" {self.unit}s"
            if self.unit and self.unit != "item" and last != 1
            else (f" {self.unit}" if self.unit and self.unit != "item" else "")
        )
        if self.op == "between" and self.high == self.value and self.unit not in (None, "item"):
            return f"{value} to {self.value + 1:g} {self.unit}s"  # "in its 16th month": 15 to 16 months
        if self.op == "between" and self.high is not None:
            return f"between {value} and {self.high:g}{unit}"
        prefix = OP_WORDS.get(self.op, "")
        return f"{prefix + ' ' if self.op != '=' else ''}{value}{unit}".strip()

    @classmethod
    def from_slots(cls, slots: dict[str, Any]) -> Amount:
        """The amount ``to_slots`` wrote."""
        high = slots.get("high")
        return cls(slots["op"], float(slots["value"]), slots.get("unit"), float(high) if high is not None else None)

    def to_slots(self) -> dict[str, object]:
        slots: dict[str, object] = {"op": self.op, "value": self.value, "unit": self.unit}
        if self.high is not None:
            slots["high"] = self.high
        return slots


def parse_number(text: str) -> float | None:
    """'18' -> 18, 'two' -> 2, 'twenty-five' -> 25, '1,200' -> 1200, '2.5 million' -> 2.5e6."""
    words = text.lower().replace("-", " ").replace(",", "").split()
    if len(words) >= 2 and words[0] == "half" and words[-1] in MULTIPLIERS:
        # "half a dozen", "half-dozen"
        whole = parse_number(" ".join(w for w in words[1:] if w not in ("a", "an")) or words[-1])
        return whole / 2 if whole is not None else None
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if re.fullmatch(r"\d+(\.\d+)?", word):
            current += float(word)
            seen = True
        elif word in MULTIPLIERS and (word != "dozen" or current):  # "two dozen" 24; "a dozen" below
            current = (current or 1) * MULTIPLIERS[word]
            if word != "hundred":
                total, current = total + current, 0.0
            seen = True
        elif word in SMALL_NUMBERS:
            current += SMALL_NUMBERS[word]
            seen = True
        elif word in ("and", "of"):
            continue
        else:
            return None
    return total + current if seen else None


_WORDS = rf"(?:{NUMBER_WORD})(?:[- ](?:{NUMBER_WORD}))?"
# "five hundred and sixty-six", "a hundred", "two thousand"
_HUNDREDS = rf"(?:{_WORDS}|an?)\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_WORDS})?"
# (a comma inside figures only before three digits: "1,000 days", not "in March 2023, weeks after")
_COUNT = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|{_HUNDREDS}|{_WORDS})"
_NUM = rf"(?:{_COUNT}|an?)"
_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
DURATION_RE = re.compile(
    rf"(?:(?P<op>{COMPARATOR_PATTERN})\s+)?"
    rf"(?:(?P<halfpre>half\s+an?|a\s+half)\s+(?P<unit0>{_UNIT})"
    # "between 17 and 19 months", "two to three years"
    # ("and" only after "between": "five hundred and sixty-six days" is one count)
    rf"|(?:between\s+(?P<low>{_COUNT})\s*(?:and|to|or|–)\s*|(?P<low2>{_COUNT})\s*(?:to|or|–|-(?=\d))\s*)?"
    rf"(?P<num>{_NUM})(?P<andhalf1>\s+and\s+a\s+half|\s+1/2|\s*½)?[\s-]+(?P<unit>{_UNIT})(?P<andhalf2>\s+and\s+a\s+half)?)\b",
    re.IGNORECASE,
)


# "<duration> ago" in running text: the parser does not always tag it as a date ("a year and a half ago").
AGO_RE = re.compile(rf"{DURATION_RE.pattern}\s+ago\b", re.IGNORECASE)
# The two patterns above try their alternatives at every position (a third of a millisecond on a long
# sentence); a sentence without a unit of time, or without "ago", cannot match them.
_UNIT_WORD = re.compile(rf"(?:{_UNIT})\b", re.IGNORECASE)
_AGO_WORD = re.compile(r"\bago\b", re.IGNORECASE)


def durations_ago(text: str) -> Iterator[re.Match[str]]:
    """Each "<duration> ago" in ``text`` ("a year and a half ago", "more than 18 months ago")."""
    return AGO_RE.finditer(text) if _AGO_WORD.search(text) else iter(())


def parse_duration(text: str) -> tuple[Amount, re.Match[str]] | None:
    """Find the first duration in ``text``: 'more than 18 months' -> (> 18 month)."""
    return next(durations_in(text), None)


# verbs whose particle "over" may stand right before a span: "took over ten weeks after"
_TAKEN_OVER = re.compile(r"\b(?:t(?:ake|akes|aking|aken|ook)|hand(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s*$", re.IGNORECASE)


# a second, smaller unit told after a span: "18 months and 20 days", "one year, six months and 20 days"
_AND_MORE = re.compile(rf"(?:\s*,\s*|\s+and\s+)(?P<num>{_NUM})[\s-]+(?P<unit>{_UNIT})\b", re.IGNORECASE)
# how many of a smaller unit make one of a larger: what a span told in two units adds up in
_WHOLE_UNITS = {("year", "month"): 12, ("week", "day"): 7, ("decade", "year"): 10}


class _Joined:
    """A span of time told in two units or more ("18 months and 20 days"): the first one's match,
    reaching to the end of the last."""

    def __init__(self, first: re.Match[str], end: int) -> None:
        self._first, self._end = first, end

    def start(self, group: int | str = 0) -> int:
        return self._first.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._end if group == 0 else self._first.end(group)

    def group(self, group: int | str = 0) -> str | None:
        return self._first.string[self.start() : self._end] if group == 0 else self._first.group(group)

    def __getitem__(self, group: int | str) -> str | None:
        return self.group(group)

    @property
    def string(self) -> str:
        return self._first.string


def _joined(amount: Amount, match: re.Match[str], text: str) -> tuple[Amount, Any] | None:
    """``amount`` with smaller units told after it: "a year and six months" is 18 months, "two weeks
    and three days" 17 days; "18 months and 20 days" is 18 months, holding through the 19th month as
    a bare "18 months" does."""
    if amount.unit not in MONTHS_PER_UNIT or amount.op == "between":
        return None
    joined, end = amount, match.end()
    while (more := _AND_MORE.match(text, end)) is not None:
        said = more.group("num").lower()
        value = 1.0 if said in ("a", "an") else parse_number(said)
        unit = UNITS.get(more.group("unit").lower())
        if value is None or unit is None or unit == "week2":
            break
        if MONTHS_PER_UNIT.get(unit, 0) >= MONTHS_PER_UNIT[joined.unit or "month"]:
            break
        whole = _WHOLE_UNITS.get((joined.unit or "", unit))
        joined = Amount(joined.op, joined.value * whole + value, unit) if whole else joined
        end = more.end()
    return (joined, _Joined(match, end)) if end > match.end() else None


def durations_in(text: str) -> Iterator[tuple[Amount, re.Match[str]]]:
    """Each duration in ``text``, in order."""
    if not _UNIT_WORD.search(text):
        return
    told_with = -1
    for match in DURATION_RE.finditer(text):
        if match.start() < told_with:
            continue  # the smaller unit of a span told in two
        op = _OPS.get((match.group("op") or "").lower(), "=")
        if (match.group("op") or "").lower() == "over" and _TAKEN_OVER.search(text[: match.start()]):
            op = "="  # "Hill took over ten weeks after ...": the verb's particle, not "more than"
        if match.group("halfpre"):
            value, unit = 0.5, UNITS[match.group("unit0").lower()]
        else:
            value = parse_number(match.group("num"))
            if value is None:
                continue
            if match.group("andhalf1") or match.group("andhalf2"):
                value += 0.5
            unit = UNITS[match.group("unit").lower()]
        low_words = match.group("low") or match.group("low2")
        low = parse_number(low_words) if low_words else None
        if unit == "week2":
            unit, value, low = "week", value * 2, low * 2 if low is not None else None
        if low is not None and low < value:
            yield Amount("between", low, unit, high=value), match
        elif (two := _joined(Amount(op, value, unit), match, text)) is not None:
            told_with = two[1].end()
            yield two
        else:
            yield Amount(op, value, unit), match


def to_months(amount: Amount) -> Amount:
    factor = MONTHS_PER_UNIT.get(amount.unit or "month", 1.0)
    high = amount.high * factor if amount.high is not None else None
    return Amount(amount.op, amount.value * factor, "month", high)


def months_between(start: dt.date, end: dt.date) -> float:
    """Calendar months from ``start`` to ``end`` (2022-02-24 -> 2023-09-13 is 18.65)."""
    sign = 1
    if end < start:
        start, end, sign = end, start, -1
    months = (end.year - start.year) * 12 + (end.month - start.month)
    anchor = add_months(start, months)
    if anchor > end:
        months -= 1
        anchor = add_months(start, months)
    next_anchor = add_months(start, months + 1)
    fraction = (end - anchor).days / max((next_anchor - anchor).days, 1)
    return sign * (months + fraction)


def elapsed(start: dt.date, end: dt.date, unit: str) -> float:
    """Time from ``start`` to ``end`` in ``unit`` (calendar-exact for months and years)."""
    if unit == "day":
        return float((end - start).days)
    if unit == "week":
        return (end - start).days / 7
    months = months_between(start, end)
    if unit == "year":
        return months / 12
    if unit == "decade":
        return months / 120
    return months


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


# --- dates -----------------------------------------------------------------

MONTH_NAMES = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTH_NAMES.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTH_NAMES["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))

# The days of a month as words: "the fifth of August", "August twenty-first"
_ORDINAL_UNITS = ("first second third fourth fifth sixth seventh eighth ninth").split()
ORDINAL_DAYS = {
    **{word: n for n, word in enumerate(_ORDINAL_UNITS, 1)},
    **{
        word: n
        for n, word in enumerate(
            "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
            "twentieth".split(),
            10,
        )
    },
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_ORDINAL_UNITS, 1)},
    "thirtieth": 30,
    "thirty-first": 31,
}
_ORDINAL_DAY = "|".join(sorted((w.replace("-", "[- ]") for w in ORDINAL_DAYS), key=len, reverse=True))
# only beside a month: "the first of two meetings" is no day
_ORDINAL_DAY_RE = re.compile(
    rf"(?<![\w-])(?P<day>{_ORDINAL_DAY})(?=\s+of\s+(?:{_MONTH})\b)|\b(?P<month>{_MONTH})\s+(?P<after>{_ORDINAL_DAY})\b"
)
# A day and month written out, which the parser may leave untagged or tag as something else ("on 9
# November 2024", "the fifth of August", "Aug. 5"); months capitalised, as "may" and "march" are
# words too
_WRITTEN_MONTH = "|".join(
    [name for name in calendar.month_name if name]
    + [rf"{name}\.?" for name in calendar.month_abbr if name and name not in calendar.month_name]
    + [r"Sept\.?"]
)
_WRITTEN_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|(?i:{_ORDINAL_DAY}))"
WRITTEN_DATE_RE = re.compile(
    rf"\b(?:(?:[Tt]he\s+)?{_WRITTEN_DAY}(?:\s+of)?\s+(?:{_WRITTEN_MONTH})(?![\w.])(?:,?\s+\d{{4}}\b)?"
    rf"|(?:{_WRITTEN_MONTH})\s+{_WRITTEN_DAY}\b(?:\s*[-–]\s*\d{{1,2}}\b)?(?:,?\s+\d{{4}}\b)?)"
)
# years the parser may leave untagged beside a name it does not know ("Yingluck Shinawatra was prime
# minister from 2011 to 2016"): only after a word that makes the number a time
_YEAR = r"(?:1[5-9]|20)\d\d"
YEAR_PHRASE_RE = re.compile(
    rf"\b(?:(?:from|between)\s+{_YEAR}\s+(?:to|and|until|through)\s+{_YEAR}"
    rf"|(?:in|since|until|till)\s+{_YEAR})\b(?![-–]|\s*(?:%|percent|per\s+cent)\b)",
    re.IGNORECASE,
)
_WEEKDAY = "|".join(WEEKDAYS)
# seasons, which the parser may leave untagged ("talks in the spring"): see ``season_of``
SEASON_RE = re.compile(
    r"\b(?:(?:earlier|later)\s+)?(?:this|last|the)\s+(?:spring|summer|autumn|fall)\b(?:\s+of\s+(?:19|20)\d{2}\b)?",
    re.IGNORECASE,
)

# a day next to the one last told, which the parser may leave untagged: "approved by President Biden the
# following day"
NEXT_DAY_RE = re.compile(r"\bthe (?:following|next|previous) day\b", re.IGNORECASE)
SAME_DAY_RE = re.compile(
    r"\b(today|tonight|this (?:morning|afternoon|evening)|earlier today|to (?:start|begin|open) the day|"
    r"(?:on|that|(?:that |the )?same) day|(?:that|(?:that |the )?same) (?:morning|afternoon|evening|night)|"
    r"(?:earlier|later) in the day|"
    r"early (?:on )?(?:wednesday|thursday|friday|saturday|sunday|monday|tuesday)?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateRange:
    """An inclusive range of days a time expression refers to."""

    start: dt.date
    end: dt.date
    expression: str
    granularity: str  # day, week, month, year, decade, or span ("from 2016 to 2019")
    # a span's two ends as said: "2016" and "2019" (None for a single date)
    opening: DateRange | None = None
    closing: DateRange | None = None

    def overlaps(self, start: dt.date, end: dt.date | None = None) -> bool:
        end = end or start
        return start <= self.end and end >= self.start

    def to_slots(self) -> dict[str, str]:
        return {
            "expression": self.expression,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "granularity": self.granularity,
        }

    def ends_to_slots(self) -> dict[str, str]:
        """A span's two ends ("from 2016 to 2019"): ``opening`` to ``opening_end`` and ``closing`` to
        ``closing_end``; nothing for a single date."""
        if self.opening is None or self.closing is None:
            return {}
        return {
            "opening": self.opening.start.isoformat(),
            "opening_end": self.opening.end.isoformat(),
            "closing": self.closing.start.isoformat(),
            "closing_end": self.closing.end.isoformat(),
        }


def month_range(year: int, month: int, expression: str) -> DateRange:
    last = calendar.monthrange(year, month)[1]
    return DateRange(dt.date(year, month, 1), dt.date(year, month, last), expression, "month")


def _day(year: int, month: int, day: int, expression: str) -> DateRange | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return DateRange(date, date, expression, "day")


def _numeric_day(
    first: int, second: int, year: int, expression: str, published: dt.date | None = None
) -> DateRange | None:
    """ "13/9/2023" or "9/13/2023": the day, when the numbers tell which is the month; "3/4/2023"
    may be either, so it gives none (its year still dates it), unless one of the two days is after the
    article and the other is not: "12/09/2023" in an article of 13 September 2023 is 12 September, as
    nothing done on 9 December had been done."""
    if first > 12 >= second:
        return _day(year, second, first, expression)
    if second > 12 >= first or first == second:
        return _day(year, first, second, expression)
    if published is not None:
        readings = [d for d in (_day(year, second, first, expression), _day(year, first, second, expression)) if d]
        done = [d for d in readings if d.start <= published]
        if len(readings) == 2 and len(done) == 1:
            return done[0]
    return None


def _year_of_day(year: int, month: int, day: int, published: dt.date, future: bool) -> int:
    """The year of a bare day of the month, given the year of its month: "October 7" in an article
    of 2 October 2024 tells of 2023 (or, ahead, "on October 1" of 2025)."""
    if year == published.year and month == published.month:
        if not future and day > published.day:
            return year - 1
        if future and day < published.day:
            return year + 1
    return year


def _year_of_month(month: int, published: dt.date, future: bool) -> int:
    """The year of a bare month: the latest not after the publication date, or with ``future`` the
    first not before it."""
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


# words that stress how short a shift is without changing it: "only two days earlier"
_NO_MORE_THAN = r"(?:(?:only|just|barely|merely|a\s+mere)\s+)?"


# "two days earlier", "a week later", "the day before", "the following day", "that day": counted from
# a day the article has told of (``shifted``)
SHIFT_RE = re.compile(
    rf"{_NO_MORE_THAN}(?:the\s+)?(?:(?P<count>{_COUNT}|a|an)\s+(?P<unit>day|week)s?|(?P<one>day|week))\s+"
    r"(?P<way>before|earlier|prior|after|later)"
    r"|(?:the\s+)?(?P<side>previous|following|next)\s+(?P<near>day|week)"
    r"|(?P<same>(?:(?:on|later|earlier)\s+)?(?:that|that\s+same|the\s+same)\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:earlier|later)\s+in\s+the\s+day|(?:(?:by|at|until|towards?)\s+)?the\s+end\s+of\s+(?:the|that)\s+day)"
    r"|(?:(?:a\s+few|several|some|just|only)\s+)?(?P<hours>hours|minutes|moments)\s+(?P<hway>before|earlier|after|later)",
    re.IGNORECASE,
)


def shifted(expression: str, anchor: dt.date) -> DateRange | None:
    """A day counted from ``anchor`` ("two days earlier", "the following week"), or None."""
    match = SHIFT_RE.fullmatch(" ".join(expression.split()))
    if match is None:
        return None
    if match["same"]:
        return DateRange(anchor, anchor, expression, "day")
    if match["hours"]:  # "hours before the summit": that day, or the evening before it
        if match["hway"].lower() in ("before", "earlier"):
            return DateRange(anchor - dt.timedelta(days=1), anchor, expression, "day")
        return DateRange(anchor, anchor + dt.timedelta(days=1), expression, "day")
    if match["side"]:
        back = match["side"].lower() == "previous"
        if match["near"].lower() == "week":  # the calendar week before or after
            monday = anchor - dt.timedelta(days=anchor.weekday() + (7 if back else -7))
            return DateRange(monday, monday + dt.timedelta(days=6), expression, "week")
        unit, count = "day", 1
    else:
        unit = (match["unit"] or match["one"]).lower()
        count = int(parse_number(match["count"] or "a") or 1)
        back = match["way"].lower() in ("before", "earlier", "prior")
    days = count * (7 if unit == "week" else 1)
    day = anchor - dt.timedelta(days=days) if back else anchor + dt.timedelta(days=days)
    if unit == "week":  # "a week earlier" is said of the days around it
        return DateRange(day - dt.timedelta(days=1), day + dt.timedelta(days=1), expression, "week")
    return DateRange(day, day, expression, "day")


# "more than a month later", "nearly two years earlier": a count of time from the last day told,
# said as a bound or in round figures ("less than a week after ..." counts from what follows)
ROUGH_SHIFT_RE = re.compile(
    rf"(?P<bound>more\s+than|over|less\s+than|under|nearly|almost|about|around|roughly|some)\s+"
    rf"(?P<count>{_COUNT}|a|an)\s+(?P<unit>day|week|month|year)s?\s+(?P<way>earlier|later)\b",
    re.IGNORECASE,
)
# how far past the count a day told "more than" it may lie: as many times the count again
_MORE_THAN_REACH = 6


def shifted_roughly(expression: str, anchor: dt.date) -> DateRange | None:
    """The days a rough count from ``anchor`` allows: "more than a month later" is any day from a
    month after it to six months after, "less than a week later" the days before a week is out,
    "nearly two years earlier" the last quarter of the count, "about two weeks later" a quarter
    either side; None for any other expression."""
    match = ROUGH_SHIFT_RE.fullmatch(" ".join(expression.split()))
    if match is None:
        return None
    count = parse_number(match["count"]) or 1
    unit, bound = match["unit"].lower(), " ".join(match["bound"].lower().split())
    back = match["way"].lower() == "earlier"
    low, high = {
        "more than": (1, _MORE_THAN_REACH),
        "over": (1, _MORE_THAN_REACH),
        "less than": (0, 1),
        "under": (0, 1),
        "nearly": (0.75, 1),
        "almost": (0.75, 1),
    }.get(bound, (0.75, 1.25))
    near, far = _counted(anchor, count * low, unit, back), _counted(anchor, count * high, unit, back)
    first, last = (far, near) if back else (near, far)
    return DateRange(first, last, expression, "span")


def _counted(anchor: dt.date, count: float, unit: str, back: bool) -> dt.date:
    """The day ``count`` units of time from ``anchor``, forward or ``back``."""
    days = count * {"day": 1, "week": 7, "month": 365.2425 / 12, "year": 365.2425}[unit]
    return anchor - dt.timedelta(days=round(days)) if back else anchor + dt.timedelta(days=round(days))


_THAT_WEEKDAY_RE = re.compile(
    rf"that\s+(?:same\s+)?({_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE
)


def weekday_near(expression: str, anchor: dt.date) -> DateRange | None:
    """The day "that Monday" points back to: the Monday nearest ``anchor``, the day the article
    last told of ("on January 6 ... that Monday" is January 6), or None for any other expression."""
    match = _THAT_WEEKDAY_RE.fullmatch(" ".join(expression.split()))
    if match is None:
        return None
    ahead = (WEEKDAYS[match[1].lower()] - anchor.weekday()) % 7
    day = anchor + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
    return DateRange(day, day, expression, "day")


# "a month later", "two years earlier": counted from the last date the article told of, a day or
# a month or a year (``shifted_period``)
PERIOD_SHIFT_RE = re.compile(
    rf"{_NO_MORE_THAN}(?:(?:some|about|around|roughly|nearly|almost)\s+)?"
    rf"(?P<count>a|an|\d{{1,2}}|{NUMBER_WORD})\s+(?P<unit>month|year)s?\s+(?P<way>before|earlier|prior|after|later)",
    re.IGNORECASE,
)


# dates in figures, which the parser may leave untagged: "21/09/2022", "2022/09/21", "21.09.2022"
NUMERIC_DATE_RE = re.compile(r"\b(?:\d{1,2}([/.-])\d{1,2}\1\d{4}|\d{4}([/.])\d{1,2}\2\d{1,2})\b")


# "that month", "the same year", "the following month": the month or year of the last date told of
PERIOD_OF_ANCHOR_RE = re.compile(
    r"(?:in\s+|during\s+)?(?:(?P<same>that|the\s+same|that\s+same)|the\s+(?P<side>previous|following|next))"
    r"\s+(?P<unit>month|year)",
    re.IGNORECASE,
)


def period_of(expression: str, anchor: DateRange) -> DateRange | None:
    """The month or year of ``anchor`` ("that month", "the same year"), or the one before or after
    it ("the following month"); None for any other expression, or an anchor of a span or decade."""
    match = PERIOD_OF_ANCHOR_RE.fullmatch(" ".join(expression.split()))
    if match is None or anchor.granularity not in ("day", "week", "month", "year"):
        return None
    year = match["unit"].lower() == "year"
    if not year and anchor.granularity == "year":
        return None  # "that month" after "in 2022" names no month
    step = 0 if match["same"] else (-1 if match["side"].lower() == "previous" else 1)
    if year:
        first, last = anchor.start.year + step, anchor.end.year + step
        return DateRange(dt.date(first, 1, 1), dt.date(last, 12, 31), expression, "year")
    first, last = add_months(anchor.start, step), add_months(anchor.end, step)
    return DateRange(
        first.replace(day=1), last.replace(day=calendar.monthrange(last.year, last.month)[1]), expression, "month"
    )


def shifted_period(expression: str, anchor: DateRange) -> DateRange | None:
    """Months or years counted from ``anchor`` ("a month later" after "in October 2022" is November
    2022), or None. Said in round figures, the count gives a whole month (or, from a year, a whole
    year): "a month later" after October 8 is November."""
    match = PERIOD_SHIFT_RE.fullmatch(" ".join(expression.split()))
    if match is None or anchor.granularity not in ("day", "week", "month", "year"):
        return None
    count = int(match["count"]) if match["count"].isdigit() else SMALL_NUMBERS.get(match["count"].lower(), 1)
    months = count * (12 if match["unit"].lower() == "year" else 1)
    if match["way"].lower() in ("before", "earlier", "prior"):
        months = -months
    first, last = add_months(anchor.start, months), add_months(anchor.end, months)
    if anchor.granularity == "year":
        return DateRange(dt.date(first.year, 1, 1), dt.date(last.year, 12, 31), expression, "year")
    if match["unit"].lower() == "year" and anchor.granularity in ("day", "week"):
        # "two years earlier", said of the final of 31 May 2025, is the final of 10 June 2023: years
        # are said in round figures, half a year either way, as "two years ago" is
        first, last = add_months(first, -6), add_months(last, 6)
        last_day = calendar.monthrange(last.year, last.month)[1]
        return DateRange(first.replace(day=1), last.replace(day=last_day), expression, "year")
    last_day = calendar.monthrange(last.year, last.month)[1]
    return DateRange(first.replace(day=1), last.replace(day=last_day), expression, "month")


def resolve_date(expression: str, published: dt.date | None, future: bool = False) -> DateRange | None:
    """Resolve a time expression against the publication date.

    Absolute dates ("20 March 2023", "March 2023", "2022") need no anchor;
    relative ones ("in March", "on Tuesday", "last year", "to start the day")
    return ``None`` when ``published`` is unknown, and so does a date that
    would fall outside the calendar (years 1 to 9999). A bare weekday or
    month is the latest one not after the publication date, or with
    ``future`` (the sentence tells what will happen) the first one not before it.
    """
    try:
        return _resolve_date(expression, published, future)
    except (ValueError, OverflowError):
        return None


def _of_a_month(day: int, published: dt.date, future: bool, expression: str) -> DateRange | None:
    """The latest day ``day`` of a month not after ``published`` (with ``future``, the first not before)."""
    year, month = published.year, published.month
    for _ in range(3):
        found = _day(year, month, day, expression)
        if found is not None and ((found.start >= published) if future else (found.start <= published)):
            return found
        month, year = (month + 1, year) if future else (month - 1, year)
        if month == 0:
            month, year = 12, year - 1
        if month == 13:
            month, year = 1, year + 1
    return None


def _day_in_figures(match: re.Match[str]) -> str:
    """ "fifth" of "the fifth of August" as 5; "August fifth" as "August 5"."""
    if match["day"]:
        return str(ORDINAL_DAYS[match["day"].replace(" ", "-")])
    return f"{match['month']} {ORDINAL_DAYS[match['after'].replace(' ', '-')]}"


def _resolve_date(expression: str, published: dt.date | None, future: bool = False) -> DateRange | None:
    text = " ".join(expression.lower().replace(",", " ").split())
    text = re.sub(r"^(?:in|on|during|since|by|from|of|the)\s+", "", text)
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text)
    text = _ORDINAL_DAY_RE.sub(_day_in_figures, text)
    if published and (
        match := re.fullmatch(
            r"(?:(?:on|earlier on|later on)\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)", expression.strip(), re.IGNORECASE
        )
    ):
        # "on the 13th": that day of the month the article is written in, or of the one before
        return _of_a_month(int(match[1]), published, future, expression)
    if match := _HOLIDAY_RE.fullmatch(text.replace("’", "'")):
        return _holiday(match, published, future, expression)
    if (match := PART_RE.fullmatch(text)) and (whole := _resolve_date(match["whole"], published, future)):
        return part_of(whole, match["part"], expression)
    if (match := re.fullmatch(rf"(?:{_WEEKDAY})\s+(.*\d.*)", text)) and (
        day := _resolve_date(match[1], published, future)
    ):
        # "Wednesday, July 31": the date decides; the weekday only repeats it
        return replace(day, expression=expression) if day.granularity == "day" else None
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        return _day(int(match[1]), int(match[2]), int(match[3]), expression)
    if match := re.fullmatch(r"(\d{4})([/.])(\d{1,2})\2(\d{1,2})", text):  # "2023/09/13"
        return _day(int(match[1]), int(match[3]), int(match[4]), expression)
    if (match := re.fullmatch(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})", text)) and (
        numeric := _numeric_day(int(match[1]), int(match[3]), int(match[4]), expression, None if future else published)
    ):
        return numeric
    if match := re.fullmatch(r"q([1-4])\s+(\d{4})", text):  # "Q2 2023"
        quarter = ("first", "second", "third", "fourth")[int(match[1]) - 1]
        return part_of(
            DateRange(dt.date(int(match[2]), 1, 1), dt.date(int(match[2]), 12, 31), expression, "year"),
            f"{quarter} quarter",
            expression,
        )
    if match := re.fullmatch(rf"(?:the\s+)?(\d{{1,2}})(?:\s+of)?\s+({_MONTH})\.?\s+(\d{{4}})", text):
        return _day(int(match[3]), MONTH_NAMES[match[2]], int(match[1]), expression)
    if match := re.fullmatch(rf"({_MONTH})\.?\s+(\d{{1,2}})\s+(\d{{4}})", text):
        return _day(int(match[3]), MONTH_NAMES[match[1]], int(match[2]), expression)
    if match := re.fullmatch(rf"({_MONTH})\.?\s+(?:of\s+)?(\d{{4}})", text):
        return month_range(int(match[2]), MONTH_NAMES[match[1]], expression)
    if match := re.fullmatch(r"(?:the\s+year\s+)?((?:19|20)\d{2})", text):
        year = int(match[1])
        return DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31), expression, "year")
    if match := re.fullmatch(r"(?:the\s+)?((?:1[0-9]|20)\d)0'?s", text):
        decade = int(match[1]) * 10
        return DateRange(dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31), expression, "decade")
    if (match := SPAN_RE.fullmatch(text)) and (span := _span(match, published, future, expression)):
        return span
    if published is None:
        return _within_its_year(text, expression)
    if SAME_DAY_RE.fullmatch(text) or text in ("day", "the day", "same day"):
        return DateRange(published, published, expression, "day")
    if re.fullmatch(r"(?:day (?:before|earlier|prior)|previous day|eve)", text):
        day = published - dt.timedelta(days=1)
        return DateRange(day, day, expression, "day")
    if re.fullmatch(r"(?:day (?:after|later)|next day|following day)", text):
        day = published + dt.timedelta(days=1)
        return DateRange(day, day, expression, "day")
    if re.fullmatch(r"(?:day|same day|\w+ day) (?:before|after|earlier|later|prior)", text):
        return None  # "the election day before": not a date we can place
    if text == "yesterday" or text == "last night":
        day = published - dt.timedelta(days=1)
        return DateRange(day, day, expression, "day")
    if match := re.fullmatch(rf"this\s+({_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?", text):
        # the day of the article's own week, Monday to Sunday, gone by or ahead
        day = published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=WEEKDAYS[match[1]])
        return DateRange(day, day, expression, "day")
    if match := re.fullmatch(
        rf"(?:last\s+|this\s+past\s+)?({_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?", text
    ):
        back = (published.weekday() - WEEKDAYS[match[1]]) % 7
        if text.startswith(("last", "this past")) and back == 0:
            back = 7
        elif future and not text.startswith(("last", "this past")):
            back = -((WEEKDAYS[match[1]] - published.weekday()) % 7)
        day = published - dt.timedelta(days=back)
        return DateRange(day, day, expression, "day")
    if match := re.fullmatch(
        rf"(?:(\d{{1,2}})\s+)?({_MONTH})\.?(?:\s+(\d{{1,2}}))?\s+(?:of\s+)?(last|this|next)\s+year", text
    ):
        year = published.year + {"last": -1, "this": 0, "next": 1}[match[4]]
        month, day = MONTH_NAMES[match[2]], match[1] or match[3]
        return _day(year, month, int(day), expression) if day else month_range(year, month, expression)
    if match := re.fullmatch(rf"(?:(?:earlier|last|this)\s+)?({_MONTH})\.?(?:\s+(\d{{1,2}}))?", text):
        month = MONTH_NAMES[match[1]]
        year = _year_of_month(month, published, future and not text.startswith(("last", "earlier")))
        if text.startswith("last") and month == published.month:
            year -= 1
        if match[2]:
            return _day(_year_of_day(year, month, int(match[2]), published, future), month, int(match[2]), expression)
        return month_range(year, month, expression)
    if match := re.fullmatch(rf"(?:the\s+)?(\d{{1,2}})\s+(?:of\s+)?({_MONTH})", text):
        month, day = MONTH_NAMES[match[2]], int(match[1])
        year = _year_of_day(_year_of_month(month, published, future), month, day, published, future)
        return _day(year, month, day, expression)
    if text in ("this month", "earlier this month"):
        return month_range(published.year, published.month, expression)
    if text == "later this month":
        return DateRange(published, month_range(published.year, published.month, "").end, expression, "month")
    if text == "last month":
        previous = add_months(published.replace(day=1), -1)
        return month_range(previous.year, previous.month, expression)
    if text == "next month":
        following = add_months(published.replace(day=1), 1)
        return month_range(following.year, following.month, expression)
    if text == "later this year":
        return DateRange(published, dt.date(published.year, 12, 31), expression, "year")
    if text == "next year":
        return DateRange(dt.date(published.year + 1, 1, 1), dt.date(published.year + 1, 12, 31), expression, "year")
    if text == "next week":
        monday = published - dt.timedelta(days=published.weekday() - 7)
        return DateRange(monday, monday + dt.timedelta(days=6), expression, "week")
    if text in ("this year", "earlier this year"):
        return DateRange(dt.date(published.year, 1, 1), published, expression, "year")
    if match := re.fullmatch(r"last (spring|summer|autumn|fall)", text):
        # the latest one over by the article's day: "last spring", said in September, is this year's
        # (over when its third month is: said in mid-September, "last summer" is the one just gone)
        season = season_of(published.year, match[1], expression)
        over = add_months(season.start, 3) <= published
        return season if over else season_of(published.year - 1, match[1], expression)
    if match := re.fullmatch(r"(?:(?:earlier|later) )?(?:(?:this|the) )?(spring|summer|autumn|fall)", text):
        # "this summer" is the article's year's; "in the spring", the latest one begun by the article's day
        season = season_of(published.year, match[1], expression)
        if season.start > published and not text.startswith(("this", "later")):
            season = season_of(published.year - 1, match[1], expression)
        return season
    if text == "last year":
        year = published.year - 1
        return DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31), expression, "year")
    if text in ("this week", "earlier this week"):
        monday = published - dt.timedelta(days=published.weekday())
        return DateRange(monday, published, expression, "week")
    if text == "last week":
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return DateRange(monday, monday + dt.timedelta(days=6), expression, "week")
    if match := re.fullmatch(r"(?:over |at )?(the |this past |last |this )?weekend", text):
        # the Saturday and Sunday just gone, or the days of it gone by on a weekend ("last weekend",
        # said on a weekend, is the one before)
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        if match[1] == "last " and published.weekday() >= 5:
            saturday -= dt.timedelta(days=7)
        return DateRange(saturday, min(saturday + dt.timedelta(days=1), published), expression, "week")
    if text == "overnight":
        return DateRange(published - dt.timedelta(days=1), published, expression, "day")
    if match := re.fullmatch(r"(?:in |over )?(?:the )?(?:past|last) (week|month|year)", text):
        days = {"week": 7, "month": 31, "year": 366}[match[1]]
        return DateRange(published - dt.timedelta(days=days), published, expression, match[1])
    if text in ("earlier in the month", "so far this month"):
        return DateRange(published.replace(day=1), published, expression, "month")
    if match := re.fullmatch(r"(.+?)\s+ago", text):
        found = parse_duration(match[1])
        if found:
            amount = found[0]
            if amount.op == "between" and amount.high is not None:
                return _ago_between(amount, published, expression)
            if amount.op in (">", ">=", "<", "<=", "~<"):
                return _ago_bounded(amount, published, expression)
            months = to_months(amount).value
            if amount.unit == "day":
                day = published - dt.timedelta(days=round(amount.value))
                return DateRange(day, day, expression, "day")
            # "Ago" is said in round figures: give it the slack of its unit (half a unit either
            # side, at least the neighbouring months), so 18.6 months is "18 months ago".
            if amount.unit in ("week", "week2"):
                day = published - dt.timedelta(days=round(months * 365.2425 / 12))
                return DateRange(day - dt.timedelta(days=3), day + dt.timedelta(days=3), expression, "week")
            slack = 1 if amount.unit == "month" else 6
            first = add_months(published, -round(months) - slack)
            last = add_months(published, -round(months) + slack)
            last_day = calendar.monthrange(last.year, last.month)[1]
            return DateRange(
                first.replace(day=1), last.replace(day=last_day), expression, "month" if slack == 1 else "year"
            )
    return _within_its_year(text, expression)


# "2016 to 2019", "between 2019 and 2022", "October 2022 to July 2024", "20 to 22 March 2023",
# "2010-2016" ("from" is already gone; "and" only after "between")
SPAN_RE = re.compile(
    r"(?:(?P<between>between)\s+)?(?P<first>.+?)\s*(?:\s(?P<word>to|through|thru|until|till|and)\s|[-–—])\s*(?P<second>.+)"
)


def _span(match: re.Match[str], published: dt.date | None, future: bool, expression: str) -> DateRange | None:
    """The days from the start of one date to the end of another. The first may borrow the year or
    month of the second ("March to May 2023", "20 to 22 March 2023") and the second the month or
    century of the first ("June 20 to 22 2023", "2016-19")."""
    first, second = match["first"], match["second"]
    # "December 2 and 3, 1989", "2 and 3 December 1989": two days of a month, listed
    days_listed = match["word"] == "and" and re.fullmatch(rf"\d{{1,2}}|(?:{_MONTH})\.?\s+\d{{1,2}}", first)
    if (match["word"] == "and") != bool(match["between"]) and not days_listed:
        return None
    second = re.sub(r"^(\d{1,2}),\s*(\d{4})$", r"\1 \2", second)
    if re.fullmatch(r"\d{2}", second) and re.fullmatch(r"(?:19|20)\d{2}", first):
        second = first[:2] + second  # "2016-19"
    if (day := re.fullmatch(r"(\d{1,2})(?:\s+(\d{4}))?", second)) and (
        month := re.fullmatch(rf"(?:the\s+)?(?:\d{{1,2}}\s+(?:of\s+)?({_MONTH})|({_MONTH})\.?\s+\d{{1,2}})", first)
    ):
        second = f"{month[1] or month[2]} {day[1]} {day[2] or ''}".strip()  # "June 20 to 22 2023"
    closing = _resolve_date(second, published, future)
    if closing is None or closing.granularity == "span":
        return None
    if re.fullmatch(r"\d{1,2}", first) and closing.granularity == "day":
        opening = _day(closing.start.year, closing.start.month, int(first), first)  # "20 to 22 March 2023"
    elif re.search(r"\b\d{4}\b", first):
        opening = _resolve_date(first, published, future)
    else:
        opening = _resolve_date(first, closing.end, False)  # "March to May 2023": the March before May
    if opening is None or opening.granularity == "span" or opening.start >= closing.start:
        return None
    return DateRange(opening.start, closing.end, expression, "span", opening, closing)


# A part of a month, year or decade, as a share of it from its start: (first, last), each 0 to 1.
# News prose is loose about where "early" ends and "mid" begins, so neighbouring parts share their
# border: a record of 10 March is both "early March" and "mid-March", never refuted by either.
PARTS = {
    "early": (0, 1 / 3),
    "start": (0, 1 / 3),
    "beginning": (0, 1 / 3),
    "first days": (0, 1 / 3),
    "mid": (1 / 3, 2 / 3),
    "middle": (1 / 3, 2 / 3),
    "late": (2 / 3, 1),
    "end": (2 / 3, 1),
    "close": (2 / 3, 1),
    "last days": (2 / 3, 1),
    "first half": (0, 1 / 2),
    "second half": (1 / 2, 1),
    "latter half": (1 / 2, 1),
    "first quarter": (0, 1 / 4),
    "second quarter": (1 / 4, 1 / 2),
    "third quarter": (1 / 2, 3 / 4),
    "fourth quarter": (3 / 4, 1),
    "last quarter": (3 / 4, 1),
}
# the thirds, whose borders are loose; halves and quarters are exact
LOOSE_PARTS = frozenset(
    {"early", "start", "beginning", "first days", "mid", "middle", "late", "end", "close", "last days"}
)
# weeks count in days from the start of a month (or back from its end)
WEEKS = {"first week": 0, "second week": 7, "third week": 14, "fourth week": 21, "last week": -7}
PART_RE = re.compile(
    r"(?:at\s+)?(?:the\s+)?(?P<part>"
    + "|".join(sorted([*PARTS, *WEEKS], key=len, reverse=True))
    + r")(?:\s*-\s*|\s+of\s+(?:the\s+)?|\s+)(?P<whole>.+)"
)


def part_of(whole: DateRange, part: str, expression: str) -> DateRange:
    """``part`` ("early", "the end of", "the first week of") of a month, year or decade.

    A day or a week is returned as it is: "early Wednesday" is Wednesday.
    """
    if part in WEEKS and whole.granularity == "month":
        offset = WEEKS[part]
        first = whole.start + dt.timedelta(days=offset) if offset >= 0 else whole.end + dt.timedelta(days=offset + 1)
        return DateRange(first, min(first + dt.timedelta(days=6), whole.end), expression, "week")
    if part not in PARTS or whole.granularity not in ("month", "year", "decade"):
        return whole
    low, high = PARTS[part]
    if whole.granularity == "month":
        # days 1-10, 10-20 and 20-31 for early, mid and late: a third of the month, borders shared
        days = (whole.end - whole.start).days + 1
        first = whole.start + dt.timedelta(days=round(low * days) - (1 if low else 0))
        last = whole.start + dt.timedelta(days=max(round(high * days) - 1, 0))
        return DateRange(max(first, whole.start), min(last, whole.end), expression, "week")
    # years in months (early = January to April), decades in years (early = years 0 to 3)
    unit_count = 12 if whole.granularity == "year" else 10
    first_unit = math.floor(low * unit_count)
    last_unit = max(math.ceil(high * unit_count) - 1, first_unit)
    if part in LOOSE_PARTS and low and low * unit_count == first_unit:
        first_unit -= 1  # thirds of a year share their border months: "mid-2023" is April to August
    if whole.granularity == "year":
        year = whole.start.year
        first = dt.date(year, first_unit + 1, 1)
        last = dt.date(year, last_unit + 1, calendar.monthrange(year, last_unit + 1)[1])
        return DateRange(first, last, expression, "month")
    decade = whole.start.year
    return DateRange(dt.date(decade + first_unit, 1, 1), dt.date(decade + last_unit, 12, 31), expression, "year")


def _back(published: dt.date, amount: float, unit: str | None) -> dt.date:
    """The day ``amount`` units before ``published``."""
    if unit == "day":
        return published - dt.timedelta(days=round(amount))
    if unit in ("week", "week2"):
        return published - dt.timedelta(days=round(amount * (14 if unit == "week2" else 7)))
    months = to_months(Amount("=", amount, unit)).value
    whole = math.floor(months)
    day = add_months(published, -whole)
    return day - dt.timedelta(days=round((months - whole) * 365.2425 / 12))


def _ago_bounded(amount: Amount, published: dt.date, expression: str) -> DateRange:
    """ "More than 18 months ago" is any day before the day 18 months back; "less than a year ago"
    any day since the day a year back; "nearly two years ago" between 85 % and all of the span back."""
    back = _back(published, amount.value, amount.unit)
    granularity = "day" if amount.unit == "day" else "month"
    if amount.op in (">", ">="):
        return DateRange(dt.date.min, back, expression, granularity)
    if amount.op in ("<", "<="):
        return DateRange(back, published, expression, granularity)
    return DateRange(back, _back(published, 0.85 * amount.value, amount.unit), expression, granularity)


def _ago_between(amount: Amount, published: dt.date, expression: str) -> DateRange:
    """ "Two to three years ago": from the farther end to the nearer, to the whole month."""
    in_months = to_months(amount)
    first = add_months(published, -round(in_months.high or in_months.value))
    last = add_months(published, -round(in_months.value))
    last_day = calendar.monthrange(last.year, last.month)[1]
    return DateRange(first.replace(day=1), last.replace(day=last_day), expression, "month")


# Holidays on the same day every year, wherever they are kept.
FIXED_HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17),
    "bastille day": (7, 14),
}
# Holidays a number of days from Easter Sunday (the Western churches' date).
EASTER_HOLIDAYS = {
    "good friday": -2,
    "holy saturday": -1,
    "easter": 0,
    "easter sunday": 0,
    "easter day": 0,
    "easter monday": 1,
}
_HOLIDAY_RE = re.compile(
    "("
    + "|".join(re.escape(h) for h in sorted([*FIXED_HOLIDAYS, *EASTER_HOLIDAYS], key=len, reverse=True))
    + r")(?:\s+(?:of\s+)?(\d{4}))?"
)


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own name)
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday_in(name: str, year: int) -> dt.date | None:
    if name in EASTER_HOLIDAYS:
        return easter_sunday(year) + dt.timedelta(days=EASTER_HOLIDAYS[name])
    month, day = FIXED_HOLIDAYS[name]
    return dt.date(year, month, day)


def _holiday(match: re.Match[str], published: dt.date | None, future: bool, expression: str) -> DateRange | None:
    """ "Christmas Day 2021", "Easter Monday 2025"; a bare "Christmas" is the latest one not after
    the publication date (with ``future``, the first one not before it)."""
    name = match[1]
    if match[2]:
        day = _holiday_in(name, int(match[2]))
        return DateRange(day, day, expression, "day") if day else None
    if published is None:
        return None
    year = published.year
    if future and _holiday_in(name, year) < published:
        year += 1
    elif not future and _holiday_in(name, year) > published:
        year -= 1
    day = _holiday_in(name, year)
    return DateRange(day, day, expression, "day") if day else None


def _within_its_year(text: str, expression: str) -> DateRange | None:
    """The year an otherwise unparsed expression names ("the spring of 2021", "the first week of
    March 2021"): coarser than the expression, never wrong about the year."""
    years = set(re.findall(r"\b((?:1[0-9]|20)\d{2})\b", text))
    if len(years) != 1 or re.search(r"\b(?:before|after|since|until|till|between|to|and|or|-)\b", text):
        return None
    year = int(years.pop())
    if match := re.search(r"\b(spring|summer|autumn|fall)\b", text, re.IGNORECASE):
        return season_of(year, match[1].lower(), expression)
    return DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31), expression, "year")


# The seasons of the northern hemisphere, where most English-language news is written, from the first
# day of the meteorological season to the last of the astronomical one (the 20th to 22nd).
_SEASONS = {"spring": ((3, 1), (6, 20)), "summer": ((6, 1), (9, 22)), "autumn": ((9, 1), (12, 21))}


def season_of(year: int, season: str, expression: str) -> DateRange:
    """The spring, summer or autumn ("fall") of ``year``."""
    (first_month, first_day), (last_month, last_day) = _SEASONS["autumn" if season == "fall" else season]
    return DateRange(dt.date(year, first_month, first_day), dt.date(year, last_month, last_day), expression, "season")


# Words that place an expression on the calendar, even when it cannot be resolved to dates.
PLACING_WORDS_RE = re.compile(
    rf"\b(?:{_MONTH}|{_WEEKDAY}|spring|summer|autumn|fall|winter|(?:1[0-9]|20)\d{{2}}s?)\b", re.IGNORECASE
)
