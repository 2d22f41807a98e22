"""What ``office_holders`` datasets say: which office a title names, and who held it when.

Shared by the office-holder checker and by checkers that meet an office in their claims ("which
the Russian president accepted": who was that on the day?).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from verify.datasets import Dataset
from verify.extract.roles import OFFICE_WORDS, PAST_MARKERS, TITLE_QUALIFIERS
from verify.matching import contains_phrase, normalize, same_country


def longest_phrase(text: str, phrases: list[str]) -> int:
    """Word length of the longest phrase contained in ``text`` (0 if none)."""
    return max((len(normalize(p).split()) for p in phrases if contains_phrase(text, p)), default=0)


def _without_country(office: str, countries: list[str]) -> str:
    """An office alias without the country words in it ("Chinese leader" -> "leader")."""
    words = normalize(office).split()
    country_words = {w for c in countries for w in normalize(c).split()}
    left = [w for w in words if w not in country_words]
    return " ".join(left) if left != words else ""


def holds_during(row: dict[str, Any], first: dt.date, last: dt.date) -> bool:
    """Whether the row's term overlaps the days ``first`` to ``last`` (a term's last day is its successor's first)."""
    start, end = row.get("start_date"), row.get("end_date")
    return bool(start) and start <= last and (end is None or first < end or first == end == start)


def holds_throughout(row: dict[str, Any], first: dt.date, last: dt.date) -> bool:
    """Whether the row's term covers every day ``first`` to ``last``, leaving none to a new holder
    (a successor takes office on the day the term ends)."""
    start, end = row.get("start_date"), row.get("end_date")
    return bool(start) and start <= first and (end is None or end > last)


def unnamed_title_words(title: str, dataset: Dataset, row: dict[str, Any]) -> set[str]:
    """The capitalised words of ``title`` that neither the row's office nor its country names:
    "european" and "commission" of "European Commission President" for the President of France,
    "zealand" of "New Zealand captain" for South Africa's captain. A title's country may be said its
    own way ("Chinese" for China)."""
    said = {
        w for name in (*dataset.names(row, "office"), *dataset.names(row, "country")) for w in normalize(name).split()
    }
    return {w for w in _capitalised_words(title) if w not in said and not any(same_country(w, other) for other in said)}


def names_an_owner(title: str) -> bool:
    """Whether ``title`` names whose office it is, in words no office has ("leader of the Labour
    Party", "Twitter CEO"), not only the kind of office ("President", "Foreign Minister")."""
    return bool(_capitalised_words(title) - OFFICE_WORDS)


def _capitalised_words(title: str) -> set[str]:
    """The normalised capitalised words of a title, less "former", "deputy" and the like."""
    words = {part for word in title.split() if word[:1].isupper() for part in normalize(word).split()}
    return words - {*PAST_MARKERS, *TITLE_QUALIFIERS, "the", "of", "and"}


def office_names(dataset: Dataset, row: dict[str, Any]) -> list[str]:
    """A row's office names, each also without its country words, for a title that names the
    country its own way ("PRC leader" for the alias "Chinese leader")."""
    return list(_office_variants(tuple(dataset.names(row, "office")), tuple(dataset.names(row, "country"))))


@lru_cache(maxsize=4096)
def _office_variants(offices: tuple[str, ...], countries: tuple[str, ...]) -> tuple[str, ...]:
    # cached: every role claim reads the offices of the same records
    return tuple(o for o in offices + tuple(_without_country(o, list(countries)) for o in offices) if o)


def terms_held_on(datasets: Any, person: str, day: dt.date, title: str | None = None) -> list[tuple[Dataset, dict]]:
    """The person's terms (in an office ``title`` names, when given) that ran on ``day``."""
    return [(dataset, row) for dataset, row in terms_of(datasets, person, title) if holds_during(row, day, day)]


def holders_of(datasets: Any, title: str, day: dt.date) -> list[str]:
    """Who held the office a title names ("Russian president") on ``day``, by every office-holder
    dataset; [] when no dataset knows the office or its country."""
    found: list[str] = []
    for dataset in datasets.by_kind("office_holders"):
        for row in dataset.rows_naming(title, "country"):
            if longest_phrase(title, office_names(dataset, row)) and holds_during(row, day, day):
                found.append(row["person"])
    return list(dict.fromkeys(found))


# how close a person's name must be to a record's to be that person (a dataset may set its own)
PERSON_MATCH = 90.0


def terms_of(datasets: Any, person: str, title: str | None = None) -> list[tuple[Dataset, dict[str, Any]]]:
    """Every term recorded of the person, in every ``office_holders`` dataset; with ``title``, only
    those in an office it names ("took over as CEO"; not "as Labour leader" for the Conservative one)."""
    return [
        (dataset, row)
        for dataset in datasets.by_kind("office_holders")
        for row in dataset.rows_named(person, "person", dataset.threshold(PERSON_MATCH))
        if not title
        or (longest_phrase(title, office_names(dataset, row)) and not unnamed_title_words(title, dataset, row))
    ]


def unbroken_runs(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Terms of one office that follow one another without a break, as one run each (a dataset may
    give each electoral term a row: 2000-2004 and 2004-2008 are "from 2000 to 2008"). A term that
    starts the day after the last one ended follows it too: sources date a second term from the day
    after the first ends (2014-11-01 to 2019-11-30, then from 2019-12-01)."""
    runs: list[list[dict[str, Any]]] = []
    for row in sorted(rows, key=lambda r: (r["office"], r["start_date"])):
        last = runs[-1][-1] if runs else None
        if (
            last
            and last["office"] == row["office"]
            and last.get("end_date")
            and row["start_date"] - dt.timedelta(days=1) <= last["end_date"]
        ):
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


def times_in_office(terms: list[tuple[Dataset, dict[str, Any]]]) -> list[list[tuple[Dataset, dict[str, Any]]]]:
    """Terms grouped into times in office: terms that follow one another (a day apart at most) or
    overlap, whatever the office, are one time (Kim Jong-un's First Secretaryship in 2012 came
    while he was already Supreme Leader)."""
    times: list[list[tuple[Dataset, dict[str, Any]]]] = []
    held_until = dt.date.min
    for dataset, row in sorted(terms, key=lambda pair: pair[1]["start_date"]):
        if times and row["start_date"] - dt.timedelta(days=1) <= held_until:
            times[-1].append((dataset, row))
        else:
            times.append([(dataset, row)])
        held_until = max(held_until, row.get("end_date") or dt.date.max)
    return times


def office_changes(
    terms: list[tuple[Dataset, dict[str, Any]]], change: str, power: bool = False
) -> list[tuple[Dataset, dict[str, Any]]]:
    """The terms whose start (``change`` "start") or end ("end") changes someone's office: where a
    run of terms begins or ends, as a dataset may give each cabinet a row; with ``power``, where a
    time in office begins (one comes to power once, however many offices one then holds)."""
    if power and change == "start":
        return [time[0] for time in times_in_office(terms)]
    dataset_of = {id(row): dataset for dataset, row in terms}
    ends = [run[0] if change == "start" else run[-1] for run in unbroken_runs([row for _, row in terms])]
    return [(dataset_of[id(row)], row) for row in ends]
