"""Datasets reach checkers: a plugin's dataset, and an imported one used by a built-in checker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils

import verify
from tests.conftest import claim_with
from verify.datasets import load_dataset

DATA = Path(__file__).parent / "data" / "datasets"
ARTICLE = "Merkel in Paris\n\nGerman Chancellor Angela Merkel met French officials in Paris on Tuesday.\n"


class ChancellorNames:
    """A plugin with its own dataset and a checker that looks names up through the index."""

    @verify.hookimpl
    def register_datasets(self, register):
        register(load_dataset(DATA / "de_chancellors.csv", {"name": "chancellors_from_plugin"}))

    @verify.hookimpl
    def register_checkers(self, register):
        register(NamedChancellor())


class NamedChancellor:
    name = "named-chancellor"
    kinds = {"role"}

    def check(self, claim, context):
        dataset = context.datasets.get("chancellors_from_plugin")
        found = dataset.match_name(claim.slots["person"], "person")
        if not found:
            return None
        row, score = found[0]
        return verify.Verdict(
            verify.SUPPORTED,
            0.5,
            f"{row['person']} is a recorded chancellor (name score {score:g} ≥ {dataset.threshold():g}).",
            [verify.Evidence(dataset=dataset.name, record=dataset.key(row), matched=row["person"], score=score)],
        )


def test_a_plugin_dataset_is_used_by_its_checker(check_json):
    document = check_json(ARTICLE, "--published", "2019-05-10", plugins=[(ChancellorNames(), "chancellors")])
    role = claim_with(document, "role", "Angela Merkel")
    assert "chancellors_from_plugin" in [d["name"] for d in document["run"]["datasets"]]
    verdicts = {v["checker"]: v for v in role["verdicts"]}
    ours = verdicts["named-chancellor"]
    assert ours["label"] == "SUPPORTED" and "≥ 88" in ours["explanation"]
    assert [e["record"] for e in ours["evidence"]] == ["de-chancellor-merkel-2005"]
    # The built-in office checker uses the plugin's dataset too: it is of kind office_holders.
    assert verdicts["office-holder"]["evidence"][0]["dataset"] == "chancellors_from_plugin"


def test_an_imported_dataset_is_used_by_the_built_in_office_checker(run, check_json, db_path):
    assert run("datasets", "import", DATA / "de_chancellors.csv").exit_code == 0
    document = check_json(ARTICLE, "--published", "2019-05-10")
    role = claim_with(document, "role", "Angela Merkel")
    assert role["verdict"]["label"] == "SUPPORTED", role["verdict"]
    (evidence,) = role["verdict"]["evidence"]
    assert (evidence["dataset"], evidence["record"]) == ("de_chancellors", "de-chancellor-merkel-2005")
    assert evidence["dataset_version"] == "test-1"
    assert "name threshold 88" in evidence["matched"]

    later = check_json(ARTICLE, "--published", "2023-05-10")
    refuted = claim_with(later, "role", "Angela Merkel")
    assert refuted["verdict"]["label"] == "REFUTED"
    assert "Olaf Scholz" in refuted["verdict"]["explanation"]

    db = sqlite_utils.Database(db_path)
    runs = list(db.query("select datasets_json from runs order by id"))
    assert len(runs) == 2
    for row in runs:
        used = {d["name"]: d for d in json.loads(row["datasets_json"])}
        imported = used["de_chancellors"]
        assert imported["version"] == "test-1" and imported["origin"] == "imported" and imported["rows"] == 4
        stored = db.execute("select content_hash from datasets where name = 'de_chancellors'").fetchone()[0]
        assert imported["content_hash"] == stored
        assert {"office_holders", "events", "quotes", "missile_launches"} <= set(used)


def test_without_the_import_the_claim_is_not_covered(check_json):
    document = check_json(ARTICLE, "--published", "2019-05-10")
    role = claim_with(document, "role", "Angela Merkel")
    assert role["verdict"]["label"] == "NOT_ENOUGH_INFO"


MERKEL_CABINETS = """key,person,person_aliases,office,office_aliases,country,country_aliases,start_date,end_date,source
merkel-1,Angela Merkel,Merkel,Chancellor of Germany,Chancellor,Germany,Germany|German,2005-11-22,2009-10-28,https://en.wikipedia.org/wiki/First_Merkel_cabinet
merkel-2,Angela Merkel,Merkel,Chancellor of Germany,Chancellor,Germany,Germany|German,2009-10-28,2013-12-17,https://en.wikipedia.org/wiki/Second_Merkel_cabinet
merkel-3,Angela Merkel,Merkel,Chancellor of Germany,Chancellor,Germany,Germany|German,2013-12-17,2018-03-14,https://en.wikipedia.org/wiki/Third_Merkel_cabinet
merkel-4,Angela Merkel,Merkel,Chancellor of Germany,Chancellor,Germany,Germany|German,2018-03-14,2021-12-08,https://en.wikipedia.org/wiki/Fourth_Merkel_cabinet
"""
CABINETS_MANIFEST = (
    'name = "cabinets"\nkind = "office_holders"\nversion = "test-1"\nkey_column = "key"\n'
    'alias_columns = ["person_aliases", "office_aliases", "country_aliases"]\n'
    'date_columns = ["start_date", "end_date"]\nsource_column = "source"\n'
)


@pytest.fixture
def cabinets(run, tmp_path):
    """Merkel's chancellorship as a dataset gives it: a row per cabinet, imported into the log."""
    data = tmp_path / "cabinets.csv"
    data.write_text(MERKEL_CABINETS, encoding="utf-8")
    data.with_suffix(".toml").write_text(CABINETS_MANIFEST, encoding="utf-8")
    assert run("datasets", "import", data).exit_code == 0


