"""What the parse says about a sentence, for every claim kind: who does what to whom, whether it is
denied, where it happens, and the claim over a stretch of the article."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from verify.models import Claim
from verify.timeexpr import MONTH_NAMES, WEEKDAYS, DateRange

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from verify.extract.sentence import Sentence


SPEECH_VERBS = frozenset(
    """say tell vow state add call describe frame accuse warn claim insist declare pledge promise write note chime
    announce assert argue stress urge praise condemn term label dub quote affirm reiterate confirm deny admit
    remark comment reply respond repeat echo voice express invoke""".split()
)
# Verbs that give words to whoever does them, though they tell an act of their own too ("Putin
# spoke with Xi" is a meeting): "Putin spoke of “a very good logistics triangle”" quotes Putin.
QUOTING_VERBS = SPEECH_VERBS | frozenset(
    """speak talk refer mention hail decry denounce cite recall boast report recount characterize
    characterise predict ask exclaim shout tweet proclaim signal""".split()
)

# Verbs of acts two sides share: "had talks with Xi" (which the parser may read as "had ... Xi"),
# "Putin met Kim"; nobody is on the receiving end.
SHARED_ACTS = frozenset({"have", "hold", "meet", "join", "sign", "talk", "speak", "be", "discuss", "negotiate"})
# Verbs that tell a visit from the host's side: in "Xi hosted Putin" the visit is Putin's doing, and
# Xi is on its receiving end.
HOSTING_ACTS = frozenset({"host", "welcome", "receive", "greet"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "inside"})

# where something counted went or came from: "launched two missiles into the Yellow Sea", "from Sunan"
# nouns whose place is where the act happened, even in the subject: "The meeting site, Moscow,", "the
# venue was Moscow"
VENUE_NOUNS = frozenset({"site", "venue", "location", "setting", "backdrop"})

COURSE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | {"into", "toward", "towards", "off", "over", "from", "across", "onto"}


def clean_name(text: str) -> str:
    text = re.sub(r"[’']s$", "", text.strip())
    return " ".join(text.split())


def span_text(tokens: list[Token]) -> str:
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def claim_between(kind: str, sentence: Sentence, start: int, end: int, slots: dict[str, Any]) -> Claim:
    # Offsets are into the article text; Doc.text would rebuild the paragraph's string per claim.
    text = sentence.article.text[start:end]
    return Claim(kind=kind, text=text, sentence=sentence.text, start=start, end=end, slots=slots)


def sentence_date(sentence: Sentence) -> DateRange | None:
    """The sentence's first date, leaving out one that dates a clause about someone: in "Microsoft
    CEO Satya Nadella, who joined Microsoft in 1992, spoke", 1992 is not when he was CEO; nor "became
    prime minister after the November 19 general election" the election's."""
    for found, start, end in sentence.found_dates:
        head = date_head(sentence, start, end)
        if head is None or not (
            in_clause_about_someone(head)
            or _since_on_a_noun(head)
            or _of_a_thing_counted_from(head, _COUNTED_FROM_WORDS - {"since"})
        ):
            return found
    return None


def _since_on_a_noun(head: Token) -> bool:
    """ "its first launch since August", "Garland, in office since March 2021,": a "since" that
    bounds what a noun says, not the act."""
    if head.lower_ != "since":
        return False
    over = head.head
    while over.pos_ == "ADP" and over.head.i != over.i:
        over = over.head
    return over.pos_ in ("NOUN", "PROPN")


# nouns a date after "of" still dates the act by: "on the morning of March 3"
_TIME_NOUNS = frozenset({"day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year", "eve"})


def _of_a_thing(head: Token) -> bool:
    """ "whose mini-budget of September 23": a date after "of" dates the thing it follows, not the act."""
    noun = head.head
    return head.lower_ == "of" and noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() not in _TIME_NOUNS


