"""Hedges: a sentence whose proposition nobody asserts as fact.

"Kim's comments seemed less about the war", "he has been hosting arguably
the most unstable head of state", "the policy may have backfired": the
writer, or the source the writer reports, offers an impression or a guess.
A fact-checker can check what was said (the quote claims of the sentence)
and the facts named in passing (who holds an office), but not the guess.
Nor can a record bear out what is yet to happen ("Kim will travel on to
Komsomolsk", "Putin is expected to visit Pyongyang"), a yes-or-no question
("Did North Korea fire three missiles?", whose offices are not asserted
either) or what a correction withdrew ("An earlier version of this article
said ..."): a ``Hedge`` tells which of these a sentence is.

The check-worthiness model cannot learn this from its data: in the debate
transcripts it was trained on, hedged sentences are about as often labelled
check-worthy as the rest (21 % against 24 %, docs/checkworthiness.md),
because a candidate's "I think we lost two million jobs" still makes a
claim. In an article the hedge is the writer's, so the pipeline discounts
the sentence (``extract.HEDGED_SHARE``) while the typed claims in it keep
their own priors.

Only the main clause and the clauses it reports count ("they say that the
policy may have backfired"); a hedge inside a relative or adverbial clause
qualifies a detail ("any hope he may have had ... has vanished"), and words
inside quotation marks are the speaker's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

HEDGE_WORDS = frozenset(
    """arguably apparently seemingly perhaps maybe possibly probably presumably supposedly conceivably
    likely unlikely""".split()
)
# "seem", "appear" with a complement ("seemed less about", "appears to have"); "appeared in court" is a fact
IMPRESSION_VERBS = frozenset({"seem", "appear"})
IMPRESSION_COMPLEMENTS = frozenset({"xcomp", "ccomp", "oprd", "acomp", "attr"})
# guesses whatever follows: "may strengthen", "might have known"
GUESSING_MODALS = frozenset({"may", "might"})
# a guess or a counterfactual only with a perfect: "could have cost"; "could not agree" is a fact
PERFECT_MODALS = frozenset({"could", "must", "would"})
DISCOURSE_VERBS = frozenset({"say", "add", "note", "mention", "remind", "point", "tell", "ask"})
BELIEF_VERBS = frozenset({"think", "believe", "guess", "suspect", "reckon", "feel"})
FIRST_PERSON = frozenset({"i", "we"})
# a clause the main verb reports or governs ("they say that the policy may have backfired"); not a
# coordinated one: "fired two missiles and may fire more" asserts the launch
REPORTED = frozenset({"ccomp", "xcomp"})
QUOTE_MARKS = {"“": "”", '"': '"', "‘": "’"}


# what a hedged sentence reads as (``Hedge.reading``)
GUESS = "guess"
FORETOLD = "foretold"
QUESTION = "question"
RETRACTED = "retracted"

# the modals of what is yet to happen: "Kim will travel on to Komsomolsk"
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
# a plan or an expectation of an act: "Putin is expected to visit Pyongyang", "Kim plans to meet
# Putin", "the talks are set to resume", "Kim is due to arrive on Tuesday"
PLANNING_WORDS = frozenset({"expect", "plan", "intend", "schedule", "set", "slate", "due", "poise"})


@dataclass(frozen=True)
class Hedge:
    """The words that keep a sentence's main proposition from being asserted, and what they make
    of it: a ``GUESS`` ("arguably", "may have backfired"), what is ``FORETOLD`` ("will travel",
    "is expected to hold"), a ``QUESTION``, or what a correction withdrew (``RETRACTED``: "An earlier
    version of this article said ...")."""

    cue: str
    reading: str = GUESS


def hedge_cue(span: Span) -> str | None:
    """The words that hedge the sentence's main proposition, or None if it is asserted."""
    hedge = hedge_of(span)
    return hedge.cue if hedge else None


def hedge_of(span: Span) -> Hedge | None:
    """What keeps the sentence's main proposition from being asserted, or None if it is asserted."""
    quoted = _quoted(span)
    last = next((t for t in reversed(span) if not t.is_space), None)
    first = next((t for t in span if not (t.is_punct or t.is_space)), None)
    asked = first is not None and last is not None and last.text == "?" and last.i not in quoted
    if asked and first.lower_ not in _ASKING_WORDS:
        # "Did North Korea fire three missiles on Wednesday?"; not '"Why?" asked Putin', nor "Why did
        # Medvedev become president in 2012?", which takes it as a fact
        return Hedge("?", QUESTION)
    withdrawn = _earlier_version(span)
    if withdrawn:
        return Hedge(withdrawn, RETRACTED)
    main = main_predicates(span)
    for token in span:
        if token.i in quoted:
            continue
        # "likely" describing a thing ("the likely nominee") hedges nothing the sentence asserts; but
        # the parser may read the clause's verb as a noun ("this meeting likely concerns ...")
        describes_a_thing = token.dep_ == "amod" and token.head.dep_ not in REPORTED
        if token.lower_ in HEDGE_WORDS and not describes_a_thing and _predicate_of(token) in main:
            return Hedge(token.text)
        if token.i not in main:
            continue
        cue = _hedging_verb(token)
        if cue:
            return Hedge(cue)
        cue = _foretelling(token) if _tells_the_main_act(token, span) else None
        if cue:
            return Hedge(cue, FORETOLD)
    return None


_EARLIER = frozenset({"earlier", "previous", "original", "prior"})


def _earlier_version(span: Span) -> str | None:
    """The words of a correction that tell what an earlier version of the story said, withdrawn:
    "An earlier version of this article said North Korea fired three missiles"."""
    for token in span:
        if (
            token.dep_ == "nsubj"
            and token.lemma_.lower() == "version"
            and token.head.pos_ == "VERB"
            and any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in token.children)
        ):
            return span.doc[token.left_edge.i : token.head.i + 1].text
    return None


