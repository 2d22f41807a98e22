"""The seed datasets' facts told in the forms news takes besides running prose: a timeline of key
dates, a live blog's timestamped lines, a quotation followed by who said it."""

from __future__ import annotations

import json

import pytest

from tests.conftest import claim_with


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("June 13, 2023: Putin and Kim hold talks at the Vostochny Cosmodrome.", "REFUTED"),
        ("September 13, 2023: Putin and Kim hold talks at the Vostochny Cosmodrome.", "SUPPORTED"),
        ("Sept. 13, 2023: Putin and Kim hold talks at the Vostochny Cosmodrome.", "SUPPORTED"),
        ("March 2, 2023: Xi Jinping arrives in Moscow for a state visit.", "REFUTED"),
    ],
)
def test_a_timeline_line_is_dated_to_the_day(check_json, line, label):
    # the parser takes the colon into the date, which then read as the whole year
    document = check_json(f"Russia and North Korea\n\nKey dates:\n\n{line}\n", "--published", "2023-09-14")
    claim = claim_with(document, "temporal", line[:12])
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_live_blogs_timestamp_is_no_part_of_the_speakers_name(check_json):
    document = check_json(
        "Live: Putin meets Kim\n\n"
        '14:35 - Kim told Putin that North Korea would always stand with Russia in "the fight against '
        'imperialism."\n',
        "--published",
        "2023-09-13",
    )
    claim = claim_with(document, "quote", "imperialism")
    assert claim["slots"]["speaker"] == "Kim"
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    "sentence",
    [
        '"This is not a bluff." Putin said in September 2022.',
        '"This is not a bluff!" Putin said in September 2022.',
        '"Is this a bluff?" asked Putin in September 2022.',
    ],
)
def test_a_speaker_named_after_a_quotation_that_ends_a_sentence_is_its_speaker(run, tmp_path, sentence):
    article = tmp_path / "quote.txt"
    article.write_text(f"Mobilisation\n\n{sentence}\n", encoding="utf-8")
    result = run("claims", article, "--published", "2022-10-01", "--all", "--format", "json")
    (quote,) = [c for c in json.loads(result.stdout)["claims"] if c["kind"] == "quote"]
    assert quote["slots"]["speaker"] == "Putin" and quote["slots"]["date"] == "2022-09-01"


@pytest.mark.parametrize(("day", "label"), [("August 6", "SUPPORTED"), ("August 16", "REFUTED")])
def test_launching_what_lasted_months_is_its_beginning(check_json, day, label):
    # the record of the Kursk incursion runs from 6 August 2024 to April 2025
    sentence = f"On {day}, 2024, Ukrainian forces launched a cross-border offensive into Russia's Kursk region."
    document = check_json(f"Kursk\n\n{sentence}\n", "--published", "2024-10-04")
    claim = claim_with(document, "temporal", "launched")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ('"This is not a bluff." Putin said on Wednesday.', 1),
        ('"Is this a bluff?" asked President Putin.', 1),
        # a sentence of its own that begins with who said what
        ('"This is not a bluff." Kim said Russia is waging a sacred fight.', 2),
        ('"This is not a bluff." Kim’s comments were brief.', 2),
    ],
)
def test_an_attribution_after_a_quotation_that_ends_a_sentence_stays_with_it(text, sentences):
    from verify import nlp

    (paragraph,) = nlp.parse(text)
    assert len(list(paragraph.doc.sents)) == sentences


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("North Korea fired two ballistic missiles into the sea hours before the summit.", "SUPPORTED"),
        ("North Korea fired three ballistic missiles into the sea hours before the summit.", "REFUTED"),
    ],
)
def test_hours_before_the_summit_is_the_summits_day_or_the_night_before(check_json, line, label):
    # the parser reads "the sea hours" as one time, and "hours before" is left undated
    document = check_json(
        f"Five Things to Know\n\n- Putin and Kim Jong-un met at the Vostochny Cosmodrome on Wednesday.\n- {line}\n",
        "--published",
        "2023-09-13",
    )
    claim = claim_with(document, "quantity", "ballistic missiles")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_hours_earlier_counts_from_the_day_last_told(check_json):
    document = check_json(
        "Summit\n\nPutin and Kim held talks at the Vostochny Cosmodrome on Wednesday.\n\n"
        "Hours earlier, North Korea launched three ballistic missiles off its eastern coast.\n",
        "--published",
        "2023-09-13",
    )
    claim = claim_with(document, "quantity", "ballistic missiles")
    assert claim["verdict"]["label"] == "REFUTED", claim["verdict"]["explanation"]


