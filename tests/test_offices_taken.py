"""Taking an office: "who became president in 2000" says when a term began, not only that it ran."""

from __future__ import annotations

import json

import pytest

from tests.conftest import claim_with


@pytest.mark.parametrize(
    ("sentence", "fragment", "label", "tense"),
    [
        # Putin became President of Russia on 7 May 2000 (acting from 31 December 1999)
        ("Vladimir Putin, who became president in 2000, met Kim.", "became president", "SUPPORTED", "start"),
        # in 2004 he began a second term of an office he already held
        ("Vladimir Putin, who became president in 2004, met Kim.", "became president", "REFUTED", "start"),
        ("Sergey Lavrov, who was appointed foreign minister in 2004, attended.", "appointed", "SUPPORTED", "start"),
        ("Kim Jong-un became supreme leader in December 2011.", "became supreme", "SUPPORTED", "start"),
        ("Kim Jong-un became supreme leader in November 2011.", "became supreme", "REFUTED", "start"),
        # the small pipeline does not tag "Xi Jinping" here; the office holders know him
        ("Xi Jinping became China's president in 2013.", "became China", "SUPPORTED", "start"),
        # no date: held it at some time before the article
        ("Dmitry Medvedev became president of Russia.", "became president", "SUPPORTED", "ever"),
        # "has been ... since": the term began then and still runs on the article's date
        ("Vladimir Putin has been president of Russia since 2012.", "has been president", "SUPPORTED", "since"),
        ("Vladimir Putin has been president of Russia since 2000.", "has been president", "REFUTED", "since"),
        ("Xi Jinping has been president of China since 2015.", "has been president", "REFUTED", "since"),
        ("Xi Jinping has been president of China since March 2013.", "has been president", "SUPPORTED", "since"),
        # "for" a span: the term began that long before the article (13 September 2023)
        ("Xi Jinping has been president of China for more than a decade.", "has been president", "SUPPORTED", "since"),
        ("Xi Jinping has been president of China for five years.", "has been president", "REFUTED", "since"),
        # Putin's presidency broke off from 2008 to 2012
        ("Vladimir Putin has been president of Russia for two decades.", "has been president", "REFUTED", "since"),
    ],
)
def test_the_year_an_office_was_taken_is_checked(check_json, sentence, fragment, label, tense):
    document = check_json(f"Leaders\n\n{sentence}\n", "--published", "2023-09-13")
    role = claim_with(document, "role", fragment)
    assert (role["slots"]["tense"], role["verdict"]["label"]) == (tense, label), role["verdict"]["explanation"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Joe Biden was elected in November 2020 and took office in January 2021
        "Joe Biden was elected president in 2020.",
        # the one appointing does not take the office
        "Vladimir Putin, who appointed Lavrov foreign minister in 2004, met Kim.",
        "Vladimir Putin named Sergei Shoigu defence minister in 2012.",
    ],
)
def test_no_office_is_taken(run, sentence):
    result = run("claims", "-", "--published", "2023-09-13", "--format", "json", input=sentence + "\n")
    assert '"tense": "start"' not in result.stdout