# words a span of time counts from a thing by: "two days after the September 21 election"
_COUNTED_FROM_WORDS = frozenset({"after", "before", "since", "following"})


def _of_a_thing_counted_from(head: Token, words: frozenset[str] = _COUNTED_FROM_WORDS) -> bool:
    """ "sworn in two days after the September 21 election": the date is the election's, which a span
    counts from, not the act's."""
    if head.lower_ in words and head.pos_ == "ADP":
        # (the parser may hang the date on the preposition, beside the thing it dates)
        head = next((c for c in head.children if c.dep_ == "pobj"), head)
        if head.ent_type_ in ("DATE", "TIME"):
            # "after the November 19, 2022 general election", "election" set beside the date
            return any(
                c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() not in _TIME_NOUNS for c in head.children
            )
    return (
        head.pos_ in ("NOUN", "PROPN")
        and head.lemma_.lower() not in _TIME_NOUNS
        and head.dep_ == "pobj"
        and head.head.lower_ in words
    )


def in_clause_about_someone(token: Token) -> bool:
    verb = verb_over(token)
    return verb.dep_ in ("relcl", "acl") and verb.head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def date_tokens(sentence: Sentence, start: int, end: int) -> list[Token]:
    """The tokens of a date the sentence found at article offsets ``start`` to ``end``."""
    return [t for t in sentence.span if start <= sentence.offset + t.idx < end]


def verb_over(token: Token) -> Token:
    """``token`` if it is a verb, else the first verb above it (the root when there is none)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def date_head(sentence: Sentence, start: int, end: int) -> Token | None:
    """The word outside the date at ``start`` to ``end`` that it hangs on ("on" in "on July 12")."""
    tokens = date_tokens(sentence, start, end)
    if len(tokens) > 1 and tokens[0].lower_ == "since":
        tokens = tokens[1:]  # the parser's date entity may take in the "since" it hangs on
    inside = {t.i for t in tokens}
    return next((t.head for t in tokens if t.head.i not in inside), None)


def dates_and_heads(sentence: Sentence) -> Iterator[tuple[DateRange, Token]]:
    """Each date the sentence found, with the word it hangs on."""
    for found, start, end in sentence.found_dates:
        head = date_head(sentence, start, end)
        if head is not None:
            yield found, head


def date_on_verb(sentence: Sentence, verb: Token, *, after_since: bool = True) -> DateRange | None:
    """The first date that hangs on ``verb`` ("fired two missiles on July 12", "who became
    president in 2000"), not on another verb of the sentence; with ``after_since`` false, not one
    after "since", which bounds a span rather than dating the act."""
    return next(
        (
            found
            for found, head in dates_and_heads(sentence)
            if verb_over(head).i == verb.i
            and (after_since or head.lower_ != "since")
            and not _since_on_a_noun(head)
            and not _of_a_thing(head)
            and not _of_a_thing_counted_from(head)
        ),
        None,
    )


def date_after(sentence: Sentence, verb: Token, words: frozenset[str]) -> DateRange | None:
    """The date after one of ``words`` on ``verb`` itself: 2022 in "has fired 100 missiles since
    2022" (``{"since"}``), 2012 in "was president until 2012" (``{"until", "till"}``)."""
    return next(
        (found for found, head in dates_and_heads(sentence) if head.lower_ in words and head.head.i == verb.i),
        None,
    )


def when_clause(token: Token) -> Token | None:
    """The verb of a "when" clause that dates what it tells by ``token``'s date: "met" in "since
    April 2019, when they met in Vladivostok"."""
    return next(
        (
            verb
            for verb in token.children
            if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)
        ),
        None,
    )


