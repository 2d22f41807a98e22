"""The distilled neural scorer: a small network over WordPiece embeddings, in numpy.

Shape of the network (weights in ``student.npz``)::

    x      = embedding[ids]                       # [CLS] w1 ... wn [SEP], (L, d)
    mean   = average of the rows of x
    conv_k = max over positions of relu(window_k(x) @ W_k + b_k), k = 1, 2, 3
    c      = context(x + position[:L])            # one or more transformer layers, (L, d)
    h      = relu([mean, conv_1, conv_2, conv_3, mean(c), max(c)] @ W_hidden + b_hidden)
    logit  = h @ w_out + b_out

Each context layer is a pre-norm transformer encoder layer (multi-head
self-attention, then a ReLU feed-forward block, each with a residual); it lets
the score of a word depend on the words around it beyond three-word windows.
The first layer's arrays have bare names (``norm1_g``), later ones a prefix
(``layer1_norm1_g``, see ``context_prefix``).  A ``student.npz`` without
``position`` is the plain CNN of ``ct24-distilled-1`` (no ``c`` terms).

It was trained (in PyTorch, see ``distill.py``) to reproduce the logits of a
fine-tuned MiniLM transformer; only these arrays ship.  Each sentence is
computed on its own, so a score never depends on what else is in the batch.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import partial
from pathlib import Path

import numpy as np

from .wordpiece import CLS, SEP, WordPiece, read_vocab

WINDOWS = (1, 2, 3)
# torch.nn.LayerNorm's default, which the context layer was trained with
LAYER_NORM_EPS = 1e-5


def context_prefix(layer: int) -> str:
    """The prefix of context layer ``layer``'s array names in ``student.npz``."""
    return f"layer{layer}_" if layer else ""


def context_layer_count(names: Sequence[str]) -> int:
    count = 0
    while f"{context_prefix(count)}attn_in_w" in names:
        count += 1
    return count