@pytest.mark.parametrize(
    ("sentence", "fragment", "label"),
    [
        # Medvedev was President of Russia from 7 May 2008 to 7 May 2012
        ("Dmitry Medvedev was president of Russia from 2008 to 2012.", "Medvedev was president", "SUPPORTED"),
        ("Dmitry Medvedev was Russia's president from May 2008 to May 2012.", "Medvedev was Russia", "SUPPORTED"),
        # from 2012 on Putin held it: another holder between the two ends
        ("Dmitry Medvedev was president of Russia from 2008 to 2014.", "Medvedev was president", "REFUTED"),
        ("Xi Jinping was China's president from 2010 to 2015.", "Xi Jinping was China", "REFUTED"),
        # the parser tags one date of the two; the relative clause's span, not the sentence's Tuesday
        (
            "Hu Jintao, who served as China's president from 2003 until 2013, spoke on Tuesday.",
            "who served as China",
            "SUPPORTED",
        ),
        ("Kim Jong-il, who was North Korea's leader from 1994 to 2011, died in December 2011.", "who was", "SUPPORTED"),
        # Putin was prime minister from 2008 to 2012: longer than the sentence says, no one else between
        ("Vladimir Putin was prime minister of Russia from 2009 to 2011.", "Putin was prime", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_term_from_one_date_to_another_is_checked_at_both_ends(check_json, sentence, fragment, label):
    document = check_json(f"Leaders\n\n{sentence}\n", "--published", "2023-09-13")
    role = claim_with(document, "role", fragment)
    assert (role["slots"]["tense"], role["verdict"]["label"]) == ("term", label), role["verdict"]["explanation"]
    # the clause that says it is no event besides the role
    assert not [c for c in document["claims"] if c["kind"] == "temporal" and c["slots"].get("granularity") == "span"]


def test_a_past_office_in_a_clause_is_not_dated_by_the_sentence(check_json):
    """ "Medvedev, who was president, spoke on Monday": Monday dates the speaking, not the office,
    which he held at some time before (on Monday, 11 September 2023, Putin held it)."""
    document = check_json(
        "Leaders\n\nDmitry Medvedev, who was Russia's president, spoke on Monday.\n", "--published", "2023-09-13"
    )
    role = claim_with(document, "role", "who was Russia")
    assert (role["slots"]["tense"], role["verdict"]["label"]) == ("ever", "SUPPORTED"), role["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("title", "tense", "label"),
    [
        # Xi Jinping has been President of China since 14 March 2013
        ("China's president since 2013", "since", "SUPPORTED"),
        ("China's president since 2016", "since", "REFUTED"),
        # Hu Jintao held it from 15 March 2003 to 14 March 2013
        ("China's president from 2003 to 2013", "term", "SUPPORTED"),
    ],
)
def test_a_title_in_apposition_gives_its_own_term(check_json, title, tense, label):
    person = "Hu Jintao" if "2003" in title else "Xi Jinping"
    document = check_json(f"Leaders\n\n{person}, {title}, met Putin.\n", "--published", "2023-09-13")
    role = claim_with(document, "role", "president")
    assert role["text"] == f"{person}, China's president"
    assert (role["slots"]["tense"], role["verdict"]["label"]) == (tense, label), role["verdict"]["explanation"]


@pytest.mark.parametrize(("year", "label"), [("2004", "SUPPORTED"), ("2010", "REFUTED")])
def test_a_surname_the_data_spell_two_ways_is_a_person_named_alone(check_json, year, label):
    # Sergey Lavrov (also Sergei) has been Russia's foreign minister since 9 March 2004; the small
    # pipeline reads "Lavrov" as an organisation
    document = check_json(
        f"Summit\n\nLavrov, Russia's foreign minister since {year}, also attended.\n", "--published", "2023-09-13"
    )
    role = claim_with(document, "role", "foreign minister")
    assert role["slots"]["person"] == "Lavrov"
    assert (role["slots"]["tense"], role["verdict"]["label"]) == ("since", label), role["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Xi Jinping became President of China on 14 March 2013, after Hu Jintao
        ("Xi Jinping succeeded Hu Jintao as president in 2013.", "SUPPORTED"),
        ("Xi Jinping succeeded Hu Jintao as president in 2012.", "REFUTED"),
        ("Vladimir Putin was succeeded by Dmitry Medvedev as president in 2008.", "SUPPORTED"),
        ("Vladimir Putin replaced Dmitry Medvedev as president in 2012.", "SUPPORTED"),
        # Putin held the office between Yeltsin and Medvedev
        ("Dmitry Medvedev succeeded Boris Yeltsin as president.", "REFUTED"),
        # one office both held is enough: Supreme Leader in 2011 (the party's General Secretary only in 2021)
        ("Kim Jong-un, who succeeded his father Kim Jong-il in December 2011, met Putin.", "SUPPORTED"),
        # no office named: any office both held tells it (in 2012 Xi followed Hu as the party's leader)
        ("Xi Jinping succeeded Hu Jintao in 2012.", "SUPPORTED"),
        # and a contradiction is only unconfirmed: the office meant may be one the data lack
        ("Dmitry Medvedev succeeded Boris Yeltsin.", "NOT_ENOUGH_INFO"),
        ("Xi Jinping succeeded Vladimir Putin.", "NOT_ENOUGH_INFO"),
    ],
)
def test_who_succeeded_whom_is_checked_against_the_terms_in_order(check_json, sentence, label):
    document = check_json(f"Leaders\n\n{sentence}\n", "--published", "2023-09-13")
    (succession,) = [c for c in document["claims"] if c["slots"].get("predecessor")]
    assert (succession["kind"], succession["slots"]["tense"]) == ("role", "succeeded")
    assert succession["verdict"]["label"] == label, succession["verdict"]["explanation"]
    # the succession is the role claim's to tell, not an event's
    told = [c for c in document["claims"] if c["kind"] in ("temporal", "event")]
    assert not [c for c in told if set(c["slots"]["predicates"]) <= {"succeed", "replace"}]


@pytest.mark.parametrize(
    ("sentence", "tense", "label"),
    [
        # Yoon Suk Yeol became President of South Korea on 10 May 2022
        ("Yoon Suk Yeol, who took office in May 2022, met Kishida.", "start", "SUPPORTED"),
        # Kim Jong-un became Supreme Leader on 17 December 2011; his party offices of 2012 came while
        # he already held power
        ("Kim Jong-un came to power in December 2011.", "start", "SUPPORTED"),
        ("Kim Jong-un took power in 2012.", "start", "NOT_ENOUGH_INFO"),
        # Shinzo Abe left the office of Prime Minister on 16 September 2020
        ("Shinzo Abe left office in September 2020.", "end", "SUPPORTED"),
        ("Shinzo Abe left office in 2021.", "end", "NOT_ENOUGH_INFO"),
        # no date: at some time before the article
        ("Dmitry Medvedev, who took office, met Kim.", "ever", "SUPPORTED"),
    ],
)
def test_taking_and_leaving_office_is_checked_in_any_office_recorded(check_json, sentence, tense, label):
    document = check_json(f"Leaders\n\n{sentence}\n", "--published", "2023-09-13")
    (change,) = [c for c in document["claims"] if c["slots"].get("office_change")]
    assert (change["kind"], change["slots"]["tense"]) == ("role", tense)
    assert change["verdict"]["label"] == label, change["verdict"]["explanation"]
    # the change of office is the role claim's to tell, not a dated event's
    told = [c for c in document["claims"] if c["kind"] in ("temporal", "event")]
    assert not [c for c in told if set(c["slots"]["predicates"]) <= {"take", "come", "leave"}]


@pytest.mark.parametrize(
    ("sentence", "tense", "label"),
    [
        # Kim Jong-un has held office in North Korea since 17 December 2011, in several offices at once
        ("Kim Jong-un has ruled North Korea since 2011.", "since", "SUPPORTED"),
        # (his first office, Supreme Leader, still runs: his rule began with it, not in 2015)
        ("Kim Jong-un has ruled North Korea since 2015.", "since", "REFUTED"),
        # Xi became the party's General Secretary in November 2012, president in March 2013
        ("Xi Jinping has led China since 2012.", "since", "SUPPORTED"),
        # Putin has held office in Russia without a break since 1999: leading "since 2012" is not borne out,
        # but no office is named to refute it in
        ("Vladimir Putin has led Russia since 2012.", "since", "NOT_ENOUGH_INFO"),
        # the date of what "since" names
        ("Kim Jong-un has ruled North Korea since his father's death in 2011.", "since", "SUPPORTED"),
        ("Vladimir Putin has been president since his election in 2012.", "since", "SUPPORTED"),
        # as long ago as "for" says: 11.7 years on the article's date
        ("Kim Jong-un has ruled North Korea for more than a decade.", "since", "SUPPORTED"),
        ("Kim Jong-un has ruled North Korea for nearly 12 years.", "since", "SUPPORTED"),
        ("Kim Jong-un has ruled North Korea for five years.", "since", "NOT_ENOUGH_INFO"),
        ("Vladimir Putin has led Russia for more than two decades.", "since", "SUPPORTED"),
        # in power, in whatever office: Putin's time in office began on 9 August 1999
        ("Vladimir Putin has been in power for more than two decades.", "since", "SUPPORTED"),
        ("Kim Jong-un has held power since 2011.", "since", "SUPPORTED"),
        ("Vladimir Putin has been in power since 2010.", "since", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_time_leading_a_country_is_checked_across_its_offices(check_json, sentence, tense, label):
    document = check_json(f"Leaders\n\n{sentence}\n", "--published", "2023-09-13")
    (held,) = [c for c in document["claims"] if c["kind"] == "role"]
    assert (held["kind"], held["slots"]["tense"]) == ("role", tense)
    assert held["verdict"]["label"] == label, held["verdict"]["explanation"]
    told = [c for c in document["claims"] if c["kind"] in ("temporal", "event")]
    assert not [c for c in told if set(c["slots"]["predicates"]) <= {"rule", "lead"}]


def test_the_one_brought_in_replaces_not_the_one_who_brings_them(run):
    text = "Kremlin\n\nVladimir Putin replaced Sergei Shoigu with Andrei Belousov in May.\n"
    result = run("claims", "-", "--published", "2024-06-01", "--format", "json", input=text)
    (succession,) = [c for c in json.loads(result.stdout)["claims"] if c["slots"].get("predecessor")]
    assert (succession["slots"]["person"], succession["slots"]["predecessor"]) == ("Andrei Belousov", "Sergei Shoigu")


def test_a_when_clause_dates_the_succession_it_tells(check_json):
    # Xi became President of China on 14 March 2013, after Hu Jintao
    text = "China\n\nTies warmed in 2013, when Xi Jinping succeeded Hu Jintao as president.\n"
    document = check_json(text, "--published", "2023-09-13")
    (succession,) = [c for c in document["claims"] if c["slots"].get("predecessor")]
    assert succession["slots"]["date"] == "2013-01-01"
    assert succession["verdict"]["label"] == "SUPPORTED", succession["verdict"]["explanation"]


def test_an_apposition_with_only_an_office_adjective_is_no_title(run):
    text = "Trip\n\nKim Jong-un met Putin, his first foreign trip since 2019.\n"
    result = run("claims", "-", "--published", "2023-09-13", "--format", "json", input=text)
    assert not [c for c in json.loads(result.stdout)["claims"] if c["kind"] == "role"]


@pytest.mark.parametrize(
    ("sentence", "tense", "label"),
    [
        # on 13 September 2023 Putin held the office, which Medvedev held from 2008 to 2012
        ("Dmitry Medvedev is no longer Russia's president.", "past", "SUPPORTED"),
        ("Vladimir Putin is no longer Russia's president.", "past", "REFUTED"),
        ("Vladimir Putin remains Russia's president.", "present", "SUPPORTED"),
        ("Dmitry Medvedev remains Russia's president.", "present", "REFUTED"),
    ],
)
def test_no_longer_and_remains_say_when_the_office_is_held(check_json, sentence, tense, label):
    document = check_json(f"Leaders\n\n{sentence}\n", "--published", "2023-09-13")
    role = claim_with(document, "role", "president")
    assert (role["slots"]["tense"], role["verdict"]["label"]) == (tense, label), role["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Putin has been President of Russia since 7 May 2012; Xi President of China since 14 March 2013
        ("It is not true that Putin is Russia's president.", "REFUTED"),
        ("It is not true that Xi Jinping became China's president in 2013.", "REFUTED"),
        ("Xi Jinping did not become China's president in 2013.", "REFUTED"),
        ("Xi Jinping did not become China's president in 2012.", "SUPPORTED"),
        # Kim Jong-un followed Kim Jong-il as Supreme Leader on 17 December 2011
        ("It is not true that Kim Jong-un succeeded Kim Jong-il in 2011.", "REFUTED"),
    ],
)
def test_a_frame_or_a_negation_denies_a_role(check_json, sentence, label):
    document = check_json(f"Leaders\n\n{sentence}\n", "--published", "2023-09-13")
    (role,) = [c for c in document["claims"] if c["kind"] == "role"]
    assert role["slots"]["negated"]
    assert role["verdict"]["label"] == label, role["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # coming to power begins a time in office: Kim Jong-un's, on 17 December 2011
        ("It has been more than a decade since Kim Jong-un came to power.", "SUPPORTED"),
        ("It has been 20 years since Kim Jong-un came to power.", "REFUTED"),
        # Xi became President of China on 14 March 2013
        ("It has been five years since Xi Jinping became China's president.", "REFUTED"),
    ],
)
def test_a_span_since_a_change_of_office_counts_from_the_recorded_term(check_json, sentence, label):
    document = check_json(f"Leaders\n\n{sentence}\n", "--published", "2023-09-13")
    span = claim_with(document, "duration", "since")
    assert span["verdict"]["label"] == label, span["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Shigeru Ishiba became Prime Minister of Japan on 1 October 2024: the doer of the main act
        # took office
        ("Eight days after taking office, Ishiba dissolved the lower house on October 9.", "SUPPORTED"),
        ("Three days after taking office, Ishiba dissolved the lower house on October 9.", "REFUTED"),
    ],
)
def test_a_span_after_taking_office_counts_from_the_main_doers_term(check_json, sentence, label):
    document = check_json(f"Tokyo\n\n{sentence}\n", "--published", "2024-11-20")
    span = claim_with(document, "duration", "after taking office")
    assert span["verdict"]["label"] == label, span["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("when", "label"),
    [
        # Fumio Kishida left office on 1 October 2024; a resignation may be told when announced
        ("on October 1, 2024", "SUPPORTED"),
        ("on August 14, 2024", "NOT_ENOUGH_INFO"),
        ("in 2022", "REFUTED"),
    ],
)
def test_resigning_as_an_office_ends_it(check_json, when, label):
    document = check_json(f"Tokyo\n\nFumio Kishida resigned as prime minister {when}.\n", "--published", "2024-11-20")
    role = claim_with(document, "role", "resigned as prime minister")
    assert role["slots"]["office_change"] == "end"
    assert role["verdict"]["label"] == label, role["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Kim Jong-un came to power on 17 December 2011 and has held office since
        ("It is not true that Kim Jong-un came to power in 2011.", "REFUTED"),
        ("It is not true that Kim Jong-un has ruled North Korea since 2011.", "REFUTED"),
        ("It is not true that Vladimir Putin has been in power for more than two decades.", "REFUTED"),
        ("Shinzo Abe has not left office.", "REFUTED"),  # he left it in 2007 and in 2020
    ],
)
def test_a_denied_change_or_time_in_office_is_refuted_by_the_record(check_json, sentence, label):
    document = check_json(f"Leaders\n\n{sentence}\n", "--published", "2023-09-13")
    (denied,) = [c for c in document["claims"] if c["kind"] == "role"]
    assert denied["slots"]["negated"]
    assert denied["verdict"]["label"] == label, denied["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "tense", "label"),
    [
        # Putin was prime minister in 1999-2000 and 2008-2012: the perfect with no "since" is "at some time"
        ("Vladimir Putin has been prime minister.", "ever", "SUPPORTED"),
        ("Vladimir Putin has never been prime minister.", "ever", "REFUTED"),
        ("Dmitry Medvedev has never been president.", "ever", "REFUTED"),
    ],
)
def test_the_perfect_with_no_span_is_an_office_held_at_some_time(check_json, sentence, tense, label):
    document = check_json(f"Leaders\n\n{sentence}\n", "--published", "2023-09-13")
    (held,) = [c for c in document["claims"] if c["kind"] == "role"]
    assert held["slots"]["tense"] == tense
    assert held["verdict"]["label"] == label, held["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Medvedev left the presidency on 7 May 2012; Putin left it on 7 May 2008, and returned in 2012
        ("Dmitry Medvedev was president until 2012.", "SUPPORTED"),
        ("Dmitry Medvedev was president until 2010.", "REFUTED"),
        ("Vladimir Putin was president until 2008.", "SUPPORTED"),
    ],
)
def test_an_office_held_until_a_date_is_a_term_that_ended_then(check_json, sentence, label):
    document = check_json(f"Leaders\n\n{sentence}\n", "--published", "2023-09-13")
    (held,) = [c for c in document["claims"] if c["kind"] == "role"]
    assert (held["slots"]["tense"], held["slots"]["office_change"]) == ("end", "end")
    assert held["verdict"]["label"] == label, held["verdict"]["explanation"]


