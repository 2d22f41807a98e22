"""``quote`` claims: words in quotation marks and who said them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verify.extract.grammar import (
    QUOTING_VERBS,
    claim_between,
    date_on_verb,
    denial_frame,
    denial_of,
    name_of,
    sentence_date,
    subject_of,
)
from verify.models import Claim

if TYPE_CHECKING:
    from spacy.tokens import Token

    from verify.extract.sentence import Sentence
    from verify.timeexpr import DateRange


# “double”, "straight", ‘single’ (British) and 'straight single' quotation marks; inside single
# ones, an apostrophe before a letter is an apostrophe ("‘Russia’s sacred fight’"), and a straight
# one opens a quotation only after a space ("called it 'a stab in the back'", not "boys' club")
QUOTE_RE = re.compile(
    r"“([^”]{2,400})”|\"([^\"]{2,400})\"|‘((?:[^’]|’(?=[A-Za-z])){2,400}?)’(?![A-Za-z])"
    r"|(?<![\w'])'(?=[A-Za-z])((?:[^'\n]|'(?=[A-Za-z])){2,400}?)'(?![A-Za-z])"
)

# What someone said, named as a thing: "his promise of “full ... support”", "Kim's words"
SPEECH_NOUNS = frozenset(
    """promise pledge vow call word words remark remarks statement warning claim accusation description comment
    message speech assurance threat demand""".split()
)


def quotations(sentence: Sentence) -> list[tuple[re.Match[str], str, int]]:
    """Each quotation of the sentence: its match, its words and where they start in the article."""
    base = sentence.offset + sentence.span.start_char
    found = []
    for match in QUOTE_RE.finditer(sentence.text):
        group = next(g for g in (1, 2, 3, 4) if match.group(g) is not None)
        found.append((match, match.group(group), base + match.start(group)))
    return found


def quote_claims(sentence: Sentence) -> list[Claim]:
    claims = []
    base = sentence.offset + sentence.span.start_char
    for match, words, inner_start in quotations(sentence):
        quote = words.strip().rstrip(".,;:").strip()
        if len(quote.split()) < 2:
            continue
        token = _token_at(sentence, inner_start)
        quoted = range(base + match.start(), base + match.end())
        speaker, verb, subject = _speaker(sentence, token, quoted) if token is not None else (None, None, None)
        date = _said_when(sentence, verb)
        slots = {
            "quote": quote,
            "speaker": speaker,
            # "he said": who "he" is comes from the sentences before, a guess that cannot refute
            # (but "Putin vowed ... what he said" names him in the sentence)
            "speaker_from_pronoun": subject is not None and subject.pos_ == "PRON" and not _named_in(sentence, speaker),
            # "The visitor vowed ...", "the Argentine said": a description, no name to misattribute to
            "speaker_described": subject is not None and _described(sentence, subject),
            "date": date.start.isoformat() if date else None,
            "date_end": date.end.isoformat() if date else None,
            "date_expression": date.expression if date else None,
            # "Kim denied pledging “...”": the speech verb may be the denial itself
            "negated": _denial_outside(sentence, verb, quoted) if verb is not None else None,
        }
        claims.append(claim_between("quote", sentence, base + match.start(), base + match.end(), slots))
    return claims


def _described(sentence: Sentence, subject: Token) -> bool:
    """Whether the speaker is named by a description ("the visitor", "the 39-year-old", "the
    Argentine"), not by a name, a pronoun or an organisation."""
    if subject.i in sentence.found_people or subject.pos_ == "PRON":
        return False
    if subject.ent_type_ in ("PERSON", "ORG", "GPE"):
        return False
    return subject.pos_ != "PROPN" or subject.ent_type_ == "NORP"


def _named_in(sentence: Sentence, person: str | None) -> bool:
    """Whether the sentence names ``person`` other than by a pronoun."""
    return any(name == person and sentence.span.doc[i].pos_ != "PRON" for i, name in sentence.found_people.items())


def _said_when(sentence: Sentence, verb: Token | None) -> DateRange | None:
    """The date of the saying ("Kennedy said in 1962 that ..."), not of another act the sentence
    tells, nor one after "since" ("in their first meeting since 2019, Kim vowed ...")."""
    if verb is None:
        return sentence_date(sentence)
    said = date_on_verb(sentence, verb, after_since=False)
    if said is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i:
        # "Putin announced a mobilization on Sept. 21, warning the West: “...”": the act it goes with
        said = date_on_verb(sentence, verb.head, after_since=False)
    if said is None:
        # "In August, Kim vowed ... in what he said is Russia's “...”": words said within words
        # said are of the same saying
        outer = _outer_quoting_verb(verb)
        if outer is not None:
            said = date_on_verb(sentence, outer, after_since=False)
    return said


def _token_at(sentence: Sentence, char: int) -> Token | None:
    for token in sentence.span:
        if sentence.offset + token.idx >= char:
            return token
    return None


def _speaker(
    sentence: Sentence, token: Token, quoted: range = range(0)
) -> tuple[str | None, Token | None, Token | None]:
    """Who said the words at ``token``, the speech verb that says so (None for "Kim's promise" or
    "according to Kim") and the word that names the speaker. A speech verb inside the quotation
    (``quoted``, characters of the article) is the speaker's own: 'Bazoum wrote: "I write this as a
    hostage"'."""
    node = token
    while True:
        inside = sentence.offset + node.idx in quoted
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in QUOTING_VERBS and not inside:
            # in the passive, the subject is who the words are about ("Baker was cited 'for protein
            # design'"), save for "was quoted as saying"
            passive = _passive(node) and node.lemma_.lower() != "quote"
            subject = _passive_agent(sentence, node) or (None if passive else _subject_outside(sentence, node, quoted))
            if subject is not None and subject.tag_ in ("WP", "WDT") and node.dep_ == "relcl":
                subject = node.head  # "It was Guterres who warned ..."
                if subject.dep_ == "appos" and any(c.dep_ == "neg" for c in subject.head.children):
                    subject = subject.head  # "It was Putin, not Kim, who spoke of ..."
            quoted_as = _quoted_as(node)
            if quoted_as is not None:
                subject = quoted_as
            if (
                subject is not None
                and node.tag_ == "VBG"
                and node.dep_ == "advcl"
                and subject.i not in sentence.found_people
            ):
                # "The crisis began on December 3, when Yoon declared martial law, saying ...": the one
                # named in the clause just before the participle said it, not a thing
                subject = _nearest_named_doer(sentence, node) or subject
            if subject is not None and subject.pos_ == "PRON":
                subject = _outer_speaker(sentence, node, quoted) or subject
            if subject is None and node.dep_ == "pcomp" and node.head.dep_ == "prep" and not passive:
                # "Aliyev opened the session by describing oil and gas as “a gift of God”"
                subject = subject_of(node.head.head)
            # "Calhoun told employees that the company would respond by '...'": the words are the
            # one's who reports, not those of a thing no name is given
            reported = node.dep_ == "ccomp" and node.head.lemma_.lower() in QUOTING_VERBS
            # (nor those of a company or a country the reporter speaks for, told doing so in time to
            # come: "Calhoun said that Boeing would respond by “acknowledging our mistake”"; but "Putin
            # said North Korea had pledged “...”" gives words North Korea said)
            planned = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in node.children)
            named = _names_a_person(sentence, subject) if subject is not None and planned else True
            if subject is not None and not (reported and not (named and _names_someone(sentence, subject))):
                return name_of(sentence, subject), node, subject
        if node.pos_ == "NOUN" and node.lemma_.lower() in SPEECH_NOUNS:
            owner = next((c for c in node.children if c.dep_ == "poss"), None)
            if owner is not None and (owner.i in sentence.found_people or owner.ent_type_ in ("PERSON", "ORG", "NORP")):
                return name_of(sentence, owner), None, owner
        if node.head.i == node.i:
            break
        node = node.head
    verb = _attribution_after(sentence, quoted)
    if verb is not None:
        subject = _subject_outside(sentence, verb, quoted) or _inverted_speaker(sentence, verb)
        if subject is not None:
            return name_of(sentence, subject), verb, subject
    cleft = _cleft_before(sentence, quoted)
    if cleft is not None:
        return name_of(sentence, cleft.head), cleft, cleft.head
    return _named_source(sentence), None, None


