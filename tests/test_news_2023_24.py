"""News of 2023-24 in several domains (politics in Asia, central banks, tennis, disasters), with a
dataset of its own: the readings outside users found wrong, one sentence each."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DirectoryDatasets, claim_with

DATA = Path(__file__).parent / "data" / "news_2023_24"


@pytest.fixture(autouse=True)
def without_seed_datasets(monkeypatch):
    monkeypatch.setenv("VERIFY_DISABLE_PLUGINS", "seed-datasets")


@pytest.fixture
def check_news(check_json):
    def check(text: str, published: str) -> dict:
        return check_json(f"News\n\n{text}\n", "--published", published, plugins=[(DirectoryDatasets(DATA), "news")])

    return check


def _label(document: dict, kind: str, fragment: str) -> str:
    return claim_with(document, kind, fragment)["verdict"]["label"]


def test_the_same_day_counts_from_the_story_not_from_a_since_in_an_aside(check_news):
    document = check_news(
        "South Korea's National Assembly voted to impeach President Yoon Suk Yeol on December 14. "
        "Prime Minister Han Duck-soo, who has served as prime minister since May 2022, became acting "
        "president the same day.",
        "2024-12-20",
    )
    claim = claim_with(document, "role", "became acting")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


def test_the_same_day_as_a_thing_told_before_is_that_things_day(check_news):
    document = check_news(
        "Prabowo Subianto was inaugurated as president of Indonesia on October 20. Earlier, on February 14, "
        "voters had chosen him. Gibran Rakabuming Raka became vice president the same day as Prabowo's "
        "inauguration.",
        "2024-12-20",
    )
    claim = claim_with(document, "role", "Gibran")
    assert claim["verdict"]["label"] == "SUPPORTED"
    assert "2024-10-20" in claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # what was announced may itself be a denial: the record is of the announcement
        ("Kishida announced in August that he would not seek re-election as party leader.", "SUPPORTED"),
        ("Kishida announced in August that he would seek re-election as party leader.", "REFUTED"),
    ],
)
def test_a_denial_inside_an_announcement_is_what_was_announced(check_news, sentence, label):
    assert _label(check_news(sentence, "2024-12-20"), "temporal", "Kishida") == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the title is the winner's: naming the loser in full is no support
        ("Novak Djokovic beat Carlos Alcaraz in the Wimbledon final on July 14.", "NOT_ENOUGH_INFO"),
        ("Daniil Medvedev won the Australian Open on January 28, beating Jannik Sinner in five sets.", "REFUTED"),
        ("Jannik Sinner won the Australian Open on January 28, beating Daniil Medvedev in five sets.", "SUPPORTED"),
    ],
)
def test_a_title_is_checked_for_who_won_it(check_news, sentence, label):
    claim = claim_with(check_news(sentence, "2024-11-25"), "temporal", "January 28" if "Jan" in sentence else "July")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_fed_is_the_federal_reserve_clipped(check_news):
    document = check_news("The Federal Reserve cut rates by half a point on September 25.", "2024-11-20")
    claim = claim_with(document, "temporal", "Federal Reserve")
    assert claim["verdict"]["label"] == "REFUTED"
    assert "2024-09-18" in claim["verdict"]["explanation"]


def test_what_a_span_counts_from_is_the_record_of_the_anchors_own_date(check_news):
    document = check_news(
        "That September move came less than four weeks after Powell spoke at the Jackson Hole symposium on August 23.",
        "2024-11-20",
    )
    claim = claim_with(document, "duration", "less than four weeks")
    assert "2024-08-23" in claim["verdict"]["explanation"]
    assert claim["verdict"]["label"] != "REFUTED"


def test_a_date_after_of_dates_the_thing_not_the_succession(check_news):
    document = check_news(
        "Jeremy Hunt replaced Kwasi Kwarteng, whose mini-budget of September 23, 2022 rattled the gilt market.",
        "2024-11-20",
    )
    assert _label(document, "role", "replaced Kwasi Kwarteng") == "SUPPORTED"


def test_a_when_clause_dates_the_taking_over_by_the_date_before_it(check_news):
    document = check_news(
        "Governor Andrew Bailey has run the bank since March 2018, when he took over from Mark Carney.", "2024-11-20"
    )
    claim = claim_with(document, "role", "took over from Mark Carney")
    assert claim["verdict"]["label"] != "SUPPORTED"
    assert "2018-03" in claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the parser tags these as events, and the year of "September 15-16, 2023" apart
        ("On the night of September 15-16, 2023, two dams above Derna collapsed.", "REFUTED"),
        ("On the night of September 10-11, 2023, two dams above Derna collapsed.", "SUPPORTED"),
        ("The Noto Peninsula was struck by a magnitude 7.5 earthquake on New Year's Day 2023.", "REFUTED"),
        ("The Noto Peninsula was struck by a magnitude 7.5 earthquake on New Year's Day 2024.", "SUPPORTED"),
    ],
)
def test_dates_the_parser_tags_as_events(check_news, sentence, label):
    assert _label(check_news(sentence, "2024-11-15"), "temporal", sentence[:20]) == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Since the Lahaina fire, more than 25 months have elapsed.", "REFUTED"),
        ("Since the Lahaina fire, more than 14 months have passed.", "SUPPORTED"),
    ],
)
def test_a_span_told_after_what_it_counts_from(check_news, sentence, label):
    assert _label(check_news(sentence, "2024-11-15"), "duration", "Since the Lahaina fire") == label


def test_an_undated_act_long_after_the_article_news_is_not_counted_to_the_article(check_news):
    document = check_news(
        "Thirteen days after the Lahaina fire, the town was toured by U.S. President Joe Biden.", "2024-11-15"
    )
    claim = claim_with(document, "duration", "Thirteen days")
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]["explanation"]


def test_a_span_to_an_act_of_two_days_may_end_on_either(check_news):
    document = check_news(
        "The Derna dams collapsed one day after Storm Daniel made landfall in eastern Libya.", "2024-11-15"
    )
    claim = claim_with(document, "duration", "one day after")
    assert claim["verdict"]["label"] != "REFUTED", claim["verdict"]["explanation"]
