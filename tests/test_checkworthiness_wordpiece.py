"""The plain-Python WordPiece tokenizer agrees with BERT's reference tokenizer.

Expected pieces were produced by Hugging Face's tokenizer for the MiniLM
vocabulary (the whole training set, 22,501 sentences, also agreed when the
model was built).
"""

from __future__ import annotations

import pytest

from verify.checkworthiness import DEFAULT_MODEL_DIR
from verify.checkworthiness.wordpiece import WordPiece, basic_tokens, read_vocab


@pytest.fixture(scope="module")
def wordpiece() -> WordPiece:
    return WordPiece(read_vocab(DEFAULT_MODEL_DIR / "wordpiece.txt"))


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("unaffable", ["una", "##ffa", "##ble"]),
        ("Café naïve — “quoted”", ["cafe", "naive", "—", "“", "quoted", "”"]),
        (
            "North Korea fired 2 ICBMs on 12/07/2023.",
            ["north", "korea", "fired", "2", "ic", "##bm", "##s", "on", "12", "/", "07", "/", "202", "##3", "."],
        ),
        ("$5.5bn", ["$", "5", ".", "5", "##bn"]),
        ("北京 talks", ["北", "京", "talks"]),
        ("Zelenskyy's", ["ze", "##len", "##sky", "##y", "'", "s"]),
        ("x" * 120, ["[UNK]"]),
        ("tab\there\u200bzero-width", ["tab", "here", "##zer", "##o", "-", "width"]),
        ("", []),
    ],
)
def test_pieces_match_bert(wordpiece, text, pieces):
    assert wordpiece.tokens(text) == pieces


def test_basic_tokens_split_punctuation_and_fold_case():
    assert basic_tokens("Hello, World!") == ["hello", ",", "world", "!"]


def test_vocabulary_is_bert_uncased(wordpiece):
    assert len(wordpiece.vocab) == 30522
    assert wordpiece.vocab[:1] == ["[PAD]"]
    assert {"[CLS]", "[SEP]", "[MASK]", "[UNK]"} <= set(wordpiece.vocab)
