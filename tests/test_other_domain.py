"""The built-in checkers know dataset kinds, not North Korea: another domain, other datasets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import verify
from tests.conftest import claim_with
from verify.datasets import load_directory

DATA = Path(__file__).parent / "data" / "other_domain"

ARTICLE = """Macron in London

Prime Minister Keir Starmer welcomed French President Emmanuel Macron to London on Friday.

It has been more than six months since the Paris Olympics opened.
On 31 July 2024, Léon Marchand won two gold medals in a single evening.
"""


class OtherDomainDatasets:
    """A plugin object registered inline: this test's datasets instead of the seeds."""

    @verify.hookimpl
    def register_datasets(self, register):
        for dataset in load_directory(DATA):
            register(dataset)


@pytest.fixture
def check_other(check_json):
    def check(text: str, published: str):
        return check_json(
            text,
            "--published",
            published,
            plugins=[(OtherDomainDatasets(), "other-domain")],
        )

    return check


@pytest.fixture(autouse=True)
def without_seed_datasets(monkeypatch):
    monkeypatch.setenv("VERIFY_DISABLE_PLUGINS", "seed-datasets")


def test_other_domain_claims_are_supported(check_other):
    document = check_other(ARTICLE, "2025-02-14")
    assert {d["name"] for d in document["run"]["datasets"]} == {
        "uk_fr_offices",
        "olympic_events",
        "olympic_medals",
        "space_quotes",
    }
    for kind, fragment, record in [
        ("role", "Prime Minister Keir Starmer", "uk-pm-starmer"),
        ("role", "French President Emmanuel Macron", "fr-president-macron"),
        ("duration", "more than six months", "paris-2024-opening"),
        ("quantity", "two gold medals", "marchand-200fly-200breast"),
    ]:
        claim = claim_with(document, kind, fragment)
        assert claim["verdict"]["label"] == "SUPPORTED", (fragment, claim["verdict"])
        assert record in [e["record"] for e in claim["verdict"]["evidence"]]


@pytest.mark.parametrize(
    ("original", "altered", "kind", "fragment"),
    [
        ("Prime Minister Keir Starmer", "Prime Minister Rishi Sunak", "role", "Rishi Sunak"),
        ("more than six months", "more than a year", "duration", "a year"),
        ("won two gold medals", "won three gold medals", "quantity", "three gold medals"),
    ],
)
def test_other_domain_alterations_are_refuted(check_other, original, altered, kind, fragment):
    document = check_other(ARTICLE.replace(original, altered), "2025-02-14")
    claim = claim_with(document, kind, fragment)
    assert claim["verdict"]["label"] == "REFUTED", claim["verdict"]


def test_quotes_from_another_dataset(check_other):
    text = "Neil Armstrong said: “That's one small step for man, one giant leap for mankind.”\n"
    document = check_other(text, "1969-07-21")
    assert claim_with(document, "quote", "small step")["verdict"]["label"] == "SUPPORTED"
    misquoted = check_other(text.replace("giant leap", "big jump"), "1969-07-21")
    assert claim_with(misquoted, "quote", "small step")["verdict"]["label"] == "REFUTED"


@pytest.mark.parametrize(
    "title",
    [
        "British Deputy Prime Minister Angela Rayner",
        "British opposition leader Kemi Badenoch",
    ],
)
def test_a_qualified_title_is_another_office_and_never_refuted(check_other, title):
    document = check_other(f"{title} spoke in London on Friday.\n", "2025-02-14")
    roles = [c for c in document["claims"] if c["kind"] == "role"]
    assert roles and all(c["verdict"]["label"] == "NOT_ENOUGH_INFO" for c in roles), roles


def test_a_year_in_the_sentence_checks_the_office_over_that_year(check_other):
    # Sunak left office on 2024-07-05 and Starmer took it: both were Prime Minister "in 2024".
    document = check_other("In 2024, Prime Minister Rishi Sunak called an election.\n", "2025-02-14")
    role = claim_with(document, "role", "Rishi Sunak")
    assert role["slots"]["date"] == "2024-01-01" and role["slots"]["date_end"] == "2024-12-31"
    assert role["verdict"]["label"] == "SUPPORTED", role["verdict"]
    document = check_other("In 2023, Prime Minister Keir Starmer called an election.\n", "2025-02-14")
    assert claim_with(document, "role", "Keir Starmer")["verdict"]["label"] == "REFUTED"


@pytest.mark.parametrize(
    ("sentence", "fragment", "label"),
    [
        ("Apple CEO Tim Cook said the company sold more phones than ever.", "Apple CEO Tim Cook", "SUPPORTED"),
        ("Microsoft chief executive Satya Nadella praised the deal.", "Satya Nadella", "SUPPORTED"),
        ("Microsoft CEO Steve Ballmer praised the deal.", "Steve Ballmer", "REFUTED"),
        ("The chief executive of Microsoft, Steve Ballmer, praised the deal.", "Steve Ballmer", "REFUTED"),
        ("In 2010, Microsoft CEO Steve Ballmer praised the deal.", "Steve Ballmer", "SUPPORTED"),
    ],
)
def test_company_officers_are_office_holders_too(check_other, sentence, fragment, label):
    document = check_other(f"Tech news\n\n{sentence}\n", "2024-05-02")
    claim = claim_with(document, "role", fragment)
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_weekday_before_a_date_leaves_the_date_to_decide(check_other):
    text = "Léon Marchand won three gold medals on Wednesday, July 31, in Paris.\n"
    claim = claim_with(check_other(text, "2024-08-04"), "quantity", "three gold medals")
    assert claim["slots"]["date"] == "2024-07-31"
    assert claim["verdict"]["label"] == "REFUTED", claim["verdict"]


