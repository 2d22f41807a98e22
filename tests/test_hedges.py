"""Which sentences hedge their main proposition (verify.hedges), read with the configured spaCy pipeline."""

from __future__ import annotations

import pytest

from verify import nlp
from verify.hedges import FORETOLD, GUESS, QUESTION, Hedge, hedge_cue, hedge_of


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
    ("sentence", "hedge", "reading"),
    [
        ("Kim will travel on to Komsomolsk-on-Amur on Friday.", "will travel", FORETOLD),
        ("Putin is expected to visit Pyongyang next year.", "expected to visit", FORETOLD),
        ("Kim plans to meet Putin in Moscow in the autumn.", "plans to meet", FORETOLD),
        ("The two leaders are due to sign an agreement on Thursday.", "due to sign", FORETOLD),
        ("Officials said the talks will resume in May.", "will resume", FORETOLD),
        ("Did North Korea fire three ballistic missiles on Wednesday?", "?", QUESTION),
        ("The policy may have backfired.", "may have backfired", GUESS),
    ],
)
def test_what_is_foretold_or_asked_is_no_assertion(sentence, hedge, reading):
    found = hedge_of(nlp.load()(sentence)[:])
    assert found == Hedge(hedge, reading)


@pytest.mark.parametrize(
    "sentence",
    [
        # the question is the speaker's, quoted
        "Putin asked Kim on Wednesday: “Why now?”",
        # what will happen is a detail of a relative clause
        "Kim, who will travel on to Komsomolsk, met Putin on Wednesday.",
        # a question of why takes what it asks about as a fact
        "Why did Dmitry Medvedev become president of Russia in 2012?",
        # a plan in a coordinated clause leaves the first act asserted
        "North Korea fired two missiles on Wednesday and will fire more.",
    ],
)
def test_an_asserted_act_beside_a_question_or_a_plan_has_no_hedge(sentence):
    assert cue(sentence) is None


def test_a_question_mark_alone_asks_nothing():
    assert cue("?") is None


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
