"""Built-in checker: "PRC President Xi Jinping" against ``office_holders`` datasets.

Works for any dataset of that kind (columns ``person``, ``person_aliases``,
``office``, ``office_aliases``, ``country``, ``country_aliases``,
``start_date``, ``end_date``; an empty end date means still in office).

The title in the claim picks the office: the longest office alias and the
longest country alias it contains. The holder of that office on the
claim's date (the article's publication date unless the sentence gives
one) supports the claim when it is the named person and refutes it when it
is someone else.
"""

from __future__ import annotations

import datetime as dt

import verify
from verify.aggregate import either_reading, first_decisive
from verify.datasets import Dataset
from verify.extract import OFFICE_WORDS, TITLE_QUALIFIERS
from verify.matching import contains_phrase, normalize, office_head, record_name_score
from verify.offices import (
    PERSON_MATCH,
    holds_during,
    holds_throughout,
    longest_phrase,
    names_an_owner,
    office_changes,
    office_names,
    terms_of,
    times_in_office,
    unbroken_runs,
    unnamed_title_words,
)
from verify.timeexpr import Amount, elapsed

# words that make an office a stand-in for another: "Acting President of Russia"
PROVISIONAL = frozenset({"acting", "interim", "caretaker"})


def _threshold(dataset: Dataset) -> float:
    return dataset.threshold(PERSON_MATCH)


def _is_person(dataset: Dataset, row, person: str) -> float:
    return record_name_score(person, dataset.names(row, "person"))


def _term(row) -> str:
    end = row.get("end_date")
    return f"{row['start_date'].isoformat()} to {end.isoformat() if end else 'present'}"


def _evidence(dataset: Dataset, row, score: float) -> verify.Evidence:
    return verify.Evidence(
        dataset=dataset.name,
        dataset_version=dataset.version,
        record=dataset.key(row),
        matched=f"{row.get('person')}, {row.get('office')} ({_term(row)}); name threshold {_threshold(dataset):g}",
        score=score,
        source=dataset.row_source(row),
    )


def _own_evidence(dataset: Dataset, row, person: str) -> verify.Evidence:
    """The evidence of a term of the person named, scored by how well the name matches."""
    return _evidence(dataset, row, _is_person(dataset, row, person))


def _some_of(names: list[str], separator: str = "; ") -> str:
    """At most three of ``names``, and how many more there are."""
    return separator.join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def _denied(verdict: verify.Verdict, person: str) -> verify.Verdict:
    """ "Li Keqiang is not China's premier": what would support the role refutes its denial, and
    another holder on the date supports it."""
    turned = {verify.SUPPORTED: verify.REFUTED, verify.REFUTED: verify.SUPPORTED}.get(verdict.label)
    if turned is None:
        return verdict
    return verify.Verdict(
        turned,
        verdict.confidence,
        f"{verdict.explanation} The sentence denies it of {person}.",
        verdict.evidence,
    )


# the shortest time after taking an office in which one is sworn in for it again
_SWORN_AGAIN_AFTER = dt.timedelta(days=365)
# how long after the day a term is recorded to begin its oath may be taken
_OATH_WITHIN = dt.timedelta(days=14)


def _offices_begun_by(dataset: Dataset, title: str, person: str) -> list[tuple[int, int, dict]]:
    """For a dataset without short office names: "Prime Minister" is how "Prime Minister of the
    United Kingdom" begins, when the person named is recorded in that office. Every row of that
    office, scored as the title naming no country."""
    words = normalize(title).split()
    offices = {
        office
        for row in dataset.rows_named(person, "person", _threshold(dataset))
        for office in dataset.names(row, "office")
        if normalize(office).split()[: len(words)] == words
    }
    rows = {id(row): row for office in offices for row in dataset.rows_naming(office, "office")}
    return [(0, len(words), row) for row in rows.values() if row.get("office") in offices]


def _term_ends(slots) -> tuple[tuple[dt.date, dt.date], tuple[dt.date, dt.date]] | None:
    """The days a "term" claim says it began in and ended in ("from 2016 to 2019")."""
    keys = ("opening", "opening_end", "closing", "closing_end")
    if slots.get("tense") != "term" or not all(slots.get(k) for k in keys):
        return None
    opening, opening_end, closing, closing_end = (dt.date.fromisoformat(slots[k]) for k in keys)
    return (opening, opening_end), (closing, closing_end)


