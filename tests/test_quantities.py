"""Counts read from sentences: the whole number, with its comparator, and the counted thing."""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize(
    ("sentence", "fragment", "op", "value", "item"),
    [
        ("Brittany said 1.2 million homes lost power.", "1.2 million homes", "=", 1_200_000, "home"),
        ("More than 2.5 million people fled the region.", "More than 2.5 million people", ">", 2_500_000, "people"),
        ("The army sent three hundred thousand troops.", "three hundred thousand troops", "=", 300_000, "troop"),
        ("Pyongyang launched two ballistic missiles.", "two ballistic missiles", "=", 2, "ballistic missile"),
        ("Pyongyang fired two dozen missiles.", "two dozen missiles", "=", 24, "missile"),
        ("Pyongyang fired a dozen missiles.", "a dozen missiles", "=", 12, "missile"),
        ("Pyongyang fired at least half a dozen missiles.", "half a dozen missiles", ">=", 6, "missile"),
        ("Two dozen missiles were fired.", "Two dozen missiles", "=", 24, "missile"),  # "dozen" hung on "two"
        # the small English pipeline tags "2023 two" as one date
        ("In 2023 two missiles were fired.", "two missiles", "=", 2, "missile"),
        ("In March 2023, five soldiers were killed.", "five soldiers", "=", 5, "soldier"),
        ("Pyongyang launched a single ballistic missile.", "a single ballistic missile", "=", 1, "ballistic missile"),
        # "more" adds to a count told before; it is no kind of missile
        ("Pyongyang fired two more missiles.", "two more missiles", "=", 2, "missile"),
        # a hyphenated verb stays a verb
        (
            "The DPRK test-fired two short-range ballistic missiles.",
            "two short-range",
            "=",
            2,
            "short-range ballistic missile",
        ),
        # spans of time are not counts of things done
        ("Pyongyang fired two missiles in a single evening.", "two missiles", "=", 2, "missile"),
        ("The talks went on for three hours.", None, None, None, None),
        # nor are measures, or a number inside a name
        ("The missile flew 600 miles before it fell.", None, None, None, None),
        ("Marchand won the 200 m butterfly.", None, None, None, None),
        ("Marchand won gold in the 400 m individual medley.", None, None, None, None),
        ("The army announced a five-year plan.", None, None, None, None),
    ],
)
def test_the_whole_number_is_read(run, sentence, fragment, op, value, item):
    result = run("claims", "-", "--published", "2023-11-03", "--format", "json", input=sentence + "\n")
    quantities = [c for c in json.loads(result.stdout)["claims"] if c["kind"] == "quantity"]
    if fragment is None:
        assert quantities == []
        return
    assert [(c["slots"]["op"], c["slots"]["value"], c["slots"]["item"]) for c in quantities] == [(op, value, item)]
    assert fragment in quantities[0]["text"]


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        ("North Korea fired two missiles into the sea off its eastern coast.", "east"),
        ("South Korea said the North fired two missiles toward the East Sea.", "east"),
        ("North Korea fired two missiles westward.", "west"),
        ("North Korean troops fired two missiles.", None),
    ],
)
def test_a_heading_is_not_read_from_a_country_name(run, sentence, heading):
    result = run("claims", "-", "--published", "2023-09-13", "--format", "json", input=sentence + "\n")
    quantities = [c for c in json.loads(result.stdout)["claims"] if c["kind"] == "quantity"]
    assert [c["slots"]["direction"] for c in quantities] == [heading]


@pytest.mark.parametrize(
    ("sentence", "fragment", "low", "high", "item"),
    [
        ("Pyongyang fired two or three missiles.", "two or three missiles", 2, 3, "missile"),
        (
            "Pyongyang fired between two and four missiles.",
            "Pyongyang fired between two and four missiles",
            2,
            4,
            "missile",
        ),
        (
            "Pyongyang fired three to five short-range missiles.",
            "three to five short-range missiles",
            3,
            5,
            "short-range missile",
        ),
        # the multiplier counts for both ends
        ("Between 1 and 2 million people fled.", "1 and 2 million people", 1_000_000, 2_000_000, "people"),
        ("One to two dozen missiles were fired.", "One to two dozen missiles", 12, 24, "missile"),
    ],
)
def test_a_range_of_counts_is_read_as_one(run, sentence, fragment, low, high, item):
    result = run("claims", "-", "--published", "2023-11-03", "--format", "json", input=sentence + "\n")
    quantities = [c for c in json.loads(result.stdout)["claims"] if c["kind"] == "quantity"]
    assert [(c["slots"]["op"], c["slots"]["value"], c["slots"]["high"], c["slots"]["item"]) for c in quantities] == [
        ("between", low, high, item)
    ]
    assert fragment in quantities[0]["text"]