def date_explained(sentence: Sentence, verb: Token) -> DateRange | None:
    """The date a "when" clause (its verb ``verb``) explains: December 2011 in "in December 2011,
    when he took power"; "since March 2018, when he took over" where the parser hangs the clause on
    the verb, not the date)."""
    explained = next(
        (
            found
            for found, start, end in sentence.found_dates
            if any(
                (clause := when_clause(t)) is not None and clause.i == verb.i for t in date_tokens(sentence, start, end)
            )
        ),
        None,
    )
    if explained is not None or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return explained
    opening = verb.left_edge
    if opening.lower_ != "when" or opening.i == 0:
        return None
    before = opening.doc[opening.i - 1]
    before = before.doc[before.i - 1] if before.is_punct and before.i > 0 else before
    return next(
        (found for found, start, end in sentence.found_dates if before in date_tokens(sentence, start, end)), None
    )


def named_people(sentence: Sentence, tokens: Iterable[Token] | None = None) -> list[str]:
    """The people the sentence (or ``tokens`` of it) names, "the two leaders" as both of them."""
    wanted = None if tokens is None else {t.i for t in tokens}
    doc = sentence.span.doc
    found = [
        (index, [name])
        for index, name in sentence.found_people.items()
        if not _owner_of_the_named(doc[index], sentence)
    ]
    found += list(sentence.found_groups.items())
    names: list[str] = []
    for index, people in sorted(found):
        for name in people:
            if (wanted is None or index in wanted) and name not in names:
                names.append(name)
    return names


def _owner_of_the_named(token: Token, sentence: Sentence) -> bool:
    """Whether ``token`` is a possessive pronoun of a noun the sentence names someone for: "his" of
    "his predecessor, Michel Barnier" (Barnier is the one told of, not "he")."""
    if token.dep_ != "poss" or token.pos_ != "PRON":
        return False
    return any(c.dep_ == "appos" and c.i in sentence.found_people for c in token.head.children)


def places_in(span: Span) -> list[str]:
    """Every place, nationality and facility the sentence names, once each."""
    return list(dict.fromkeys(place_name(ent) for ent in span.ents if ent.label_ in ("GPE", "NORP", "LOC", "FAC")))


def place_name(ent: Span) -> str:
    return clean_name(re.sub(r"^the\s+", "", ent.text, flags=re.IGNORECASE))


def places_after(span: Span, heads: list[Token], prepositions: frozenset[str]) -> list[str]:
    """Places in the prepositional phrases (``prepositions``) of ``heads``: "into the Yellow Sea"."""
    phrases = [
        child for head in heads for child in head.children if child.dep_ == "prep" and child.lower_ in prepositions
    ]
    inside = [
        ent
        for ent in span.ents
        if ent.label_ in ("GPE", "LOC", "FAC") and any(p.left_edge.i <= ent.root.i <= p.right_edge.i for p in phrases)
    ]
    return list(dict.fromkeys(place_name(ent) for ent in inside))


def venues(span: Span) -> list[str]:
    """The places a sentence puts what happened at: "talks ... in Beijing", "at the Vostochny Cosmodrome";
    not a place that only names someone ("PRC President Xi", "officials in the United States") or
    that something is about."""
    subjects = {t.i for child in span.root.children if child.dep_ in ("nsubj", "nsubjpass") for t in child.subtree}
    located = [
        ent
        for ent in span.ents
        if ent.label_ in ("GPE", "LOC", "FAC")
        and (
            (
                ent.root.dep_ == "pobj"
                and ent.root.head.lower_ in LOCATIVE_PREPOSITIONS
                and (ent.root.i not in subjects or _of_a_venue(ent.root.head))
            )
            or _of_a_venue(ent.root)
        )
    ]
    named = [place_name(ent) for ent in located if not _in_what_it_is_about(ent.root, span.root)]
    return list(dict.fromkeys(named + _untagged_venues(span, subjects)))


# the nouns of places the small pipeline may leave untagged in a name: "the Baikonur Cosmodrome"
PLACE_NOUNS = frozenset(
    """cosmodrome spaceport stadium arena palace airport airbase base square hall cathedral museum embassy
    harbour harbor port station centre center plant shipyard""".split()
)