def _as_said(first: dt.date, last: dt.date) -> str:
    """A year, a month or days as the sentence would say them: "2016", "2022-10", "2023-03-20"."""
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return str(first.year)
    if first.day == 1 and (last + dt.timedelta(days=1)).day == 1 and first.replace(day=1) == last.replace(day=1):
        return first.isoformat()[:7]
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def _term_verdict(
    dataset: Dataset,
    person: str,
    rows: list[dict],
    named: list[dict],
    ends: tuple[tuple[dt.date, dt.date], tuple[dt.date, dt.date]],
    as_of: dt.date,
) -> verify.Verdict:
    """ "May was prime minister from 2016 to 2019": a term of the person's that began in the first
    end and ended in the second supports it; another holder between the two ends refutes it. A term
    that ran longer than the sentence says, or is still running, is only unconfirmed: the words do
    not say it ended."""
    (opening, opening_end), (closing, closing_end) = ends
    said = f"from {_as_said(opening, opening_end)} to {_as_said(closing, closing_end)}"

    for run in unbroken_runs(named):
        begun, end = run[0]["start_date"], run[-1].get("end_date")
        if opening <= begun <= opening_end and end and closing <= end <= closing_end:
            row = run[0]
            held = f"{begun} to {end}" if len(run) > 1 else _term(row)
            return verify.Verdict(
                verify.SUPPORTED,
                0.9,
                f"{row['person']} held the office of {row['office']} {held}.",
                [_own_evidence(dataset, row, person) for row in run],
            )
    overlapping = [row for row in named if holds_during(row, opening, closing_end)]
    # Between the two ends the sentence has the person in office throughout; with no term of theirs
    # in the whole span, anyone recorded in it contradicts the sentence.
    core = (
        (opening_end + dt.timedelta(days=1), closing - dt.timedelta(days=1)) if overlapping else (opening, closing_end)
    )
    others = [row for row in rows if row not in named and core[0] <= core[1] and holds_during(row, *core)]
    if others:
        names = " and ".join(f"{row['person']} ({_term(row)})" for row in others)
        own_terms = f"; {person} held it " + ", ".join(_term(row) for row in named) if named else ""
        # the first day the sentence has the person in office and the record another holder
        day = max(core[0], others[0]["start_date"])
        return verify.Verdict(
            verify.REFUTED,
            0.85,
            f"On {day.isoformat()}, when the sentence has {person} in office ({said}), the office of "
            f"{others[0]['office']} was held by {names}{own_terms}.",
            [_evidence(dataset, row, 100.0) for row in others] + [_own_evidence(dataset, row, person) for row in named],
        )
    if overlapping:
        row = overlapping[0]
        running = f", still on {as_of.isoformat()}" if not row.get("end_date") else ""
        return verify.Verdict(
            verify.NOT_ENOUGH_INFO,
            0.4,
            f"{row['person']} held the office of {row['office']} {_term(row)}{running}; the sentence says {said}, "
            "and the data record no other holder in between.",
            [_own_evidence(dataset, row, person)],
        )
    return verify.Verdict(
        verify.NOT_ENOUGH_INFO,
        0.3,
        f"The reference data does not record {person} as {rows[0]['office']} {said}."
        if rows
        else f"The reference data does not record {person} in this office.",
    )


# how long before a term ends its holder may announce a resignation ("Johnson resigned as party
# leader on 7 July 2022" and left office as prime minister on 6 September; "Costa resigned in November
# 2023" and stayed on as caretaker until 2 April 2024; Rutte, who resigned in July 2023, until July 2024)
_NOTICE_DAYS = 366


def _held_in_one_row(terms: list, first: dt.date, last: dt.date) -> list:
    """The terms that run through ``first`` to ``last`` in an office the data hold in that one row (not
    one whose terms they record one by one, where another row of the office follows or precedes it)."""
    return [
        (dataset, row)
        for dataset, row in terms
        if row.get("start_date")
        and row["start_date"] < first
        and (not row.get("end_date") or row["end_date"] >= last)
        and not any(other is not row and other.get("office") == row.get("office") for _, other in terms)
    ]


def _office_change_verdict(context, slots) -> verify.Verdict:
    """ "Yoon took office in May 2022", "Abe left office in September 2020": a term of the person's, in
    any office recorded, began (or ended) in the period; with no date, at some time before the
    article. Terms that began at other times are no contradiction: the office meant may be one the
    data lack."""
    person, change = slots["person"], slots["office_change"]
    column, verb = ("start_date", "took") if change == "start" else ("end_date", "left")
    first = dt.date.fromisoformat(slots["date"]) if slots.get("date") else dt.date.min
    last = dt.date.fromisoformat(slots["date_end"]) if slots.get("date_end") else None
    last = last or (dt.date.fromisoformat(slots["as_of"]) if slots.get("as_of") else dt.date.max)
    title = slots.get("title")  # "took over as chief executive": only terms in the office named
    terms = terms_of(context.datasets, person, title)
    if not terms:
        return verify.Verdict(verify.NOT_ENOUGH_INFO, 0.2, f"The reference data record no office of {person}'s.")
    eligible = office_changes(terms, change, power=slots.get("office_noun") == "power")
    if slots.get("office_noun") == "term":
        # "Guterres began his second term on January 1, 2022": each term recorded, not only where a
        # run of them begins
        eligible = terms
    changes = [(dataset, row) for dataset, row in eligible if row.get(column) and first <= row[column] <= last]
    renewed = not changes and slots.get("office_noun") == "term" and slots.get("date")
    if renewed and (running := _held_in_one_row(terms, first, last)):
        # a term renewed inside a time in office the data record as one row
        row = running[0][1]
        return verify.Verdict(
            verify.NOT_ENOUGH_INFO,
            0.3,
            f"{row['person']} held the office of {row['office']} through {_as_said(first, last)} ({_term(row)}); "
            "the data do not record its terms one by one.",
            [_own_evidence(dataset, row, person) for dataset, row in running],
        )
    if changes:
        # the latest: "six weeks after she took office" tells of Truss becoming prime minister, not
        # of her first cabinet post
        changes.sort(key=lambda pair: pair[1][column], reverse=True)
        row = changes[0][1]
        return verify.Verdict(
            verify.SUPPORTED,
            0.85,
            f"{row['person']} {verb} the office of {row['office']} on {row[column]} ({_term(row)}).",
            [_own_evidence(dataset, row, person) for dataset, row in changes],
        )
    said = f"between {first} and {last}" if slots.get("date") else f"before {last}"
    recorded = _some_of([f"{row['office']} {_term(row)}" for _, row in eligible])
    if slots.get("resigned") and slots.get("date"):
        # "Truss resigned as prime minister on October 20" and left office on the 25th: a
        # resignation is announced weeks before the term ends
        announced = [
            (dataset, row)
            for dataset, row in eligible
            if row.get(column) and last < row[column] <= last + dt.timedelta(days=_NOTICE_DAYS)
        ]
        if announced:
            row = announced[0][1]
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.4,
                f"{row['person']} left the office of {row['office']} on {row[column]}, after {_as_said(first, last)}: "
                "a resignation may be announced before the term ends, and the data do not date the announcement.",
                [_own_evidence(dataset, row, person) for dataset, row in announced],
            )
    if title and eligible and slots.get("date"):
        # "took over as CEO in 2012": the office named was taken (or left) at another time; told by
        # the office itself rather than an acting one
        # (of several terms, the change nearest the day told)
        row = min(
            eligible,
            key=lambda pair: (
                bool(PROVISIONAL & set(normalize(pair[1]["office"]).split())),
                abs((pair[1][column] - first).days) if pair[1].get(column) and first != dt.date.min else 0,
            ),
        )[1]
        told = (
            f"{row['person']} {verb} the office of {row['office']} on {row[column]}"
            if row.get(column)
            else f"{row['person']} has held the office of {row['office']} since {row['start_date']}"
        )
        return verify.Verdict(
            verify.REFUTED, 0.8, f"{told}; not {said}.", [_own_evidence(d, r, person) for d, r in eligible]
        )
    near = [
        (dataset, row) for dataset, row in eligible if slots.get("date") and _misdated(row.get(column), first, last)
    ]
    if len(near) == 1:
        # "Milei took office on December 1, 2023": the one change recorded within weeks of it, misdated
        dataset, row = near[0]
        return verify.Verdict(
            verify.REFUTED,
            0.7,
            f"{row['person']} {verb} the office of {row['office']} on {row[column]}, not {_as_said(first, last)}: "
            "the one change of office recorded within weeks of it.",
            [_own_evidence(dataset, row, person)],
        )
    return verify.Verdict(
        verify.NOT_ENOUGH_INFO,
        0.4,
        f"No recorded term of {person}'s {'began' if change == 'start' else 'ended'} {said} ({recorded}); "
        "the sentence names no office, and the one it means may not be in the data.",
        [_own_evidence(dataset, row, person) for dataset, row in eligible],
    )