def test_a_surname_the_pipeline_misses_is_the_person_named_before(check_other):
    # the small pipeline reads a sentence-initial "Starmer" as a common noun
    text = "Keir Starmer met Emmanuel Macron in Paris. Starmer became Prime Minister in 2023.\n"
    role = claim_with(check_other(text, "2024-08-04"), "role", "Starmer became")
    assert role["slots"]["person"] == "Keir Starmer" and role["slots"]["tense"] == "start"
    assert role["verdict"]["label"] == "REFUTED", role["verdict"]
    # the date is the term's; the sentence gives no event to look up besides
    assert [c["kind"] for c in check_other(text, "2024-08-04")["claims"]].count("temporal") == 0


def test_numbers_inside_a_quotation_are_the_speakers_words(check_other):
    # the closing mark after "mankind." stays with its sentence
    text = 'Neil Armstrong once said "one small step for a man, one giant leap for mankind."\n'
    document = check_other(text, "2024-08-04")
    assert [c["kind"] for c in document["claims"]] == ["quote"]
    assert document["claims"][0]["verdict"]["label"] == "SUPPORTED"


def test_a_date_in_a_clause_about_someone_does_not_date_their_title(check_other):
    # Nadella joined Microsoft in 1992 and became its CEO in 2014: 1992 is the clause's date
    text = "Microsoft CEO Satya Nadella, who joined Microsoft in 1992, spoke in Redmond on Monday.\n"
    role = claim_with(check_other(text, "2024-08-04"), "role", "Satya Nadella")
    assert role["slots"]["date"] == "2024-07-29"
    assert role["verdict"]["label"] == "SUPPORTED", role["verdict"]


def test_an_office_held_since_a_year_is_checked_from_its_start(check_other):
    for since, label in (("2014", "SUPPORTED"), ("2016", "REFUTED")):
        document = check_other(f"Satya Nadella has been Microsoft's CEO since {since}.\n", "2024-08-04")
        assert claim_with(document, "role", "Nadella")["verdict"]["label"] == label


def test_a_title_and_the_office_taken_are_two_claims(check_other):
    # Sunak took office on 2022-10-25 and left it on 2024-07-05, before the article
    text = "Prime Minister Rishi Sunak, who became prime minister in October 2022, was not there.\n"
    roles = [c for c in check_other(text, "2024-08-04")["claims"] if c["kind"] == "role"]
    assert [(c["slots"]["tense"], c["verdict"]["label"]) for c in roles] == [
        ("present", "REFUTED"),
        ("start", "SUPPORTED"),
    ], [c["verdict"]["explanation"] for c in roles]


@pytest.mark.parametrize(("poet", "label"), [("Simon Armitage", "SUPPORTED"), ("Carol Ann Duffy", "REFUTED")])
def test_an_office_only_the_datasets_know_is_read_as_a_title(check_other, poet, label):
    # "laureate" is no title the extract stage knows; the office-holder dataset records it
    document = check_other(f"Poet Laureate {poet} read a new poem at the ceremony.\n", "2023-05-06")
    role = claim_with(document, "role", poet)
    assert role["verdict"]["label"] == label, role["verdict"]


@pytest.mark.parametrize(("poet", "label"), [("Simon Armitage", "SUPPORTED"), ("Carol Ann Duffy", "REFUTED")])
def test_a_title_in_lower_case_keeps_the_nouns_before_its_head(check_other, poet, label):
    document = check_other(f"The British poet laureate {poet} read a new poem at the ceremony.\n", "2023-05-06")
    role = claim_with(document, "role", poet)
    assert role["slots"]["title"] == "British poet laureate"
    assert role["verdict"]["label"] == label, role["verdict"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Satya Nadella became Microsoft's chief executive on 4 February 2014
        ("Microsoft's board appointed Satya Nadella as chief executive in 2014.", "SUPPORTED"),
        ("Microsoft's board appointed Satya Nadella as chief executive in 2012.", "REFUTED"),
    ],
)
def test_an_office_given_to_the_object_of_appoint_is_its_own_claim(check_other, sentence, label):
    document = check_other(sentence + "\n", "2023-05-06")
    role = claim_with(document, "role", "Nadella")
    assert role["slots"]["tense"] == "start"
    assert role["verdict"]["label"] == label, role["verdict"]


def test_a_sentence_naming_the_records_doer_too_is_not_another_doer(check_other):
    # the record's name opens with Chandrayaan-3, one of its participants; India, another one, is
    # the sentence's subject, but the sentence names Chandrayaan-3 as well: the same story
    text = (
        "India became the first country to land near the Moon's south pole on Wednesday, "
        "when the Vikram lander of Chandrayaan-3 touched down.\n"
    )
    temporal = claim_with(check_other(text, "2023-08-26"), "temporal", "India")
    assert temporal["verdict"]["label"] == "SUPPORTED", temporal["verdict"]
    assert temporal["verdict"]["evidence"][0]["record"] == "chandrayaan3-landing"


