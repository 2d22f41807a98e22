"""When the built-in quote checker counts a quote as the recorded words: word by word, not letter by letter."""

from __future__ import annotations

import pytest
from verify_plugins.quotes import ARTICLES_APART, VERBATIM, word_match

from tests.conftest import claim_with

RECORDED = "full and unconditional support"


@pytest.mark.parametrize(
    ("claimed", "recorded"),
    [
        ("Full and Unconditional Support!", RECORDED),  # case and punctuation
        ("unconditional support", RECORDED),  # a fragment
        ("a strong defence", "we will keep a strong defense"),  # British and American spelling
        ("sacred fight against hegemonic forces", "sacred fight ... against hegemonic forces"),  # elided in the record
        ("fight ... imperialism", "the fight against imperialism"),  # elided in the quote
        ("haven’t seen for 100 years", "the likes of which we haven't seen for 100 years"),  # typeset apostrophe
        ("[North Korea’s] full and unconditional support", RECORDED),  # the writer's words, marked as such
    ],
)
def test_the_same_words_match_verbatim(claimed, recorded):
    assert word_match(claimed, recorded) == VERBATIM


def test_a_quote_that_differs_only_in_articles_matches_apart_from_them():
    assert word_match("the full and unconditional support", RECORDED) == ARTICLES_APART


@pytest.mark.parametrize(
    "claimed",
    [
        "partial and conditional support",  # 91 % alike letter by letter
        "full and conditional support",  # a prefix that flips the meaning
        "not unconditional support",  # a negation in front of recorded words
        "full and total support",
        "support and unconditional full",  # the words, out of order
    ],
)
def test_other_words_do_not_match(claimed):
    assert word_match(claimed, RECORDED) is None


def test_short_words_one_letter_apart_are_different_words():
    assert word_match("a bad deal", "a bed deal") is None


def test_words_before_or_after_an_elided_record_are_not_its_words():
    recorded = "sacred fight ... against hegemonic forces"
    assert word_match("sacred fight of the people against hegemonic forces", recorded) == VERBATIM  # the gap
    assert word_match("Russia’s sacred fight against hegemonic forces", recorded) is None
    assert word_match("sacred fight against hegemonic forces everywhere", recorded) is None
    # the gap may not be filled with a denial
    assert word_match("sacred fight that we never back, not against hegemonic forces", recorded) is None


