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
"""

from __future__ import annotations

import itertools
import re
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from verify.hedges import hedge_cue
from verify.models import Article, Claim
from verify.timeexpr import (
    AGO_RE,
    COMPARATORS,
    MULTIPLIERS,
    PLACING_WORDS_RE,
    SAME_DAY_RE,
    DateRange,
    parse_duration,
    parse_number,
    resolve_date,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from verify.nlp import Paragraph

# A typed claim asserts something checkable even inside an opinionated
# sentence ("arguably the most unstable ..., Supreme Leader Kim Jong-un"
# still asserts who the Supreme Leader is), so each kind lifts the sentence's
# check-worthiness by its prior: score = 1 - (1 - sentence) * (1 - prior).
# A prior of 0.5 reaches the default threshold on its own: who holds an office,
# how long since an event and what a named person said are checkable whatever
# the sentence around them reads like (the sentence model learnt from debates,
# where "he said: ..." mostly introduces rhetoric, not a claim about the words).
KIND_PRIORS = {"role": 0.5, "duration": 0.5, "quantity": 0.35, "quote": 0.5, "temporal": 0.4, "event": 0.0}
# A hedged sentence (verify.hedges) keeps this share of its score: below the default threshold of 0.5
# whatever the model says, so its event claim is listed but not checked, while a quote or an office
# named in it still reaches the threshold through its prior.
HEDGED_SHARE = 0.45

OFFICE_WORDS = frozenset(
    """president vice-president vice premier prime minister chancellor leader supreme chairman chairwoman chair
    secretary general king queen emperor prince monarch governor mayor senator ambassador spokesman spokeswoman
    spokesperson commander chief director head minister foreign defence defense pope ayatollah sultan emir
    dictator speaker representative congressman congresswoman justice judge attorney marshal admiral
    ceo cfo coo cto executive chairperson coach manager captain""".split()
)
# Words that turn an office into another one ("Deputy Prime Minister") or into
# no office at all ("opposition leader"); kept in the title so checkers see them.
TITLE_QUALIFIERS = frozenset(
    """deputy vice assistant adviser advisor aide envoy spokesman spokeswoman spokesperson opposition candidate
    nominee elect shadow hopeful challenger rival undersecretary""".split()
)
TITLE_GLUE = frozenset({"of", "the", "(", ")", "’s", "'s", "and", "-", "for", "state", "affairs"})
TITLE_STOP_WORDS = frozenset({"arguably", "most", "who", "which", "that", "with", "as", "by", "to"})
PAST_MARKERS = ("former", "ex", "late", "then", "onetime", "erstwhile")
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
SPEECH_VERBS = frozenset(
    """say tell vow state add call describe frame accuse warn claim insist declare pledge promise write note chime
    announce assert argue stress urge praise condemn term label dub quote affirm reiterate confirm deny admit
    remark comment reply respond repeat echo voice express""".split()
)
# What someone said, named as a thing: "his promise of “full ... support”", "Kim's words"
SPEECH_NOUNS = frozenset(
    """promise pledge vow call words remark remarks statement warning claim accusation description comment
    message speech assurance threat demand""".split()
)
DIRECTIONS = {
    "east": "east",
    "eastern": "east",
    "eastward": "east",
    "west": "west",
    "western": "west",
    "westward": "west",
    "north": "north",
    "northern": "north",
    "northward": "north",
    "south": "south",
    "southern": "south",
    "southward": "south",
}
DATE_SHIFTS = frozenset({"before", "after", "earlier", "later", "prior"})
COUNT_NOUNS = frozenset({"pair", "couple", "dozen", "dozens"})
QUOTE_RE = re.compile(r"“([^”]{2,400})”|\"([^\"]{2,400})\"")
ANAPHORIC_DETERMINERS = frozenset({"the", "these", "those", "both", "its", "their", "his", "her", "our", "my", "your"})
_COMPARATOR_RE = re.compile(r"(?:" + "|".join(re.escape(w) for w, _ in COMPARATORS) + r")\s*$", re.IGNORECASE)
_OPS = dict(COMPARATORS)

SentenceScorer = Callable[[list[str]], list[float]]


@dataclass
class _Mentions:
    """People named so far, to resolve "he" and a bare surname."""

    full_names: list[str] = field(default_factory=list)
    last_person: str | None = None
    last_subject: str | None = None

    def expand(self, name: str) -> str:
        tokens = name.split()
        if len(tokens) == 1:
            for full in reversed(self.full_names):
                parts = full.replace("-", " ").split()
                if name in parts or name in full.split():
                    return full
        return name

    def see(self, name: str, is_subject: bool) -> str:
        full = self.expand(name)
        if len(full.split()) > 1 and full not in self.full_names:
            self.full_names.append(full)
        self.last_person = full
        if is_subject:
            self.last_subject = full
        return full

    def pronoun(self) -> str | None:
        # A pronoun most often continues the topic: the last person who was a
        # grammatical subject, not merely the last name mentioned.
        return self.last_subject or self.last_person


@dataclass
class Sentence:
    """One sentence as extractors see it (the ``extract(sentence)`` argument)."""

    span: Span
    offset: int  # of the paragraph in the article text
    found_dates: list[tuple[DateRange, int, int]]  # resolved range, char start, char end (article offsets)
    found_people: dict[int, str]  # token index -> resolved full name
    article: Article
    # time expressions that name a season, month, weekday or year but resolve to no dates
    unplaced_times: list[str] = field(default_factory=list)
    # the words that hedge the main proposition ("arguably", "may have backfired"); None if asserted
    hedge: str | None = None

    @property
    def start(self) -> int:
        return self.offset + self.span.start_char

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def text(self) -> str:
        return self.span.text.rstrip()

    @property
    def published(self):
        return self.article.published

    @property
    def dates(self) -> list[DateRange]:
        return [found for found, _, _ in self.found_dates]

    @property
    def people(self) -> list[str]:
        return list(dict.fromkeys(self.found_people[i] for i in sorted(self.found_people)))

    def claim(self, kind: str, start: int, end: int, slots: dict[str, Any] | None = None) -> Claim:
        """A claim over ``text[start:end]`` (offsets relative to this sentence)."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"claim offsets {start}:{end} are outside the sentence (length {len(self.text)})")
        return Claim(
            kind=kind,
            text=self.text[start:end],
            sentence=self.text,
            start=self.start + start,
            end=self.start + end,
            slots=dict(slots or {}),
        )