@pytest.mark.parametrize(
    ("span", "label"), [("from 2005 to 2021", "SUPPORTED"), ("from 2009 to 2021", "NOT_ENOUGH_INFO")]
)
def test_a_term_a_dataset_splits_by_cabinet_is_one_term(cabinets, check_json, span, label):
    document = check_json(f"Germany\n\nAngela Merkel was chancellor of Germany {span}.\n", "--published", "2023-05-10")
    role = claim_with(document, "role", "Merkel was chancellor")
    assert (role["slots"]["tense"], role["verdict"]["label"]) == ("term", label), role["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "published", "tense", "label"),
    [
        ("Angela Merkel became chancellor of Germany in 2005.", "2023-05-10", "start", "SUPPORTED"),
        # her second cabinet began in 2009; her chancellorship did not
        ("Angela Merkel became chancellor of Germany in 2009.", "2023-05-10", "start", "REFUTED"),
        # in 2020 she was still chancellor, in her fourth cabinet; in 2023 she no longer was
        ("Angela Merkel has been chancellor of Germany since 2005.", "2020-05-10", "since", "SUPPORTED"),
        ("Angela Merkel has been chancellor of Germany since 2005.", "2023-05-10", "since", "REFUTED"),
    ],
)
def test_a_term_taken_is_where_a_run_of_cabinets_begins(cabinets, check_json, sentence, published, tense, label):
    document = check_json(f"Germany\n\n{sentence}\n", "--published", published)
    role = claim_with(document, "role", "chancellor")
    assert (role["slots"]["tense"], role["verdict"]["label"]) == (tense, label), role["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Angela Merkel took office in 2005.", "SUPPORTED"),
        ("Angela Merkel took office in 2009.", "NOT_ENOUGH_INFO"),
        ("Angela Merkel left office in 2021.", "SUPPORTED"),
        ("Angela Merkel left office in 2013.", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_new_cabinet_is_no_taking_of_office(cabinets, check_json, sentence, label):
    document = check_json(f"Germany\n\n{sentence}\n", "--published", "2023-05-10")
    (change,) = [c for c in document["claims"] if c["slots"].get("office_change")]
    assert change["verdict"]["label"] == label, change["verdict"]["explanation"]
