"""Datasets reach checkers: a plugin's dataset, and an imported one used by a built-in checker."""

from __future__ import annotations

import json
from pathlib import Path

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