def test_a_count_is_dated_by_its_own_verb_and_the_north_is_north_korea(check_json):
    # Recorded on 12 July 2023: one Hwasong-18 ICBM, not two short-range missiles
    text = "The launch was the second this month, after the North fired two short-range missiles on July 12.\n"
    document = check_json(text, "--published", "2023-07-20")
    count = next(c for c in document["claims"] if c["kind"] == "quantity")
    assert count["slots"]["date"] == "2023-07-12"
    assert count["verdict"]["label"] == "REFUTED", count["verdict"]["explanation"]
    assert count["verdict"]["evidence"][0]["record"] == "nk-2023-07-12-ballistic"


def test_a_hyphenated_verb_gives_the_count_its_actor(run):
    text = "North Korea test-fired two ballistic missiles on Wednesday.\n"
    result = run("claims", "-", "--published", "2023-09-13", "--format", "json", input=text)
    (count,) = [c for c in json.loads(result.stdout)["claims"] if c["kind"] == "quantity"]
    assert (count["slots"]["actor"], count["slots"]["verb"], count["slots"]["date"]) == (
        "North Korea",
        "test-fire",
        "2023-09-13",
    )


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # July 2023: one ballistic missile on the 12th, two on the 19th, two on the 24th
        ("Earlier this month, North Korea launched two ballistic missiles.", "SUPPORTED"),
        ("North Korea launched three ballistic missiles in July.", "NOT_ENOUGH_INFO"),
        ("North Korea fired fewer than three ballistic missiles in July.", "REFUTED"),
        ("North Korea fired more than four ballistic missiles in July.", "SUPPORTED"),
        # June 2023: one recorded day, two missiles on the 15th; more may have gone unrecorded, and
        # a launch of one missile may be among them (the records are not exhaustive)
        ("North Korea launched a single ballistic missile in June.", "NOT_ENOUGH_INFO"),
        ("North Korea launched four ballistic missiles in June.", "NOT_ENOUGH_INFO"),
        # August 2022: cruise missiles only; the records of a month are not all there was
        ("North Korea launched five ballistic missiles in August last year.", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_count_over_a_period_may_be_one_occasion_in_it(check_json, sentence, label):
    document = check_json(sentence + "\n", "--published", "2023-07-25")
    (count,) = [c for c in document["claims"] if c["kind"] == "quantity"]
    assert count["verdict"]["label"] == label, count["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 19 July 2023: two short-range ballistic missiles; 12 July: one Hwasong-18 ICBM
        ("North Korea fired two SRBMs on July 19.", "SUPPORTED"),
        ("North Korea fired two ICBMs on July 19.", "REFUTED"),
        ("Pyongyang launched one ICBM on July 12.", "SUPPORTED"),
        ("Pyongyang launched two ICBMs on July 12.", "REFUTED"),
    ],
)
def test_an_item_may_be_named_by_its_abbreviation(check_json, sentence, label):
    document = check_json(sentence + "\n", "--published", "2023-07-25")
    (count,) = [c for c in document["claims"] if c["kind"] == "quantity"]
    assert count["verdict"]["label"] == label, count["verdict"]["explanation"]


