"""Where training finds a teacher's pretrained weights: one package, or a zip split over several."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from verify.checkworthiness.distill import RECIPES, TEACHER_BASES, DistillConfig, TeacherBase, TeacherRecipe, distill

BERT_LIKE = ["[PAD]", "[unused0]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "##s"]


def _install_split_model(site, name: str, vocab: list[str], parts: int) -> tuple[str, ...]:
    """Fake distributions carrying ``name.zip.001`` ... in the layout PyPI's split-model packages use."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr(f"{name}/config.json", '{"model_type": "tiny"}')
        zf.writestr(f"{name}/vocab.txt", "".join(f"{piece}\n" for piece in vocab))
    data = buffer.getvalue()
    size = -(-len(data) // parts)
    names = []
    for k in range(1, parts + 1):
        dist = f"tiny-part-{k:03d}"
        package = site / f"tiny_part_{k:03d}" / "input"
        package.mkdir(parents=True)
        (package / f"{name}.zip.{k:03d}").write_bytes(data[(k - 1) * size : k * size])
        info = site / f"tiny_part_{k:03d}-0.0.1.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.0.1\n", encoding="utf-8")
        (info / "RECORD").write_text(
            f"tiny_part_{k:03d}/input/{name}.zip.{k:03d},,\ntiny_part_{k:03d}-0.0.1.dist-info/METADATA,,\n",
            encoding="utf-8",
        )
        names.append(dist)
    return tuple(names)


def test_a_model_split_over_several_packages_is_joined_once_into_the_work_folder(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    vocab = ["<s>", "<pad>", "</s>", "<unk>", *BERT_LIKE, "<mask>"]
    dists = _install_split_model(site, "tiny-model", vocab, parts=3)
    monkeypatch.syspath_prepend(str(site))
    base = TeacherBase("tiny-model", "a tiny test model", dists, bert_offset=4)
    work = tmp_path / "work"
    work.mkdir()

    folder = base.folder(work)
    assert folder == work / "tiny-model"
    assert (folder / "config.json").read_text(encoding="utf-8") == '{"model_type": "tiny"}'
    assert sorted(p.name for p in work.iterdir()) == ["tiny-model"]  # no zip or half-unpacked folder left
    assert base.student_vocab(folder)[:6] == BERT_LIKE[:6]

    (folder / "config.json").write_text("{}", encoding="utf-8")
    assert base.folder(work) == folder and (folder / "config.json").read_text(encoding="utf-8") == "{}"


def test_a_vocabulary_that_is_not_bert_at_the_offset_is_refused(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    dists = _install_split_model(site, "tiny-model", ["<s>", *BERT_LIKE], parts=2)
    monkeypatch.syspath_prepend(str(site))
    base = TeacherBase("tiny-model", "a tiny test model", dists, bert_offset=4)
    folder = base.folder(tmp_path)
    with pytest.raises(RuntimeError, match="not BERT's uncased one"):
        base.student_vocab(folder)


def test_a_missing_teacher_package_names_what_to_install(tmp_path):
    base = TeacherBase("absent", "absent", ("no-such-distribution-for-verify",), 0)
    with pytest.raises(RuntimeError, match="install no-such-distribution-for-verify"):
        base.folder(tmp_path)


def test_the_default_recipe_names_known_teachers_each_in_its_own_work_folder():
    teachers = DistillConfig().teachers
    assert teachers and all(recipe.base in TEACHER_BASES for recipe in teachers)
    assert len({recipe.key for recipe in teachers}) == len(teachers)


def test_a_teacher_folder_changes_with_any_part_of_its_recipe():
    recipe = TeacherRecipe()
    assert recipe.key.startswith("all-MiniLM-L6-v2-seed0-")
    assert recipe.key == TeacherRecipe().key  # stable across runs: a digest, not Python's hash()
    others = [
        replace(recipe, seed=1),
        replace(recipe, lr=1e-5),
        replace(recipe, epochs=1.0),
        replace(recipe, bf16=True),
    ]
    assert len({recipe.key, *(other.key for other in others)}) == 5


def _script():
    path = Path(__file__).resolve().parent.parent / "scripts" / "train_checkworthiness.py"
    spec = importlib.util.spec_from_file_location("train_checkworthiness", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_training_script_reads_teachers_as_base_and_seed():
    script = _script()
    assert script._teacher("all-MiniLM-L6-v2") == RECIPES["all-MiniLM-L6-v2"]
    assert script._teacher("all-mpnet-base-v2:1") == replace(RECIPES["all-mpnet-base-v2"], seed=1)
    with pytest.raises(ValueError, match="unknown teacher base 'bert-large'"):
        script._teacher("bert-large")
    with pytest.raises(ValueError, match="not a whole number"):
        script._teacher("all-MiniLM-L6-v2:x")


def test_an_unknown_teacher_is_refused_before_any_work(tmp_path):
    cfg = DistillConfig(teachers=(TeacherRecipe("bert-large"),))
    with pytest.raises(ValueError, match="unknown teacher 'bert-large'"):
        distill(["A sentence."], [True], tmp_path / "out", tmp_path / "work", "en_core_web_sm", cfg)
    assert not (tmp_path / "work").exists()