@pytest.mark.parametrize(
    ("words", "when", "label"),
    [
        # Putin, televised address of 21 September 2022: "This is not a bluff."
        ("This is not a bluff", "on 21 September 2022", "SUPPORTED"),
        # words dated by a month are looked for in all of it
        ("This is not a bluff", "in September 2022", "SUPPORTED"),
        # other words on the day of the recorded ones: a misquote
        ("This is not a joke", "on 21 September 2022", "REFUTED"),
        # a month holds more occasions than the one recorded
        ("This is not a joke", "in September 2022", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_quote_is_compared_with_the_words_of_its_occasion(check_json, words, when, label):
    text = f'Quotes\n\n"{words}," Putin said in a televised address {when}.\n'
    document = check_json(text, "--published", "2023-09-13", "--threshold", "0")
    (quote,) = [c for c in document["claims"] if c["kind"] == "quote"]
    assert quote["verdict"]["label"] == label, quote["verdict"]["explanation"]


def test_straight_single_quotation_marks_hold_a_quote_but_apostrophes_do_not(check_json):
    text = "Mutiny\n\nPutin called the mutiny 'a stab in the back', the boys' club said.\n"
    document = check_json(text, "--published", "2023-06-25", "--threshold", "0")
    (quote,) = [c for c in document["claims"] if c["kind"] == "quote"]
    assert quote["slots"]["quote"] == "a stab in the back"
    assert quote["verdict"]["label"] == "SUPPORTED", quote["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("words", "label"),
    [
        # Kim, 13 September 2023; the record keeps "sacred fight ... against hegemonic forces"
        ("Russia is now rising to a sacred fight to defend its sovereign rights", "NOT_ENOUGH_INFO"),
        # the record's words changed, at its own length: a misquote
        ("holy war against hegemonic forces", "REFUTED"),
        ("sacred fight against Western forces", "REFUTED"),
        # a fuller rendering that denies what was said is no rendering of it
        ("Russia is not in a sacred fight to defend its sovereign rights", "REFUTED"),
    ],
)
def test_a_fuller_rendering_of_a_fragmentary_record_is_no_misquote(check_json, words, label):
    text = f'Summit\n\n"{words}," Kim told Putin on Wednesday.\n'
    document = check_json(text, "--published", "2023-09-13", "--threshold", "0")
    (quote,) = [c for c in document["claims"] if c["kind"] == "quote"]
    assert quote["verdict"]["label"] == label, quote["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("when", "label"),
    [
        ("on 21 September 2022", "SUPPORTED"),
        # the very words, recorded on another occasion: said again, or misdated
        ("in March 2023", "NOT_ENOUGH_INFO"),
    ],
)
def test_the_speakers_words_on_another_occasion_are_not_confirmed(check_json, when, label):
    text = f'Quotes\n\nPutin said {when} that "this is not a bluff."\n'
    document = check_json(text, "--published", "2023-09-13", "--threshold", "0")
    (quote,) = [c for c in document["claims"] if c["kind"] == "quote"]
    assert quote["verdict"]["label"] == label, quote["verdict"]["explanation"]
    if label == "NOT_ENOUGH_INFO":
        assert "not within “March 2023” (2023-03-01 to 2023-03-31)" in quote["verdict"]["explanation"]


def test_a_date_of_another_act_is_not_when_the_words_were_said(check_json):
    text = 'Summit\n\nIn their first meeting since April 2019, Kim vowed "full and unconditional support."\n'
    document = check_json(text, "--published", "2023-09-13", "--threshold", "0")
    (quote,) = [c for c in document["claims"] if c["kind"] == "quote"]
    assert quote["slots"]["date"] is None
    assert quote["verdict"]["label"] == "SUPPORTED", quote["verdict"]["explanation"]


@pytest.mark.parametrize(
    "sentence",
    [
        'As Kim put it, Russia is in a "sacred fight against hegemonic forces."',
        'In Kim\'s words, Russia is in a "sacred fight against hegemonic forces."',
        'Kim\'s words, "sacred fight against hegemonic forces," made headlines.',
        'As Kim said, Russia is in a "sacred fight against hegemonic forces."',
    ],
)
def test_a_source_named_for_the_whole_sentence_is_the_speaker(check_json, sentence):
    document = check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-13", "--threshold", "0")
    (quote,) = [c for c in document["claims"] if c["kind"] == "quote"]
    assert quote["slots"]["speaker"] == "Kim"
    assert quote["verdict"]["label"] == "SUPPORTED", quote["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Kim spoke of "the fight against imperialism."', "Kim"),
        ('Tass reported that Kim spoke of "the fight against imperialism."', "Kim"),
        ('Kim referred to "the fight against imperialism."', "Kim"),
    ],
)
def test_a_verb_that_tells_an_act_of_its_own_still_gives_the_words_to_its_doer(check_json, sentence, speaker):
    document = check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-13", "--threshold", "0")
    (quote,) = [c for c in document["claims"] if c["kind"] == "quote"]
    assert quote["slots"]["speaker"] == speaker
    assert quote["verdict"]["label"] == "SUPPORTED", quote["verdict"]["explanation"]


@pytest.mark.parametrize(("speaker", "label"), [("Kim", "REFUTED"), ("He", "NOT_ENOUGH_INFO")])
def test_a_misquote_given_to_a_pronoun_read_from_before_is_not_refuted(check_json, speaker, label):
    # Kim spoke of "the fight against imperialism" on 13 September 2023; "he" is only a guess at Kim
    text = (
        'Summit\n\nKim pledged "full and unconditional support". '
        f'{speaker} also spoke of "the fight against colonialism".\n'
    )
    document = check_json(text, "--published", "2023-09-14", "--threshold", "0")
    misquote = claim_with(document, "quote", "colonialism")
    assert misquote["verdict"]["label"] == label, misquote["verdict"]["explanation"]


@pytest.mark.parametrize(
    "sentence",
    [
        'It is not true that Kim vowed "full and unconditional support."',
        'Kim denied pledging "full and unconditional support."',
    ],
)
def test_a_frame_that_denies_the_words_is_refuted_by_them(check_json, sentence):
    document = check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-13", "--threshold", "0")
    (quote,) = [c for c in document["claims"] if c["kind"] == "quote"]
    assert quote["slots"]["negated"]
    assert quote["verdict"]["label"] == "REFUTED", quote["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("speaker", "label"),
    # Kim Jong-un is recorded saying "full and unconditional support" on 13 September 2023
    [("Kim", "SUPPORTED"), ("Lavrov", "REFUTED")],
)
def test_words_apart_only_in_their_articles_are_given_to_the_wrong_speaker(check_json, speaker, label):
    sentence = f'{speaker} promised "the full and unconditional support" of his country on Wednesday.'
    document = check_json(sentence + "\n", "--published", "2023-09-14")
    (quote,) = [c for c in document["claims"] if c["kind"] == "quote"]
    assert quote["verdict"]["label"] == label, quote["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Russia\'s war was described by Kim as a "sacred fight against hegemonic forces."', "Kim"),
        ('Russia\'s war was described as a "sacred fight against hegemonic forces" by Kim.', "Kim"),
        ('"The fight against imperialism" was also invoked by Kim.', "Kim"),
        ('"Full and unconditional support" was vowed by North Korean leader Kim Jong-un.', "Kim Jong-un"),
    ],
)
def test_in_the_passive_the_one_after_by_said_the_words(check_json, sentence, speaker):
    document = check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-13", "--threshold", "0")
    (quote,) = [c for c in document["claims"] if c["kind"] == "quote"]
    assert quote["slots"]["speaker"] == speaker
    assert quote["verdict"]["label"] == "SUPPORTED", quote["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("speaker", "label"),
    [
        # Kim Jong-un, Supreme Leader, is recorded saying these words on 13 September 2023
        ("the North Korean leader", "SUPPORTED"),
        ("the Chinese president", "REFUTED"),  # Xi Jinping that day
        ("the supreme leader", "SUPPORTED"),  # no country: the recorded speaker held such an office
        ("the prime minister", "NOT_ENOUGH_INFO"),  # nor one the data tell as Kim
    ],
)
def test_a_speaker_named_by_office_is_whoever_held_it(check_json, speaker, label):
    sentence = f'"Full and unconditional support," {speaker} said on Wednesday.'
    document = check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-14", "--threshold", "0")
    (quote,) = [c for c in document["claims"] if c["kind"] == "quote"]
    assert quote["verdict"]["label"] == label, quote["verdict"]["explanation"]


def test_a_speech_verb_inside_the_quotation_is_the_speakers_own(check_json):
    sentence = 'On Wednesday, Kim said: "I pledge full and unconditional support."'
    document = check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-14", "--threshold", "0")
    (quote,) = [c for c in document["claims"] if c["kind"] == "quote"]
    assert quote["slots"]["speaker"] == "Kim"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the subject is what the words are said of, not who said them
        ('Russia\'s war was described as a "sacred fight against hegemonic forces."', None),
        ('Kim was quoted as saying "full and unconditional support" on Wednesday.', "Kim"),
    ],
)
def test_in_the_passive_with_no_one_after_by_the_subject_said_nothing(check_json, sentence, speaker):
    document = check_json(f"Summit\n\n{sentence}\n", "--published", "2023-09-14", "--threshold", "0")
    (quote,) = [c for c in document["claims"] if c["kind"] == "quote"]
    assert quote["slots"]["speaker"] == speaker
