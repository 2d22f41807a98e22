"""``role`` claims a verb tells: who succeeded whom ("Nadella, who succeeded Ballmer in 2014"), a
change of office ("Yoon took office in May 2022", "Kim came to power in 2011", "Abe left office"),
and a time leading a country or an organisation ("Kim Jong-un has ruled North Korea since 2011").
The office is often not named: the checker looks in whatever office the data record the person in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from verify.extract.grammar import (
    claim_between,
    date_explained,
    date_on_verb,
    denial_of,
    place_name,
    span_text,
    subject_of,
    verb_over,
)
from verify.extract.roles import (
    OFFICE_WORDS,
    TAKING_VERBS,
    as_objects,
    began_ago,
    held_for,
    since_date,
    title_before,
    title_phrase,
    title_taken,
)
from verify.models import Article, Claim

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from verify.extract.sentence import Sentence
    from verify.timeexpr import DateRange


# Verbs a succession claim tells, with no event besides it.
SUCCESSION_VERBS = frozenset({"succeed", "replace"})


def succession_claims(sentence: Sentence, article: Article) -> list[Claim]:
    """ "Satya Nadella, who succeeded Steve Ballmer in 2014", "Starmer replaced Sunak as prime
    minister", "Sunak was succeeded by Starmer": a ``role`` claim that one person took an office
    straight after another (slots ``person``, ``predecessor``, ``title`` when the sentence names the
    office, and the verb's own date)."""
    claims = []
    people = sentence.found_people
    for verb in sentence.span:
        taken_from = _taken_over_from(verb)
        if verb.pos_ != "VERB" or (verb.lemma_.lower() not in SUCCESSION_VERBS and taken_from is None):
            continue
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        holder = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if taken_from is not None:
            holder, taker = taken_from, _doer(sentence, verb)
        elif passive:
            # (the parser may hang "by" on the office: "was succeeded as finance minister by Kukies")
            agent = next((c for c in verb.children if c.dep_ == "agent"), None) or next(
                (c for office in as_objects(verb) for c in office.children if c.dep_ == "prep" and c.lower_ == "by"),
                None,
            )
            taker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        else:
            taker = _doer(sentence, verb)
            # "Putin replaced Shoigu with Belousov": the one who replaces is the one brought in
            brought = [
                p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with" for p in prep.children
            ]
            if brought:
                taker = next((p for p in brought if p.dep_ == "pobj"), None)
        if holder is not None and holder.i not in people:
            # "succeeded his father, Kim Jong-il"
            holder = next((c for c in holder.children if c.dep_ == "appos" and c.i in people), holder)
        if taker is None or holder is None or taker.i not in people or holder.i not in people:
            continue
        person, predecessor = people[taker.i], people[holder.i]
        if person == predecessor:
            continue
        # "as CEO" hangs on the verb, or on the one succeeded; or the taker's own title names it
        # ("Interior Minister Ali Yerlikaya took over from Suleyman Soylu")
        title = next(as_objects(verb), None) or next(as_objects(holder), None) or _office_taken_before(verb)
        title_tokens = title_phrase(title) if title is not None else _taker_title(sentence, taker)
        when = _date_of(sentence, verb)
        taking = _taking_beside(verb)
        if when is None and taking is not None and verb.tag_ == "VBG":
            # "took office on December 10, succeeding Fernández": the taking's date
            when = _date_of(sentence, taking)
        doc = sentence.span.doc
        named = [e for e in doc.ents if e.start <= taker.i < e.end or e.start <= holder.i < e.end]
        words = [taker, holder, verb, *title_tokens, *(t for e in named for t in e)]
        first, last = min(t.i for t in words), max(t.i for t in words)
        slots = {
            "person": person,
            "predecessor": predecessor,
            "title": span_text(title_tokens) if title_tokens else None,
            "tense": "succeeded",
            "date": when.start.isoformat() if when else None,
            "date_end": when.end.isoformat() if when else None,
            "date_expression": when.expression if when else None,
            "as_of": article.published.isoformat() if article.published else None,
            "negated": denial_of(verb),
        }
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        claims.append(claim_between("role", sentence, sentence.offset + start, sentence.offset + end, slots))
    return claims


# "became leader of the party, succeeding Sunak": the office the clause's verb gives its subject
_TAKING_VERBS = TAKING_VERBS | {"elect", "choose", "make"}


def _taking_beside(verb: Token) -> Token | None:
    """The verb a "succeeding" participle goes with: the one it hangs on ("took office on December 10,
    succeeding Fernández"), or the relative clause of the name it hangs on ("Attal, who had become
    prime minister on January 9, succeeding Philippe,")."""
    if verb.head.i == verb.i:
        return None
    if verb.dep_ == "advcl":
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return next((c for c in verb.head.children if c.dep_ == "relcl" and c.i < verb.i), None)
    return None


def _office_taken_before(verb: Token) -> Token | None:
    """The office the verb a "succeeding" clause hangs on gives ("Badenoch became leader of the
    Conservative Party, succeeding Sunak", "took office as prime minister, succeeding Costa")."""
    head = _taking_beside(verb)
    if head is None:
        return None
    # "took office as prime minister on April 2, succeeding Costa"
    if head.lemma_.lower() not in _TAKING_VERBS and (_office_change(head) or ("",))[0] != "start":
        return None
    # "was sworn in as president on April 2, succeeding Sall"
    return next((c for c in head.children if c.dep_ in ("attr", "oprd")), None) or next(as_objects(head), None)


def _taker_title(sentence: Sentence, taker: Token) -> list[Token]:
    """The title before the taker's name ("Interior Minister" in "Interior Minister Ali Yerlikaya")."""
    name = next((e for e in sentence.span.ents if e.start <= taker.i < e.end), None)
    return title_before(name, sentence.office_words) if name is not None else []


# "took the helm of the party", "took the reins": an office taken, said as taking over
HELM_NOUNS = frozenset({"helm", "reins", "rein"})


def _takes_over(verb: Token) -> bool:
    """ "took over", "took the helm", "took the reins"."""
    return verb.lemma_.lower() == "take" and any(
        (c.dep_ == "prt" and c.lower_ == "over") or (c.dep_ == "dobj" and c.lower_ in HELM_NOUNS) for c in verb.children
    )


def _taken_over_from(verb: Token) -> Token | None:
    """The one taken over from: "Yerlikaya took over from Soylu", "took over as interior minister
    from Soylu" (where the parser hangs "from" on the office), "took the helm from Sunak"."""
    if not _takes_over(verb):
        return None
    heads = [verb, *as_objects(verb)]
    return next(
        (
            pobj
            for head in heads
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "from"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ),
        None,
    )


# "took office", "assumed power", "came to power", "left office": a term begun or ended, in an office
# the sentence does not name
OFFICE_NOUNS = frozenset({"office", "power"})
TAKING_OFFICE = frozenset({"take", "assume"})
RISING_TO_POWER = frozenset({"come", "rise", "return"})
LEAVING_OFFICE = frozenset({"leave"})
# "resigned as prime minister", "quit as chief executive": the end of that office (not a bare
# "resigned", which may be from a party or a post the data do not hold)
RESIGNING = frozenset({"resign", "quit", "retire"})
# "has led Microsoft since 2014", "ruled North Korea from 2011": a time in office in a country or an
# organisation, in whatever office
LEADING_VERBS = frozenset({"lead", "rule", "govern", "head", "run", "helm"})
# "began his second term", "started a five-year term": a term begun, in whatever office
BEGINNING = frozenset({"begin", "start"})
TERM_NOUNS = frozenset({"term", "mandate"})
OFFICE_CHANGE_VERBS = (
    TAKING_OFFICE | RISING_TO_POWER | LEAVING_OFFICE | RESIGNING | LEADING_VERBS | BEGINNING | {"step"}
)
REALM_ENTITIES = frozenset({"GPE", "ORG", "NORP"})
# what "the ..." led may stand for: the country or organisation the sentence has named
REALM_NOUNS = frozenset(
    {"company", "country", "nation", "firm", "party", "government", "group", "organisation", "organization", "agency"}
    | {"bank", "fund", "alliance", "bloc", "union", "institution"}
)
# those that stand for a country; the others stand for an organisation
COUNTRY_NOUNS = frozenset({"country", "nation"})


def changes_office(verb: Token) -> bool:
    """Whether a verb of changing office tells one the role claims check: not a bare "resigned" or
    "retired", which may be from a party, a post or a career the data do not hold, nor "began" what is
    no term ("began his war")."""
    return verb.lemma_.lower() not in RESIGNING | BEGINNING or _office_change(verb) is not None


def _office_change(verb: Token) -> tuple[str, str] | None:
    """("start", "office") for "took office", ("start", "power") for "assumed power" or "came to
    power", ("end", "office") for "left office"."""
    lemma = verb.lemma_.lower()
    # "took over as chief executive", "took the helm", "stepped down as prime minister"
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1), None)
    objects = {c.lower_ for c in verb.children if c.dep_ == "dobj"}
    if _takes_over(verb) and objects <= HELM_NOUNS:
        return "start", "office"
    if (lemma, particle) == ("step", "down"):
        return "end", "office"
    if lemma in RESIGNING and any(t.lower_ in OFFICE_WORDS for t in as_objects(verb)):
        return "end", "office"
    taken = next(
        (c.lemma_.lower() for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in OFFICE_NOUNS), None
    )
    if lemma in TAKING_OFFICE and taken:
        return "start", taken
    if lemma in BEGINNING and any(c.dep_ == "dobj" and c.lemma_.lower() in TERM_NOUNS for c in verb.children):
        return "start", "term"
    if lemma in LEAVING_OFFICE and taken == "office":
        return "end", "office"
    reached = any(
        pobj.dep_ == "pobj" and pobj.lower_ == "power"
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for pobj in prep.children
    )
    return ("start", "power") if lemma in RISING_TO_POWER and reached else None


