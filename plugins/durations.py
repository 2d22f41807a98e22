"""Built-in checker: "more than 18 months since <event>" (or since a date).

Finds the anchor event in every ``events`` dataset, then compares the
calendar time from its start to the article's publication date (or to the
sentence's own date: "In July 2019, 50 years after Apollo 11 landed") with
the claimed amount, exactly.
"""

from __future__ import annotations

import datetime as dt
import re

import verify
from verify.aggregate import either_reading
from verify.eventmatch import (
    match_events,
    numbered_as_told,
    result_told_otherwise,
    tells_the_opposite,
    told_ordinal_words,
    unrecorded_winner,
)
from verify.offices import office_changes, terms_of
from verify.timeexpr import NEWS_DAYS, Amount, elapsed


class DurationSince:
    name = "duration-since-event"
    kinds = {"duration"}

    def check(self, claim, context):
        verdict = self._counted(claim.slots, context)
        # "The announcement came three weeks after ...", the announcement dated by an earlier
        # sentence: that date may be the wrong one, not the span
        slots = claim.slots
        if not slots.get("reference_told_before"):
            return verdict
        told = dt.date.fromisoformat(slots["reference_date"]), dt.date.fromisoformat(slots["reference_end"])
        return _told_date_unconfirmed(verdict, context, slots.get("reference_thing") or "", *told)

    def _counted(self, slots, context):
        if context.published is None and not slots.get("reference_expression"):
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.0,
                "The article's publication date is unknown, so the elapsed time cannot be computed (pass --published).",
            )
        told = _told_act(slots, context) or _office_taken(slots, context)
        doers = slots.get("reference_participants") or slots.get("reference_sides")
        if told is None and slots.get("reference_untold") and not doers and slots.get("unit") in ("day", "week"):
            # "Two weeks after the earthquake, rescuers were still searching": no record tells when,
            # and no one named to take it for the article's news
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.2,
                f"The sentence does not date “{slots['reference_untold'].strip(' ,.;')}”, which the span "
                "is counted to, and no record tells it.",
            )
        if told is None and slots.get("reference_untold") and _story_long_before(slots, context):
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.2,
                f"The sentence does not date “{slots['reference_untold'].strip(' ,.;')}”, which the span is "
                f"counted to, and no record tells it; the article last told of {slots['story_date']}, long before "
                "its own date, so it is no news of the article's days.",
            )
        if slots.get("before"):
            return _before_verdict(slots, context, told)
        if told is None and slots.get("reference_thing") and _story_before_the_week(slots, context):
            # "The ouster came ten months after McCarthy won the gavel", the story last at his removal
            # on October 3 in an article of the 30th: counted to either day, the claim must hold
            story = dt.date.fromisoformat(slots["story_date"])
            to_article = self._counted_to(slots, context, _reference(slots, context.published))
            to_story = self._counted_to(slots, context, _Until(story, story, f"the story's last day, {story}"))
            return either_reading(
                to_article,
                to_story,
                f"The sentence does not date “{slots['reference_thing']}”: {to_article.explanation} "
                f"Counted to the day the article last told of ({story}) instead: {to_story.explanation}",
            )
        if told is not None and told.others:
            # an act done more than once ("Twelve days after Silicon Valley Bank collapsed, the Fed
            # raised rates"): the one the span puts it at, when one of them fits
            verdicts = [self._counted_to(slots, context, until) for until in (told, *told.others)]
            return next((v for v in verdicts if v.label != verify.REFUTED), verdicts[0])
        return self._counted_to(slots, context, told or _reference(slots, context.published))

    def _counted_to(self, slots, context, until: _Until):
        anchor_days = _anchor_days(slots)
        matches = _anchors(slots, context)
        if not matches and slots.get("since_person"):
            verdict = _office_anchor_verdict(slots, context, until)
            if verdict is not None:
                return verdict
        if not matches and anchor_days:
            since = slots.get("since_date") or slots["since"]
            first, last = anchor_days
            evidence = [_reference_evidence(until, context.article)]
            anchor = f"“{since}”" if first == dt.date.min else f"“{since}” ({_days(first, last)})"
            verdict = _measured_verdict(anchor, first, last, until, _claimed(slots), evidence)
            return (
                _told_date_unconfirmed(verdict, context, since, first, last)
                if slots.get("since_told_before")
                else verdict
            )
        if not matches:
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO, 0.2, f"No dated event in the reference data matches “{slots['since']}”."
            )
        # a record of after the span's end cannot be what the sentence counts from: it tells of an
        # earlier time, one the data may lack ("since Biden visited Kyiv" in January 2023, when the
        # record is of his visit that February)
        before = [m for m in matches if m.start <= until.last]
        if anchor_days:
            # that year's symposium, not another's
            before = [m for m in before if anchor_days[0] <= m.start <= anchor_days[1]] or before
        elif named_year := _YEAR_NAMED.search(slots["since"]):
            # "after the agency declared the 2022 mpox outbreak an emergency": the year in a name
            before = [m for m in before if m.start.year == int(named_year[0])] or before
        best = _best_anchor(before or matches, slots.get("since") or "")
        evidence = [_anchor_evidence(best)]
        started = f"the start of “{best.row.get('name')}” ({best.start.isoformat()})"
        first = last = best.start
        if anchor_days and best.end is not None and best.start < anchor_days[0] and anchor_days[1] <= best.end:
            # "after COP28 in Dubai closed on December 13, 2023": the day the anchor tells, within
            # the record's days
            first, last = anchor_days
            started = f"“{slots['since_date']}”, within “{best.row.get('name')}” ({best.when})"
        elif (ended := _end_told(slots.get("since") or "", best)) is not None:
            # "since the war ended", "since the end of the war": counted from the record's last day
            first = last = ended
            started = f"the end of “{best.row.get('name')}” ({ended.isoformat()})"
        if (
            slots.get("reference_expression")
            and until.expression == slots["reference_expression"]
            and until.last <= last
            and (slots.get("value") or 0) > 0
        ):
            # "almost a year after OpenAI launched ChatGPT, on November 30 last year": a date of the
            # sentence's no later than what the span counts from is that thing's, not the act's
            until = _reference({**slots, "reference_expression": None}, context.published)
        if slots.get("age") and best.end is not None and best.start < best.end < until.first:
            # "the eight-month incursion" of one the data record as ended: its whole length, not the
            # time since it began
            until = _Until(best.end, best.end, f"its end ({best.end.isoformat()})", quoted=False)
        if not before:
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.2,
                f"The matching record, {started}, is after {until.describe()}; the sentence counts from an "
                "earlier time, which the data may not record.",
                evidence,
            )
        if otherwise := result_told_otherwise(slots["since"], best.row):
            # "six days after Kamala Harris won the US presidential election": counted from a result
            # the record contradicts
            return verify.Verdict(
                verify.REFUTED,
                0.7,
                f"The span counts from “{slots['since']}”, but the record of {best.row.get('name')} ({best.when}) "
                f"says “{best.row.get('outcome')}”; the sentence has {otherwise}.",
                evidence,
            )
        verdict = _measured_verdict(started, first, last, until, _claimed(slots), evidence)
        if verdict.label == verify.SUPPORTED and (stranger := unrecorded_winner(slots["since"], best.row)):
            # "three weeks after Frans Timmermans's GL-PvdA won the most seats": the span holds, counted
            # from a result the record tells of another
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.3,
                f"{verdict.explanation} But the record says “{best.row.get('outcome')}”, and the sentence has "
                f"{stranger} win, whom it does not name.",
                evidence,
            )
        if verdict.label == verify.REFUTED and until.through > until.last:
            # "The dams collapsed one day after Storm Daniel made landfall", the collapse recorded
            # over two days: counted to its last day, the claim may hold
            whole = _Until(until.first, until.through, until.expression)
            counted_through = _measured_verdict(started, first, last, whole, _claimed(slots), evidence)
            if counted_through.label != verify.REFUTED:
                return counted_through
        if (
            verdict.label == verify.REFUTED
            and first == best.start
            and best.end is not None
            and 0 < (best.end - last).days <= _EVENT_DAYS
        ):
            # "less than a year after the Dubai climate conference", recorded over two weeks: counted
            # from its last day, the claim may hold (not so a state of things that lasted years)
            over = f"“{best.row.get('name')}” ({best.when})"
            counted_from_end = _measured_verdict(over, first, best.end, until, _claimed(slots), evidence)
            if counted_from_end.label != verify.REFUTED:
                return counted_from_end
        return verdict


