"""News of late 2024 (British politics, Argentina), with a dataset of its own: the readings outside
users found wrong, one sentence each."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claim_with

DATA = Path(__file__).parent / "data" / "news_2024_late"


@pytest.fixture
def check_news(check_against):
    def check(text: str, published: str = "2024-11-14") -> dict:
        return check_against(DATA, f"News\n\n{text}\n", published)

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


@pytest.mark.parametrize(("ordinal", "label"), [("15th", "REFUTED"), ("16th", "SUPPORTED")])
def test_a_title_numbered_otherwise_than_the_record_of_the_final_within_the_tournament(check_news, ordinal, label):
    # the sentence matches the tournament best; the record of its final numbers the title
    claim = claim_with(
        check_news(f"The win gave Argentina their {ordinal} Copa America title, a record.", "2024-11-06"),
        "event",
        "Copa America",
    )
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_term_taken_on_a_day_beside_a_span_is_the_role_claims_to_check(check_news):
    # no dated event claim that the runoff's record, sharing "Argentine" and "president", would refute
    document = check_news(
        "Argentine President Javier Milei took office on December 10, 2023, 21 days after the runoff.", "2024-10-28"
    )
    assert not [c for c in document["claims"] if c["kind"] == "temporal"], document["claims"]
    assert _verdict(document, "role", "took office")[0] == "SUPPORTED"


def test_a_party_named_in_full_is_the_one_its_acronym_names_in_the_record(check_news):
    # the record: "ANC lost its majority"
    for told, label in (("lost", "SUPPORTED"), ("won", "REFUTED")):
        document = check_news(
            f"On May 29, 2024, the African National Congress {told} its parliamentary majority in the South African "
            "general election.",
            "2024-06-20",
        )
        assert _verdict(document, "temporal", "African National Congress")[0] == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Sam Bankman-Fried was sentenced to 20 years in prison on March 28.", "REFUTED"),
        ("Sam Bankman-Fried was sentenced to 25 years in prison on March 28.", "SUPPORTED"),
        ("The Supreme Court unanimously ruled on July 1 in Trump v. United States.", "REFUTED"),
        ("The Supreme Court ruled 6-3 on July 1 in Trump v. United States.", "SUPPORTED"),
    ],
)
def test_a_prison_term_and_a_vote_split_are_checked_against_the_record(check_news, sentence, label):
    (claim,) = [c for c in check_news(sentence, "2024-08-28")["claims"] if c["kind"] == "temporal"]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_since_on_the_subjects_aside_does_not_date_the_appointment_it_makes(check_news):
    document = check_news(
        "Attorney General Merrick Garland, in office since March 2021, appointed Jack Smith as special counsel in "
        "November 2022.",
        "2024-08-28",
    )
    claim = claim_with(document, "role", "Jack Smith")
    assert claim["slots"]["date"] == "2022-11-01", claim["slots"]
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("India's Chandrayaan-3 landed near the lunar north pole on August 23, 2023.", "REFUTED"),
        ("India's Chandrayaan-3 landed near the lunar south pole on August 23, 2023.", "SUPPORTED"),
        ("Japan's SLIM lander crashed on the Moon on January 20, 2024.", "REFUTED"),
        ("On October 13, SpaceX's Super Heavy booster crashed into the Gulf of Mexico.", "REFUTED"),
    ],
)
def test_a_landing_told_at_the_other_pole_or_as_a_crash_is_refuted(check_news, sentence, label):
    (claim,) = [c for c in check_news(sentence, "2024-10-28")["claims"] if c["kind"] == "temporal"]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_speaker_named_in_full_is_the_one_the_record_names_by_an_initial(check_news):
    # the record: "S. Somanath"
    document = check_news('"India is on the moon," said Sreedhara Panicker Somanath on August 23, 2023.', "2024-10-28")
    label, explanation = _verdict(document, "quote", "India is on the moon")
    assert label == "SUPPORTED", explanation


@pytest.mark.parametrize(
    "text",
    [
        "Bassirou Diomaye Faye was released from prison on March 14, 2024. Ten days after his release, Faye won "
        "the presidential election in the first round.",
        # the vote is the election the sentence before told
        "South Africa held its general election on May 29, 2024. Cyril Ramaphosa was re-elected by the National "
        "Assembly on June 14, 2024, 16 days after the vote.",
    ],
)
def test_a_bare_anchor_is_the_thing_told_before_in_other_words(check_news, text):
    (claim,) = [c for c in check_news(text, "2024-06-20")["claims"] if c["kind"] == "duration"]
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


def test_a_speech_verb_of_a_thing_inside_what_someone_told_leaves_the_words_theirs(check_news):
    # "respond" is a verb of saying, and "the company" its subject; Calhoun told it to employees
    document = check_news(
        'On January 9, Calhoun told employees that the company would respond by "acknowledging our mistake."'
    )
    label, explanation = _verdict(document, "quote", "acknowledging")
    assert label == "SUPPORTED", explanation


@pytest.mark.parametrize(("finding", "label"), [("had illegally", "SUPPORTED"), ("had not illegally", "REFUTED")])
def test_what_a_judge_ruled_is_what_the_record_of_the_ruling_tells(check_news, finding, label):
    document = check_news(f"Judge Amit Mehta ruled on August 5 that Google {finding} maintained a monopoly in search.")
    assert _verdict(document, "temporal", "ruled")[0] == label


@pytest.mark.parametrize(("crew", "label"), [("with its crew", "REFUTED"), ("without its crew", "SUPPORTED")])
def test_a_craft_recorded_landing_uncrewed_did_not_return_with_its_crew(check_news, crew, label):
    document = check_news(f"Starliner returned to Earth {crew} on September 7.")
    assert _verdict(document, "temporal", "Starliner")[0] == label


@pytest.mark.parametrize(("field", "label"), [("Physics", "SUPPORTED"), ("Chemistry", "NOT_ENOUGH_INFO")])
def test_a_prize_in_one_field_is_no_record_of_the_prize_in_another(check_news, field, label):
    # Hinton is a participant of the physics record only
    document = check_news(f"Geoffrey Hinton won the 2024 Nobel Prize in {field}.")
    assert _verdict(document, "temporal", "Hinton")[0] == label


@pytest.mark.parametrize("span", ["Two days", "Five days"])
def test_an_undated_act_a_short_span_puts_weeks_before_the_article_is_not_its_news(check_news, span):
    # Polaris Dawn launched on 10 September 2024; the spacewalk of the 12th has no record here, and
    # the article is of 28 October: counted to the article's week, "two days" would be refuted
    document = check_news(
        f"{span} after Polaris Dawn launched, Jared Isaacman and Sarah Gillis became the first private "
        "citizens to walk in space.",
        "2024-10-28",
    )
    label, explanation = _verdict(document, "duration", "after Polaris Dawn")
    assert label == "NOT_ENOUGH_INFO", explanation


@pytest.mark.parametrize(
    ("doer", "label"), [("Sarah Gillis", "SUPPORTED"), ("SpaceX engineer Scott Poteet", "NOT_ENOUGH_INFO")]
)
def test_one_of_those_who_did_it_together_whom_the_record_leaves_out(check_news, doer, label):
    # the record of the first commercial spacewalk has Jared Isaacman and Sarah Gillis take part
    document = check_news(f"Jared Isaacman and {doer} made the first commercial spacewalk on September 12.")
    assert _verdict(document, "temporal", "spacewalk")[0] == label


@pytest.mark.parametrize(("year", "label"), [("1993", "SUPPORTED"), ("2003", "REFUTED")])
def test_leading_since_a_year_long_after_an_unbroken_time_in_office_began(check_news, year, label):
    # Huang has been Nvidia's chief executive since 5 April 1993
    document = check_news(f"Jensen Huang has led Nvidia since {year}.", "2024-09-27")
    assert _verdict(document, "role", "Huang")[0] == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the record is Sunak's losing; Starmer beating him is the same result, told from his side
        ("Sunak was defeated by Starmer in the general election on July 4.", "SUPPORTED"),
        ("Starmer was defeated by Sunak in the general election on July 4.", "REFUTED"),
    ],
)
def test_a_contest_the_record_tells_as_the_losers_is_read_by_its_result(check_news, sentence, label):
    claim = claim_with(check_news(sentence), "temporal", "July 4")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("since", "label"), [("May 2022", "SUPPORTED"), ("May 2020", "REFUTED")])
def test_a_title_the_parser_takes_into_a_name_is_still_a_title(check_news, since, label):
    # the small pipeline tags "Treasurer Jim Chalmers" as one name; he took the post on 23 May 2022
    claim = claim_with(check_news(f"Treasurer Jim Chalmers has held the post since {since}."), "role", "held the post")
    assert claim["slots"]["person"] == "Jim Chalmers"
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("length", "label"),
    [
        # Rutte was prime minister from October 2010 to July 2024: 13.7 years in all
        ("nearly 14 years", "SUPPORTED"),
        ("nearly 20 years", "REFUTED"),  # the whole term never lasted so long
        ("nearly two years", "NOT_ENOUGH_INFO"),  # it had, at some time the sentence does not give
    ],
)
def test_how_long_a_term_had_lasted_is_a_length_the_whole_term_reached(check_news, length, label):
    document = check_news(f"Dick Schoof took over from Mark Rutte, who had been prime minister for {length}.")
    assert _verdict(document, "role", "who had been")[0] == label


@pytest.mark.parametrize(("years", "label"), [("2011 to 2014", "SUPPORTED"), ("2011 to 2016", "REFUTED")])
def test_a_term_in_years_the_parser_leaves_untagged_is_checked(check_news, years, label):
    document = check_news(f"Yingluck Shinawatra was prime minister from {years}.")
    assert _verdict(document, "role", "Yingluck")[0] == label


@pytest.mark.parametrize(("when", "label"), [("", "NOT_ENOUGH_INFO"), (" when he left office", "REFUTED")])
def test_a_length_told_up_to_the_end_of_the_term_is_the_whole_term(check_news, when, label):
    document = check_news(f"Mark Rutte had been prime minister for nearly ten years{when}.")
    assert _verdict(document, "role", "had been prime minister")[0] == label


def test_the_occasion_an_act_was_done_at_dates_it(check_news):
    """ "in her New Year's Eve address" dates the announcement; "on January 14" is the joined act's."""
    document = check_news(
        "Queen Margrethe II announced her abdication in her New Year's Eve address, and two weeks later, "
        "on January 14, Frederik X became king.",
        "2024-10-08",
    )
    announced = claim_with(document, "temporal", "announced her abdication")
    assert announced["slots"]["start"] == "2023-12-31"
    assert announced["verdict"]["label"] == "SUPPORTED", announced["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "kind", "label"),
    [
        ("Mali's second coup took place in May 2021.", "temporal", "SUPPORTED"),
        ("Mali's second coup took place in August 2020.", "temporal", "REFUTED"),  # its first
        ("The coup in Guinea came less than four months after Mali's second coup.", "duration", "SUPPORTED"),
        ("The coup in Guinea came more than a year after Mali's second coup.", "duration", "REFUTED"),
    ],
)
def test_a_thing_numbered_is_the_record_that_numbers_it_so(check_news, sentence, kind, label):
    document = check_news(sentence, "2024-07-26")
    assert _verdict(document, kind, "second coup")[0] == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Mamady Doumbouya deposed Alpha Condé on September 5, 2021.", "SUPPORTED"),
        # the record's doer is named after its colon: "Military coup in Guinea: Mamady Doumbouya deposes ..."
        ("Alpha Condé deposed Mamady Doumbouya on September 5, 2021.", "NOT_ENOUGH_INFO"),
    ],
)
def test_the_doer_a_record_names_after_a_colon_must_be_the_sentences(check_news, sentence, label):
    assert _verdict(check_news(sentence, "2024-07-26"), "temporal", "deposed")[0] == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Mali suffered no coup in 2021.", "REFUTED"),
        ("No coup took place in Mali in 2021.", "REFUTED"),
        ("No coup took place in Mali in 2019.", "NOT_ENOUGH_INFO"),
        ("Mali suffered a coup in 2021.", "SUPPORTED"),
    ],
)
def test_no_before_the_thing_denies_the_act(check_news, sentence, label):
    assert _verdict(check_news(sentence, "2024-07-26"), "temporal", "coup")[0] == label