def _untagged_venues(span: Span, subjects: set[int]) -> list[str]:
    """Places after "at" or "in" that the pipeline tagged as no place, named by their capitalised
    words and a place noun: "met at the Baikonur Cosmodrome"."""
    found = []
    for token in span:
        if token.ent_type_ or token.dep_ != "pobj" or token.i in subjects:
            continue
        if token.head.lower_ not in LOCATIVE_PREPOSITIONS or token.lemma_.lower() not in PLACE_NOUNS:
            continue
        words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        if words and token.text[:1].isupper() and not _in_what_it_is_about(token, span.root):
            found.append(" ".join(t.text for t in [*words, token]))
    return found


# what a place after these is in is what the sentence is about: "disputes over the war in Gaza"
_ABOUT_PREPOSITIONS = frozenset({"over", "about", "regarding", "concerning"})


def _in_what_it_is_about(token: Token, root: Token) -> bool:
    """Whether ``token`` is in what something is about ("ending months of disputes over the war in
    Gaza"), which does not place the act."""
    for ancestor in token.ancestors:
        if ancestor.i == root.i:
            return False
        # (not the place's own preposition: a missile "flew over Japan")
        if ancestor.dep_ == "prep" and ancestor.lower_ in _ABOUT_PREPOSITIONS and ancestor.i != token.head.i:
            return True
    return False


def _of_a_venue(token: Token) -> bool:
    """Whether ``token`` names or places a venue noun: "Moscow" in "The meeting site, Moscow," and
    "the venue was Moscow", "in" in "the meeting site in Moscow"."""
    head = token.head
    if token.dep_ == "attr" and head.lemma_ == "be":
        head = next((c for c in head.children if c.dep_ == "nsubj"), head)
    elif token.dep_ not in ("appos", "prep"):
        return False
    return head.lemma_.lower() in VENUE_NOUNS


def negation(predicate: Token) -> str | None:
    """The word that denies a predicate: "did not launch", "never had", "didn't say", "Neither Putin
    nor Kim attended", "met neither Xi nor Kim"."""
    for child in predicate.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ == "never"):
            return child.text
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and any(
            g.dep_ == "preconj" and g.lower_ == "neither" for g in child.children
        ):
            return "neither"
        # "Niger suffered no coup in 2023", "No coup took place"; not "a no-confidence vote" nor "a no
        # confidence motion"
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and any(
            g.dep_ == "det"
            and g.lower_ == "no"
            and g.whitespace_
            and g.i + 1 < len(g.doc)
            and g.doc[g.i + 1].dep_ != "compound"
            for g in child.children
        ):
            return "no"
    return None


# verbs that deny the act they frame: "failed to meet Xi", "denied meeting Kim", "refused to attend",
# "Seoul disputed that North Korea fired two missiles"
DENYING_VERBS = frozenset({"fail", "deny", "refuse", "dispute"})
UNTRUE_WORDS = frozenset({"true", "correct", "accurate", "case"})


def denial_frame(root: Token) -> str | None:
    """The words of a frame that denies the act it holds: "Putin failed to meet Xi", "Putin denied
    meeting Kim" (his claim, checked as said), "It is not true that Xi visited Moscow"."""
    framed = [c for c in root.children if c.dep_ in ("xcomp", "ccomp", "dobj") and c.pos_ in ("VERB", "AUX")]
    if root.lemma_.lower() in DENYING_VERBS and framed and negation(root) is None:
        return root.text
    said_untrue = any(c.dep_ in ("acomp", "attr") and c.lower_ in UNTRUE_WORDS for c in root.children)
    held = any(c.dep_ == "ccomp" for c in root.children)
    if root.lemma_ == "be" and said_untrue and held and (cue := negation(root)):
        return f"{cue} true"
    return None