def test_a_name_inside_quotation_marks_is_no_one_a_pronoun_outside_them_stands_for(run, tmp_path):
    article = tmp_path / "statement.txt"
    article.write_text(
        'The King Speaks\n\nKing Charles III spoke to the nation on Friday. "The death of my beloved Mother, '
        'Her Majesty The Queen, is a moment of the greatest sadness," he had said in a statement.\n',
        encoding="utf-8",
    )
    result = run("claims", article, "--published", "2022-09-10", "--all", "--format", "json")
    (quote,) = [c for c in json.loads(result.stdout)["claims"] if c["kind"] == "quote"]
    assert quote["slots"]["speaker"] == "Charles III"


def test_the_same_day_is_the_storys_day_not_that_of_what_a_span_counts_from(run, tmp_path):
    article = tmp_path / "denmark.txt"
    article.write_text(
        "Denmark\n\nOn 14 January 2024, Queen Margrethe II stepped down after 52 years as monarch, two weeks "
        "after announcing her decision on New Year's Eve. King Frederik X was proclaimed the same day.\n",
        encoding="utf-8",
    )
    result = run("check", article, "--published", "2024-11-25", "--format", "json")
    claims = json.loads(result.stdout)["claims"]
    (proclaimed,) = [c for c in claims if c["kind"] == "temporal" and "proclaimed" in c["text"]]
    assert proclaimed["slots"]["start"] == "2024-01-14"
    # the span is the second one of the sentence, after "52 years as monarch", which counts from nothing
    (span,) = [c for c in claims if c["kind"] == "duration"]
    assert span["text"].startswith("two weeks after") and span["verdict"]["label"] == "SUPPORTED"


def test_the_day_news_reported_an_act_is_not_the_acts_day(check_json):
    # the invitation was given and accepted on 13 September; KCNA reported it on the 14th
    document = check_json(
        "Summit\n\nKim invited Putin to visit Pyongyang, and Putin accepted the invitation, the Korean Central "
        "News Agency reported on Thursday.\n",
        "--published",
        "2023-09-14",
    )
    claim = claim_with(document, "event", "invited Putin")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(("sea", "label"), [("the East Sea", "SUPPORTED"), ("the Yellow Sea", "REFUTED")])
def test_a_sea_is_compared_though_the_recorded_launch_site_is_named_too(check_json, sea, label):
    # the launches of 13 September 2023 are recorded from Sunan, Pyongyang, into the East Sea / Sea of Japan
    document = check_json(
        "Summit\n\nPutin and Kim met on Wednesday.\n\nHours before the summit, North Korea fired two short-range "
        f"ballistic missiles from the Sunan area of Pyongyang toward {sea}.\n",
        "--published",
        "2023-09-13",
    )
    claim = claim_with(document, "quantity", "ballistic missiles")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the number is of the meeting after the one dated
        ("It was their second meeting, following a summit in Vladivostok in April 2019.", "NOT_ENOUGH_INFO"),
        ("Putin and Kim held their second summit in Vladivostok in April 2019.", "REFUTED"),
    ],
)
def test_a_number_given_to_what_follows_the_thing_dated_is_not_that_things(check_json, sentence, label):
    # the record: "Putin and Kim Jong-un hold their first summit, in Vladivostok" (25 April 2019)
    document = check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-14")
    (claim,) = [c for c in document["claims"] if c["kind"] in ("event", "temporal")]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
