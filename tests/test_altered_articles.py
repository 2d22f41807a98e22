"""Altered copies of the seed article: a wrong count, span, office holder, date or quote is refuted."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEED_META, claim_with

LAST_WORDS = "which the Russian president accepted."


def with_sentence(seed_text: str, sentence: str) -> str:
    """The seed with one more sentence after its last one (before the copyright line)."""
    return seed_text.replace(LAST_WORDS, f"{LAST_WORDS} {sentence}")


def claim_of(document: dict, kinds: tuple[str, ...], sentence: str) -> dict:
    return next(c for c in document["claims"] if c["kind"] in kinds and c["sentence"] == sentence)


@pytest.mark.parametrize(
    ("original", "altered", "kind", "fragment"),
    [
        ("launched two ballistic missiles", "launched three ballistic missiles", "quantity", "three ballistic"),
        ("launched two ballistic missiles", "launched two cruise missiles", "quantity", "two cruise"),
        (
            "launched two ballistic missiles",
            "launched two intercontinental ballistic missiles",
            "quantity",
            "two intercontinental",
        ),
        ("off of the country’s eastern coast", "off of the country’s western coast", "quantity", "western coast"),
        ("more than 18 months", "more than 30 months", "duration", "30 months"),
        ("more than 18 months", "nearly three years", "duration", "three years"),
        ("more than 18 months", "between 20 and 24 months", "duration", "between 20 and 24"),
        (
            "more than 18 months since Russian President Vladimir Putin began his war against Ukraine",
            "17 months since Russia invaded Ukraine",  # "invaded" meets the record's "invasion"
            "duration",
            "17 months",
        ),
        ("(PRC) President Xi Jinping", "(PRC) President Hu Jintao", "role", "Hu Jintao"),
        ("(PRC) President Xi Jinping", "(PRC) leader Hu Jintao", "role", "leader Hu"),
        ("Russian President Vladimir Putin", "Russian President Dmitry Medvedev", "role", "Medvedev"),
        ("Russian President Vladimir Putin began", "Russia’s president, Dmitry Medvedev, began", "role", "Medvedev"),
        ("(DPRK) Kim Jong-un", "(DPRK) Kim Jong-il", "role", "Kim Jong-il"),
        ("Xi Jinping in March", "Xi Jinping in June", "temporal", "in June"),
        ("Xi Jinping in March", "Xi Jinping in March last year", "temporal", "March last year"),
        (
            "he extended an invitation to Putin for a reciprocal visit, which the Russian president accepted",
            "Kim invited Putin to Pyongyang, and Putin said no",
            "event",
            "said no",
        ),
        # a heading the record contradicts decides, whatever sea the sentence names with it
        ("into the sea off of the country’s eastern coast", "into the West Sea", "quantity", "West Sea"),
        (
            "into the sea off of the country’s eastern coast",
            "toward the Yellow Sea off its western coast",
            "quantity",
            "Yellow Sea",
        ),
        # the parser ends the date with the sentence's full stop: "March 10."
        ("Xi Jinping in March.", "Xi Jinping on March 10.", "temporal", "on March 10"),
        ("“full and unconditional support”", "“full and total support”", "quote", "full and total"),
        # letter by letter these resemble the record closely (91 %, 93 %); word by word they say the opposite
        ("“full and unconditional support”", "“partial and conditional support”", "quote", "partial and conditional"),
        ("“full and unconditional support”", "“full and conditional support”", "quote", "full and conditional"),
        ("“sacred fight against hegemonic forces.”", "“sacred fight against Western forces.”", "quote", "Western"),
        ("which the Russian president accepted", "which the Russian president declined", "event", "declined"),
        # "Kim" is an alias of Kim Jong-un's, not a name for every Kim
        ("Kim vowed", "Kim Yo-jong vowed", "quote", "full and unconditional"),
        ("launched two ballistic missiles", "launched three or four ballistic missiles", "quantity", "three or four"),
        # "’" before a letter is an apostrophe inside ‘single’ quotation marks: the whole quote is read
        ("“the fight against imperialism.”", "‘Russia’s fight against imperialism.’", "quote", "‘Russia’s fight"),
        ("(DPRK) Kim Jong-un", "(DPRK) Kim Yo-jong", "role", "Kim Yo-jong"),
        # undated words are news of the weeks before the article: Kirby's, 14 days before
        ("“actively advancing”", "“slowly advancing”", "quote", "slowly advancing"),
        # a denial reported of the acceptance denies it
        (
            "which the Russian president accepted",
            "though the Kremlin denied that the Russian president had accepted it",
            "event",
            "denied",
        ),
        ("which the Russian president accepted", "but Putin denied accepting it", "event", "denied accepting"),
        # the anchor's own date is checked too, whatever verb tells the act
        ("began his war against Ukraine", "began his war against Ukraine in March 2022", "temporal", "March 2022"),
        # "Russia's foreign minister, Sergei Lavrov, has held his post since 2008" (since 2004)
        (
            "the Russians would help",
            "Russia’s foreign minister, Sergei Lavrov, has held his post since 2008, and the Russians would help",
            "role",
            "has held his post",
        ),
    ],
)
def test_altered_fact_is_refuted(check_json, seed_text, original, altered, kind, fragment):
    assert original in seed_text
    document = check_json(seed_text.replace(original, altered), meta=SEED_META)
    claim = claim_with(document, kind, fragment)
    assert claim["verdict"]["label"] == "REFUTED", claim["verdict"]["explanation"]
    assert claim["verdict"]["evidence"], "a refutation must show the contradicting record"


@pytest.mark.parametrize(
    ("accepted", "label"),
    [
        ("which the Russian president accepted", "SUPPORTED"),
        # on 2023-09-13 the Chinese president was Xi Jinping, who is not part of the recorded invitation
        ("which the Chinese president accepted", "NOT_ENOUGH_INFO"),
        ("which the Russian president accepted, the Chinese president said", "SUPPORTED"),  # a source, not a part
    ],
)
def test_someone_named_by_office_must_be_part_of_the_record(check_json, seed_text, accepted, label):
    altered = seed_text.replace("which the Russian president accepted", accepted)
    claim = claim_with(check_json(altered, meta=SEED_META), "event", "extended an invitation")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
    if label == "NOT_ENOUGH_INFO":
        assert "the Chinese president, who was Xi Jinping on 2023-09-13" in claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("original", "altered", "kind", "fragment"),
    [
        ("more than 18 months", "a year and a half", "duration", "a year and a half"),
        # a span told in two units is their sum, not the last of them
        ("more than 18 months", "18 months and 20 days", "duration", "18 months and 20 days"),
        ("more than 18 months", "more than a year and six months", "duration", "a year and six months"),
        # a refusal denied is an acceptance
        ("which the Russian president accepted", "which the Russian president did not turn down", "event", "turn down"),
        # none of another kind than the one recorded that day
        (
            "launched two ballistic missiles",
            "launched no cruise missiles but two ballistic missiles",
            "quantity",
            "no cruise",
        ),
        ("more than 18 months", "nearly 19 months", "duration", "19 months"),
        ("more than 18 months", "between 17 and 19 months", "duration", "between 17 and 19"),
        ("more than 18 months", "17 to 18 months", "duration", "17 to 18"),  # 18.6 is in its 18th month
        (
            "more than 18 months since Russian President Vladimir Putin began his war against Ukraine",
            "more than 18 months since Russia invaded Ukraine",
            "duration",
            "18 months",
        ),
        (
            "more than 18 months since Russian President Vladimir Putin began his war against Ukraine",
            "more than 18 months since the war in Ukraine began",  # an alias said in full, with a proper name
            "duration",
            "war in Ukraine",
        ),
        (
            "more than 18 months since Russian President Vladimir Putin began his war against Ukraine",
            "more than 18 months since Russia launched its full-scale invasion",  # no person: the country doing it
            "duration",
            "full-scale invasion",
        ),
        # an aside on the anchor's subject is inside the anchor, not its end
        (
            "more than 18 months since Russian President Vladimir Putin began his war against Ukraine",
            "more than 18 months since Vladimir Putin, the president of Russia, launched his invasion of Ukraine",
            "duration",
            "launched his invasion",
        ),
        (
            "more than 18 months since Russian President Vladimir Putin began his war against Ukraine",
            "more than 18 months since Putin, who has led Russia since 2012, began his war against Ukraine",
            "duration",
            "began his war",
        ),
        # the parser reads "had talks with ... Xi Jinping last March" as "had ... Xi": talks stay shared
        ("Xi Jinping in March", "Xi Jinping last March", "temporal", "last March"),
        ("Xi Jinping in March", "Xi Jinping in Moscow in March", "temporal", "Moscow in March"),  # dates the talks
        ("launched two ballistic missiles", "launched a pair of ballistic missiles", "quantity", "pair"),
        ("launched two ballistic missiles", "launched one or two ballistic missiles", "quantity", "one or two"),
        ("launched two ballistic missiles", "launched as many as five ballistic missiles", "quantity", "as many as"),
        ("launched two ballistic missiles", "launched two short-range ballistic missiles", "quantity", "short-range"),
        ("launched two ballistic missiles", "launched two new ballistic missiles", "quantity", "two new"),
        # in the passive the doer is the "by" phrase, not the missiles
        (
            "Pyongyang launched two ballistic missiles",
            "two ballistic missiles were launched by Pyongyang",
            "quantity",
            "by Pyongyang",
        ),
        ("Russian President Vladimir Putin began", "Russia’s president, Vladimir Putin, began", "role", "president,"),
        # the parser leaves the name hanging after the comma, the title ending just before it
        ("(DPRK) Kim Jong-un.", "(DPRK), Kim Jong-un.", "role", "(DPRK), Kim"),
        # the record's alias is "Chinese leader": the country may be named any way it is known by
        ("(PRC) President Xi Jinping", "(PRC) leader Xi Jinping", "role", "leader Xi"),
        # "North" in the country's name is not the missiles' heading
        ("Pyongyang launched two ballistic", "North Korea fired two ballistic", "quantity", "North Korea fired"),
        ("“full and unconditional support”", "“Full and Unconditional Support”", "quote", "Full and Unconditional"),
        ("“full and unconditional support”", '"full and unconditional support"', "quote", "full and unconditional"),
        # British single quotation marks
        ("“full and unconditional support”", "‘full and unconditional support’", "quote", "full and unconditional"),
    ],
)
def test_equivalent_wording_is_still_supported(check_json, seed_text, original, altered, kind, fragment):
    document = check_json(seed_text.replace(original, altered), meta=SEED_META)
    claim = claim_with(document, kind, fragment)
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


def test_a_misquote_cites_the_record_it_was_taken_from(check_json, seed_text):
    altered = seed_text.replace(
        "“sacred fight against hegemonic forces.”", "“sacred fight against imperialist forces.”"
    )
    claim = claim_with(check_json(altered, meta=SEED_META), "quote", "imperialist forces")
    assert claim["verdict"]["label"] == "REFUTED"
    assert [e["record"] for e in claim["verdict"]["evidence"]] == ["kim-sacred-fight-hegemonic-forces-2023"]


def test_a_negated_quote_is_never_supported(check_json, seed_text):
    # The record is two weeks older than the article, so this is not refuted as a misquote of the
    # same occasion; but the words "actively advancing" inside it must not support the negation.
    altered = seed_text.replace("“actively advancing”", "“not actively advancing”")
    claim = claim_with(check_json(altered, meta=SEED_META), "quote", "not actively advancing")
    assert claim["verdict"]["label"] != "SUPPORTED", claim["verdict"]["explanation"]


def test_words_recorded_from_us_officials_do_not_support_chinese_officials(check_json, seed_text):
    altered = seed_text.replace("Officials in the United States have said", "Officials in China have said")
    claim = claim_with(check_json(altered, meta=SEED_META), "quote", "actively advancing")
    assert claim["slots"]["speaker"] == "Officials in China"
    assert claim["verdict"]["label"] != "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize("when", ["in the spring of 2021", "during the summer", "in the first week of March 2021"])
def test_a_recorded_event_at_another_time_does_not_support_the_sentence(check_json, seed_text, when):
    altered = seed_text.replace("Xi Jinping in March", f"Xi Jinping {when}")
    document = check_json(altered, meta=SEED_META)
    talks = next(c for c in document["claims"] if c["kind"] in ("event", "temporal") and "talks with" in c["text"])
    assert talks["verdict"]["label"] != "SUPPORTED", talks["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("when", "label"),
    [
        # the talks were held 20 to 22 March 2023
        ("in early March", "REFUTED"),
        ("at the start of March", "REFUTED"),
        ("in the first week of March", "REFUTED"),
        ("in mid-March", "SUPPORTED"),
        ("in late March", "SUPPORTED"),
        ("at the end of March", "SUPPORTED"),
        ("in early 2023", "SUPPORTED"),
        # Putin and Xi also met, and held talks, at the SCO summit in Samarkand on 15 September 2022
        ("late last year", "SUPPORTED"),
    ],
)
def test_a_part_of_a_month_or_year_dates_an_event(check_json, seed_text, when, label):
    altered = seed_text.replace("Xi Jinping in March", f"Xi Jinping {when}")
    claim = claim_with(check_json(altered, meta=SEED_META), "temporal", "talks with")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_misdated_event_told_differently_may_be_another_event(check_json, seed_text):
    # Putin's talks with Xi in Beijing came in October 2023, after the article; the Moscow talks
    # of March are not "in Beijing": so "in Beijing in April" is unconfirmed, not a wrong month
    altered = seed_text.replace("Xi Jinping in March", "Xi Jinping in Beijing in April")
    claim = claim_with(check_json(altered, meta=SEED_META), "temporal", "in Beijing in April")
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]["explanation"]
    assert "the sentence places it in Beijing" in claim["verdict"]["explanation"]


@pytest.mark.parametrize("site", ["The meeting site, Moscow,", "The meeting site in Moscow"])
def test_a_place_told_as_the_site_is_where_it_happened(check_json, seed_text, site):
    # the summit was at the Vostochny Cosmodrome: a site in Moscow is another meeting, unconfirmed
    altered = seed_text.replace("The meeting site", site)
    claim = claim_with(check_json(altered, meta=SEED_META), "event", "coincidental")
    assert claim["slots"]["venues"] == ["Moscow"]
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("since", "label"),
    [
        ("2019", "SUPPORTED"),
        ("their summit in Vladivostok in April 2019", "SUPPORTED"),
        # their Vladivostok summit of April 2019 came between
        ("2017", "REFUTED"),
        # no meeting of theirs is recorded in 2021: the last before may be one the data lack
        ("2021", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_first_meeting_since_a_time_is_checked_against_the_ones_before(check_json, since, label):
    text = f"On Wednesday Putin met Kim Jong-un for the first time since {since}.\n"
    document = check_json(f"Summit\n\n{text}", "--published", "2023-09-15")
    claim = claim_with(document, "temporal", "first time")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_first_visit_somewhere_since_a_time_counts_only_visits_there(check_json):
    # their Vladivostok summit of 2019 was no visit to Pyongyang; the data hold none before June 2024
    text = "Putin visited Pyongyang in June 2024, his first visit since 2010.\n"
    document = check_json(f"Visit\n\n{text}", "--published", "2024-12-01")
    verdict = claim_with(document, "temporal", "first visit")["verdict"]
    assert verdict["label"] == "SUPPORTED", verdict["explanation"]
    assert "No record of the same before it tells whether it was the first since “2010”" in verdict["explanation"]


@pytest.mark.parametrize(("day", "label"), [("February 24", "SUPPORTED"), ("February 20", "REFUTED")])
def test_a_clause_that_bounds_the_act_is_dated_on_its_own(check_json, day, label):
    # the date is the invasion's; Moscow burning through shells is no part of its record
    text = f"Since Russia invaded Ukraine on {day}, 2022, Moscow has burned through artillery shells.\n"
    document = check_json(f"Shells\n\n{text}", "--published", "2023-09-14")
    claim = claim_with(document, "temporal", "invaded Ukraine")
    assert claim["text"] == f"Russia invaded Ukraine on {day}, 2022"
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("place", "label"), [("Pyongyang", "SUPPORTED"), ("Beijing", "NOT_ENOUGH_INFO")])
def test_a_place_of_another_clause_does_not_place_the_act(check_json, place, label):
    # Lavrov was in Pyongyang in October 2023; Moscow is where Choe met Putin that January
    text = (
        f"Russian Foreign Minister Sergey Lavrov visited {place} in October 2023, and North Korea's foreign "
        "minister, Choe Son Hui, met Putin in Moscow in January.\n\n"
        "The treaty between Russia and North Korea entered into force on December 4, less than six months after "
        "Vladimir Putin and Kim Jong-un signed it in Pyongyang on June 19.\n"
    )
    document = check_json(f"Allies\n\n{text}", "--published", "2024-12-10")
    visit = claim_with(document, "temporal", "Lavrov visited")
    assert visit["verdict"]["label"] == label, visit["verdict"]["explanation"]
    assert "Moscow" not in visit["slots"]["venues"]
    # where the treaty was signed is not where it entered into force
    in_force = claim_with(document, "temporal", "entered into force")["verdict"]
    assert in_force["label"] == "SUPPORTED", in_force["explanation"]


@pytest.mark.parametrize(
    ("venue", "label"),
    [("in Beijing", "NOT_ENOUGH_INFO"), ("in Moscow", "SUPPORTED"), ("in Russia", "SUPPORTED")],
)
def test_a_recorded_event_somewhere_else_does_not_support_the_sentence(check_json, seed_text, venue, label):
    # Xi's state visit was to Moscow; without a gazetteer, "in Beijing" is unconfirmed rather than refuted
    altered = seed_text.replace("Xi Jinping in March", f"Xi Jinping {venue} in March")
    claim = claim_with(check_json(altered, meta=SEED_META), "temporal", venue)
    assert claim["slots"]["venues"] == [venue.split()[-1]]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
    if label == "NOT_ENOUGH_INFO":
        assert claim["verdict"]["explanation"].endswith(
            "which took place in Moscow, Russia; the sentence places it in Beijing."
        )
        assert [e["record"] for e in claim["verdict"]["evidence"]] == ["xi-state-visit-moscow-2023"]


@pytest.mark.parametrize(
    ("course", "label"),
    [
        ("into the Yellow Sea", "REFUTED"),  # another sea than the one the record names
        ("into the Sea of Japan", "SUPPORTED"),
        ("toward the East Sea", "SUPPORTED"),
    ],
)
def test_a_launch_recorded_elsewhere_does_not_support_the_count(check_json, seed_text, course, label):
    # the record of that day: two ballistic missiles "east (East Sea / Sea of Japan)"
    altered = seed_text.replace("into the sea off of the country’s eastern coast", course)
    claim = claim_with(check_json(altered, meta=SEED_META), "quantity", course)
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
    if label == "REFUTED":
        assert claim["slots"]["venues"] == ["Yellow Sea"]
        assert "not the Yellow Sea" in claim["verdict"]["explanation"]


def test_the_event_with_most_of_the_sentence_in_its_names_is_the_evidence(check_json, seed_text):
    # "visit" and "Russia(n)" fully match an alias of Kim's train journey ("Kim's visit to Russia") as well,
    # but the invitation's names hold more of the sentence (invitation, visit, Pyongyang, accept).
    altered = seed_text.replace("for a reciprocal visit", "for a visit to Pyongyang")
    claim = claim_with(check_json(altered, meta=SEED_META), "event", "visit to Pyongyang")
    assert claim["verdict"]["label"] == "SUPPORTED"
    assert [e["record"] for e in claim["verdict"]["evidence"]] == ["kim-invites-putin-2023"]


@pytest.mark.parametrize(
    ("when", "label"), [("a year and a half ago", "SUPPORTED"), ("two and a half years ago", "REFUTED")]
)
def test_how_long_ago_an_untagged_span_says_is_checked(check_json, seed_text, when, label):
    # the small pipeline tags neither as a date; the sentence must not pass as an undated event
    text = seed_text.replace(LAST_WORDS, f"{LAST_WORDS}\n\nRussia invaded Ukraine {when}.")
    claim = claim_with(check_json(text, meta=SEED_META), "temporal", "invaded Ukraine")
    assert claim["slots"]["expression"] == when
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("since", "label", "measured"),
    [
        ("more than 18 months since February 2022", "SUPPORTED", "18.5 to 19.4 months"),
        ("more than 18 months since 24 February 2022", "SUPPORTED", "18.6 months"),
        ("more than 20 months since February 2022", "REFUTED", "18.5 to 19.4 months"),
        # true from 1 to 13 February 2022, false after: the month alone cannot decide it
        ("more than 19 months since February 2022", "NOT_ENOUGH_INFO", "18.5 to 19.4 months"),
        # no recorded event is "the start of the war"; the date in the anchor decides
        ("more than 18 months since the start of the war in February 2022", "SUPPORTED", "18.5 to 19.4 months"),
    ],
)
def test_time_since_a_date_is_calendar_arithmetic(check_json, seed_text, since, label, measured):
    original = "more than 18 months since Russian President Vladimir Putin began his war against Ukraine"
    claim = claim_with(check_json(seed_text.replace(original, since), meta=SEED_META), "duration", "since")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
    assert f"to the article's date 2023-09-13 is {measured}" in claim["verdict"]["explanation"]
    assert [e["record"] for e in claim["verdict"]["evidence"]] == ["published"]


def test_an_earlier_publication_date_refutes_the_duration(check_json, seed_text):
    document = check_json(seed_text, "--published", "2022-06-01", meta=SEED_META)
    claim = claim_with(document, "duration", "18 months")
    assert claim["verdict"]["label"] == "REFUTED"
    assert "2022-06-01" in claim["verdict"]["explanation"]


def test_without_a_publication_date_relative_time_is_not_enough_info(check_json, seed_text):
    document = check_json(seed_text)  # no sidecar, no --published
    assert document["article"]["published"] is None
    claim = claim_with(document, "duration", "18 months")
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO"
    assert "publication date" in claim["verdict"]["explanation"]


def test_a_fact_no_dataset_covers_is_not_enough_info(check_json, seed_text):
    extra = "\n\nThe Eiffel Tower in Paris is 330 metres tall and was completed in 1889.\n"
    document = check_json(seed_text + extra, meta=SEED_META)
    eiffel = [c for c in document["claims"] if "Eiffel" in c["sentence"]]
    assert eiffel
    assert all(c["verdict"]["label"] == "NOT_ENOUGH_INFO" for c in eiffel)


def test_unknown_people_and_offices_are_never_refuted(check_json):
    text = "Mayor Jane Doe of Springfield opened two libraries on Tuesday, her spokesman said.\n"
    document = check_json(text, "--published", "2023-09-13")
    assert document["claims"]
    assert all(c["verdict"]["label"] == "NOT_ENOUGH_INFO" for c in document["claims"])


@pytest.mark.parametrize(
    ("original", "altered", "fragment", "label"),
    [
        (
            "he extended an invitation to Putin for a reciprocal visit, which the Russian president accepted",
            "Putin extended an invitation to Kim for a reciprocal visit, which the North Korean leader accepted",
            "Putin extended",
            "NOT_ENOUGH_INFO",  # the record: Kim Jong-un invites Vladimir Putin
        ),
        (
            "he extended an invitation to Putin for a reciprocal visit, which the Russian president accepted",
            "Kim was invited by Putin for a reciprocal visit, which the North Korean leader accepted",
            "Kim was invited",
            "NOT_ENOUGH_INFO",  # the passive the other way round
        ),
        (
            "he extended an invitation to Putin for a reciprocal visit, which the Russian president accepted",
            "Putin was invited by Kim for a reciprocal visit, which the Russian president accepted",
            "Putin was invited",
            "SUPPORTED",
        ),
        (
            "In his search for allies, he has already had talks with the People’s Republic of China (PRC) "
            "President Xi Jinping in March",
            "In March, Putin made a state visit to Xi Jinping and held talks with him",
            "Putin made",
            "NOT_ENOUGH_INFO",  # the record: Xi's state visit to Moscow
        ),
        (
            "In his search for allies, he has already had talks with the People’s Republic of China (PRC) "
            "President Xi Jinping in March",
            "In March, Putin held talks with Xi Jinping",
            "Putin held talks",
            "SUPPORTED",  # talks "with" someone are theirs too
        ),
    ],
)
def test_who_did_it_to_whom_must_agree_with_the_record(check_json, seed_text, original, altered, fragment, label):
    assert original in seed_text
    document = check_json(seed_text.replace(original, altered), meta=SEED_META)
    claim = next(c for c in document["claims"] if c["kind"] in ("event", "temporal") and fragment in c["text"])
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
    if label == "NOT_ENOUGH_INFO":
        assert "'s doing; the sentence makes it Vladimir Putin's." in claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kim later repeated his promise of “full and unconditional support.”",
        "Putin welcomed Kim’s promise of “full and unconditional support.”",
    ],
)
def test_words_named_as_someones_promise_are_theirs(check_json, seed_text, sentence):
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = claim_of(document, ("quote",), sentence)
    assert claim["slots"]["speaker"] == "Kim Jong-un"
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("original", "denied", "kind", "fragment", "label"),
    [
        ("Pyongyang launched two", "Pyongyang did not launch two", "quantity", "did not launch two", "REFUTED"),
        # true of the record (two were launched), but not a count anyone recorded
        ("Pyongyang launched two", "Pyongyang did not launch three", "quantity", "not launch three", "NOT_ENOUGH_INFO"),
        # true of the record (they flew east), so not refuted
        (
            "Pyongyang launched two ballistic missiles into the sea off of the country’s eastern coast",
            "Pyongyang did not launch two ballistic missiles toward the west",
            "quantity",
            "toward the west",
            "NOT_ENOUGH_INFO",
        ),
        ("he has already had talks with", "he never had talks with", "temporal", "never had talks", "REFUTED"),
        ("he extended an invitation", "he did not extend an invitation", "event", "did not extend", "REFUTED"),
        ("Kim vowed that", "Kim did not vow that", "quote", "full and unconditional", "REFUTED"),
    ],
)
def test_a_sentence_that_denies_a_recorded_fact_is_refuted(
    check_json, seed_text, original, denied, kind, fragment, label
):
    document = check_json(seed_text.replace(original, denied), meta=SEED_META)
    claim = claim_with(document, kind, fragment)
    assert claim["slots"]["negated"] in ("not", "never")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
    assert claim["verdict"]["evidence"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # what officials report is what the sentence tells: the summit of 13 September 2023
        ("Putin did not meet Kim on Wednesday, officials said.", "REFUTED"),
        ("Officials said Putin did not meet Kim on Wednesday.", "REFUTED"),
        # a speech verb with a thing for its object is an act, and its denial a denial of the act
        # (Putin announced the partial mobilization on 21 September 2022)
        ("Putin did not announce a partial mobilization in September last year.", "REFUTED"),
        # a denial of another act than the record's says nothing against it (the ICC warrant, 17 March 2023)
        (
            "Putin has not travelled abroad much since the ICC issued a warrant for his arrest in March.",
            "NOT_ENOUGH_INFO",
        ),
    ],
)
def test_a_denial_is_of_the_act_the_sentence_tells(check_json, seed_text, sentence, label):
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = claim_of(document, ("event", "temporal"), sentence)
    assert claim["slots"]["negated"] == "not"
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "kinds", "fragment", "cue", "label"),
    [
        # what is denied "that" it happened is the act reported
        (
            "Putin denied that he had accepted Kim's invitation to visit North Korea.",
            ("event", "temporal"),
            "accepted",
            "denied",
            "REFUTED",
        ),
        (
            "The Kremlin denied that Putin and Kim Jong-un had held a summit at the Vostochny Cosmodrome on Wednesday.",
            ("event", "temporal"),
            "summit",
            "denied",
            "REFUTED",
        ),
        (
            "Seoul disputed that North Korea fired two ballistic missiles on Wednesday.",
            ("quantity",),
            "two",
            None,
            "REFUTED",
        ),
        # "neither ... nor" denies it of each
        (
            "Neither Putin nor Kim Jong-un attended the summit at the Vostochny Cosmodrome on Wednesday.",
            ("event", "temporal"),
            "summit",
            "neither",
            "REFUTED",
        ),
        ("Neither Vladimir Putin nor Dmitry Medvedev is Russia's president.", ("role",), "Putin", "neither", "REFUTED"),
        (
            "Neither Dmitry Medvedev nor Mikhail Mishustin is Russia's president.",
            ("role",),
            "Medvedev",
            "neither",
            "SUPPORTED",
        ),
    ],
)
def test_a_denial_framed_or_shared_denies_the_act(check_json, sentence, kinds, fragment, cue, label):
    document = check_json(f"Denials\n\n{sentence}\n", meta=SEED_META)
    claim = next(c for c in document["claims"] if c["kind"] in kinds and fragment in c["text"])
    assert claim["slots"]["negated"] == (cue or claim["slots"]["negated"]) and claim["slots"]["negated"]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "published", "told"),
    [
        (
            "North Korea is expected to fire two ballistic missiles on Wednesday, officials said.",
            "2023-09-12",
            "yet to happen",
        ),
        (
            "Putin and Kim Jong-un are expected to hold a summit at the Vostochny Cosmodrome on Wednesday.",
            "2023-09-12",
            "yet to happen",
        ),
        (
            "Kim will travel on to Komsomolsk-on-Amur on Friday to visit an aircraft plant.",
            "2023-09-13",
            "yet to happen",
        ),
        (
            "If North Korea fires three ballistic missiles on Wednesday, Seoul will respond in kind.",
            "2023-09-12",
            "yet to happen",
        ),
        ("Did North Korea fire three ballistic missiles on Wednesday?", "2023-09-13", "asks a question"),
        ("Has Dmitry Medvedev been Russia's president since 2012?", "2023-09-13", "asks a question"),
    ],
)
def test_what_is_foretold_or_asked_is_listed_not_checked(check_json, sentence, published, told):
    document = check_json(f"Ahead\n\n{sentence}\n", meta=f'title = "Ahead"\npublished = {published}\n')
    assert document["claims"]
    for claim in document["claims"]:
        assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]["explanation"]
        assert told in claim["verdict"]["explanation"]


@pytest.mark.parametrize("speaker", ["the visitor vowed", "the 39-year-old vowed"])
def test_words_given_to_a_description_are_no_misattribution(check_json, seed_text, speaker):
    # the words are Kim's; "the visitor" describes him, and no office data tell who it is
    altered = seed_text.replace("During his turn at the microphone, Kim vowed", f"During his turn, {speaker}")
    assert altered != seed_text
    quote = claim_with(check_json(altered, meta=SEED_META), "quote", "full and unconditional")
    assert quote["verdict"]["label"] == "NOT_ENOUGH_INFO", quote["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("someone", "label"),
    [
        # Xi Jinping, Fumio Kishida: no part of the summit of 13 September 2023
        ("was hosted by the Chinese leader", "NOT_ENOUGH_INFO"),
        ("held talks with the Chinese leader", "NOT_ENOUGH_INFO"),
        ("met the Japanese prime minister", "NOT_ENOUGH_INFO"),
        ("was hosted by the Russian president", "SUPPORTED"),
    ],
)
def test_someone_named_only_by_office_must_be_of_the_record_as_object_too(check_json, someone, label):
    sentence = f"On Wednesday, the North Korean leader {someone} at the Vostochny Cosmodrome."
    document = check_json(f"Summit\n\n{sentence}\n", meta=SEED_META)
    claim = claim_with(document, "temporal", "Vostochny")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("count", "label"), [("two", "SUPPORTED"), ("five", "REFUTED")])
def test_a_fact_told_in_passing_is_checked_though_the_sentence_foretells(check_json, count, label):
    sentence = f"North Korea, which fired {count} ballistic missiles on Wednesday, is expected to test more."
    document = check_json(f"Ahead\n\n{sentence}\n", meta=SEED_META)
    claim = claim_with(document, "quantity", count)
    assert "hedge" not in claim["slots"]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("original", "altered", "published"),
    [
        # a name the record does not give: another place, not the summit's
        ("Vostochny Cosmodrome (spaceport)", "Baikonur Cosmodrome (spaceport)", "2023-09-13"),
        # a month after the summit, an undated sentence is not the day's news
        ("Vostochny Cosmodrome (spaceport)", "Vostochny Cosmodrome (spaceport)", "2023-10-13"),
    ],
)
def test_an_undated_sentence_is_the_days_news_only_as_the_record_tells_it(
    check_json, seed_text, original, altered, published
):
    document = check_json(seed_text.replace(original, altered), "--published", published)
    claim = claim_with(document, "event", "photo op")
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]["explanation"]


def test_according_to_names_the_speaker_and_a_later_he_is_that_speaker(check_json, seed_text):
    altered = seed_text.replace(
        "Kim vowed that his country would maintain its", "According to Kim, his country would maintain its"
    )
    document = check_json(altered, meta=SEED_META)
    for words in ("full and unconditional support", "sacred fight against hegemonic forces"):
        claim = claim_with(document, "quote", words)
        assert claim["slots"]["speaker"] == "Kim Jong-un"
        assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


def test_a_date_of_something_else_in_the_sentence_does_not_date_the_event(check_json, seed_text):
    # 2024 is when the visit was to be, not when the invitation was made (2023-09-13)
    altered = seed_text.replace("for a reciprocal visit,", "for a reciprocal visit in 2024,")
    claim = claim_with(check_json(altered, meta=SEED_META), "event", "visit in 2024")
    assert claim["slots"]["dated_thing"] == "visit"
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]["explanation"]
    assert "“2024” dates the visit" in claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the record's alias "Shoigu in Pyongyang": everyone named and the place said in full
        ("Russian Defence Minister Sergei Shoigu visited Pyongyang in July.", "SUPPORTED"),
        ("Russian Defence Minister Sergei Shoigu visited Pyongyang in June.", "REFUTED"),
        # "was not" denies a quality, not an event
        ("The meeting site was not coincidental, as Putin met Kim at the Vostochny Cosmodrome.", None),
        # the alias "Xi in Moscow" names someone the sentence does not: Putin and Moscow are not his visit
        (
            "Putin, speaking to the Tass news agency, said Moscow would help Pyongyang build satellites.",
            "NOT_ENOUGH_INFO",
        ),
    ],
)
def test_events_named_by_one_person_and_a_place(check_json, seed_text, sentence, label):
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = claim_of(document, ("event", "temporal"), sentence)
    if label is None:
        assert claim["slots"]["negated"] is None
        assert claim["verdict"]["label"] != "REFUTED", claim["verdict"]["explanation"]
    else:
        assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "foretold", "label"),
    [
        # a warning and a promise tell of what had not happened: the summit they name does not bear them out
        (
            "US officials have warned that the talks could lead to North Korea supplying ammunition.",
            "could",
            "NOT_ENOUGH_INFO",
        ),
        ("Officials said Putin would meet Kim at the Vostochny Cosmodrome.", "would", "NOT_ENOUGH_INFO"),
        # a broken promise is no denial of the record
        ("Officials said Putin would not meet Kim at the Vostochny Cosmodrome.", "would", "NOT_ENOUGH_INFO"),
        ("The Kremlin said Putin had accepted an invitation to visit North Korea.", None, "SUPPORTED"),
    ],
)
def test_what_was_said_would_happen_is_not_an_act_a_record_bears_out(check_json, seed_text, sentence, foretold, label):
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = claim_of(document, ("event",), sentence)
    assert claim["slots"]["foretold"] == foretold
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_pronoun_before_the_subject_points_to_it(check_json, seed_text):
    # "his" is Kim's, not the previous sentence's Putin: Xi's talks with Putin do not support Kim's
    altered = seed_text.replace("allies, he has already had talks", "allies, Kim has already had talks")
    claim = claim_with(check_json(altered, meta=SEED_META), "temporal", "Kim has already")
    assert "Vladimir Putin" not in claim["slots"]["participants"]
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # his acting presidency of 1999-2000 ended, but his presidency runs on: not "former"
        ("Former Russian President Vladimir Putin praised the visit.", "REFUTED"),
        ("Former Russian President Dmitry Medvedev praised the visit.", "SUPPORTED"),
        # not yet in office: another office than the one the words name
        ("Incoming Russian President Dmitry Medvedev praised the visit.", "NOT_ENOUGH_INFO"),
    ],
)
def test_former_and_incoming_office_holders(check_json, seed_text, sentence, label):
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = claim_of(document, ("role",), sentence)
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Li Qiang is China’s premier.", "SUPPORTED"),
        ("Li Keqiang is China’s premier.", "REFUTED"),  # he left office in March 2023
        ("Dmitry Medvedev was the president of Russia.", "SUPPORTED"),  # at some time before the article
        ("In 2015, Dmitry Medvedev was the president of Russia.", "REFUTED"),
        ("Kim’s father, Kim Jong-il, was the Supreme Leader of North Korea until 2011.", "SUPPORTED"),
        # the dataset may not reach back far enough to say she never held it
        ("Kim Yo-jong was the president of Russia.", "NOT_ENOUGH_INFO"),
        # a denial turns the verdict round
        ("Li Keqiang is not China’s premier.", "SUPPORTED"),
        ("Li Qiang is not China’s premier.", "REFUTED"),
        ("Dmitry Medvedev was never the president of Russia.", "REFUTED"),
    ],
)
def test_an_office_after_the_verb_to_be_is_a_role_claim(check_json, seed_text, sentence, label):
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = claim_of(document, ("role",), sentence)
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_hyphenated_given_name_is_read_whole(check_json, seed_text):
    # the small pipeline tags "Moon Jae" in "Moon Jae-in"; the office holder's name must come out whole
    extra = "\n\nSouth Korean President Moon Jae-in condemned the launch.\n"
    claim = claim_with(check_json(seed_text + extra, meta=SEED_META), "role", "Moon Jae-in")
    assert claim["slots"]["person"] == "Moon Jae-in"
    assert claim["verdict"]["label"] == "REFUTED", claim["verdict"]["explanation"]
    assert "held by Yoon Suk Yeol" in claim["verdict"]["explanation"]


def test_deputies_and_opposition_leaders_are_not_the_office_holder(check_json, seed_text):
    extra = (
        "\n\nRussian Deputy Prime Minister Alexander Novak and Chinese Vice President Han Zheng"
        " also attended talks in Moscow on Tuesday.\n"
    )
    document = check_json(seed_text + extra, meta=SEED_META)
    roles = [
        c for c in document["claims"] if c["kind"] == "role" and ("Novak" in c["text"] or "Han Zheng" in c["text"])
    ]
    assert len(roles) == 2
    assert all(c["verdict"]["label"] == "NOT_ENOUGH_INFO" for c in roles), [c["verdict"] for c in roles]


def test_a_time_far_from_any_recorded_event_is_not_enough_info(check_json, seed_text):
    # The dataset records Putin-Xi talks in 2022-2024; talks "in 2015" may be an event it lacks.
    altered = seed_text.replace("Xi Jinping in March", "Xi Jinping in 2015")
    document = check_json(altered, meta=SEED_META)
    claim = claim_with(document, "temporal", "in 2015")
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]


def test_a_date_when_the_same_people_are_recorded_together_is_not_refuted(check_json, seed_text):
    # Putin and Xi signed their 'no limits' statement in Beijing on 2022-02-04; the matcher does not
    # take that record for "talks", but it puts them together that month
    altered = seed_text.replace("Xi Jinping in March", "Xi Jinping in February 2022")
    talks = claim_with(check_json(altered, meta=SEED_META), "temporal", "February 2022")
    assert talks["verdict"]["label"] == "NOT_ENOUGH_INFO", talks["verdict"]["explanation"]
    assert "no limits" in talks["verdict"]["explanation"]


@pytest.mark.parametrize("refusal", ["has yet to accept", "turned down", "refused"])
def test_an_outcome_denied_in_other_words_is_refuted(check_json, seed_text, refusal):
    altered = seed_text.replace("which the Russian president accepted", f"which the Russian president {refusal}")
    invitation = claim_with(check_json(altered, meta=SEED_META), "event", "invitation")
    assert invitation["verdict"]["label"] == "REFUTED", invitation["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("quoted", "label"),
    [
        # the record keeps only the words outlets agreed on; more words around them are not a misquote
        ("“we will give full and unconditional support”", "NOT_ENOUGH_INFO"),
        ("“full and unconditional support to Russia”", "NOT_ENOUGH_INFO"),
        ("“no full and unconditional support”", "REFUTED"),  # words added to deny it
    ],
)
def test_a_longer_quote_holding_the_recorded_words_is_unconfirmed(check_json, seed_text, quoted, label):
    altered = seed_text.replace("“full and unconditional support”", quoted)
    quote = claim_with(check_json(altered, meta=SEED_META), "quote", quoted[1:12])
    assert quote["verdict"]["label"] == label, quote["verdict"]["explanation"]


def test_to_start_the_day_is_the_days_news_after_a_date_of_the_past(check_json, seed_text):
    # "that day" would be 24 February 2022 here; "to start the day" is the day of the news
    altered = seed_text.replace("To start the day,", "Russia invaded Ukraine on 24 February 2022. To start the day,")
    count = claim_with(check_json(altered, meta=SEED_META), "quantity", "two ballistic missiles")
    assert count["slots"]["date"] == "2023-09-13"
    assert count["verdict"]["label"] == "SUPPORTED", count["verdict"]["explanation"]


@pytest.mark.parametrize(
    "aside",
    [
        "who took power in 2011",
        # the name in the clause is not who "he" is in "what he said"
        "who succeeded his father Kim Jong-il in 2011",
    ],
)
def test_an_aside_between_the_speaker_and_the_speech_verb_keeps_the_speaker(check_json, seed_text, aside):
    # the parser hangs "Kim" on "the microphone" when a clause comes between him and "vowed"
    altered = seed_text.replace("Kim vowed that", f"Kim, {aside}, vowed that")
    document = check_json(altered, meta=SEED_META)
    for words in ("full and unconditional support", "sacred fight against hegemonic forces"):
        quote = claim_with(document, "quote", words)
        assert quote["slots"]["speaker"] == "Kim Jong-un"
        assert quote["verdict"]["label"] == "SUPPORTED", quote["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("anchor", "label"),
    [
        ("Russia invaded Ukraine in March 2022", "REFUTED"),
        ("the invasion of Ukraine in March 2022", "REFUTED"),
        ("Putin launched his war against Ukraine in 2021", "REFUTED"),
        ("Russia invaded Ukraine in February 2022", "SUPPORTED"),
    ],
)
def test_the_date_an_anchor_gives_is_checked_besides_the_span(check_json, seed_text, anchor, label):
    # the span is measured from the recorded invasion (18.6 months); the date the sentence gives it is
    # a claim of its own
    altered = seed_text.replace(
        "since Russian President Vladimir Putin began his war against Ukraine", f"since {anchor}"
    )
    document = check_json(altered, meta=SEED_META)
    span = claim_with(document, "duration", anchor)
    assert span["verdict"]["label"] == "SUPPORTED", span["verdict"]["explanation"]
    dated = claim_with(document, "temporal", anchor)
    assert dated["text"] == anchor
    assert dated["verdict"]["label"] == label, dated["verdict"]["explanation"]
    if label == "REFUTED":
        assert "2022-02-24" in dated["verdict"]["explanation"]


def test_an_anchor_that_is_only_a_date_or_a_term_has_no_claim_of_its_own(check_json, seed_text):
    for anchor in ("February 2022", "Kim Jong-un succeeded his father in 2011"):
        altered = seed_text.replace(
            "since Russian President Vladimir Putin began his war against Ukraine", f"since {anchor}"
        )
        document = check_json(altered, meta=SEED_META)
        assert claim_with(document, "duration", anchor)
        assert not [c for c in document["claims"] if c["kind"] == "temporal" and c["text"] == anchor]


@pytest.mark.parametrize(("count", "label"), [("two", "SUPPORTED"), ("three", "REFUTED")])
def test_a_since_on_a_noun_does_not_date_the_act(check_json, seed_text, count, label):
    # "its first launch since August" bounds what "launch" says; "to start the day" dates the firing
    altered = seed_text.replace(
        "Pyongyang launched two ballistic missiles",
        f"Pyongyang launched {count} ballistic missiles, its first launch since August,",
    )
    launch = claim_with(check_json(altered, meta=SEED_META), "quantity", f"{count} ballistic missiles")
    assert launch["slots"]["date"] == "2023-09-13"
    assert launch["verdict"]["label"] == label, launch["verdict"]["explanation"]


@pytest.mark.parametrize(("day", "label"), [("Wednesday", "SUPPORTED"), ("Tuesday", "REFUTED")])
def test_hosting_someone_is_meeting_them(check_json, seed_text, day, label):
    altered = with_sentence(seed_text, f"On {day}, Putin hosted Kim.")
    hosted = claim_with(check_json(altered, meta=SEED_META), "temporal", "Putin hosted Kim")
    assert hosted["verdict"]["label"] == label, hosted["verdict"]["explanation"]


def test_the_same_words_said_in_an_earlier_period_name_the_recorded_occasion(check_json, seed_text):
    # the record is of 13 September 2023; "last year" is 2022
    altered = seed_text.replace("Kim vowed that", "Last year, Kim vowed that")
    quote = claim_with(check_json(altered, meta=SEED_META), "quote", "full and unconditional support")
    assert quote["verdict"]["label"] == "NOT_ENOUGH_INFO"
    assert "on 2023-09-13, not within “Last year”" in quote["verdict"]["explanation"]


def test_a_misquote_dated_only_to_a_month_names_the_closest_record(check_json):
    text = 'Warsaw\n\nBiden said in March 2022: "For God\'s sake, this man must remain in power."\n'
    quote = claim_with(check_json(text, "--published", "2023-09-13"), "quote", "must remain")
    assert quote["verdict"]["label"] == "NOT_ENOUGH_INFO"
    assert "closest recorded words are “For God's sake, this man cannot remain" in quote["verdict"]["explanation"]
    assert quote["verdict"]["evidence"][0]["record"] == "biden-cannot-remain-in-power-2022"


def test_someone_described_by_age_is_the_one_the_article_is_about(check_json, seed_text):
    altered = with_sentence(seed_text, "On Wednesday, the 39-year-old leader toured the launch pads with Putin.")
    toured = claim_with(check_json(altered, meta=SEED_META), "temporal", "39-year-old leader")
    # "he" would be Kim: the last person named as a subject ("he extended an invitation to Putin")
    assert toured["slots"]["participants"] == ["Kim Jong-un", "Vladimir Putin"]


def test_words_given_to_a_pronoun_from_sentences_before_are_no_misattribution(check_json, seed_text):
    # "he" is read as Kim, the last subject; the words are Putin's, but the sentence may mean him
    altered = with_sentence(seed_text, '"This is not a bluff," he said in September 2022.')
    quote = claim_with(check_json(altered, meta=SEED_META), "quote", "not a bluff")
    assert quote["slots"]["speaker"] == "Kim Jong-un"
    assert quote["verdict"]["label"] == "NOT_ENOUGH_INFO", quote["verdict"]["explanation"]
    # named in the sentence, the misattribution stands
    altered = with_sentence(seed_text, '"This is not a bluff," Kim said in September 2022.')
    quote = claim_with(check_json(altered, meta=SEED_META), "quote", "not a bluff")
    assert quote["verdict"]["label"] == "REFUTED", quote["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("span", "label"), [("between March 20 and 22", "SUPPORTED"), ("between May 1 and 3", "REFUTED")]
)
def test_a_span_the_parser_tags_without_its_between_is_read_whole(check_json, seed_text, span, label):
    # Xi's state visit to Moscow: 20-22 March 2023
    altered = seed_text.replace("Xi Jinping in March", f"Xi Jinping {span}")
    talks = claim_with(check_json(altered, meta=SEED_META), "temporal", "talks")
    assert talks["slots"]["expression"] == span
    assert talks["verdict"]["label"] == label, talks["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("when", "label"),
    [
        ("in the spring of 2023", "SUPPORTED"),
        ("in the spring", "SUPPORTED"),
        ("this summer", "REFUTED"),
        ("in the summer", "REFUTED"),
        ("last autumn", "SUPPORTED"),  # the SCO summit in Samarkand, 15 September 2022
    ],
)
def test_a_season_is_the_northern_hemispheres(check_json, seed_text, when, label):
    # Xi's state visit to Moscow: 20-22 March 2023, in the spring
    altered = seed_text.replace("Xi Jinping in March", f"Xi Jinping {when}")
    talks = claim_with(check_json(altered, meta=SEED_META), "temporal", "talks")
    assert talks["verdict"]["label"] == label, talks["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("published", "label"),
    [
        ("2023-09-13", "SUPPORTED"),
        # written on 1 March, the article cannot tell of the talks of 20 to 22 March as done; nor are
        # they an earlier meeting misdated
        ("2023-03-01", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_record_after_the_article_does_not_bear_out_what_it_tells_as_done(check_json, seed_text, published, label):
    talks = claim_with(check_json(seed_text, "--published", published), "temporal", "talks with")
    assert talks["verdict"]["label"] == label, talks["verdict"]["explanation"]


@pytest.mark.parametrize(("words", "label"), [("This is not a bluff.", "SUPPORTED"), ("This is no bluff.", "REFUTED")])
def test_a_quote_in_a_participle_clause_is_dated_by_the_act_it_goes_with(check_json, seed_text, words, label):
    added = with_sentence(
        seed_text, f'On Sept. 21, 2022, Putin announced a partial mobilization, warning the West: "{words}"'
    )
    quote = claim_with(check_json(added, meta=SEED_META), "quote", "bluff")
    assert quote["slots"]["date"] == "2022-09-21"
    assert quote["verdict"]["label"] == label, quote["verdict"]["explanation"]


def test_two_ordinals_in_a_sentence_number_two_things(check_json, seed_text):
    added = with_sentence(
        seed_text,
        "The Vostochny summit was only the second meeting between Putin and Kim; the first took place in "
        "Vladivostok in April 2019.",
    )
    first = claim_with(check_json(added, meta=SEED_META), "temporal", "the first took place")
    assert first["verdict"]["label"] == "SUPPORTED", first["verdict"]["explanation"]


def test_a_day_without_a_year_near_the_article_is_of_the_articles_year(check_json, seed_text):
    # the sentence before tells of September 2022; 30 August 2023 is two weeks before the article
    added = with_sentence(
        seed_text,
        "On Sept. 21, 2022, Putin announced a partial mobilization. "
        "North Korea fired two short-range ballistic missiles on Aug. 30.",
    )
    count = claim_with(check_json(added, meta=SEED_META), "quantity", "on Aug. 30")
    assert count["slots"]["date"] == "2023-08-30"
    assert count["verdict"]["label"] == "SUPPORTED", count["verdict"]["explanation"]


@pytest.mark.parametrize(("published", "label"), [("2023-09-13", "SUPPORTED"), ("2023-09-12", "NOT_ENOUGH_INFO")])
def test_an_act_recorded_after_the_article_is_not_borne_out_by_another_record(check_json, seed_text, published, label):
    # written the day before, the invitation (recorded on the 13th) is not Kim's trip, which shares a word
    invitation = claim_with(check_json(seed_text, "--published", published), "event", "invitation")
    assert invitation["verdict"]["label"] == label, invitation["verdict"]["explanation"]
    assert [e["record"] for e in invitation["verdict"]["evidence"]] == ["kim-invites-putin-2023"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Russia withdrew on 17 July 2023; the deal's own record, in force until that day, tells of
        # the withdrawal too but does not date it
        ("Russia withdrew from the Black Sea grain deal in July.", "SUPPORTED"),
        ("Russia withdrew from the Black Sea grain deal in May.", "REFUTED"),
        # what went on while the deal was in force is dated by the deal
        ("Ukraine exported grain under the Black Sea grain deal in May.", "SUPPORTED"),
    ],
)
def test_a_single_act_is_dated_by_its_own_record_not_a_span_that_tells_of_it(check_json, seed_text, sentence, label):
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = claim_with(document, "temporal", "grain deal")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the summit was at the Vostochny Cosmodrome, in Russia: Putin the host, Kim the guest
        ("Putin hosted Kim Jong-un at the Vostochny Cosmodrome on Wednesday.", "SUPPORTED"),
        ("Kim Jong-un visited Putin at the Vostochny Cosmodrome on Wednesday.", "SUPPORTED"),
        ("Kim Jong-un hosted Putin at the Vostochny Cosmodrome on Wednesday.", "NOT_ENOUGH_INFO"),
        ("Putin visited Kim Jong-un at the Vostochny Cosmodrome on Wednesday.", "NOT_ENOUGH_INFO"),
    ],
)
def test_the_guest_is_not_the_one_at_home(check_json, seed_text, sentence, label):
    claim = claim_with(check_json(with_sentence(seed_text, sentence), meta=SEED_META), "temporal", "Cosmodrome on")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    "opening",
    [
        "Kim Jong-un took power in December 2011, after the death of his father Kim Jong-il.",
        "Kim Jong-un, whose father Kim Jong-il ruled North Korea until 2011, travelled to Russia by train.",
    ],
)
def test_a_bare_surname_is_the_one_the_article_follows_not_a_relative_named_in_passing(check_json, opening):
    text = f'Kim in Russia\n\n{opening}\n\nKim vowed his country\'s "full and unconditional support" for Russia.\n'
    quote = claim_with(check_json(text, "--published", "2023-09-13"), "quote", "unconditional")
    assert quote["slots"]["speaker"] == "Kim Jong-un"
    assert quote["verdict"]["label"] == "SUPPORTED", quote["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Xi's state visit to Moscow ran from 20 to 22 March 2023
        ("Xi Jinping's state visit to Moscow lasted three days.", "SUPPORTED"),
        ("Xi Jinping's state visit to Moscow lasted two weeks.", "REFUTED"),
    ],
)
def test_how_long_an_event_lasted_is_checked_against_its_record(check_json, seed_text, sentence, label):
    claim = claim_with(check_json(with_sentence(seed_text, sentence), meta=SEED_META), "event", "lasted")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize("when", ["That same morning", "That morning", "On the 13th", "Earlier on the 13th"])
def test_the_launch_dated_in_other_words_is_still_checked(check_json, seed_text, when):
    # the seed's launch "To start the day" (13 September 2023), told the ways rewrites tell it
    altered = seed_text.replace("To start the day", when)
    assert altered != seed_text
    launch = claim_with(check_json(altered, meta=SEED_META), "quantity", "two ballistic missiles")
    assert launch["verdict"]["label"] == "SUPPORTED", launch["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("signed", "label"),
    # the record: Putin and Xi signed their joint statement in Beijing on 4 February 2022
    [("had signed a “no limits” partnership statement", "SUPPORTED"), ("signed no statement", "REFUTED")],
)
def test_no_before_another_word_denies_no_outcome(check_json, seed_text, signed, label):
    sentence = f"Putin and Xi {signed} in Beijing on 4 February 2022."
    altered = seed_text.replace("In his search for allies,", f"{sentence} In his search for allies,")
    statement = claim_with(check_json(altered, meta=SEED_META), "temporal", "4 February 2022")
    assert statement["verdict"]["label"] == label, statement["verdict"]["explanation"]


def test_to_start_the_day_is_the_articles_day_after_a_year_told(check_json, seed_text):
    # North Korea fired two ballistic missiles on 13 September 2023, the day of the summit
    altered = seed_text.replace(
        "To start the day,", "Kim Jong-un met Xi Jinping several times in 2018.\n\nTo start the day,"
    )
    launch = claim_with(check_json(altered, meta=SEED_META), "quantity", "ballistic missiles")
    assert launch["verdict"]["label"] == "SUPPORTED", launch["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("host", "guest", "label"),
    # the summit of 13 September 2023 was at the Vostochny Cosmodrome, in Putin's Russia
    [("Vladimir Putin", "Kim Jong-un", "SUPPORTED"), ("Kim Jong-un", "Vladimir Putin", "NOT_ENOUGH_INFO")],
)
def test_in_the_passive_the_host_is_the_one_after_by(check_json, host, guest, label):
    sentence = f"{guest} was hosted by {host} at the Vostochny Cosmodrome on Wednesday."
    summit = claim_with(check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-14"), "temporal", "hosted")
    assert summit["verdict"]["label"] == label, summit["verdict"]["explanation"]


def test_a_count_of_days_restated_as_a_bare_day_keeps_the_year_counted_from(check_json):
    # Kim arrived in Vladivostok on 24 April 2019 and met Putin there on the 25th
    text = "Vladivostok\n\nKim arrived in Vladivostok on April 24, 2019. A day later, on April 25, he met Putin.\n"
    meeting = claim_with(check_json(text, "--published", "2023-09-13"), "temporal", "met Putin")
    assert meeting["slots"]["start"] == "2019-04-25"
    assert meeting["verdict"]["label"] == "SUPPORTED", meeting["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Putin and Kim held their first summit at the Vostochny Cosmodrome on Wednesday.", "REFUTED"),
        ("Putin and Kim met for the first time at the Vostochny Cosmodrome on Wednesday.", "REFUTED"),
        ("Putin and Kim held their second summit at the Vostochny Cosmodrome on Wednesday.", "SUPPORTED"),
        # first for a while, not ever
        ("Putin and Kim held their first summit since 2019 at the Vostochny Cosmodrome on Wednesday.", "SUPPORTED"),
    ],
)
def test_a_summit_numbered_first_when_the_record_of_an_earlier_one_says_first(check_json, seed_text, sentence, label):
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = claim_of(document, ("temporal", "event"), sentence)
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_an_ordinal_of_what_a_span_counts_from_numbers_nothing_the_sentence_tells(check_json, seed_text):
    sentence = (
        "Putin and Kim met at the Vostochny Cosmodrome on Wednesday, more than four years after their first "
        "summit, in Vladivostok."
    )
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = claim_of(document, ("temporal", "event"), sentence)
    assert claim["verdict"]["label"] != "REFUTED", claim["verdict"]["explanation"]


def test_the_day_before_counts_from_the_story_told_as_now_not_from_an_earlier_month(check_json, seed_text):
    # "he has already had talks with Xi in March. Now, he has been hosting ... Kim": "the day before" is
    # 12 September, when no launch is recorded, not a day of late February or March
    altered = seed_text.replace("To start the day,", "The day before,")
    launch = claim_with(check_json(altered, meta=SEED_META), "quantity", "two ballistic missiles")
    assert launch["slots"]["date"] == "2023-09-12", launch["slots"]
    assert launch["verdict"]["label"] == "NOT_ENOUGH_INFO", launch["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("span", "label"),
    [
        ("1 1/2 years", "SUPPORTED"),
        ("1½ years", "SUPPORTED"),
        ("eighteen months and counting", "SUPPORTED"),
        ("thirty months and counting", "REFUTED"),
        ("exactly 18 months", "REFUTED"),  # 18 months and three weeks
    ],
)
def test_the_opening_span_in_other_words(check_json, seed_text, span, label):
    altered = seed_text.replace("more than 18 months", span)
    assert altered != seed_text
    claim = claim_with(check_json(altered, meta=SEED_META), "duration", span)
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("original", "altered"),
    [
        ("Xi Jinping in March", "Xi Jinping last spring"),
        (
            "since Russian President Vladimir Putin began his war against Ukraine",
            "since Russian troops crossed into Ukraine",
        ),
    ],
)
def test_the_time_claims_in_other_words_are_still_supported(check_json, seed_text, original, altered):
    document = check_json(seed_text.replace(original, altered), meta=SEED_META)
    kind = "duration" if "since" in altered else "temporal"
    claim = claim_with(document, kind, "crossed into" if "since" in altered else "Xi Jinping")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("span", "label"),
    [
        # 24 February 2022 to 13 September 2023 is 18.6 months: the 19th month, the second year
        ("We are now in the 19th month since", "SUPPORTED"),
        ("We are now in the 16th month since", "REFUTED"),
        ("It is now 18 months on from when", "SUPPORTED"),
        ("It is now 20 months on from when", "REFUTED"),
    ],
)
def test_a_span_told_as_the_nth_month_or_n_months_on_is_checked(check_json, seed_text, span, label):
    altered = seed_text.replace("It is been more than 18 months since", span)
    assert altered != seed_text
    claim = claim_with(check_json(altered, meta=SEED_META), "duration", "Putin began his war")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Putin's war against Ukraine, now in its second year, shows no sign of ending.", "SUPPORTED"),
        ("The war against Ukraine is now in its third year.", "REFUTED"),
        ("It is the 16th month of the war in Ukraine.", "REFUTED"),
    ],
)
def test_what_is_now_in_its_nth_year_is_counted_from_its_start(check_json, sentence, label):
    document = check_json(f"The War\n\n{sentence}\n", meta=SEED_META)
    claim = claim_with(document, "duration", "Ukraine")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 24 February 2022 to 13 September 2023 is 18.6 months
        ("Putin's 18-month war against Ukraine has left him searching for allies.", "SUPPORTED"),
        ("Putin's 30-month war against Ukraine has left him searching for allies.", "REFUTED"),
        ("The war in Ukraine, now 18 months old, has left Putin searching for allies.", "SUPPORTED"),
        ("The war in Ukraine, now five years old, has left Putin searching for allies.", "REFUTED"),
        ("Kim pledged support for Russia's 19-month-old war against Ukraine.", "SUPPORTED"),
        ("Kim pledged support for Russia's four-year-old war against Ukraine.", "REFUTED"),
    ],
)
def test_a_war_told_by_its_age_is_counted_from_its_start(check_json, sentence, label):
    document = check_json(f"The War\n\n{sentence}\n", meta=SEED_META)
    claim = claim_with(document, "duration", "Ukraine")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("length", "label"), [("eight-month", "SUPPORTED"), ("two-year", "REFUTED")])
def test_the_age_of_what_has_ended_is_its_whole_length(check_json, length, label):
    # the Kursk incursion is recorded from 6 August 2024 to 26 April 2025
    sentence = f"Ukraine's {length} incursion into Russia's Kursk region was a gamble."
    document = check_json(f"Kursk\n\n{sentence}\n", meta='title = "Kursk"\npublished = 2025-11-01\n')
    claim = claim_with(document, "duration", "incursion")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
    assert "to its end (2025-04-26)" in claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    "sentence",
    ["Kim's six-day visit to Russia is under way.", "A 30-year-old man was arrested in Vladivostok."],
)
def test_the_length_a_thing_was_set_for_or_a_persons_age_is_no_span_told(run, tmp_path, sentence):
    article = tmp_path / "lengths.txt"
    article.write_text(f"Lengths\n\n{sentence}\n", encoding="utf-8")
    result = run("claims", article, "--published", "2023-09-13", "--all", "--format", "json")
    assert [c for c in json.loads(result.stdout)["claims"] if c["kind"] == "duration"] == []


def test_a_day_of_a_past_visit_is_no_span_up_to_the_article(run, tmp_path):
    article = tmp_path / "visit.txt"
    article.write_text("Visit\n\nOn the second day of his visit to Moscow, Xi met Putin.\n", encoding="utf-8")
    result = run("claims", article, "--published", "2023-09-13", "--all", "--format", "json")
    assert [c for c in json.loads(result.stdout)["claims"] if c["kind"] == "duration"] == []


@pytest.mark.parametrize(("when", "label"), [("six months earlier", "SUPPORTED"), ("two months earlier", "REFUTED")])
def test_months_earlier_with_no_date_told_before_count_back_from_the_article(check_json, seed_text, when, label):
    # as "two days earlier" does: the talks were 20-22 March 2023, the article is of 13 September
    altered = seed_text.replace("Xi Jinping in March", f"Xi Jinping {when}")
    talks = claim_with(check_json(altered, meta=SEED_META), "temporal", "talks")
    assert talks["verdict"]["label"] == label, talks["verdict"]["explanation"]


@pytest.mark.parametrize(("year", "label"), [("2013", "SUPPORTED"), ("2016", "REFUTED")])
def test_a_since_after_a_title_in_apposition_to_an_object_is_the_titles(check_json, seed_text, year, label):
    # with a curly apostrophe the parser hangs "since 2016" on the verb "had"
    altered = seed_text.replace(
        "the People’s Republic of China (PRC) President Xi Jinping in March",
        f"Xi Jinping, China’s president since {year}, in March",
    )
    assert altered != seed_text
    role = claim_with(check_json(altered, meta=SEED_META), "role", "China’s president")
    assert role["verdict"]["label"] == label, role["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("anchor", "span", "label"),
    [
        ("Russian President Vladimir Putin, who succeeded Dmitry Medvedev in 2012,", "more than 10 years", "REFUTED"),
        (
            "Russian President Vladimir Putin, who succeeded Dmitry Medvedev in 2012,",
            "more than 18 months",
            "SUPPORTED",
        ),
        ("Russia’s leader of more than two decades, Vladimir Putin,", "more than 18 months", "SUPPORTED"),
    ],
)
def test_an_aside_in_what_a_span_counts_from_neither_dates_nor_ends_it(check_json, seed_text, anchor, span, label):
    altered = seed_text.replace(
        "more than 18 months since Russian President Vladimir Putin began", f"{span} since {anchor} began"
    )
    assert altered != seed_text
    claim = claim_with(check_json(altered, meta=SEED_META), "duration", "began his war")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("Supreme Leader of the Republic of Korea", "NOT_ENOUGH_INFO"),  # South Korea has no such office
        ("Supreme Leader of the DPRK", "SUPPORTED"),
        ("Supreme Leader of the Democratic People’s Republic of Korea", "SUPPORTED"),
    ],
)
def test_a_country_the_title_names_whole_is_not_another_whose_name_holds_its_words(check_json, seed_text, title, label):
    original = "Supreme Leader of the Democratic People’s Republic of Korea (DPRK)"
    assert original in seed_text
    claim = claim_with(check_json(seed_text.replace(original, title), meta=SEED_META), "role", "Kim Jong-un")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("altered", "label"),
    [
        # told as going on as the article is written: the summit of the day, a meeting word enough
        ("Now, he has been hosting the most unstable head of state", "SUPPORTED"),
        ("Now, Putin is hosting the most unstable head of state", "SUPPORTED"),
        # the host told the other way round: the summit was in Russia
        ("Now, Kim Jong-un has been hosting Putin, the most unstable head of state", "NOT_ENOUGH_INFO"),
    ],
)
def test_an_act_told_as_going_on_is_the_days_news(check_json, seed_text, altered, label):
    original = "Now, he has been hosting arguably the most unstable head of state"
    assert original in seed_text
    claim = claim_with(check_json(seed_text.replace(original, altered), meta=SEED_META), "event", "hosting")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("published", "label"), [("2023-09-15", "SUPPORTED"), ("2023-09-20", "SUPPORTED")])
def test_an_undated_sentence_may_tell_the_news_of_the_articles_week(check_json, seed_text, published, label):
    claim = claim_with(check_json(seed_text, "--published", published), "event", "photo op")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("altered", "label"),
    [
        # Xi's state visit of March 2023 was to Moscow, where Putin was the host
        (
            "he has already been hosted by the People’s Republic of China (PRC) President Xi Jinping in Moscow",
            "NOT_ENOUGH_INFO",
        ),
        ("he has already hosted Chinese President Xi Jinping in Moscow", "SUPPORTED"),
    ],
)
def test_the_host_after_by_may_follow_a_long_title(check_json, seed_text, altered, label):
    text = seed_text.replace(
        "he has already had talks with the People’s Republic of China (PRC) President Xi Jinping", altered
    )
    claim = claim_with(check_json(text, meta=SEED_META), "temporal", "allies")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_day_in_figures_that_may_be_read_two_ways_is_the_one_not_after_the_article(check_json, seed_text):
    # "12/09/2023" in an article of 13 September 2023 is 12 September (no launch recorded that day), not
    # the whole year of 2023, whose launches of other days would support it
    altered = seed_text.replace("To start the day,", "On 12/09/2023,")
    claim = claim_with(check_json(altered, meta=SEED_META), "quantity", "two ballistic missiles")
    assert claim["slots"]["date"] == "2023-09-12"
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]["explanation"]


def test_a_name_the_headline_runs_into_other_words_is_not_the_persons(check_json, seed_text):
    # "Kim tells Putin North Korea backs ..." is no person called "Putin North Korea"
    headline = "North Korea and Russia Discuss Western Imperialism and More"
    altered = seed_text.replace(headline, "Kim tells Putin North Korea backs Russia’s fight as leaders meet").replace(
        "since Russian President Vladimir Putin began", "since Putin began"
    )
    document = check_json(altered, meta=SEED_META)
    claim = claim_with(document, "temporal", "talks with the People’s Republic")
    assert "Putin North Korea" not in claim["slots"]["participants"]
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


def test_a_day_then_a_month_in_one_sentence_after_a_day_told_before(check_json):
    # a day, then a bare month, in a sentence after one that told a day: the story's year was read wrongly
    document = check_json(
        "To start the day, Pyongyang launched two ballistic missiles into the sea.\n\n"
        "On August 30, it fired two short-range ballistic missiles, and in July it launched an "
        "intercontinental ballistic missile.\n",
        "--published",
        "2023-09-13",
    )
    counts = {
        c["slots"]["date_expression"]: c["verdict"]["label"] for c in document["claims"] if c["kind"] == "quantity"
    }
    assert counts == {"To start the day": "SUPPORTED", "August 30": "SUPPORTED", "July": "SUPPORTED"}


@pytest.mark.parametrize(("site", "label"), [("Baikonur", "NOT_ENOUGH_INFO"), ("Vostochny", "SUPPORTED")])
def test_a_venue_the_small_pipeline_tags_as_no_place(check_json, site, label):
    # "the Baikonur Cosmodrome" is no entity to the small pipeline; its words name the place
    document = check_json(f"Putin and Kim met at the {site} Cosmodrome on Wednesday.\n", "--published", "2023-09-13")
    claim = claim_with(document, "temporal", "met at the")
    assert claim["slots"]["venues"] == [f"{site} Cosmodrome"] and claim["verdict"]["label"] == label, claim


def test_three_weeks_earlier_is_the_day_the_same_day_counts_from(check_json):
    document = check_json(
        "Three weeks earlier, Wagner chief Yevgeny Prigozhin was killed in a plane crash.\n\n"
        "The same day, North Korea fired two short-range ballistic missiles toward the East Sea.\n",
        "--published",
        "2023-09-13",
    )
    count = claim_with(document, "quantity", "two short-range ballistic missiles")
    # August 23: no launch is recorded that day (not the summit's day, September 13)
    assert count["slots"]["date"] == "2023-08-23" and count["verdict"]["label"] == "NOT_ENOUGH_INFO", count


@pytest.mark.parametrize("armoured", ["armoured", "armored"])
def test_british_and_american_spellings_tell_the_same_act(check_json, armoured):
    document = check_json(
        f"Kim Jong-un's {armoured} train crossed into Russia on Tuesday.\n", "--published", "2023-09-17"
    )
    assert claim_with(document, "temporal", "train crossed")["verdict"]["label"] == "SUPPORTED"


@pytest.mark.parametrize(
    ("told", "label"),
    [
        ("By September 2023, it had been more than 20 months since Putin began his war against Ukraine.", "REFUTED"),
        ("By September 2023, it had been more than 18 months since Putin began his war against Ukraine.", "SUPPORTED"),
        ("By then, Putin's war against Ukraine had been going on for more than two years.", "REFUTED"),
        ("By then, Putin's war against Ukraine had been going on for about a year and a half.", "SUPPORTED"),
    ],
)
def test_a_span_told_in_a_retrospective_is_counted_up_to_the_date_by_gives(check_json, told, label):
    # a retrospective of September 2024: the span ran up to the summit, not up to the article
    document = check_json(
        f"Last September, Putin hosted Kim at the Vostochny Cosmodrome.\n\n{told}\n", "--published", "2024-09-13"
    )
    (span,) = [c for c in document["claims"] if c["kind"] == "duration"]
    assert span["slots"]["reference_date"].startswith("2023-09") and span["verdict"]["label"] == label, span


@pytest.mark.parametrize(("day", "label"), [("Tuesday", "SUPPORTED"), ("Thursday", "REFUTED")])
def test_an_arrival_is_the_first_day_of_a_trip_recorded_over_days(check_json, day, label):
    # the trip is recorded from the 12th to the 17th: crossing into Russia is its first day
    document = check_json(f"Kim Jong-un's armoured train crossed into Russia on {day}.\n", "--published", "2023-09-17")
    assert claim_with(document, "temporal", "crossed into Russia")["verdict"]["label"] == label


@pytest.mark.parametrize("span", ["about six months", "about a year"])
def test_a_thing_timed_with_came_in_a_retrospective_is_not_counted_to_the_article(check_json, span):
    # March 2024, the story last at September 2023: "the summit" may be that month's, not the article's day
    document = check_json(
        "Last September, Kim pledged his support in Russia.\n\n"
        f"The summit came {span} after Putin held talks with Chinese President Xi Jinping in Moscow.\n",
        "--published",
        "2024-03-13",
    )
    (claim,) = [c for c in document["claims"] if c["kind"] == "duration"]
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]


def test_a_label_at_the_head_of_a_line_is_no_speaker_nor_actor(check_json):
    # a live blog's time, a bullet's title and a heading's word are no one who spoke or fired
    document = check_json(
        "14:05 - Kim tells Putin his country offers its “full and unconditional support” for Russia.\n\n"
        "- Washington's view: White House spokesman John Kirby said last month that “arms negotiations between "
        "Russia and the DPRK are actively advancing.”\n\n"
        "Update 1 – North Korea fired two ballistic missiles into the sea off its east coast on Wednesday.\n",
        "--published",
        "2023-09-13",
    )
    speakers = {c["slots"]["speaker"] for c in document["claims"] if c["kind"] == "quote"}
    assert speakers == {"Kim", "John Kirby"}
    count = claim_with(document, "quantity", "two ballistic missiles")
    assert count["slots"]["actor"] == "North Korea" and count["verdict"]["label"] == "SUPPORTED"


@pytest.mark.parametrize(
    ("sentence", "fragment", "label"),
    [
        # one word of the record's own phrase swapped for another it never uses
        ("On September 16, Kim inspected Chinese strategic bombers near Vladivostok.", "Chinese", "NOT_ENOUGH_INFO"),
        ("On September 16, Kim inspected Russian strategic bombers near Vladivostok.", "Russian", "SUPPORTED"),
        ("On September 16, Kim visited the Baltic Fleet with Sergei Shoigu.", "Baltic", "NOT_ENOUGH_INFO"),
        ("On September 16, Kim visited the Pacific Fleet with Sergei Shoigu.", "Pacific", "SUPPORTED"),
        ("On September 15, Kim toured the Yuri Gagarin tank plant.", "tank", "NOT_ENOUGH_INFO"),
        ("On September 15, Kim toured the Yuri Gagarin aircraft plant.", "aircraft", "SUPPORTED"),
        # a verb told otherwise, a country for its people's adjective: the same act
        ("On September 16, Kim viewed Russian strategic bombers near Vladivostok.", "viewed", "SUPPORTED"),
        ("On September 16, Kim inspected Russia's strategic bombers near Vladivostok.", "Russia's", "SUPPORTED"),
    ],
)
def test_a_word_of_the_record_swapped_for_another_is_unconfirmed(check_json, seed_text, sentence, fragment, label):
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = claim_with(document, "temporal", fragment)
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
    if label == "NOT_ENOUGH_INFO":
        assert f"the sentence says “{fragment}”, which the record never does" in claim["verdict"]["explanation"]


@pytest.mark.parametrize("when", ["In August", "Last year"])
def test_words_said_within_dated_words_are_of_the_same_day(check_json, seed_text, when):
    # "Kim vowed ... in what he said is ...": the second quotation is of the same saying
    altered = seed_text.replace("During his turn at the microphone, Kim vowed", f"{when}, Kim vowed")
    document = check_json(altered, meta=SEED_META)
    for words in ("full and unconditional support", "sacred fight against hegemonic forces"):
        claim = claim_with(document, "quote", words)
        assert claim["slots"]["date_expression"] in when
        assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    "said",
    [
        "Officials in the United States said late last month that this meeting likely concerns “actively advancing”",
        "Officials in the United States said last month that talks were “actively advancing” between the countries",
    ],
)
def test_the_day_of_a_saying_does_not_date_what_held_when_it_was_said(check_json, seed_text, said):
    altered = seed_text.replace(
        "Officials in the United States have said that this meeting likely concerns “actively advancing”", said
    )
    assert said in altered
    document = check_json(altered, meta=SEED_META)
    claim = claim_with(document, "temporal", "Officials in the United States said")
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]["explanation"]
    assert "dates the saying" in claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("speaker", "label"),
    [("the North Korean leader", "SUPPORTED"), ("the Russian president", "REFUTED")],
)
def test_he_said_within_someones_words_is_that_someone(check_json, seed_text, speaker, label):
    # "... vowed that ... in what he said is Russia's “sacred fight”": "he" is who vowed, not the
    # last person the sentences before named (Putin, who hosted him)
    altered = seed_text.replace("Kim vowed that his country", f"{speaker} vowed that his country")
    document = check_json(altered, meta=SEED_META)
    claim = claim_with(document, "quote", "sacred fight against hegemonic forces")
    assert claim["slots"]["speaker"] == speaker
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "label"),
    [
        ("It was Putin, not Kim, who spoke of “the fight against imperialism.”", "Putin", "REFUTED"),
        ("It was Kim, not Putin, who spoke of “the fight against imperialism.”", "Kim", "SUPPORTED"),
        # the one quoted, not the agency quoting
        ("Tass quoted Kim as pledging “the fight against imperialism.”", "Kim", "SUPPORTED"),
        ("Yonhap quoted Putin as framing it as “the fight against imperialism.”", "Putin", "REFUTED"),
    ],
)
def test_the_speaker_of_a_cleft_with_not_or_of_quoted_as_is_the_one_named(
    check_json, seed_text, sentence, speaker, label
):
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = next(c for c in document["claims"] if c["kind"] == "quote" and c["sentence"] == sentence)
    assert speaker in claim["slots"]["speaker"]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("speaker", "label"), [("Putin", "NOT_ENOUGH_INFO"), ("Kim", "REFUTED")])
def test_a_denial_that_someone_said_others_words_is_not_contradicted(check_json, seed_text, speaker, label):
    sentence = f"{speaker} did not pledge “full and unconditional support” to anyone."
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = next(c for c in document["claims"] if c["kind"] == "quote" and c["sentence"] == sentence)
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("until", "label"), [("Until this week, ", "NOT_ENOUGH_INFO"), ("", "REFUTED")])
def test_none_since_a_time_counts_only_up_to_the_day_the_sentence_ends_it(check_json, seed_text, until, label):
    sentence = f"{until}Kim had not visited Russia since 2019."
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = next(c for c in document["claims"] if c["kind"] == "temporal" and c["sentence"] == sentence)
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_participle_after_a_named_clause_quotes_the_one_named_there(check_json, seed_text):
    # "saying" hangs on "began", whose subject is no one: the words are Kim's
    sentence = (
        "The summit began on Wednesday, when Kim greeted Putin at the cosmodrome, saying his country would "
        "maintain its “full and unconditional support”."
    )
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = next(c for c in document["claims"] if c["kind"] == "quote" and c["sentence"] == sentence)
    assert claim["slots"]["speaker"] == "Kim Jong-un"
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "label"),
    [
        # words of what a country will do, told by the one who speaks for it, are that one's
        ("Kim said that North Korea would respond with “full and unconditional support”.", "Kim", "SUPPORTED"),
        # but words the country is told to have said are the country's
        ("Putin said that North Korea had pledged “full and unconditional support”.", "North Korea", "REFUTED"),
    ],
)
def test_words_of_a_plan_reported_by_its_speaker_are_the_speakers(check_json, seed_text, sentence, speaker, label):
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = next(c for c in document["claims"] if c["kind"] == "quote" and c["sentence"] == sentence)
    assert speaker in claim["slots"]["speaker"]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_relative_named_in_passing_is_not_whom_a_bare_surname_means(check_json, seed_text):
    # "Kim" after "Kim's father, Kim Jong-il, visited Russia in 2011" is still Kim Jong-un, and the
    # father is none of "the two leaders"
    altered = seed_text.replace(
        "Kim Jong-un.\n", "Kim Jong-un. Kim’s father, Kim Jong-il, visited Russia in 2011.\n", 1
    )
    assert "Kim Jong-il" in altered
    document = check_json(altered, meta=SEED_META)
    for words in (
        "full and unconditional support",
        "sacred fight against hegemonic forces",
        "fight against imperialism",
    ):
        claim = claim_with(document, "quote", words)
        assert claim["slots"]["speaker"] == "Kim Jong-un"
        assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]
    leaders = claim_with(document, "event", "the two leaders gave brief statements")
    assert leaders["slots"]["participants"] == ["Vladimir Putin", "Kim Jong-un"]


@pytest.mark.parametrize(("month", "supported"), [("February 2022", True), ("June 2022", False)])
def test_a_record_of_the_date_with_everyone_named_is_checked_though_it_shares_few_words(
    check_json, seed_text, month, supported
):
    # Putin was in Beijing on 4 February 2022 (the "no limits" statement); the data hold many
    # other meetings of the two that share more of the sentence's words
    sentence = f"Xi Jinping had hosted Putin in Beijing in {month}, weeks before the invasion."
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = next(c for c in document["claims"] if c["kind"] == "temporal" and c["sentence"] == sentence)
    assert (claim["verdict"]["label"] == "SUPPORTED") == supported, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("doer", "label"), [("the Wagner Group", "NOT_ENOUGH_INFO"), ("the International Criminal Court", "SUPPORTED")]
)
def test_an_organisation_other_records_name_is_not_the_doer_of_this_one(check_json, seed_text, doer, label):
    # the ICC issued the warrant on 17 March 2023; Wagner takes part in other records
    sentence = f"On March 17, {doer} issued an arrest warrant for Vladimir Putin."
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = next(c for c in document["claims"] if c["kind"] == "temporal" and c["sentence"] == sentence)
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_words_signalled_are_the_signallers(check_json):
    text = "Summit\n\nKim signalled that his country would maintain its “full and unconditional support”.\n"
    claim = claim_with(check_json(text, meta=SEED_META), "quote", "full and unconditional support")
    assert claim["slots"]["speaker"] == "Kim"
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The February 24 invasion of Ukraine started the war.", "The February 24 invasion"),
        ("The talks came more than a year after the February 24 invasion of Ukraine began.", "the February 24"),
    ],
)
def test_a_day_that_names_a_thing_is_its_day_of_an_earlier_year(check_json, seed_text, sentence, told):
    # Russia invaded on 24 February 2022; told in September 2023, "the February 24 invasion" names it
    document = check_json(with_sentence(seed_text, sentence), meta=SEED_META)
    claim = claim_with(document, "temporal", told)
    assert claim["slots"]["named_day"] is True
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]
