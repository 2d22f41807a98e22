"""``role`` claims: a person named with an office ("Russian President Vladimir Putin", "Xi Jinping,
China's president", "Li Qiang is China's premier")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from verify.extract.grammar import (
    claim_between,
    clean_name,
    date_after,
    date_explained,
    date_on_verb,
    dates_and_heads,
    denial_of,
    place_name,
    sentence_date,
    span_text,
    tells_the_past,
)
from verify.extract.quotes import quotations
from verify.models import Article, Claim
from verify.timeexpr import (
    MONTHS_PER_UNIT,
    NEWS_DAYS,
    Amount,
    DateRange,
    durations_in,
    parse_duration,
    resolve_date,
    to_months,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from verify.extract.sentence import Sentence
    from verify.timeexpr import DateRange


OFFICE_WORDS = frozenset(
    """president vice-president vice premier prime minister chancellor leader supreme chairman chairwoman chair
    secretary general king queen emperor prince monarch governor mayor senator ambassador spokesman spokeswoman
    spokesperson commander chief director head minister foreign defence defense pope ayatollah sultan emir
    dictator speaker representative congressman congresswoman justice judge attorney marshal admiral
    ceo cfo coo cto executive chairperson coach manager captain administrator commissioner treasurer
    superintendent archbishop bishop patriarch cardinal""".split()
)

# Words that turn an office into another one ("Deputy Prime Minister") or into
# no office at all ("opposition leader"); kept in the title so checkers see them.
TITLE_QUALIFIERS = frozenset(
    """deputy vice assistant adviser advisor aide envoy spokesman spokeswoman spokesperson opposition candidate
    nominee elect shadow hopeful challenger rival undersecretary incoming designate presumptive future acting
    interim""".split()
)
# "Supreme Leader of the Democratic People's Republic of Korea (DPRK)" is 13 tokens
TITLE_MAX_TOKENS = 16
TITLE_GLUE = frozenset({"of", "the", "(", ")", "’s", "'s", "and", "-", "for", "state", "affairs"})
TITLE_STOP_WORDS = frozenset({"arguably", "most", "who", "which", "that", "with", "as", "by", "to"})
PAST_MARKERS = ("former", "formerly", "ex", "late", "then", "onetime", "erstwhile")


def role_claims(sentence: Sentence, article: Article) -> list[Claim]:
    claims = []
    sentence_when = sentence_date(sentence)
    if any(found is sentence_when and head.lower_ == "since" for found, head in dates_and_heads(sentence)):
        # "Apple CEO Tim Cook has led the company since 2011": "since" bounds what he did, and the
        # title is what he is when the article is written
        sentence_when = None
    offices = sentence.office_words
    # 'Gaetz said that "Chaos is Speaker McCarthy."': a title in quoted words is the speaker's, of their day
    quoted = [range(match.start(), match.end()) for match, _, _ in quotations(sentence)]
    doc = sentence.span.doc
    named_ents = [ent for ent in sentence.span.ents if ent.label_ == "PERSON"]
    # "He had been president since November 2019": the one the pronoun stands for
    pronouns = [
        doc[t.i : t.i + 1]
        for t in sentence.span
        if t.pos_ == "PRON" and t.dep_ in ("nsubj", "nsubjpass") and t.i in sentence.found_people
    ]
    for ent in [*named_ents, *pronouns]:
        if any(ent.start_char - sentence.span.start_char in words for words in quoted):
            continue
        person = sentence.found_people.get(ent.start) or clean_name(ent.text)
        forms: list[tuple[list[Token], Token | None, Token | None]] = []
        pronoun = ent.root.pos_ == "PRON"
        named = (
            None
            if pronoun
            else title_before(ent, offices) or _title_after(ent, offices) or _title_as_head(ent, offices)
        )
        if named:
            forms.append((named, None, None))
        # "Former House Speaker Nancy Pelosi, who was Speaker from 2019 to 2023,": the clause's term too
        # ("President Steinmeier has been Germany's president since 2012": the predicate's own date)
        forms.extend(
            (tokens, copula, None)
            for tokens, copula in _titles_as_predicate(ent, offices)
            if not named or copula.dep_ == "relcl" or since_date(sentence, copula) or date_on_verb(sentence, copula)
        )
        # "Prime Minister Rishi Sunak, who became prime minister in October 2022": two claims
        taken, starter = title_taken(ent, offices)
        if taken and not any(t in tokens for tokens, _, _ in forms for t in taken):
            forms.append((taken, None, starter))
        for tokens, copula, starter in forms:
            # "Putin has been president since 2012 and was prime minister from 2008 to 2012": each
            # verb has its own date
            when = date_on_verb(sentence, copula) if copula is not None and _coordinated(copula) else sentence_when
            if copula is None and starter is None and _ahead(when, article):
                # "President Biden's administration plans to end the emergency on May 11": a title
                # before a name is what the person is as the article is written, whatever the plan
                when = None
            claim = _role_claim(sentence, article, ent, person, tokens, copula, starter, when)
            if claim is not None:
                if pronoun:
                    claim.slots["person_from_pronoun"] = True
                claims.append(claim)
    return claims


def _story_slots(sentence: Sentence, article: Article) -> dict[str, str]:
    """The date of the thing a sentence tells of as its subject, told by an earlier sentence, when
    the sentence itself tells an undated past act ("The crash killed Raisi and Foreign Minister
    Hossein Amir-Abdollahian", after a sentence that told of the crash on 19 May): the title may be
    of then, not of the article's day."""
    root = sentence.span.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if (
        not tells_the_past(root)
        or article.published is None
        or subject is None
        or subject.pos_ != "NOUN"
        or not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in subject.children)
    ):
        return {}
    story = sentence.told_of(subject, strict=True)
    if story is None or (article.published - story.end).days <= NEWS_DAYS:
        return {}
    return {"story_date": story.start.isoformat(), "story_date_end": story.end.isoformat()}


