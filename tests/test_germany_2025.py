"""Germany's government crisis and elections of 2024-2025, with a dataset of their own: the readings
outside users found wrong, one sentence each."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claim_with

DATA = Path(__file__).parent / "data" / "germany_2025"
PUBLISHED = "2025-05-28"


@pytest.fixture
def check_germany(check_against):
    def check(text: str) -> dict:
        return check_against(DATA, f"Berlin\n\n{text}\n", PUBLISHED)

    return check


def test_one_party_of_an_alliance_names_the_alliance_that_won(check_germany):
    # the record: "CDU/CSU won"
    document = check_germany("Merz's CDU/CSU won the German election on 23 February.")
    verdict = claim_with(document, "temporal", "won")["verdict"]
    assert verdict["label"] == "SUPPORTED", verdict["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the result told first is the contest's; "winning only 207 votes" is of the votes
        ("Scholz lost the confidence vote on December 16, 2024, winning only 207 votes.", "SUPPORTED"),
        ("Scholz won the confidence vote on December 16, 2024, losing only 20 votes.", "REFUTED"),
    ],
)
def test_a_contest_is_read_by_the_result_told_first(check_germany, sentence, label):
    verdict = claim_with(check_germany(sentence), "temporal", "confidence vote")["verdict"]
    assert verdict["label"] == label, verdict["explanation"]


def test_the_same_day_in_a_clause_about_a_date_is_that_date(check_germany):
    document = check_germany(
        "Friedrich Merz has been Chancellor of Germany since May 6, when the Bundestag elected him in a "
        "second round of voting on the same day."
    )
    for claim in [c for c in document["claims"] if c["kind"] == "temporal"]:
        assert claim["slots"]["start"] == "2025-05-06"
        assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(("votes", "label"), [("325", "NOT_ENOUGH_INFO"), ("400", "REFUTED")])
def test_a_count_of_one_of_the_days_occasions_is_not_their_total(check_germany, votes, label):
    # two ballots recorded on 6 May 2025: 310 votes, then 325
    document = check_germany(
        f"Mr Merz failed in the first round of the vote on May 6. Hours later he was elected with {votes} votes."
    )
    verdict = claim_with(document, "quantity", f"{votes} votes")["verdict"]
    assert verdict["label"] == label, verdict["explanation"]