def test_verify_claims_reads_the_offices_of_imported_datasets(run, tmp_path, db_path):
    article = tmp_path / "poet.txt"
    article.write_text("Poet Laureate Simon Armitage read a new poem at the ceremony.\n", encoding="utf-8")

    def role_claims():
        result = run("claims", article, "--published", "2023-05-06", "--format", "json")
        assert result.exit_code == 0, result.output
        return [c for c in json.loads(result.stdout)["claims"] if c["kind"] == "role"]

    assert role_claims() == [] and not db_path.exists()  # listing claims creates no log
    assert run("datasets", "import", DATA / "office_holders.toml").exit_code == 0
    (role,) = role_claims()
    assert role["slots"]["title"] == "Poet Laureate" and role["slots"]["person"] == "Simon Armitage"


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("“", "”")])
def test_a_quotation_of_two_sentences_stays_in_the_sentence_that_says_it(check_other, opening, closing):
    words = "That's one small step for man. One giant leap for mankind."
    text = f"In July 1969, Neil Armstrong said: {opening}{words}{closing}\n"
    document = check_other(text, "1969-07-21")
    assert len({c["sentence"] for c in document["claims"]}) == 1, document["claims"]
    quote = claim_with(document, "quote", "small step")
    assert quote["slots"]["speaker"] == "Neil Armstrong"
    assert quote["verdict"]["label"] == "SUPPORTED", quote["verdict"]
    # what the quoted words tell happened is no event of the sentence's
    assert [c["kind"] for c in document["claims"]] == ["quote"]


@pytest.mark.parametrize(("years", "label"), [("50", "SUPPORTED"), ("55", "REFUTED")])
def test_years_after_an_event_count_up_to_the_sentences_own_date(check_other, years, label):
    # written in 2024, about 2019: the 50 years run from July 1969 to July 2019, not to 2024
    text = f"In July 2019, {years} years after Apollo 11 landed on the Moon, NASA held a celebration.\n"
    duration = claim_with(check_other(text, "2024-05-01"), "duration", "Apollo 11")
    assert duration["slots"]["reference_expression"] == "July 2019"
    assert duration["verdict"]["label"] == label, duration["verdict"]
    assert "“July 2019” (2019-07-01 to 2019-07-31)" in duration["verdict"]["explanation"]


@pytest.mark.parametrize("verb", ["landed", "lands", "had landed", "landing"])
def test_a_verb_in_any_tense_finds_the_record(check_other, verb):
    text = f"It has been more than 50 years since Apollo 11 {verb} on the Moon.\n"
    duration = claim_with(check_other(text, "2024-05-01"), "duration", "Apollo 11")
    assert duration["verdict"]["label"] == "SUPPORTED", duration["verdict"]


@pytest.mark.parametrize(("day", "label"), [("Friday", "SUPPORTED"), ("Thursday", "REFUTED")])
def test_a_sentence_dates_its_own_act_beside_the_span_it_counts(check_other, day, label):
    text = f"The Paris Olympics opened on {day}, exactly 100 years after Paris last hosted the Summer Games.\n"
    document = check_other(text, "2024-07-28")  # a Sunday; Friday was 26 July
    assert claim_with(document, "duration", "100 years")["slots"]["reference_expression"] == day
    opening = claim_with(document, "temporal", "Paris Olympics opened")
    assert opening["slots"]["telling"] == f"The Paris Olympics opened on {day}."
    assert opening["verdict"]["label"] == label, opening["verdict"]
    assert opening["verdict"]["evidence"][0]["record"] == "paris-2024-opening"


@pytest.mark.parametrize(("month", "label"), [("July", "SUPPORTED"), ("June", "REFUTED")])
def test_of_two_dates_of_the_act_the_finer_one_decides(check_other, month, label):
    text = f"Earlier this year, the Paris Olympics opened with a parade on the Seine in {month}.\n"
    opening = claim_with(check_other(text, "2024-12-01"), "temporal", "Paris Olympics")
    assert opening["slots"]["expression"] == month
    assert opening["verdict"]["label"] == label, opening["verdict"]


@pytest.mark.parametrize(("published", "label"), [("1969-07-25", "REFUTED"), ("2024-07-20", "NOT_ENOUGH_INFO")])
def test_undated_words_are_a_misquote_only_of_words_said_in_the_weeks_before(check_other, published, label):
    text = "Neil Armstrong said: “That's one big step for man, one giant leap for mankind.”\n"
    quote = claim_with(check_other(text, published), "quote", "big step")
    assert quote["verdict"]["label"] == label, quote["verdict"]