# the words that open a clause a span counts from or to: "two months after then-President X resigned"
_COUNTING_MARKS = frozenset({"after", "before", "since", "until"})


def _counting_mark(token: Token) -> Token | None:
    """The "after" (or "before", "since", "until") that opens the clause ``token`` stands in."""
    for verb in (a for a in token.ancestors if a.pos_ in ("VERB", "AUX")):
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in _COUNTING_MARKS), None)
        if mark is not None:
            return mark
        if verb.head.lower_ in _COUNTING_MARKS and verb.dep_ == "pcomp":
            return verb.head
    return None


def _counted_back(sentence: Sentence, mark: Token, when: DateRange) -> DateRange:
    """The days a clause after "after" tells of: the span told just before it, counted back from
    ``when`` ("two months after": about two months before), or any day before ``when``."""
    before = sentence.text[: mark.idx - sentence.span.start_char].rstrip()
    spans = [(amount, found) for amount, found in durations_in(before) if found.end() == len(before)]
    if mark.lower_ != "after" or not spans or spans[-1][0].unit not in MONTHS_PER_UNIT:
        return DateRange(dt.date.min, when.end, when.expression, "day")
    amount = spans[-1][0]
    days = to_months(amount).value * 365.2425 / 12
    spare = dt.timedelta(days=max(7.0, days / 4))
    day = when.start - dt.timedelta(days=days)
    return DateRange(day - spare, min(day + spare, when.end), when.expression, "day")


def _ahead(when: DateRange | None, article: Article) -> bool:
    return when is not None and article.published is not None and when.start > article.published


