"""Extract: parsed paragraphs become typed claims with normalized slots.

Each sentence is read for the claim kinds the built-in checkers know:

- ``duration``  "more than 18 months since Putin began his war"
- ``temporal``  "talks with Xi Jinping in March"
- ``quantity``  "Pyongyang launched two ballistic missiles"
- ``quote``     Kim vowed "full and unconditional support"
- ``role``      "Russian President Vladimir Putin"
- ``event``     "he extended an invitation to Putin, which he accepted"

Relative time is resolved against the article's publication date; names
that a pronoun or a surname stands for are resolved to the last full name
the article used.

The stage is here; each kind has a module of its own (``roles``, with
``tenures`` for the offices verbs tell, ``quotes``, ``quantities``,
``events``), on top of ``sentence`` (one sentence as extractors see it) and
``grammar`` (what the parse says, for every kind).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from verify.extract.ages import age_span_claim, aged_is_told_of
from verify.extract.events import (
    clause_event_claims,
    conjunct_event_claims,
    dated_anchor_claim,
    duration_claim,
    earlier_acts,
    event_beside,
    event_claim,
    joined_duration_claims,
    lasting_claim,
    relative_clauses,
    told_outside,
)
from verify.extract.grammar import SPEECH_VERBS
from verify.extract.ordinals import ordinal_span_claim
from verify.extract.quantities import quantity_claims
from verify.extract.quotes import quote_claims
from verify.extract.roles import OFFICE_WORDS, ROLE_VERBS, TITLE_QUALIFIERS, role_claims
from verify.extract.sentence import Mentions, Sentence, known_names, known_surnames, read_sentence
from verify.extract.tenures import (
    BEGINNING,
    OFFICE_CHANGE_VERBS,
    RESIGNING,
    SUCCESSION_VERBS,
    office_change_claims,
    succession_claims,
)
from verify.hedges import QUESTION, RETRACTED, main_predicates
from verify.matching import item_head
from verify.models import Article, Claim, ReferenceTerms

if TYPE_CHECKING:
    from spacy.tokens import Token

    from verify.nlp import Paragraph

__all__ = [
    "HEDGED_KINDS",
    "HEDGED_SHARE",
    "KIND_PRIORS",
    "OFFICE_WORDS",
    "TITLE_QUALIFIERS",
    "Sentence",
    "extract_claims",
    "read_sentences",
    "sentence_scores",
]


# A typed claim asserts something checkable even inside an opinionated
# sentence ("arguably the most unstable ..., Supreme Leader Kim Jong-un"
# still asserts who the Supreme Leader is), so each kind lifts the sentence's
# check-worthiness by its prior: score = 1 - (1 - sentence) * (1 - prior).
# A prior of 0.5 reaches the default threshold on its own: who holds an office,
# how long since an event and what a named person said are checkable whatever
# the sentence around them reads like (the sentence model learnt from debates,
# where "he said: ..." mostly introduces rhetoric, not a claim about the words).
# A dated event with named people or places ("Putin and Kim met at the Vostochny Cosmodrome on
# Wednesday") is checkable too; the model scores such sentences low, as the debates' annotators
# labelled factual but unimportant sentences "No".
KIND_PRIORS = {"role": 0.5, "duration": 0.5, "quantity": 0.35, "quote": 0.5, "temporal": 0.5, "event": 0.0}
# What a hedged sentence says happened is a guess ("Pyongyang probably launched two missiles in
# March"): those kinds get no lift from their prior there; an office or a quote named in it still does.
HEDGED_KINDS = frozenset({"temporal", "quantity", "event"})

# A hedged sentence (verify.hedges) keeps this share of its score: below the default threshold of 0.5
# whatever the model says, so its event claim is listed but not checked, while a quote or an office
# named in it still reaches the threshold through its prior.
HEDGED_SHARE = 0.45
SentenceScorer = Callable[[list[str]], list[float]]
Extractor = Any  # an object with name, kinds, extract(sentence) and optionally prior


def _prior(claim: Claim, sentence: Sentence, hedged: bool) -> float:
    if hedged and claim.kind in HEDGED_KINDS:
        return 0.0
    if hedged and sentence.hedge_reading in (QUESTION, RETRACTED):
        # "Has Medvedev been Russia's president since 2012?" asserts no office either
        return 0.0
    return KIND_PRIORS.get(claim.kind, 0.0)


def _leave_out_time_words(claim: Claim, sentence: Sentence) -> None:
    """An event's words without those that tell a time by another act ("had appeared in St. Peter's
    Square on Easter Sunday, the day before his death" is no record of his death): its slot
    ``telling``, which event checkers match records by."""
    if claim.kind not in ("event", "temporal") or claim.slots.get("telling"):
        return
    tokens = [t for t in sentence.span if claim.start <= sentence.offset + t.idx < claim.end]
    kept = [t for t in tokens if not _tells_a_time_by(t)]
    if len(kept) < len(tokens):
        claim.slots["telling"] = "".join(t.text_with_ws for t in kept).strip()


_TIME_LINKS = frozenset({"before", "after", "ahead", "prior"})


def _tells_a_time_by(token: Token) -> bool:
    """Whether a word is of what a time is counted from: "his death" in "the day before his death"."""
    for above in [token, *token.ancestors]:
        if above.dep_ == "prep" and above.lower_ in _TIME_LINKS and above.head.ent_type_ in ("DATE", "TIME"):
            return True
    return False


def _hedged(claim: Claim, sentence: Sentence) -> bool:
    """Whether the sentence's hedge is over the claim: not over a fact told in passing, in a clause
    about someone or something that leaves the hedged act out ("Kim Jong Un, who has guided the DPRK
    since December 2011, will continue his visit", "They are due to return aboard Crew-9, which
    launched on September 28 with two astronauts")."""
    if not sentence.hedge:
        return False
    if sentence.hedge_reading == RETRACTED:
        return True  # all of it is what the earlier version said
    tokens = [t for t in sentence.span if claim.start <= sentence.offset + t.idx < claim.end]
    main = main_predicates(sentence.span)
    if any(t.i in main for t in tokens):
        return True
    return not any(_in_relative_clause(t) for t in tokens)


def _in_relative_clause(token: Token) -> bool:
    while token.head.i != token.i:
        if token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False


def read_sentences(
    article: Article, paragraphs: Iterable[Paragraph], terms: ReferenceTerms | None = None
) -> list[Sentence]:
    """The article's sentences in text order, with their dates, people and hedges resolved, and
    what the reference data knows (``DatasetRegistry.terms``): the people it names and its offices."""
    terms = terms or ReferenceTerms()
    known, surnames = _people_index(frozenset(terms.people))
    mentions = Mentions(known=known, known_surnames=surnames)
    office_words = OFFICE_WORDS | terms.office_words
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        for span in paragraph.doc.sents:
            if span.text.strip():
                sentences.append(read_sentence(span, paragraph.offset, article, mentions, office_words))
    return sentences


@lru_cache(maxsize=4)
def _people_index(people: frozenset[str]) -> tuple[dict[str, list[str]], frozenset[str]]:
    # cached: a batch reads every article against the same datasets, and a dataset of 100,000
    # names takes a tenth of a second to index (read only, so articles may share it)
    return known_names(people), known_surnames(people)


def sentence_scores(sentences: list[Sentence], scorer: SentenceScorer) -> list[float]:
    """Each sentence's check-worthiness on the pipeline's scale; a hedged sentence keeps ``HEDGED_SHARE``."""
    scores = scorer([s.text for s in sentences]) if sentences else []
    return [score * HEDGED_SHARE if s.hedge else score for s, score in zip(sentences, scores, strict=True)]


def extract_claims(
    article: Article,
    paragraphs: Iterable[Paragraph],
    scorer: SentenceScorer | None = None,
    extractors: Iterable[Extractor] = (),
    terms: ReferenceTerms | None = None,
) -> list[Claim]:
    """Every typed claim of the article, in text order, scored for check-worthiness.

    ``extractors`` come from plugins (``register_extractors``) and run on
    every sentence after the built-in ones. ``terms`` is what the reference data knows
    (``DatasetRegistry.terms``): people's names, counted things and office titles.
    """
    terms = terms or ReferenceTerms()
    counted_items = terms.counted_items
    sentences = read_sentences(article, paragraphs, terms)
    scores = sentence_scores(sentences, scorer) if scorer else [0.0] * len(sentences)
    extractors = list(extractors)
    claims: list[Claim] = []
    for sentence, score in zip(sentences, scores, strict=True):
        own = _claims_of(sentence, article, counted_items)
        for claim in own:
            _leave_out_time_words(claim, sentence)
        built = [(claim, _hedged(claim, sentence)) for claim in own]
        found = [(claim, _prior(claim, sentence, hedged), hedged) for claim, hedged in built]
        for extractor in extractors:
            found.extend(
                (claim, float(getattr(extractor, "prior", 0.3)), bool(sentence.hedge))
                for claim in _run_extractor(extractor, sentence)
            )
        for claim, prior, hedged in found:
            claim.checkworthiness = 1 - (1 - score) * (1 - prior)
            claim.slots.setdefault("sentence_checkworthiness", round(score, 4))
            if hedged:
                claim.slots.setdefault("hedge", sentence.hedge)
                claim.slots.setdefault("hedge_reading", sentence.hedge_reading)
            claims.append(claim)
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def _same_dates(one: Claim, other: Claim) -> bool:
    return one.slots.get("start") is not None and (one.slots["start"], one.slots["end"]) == (
        other.slots.get("start"),
        other.slots.get("end"),
    )


# entity types that do not name who or what took part
UNNAMING_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


def _names_outside(sentence: Sentence, clause: Claim) -> bool:
    """Whether the sentence names someone or something outside ``clause``: "The two men last met in
    2019, when Kim travelled to Vladivostok" does, "Relations soured in 2022, when Russia invaded
    Ukraine" does not."""
    for token in sentence.span:
        at = sentence.offset + token.idx
        if clause.start <= at < clause.end:
            continue
        if token.i in sentence.found_groups or token.i in sentence.found_people:
            return True
        if (token.pos_ == "PROPN" or token.ent_type_) and token.ent_type_ not in UNNAMING_ENTITIES:
            return True
    return False


def _run_extractor(extractor: Extractor, sentence: Sentence) -> list[Claim]:
    try:
        claims = list(extractor.extract(sentence) or [])
        for claim in claims:
            if not isinstance(claim, Claim):
                raise TypeError(f"returned {type(claim).__name__}, expected verify.Claim")
    except Exception as error:  # a plugin's failure costs its own claims, not the run
        name = getattr(extractor, "name", extractor)
        warnings.warn(f"extractor {name!r} failed on a sentence: {type(error).__name__}: {error}", stacklevel=2)
        return []
    return claims


def _counted_apart(sentence: Sentence, counts: list[Claim]) -> bool:
    """Whether every count hangs on a verb other than the sentence's own act: "Trump defeated Harris
    on November 5, winning 312 electoral votes" tells who won besides the count."""
    root = sentence.span.root
    if root.pos_ != "VERB" or root.lemma_.lower() in SPEECH_VERBS:
        return False
    # (a count told after another with its thing left out, "against 82 for Alahapperuma", is as apart
    # as the one it follows)
    return all(
        count.slots.get("verb") not in (None, root.lemma_.lower()) or _counted_by_the_way(sentence, count, root)
        for count in counts
        if not count.slots.get("item_told_before")
    )


# prepositions that tell a count as the way an act was done, not as what was done: "elected him with
# 487 votes", "passed the bill by 84 votes to 30"
_WAY_PREPOSITIONS = frozenset({"with", "by"})


def _counted_by_the_way(sentence: Sentence, count: Claim, verb: Token) -> bool:
    """Whether a count tells how ``verb``'s act was done, after "with" or "by": "The National
    Assembly elected Vo Van Thuong president on March 2, 2023, with 487 votes" tells an election
    besides its votes."""
    for token in sentence.span:
        if not count.start <= sentence.offset + token.idx < count.end or token.dep_ != "pobj":
            continue
        if token.head.lower_ not in _WAY_PREPOSITIONS or token.head.head.i != verb.i:
            continue
        counted = any(child.dep_ == "nummod" for child in token.children)
        # "by 84 votes to 30" is a tally; "raised rates by 25 basis points" the size of the act itself
        tally = token.head.lower_ == "with" or any(
            sibling.lower_ == "to" and sibling.dep_ == "prep" for sibling in token.head.head.children
        )
        if counted and tally:
            return True
    return False


def _claims_of(sentence: Sentence, article: Article, counted_items: frozenset[str] | None = None) -> list[Claim]:
    """The built-in claims of a sentence. A count no dataset counts (``counted_items``; None:
    unknown, every count) leaves the sentence its event: "Russia declared the annexation of four
    Ukrainian regions on September 30, 2022" is checked as a dated event."""
    claims: list[Claim] = []
    duration = duration_claim(sentence, article)
    joined_spans = joined_duration_claims(sentence, article, duration) if duration is not None else []
    duration = duration or lasting_claim(sentence, article) or ordinal_span_claim(sentence, article)
    age = age_span_claim(sentence, article) if duration is None else None
    if age is not None and aged_is_told_of(age, sentence):
        # "Putin's 18-month war has left him searching for allies": as an event, only that the war is
        duration, age = age, None
    if duration:
        claims.append(duration)
    claims.extend(joined_spans)
    if age:
        # "Kim pledged support for Russia's 18-month war": the pledge is an act of its own
        claims.append(age)
    roles = (
        role_claims(sentence, article) + succession_claims(sentence, article) + office_change_claims(sentence, article)
    )
    claims.extend(roles)
    claims.extend(quote_claims(sentence))
    quantities = quantity_claims(sentence, article, skip=duration, counted_items=counted_items)
    claims.extend(quantities)
    checkable = [q for q in quantities if counted_items is None or item_head(q.slots["item"]) in counted_items]
    if (
        duration is not None
        and duration.slots.get("reference_expression")
        and not duration.slots.get("reference_told_before")
        and not checkable
    ):
        # "Artemis I lifted off on Wednesday, more than 50 years after astronauts last walked on the
        # Moon": the sentence dates an act of its own besides the span it counts
        beside = event_beside(sentence, article, duration, *joined_spans)
        # "Faye took office on 2 April 2024, nine days after the vote": the role claim dates the term
        begun = {(r.slots["date"], r.slots["date_end"]) for r in roles if r.slots.get("office_change") == "start"}
        if beside is not None and (beside.slots["start"], beside.slots["end"]) not in begun:
            claims.append(beside)
    anchor = dated_anchor_claim(sentence, duration) if duration is not None else None
    if anchor is not None:
        claims.append(anchor)
    # "... and eight months after the company released GPT-4 on March 14, 2023": that date too
    claims.extend(found for joined in joined_spans if (found := dated_anchor_claim(sentence, joined)) is not None)
    if not duration and (not checkable or _counted_apart(sentence, checkable)):
        happening = event_claim(sentence, article)
        # "Starmer became Prime Minister in 2023", "Cook, Apple's chief executive since 2011, spoke":
        # the date is a term's, which the role claim checks; as an event's it would find no record
        terms_begun = {
            (r.slots["date"], r.slots["date_end"])
            for r in roles
            if r.slots.get("tense") in ("start", "since", "term") and r.slots.get("office_noun") != "term"
        }
        # "Yoon, who took office in May 2022": the role claim tells that too
        # (not "Costa, who resigned on November 7" beside another's change of office: a bare
        # resignation is no role claim's)
        changes_told = (
            OFFICE_CHANGE_VERBS if any(r.slots.get("resigned") for r in roles) else OFFICE_CHANGE_VERBS - RESIGNING
        )
        # (a term begun is an act of its own too: "Xi Jinping began a third term as president on March 10"
        # is the day the congress elected him)
        changes_told -= BEGINNING
        told_by_roles = (
            ROLE_VERBS
            | SUCCESSION_VERBS
            | (changes_told if any(r.slots.get("office_change") for r in roles) else frozenset())
        )
        dated_clauses = clause_event_claims(sentence)
        # (a clause of others' doing dated as a term began is its own act: "Syrskyi has been
        # commander-in-chief since February 8, when Zelenskyy dismissed Zaluzhnyi")
        role_people = {r.slots.get("person") for r in roles if r.slots.get("tense") in ("start", "since", "term")}
        clauses = [
            c
            for c in dated_clauses
            if (
                (c.slots["start"], c.slots["end"]) not in terms_begun
                or set(c.slots.get("participants") or []) - role_people
            )
            # "Sunak, who served as prime minister from 2022 to 2024": the role claim tells it
            and not (
                set(c.slots["predicates"]) <= told_by_roles and any(r.start < c.end and c.start < r.end for r in roles)
            )
        ]
        if happening is not None and (
            # "Kim, who took power in 2011, met Putin": the date is the clause's, which has its own claim
            (dated_clauses and str(happening.slots.get("dated_thing")).startswith("clause"))
            # "Relations soured in February 2022, when Russia invaded Ukraine": the clause tells what
            # happened then
            or any(_same_dates(c, happening) and not _names_outside(sentence, c) for c in dated_clauses)
            # "Sunak served as prime minister in 2023": the role claim tells it all
            or (roles and set(happening.slots["predicates"]) <= told_by_roles)
            or (happening.slots.get("start"), happening.slots.get("end")) in terms_begun
        ):
            happening = None
        conjuncts = conjunct_event_claims(sentence)
        if happening is not None:
            # "Putin met Xi in March, and on Wednesday he welcomed Kim": the second act is its own
            # claim's; so is what "Putin, who hosted Xi in Moscow in March," did
            # and "having beaten Solih in a runoff" was done before the act the sentence dates
            # (unless the date the claim has is the participle's: "McCarthy had held the gavel for less
            # than nine months, having won it on January 7")
            dated_at = str(happening.slots.get("expression") or "")
            earlier = [(a, b) for a, b in earlier_acts(sentence) if not dated_at or dated_at not in article.text[a:b]]
            told_elsewhere = [(c.start, c.end) for c in conjuncts] + relative_clauses(sentence, dated_clauses) + earlier
            if told_elsewhere:
                told_outside(happening, sentence, told_elsewhere)
            claims.append(happening)
        claims.extend(clauses)
        claims.extend(conjuncts)
    return claims
