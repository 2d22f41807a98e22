"""``verify score`` and ``verify eval checkworthiness`` on small files, and the model in the pipeline."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import SEED
from verify.check import unchecked_verdict
from verify.models import Claim


def test_score_one_sentence_a_line_keeps_input_order(run, tmp_path):
    sentences = tmp_path / "sentences.txt"
    sentences.write_text(
        "Thank you very much.\nUnemployment fell to 3.5 percent in 2019.\nWhat a wonderful night.\n", encoding="utf-8"
    )
    result = run("score", sentences)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == [
        "Thank you very much.",
        "Unemployment fell to 3.5 percent in 2019.",
        "What a wonderful night.",
    ]
    assert [r["checkworthy"] for r in rows] == [False, True, False]
    assert all(0 <= r["score"] <= 1 for r in rows)
    assert run("score", sentences).stdout == result.stdout  # deterministic


def test_score_reads_the_text_column_of_a_tsv(run, tmp_path):
    table = tmp_path / "sentences.tsv"
    table.write_text(
        'Sentence_id\tText\tclass_label\n1\tHe said "great" and left.\tNo\n2\tThe tax rose by 12% in 2020.\tYes\n',
        encoding="utf-8",
    )
    rows = [json.loads(line) for line in run("score", table).stdout.splitlines()]
    assert [r["text"] for r in rows] == ['He said "great" and left.', "The tax rose by 12% in 2020."]


def test_column_names_match_whatever_their_case(run, tmp_path):
    table = tmp_path / "labelled.csv"
    table.write_text(
        'id,text, Class_Label\n1,"Taxes rose by 5%, he said.",yes\n2,Thank you very much.,no\n', encoding="utf-8"
    )
    rows = [json.loads(line) for line in run("score", table).stdout.splitlines()]
    assert [r["text"] for r in rows] == ["Taxes rose by 5%, he said.", "Thank you very much."]
    result = json.loads(run("eval", "checkworthiness", table, "--format", "json").stdout)
    assert (result["tp"], result["fp"], result["fn"], result["tn"]) == (1, 0, 0, 1)


def test_a_one_column_tsv_is_a_table_not_a_sentence_a_line(run, tmp_path):
    table = tmp_path / "sentences.tsv"
    table.write_text("Text\nThank you very much.\n", encoding="utf-8")
    assert [json.loads(line)["text"] for line in run("score", table).stdout.splitlines()] == ["Thank you very much."]


def test_eval_reports_precision_recall_f1_and_the_confusion_matrix(run, tmp_path):
    table = tmp_path / "labelled.tsv"
    table.write_text(
        "Sentence_id\tText\tclass_label\n"
        "1\tUnemployment fell to 3.5 percent in 2019.\tYes\n"
        "2\tThank you very much.\tNo\n"
        "3\tWhat a wonderful night.\tYes\n",
        encoding="utf-8",
    )
    result = json.loads(run("eval", "checkworthiness", table, "--format", "json").stdout)
    assert (result["tp"], result["fp"], result["fn"], result["tn"]) == (1, 0, 1, 1)
    assert result["precision"] == 1.0 and result["recall"] == 0.5
    assert abs(result["f1"] - 2 / 3) < 1e-9
    table_output = run("eval", "checkworthiness", table).stdout
    assert "F1 (Yes) 0.6667" in table_output and "actual Yes" in table_output


def test_eval_rejects_bad_labels_in_one_line(run, tmp_path):
    table = tmp_path / "bad.tsv"
    table.write_text("Text\tclass_label\nSomething happened.\tMaybe\n", encoding="utf-8")
    result = run("eval", "checkworthiness", table)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {table}:2: column 'class_label' must be Yes or No, got 'maybe'"


def test_seed_facts_score_above_the_threshold_and_boilerplate_below(run):
    document = json.loads(run("claims", SEED, "--format", "json").stdout)
    by_sentence = {c["sentence"]: c["slots"]["sentence_checkworthiness"] for c in document["claims"]}
    for fact in ("more than 18 months since", "launched two ballistic missiles", "extended an invitation to Putin"):
        sentence = next(s for s in by_sentence if fact in s)
        assert by_sentence[sentence] >= 0.5, sentence
    lines = "Copyright 2023,\nA Warm Greeting\nNorth Korea and Russia Discuss Western Imperialism and More\n"
    scores = [json.loads(line) for line in run("score", "-", input=lines).stdout.splitlines()]
    assert [s["checkworthy"] for s in scores] == [False, False, False]


def test_the_seed_article_scored_sentence_by_sentence_as_the_pipeline_does(run):
    result = run("score", "--article", SEED)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == [json.loads(line) for line in run("score", "--article", SEED).stdout.splitlines()]

    def scored(words: str) -> dict:
        return next(row for row in rows if words in row["text"])

    facts = ("more than 18 months since", "talks with the People’s Republic", "launched two ballistic missiles")
    assert all(scored(fact)["checkworthy"] for fact in (*facts, "extended an invitation"))
    # opinion and guesses: the writer's own hedge, and a hedge the writer reports
    for opinion, hedge in (("arguably", "arguably"), ("seemed less", "seemed"), ("backfired", "may have backfired")):
        row = scored(opinion)
        assert not row["checkworthy"] and row["hedge"] == hedge, row
    # the headline, a heading and the copyright line
    for boilerplate in ("Discuss Western Imperialism", "A Warm Greeting", "Copyright 2023"):
        assert scored(boilerplate) == {"text": scored(boilerplate)["text"], "score": 0.0, "checkworthy": False}
    assert all("hedge" not in scored(fact) for fact in facts)


def test_a_hedged_sentence_lists_its_event_unchecked_but_still_checks_its_quote(check_json):
    text = (
        "Kim’s comments seemed less about the war in Ukraine and more about joining his Communist cousins "
        "in what he framed as “the fight against imperialism.”\n"
    )
    document = check_json(text, "--published", "2023-09-13")
    by_kind = {c["kind"]: c for c in document["claims"]}
    event = by_kind["event"]
    assert event["checked"] is False and event["slots"]["hedge"] == "seemed"
    assert "the sentence hedges (“seemed”)" in event["verdict"]["explanation"]
    assert by_kind["quote"]["checked"] is True


@pytest.mark.xfail(
    strict=True,
    reason="known limit (docs/checkworthiness.md, Limits): out of the article, the debate-trained model alone "
    "scores the seed's opinion sentences, wrapped in entity-rich news prose, above its threshold",
)
def test_seed_opinion_scores_below_the_threshold_even_without_the_article(run):
    paragraphs = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    sentences = [s for p in paragraphs for s in re.split(r"(?<=[.”])\s+(?=[A-Z“])", p)]
    markers = ("arguably the most", "seemed less", "may have backfired")
    opinion = [next(s for s in sentences if marker in s) for marker in markers]
    assert all(s.endswith((".", ".”")) and s.count(". ") == 0 for s in opinion), opinion
    scores = [json.loads(line) for line in run("score", "-", input="\n".join(opinion) + "\n").stdout.splitlines()]
    assert [s["checkworthy"] for s in scores] == [False, False, False]


def test_a_score_just_below_the_threshold_is_not_shown_as_the_threshold():
    said = "Kim extended an invitation."
    claim = Claim(kind="event", text=said, sentence=said, start=0, end=len(said), checkworthiness=0.4996)
    reason = unchecked_verdict(claim, 0.5).explanation
    assert reason.startswith("Not checked: check-worthiness 0.4996 is below the threshold 0.50")
    claim.checkworthiness = 0.31
    assert unchecked_verdict(claim, 0.5).explanation.startswith("Not checked: check-worthiness 0.31 is below")