def _role_claim(
    sentence: Sentence,
    article: Article,
    ent: Span,
    person: str,
    tokens: list[Token],
    copula: Token | None,
    starter: Token | None,
    when: DateRange | None,
) -> Claim | None:
    """The claim that ``person`` (``ent``) holds the office ``tokens`` name; ``copula`` is the verb
    of "Li Qiang is premier", ``starter`` that of "became president"."""
    title = span_text(tokens)
    words = {t.lower_ for t in tokens}
    if not words & sentence.office_words:
        return None
    if "then" in words or title.lower().startswith("then-"):
        # "Soldiers detained Gabon's then-president, Ali Bongo, on August 30, 2023": the office as
        # it was on the day the sentence tells; with no such day, nothing to check it on
        if when is None or copula is not None or starter is not None:
            return None
        words -= {"then"}
        title = re.sub(r"\b[Tt]hen[- ]", "", title)
        if (mark := _counting_mark(tokens[0])) is not None:
            # "sworn in on May 22, two months after then-President Thuong resigned": the office as it
            # was at what the span counts from, the span before the day told (with a quarter of it to
            # spare), or some time before it when no span is told
            when = _counted_back(sentence, mark, when)
    tense = "past" if any(w in words for w in PAST_MARKERS) else "present"
    if tense == "present" and copula is None and starter is None and _at_an_end(ent.root, dated=when is not None):
        # "on the death of President Roosevelt": the office he held when he died, which no one holds
        # as the article is written ("Premier Li Keqiang died on October 27, 2023": held that day)
        tense = "past"
    if tense == "past" and copula is None and starter is None:
        # "Former Prime Minister Theresa May led the country from 2016 to 2019": former as the
        # article is written, not in the years the sentence tells of ("then-" says that)
        when = None
    # "is not president", "did not become president", "It is not true that Xi became president"
    verb = copula if copula is not None else starter
    denied = denial_of(verb) if verb is not None else None
    if copula is not None and _no_longer(copula):
        tense = "past"  # "Medvedev is no longer president": as "former", held it before and not now
    if copula is not None and copula.dep_ == "relcl":
        # "Sunak, who served as prime minister, spoke on Monday": Monday dates the speaking
        when = date_on_verb(sentence, copula)
    if copula is not None and (explained := date_explained(sentence, copula)) is not None:
        # "Malmö hosted the contest in May, when Magdalena Andersson was Sweden's prime minister"
        when = explained
    perfect = copula is not None and any(c.dep_ == "aux" and c.lemma_ == "have" for c in copula.children)
    if copula is not None and (copula.tag_ == "VBD" or perfect) and not when:
        # "Medvedev was the president of Russia", "Putin has been prime minister" (twice): at some
        # time before the article; "since" or "for" below makes it a term still running
        tense = "ever"
    title_word = next((c for c in copula.children if c.dep_ in ("attr", "oprd")), None) if copula is not None else None
    if copula is not None and (
        since := since_date(sentence, copula) or began_ago(sentence, copula, also_on=title_word)
    ):
        # "Macron has been president since 2017" (or "for seven years"): the term began then and
        # still runs; "Sunak had been prime minister since October 2022": it began then, and ran
        # up to some time the article tells of
        when, tense = since, ("start" if _past_perfect(copula) else "since")
    as_of = article.published
    if copula is None and starter is None and (given := _appositive_term(sentence, tokens)):
        when, tense = given
        if tense == "since":
            # "Ali Bongo, Gabon's president since 2009, was overthrown on 30 August 2023": president
            # up to the day the sentence tells, not the article's
            told = next((found for found, head in dates_and_heads(sentence) if head.lower_ != "since"), None)
            # (a time told before the term began is of something else: "Guterres, the UN's
            # secretary-general since 2017, was Portugal's prime minister between 1995 and 2002")
            if told is not None and as_of is not None and when.start <= told.end < as_of:
                as_of = told.end
    if copula is not None and tense != "past" and when is not None and when.opening and when.closing:
        # "May was prime minister from 2016 to 2019": a term that began and ended then
        tense = "term"
    ended = date_after(sentence, copula, UNTIL_WORDS) if copula is not None and tense != "past" else None
    if ended is not None:
        # "Medvedev was president until 2012": a term of that office ended then
        when, tense = ended, "end"
    if starter is not None:
        # "who became president in 2000": the term began then; with no date, at some time before
        when = date_on_verb(sentence, starter)
        # a holder who stays in office is sworn in again: "sworn" is a term begun or renewed then
        tense = ("sworn" if starter.lemma_.lower() in RENEWING_VERBS else "start") if when else "ever"
    doc = ent.doc
    start_char = min(tokens[0].idx, ent.start_char)
    end_char = max(tokens[-1].idx + len(tokens[-1].text), ent.end_char)
    countries = [
        place_name(e)
        for e in doc.ents
        if e.label_ in ("GPE", "NORP", "ORG", "LOC") and e.start >= tokens[0].i and e.end <= tokens[-1].i + 1
    ]
    slots = {
        "person": person,
        "person_as_written": clean_name(ent.text),
        "title": re.sub(r"^(?:the|a|an)\s+", "", title, flags=re.IGNORECASE),
        "countries": countries,
        "tense": tense,
        "date": when.start.isoformat() if when else (article.published.isoformat() if article.published else None),
        "date_end": when.end.isoformat() if when else None,
        "date_source": "sentence" if when else "published",
        "as_of": as_of.isoformat() if as_of else None,
        "negated": denied,
    }
    if tense == "term" and when is not None:
        slots |= when.ends_to_slots()
    if starter is not None and starter.lemma_.lower() in ANNOUNCING_VERBS and when:
        # "Boeing named Ortberg as its next chief executive in July", "Tuchel was appointed England
        # head coach on October 16" (from 1 January): the naming may come first
        slots["announced"] = True
    if copula is None and starter is None and ent.root.head.lemma_.lower() in WINNING_OFFICE_VERBS:
        # "President Javier Milei was elected on November 19": the title the day told gave him
        slots["won_office"] = True
    if when is None and tense == "present" and copula is None and starter is None:
        slots.update(_story_slots(sentence, article))
    if tense == "end":
        # checked as a leaving of the office named ("stepped down as president in 2012")
        slots |= {"office_change": "end", "office_noun": "office"}
    length = held_for(copula) if copula is not None and tense in ("ever", "present", "past") else None
    if length is not None:
        # "Barnier served as prime minister for three months": how long a term lasted
        amount, words, by_then = length
        slots["held_for"] = amount.to_slots()
        if by_then:
            slots["held_for_by_then"] = True
        end_char = max(end_char, words[-1].idx + len(words[-1].text))
    return claim_between("role", sentence, sentence.offset + start_char, sentence.offset + end_char, slots)