@pytest.mark.parametrize("count", ["two", "three"])
def test_a_count_ahead_of_the_article_is_a_plan_not_checked(check_json, count):
    # written on Monday 11 September 2023; two ballistic missiles were launched on the Wednesday after
    text = f"North Korea will launch {count} ballistic missiles on Wednesday, officials warned.\n"
    document = check_json(text, "--published", "2023-09-11")
    (claim,) = [c for c in document["claims"] if c["kind"] == "quantity"]
    assert (claim["slots"]["date"], claim["verdict"]["label"]) == ("2023-09-13", "NOT_ENOUGH_INFO")
    assert "yet to happen" in claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 13 September 2023: two ballistic missiles; July 2023: five on three days
        ("Pyongyang launched no missiles on Wednesday.", "REFUTED"),
        ("Pyongyang did not launch any ballistic missiles on Wednesday.", "REFUTED"),
        ("North Korea launched no ballistic missiles in July.", "REFUTED"),
        # no record of the day: the records are not exhaustive, so none is not confirmed either
        ("North Korea launched no missiles on July 20.", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_count_of_none_is_a_count(check_json, sentence, label):
    document = check_json(sentence + "\n", "--published", "2023-09-13")
    (count,) = [c for c in document["claims"] if c["kind"] == "quantity"]
    assert (count["slots"]["value"], count["slots"]["negated"]) == (0.0, None)
    assert count["verdict"]["label"] == label, count["verdict"]["explanation"]


def test_a_question_about_any_missiles_is_no_count(run):
    result = run("claims", "-", "--published", "2023-09-13", "--format", "json", input="Did it launch any missiles?\n")
    assert '"quantity"' not in result.stdout


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 18 December 2023: one Hwasong-18 ICBM; 13 September 2023: two SRBMs
        ("North Korea fired an intercontinental ballistic missile on December 18.", "SUPPORTED"),
        ("Pyongyang launched a ballistic missile on September 13.", "SUPPORTED"),  # there were two
        ("Pyongyang launched an ICBM on September 13.", "REFUTED"),
        ("Pyongyang launched a cruise missile on September 13.", "REFUTED"),
    ],
)
def test_a_counted_thing_with_an_article_is_at_least_one(check_json, sentence, label):
    document = check_json(sentence + "\n", "--published", "2023-12-20")
    (count,) = [c for c in document["claims"] if c["kind"] == "quantity"]
    assert (count["slots"]["op"], count["slots"]["value"]) == (">=", 1.0)
    assert count["verdict"]["label"] == label, count["verdict"]["explanation"]


def test_an_article_before_a_thing_no_dataset_counts_is_no_count(run):
    text = "Kim issued a statement and made a visit to Moscow on September 13.\n"
    result = run("claims", "-", "--published", "2023-12-20", "--format", "json", input=text)
    assert '"quantity"' not in result.stdout


@pytest.mark.parametrize(
    ("count", "label"),
    # two days with one recorded occasion: that occasion decides
    [("two", "SUPPORTED"), ("three", "REFUTED"), ("one", "REFUTED")],
)
def test_hours_before_is_the_day_told_of_or_the_evening_before(check_json, count, label):
    # written on Thursday 14 September 2023; the summit and the launch of two were on Wednesday the 13th
    text = (
        "Putin and Kim met at the Vostochny Cosmodrome on Wednesday.\n\n"
        f"Hours before the summit, North Korea fired {count} short-range ballistic missiles.\n"
    )
    document = check_json(text, "--published", "2023-09-14")
    (claim,) = [c for c in document["claims"] if c["kind"] == "quantity"]
    assert (claim["slots"]["date"], claim["slots"]["date_end"]) == ("2023-09-12", "2023-09-13")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("missile", "label"),
    [
        # 16 March 2023, hours before Kishida and Yoon met in Tokyo: one Hwasong-17 ICBM
        ("an intercontinental ballistic missile", "SUPPORTED"),
        ("a cruise missile", "REFUTED"),
    ],
)
def test_a_counted_thing_the_parser_folds_into_a_time_is_still_counted(check_json, missile, label):
    # the small parser reads "an ... missile hours" as one noun phrase about hours
    text = (
        "Summit\n\nKishida met Yoon in Tokyo on Thursday.\n\n"
        f"North Korea fired {missile} hours before the summit, Japan's defence ministry said.\n"
    )
    document = check_json(text, "--published", "2023-03-16")
    (count,) = [c for c in document["claims"] if c["kind"] == "quantity"]
    assert (count["slots"]["op"], count["slots"]["value"], count["slots"]["actor"]) == (">=", 1.0, "North Korea")
    assert count["verdict"]["label"] == label, count["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("when", "count", "label"), [("Earlier in the day", "two", "SUPPORTED"), ("Later that day", "three", "REFUTED")]
)
def test_earlier_in_the_day_is_the_day_told_of(check_json, when, count, label):
    # written on Thursday 14 September 2023; the launch of two was on Wednesday the 13th
    text = (
        "Putin and Kim met at the Vostochny Cosmodrome on Wednesday.\n\n"
        f"{when}, North Korea fired {count} short-range ballistic missiles.\n"
    )
    (claim,) = [c for c in check_json(text, "--published", "2023-09-14")["claims"] if c["kind"] == "quantity"]
    assert claim["slots"]["date"] == "2023-09-13"
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("It is not true that North Korea fired two ballistic missiles on Wednesday.", "REFUTED"),
        ("North Korea denied firing two ballistic missiles on Wednesday.", "REFUTED"),
        ("North Korea did not fail to fire two ballistic missiles on Wednesday.", "SUPPORTED"),
    ],
)
def test_a_frame_that_denies_a_count_denies_it(check_json, sentence, label):
    # the launch of two ballistic missiles on Wednesday 13 September 2023
    (claim,) = [
        c
        for c in check_json(f"Launch\n\n{sentence}\n", "--published", "2023-09-14")["claims"]
        if c["kind"] == "quantity"
    ]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("count", "label"), [("two", "SUPPORTED"), ("three", "REFUTED")])