Extractor = Any  # an object with name, kinds, extract(sentence) and optionally prior


def read_sentences(article: Article, paragraphs: Iterable[Paragraph]) -> list[Sentence]:
    """The article's sentences in text order, with their dates, people and hedges resolved."""
    mentions = _Mentions()
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        for span in paragraph.doc.sents:
            if span.text.strip():
                sentences.append(_read_sentence(span, paragraph.offset, article, mentions))
    return sentences


def sentence_scores(sentences: list[Sentence], scorer: SentenceScorer) -> list[float]:
    """Each sentence's check-worthiness on the pipeline's scale; a hedged sentence keeps ``HEDGED_SHARE``."""
    scores = scorer([s.text for s in sentences]) if sentences else []
    return [score * HEDGED_SHARE if s.hedge else score for s, score in zip(sentences, scores, strict=True)]


def extract_claims(
    article: Article,
    paragraphs: Iterable[Paragraph],
    scorer: SentenceScorer | None = None,
    extractors: Iterable[Extractor] = (),
) -> list[Claim]:
    """Every typed claim of the article, in text order, scored for check-worthiness.

    ``extractors`` come from plugins (``register_extractors``) and run on
    every sentence after the built-in ones.
    """
    sentences = read_sentences(article, paragraphs)
    scores = sentence_scores(sentences, scorer) if scorer else [0.0] * len(sentences)
    extractors = list(extractors)
    claims: list[Claim] = []
    for sentence, score in zip(sentences, scores, strict=True):
        found = [(claim, KIND_PRIORS.get(claim.kind, 0.0)) for claim in _claims_of(sentence, article)]
        for extractor in extractors:
            found.extend(
                (claim, float(getattr(extractor, "prior", 0.3))) for claim in _run_extractor(extractor, sentence)
            )
        for claim, prior in found:
            claim.checkworthiness = 1 - (1 - score) * (1 - prior)
            claim.slots.setdefault("sentence_checkworthiness", round(score, 4))
            if sentence.hedge:
                claim.slots.setdefault("hedge", sentence.hedge)
            claims.append(claim)
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


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