# what ends a life, after whose "of" a title is the one held until then
_ENDS = frozenset({"death", "funeral", "assassination", "killing", "murder", "burial"})


# verbs of dying and of killing: whoever dies or is killed held their titles until then; and of
# removal from office ("after Congress removed President Pedro Castillo"), which ends the title
_DYING = frozenset(
    {"die", "kill", "assassinate", "murder", "execute", "slay", "remove", "oust", "depose", "topple", "overthrow"}
)


def _at_an_end(name: Token, dated: bool = False) -> bool:
    """Whether ``name`` is of the one whose death (funeral, assassination) or removal the sentence
    names: "the death of President Roosevelt", "President Ebrahim Raisi died", "Hezbollah's leader,
    Hassan Nasrallah, was killed", "Israel killed Hamas leader Yahya Sinwar", "Congress removed
    President Pedro Castillo". A verb the sentence dates (``dated``) leaves the title to be checked on
    that day: "Premier Li Keqiang died on October 27, 2023", months after he left office."""
    if name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lemma_.lower() in _ENDS:
        return True
    if dated:
        return False
    held = name.head if name.dep_ == "appos" else name
    verb = held.head
    if verb.pos_ != "VERB":
        return False
    dying = verb.lemma_.lower() in _DYING or (
        verb.lemma_.lower() == "shoot" and any(c.lower_ == "dead" for c in verb.children)
    )
    # (the one who dies, or is killed; not the one who kills: "Putin killed ..." is no end of his)
    ends = held.dep_ == "nsubjpass" or held.dep_ == "dobj" or (held.dep_ == "nsubj" and verb.lemma_.lower() == "die")
    return dying and ends