def test_it_firing_missiles_is_the_country_a_subject_named_before(check_json, count, label):
    # the launch of two ballistic missiles on Wednesday 13 September 2023
    text = (
        f"Launch\n\nNorth Korea has stepped up its weapons tests. It fired {count} ballistic missiles on Wednesday.\n"
    )
    (claim,) = [c for c in check_json(text, "--published", "2023-09-14")["claims"] if c["kind"] == "quantity"]
    assert claim["slots"]["actor"] == "North Korea"
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("count", "label"), [("more than 100", "SUPPORTED"), ("more than 500", "NOT_ENOUGH_INFO")])
def test_a_count_since_a_date_runs_up_to_the_article(check_json, count, label):
    # the records hold more than 100 missiles from January 2022 to the article's date, 95 in 2022 alone
    text = f"Tests\n\nNorth Korea has fired {count} missiles since 2022.\n"
    (claim,) = [c for c in check_json(text, "--published", "2023-09-13")["claims"] if c["kind"] == "quantity"]
    assert (claim["slots"]["date"], claim["slots"]["date_end"]) == ("2022-01-01", "2023-09-13")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("coast", "label"),
    [
        ("its eastern coast", "SUPPORTED"),  # a heading the record's direction confirms
        ("its western coast", "REFUTED"),
        ("the Yellow Sea", "REFUTED"),  # another sea than the one the record's heading names
    ],
)
def test_a_coast_named_by_its_heading_is_the_heading_not_a_place(check_json, coast, label):
    sentence = f"North Korea launched two ballistic missiles into the sea off {coast} on Wednesday.\n"
    if coast.startswith("the"):
        sentence = f"North Korea launched two ballistic missiles into {coast} on Wednesday.\n"
    document = check_json(sentence, "--published", "2023-09-14")
    (count,) = [c for c in document["claims"] if c["kind"] == "quantity"]
    assert count["verdict"]["label"] == label, count["verdict"]["explanation"]


def test_hours_before_the_summit_count_from_the_sentence_that_told_of_it(check_json):
    # written on Thursday 14 September 2023: Putin met Xi in March, and Kim on Wednesday the 13th,
    # hours after North Korea fired two ballistic missiles
    text = (
        "Putin met Chinese President Xi Jinping in Moscow in March.\n\n"
        "Kim and Putin posed for photographs at the Vostochny Cosmodrome on Wednesday before holding talks.\n\n"
        "Kim had arrived in Russia by train on Tuesday.\n\n"
        "Hours before the summit, North Korea fired two short-range ballistic missiles.\n"
    )
    document = check_json(text, "--published", "2023-09-14")
    (claim,) = [c for c in document["claims"] if c["kind"] == "quantity"]
    assert (claim["slots"]["date"], claim["slots"]["date_end"]) == ("2023-09-12", "2023-09-13")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(("count", "label"), [("2-3", "SUPPORTED"), ("4-5", "REFUTED")])
def test_a_range_written_with_a_hyphen_is_a_range_of_the_count(check_json, count, label):
    # the parser splits "2-3" into "2", "-" and "3"; no "-3 missile" is counted
    document = check_json(f"North Korea fired {count} missiles on Wednesday.\n", "--published", "2023-09-14")
    (claim,) = [c for c in document["claims"] if c["kind"] == "quantity"]
    assert claim["slots"]["item"] == "missile"
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_number_in_a_name_is_no_count(run, tmp_path):
    article = tmp_path / "jets.txt"
    article.write_text(
        "Launch\n\nOn July 12, 2023, North Korea launched 1 Hwasong 18 missile into the sea.\n",
        encoding="utf-8",
    )
    result = run("claims", article, "--published", "2024-01-10", "--all", "--format", "json")
    counts = [c["slots"]["value"] for c in json.loads(result.stdout)["claims"] if c["kind"] == "quantity"]
    assert counts == [1]
