"""Which sentences hedge their main proposition (verify.hedges), read with the configured spaCy pipeline."""

from __future__ import annotations

import pytest

from verify import nlp
from verify.hedges import hedge_cue


def cue(sentence: str) -> str | None:
    doc = nlp.load()(sentence)
    return hedge_cue(doc[:])


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("The president appears to have changed his mind on trade.", "appears"),
        ("It seems that the talks have stalled.", "seems"),
        ("The decision will probably hurt exports.", "probably"),
        ("Perhaps the most surprising moment came at the end of the speech.", "Perhaps"),
        ("Apparently, the minister was unaware of the report.", "Apparently"),
        ("The storm may strengthen into a hurricane by Friday.", "may strengthen"),
        ("The move could have cost the party the election.", "could have cost"),
        ("It is unlikely that the talks will resume this year.", "unlikely"),
        ("I think the policy has failed.", "think"),
        # a guess the writer reports is still a guess
        ("Analysts said the launch was probably timed to coincide with the summit.", "probably"),
        # the parser reads "concerns" as a noun and "likely" as describing it
        ("Officials have said that this meeting likely concerns arms talks between the two countries.", "likely"),
    ],
)
def test_a_hedged_main_proposition_is_found(sentence, hedge):
    assert cue(sentence) == hedge


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister appeared in court on Monday.",
        "The ruling party could not agree on a candidate.",
        "He said the meeting would take place in May.",
        "North Korea fired two ballistic missiles on Wednesday, the military said.",
        # a hedging word that describes a thing, not the claim
        "Biden, the likely nominee, won 20 states on Tuesday.",
        "I might add that two-thirds of the House voted against the bill.",
        # a hedge in a coordinated clause leaves the first one asserted
        "North Korea fired two missiles on Wednesday and may fire more next week.",
        # a hedge in a relative clause qualifies a detail, not the sentence
        "The senator, who is arguably the most powerful Republican, voted against the bill.",
        "It has been 18 months since the war began, and any hope he may have had for a quick victory has vanished.",
        # words in quotation marks are the speaker's, checked as a quote
        "Kim said his country “may strike first” if attacked.",
    ],
)
def test_an_asserted_sentence_has_no_hedge(sentence):
    assert cue(sentence) is None