def denial_of(verb: Token) -> str | None:
    """The words that deny what ``verb`` tells: its own negation ("is not president"), or a frame
    above it ("It is not true that Putin is president", "Kim denied pledging ...")."""
    return negation(verb) or (denial_frame(verb.head) if verb.head.i != verb.i else None)


def tells_the_past(verb: Token) -> bool:
    """Whether a sentence's main verb tells a past act: "resigned", "was elected"; not "goes on" or
    "has lasted"."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def tells_it_going_on(verb: Token) -> bool:
    """Whether a sentence's main verb tells an act going on as the article is written: "is hosting",
    "has been hosting", "Now, Putin hosts Kim"; not "has hosted" or "hosted"."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    present = [a for a in auxes if a.tag_ in ("VBZ", "VBP")]
    if verb.tag_ == "VBG" and present and all(a.lemma_ in ("be", "have") or a.tag_ == "VBN" for a in auxes):
        return present[0].lemma_ == "be" or any(a.lower_ == "been" for a in auxes)
    now = any(c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children)
    return now and verb.tag_ in ("VBZ", "VBP") and not auxes


def subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "advcl", "relcl") and verb.head.i != verb.i:
        return subject_of(verb.head)
    return _stray_subject(verb)


def _stray_subject(verb: Token) -> Token | None:
    """The name the parser hung elsewhere when an aside came between it and its verb: in "During
    his turn at the microphone, Kim, who took power in 2011, vowed ..." it reads "Kim" as an
    apposition of "microphone" and leaves "vowed" without a subject. The name counts when it, with
    what is said of it, ends right before the verb."""
    before = verb.i - 1
    while before >= verb.sent.start and verb.doc[before].is_punct:
        before -= 1
    if before < verb.sent.start:
        return None
    for token in verb.doc[verb.sent.start : before + 1]:
        end = token.right_edge.i
        while end > token.i and verb.doc[end].is_punct:
            end -= 1
        if (
            token.dep_ == "appos"
            and token.pos_ == "PROPN"
            and end == before
            and verb in token.ancestors
            and token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        ):
            return token
    return None


