"""Tests of the shipped check-worthiness model (no network, no scikit-learn)."""

from __future__ import annotations

import json
import math
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from verify.checkworthiness import (
    DEFAULT_MODEL_DIR,
    CheckworthinessModel,
    evaluate,
    load_model,
)
from verify.checkworthiness.features import is_news_furniture

FACTUAL = [
    "Unemployment fell to 3.5 percent in 2019.",
    "The invasion began on 24 February 2022.",
]
NOT_WORTHY = [
    "Thank you very much.",
    "What a wonderful night.",
    "Copyright 2023",
    # questions
    "Is this the end of the alliance?",
    "Why should anyone trust him?",
    # opinion
    "This is arguably the worst decision of his career.",
    "The summit seemed more like theatre than diplomacy.",
]


@pytest.fixture(scope="module")
def model(monkeypatch_module) -> CheckworthinessModel:
    # Any attempt to open a network connection while loading/scoring fails the test.
    def _no_network(*args, **kwargs):
        raise AssertionError("the check-worthiness model tried to use the network")

    monkeypatch_module.setattr(socket.socket, "connect", _no_network)
    monkeypatch_module.setattr(socket, "create_connection", _no_network)
    m = load_model()
    m.score(["warm-up sentence"])
    return m


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_loads_shipped_artefact(model):
    assert isinstance(model, CheckworthinessModel)
    assert model.version.startswith("ct24-")
    assert 0.0 < model.threshold < 1.0
    assert load_model() is model  # default model is cached per process
    for name in ("config.json", "student.npz", "wordpiece.txt"):
        assert (DEFAULT_MODEL_DIR / name).is_file()
    assert not list(DEFAULT_MODEL_DIR.rglob("*.pkl")), "no pickles in the artefact"
    assert set(model.components) == {"student"}


def test_load_by_path(model):
    other = load_model(DEFAULT_MODEL_DIR)
    assert other is not model
    assert other.score(FACTUAL) == model.score(FACTUAL)


def test_scores_in_unit_interval_and_deterministic(model):
    texts = [*FACTUAL, *NOT_WORTHY, "", "   ", "?", "Ã¢â‚¬â€ mojibake Ã©", "a" * 2000]
    first = model.score(texts)
    second = model.score(list(reversed(texts)))[::-1]
    assert first == second
    assert len(first) == len(texts)
    assert all(isinstance(s, float) and 0.0 <= s <= 1.0 for s in first)
    # batch composition does not change a sentence's score
    assert [model.score([t])[0] for t in texts] == first


def test_score_rejects_a_bare_string(model):
    with pytest.raises(TypeError):
        model.score("Unemployment fell to 3.5 percent in 2019.")


@pytest.mark.parametrize("text", FACTUAL)
def test_factual_sentences_are_check_worthy(model, text):
    assert model.score([text])[0] >= model.threshold


@pytest.mark.parametrize("text", NOT_WORTHY)
def test_filler_is_not_check_worthy(model, text):
    assert model.score([text])[0] < model.threshold


def test_evaluate_exact_counts():
    labels = [True, True, True, False, False, False, True, False]
    scores = [0.9, 0.6, 0.2, 0.7, 0.1, 0.5, 0.5, 0.49]
    r = evaluate(labels, scores, 0.5)
    # predicted positive (>= 0.5): idx 0,1,3,5,6 -> tp 3 (0,1,6), fp 2 (3,5)
    assert (r["tp"], r["fp"], r["fn"], r["tn"], r["n"]) == (3, 2, 1, 2, 8)
    assert r["precision"] == pytest.approx(3 / 5)
    assert r["recall"] == pytest.approx(3 / 4)
    assert r["f1"] == pytest.approx(2 * 0.6 * 0.75 / (0.6 + 0.75))
    assert r["threshold"] == 0.5