@pytest.mark.parametrize(("day", "label"), [("Sunday", "SUPPORTED"), ("Friday", "REFUTED")])
def test_a_past_act_is_not_dated_after_the_article(check_news, day, label):
    """ "by 2035" is the goal's year; the agreement is of the day told, and its record, not the
    conference's (11 to 24 November), is the one to check it against."""
    document = check_news(
        f"A new climate finance goal of $300 billion a year by 2035 was agreed at the COP29 summit in Baku early on "
        f"{day}.",
        "2024-11-25",
    )
    claim = claim_with(document, "temporal", "finance goal")
    assert claim["slots"]["expression"].lower().endswith(day.lower())
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_conference_does_not_support_what_a_record_of_a_part_of_it_tells_more_of(check_news):
    # the finance goal was adopted on Sunday 24 November, within the conference's days
    sentence = "Negotiators at the COP29 summit in Baku agreed a new climate finance goal early on Friday."
    claim = claim_with(check_news(sentence, "2024-11-25"), "temporal", "finance goal")
    assert claim["verdict"]["label"] != "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("day", "label"),
    [("October 24", "SUPPORTED"), ("September 24", "REFUTED")],
)
def test_the_date_of_a_verb_the_main_one_governs_dates_the_act(check_news, day, label):
    # "voted to ratify the treaty on September 24": the day is the act's, whatever "ago" follows
    document = check_news(
        f"Russia's State Duma voted to ratify the treaty with North Korea on {day}, less than two weeks ago.",
        "2024-11-05",
    )
    claim = claim_with(document, "temporal", "Duma")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # whom a vote chose won it: after "elected" in the active, before it in the passive
        ("Parliament elected Jeremiah Manele as prime minister of Solomon Islands on May 2.", "SUPPORTED"),
        ("Parliament elected Matthew Wale as prime minister of Solomon Islands on May 2.", "REFUTED"),
        ("Matthew Wale was elected prime minister of Solomon Islands on May 2.", "REFUTED"),
        ("Lawmakers chose Wale over Manele as prime minister of Solomon Islands on May 2.", "REFUTED"),
    ],
)
def test_the_one_a_vote_chose_is_its_winner(check_news, sentence, label):
    claim = claim_with(check_news(sentence, "2024-06-10"), "temporal", "May 2")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("predecessor", "label"),
    [("Prayut Chan-o-cha", "SUPPORTED"), ("Yingluck Shinawatra", "REFUTED")],
)
def test_a_then_title_in_a_clause_a_span_counts_from_holds_at_that_time(check_news, predecessor, label):
    # Prayut was prime minister until 22 August 2023; "a year after" counts back from 14 August 2024
    document = check_news(
        f"The court removed Srettha on August 14, 2024, a year after then-Prime Minister {predecessor} "
        "handed over power.",
        "2024-11-14",
    )
    claim = claim_with(document, "role", predecessor)
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("years", "label"), [("2016 to 2021", "SUPPORTED"), ("2011 to 2016", "REFUTED")])
def test_a_span_of_years_the_parser_tags_only_in_part_is_read_whole(check_news, years, label):
    # Phuc was Vietnam's prime minister from April 2016 to April 2021, Dung before him
    document = check_news(
        f"Phuc, who was prime minister from {years} before becoming president, stepped down in January 2023."
    )
    terms = [c for c in document["claims"] if c["kind"] == "role" and c["text"] == "Phuc, who was prime minister"]
    assert [c["verdict"]["label"] for c in terms] == [label], [c["verdict"]["explanation"] for c in terms]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # one outcome, two contests: each result is read against the one of whom it is told
        ("Sara Duterte won the vice presidency in the Philippine election in May 2022.", "SUPPORTED"),
        ("Ferdinand Marcos Jr. won the Philippine presidential election in May 2022.", "SUPPORTED"),
        ("Leni Robredo won the Philippine presidential election in May 2022.", "REFUTED"),
    ],
)
def test_an_outcome_of_several_contests_is_read_for_the_one_told(check_news, sentence, label):
    claim = claim_with(check_news(sentence), "temporal", "won")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("length", "label"), [("more than two years", "REFUTED"), ("almost 21 months", "SUPPORTED")])