def _office_change_told(sentence: Sentence, verb: Token) -> tuple[Token, str, str, list[Token]] | None:
    """The change of office ``verb`` tells of a person the sentence names: who, "start" or "end",
    "office" or "power", and the words of the office when "as" names it ("took over as chief
    executive", "stepped down as prime minister")."""
    changed = _office_change(verb)
    holder = _doer(sentence, verb)
    if changed is None or holder is None or holder.i not in sentence.found_people:
        return None
    title = next((t for t in as_objects(verb) if t.lower_ in sentence.office_words), None)
    if title is not None:
        return holder, *changed, title_phrase(title)
    # "Pennsylvania Governor Josh Shapiro, who took office in January 2023": the office of the title
    # the clause is about
    about_the_titled = verb.dep_ == "relcl" and changed[1] == "office"
    return holder, *changed, _taker_title(sentence, holder) if about_the_titled else []


def _dates(token: Token) -> bool:
    """Whether ``token`` is a preposition of a date ("on" of "on November 2")."""
    return token.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in token.children)


def office_change_claims(sentence: Sentence, article: Article) -> list[Claim]:
    """ "Yoon, who took office in May 2022", "Kim Jong-un came to power in 2011", "Abe left office in
    September 2020": a ``role`` claim that a term of the person's, in whatever office the data record
    them in, began (tense ``start``) or ended (tense ``end``) then; with no date, at some time before
    (tense ``ever``). Slot ``office_change`` says which, and ``office_noun`` whether the sentence
    says "office" or "power" (coming to power is the start of a time in office, not of each term)."""
    claims = []
    people = sentence.found_people
    doc = sentence.span.doc
    for verb in sentence.span:
        power = _power_held(verb)
        if power is not None:
            claims.extend(_time_leading(sentence, article, verb, power))
            continue
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in OFFICE_CHANGE_VERBS:
            continue
        if verb.lemma_.lower() in LEADING_VERBS:
            claims.extend(_time_leading(sentence, article, verb))
            continue
        told = _office_change_told(sentence, verb)
        taken_from = _taken_over_from(verb)
        if told is None or (taken_from is not None and taken_from.i in people):
            continue  # "took over from Soylu" is a succession
        holder, change, what, title_tokens = told
        when = _date_of(sentence, verb)
        owner = next((e for e in doc.ents if e.start <= holder.i < e.end), doc[holder.i : holder.i + 1])
        words = [*owner, verb, *(t for t in verb.children if t.dep_ in ("dobj", "prep") and t.i > verb.i)]
        words += [t for prep in words if prep.dep_ == "prep" and not _dates(prep) for t in prep.subtree]
        # "took the reins of the Conservative Party"
        words += [t for helm in words if helm.lower_ in HELM_NOUNS for t in helm.subtree]
        words += title_tokens
        words = [t for t in words if t.ent_type_ not in ("DATE", "TIME") and t.lower_ != "in" and not _dates(t)]
        first, last = min(words, key=lambda t: t.i), max(words, key=lambda t: t.i)
        slots = {
            "person": people[holder.i],
            "title": span_text(title_tokens) if title_tokens else None,
            "office_change": change,
            "office_noun": what,
            "tense": change if when else "ever",
            "date": when.start.isoformat() if when else None,
            "date_end": when.end.isoformat() if when else None,
            "date_expression": when.expression if when else None,
            "as_of": article.published.isoformat() if article.published else None,
            # "did not take office in 2021", "It is not true that Kim came to power in 2011"
            "negated": denial_of(verb),
            # "Truss resigned as prime minister on October 20": the day she said so, before the last
            "resigned": verb.lemma_.lower() in RESIGNING,
        }
        start, end = sentence.offset + first.idx, sentence.offset + last.idx + len(last.text)
        claims.append(claim_between("role", sentence, start, end, slots))
    return claims


