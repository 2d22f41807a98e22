"""The end of the Cold War told as anniversaries, with a dataset of its own: office holders of the
1980s beside those of 2024, two presidents named George Bush, and counts that another dataset's
thing shares (the seed data count missiles launched; these, missiles destroyed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claim_with, domain_check, verdict_of

DATA = Path(__file__).parent / "data" / "cold_war"
PUBLISHED = "2024-11-11"


@pytest.fixture
def check_cold_war(check_against):
    return domain_check(check_against, DATA, PUBLISHED)


@pytest.fixture
def check_beside_the_seeds(run, check_json):
    """Checked against the seed datasets and this domain's, imported as a user imports a dataset
    of their own (after the seeds: the seeds are consulted first)."""
    for table in sorted(DATA.glob("*.csv")):
        assert run("datasets", "import", table, "--name", table.stem).exit_code == 0

    def check(text: str) -> dict:
        return check_json(f"News\n\n{text}\n", "--published", PUBLISHED)

    return check


_verdict = verdict_of


@pytest.mark.parametrize(("who", "label"), [("George H. W. Bush", "REFUTED"), ("Ronald Reagan", "SUPPORTED")])
def test_a_father_is_not_his_son(check_beside_the_seeds, who, label):
    # the seed data's George W. Bush is also "George Bush"; the middle initials tell them apart
    document = check_beside_the_seeds(f"Mr Gorbachev met President {who} in Geneva in November 1985.")
    assert claim_with(document, "role", f"President {who}")["verdict"]["label"] == label


def test_a_name_two_records_share_is_checked_against_each(check_beside_the_seeds):
    # the seed data's George W. Bush is "George Bush" too: his term is no answer for 1991
    document = check_beside_the_seeds("President George Bush praised the Soviet leader on 26 December 1991.")
    claim = claim_with(document, "role", "President George Bush")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]


def test_two_clauses_joined_by_and_each_title_their_own_subject(check_cold_war):
    document = check_cold_war(
        "Today, Olaf Scholz is Germany's chancellor and Keir Starmer is Britain's prime minister."
    )
    roles = {
        c["slots"]["person"]: (c["slots"]["title"], c["verdict"]["label"])
        for c in document["claims"]
        if c["kind"] == "role"
    }
    assert roles == {
        "Olaf Scholz": ("Germany's chancellor", "SUPPORTED"),
        "Keir Starmer": ("Britain's prime minister", "SUPPORTED"),
    }


def test_a_title_after_and_is_the_next_name_s_alone(check_cold_war):
    document = check_cold_war(
        "In November 1985, the new Soviet leader and President Ronald Reagan met for the first time, in Geneva."
    )
    claim = claim_with(document, "role", "Ronald Reagan")
    assert (claim["slots"]["title"], claim["verdict"]["label"]) == ("President", "SUPPORTED")


@pytest.mark.parametrize(("count", "label"), [("1,846", "SUPPORTED"), ("1,746", "REFUTED")])
def test_a_count_another_dataset_also_counts(check_beside_the_seeds, count, label):
    # the seed data count missiles North Korea launched; they know nothing of the Soviet Union's
    document = check_beside_the_seeds(
        f"By 1 June 1991, the Soviet Union had destroyed {count} missiles under the treaty."
    )
    assert _verdict(document, "quantity", f"{count} missiles")[0] == label


@pytest.mark.parametrize(
    ("told", "label"),
    [
        ("hardliners toppled the Soviet leader in a successful coup", "REFUTED"),
        # an act only tried is no act done
        ("hardliners tried to topple the Soviet leader in a coup that collapsed within a week", "SUPPORTED"),
    ],
)
def test_a_coup_told_as_done_against_one_recorded_as_failed(check_cold_war, told, label):
    document = check_cold_war(f"In August 1991, {told}.")
    assert _verdict(document, "temporal", "August 1991")[0] == label


@pytest.mark.parametrize("days", ["on December 2 and 3, 1989", "on 2 and 3 December 1989"])
def test_two_days_of_a_month_listed(check_cold_war, days):
    document = check_cold_war(f"Mr Gorbachev and President George H. W. Bush held talks off Malta {days}.")
    claim = claim_with(document, "temporal", "Malta")
    assert (claim["slots"]["start"], claim["slots"]["end"]) == ("1989-12-02", "1989-12-03")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]


def test_a_month_after_a_date_of_another_year_in_the_sentence_is_of_that_year(check_cold_war):
    document = check_cold_war(
        "In the autumn of 1989, East Germany's leadership was crumbling: Egon Krenz replaced Erich Honecker as "
        "party leader in October."
    )
    claim = claim_with(document, "role", "Krenz replaced")
    assert claim["slots"]["date"] == "1989-10-01" and claim["verdict"]["label"] == "SUPPORTED", claim


def test_a_month_after_a_december_told_in_the_sentence_is_of_the_next_year(check_cold_war):
    # "late January" after "16 December 1944" is January 1945, not January 1944 nor this year's
    document = check_cold_war(
        "The German offensive in the Ardennes, begun on 16 December 1944, had been defeated by late January."
    )
    dates = {(c["slots"].get("expression"), c["slots"].get("start")) for c in document["claims"]}
    assert ("late January", "1945-01-21") in dates, dates
