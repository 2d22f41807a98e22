"""News of 2023-24 in several domains (politics in Asia, central banks, tennis, disasters), with a
dataset of its own: the readings outside users found wrong, one sentence each."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claim_with

DATA = Path(__file__).parent / "data" / "news_2023_24"


@pytest.fixture
def check_news(check_against):
    def check(text: str, published: str) -> dict:
        return check_against(DATA, f"News\n\n{text}\n", published)

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
        # and its date is the announcement's (14 August 2024)
        ("Kishida announced in June that he would not seek re-election as party leader.", "REFUTED"),
    ],
)
def test_a_denial_inside_an_announcement_is_what_was_announced(check_news, sentence, label):
    assert _label(check_news(sentence, "2024-12-20"), "temporal", "Kishida") == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the title is the winner's: naming the loser in full is no support
        ("Novak Djokovic beat Carlos Alcaraz in the Wimbledon final on July 14.", "REFUTED"),
        ("Daniil Medvedev won the Australian Open on January 28, beating Jannik Sinner in five sets.", "REFUTED"),
        ("Jannik Sinner won the Australian Open on January 28, beating Daniil Medvedev in five sets.", "SUPPORTED"),
    ],
)
def test_a_title_is_checked_for_who_won_it(check_news, sentence, label):
    claim = claim_with(check_news(sentence, "2024-11-25"), "temporal", "January 28" if "Jan" in sentence else "July")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the record is Erdogan's doing; the other side winning it is its result told otherwise
        ("Kemal Kilicdaroglu defeated Recep Tayyip Erdogan in a runoff on May 28, 2023.", "REFUTED"),
        ("Kemal Kilicdaroglu was defeated by Recep Tayyip Erdogan in a runoff on May 28, 2023.", "SUPPORTED"),
    ],
)
def test_a_contest_told_from_the_other_side_is_read_by_its_result(check_news, sentence, label):
    claim = claim_with(check_news(sentence, "2024-11-25"), "temporal", "May 28")
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


def test_whom_the_doer_succeeded_need_not_be_in_the_record_of_the_act(check_news):
    document = check_news(
        "In Taiwan, Lai Ching-te was inaugurated as president on May 20, succeeding Tsai Ing-wen.", "2024-12-20"
    )
    claim = claim_with(document, "temporal", "inaugurated")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


def test_a_since_in_an_aside_does_not_date_the_act(check_news):
    document = check_news(
        "Prime Minister Narendra Modi, in office since May 2014, took the oath for a third term on 9 June 2024.",
        "2024-12-20",
    )
    claim = claim_with(document, "temporal", "took the oath")
    assert claim["slots"]["expression"] == "9 June 2024"
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


def test_a_subject_told_by_title_then_name_is_who_he_is(check_news):
    document = check_news(
        "Prabowo Subianto was inaugurated as president of Indonesia on October 20. Taiwan's president, William Lai, "
        "was sworn in on May 20. He replaced Tsai Ing-wen as president.",
        "2024-12-20",
    )
    claim = claim_with(document, "role", "He replaced")
    assert claim["slots"]["person"] == "William Lai"
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("day", "span", "label"),
    [
        ("February 6", "Less than four months", "SUPPORTED"),
        ("February 6", "Nearly four months", "SUPPORTED"),
        # the Turkey-Syria earthquake of February 6 confirms the date the article told
        ("February 6", "Two months", "REFUTED"),
        # no record of an earthquake on February 8: the span or that date is wrong
        ("February 8", "Two months", "NOT_ENOUGH_INFO"),
    ],
)
def test_the_thing_a_span_counts_from_may_be_told_before(check_news, day, span, label):
    # "the earthquake" names no record on its own (the data hold two): it is the one the article
    # told of, and dated
    document = check_news(
        f"The earthquake struck before dawn on {day}, 2023, near Pazarcik. "
        f"{span} after the earthquake, Recep Tayyip Erdogan won the presidential runoff on May 28, 2023.",
        "2024-11-15",
    )
    claim = claim_with(document, "duration", "after the earthquake")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
    assert f"2023-02-0{day[-1]}" in claim["verdict"]["explanation"]
    # and the sentence's act keeps the date it tells
    assert claim_with(document, "temporal", "won the presidential runoff")["slots"]["expression"] == "May 28, 2023"


@pytest.mark.parametrize(
    ("told", "span", "label"),
    [
        ("September 21, 2022", "seven months", "SUPPORTED"),
        # no record is named by "the announcement": the span or the date told for it is wrong
        ("September 21, 2022", "three months", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_thing_a_sentence_times_may_be_told_before(check_json, told, span, label):
    text = (
        f"Putin announced a partial mobilization on {told}. "
        f"The announcement came {span} after Russia invaded Ukraine.\n"
    )
    document = check_json(f"Mobilization\n\n{text}", "--published", "2023-09-13")
    claim = claim_with(document, "duration", "invaded Ukraine")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
    assert "The announcement, told as" in claim["verdict"]["explanation"]


@pytest.mark.parametrize(("predecessor", "label"), [("Bob Chapek", "SUPPORTED"), ("Bob Swan", "NOT_ENOUGH_INFO")])
def test_a_record_that_tells_whom_the_doer_replaced_must_agree(check_news, predecessor, label):
    document = check_news(
        f"Bob Iger returned as Disney's chief executive on November 20, 2022, replacing {predecessor}.", "2024-12-05"
    )
    assert _label(document, "temporal", "Bob Iger returned") == label


def test_a_day_without_a_year_is_of_the_year_the_story_tells(check_news):
    # in an article of November 2024, the latest 3 October is of 2024; the sentence is in 2023
    document = check_news(
        "Mike Johnson was elected speaker on October 25, 2023, three weeks after Kevin McCarthy was ousted "
        "on October 3.",
        "2024-11-25",
    )
    claim = claim_with(document, "duration", "three weeks")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Pichai became chief executive of Alphabet in December 2019, Cook of Apple in August 2011
        ("Sundar Pichai has been Alphabet's chief executive for more than seven years.", "REFUTED"),
        ("Sundar Pichai has been Alphabet's chief executive for more than four years.", "SUPPORTED"),
        ("Tim Cook, Apple's chief executive for more than 20 years, spoke on Monday.", "REFUTED"),
        ("Tim Cook, Apple's chief executive for more than 13 years, spoke on Monday.", "SUPPORTED"),
    ],
)
def test_how_long_a_title_has_been_held_is_checked(check_news, sentence, label):
    claim = claim_with(check_news(sentence, "2025-01-10"), "role", "chief executive")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_who_won_is_checked_besides_the_votes_won(check_news):
    document = check_news(
        "Kamala Harris defeated Donald Trump in the presidential election on November 5, winning 226 electoral "
        "votes to his 312.",
        "2024-11-25",
    )
    assert _label(document, "quantity", "226 electoral votes") == "SUPPORTED"
    assert _label(document, "temporal", "defeated") == "REFUTED"


def test_whoever_was_awarded_the_votes_won_them(check_news):
    document = check_news("On November 5, Donald Trump was awarded 312 electoral votes.", "2024-11-25")
    claim = claim_with(document, "quantity", "312 electoral votes")
    assert claim["slots"]["actor"] == "Donald Trump"
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(("month", "label"), [("January 2023", "SUPPORTED"), ("January 2021", "REFUTED")])
def test_who_took_office_took_the_office_of_the_title_before_the_name(check_news, month, label):
    document = check_news(
        f"Pennsylvania Governor Josh Shapiro, who took office in {month}, campaigned for Harris.", "2024-11-25"
    )
    claim = claim_with(document, "role", "who took office")
    assert claim["slots"]["title"] == "Pennsylvania Governor"
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Finland joined NATO as its 31st member on April 4, 2023.", "SUPPORTED"),
        ("Finland joined NATO as its 32nd member on April 4, 2023.", "REFUTED"),
        ("The second round of the legislative election took place in France on July 7.", "SUPPORTED"),
        # the first round's record, of that day, is no third round
        ("The third round of the legislative election took place in France on June 30.", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_thing_numbered_otherwise_is_not_the_record(check_news, sentence, label):
    claim = claim_with(check_news(sentence, "2024-12-02"), "temporal", sentence[:15])
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_span_counts_from_the_day_the_anchor_tells_within_a_record_of_days(check_news):
    document = check_news(
        "The talks came less than a year after COP28 in Dubai closed on December 13, 2023.", "2024-12-02"
    )
    claim = claim_with(document, "duration", "less than a year")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(("months", "label"), [("11 months", "SUPPORTED"), ("13 months", "REFUTED")])
def test_a_span_after_a_clause_counts_up_to_that_clauses_date(check_news, months, label):
    document = check_news(
        f"Finland joined NATO on April 4, 2023, and Sweden followed on March 7, 2024, {months} after Finland "
        "joined NATO.",
        "2024-12-02",
    )
    claim = claim_with(document, "duration", months)
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a cleft sentence: the speaker is who "who" stands for
        ('It was Guterres who warned in July 2023 that "the era of global boiling has arrived".', "Guterres"),
        # "by describing": the subject of the verb the phrase hangs on
        (
            "Azerbaijan's president, Ilham Aliyev, opened the leaders' segment on November 12, 2024 by describing "
            'oil and gas as "a gift of God".',
            "Ilham Aliyev",
        ),
    ],
)
def test_the_speaker_of_a_quote_in_a_clause_or_phrase(check_news, sentence, speaker):
    claim = next(c for c in check_news(sentence, "2024-12-02")["claims"] if c["kind"] == "quote")
    assert claim["slots"]["speaker"] == speaker
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(("predecessor", "label"), [("Élisabeth Borne", "SUPPORTED"), ("Edouard Philippe", "REFUTED")])
def test_a_succeeding_participle_beside_a_clause_about_the_taker(check_news, predecessor, label):
    document = check_news(
        f"Gabriel Attal, who had become prime minister on January 9, succeeding {predecessor}, offered his "
        "resignation.",
        "2024-12-28",
    )
    claim = claim_with(document, "role", "succeeding")
    assert claim["slots"]["predecessor"] == predecessor
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_span_after_an_event_of_days_may_count_from_its_last_day(check_news):
    document = check_news(
        "The talks came less than a year after the Dubai climate conference, which ran from November 30 to "
        "December 13, 2023.",
        "2024-12-02",
    )
    claim = claim_with(document, "duration", "less than a year")
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]["explanation"]


@pytest.mark.parametrize(("span", "label"), [("nine days", "SUPPORTED"), ("three weeks", "REFUTED")])
def test_his_predecessor_named_beside_is_the_one_told_of(check_news, span, label):
    # "his" of "his predecessor, Michel Barnier" is Bayrou, who had no part in Barnier's fall
    document = check_news(
        f"François Bayrou was appointed prime minister on December 13, {span} after lawmakers toppled his "
        "predecessor, Michel Barnier, in a no-confidence vote.",
        "2024-12-28",
    )
    claim = claim_with(document, "duration", span)
    assert claim["slots"]["participants"] == ["Michel Barnier"]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nigerien President Mohamed Bazoum was toppled by his own presidential guard on 26 July 2023.",
        "President Ali Bongo Ondimba was ousted by army officers on Aug. 30, 2023, after 14 years in power.",
        "Ali Bongo was overthrown on 30 August 2023.",
    ],
)
def test_a_leader_toppled_ousted_or_overthrown_is_the_record_of_a_coup(check_news, sentence):
    # the records say "Military coup in Niger deposes President Mohamed Bazoum"
    label = _label(check_news(sentence, "2024-06-20"), "temporal", "2023")
    assert label == "SUPPORTED"


@pytest.mark.parametrize(
    ("predecessor", "label"),
    [("Valerii Zaluzhnyi", "SUPPORTED"), ("Oleksii Reznikov", "REFUTED")],
)
def test_a_title_with_a_preposition_inside_its_hyphens_is_whole(check_news, predecessor, label):
    # "commander-in-chief" was cut to "commander", which names no office of the data
    document = check_news(
        f"Oleksandr Syrskyi was appointed commander-in-chief on 8 February 2024, succeeding {predecessor}.",
        "2024-10-04",
    )
    claim = claim_with(document, "role", "succeeding")
    assert claim["slots"]["title"] == "commander-in-chief"
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_clause_of_others_doing_dated_as_a_term_began_is_its_own_claim(check_news):
    document = check_news(
        "Oleksandr Syrskyi has been commander-in-chief since February 8, when President Volodymyr Zelenskyy "
        "dismissed Valerii Zaluzhnyi.",
        "2024-10-04",
    )
    assert claim_with(document, "role", "Syrskyi")["verdict"]["label"] == "SUPPORTED"
    dismissal = claim_with(document, "temporal", "dismissed")
    assert dismissal["slots"]["start"] == "2024-02-08"


@pytest.mark.parametrize(
    ("verb", "label"),
    [
        # a story told on goes forward: in November 2024, the August 14 after the election of 2023
        ("removed", "SUPPORTED"),
        # ...unless the act is told as before the story's day
        ("had removed", "REFUTED"),
    ],
)
def test_a_day_without_a_year_before_the_last_one_told_is_the_next_one(check_news, verb, label):
    document = check_news(
        "On August 22, 2023, parliament elected Srettha Thavisin prime minister. "
        f"On August 14, the Constitutional Court {verb} Srettha Thavisin from office.",
        "2024-11-21",
    )
    claim = claim_with(document, "temporal", "August 14")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("span", "label"), [("less than a month", "SUPPORTED"), ("more than two months", "REFUTED")])
def test_a_span_in_a_when_clause_counts_to_the_date_it_explains(check_news, span, label):
    document = check_news(
        "Giorgia Meloni has led Italy since October 22, 2022, when she was sworn in "
        f"{span} after her Brothers of Italy topped the September 25 election.",
        "2024-07-03",
    )
    claim = claim_with(document, "duration", span)
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
    election = claim_with(document, "temporal", "September 25")
    assert election["verdict"]["label"] == "SUPPORTED", election["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("said", "label"),
    [
        # the parser hangs the quoted "not" on the speech verb before it: the words, not a denial
        ('said "absolutely not"', "SUPPORTED"),
        ('did not say "absolutely not"', "REFUTED"),
    ],
)
def test_a_not_in_the_quoted_words_is_no_denial_of_saying_them(check_news, said, label):
    document = check_news(
        f"Credit Suisse shares tumbled on March 15, 2023, after Saudi National Bank chairman Ammar Al Khudairy {said} "
        "when asked whether the bank would inject more money.",
        "2023-03-20",
    )
    quote = claim_with(document, "quote", "absolutely not")
    assert quote["verdict"]["label"] == label, quote["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("second", "label"),
    [("199 votes on October 18", "SUPPORTED"), ("198 votes on October 18", "REFUTED")],
)
def test_each_count_of_a_list_has_its_own_date_and_the_first_ones_doer(check_news, second, label):
    document = check_news(
        f"Jim Jordan received 200 votes on October 17, {second} and 194 votes on October 20.", "2023-10-30"
    )
    counts = [c for c in document["claims"] if c["kind"] == "quantity"]
    assert [c["slots"]["date"] for c in counts] == ["2023-10-17", "2023-10-18", "2023-10-20"]
    assert {c["slots"]["actor"] for c in counts} == {"Jim Jordan"}
    assert [c["verdict"]["label"] for c in counts] == ["SUPPORTED", label, "SUPPORTED"]


@pytest.mark.parametrize(("span", "label"), [("Twelve days", "SUPPORTED"), ("Twenty days", "REFUTED")])
def test_a_span_to_an_act_done_more_than_once_counts_to_the_one_it_fits(check_news, span, label):
    # the Fed raised rates on 22 March and 26 July 2023; Silicon Valley Bank collapsed on 10 March
    document = check_news(
        f"{span} after Silicon Valley Bank collapsed, the Federal Reserve raised interest rates anyway.", "2024-03-15"
    )
    claim = claim_with(document, "duration", "Silicon Valley Bank collapsed")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("UBS agreed to buy Credit Suisse on March 19, 2023.", "SUPPORTED"),
        # the record's doer is UBS, whatever the aside after "brokered by" says
        ("Credit Suisse agreed to buy UBS on March 19, 2023.", "NOT_ENOUGH_INFO"),
        ("Credit Suisse completed its takeover of UBS on March 19, 2023.", "NOT_ENOUGH_INFO"),
        # one of the record's people telling of it in words of their own
        (
            "Finance Minister Karin Keller-Sutter and President Alain Berset announced the takeover on Sunday.",
            "SUPPORTED",
        ),
    ],
)
def test_an_organisation_doing_what_the_record_has_another_do_is_not_that_record(check_news, sentence, label):
    assert _label(check_news(sentence, "2023-03-21"), "temporal", sentence[:20]) == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Margrethe Vestager has been competition commissioner since 2014.", "SUPPORTED"),
        ("Vestager has served as Europe's competition commissioner for nearly ten years.", "SUPPORTED"),
        ("Vestager has served as Europe's competition commissioner for nearly twelve years.", "REFUTED"),
    ],
)
def test_a_second_term_from_the_day_after_the_first_ended_is_one_time_in_office(check_news, sentence, label):
    assert _label(check_news(sentence, "2024-08-09"), "role", "Vestager") == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the side's name is the party's ("Labour" of "New Zealand Labour Party"), and its leader is an aside
        ("In New Zealand, the National Party led by Christopher Luxon won the general election.", "SUPPORTED"),
        ("In New Zealand, the Labour Party led by Chris Hipkins won the general election.", "REFUTED"),
        ("The National Party under Christopher Luxon won the general election in New Zealand.", "SUPPORTED"),
    ],
)
def test_a_party_led_by_someone_wins_or_loses_as_the_party(check_news, sentence, label):
    assert _label(check_news(f"{sentence[:-1]} on October 14, 2023.", "2023-10-20"), "temporal", "Party") == label


@pytest.mark.parametrize(("days", "label"), [(46, "SUPPORTED"), (56, "REFUTED")])
def test_a_strike_told_by_how_long_it_ran(check_news, days, label):
    # the UAW strike ran from 15 September to 30 October 2023; its end is a dated act of its own
    document = check_news(f"The {days}-day UAW strike ended on October 30, 2023.", "2024-06-10")
    assert _label(document, "duration", f"{days}-day") == label
    assert _label(document, "temporal", "ended") == "SUPPORTED"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the WGA strike ran to 27 September 2023; the UAW strike from 15 September to 30 October
        ("The UAW strike began 12 days before the WGA strike ended.", "SUPPORTED"),
        ("The UAW strike began 30 days before the WGA strike ended.", "REFUTED"),
        ("The UAW strike ended 33 days after the WGA strike ended.", "SUPPORTED"),
        ("The UAW strike ended 13 days after the WGA strike ended.", "REFUTED"),
    ],
)
def test_a_span_to_or_from_a_thing_that_ended_counts_its_last_day(check_news, sentence, label):
    assert _label(check_news(sentence, "2024-06-10"), "duration", "days") == label


@pytest.mark.parametrize(
    ("regulator", "decision", "month", "label"),
    [
        ("Britain's Competition and Markets Authority", "blocked", "April", "SUPPORTED"),
        ("Britain's Competition and Markets Authority", "approved", "April", "REFUTED"),
        ("The European Commission", "cleared", "May", "SUPPORTED"),
        ("The European Commission", "blocked", "May", "REFUTED"),
    ],
)
def test_a_regulator_that_cleared_a_deal_did_not_block_it(check_news, regulator, decision, month, label):
    sentence = f"{regulator} {decision} Microsoft's acquisition of Activision Blizzard in {month} 2023."
    assert _label(check_news(sentence, "2024-08-09"), "temporal", "acquisition") == label