# "has been in power", "has remained in power", "has held power": a time in office, anywhere
IN_POWER_VERBS = frozenset({"be", "remain", "stay"})
# "has held the post since 2019": the office the title before the holder's name names
POST_NOUNS = frozenset({"post", "office", "position", "job", "role"})


def _power_held(verb: Token) -> Token | None:
    """The word "power" of "has been in power" or "has held power" (a time in office in whatever
    office), None for other verbs."""
    lemma = verb.lemma_.lower()
    if lemma == "hold":
        return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("power", *POST_NOUNS)), None)
    if lemma in IN_POWER_VERBS:
        return next(
            (
                pobj
                for prep in verb.children
                if prep.dep_ == "prep" and prep.lower_ == "in"
                for pobj in prep.children
                # "has been in office for more than three years"
                if pobj.dep_ == "pobj" and pobj.lower_ in ("power", "office")
            ),
            None,
        )
    return None


def _time_leading(sentence: Sentence, article: Article, verb: Token, power: Token | None = None) -> list[Claim]:
    """ "Kim Jong-un has ruled North Korea since 2011" (tense ``since``), "Ballmer led Microsoft from
    2000 to 2014" (``term``): a time in office, in any office of the country or organisation led
    (slot ``realm``); with ``power`` ("Putin has been in power for more than two decades"), in any
    office at all (no realm)."""
    people = sentence.found_people
    holder = _doer(sentence, verb)
    # "Russia's foreign minister, Sergei Lavrov, has held his post since 2008": the one named beside the title
    titled: list[Token] = []
    if holder is not None and holder.i not in people and holder.lower_ in sentence.office_words:
        named = next((c for c in holder.children if c.dep_ == "appos" and c.i in people), None)
        if named is not None:
            titled = [t for t in holder.subtree if t.i < named.left_edge.i and not t.is_punct]
            holder = named
    led = power if power is not None else next((c for c in verb.children if c.dep_ == "dobj"), None)
    if power is not None:
        realm, place = None, sentence.span.doc[power.i : power.i + 1]
    else:
        realm, place = _realm_led(sentence, verb, led) if led is not None else (None, None)
    if holder is None or holder.i not in people or (realm is None and power is None):
        return []
    title_tokens = _post_title(sentence, holder, power)
    if not title_tokens and titled and power is not None and power.lower_ in POST_NOUNS:
        title_tokens = titled
    if power is not None and power.lower_ in POST_NOUNS and not title_tokens and power.lower_ != "office":
        return []  # "has held the post": which post, the sentence does not say
    when = _date_of(sentence, verb)
    # "has ruled North Korea since 2011", or "for more than a decade": begun that long ago ("in power
    # for two decades" hangs the span on "power")
    since = since_date(sentence, verb) or began_ago(sentence, verb)
    if since is None and power is not None:
        since = began_ago(sentence, verb, also_on=power)
    # "Gelsinger led Intel for nearly four years": how long a past time in office lasted
    length = held_for(verb) if since is None and power is None else None
    if since is not None:
        when, tense = since, "since"
    elif when is not None and when.opening and when.closing:
        tense = "term"
    elif length is not None:
        tense = "ever"
    else:
        return []
    doc = sentence.span.doc
    owner = next((e for e in doc.ents if e.start <= holder.i < e.end), doc[holder.i : holder.i + 1])
    slots = {
        "person": people[holder.i],
        "title": span_text(title_tokens) if title_tokens else None,
        "office_change": "held",
        "realm": realm,
        "tense": tense,
        "date": when.start.isoformat() if when else None,
        "date_end": when.end.isoformat() if when else None,
        "date_expression": when.expression if when else None,
        "as_of": article.published.isoformat() if article.published else None,
        "negated": denial_of(verb),
    }
    if tense == "term":
        slots |= when.ends_to_slots()
    if length is not None:
        slots["held_for"] = length[0].to_slots()
        if length[2]:
            slots["held_for_by_then"] = True
    if tense == "since" and any(c.dep_ == "aux" and c.tag_ == "VBD" and c.lemma_ == "have" for c in verb.children):
        # "Wörner, who had led ESA since 2015": a time in office begun then, running up to some time
        # the article tells, not to its own day
        slots["as_of"] = when.end.isoformat()
    if title_tokens:
        # "Istanbul Mayor Imamoglu, who has held the post since 2019" is "has been mayor since 2019"
        del slots["office_change"], slots["realm"]
    first = min(owner.start, verb.i, place.start, *(t.i for t in title_tokens))
    last = max(owner.end, verb.i + 1, place.end, led.i + 1, *(t.i + 1 for t in (length[1] if length else []))) - 1
    start, end = sentence.offset + doc[first].idx, sentence.offset + doc[last].idx + len(doc[last].text)
    return [claim_between("role", sentence, start, end, slots)]