def test_an_office_held_after_the_article_is_a_forecast(check_json):
    # Putin's term is recorded "to present": nothing says he will hold it in 2030, or that he will not
    document = check_json("Kremlin\n\nPutin will remain president until 2030.\n", "--published", "2023-09-13")
    (held,) = [c for c in document["claims"] if c["kind"] == "role"]
    assert held["verdict"]["label"] == "NOT_ENOUGH_INFO", held["verdict"]["explanation"]
    assert "a plan or a forecast" in held["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Putin was prime minister 2008-2012; Mikhail Fradkov was in 2004-2007
        ("Putin has been president since 2012 and was prime minister from 2008 to 2012.", "SUPPORTED"),
        ("Putin has been president since 2012 and was prime minister from 2004 to 2007.", "REFUTED"),
        # Medvedev was prime minister 2012-2020; Lavrov has been foreign minister since 2004
        ("Medvedev was president from 2008 to 2012 and later served as prime minister.", "SUPPORTED"),
        ("Medvedev was president from 2008 to 2012 and later became prime minister.", "SUPPORTED"),
        ("Medvedev was president from 2008 to 2012 and became Russia's foreign minister in 2012.", "REFUTED"),
    ],
)
def test_each_of_two_offices_joined_in_a_sentence_is_checked_with_its_own_date(check_json, sentence, label):
    document = check_json(f"Leaders\n\n{sentence}\n", "--published", "2023-09-13")
    first, second = [c for c in document["claims"] if c["kind"] == "role"]
    assert first["verdict"]["label"] == "SUPPORTED", first["verdict"]["explanation"]
    assert second["verdict"]["label"] == label, second["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("president", "label"),
    # written on 13 September 2023, when Joe Biden was president of the United States
    [("Joe Biden", "SUPPORTED"), ("Donald Trump", "REFUTED")],
)
def test_a_title_beside_a_plan_is_what_the_person_is_as_the_article_is_written(check_json, president, label):
    document = check_json(
        f"US President {president}'s administration plans to announce new sanctions next week.\n",
        "--published",
        "2023-09-13",
    )
    claim = claim_with(document, "role", president)
    assert claim["slots"]["date"] == "2023-09-13"
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("first", "label"), [("2008", "SUPPORTED"), ("2004", "REFUTED")])
def test_a_clause_gives_its_term_beside_a_title_before_the_name(check_json, first, label):
    # Dmitry Medvedev was president of Russia from May 2008 to May 2012, then prime minister to 2020
    document = check_json(
        f"Former Prime Minister Dmitry Medvedev, who was president from {first} to 2012, spoke on Monday.\n",
        "--published",
        "2023-09-13",
    )
    roles = {c["slots"]["tense"]: c for c in document["claims"] if c["kind"] == "role"}
    assert roles["past"]["verdict"]["label"] == "SUPPORTED", roles["past"]["verdict"]["explanation"]
    assert roles["term"]["verdict"]["label"] == label, roles["term"]["verdict"]["explanation"]