def test_evaluate_degenerate_cases():
    r = evaluate([False, False], [0.1, 0.2], 0.5)
    assert (r["precision"], r["recall"], r["f1"]) == (0.0, 0.0, 0.0)
    assert r["tn"] == 2
    r = evaluate([True], [1.0], 1.0)
    assert (r["precision"], r["recall"], r["f1"]) == (1.0, 1.0, 1.0)
    with pytest.raises(ValueError):
        evaluate([True], [0.1, 0.2], 0.5)


def test_shipped_metrics_recorded():
    cfg = json.loads((DEFAULT_MODEL_DIR / "config.json").read_text(encoding="utf-8"))
    dev = cfg["metrics"]["dev"]
    assert dev["n"] == 1032
    assert dev["threshold"] == pytest.approx(cfg["threshold"])
    assert cfg["metrics"]["n_train"] == 22501


def test_dev_f1_matches_recorded_figure(model):
    """Scoring dev.tsv with the shipped model reproduces the recorded dev F1."""
    root = Path(__file__).resolve().parent.parent
    dev = root / "data" / "checkthat2024-en" / "dev.tsv"
    if not dev.is_file():
        pytest.skip("dev.tsv not present")
    import csv

    with open(dev, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    assert len(rows) == 1032
    labels = [r[2] == "Yes" for r in rows]
    scores = model.score([r[1] for r in rows])
    got = evaluate(labels, scores, model.threshold)
    cfg = json.loads((DEFAULT_MODEL_DIR / "config.json").read_text(encoding="utf-8"))
    want = cfg["metrics"]["dev"]
    assert (got["tp"], got["fp"], got["fn"], got["tn"]) == (want["tp"], want["fp"], want["fn"], want["tn"])


def test_inference_needs_neither_sklearn_nor_torch():
    code = (
        "import sys\n"
        "from verify.checkworthiness import load_model\n"
        "m = load_model()\n"
        "m.score(['Unemployment fell to 3.5 percent in 2019.'])\n"
        "bad = [k for k in sys.modules if k.split('.')[0] in ('sklearn', 'torch', 'transformers')]\n"
        "assert not bad, bad\n"
    )
    root = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root, timeout=60)


def _tiny_linear_artefact(folder: Path) -> Path:
    """A linear model of three words (the artefact format of ct24-linear-1), written by hand."""
    import json

    import numpy as np

    folder.mkdir()
    config = {
        "format": "verify-checkworthiness-linear/1",
        "version": "tiny-linear",
        "threshold": 0.5,
        "intercept": -0.5,
        "sublinear_tf": True,
        "features": {"word_ngram": [1, 1], "char_ngram": [2, 2], "shape_ngram": 1},
        "groups": [{"name": "word", "weight": 1.0, "size": 3}],
    }
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    (folder / "vocab.json").write_text(json.dumps({"word": ["percent", "<num>", "thank"]}), encoding="utf-8")
    np.savez(folder / "weights.npz", word_idf=np.array([2.0, 1.5, 2.0]), word_coef=np.array([2.0, 1.0, -2.0]))
    return folder


def test_a_linear_model_loads_on_its_own(tmp_path):
    """A folder with only a linear model still loads, and computes TF-IDF times its weights."""
    linear_only = load_model(_tiny_linear_artefact(tmp_path / "linear"))
    assert set(linear_only.components) == {"linear"}
    high, low = linear_only.score(["Unemployment fell to 3.5 percent.", "Thank you very much."])
    # "percent" and a number: v = (2.0, 1.5), logit = -0.5 + (2*2 + 1.5*1) / |v| = -0.5 + 5.5 / 2.5
    assert high == pytest.approx(1 / (1 + math.exp(-(-0.5 + 5.5 / 2.5))), abs=1e-9)
    assert low == pytest.approx(1 / (1 + math.exp(-(-0.5 - 2.0))), abs=1e-9)


def test_blend_combines_the_component_logits(model):
    text = FACTUAL[0]
    parts = model.component_logits([text])
    blend = model.config["blend"]
    z = blend["intercept"] + sum(w * parts[name][0] for name, w in blend["weights"].items())
    assert model.score([text])[0] == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-12)


