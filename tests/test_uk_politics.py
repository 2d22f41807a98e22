"""British politics in autumn 2022, with datasets of its own: prime ministers, chancellors and what
they did, told the ways news tells them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claim_with

DATA = Path(__file__).parent / "data" / "uk_2022"
# the day after Liz Truss announced her resignation
PUBLISHED = "2022-10-21"


@pytest.fixture
def check_uk(check_against):
    def check(*sentences: str) -> dict:
        text = "Truss Quits\n\n" + " ".join(sentences) + "\n"
        return check_against(DATA, text, PUBLISHED)

    return check


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Kwarteng presented the mini-budget on September 23.", "SUPPORTED"),
        # the record naming both of them is of another act: the sacking, on 14 October
        ("Truss and Kwarteng dined together at Chequers on September 23.", "NOT_ENOUGH_INFO"),
        # the date is the clause's, which tells the presentation
        (
            "Her government was thrown into turmoil after Chancellor Kwasi Kwarteng presented the mini-budget on "
            "September 23.",
            "SUPPORTED",
        ),
        ("Truss sacked Kwarteng in September.", "REFUTED"),
    ],
)
def test_a_misdate_is_refuted_only_by_a_record_of_the_same_act(check_uk, sentence, label):
    document = check_uk("Liz Truss became prime minister in September.", sentence)
    (dated,) = [c for c in document["claims"] if c["kind"] == "temporal" and c["sentence"] == sentence]
    assert dated["verdict"]["label"] == label, dated["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the record has Truss do it; in the passive the sentence names only the one it was done to
        ("Kwarteng was sacked on October 14.", "SUPPORTED"),
        ("Kwasi Kwarteng was dismissed last Friday.", "SUPPORTED"),
        ("Kwarteng was sacked on October 12.", "REFUTED"),
    ],
)
def test_the_one_an_act_was_done_to_names_the_record_in_the_passive(check_uk, sentence, label):
    document = check_uk(sentence)
    (dated,) = [c for c in document["claims"] if c["kind"] == "temporal"]
    assert dated["verdict"]["label"] == label, dated["verdict"]["explanation"]


def test_a_date_in_a_clause_with_a_hyphenated_verb_is_the_clauses(check_uk):
    # 2012 dates the writing, not the sacking ("co-wrote", split at its hyphen, read as two verbs)
    sentence = "Kwarteng, who co-wrote Britannia Unchained in 2012, was sacked on October 14."
    document = check_uk(sentence)
    sacking = claim_with(document, "temporal", "was sacked")
    assert sacking["slots"]["expression"] == "October 14"
    assert sacking["verdict"]["label"] == "SUPPORTED", sacking["verdict"]["explanation"]
    # with a verb of its own joined to the clause's first one
    document = check_uk(
        "Kwarteng, who entered Parliament in 2010 and ran the Treasury from September, was sacked on October 14."
    )
    sacking = claim_with(document, "temporal", "was sacked")
    assert sacking["slots"]["expression"] == "October 14"


def test_former_is_as_the_article_is_written_not_in_the_years_told(check_uk):
    document = check_uk("Former Prime Minister Theresa May led Britain from 2016 to 2019.")
    former = claim_with(document, "role", "Former Prime Minister Theresa May")
    assert former["verdict"]["label"] == "SUPPORTED", former["verdict"]["explanation"]
    # on the article's date Truss still held the office
    document = check_uk("In 2021, former Prime Minister Liz Truss spoke.")
    former = claim_with(document, "role", "Liz Truss")
    assert former["verdict"]["label"] == "REFUTED", former["verdict"]["explanation"]


def test_an_irregular_past_tells_the_records_act(check_uk):
    # "left" is the record's "leaves"
    document = check_uk("The United Kingdom left the European Union in January 2020.")
    (left,) = [c for c in document["claims"] if c["kind"] == "temporal"]
    assert left["verdict"]["label"] == "SUPPORTED", left["verdict"]["explanation"]


def test_an_object_pronoun_is_not_the_subject_of_its_verb(check_uk):
    document = check_uk("Truss sacked Kwarteng on October 14 and replaced him with Jeremy Hunt.")
    succession = claim_with(document, "role", "Jeremy Hunt")
    assert (succession["slots"]["person"], succession["slots"]["predecessor"]) == ("Jeremy Hunt", "Kwarteng")
    assert succession["verdict"]["label"] == "SUPPORTED", succession["verdict"]["explanation"]


def test_a_date_the_parser_hangs_on_an_office_dates_the_act(check_uk):
    sentence = "Liz Truss resigned as Britain's prime minister on Thursday, just six weeks after she took office."
    document = check_uk(sentence)
    (resigned,) = [c for c in document["claims"] if c["kind"] == "temporal"]
    assert resigned["slots"]["start"] == "2022-10-20"
    assert resigned["verdict"]["label"] == "SUPPORTED", resigned["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Truss took office as prime minister on 6 September 2022, 6.3 weeks before that Thursday
        ("Liz Truss resigned on Thursday, just six weeks after she took office.", "SUPPORTED"),
        ("It has been six months since Truss became prime minister.", "REFUTED"),
        # no office named: a year before, she had become foreign secretary
        ("Liz Truss resigned on Thursday, just a year after she took office.", "NOT_ENOUGH_INFO"),
        ("It has been three years since Boris Johnson became prime minister.", "SUPPORTED"),
    ],
)
def test_a_span_since_taking_office_counts_from_the_term(check_uk, sentence, label):
    span = next(c for c in check_uk(sentence)["claims"] if c["kind"] == "duration")
    assert span["verdict"]["label"] == label, span["verdict"]["explanation"]
    assert span["verdict"]["evidence"][0]["dataset"] == "uk_offices_2022"


@pytest.mark.parametrize(("later", "label"), [("Three weeks later", "SUPPORTED"), ("A week later", "REFUTED")])
def test_an_object_pronoun_beside_its_only_named_doer_is_someone_named_before(check_uk, later, label):
    # Kwarteng presented the mini-budget on 23 September 2022; Truss sacked him on 14 October
    document = check_uk("Kwarteng presented the mini-budget on September 23.", f"{later}, Truss sacked him.")
    sacked = claim_with(document, "temporal", "sacked him")
    assert sorted(sacked["slots"]["participants"]) == ["Kwarteng", "Truss"]
    assert sacked["verdict"]["label"] == label, sacked["verdict"]["explanation"]


def test_a_title_whose_holder_has_left_it_tells_their_term_not_an_empty_office(check_uk):
    # Elizabeth II reigned until 8 September 2022; "Queen" names her term, not Charles III's, and
    # one told dying held the title until then
    document = check_uk("It has been less than two months since Queen Elizabeth II died at Balmoral.")
    queen = claim_with(document, "role", "Queen Elizabeth II")
    assert queen["verdict"]["label"] == "SUPPORTED"
    assert "2022-09-08" in queen["verdict"]["explanation"], queen["verdict"]["explanation"]
    assert queen["verdict"]["evidence"]


def test_an_undated_taking_of_office_cites_the_latest(check_uk):
    # Truss became foreign secretary in 2021 and prime minister in 2022: the news is the latest
    document = check_uk("Liz Truss resigned on Thursday, just six weeks after she took office.")
    taken = claim_with(document, "role", "she took office")
    assert taken["verdict"]["label"] == "SUPPORTED", taken["verdict"]["explanation"]
    assert "Prime Minister of the United Kingdom on 2022-09-06" in taken["verdict"]["explanation"]


def test_a_title_case_heading_teaches_no_full_name(check_uk):
    # the heading "Truss Quits" is not the full name of the Truss of the text
    role = claim_with(check_uk("Truss became prime minister in September."), "role", "prime minister")
    assert role["slots"]["person"] != "Truss Quits"
    assert role["verdict"]["label"] == "SUPPORTED", role["verdict"]["explanation"]


def test_a_time_in_office_names_the_country_as_the_record_does(check_uk):
    led = claim_with(check_uk("Theresa May led Britain from 2016 to 2019."), "role", "led Britain")
    assert led["verdict"]["label"] == "SUPPORTED", led["verdict"]["explanation"]
    assert "held office in the United Kingdom 2016-07-13 to 2019-07-24" in led["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Truss became prime minister on 6 September 2022; the parser tags some days as no date at all
        # ("5 September 2022" as "September 2022", "9 September 2022" as an event)
        ("Liz Truss became prime minister on 6 September 2022.", "SUPPORTED"),
        ("Liz Truss became prime minister on 5 September 2022.", "REFUTED"),
        ("Liz Truss became prime minister on 9 September 2022.", "REFUTED"),
        ("Liz Truss became prime minister on the sixth of September.", "SUPPORTED"),
        ("Liz Truss became prime minister on the fifth of September.", "REFUTED"),
        ("Liz Truss became prime minister on September fifth.", "REFUTED"),
    ],
)
def test_a_day_written_out_dates_the_sentence(check_uk, sentence, label):
    document = check_uk(sentence)
    assert not [c for c in document["claims"] if c["kind"] == "count"]
    claim = claim_with(document, "role", "Truss")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Theresa May was prime minister from 13 July 2016 to 24 July 2019
        ("Theresa May was prime minister for three years.", "SUPPORTED"),
        ("Theresa May served as prime minister for more than three years.", "SUPPORTED"),
        ("Theresa May was prime minister for five years.", "REFUTED"),
        ("Theresa May served as prime minister for less than two years.", "REFUTED"),
        # the parser may hang "for" on the title; "had been" tells a past term's length too
        ("Theresa May was prime minister for more than five years.", "REFUTED"),
        # "had been" tells the length by some time: only a least length is the whole term's
        ("Theresa May had been prime minister for more than five years.", "REFUTED"),
        ("Theresa May had been prime minister for more than two years.", "SUPPORTED"),
    ],
)
def test_how_long_a_term_lasted_is_checked(check_uk, sentence, label):
    claim = claim_with(check_uk(sentence), "role", "Theresa May")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("day", "label"),
    [
        # Kwarteng was sacked, and Hunt appointed, on 14 October 2022
        ("October 14", "SUPPORTED"),
        ("October 15", "REFUTED"),
    ],
)
def test_the_holder_on_the_day_the_office_changed_hands_held_it_that_day(check_uk, day, label):
    claim = claim_with(check_uk(f"Chancellor Kwasi Kwarteng flew back from Washington on {day}."), "role", "Kwarteng")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Kwarteng was Chancellor from 6 September to 14 October 2022, Hunt after him
        ("Boris Johnson became Chancellor of the Exchequer on September 20, 2022.", "REFUTED"),
        ("Liz Truss is the Chancellor of the Exchequer.", "REFUTED"),
        ("Jeremy Hunt is the Chancellor of the Exchequer.", "SUPPORTED"),
    ],
)
def test_an_office_its_title_names_whole_is_checked_for_one_the_data_know_in_another(check_uk, sentence, label):
    claim = claim_with(check_uk(sentence), "role", sentence.split(" became")[0].split(" is")[0])
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Liz Truss took the helm from Boris Johnson in September 2022.", "SUPPORTED"),
        ("Liz Truss took the reins from Boris Johnson as prime minister in July 2022.", "REFUTED"),
        ("Jeremy Hunt took the reins at the Treasury in October 2022.", "SUPPORTED"),
    ],
)
def test_taking_the_helm_or_the_reins_is_taking_office(check_uk, sentence, label):
    claim = claim_with(check_uk(sentence), "role", sentence.split(" took")[0])
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Theresa May's only recorded time in office: 13 July 2016 to 24 July 2019
        ("Theresa May led Britain for three years.", "SUPPORTED"),
        ("Theresa May led Britain for nearly three years.", "NOT_ENOUGH_INFO"),
    ],
)
def test_how_long_one_led_a_country_is_borne_out_by_a_time_in_office(check_uk, sentence, label):
    claim = claim_with(check_uk(sentence), "role", "Theresa May")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Chancellor Jeremy Hunt has held office since October 2022.", "SUPPORTED"),
        ("Chancellor Jeremy Hunt has held office since September 2022.", "REFUTED"),
        # no title: any office, and the data may lack the one meant
        ("Jeremy Hunt has held office since September 2022.", "NOT_ENOUGH_INFO"),
    ],
)
def test_office_held_since_is_the_office_of_the_title_before_the_name(check_uk, sentence, label):
    claim = claim_with(check_uk(sentence), "role", "has held office")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_span_after_a_date_told_in_the_sentence_does_not_date_the_clause_it_counts_from(check_uk):
    # Truss took office on 6 September 2022 and sacked Kwarteng on 14 October, 38 days later
    claim = claim_with(check_uk("Truss sacked Kwarteng on October 14, 38 days after she took office."), "role", "took")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("day", "label"),
    [
        # Hunt became Chancellor on 14 October 2022; an appointment may be made known weeks before
        ("October 14, 2022", "SUPPORTED"),
        ("September 20, 2022", "NOT_ENOUGH_INFO"),
        ("September 20, 2021", "REFUTED"),
    ],
)
def test_an_appointment_told_shortly_before_the_term_is_not_refuted(check_uk, day, label):
    claim = claim_with(check_uk(f"Jeremy Hunt was appointed Chancellor of the Exchequer on {day}."), "role", "Hunt")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Truss took office as prime minister on 6 September 2022, succeeding Johnson
        ("Truss took office on September 6, 2022, succeeding Boris Johnson.", "SUPPORTED"),
        # weeks off the one recorded change: that change misdated, though no office is named
        ("Truss took office on August 26, 2022, succeeding Boris Johnson.", "REFUTED"),
        ("Truss took office on August 26, 2022.", "REFUTED"),
        # months off: perhaps another office, one the data lack
        ("Truss took office in March 2022.", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_taking_of_office_weeks_off_the_recorded_one_is_misdated(check_uk, sentence, label):
    document = check_uk(sentence)
    # the taking of office, and the succession when the sentence tells one
    claims = [c for c in document["claims"] if c["kind"] == "role" and "took office" in c["text"]]
    assert len(claims) == 1 + ("succeeding" in sentence)
    assert {c["verdict"]["label"] for c in claims} == {label}, [c["verdict"]["explanation"] for c in claims]


@pytest.mark.parametrize(
    ("day", "label"),
    [
        ("September 6, 2022", "SUPPORTED"),
        # an oath may follow the day a term is recorded to begin by days, not by weeks
        ("September 9, 2022", "NOT_ENOUGH_INFO"),
        ("October 9, 2022", "REFUTED"),
    ],
)
def test_sworn_in_weeks_after_the_term_began_is_misdated(check_uk, day, label):
    claim = claim_with(check_uk(f"Liz Truss was sworn in as prime minister on {day}."), "role", "sworn")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Truss, prime minister from 6 September 2022, still was on the article's day
        ("Prime Minister Liz Truss won the Conservative leadership contest on September 5, 2022.", "SUPPORTED"),
        ("Prime Minister Liz Truss visited Washington in March 2022.", "REFUTED"),
        # days before, but told doing another thing than winning it: not yet prime minister
        ("Prime Minister Liz Truss visited Washington on August 30, 2022.", "REFUTED"),
    ],
)
def test_a_title_taken_days_after_the_day_told_is_the_holders_as_the_article_is_written(check_uk, sentence, label):
    claim = claim_with(check_uk(sentence), "role", "Prime Minister Liz Truss")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_an_office_held_since_a_year_said_beside_a_past_day_runs_up_to_that_day(check_uk):
    # Johnson resigned as party leader on 7 July 2022 and left office on 6 September
    claim = claim_with(
        check_uk("Boris Johnson, prime minister since 2019, resigned on July 7, 2022."), "role", "Johnson"
    )
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


def test_in_office_for_a_time_is_a_time_in_office(check_uk):
    # Truss took office on 6 September 2022, 45 days before the article
    claim = claim_with(check_uk("Liz Truss has been in office for more than six weeks."), "role", "Truss")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


def test_had_led_since_runs_to_a_time_the_article_tells_not_its_day(check_uk):
    # Johnson led Britain from 24 July 2019 to 6 September 2022, before the article
    claim = claim_with(check_uk("Boris Johnson, who had led Britain since 2019, resigned in July 2022."), "role", "led")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Kwarteng presented the mini-budget on 23 September 2022; Hunt became chancellor on 14 October
        ("Jeremy Hunt became chancellor three weeks after Kwarteng presented the mini-budget.", "SUPPORTED"),
        ("Jeremy Hunt became chancellor two weeks after Kwarteng presented the mini-budget.", "REFUTED"),
        # the date told of what the span counts from is not the end of it
        (
            "Jeremy Hunt became chancellor three weeks after Kwarteng's mini-budget, "
            "which he presented on September 23.",
            "SUPPORTED",
        ),
    ],
)
def test_a_span_up_to_an_undated_taking_of_office_ends_on_the_day_it_was_taken(check_uk, sentence, label):
    (span,) = [c for c in check_uk(sentence)["claims"] if c["kind"] == "duration"]
    assert span["verdict"]["label"] == label, span["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Hunt succeeded Kwarteng as chancellor on 14 October 2022
        ("Kwarteng was succeeded as chancellor by Jeremy Hunt on October 14.", "SUPPORTED"),
        ("Kwarteng was replaced as chancellor by Jeremy Hunt on October 20.", "REFUTED"),
        ("Jeremy Hunt took office as chancellor on October 14, succeeding Liz Truss.", "REFUTED"),
        ("Jeremy Hunt took office as chancellor on October 14, succeeding Kwasi Kwarteng.", "SUPPORTED"),
    ],
)
def test_a_succession_names_its_office_in_the_passive_and_after_took_office(check_uk, sentence, label):
    (succession,) = [c for c in check_uk(sentence)["claims"] if c["kind"] == "role" and c["slots"].get("predecessor")]
    assert succession["verdict"]["label"] == label, succession["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("holder", "label"),
    [("Liz Truss", "SUPPORTED"), ("Boris Johnson", "REFUTED")],
)
def test_then_is_the_office_as_it_was_on_the_day_told(check_uk, holder, label):
    document = check_uk(f"Reporters met Britain's then-prime minister, {holder}, on October 20, 2022.")
    claim = claim_with(document, "role", holder)
    assert claim["slots"]["date"] == "2022-10-20"
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("holder", "label"), [("Liz Truss", "SUPPORTED"), ("Boris Johnson", "REFUTED")])
def test_an_office_in_a_when_clause_is_held_on_the_date_it_explains(check_uk, holder, label):
    document = check_uk(f"Kwarteng presented the mini-budget on September 23, when {holder} was prime minister.")
    claim = claim_with(document, "role", holder)
    assert claim["slots"]["date"] == "2022-09-23"
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the title of one told dying is the one held until then (Elizabeth II died on 8 September 2022)
        ("It has been six weeks since British monarch Elizabeth II died.", "SUPPORTED"),
        ("British monarch Elizabeth II opened the new session.", "REFUTED"),
    ],
)
def test_the_title_of_one_told_dying_is_the_one_held_until_then(check_uk, sentence, label):
    claim = claim_with(check_uk(sentence), "role", "Elizabeth II")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