def doer_of(verb: Token) -> Token | None:
    """Who does what ``verb`` says: its subject, or in the passive the "by" phrase
    ("two missiles were launched by Pyongyang"); a passive without one names nobody."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    subject = subject_of(verb)
    if subject is not None and subject.dep_ == "nsubjpass":
        # "Xi was elected ..., winning 2,952 votes": the one elected won them
        inherited = subject.head.i != verb.i and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj")
        return subject if inherited else None
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        # "North Korea, which fired two missiles on Wednesday": what "which" stands for
        return verb.head
    return subject


def it_stands_for(sentence: Sentence, it: Token) -> str | None:
    """The country or organisation "it" stands for: the last one a subject named before it, in the
    sentence or else in the sentences before ("North Korea has stepped up its tests. It fired two
    missiles on Wednesday")."""
    named = [
        e
        for e in sentence.span.ents
        if e.label_ in ("ORG", "GPE") and e.root.dep_ in ("nsubj", "nsubjpass") and e.end <= it.i
    ]
    return place_name(named[-1]) if named else sentence.realms_before.get("it")


# nouns of a group a person may lead and be named with: "Jacob Zuma's uMkhonto weSizwe party"
GROUP_NOUNS = frozenset({"party", "coalition", "alliance", "movement", "bloc", "front", "league", "faction"})


def name_of(sentence: Sentence, token: Token) -> str:
    if token.i in sentence.found_people:
        return sentence.found_people[token.i]
    # "Geert Wilders's Party for Freedom took 37 seats", "Jacob Zuma's uMkhonto weSizwe party won 58":
    # the party's, named without its leader
    party = (token.pos_ == "PROPN" and token.ent_type_ in ("ORG", "NORP")) or token.lemma_.lower() in GROUP_NOUNS
    owner = {t.i for c in token.children if c.dep_ == "poss" and party for t in c.subtree}
    for other in token.subtree:
        if other.i in sentence.found_people and other.ent_type_ == "PERSON" and other.i not in owner:
            return sentence.found_people[other.i]
    # "Marchand, 22," and "Marchand, who won": the name without what is said of it
    aside = {t.i for c in token.children if c.dep_ in ("relcl", "appos") for t in c.subtree} | owner
    # a clock time glued to the subject ("10:20 GMT - North Korea fired") is no part of the name
    words = [t for t in token.subtree if t.i not in aside and t.dep_ != "relcl" and t.ent_type_ != "TIME"]
    while words and words[-1].is_punct:
        words.pop()
    while words and words[0].is_punct:
        words.pop(0)
    # "On 4 July Labour won": the parser may take a day told before the name as part of it
    told_day = [t for t in words if t.ent_type_ == "DATE" and t.i < token.i]
    if told_day and told_day[0] == words[0] and token.ent_type_ != "DATE" and _names_a_day(told_day):
        words = [t for t in words if t.ent_type_ != "DATE" or t.i > token.i]
    words = [
        t
        for t in words
        if t.i <= token.i or t.dep_ in ("prep", "pobj", "compound", "det", "amod") or t.head.i >= token.i
    ]
    if not words:  # a subject that is all punctuation, in text that is no prose
        return clean_name(token.text)
    return clean_name(span_text(sorted(words, key=lambda t: t.i)))


def _names_a_day(tokens: list[Token]) -> bool:
    """Whether date words name a month or a weekday ("4 July", "Monday"), not only a year ("2019")."""
    return any(t.lower_ in MONTH_NAMES or t.lower_ in WEEKDAYS for t in tokens)


def doer_country(sentence: Sentence) -> str | None:
    """The country doing what the main verb says, when no person is named doing it: "Russia",
    "Russian troops", "Ukraine's forces", or what "it" stands for (an organisation too). None for
    acts done together ("Russia held talks")."""
    root = sentence.span.root
    if root.lemma_.lower() in SHARED_ACTS | HOSTING_ACTS:
        return None
    doer = doer_of(root)
    if doer is None or doer.i in sentence.found_people:
        return None
    if doer.lower_ == "it":  # "North Korea has stepped up its tests. It fired ..."
        return it_stands_for(sentence, doer)
    for token in (doer, *[c for c in doer.children if c.dep_ in ("compound", "amod", "poss", "nmod")]):
        if token.ent_type_ in ("GPE", "NORP"):
            entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
            if entity is not None:
                return place_name(entity)
    return None


def hosted(sentence: Sentence, verb: Token, host: str | None) -> tuple[str | None, list[str]]:
    """(the guest, [the host]) of "Xi hosted Putin": the guest's visit, on the host's receiving end."""
    guest = next(
        (sentence.found_people[c.i] for c in verb.children if c.dep_ == "dobj" and c.i in sentence.found_people),
        None,
    )
    return guest, [host] if host else []


def _person_named(token: Token, people: dict[int, str]) -> str | None:
    """The person ``token`` names, or the one its apposition names: "hosted by the People's Republic
    of China (PRC) President Xi Jinping", which the parser reads as the republic with Xi beside it."""
    if token.i in people:
        return people[token.i]
    return next((people[c.i] for c in token.children if c.dep_ == "appos" and c.i in people), None)


def agent_and_recipients(sentence: Sentence) -> tuple[str | None, list[str]]:
    """Who does what the main verb says, and to whom: "Putin extended an invitation to Kim" ->
    (Putin, [Kim]). "With" is left out: "talks with Xi" are Xi's as much as the subject's."""
    root = sentence.span.root
    people = sentence.found_people
    doer = doer_of(root)
    agent = _person_named(doer, people) if doer is not None else None
    recipients: list[str] = []
    if root.lemma_.lower() in SHARED_ACTS:
        return agent, recipients
    if root.lemma_.lower() in HOSTING_ACTS:
        return hosted(sentence, root, agent)
    # in the passive the subject receives it: "Putin was invited by Kim"
    objects = [t for t in root.children if t.dep_ in ("dobj", "dative", "iobj", "nsubjpass")]
    for token in objects + [t for o in objects for t in o.children if t.dep_ == "prep" and t.lower_ == "to"]:
        for candidate in (token, *[c for c in token.children if c.dep_ == "pobj"]):
            if candidate.i in people and people[candidate.i] not in recipients:
                recipients.append(people[candidate.i])
    return agent, recipients


def organisation_roles(sentence: Sentence) -> tuple[str | None, list[str]]:
    """The organisation doing what the main verb says and those it is done to, as
    ``agent_and_recipients`` finds people: "Credit Suisse agreed to buy UBS" -> (Credit Suisse,
    [UBS]); "Credit Suisse was taken over by UBS" -> (UBS, [Credit Suisse]); "Microsoft completed
    its acquisition of Activision" -> (Microsoft, [Activision]). People and countries are not
    organisations here: the people's and countries' own checks read them."""
    root = sentence.span.root
    if root.lemma_.lower() in SHARED_ACTS | HOSTING_ACTS:
        return None, []
    doer = doer_of(root)
    agent = _organisation(sentence, doer) if doer is not None else None
    # the act may sit in a verb the main one governs: "agreed to buy UBS", "moved to acquire it"
    verbs = [root, *[t for t in root.subtree if t.dep_ == "xcomp" and t.pos_ == "VERB"]]
    objects = [t for verb in verbs for t in verb.children if t.dep_ in ("dobj", "dative", "nsubjpass")]
    # "its acquisition of Activision": the doer's own act, done to what follows "of"
    owned = [
        o
        for o in objects
        if o.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in o.children)
    ]
    receivers = objects + [
        pobj
        for token in objects + owned
        for prep in token.children
        if prep.dep_ == "prep" and (prep.lower_ == "to" or (prep.lower_ == "of" and token in owned))
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    recipients = [name for t in receivers if (name := _organisation(sentence, t)) and name != agent]
    return agent, list(dict.fromkeys(recipients))


def _organisation(sentence: Sentence, token: Token) -> str | None:
    """The name of the organisation ``token`` heads: a named entity that is neither a person
    found in the sentence nor a country or a people."""
    if token.pos_ != "PROPN" or token.i in sentence.found_people or token.ent_type_ in ("GPE", "NORP", "LOC"):
        return None
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is None or entity.label_ not in ("ORG", "PERSON", "FAC", "PRODUCT"):
        return None
    return place_name(entity)


# words a year after them dates, not names: "spring 2024", "Christmas 2023", "Q3 2024"
_TIME_NAMES = frozenset(
    {"spring", "summer", "autumn", "fall", "winter", "christmas", "easter", "year", "fy", "h1", "h2", "q1", "q2", "q3"}
    | {"q4", "mid", "early", "late", "end", "start"}
)
# a year as a number says it: 1500 to 2099
YEAR_RE = re.compile(r"(?:1[5-9]|20)\d\d")


def names_a_year(year: Token) -> bool:
    """Whether ``year`` is part of a name before it, not a date: "Euro 2024", "Paris 2024"."""
    return bool(YEAR_RE.fullmatch(year.text)) and names_a_number(year)


def names_a_number(number: Token) -> bool:
    """Whether a number in figures is part of a name before it: "Euro 2024", "Flight 1282"."""
    if not number.text.isdigit() or number.i == number.sent.start:
        return False
    year = number
    name = year.doc[year.i - 1]
    return (
        name.text[:1].isupper()
        and name.pos_ in ("PROPN", "NOUN")
        and name.lower_ not in _TIME_NAMES
        and name.lower_ not in MONTH_NAMES
        and name.lower_ not in WEEKDAYS
        and year.head.i == name.i
    )