def held_for(copula: Token) -> tuple[Amount, list[Token], bool] | None:
    """How long the past term of "was prime minister for seven months" lasted, with the words
    that say it and whether the length is of some time before its end; None for a term still
    running ("has been president for seven years"). "Had been prime minister for nearly 20 years"
    says how long it had lasted by some time before its end: a length the whole term must have
    reached, and need not have stopped at."""
    have = [c for c in copula.children if c.dep_ == "aux" and c.lemma_ == "have"]
    if any(c.tag_ != "VBD" for c in have):
        return None
    # the parser may hang "for" on the title: "was [prime minister for more than 16 years]"
    titles = [c for c in copula.children if c.dep_ in ("attr", "oprd")]
    for prep in (p for head in (copula, *titles) for p in head.children):
        if prep.dep_ == "prep" and prep.lower_ == "for":
            words = [t for t in prep.subtree if t.i != prep.i]
            parsed = parse_duration(span_text(words)) if words else None
            if parsed is not None and parsed[0].unit not in (None, "item"):
                by_then = bool(have) and parsed[0].op not in (">", ">=") and not _when_it_ended(copula)
                return parsed[0], words, by_then
    return None


# verbs of a term's end: "had been queen for 52 years when she abdicated" tells the whole term
_ENDING_VERBS = frozenset({"abdicate", "resign", "quit", "retire", "die", "leave", "step", "lose", "oust", "remove"})


def _when_it_ended(copula: Token) -> bool:
    """Whether a "when" clause on ``copula`` tells the end of the term: "when she abdicated"."""
    # (the parser may hang the clause on the length: "for [42 years when she abdicated]")
    return any(
        clause.dep_ in ("advcl", "relcl")
        and clause.lemma_.lower() in _ENDING_VERBS
        and any(c.lower_ == "when" and c.dep_ == "advmod" for c in clause.children)
        for clause in copula.subtree
    )


# "was president until 2012": the end of a term
UNTIL_WORDS = frozenset({"until", "till"})


def title_before(ent: Span, offices: frozenset[str]) -> list[Token]:
    """The words of the title before a name: "Interior Minister" in "Interior Minister Ali Yerlikaya"."""
    doc = ent.doc
    tokens: list[Token] = []
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ in ("and", "or", "but"):
        return []  # "Scholz is Germany's chancellor and Keir Starmer": the name begins a clause of its own
    while i >= ent.sent.start:
        token = doc[i]
        lower = token.lower_
        # an acronym is an organisation the small pipeline may tag as a person ("JAXA President")
        acronym = token.text.isupper() and len(token.text) > 1 and token.text.isalpha()
        if (
            (token.ent_type_ == "PERSON" and not acronym)
            or lower in TITLE_STOP_WORDS
            or (token.is_punct and lower not in "()-")
            # "the new Soviet leader and President Ronald Reagan": two people, the title after "and" his
            or (lower == "and" and i > ent.sent.start and _ends_a_title(doc[i - 1], offices))
        ):
            break
        if (
            acronym
            or lower in offices
            or lower in TITLE_QUALIFIERS
            or lower in TITLE_GLUE
            or lower.rstrip(".") in PAST_MARKERS
            or token.ent_type_ in ("GPE", "NORP", "ORG", "LOC")
            or (token.is_title and token.pos_ == "PROPN")
            # "chief technology officer Mira Murati", "finance minister Kwasi Kwarteng"
            or (token.dep_ == "compound" and token.pos_ == "NOUN" and token.head in tokens)
            # "Hamas political leader Ismail Haniyeh"
            or (token.dep_ == "amod" and token.pos_ == "ADJ" and token.head in tokens)
        ):
            tokens.insert(0, token)
            i -= 1
            continue
        break
    while tokens and tokens[0].lower_ in TITLE_GLUE | {"(", ")"} and tokens[0].lower_ != "the":
        tokens.pop(0)
    if tokens and not any(t.lower_ in offices for t in tokens):
        return []
    return tokens