@pytest.mark.parametrize(
    ("later", "day", "label"),
    [
        ("Two days later", "2024-08-02", "SUPPORTED"),
        ("The next day", "2024-08-01", "NOT_ENOUGH_INFO"),
        ("That same day", "2024-07-31", "REFUTED"),  # two that day, not one
    ],
)
def test_days_later_count_from_the_day_the_article_told_of(check_other, later, day, label):
    # written ten days after the events: "two days later" is 2 August, not 12 August
    text = (
        "On 31 July 2024, Léon Marchand won two gold medals in a single evening.\n\n"
        f"{later}, Marchand won one gold medal in the 200 m individual medley.\n"
    )
    count = claim_with(check_other(text, "2024-08-10"), "quantity", "one gold medal")
    assert count["slots"]["date"] == day
    assert count["verdict"]["label"] == label, count["verdict"]


@pytest.mark.parametrize(
    ("sentence", "tense", "label"),
    [
        # Sunak took office on 2022-10-25 and left it on 2024-07-05, before the article
        ("Sunak had been prime minister since October 2022.", "start", "SUPPORTED"),
        ("Sunak had been prime minister since October 2023.", "start", "REFUTED"),
        ("Sunak had been prime minister for almost two years.", "ever", "SUPPORTED"),
        ("Sunak has been prime minister since October 2022.", "since", "REFUTED"),
    ],
)
def test_had_been_tells_a_term_that_ran_up_to_another_time(check_other, sentence, tense, label):
    role = claim_with(check_other(sentence + "\n", "2024-08-04"), "role", "Sunak")
    assert role["slots"]["tense"] == tense
    assert role["verdict"]["label"] == label, role["verdict"]


def test_a_one_word_name_the_data_give_one_person_is_that_person(run, tmp_path):
    # the small pipeline tags "Sunak" and "Nadella" as nothing when no full name came before
    article = tmp_path / "names.txt"
    article.write_text("Sunak had been prime minister since October 2022. Nadella met him.\n", encoding="utf-8")
    plugins = [(OtherDomainDatasets(), "other-domain")]
    result = run("claims", article, "--published", "2024-08-04", "--all", "--format", "json", plugins=plugins)
    people = [p for c in json.loads(result.stdout)["claims"] for p in c["slots"].get("participants", [])]
    roles = [c["slots"]["person"] for c in json.loads(result.stdout)["claims"] if c["kind"] == "role"]
    assert roles == ["Sunak"] and "Nadella" in people


@pytest.mark.parametrize(
    ("sentence", "tense", "label"),
    [
        ("Sunak served as prime minister in 2023.", "present", "SUPPORTED"),
        ("Starmer served as prime minister in 2023.", "present", "REFUTED"),  # Sunak did
        ("Sunak, who served as prime minister, led the Conservatives to defeat.", "ever", "SUPPORTED"),
        ("Macron has served as president since 2017.", "since", "SUPPORTED"),
    ],
)
def test_served_as_is_a_title_held(check_other, sentence, tense, label):
    document = check_other(sentence + "\n", "2024-09-10")
    role = claim_with(document, "role", "served as")
    assert role["slots"]["tense"] == tense
    assert role["verdict"]["label"] == label, role["verdict"]
    # the role claim tells what the sentence does; no event claim of "serving" besides it
    assert not any(
        c["kind"] in ("temporal", "event") and c["slots"]["predicates"] == ["serve"] for c in document["claims"]
    )


