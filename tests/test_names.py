"""People's names as the nlp stage reads them: the syllable the small pipeline leaves out is put back."""

from __future__ import annotations

import pytest

from tests.conftest import claim_with
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


def read(text: str, people: frozenset[str] = frozenset()):
    from verify.extract import read_sentences
    from verify.models import Article, ReferenceTerms

    article = Article(text=text)
    return read_sentences(article, nlp.parse(text), ReferenceTerms(people=people))


def test_the_two_leaders_are_the_last_two_people_referred_to():
    # "he" is Putin again after Xi was named, so the pair is Putin and Kim, not Xi and Kim
    sentences = read(
        "Vladimir Putin has had talks with Xi Jinping. Now he is hosting Kim Jong-un. "
        "The two leaders gave brief statements."
    )
    assert list(sentences[-1].found_groups.values()) == [["Vladimir Putin", "Kim Jong-un"]]


def test_the_two_leaders_are_not_someone_named_in_an_aside():
    # "his father Kim Jong-il" is named in a relative clause about Kim Jong-un, not as one who met
    sentences = read(
        "Vladimir Putin is hosting Kim Jong-un, who took power in 2011 after the death of his father Kim Jong-il. "
        "The two leaders gave brief statements."
    )
    assert [sorted(pair) for pair in sentences[-1].found_groups.values()] == [["Kim Jong-un", "Vladimir Putin"]]


def test_he_is_whose_the_subject_is_when_no_person_is_the_subject():
    # "Xi Jinping's own visit" makes Xi the topic: "he" is Xi, not Lavrov, the subject before
    sentences = read(
        "Sergey Lavrov met Wang Yi in Beijing. Xi Jinping's own visit to Moscow came in March. "
        "He held talks with Vladimir Putin."
    )
    he = next(t for t in sentences[-1].span if t.lower_ == "he")
    assert sentences[-1].found_people.get(he.i) == "Xi Jinping"


def test_a_middle_name_is_not_the_one_the_data_know_by_it():
    # "Francis" after "Robert Francis Prevost" is Pope Francis, whom the data know as "Francis"
    people = frozenset({"Robert Francis Prevost", "Robert Prevost", "Pope Francis", "Francis"})
    sentences = read("Cardinal Robert Francis Prevost was elected pope. Leo XIV succeeded Francis.", people)
    francis = next(t for t in sentences[-1].span if t.text == "Francis")
    assert sentences[-1].found_people.get(francis.i) != "Robert Francis Prevost"


def test_a_surname_named_in_full_before_is_a_person_however_the_pipeline_tags_it():
    sentences = read("Sergey Lavrov met Kim Jong-un. Lavrov became foreign minister in 2004.")
    assert sentences[-1].found_people.get(sentences[-1].span[0].i) == "Sergey Lavrov"
    # a word tagged as another kind of entity is left alone: "May" here is a date
    sentences = read("Theresa May spoke. In May, she resigned.")
    assert "May" not in [sentences[-1].found_people.get(t.i) for t in sentences[-1].span]


def test_only_names_are_taken_from_the_datasets_person_columns():
    from verify.extract.sentence import known_names

    index = known_names(
        ["Olaf Scholz", "Kim Jong Un", "President Putin", "North Korean leader", "Russia and China", "Putin", "Xi"]
    )
    assert index == {"Olaf": ["Olaf Scholz"], "Kim": ["Kim Jong Un"]}


def test_a_one_word_person_after_the_is_a_thing():
    # the small pipeline tags "the Moon" as a person
    (sentence,) = read("The uncrewed Orion capsule will circle the Moon before it splashes down.")
    assert "Moon" not in sentence.people
    assert not any(e.label_ == "PERSON" and e.text == "Moon" for e in sentence.span.ents)


def test_a_one_word_name_beside_an_honorific_still_stands_for_one_person():
    from verify.extract.sentence import known_surnames

    names = ["Tedros Adhanom Ghebreyesus", "Tedros", "Dr Tedros", "Kim Jong-un", "Kim Yo-jong", "Kim"]
    # the last word of a two-word name counts too, though a Korean name ends with the given name
    assert known_surnames(names) == {"Tedros", "Jong-un", "Yo-jong"}


def test_a_one_word_name_in_names_spelled_two_ways_still_stands_for_one_person():
    from verify.extract.sentence import known_surnames

    names = [
        "Sergey Lavrov",
        "Sergei Lavrov",
        "Sergey Viktorovich Lavrov",
        "Lavrov",
        "Kim Jong-un",
        "Kim Jong-il",
        "Kim",
    ]
    assert known_surnames(names) == {"Lavrov", "Jong-un", "Jong-il"}


def test_a_known_name_inside_a_longer_known_name_is_one_person(check_json, tmp_path):
    from tests.conftest import DirectoryDatasets

    data = tmp_path / "gabon"
    data.mkdir()
    (data / "offices.toml").write_text(
        'name = "gabon_offices"\nkind = "office_holders"\nkey_column = "key"\n'
        'match_columns = ["person", "person_aliases"]\nalias_columns = ["person_aliases", "office_aliases"]\n'
        'date_columns = ["start_date", "end_date"]\n',
        encoding="utf-8",
    )
    (data / "offices.csv").write_text(
        "key,person,person_aliases,office,office_aliases,country,start_date,end_date,source\n"
        "ga-oligui,Brice Oligui Nguema,Oligui Nguema|Oligui,President of Gabon,President,Gabon,2023-09-04,,"
        "https://en.wikipedia.org/wiki/Brice_Oligui_Nguema\n",
        encoding="utf-8",
    )
    # "Oligui Nguema", a name of its own in the data, starts inside "Brice Oligui Nguema"
    document = check_json(
        "Brice Oligui Nguema spoke on Monday. President Oligui Nguema spoke again on Tuesday.\n",
        "--published",
        "2024-07-12",
        plugins=[(DirectoryDatasets(data), "gabon")],
    )
    claim = claim_with(document, "role", "Oligui Nguema")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


def test_a_live_blog_timestamp_names_no_one(check_json):
    # the small pipeline reads "KST" as a person and "GMT - North Korea" as one organisation
    document = check_json(
        "11:58 KST: Kim Jong Un arrived at the Vostochny Cosmodrome, where President Vladimir Putin greeted him.\n\n"
        "10:20 GMT - North Korea fired a ballistic missile into the sea, South Korea's military said.\n",
        "--published",
        "2023-09-13",
    )
    arrival = claim_with(document, "event", "Kim Jong Un arrived")
    assert arrival["slots"]["participants"] == ["Kim Jong Un", "Vladimir Putin"]
    launch = claim_with(document, "quantity", "ballistic missile")
    assert launch["text"].startswith("North Korea fired")
    assert launch["slots"]["actor"] == "North Korea"