def _offices_of(time: list[tuple]) -> str:
    """The offices of a time in office, at most three named."""
    return _some_of(list(dict.fromkeys(row["office"] for _, row in time)), ", ")


def _with_article(place: str) -> str:
    """ "the United Kingdom", "the Netherlands"; "France", "Apple" as they are."""
    plural_or_union = place.endswith(("Republic", "Islands", "Emirates", "lands", "States", "Kingdom", "Union"))
    if plural_or_union or place.split()[0] in ("United", "Republic", "Democratic", "People's"):
        return f"the {place}"
    return place


# words of offices held outside a country's government
_OUT_OF_GOVERNMENT = frozenset({"party", "opposition"})


def _out_of_government(dataset: Dataset, row: dict) -> bool:
    """The opposition's leader, or a party's leader or president ("Leader of the Liberal Party of
    Canada", "President of the LDP"); not a ruling party's general secretary, who leads a one-party
    state ("General Secretary of the Chinese Communist Party")."""
    for name in dataset.names(row, "office"):
        words = set(normalize(name).split())
        if "opposition" in words or ("party" in words and office_head(name) in ("leader", "president")):
            return True
    return False


def _time_in_office_verdict(context, slots) -> verify.Verdict:
    """ "Kim Jong-un has ruled North Korea since 2011", "Ballmer led Microsoft from 2000 to 2014": a
    time in office, in any office of the country or organisation led (``realm``), with no break
    between its terms, that began in the period (and still runs on the article's date: ``since``)
    or began and ended at the two dates (``term``). Anything else is unconfirmed: the sentence
    names no office, and leading may have begun before the first office the data record."""
    person, realm = slots["person"], slots["realm"]
    as_of = dt.date.fromisoformat(slots["as_of"]) if slots.get("as_of") else None
    if slots.get("date"):
        first, last = dt.date.fromisoformat(slots["date"]), dt.date.fromisoformat(slots["date_end"])
        as_of = as_of or last
    ends = _term_ends(slots)
    # "has been in power since 2000" names no realm: every office counts
    terms = [
        (dataset, row)
        for dataset, row in terms_of(context.datasets, person)
        if realm is None
        or record_name_score(realm, dataset.names(row, "country")) >= PERSON_MATCH
        or any(contains_phrase(office, realm) for office in dataset.names(row, "office"))
    ]
    # (a party's or the opposition's leader does not govern the country: "Trudeau, who governed
    # Canada from 2015", Liberal leader from 2013; unless the realm is the party, "has led his party")
    if not _OUT_OF_GOVERNMENT & set(normalize(realm or "").split()):
        governing = [(d, row) for d, row in terms if not _out_of_government(d, row)]
        terms = governing or terms
    if not terms:
        return verify.Verdict(
            verify.NOT_ENOUGH_INFO,
            0.2,
            f"The reference data record no office of {person}'s{f' in {realm}' if realm else ''}.",
        )
    # the realm as the data name it: "France" for "the French president, who has led the country"
    where = f" in {_with_article(terms[0][1].get('country') or realm)}" if realm else ""
    times = times_in_office(terms)
    amount = Amount.from_slots(slots["held_for"]) if slots.get("held_for") else None
    for time in times:
        began = time[0][1]["start_date"]
        ended = None if any(not r.get("end_date") for _, r in time) else max(r["end_date"] for _, r in time)
        held = f"{began} to {ended or 'present'}"
        offices = _offices_of(time)
        evidence = [_own_evidence(dataset, row, person) for dataset, row in time]
        if amount is not None and (ended or as_of) and amount.holds_for(elapsed(began, ended or as_of, amount.unit)):
            return verify.Verdict(
                verify.SUPPORTED,
                0.85,
                f"{person} held office{where} {held} ({offices}); the claim says {amount.describe()}.",
                evidence,
            )
        if amount is not None:
            continue
        if slots["tense"] == "since" and first <= began <= last and (ended is None or ended >= as_of):
            return verify.Verdict(
                verify.SUPPORTED, 0.85, f"{person} has held office{where} since {began} ({offices}).", evidence
            )
        if ends and ends[0][0] <= began <= ends[0][1] and ended and ends[1][0] <= ended <= ends[1][1]:
            return verify.Verdict(verify.SUPPORTED, 0.85, f"{person} held office{where} {held} ({offices}).", evidence)
    told = str(slots.get("date_expression") or "")
    if slots["tense"] == "since" and amount is None and slots.get("date") and "ago" not in told.lower():
        # "Jensen Huang has led the company since 2003": one term of one office that began well before
        # and runs on cannot have begun then (terms of several offices may not be the leading meant:
        # "Ruto has been in office" as president, not since his deputy presidency)
        for time in times:
            began = time[0][1]["start_date"]
            ongoing = all(not r.get("end_date") or (as_of and r["end_date"] >= as_of) for _, r in time[-1:])
            one_office = len({r.get("office") for _, r in time}) == 1
            # (or the office it began with still runs: Kim Jong-un, Supreme Leader since 2011, has
            # ruled since then, whatever offices he took beside it)
            first_runs = any(
                r["start_date"] == began and (not r.get("end_date") or (as_of and r["end_date"] >= as_of))
                for _, r in time
            )
            if (
                (one_office or first_runs)
                and ongoing
                and first > dt.date.min + _MISDATED_WITHIN
                and began < first - _MISDATED_WITHIN
            ):
                return verify.Verdict(
                    verify.REFUTED,
                    0.75,
                    f"{person} has held office{where} since {began} ({_offices_of(time)}), unbroken, "
                    f"long before {slots.get('date_expression') or first.isoformat()}.",
                    [_own_evidence(dataset, row, person) for dataset, row in time],
                )
    recorded = "; ".join(f"from {time[0][1]['start_date']}: {_offices_of(time)}" for time in times)
    return verify.Verdict(
        verify.NOT_ENOUGH_INFO,
        0.4,
        f"{person}'s recorded time in office{where} ({recorded}) does not bear out "
        f"“{slots.get('date_expression') or amount.describe()}”; "
        "the sentence names no office, and the data may not record the one it means.",
        [_own_evidence(dataset, row, person) for dataset, row in terms],
    )