def _read_sentence(span: Span, offset: int, article: Article, mentions: _Mentions) -> Sentence:
    people: dict[int, str] = {}
    persons = {ent.start: ent for ent in span.ents if ent.label_ == "PERSON"}
    for token in span:
        if token.i in people:
            continue
        if token.i in persons:
            ent = persons[token.i]
            name = _clean_name(ent.text)
            if name:
                full = mentions.see(name, ent.root.dep_ in ("nsubj", "nsubjpass"))
                people.update({t.i: full for t in ent})
        elif token.lower_ in PRONOUNS:
            named = _named_later_subject(span, token, persons)
            referent = mentions.expand(named) if named else mentions.pronoun()
            if referent:
                people[token.i] = referent
    dates = []
    unplaced: list[str] = []
    for ent in span.ents:
        if ent.label_ in ("DATE", "TIME"):
            text, end_char = ent.text, ent.end_char
            following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
            if following is not None and following.lower_ in DATE_SHIFTS:
                # spaCy leaves "before" out of "the day before"; without it the date is wrong.
                text, end_char = f"{text} {following.text}", following.idx + len(following.text)
            resolved = resolve_date(text, article.published)
            if resolved:
                dates.append((resolved, offset + ent.start_char, offset + end_char))
            elif PLACING_WORDS_RE.search(text):
                unplaced.append(text)
    # expressions the parser may leave untagged ("to start the day", "a year and a half ago")
    for match in itertools.chain(SAME_DAY_RE.finditer(span.text), AGO_RE.finditer(span.text)):
        start = offset + span.start_char + match.start()
        end = start + len(match.group(0))
        overlapping = [d for d in dates if d[1] < end and start < d[2]]
        # a longer expression wins over the part of it the parser tagged ("half [a year ago]")
        if any(not (start <= s and e <= end and e - s < end - start) for _, s, e in overlapping):
            continue
        resolved = resolve_date(match.group(0), article.published)
        if resolved:
            dates = [d for d in dates if d not in overlapping]
            dates.append((resolved, start, end))
    return Sentence(
        span=span,
        offset=offset,
        found_dates=dates,
        found_people=people,
        article=article,
        unplaced_times=unplaced,
        hedge=hedge_cue(span),
    )


def _named_later_subject(span: Span, pronoun: Token, persons: dict[int, Span]) -> str | None:
    """The person a pronoun in a phrase put before the subject points forward to:
    "In his search for allies, Kim has ..." (his = Kim), "After her speech, Harris left"."""
    subject = next(
        (ent for ent in persons.values() if ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head == span.root),
        None,
    )
    if subject is None or pronoun.i >= subject.start or pronoun.dep_ in ("nsubj", "nsubjpass"):
        return None
    head = pronoun.head
    while head.pos_ not in ("VERB", "AUX") and head.i != head.head.i:
        head = head.head
    return _clean_name(subject.text) if head == span.root else None


def _clean_name(text: str) -> str:
    text = re.sub(r"[’']s$", "", text.strip())
    return " ".join(text.split())


def _claims_of(sentence: Sentence, article: Article) -> list[Claim]:
    claims: list[Claim] = []
    duration = _duration_claim(sentence, article)
    if duration:
        claims.append(duration)
    claims.extend(_role_claims(sentence, article))
    claims.extend(_quote_claims(sentence))
    quantities = _quantity_claims(sentence, article, skip=duration)
    claims.extend(quantities)
    if not duration and not quantities:
        happening = _event_claim(sentence, article)
        if happening:
            claims.append(happening)
    return claims


def _claim(kind: str, sentence: Sentence, start: int, end: int, slots: dict[str, Any]) -> Claim:
    # Offsets are into the article text; Doc.text would rebuild the paragraph's string per claim.
    text = sentence.article.text[start:end]
    return Claim(kind=kind, text=text, sentence=sentence.text, start=start, end=end, slots=slots)


