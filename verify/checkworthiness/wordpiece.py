"""BERT's uncased WordPiece tokenizer in plain Python.

The neural check-worthiness model reads sentences as WordPiece ids of the
``bert-base-uncased`` vocabulary (the one MiniLM was trained with), so its
embedding rows line up with the pretrained ones it was distilled from.  This
re-implements Hugging Face's ``BertNormalizer`` + ``BertPreTokenizer`` +
``WordPiece`` (lower-casing, accent stripping, punctuation splitting, greedy
longest-match-first) so that run time needs neither ``tokenizers`` nor
``transformers``; a test compares it with the reference implementation.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence

UNK = "[UNK]"
CLS = "[CLS]"
SEP = "[SEP]"
PAD = "[PAD]"
MASK = "[MASK]"
MAX_CHARS_PER_WORD = 100


def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    # BERT treats every non-alphanumeric ASCII symbol ("$", "^", "`") as punctuation.
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


def _normalize(text: str) -> str:
    out: list[str] = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD:
            continue
        if ch in "\t\n\r" or unicodedata.category(ch) == "Zs":
            out.append(" ")
            continue
        if unicodedata.category(ch) in ("Cc", "Cf"):
            continue
        if _is_cjk(cp):
            out.append(f" {ch} ")
            continue
        out.append(ch)
    text = "".join(out).lower()
    text = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


# ASCII text (most of it) takes a short cut that gives the same tokens: tabs and line breaks are
# spaces, other control characters go, and the ASCII symbols are punctuation.
_ASCII_CONTROLS = {cp: " " if chr(cp) in "\t\n\r" else None for cp in [*range(32), 127]}
_ASCII_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def basic_tokens(text: str) -> list[str]:
    """Words and punctuation marks, lower-cased and without accents."""
    if text.isascii():
        return [
            piece
            for chunk in text.translate(_ASCII_CONTROLS).lower().split()
            for piece in _ASCII_PUNCTUATION.split(chunk)
            if piece
        ]
    tokens: list[str] = []
    for chunk in _normalize(text).split():
        start = 0
        for i, ch in enumerate(chunk):
            if _is_punctuation(ch):
                if start < i:
                    tokens.append(chunk[start:i])
                tokens.append(ch)
                start = i + 1
        if start < len(chunk):
            tokens.append(chunk[start:])
    return tokens


def read_vocab(path: str | os.PathLike) -> list[str]:
    """The pieces of a ``vocab.txt``, one a line, in id order."""
    with open(path, encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


class WordPiece:
    """Maps text to vocabulary ids; ``vocab`` is the list of pieces in id order."""

    def __init__(self, vocab: Sequence[str]) -> None:
        self.vocab = list(vocab)
        self.ids = {piece: i for i, piece in enumerate(self.vocab)}
        self.unk_id = self.ids[UNK]
        self._cache: dict[str, tuple[int, ...]] = {}

    def word_ids(self, word: str) -> tuple[int, ...]:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        ids = self._split(word)
        if len(self._cache) < 200_000:
            self._cache[word] = ids
        return ids

    def _split(self, word: str) -> tuple[int, ...]:
        if len(word) > MAX_CHARS_PER_WORD:
            return (self.unk_id,)
        whole = self.ids.get(word)
        if whole is not None:
            return (whole,)
        pieces: list[int] = []
        start = 0
        n = len(word)
        while start < n:
            end = n
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.ids.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return (self.unk_id,)
            pieces.append(found)
            start = end
        return tuple(pieces)

    def encode(self, text: str) -> list[int]:
        """Ids of ``text`` without the [CLS]/[SEP] markers."""
        ids: list[int] = []
        for word in basic_tokens(text):
            ids.extend(self.word_ids(word))
        return ids

    def tokens(self, text: str) -> list[str]:
        return [self.vocab[i] for i in self.encode(text)]