def _office_anchor_verdict(slots, context, until: _Until) -> verify.Verdict | None:
    """ "Six weeks after she took office", "since Sunak became prime minister": counted from the
    latest term of the person's, in the office named (any, when none is), that began (or ended)
    before the end of the span; coming to "power" begins a time in office, not each term. With no
    office named the sentence may mean an earlier term: a count that fits none of them is refuted,
    one that fits only an earlier one is unconfirmed."""
    person, change, title = slots["since_person"], slots["since_change"], slots.get("since_title")
    column, dated = _changes_of_office(context, slots, "since", until.last)
    if not dated:
        return None
    amount = _claimed(slots)

    def measured(pair) -> verify.Verdict:
        dataset, row = pair
        day = row[column]
        evidence = [
            verify.Evidence(
                dataset=dataset.name,
                dataset_version=dataset.version,
                record=dataset.key(row),
                matched=f"{row['person']}, {row['office']}",
                score=100.0,
                source=dataset.row_source(row),
            ),
            _reference_evidence(until, context.article),
        ]
        taking = "taking" if change == "start" else "leaving"
        anchor = f"{row['person']} {taking} office as {row['office']} ({day})"
        return _measured_verdict(anchor, day, day, until, amount, evidence)

    latest = measured(dated[0])
    if latest.label != verify.REFUTED or title:
        return latest
    # "took office" may mean an earlier term than the latest
    if any(measured(pair).label != verify.REFUTED for pair in dated[1:]):
        return verify.Verdict(
            verify.NOT_ENOUGH_INFO,
            0.3,
            f"{latest.explanation} The sentence names no office, and an earlier term of {person}'s fits.",
            latest.evidence,
        )
    return latest