# office words that say what kind of office, not the office: "Foreign and Commonwealth Secretary"
_KINDS_OF_OFFICE = frozenset({"foreign", "defence", "defense", "vice", "prime", "supreme"})


def _ends_a_title(token: Token, offices: frozenset[str]) -> bool:
    return token.lower_ in offices and token.lower_ not in _KINDS_OF_OFFICE


def _title_after(ent: Span, offices: frozenset[str]) -> list[Token]:
    """ "Xi Jinping, China's president," -> the appositive title tokens."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return []
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i > ent.end:
            # "Cook, Apple's chief executive since 2011,": the title without its date
            subtree = [t for t in title_phrase(child) if t.i > ent.end and t.text not in (",",)]
            # an office named by a noun: "his first foreign trip" holds only the adjective of "foreign minister"
            named = any(t.lower_ in offices and t.pos_ in ("NOUN", "PROPN") for t in subtree)
            if subtree and named and len(subtree) <= TITLE_MAX_TOKENS:
                return subtree
    return []


def _appositive_term(sentence: Sentence, tokens: list[Token]) -> tuple[DateRange, str] | None:
    """The term a title in apposition gives itself: "Cook, Apple's chief executive since 2011," (tense
    ``since``) or "Merkel, chancellor from 2005 to 2021," (``term``)."""
    inside = {t.i for t in tokens}
    title = next((t for t in tokens if t.head.i not in inside), None)
    if title is None or title.dep_ != "appos":
        return None
    # ("Xi Jinping, China’s president since 2016, in March": the parser may hang that "since" on the verb)
    title_end = max(t.i for t in title.subtree)
    for found, head in dates_and_heads(sentence):
        if head.lower_ == "since" and head.i == title_end + 1:
            return found, "since"
        if head.head.i != title.i or head.dep_ != "prep":
            continue
        if head.lower_ == "since":
            return found, "since"
        if found.opening and found.closing:
            return found, "term"
    # "Cook, Apple's chief executive for more than 20 years,": a term that began as long ago as that
    began = _as_long_ago(sentence, [title])
    return (began, "since") if began else None


def _title_as_head(ent: Span, offices: frozenset[str]) -> list[Token]:
    """ "Russia's president, Dmitry Medvedev," -> the title the name stands in apposition to;
    also when the parser hangs the name on the title's last word ("The chairman of Toyota, Akio Toyoda")."""
    doc = ent.doc
    root = ent.root
    if ent.start < 2 or doc[ent.start - 1].text != ",":
        return []
    # the parser links the name to the title, or leaves it hanging after a title that ends at the comma
    # ("..., Supreme Leader of the DPRK, Kim Jong-un.")
    head = root.head if root.dep_ == "appos" else doc[ent.start - 2]
    while head.lower_ not in offices and head.dep_ in ("pobj", "prep", "punct", "appos") and head.head.i < head.i:
        head = head.head
    if head.i >= ent.start or head.lower_ not in offices:
        return []
    if root.dep_ != "appos" and head.right_edge.i != ent.start - 2:
        return []
    if root.dep_ != "appos" and head.dep_ in ("oprd", "attr", "acomp", "xcomp"):
        # "After Sharif was elected prime minister, Zardari was elected president": the title ends a
        # clause of its own, whose verb has it for its complement
        return []
    tokens = [t for t in head.subtree if t.i < ent.start - 1]
    return tokens if len(tokens) <= TITLE_MAX_TOKENS else []


