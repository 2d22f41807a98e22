"""The distilled neural scorer: a small CNN over WordPiece embeddings, in numpy.

Shape of the network (weights in ``student.npz``)::

    x      = embedding[ids]                       # [CLS] w1 ... wn [SEP], (L, d)
    mean   = average of the rows of x
    conv_k = max over positions of relu(window_k(x) @ W_k + b_k), k = 1, 2, 3
    h      = relu([mean, conv_1, conv_2, conv_3] @ W_hidden + b_hidden)
    logit  = h @ w_out + b_out

It was trained (in PyTorch, see ``distill.py``) to reproduce the logits of a
fine-tuned MiniLM transformer; only these arrays ship.  Each sentence is
computed on its own, so a score never depends on what else is in the batch.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from .wordpiece import CLS, SEP, WordPiece, read_vocab

WINDOWS = (1, 2, 3)


class StudentNet:
    """Run-time copy of the distilled network; ``logit(text)`` is its only job."""

    def __init__(self, weights: str | os.PathLike, vocab: str | os.PathLike, max_tokens: int) -> None:
        pieces = read_vocab(vocab)
        self.tokenizer = WordPiece(pieces)
        self.max_tokens = int(max_tokens)
        with np.load(Path(weights), allow_pickle=False) as npz:
            self.embedding = npz["embedding"].astype(np.float32)
            convs = [(npz[f"conv{k}_w"].astype(np.float32), npz[f"conv{k}_b"].astype(np.float32)) for k in WINDOWS]
            self.hidden_w = npz["hidden_w"].astype(np.float32)
            self.hidden_b = npz["hidden_b"].astype(np.float32)
            self.out_w = npz["out_w"].astype(np.float32)
            self.out_b = float(npz["out_b"])
        # All window widths in one matmul: block k reads the first k*d columns
        # of a width-3 window, so the weights of narrower windows are padded
        # with zero rows.
        dim = self.embedding.shape[1]
        self.filters = convs[0][0].shape[1]
        self.conv_w = np.zeros((len(WINDOWS) * dim, len(WINDOWS) * self.filters), dtype=np.float32)
        for j, (k, (w, _)) in enumerate(zip(WINDOWS, convs, strict=True)):
            self.conv_w[: k * dim, j * self.filters : (j + 1) * self.filters] = w
        self.conv_b = np.concatenate([b for _, b in convs])
        self._pad = np.zeros((len(WINDOWS) - 1, dim), dtype=np.float32)
        if self.embedding.shape[0] != len(pieces):
            rows = self.embedding.shape[0]
            raise ValueError(f"{weights}: {rows} embedding rows for a vocabulary of {len(pieces)}")
        self._cls = self.tokenizer.ids[CLS]
        self._sep = self.tokenizer.ids[SEP]

    def token_ids(self, text: str) -> list[int]:
        ids = self.tokenizer.encode(text)[: self.max_tokens - 2]
        return [self._cls, *ids, self._sep]

    def logit(self, text: str) -> float:
        x = self.embedding[self.token_ids(text)]
        n = x.shape[0]  # at least 2: [CLS] and [SEP]
        padded = np.concatenate([x, self._pad])
        windows = np.concatenate([padded[i : n + i] for i in range(len(WINDOWS))], axis=1)
        responses = windows @ self.conv_w
        f = self.filters
        # relu(max(.) + b) == max(relu(. + b)): relu is monotonic and b is constant per filter.
        # Block k is valid at the first n - k + 1 positions (windows that end inside the sentence).
        peaks = [
            responses[: n - k + 1, j * f : (j + 1) * f].max(axis=0) if n >= k else np.full(f, -np.inf, np.float32)
            for j, k in enumerate(WINDOWS)
        ]
        pooled = np.maximum(np.concatenate(peaks) + self.conv_b, 0.0)
        h = np.maximum(np.concatenate([x.mean(axis=0), pooled]) @ self.hidden_w + self.hidden_b, 0.0)
        return float(h @ self.out_w) + self.out_b