# A change of office recorded this close to the one told is that one misdated: an office the data
# lack is rarely taken within weeks of one they record ("Xi succeeded Hu" as the party's leader in
# November 2012 and as president in March 2013)
_MISDATED_WITHIN = dt.timedelta(days=45)


def _misdated(day: dt.date | None, first: dt.date, last: dt.date) -> bool:
    """Whether ``day`` falls outside a day or a month told, ``first`` to ``last``, but within weeks of
    it (a year told is too coarse: "Kim Jong-un took power in 2012" may mean the party's first
    secretaryship, weeks after the Supreme Leader's office the data record)."""
    if day is None or (last - first).days > 31 or first <= day <= last:
        return False
    return first - _MISDATED_WITHIN <= day <= last + _MISDATED_WITHIN


def _contradicted(
    explanation: str, title: str | None, evidence: list[verify.Evidence], misdated: bool = False
) -> verify.Verdict:
    """A succession the records contradict: refuted in the office the sentence names, or ``misdated``
    by weeks; with no office named, only unconfirmed, as the one meant may be one the data lack
    ("Xi succeeded Hu in 2012" as the party's leader, not yet as president)."""
    if title or misdated:
        return verify.Verdict(verify.REFUTED, 0.8, f"{explanation}.", evidence)
    return verify.Verdict(
        verify.NOT_ENOUGH_INFO,
        0.4,
        f"{explanation}; the sentence names no office, and the one it means may not be in the data.",
        evidence,
    )


def _runs_after(dataset: Dataset, terms: list[dict], person: str, threshold: float) -> list[tuple[list[dict], dict]]:
    """The person's runs of consecutive terms in an office (``terms`` in order of their start), each
    with the term of someone else right before it."""
    runs: list[tuple[list[dict], dict]] = []
    for i, row in enumerate(terms):
        if _is_person(dataset, row, person) < threshold or i == 0:
            continue
        if runs and runs[-1][0][-1] is terms[i - 1]:
            runs[-1][0].append(row)  # the same person again: "acting", then elected
        else:
            runs.append(([row], terms[i - 1]))
    return runs


# How long before it takes effect an appointment may be made known
_ANNOUNCED_AHEAD = dt.timedelta(days=92)


def _held_for_verdict(context, slots) -> verify.Verdict | None:
    """ "Barnier served as prime minister for three months": a run of the person's terms in the
    office the title names (in the sentence's period, when it gives one) lasted that long. None when
    the data record no such term, for the office check to tell."""
    amount = Amount.from_slots(slots["held_for"])
    as_of = dt.date.fromisoformat(slots["as_of"]) if slots.get("as_of") else None
    period = None
    if slots.get("date_source") == "sentence" and slots.get("date"):
        period = (dt.date.fromisoformat(slots["date"]), dt.date.fromisoformat(slots.get("date_end") or slots["date"]))
    terms = terms_of(context.datasets, slots["person"], slots.get("title"))
    runs = [
        (dataset, run)
        for dataset in {id(d): d for d, _ in terms}.values()
        for run in unbroken_runs([row for d, row in terms if d is dataset])
        # (a term told up to its last day: "served as acting president for two months, until
        # Pezeshkian took office on July 28")
        if period is None or any(holds_during(row, *period) or row.get("end_date") == period[0] for row in run)
    ]
    lasted = []
    for dataset, run in runs:
        end = run[-1].get("end_date") or as_of
        if end is None:
            continue
        length = elapsed(run[0]["start_date"], end, amount.unit)
        lasted.append((amount.holds_for(length), length, dataset, run, end))
    if not lasted:
        return None
    held, length, dataset, run, end = max(lasted, key=lambda entry: entry[0])
    unit = f"{amount.unit}s"
    told = (
        f"{run[0]['person']} held the office of {run[0]['office']} from {run[0]['start_date']} to "
        f"{end if run[-1].get('end_date') else f'{end} (still held)'}: {length:.1f} {unit}"
    )
    evidence = [_own_evidence(dataset, row, slots["person"]) for row in run]
    if held:
        return verify.Verdict(verify.SUPPORTED, 0.85, f"{told}; the claim says {amount.describe()}.", evidence)
    if slots.get("held_for_by_then"):
        if any(amount.holds_for(length * step / 400) for step in range(400)):
            # "who had been prime minister for nearly two years": so long by some time the sentence
            # does not give, which the whole term outlasted
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.4,
                f"{told}; it had lasted {amount.describe()} at some time before its end, which the sentence does "
                "not give.",
                evidence,
            )
        if length >= _BY_THEN_SHORT * amount.value:
            # a round figure a little above the whole term ("almost two years" of 20 months) is no
            # falsehood of a term told as having lasted so long by then: the office check tells
            return None
    return verify.Verdict(verify.REFUTED, 0.8, f"{told}, not {amount.describe()}.", evidence)


