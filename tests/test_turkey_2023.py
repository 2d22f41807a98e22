"""Turkey in 2023, with datasets of its own: the earthquake, the presidential election and the
cabinet that followed, told the ways news tells them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claim_with

DATA = Path(__file__).parent / "data" / "turkey_2023"
# two days after Erdoğan was sworn in for a new term
PUBLISHED = "2023-06-05"


@pytest.fixture
def check_turkey(check_against):
    def check(*sentences: str) -> dict:
        text = "Erdogan Names a Cabinet\n\n" + " ".join(sentences) + "\n"
        return check_against(DATA, text, PUBLISHED)

    return check


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the record says "Erdoğan won": who the sentence has win decides, whatever the verb
        ("Erdogan defeated his rival in the presidential runoff on May 28.", "SUPPORTED"),
        ("Erdogan won the presidential runoff on May 28.", "SUPPORTED"),
        ("Kemal Kilicdaroglu lost the presidential runoff on May 28.", "SUPPORTED"),
        ("Kemal Kilicdaroglu was defeated in the presidential runoff on May 28.", "SUPPORTED"),
        ("Kemal Kilicdaroglu did not win the presidential runoff on May 28.", "SUPPORTED"),
        # the one named last before the result is the one it is told of
        ("Kemal Kilicdaroglu thanked voters as Erdogan won the presidential runoff on May 28.", "SUPPORTED"),
        ("Kemal Kilicdaroglu won the presidential runoff on May 28.", "REFUTED"),
        ("Erdogan lost the presidential runoff on May 28.", "REFUTED"),
        ("Erdogan did not win the presidential runoff on May 28.", "REFUTED"),
        # a name alone between commas is the subject's, not an aside
        ("Turkey's president, Recep Tayyip Erdogan, won the presidential runoff on May 28.", "SUPPORTED"),
        ("Turkey's president, Recep Tayyip Erdogan, lost the presidential runoff on May 28.", "REFUTED"),
        # an aside before the verb's helpers ("was re-elected") is still an aside
        ("Erdogan, Turkey's president since 2014, was re-elected in the presidential runoff on May 28.", "SUPPORTED"),
    ],
)
def test_a_recorded_winner_is_read_against_who_the_sentence_has_win(check_turkey, sentence, label):
    claim = claim_with(check_turkey(sentence), "temporal", "runoff")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


ELECTION_DAY = "Neither candidate won a majority in the first round on May 14."
QUAKE = "The earthquake struck southern Turkey in February."
SWORN_IN = "Erdogan was sworn in for a new term on Saturday."
EMERGENCY = "Erdogan declared a state of emergency in ten provinces the day after the earthquake."


@pytest.mark.parametrize(
    ("sentences", "label"),
    [
        # the state of emergency was declared on 7 February 2023, the day after the earthquake
        ((ELECTION_DAY, QUAKE, EMERGENCY), "SUPPORTED"),
        ((QUAKE, SWORN_IN, EMERGENCY), "SUPPORTED"),
        # counted from the last day told (May 14, or Saturday), it had been refuted
        ((ELECTION_DAY, EMERGENCY), "NOT_ENOUGH_INFO"),
        ((SWORN_IN, EMERGENCY), "NOT_ENOUGH_INFO"),
    ],
)
def test_the_day_after_a_thing_counts_from_the_date_told_of_that_thing(check_turkey, sentences, label):
    # undated, the sentence is an event claim
    (claim,) = [c for c in check_turkey(*sentences)["claims"] if "state of emergency" in c["text"]]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Ali Yerlikaya became interior minister on 3 June 2023, after Süleyman Soylu (2016-2023)
        ("Ali Yerlikaya took over as interior minister from Suleyman Soylu.", "SUPPORTED"),
        ("Interior Minister Ali Yerlikaya took over from Suleyman Soylu.", "SUPPORTED"),
        ("Ali Yerlikaya succeeded Suleyman Soylu as interior minister.", "SUPPORTED"),
        # the other way round: the one said to be succeeded came to the office later
        ("Suleyman Soylu took over as interior minister from Ali Yerlikaya.", "REFUTED"),
        ("Interior Minister Suleyman Soylu took over from Ali Yerlikaya.", "REFUTED"),
        ("Suleyman Soylu succeeded Ali Yerlikaya as interior minister.", "REFUTED"),
    ],
)
def test_taking_over_from_someone_is_a_succession(check_turkey, sentence, label):
    (claim,) = [c for c in check_turkey(sentence)["claims"] if c["kind"] == "role" and c["slots"].get("predecessor")]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "kind", "fragment", "label"),
    [
        # Finland joined NATO on 4 April 2023; the record's name goes on "as its 31st member"
        ("Finland joined NATO on April 4.", "temporal", "Finland joined NATO", "SUPPORTED"),
        ("Finland joined NATO on April 14.", "temporal", "Finland joined NATO", "REFUTED"),
        ("It has been two months since Finland joined NATO.", "duration", "two months", "SUPPORTED"),
        # a qualified title is an office of its own when the data record it: Cevdet Yılmaz has been
        # vice president since 3 June 2023, after Fuat Oktay
        ("Vice President Cevdet Yilmaz attended the ceremony.", "role", "Cevdet Yilmaz", "SUPPORTED"),
        ("Vice President Fuat Oktay attended the ceremony.", "role", "Fuat Oktay", "REFUTED"),
        ("Cevdet Yilmaz is Turkey's vice president.", "role", "Cevdet Yilmaz", "SUPPORTED"),
        # the data record no deputy foreign minister
        ("Deputy Foreign Minister Hakan Fidan attended the ceremony.", "role", "Hakan Fidan", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_name_going_on_past_the_act_and_a_qualified_office_the_data_record(
    check_turkey, sentence, kind, fragment, label
):
    claim = claim_with(check_turkey(sentence), kind, fragment)
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_qualified_office_one_dataset_lacks_is_looked_for_in_the_others(run, check_json):
    # imported into the log, the Turkish offices come after the seed's, which have no vice president
    assert run("datasets", "import", DATA / "offices.csv").exit_code == 0
    document = check_json(
        "Erdogan Names a Cabinet\n\nVice President Fuat Oktay attended the ceremony.\n", "--published", PUBLISHED
    )
    assert [d["name"] for d in document["run"]["datasets"] if d["kind"] == "office_holders"][-1] == "tr_offices"
    claim = claim_with(document, "role", "Fuat Oktay")
    assert claim["verdict"]["label"] == "REFUTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Ekrem İmamoğlu took office as Mayor of Istanbul on 27 June 2019
        ("Istanbul Mayor Ekrem Imamoglu, who has held the post since 2019, criticised the result.", "SUPPORTED"),
        ("Istanbul Mayor Ekrem Imamoglu, who has held the post since 2015, criticised the result.", "REFUTED"),
        # the date entity may take in its "since": "has been mayor since 2015" all the same
        ("Istanbul Mayor Ekrem Imamoglu, who has been mayor since 2015, criticised the result.", "REFUTED"),
        # "office" with no determiner is any office, as "power" is
        ("Ekrem Imamoglu has held office since 2019.", "SUPPORTED"),
    ],
)
def test_the_post_held_since_a_date_is_the_title_before_the_name(check_turkey, sentence, label):
    (claim,) = [c for c in check_turkey(sentence)["claims"] if c["kind"] == "role" and "since" in c["slots"]["tense"]]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the first earthquake, on 6 February 2023, was of magnitude 7.8
        ("A magnitude 7.8 earthquake struck southern Turkey in February.", "SUPPORTED"),
        ("A 7.8-magnitude earthquake struck southern Turkey in February.", "SUPPORTED"),
        ("A magnitude 6.9 earthquake struck southern Turkey in February.", "REFUTED"),
        ("A 6.9-magnitude earthquake struck southern Turkey in February.", "REFUTED"),
    ],
)
def test_a_grade_the_record_gives_otherwise_refutes(check_turkey, sentence, label):
    document = check_turkey(sentence)
    assert not [c for c in document["claims"] if c["kind"] == "quantity"]  # a grade is no count
    claim = claim_with(document, "temporal", "earthquake")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_an_ordinal_before_a_noun_is_no_day(check_turkey):
    # "the 31st member" counts members; "on the 31st" would be a day
    document = check_turkey("NATO Secretary General Jens Stoltenberg welcomed Finland as the 31st member.")
    claim = claim_with(document, "event", "31st")  # undated: not a "temporal" claim of a 31st day
    assert claim["verdict"]["label"] != "REFUTED", claim["verdict"]["explanation"]
