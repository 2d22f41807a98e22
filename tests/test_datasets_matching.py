"""Name matching through the dataset index: variants, aliases, transliteration, thresholds."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from verify_seeds import DATASETS_DIR

from verify.dataset_index import bulk_name_scores
from verify.datasets import Dataset, load_dataset
from verify.matching import fold, name_score, normalize_name, record_name_score, same_country


@pytest.fixture(scope="module")
def offices() -> Dataset:
    return load_dataset(DATASETS_DIR / "office_holders.csv")


@pytest.mark.parametrize("query", ["Kim Jong-un", "Kim Jong Un", "KIM JONG UN", "Kim Jongun", "Mr. Kim Jong Un"])
def test_spelling_variants_of_one_name_all_match(offices, query):
    found = offices.match_name(query, "person")
    assert found and all("kim-jong-un" in offices.key(row) for row, _ in found)
    assert found[0][1] == 100.0


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("Zelenskiy", "ua-president-zelenskyy-2019"),  # transliteration, and an alias
        ("Volodymyr Zelenskij", "ua-president-zelenskyy-2019"),  # transliteration only
        ("Sergei Lavrov", "ru-fm-lavrov-2004"),
        ("Aleksandr Lukashenko", "by-president-lukashenko-1994"),
        ("President Putin", "ru-president-putin-2012"),  # a title is not part of the name
        ("Dmitri Medvedev", "ru-president-medvedev-2008"),
    ],
)
def test_transliterations_titles_and_aliases(offices, query, key):
    assert key in [offices.key(row) for row, _ in offices.match_name(query, "person")]


def test_folding_is_symmetric_and_conservative():
    assert fold(normalize_name("Zelenskyy")) == fold(normalize_name("Zelenskiy")) == "zelensky"
    assert fold("sergei") == fold("sergey")
    assert name_score("Kim Jong Un", "Kim Jong Il") < 85
    assert name_score("President", "President Putin") < 85  # a bare title is not a name


def test_thresholds_come_from_the_manifest(tmp_path):
    (tmp_path / "people.csv").write_text("key,name\na,Anna Berg\nb,Hanna Borg\n", encoding="utf-8")
    (tmp_path / "people.toml").write_text('kind = "people"\nmatch_columns = ["name"]\n', encoding="utf-8")
    loose = load_dataset(tmp_path / "people.csv")
    assert loose.threshold() == 85 and loose.threshold(90) == 90  # unset: the checker's default
    strict = load_dataset(tmp_path / "people.csv", {"match_threshold": 99})
    assert strict.threshold(90) == 99
    assert {loose.key(r) for r, _ in loose.match_name("Anna Borg", "name")} == {"a", "b"}
    assert [strict.key(r) for r, _ in strict.match_name("Anna Borg", "name")] == []


def test_part_of_a_name_matches_but_a_different_qualifier_does_not():
    assert name_score("Kim", "Kim Jong Un") == 100  # a surname alone
    assert name_score("Officials in the United States", "U.S. officials") == 100
    # each has a word the other lacks: sharing "officials" does not make them the same speaker
    assert name_score("Officials in China", "U.S. officials") < 85
    assert name_score("Chinese officials", "U.S. officials") < 85
    assert name_score("Anna Borg", "Hanna Borg") > 85  # a one-letter variant still matches


def test_middle_initials_that_disagree_are_other_people():
    assert name_score("George H. W. Bush", "George W. Bush") < 85  # father and son
    assert name_score("George S. Bush", "George Walker Bush") < 85
    assert name_score("Ferdinand Marcos Jr.", "Ferdinand R. Marcos Jr.") == 100  # an initial more
    assert name_score("George H.W. Bush", "George Herbert Walker Bush") == 100
    assert name_score("George W. Bush", "George Walker Bush") == 100
    assert name_score("George Bush", "George W. Bush") == 100  # either of them
    assert name_score("Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi") > 90  # no initials: a spelling


def test_the_index_scores_exactly_like_name_score(offices):
    rng = random.Random(7)
    names = sorted({n for row in offices.rows for n in offices.names(row, "person")})
    queries = ["Kim Jong Un", "Putin", "Xi", "Vladimir Vladimirovich", "Zelenskiy", "george bush", "Trump"]
    queries += ["George H. W. Bush", "George W. Bush"]
    queries += ["Officials in China", "President of Russia Putin", "Li Qiang"]
    queries += [rng.choice(names) for _ in range(10)]
    norms = [normalize_name(n) for n in names]
    for query in queries:
        bulk = bulk_name_scores(normalize_name(query), norms, [fold(n) for n in norms])
        assert list(bulk) == [name_score(query, n) for n in names], query


def test_lookups_return_rows_in_dataset_order(offices):
    heads = offices.rows_between("start_date", dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    assert [offices.key(r) for r in heads] == [
        offices.key(r) for r in offices.rows if r["start_date"] and r["start_date"].year == 2021
    ]
    presidents = offices.rows_naming("the Ukrainian President", "office")
    assert presidents and all("President" in offices.names(r, "office") for r in presidents)
    assert "ua-president-zelenskyy-2019" in [offices.key(r) for r in presidents]
    assert [offices.key(r) for r in offices.rows_with_words(["person"], ["medvedev"])] == [
        "ru-president-medvedev-2008",
        "ru-pm-medvedev-2012",
    ]
    assert [offices.key(r) for r in offices.rows_with_words(["person_aliases"], ["zelen"], prefix=True)] == [
        "ua-president-zelenskyy-2019"
    ]


def test_search_is_fuzzy_over_match_columns(offices):
    found = offices.search("Lukashenko", limit=1)
    assert offices.key(found[0][0]) == "by-president-lukashenko-1994"


def test_country_names_match_their_abbreviations():
    from verify.matching import name_score

    assert name_score("Officials in the United States", "U.S. officials") == 100
    assert name_score("the United Kingdom government", "UK government") == 100
    assert name_score("Kim Jong-un", "Kim Jong Un") == 100


def test_a_surname_alias_stands_for_its_record_not_for_everyone_with_that_surname(offices):
    kim_jong_un = ["Kim Jong-un", "Kim Jong Un", "Kim"]
    assert record_name_score("Kim", kim_jong_un) == 100
    assert record_name_score("Kim Jong Un", kim_jong_un) == 100
    assert record_name_score("Kim Yo-jong", kim_jong_un) < 85  # his sister: "Kim" is not her name
    assert record_name_score("Vladimir V. Putin", ["Vladimir Putin", "Putin"]) == 100
    # the index agrees: Kim Yo-jong holds none of Kim Jong-un's offices
    assert not [
        offices.key(r) for r, _ in offices.match_name("Kim Yo-jong", "person") if "kim-jong-un" in offices.key(r)
    ]
    assert any("kim-jong-un" in offices.key(r) for r, _ in offices.match_name("Kim", "person"))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Ukrainian", "Ukraine", True),
        ("North Korean", "North Korea", True),
        ("Chinese", "China", True),
        ("Russians", "Russia", True),
        ("German", "Germany", True),
        ("French", "France", True),
        ("Austrian", "Australia", False),
        ("Iran", "Iraq", False),
        ("Indonesia", "India", False),
    ],
)
def test_a_country_and_its_people_are_one(a, b, same):
    assert same_country(a, b) is same