def _nearest_named_doer(sentence: Sentence, participle: Token) -> Token | None:
    """The person subject of the verb nearest before ``participle``, in a clause of its own."""
    for verb in reversed([t for t in sentence.span if t.i < participle.i and t.pos_ == "VERB"]):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0] if subjects[0].i in sentence.found_people else None
    return None


def _quoted_as(verb: Token) -> Token | None:
    """The one quoted in "Tass quoted Kim as pledging “...”": the object of "quote", not its
    subject (who reports the words)."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.head.head.lemma_.lower() != "quote":
        return None
    return next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)


def _outer_speaker(sentence: Sentence, verb: Token, quoted: range) -> Token | None:
    """Who says the words within which a pronoun says these: "the North Korean leader vowed ...
    in what he said is Russia's “sacred fight”" ("he" is the leader, whoever the sentences before
    named last)."""
    outer = _outer_quoting_verb(verb)
    subject = _subject_outside(sentence, outer, quoted) if outer is not None else None
    return subject if subject is not None and subject.pos_ != "PRON" else None


def _outer_quoting_verb(verb: Token) -> Token | None:
    """The verb of saying whose words hold ``verb``'s ("vowed" of "said" in "Kim vowed ... in what
    he said is ...")."""
    return next((v for v in verb.ancestors if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in QUOTING_VERBS), None)