def _participants(sentence: Sentence, tokens: Iterable[Token] | None = None) -> list[str]:
    wanted = None if tokens is None else {t.i for t in tokens}
    names: list[str] = []
    for index, name in sorted(sentence.found_people.items()):
        if (wanted is None or index in wanted) and name not in names:
            names.append(name)
    return names


def _places(span: Span) -> list[str]:
    found: list[str] = []
    for ent in span.ents:
        if ent.label_ in ("GPE", "NORP", "LOC", "FAC") and ent.text not in found:
            found.append(_place_name(ent))
    return found


def _place_name(ent: Span) -> str:
    return _clean_name(re.sub(r"^the\s+", "", ent.text, flags=re.IGNORECASE))


def _agent_and_recipients(sentence: Sentence) -> tuple[str | None, list[str]]:
    """Who does what the main verb says, and to whom: "Putin extended an invitation to Kim" ->
    (Putin, [Kim]). "With" is left out: "talks with Xi" are Xi's as much as the subject's."""
    root = sentence.span.root
    people = sentence.found_people
    doer = _doer_of(root)
    agent = people.get(doer.i) if doer is not None else None
    recipients: list[str] = []
    if root.lemma_.lower() in SHARED_ACTS:
        return agent, recipients
    # in the passive the subject receives it: "Putin was invited by Kim"
    objects = [t for t in root.children if t.dep_ in ("dobj", "dative", "iobj", "nsubjpass")]
    for token in objects + [t for o in objects for t in o.children if t.dep_ == "prep" and t.lower_ == "to"]:
        for candidate in (token, *[c for c in token.children if c.dep_ == "pobj"]):
            if candidate.i in people and people[candidate.i] not in recipients:
                recipients.append(people[candidate.i])
    return agent, recipients


# Verbs of acts two sides share: "had talks with Xi" (which the parser may read as "had ... Xi"),
# "Putin met Kim"; nobody is on the receiving end.
SHARED_ACTS = frozenset({"have", "hold", "meet", "join", "sign", "talk", "speak", "be", "discuss", "negotiate"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "inside"})
# where something counted went or came from: "launched two missiles into the Yellow Sea", "from Sunan"
COURSE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | {"into", "toward", "towards", "off", "over", "from", "across", "onto"}


def _places_after(span: Span, heads: list[Token], prepositions: frozenset[str]) -> list[str]:
    """Places in the prepositional phrases (``prepositions``) of ``heads``: "into the Yellow Sea"."""
    phrases = [
        child for head in heads for child in head.children if child.dep_ == "prep" and child.lower_ in prepositions
    ]
    inside = [
        ent
        for ent in span.ents
        if ent.label_ in ("GPE", "LOC", "FAC") and any(p.left_edge.i <= ent.root.i <= p.right_edge.i for p in phrases)
    ]
    return list(dict.fromkeys(_place_name(ent) for ent in inside))


def _venues(span: Span) -> list[str]:
    """The places a sentence puts what happened at: "talks ... in Beijing", "at the Vostochny Cosmodrome";
    not a place that only names someone ("PRC President Xi") or that something is about."""
    located = [
        ent
        for ent in span.ents
        if ent.label_ in ("GPE", "LOC", "FAC")
        and ent.root.dep_ == "pobj"
        and ent.root.head.lower_ in LOCATIVE_PREPOSITIONS
    ]
    return list(dict.fromkeys(_place_name(ent) for ent in located))


# --- duration -----------------------------------------------------------------


