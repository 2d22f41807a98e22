"""The seed article end to end: every claim the spec names is decided, with evidence."""

from __future__ import annotations

import json

import pytest
import sqlite_utils

from tests.conftest import SEED, SEED_META, claim_with


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    from click.testing import CliRunner

    from verify.cli import cli

    db = tmp_path_factory.mktemp("seed") / "verdicts.db"
    result = CliRunner().invoke(cli, ["check", str(SEED), "--db", str(db), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), db


@pytest.mark.parametrize(
    ("kind", "fragment", "record"),
    [
        ("duration", "more than 18 months since", "russia-invades-ukraine-2022"),
        ("temporal", "talks with the People’s Republic of China", "xi-state-visit-moscow-2023"),
        ("role", "Russian President Vladimir Putin", "ru-president-putin-2012"),
        ("role", "President Xi Jinping", "cn-president-xi-2013"),
        ("role", "Supreme Leader of the Democratic People’s Republic of Korea (DPRK) Kim Jong-un", None),
        ("quote", "full and unconditional support", "kim-full-unconditional-support-2023"),
        ("quote", "actively advancing", "kirby-arms-talks-actively-advancing-2023"),
        ("quantity", "launched two ballistic missiles", "nk-2023-09-13-ballistic"),
        ("event", "extended an invitation to Putin", "kim-invites-putin-2023"),
        # no date of its own: the news of the article's day, the two leaders and the place the record names
        ("event", "photo op in front of the Vostochny Cosmodrome", "putin-kim-vostochny-summit-2023"),
    ],
)
def test_seed_claims_are_supported_with_evidence(seed_run, kind, fragment, record):
    document, _ = seed_run
    claim = claim_with(document, kind, fragment)
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]
    records = [e["record"] for e in claim["verdict"]["evidence"]]
    assert records, "a SUPPORTED verdict must name its evidence"
    if record:
        assert record in records
    assert all(e["dataset"] and e["source"] for e in claim["verdict"]["evidence"])


def test_seed_article_metadata_comes_from_the_sidecar(seed_run):
    document, _ = seed_run
    assert document["article"]["published"] == "2023-09-13"
    assert document["article"]["title"] == "North Korea and Russia Discuss Western Imperialism and More"


def test_json_document_follows_the_contract(seed_run):
    document, _ = seed_run
    assert set(document) == {"run", "article", "claims"}
    assert document["run"]["id"]
    for claim in document["claims"]:
        assert {
            "id",
            "kind",
            "text",
            "sentence",
            "start",
            "end",
            "checkworthiness",
            "slots",
            "verdict",
            "verdicts",
        } <= set(claim)
        assert set(claim["verdict"]) >= {"label", "confidence", "checker", "explanation", "evidence"}
        text = SEED.read_text(encoding="utf-8")
        assert text[claim["start"] : claim["end"]] == claim["text"]
        for evidence in claim["verdict"]["evidence"]:
            assert set(evidence) >= {"dataset", "record", "matched", "score", "source"}


def test_opinion_and_boilerplate_are_not_claimed_as_supported(seed_run):
    document, _ = seed_run
    for claim in document["claims"]:
        if "Copyright" in claim["sentence"] or "They also say" in claim["sentence"]:
            assert claim["verdict"]["label"] != "SUPPORTED"


def test_the_run_is_in_the_log_with_every_verdict_and_its_evidence(seed_run):
    document, db_file = seed_run
    db = sqlite_utils.Database(db_file)
    run_id = document["run"]["id"]
    run = db["runs"].get(run_id)
    assert run["status"] == "complete"
    assert run["model"] and run["verify_version"]
    assert {d["name"] for d in json.loads(run["datasets_json"])} >= {"events", "office_holders", "quotes"}
    assert db.execute("select count(*) from claims where run_id = ?", [run_id]).fetchone()[0] == len(document["claims"])
    finals = db.execute("select count(*) from verdicts where run_id = ? and is_final = 1", [run_id]).fetchone()[0]
    assert finals == len(document["claims"])
    evidence = list(
        db.query(
            """select evidence.record, evidence.dataset, evidence.source from evidence
               join verdicts on verdicts.id = evidence.verdict_id
               join claims on claims.id = verdicts.claim_id
               where claims.run_id = ? and verdicts.is_final = 1 and claims.kind = 'quantity'""",
            [run_id],
        )
    )
    assert {"record": "nk-2023-09-13-ballistic", "dataset": "missile_launches"} in [
        {"record": e["record"], "dataset": e["dataset"]} for e in evidence
    ]


def test_table_output_and_log_command(run, db_path):
    result = run("check", SEED)
    assert result.exit_code == 0
    assert "SUPPORTED" in result.stdout and "nk-2023-09-13-ballistic" in result.stdout
    shown = run("log", "-n", "5")
    assert shown.exit_code == 0
    assert "SUPPORTED" in shown.stdout
    assert len(json.loads(run("log", "--format", "json", "-n", "3").stdout)) == 3


def test_claims_command_lists_kinds_scores_and_slots(run):
    result = run("claims", SEED, "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    duration = claim_with(document, "duration", "18 months")
    assert duration["slots"]["op"] == ">" and duration["slots"]["value"] == 18 and duration["slots"]["unit"] == "month"
    quantity = claim_with(document, "quantity", "two ballistic missiles")
    assert quantity["slots"]["value"] == 2 and quantity["slots"]["date"] == "2023-09-13"
    assert 0 <= duration["checkworthiness"] <= 1
    assert "verdict" not in duration
    assert all(c["checkworthiness"] >= 0.5 for c in document["claims"])
    cheer = "We love Putin so much!\n"
    assert json.loads(run("claims", "-", "--format", "json", input=cheer).stdout)["claims"] == []
    listed = json.loads(run("claims", "-", "--format", "json", "--all", input=cheer).stdout)["claims"]
    assert [c["kind"] for c in listed] == ["event"] and listed[0]["checkworthiness"] < 0.5


def test_fail_on_refuted_exits_1_only_when_something_is_refuted(run, tmp_path, seed_text):
    assert run("check", SEED, "--fail-on", "refuted").exit_code == 0
    altered = tmp_path / "altered.txt"
    altered.write_text(seed_text.replace("two ballistic missiles", "three ballistic missiles"), encoding="utf-8")
    altered.with_name("altered.meta.toml").write_text(SEED_META, encoding="utf-8")
    assert run("check", altered, "--fail-on", "refuted").exit_code == 1