def _cleft_before(sentence: Sentence, quoted: range) -> Token | None:
    """The verb of saying in a cleft before a quotation the parser reads as the sentence's main
    clause: 'It was Churchill who told Americans on 8 May 1945: "..."'."""
    return next(
        (
            t
            for t in sentence.span
            if sentence.offset + t.idx < quoted.start
            and t.dep_ == "relcl"
            and t.lemma_.lower() in QUOTING_VERBS
            and any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in t.children)
            and t.head.dep_ == "attr"
            and t.head.head.lemma_ == "be"
            and any(c.lower_ == "it" and c.dep_ == "nsubj" for c in t.head.head.children)
        ),
        None,
    )


def _attribution_after(sentence: Sentence, quoted: range) -> Token | None:
    """The verb of saying just after a quotation the parser reads as the sentence's main clause
    ('"... for a third time!" Mr Modi wrote', where "wrote" hangs under the quoted verb), when the
    sentence has no other."""
    after = [t for t in sentence.span if sentence.offset + t.idx >= quoted.stop]
    verbs = [t for t in after if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in QUOTING_VERBS]
    # (the speaker's words at most between: not a verb of a later clause)
    return verbs[0] if len(verbs) == 1 and verbs[0].i - after[0].i <= 5 else None


def _inverted_speaker(sentence: Sentence, verb: Token) -> Token | None:
    """The speaker written after the verb, which the parser reads as its object: '"Why?" asked Putin'."""
    following = verb.nbor(1) if verb.i + 1 < sentence.span.end else None
    if following is None or following.dep_ not in ("dobj", "compound") or not following.is_title:
        return None
    name = following if following.dep_ == "dobj" else following.head
    return name if name.i in sentence.found_people else None


def _names_a_person(sentence: Sentence, token: Token) -> bool:
    return token.i in sentence.found_people or token.pos_ == "PRON" or token.ent_type_ == "PERSON"


def _names_someone(sentence: Sentence, token: Token) -> bool:
    return (
        token.i in sentence.found_people
        or token.pos_ in ("PRON", "PROPN")
        or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    )


def _subject_outside(sentence: Sentence, verb: Token, quoted: range) -> Token | None:
    """The subject of ``verb`` outside the quoted words: the parser may read the words themselves as
    a second subject ('"Invest, invest, invest," the Chancellor said', '"No hay plata," said Milei')."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return subject_of(verb)  # the subject of the verb it is joined to, or one the parser hung elsewhere
    return next((c for c in subjects if sentence.offset + c.idx not in quoted), None)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _passive_agent(sentence: Sentence, verb: Token) -> Token | None:
    """The one who said it, in the passive: "was described as a 'provocation' by Putin", "'full
    support' was vowed by him" (the parser may hang "by" on the words described)."""
    if not _passive(verb):
        return None
    agents = []
    for by in verb.subtree:
        agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by.lower_ == "by" else None
        if agent is None:
            continue
        # "by the Russian president, Vladimir Putin"
        agent = next((c for c in agent.children if c.dep_ == "appos" and c.i in sentence.found_people), agent)
        if by.dep_ == "agent" and by.head.i == verb.i:
            return agent
        if agent.i in sentence.found_people or agent.ent_type_ in ("PERSON", "ORG", "NORP"):
            agents.append(agent)
    # the last: "was called 'a war waged by the West' by Kim"
    return agents[-1] if agents else None


def _named_source(sentence: Sentence) -> str | None:
    """The source a sentence names for all it says: "According to Kim, his country would ...", "As
    Armstrong put it, ...", "In Kennedy's words, ..."."""
    for token in sentence.span:
        source = None
        if token.lower_ == "according":
            to = next((c for c in token.children if c.lower_ == "to"), None)
            source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        elif token.lower_ == "words" and token.head.lower_ == "in":
            source = next((c for c in token.children if c.dep_ == "poss"), None)
        elif token.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
            # "as Armstrong put it", "as Kim said": a clause saying whose words the sentence tells
            put_it = token.lemma_.lower() == "put" and any(
                c.dep_ == "dobj" and c.lower_ == "it" for c in token.children
            )
            if put_it or token.lemma_.lower() in QUOTING_VERBS:
                source = subject_of(token)
        if source is not None:
            return name_of(sentence, source)
    return None


def _denial_outside(sentence: Sentence, verb: Token, quoted: range) -> str | None:
    """The words denying the speech verb, not the quoted words the parser hangs on it: 'said
    "absolutely not"' says the words; 'did not say "..."' denies them."""
    denied = denial_of(verb) or denial_frame(verb)
    words = [c for c in verb.children if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")]
    if denied and words and all(sentence.offset + w.idx in quoted for w in words):
        return denial_frame(verb)
    return denied