def _post_title(sentence: Sentence, holder: Token, held: Token | None) -> list[Token]:
    """The title before the holder's name that "the post" of "has held the post" stands for, and
    "office" of "Istanbul Mayor Imamoglu has held office since 2019"; with no title, "held office"
    is any office, like "power"."""
    if held is None or held.lower_ not in POST_NOUNS:
        return []
    if held.lower_ != "office" and not any(c.dep_ in ("det", "poss") for c in held.children):
        return []
    return _taker_title(sentence, holder)


def _realm_led(sentence: Sentence, verb: Token, led: Token) -> tuple[str | None, Span]:
    """The country or organisation ``led`` names, and the words of the sentence that name it:
    "North Korea" in "has ruled North Korea"; for "the company", the organisation named before it in
    the sentence ("Apple CEO Tim Cook has led the company since 2011"), or else in the sentences
    before ("... Tedros, who has led the agency": the words are then "the agency")."""
    doc = sentence.span.doc
    said = next((e for e in doc.ents if e.start <= led.i < e.end), doc[led.i : led.i + 1])
    if led.ent_type_ in REALM_ENTITIES:
        return place_name(said), said
    noun = led.lemma_.lower()
    if noun not in REALM_NOUNS:
        return None, said
    named = next((e for e in sentence.span.ents if e.label_ in REALM_ENTITIES and e.end <= verb.i), None)
    if named is not None:
        return place_name(named), named
    return sentence.realms_before.get("GPE" if noun in COUNTRY_NOUNS else "ORG"), said