@pytest.mark.parametrize(("count", "label"), [("two", "SUPPORTED"), ("three", "REFUTED")])
def test_a_doer_with_an_age_beside_the_name_is_the_named_one(check_other, count, label):
    # the small pipeline tags no person here, so the doer is the subject's words: not "Marchand, 22"
    document = check_other(f"Marchand, 22, won {count} gold medals on Wednesday night.\n", "2024-08-02")
    (medals,) = [c for c in document["claims"] if c["kind"] == "quantity"]
    assert medals["slots"]["actor"] == "Marchand"
    assert medals["verdict"]["label"] == label, medals["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("day", "label"),
    [
        # the medal records: the 400 m individual medley on Sunday 28 July 2024
        ("Sunday", "SUPPORTED"),
        # occurrences repeat and the records are not all there were: another day refutes nothing
        ("Monday", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_dated_act_an_occurrence_records_is_checked_by_its_date(check_other, day, label):
    document = check_other(f"Léon Marchand won the 400 m individual medley on {day}.\n", "2024-08-02")
    temporal = claim_with(document, "temporal", "medley")
    assert temporal["verdict"]["label"] == label, temporal["verdict"]["explanation"]
    if label == "SUPPORTED":
        assert temporal["verdict"]["evidence"][0]["record"] == "marchand-400im"


def test_an_occurrence_says_all_of_what_happened_or_it_is_not_the_act(check_other):
    # the 200 m individual medley was on Friday 2 August; the 400 m on Sunday 28 July
    document = check_other("Léon Marchand won the 200 m individual medley on Sunday.\n", "2024-08-02")
    temporal = claim_with(document, "temporal", "medley")
    assert temporal["verdict"]["label"] == "NOT_ENOUGH_INFO", temporal["verdict"]["explanation"]


@pytest.mark.parametrize(("year", "label"), [("2011", "SUPPORTED"), ("2015", "REFUTED")])
def test_leading_the_company_a_title_names_is_a_time_in_office(check_other, year, label):
    # Tim Cook has been Apple's chief executive since 24 August 2011: one unbroken term of one office,
    # which cannot have begun in 2015
    document = check_other(f"Apple CEO Tim Cook has led the company since {year}.\n", "2024-08-05")
    (held,) = [c for c in document["claims"] if c["slots"].get("office_change") == "held"]
    assert (held["slots"]["realm"], held["slots"]["tense"]) == ("Apple", "since")
    assert held["verdict"]["label"] == label, held["verdict"]["explanation"]
    # the title is what he is when the article is written, not what he was in the year "since" names
    (title,) = [c for c in document["claims"] if c["text"] == "Apple CEO Tim Cook"]
    assert title["slots"]["date"] == "2024-08-05" and title["verdict"]["label"] == "SUPPORTED"


@pytest.mark.parametrize(("day", "label"), [("Wednesday", "SUPPORTED"), ("Friday", "REFUTED")])
def test_a_country_doing_what_its_record_tells_is_that_record(check_other, day, label):
    text = f"India became the first country to land a spacecraft near the lunar south pole on {day}.\n"
    landing = claim_with(check_other(text, "2023-08-23"), "temporal", "India")  # a Wednesday
    assert landing["verdict"]["label"] == label, landing["verdict"]
    assert landing["verdict"]["evidence"][0]["record"] == "chandrayaan3-landing"


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia landed a spacecraft near the lunar south pole on Wednesday.",
        # India's landing, told of a place the record does not name
        "India landed a spacecraft near the lunar south pole of Mars on Wednesday.",
    ],
)
def test_a_country_or_place_the_record_leaves_out_is_not_its_story(check_other, sentence):
    landing = claim_with(check_other(sentence + "\n", "2023-08-23"), "temporal", "landed")
    assert landing["verdict"]["label"] == "NOT_ENOUGH_INFO", landing["verdict"]


@pytest.mark.parametrize(("day", "label"), [("July 14", "SUPPORTED"), ("July 24", "REFUTED")])
def test_a_dated_clause_about_a_named_thing_is_its_own_claim(check_other, day, label):
    text = f"The Chandrayaan-3 mission, which launched from Sriharikota on {day}, took 40 days to reach the Moon.\n"
    launch = claim_with(check_other(text, "2023-08-23"), "temporal", "which launched")
    assert launch["text"] == f"The Chandrayaan-3 mission, which launched from Sriharikota on {day}"
    assert launch["verdict"]["label"] == label, launch["verdict"]
    assert launch["verdict"]["evidence"][0]["record"] == "chandrayaan3-launch"


@pytest.mark.parametrize(("month", "label"), [("July", "SUPPORTED"), ("June", "REFUTED")])
def test_a_sentence_read_as_a_noun_and_its_clause_dates_the_clause(check_other, month, label):
    # the small pipeline parses this as "mission" with the clause "launched ..." hanging on it
    text = f"The Chandrayaan-3 mission launched from Sriharikota in {month}.\n"
    launch = claim_with(check_other(text, "2023-08-23"), "temporal", "Chandrayaan-3")
    assert launch["verdict"]["label"] == label, launch["verdict"]


@pytest.mark.parametrize(("day", "label"), [("August 23", "SUPPORTED"), ("August 25", "REFUTED")])
def test_a_lander_touching_down_is_the_landing(check_other, day, label):
    # the record's alias is "Chandrayaan-3 landing"
    text = f"The Chandrayaan-3 lander touched down on {day}.\n"
    landing = claim_with(check_other(text, "2023-08-26"), "temporal", "lander")
    assert landing["verdict"]["label"] == label, landing["verdict"]
    assert landing["verdict"]["evidence"][0]["record"] == "chandrayaan3-landing"


def test_a_when_clause_tells_what_a_sentence_naming_no_one_dates(check_other):
    text = "Relations soured in July 2023, when India launched Chandrayaan-3.\n"
    document = check_other(text, "2023-08-23")
    assert [c["text"] for c in document["claims"] if c["kind"] == "temporal"] == ["India launched Chandrayaan-3"]


@pytest.mark.parametrize(("year", "label"), [("2011", "SUPPORTED"), ("2015", "REFUTED")])
def test_the_company_led_is_the_organisation_named_in_a_sentence_before(check_other, year, label):
    text = f"Apple unveiled a new phone on Monday. Cook, who has led the company since {year}, spoke first.\n"
    (held,) = [c for c in check_other(text, "2024-08-05")["claims"] if c["slots"].get("office_change") == "held"]
    assert (held["slots"]["person"], held["slots"]["realm"]) == ("Cook", "Apple")
    assert held["verdict"]["label"] == label, held["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("span", "label"), [("more than six years", "SUPPORTED"), ("more than seven years", "REFUTED")]
)
def test_it_doing_what_a_span_counts_from_is_the_organisation_named_before(check_other, span, label):
    # the IOC awarded the 2024 Games to Paris on 13 September 2017
    text = (
        f"The International Olympic Committee opened the Games on Friday, {span} after it awarded the Games to Paris.\n"
    )
    duration = claim_with(check_other(text, "2024-07-26"), "duration", span)
    assert duration["slots"]["countries"] == ["Paris", "International Olympic Committee"]
    assert duration["verdict"]["label"] == label, duration["verdict"]["explanation"]
    assert duration["verdict"]["evidence"][0]["record"] == "ioc-awards-paris-2024"


@pytest.mark.parametrize(("day", "label"), [("Wednesday", "SUPPORTED"), ("Friday", "REFUTED")])
def test_it_doing_what_a_record_tells_is_the_country_named_before(check_other, day, label):
    text = f"India has a growing space programme. It landed a spacecraft near the lunar south pole on {day}.\n"
    landing = claim_with(check_other(text, "2023-08-23"), "temporal", "It landed")  # a Wednesday
    assert landing["slots"]["agent_country"] == "India"
    assert landing["verdict"]["label"] == label, landing["verdict"]


def test_a_line_opening_with_a_straight_quote_is_a_sentence_of_its_own(check_other):
    text = 'Paris\n\nThe Games opened in Paris on July 26.\n"He is a phenomenon," his coach said.\n'
    document = check_other(text, "2024-08-03")
    quote = claim_with(document, "quote", "phenomenon")
    assert quote["sentence"].startswith('"He is a phenomenon,"')


def test_a_span_after_something_named_is_no_date_counted_from_the_last_day(check_other):
    # "a week after the Games opened" is a span from the opening, not the week after the article's day
    text = "Paris\n\nLéon Marchand has won two gold medals, a week after the Games opened.\n"
    document = check_other(text, "2024-08-03")
    count = claim_with(document, "quantity", "two gold medals")
    assert count["slots"]["date"] is None
    assert claim_with(document, "duration", "a week after")["slots"]["since"] == "the Games opened"


def test_a_realm_named_by_its_people_is_told_as_the_record_names_it(check_other):
    text = "Paris\n\nFrench President Emmanuel Macron, who has led the country since 2017, spoke.\n"
    held = claim_with(check_other(text, "2024-08-03"), "role", "has led the country")
    assert held["verdict"]["label"] == "SUPPORTED", held["verdict"]["explanation"]
    assert "in France since 2017-05-14" in held["verdict"]["explanation"]


@pytest.mark.parametrize(("year", "label"), [("2017", "SUPPORTED"), ("2016", "REFUTED")])
def test_a_year_in_a_name_does_not_date_the_act(check_other, year, label):
    # Paris was awarded the 2024 Games on 13 September 2017
    text = f"Paris\n\nThe IOC awarded the 2024 Games to Paris in {year}.\n"
    awarded = claim_with(check_other(text, "2024-08-03"), "temporal", "awarded")
    assert awarded["slots"]["expression"] == year
    assert awarded["verdict"]["label"] == label, awarded["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the WHO declared COVID-19 over as a global health emergency on 5 May 2023
        ("The WHO declared an end to COVID-19 as a global health emergency in May 2023.", "SUPPORTED"),
        ("The WHO declared an end to COVID-19 as a global health emergency in May 2022.", "REFUTED"),
        # the record says "IOC"
        ("The International Olympic Committee awarded the 2024 Summer Olympics to Paris in 2017.", "SUPPORTED"),
        ("The International Olympic Committee awarded the 2024 Summer Olympics to Paris in 2018.", "REFUTED"),
    ],
)
def test_an_acronym_meets_the_name_it_stands_for(check_other, sentence, label):
    dated = next(c for c in check_other(f"News\n\n{sentence}\n", "2024-08-03")["claims"] if c["kind"] == "temporal")
    assert dated["verdict"]["label"] == label, dated["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Tim Cook became Apple's CEO on 24 August 2011; Rishi Sunak left office on 5 July 2024
        ("Cook took over as CEO in August 2011.", "SUPPORTED"),
        ("Cook took over as CEO in 2012.", "REFUTED"),
        ("Sunak stepped down as prime minister in July 2024.", "SUPPORTED"),
        ("Sunak stepped down as prime minister in 2023.", "REFUTED"),
        ("Cook stepped down as CEO in 2020.", "REFUTED"),  # he still holds it
    ],
)
def test_taking_over_or_stepping_down_as_an_office_is_checked_in_that_office(check_other, sentence, label):
    change = claim_with(check_other(f"Business\n\n{sentence}\n", "2024-09-10"), "role", "as")
    assert change["slots"]["title"] in ("CEO", "prime minister")
    assert change["verdict"]["label"] == label, change["verdict"]["explanation"]