def test_wheel_carries_the_whole_artefact(tmp_path):
    """Every file of the model folder ships inside the built package."""
    import zipfile

    root = Path(__file__).resolve().parent.parent
    build = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]  # builds with setuptools from PyPI
    subprocess.run([*build, "-w", str(tmp_path), str(root)], check=True, timeout=300)
    (wheel,) = tmp_path.glob("verify-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "verify/checkworthiness/model/" + p.relative_to(DEFAULT_MODEL_DIR).as_posix()
        for p in DEFAULT_MODEL_DIR.rglob("*")
        if p.is_file()
    }
    assert expected <= shipped, sorted(expected - shipped)
    size = sum(zipfile.ZipFile(wheel).getinfo(name).file_size for name in expected)
    assert size < 30e6


def test_text_without_running_words_scores_zero(model):
    headings = [
        "Copyright 2023,",
        "A Warm Greeting",
        "Page 2 of 3",
        "By Jane Doe, Reuters",
        "Updated 13 September 2023",
    ]
    assert model.score(headings) == [0.0] * len(headings)
    assert model.score(["Inflation hit 9%."])[0] > 0.0


def test_news_furniture_scores_zero(model):
    furniture = [
        "(c) 2023 The Associated Press. All rights reserved.",
        "© 2024 Reuters and its licensors",
        "Additional reporting by Josh Smith in Seoul.",
        "This story has been updated with additional information.",
        "Sign up for our newsletter to get the latest news.",
        "Follow Reuters on X for more updates.",
    ]
    assert model.score(furniture) == [0.0] * len(furniture)
    # a sentence that only mentions such things is not furniture
    assert model.score(["The newspaper said that its reporting by satellite was banned in 2019."])[0] > 0.0


def test_no_labelled_sentence_is_news_furniture():
    """The premise of the furniture rule: the debates have none, so the rule changes no figure."""
    root = Path(__file__).resolve().parent.parent / "data" / "checkthat2024-en"
    for split in ("train.tsv", "dev.tsv"):
        texts = [line.split("\t")[1] for line in (root / split).read_text(encoding="utf-8").splitlines()[1:]]
        assert len(texts) > 1000
        assert not [text for text in texts if is_news_furniture(text)]


def test_every_check_worthy_dev_sentence_has_running_words(model):
    """The premise of the heading rule, checked on the labelled data the project ships."""
    root = Path(__file__).resolve().parent.parent
    rows = (root / "data" / "checkthat2024-en" / "dev.tsv").read_text(encoding="utf-8").splitlines()[1:]
    worthy = [line.split("\t")[1] for line in rows if line.endswith("\tYes")]
    assert len(worthy) == 245
    assert all(model.has_running_text(text) for text in worthy)


def test_text_in_capitals_reads_as_sentence_case(model):
    shouted = "BREAKING: NORTH KOREA LAUNCHED TWO BALLISTIC MISSILES INTO THE SEA ON WEDNESDAY."
    sentence_case = "Breaking: north korea launched two ballistic missiles into the sea on wednesday."
    assert model.score([shouted]) == model.score([sentence_case])
    assert model.score([shouted])[0] >= model.threshold
    # a shouted heading or copyright line is still no running text
    assert model.score(["COPYRIGHT 2023", "PAGE 2 OF 3"]) == [0.0, 0.0]
    # one word in capitals inside running text is left alone
    from verify.checkworthiness.features import reading_form

    assert reading_form("NATO said it would send 300,000 troops.") == "NATO said it would send 300,000 troops."


def test_typeset_quotes_and_dashes_read_as_the_ascii_the_transcripts_use(model):
    typeset = "Kim’s aides said the deal was “done” – in 2023."
    ascii_ = 'Kim\'s aides said the deal was "done" - in 2023.'
    assert model.score([typeset]) == model.score([ascii_])
    assert model.component_logits([typeset]) == model.component_logits([ascii_])