class ContextLayer:
    """Run-time copy of a pre-norm ``torch.nn`` transformer encoder layer (eval mode)."""

    def __init__(self, npz, prefix: str = "") -> None:
        f32 = partial(_float32_named, npz, prefix)
        self.heads = int(npz["heads"])
        dim = f32("attn_out_w").shape[1]
        if dim % self.heads:
            raise ValueError(f"{dim} dimensions do not split into {self.heads} heads")
        # Each layer norm's gain and bias are folded into the matmul that follows it, and
        # attention's 1/sqrt(head width) into the query columns: fewer numpy calls a sentence.
        self.attn_in_w, self.attn_in_b = _fold_norm(f32("norm1_g"), f32("norm1_b"), f32("attn_in_w"), f32("attn_in_b"))
        scale = np.float32(1.0 / np.sqrt(dim // self.heads))
        self.attn_in_w[:, :dim] *= scale
        self.attn_in_b[:dim] *= scale
        self.attn_out_w, self.attn_out_b = f32("attn_out_w"), f32("attn_out_b")
        self.ff1_w, self.ff1_b = _fold_norm(f32("norm2_g"), f32("norm2_b"), f32("ff1_w"), f32("ff1_b"))
        self.ff2_w, self.ff2_b = f32("ff2_w"), f32("ff2_b")

    def __call__(self, h: np.ndarray) -> np.ndarray:
        n, dim = h.shape
        qkv = _standardize(h) @ self.attn_in_w + self.attn_in_b
        # (n, 3 * dim) -> q, k, v each (heads, n, dim / heads)
        q, k, v = qkv.reshape(n, 3, self.heads, dim // self.heads).transpose(1, 2, 0, 3)
        weights = q @ k.transpose(0, 2, 1)
        weights = np.exp(weights - weights.max(axis=-1, keepdims=True))
        weights /= weights.sum(axis=-1, keepdims=True)
        attended = (weights @ v).transpose(1, 0, 2).reshape(n, dim)
        h = h + attended @ self.attn_out_w + self.attn_out_b
        inner = np.maximum(_standardize(h) @ self.ff1_w + self.ff1_b, 0.0)
        return h + inner @ self.ff2_w + self.ff2_b


def _float32(npz, name: str) -> np.ndarray:
    return npz[name].astype(np.float32)


def _float32_named(npz, prefix: str, name: str) -> np.ndarray:
    return _float32(npz, prefix + name)


def _fold_norm(gain: np.ndarray, bias: np.ndarray, w: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(standardized * gain + bias) @ w + b == standardized @ w' + b'."""
    return gain[:, None] * w, bias @ w + b


def _standardize(x: np.ndarray) -> np.ndarray:
    """Layer norm without its gain and bias."""
    centred = x - x.mean(axis=-1, keepdims=True)
    return centred / np.sqrt((centred * centred).mean(axis=-1, keepdims=True) + LAYER_NORM_EPS)


class StudentNet:
    """Run-time copy of the distilled network; ``logit(text)`` is its only job."""

    def __init__(self, weights: str | os.PathLike, vocab: str | os.PathLike, max_tokens: int) -> None:
        pieces = read_vocab(vocab)
        self.tokenizer = WordPiece(pieces)
        self.max_tokens = int(max_tokens)
        with np.load(Path(weights), allow_pickle=False) as npz:
            self.embedding = _float32(npz, "embedding")
            convs = [(_float32(npz, f"conv{k}_w"), _float32(npz, f"conv{k}_b")) for k in WINDOWS]
            self.hidden_w = _float32(npz, "hidden_w")
            self.hidden_b = _float32(npz, "hidden_b")
            self.out_w = _float32(npz, "out_w")
            self.out_b = float(npz["out_b"])
            has_context = "position" in npz.files
            self.position = _float32(npz, "position") if has_context else None
            layers = context_layer_count(npz.files) if has_context else 0
            self.context = [ContextLayer(npz, context_prefix(i)) for i in range(layers)]
        # All window widths in one matmul over the tokens: the weights of window k
        # split into k blocks, block i for the token at offset i of the window, and
        # window k's response at position p adds block i of token p + i (``logit``).
        dim = self.embedding.shape[1]
        self.filters = convs[0][0].shape[1]
        self.conv_w = np.concatenate(
            [w[i * dim : (i + 1) * dim] for k, (w, _) in zip(WINDOWS, convs, strict=True) for i in range(k)], axis=1
        )
        self.conv_b = np.concatenate([b for _, b in convs])
        if self.embedding.shape[0] != len(pieces):
            rows = self.embedding.shape[0]
            raise ValueError(f"{weights}: {rows} embedding rows for a vocabulary of {len(pieces)}")
        if self.position is not None and self.position.shape[0] < self.max_tokens:
            raise ValueError(f"{weights}: {self.position.shape[0]} positions for max_tokens {self.max_tokens}")
        self._cls = self.tokenizer.ids[CLS]
        self._sep = self.tokenizer.ids[SEP]

    def token_ids(self, text: str) -> list[int]:
        ids = self.tokenizer.encode(text)[: self.max_tokens - 2]
        return [self._cls, *ids, self._sep]

    def logit(self, text: str) -> float:
        x = self.embedding[self.token_ids(text)]
        n = x.shape[0]  # at least 2: [CLS] and [SEP]
        by_offset = x @ self.conv_w
        f = self.filters
        peaks = []
        column = 0
        for k in WINDOWS:
            ends = n - k + 1  # windows that end inside the sentence
            if ends <= 0:
                peaks.append(np.full(f, -np.inf, np.float32))
            else:
                responses = by_offset[:ends, column : column + f]
                for i in range(1, k):
                    responses = responses + by_offset[i : ends + i, column + i * f : column + (i + 1) * f]
                peaks.append(responses.max(axis=0))
            column += k * f
        # relu(max(.) + b) == max(relu(. + b)): relu is monotonic and b is constant per filter.
        pooled = np.maximum(np.concatenate(peaks) + self.conv_b, 0.0)
        features = [x.mean(axis=0), pooled]
        if self.position is not None:
            c = x + self.position[:n]
            for layer in self.context:
                c = layer(c)
            features += [c.mean(axis=0), c.max(axis=0)]
        h = np.maximum(np.concatenate(features) @ self.hidden_w + self.hidden_b, 0.0)
        return float(h @ self.out_w) + self.out_b