# words that make a clause a question of what it takes as a fact ("Why did Medvedev become president
# in 2012?", "declined to say how long she will stay")
_ASKING_WORDS = frozenset({"how", "when", "whether", "if", "why", "what", "where", "who", "which", "whose"})


def _tells_the_main_act(predicate: Token, span: Span) -> bool:
    """Whether a predicate is the sentence's own act, or the one its speech verb reports ("Officials
    said the talks will resume"); not a clause a question is asked about ("declined to say how long
    she will stay"), nor one an act of the sentence's frames."""
    if predicate.i == span.root.i:
        return True
    return (
        predicate.dep_ == "ccomp"
        and predicate.head.i == span.root.i
        and not any(c.lower_ in _ASKING_WORDS for c in predicate.children if c.i < predicate.i)
    )


def _foretelling(predicate: Token) -> str | None:
    """The words that tell a main act as yet to happen: "will travel", "is expected to hold", "plans
    to meet", "is due to arrive"."""
    doc = predicate.doc
    for child in predicate.children:
        if child.dep_ == "aux" and child.tag_ == "MD" and child.lower_ in FUTURE_MODALS and child.i < predicate.i:
            return doc[child.i : predicate.i + 1].text
    planned = predicate if predicate.lemma_.lower() in PLANNING_WORDS else None
    if planned is None and predicate.lemma_ == "be":
        # "Kim is due to arrive"
        planned = next(
            (c for c in predicate.children if c.dep_ == "acomp" and c.lemma_.lower() in PLANNING_WORDS), None
        )
    if planned is None:
        return None
    act = next((c for c in planned.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if act is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return None
    return doc[planned.i : act.i + 1].text


def _hedging_verb(predicate: Token) -> str | None:
    lemma = predicate.lemma_.lower()
    children = list(predicate.children)
    if lemma in IMPRESSION_VERBS and any(c.dep_ in IMPRESSION_COMPLEMENTS for c in children):
        return predicate.text
    if (
        lemma in BELIEF_VERBS
        and any(c.dep_ == "ccomp" for c in children)
        and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in children)
    ):
        return predicate.text
    if lemma in DISCOURSE_VERBS:  # "I might add that ..." introduces a claim, it does not hedge one
        return None
    auxiliaries = [c for c in children if c.dep_ in ("aux", "auxpass") and c.i < predicate.i]
    for modal in auxiliaries:
        if modal.tag_ != "MD":
            continue
        if modal.lower_ in GUESSING_MODALS:
            return predicate.doc[modal.i : predicate.i + 1].text
        if modal.lower_ in PERFECT_MODALS and predicate.tag_ == "VBN" and any(a.lower_ == "have" for a in auxiliaries):
            return predicate.doc[modal.i : predicate.i + 1].text
    return None


def main_predicates(span: Span) -> set[int]:
    """Token indices of the root and of the clauses it reports."""
    main = {span.root.i}
    frontier = [span.root]
    while frontier:
        head = frontier.pop()
        for child in head.children:
            if child.dep_ in REPORTED and child.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and child.i not in main:
                main.add(child.i)
                frontier.append(child)
    return main


def _predicate_of(token: Token) -> int:
    """The index of the clause head a word belongs to (a verb, or the sentence root)."""
    head = token.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX") and head.dep_ not in REPORTED:
        head = head.head
    return head.i


def _quoted(span: Span) -> set[int]:
    inside: set[int] = set()
    closer: str | None = None
    for token in span:
        if closer is not None:
            if token.text == closer:
                closer = None
            else:
                inside.add(token.i)
        elif token.text in QUOTE_MARKS:
            closer = QUOTE_MARKS[token.text]
    return inside
