"""News of late 2024 (British politics, Argentina), with a dataset of its own: the readings outside
users found wrong, one sentence each."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DirectoryDatasets, claim_with

DATA = Path(__file__).parent / "data" / "news_2024_late"


@pytest.fixture(autouse=True)
def without_seed_datasets(monkeypatch):
    monkeypatch.setenv("VERIFY_DISABLE_PLUGINS", "seed-datasets")


@pytest.fixture
def check_news(check_json):
    def check(text: str, published: str = "2024-11-14") -> dict:
        return check_json(f"News\n\n{text}\n", "--published", published, plugins=[(DirectoryDatasets(DATA), "news")])

    return check


def _verdict(document: dict, kind: str, fragment: str) -> tuple[str, str]:
    verdict = claim_with(document, kind, fragment)["verdict"]
    return verdict["label"], verdict["explanation"]


@pytest.mark.parametrize(
    "sentence",
    ['"Invest, invest, invest," the Chancellor told MPs.', '"Invest, invest, invest," said Reeves on 30 October.'],
)
def test_the_quoted_words_are_never_their_own_speaker(check_news, sentence):
    # the parser reads the quoted words as a second subject of "told" or "said"
    label, explanation = _verdict(check_news(sentence), "quote", "Invest")
    assert label == "SUPPORTED", explanation


def test_a_title_of_the_persons_country_is_checked_though_they_held_another_office(check_news):
    # Cooper is recorded only as Home Secretary; the Foreign Secretary is Lammy
    document = check_news(
        "Foreign Secretary Yvette Cooper visited Paris on Monday. Chancellor Yvette Cooper spoke on Tuesday. "
        "Foreign Secretary David Lammy spoke on Wednesday."
    )
    assert _verdict(document, "role", "Foreign Secretary Yvette Cooper")[0] == "REFUTED"
    assert _verdict(document, "role", "Chancellor Yvette Cooper")[0] == "REFUTED"
    assert _verdict(document, "role", "Foreign Secretary David Lammy")[0] == "SUPPORTED"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sergio Massa succeeded Alberto Fernandez as president of Argentina.",  # Massa: in no office in the data
        "Jeremy Hunt was succeeded by Yvette Cooper as Chancellor of the Exchequer on 5 July.",  # in another
    ],
)
def test_a_succession_in_a_named_office_is_refuted_by_the_one_who_followed(check_news, sentence):
    label, explanation = _verdict(check_news(sentence), "role", "succeeded")
    assert label == "REFUTED", explanation
    assert "took the office" in explanation


def test_a_succession_in_a_named_office_is_supported_by_the_one_who_followed(check_news):
    label, explanation = _verdict(
        check_news("Javier Milei succeeded Alberto Fernandez as president of Argentina."), "role", "succeeded"
    )
    assert label == "SUPPORTED", explanation


def test_a_count_of_seats_is_the_partys_told_in_the_passive(check_news):
    # not the seats of all three parties recorded that day, added up
    label, explanation = _verdict(
        check_news("The Conservatives were reduced to 121 seats on 4 July."), "quantity", "121 seats"
    )
    assert label == "SUPPORTED", explanation
    assert "121 seats on 2024-07-04" in explanation


def test_a_day_told_before_the_name_is_no_part_of_it(check_news):
    # the parser reads "4 July Labour" as one noun phrase
    claim = claim_with(check_news("On 4 July Labour won 411 seats."), "quantity", "411 seats")
    assert claim["slots"]["actor"] == "Labour"
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Spain beat England 3-1 in the Euro 2024 final in Berlin on July 14.", "REFUTED"),
        ("Spain beat England 2-1 in the Euro 2024 final in Berlin on July 14.", "SUPPORTED"),
        ("England were beaten 1-2 by Spain in the Euro 2024 final on July 14.", "SUPPORTED"),
        ("Argentina beat France 2-1 in the World Cup final on December 18, 2022.", "REFUTED"),
        (
            "On December 18, 2022, Argentina beat France on penalties after a 3-3 draw in the World Cup final.",
            "SUPPORTED",
        ),
    ],
)
def test_a_score_is_checked_against_the_recorded_result(check_news, sentence, label):
    document = check_news(sentence, "2024-11-06")
    # the result's claim, dated ("temporal") or with its date on "the final" ("event"); no count of draws
    (claim,) = [c for c in document["claims"] if c["kind"] in ("temporal", "event", "quantity")]
    assert claim["kind"] != "quantity"
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_day_without_a_year_in_last_months_news_is_of_the_articles_year(check_news):
    # the sentence before told of 2023; October 28 of 2024 was nine days before the article
    document = check_news(
        "Lionel Messi collected his eighth Ballon d'Or in Paris on October 30, 2023. A year later, Rodri won "
        "the Ballon d'Or at the Theatre du Chatelet on October 28.",
        "2024-11-06",
    )
    label, explanation = _verdict(document, "temporal", "Rodri")
    assert label == "SUPPORTED", explanation


def test_a_day_without_a_year_in_a_season_the_sentence_names_is_of_that_season(check_news):
    document = check_news(
        "Italy beat England on penalties in the Euro 2020 final at Wembley on July 11, 2021. In Germany this "
        "summer, England beat the Netherlands 2-1 in Dortmund on July 10 to reach the final. A day earlier, "
        "Spain had beaten France 2-1 in the other semi-final in Munich.",
        "2024-11-06",
    )
    assert _verdict(document, "temporal", "Dortmund")[0] == "SUPPORTED"
    assert _verdict(document, "temporal", "Munich")[0] == "SUPPORTED"


def test_a_day_in_quoted_words_is_not_the_storys(check_news):
    # "today" is the speaker's; "a day earlier" counts from 5 July, not from the article's day
    document = check_news(
        'On 5 July, Rachel Reeves said: "Change begins today." A day earlier, Jeremy Hunt was still Chancellor.'
    )
    claim = claim_with(document, "role", "Hunt")
    assert claim["slots"]["date"] == "2024-07-04", claim["slots"]
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]