def test_how_long_a_term_lasted_up_to_its_last_day_is_checked(check_news, length, label):
    # Hunt was Chancellor from 14 October 2022 to 5 July 2024: 20.7 months
    document = check_news(
        f"Jeremy Hunt served as chancellor for {length}, until Rachel Reeves took office on July 5, 2024."
    )
    claim = claim_with(document, "role", "Jeremy Hunt served")
    assert claim["slots"]["held_for"]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Sergio Massa won the runoff on November 19, 2023.", "REFUTED"),
        ("Sergio Massa lost the runoff on November 19, 2023.", "SUPPORTED"),
    ],
)
def test_one_side_of_a_contest_told_winning_it_is_checked_against_the_outcome(check_news, sentence, label):
    # the record names Milei first ("Javier Milei defeated Sergio Massa"); Massa alone is enough
    label_given, explanation = _verdict(check_news(sentence), "temporal", "Massa")
    assert label_given == label, explanation


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 181 aboard, 179 killed: the count of those the verb tells of
        ("On December 29, Jeju Air Flight 2216 crashed at Muan, killing 179 of the 181 people on board.", "SUPPORTED"),
        ("On December 29, Jeju Air Flight 2216 crashed at Muan, killing all 181 people on board.", "REFUTED"),
        ("On December 29, Jeju Air Flight 2216 crashed at Muan with 181 people on board.", "SUPPORTED"),
        # a row of people killed is no count of people the sentence tells otherwise of
        ("On December 29, Jeju Air Flight 2216 carried 181 people when it crashed at Muan.", "SUPPORTED"),
    ],
)
def test_a_count_is_of_the_people_the_verb_tells_of(check_news, sentence, label):
    claim = claim_with(check_news(sentence, "2024-12-31"), "quantity", "181")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a party called by its members ("the Liberals" of the Liberal Party) loses what it won
        ("In Canada, the Liberals lost the federal election on April 28.", "REFUTED"),
        # a seat kept by one the record has lose it
        ("Opposition Leader Peter Dutton retained his own seat of Dickson on May 3.", "REFUTED"),
        ("Peter Dutton lost his seat of Dickson to Ali France on May 3.", "SUPPORTED"),
    ],
)
def test_a_result_told_of_a_party_or_a_seat_is_the_recorded_one(check_news, sentence, label):
    claim = claim_with(check_news(sentence, "2025-05-16"), "temporal", sentence[:20])
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "published", "label"),
    [
        # Trudeau led the Liberal Party from 2013 and governed as prime minister from November 2015
        ("Justin Trudeau, who has been in power since November 2015, watched the result.", "2023-10-15", "SUPPORTED"),
        ("Justin Trudeau, who governed Canada from 2015 to 2025, did not run.", "2025-05-16", "SUPPORTED"),
    ],
)
def test_a_partys_leadership_is_no_time_governing_the_country(check_news, sentence, published, label):
    claim = claim_with(check_news(sentence, published), "role", "Justin Trudeau, who")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the Fed cut by half a percentage point on 18 September 2024
        ("The Federal Reserve cut interest rates by a quarter percentage point on September 18.", "REFUTED"),
        ("The Federal Reserve cut interest rates by 50 basis points on September 18.", "SUPPORTED"),
        # UK inflation peaked at 11.1% in October 2022
        ("UK inflation peaked at 10.1 per cent in October 2022.", "REFUTED"),
        ("UK inflation peaked at 11.1% in October 2022.", "SUPPORTED"),
    ],
)
def test_a_rate_move_or_a_percentage_the_record_gives_otherwise_is_refuted(check_news, sentence, label):
    claim = claim_with(check_news(sentence, "2024-11-14"), "temporal", sentence[:15])
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the Fed held rates on 14 June 2023 and raised them on 26 July 2023
        ("The Fed raised rates in June 2023.", "REFUTED"),
        ("The Fed raised rates in July 2023.", "SUPPORTED"),
        ("The Fed lowered interest rates on September 18, 2024.", "SUPPORTED"),
    ],
)
def test_a_rate_raised_cut_or_held_is_the_act_the_record_tells(check_news, sentence, label):
    claim = claim_with(check_news(sentence, "2024-11-14"), "temporal", "The Fed")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
