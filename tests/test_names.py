"""People's names as the nlp stage reads them: the syllable the small pipeline leaves out is put back."""

from __future__ import annotations

import pytest

from verify import nlp


def people(sentence: str) -> list[str]:
    return [ent.text for ent in nlp.load()(sentence).ents if ent.label_ == "PERSON"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("South Korean President Moon Jae-in condemned the launch.", "Moon Jae-in"),  # "in" read as a preposition
        ("North Korea's foreign minister Choe Son Hui praised the visit.", "Choe Son Hui"),
        ("Foreign Minister Choe Son Hui met Lavrov in Moscow.", "Choe Son Hui"),  # "Hui" read as a people
        ("Kim Yo-jong said it.", "Kim Yo-jong"),
    ],
)
def test_a_name_of_short_syllables_is_read_whole(sentence, name):
    assert name in people(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Kim Jong Un met Putin on Friday.", "Kim Jong Un"),
        ("Vladimir Putin visited Pyongyang in June.", "Vladimir Putin"),  # long syllables: never extended
    ],
)
def test_other_names_are_left_as_the_pipeline_reads_them(sentence, name):
    assert name in people(sentence)