def _duration_claim(sentence: Sentence, article: Article) -> Claim | None:
    text = sentence.span.text
    found = parse_duration(text)
    if not found:
        return None
    amount, match = found
    rest = text[match.end() :]
    since = re.match(r"\s*(?:since|after|from when)\s+(.+)", rest, re.IGNORECASE | re.DOTALL)
    if not since:
        return None
    anchor = re.split(r"[,;:]\s|\.\s*$|\s[–—]\s", since.group(1).strip(), maxsplit=1)[0].strip().rstrip(".")
    base = sentence.offset + sentence.span.start_char
    start = base + match.start()
    anchor_start = base + match.end() + since.start(1)
    end = anchor_start + len(anchor)
    anchor_tokens = [t for t in sentence.span if anchor_start <= sentence.offset + t.idx < end]
    slots = {
        **amount.to_slots(),
        "since": anchor,
        "participants": _participants(sentence, anchor_tokens),
        "reference_date": article.published.isoformat() if article.published else None,
    }
    # "18 months since February 2022", "since the start of the war in February 2022": the date the
    # anchor gives, for when no recorded event matches it
    if anchor_tokens and all(t.ent_type_ == "DATE" or t.lower_ == "the" for t in anchor_tokens):
        anchor_date = resolve_date(anchor, article.published)
    else:
        inside = (d for d, first, last in sentence.found_dates if anchor_start <= first and last <= end)
        anchor_date = next(inside, None)
    if anchor_date:
        slots.update(
            since_date=anchor_date.expression,
            since_start=anchor_date.start.isoformat(),
            since_end=anchor_date.end.isoformat(),
        )
    return _claim("duration", sentence, start, end, slots)


# --- roles ----------------------------------------------------------------------


def _role_claims(sentence: Sentence, article: Article) -> list[Claim]:
    claims = []
    when = _sentence_date(sentence)
    for ent in sentence.span.ents:
        if ent.label_ != "PERSON":
            continue
        person = sentence.found_people.get(ent.start) or _clean_name(ent.text)
        tokens = _title_before(ent) or _title_after(ent) or _title_as_head(ent)
        copula = None
        if not tokens:
            tokens, copula = _title_as_predicate(ent)
        if not tokens:
            continue
        title = _span_text(tokens)
        words = {t.lower_ for t in tokens}
        if not words & OFFICE_WORDS:
            continue
        if title.lower().startswith(("then", "then-")):
            continue
        tense = "past" if any(w in words for w in PAST_MARKERS) else "present"
        denied = _negation(copula) if copula is not None else None
        if copula is not None and copula.tag_ == "VBD" and not when:
            tense = "ever"  # "Medvedev was the president of Russia": at some time before the article
        doc = ent.doc
        start_char = min(tokens[0].idx, ent.start_char)
        end_char = max(tokens[-1].idx + len(tokens[-1].text), ent.end_char)
        countries = [
            _place_name(e)
            for e in doc.ents
            if e.label_ in ("GPE", "NORP", "ORG", "LOC") and e.start >= tokens[0].i and e.end <= tokens[-1].i + 1
        ]
        slots = {
            "person": person,
            "person_as_written": _clean_name(ent.text),
            "title": re.sub(r"^(?:the|a|an)\s+", "", title, flags=re.IGNORECASE),
            "countries": countries,
            "tense": tense,
            "date": when.start.isoformat() if when else (article.published.isoformat() if article.published else None),
            "date_end": when.end.isoformat() if when else None,
            "date_source": "sentence" if when else "published",
            "negated": denied,
        }
        claims.append(_claim("role", sentence, sentence.offset + start_char, sentence.offset + end_char, slots))
    return claims


def _title_before(ent: Span) -> list[Token]:
    doc = ent.doc
    tokens: list[Token] = []
    i = ent.start - 1
    while i >= ent.sent.start:
        token = doc[i]
        lower = token.lower_
        if token.ent_type_ == "PERSON" or lower in TITLE_STOP_WORDS or (token.is_punct and lower not in "()-"):
            break
        if (
            lower in OFFICE_WORDS
            or lower in TITLE_QUALIFIERS
            or lower in TITLE_GLUE
            or lower.rstrip(".") in PAST_MARKERS
            or token.ent_type_ in ("GPE", "NORP", "ORG", "LOC")
            or (token.is_title and token.pos_ == "PROPN")
        ):
            tokens.insert(0, token)
            i -= 1
            continue
        break
    while tokens and tokens[0].lower_ in TITLE_GLUE | {"(", ")"} and tokens[0].lower_ != "the":
        tokens.pop(0)
    if tokens and not any(t.lower_ in OFFICE_WORDS for t in tokens):
        return []
    return tokens