def _titles_as_predicate(ent: Span, offices: frozenset[str]) -> list[tuple[list[Token], Token]]:
    """ "Li Qiang is China's premier", "Kim's father, Kim Jong-il, was the Supreme Leader of North
    Korea" -> the title after the copula, and the copula; with more than one when the verb has
    others beside it ("has been president since 2012 and was prime minister before")."""
    subject = ent.root.head if ent.root.dep_ == "appos" else ent.root
    verb = subject.head
    # "Sunak, who served as prime minister, ...", "Kim Jong-il, who was North Korea's leader": the clause's verb
    serving = next((c for c in ent.root.children if c.dep_ == "relcl" and c.lemma_ in ("serve", "be")), None)
    if serving is not None:
        verb = serving
    elif subject.dep_ != "nsubj" or verb.i < ent.start:
        return []
    titles = []
    for copula in [verb, *_conjoined_verbs(verb)]:
        if copula.lemma_ not in ("be", "serve", "remain"):
            continue
        if copula.lemma_ == "serve":  # "Sunak served as prime minister": as "was prime minister"
            attr = next(as_objects(copula), None)
        else:
            attr = next((c for c in copula.children if c.dep_ == "attr" and c.i >= ent.end), None)
        tokens = title_phrase(attr) if attr is not None and attr.lower_ in offices else []
        if tokens:
            titles.append((tokens, copula))
    return titles


def _conjoined_verbs(verb: Token) -> list[Token]:
    """The verbs joined to ``verb`` that share its subject: "was" and "served" in "Putin has been
    president since 2012, was prime minister before, and served ..."."""
    joined = []
    for child in verb.children:
        if (
            child.dep_ == "conj"
            and child.pos_ in ("VERB", "AUX")
            and not any(c.dep_.startswith("nsubj") for c in child.children)
        ):
            joined += [child, *_conjoined_verbs(child)]
    return joined