def _anchors(slots, context) -> list:
    """The recorded events the anchor names: by the people it names; with none named, by its
    words alone, or else by the countries it names as doing it ("since Russia launched its
    full-scale invasion", where "of Ukraine" is left out)."""
    people = slots.get("participants") or []
    for who in (people, [] if people else slots.get("countries") or []):
        matches = [
            match
            for dataset in context.datasets.by_kind("events")
            for match in match_events(dataset, slots["since"], who)
            if match.strong(who) and match.start
        ]
        if matches or people:
            return numbered_as_told(slots["since"], matches, who)
    return []


class _Until:
    """The end of the span counted: the article's date, or the sentence's own date ("In July 2019,
    50 years after ...")."""

    def __init__(
        self,
        first: dt.date,
        last: dt.date,
        expression: str | None,
        untold: str | None = None,
        through: dt.date | None = None,
        quoted: bool = True,
        others: tuple[_Until, ...] = (),
    ) -> None:
        self.first, self.last, self.expression, self.untold = first, last, expression, untold
        self.quoted = quoted
        # the last day of a recorded act of several days, which the span may be counted to instead
        self.through = through or last
        # earlier records of the same act, which the span may be counted to instead
        self.others = others

    def describe(self) -> str:
        if self.expression is None and self.untold:
            return (
                f"“{self.untold}”, undated (taken as the week up to the article's date: {_days(self.first, self.last)})"
            )
        if self.expression is None:
            return f"the article's date {self.first.isoformat()}"
        if not self.quoted:
            return self.expression
        return f"“{self.expression}” ({_days(self.first, self.last)})"


