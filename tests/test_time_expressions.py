"""Time expressions resolved against the publication date (13 September 2023, the seed's)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claim_with
from verify.timeexpr import WRITTEN_DATE_RE, parse_duration, period_of, resolve_date, shifted, shifted_period

PUBLISHED = dt.date(2023, 9, 13)


@pytest.mark.parametrize(
    ("expression", "start", "end"),
    [
        ("in March", "2023-03-01", "2023-03-31"),
        ("in March last year", "2022-03-01", "2022-03-31"),
        ("March of last year", "2022-03-01", "2022-03-31"),
        ("5 March last year", "2022-03-05", "2022-03-05"),
        ("March 5 this year", "2023-03-05", "2023-03-05"),
        ("January next year", "2024-01-01", "2024-01-31"),
        ("the 1990s", "1990-01-01", "1999-12-31"),
        # seasons are the northern hemisphere's, from the meteorological start to the astronomical end
        ("the spring of 2021", "2021-03-01", "2021-06-20"),
        ("the autumn of 2021", "2021-09-01", "2021-12-21"),
        ("the summer of 2021", "2021-06-01", "2021-09-22"),
        ("this summer", "2023-06-01", "2023-09-22"),
        # the latest one begun by the article's day, and the latest one gone by
        ("during the summer", "2023-06-01", "2023-09-22"),
        ("in the autumn", "2023-09-01", "2023-12-21"),
        ("last spring", "2023-03-01", "2023-06-20"),
        # parts of a month, a year or a decade; "early", "mid" and "late" share their borders
        ("early March", "2023-03-01", "2023-03-10"),
        ("in mid-March", "2023-03-10", "2023-03-21"),
        ("late March", "2023-03-21", "2023-03-31"),
        ("at the end of February", "2023-02-19", "2023-02-28"),
        ("the beginning of March 2021", "2021-03-01", "2021-03-10"),
        ("the first week of March 2021", "2021-03-01", "2021-03-07"),
        ("the last week of February", "2023-02-22", "2023-02-28"),
        ("the second half of March", "2023-03-16", "2023-03-31"),
        ("early 2023", "2023-01-01", "2023-04-30"),
        ("mid-2023", "2023-04-01", "2023-08-31"),
        ("late last year", "2022-08-01", "2022-12-31"),
        ("the first half of 2022", "2022-01-01", "2022-06-30"),
        ("the second quarter of 2023", "2023-04-01", "2023-06-30"),
        ("the early 1990s", "1990-01-01", "1993-12-31"),
        # holidays on the same day every year; a bare one is the latest before the article
        ("on Christmas Day 2021", "2021-12-25", "2021-12-25"),
        ("Christmas Eve", "2022-12-24", "2022-12-24"),
        ("New Year’s Day", "2023-01-01", "2023-01-01"),
        ("Halloween", "2022-10-31", "2022-10-31"),
        # the weekend just gone (the article is of a Wednesday), the night before, the days just gone
        ("over the weekend", "2023-09-09", "2023-09-10"),
        ("last weekend", "2023-09-09", "2023-09-10"),
        ("overnight", "2023-09-12", "2023-09-13"),
        ("in the past week", "2023-09-06", "2023-09-13"),
        ("earlier in the month", "2023-09-01", "2023-09-13"),
        ("on the 13th of September", "2023-09-13", "2023-09-13"),
        # "this" weekday is of the article's week, gone by or ahead
        ("this Monday", "2023-09-11", "2023-09-11"),
        ("this Friday", "2023-09-15", "2023-09-15"),
        ("the late 1990s", "1996-01-01", "1999-12-31"),
        # a part of a day is the day
        ("early Wednesday", "2023-09-13", "2023-09-13"),
        # a weekday before a date repeats it
        ("on Tuesday, March 21", "2023-03-21", "2023-03-21"),
        ("Tuesday 21 March 2023", "2023-03-21", "2023-03-21"),
        # "ago" is said in round figures: the slack of its unit, except for days
        ("566 days ago", "2022-02-24", "2022-02-24"),
        ("two weeks ago", "2023-08-27", "2023-09-02"),
        ("a fortnight ago", "2023-08-27", "2023-09-02"),
        ("18 months ago", "2022-02-01", "2022-04-30"),
        ("a year and a half ago", "2021-09-01", "2022-09-30"),
        # days as words, beside their month
        ("the fifth of August", "2023-08-05", "2023-08-05"),
        ("August twenty-first", "2023-08-21", "2023-08-21"),
        ("the thirty first of May 2021", "2021-05-31", "2021-05-31"),
        # a day of the month alone: of this month, or the last one that has it
        ("on the 13th", "2023-09-13", "2023-09-13"),
        ("the 20th", "2023-08-20", "2023-08-20"),
        ("that morning", "2023-09-13", "2023-09-13"),
        # a day of this month still to come is last year's (the seed's month is September)
        ("September 20", "2022-09-20", "2022-09-20"),
        ("20 September", "2022-09-20", "2022-09-20"),
        ("September 12", "2023-09-12", "2023-09-12"),
    ],
)
def test_expressions_resolve_to_the_days_they_cover(expression, start, end):
    found = resolve_date(expression, PUBLISHED)
    assert found is not None, expression
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


@pytest.mark.parametrize("expression", ["before 2020", "this winter", "18 months", "2019 and 2021"])
def test_open_ends_and_unanchored_seasons_are_not_given_dates(expression):
    assert resolve_date(expression, PUBLISHED) is None


@pytest.mark.parametrize(
    ("expression", "opening", "closing"),
    [
        ("between 2019 and 2021", ("2019-01-01", "2019-12-31"), ("2021-01-01", "2021-12-31")),
        ("from 2016 to 2019", ("2016-01-01", "2016-12-31"), ("2019-01-01", "2019-12-31")),
        ("2010-2016", ("2010-01-01", "2010-12-31"), ("2016-01-01", "2016-12-31")),
        ("2016–19", ("2016-01-01", "2016-12-31"), ("2019-01-01", "2019-12-31")),
        ("2005 until 2021", ("2005-01-01", "2005-12-31"), ("2021-01-01", "2021-12-31")),
        ("October 2022 to July 2024", ("2022-10-01", "2022-10-31"), ("2024-07-01", "2024-07-31")),
        # an end borrows the year or the month it leaves out from the other
        ("March to May 2023", ("2023-03-01", "2023-03-31"), ("2023-05-01", "2023-05-31")),
        ("20 to 22 March 2023", ("2023-03-20", "2023-03-20"), ("2023-03-22", "2023-03-22")),
        ("June 20 to 22, 2023", ("2023-06-20", "2023-06-20"), ("2023-06-22", "2023-06-22")),
        # without a year, the latest before the publication date (13 September 2023)
        ("from March 20 to March 22", ("2023-03-20", "2023-03-20"), ("2023-03-22", "2023-03-22")),
    ],
)
def test_a_span_runs_from_its_first_date_to_its_second(expression, opening, closing):
    found = resolve_date(expression, PUBLISHED)
    assert found is not None and found.opening and found.closing, expression
    assert (found.start.isoformat(), found.end.isoformat()) == (opening[0], closing[1])
    assert (found.opening.start.isoformat(), found.opening.end.isoformat()) == opening
    assert (found.closing.start.isoformat(), found.closing.end.isoformat()) == closing


@pytest.mark.parametrize(
    "expression", ["2019 to 2016", "from May 2023 to March 2023", "and 2019 and 2021", "mid-March"]
)
def test_what_is_no_span_is_not_read_as_one(expression):
    found = resolve_date(expression, PUBLISHED)
    assert found is None or found.granularity != "span", expression


def test_absolute_years_need_no_publication_date():
    assert resolve_date("the summer of 2021", None).start == dt.date(2021, 6, 1)
    assert resolve_date("in March last year", None) is None


def test_a_range_of_time_ago_covers_both_ends():
    covered = resolve_date("two to three years ago", dt.date(2023, 9, 13))
    assert (covered.start, covered.end) == (dt.date(2020, 9, 1), dt.date(2021, 9, 30))


@pytest.mark.parametrize(
    ("expression", "future", "start", "end"),
    [
        # published Wednesday 13 September 2023
        ("on Friday", False, "2023-09-08", "2023-09-08"),
        ("on Friday", True, "2023-09-15", "2023-09-15"),
        ("in October", False, "2022-10-01", "2022-10-31"),
        ("in October", True, "2023-10-01", "2023-10-31"),
        ("in March", True, "2024-03-01", "2024-03-31"),
        ("October 5", True, "2023-10-05", "2023-10-05"),
        ("early October", True, "2023-10-01", "2023-10-10"),
        ("last Friday", True, "2023-09-08", "2023-09-08"),
        # said ahead whatever the verb
        ("next week", False, "2023-09-18", "2023-09-24"),
        ("next month", False, "2023-10-01", "2023-10-31"),
        ("next year", False, "2024-01-01", "2024-12-31"),
        ("later this year", False, "2023-09-13", "2023-12-31"),
    ],
)
def test_what_will_happen_is_dated_ahead(expression, future, start, end):
    found = resolve_date(expression, PUBLISHED, future=future)
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("expression", "start", "end"),
    [
        ("two days earlier", "2023-09-11", "2023-09-11"),
        ("the day before", "2023-09-12", "2023-09-12"),
        ("three days later", "2023-09-16", "2023-09-16"),
        ("a week earlier", "2023-09-05", "2023-09-07"),
        ("the following week", "2023-09-18", "2023-09-24"),
        ("the previous day", "2023-09-12", "2023-09-12"),
        ("121 days later", "2024-01-12", "2024-01-12"),  # a count of days past 99
        ("one hundred days earlier", "2023-06-05", "2023-06-05"),
    ],
)
def test_a_shift_counts_from_the_day_told_of(expression, start, end):
    found = shifted(expression, PUBLISHED)
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("expression", "told", "start", "end"),
    [
        ("a month later", "October 2022", "2022-11-01", "2022-11-30"),
        ("two months later", "October 8, 2022", "2022-12-01", "2022-12-31"),
        ("a year earlier", "2022", "2021-01-01", "2021-12-31"),
        ("a year later", "March 2023", "2024-03-01", "2024-03-31"),
    ],
)
def test_months_and_years_count_from_the_date_told_of(expression, told, start, end):
    found = shifted_period(expression, resolve_date(told, PUBLISHED))
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("expression", "told", "start", "end"),
    [
        ("that month", "October 8, 2022", "2022-10-01", "2022-10-31"),
        ("the same year", "March 2023", "2023-01-01", "2023-12-31"),
        ("the following month", "February 2022", "2022-03-01", "2022-03-31"),
        ("the previous year", "2022", "2021-01-01", "2021-12-31"),
    ],
)
def test_the_month_or_year_of_the_date_told_of(expression, told, start, end):
    found = period_of(expression, resolve_date(told, PUBLISHED))
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


def test_that_month_after_a_year_names_no_month():
    assert period_of("that month", resolve_date("2022", PUBLISHED)) is None


@pytest.mark.parametrize(
    ("expression", "day"),
    [
        ("21/09/2022", "2022-09-21"),
        ("9/21/2022", "2022-09-21"),
        ("2022/09/21", "2022-09-21"),
        ("21.09.2022", "2022-09-21"),
    ],
)
def test_a_date_in_figures_is_the_day_when_its_numbers_tell_the_month(expression, day):
    found = resolve_date(expression, PUBLISHED)
    assert (found.start.isoformat(), found.granularity) == (day, "day")


def test_a_date_in_figures_that_could_be_either_day_gives_only_its_year():
    found = resolve_date("3/4/2023", PUBLISHED)
    assert (found.start.isoformat(), found.end.isoformat()) == ("2023-01-01", "2023-12-31")


def test_a_quarter_in_short():
    found = resolve_date("Q2 2023", PUBLISHED)
    assert (found.start.isoformat(), found.end.isoformat()) == ("2023-04-01", "2023-06-30")


def test_a_shift_is_only_a_shift():
    assert shifted("two days", PUBLISHED) is None and shifted("in March", PUBLISHED) is None


def test_last_weekend_said_on_a_weekend_is_the_one_before():
    sunday = dt.date(2023, 9, 17)
    assert (resolve_date("last weekend", sunday).start, resolve_date("over the weekend", sunday).start) == (
        dt.date(2023, 9, 9),
        dt.date(2023, 9, 16),
    )


def test_the_same_day_is_the_day_the_sentence_told_before_it(check_json):
    # written on 14 September 2023; Kim arrived in Russia on Tuesday the 12th, and met Putin at the
    # cosmodrome on the 13th, hours after North Korea launched two ballistic missiles
    text = (
        "Kim arrived in Russia by train on Tuesday.\n\n"
        "Putin met Kim at the Vostochny Cosmodrome in September, and North Korea launched two ballistic"
        " missiles the same day.\n"
    )
    document = check_json(text, "--published", "2023-09-14")
    (launch,) = [c for c in document["claims"] if c["kind"] == "quantity"]
    assert launch["slots"]["date"] == "2023-09-01"  # a day of September, not Tuesday
    assert launch["verdict"]["label"] == "SUPPORTED", launch["verdict"]["explanation"]


@pytest.mark.parametrize(("days", "label"), [("three", "SUPPORTED"), ("ten", "REFUTED")])
def test_a_date_and_a_span_after_a_comma_are_two_expressions(check_json, days, label):
    # the ICC issued its warrant for Putin on 17 March 2023; Xi arrived in Moscow on the 20th
    sentence = f"On March 20, {days} days after the ICC issued a warrant for Putin's arrest, Xi arrived in Moscow."
    document = check_json(sentence + "\n", "--published", "2023-09-13")
    (span,) = [c for c in document["claims"] if c["kind"] == "duration"]
    assert span["slots"]["reference_date"] == "2023-03-20"
    assert span["verdict"]["label"] == label, span["verdict"]["explanation"]


def test_a_span_whose_link_the_parser_tags_with_its_first_date_is_one_span():
    # the small pipeline tags "Nancy Pelosi, who was Speaker from 2015 to 2023," as [2015 to] [2023]
    from spacy.tokens import Span

    from verify.extract.sentence import _time_expressions
    from verify.nlp import load

    doc = load()("Nancy Pelosi, who was Speaker from 2015 to 2023, said she would stay.")
    first = next(t.i for t in doc if t.text == "2015")
    doc.ents = [Span(doc, first, first + 2, label="DATE"), Span(doc, first + 2, first + 3, label="DATE")]
    assert [e.text for e in _time_expressions(doc[:])] == ["2015 to 2023"]


@pytest.mark.parametrize(("days", "label"), [("three", "SUPPORTED"), ("ten", "REFUTED")])
def test_a_span_after_something_up_to_an_undated_past_act_counts_to_the_acts_record(check_json, days, label):
    # Xi arrived in Moscow on 20 March 2023, three days after the ICC's warrant for Putin; counted up to
    # the article of 13 September 2023, it had been refuted
    sentence = f"Xi arrived in Moscow {days} days after the ICC issued a warrant for Putin's arrest."
    document = check_json(sentence + "\n", "--published", "2023-09-13")
    (span,) = [c for c in document["claims"] if c["kind"] == "duration"]
    assert span["verdict"]["label"] == label, span["verdict"]["explanation"]
    assert "Xi Jinping makes a state visit" in span["verdict"]["explanation"]


def test_days_written_out_are_found_beside_a_capitalised_month():
    text = "On 9 November 2024 they may march; the first of two talks was on the fifth of August, not Aug. 5."
    assert [m.group(0) for m in WRITTEN_DATE_RE.finditer(text)] == ["9 November 2024", "the fifth of August", "Aug. 5"]


@pytest.mark.parametrize(("day", "label"), [("September 12", "SUPPORTED"), ("September 10", "REFUTED")])
def test_the_day_after_it_happened_counts_from_the_day_told_before(check_json, day, label):
    # written on 16 September 2023; Kim crossed into Russia on the 12th and met Putin on the 13th
    text = (
        f"Kim crossed into Russia by train on {day}.\n\n"
        "Putin met Kim at the Vostochny Cosmodrome the day after he arrived.\n"
    )
    document = check_json(text, "--published", "2023-09-16")
    meeting = claim_with(document, "temporal", "Vostochny")
    assert meeting["verdict"]["label"] == label, meeting["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("text", "op", "value", "high"),
    [
        ("some five hundred and sixty-six days", "~", 566, None),  # one count, not "five hundred" to "sixty-six"
        ("a hundred days", "=", 100, None),
        ("between two and four years", "between", 2, 4),
        ("17-19 months", "between", 17, 19),
        ("two or three weeks", "between", 2, 3),
        ("1,000 days", "=", 1000, None),
    ],
)
def test_a_span_in_words_or_figures_is_read_whole(text, op, value, high):
    amount, _ = parse_duration(text)
    assert (amount.op, amount.value, amount.high) == (op, value, high)


def test_a_year_before_a_comma_is_no_count_of_the_unit_after_it():
    # "elected in March 2023, weeks after Phuc resigned": no span of 2,023 weeks
    assert parse_duration("was elected president in March 2023, weeks after Phuc resigned") is None


def test_a_span_in_words_is_measured_whole(check_json):
    document = check_json(
        "Five hundred and sixty-six days have passed since Russia invaded Ukraine.\n", "--published", "2023-09-13"
    )
    claim = claim_with(document, "duration", "Five hundred")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("span", "label"),
    [("20 days", "SUPPORTED"), ("30 days", "REFUTED"), ("less than three weeks", "SUPPORTED")],
)
@pytest.mark.parametrize("dated", [True, False])
def test_a_span_before_something_runs_from_the_act_told_to_it(check_json, span, label, dated):
    # dated by the sentence, or by the record of the statement it tells
    when = " on February 4, 2022," if dated else ""
    document = check_json(
        f'Putin and Xi Jinping issued their "no limits" partnership statement in Beijing{when} {span} before '
        "Russia invaded Ukraine.\n",
        "--published",
        "2023-09-13",
    )
    claim = claim_with(document, "duration", "before Russia invaded")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_since_in_an_aside_is_no_end_of_a_span(check_json):
    # "since 2011" starts Kim's time as leader; the span "after their first summit" does not end then
    document = check_json(
        "Kim Jong-un, North Korea's leader since 2011, met Putin more than four years after their first summit "
        "in Vladivostok.\n",
        "--published",
        "2023-09-13",
    )
    claim = claim_with(document, "duration", "more than four years")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


def test_hours_before_the_meeting_is_the_day_of_the_summit_told_as_hosting(check_json):
    document = check_json(
        "Russian President Vladimir Putin hosted North Korean leader Kim Jong-un at the Vostochny Cosmodrome on "
        "Wednesday.\n\nHours before the meeting, North Korea fired two ballistic missiles into the sea off its "
        "eastern coast.\n",
        "--published",
        "2023-09-13",
    )
    claim = claim_with(document, "quantity", "two ballistic missiles")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(("span", "label"), [("nearly 19 months", "SUPPORTED"), ("more than two years", "REFUTED")])
def test_sending_troops_into_a_country_is_its_invasion(check_json, span, label):
    document = check_json(f"It has been {span} since Putin sent troops into Ukraine.\n", "--published", "2023-09-13")
    claim = claim_with(document, "duration", "sent troops")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def _claim_dates(run, tmp_path, text: str, published: str) -> list[tuple[str, str]]:
    import json

    article = tmp_path / "story.txt"
    article.write_text(f"Story\n\n{text}\n", encoding="utf-8")
    result = run("claims", article, "--published", published, "--all", "--format", "json")
    return [(c["text"], c["slots"]["start"]) for c in json.loads(result.stdout)["claims"] if c["kind"] == "temporal"]


def test_a_number_in_a_name_is_no_year(run, tmp_path):
    dates = _claim_dates(
        run, tmp_path, "A door plug blew out of Alaska Airlines Flight 1282 on January 5, 2024.", "2025-01-03"
    )
    assert [start for _, start in dates] == ["2024-01-05"]


def test_a_day_told_in_the_past_perfect_is_of_the_storys_year(run, tmp_path):
    # written on 3 January 2025 of 2 January 2024: the earthquake "had struck" before the story's day
    text = (
        "On January 2, 2024, a Japan Airlines jet collided with a coast guard plane at Haneda. The plane had "
        "been preparing to fly supplies to the Noto Peninsula, where an earthquake had struck on January 1."
    )
    dates = dict(_claim_dates(run, tmp_path, text, "2025-01-03"))
    assert [start for claim, start in dates.items() if "earthquake" in claim] == ["2024-01-01"]


@pytest.mark.parametrize(
    ("expression", "start", "end"),
    [
        ("only two days earlier", "2023-09-11", "2023-09-11"),
        ("just a week later", "2023-09-19", "2023-09-21"),
        ("only two months earlier", "2023-07-01", "2023-07-31"),
        ("barely a month later", "2023-10-01", "2023-10-31"),
        ("about six months earlier", "2023-03-01", "2023-03-31"),
    ],
)
def test_a_shift_stressed_as_short_or_round_is_the_same_shift(expression, start, end):
    found = shifted(expression, PUBLISHED) or shifted_period(expression, resolve_date("September 13, 2023", PUBLISHED))
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


@pytest.mark.parametrize("expression", ["by the end of the day", "at the end of that day"])
def test_the_day_is_the_day_told_before(expression):
    found = shifted(expression, dt.date(2023, 9, 13))
    assert (found.start, found.end) == (dt.date(2023, 9, 13), dt.date(2023, 9, 13))


def test_the_end_of_the_day_told_before_dates_an_act_of_it(check_json):
    text = (
        "Putin and Kim met at the Vostochny Cosmodrome on Wednesday.\n\n"
        "By the end of the day, Kim had invited Putin to visit North Korea.\n"
    )
    # published on the Friday after
    document = check_json(f"Summit\n\n{text}", "--published", "2023-09-15")
    verdict = claim_with(document, "temporal", "invited Putin")["verdict"]
    assert verdict["label"] == "SUPPORTED", verdict["explanation"]


@pytest.mark.parametrize(
    "told",
    [
        # a weekday the parser tags apart from its day
        "Putin hosted Kim at the Vostochny Cosmodrome on Wednesday, 13 September.",
        "Kim arrived in Russia on September 12, 2023. Putin hosted Kim at the Vostochny Cosmodrome the following day.",
        "North Korea fired two missiles on September 13, 2023. Putin hosted Kim at the Vostochny Cosmodrome that "
        "same Wednesday.",
    ],
)
def test_a_day_told_by_its_weekday_or_the_day_before_is_that_day(check_json, told):
    # a week after the summit: the article's own Wednesday is 20 September
    document = check_json(f"Summit\n\n{told}\n", "--published", "2023-09-20")
    verdict = claim_with(document, "temporal", "hosted Kim")["verdict"]
    assert verdict["label"] == "SUPPORTED", verdict["explanation"]


def test_a_weekday_before_a_span_is_a_date_of_its_own(check_json):
    text = (
        "Putin and Kim met at the Vostochny Cosmodrome on Wednesday, more than four years after their first summit.\n"
    )
    document = check_json(f"Summit\n\n{text}", "--published", "2023-09-13")
    claim = claim_with(document, "temporal", "Vostochny")
    assert claim["slots"]["expression"] == "Wednesday"


def test_a_span_after_a_named_act_does_not_move_the_story_day(check_json):
    # "six days after he met Xi" counts from the Samarkand summit, not from 21 September: "Nine days
    # later" is 30 September, the day of the annexation
    text = (
        "On September 21, 2022, Putin announced a partial mobilization. The announcement came six days after he "
        "met Xi Jinping at the SCO summit in Samarkand. Nine days later, Putin signed treaties annexing four "
        "Ukrainian regions at the Kremlin.\n"
    )
    document = check_json(f"Autumn\n\n{text}", "--published", "2023-12-31")
    verdict = claim_with(document, "temporal", "Nine days later")["verdict"]
    assert verdict["label"] == "SUPPORTED", verdict["explanation"]


def test_a_thing_told_as_a_noun_is_the_act_told_as_its_verb(check_json):
    # "The invasion" is what "invaded" told, on 24 February 2022, three days after the recognition
    text = (
        "Russian troops invaded Ukraine on February 24, 2022. The invasion came three days after Putin recognized "
        "the Donetsk and Luhansk people's republics as independent states.\n"
    )
    document = check_json(f"Two Years On\n\n{text}", "--published", "2024-02-24")
    verdict = claim_with(document, "duration", "three days after")["verdict"]
    assert verdict["label"] == "SUPPORTED", verdict["explanation"]


@pytest.mark.parametrize(
    ("text", "op"), [("Hill took over ten weeks after", "="), ("has raged for over ten weeks", ">")]
)
def test_over_as_a_verbs_particle_is_no_comparison(text, op):
    assert parse_duration(text)[0].op == op


def test_a_visit_only_months_earlier_is_checked_against_its_date(check_json):
    text = (
        "Putin and Kim met at the Vostochny Cosmodrome on Wednesday.\n\n"
        "Only two months earlier, Xi Jinping had made a state visit to Moscow.\n"
    )
    document = check_json(f"Summit\n\n{text}", "--published", "2023-09-15")
    verdict = claim_with(document, "temporal", "Xi Jinping")["verdict"]
    assert verdict["label"] == "REFUTED", verdict["explanation"]


@pytest.mark.parametrize(
    ("expression", "day"),
    [
        # Easter Sunday: 9 April 2023, 31 March 2024, 20 April 2025
        ("Easter Monday", "2025-04-21"),
        ("Good Friday 2024", "2024-03-29"),
        ("Easter 2023", "2023-04-09"),
    ],
)
def test_a_feast_that_moves_with_easter_is_its_day(expression, day):
    found = resolve_date(expression, dt.date(2025, 5, 26))
    assert (found.start.isoformat(), found.granularity) == (day, "day")


def test_easter_before_a_weekday_makes_the_feast(run, tmp_path):
    dates = _claim_dates(run, tmp_path, "Pope Francis died at his residence on Easter Monday.", "2025-05-26")
    assert [start for _, start in dates] == ["2025-04-21"]


@pytest.mark.parametrize(("months", "label"), [("nearly 19", "SUPPORTED"), ("nearly 12", "REFUTED")])
def test_a_second_span_is_not_what_the_first_counts_to(check_json, months, label):
    sentence = (
        f"The summit came {months} months after Russia invaded Ukraine, and about six months after Xi Jinping "
        "held talks with Putin in Moscow."
    )
    document = check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-13")
    span = claim_with(document, "duration", "invaded Ukraine")
    assert span["verdict"]["label"] == label, span["verdict"]["explanation"]


@pytest.mark.parametrize(("span", "label"), [("about six", "SUPPORTED"), ("about two years", "REFUTED")])
def test_a_second_span_joined_to_the_first_is_checked_too(check_json, span, label):
    # both count to the summit, the second from Xi's visit of March 2023
    unit = "" if "years" in span else " months"
    sentence = (
        f"The summit came nearly 19 months after Russia invaded Ukraine, and {span}{unit} after Xi Jinping "
        "held talks with Putin in Moscow."
    )
    document = check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-13")
    assert claim_with(document, "duration", "invaded Ukraine")["text"].endswith("invaded Ukraine")
    second = claim_with(document, "duration", "held talks")
    assert second["verdict"]["label"] == label, second["verdict"]["explanation"]


@pytest.mark.parametrize(("day", "label"), [("March 20", "SUPPORTED"), ("March 25", "REFUTED")])
def test_the_date_a_joined_span_counts_from_is_checked_and_dates_nothing_else(check_json, day, label):
    sentence = (
        "The summit came more than 18 months after Russia invaded Ukraine on February 24, 2022, and six months "
        f"after Xi Jinping arrived in Moscow on {day}, 2023."
    )
    document = check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-13")
    # the first span counts to the summit, not to the day Xi arrived
    first = claim_with(document, "duration", "invaded Ukraine")["verdict"]
    assert first["label"] == "SUPPORTED", first["explanation"]
    arrival = claim_with(document, "temporal", "arrived in Moscow")
    assert arrival["verdict"]["label"] == label, arrival["verdict"]["explanation"]


def test_a_thing_told_before_is_dated_by_its_own_clause(check_json):
    # the re-election is of the weekend (15-17 March 2024), not of the 2000 the clause after it tells
    text = (
        "Vladimir Putin won re-election over the weekend, extending a rule that began when he first became "
        "president in 2000.\n\nThe election came a month after opposition leader Alexei Navalny died in an Arctic "
        "prison on February 16.\n"
    )
    document = check_json(f"Landslide\n\n{text}", "--published", "2024-03-20")
    verdict = claim_with(document, "duration", "Navalny died")["verdict"]
    assert verdict["label"] == "SUPPORTED", verdict["explanation"]
    assert "The election, told as the weekend" in verdict["explanation"]


def test_a_span_counts_from_its_anchor_not_from_the_span_joined_after_it(check_json):
    sentence = (
        "Kim met Putin on September 13, 2023, more than 18 months after Russia invaded Ukraine and six months "
        "after Xi visited Moscow."
    )
    document = check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-14")
    first = claim_with(document, "duration", "invaded Ukraine")
    assert first["text"] == "more than 18 months after Russia invaded Ukraine"
    assert first["verdict"]["label"] == "SUPPORTED", first["verdict"]["explanation"]
    assert claim_with(document, "duration", "Xi visited")["verdict"]["label"] == "SUPPORTED"


def test_an_act_joined_to_the_main_verb_is_not_what_a_span_counts_from(check_json):
    sentence = "Kim met Putin on Wednesday 18 months after Russia invaded Ukraine and invited him to North Korea."
    document = check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-13")
    span = claim_with(document, "duration", "invaded Ukraine")
    assert span["text"].endswith("invaded Ukraine")
    assert span["verdict"]["label"] == "SUPPORTED", span["verdict"]["explanation"]


def test_years_counted_from_a_day_are_round_figures():
    # "Two years earlier", said of the final of 31 May 2025, holds the final of 10 June 2023
    found = shifted_period("two years earlier", resolve_date("May 31, 2025", PUBLISHED))
    assert found.start <= dt.date(2023, 6, 10) <= found.end
    assert (found.start, found.end) == (dt.date(2022, 11, 1), dt.date(2023, 11, 30))


def test_the_act_a_time_is_told_by_is_not_the_act_told(check_json):
    # "the day before his summit with Putin" dates the tour; the tour is no summit misdated
    sentence = "Kim Jong-un had toured a factory in Russia on Tuesday, the day before his summit with Putin."
    document = check_json(f"Tour\n\n{sentence}\n", "--published", "2023-09-14")
    verdict = claim_with(document, "temporal", "toured")["verdict"]
    assert verdict["label"] != "REFUTED", verdict["explanation"]
    assert all(e["record"] != "putin-kim-vostochny-summit-2023" for e in verdict["evidence"])


def test_a_span_after_the_main_act_counts_to_it_not_to_a_date_in_an_aside(check_json):
    # the ICC warrant: 17 March 2023; Xi's visit began on 20 March (the aside's "Tuesday" is the 21st)
    sentence = (
        "Xi Jinping, who arrived in Moscow on Tuesday, held talks with Vladimir Putin three days after the "
        "International Criminal Court issued an arrest warrant for the Russian leader."
    )
    document = check_json(f"Moscow\n\n{sentence}\n", "--published", "2023-03-22")
    span = claim_with(document, "duration", "warrant")
    assert span["verdict"]["label"] == "SUPPORTED", span["verdict"]["explanation"]