def _title_after(ent: Span) -> list[Token]:
    """ "Xi Jinping, China's president," -> the appositive title tokens."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return []
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i > ent.end:
            subtree = [t for t in child.subtree if t.i > ent.end and t.text not in (",",)]
            if subtree and any(t.lower_ in OFFICE_WORDS for t in subtree) and len(subtree) <= 12:
                return subtree
    return []


def _title_as_head(ent: Span) -> list[Token]:
    """ "Russia's president, Dmitry Medvedev," -> the title the name stands in apposition to;
    also when the parser hangs the name on the title's last word ("The chairman of Toyota, Akio Toyoda")."""
    doc = ent.doc
    root = ent.root
    if ent.start == 0 or doc[ent.start - 1].text != "," or root.dep_ != "appos":
        return []
    head = root.head
    while head.lower_ not in OFFICE_WORDS and head.dep_ in ("pobj", "prep") and head.head.i < head.i:
        head = head.head
    if head.i >= ent.start or head.lower_ not in OFFICE_WORDS:
        return []
    tokens = [t for t in head.subtree if t.i < ent.start - 1]
    return tokens if len(tokens) <= 12 else []


def _title_as_predicate(ent: Span) -> tuple[list[Token], Token | None]:
    """ "Li Qiang is China's premier", "Kim's father, Kim Jong-il, was the Supreme Leader of North
    Korea" -> the title after the copula, and the copula."""
    subject = ent.root.head if ent.root.dep_ == "appos" else ent.root
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < ent.start:
        return [], None
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.i >= ent.end), None)
    if attr is None or attr.lower_ not in OFFICE_WORDS:
        return [], None
    kept = [attr]
    for child in attr.children:
        if child.dep_ not in ("relcl", "acl", "advcl", "punct") and (child.dep_ != "prep" or child.lower_ == "of"):
            kept.extend(child.subtree)
    tokens = sorted(kept, key=lambda t: t.i)
    if len(tokens) > 12 or tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return [], None
    return tokens, verb


def _span_text(tokens: list[Token]) -> str:
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def _sentence_date(sentence: Sentence) -> DateRange | None:
    return sentence.found_dates[0][0] if sentence.found_dates else None


# --- quotes -----------------------------------------------------------------------


def _quote_claims(sentence: Sentence) -> list[Claim]:
    claims = []
    text = sentence.span.text
    base = sentence.offset + sentence.span.start_char
    for match in QUOTE_RE.finditer(text):
        words = match.group(1) or match.group(2)
        inner_start = match.start(1) if match.group(1) else match.start(2)
        quote = words.strip().rstrip(".,;:").strip()
        if len(quote.split()) < 2:
            continue
        token = _token_at(sentence, base + inner_start)
        speaker, verb = _speaker(sentence, token) if token is not None else (None, None)
        date = _sentence_date(sentence)
        slots = {
            "quote": quote,
            "speaker": speaker,
            "date": date.start.isoformat() if date else None,
            "negated": _negation(verb) if verb is not None else None,
        }
        claims.append(_claim("quote", sentence, base + match.start(), base + match.end(), slots))
    return claims


def _token_at(sentence: Sentence, char: int) -> Token | None:
    for token in sentence.span:
        if sentence.offset + token.idx >= char:
            return token
    return None


def _speaker(sentence: Sentence, token: Token) -> tuple[str | None, Token | None]:
    """Who said the words at ``token``, and the speech verb that says so (None for "Kim's promise")."""
    node = token
    while True:
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in SPEECH_VERBS:
            subject = _subject_of(node)
            if subject is not None:
                return _name_of(sentence, subject), node
        if node.pos_ == "NOUN" and node.lemma_.lower() in SPEECH_NOUNS:
            owner = next((c for c in node.children if c.dep_ == "poss"), None)
            if owner is not None and (owner.i in sentence.found_people or owner.ent_type_ in ("PERSON", "ORG", "NORP")):
                return _name_of(sentence, owner), None
        if node.head.i == node.i:
            break
        node = node.head
    return None, None


def _negation(predicate: Token) -> str | None:
    """The word that denies a predicate: "did not launch", "never had", "didn't say"."""
    for child in predicate.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ == "never"):
            return child.text
    return None


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "advcl", "relcl") and verb.head.i != verb.i:
        return _subject_of(verb.head)
    return None