def _days(first: dt.date, last: dt.date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"


def _story_before_the_week(slots, context) -> bool:
    """Whether the article last told of a day before the week it reports as its news."""
    story = slots.get("story_date")
    return (
        bool(story)
        and context.published is not None
        and ((context.published - dt.date.fromisoformat(story)).days > NEWS_DAYS)
    )


def _story_long_before(slots, context) -> bool:
    """Whether the article last told of a date more than a quarter of a year before its own, and no
    record of the act the span counts to makes that act its news."""
    story = slots.get("story_date")
    if not story or context.published is None:
        return False
    if (context.published - dt.date.fromisoformat(story)).days <= _NEWS_SPAN_DAYS:
        return False
    return not _recorded_acts(slots, context)


def _recorded_acts(slots, context) -> list:
    """The records of the undated act a span counts to, up to the article's date."""
    # the people who do it, or else the countries and groups ("Spain won the final six months after"),
    # or else the words alone, said in full ("a total solar eclipse crossed North America")
    people = slots.get("reference_participants") or slots.get("reference_sides") or []
    acts = [
        match
        for dataset in context.datasets.by_kind("events")
        for match in match_events(dataset, slots["reference_untold"], people)
        if match.strong(people)
        and isinstance(match.row.get("start_date"), dt.date)
        and match.row["start_date"] <= context.published
    ]
    # (not a record of the opposite act: "the Federal Reserve raised interest rates" is not "Fed
    # pauses rate hikes")
    return [m for m in acts if not tells_the_opposite(slots["reference_untold"], m.dataset.names(m.row, "name"))]


def _told_act(slots, context) -> _Until | None:
    """The recorded date of the act a span after something is counted up to, when the sentence does
    not date it ("Johnson was elected speaker three weeks after McCarthy was removed"); None when no
    record tells it, or it is news of the article's day."""
    if not slots.get("reference_untold") or context.published is None:
        return None
    acts = _recorded_acts(slots, context)
    # one of them the article's news ("Putin hosted Kim" on the day of their summit, not in 2019)
    if not acts or any((context.published - m.row["start_date"]).days <= 1 for m in acts):
        return None
    # (the act as it began: "Xi arrived in Moscow" on the first day of his visit, unless the sentence
    # tells it ended: "The UAW strike ended ten days before ..."); the latest first
    ended = bool(_TELLS_AN_END.search(slots["reference_untold"]))
    told = [
        _Until(day, day, str(m.row.get("name")), through=m.end if isinstance(m.end, dt.date) else None)
        for m in sorted(acts, key=lambda m: m.row["start_date"], reverse=True)
        for day in [m.end if ended and isinstance(m.end, dt.date) else m.row["start_date"]]
    ]
    told[0].others = tuple(told[1:])
    return told[0]


def _office_taken(slots, context) -> _Until | None:
    """The day of the change of office a span after something is counted up to, when the sentence
    does not date it: the latest the person made before the article ("Tusk became prime minister
    two months after the election", 13 December 2023)."""
    person, change = slots.get("until_person"), slots.get("until_change")
    if not person or not change or context.published is None:
        return None
    column, dated = _changes_of_office(context, slots, "until", context.published)
    if not dated:
        return None
    day = dated[0][1][column]
    return _Until(day, day, f"{person} {'taking' if change == 'start' else 'leaving'} office")


def _changes_of_office(context, slots, prefix: str, last: dt.date) -> tuple[str, list]:
    """The date column and the (dataset, row) terms whose start (or end) is a change of office of
    the person the ``prefix`` slots name ("since_": what a span counts from; "until_": what it counts
    up to), in the office named, on ``last`` or before; the latest first."""
    change = slots[f"{prefix}_change"]
    terms = terms_of(context.datasets, slots[f"{prefix}_person"], slots.get(f"{prefix}_title"))
    changes = office_changes(terms, change, power=slots.get(f"{prefix}_office_noun") == "power")
    column = "start_date" if change == "start" else "end_date"
    dated = [(dataset, row) for dataset, row in changes if row.get(column) and row[column] <= last]
    return column, sorted(dated, key=lambda pair: pair[1][column], reverse=True)


def _before_verdict(slots, context, told: _Until | None) -> verify.Verdict:
    """ "30 days before the invasion": from the sentence's own act (its date, or the record of the act
    it does not date) up to what the span counts back from."""
    own = told or (_reference(slots, context.published) if slots.get("reference_expression") else None)
    since = slots["since"]
    if own is None:
        return verify.Verdict(
            verify.NOT_ENOUGH_INFO,
            0.2,
            f"The sentence does not date what it tells happened before “{since}”, and no record tells it.",
        )
    evidence = [_reference_evidence(own, context.article)]
    matches = _anchors(slots, context)
    anchor_days = _anchor_days(slots)
    if matches:
        best = _best_anchor(matches)
        evidence.append(_anchor_evidence(best))
        counted_to = _Until(best.start, best.start, str(best.row.get("name")))
        if (ended := _end_told(since, best)) is not None:
            # "12 days before the WGA strike ended": back from its last day
            counted_to = _Until(ended, ended, f"the end of “{best.row.get('name')}”", quoted=False)
    elif anchor_days:
        counted_to = _Until(*anchor_days, slots.get("since_date") or since)
    else:
        return verify.Verdict(verify.NOT_ENOUGH_INFO, 0.2, f"No dated event in the reference data matches “{since}”.")
    verdict = _measured_verdict(own.describe(), own.first, own.last, counted_to, _claimed(slots), evidence)
    if not matches and slots.get("since_told_before"):
        return _told_date_unconfirmed(verdict, context, since, *anchor_days)
    return verdict


def _anchor_days(slots) -> tuple[dt.date, dt.date] | None:
    """The days the anchor tells itself ("18 months since February 2022", "after Powell spoke at
    Jackson Hole on August 23")."""
    if not slots.get("since_start"):
        return None
    return dt.date.fromisoformat(slots["since_start"]), dt.date.fromisoformat(slots["since_end"])


_YEAR_NAMED = re.compile(r"\b(?:19|20)\d{2}\b")
# words that count from when a thing was over, not from its start
_TELLS_AN_END = re.compile(r"\b(?:ended|end of|ending of|concluded|conclusion of|finished)\b", re.IGNORECASE)


def _end_told(words: str, best) -> dt.date | None:
    """The last day of the record ``best``, a thing of more than a day, when ``words`` tell that it
    ended ("since the war ended", "before the WGA strike ended"); None otherwise."""
    if _TELLS_AN_END.search(words) and best.end is not None and best.start < best.end:
        return best.end
    return None


def _best_anchor(matches: list, anchor: str = ""):
    """The record an anchor names best: the most of its words, then the most words matched; of
    records alike, when the anchor tells no number, the latest ("five days after Trump's
    inauguration", in 2025: the second, not the first; "after Shehbaz Sharif was elected prime
    minister", in March 2024: that month's election, not that of 2022). The callers keep only the
    records before the span's end."""
    best = max(matches, key=lambda m: (m.coverage, len(m.matched_stems)))
    alike = [m for m in matches if (m.coverage, len(m.matched_stems)) == (best.coverage, len(best.matched_stems))]
    if len(alike) > 1 and not told_ordinal_words(anchor):
        return max(alike, key=lambda m: m.start or dt.date.min)
    return best


def _told_date_unconfirmed(
    verdict: verify.Verdict, context, thing: str, first: dt.date, last: dt.date
) -> verify.Verdict:
    """A span refuted from the date the article itself told for a thing ("after the earthquake",
    told as February 6): that date may be the wrong one, not the span, unless a record of that
    thing on that date confirms it."""
    if verdict.label != verify.REFUTED:
        return verdict
    confirming = next(
        (
            match
            for dataset in context.datasets.by_kind("events")
            for match in match_events(dataset, thing, [])
            # a name mostly of the thing's words ("Kahramanmaras earthquake" for "the earthquake"),
            # not one that tells of it in passing ("Harris concedes the election in a speech")
            if match.coverage >= 0.5 and match.start is not None and first <= match.start <= last
        ),
        None,
    )
    if confirming is not None:
        evidence = [*verdict.evidence, _anchor_evidence(confirming)]
        explanation = f"{verdict.explanation} “{confirming.row.get('name')}” confirms the date the article told."
        return verify.Verdict(verdict.label, verdict.confidence, explanation, evidence)
    return verify.Verdict(
        verify.NOT_ENOUGH_INFO,
        0.3,
        f"{verdict.explanation} The date is the one the article told for it, which no record confirms: the span "
        "or that date is wrong.",
        verdict.evidence,
    )


def _anchor_evidence(best) -> verify.Evidence:
    """The evidence of the record a span counts from (or back to)."""
    return verify.Evidence(
        dataset=best.dataset.name,
        dataset_version=best.dataset.version,
        record=best.dataset.key(best.row),
        matched=best.row.get("name") or best.label,
        score=best.score,
        source=best.dataset.row_source(best.row),
    )


def _reference(slots, published: dt.date | None) -> _Until:
    if slots.get("reference_expression"):
        first = dt.date.fromisoformat(slots["reference_date"])
        return _Until(
            first,
            dt.date.fromisoformat(slots.get("reference_end") or slots["reference_date"]),
            slots["reference_expression"],
        )
    assert published is not None
    untold = slots.get("reference_untold")
    if untold and slots.get("unit") in ("day", "week"):
        # a past act the sentence does not date and no record tells ("Nine days after Barnier was
        # toppled, Macron named a new prime minister"): news of the article's days, not of its very
        # day; a span of months or years is said in rounder figures than that
        return _Until(published - dt.timedelta(days=NEWS_DAYS), published, None, untold.strip(" ,.;"))
    return _Until(published, published, None)


# The longest a record of one event (a conference, a visit) lasts: "after" it may count from its end
_EVENT_DAYS = 31

# How long before the article what it counts from may lie: a span told in days or weeks of an
# act that is the article's news (a quarter of a year is thirteen weeks)
_NEWS_SPAN_DAYS = 92


def _reference_evidence(until: _Until, article: verify.Article) -> verify.Evidence:
    if until.expression is None:
        return verify.Evidence(
            dataset="article", record="published", matched=f"published {until.first.isoformat()}", source=article.source
        )
    return verify.Evidence(dataset="article", record="sentence", matched=until.describe(), source=article.source)


def _measured_verdict(
    anchor: str, first: dt.date, last: dt.date, until: _Until, amount: Amount, evidence: list[verify.Evidence]
) -> verify.Verdict:
    """The claimed amount against the time from the anchor (any day ``first`` to ``last``) to
    ``until`` (any of its days): supported when it holds for every pair of days, refuted for none."""
    if first > until.last:
        return verify.Verdict(verify.REFUTED, 0.85, f"{anchor} is after {until.describe()}.", evidence)
    if first == dt.date.min:  # "since more than a year ago": no first day to count from
        return verify.Verdict(verify.NOT_ENOUGH_INFO, 0.2, f"{anchor} has no first day to count from.", evidence)
    if until.untold and (until.first - last).days > _NEWS_SPAN_DAYS:
        # "Thirteen days after the Lahaina fire, the town was toured by Biden" in an article a year
        # on: an act that long after is no news of the article's week, and no record dates it
        return verify.Verdict(
            verify.NOT_ENOUGH_INFO,
            0.2,
            f"The sentence does not date “{until.untold}”, which the span is counted to, no record tells "
            f"it, and {anchor} is too long before the article to take it for the article's news.",
            evidence,
        )
    told_by = _latest_day_told(last, amount)
    if until.untold and told_by is not None and told_by < until.first - dt.timedelta(days=NEWS_DAYS):
        # "Two days after Polaris Dawn launched, Isaacman became the first private citizen to walk in
        # space", seven weeks before the article: as told, the act is no news of the article's days
        return verify.Verdict(
            verify.NOT_ENOUGH_INFO,
            0.2,
            f"The sentence does not date “{until.untold}”, which the span is counted to, and no record tells "
            f"it; counted from {anchor}, {amount.describe()} puts it by {told_by.isoformat()}, weeks before the "
            "article, so it is not taken for the article's news.",
            evidence,
        )
    last = min(last, until.last)
    # elapsed time grows with the later day and shrinks with the earlier one, so this path through
    # the pairs of days passes every length between the shortest and the longest
    ends = [until.first + dt.timedelta(days=n) for n in range((until.last - until.first).days + 1)]
    starts = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    path = [(last, end) for end in ends if end >= last] + [(start, until.last) for start in reversed(starts)]
    holds = [amount.holds_for(elapsed(start, end, amount.unit)) for start, end in path]
    shortest, longest = elapsed(path[0][0], path[0][1], amount.unit), elapsed(first, until.last, amount.unit)
    shortest_told, longest_told = f"{shortest:.1f}", f"{longest:.1f}"
    span = (
        f"{longest_told} {amount.unit}s"
        if shortest_told == longest_told
        else f"{shortest_told} to {longest_told} {amount.unit}s"
    )
    measured = f"From {anchor} to {until.describe()} is {span}"
    if all(holds):
        return verify.Verdict(verify.SUPPORTED, 0.9, f"{measured}; the claim says {amount.describe()}.", evidence)
    if not any(holds):
        return verify.Verdict(verify.REFUTED, 0.9, f"{measured}, not {amount.describe()}.", evidence)
    return verify.Verdict(
        verify.NOT_ENOUGH_INFO,
        0.3,
        f"{measured}; {amount.describe()} holds for some of these days and not for others.",
        evidence,
    )


def _latest_day_told(last: dt.date, amount: Amount) -> dt.date | None:
    """The latest day a span of days or weeks counted from ``last`` may end on, as the sentence
    tells it; None for one with no upper bound ("more than three days")."""
    if amount.op in (">", ">=") or amount.unit not in ("day", "week"):
        return None
    most = (amount.high if amount.high is not None else amount.value) + 1
    return last + dt.timedelta(days=most * (7 if amount.unit == "week" else 1))


def _claimed(slots) -> Amount:
    high = float(slots["high"]) if slots.get("high") is not None else None
    return Amount(slots["op"], float(slots["value"]), slots["unit"], high)


@verify.hookimpl
def register_checkers(register):
    register(DurationSince())