@pytest.mark.parametrize(("years", "label"), [("13", "SUPPORTED"), ("three", "REFUTED")])
def test_a_span_since_taking_over_as_an_office_counts_from_that_term(check_other, years, label):
    text = f"Business\n\nIt has been {years} years since Cook took over as CEO.\n"
    span = claim_with(check_other(text, "2024-09-10"), "duration", "since Cook")
    assert span["verdict"]["label"] == label, span["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Argentina beat France on penalties in the final, in Lusail on Sunday 18 December 2022
        ("Argentina beat France in the World Cup final on Sunday.", "SUPPORTED"),
        # the record of the final does not name Croatia: another match, or a mistake, but not this record
        ("Argentina beat Croatia in the World Cup final on Sunday.", "NOT_ENOUGH_INFO"),
        # nor Qatar, though it names the final's venue in Qatar: the sides of a contest are its participants
        ("Argentina beat Qatar in the World Cup final on Sunday.", "NOT_ENOUGH_INFO"),
        ("Qatar beat France in the World Cup final on Sunday.", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_country_taking_a_side_must_be_named_by_the_record(check_other, sentence, label):
    final = claim_with(check_other(f"Qatar\n\n{sentence}\n", "2022-12-19"), "temporal", "final")
    assert final["verdict"]["label"] == label, final["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the record says "Argentina won"; the words for it vary, and so does who they make the winner
        ("France were beaten by Argentina in the World Cup final on Sunday.", "SUPPORTED"),
        ("Argentina were beaten by France in the World Cup final on Sunday.", "REFUTED"),
        ("Argentina's victory over France in the World Cup final came on Sunday.", "SUPPORTED"),
        ("France's victory over Argentina in the World Cup final came on Sunday.", "REFUTED"),
        ("France fell to Argentina in the World Cup final on Sunday.", "SUPPORTED"),
        ("Argentina fell to France in the World Cup final on Sunday.", "REFUTED"),
        ("Argentina went down to France in the World Cup final on Sunday.", "REFUTED"),
        ("France suffered a defeat to Argentina in the World Cup final on Sunday.", "SUPPORTED"),
        ("France's defeat by Argentina in the World Cup final came on Sunday.", "SUPPORTED"),
        ("Argentina's defeat by France in the World Cup final came on Sunday.", "REFUTED"),
        ("Argentina have beaten France in the World Cup final on Sunday.", "SUPPORTED"),
        # an aside between commas is not who won; a participle after a comma is the subject's
        ("Argentina, led by Lionel Messi, won the World Cup final on Sunday.", "SUPPORTED"),
        ("France, with Kylian Mbappe, won the World Cup final on Sunday.", "REFUTED"),
        ("Lionel Messi's Argentina won the World Cup final on Sunday, beating France.", "SUPPORTED"),
    ],
)
def test_who_won_a_contest_is_read_whatever_the_words_for_it(check_other, sentence, label):
    final = claim_with(check_other(f"Qatar\n\n{sentence}\n", "2022-12-19"), "temporal", "final")
    assert final["verdict"]["label"] == label, final["verdict"]["explanation"]


def test_a_line_after_a_closed_quotation_is_a_sentence_of_its_own(check_other):
    text = 'Moon\n\nArmstrong said "That\'s one small step for man."\nApollo 11 landed on the Moon in July 1969.\n'
    landing = claim_with(check_other(text, "2023-08-24"), "temporal", "landed")
    assert landing["sentence"].startswith("Apollo 11 landed")
    assert landing["verdict"]["label"] == "SUPPORTED", landing["verdict"]["explanation"]


def test_a_number_after_a_name_is_part_of_it_not_a_count(check_other):
    document = check_other("Moon\n\nApollo 11 landed on the Moon in July 1969.\n", "2023-08-24")
    assert [c["kind"] for c in document["claims"]] == ["temporal"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("It is not true that Cook took over as CEO in 2011.", "REFUTED"),
        ("Cook did not take over as CEO in 2012.", "SUPPORTED"),  # he took over on 24 August 2011
    ],
)
def test_a_denied_change_of_a_named_office_turns_the_verdict(check_other, sentence, label):
    change = claim_with(check_other(f"Business\n\n{sentence}\n", "2024-09-10"), "role", "over as CEO")
    assert change["verdict"]["label"] == label, change["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("European Commission President Ursula von der Leyen spoke on Monday.", "SUPPORTED"),
        ("French President Emmanuel Macron spoke on Monday.", "SUPPORTED"),
        # the title's own words name the office, which is not Macron's presidency of France
        ("European Commission President Emmanuel Macron spoke on Monday.", "REFUTED"),
        ("Commission President Antonio Costa spoke on Monday.", "REFUTED"),
        ("European Council President Antonio Costa spoke on Monday.", "SUPPORTED"),
        # "Apple" names the company of the office: Cook's, not Nadella's
        ("Apple CEO Satya Nadella spoke on Monday.", "REFUTED"),
    ],
)
def test_the_words_of_a_title_name_its_office(check_other, sentence, label):
    role = [c for c in check_other(f"Brussels\n\n{sentence}\n", "2024-12-16")["claims"] if c["kind"] == "role"]
    assert role[0]["verdict"]["label"] == label, role[0]["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Ursula von der Leyen was re-elected on July 18.", "SUPPORTED"),
        # split at its hyphen, the verb lost its "not"
        ("Ursula von der Leyen was not re-elected on July 18.", "REFUTED"),
        # "no-confidence" is a kind of motion, not a denial of the one adopted
        ("A no-confidence motion toppled the government of Michel Barnier on December 4.", "SUPPORTED"),
        ("A no confidence motion toppled the government of Michel Barnier on December 4.", "SUPPORTED"),
    ],
)
def test_a_hyphenated_word_is_read_whole(check_other, sentence, label):
    (claim,) = [c for c in check_other(f"Europe\n\n{sentence}\n", "2024-12-16")["claims"] if c["kind"] == "temporal"]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # launched on 14 July 2023, landed on 23 August: the country's own act is found by the country
        ("India landed Chandrayaan-3 near the Moon's south pole 40 days after Chandrayaan-3 launched.", "SUPPORTED"),
        ("India landed Chandrayaan-3 near the Moon's south pole 90 days after Chandrayaan-3 launched.", "REFUTED"),
    ],
)
def test_a_span_after_something_counts_to_the_recorded_act_of_a_country(check_other, sentence, label):
    span = claim_with(check_other(f"Moon\n\n{sentence}\n", "2024-09-10"), "duration", "days after")
    assert span["verdict"]["label"] == label, span["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("span", "label"),
    [
        # Barnier fell on 4 December 2024; the new prime minister, undated and unrecorded, was named
        # in the article's week: nine days after may be so, three weeks after cannot
        ("Nine days", "NOT_ENOUGH_INFO"),
        ("Three weeks", "REFUTED"),
    ],
)
def test_a_span_up_to_an_undated_act_no_record_tells_ends_in_the_article_s_week(check_other, span, label):
    text = f"Paris\n\n{span} after the government of Michel Barnier was toppled, Macron named a new prime minister.\n"
    claim = claim_with(check_other(text, "2024-12-16"), "duration", "after the government")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("venue", "label"),
    [
        ("at Lusail Stadium", "SUPPORTED"),
        ("in Qatar", "SUPPORTED"),
        # one word of a venue's name in common is not the venue
        ("at Khalifa International Stadium", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_venue_is_named_in_full_or_by_its_country(check_other, venue, label):
    text = f"Qatar\n\nArgentina beat France in the World Cup final {venue} on Sunday.\n"
    final = claim_with(check_other(text, "2022-12-19"), "temporal", "final")
    assert final["verdict"]["label"] == label, final["verdict"]["explanation"]


LANDED = "Chandrayaan-3's Vikram lander touched down near the Moon's south pole"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the act counted to is found by its words said in full: the landing of 23 August 2023
        (f"{LANDED} 40 days after Chandrayaan-3 launched.", "SUPPORTED"),
        (f"{LANDED} 20 days after Chandrayaan-3 launched.", "REFUTED"),
        # no record of it and no one named: not the article's news, and no date to count to
        ("Two weeks after Chandrayaan-3 launched, engineers were still checking its systems.", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_span_up_to_an_act_told_without_a_doer(check_other, sentence, label):
    span = claim_with(check_other(f"Moon\n\n{sentence}\n", "2024-09-10"), "duration", "after Chandrayaan-3 launched")
    assert span["verdict"]["label"] == label, span["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("when", "label"),
    [
        ("in August 2011", "SUPPORTED"),
        # Cook became chief executive on 24 August 2011: naming him a month before may be so
        ("in July 2011", "NOT_ENOUGH_INFO"),
        ("in 2009", "REFUTED"),
    ],
)
def test_an_appointment_may_be_made_known_before_it_takes_effect(check_other, when, label):
    text = f"Business\n\nTim Cook was named the new chief executive of Apple {when}.\n"
    claim = claim_with(check_other(text, "2024-09-10"), "role", "Tim Cook")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("laureates", "label"),
    # physics went to Hopfield and Hinton on 8 October 2024; Hassabis shared the chemistry prize
    [("John Hopfield and Geoffrey Hinton", "SUPPORTED"), ("John Hopfield and Demis Hassabis", "NOT_ENOUGH_INFO")],
)
def test_a_person_another_record_has_take_part_is_not_this_ones(check_other, laureates, label):
    sentence = f"On October 8, the Nobel Prize in Physics was awarded to {laureates}."
    document = check_other(f"Nobel\n\n{sentence}\n", "2024-10-15")
    claim = claim_with(document, "temporal", "Physics")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_name_in_what_a_span_counts_from_takes_no_part_in_the_sentences_event(check_other):
    sentence = "Hurricane Milton made landfall on Oct. 9, less than two weeks after Hurricane Helene made landfall."
    document = check_other(f"Storms\n\n{sentence}\n", "2024-10-20")
    claim = claim_with(document, "temporal", "Milton")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a hyphenated given name the small pipeline splits and reads as an organisation
        ("Frank-Walter Steinmeier has been president of Germany since 2017.", "SUPPORTED"),
        # a predicate with a date of its own beside the title before the name
        ("President Frank-Walter Steinmeier has been Germany's president since 2012.", "REFUTED"),
    ],
)
def test_a_known_hyphenated_name_is_a_person_with_a_term_of_its_own(check_other, sentence, label):
    document = check_other(f"Berlin\n\n{sentence}\n", "2024-12-17")
    claim = claim_with(document, "role", "has been")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("John Hopfield and Geoffrey Hinton won the physics Nobel prize in October.", "SUPPORTED"),
        # a prize "in October" is no prize in another field than the record's
        ("John Hopfield and Geoffrey Hinton won the physics Nobel prize in September.", "REFUTED"),
    ],
)
def test_a_time_after_prize_in_is_no_field_of_the_prize(check_other, sentence, label):
    document = check_other(f"Nobel\n\n{sentence}\n", "2024-10-15")
    claim = claim_with(document, "temporal", "physics Nobel")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