# how much shorter than the length told a whole term may be, told as having lasted so long by then
_BY_THEN_SHORT = 0.8


def _only_office_words(dataset: Dataset, title: str, row: dict) -> bool:
    """Whether every word of ``title`` names the row's office or an office at all: "Foreign
    Secretary", not "the party's president" (an office of the party, not of the country)."""
    said = {w for name in office_names(dataset, row) for w in normalize(name).split()}
    return set(normalize(title).split()) - {"the", "of"} <= said | OFFICE_WORDS


def _successor_unlike(dataset: Dataset, slots: dict, threshold: float) -> list[verify.Verdict]:
    """ "Massa succeeded Fernandez as president of Argentina", of one the data never record in office:
    someone else took the office the title names right after the predecessor's term."""
    person, predecessor, title = slots["person"], slots["predecessor"], slots["title"]
    # "as vice president" names no presidency
    qualifiers = TITLE_QUALIFIERS & set(normalize(title).split())
    found = []
    for prior in dataset.rows_named(predecessor, "person", threshold):
        offices = office_names(dataset, prior)
        if (
            not prior.get("end_date")
            or not longest_phrase(title, offices)
            or unnamed_title_words(title, dataset, prior)
        ):
            continue
        if qualifiers and not any(qualifiers <= set(normalize(office).split()) for office in offices):
            continue
        office = prior["office"]
        later = [row for row in _terms_of(dataset, office) if row["start_date"] >= prior["end_date"]]
        if later and _right_after(later[:1], prior) and _is_person(dataset, later[0], predecessor) < threshold:
            found.append(
                _contradicted(
                    f"{later[0]['person']} took the office of {office} on {later[0]['start_date']} after "
                    f"{prior['person']} ({_term(prior)}), not {person}",
                    title,
                    [_evidence(dataset, row, 100.0) for row in (prior, later[0])],
                )
            )
    return found


def _terms_of(dataset: Dataset, office: str) -> list[dict]:
    """The recorded terms of one office, the earliest first."""
    return sorted(
        (row for row in dataset.rows_naming(office, "office") if row.get("office") == office),
        key=lambda row: row["start_date"],
    )


def _right_after(run: list[dict], prior: dict) -> bool:
    """Whether the prior term ended within a month of the run's start: with a longer gap the data
    may lack a holder in between."""
    end = prior.get("end_date")
    return end is not None and (run[0]["start_date"] - end).days <= 31


def _succession_verdict(context, slots) -> verify.Verdict:
    """ "Nadella succeeded Ballmer (as CEO) in 2014": in an office both are recorded in (the one the
    title names, if any), a term of the person's began right after a term of the predecessor's, and
    in the sentence's period when it gives one. Another holder recorded right before the person's
    term refutes it; so does the term beginning outside the period."""
    person, predecessor, title = slots["person"], slots["predecessor"], slots.get("title")
    first = dt.date.fromisoformat(slots["date"]) if slots.get("date") else None
    last = dt.date.fromisoformat(slots["date_end"]) if slots.get("date_end") else first
    contradictions: list[verify.Verdict] = []
    followers: list[verify.Verdict] = []
    for dataset in context.datasets.by_kind("office_holders"):
        threshold = _threshold(dataset)
        takers = dataset.rows_named(person, "person", threshold)
        offices = {row["office"] for row in takers} & {
            row["office"] for row in dataset.rows_named(predecessor, "person", threshold)
        }
        if title:
            # the office the title names, though the predecessor may be recorded in no term of it:
            # "Harris succeeded Biden as vice president" with only Pence's term before hers
            offices = {
                row["office"]
                for row in takers
                if longest_phrase(title, office_names(dataset, row)) and not unnamed_title_words(title, dataset, row)
            }
        for office in sorted(offices):
            terms = _terms_of(dataset, office)
            followed = _runs_after(dataset, terms, person, threshold)
            evidence = [_evidence(dataset, row, 100.0) for run, prior in followed for row in (prior, *run)]
            after_them = [
                (run, prior) for run, prior in followed if _is_person(dataset, prior, predecessor) >= threshold
            ]
            if after_them:
                run, prior = after_them[0]
                took = (
                    f"{run[0]['person']} took the office of {office} on {run[0]['start_date']}, "
                    f"after {prior['person']} ({_term(prior)})"
                )
                # an acting term and the full one after it are both the taking: Putin, acting president
                # on 31 December 1999, succeeded Yeltsin "in 2000" too
                if first and last and not any(first <= row["start_date"] <= last for row in run):
                    misdated = _misdated(run[0]["start_date"], first, last)
                    contradictions.append(
                        _contradicted(f"{took}; not between {first} and {last}", title, evidence, misdated)
                    )
                    continue
                return verify.Verdict(verify.SUPPORTED, 0.9, f"{took}.", evidence)
            own = [row for row in terms if _is_person(dataset, row, person) >= threshold]
            theirs = [row for row in terms if _is_person(dataset, row, predecessor) >= threshold]
            if own and theirs and all(row["start_date"] > own[0]["start_date"] for row in theirs):
                # the one said to be succeeded came to the office only after: "Soylu succeeded Yerlikaya"
                contradictions.append(
                    _contradicted(
                        f"{own[0]['person']} took the office of {office} on {own[0]['start_date']}, before "
                        f"{theirs[0]['person']} ({_term(theirs[0])})",
                        title,
                        [_evidence(dataset, row, 100.0) for row in (own[0], theirs[0])],
                    )
                )
            elif followed and (theirs or _right_after(*followed[0])):
                run, prior = followed[0]
                contradictions.append(
                    _contradicted(
                        f"{run[0]['person']} took the office of {office} on {run[0]['start_date']} after "
                        f"{prior['person']} ({_term(prior)}), not after {predecessor}",
                        title,
                        evidence,
                    )
                )
        if title and not offices:
            followers += _successor_unlike(dataset, slots, threshold)
    # one office that tells the succession is enough: Kim Jong-un followed his father as Supreme
    # Leader in 2011, and as the party's General Secretary (a title revived) only in 2021; failing
    # that, the office the title names had another holder after the predecessor
    if contradictions or followers:
        return (contradictions or followers)[0]
    return verify.Verdict(
        verify.NOT_ENOUGH_INFO,
        0.2,
        f"The reference data record no office that both {person} and {predecessor} held"
        + (f" matching “{title}”." if title else "."),
    )