def _doer_of(verb: Token) -> Token | None:
    """Who does what ``verb`` says: its subject, or in the passive the "by" phrase
    ("two missiles were launched by Pyongyang"); a passive without one names nobody."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    subject = _subject_of(verb)
    if subject is not None and subject.dep_ == "nsubjpass":
        return None
    return subject


def _name_of(sentence: Sentence, token: Token) -> str:
    if token.i in sentence.found_people:
        return sentence.found_people[token.i]
    for other in token.subtree:
        if other.i in sentence.found_people and other.ent_type_ == "PERSON":
            return sentence.found_people[other.i]
    words = [t for t in token.subtree if t.dep_ not in ("relcl",)]
    words = [
        t
        for t in words
        if t.i <= token.i or t.dep_ in ("prep", "pobj", "compound", "det", "amod") or t.head.i >= token.i
    ]
    return _clean_name(_span_text(sorted(words, key=lambda t: t.i)))


# --- quantities ---------------------------------------------------------------------


def _quantity_claims(sentence: Sentence, article: Article, skip: Claim | None) -> list[Claim]:
    claims = []
    span = sentence.span
    # the same for every count in the sentence
    date = _sentence_date(sentence)
    direction = next((DIRECTIONS[t.lower_] for t in span if _is_heading(t)), None)
    places = _places(span)
    for token, noun in _counted_nouns(span):
        if token.ent_type_ in ("TIME", "ORDINAL", "PERCENT", "MONEY"):
            continue
        # A number inside a date counts days, months or years ("18 months", "March 2023"); but the
        # parser also swallows a count that follows a year ("In 2023 two missiles"): the noun it
        # counts then lies outside the date.
        if token.ent_type_ == "DATE" and (noun.ent_type_ == "DATE" or _YEAR_RE.fullmatch(token.text)):
            continue
        number = _number_phrase(token)
        value = parse_number(number.text)
        if value is None:
            continue
        start = sentence.offset + number.start_char
        if skip and skip.start <= start < skip.end:
            continue
        left = [t for t in noun.lefts if t.i < token.i] + [t for t in token.lefts]
        if any(t.lower_ in ANAPHORIC_DETERMINERS or t.dep_ == "poss" for t in left):
            continue
        before = sentence.article.text[sentence.offset + max(span.start_char, number.start_char - 30) : start]
        comparator = _COMPARATOR_RE.search(before)
        op = _OPS[comparator.group(0).strip().lower()] if comparator else ("~" if token.lower_ == "couple" else "=")
        # The counted thing is the noun with everything between the number and
        # it: "two short-range ballistic missiles" -> "short-range ballistic missile".
        described = span.doc[max(noun.left_edge.i, token.i + 1) : noun.i].text.lower()
        item = f"{described} {noun.lemma_.lower()}".strip()
        governed = token if token.head.i != token.i and token.dep_ in ("dobj", "nsubjpass", "obj", "attr") else noun
        verb = governed.head if governed.dep_ in ("dobj", "nsubjpass", "obj", "attr") else None
        actor = None
        if verb is not None:
            subject = _doer_of(verb)
            if subject is not None:
                actor = _name_of(sentence, subject)
        first = number.start_char - (len(comparator.group(0)) if comparator else 0)
        last = noun.idx + len(noun.text)
        end_token = noun
        if verb is not None:
            right = [t for t in noun.rights] + [t for t in verb.rights if t.i > noun.i and t.dep_ == "prep"]
            if right:
                end_token = max((t for r in right for t in r.subtree), key=lambda t: t.i)
                last = end_token.idx + len(end_token.text)
        heads = [t for t in (verb, noun) if t is not None]
        denied = _negation(verb) if verb is not None else None
        slots = {
            "op": op,
            "value": value,
            "item": item,
            "venues": _places_after(span, heads, COURSE_PREPOSITIONS),
            "negated": denied,
            "verb": verb.lemma_.lower() if verb is not None else None,
            "actor": actor,
            "date": date.start.isoformat() if date else None,
            "date_end": date.end.isoformat() if date else None,
            "date_expression": date.expression if date else None,
            "direction": direction,
            "places": list(places),
        }
        if verb is not None and verb.i < token.i:
            first = min(first, verb.idx)
            subject = _subject_of(verb)
            if subject is not None and subject.i < verb.i:
                first = min(first, min(t.idx for t in subject.subtree))
        # Whatever the parse, the claim covers its number and its noun (a noun may precede its number).
        first, last = min(first, noun.idx), max(last, token.idx + len(token.text))
        claims.append(_claim("quantity", sentence, sentence.offset + first, sentence.offset + last, slots))
    return claims


# Entities whose direction words are part of a name; a sea or region (LOC) keeps its heading ("the East Sea").
NAMING_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC", "WORK_OF_ART", "EVENT"})


def _is_heading(token: Token) -> bool:
    """A direction word that gives a heading: "eastern coast", "westward", "the East Sea";
    not "North" in "North Korea", "North Korean" or "the North" (a country)."""
    if token.lower_ not in DIRECTIONS or token.ent_type_ in NAMING_ENTITIES:
        return False
    if token.ent_type_ == "LOC":
        place = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        # "the East Sea" is somewhere to the east; "the North" alone is a country or a region
        return place is None or any(t.i != token.i and t.pos_ != "DET" for t in place)
    return not (token.text[:1].isupper() and token.i != token.sent.start)


_YEAR_RE = re.compile(r"(?:1[5-9]|20)\d\d")


def _number_phrase(token: Token) -> Span:
    """The whole number a counting word ends: "1.2 million", "three hundred thousand"."""
    first = token.i
    while first > token.sent.start and token.doc[first].lower_ in MULTIPLIERS and token.doc[first - 1].like_num:
        first -= 1
    return token.doc[first : token.i + 1]


def _counted_nouns(span: Span) -> Iterable[tuple[Token, Token]]:
    """(number, counted noun) pairs: "two missiles", "a pair of missiles", "a dozen people"."""
    for token in span:
        # "two" in "two dozen missiles" is part of the number, not a count of dozens
        if token.dep_ == "nummod" and token.head.pos_ in ("NOUN", "PROPN") and token.head.lower_ not in MULTIPLIERS:
            yield token, token.head
        elif token.lower_ in COUNT_NOUNS and token.pos_ == "NOUN":
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for noun in prep.children:
                        if noun.dep_ == "pobj" and noun.pos_ in ("NOUN", "PROPN") and noun.tag_ in ("NNS", "NNPS"):
                            yield token, noun


# --- temporal and other events ---------------------------------------------------------


def _event_claim(sentence: Sentence, article: Article) -> Claim | None:
    span = sentence.span
    verbs = [t for t in span if t.pos_ == "VERB" and t.lemma_.lower() not in SPEECH_VERBS]
    if not verbs or span.text.rstrip().endswith("?"):
        return None
    participants = _participants(sentence)
    places = _places(span)
    if not participants and len(places) < 1:
        return None
    date = _sentence_date(sentence)
    agent, recipients = _agent_and_recipients(sentence)
    root = span.root
    denied = _negation(root) if root.lemma_.lower() not in SPEECH_VERBS else None
    slots: dict[str, Any] = {
        "participants": participants,
        "negated": denied,
        "agent": agent,
        "recipients": recipients,
        "places": places,
        "venues": _venues(span),
        "predicates": [t.lemma_.lower() for t in verbs],
        "keywords": _keywords(span),
    }
    kind = "event"
    if date:
        kind = "temporal"
        slots.update(date.to_slots())
    elif sentence.unplaced_times:
        # the sentence says when, in words we cannot place: a record at any date must not support it
        slots["unplaced_time"] = sentence.unplaced_times[0]
    return _claim(kind, sentence, sentence.start, sentence.end, slots)


def _keywords(span: Span) -> list[str]:
    """Content words other than names: what the sentence says happened."""
    words = []
    for token in span:
        if token.is_stop or token.is_punct or token.like_num or token.ent_type_ in ("PERSON", "DATE", "TIME"):
            continue
        if token.pos_ in ("NOUN", "VERB", "ADJ", "PROPN"):
            lemma = token.lemma_.lower()
            if lemma not in words:
                words.append(lemma)
    return words