def _coordinated(verb: Token) -> bool:
    """Whether ``verb`` shares its subject with another verb joined to it."""
    return bool(_conjoined_verbs(verb)) or (verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"))


def as_objects(verb: Token) -> Iterator[Token]:
    """What a verb has "as": "president" in "served as president", "was sworn in as president"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            yield from (pobj for pobj in prep.children if pobj.dep_ == "pobj")


def title_phrase(title: Token) -> list[Token]:
    """The words of the title ``title`` heads ("President of Russia"), without the clauses and
    other phrases hung on it; [] when they are too many or not together."""
    kept = [title]
    doc = title.doc
    for child in title.children:
        # "commander-in-chief", "editor-in-chief": a preposition inside one hyphenated word
        hyphenated = child.i > 1 and doc[child.i - 1].text == "-" and not doc[child.i - 2].whitespace_
        if child.dep_ not in ("relcl", "acl", "advcl", "punct") and (
            child.dep_ != "prep" or child.lower_ == "of" or hyphenated
        ):
            kept.extend(child.subtree)
    # the hyphen of "Director-General", which the parser hangs on the title as punctuation
    first, last = min(t.i for t in kept), max(t.i for t in kept)
    kept.extend(c for c in title.children if c.dep_ == "punct" and c.text in ("-", "–") and first < c.i < last)
    tokens = sorted(kept, key=lambda t: t.i)
    if len(tokens) > TITLE_MAX_TOKENS or tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return []
    return tokens


def since_date(sentence: Sentence, verb: Token) -> DateRange | None:
    """The date of "has been president since 2017" or "has ruled North Korea since 2011": a "since"
    on a verb in the perfect, with the date after it or on what it names ("since his father's death
    in 2011")."""
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None
    return next((found for found, head in dates_and_heads(sentence) if _since_on(head, verb)), None)


def _since_on(head: Token, verb: Token) -> bool:
    """Whether ``head``, the word a date hangs on, is a "since" on ``verb``, or in the phrase of one
    without a verb between."""
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        if head.lower_ == "since" and head.head.i == verb.i:
            return True
        head = head.head
    return False


def _no_longer(verb: Token) -> bool:
    """ "is no longer president", "is no more the leader"."""
    return any(
        c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(g.lower_ == "no" for g in c.children)
        for c in verb.children
    )


def _past_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children)


def began_ago(sentence: Sentence, copula: Token, also_on: Token | None = None) -> DateRange | None:
    """When a term of "has been president for more than seven years" began: as long ago as that
    (with "had been", counted from a time the sentence does not give). The "for" may hang on
    ``also_on`` instead ("has been in power for two decades")."""
    if sentence.published is None or not any(c.dep_ == "aux" and c.lemma_ == "have" for c in copula.children):
        return None
    if _past_perfect(copula):
        return None
    return _as_long_ago(sentence, [copula, *([also_on] if also_on is not None else [])])


def _as_long_ago(sentence: Sentence, heads: list[Token]) -> DateRange | None:
    """As long before the article as the first "for" span on ``heads`` says: "for more than seven
    years" in an article of 2025 is up to 2018."""
    if sentence.published is None:
        return None
    for prep in (p for head in heads for p in head.children):
        if prep.dep_ == "prep" and prep.lower_ == "for":
            span = [t for t in prep.subtree if t.i != prep.i]
            if span and parse_duration(span_text(span)):
                return resolve_date(f"{span_text(span)} ago", sentence.published)
    return None


# Verbs a role claim tells by itself ("Sunak served as prime minister in 2023"): no event besides it.
ROLE_VERBS = frozenset({"be", "serve", "remain"})

# Verbs that give someone an office, and take its title as a complement ("became president",
# "was appointed foreign minister", "was sworn in as president"). "Elected" is not among them:
# an election comes before the term, sometimes a year before.
TAKING_VERBS = frozenset({"become", "appoint", "name", "swear", "install", "inaugurate"})
RENEWING_VERBS = frozenset({"swear", "inaugurate"})
# verbs of making an appointment, which may be made known before it takes effect
# verbs of winning the office a title before the winner's name names
WINNING_OFFICE_VERBS = frozenset({"elect", "win", "beat", "defeat", "choose", "vote", "triumph"})
ANNOUNCING_VERBS = frozenset({"name", "appoint", "nominate", "choose", "pick", "tap", "select", "designate"})


def title_taken(ent: Span, offices: frozenset[str]) -> tuple[list[Token], Token | None]:
    """ "Putin became president in 2000", "Lavrov, who was appointed foreign minister in 2004," ->
    the title taken, and the verb that gives it."""
    root = ent.root
    # "Medvedev was president until 2012 and then became prime minister": a verb joined to another
    verbs = [root.head, *_conjoined_verbs(root.head)] if root.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [c for c in root.children if c.dep_ == "relcl"]
    # "Putin appointed Sergei Shoigu as defence minister in 2012": the office is the object's
    given = root.head if root.dep_ == "dobj" and root.head.lemma_.lower() in TAKING_VERBS - {"become"} else None
    verbs += [given] if given is not None else []
    for verb in verbs:
        if verb.lemma_.lower() not in TAKING_VERBS:
            continue
        # one becomes president, but is appointed: "Putin appointed Lavrov ..." gives Lavrov the office
        passive = root.dep_ == "nsubjpass" if verb is root.head else any(c.dep_ == "nsubjpass" for c in verb.children)
        if verb.lemma_.lower() != "become" and not passive and verb is not given:
            continue
        title = next((c for c in verb.children if c.dep_ in ("attr", "oprd") and c.lower_ in offices), None)
        if title is None:
            title = next((pobj for pobj in as_objects(verb) if pobj.lower_ in offices), None)
        if title is None:
            continue
        tokens = title_phrase(title)
        if tokens:
            return tokens, verb
    return [], None
