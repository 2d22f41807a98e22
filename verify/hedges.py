"""Hedges: a sentence whose proposition nobody asserts as fact.

"Kim's comments seemed less about the war", "he has been hosting arguably
the most unstable head of state", "the policy may have backfired": the
writer, or the source the writer reports, offers an impression or a guess.
A fact-checker can check what was said (the quote claims of the sentence)
and the facts named in passing (who holds an office), but not the guess.

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


def hedge_cue(span: Span) -> str | None:
    """The words that hedge the sentence's main proposition, or None if it is asserted."""
    quoted = _quoted(span)
    main = _main_predicates(span)
    for token in span:
        if token.i in quoted:
            continue
        # "likely" describing a thing ("the likely nominee") hedges nothing the sentence asserts; but
        # the parser may read the clause's verb as a noun ("this meeting likely concerns ...")
        describes_a_thing = token.dep_ == "amod" and token.head.dep_ not in REPORTED
        if token.lower_ in HEDGE_WORDS and not describes_a_thing and _predicate_of(token) in main:
            return token.text
        if token.i not in main:
            continue
        cue = _hedging_verb(token)
        if cue:
            return cue
    return None


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


def _main_predicates(span: Span) -> set[int]:
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