class OfficeHolderChecker:
    name = "office-holder"
    kinds = {"role"}

    def check(self, claim, context):
        verdict = self._check(claim, context)
        if claim.slots.get("person_from_pronoun") and verdict.label == verify.REFUTED:
            # "She is prime minister": the pronoun read as the last person named may mean someone else
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.3,
                f"{verdict.explanation} But the sentence gives the office to a pronoun, read as "
                f"{claim.slots['person']}, which may mean someone else.",
                verdict.evidence,
            )
        return verdict

    def _check(self, claim, context):
        slots = claim.slots
        if slots.get("date") and slots.get("as_of") and slots["date"] > slots["as_of"]:
            # "will remain president until 2030": a term's future is a plan or a forecast, which a term
            # recorded "to present" neither bears out nor contradicts
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.2,
                f"The sentence tells of {slots['person']} in office from {slots['date']}, after the article's "
                f"date {slots['as_of']}: a plan or a forecast.",
            )
        if slots.get("office_change"):
            # "It is not true that Kim came to power in 2011": what would support it refutes its denial
            verdict = (
                _time_in_office_verdict(context, slots)
                if slots["office_change"] == "held"
                else _office_change_verdict(context, slots)
            )
            return _denied(verdict, slots["person"]) if slots.get("negated") else verdict
        if slots.get("predecessor"):
            verdict = _succession_verdict(context, slots)
            return _denied(verdict, slots["person"]) if slots.get("negated") else verdict
        if slots.get("held_for") and (length := _held_for_verdict(context, slots)):
            return _denied(length, slots["person"]) if slots.get("negated") else length
        if not slots.get("date"):
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO, 0.0, "No date to check the office on: the publication date is unknown."
            )
        # A sentence's "in 2010" is a range: the named person must hold the office at some point in it.
        first = dt.date.fromisoformat(slots["date"])
        last = dt.date.fromisoformat(slots.get("date_end") or slots["date"])
        person, title = slots["person"], slots["title"]
        as_of = dt.date.fromisoformat(slots["as_of"]) if slots.get("as_of") else last

        def in_dataset(dataset: Dataset) -> verify.Verdict | None:
            verdict = self._check_in(
                dataset,
                person,
                title,
                (first, last),
                slots.get("tense") or "present",
                as_of,
                _term_ends(slots),
                announced=bool(slots.get("announced")),
                won=bool(slots.get("won_office")),
            )
            if verdict and slots.get("story_date"):
                verdict = self._as_the_story_tells(dataset, slots, verdict, as_of)
            return verdict

        verdict = first_decisive(in_dataset(dataset) for dataset in context.datasets.by_kind("office_holders"))
        if verdict:
            return _denied(verdict, person) if slots.get("negated") else verdict
        if TITLE_QUALIFIERS & set(normalize(title).split()):
            # "Deputy Prime Minister", "opposition leader": another office than the one the words name
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.1,
                f"The title “{title}” qualifies an office; the reference data has no such office.",
            )
        return verify.Verdict(
            verify.NOT_ENOUGH_INFO, 0.2, f"No office in the reference data matches the title “{title}”."
        )

    def _as_the_story_tells(self, dataset: Dataset, slots, verdict: verify.Verdict, as_of: dt.date) -> verify.Verdict:
        """A title in a sentence that tells an undated past act of a thing an earlier sentence dated
        ("The crash killed Raisi and Foreign Minister ..."), checked on the article's date and on that
        date: the act may be of either, so the two must agree."""
        story = dt.date.fromisoformat(slots["story_date"]), dt.date.fromisoformat(slots["story_date_end"])
        then = self._check_in(dataset, slots["person"], slots["title"], story, "present", as_of, None)
        if then is None:
            return verdict
        told = story[0].isoformat() if story[0] == story[1] else f"{story[0].isoformat()} to {story[1].isoformat()}"
        return either_reading(
            verdict,
            then,
            f"The sentence does not date the act it tells, which may be of the article's day or of the date an "
            f"earlier sentence told for it ({told}). {verdict.explanation} Then: {then.explanation}",
        )

    def _check_in(
        self,
        dataset: Dataset,
        person: str,
        title: str,
        period: tuple[dt.date, dt.date],
        tense: str,
        as_of: dt.date,
        ends: tuple[tuple[dt.date, dt.date], tuple[dt.date, dt.date]] | None = None,
        announced: bool = False,
        won: bool = False,
    ):
        """``tense``: "present" (holds it in the period), "past" (held it before, no longer: "former"),
        "ever" (held it at some time up to the period: "Medvedev was president"), "start" (took it
        in the period: "became president in 2000"), "sworn" (took it, or was sworn in again, in the
        period: "was sworn in as president in May 2024"), "since" (took it in the period and still
        holds it on ``as_of``, the article's date: "has been president since 2017") or "term" (took
        it in the first of ``ends`` and left it in the second: "was prime minister from 2016 to 2019").
        ``announced``: the sentence names an appointment, which may come weeks before the term;
        ``won``: it tells the person winning the office the title names, weeks before taking it."""
        date, last = period
        past = tense == "past"
        # "Deputy Prime Minister", "opposition leader": another office than the one the words name,
        # unless the data record that office ("Vice President of Turkey", alias "Vice President")
        qualifiers = TITLE_QUALIFIERS & set(normalize(title).split())
        scored = []
        candidates = {id(row): row for column in ("office", "country") for row in dataset.rows_naming(title, column)}
        title_country = 0  # the longest country name the title says whole
        for row in candidates.values():
            country_len = longest_phrase(title, dataset.names(row, "country"))
            title_country = max(title_country, country_len)
            offices = office_names(dataset, row) if country_len else dataset.names(row, "office")
            if qualifiers:
                offices = [office for office in offices if qualifiers <= set(normalize(office).split())]
            office_len = longest_phrase(title, offices)
            if office_len:
                scored.append((country_len, office_len, row))
        if qualifiers and not scored:
            return None  # another dataset may record the office
        if not scored:
            scored = _offices_begun_by(dataset, title, person)
        scored.sort(key=lambda s: dataset.position(s[2]))
        if not scored:
            return None
        best_country = max(s[0] for s in scored)
        if title_country and not best_country:
            # "Supreme Leader of the Republic of Korea": the title names a country whole, and no office
            # of it has the title's words; the offices that do are of a country named otherwise (the
            # Democratic People's Republic of Korea), which the title's words only seem to name
            return None
        # "European Commission President Emmanuel Macron", "New Zealand captain Siya Kolisi": the
        # title's own words name the office, and only an office that has them all is the one meant
        named_by_title = [s for s in scored if not unnamed_title_words(title, dataset, s[2])]
        if best_country == 0 and len(named_by_title) < len(scored):
            # ...in the data that know the person: "Commission President" may name another
            # dataset's commission than the one of a dataset that never heard of them
            if not named_by_title or not dataset.rows_named(person, "person", _threshold(dataset)):
                return None
            scored = named_by_title
        elif best_country == 0:
            # The title names no country ("President Hu Jintao"): the offices
            # meant are those the named person is recorded as holding...
            own = {row["office"] for _, _, row in scored if _is_person(dataset, row, person) >= _threshold(dataset)}
            known = dataset.rows_named(person, "person", _threshold(dataset))
            if own or not names_an_owner(title) or not known:
                # ...or, for one the data record only in another office, that office's country's:
                # "Foreign Secretary Yvette Cooper" against the Home Secretary of the United Kingdom
                countries = {row.get("country") for row in known} - {None, ""}
                in_their_country = [
                    s for s in scored if s[2].get("country") in countries and _only_office_words(dataset, title, s[2])
                ]
                scored = [s for s in scored if s[2]["office"] in own] or (in_their_country if not own else [])
            # ...unless its words name the office whole, in data that know the person in another:
            # "Kemi Badenoch became leader of the Labour Party" (Starmer's throughout)
            if not scored:
                return None
        else:
            scored = [s for s in scored if s[0] == best_country]
        best_office = max(s[1] for s in scored)
        rows = [row for _, office_len, row in scored if office_len == best_office]
        offices = sorted({row["office"] for row in rows})
        holders = [row for row in rows if holds_during(row, date, last)]
        named = [row for row in rows if _is_person(dataset, row, person) >= _threshold(dataset)]
        on_date = f"on {date.isoformat()}" if date == last else f"between {date.isoformat()} and {last.isoformat()}"

        def own(row: dict) -> verify.Evidence:
            return _own_evidence(dataset, row, person)

        def earlier_term(row: dict, explanation: str) -> verify.Verdict:
            return verify.Verdict(verify.SUPPORTED, 0.85, explanation, [own(row)])

        holding = [row for row in holders if row in named]
        if tense == "term" and ends:
            return _term_verdict(dataset, person, rows, named, ends, as_of)
        if past and holding:
            # "former President Putin": a term still running beats an earlier one (his acting presidency)
            row = holding[0]
            return verify.Verdict(
                verify.REFUTED,
                0.7,
                f"{row['person']} still held the office of {row['office']} {on_date}: no former holder.",
                [_evidence(dataset, row, 100.0)],
            )
        if past:
            earlier = [row for row in named if row["start_date"] <= date and not holds_during(row, date, last)]
            if earlier:
                row = earlier[0]
                return earlier_term(row, f"{row['person']} was {row['office']} from {_term(row)}, before {date}.")
        # "became president in 2000": a term of the person's must begin in the period
        # a term is taken where a run of them begins: a dataset may give each cabinet a row
        runs = unbroken_runs(named)
        began_runs = [run for run in runs if date <= run[0]["start_date"] <= last]
        # ...but one is sworn in for each of them
        began = (
            [row for row in named if date <= row["start_date"] <= last]
            if tense == "sworn"
            else [run[0] for run in began_runs]
        )
        if tense == "since" and began_runs:
            running = [run for run in began_runs if not run[-1].get("end_date") or run[-1]["end_date"] >= as_of]
            if running:
                row = running[0][0]
                return earlier_term(
                    row, f"{row['person']} has held the office of {row['office']} since {row['start_date']}."
                )
            run = began_runs[0]
            return verify.Verdict(
                verify.REFUTED,
                0.8,
                f"{run[0]['person']} held the office of {run[0]['office']} {run[0]['start_date']} to "
                f"{run[-1]['end_date']}; not still on {as_of}.",
                [own(row) for row in run],
            )
        if tense in ("start", "sworn", "since"):
            if began:
                row = began[0]
                return earlier_term(row, f"{row['person']} took the office of {row['office']} on {row['start_date']}.")
            sworn_again = [row for row in named if holds_during(row, date, last)]
            # a new term is sworn in years after the last, not weeks: "was sworn in as president in
            # June" for a term begun on 2 April is misdated (but the oath may follow the day the data
            # give by days: Pezeshkian took office on 28 July 2024 and was sworn in on the 30th)
            lately = [
                row
                for row in sworn_again
                if row["start_date"] + _OATH_WITHIN < date <= row["start_date"] + _SWORN_AGAIN_AFTER
            ]
            if lately and tense == "sworn":
                row = lately[0]
                return verify.Verdict(
                    verify.REFUTED,
                    0.75,
                    f"{row['person']} took the office of {row['office']} on {row['start_date']}; not {on_date}.",
                    [own(row)],
                )
            if sworn_again and tense == "sworn":
                # "was sworn in as president in May 2024": the data record one term while the holder
                # stays in office, and a re-elected holder is sworn in again
                row = sworn_again[0]
                return verify.Verdict(
                    verify.NOT_ENOUGH_INFO,
                    0.3,
                    f"{row['person']} held the office of {row['office']} {on_date} ({_term(row)}); the data "
                    "record no new term then, and a holder who stays in office is sworn in again.",
                    [own(row)],
                )
            soon_after = [run[0] for run in runs if last < run[0]["start_date"] <= last + _ANNOUNCED_AHEAD]
            if announced and soon_after:
                # "Boeing named Ortberg as its next chief executive in July 2024": an appointment is
                # often made known weeks before it takes effect (8 August)
                row = soon_after[0]
                return verify.Verdict(
                    verify.NOT_ENOUGH_INFO,
                    0.3,
                    f"{row['person']} took the office of {row['office']} on {row['start_date']}, soon after "
                    f"{_as_said(date, last)}; the sentence may tell of the appointment being made known.",
                    [own(row)],
                )
            if named:
                by_office: dict[str, list[str]] = {}
                for row in sorted((run[0] for run in runs), key=lambda r: r["start_date"]):
                    by_office.setdefault(row["office"], []).append(row["start_date"].isoformat())
                taken = "; ".join(f"{office} on {' and '.join(days)}" for office, days in by_office.items())
                return verify.Verdict(
                    verify.REFUTED,
                    0.8,
                    f"{named[0]['person']} took the office of {taken}; not {on_date}.",
                    [own(row) for row in named],
                )
            # "Medvedev became foreign minister in 2012": another held the office all that time
            throughout = [row for row in rows if row not in named and holds_throughout(row, date, last)]
            if throughout:
                row = throughout[0]
                return verify.Verdict(
                    verify.REFUTED,
                    0.8,
                    f"{row['person']} held the office of {row['office']} throughout {_as_said(date, last)} "
                    f"({_term(row)}): no one else took it then.",
                    [_evidence(dataset, row, 100.0)],
                )
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.3,
                f"The reference data does not record {person} as {', '.join(offices)}.",
            )
        if tense == "ever":
            terms = [row for row in named if row["start_date"] <= last]
            if terms:
                row = terms[0]
                return earlier_term(row, f"{row['person']} held the office of {row['office']} {_term(row)}.")
            # the office's other holders do not contradict "was": the record may not reach back far enough
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.3,
                f"The reference data does not record {person} as {', '.join(offices)} before {last.isoformat()}.",
            )
        if holding and not past:
            row = holding[0]
            return verify.Verdict(
                verify.SUPPORTED,
                0.95,
                f"{row['person']} held the office of {row['office']} {on_date} ({_term(row)}).",
                [own(row)],
            )
        handed_over = [row for row in named if row.get("end_date") and date <= row["end_date"] <= last]
        if handed_over and not past and tense == "present":
            # "Musk fired Twitter CEO Parag Agrawal on October 27, 2022": the holder on the day the
            # office changed hands held it until then
            row = handed_over[0]
            return verify.Verdict(
                verify.SUPPORTED,
                0.8,
                f"{row['person']} held the office of {row['office']} until {row['end_date']} ({_term(row)}).",
                [own(row)],
            )
        elected = [
            row
            for row in named
            if last < row["start_date"] <= last + _ANNOUNCED_AHEAD and holds_during(row, as_of, as_of)
        ]
        if elected and won and tense == "present":
            # "President Javier Milei was elected on November 19, 2023": the title is his as the article
            # is written, weeks after the day told
            row = elected[0]
            return verify.Verdict(
                verify.SUPPORTED,
                0.6,
                f"{row['person']} took the office of {row['office']} on {row['start_date']}, soon after "
                f"{_as_said(date, last)}, and held it on the article's date {as_of} ({_term(row)}).",
                [own(row)],
            )
        if holders:
            names = " and ".join(sorted({f"{row['person']} ({row['office']})" for row in holders}))
            evidence = [_evidence(dataset, row, 100.0) for row in holders]
            own_terms = [row for row in named]
            also = ""
            if own_terms:
                also = "; " + person + " held it " + ", ".join(_term(r) for r in own_terms)
                evidence += [own(row) for row in own_terms]
            return verify.Verdict(
                verify.REFUTED,
                0.9,
                f"{on_date.capitalize()} the office was held by {names}, not {person}{also}.",
                evidence,
            )
        if named:
            # "less than two months since Queen Elizabeth II died": the title names her term, which
            # ended before the date checked; who held the office then is another title's
            terms = ", ".join(_term(row) for row in named)
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.2,
                f"{named[0]['person']} held the office of {named[0]['office']} {terms}; the reference data "
                f"record no holder of it under the title “{title}” {on_date}.",
                [own(row) for row in named],
            )
        return verify.Verdict(
            verify.NOT_ENOUGH_INFO,
            0.2,
            f"The reference data has no holder of {' / '.join(offices)} {on_date}.",
        )


@verify.hookimpl
def register_checkers(register):
    register(OfficeHolderChecker())
