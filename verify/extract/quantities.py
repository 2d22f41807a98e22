"""``quantity`` claims: a count of something done ("Pyongyang launched two ballistic missiles into
the sea off its eastern coast"), with its actor, date, heading and places."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from verify.eventmatch import scores
from verify.extract.grammar import (
    COURSE_PREPOSITIONS,
    YEAR_RE,
    claim_between,
    date_after,
    date_on_verb,
    dates_and_heads,
    denial_of,
    doer_of,
    it_stands_for,
    name_of,
    negation,
    places_after,
    places_in,
    sentence_date,
    subject_of,
    verb_over,
)
from verify.extract.quotes import quotations
from verify.matching import GRADE_RE, item_head
from verify.models import Article, Claim
from verify.timeexpr import COMPARATORS, MONTH_NAMES, MULTIPLIERS, UNITS, DateRange, parse_number

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from verify.extract.sentence import Sentence


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
# nouns that measure time, not things done: "18 months ago", "in a single evening"
SPANS_OF_TIME = frozenset(UNITS) | frozenset(
    {"hour", "minute", "second", "morning", "afternoon", "evening", "night", "weekend", "season", "term", "quarter"}
)
MEASURES = frozenset(
    """m km cm mm kg g lb lbs mph kph ft mi metre metres meter meters kilometre kilometres kilometer kilometers mile
    miles foot feet inch inches yard yards tonne tonnes ton tons litre litres liter liters gallon gallons barrel
    barrels degree degrees percent""".split()
)
NOT_COUNTED = SPANS_OF_TIME | MEASURES
COUNT_NOUNS = frozenset({"pair", "couple", "dozen", "dozens"})
ADDED_WORDS = frozenset({"more", "other", "additional", "further", "extra", "new"})
ANAPHORIC_DETERMINERS = frozenset({"the", "these", "those", "both", "its", "their", "his", "her", "our", "my", "your"})
_COMPARATOR_RE = re.compile(r"(?:" + "|".join(re.escape(w) for w, _ in COMPARATORS) + r")\s*$", re.IGNORECASE)
_OPS = dict(COMPARATORS)


def _in_a_name(token: Token) -> bool:
    """Whether a number in figures follows a name it belongs to ("Boeing 737", "MAX 9", "Flight
    1282"): a capitalised word right before it, not a determiner or a verb."""
    if not token.like_num or not token.text[:1].isdigit() or token.i == token.sent.start:
        return False
    before = token.doc[token.i - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and before.ent_type_ not in ("DATE", "TIME")


def quantity_claims(
    sentence: Sentence, article: Article, skip: Claim | None, counted_items: frozenset[str] | None = None
) -> list[Claim]:
    """The counts of the sentence. "A" or "an" before a thing the datasets count (``counted_items``)
    is a count of at least one: "fired an intercontinental ballistic missile on Monday"."""
    claims = []
    told: list[tuple[Token, dict]] = []
    span = sentence.span
    # the same for every count in the sentence
    first_date = sentence_date(sentence)
    direction = next((DIRECTIONS[t.lower_] for t in span if _is_heading(t)), None)
    places = places_in(span)
    # a count inside quotation marks is the speaker's wording, which the quote claim checks
    quoted = [(inner, inner + len(words)) for _, words, inner in quotations(sentence) if len(words.split()) > 1]
    for token, noun in _counted_nouns(span, counted_items or frozenset()):
        if any(start <= sentence.offset + token.idx < end for start, end in quoted):
            continue
        # a span of time ("more than 18 months ago", "six days in Russia") or a measure ("600 miles",
        # "the 400 m medley", "a 100-metre sprint") is not a count of things done
        if token.ent_type_ in ("TIME", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"):
            continue
        # a noun the parser made part of a time ("a missile hours before") is counted, not a modifier
        misread = noun.dep_ == "compound" and noun.head.ent_type_ in ("TIME", "DATE")
        if noun.lemma_.lower() in NOT_COUNTED or (
            noun.dep_ in ("compound", "nmod") and noun.head.pos_ == "NOUN" and not misread
        ):
            continue
        # "the 222-seat Dewan Rakyat": the size of what is named, not a count of what was done
        if noun.dep_ in ("compound", "nmod", "amod") and noun.head.pos_ == "PROPN" and noun.tag_ == "NN":
            continue
        # A number inside a date counts days, months or years ("18 months", "March 2023"); but the
        # parser also swallows a count that follows a year ("In 2023 two missiles"): the noun it
        # counts then lies outside the date.
        if token.ent_type_ == "DATE" and (noun.ent_type_ == "DATE" or YEAR_RE.fullmatch(token.text)):
            continue
        # a grade, not a count: "a magnitude 7.8 earthquake", "a Category 5 storm"
        if GRADE_RE.search(span.doc[max(token.i - 1, 0) : token.i + 2].text):
            continue
        # a number in a name, not a count: "Boeing 737 MAX 9 jets", "Flight 1282", "Apollo 11"
        if _in_a_name(token):
            continue
        # a margin, which the result's record checks: "beat South Africa by seven runs"
        if _a_margin(noun):
            continue
        # a score, which the result's record checks: "a 3-3 draw", "won 2-1" (not "2-3 missiles")
        if noun.lemma_.lower() in SCORED_NOUNS and scores(
            span.doc[max(token.i - 2, span.start) : min(token.i + 3, span.end)].text
        ):
            continue
        # a day the sentence found though the parser tagged it otherwise ("on 9 November 2024")
        at = sentence.offset + token.idx
        if noun.lower_ in MONTH_NAMES and any(start <= at < end for _, start, end in sentence.found_dates):
            continue
        number = _number_phrase(token)
        none = _says_none(token)
        some = token.lower_ in ("a", "an")
        value = 0.0 if none else 1.0 if some else parse_number(number.text)
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
        if some:
            op = ">="  # "fired a missile" is true of a day of two; "a single missile" is one
        low_token, high_token = _range_of(token)
        high = None
        high_phrase = number if high_token is token else _number_phrase(high_token)
        if low_token is not token or high_token is not token:
            low_phrase = number if low_token is token else _number_phrase(low_token)
            low, high = parse_number(low_phrase.text), parse_number(high_phrase.text)
            if low is not None and len(low_phrase) == 1 and len(high_phrase) > 1:
                # "1 to 2 million", "one to two dozen": the multiplier counts for both ends
                multiplier = parse_number(high_phrase[-1].text) or 1
                low = low * multiplier if low < multiplier else low
            if low is not None and high is not None and low < high:
                op, value = "between", low
            else:
                high = None
        # The counted thing is the noun with everything between the number and
        # it: "two short-range ballistic missiles" -> "short-range ballistic missile".
        described = span.doc[max(noun.left_edge.i, high_phrase.end, number.end) : noun.i].text.lower()
        if _part_of(noun) is not None:
            # "159 of the 225 seats": seats, not "the 225 seats"
            described = " ".join(t.lower_ for t in noun.lefts if t.dep_ not in ("det", "nummod", "punct"))
        # "two more missiles", "three other golds": the count is of missiles, golds
        described = " ".join(w for w in described.split() if w not in ADDED_WORDS)
        item = f"{described} {noun.lemma_.lower()}".strip()
        governed = token if token.head.i != token.i and token.dep_ in ("dobj", "nsubjpass", "obj", "attr") else noun
        verb = governed.head if governed.dep_ in ("dobj", "nsubjpass", "obj", "attr") else None
        if verb is None and governed.dep_ == "pobj" and governed.head.lower_ == "between":
            verb = governed.head.head  # "fired between five and ten missiles": the parser hangs them on "between"
        if verb is None and misread:
            verb = verb_over(noun.head)
        borrowed = False
        if verb is None:
            # "received 200 votes on October 17, 199 votes on October 18 and ...": a count listed
            # after another of the same thing is the first one's verb's
            listed = next(
                (
                    t
                    for t in span
                    if t.i < noun.i
                    and t.lemma_ == noun.lemma_
                    and t.dep_ in ("dobj", "nsubjpass", "obj", "attr")
                    and any(c.dep_ == "nummod" for c in t.children)
                ),
                None,
            )
            verb = listed.head if listed is not None else None
            borrowed = verb is not None
        # a date of the count's own: "... and by another 25 basis points on June 14", "199 votes on
        # October 18", not the first one the verb has
        own = _own_date(sentence, noun, governed)
        # "The Conservatives were reduced to 121 seats": the verb the count's preposition hangs on
        holder = governed.head.head if governed.dep_ == "pobj" and governed.head.dep_ == "prep" else None
        date = (
            own
            or (date_on_verb(sentence, verb) if verb is not None else None)
            or (date_on_verb(sentence, holder) if holder is not None and holder.pos_ == "VERB" else None)
            or first_date
        )
        since = date_after(sentence, verb, frozenset({"since"})) if verb is not None else None
        if since is not None and sentence.published is not None and since.start <= sentence.published:
            # "has fired more than 100 missiles since 2022": counted from then up to the article
            date = DateRange(since.start, sentence.published, f"since {since.expression}", "span")
        actor = None
        # (the count of the one that verb tells of)
        if verb is None and holder is not None and holder.pos_ in ("VERB", "AUX"):
            subject = subject_of(holder)
            if subject is None and holder.tag_ == "VBG" and holder.dep_ == "pcomp":
                # "was sworn in on June 30, 2022, after winning the May election with 31 million votes"
                subject = subject_of(verb_over(holder.head))
            actor = name_of(sentence, subject) if subject is not None and subject.pos_ != "PRON" else None
            # "Lawmakers elected him with 472 votes": the votes are the one chosen's, not the voters'
            chosen = _chosen_by_vote(sentence, holder)
            actor = chosen or actor
        if verb is not None:
            subject = doer_of(verb) or _given_to(verb)
            if subject is not None and subject.lower_ == "it":
                actor = it_stands_for(sentence, subject) or subject.text
            elif subject is not None:
                actor = name_of(sentence, subject)
        first = number.start_char - (len(comparator.group(0)) if comparator else 0)
        if high is not None:
            opening = (
                low_token.i - 1 if low_token.i > span.start and span.doc[low_token.i - 1].lower_ == "between" else None
            )
            first = min(first, span.doc[opening].idx if opening is not None else low_token.idx)
        last = noun.idx + len(noun.text)
        end_token = noun
        if verb is not None and not borrowed:
            right = [t for t in noun.rights] + [t for t in verb.rights if t.i > noun.i and t.dep_ == "prep"]
            if right:
                end_token = max((t for r in right for t in r.subtree), key=lambda t: t.i)
                last = end_token.idx + len(end_token.text)
        heads = [t for t in (verb, noun) if t is not None]
        # in "did not launch any missiles" the denial is the count of none; "It is not true that
        # North Korea fired two missiles" and "North Korea denied firing two missiles" deny the count
        denied = denial_of(verb) if verb is not None and not none else None
        slots = {
            "op": op,
            "value": value,
            **({"high": high} if high is not None else {}),
            "item": item,
            "venues": places_after(span, heads, COURSE_PREPOSITIONS),
            "negated": denied,
            "verb": verb.lemma_.lower() if verb is not None else None,
            "actor": actor,
            "date": date.start.isoformat() if date else None,
            "date_end": date.end.isoformat() if date else None,
            "date_expression": date.expression if date else None,
            "direction": direction,
            "places": list(places),
        }
        if verb is not None and verb.i < token.i and not borrowed:
            first = min(first, verb.idx)
            subject = subject_of(verb)
            if subject is not None and subject.i < verb.i:
                # (not a clock time glued to it: "10:20 GMT - North Korea fired")
                named = [t.idx for t in subject.subtree if t.ent_type_ != "TIME" and not t.is_punct]
                first = min(first, *named) if named else first
        # Whatever the parse, the claim covers its number and its noun (a noun may precede its number).
        first, last = min(first, noun.idx), max(last, token.idx + len(token.text))
        claims.append(claim_between("quantity", sentence, sentence.offset + first, sentence.offset + last, slots))
        told.append((token, slots))
    return claims + _counts_after(sentence, told)


def _gaining_verb(token: Token) -> Token | None:
    """The verb of winning ``token`` is the object of ("the SJB took 40"), or that a "with" holding
    it hangs on ("the SJB came second with 40")."""
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "with" and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    return verb if token.dep_ == "dobj" and verb.lemma_.lower() in GAINING_VERBS else None


def _bare_number(sentence: Sentence, token: Token) -> bool:
    """Whether ``token`` is a number standing alone: not a date's, a time's or a sum's (the small
    pipeline may tag a lone number a date, "the SJB took 35", where the sentence found none)."""
    if token.ent_type_ in ("", "CARDINAL"):
        return True
    if token.ent_type_ != "DATE" or YEAR_RE.fullmatch(token.text):
        return False
    at = sentence.offset + token.idx
    span = sentence.span
    beside = [span.doc[i] for i in (token.i - 1, token.i + 1) if span.start <= i < span.end]
    alone = all(t.ent_type_ != "DATE" for t in beside)
    return alone and not any(start <= at < end for _, start, end in sentence.found_dates)


# what one who won a count did, told of a second one with the thing counted left out: "the NPP won
# 159 seats, while the SJB took 40"
GAINING_VERBS = frozenset({"win", "take", "get", "receive", "secure", "gain", "garner", "obtain", "capture", "poll"})
# what sets a second count against the first: "134 votes, against 82 for Alahapperuma"
SET_AGAINST = frozenset({"against", "to", "versus", "vs", "vs."})


def _counts_after(sentence: Sentence, told: list[tuple[Token, dict]]) -> list[Claim]:
    """Counts told after another of the same thing with the thing left out: "with 134 votes, against
    82 for Alahapperuma and three for Dissanayake" (votes, each the one's "for" names), "the NPP won
    159 seats, while the SJB took 40" (seats, the subject's). Each is of the first count's thing, on
    its day; a bare number anywhere else ("up from 5") is no count."""
    if not told:
        return []
    claims = []
    doc = sentence.span.doc
    used = {token.i for token, _ in told}
    for token in sentence.span:
        if token.i in used or token.pos_ != "NUM" or not _bare_number(sentence, token):
            continue
        earlier = [(t, slots) for t, slots in told if t.i < token.i]
        if not earlier or any(c.dep_ in ("prep", "pobj") and c.lower_ == "of" for c in token.children):
            continue
        value = parse_number(token.text)
        if value is None:
            continue
        _, first = earlier[-1]
        first_item = head = verb = None
        listed = token
        while listed.dep_ == "conj" and listed.head.pos_ == "NUM":
            listed = listed.head  # "against 82 for Alahapperuma and three for Dissanayake"
        named_for = next((g for c in token.children if c.lower_ == "for" for g in c.children if g.dep_ == "pobj"), None)
        if named_for is not None and listed.dep_ == "pobj" and listed.head.lower_ in SET_AGAINST:
            actor, words_end = name_of(sentence, named_for), named_for.right_edge
            first_item = first["item"]
            head = token
        elif (verb := _gaining_verb(token)) is not None:
            subject = subject_of(verb)
            if subject is None or subject.pos_ == "PRON" or subject.ent_type_ not in ("ORG", "PERSON", "GPE", "NORP"):
                continue
            actor, words_end = name_of(sentence, subject), token
            if actor == first.get("actor"):
                continue  # "Japan won 20 golds, with 45 in all": a count of another thing
            first_item = first["item"]
            head = subject.left_edge if subject.i < token.i else token
        if first_item is None or head is None:
            continue
        slots = {key: first.get(key) for key in ("verb", "date", "date_end", "date_expression", "direction")}
        if verb is not None:
            slots["verb"] = verb.lemma_.lower()
        slots |= {"op": "=", "value": value, "item": first_item, "actor": actor, "venues": [], "places": []}
        slots["negated"] = None
        slots["item_told_before"] = True
        start = sentence.offset + doc[head.i].idx
        end = sentence.offset + words_end.idx + len(words_end.text)
        claims.append(claim_between("quantity", sentence, start, end, slots))
    return claims


# what a score is of: "a 3-3 draw", "a 2-1 win", "a 6-3 ruling"
SCORED_NOUNS = frozenset(
    {"draw", "win", "victory", "defeat", "loss", "lead", "score", "scoreline", "result", "ruling", "decision", "vote"}
)


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


def _range_of(token: Token) -> tuple[Token, Token]:
    """The numbers a count runs from and to: "two or three", "between two and four" (a number
    joined to it), "three to five" (a number before "to"); the count itself at both ends otherwise."""
    for child in token.children:
        if child.dep_ == "conj" and child.like_num and any(c.lower_ in ("or", "and", "to") for c in token.children):
            return token, child
    before = [c for c in token.children if c.dep_ == "quantmod" and c.i < token.i]
    if len(before) >= 2 and before[-1].lower_ in ("to", "-") and before[-2].like_num:
        return before[-2], token
    # "2-3 missiles", which the parser splits into "2", "-" and "3"
    doc = token.doc
    if (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text in ("-", "–")
        and doc[token.i + 2].like_num
        and doc[token.i + 2].head.i == token.i
    ):
        return token, doc[token.i + 2]
    return token, token


def _number_phrase(token: Token) -> Span:
    """The whole number a counting word is part of: "1.2 million", "three hundred thousand", and
    "two dozen" when the parser hangs "dozen" on "two"."""
    first, last = token.i, token.i
    while first > token.sent.start and token.doc[first].lower_ in MULTIPLIERS and token.doc[first - 1].like_num:
        first -= 1
    while last + 1 < token.sent.end and token.doc[last + 1].lower_ in MULTIPLIERS and token.doc[last + 1].head == token:
        last += 1
    # "half a dozen", "a half-dozen"
    before = [t.lower_ for t in token.doc[max(first - 2, token.sent.start) : first]]
    if token.lower_ in MULTIPLIERS and before[-2:] in (["half", "a"], ["half", "an"], ["half", "-"]):
        first -= 2
    return token.doc[first : last + 1]


def _counts_its_head(token: Token, counted_items: frozenset[str]) -> bool:
    # "two" in "two dozen missiles" is part of the number, not a count of dozens; and a number after
    # its noun is part of a name: "Apollo 11", "Chandrayaan 3", "Boeing 737"
    if (
        token.dep_ == "nummod"
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.lower_ not in MULTIPLIERS
        and token.i < token.head.i
    ):
        # (not the whole a part is counted of: 225 in "won 159 of the 225 seats")
        return _part_of(token.head) is None
    if token.lower_ == "single" and token.dep_ == "amod" and token.head.tag_ == "NN":  # "a single missile"
        return True
    return _says_none(token) or _says_one(token, counted_items)


def _part_of(noun: Token) -> Token | None:
    """The number of a part counted of ``noun``'s whole, told with a number of its own: 159 in "159 of
    the 225 seats" (not "one of the most recognisable leaders")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.tag_ not in ("NNS", "NNPS"):
        return None
    if not any(c.dep_ == "nummod" for c in noun.children):
        return None
    number = noun.head.head
    return number if number.like_num and number.pos_ == "NUM" else None


def _counts_a_part(token: Token) -> Token | None:
    """The counted noun of a part told with its whole: "seats" of 159 in "won 159 of the 225 seats"."""
    if not token.like_num or token.pos_ != "NUM" or token.dep_ == "nummod":
        return None
    return next(
        (
            noun
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for noun in prep.children
            if (part := _part_of(noun)) is not None and part.i == token.i
        ),
        None,
    )


# things whose one is an act, not one of many counted: "won a confidence vote" is no count of votes
_ONE_IS_AN_ACT = frozenset({"vote", "ballot", "poll", "election", "referendum"})


def _says_one(token: Token, counted_items: frozenset[str]) -> bool:
    """ "launched a ballistic missile": an article before a counted thing done, not denied."""
    noun = token.head
    if token.lower_ not in ("a", "an") or token.dep_ != "det" or noun.tag_ != "NN":
        return False
    if noun.lemma_.lower() in _ONE_IS_AN_ACT:
        return False
    if noun.dep_ not in ("dobj", "nsubjpass", "obj") or negation(noun.head) is not None:
        return False
    if any(c.lower_ == "single" for c in noun.children):
        return False  # "a single missile" is counted as one
    return item_head(noun.lemma_) in counted_items


def _before_a_time(token: Token, counted_items: frozenset[str]) -> Token | None:
    """ "fired an intercontinental ballistic missile hours before the summit": the small parser reads
    "an ... missile hours" as one noun phrase about hours; the counted thing is the noun it makes a
    compound of the time."""
    time = token.head
    if token.lower_ not in ("a", "an") or token.dep_ != "det" or time.ent_type_ not in ("TIME", "DATE"):
        return None
    return next(
        (
            c
            for c in time.children
            if c.dep_ == "compound" and c.tag_ == "NN" and c.i > token.i and item_head(c.lemma_) in counted_items
        ),
        None,
    )


def _says_none(token: Token) -> bool:
    """ "launched no missiles", "did not launch any missiles": a count of none."""
    noun = token.head
    if token.dep_ != "det" or noun.tag_ not in ("NNS", "NNPS") or noun.dep_ not in ("dobj", "nsubjpass", "obj"):
        return False
    return token.lower_ == "no" or (token.lower_ == "any" and negation(noun.head) is not None)


def _counted_nouns(span: Span, counted_items: frozenset[str]) -> Iterable[tuple[Token, Token]]:
    """(number, counted noun) pairs: "two missiles", "a single missile", "a pair of missiles", "a dozen
    people", and "a missile" when missiles are among the ``counted_items`` (elsewhere "a" is no count:
    "a statement", "a visit")."""
    for token in span:
        if _counts_its_head(token, counted_items):
            yield token, token.head
        elif (part_of := _counts_a_part(token)) is not None and item_head(part_of.lemma_) in counted_items:
            yield token, part_of
        elif (missed := _before_a_time(token, counted_items)) is not None:
            yield token, missed
        elif token.lower_ in COUNT_NOUNS and token.pos_ == "NOUN":
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for noun in prep.children:
                        if noun.dep_ == "pobj" and noun.pos_ in ("NOUN", "PROPN") and noun.tag_ in ("NNS", "NNPS"):
                            yield token, noun


# verbs of a contest won or lost, whose "by" tells the margin
MARGIN_VERBS = frozenset(
    """win beat defeat lose edge lead trail thrash rout crush outscore prevail triumph overcome pip
    outpoll""".split()
)


def _a_margin(noun: Token) -> bool:
    """Whether ``noun`` counts the margin of a contest: "beat South Africa by seven runs", "were
    beaten by six wickets", "won by 12 votes"; not a tally, "won by 248 votes to 201"."""
    by = noun.head
    if noun.dep_ != "pobj" or by.lower_ != "by" or by.head.lemma_.lower() not in MARGIN_VERBS:
        return False
    return not any(t.lower_ == "to" for t in noun.rights) and not any(
        sibling.lower_ == "to" and sibling.dep_ == "prep" and sibling.i > noun.i for sibling in by.head.children
    )


# verbs of a vote that chooses someone: the count told with it ("with 472 votes", "by 248 votes to
# 201") is what the one chosen won
VOTING_FOR = frozenset({"elect", "re-elect", "reelect", "choose", "confirm", "appoint", "pick", "select", "back"})


def _chosen_by_vote(sentence: Sentence, verb: Token) -> str | None:
    """The person a vote chose, as ``verb``'s object: "Parliament elected Wickremesinghe president"."""
    if verb.lemma_.lower() not in VOTING_FOR:
        return None
    chosen = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if chosen is None:
        return None
    return sentence.found_people.get(chosen.i) or next(
        (
            sentence.found_people[t.i]
            for t in chosen.subtree
            if t.i in sentence.found_people and t.ent_type_ == "PERSON"
        ),
        None,
    )


# verbs whose passive subject is who got what is counted: "Trump was awarded 312 electoral votes"
GIVING_VERBS = frozenset({"award", "give", "grant", "hand", "allot", "allocate"})


def _given_to(verb: Token) -> Token | None:
    if verb.lemma_.lower() not in GIVING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _own_date(sentence: Sentence, noun: Token, governed: Token) -> DateRange | None:
    """A date that hangs on the count itself, or on the preposition that holds it: "199 votes on
    October 18", "by another 25 basis points on June 14"."""
    holders = {noun.i} | ({governed.head.i} if governed.dep_ == "pobj" else set())
    doc = noun.doc
    # (or the parser hangs it elsewhere: "... and 194 votes [on October 20]")
    after = doc[noun.i + 1] if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ in ("on", "in") else None
    return next(
        (
            found
            for found, head in dates_and_heads(sentence)
            if head.dep_ == "prep" and (head.head.i in holders or (after is not None and head.i == after.i))
        ),
        None,
    )