def _doer(sentence: Sentence, verb: Token) -> Token | None:
    """Who does what ``verb`` says: the person a relative clause is about ("Nadella, who succeeded
    Ballmer"), or the subject ("in 2011, when he took power")."""
    if verb.dep_ in ("relcl", "acl") and verb.head.i in sentence.found_people:
        # (and "Attal, who had become prime minister, succeeding Philippe,": a participle on the name)
        return verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
        # "Eight days after taking office, Ishiba dissolved the lower house": the main act's doer
        return subject_of(verb_over(verb.head))
    if verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "Sinwar was named to succeed Haniyeh": the one named; "the party chose Ley to lead it": the
        # one chosen
        return next((c for c in verb.head.children if c.dep_ == "dobj"), None) or subject_of(verb.head)
    return subject_of(verb)


def _date_of(sentence: Sentence, verb: Token) -> DateRange | None:
    """The date on ``verb``, or the one a "when" clause explains ("in December 2011, when he took
    power")."""
    return date_on_verb(sentence, verb) or date_explained(sentence, verb)


def office_change_in(sentence: Sentence, tokens: list[Token]) -> dict[str, str | None] | None:
    """The change of office ``tokens`` tell, as the anchor of a span of time: "she took office"
    ("six weeks after she took office"), "Kim came to power", "Sunak became prime minister", "Abe
    left office". Slots ``since_person``, ``since_change`` (start or end), ``since_office_noun``
    ("power": the start of a time in office) and ``since_title`` (the office "became" names)."""
    people = sentence.found_people
    inside = {t.i for t in tokens}
    for verb in tokens:
        told = _office_change_told(sentence, verb) if verb.pos_ == "VERB" else None
        if told is not None:
            holder, change, noun, title_tokens = told
            return {
                "since_person": people[holder.i],
                "since_change": change,
                "since_office_noun": noun,
                "since_title": span_text(title_tokens) if title_tokens else None,
            }
    for ent in sentence.span.ents:
        if ent.label_ != "PERSON" or ent.root.i not in inside or ent.root.i not in people:
            continue
        title, verb = title_taken(ent, sentence.office_words)
        if title and verb is not None and verb.i in inside:
            return {
                "since_person": people[ent.root.i],
                "since_change": "start",
                "since_office_noun": "office",
                "since_title": span_text(title),
            }
    return None
