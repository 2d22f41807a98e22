"""Another article on the seed's datasets: how long ago things happened, and who did them."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claim_with
from verify.timeexpr import Amount, resolve_date

# Russia's full-scale invasion began on 24 February 2022: 601 days before 18 October 2023.
PUBLISHED = "2023-10-18"


def dated_verdict(check_json, sentence: str, published: str) -> dict:
    """The verdict on the one dated event of an article made of ``sentence``, checked whatever its score."""
    document = check_json(f"Timeline\n\n{sentence}\n", "--published", published, "--threshold", "0")
    (dated,) = [c for c in document["claims"] if c["kind"] == "temporal"]
    return dated["verdict"]


def setback_claim(check_json, text: str, kind: str, fragment: str) -> dict:
    """The ``kind`` claim holding ``fragment`` of an article of ``text``, published on 13 September 2023."""
    return claim_with(check_json(f"Setbacks\n\n{text}\n", "--published", "2023-09-13"), kind, fragment)


@pytest.fixture
def verdict_of(check_json):
    def verdict(sentence: str, kind: str) -> dict:
        document = check_json(f"A Timeline\n\n{sentence}\n", "--published", PUBLISHED)
        return claim_with(document, kind, sentence.split()[1])["verdict"]

    return verdict


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Nearly 600 days have passed since Russia invaded Ukraine.", "SUPPORTED"),
        ("More than 700 days have passed since Russia invaded Ukraine.", "REFUTED"),
        ("A year has now elapsed since Russia invaded Ukraine.", "SUPPORTED"),
    ],
)
def test_time_that_has_passed_since_an_event(verdict_of, sentence, label):
    verdict = verdict_of(sentence, "duration")
    assert verdict["label"] == label, verdict["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Russia invaded Ukraine more than 18 months ago.", "SUPPORTED"),
        ("More than 18 months ago, Russia invaded Ukraine.", "SUPPORTED"),
        ("Russia invaded Ukraine less than a year ago.", "REFUTED"),
        ("Russia invaded Ukraine more than two years ago.", "REFUTED"),
    ],
)
def test_a_bounded_time_ago_dates_an_event(verdict_of, sentence, label):
    verdict = verdict_of(sentence, "temporal")
    assert verdict["label"] == label, verdict["explanation"]


def test_a_span_of_time_is_not_a_count_of_things_done(check_json):
    document = check_json("Russia invaded Ukraine more than 18 months ago.\n", "--published", PUBLISHED)
    assert [c["kind"] for c in document["claims"]] == ["temporal"]
    assert "(up to 2022-04-18)" in document["claims"][0]["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the small pipeline tags "Kherson" as a person; the record names it, so it is a place
        ("Ukraine's forces recaptured Kherson in November last year.", "SUPPORTED"),
        ("Ukrainian troops recaptured Kherson in November 2022.", "SUPPORTED"),
        ("Ukraine's forces recaptured Kherson in October last year.", "REFUTED"),
        # the record is Ukraine's doing: Russia taking Kherson is another event, unconfirmed
        ("Russia recaptured Kherson in November last year.", "NOT_ENOUGH_INFO"),
    ],
)
def test_who_took_a_city_and_when(verdict_of, sentence, label):
    verdict = verdict_of(sentence, "temporal")
    assert verdict["label"] == label, verdict["explanation"]


@pytest.mark.parametrize(
    ("expression", "start", "end"),
    [
        ("more than 18 months ago", dt.date.min, dt.date(2022, 4, 18)),
        ("less than a year ago", dt.date(2022, 10, 18), dt.date(2023, 10, 18)),
        ("nearly two years ago", dt.date(2021, 10, 18), dt.date(2022, 2, 6)),
        ("at least 10 days ago", dt.date.min, dt.date(2023, 10, 8)),
    ],
)
def test_bounded_ago_resolves_to_an_open_range(expression, start, end):
    found = resolve_date(expression, dt.date.fromisoformat(PUBLISHED))
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    ("amount", "actual", "holds"),
    [
        # days between two dates are counted with or without the first one
        (Amount("~<", 600, "day"), 601, True),
        (Amount("~<", 600, "day"), 602, False),
        (Amount("=", 600, "day"), 601, True),
        (Amount("=", 600, "day"), 598, False),
        # counts of things have no such slack
        (Amount("=", 2, None), 3, False),
        # a span in larger units holds through its last unit, and a little short of it (5 %):
        # 23 months may be "two years", 19 months are not
        (Amount("=", 18, "month"), 18.6, True),
        (Amount("=", 2, "year"), 1.92, True),
        (Amount("=", 2, "year"), 1.6, False),
    ],
)
def test_spans_of_days_allow_for_the_counting_convention(amount, actual, holds):
    assert amount.holds_for(actual) is holds


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The summit at the Vostochny Cosmodrome was on Wednesday 13 September 2023. The small
        # model scores such sentences about 0.1; a dated event is checked through its prior.
        ("Putin and Kim met at the Vostochny Cosmodrome on Wednesday.", "SUPPORTED"),
        ("Putin and Kim met at the Vostochny Cosmodrome on Tuesday.", "REFUTED"),
    ],
)
def test_a_plain_dated_meeting_is_checked(check_json, sentence, label):
    document = check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-13")
    verdict = claim_with(document, "temporal", "met at")["verdict"]
    assert verdict["label"] == label, verdict["explanation"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Pyongyang probably launched two ballistic missiles on Wednesday.", "quantity"),
        ("Kim may have met Putin in March.", "temporal"),
    ],
)
def test_what_a_hedged_sentence_says_happened_is_not_checked(check_json, sentence, kind):
    document = check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-13")
    claim = claim_with(document, kind, sentence.split()[0])
    assert claim["checkworthiness"] < 0.5
    assert claim["verdict"]["explanation"].startswith("Not checked")


def test_a_date_in_a_clause_about_someone_does_not_date_the_act(check_json):
    text = (
        "Summit\n\n"
        "Vladimir Putin, who became president in 2000, met Kim at the Vostochny Cosmodrome on Wednesday.\n\n"
        "Kim Jong-un, who took power in 2011, met Putin at the Vostochny Cosmodrome.\n"
    )
    document = check_json(text, "--published", "2023-09-13", "--threshold", "0")
    dated = claim_with(document, "temporal", "became president")
    assert (dated["slots"]["start"], dated["verdict"]["label"]) == ("2023-09-13", "SUPPORTED")
    # the clause is a claim of its own (taking power, a role: Supreme Leader on 17 December 2011),
    # and the meeting is not dated 2011
    clause = claim_with(document, "role", "took power")
    assert clause["text"] == "Kim Jong-un, who took power"
    assert (clause["slots"]["tense"], clause["slots"]["date"]) == ("start", "2011-01-01")
    assert clause["verdict"]["label"] == "SUPPORTED", clause["verdict"]["explanation"]
    assert not any("met Putin" in c["text"] for c in document["claims"])


@pytest.mark.parametrize(
    ("when", "label"),
    [
        # Putin's state visit to China, 16-17 May 2024
        ("in May", "SUPPORTED"),
        ("in April", "REFUTED"),
    ],
)
def test_a_dated_clause_about_someone_is_checked_as_what_they_did(check_json, when, label):
    text = f"Allies\n\nChinese President Xi Jinping, who hosted Putin in Beijing {when}, has stayed silent.\n"
    document = check_json(text, "--published", "2024-06-19", "--threshold", "0")
    clause = claim_with(document, "temporal", "hosted Putin")
    assert clause["text"].startswith("Xi Jinping, who hosted Putin in Beijing")
    assert clause["verdict"]["label"] == label, clause["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Xi's state visit to Moscow, 20-22 March 2023; the summit at Vostochny, 13 September 2023
        ("Putin, who hosted Xi in Moscow in March, hosted Kim at the Vostochny Cosmodrome in September.", "SUPPORTED"),
        ("Putin, who met Xi in Moscow in March, welcomed Kim in September.", "SUPPORTED"),
        # the Wagner mutiny, 23-24 June 2023, is not what the sentence dates to August
        ("The Wagner Group, which staged a mutiny in June, lost its leader in August.", "NOT_ENOUGH_INFO"),
    ],
)
def test_what_a_relative_clause_tells_is_not_the_sentences_act(check_json, sentence, label):
    document = check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-13", "--threshold", "0")
    clause, act = [c for c in document["claims"] if c["kind"] == "temporal"]
    assert clause["text"] == sentence.split(", ")[0] + ", " + sentence.split(", ")[1]
    assert clause["verdict"]["label"] == "SUPPORTED", clause["verdict"]["explanation"]
    assert act["verdict"]["label"] == label, act["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("when", "label"),
    [
        # Putin's state visit to Pyongyang and summit with Kim, Wednesday 19 June 2024
        ("on Wednesday", "SUPPORTED"),
        ("on Tuesday", "REFUTED"),
    ],
)
def test_a_meeting_is_the_record_of_their_summit_that_day(check_json, when, label):
    text = (
        "Summit\n\n"
        f"Vladimir Putin met Kim Jong-un {when}.\n\n"
        f"The two leaders signed a treaty on comprehensive strategic partnership {when}.\n"
    )
    document = check_json(text, "--published", "2024-06-19", "--threshold", "0")
    met = claim_with(document, "temporal", "met Kim")
    assert met["verdict"]["label"] == label, met["verdict"]["explanation"]
    assert met["verdict"]["evidence"][0]["record"] == "putin-visits-pyongyang-2024"
    treaty = claim_with(document, "temporal", "two leaders")
    assert treaty["slots"]["participants"] == ["Vladimir Putin", "Kim Jong-un"]
    assert treaty["verdict"]["label"] == label, treaty["verdict"]["explanation"]


def test_time_since_an_open_ended_date_is_not_counted(check_json):
    document = check_json(
        "It has been six months since more than a year ago.\n", "--published", PUBLISHED, "--threshold", "0"
    )
    verdict = claim_with(document, "duration", "six months")["verdict"]
    assert (verdict["label"], verdict["explanation"]) == (
        "NOT_ENOUGH_INFO",
        "“more than a year ago” has no first day to count from.",
    )


@pytest.mark.parametrize(
    ("sentence", "published", "label"),
    [
        # the invitation of 13 September 2023, told on Wednesday the 20th: any day up to the saying
        (
            "Officials said on Wednesday that Kim Jong-un had invited Vladimir Putin to visit.",
            "2023-09-22",
            "SUPPORTED",
        ),
        ("Officials said on Wednesday that Kim Jong-un invited Vladimir Putin to visit.", "2023-09-22", "SUPPORTED"),
        # a record of the saying itself (18 October 2024) is dated by the day of saying
        (
            "South Korea's spy agency said on September 18 that North Korea had sent troops to Russia.",
            "2024-11-01",
            "REFUTED",
        ),
    ],
)
def test_the_day_something_was_said_to_have_happened_bounds_the_act(check_json, sentence, published, label):
    document = check_json(f"News\n\n{sentence}\n", "--published", published, "--threshold", "0")
    verdict = claim_with(document, "temporal", "said")["verdict"]
    assert verdict["label"] == label, verdict["explanation"]


def test_since_that_day_counts_from_the_day_the_sentence_told(check_json):
    sentence = "On February 24, 2022, Russia invaded Ukraine, and more than 18 months have passed since that day."
    document = check_json(f"News\n\n{sentence}\n", "--published", "2023-09-13", "--threshold", "0")
    verdict = claim_with(document, "duration", "that day")["verdict"]
    assert verdict["label"] == "SUPPORTED", verdict["explanation"]


def test_a_date_of_a_joined_verb_is_not_the_main_acts(check_json):
    # Putin won the election of 15-17 March 2024 and was inaugurated on 7 May
    sentence = "Vladimir Putin won the presidential election and was inaugurated on May 7, 2024."
    document = check_json(f"News\n\n{sentence}\n", "--published", "2024-12-02", "--threshold", "0")
    inaugurated = [c for c in document["claims"] if c["text"].startswith("was inaugurated")]
    assert [c["verdict"]["label"] for c in inaugurated] == ["SUPPORTED"]
    won = claim_with(document, "temporal", "Vladimir Putin won")["verdict"]
    assert won["label"] == "NOT_ENOUGH_INFO", won["explanation"]


@pytest.mark.parametrize(("span", "label"), [("almost a year", "SUPPORTED"), ("two years", "REFUTED")])
def test_a_date_set_after_what_a_span_counts_from_is_that_things_date(check_json, span, label):
    # Putin announced the partial mobilization on 21 September 2022; the summit was a year later
    sentence = f"The summit came {span} after Putin announced a partial mobilization, on September 21 last year."
    document = check_json(f"News\n\n{sentence}\n", "--published", "2023-09-13", "--threshold", "0")
    verdict = claim_with(document, "duration", span)["verdict"]
    assert verdict["label"] == label, verdict["explanation"]


@pytest.mark.parametrize(
    ("sentence", "published", "label"),
    [
        # the Black Sea Grain Initiative ran from 22 July 2022 until Russia left it on 17 July 2023
        ("Less than a year has passed since the Black Sea Grain Initiative ended.", "2024-05-01", "SUPPORTED"),
        ("More than two years have passed since the end of the Black Sea Grain Initiative.", "2024-09-01", "REFUTED"),
        ("More than two years have passed since the Black Sea Grain Initiative began.", "2024-09-01", "SUPPORTED"),
    ],
)
def test_time_since_a_thing_ended_counts_from_its_last_day(check_json, sentence, published, label):
    document = check_json(f"News\n\n{sentence}\n", "--published", published, "--threshold", "0")
    verdict = claim_with(document, "duration", "Grain")["verdict"]
    assert verdict["label"] == label, verdict["explanation"]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # written on Friday 8 September 2023; the summit was held on Wednesday the 13th
        ("Putin and Kim are expected to hold a summit at the Vostochny Cosmodrome on Wednesday.", "2023-09-13"),
        ("Putin will attend the Belt and Road Forum in Beijing in October.", "2023-10-01"),
        # a plan the record shows changed is not the article's error
        ("Putin and Kim will hold a summit at the Vostochny Cosmodrome on Tuesday.", "2023-09-12"),
    ],
)
def test_what_will_happen_is_dated_ahead_of_the_article_and_not_checked(check_json, sentence, day):
    # a plan or a forecast is no fact yet, whether or not a record bears it out
    document = check_json(f"Ahead\n\n{sentence}\n", "--published", "2023-09-08")
    claim = claim_with(document, "temporal", sentence.split()[0])
    assert claim["slots"]["start"] == day
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]["explanation"]
    assert "yet to happen" in claim["verdict"]["explanation"]


def test_an_undated_meeting_of_two_who_met_often_is_not_one_record(check_json):
    # Putin and Kim met in 2019, 2023 and 2024: with no date, "held talks" names none of them
    document = check_json("Talks\n\nVladimir Putin and Kim Jong-un held talks.\n", "--published", "2024-12-01")
    talks = claim_with(document, "event", "held talks")
    assert talks["verdict"]["label"] == "NOT_ENOUGH_INFO", talks["verdict"]["explanation"]


@pytest.mark.parametrize(("when", "label"), [("in December 2022", "SUPPORTED"), ("in December 2021", "REFUTED")])
def test_one_person_and_three_words_of_what_happened_find_a_dated_record(check_json, when, label):
    # "Volodymyr Zelenskyy visits Washington and addresses a joint meeting of the US Congress", 2022-12-21
    text = f"Aid\n\nVolodymyr Zelenskyy addressed a joint meeting of Congress {when}.\n"
    document = check_json(text, "--published", "2024-04-24", "--threshold", "0")
    claim = claim_with(document, "temporal", "joint meeting")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
    assert claim["verdict"]["evidence"][0]["record"] == "zelenskyy-visits-washington-2022"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a count no dataset counts leaves the sentence its event (the annexation: 30 September 2022)
        ("Russia declared the annexation of four Ukrainian regions on September 30, 2022.", "SUPPORTED"),
        ("Russia declared the annexation of four Ukrainian regions in October 2022.", "REFUTED"),
        # a name the small pipeline tags as nothing (the Moskva sank on 14 April 2022)
        ("The Moskva sank in April 2022.", "SUPPORTED"),
        ("The Moskva sank in June 2022.", "REFUTED"),
        # "announced" a thing is an act, not a saying (21 September 2022)
        ("Putin announced a partial mobilization on September 12, 2022.", "REFUTED"),
        # the doer of a passive dates the act (the Crimean Bridge explosion, 8 October 2022)
        ("The Crimean Bridge was damaged by an explosion in December 2022.", "REFUTED"),
        # "died" is "dies" (Navalny, 16 February 2024)
        ("Alexei Navalny died in prison in January.", "REFUTED"),
        # the words agree across the record's names: "New START suspension", "... suspending its
        # participation in the New START nuclear arms treaty" (21 February 2023)
        ("Putin suspended Russia's participation in the New START treaty in February 2023.", "SUPPORTED"),
        ("Putin suspended Russia's participation in the New START treaty in February 2022.", "REFUTED"),
        # the time "for the first time" counts is the act's, not a thing with a date of its own
        ("Kim met Vladimir Putin for the first time on April 25, 2019, in Vladivostok.", "SUPPORTED"),
        ("Kim met Vladimir Putin for the first time on April 25, 2018, in Vladivostok.", "REFUTED"),
    ],
)
def test_dated_events_however_the_sentence_names_them(check_json, sentence, label):
    verdict = dated_verdict(check_json, sentence, "2024-04-01")
    assert verdict["label"] == label, verdict["explanation"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Zelenskyy addressed Congress in December 2022; Biden is in the record, but not doing that
        "Joe Biden addressed a joint meeting of Congress in December 2022.",
        # Shoigu visited North Korea in July 2023; the pact was Putin's and Kim's, a year later
        "Sergei Shoigu signed a mutual defence pact with North Korea in June 2024.",
    ],
)
def test_a_record_told_of_someone_else_is_no_evidence_either_way(check_json, sentence):
    verdict = dated_verdict(check_json, sentence, "2024-12-20")
    assert verdict["label"] == "NOT_ENOUGH_INFO", verdict["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Xi's state visit to Moscow, March 2023: Putin was the host
        ("Vladimir Putin hosted Xi Jinping in Moscow in March 2023.", "SUPPORTED"),
        ("Xi Jinping hosted Vladimir Putin in Moscow in March 2023.", "NOT_ENOUGH_INFO"),
    ],
)
def test_the_host_is_on_the_receiving_end_of_the_visit(check_json, sentence, label):
    verdict = dated_verdict(check_json, sentence, "2024-06-20")
    assert verdict["label"] == label, verdict["explanation"]


@pytest.mark.parametrize(("month", "label"), [("May", "SUPPORTED"), ("March", "REFUTED")])
def test_the_record_that_tells_the_act_decides(check_json, month, label):
    # the inauguration of 7 May 2024 tells "sworn in"; the March election, which the data also
    # call "Putin's fifth term", does not
    text = f"Kremlin\n\nIn {month}, Putin was sworn in for a fifth term as president.\n"
    document = check_json(text, "--published", "2024-06-20")
    sworn = claim_with(document, "temporal", "sworn in")
    assert sworn["verdict"]["label"] == label, sworn["verdict"]["explanation"]
    assert sworn["verdict"]["evidence"][0]["record"] == "putin-fifth-inauguration-2024"


def test_a_holder_sworn_in_again_is_not_refuted_by_the_term_running(check_json):
    text = "Kremlin\n\nIn May, Putin was sworn in as president.\n"
    role = claim_with(check_json(text, "--published", "2024-06-20"), "role", "sworn in")
    assert role["slots"]["tense"] == "sworn"
    assert role["verdict"]["label"] == "NOT_ENOUGH_INFO", role["verdict"]["explanation"]
    # taking an office for the first time is still told by when the term began
    text = "Kremlin\n\nIn May 2024, Putin became president.\n"
    role = claim_with(check_json(text, "--published", "2024-06-20"), "role", "became president")
    assert role["verdict"]["label"] == "REFUTED", role["verdict"]["explanation"]


@pytest.mark.parametrize(("day", "label"), [("Wednesday", "SUPPORTED"), ("Tuesday", "REFUTED")])
def test_a_second_clause_dated_on_its_own_is_a_claim_of_its_own(check_json, day, label):
    text = (
        "Allies\n\nVladimir Putin met Xi Jinping in Moscow in March, "
        f"and on {day} he welcomed North Korea's Kim Jong-un.\n"
    )
    document = check_json(text, "--published", "2023-09-13")
    first = claim_with(document, "temporal", "met Xi Jinping")
    assert first["slots"]["expression"] == "March" and first["verdict"]["label"] == "SUPPORTED"
    assert "Kim Jong-un" not in first["slots"]["participants"]
    (second,) = [c for c in document["claims"] if c["text"] == f"on {day} he welcomed North Korea's Kim Jong-un"]
    assert second["slots"]["agent"] == "Vladimir Putin"
    assert second["verdict"]["label"] == label, second["verdict"]["explanation"]


def test_a_clause_joined_after_an_aside_is_told_without_the_comma_before_it(check_json):
    text = (
        "Setbacks\n\nThe war has gone badly for Moscow since its flagship, the cruiser Moskva, "
        "sank in the Black Sea in April 2022.\n"
    )
    document = check_json(text, "--published", "2023-09-13")
    (sank,) = [c for c in document["claims"] if c["text"] == "the cruiser Moskva, sank in the Black Sea in April 2022"]
    assert sank["verdict"]["label"] == "SUPPORTED", sank["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the full-scale invasion began on 24 February 2022, 18.6 months before 13 September 2023
        ("Russia's war on Ukraine has now lasted over a year and a half.", "SUPPORTED"),
        ("Russia's war on Ukraine has now lasted more than two years.", "REFUTED"),
        ("The war in Ukraine has raged for more than 18 months.", "SUPPORTED"),
        ("The war in Ukraine has gone on for less than a year.", "REFUTED"),
        ("The war in Ukraine, which began in February 2022, has lasted more than 18 months.", "SUPPORTED"),
    ],
)
def test_how_long_something_has_lasted_counts_from_its_start(check_json, sentence, label):
    document = check_json(f"Setbacks\n\n{sentence}\n", "--published", "2023-09-13")
    (lasted,) = [c for c in document["claims"] if c["kind"] == "duration"]
    assert lasted["verdict"]["label"] == label, lasted["verdict"]["explanation"]
    assert lasted["verdict"]["evidence"][0]["record"] == "russia-invades-ukraine-2022"
    # what lasted is the subject, without a clause about it
    assert "which" not in lasted["slots"]["since"]


def test_what_lasted_in_the_past_or_is_not_named_is_no_span_to_the_article(check_json):
    document = check_json(
        "Setbacks\n\nThe siege lasted 18 months. It has lasted 18 months.\n", "--published", "2023-09-13"
    )
    assert not [c for c in document["claims"] if c["kind"] == "duration"]


@pytest.mark.parametrize(("when", "label"), [("That month", "SUPPORTED"), ("The following month", "REFUTED")])
def test_that_month_is_the_month_told_before(check_json, when, label):
    # Russia recognised the Donetsk and Luhansk republics on 21 February 2022
    text = (
        "Russia invaded Ukraine in February 2022. "
        f"{when}, Putin recognized the independence of the Donetsk and Luhansk republics."
    )
    recognized = setback_claim(check_json, text, "temporal", "recognized")
    assert recognized["verdict"]["label"] == label, recognized["verdict"]["explanation"]


@pytest.mark.parametrize(("day", "label"), [("21/09/2022", "SUPPORTED"), ("9/22/2022", "REFUTED")])
def test_a_date_in_figures_dates_the_act(check_json, day, label):
    # Putin announced the partial mobilization on 21 September 2022
    announced = setback_claim(
        check_json, f"Putin announced a partial mobilization on {day}.", "temporal", "mobilization"
    )
    assert announced["verdict"]["label"] == label, announced["verdict"]["explanation"]


@pytest.mark.parametrize(("later", "label"), [("Four weeks later", "SUPPORTED"), ("A week later", "REFUTED")])
def test_weeks_later_count_from_any_day_of_the_month_told_before(check_json, later, label):
    # Russia suspended New START on 21 February 2023; the ICC issued its warrant on 17 March
    text = (
        "In February, Putin suspended Russia's participation in the New START treaty. "
        f"{later}, the International Criminal Court issued a warrant for his arrest."
    )
    warrant = setback_claim(check_json, text, "temporal", "warrant")
    assert warrant["slots"]["start"] > "2023-02-01", warrant["slots"]
    assert warrant["verdict"]["label"] == label, warrant["verdict"]["explanation"]


# the Kerch bridge blast was on 8 October 2022
KERCH_BLAST = "In October 2022 an explosion damaged the Kerch bridge linking Crimea to Russia."


def test_a_month_later_counts_from_the_story_not_an_aside_about_someone(check_json):
    text = (
        f"{KERCH_BLAST} Putin, who took power in 1999, blamed Ukraine. "
        "A month later, Ukrainian troops entered Kherson after Russian forces withdrew across the Dnipro."
    )
    entered = setback_claim(check_json, text, "temporal", "entered Kherson")
    assert (entered["slots"]["start"], entered["slots"]["end"]) == ("2022-11-01", "2022-11-30")
    assert entered["verdict"]["label"] == "SUPPORTED", entered["verdict"]["explanation"]


@pytest.mark.parametrize(("later", "label"), [("A month later", "SUPPORTED"), ("Two months later", "REFUTED")])
def test_months_later_count_from_the_month_told_before(check_json, later, label):
    # the Kerch bridge blast was on 8 October 2022; Ukrainian forces entered Kherson on 11 November
    text = f"{KERCH_BLAST} {later}, Ukrainian troops entered Kherson after Russian forces withdrew across the Dnipro."
    entered = setback_claim(check_json, text, "temporal", "entered Kherson")
    assert entered["verdict"]["label"] == label, entered["verdict"]["explanation"]


@pytest.mark.parametrize(("month", "label"), [("June", "SUPPORTED"), ("May", "REFUTED")])
def test_the_main_verb_keeps_its_date_beside_a_finer_one_of_a_joined_clause(check_json, month, label):
    # the Kakhovka dam was destroyed on 6 June 2023; the Wagner mutiny was on 23-24 June
    text = f"In {month} the Kakhovka dam was destroyed, and on June 24 Prigozhin's mercenaries marched on Moscow."
    dam = setback_claim(check_json, text, "temporal", "Kakhovka")
    assert dam["slots"]["expression"] == month
    assert dam["verdict"]["label"] == label, dam["verdict"]["explanation"]


@pytest.mark.parametrize(("when", "label"), [("last week", "SUPPORTED"), ("last month", "REFUTED")])
def test_an_act_told_from_the_other_side_by_an_alias_is_the_record(check_json, when, label):
    # Ukraine withdrew from Avdiivka on 2024-02-17; the data also call it "Russia takes Avdiivka".
    # "after months" does not turn "last week" into no date, and the clause about the gain dates
    # the gain, not the taking
    text = (
        f"Front\n\nRussian forces took the city of Avdiivka {when} after months of fighting, the first "
        "major gain for Moscow since it captured Bakhmut in May 2023.\n"
    )
    taken = claim_with(check_json(text, "--published", "2024-02-24"), "temporal", "Avdiivka")
    assert taken["slots"]["expression"] == when
    assert taken["verdict"]["label"] == label, taken["verdict"]["explanation"]
    assert taken["verdict"]["evidence"][0]["record"] == "ukraine-withdraws-avdiivka-2024"


def test_a_second_clause_that_only_says_something_is_no_event(check_json):
    text = "Kremlin\n\nPutin met Xi in Moscow in March and said on Tuesday that the talks had gone well.\n"
    document = check_json(text, "--published", "2023-09-13")
    assert [c["kind"] for c in document["claims"]] == ["temporal"]
    assert document["claims"][0]["slots"]["expression"] == "March"


@pytest.mark.parametrize(("month", "label"), [("May", "SUPPORTED"), ("April", "REFUTED")])
def test_the_records_doer_doing_its_act_in_one_word_is_the_record(check_json, month, label):
    # the inauguration of 7 May 2024 has the alias "Putin sworn in": one word of what happened
    text = f"Kremlin\n\nIn {month}, Putin was sworn in as president.\n"
    sworn = claim_with(check_json(text, "--published", "2024-06-20"), "temporal", "sworn in")
    assert sworn["verdict"]["label"] == label, sworn["verdict"]["explanation"]
    assert sworn["verdict"]["evidence"][0]["record"] == "putin-fifth-inauguration-2024"


@pytest.mark.parametrize(
    ("when", "label"),
    [
        # Putin and Kim's first summit, Vladivostok, 25 April 2019
        ("April 2019", "SUPPORTED"),
        ("June 2019", "REFUTED"),
    ],
)
def test_a_when_clause_is_dated_by_the_date_it_explains(check_json, when, label):
    text = (
        "Summit\n\nKim Jong-un arrived in Russia on Tuesday. It is his first meeting with Vladimir Putin "
        f"since {when}, when they met in Vladivostok.\n"
    )
    document = check_json(text, "--published", "2023-09-13")
    met = claim_with(document, "temporal", "they met")
    assert met["text"] == "they met in Vladivostok"
    assert set(met["slots"]["participants"]) == {"Kim Jong-un", "Vladimir Putin"}
    assert met["verdict"]["label"] == label, met["verdict"]["explanation"]
    # the sentence's own claim does not take the clause's date for the meeting it is about
    assert not [c for c in document["claims"] if c["kind"] == "temporal" and c["text"].startswith("It is")]


@pytest.mark.parametrize(("day", "label"), [("Wednesday", "SUPPORTED"), ("Tuesday", "REFUTED")])
def test_a_date_beside_the_place_of_the_act_dates_the_act(check_json, day, label):
    # the summit at the Vostochny Cosmodrome (Amur Oblast, in the Russian Far East), 13 September 2023
    text = (
        "Summit\n\nRussian President Vladimir Putin welcomed North Korean leader Kim Jong-un "
        f"at a spaceport in Russia's Far East on {day}.\n"
    )
    document = check_json(text, "--published", "2023-09-14")
    met = claim_with(document, "temporal", "welcomed")
    assert met["verdict"]["label"] == label, met["verdict"]["explanation"]
    assert met["verdict"]["evidence"][0]["record"] == "putin-kim-vostochny-summit-2023"


@pytest.mark.parametrize(
    ("sentence", "op", "label"),
    [
        # 24 February 2022 to 13 September 2023 is 18.6 months
        ("It has not yet been two years since Russia invaded Ukraine.", "<", "SUPPORTED"),
        ("It has not been 18 months since Russia invaded Ukraine.", "<", "REFUTED"),
        ("It hasn't been more than a year since Russia invaded Ukraine.", "<=", "REFUTED"),
        ("Two years have not passed since Russia invaded Ukraine.", "<", "SUPPORTED"),
        ("It is not true that more than 18 months have passed since Russia invaded Ukraine.", "<=", "REFUTED"),
    ],
)
def test_a_denied_span_of_time_is_checked_as_what_it_says(check_json, sentence, op, label):
    document = check_json(f"War\n\n{sentence}\n", "--published", "2023-09-13")
    (duration,) = [c for c in document["claims"] if c["kind"] == "duration"]
    assert (duration["slots"]["op"], duration["verdict"]["label"]) == (op, label), duration["verdict"]["explanation"]
    assert duration["slots"]["negated"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Xi's state visit to Moscow and talks with Putin, 20-22 March 2023
        ("Putin failed to meet Xi in March.", "REFUTED"),
        ("It is not true that Xi visited Moscow in March.", "REFUTED"),
        ("It is true that Xi visited Moscow in March.", "SUPPORTED"),
        ("Putin did not fail to meet Xi in March.", "SUPPORTED"),
        # the denial is the subject's claim, checked as said: the summit of 13 September 2023
        ("Putin denied meeting Kim on Wednesday.", "REFUTED"),
    ],
)
def test_a_frame_that_denies_the_act_is_a_denial(check_json, sentence, label):
    document = check_json(f"Ties\n\n{sentence}\n", "--published", "2023-09-13")
    (told,) = [c for c in document["claims"] if c["kind"] == "temporal"]
    assert told["verdict"]["label"] == label, told["verdict"]["explanation"]


def test_a_denied_span_of_time_denies_no_event_in_it(check_json):
    document = check_json(
        "War\n\nTwo years have not passed since Russia invaded Ukraine.\n", "--published", "2023-09-13"
    )
    assert not [c for c in document["claims"] if c["kind"] in ("event", "temporal") and c["slots"].get("negated")]


@pytest.mark.parametrize(("month", "label"), [("October 2022", "SUPPORTED"), ("March 2022", "REFUTED")])
def test_a_sentence_keeps_its_own_date_beside_a_dated_clause_about_a_thing(check_json, month, label):
    # the Crimean Bridge was damaged by an explosion on 8 October 2022; it opened in 2018
    sentence = f"The Crimean Bridge, which opened in 2018, was damaged in an explosion in {month}."
    document = check_json(f"Timeline\n\n{sentence}\n", "--published", PUBLISHED, "--threshold", "0")
    damaged = next(c for c in document["claims"] if c["kind"] == "temporal" and "damaged" in c["text"])
    assert damaged["slots"]["expression"] == month
    assert damaged["verdict"]["label"] == label, damaged["verdict"]["explanation"]


def test_a_span_from_an_act_recorded_only_after_the_article_is_unconfirmed(check_json):
    # Biden's recorded visit to Kyiv is of February 2023, after this article: it may mean an earlier one
    text = "Kyiv\n\nIt has been more than a year since Biden visited Kyiv.\n"
    span = claim_with(check_json(text, "--published", "2023-01-20"), "duration", "Biden visited Kyiv")
    assert span["verdict"]["label"] == "NOT_ENOUGH_INFO", span["verdict"]["explanation"]
    assert "2023-02-20" in span["verdict"]["explanation"]


def test_a_term_said_to_begin_too_early_names_the_day_another_held_the_office(check_json):
    text = "Trump\n\nTrump served as president from 2016 to 2020.\n"
    term = claim_with(check_json(text, "--published", "2023-01-20"), "role", "Trump served as president")
    assert term["verdict"]["label"] == "REFUTED"
    assert term["verdict"]["explanation"].startswith(
        "On 2017-01-01, when the sentence has Trump in office (from 2016 to 2020), the office of "
        "President of the United States was held by Barack Obama"
    )


@pytest.mark.parametrize(("month", "label"), [("February 2024", "SUPPORTED"), ("February 2023", "REFUTED")])
def test_a_death_meets_the_verb_die(check_json, month, label):
    # the record's alias is "Navalny's death"; Navalny died on 16 February 2024
    text = f"Navalny\n\nNavalny died in {month}.\n"
    died = claim_with(check_json(text, "--published", "2024-11-01"), "temporal", "died")
    assert died["verdict"]["label"] == label, died["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Putin and Kim held their first summit in Vladivostok on 25 April 2019
        ("Putin has never met Kim.", "REFUTED"),
        ("Putin has never met Kim in Vladivostok.", "REFUTED"),
        ("Putin has never met Kim in Moscow.", "NOT_ENOUGH_INFO"),
        ("Putin did not meet Kim.", "NOT_ENOUGH_INFO"),  # on some occasion the sentence does not say
    ],
)
def test_never_meeting_is_refuted_by_any_recorded_meeting_before_the_article(check_json, sentence, label):
    document = check_json(f"Summits\n\n{sentence}\n", "--published", "2023-09-13")
    (denied,) = [c for c in document["claims"] if c["kind"] == "event"]
    assert denied["verdict"]["label"] == label, denied["verdict"]["explanation"]


def test_never_is_not_refuted_by_a_record_after_the_article(check_json):
    # Putin's visit to Pyongyang of June 2024 came after this article (and the data lack that of 2000)
    document = check_json("Pyongyang\n\nPutin has never met Kim in Pyongyang.\n", "--published", "2023-09-13")
    (denied,) = [c for c in document["claims"] if c["kind"] == "event"]
    assert denied["verdict"]["label"] == "NOT_ENOUGH_INFO", denied["verdict"]["explanation"]


@pytest.mark.parametrize(("month", "label"), [("February", "SUPPORTED"), ("March", "REFUTED")])
def test_a_date_after_the_part_something_is_given_dates_the_act(check_json, month, label):
    # Russia recognised the two "people's republics" on 21 February 2022
    text = f"Russia recognized the Donetsk and Luhansk people's republics as independent states in {month} 2022."
    recognition = setback_claim(check_json, text, "temporal", "recognized")
    assert recognition["verdict"]["label"] == label, recognition["verdict"]["explanation"]


@pytest.mark.parametrize(("span", "label"), [("less than three months", "SUPPORTED"), ("more than a year", "REFUTED")])
def test_an_alias_of_a_name_and_an_act_is_said_in_full_by_the_person_and_the_verb(check_json, span, label):
    # the Wagner mutiny (alias "Prigozhin mutiny") began on 23 June 2023
    text = f"Yevgeny Prigozhin spoke on Monday. It has been {span} since Prigozhin mutinied."
    since = setback_claim(check_json, text, "duration", "mutinied")
    assert since["verdict"]["label"] == label, since["verdict"]["explanation"]


@pytest.mark.parametrize(("day", "label"), [("September 13", "SUPPORTED"), ("September 14", "REFUTED")])
def test_a_date_restating_a_count_of_time_is_the_date(check_json, day, label):
    # the summit was on 13 September 2023, a day after Kim arrived
    text = (
        "Kremlin\n\nKim arrived in Russia on Tuesday.\n\n"
        f"A day later, on {day}, Putin and Kim met at the Vostochny Cosmodrome.\n"
    )
    claim = claim_with(check_json(text, "--published", "2023-09-15"), "temporal", "Cosmodrome")
    assert claim["slots"]["expression"] == day
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_the_next_day_after_a_year_is_no_date(check_json):
    # a day after some day of 2023 could be any day of the year: the summit is not borne out by it
    text = (
        "Kremlin\n\nIn 2023, Kim travelled to Russia.\n\nThe next day, Putin and Kim met at the Vostochny Cosmodrome.\n"
    )
    (claim,) = [c for c in check_json(text, "--published", "2023-09-15")["claims"] if "next day" in c["text"]]
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]["explanation"]


@pytest.mark.parametrize(("year", "label"), [("2011", "SUPPORTED"), ("2013", "REFUTED")])
def test_a_rule_begun_with_an_office_that_still_runs_began_then(check_json, year, label):
    # Kim Jong-un has been Supreme Leader since 17 December 2011, and took other offices beside it later
    document = check_json(
        f"News\n\nKim Jong-un has ruled North Korea since {year}.\n", "--published", "2023-09-13", "--threshold", "0"
    )
    verdict = claim_with(document, "role", "ruled")["verdict"]
    assert verdict["label"] == label, verdict["explanation"]
