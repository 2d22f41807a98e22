"""One sentence as extractors see it: its text, resolved dates and people, and its hedge."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from verify.checkworthiness.features import has_running_text
from verify.eventmatch import stem
from verify.extract.grammar import (
    YEAR_RE,
    clean_name,
    in_clause_about_someone,
    named_people,
    names_a_number,
    names_a_year,
    place_name,
    subject_of,
    verb_over,
)
from verify.extract.roles import OFFICE_WORDS, TITLE_QUALIFIERS
from verify.hedges import hedge_of
from verify.matching import HONORIFICS
from verify.models import Article, Claim
from verify.nlp import inside_quotations
from verify.timeexpr import (
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTH_NAMES,
    NEXT_DAY_RE,
    NUMERIC_DATE_RE,
    PLACING_WORDS_RE,
    ROUGH_SHIFT_RE,
    SAME_DAY_RE,
    SEASON_RE,
    WRITTEN_DATE_RE,
    YEAR_PHRASE_RE,
    DateRange,
    durations_ago,
    month_range,
    period_of,
    resolve_date,
    shifted,
    shifted_period,
    shifted_roughly,
    weekday_near,
)
from verify.timeexpr import WEEKDAYS as WEEKDAY_NUMBERS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
DATE_SHIFTS = frozenset({"before", "after", "earlier", "later", "prior"})


# nouns of kinship: a name beside one is a relative named in passing ("Kim's father, Kim Jong-il,")
KIN_NOUNS = frozenset(
    """father mother son daughter brother sister wife husband grandfather grandmother grandson granddaughter
    uncle aunt nephew niece cousin widow widower""".split()
)


def _named_as_kin(root: Token) -> bool:
    """Whether a name stands beside a noun of kinship: "Kim's father, Kim Jong-il", "his father Kim
    Jong-il"."""
    beside = root.dep_ in ("appos", "compound", "npadvmod") and root.head.lemma_.lower() in KIN_NOUNS
    return beside or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in KIN_NOUNS for c in root.children)


@dataclass
class Mentions:
    """People named so far, to resolve "he" and a bare surname."""

    full_names: list[str] = field(default_factory=list)
    # the reference datasets' people, by first word: names the small pipeline may not tag
    known: dict[str, list[str]] = field(default_factory=dict)
    # one-word names the reference datasets give a single person ("Sunak", "Xi"; not "Kim")
    known_surnames: frozenset[str] = frozenset()
    last_person: str | None = None
    last_subject: str | None = None
    recent: list[str] = field(default_factory=list)  # each person once, the latest named last
    doers: list[str] = field(default_factory=list)  # people who were the subject of a main clause
    # people named only in asides ("Kim, who succeeded his father Kim Jong-il,"): not "the two leaders"
    asides: set[str] = field(default_factory=set)
    # people named as someone's kin ("Kim's father, Kim Jong-il,"): never what a bare surname means
    # while another of that name was named
    relatives: set[str] = field(default_factory=set)
    # the last day the article told of: what "two days earlier" counts from; and the last date of
    # any kind, what "a month later" counts from
    last_day: dt.date | None = None
    last_date: DateRange | None = None
    # the last date the story itself was at: not one of what a span counts from ("Nearly nine years
    # have passed since the Paris Agreement was adopted on December 12, 2015")
    story: DateRange | None = None
    # the words of each sentence that told a date, with the last date it told: what "the day after
    # the earthquake" counts from is the date of a sentence that told of the earthquake
    dated: list[tuple[frozenset[str], DateRange]] = field(default_factory=list)
    # the last organisation and the last country named (by entity label): what "the agency" or
    # "the country" stands for; and under "it", the last one that was a subject
    realms: dict[str, str] = field(default_factory=dict)

    def expand(self, name: str) -> str:
        tokens = name.split()
        if len(tokens) == 1:
            named = [
                full
                for full in reversed(self.full_names)
                if (name in full.replace("-", " ").split() or name in full.split())
                # a middle name is not what the one the data know by that name is called: "Francis"
                # after "Robert Francis Prevost" is Pope Francis
                and not (name in self.known_surnames and name not in (full.split()[0], full.split()[-1]))
                # nor is a name the pipeline ran on into other words, first: "Putin" after the headline
                # "Kim tells Putin North Korea backs Russia" is the Putin the data know
                and not (name in self.known_surnames and name != full.split()[-1] and not self._known(full))
            ]
            named = [full for full in named if full not in self.relatives] or named
            # "Kim Jong-un took power after the death of his father Kim Jong-il": a bare "Kim" is the
            # one the article has had doing things, not a relative named in passing
            # (with none, the one named first: the article's subject comes before those named beside it)
            return next((full for full in named if full in self.doers), named[-1] if named else name)
        return name

    def _known(self, full: str) -> bool:
        return full in self.known.get(full.split()[0], ())

    def see(
        self, name: str, is_subject: bool, main_subject: bool = False, aside: bool = False, kin: bool = False
    ) -> str:
        full = self.expand(name)
        if not aside:
            self.asides.discard(full)
        elif full not in self.recent:
            self.asides.add(full)
        if kin and len(full.split()) > 1 and full not in self.full_names:
            self.relatives.add(full)
            main_subject = False
        if len(full.split()) > 1 and full not in self.full_names:
            self.full_names.append(full)
        if main_subject and full not in self.doers:
            self.doers.append(full)
        self.last_person = full
        # "Putin" in a headline and "Vladimir Putin" later are one person
        parts = full.replace("-", " ").split() + full.split()
        self.recent = [n for n in self.recent if n != full and not (" " not in n and n in parts)]
        self.recent.append(full)
        if is_subject:
            self.last_subject = full
        return full

    def touch(self, name: str) -> None:
        """``name`` was just referred to again ("he")."""
        if name in self.recent:
            self.recent.remove(name)
            self.recent.append(name)

    def pair(self) -> list[str]:
        """The two people named last, outside asides: "the two leaders" after "Putin met Kim"."""
        named = [name for name in self.recent if name not in self.asides and name not in self.relatives]
        return named[-2:] if len(named) >= 2 else []

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
    # token index -> the people a group names ("the two leaders": the last two named)
    found_groups: dict[int, list[str]] = field(default_factory=dict)
    # time expressions that name a season, month, weekday or year but resolve to no dates
    unplaced_times: list[str] = field(default_factory=list)
    # the words that hedge the main proposition ("arguably", "may have backfired"); None if asserted
    hedge: str | None = None
    # what the hedge makes of it (``verify.hedges``: a guess, what is foretold, a question)
    hedge_reading: str | None = None
    # the head words of titles ("president", and "administrator" when a dataset records that office)
    office_words: frozenset[str] = OFFICE_WORDS
    # the last organisation ("ORG") and country ("GPE") earlier sentences named, and ("it") the last
    # one of them that was a subject
    realms_before: dict[str, str] = field(default_factory=dict)
    # the words of each earlier sentence that told a date, with that date (``Mentions.dated``): what
    # "after the earthquake" may point back to
    dated_before: tuple[tuple[frozenset[str], DateRange], ...] = ()
    # the last date the story was at before this sentence (``Mentions.story``)
    story_before: DateRange | None = None

    @property
    def start(self) -> int:
        return self.offset + self.span.start_char

    def told_of(self, noun: Token, strict: bool = False) -> DateRange | None:
        """The date of the last earlier sentence that told of ``noun``'s thing ("the earthquake");
        ``strict``: in its own word, not as any meeting ("The summit came ..." is not dated by a
        sentence that told of a visit)."""
        key = _word_key(noun.lemma_)
        if strict and key == MEETING_KEY:
            key = _own_word(noun.lemma_)
        return _last_told(self.dated_before, key)

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @cached_property
    def text(self) -> str:
        # Span.text rebuilds the string from its tokens on every call
        return self.span.text.rstrip()

    @property
    def published(self):
        return self.article.published

    @property
    def dates(self) -> list[DateRange]:
        return [found for found, _, _ in self.found_dates]

    def dates_a_state(self, start: int, end: int) -> bool:
        """Whether the date at article offsets ``start`` to ``end`` bounds a state ("since 2009") or
        dates an aside's state, not an act."""
        return _dates_a_state(self.span, self.offset, start, end)

    @property
    def people(self) -> list[str]:
        # with "the two leaders" as both of them
        return named_people(self)

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


def read_sentence(
    span: Span, offset: int, article: Article, mentions: Mentions, office_words: frozenset[str] = OFFICE_WORDS
) -> Sentence:
    _untag_the_persons(span)
    _trim_entity_edges(span, office_words)
    _tag_hours_apart(span)
    _tag_feast_days(span)
    _tag_clock_times(span)
    _tag_known_names(span, mentions.known)
    _tag_known_surnames(span, mentions)
    people: dict[int, str] = {}
    persons = {ent.start: ent for ent in span.ents if ent.label_ == "PERSON"}
    # people this sentence has named so far: a pronoun after them most likely means one of them
    # ("According to Kim, ... what he said"), its subject first
    named_here: list[tuple[str, bool, Token | None]] = []
    running = has_running_text(span)
    # the words inside quotation marks are the speaker's: a name there is no one a pronoun outside them
    # stands for ('"The death of my beloved Mother ...," he said'), and a date there is not the
    # story's ('"Change begins today," Starmer said')
    quoted = inside_quotations(span.doc)
    for token in span:
        if token.i in people:
            continue
        if token.i in persons:
            ent = persons[token.i]
            name = clean_name(ent.text)
            if name:
                # (the name of a subject told by its title first: "Taiwan's president, William Lai, was ...")
                subject = ent.root.head if ent.root.dep_ == "appos" else ent.root
                is_subject = subject.dep_ in ("nsubj", "nsubjpass") or (
                    # "Han Duck-soo's own tenure proved short. Lawmakers impeached him": whose the
                    # subject is, the sentence is about
                    subject.dep_ == "poss"
                    and subject.head.dep_ in ("nsubj", "nsubjpass")
                    and subject.head.ent_type_ != "PERSON"
                )
                # (a name the parser made the root is a subject it failed to hang on the verb)
                main_subject = (is_subject and subject.head.dep_ == "ROOT") or ent.root.dep_ == "ROOT"
                # a heading in title case is no place to learn a full name from: "Truss Quits"
                # (a clause about another person: not "the war that Putin began")
                clause = _relative_clause_of(ent.root)
                aside = clause is not None and clause.head.ent_type_ == "PERSON"
                in_quotes = ent.start in quoted
                seen = running and not in_quotes
                kin = _named_as_kin(ent.root)
                full = mentions.see(name, is_subject, main_subject, aside, kin) if seen else mentions.expand(name)
                people.update({t.i: full for t in ent})
                if not in_quotes:
                    named_here.append((full, is_subject, _relative_clause_of(ent.root)))
        elif token.lower_ in PRONOUNS:
            named = _named_later_subject(span, token, persons)
            # "Kim, who succeeded his father Kim Jong-il, vowed ... what he said": a name told in a
            # relative clause is an aside to a pronoun outside it
            mine = _relative_clause_of(token)
            heard = [(full, is_subject) for full, is_subject, clause in named_here if clause in (None, mine)]
            heard = heard or [(full, is_subject) for full, is_subject, _ in named_here]
            # "Truss sacked Kwarteng and replaced him with Hunt": "him" is not the one doing it
            doer = _doer_beside(token)
            excluded = people[doer.i] if doer is not None and doer.i in people else None
            heard = [(full, is_subject) for full, is_subject in heard if full != excluded]
            earlier = [full for full, is_subject in heard if is_subject] or [full for full, _ in heard]
            before = mentions.pronoun()
            if before is not None and before == excluded:
                # "Three weeks later, Truss sacked him": someone named before, other than Truss
                before = next((name for name in reversed(mentions.recent) if name != excluded), None)
            referent = mentions.expand(named) if named else (earlier[-1] if earlier else before)
            if referent:
                people[token.i] = referent
                mentions.touch(referent)
        elif _aged_description(token) and not named_here and mentions.pronoun():
            # "Marchand won ... On Wednesday, the 22-year-old Frenchman won two golds": the one the
            # article is about, as "he" would be
            referent = mentions.pronoun()
            people[token.i] = referent
            mentions.touch(referent)
    pair = mentions.pair()
    groups = {token.i: pair for token in span if _names_a_pair(token)} if pair else {}
    dates = []
    unplaced: list[str] = []
    # "two days earlier" counts from the last day the article told of
    told_before_it = (mentions.last_day or article.published, mentions.last_date, mentions.last_day is not None)
    anchor, period, day_told = told_before_it
    before_the_story = _told_before_the_story(span, offset)

    told_as_past = _told_as_past(span, offset)
    story_time = _story_time(mentions, article.published)
    # (a month goes on from the story's own last day, not from a bound: "had stood since January 30, 2020")
    story_day = mentions.story if mentions.story is not None and mentions.story.granularity == "day" else None

    def in_the_story(found: list[tuple[DateRange, int, int]]) -> list[tuple[DateRange, int, int]]:
        # "On July 9, protesters stormed ..., and four days later": counted from the day in the story's year
        return _in_the_story_year(
            found,
            story_time,
            article.published,
            before_the_story,
            told_as_past,
            (story_day.start, story_day.end) if story_day else None,
        )

    for ent in _time_expressions(span):
        if ent.label_ in ("DATE", "TIME") and ent.start not in quoted:
            # the parser may end a date with the sentence's full stop ("on March 10.")
            words = ent[:-1] if len(ent) > 1 and ent[-1].text == "." else ent
            text, end_char = words.text, words.end_char
            following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
            if (
                _BARE_ORDINAL_RE.fullmatch(text)
                and following is not None
                and following.pos_ in ("NOUN", "PROPN", "ADJ")
            ):
                continue  # "the 31st member" counts; only "on the 13th" is a day
            resolved = None
            # "withdrew in July and endorsed Harris the same day": from a date told before in the sentence
            placed = in_the_story(dates)
            story_dates = [d for d in placed if not _dates_a_state(span, offset, d[1], d[2])]
            # "since May 6, when the Bundestag elected him on the same day": the day the clause is of
            story_dates += [d for d in placed if d not in story_dates and _in_clause_of(ent, offset, d)]
            anchor, period, day_told = _told_before(story_dates, offset + ent.start_char) or told_before_it
            told_in_it = _told_before(story_dates, offset + ent.start_char) is not None
            start_char = words.start_char
            if (
                ent.start - 2 >= span.start
                and ent.doc[ent.start - 1].lower_ == "and"
                and re.fullmatch(r"\d{1,2}", ent.doc[ent.start - 2].text)
                and re.match(r"\d{1,2}\s+[A-Za-z]", text)
            ):
                # "on 2 and 3 December 1989": the parser tags the second day alone
                text, start_char = f"{ent.doc[ent.start - 2].text} and {text}", ent.doc[ent.start - 2].idx
            preceding = ent.doc[ent.start - 1] if ent.start > 0 else None
            if (
                preceding is not None
                and preceding.lower_ == "same"
                and preceding.i > span.start
                and ent.doc[preceding.i - 1].lower_ == "that"
            ):
                preceding = ent.doc[preceding.i - 1]  # "that same Tuesday evening"
            pointed = (
                f"{ent.doc[preceding.i : ent.start].text} {text}"
                if preceding is not None and preceding.i >= span.start
                else text
            )
            told_year = (anchor or period.start).year if period is not None and (day_told or told_in_it) else None
            if told_year is not None and (of_that := _of_that_year(ent, text, told_year)) is not None:
                # "took office that November", "on May 3 of that year": of the year last told
                resolved, period_end = of_that
                if period_end is not None:
                    end_char = period_end
            elif day_told and (near := weekday_near(pointed, anchor) or weekday_near(text, anchor)):
                # "On January 6, Trudeau announced ... Standing outside Rideau Cottage that Monday": the
                # Monday of the day told, not of the article's week
                resolved = near
                if preceding is not None and near.expression == pointed != text:
                    text, start_char = pointed, preceding.idx
            elif following is not None and following.lower_ == "as" and SAME_DAY_RE.fullmatch(text):
                # "the same day as Prabowo's inauguration": the day of the sentence that told of it
                thing = next((c for c in following.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
                # (not "sworn in the same day as Peru's first female president": "as" gives a role)
                if thing is not None and thing.lemma_.lower() in office_words:
                    thing = None
                if thing is not None:
                    key = _word_key(thing.lemma_)
                    told = _last_told(mentions.dated, key)
                    if told is None or told.granularity != "day":
                        unplaced.append(f"{text} as {thing.text}")
                        continue
                    resolved = DateRange(told.start, told.start, f"{text} as {thing.text}", "day")
                    text, end_char = f"{text} {following.text}", following.idx + len(following.text)
            elif (
                following is not None
                and following.lower_ in DATE_SHIFTS
                and not _anchors_elsewhere(following, told_in_it)
            ):
                # spaCy leaves "before" out of "the day before"; without it the date is wrong. But "last
                # week after months of fighting" is last week.
                shift = f"{text} {following.text}"
                # (only a count of time is counted from a thing: not "last week after months of fighting")
                counted = shifted(shift, _SOME_DAY) or shifted_period(shift, DateRange(_SOME_DAY, _SOME_DAY, "", "day"))
                thing = _thing_counted_from(following) if counted else None
                if counted and thing is None and _names_its_own_act(following):
                    # "six days after he met Xi Jinping at the SCO summit in Samarkand": a pronoun's
                    # act with a name of its own is not the one last told
                    unplaced.append(shift)
                    continue
                if thing is not None:
                    # "the day after the earthquake": after the date of the last sentence that told of
                    # an earthquake, not after whatever day was told last
                    told = _last_told_thing(mentions.dated, thing)
                    if told is None:
                        unplaced.append(shift)
                        continue
                    day = told.start if told.granularity == "day" else None
                    resolved = _resolved(shift, day, article.published, period=told, day_told=day is not None)
                else:
                    resolved = _resolved(shift, anchor, article.published, period=period, day_told=day_told)
                if resolved:
                    text, end_char = shift, following.idx + len(following.text)
            if (
                resolved is None
                and told_in_it
                and period is not None
                and period.start.year == period.end.year
                and _YEAR_SAID_RE.search(period.expression)
                and not _told_aside(span, offset, story_dates, offset + ent.start_char, ent.root)
            ):
                # "In the autumn of 1989, ...: Krenz replaced Honecker in October": a month or a day
                # without a year, after a date of one year in the sentence, is of that year
                resolved = _in_the_year_told(text, period, _counted_back_to(span, offset, story_dates, ent))
                if resolved is not None and article.published is not None and resolved.start > article.published:
                    resolved = None  # not a day after the article's
            before = ent.doc[ent.start - 1] if ent.start > 0 else None
            if resolved is None and before is not None and before.lower_ == "between":
                # the parser tags "March 20 and 22" and leaves "between" out
                resolved = _resolved(f"between {text}", anchor, article.published)
            resolved = resolved or _resolved(
                text,
                anchor,
                article.published,
                future=tells_future(ent) or _scheduled(ent, text, article.published),
                period=period,
                day_told=day_told,
            )
            if resolved:
                dates.append((resolved, offset + start_char, offset + end_char))
            elif PLACING_WORDS_RE.search(text):
                unplaced.append(text)
    # expressions the parser may leave untagged ("to start the day", "a year and a half ago")
    text = span.text
    untagged = (
        SAME_DAY_RE.finditer(text),
        NEXT_DAY_RE.finditer(text),
        durations_ago(text),
        NUMERIC_DATE_RE.finditer(text),
        SEASON_RE.finditer(text),
        ROUGH_SHIFT_RE.finditer(text),
    )
    quoted_from = {span.doc[i].idx - span.start_char for i in quoted if span.start <= i < span.end}
    tagged = [(start, end) for _, start, end in dates]
    for match in itertools.chain(*untagged, WRITTEN_DATE_RE.finditer(text), YEAR_PHRASE_RE.finditer(text)):
        if match.start() in quoted_from:
            continue
        start = offset + span.start_char + match.start()
        end = start + len(match.group(0))
        years = set(re.findall(r"\d{4}", match.group(0)))
        if match.re is YEAR_PHRASE_RE and any(
            s < end and start < e and years <= set(re.findall(r"\d{4}", article.text[s:e])) for s, e in tagged
        ):
            # only a year the parser left untagged: "in 2017", tagged, is "2017" (but "from 2011 to
            # 2016", of which it tagged "2016" alone, is the span)
            continue
        overlapping = [d for d in dates if d[1] < end and start < d[2]]
        # a longer expression wins over the part of it the parser tagged ("half [a year ago]")
        if any(not (start <= s and e <= end and e - s < end - start) for _, s, e in overlapping):
            continue
        story_dates = [d for d in in_the_story(dates) if not _dates_a_state(span, offset, d[1], d[2])]
        anchor, period, day_told = _told_before(story_dates, start) or told_before_it
        resolved = _resolved(match.group(0), anchor, article.published, period=period, day_told=day_told)
        if resolved:
            dates = [d for d in dates if d not in overlapping]
            dates.append((resolved, start, end))
    dates = in_the_story(dates)
    in_order = _without_restated(sorted(dates, key=lambda d: d[1]), article.text)
    kept = {(start, end): found for found, start, end in in_order}
    dates = [(kept[(start, end)], start, end) for _, start, end in dates if (start, end) in kept]
    # ("Three weeks earlier, Prigozhin was killed. The same day, ...": a count of weeks from a day is
    # that day, said loosely)
    counted_days = [(_counted_day(found), start, end) for found, start, end in in_order]
    days = [day for day, _, _ in counted_days if day is not None]
    # "On 14 January, Margrethe stepped down, two weeks after announcing it on New Year's Eve": the
    # story's day is the 14th, not the day of what a span counts from
    own_days = [
        day for day, start, end in counted_days if day is not None and not _counted_from(span, offset, start, end)
    ]
    days = own_days or days
    if days:
        mentions.last_day = days[-1].start
    # "a month later" counts from the story's own dates, not from an aside's ("Kim, who took power in
    # 2011,") or a bound ("since 2019")
    dated_before = tuple(mentions.dated)
    story_before = mentions.story
    told_at = [(found, start, end) for found, start, end in in_order if _dates_the_story(span, offset, start, end)]
    own_told = [found for found, start, end in told_at if not _counted_from(span, offset, start, end, since=True)]
    if own_told:
        mentions.story = own_told[-1]
    if told_at:
        mentions.last_date = told_at[-1][0]
        mentions.dated.extend(_words_of_each_date(span, offset, told_at))
    elif article.published is not None and _told_as_now(span):
        # "In his search for allies, he has already had talks with Xi in March. Now, he has been hosting
        # Kim": the story is back at the article's day, which "the day before" counts from
        today = DateRange(article.published, article.published, "now", "day")
        mentions.last_day, mentions.last_date, mentions.story = article.published, today, today
        mentions.dated.append((_words_told(span), today))
    realms_before = dict(mentions.realms)
    mentions.realms.update({ent.label_: place_name(ent) for ent in span.ents if ent.label_ in ("ORG", "GPE")})
    doers = [ent for ent in span.ents if ent.label_ in ("ORG", "GPE") and ent.root.dep_ in ("nsubj", "nsubjpass")]
    if doers:
        mentions.realms["it"] = place_name(doers[-1])
    hedge = hedge_of(span)
    return Sentence(
        span=span,
        offset=offset,
        found_dates=dates,
        found_people=people,
        found_groups=groups,
        article=article,
        unplaced_times=unplaced,
        hedge=hedge.cue if hedge else None,
        hedge_reading=hedge.reading if hedge else None,
        office_words=office_words,
        realms_before=realms_before,
        dated_before=dated_before,
        story_before=story_before,
    )


_WEEKDAYS = frozenset(d.lower() for d in (*calendar.day_name, *calendar.day_abbr))
# the words between the two dates of "from 2005 until 2021" and "between 2019 and 2022"
SPAN_LINKS = {"from": frozenset({"to", "until", "till", "through", "thru"}), "between": frozenset({"and"})}


def _time_expressions(span: Span) -> list[Span]:
    """The sentence's entities, with two dates the parser tags apart but the sentence joins into one
    span ("from 2005 until 2021") as one entity."""
    from spacy.tokens import Span  # at run time only here: the type is imported for annotations alone

    ents = [_date_as_event(ent) for ent in span.ents]
    joined: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        after = ents[i + 1] if i + 1 < len(ents) else None
        doc = ent.doc
        links = SPAN_LINKS.get(doc[ent.start - 1].lower_, ()) if ent.start > span.start else ()
        if (
            after is not None
            and ent.label_ == after.label_ == "DATE"
            # "from [2015] to [2023]", or "from [2015 to] [2023]" with the link tagged in the first
            and (
                (after.start == ent.end + 1 and doc[ent.end].lower_ in links)
                or (after.start == ent.end and ent[-1].lower_ in links)
            )
        ):
            joined.append(Span(doc, ent.start, after.end, label="DATE"))
            i += 2
            continue
        if (
            after is not None
            and ent.label_ == after.label_ == "DATE"
            and len(ent) == 1
            and ent[0].lower_ in _WEEKDAYS
            and after.start == ent.end + 1
            and doc[ent.end].text == ","
            and any(t.lower_ in MONTH_NAMES for t in after)
            and any(t.like_num for t in after)
        ):
            # "On Thursday, 12 June", where the parser tags the weekday apart from its day
            joined.append(Span(doc, ent.start, after.end, label="DATE"))
            i += 2
            continue
        if (
            after is not None
            and ent.label_ == after.label_ == "DATE"
            and ent[-1].text == ","
            and after.start == ent.end
            and YEAR_RE.fullmatch(after.text)
        ):
            # "September 15-16, 2023", where the parser tags the days apart from the year
            joined.append(Span(doc, ent.start, after.end, label="DATE"))
            i += 2
            continue
        if (
            ent.label_ == "DATE"
            and ent.start > span.start
            and ent.end + 1 < span.end
            and doc[ent.end].lower_ in SPAN_LINKS.get(doc[ent.start - 1].lower_, ())
            and (
                (YEAR_RE.fullmatch(doc[ent.end + 1].text) and not doc[ent.end + 1].ent_type_)
                or _day_after_a_day(ent, doc[ent.end + 1])
            )
        ):
            # "from 2010 to 2015", where the parser tags only the first year, and "between March 1
            # and 3", where it tags the second day as a number
            joined.append(Span(doc, ent.start, ent.end + 2, label="DATE"))
            i += 1
            continue
        if (named := _without_a_named_year(ent)) is not ent:
            joined.extend(_split_at_comma(named) if named is not None else [])
        else:
            joined.extend(_split_at_comma(ent))
        i += 1
    return joined


def _date_as_event(ent: Span) -> Span:
    """A date the parser tags as an event ("New Year's Day 2023", "September 15-16,") as a date."""
    from spacy.tokens import Span

    text = ent.text.rstrip(" ,")
    first = text.split()[0].lower().rstrip(".") if text.split() else ""
    # a month or a holiday first: not "the 2024 Games", whose year is a name's
    told = first in MONTH_NAMES or any(text.lower().startswith(day) for day in FIXED_HOLIDAYS)
    if ent.label_ != "EVENT" or not told or resolve_date(text, _SOME_DAY) is None:
        return ent
    return Span(ent.doc, ent.start, ent.end, label="DATE")


def _without_a_named_year(ent: Span) -> Span | None:
    """The date without a year that belongs to a name before it ("Euro 2024", "Paris 2024", "Qatar
    2022"): ``ent`` when it begins with none, None when nothing else is left."""
    from spacy.tokens import Span

    if ent.label_ == "DATE" and len(ent) == 2 and names_a_number(ent[1]) and not names_a_year(ent[1]):
        return None  # "Flight 1282": a name, and no year
    if ent.label_ != "DATE" or not names_a_year(ent[0]):
        return ent
    rest = [t for t in ent[1:] if t.pos_ not in ("VERB", "AUX", "ADP", "PUNCT")]
    if not rest:
        return None
    return Span(ent.doc, rest[0].i, ent.end, label="DATE")


def _split_at_comma(ent: Span) -> list[Span]:
    """Two dates the parser tags as one across a comma ("On July 21, eight days after ..."), apart;
    not "July 21, 2024" nor "Wednesday, July 31"."""
    from spacy.tokens import Span

    if ent.label_ != "DATE":
        return [ent]
    for token in ent[1:-1]:
        after = ent.doc[token.i + 1]
        if token.text != "," or YEAR_RE.fullmatch(after.text) or ent.doc[token.i - 1].lower_ in _WEEKDAYS:
            continue
        if after.like_num or after.lower_ in ("a", "an", "about", "nearly", "almost", "more", "less", "some"):
            return [Span(ent.doc, ent.start, token.i, label="DATE"), Span(ent.doc, token.i + 1, ent.end, label="DATE")]
    return [ent]


def _day_after_a_day(ent: Span, token: Token) -> bool:
    """Whether ``token`` is a bare day of the month after a date that ends with one ("March 1")."""
    return (
        ent[-1].like_num and token.text.isdigit() and 1 <= int(token.text) <= 31 and token.ent_type_ in ("", "CARDINAL")
    )


def _where_hung(span: Span, offset: int, start: int, end: int) -> tuple[Token | None, bool]:
    """The word outside the date at article offsets ``start`` to ``end`` that it hangs on, and
    whether the date comes after "since"."""
    tokens = [t for t in span if start <= offset + t.idx < end]
    inside = {t.i for t in tokens}
    hung_on = next((t.head for t in tokens if t.head.i not in inside), None)
    since = hung_on is not None and (hung_on.lower_ == "since" or any(t.lower_ == "since" for t in tokens))
    return hung_on, since


def _counted_from(span: Span, offset: int, start: int, end: int, since: bool = False) -> bool:
    """Whether the date at article offsets ``start`` to ``end`` is of what a span counts from or back
    to: "two weeks after announcing her decision on New Year's Eve" (with ``since``, also "nine years
    have passed since the Paris Agreement was adopted on December 12, 2015")."""
    hung_on, _ = _where_hung(span, offset, start, end)
    if hung_on is None:
        return False
    links = ("after", "before", "since") if since else ("after", "before")
    if any(
        a.lower_ in links
        and a.dep_ in ("prep", "mark")
        and any(c.like_num or c.ent_type_ == "DATE" for c in a.head.subtree if c.i < a.i)
        for a in (hung_on, *hung_on.ancestors)
    ):
        return True
    # "nine years have passed since the Paris Agreement was adopted on ...": the clause's mark
    return since and any(
        c.dep_ == "mark"
        and c.lower_ in links
        and a.head.i != a.i
        and any(t.like_num or t.ent_type_ == "DATE" for t in a.head.subtree if t.i < c.i)
        for a in (hung_on, *hung_on.ancestors)
        for c in a.children
    )


def _dates_the_story(span: Span, offset: int, start: int, end: int) -> bool:
    """Whether the date at article offsets ``start`` to ``end`` dates what the sentence tells, not a
    clause about someone ("Kim, who took power in 2011,") nor a bound ("since 2019")."""
    hung_on, since = _where_hung(span, offset, start, end)
    return hung_on is None or not (since or in_clause_about_someone(hung_on))


# the verbs of a state an aside tells: "who has served as prime minister since May 2022"
_STATE_VERBS = frozenset({"be", "serve", "hold", "remain"})


def _dates_a_state(span: Span, offset: int, start: int, end: int) -> bool:
    """Whether the date at article offsets ``start`` to ``end`` bounds a state ("since 2019") or dates
    an aside's state ("McCarthy, who was speaker from January to October 2023,"), not an act."""
    hung_on, since = _where_hung(span, offset, start, end)
    if hung_on is None:
        return False
    return since or (in_clause_about_someone(hung_on) and verb_over(hung_on).lemma_.lower() in _STATE_VERBS)


# any day, to tell whether an expression is a count of time from one
_SOME_DAY = dt.date(2000, 1, 1)

_BARE_ORDINAL_RE = re.compile(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)", re.IGNORECASE)
# the article's own day, whatever it told before: "to start the day", "earlier today"
_TODAY_RE = re.compile(
    r"(?:earlier |later )?(?:today|tonight)|this (?:morning|afternoon|evening)|to (?:start|begin|open) the day",
    re.IGNORECASE,
)
_DAYS_RE = re.compile(r"\b(?:days?|nights?|mornings?|evenings?|weeks?|fortnight)\b", re.IGNORECASE)


def _told_as_now(span: Span) -> bool:
    """Whether a sentence tells of the article's present with "now" on its main verb, not in the
    past tense: "Now, he has been hosting Kim", "Russia now controls ..."."""
    root = span.root
    return root.tag_ != "VBD" and any(c.dep_ == "advmod" and c.lower_ == "now" for c in root.children)


def _resolved(
    text: str,
    anchor: dt.date | None,
    published: dt.date | None,
    future: bool = False,
    period: DateRange | None = None,
    day_told: bool = True,
) -> DateRange | None:
    """A time expression counted from ``anchor``, the day the article last told of ("two days
    earlier"), or from ``period``, the last date it told of ("a month later"; "a week later" after
    "in February", with no day told before, is a week after some day of February), or else
    resolved against the publication date."""
    if not day_told and period is not None and period.granularity in ("week", "month", "year"):
        if period.granularity == "year" and _DAYS_RE.search(text) and not _TODAY_RE.fullmatch(text):
            return None  # "the next day" after "in 2024" is any day of a year: no date at all
        first, last = shifted(text, period.start), shifted(text, period.end)
        if first is not None and last is not None:
            return DateRange(first.start, last.end, text, period.granularity)
    # ("six months earlier" with nothing told before: before the article's day, as "two days
    # earlier" is)
    today = DateRange(published, published, "published", "day") if published else None
    return (
        (shifted(text, anchor) or shifted_roughly(text, anchor) if anchor else None)
        or (shifted_period(text, period) or period_of(text, period) if period else None)
        or (shifted_period(text, today) if today and period is None else None)
        or resolve_date(text, published, future=future)
    )


# nouns that, as "the two ...", "both ..." or "the pair", mean the two people just named
PAIR_NOUNS = frozenset({"leader", "man", "woman", "president", "head", "ruler", "statesman", "pair", "duo"})


def _names_a_pair(token: Token) -> bool:
    if token.pos_ != "NOUN" or token.lemma_.lower() not in PAIR_NOUNS:
        return False
    words = {c.lower_ for c in token.children if c.dep_ in ("nummod", "det", "predet")}
    if token.lemma_.lower() in ("pair", "duo"):
        return "the" in words
    return token.tag_ == "NNS" and ("both" in words or {"the", "two"} <= words)


# The small words inside surnames: "Ursula von der Leyen", "Charles de Gaulle"
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "du", "da", "di", "del", "la", "le", "bin", "ibn", "al"})


_YEAR_SAID_RE = re.compile(rf"\b{YEAR_RE.pattern}\b")
# "A day later, on January 3": a count of time the date after it says again
_RELATIVE_RE = re.compile(r"\b(?:later|earlier|after|before|next|following|previous)\b", re.IGNORECASE)
_RESTATING_RE = re.compile(r"\s*,?\s*(?:on|in)?\s*")


def _without_restated(dates: list[tuple[DateRange, int, int]], text: str) -> list[tuple[DateRange, int, int]]:
    """Without a relative date that the date right after it restates: "A day later, on January 3"
    is January 3, whatever day the count from the last one gives."""
    kept = []
    dates = list(dates)
    for index, (found, start, end) in enumerate(dates):
        after = dates[index + 1] if index + 1 < len(dates) else None
        restated = (
            after is not None
            and _RELATIVE_RE.search(found.expression)
            and not _RELATIVE_RE.search(after[0].expression)
            and _RESTATING_RE.fullmatch(text[end : after[1]])
        )
        if not restated:
            kept.append((found, start, end))
            continue
        day = after[0]
        if (
            found.granularity == day.granularity == "day"
            and (found.start.month, found.start.day) == (day.start.month, day.start.day)
            and not _YEAR_SAID_RE.search(day.expression)
        ):
            # "On December 11, 2023 ... two days later, on December 13": the count's year
            dates[index + 1] = (replace(day, start=found.start, end=found.end), after[1], after[2])
    return kept


_MONTH_WORD = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
# a day of a month with no year: "November 22", "22 Nov."
_BARE_DAY_RE = re.compile(
    rf"(?:on\s+)?(?:(?:{_MONTH_WORD})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_WORD})\.?)",
    re.IGNORECASE,
)
# a month with no year: "In June", "in early July"
_BARE_MONTH_RE = re.compile(rf"(?:in\s+)?(?:(?:early|mid|late)[\s-]+)?(?:{_MONTH_WORD})\.?", re.IGNORECASE)
# how near the story's day a bare day must lie to be of its year, and how far the latest such day
# before the article must lie from it
_STORY_DAYS, _OTHER_YEAR_DAYS = 31, 180


_THAT_YEAR = ("of that year", "that year", "of the same year", "the same year")


def _of_that_year(ent: Span, text: str, year: int) -> tuple[DateRange, int | None] | None:
    """A month or a day told as of the year last told: "that November" (after "on September 30,
    2023"), "May 3 of that year"; with the character offset its words end at, when they run past
    the parser's date."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    month = MONTH_NAMES.get(text.lower().rstrip("."))
    if month is not None and before is not None and before.lower_ == "that":
        return month_range(year, month, f"that {text}"), None
    lowered, ends = text.lower(), None
    said = next((words for words in _THAT_YEAR if lowered.endswith(f" {words}")), None)
    if said is None:
        # the parser may leave "of that year" out of the date
        following = doc[ent.end : ent.end + 4]
        said = next((words for words in _THAT_YEAR if following.text.lower().startswith(words)), None)
        if said is None:
            return None
        last = following[len(said.split()) - 1]
        ends, text = last.idx + len(last.text), f"{text} {said}"
    bare = text[: -len(said)].strip()
    if not _BARE_DAY_RE.fullmatch(bare):
        return None
    day = resolve_date(bare, dt.date(year, 12, 31))
    if day is None or day.granularity != "day":
        return None
    on_the_day = day.start.replace(year=year)
    return DateRange(on_the_day, on_the_day, text, "day"), ends


def _story_time(mentions: Mentions, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The time the story is at: its last day told, or a month told without a year since, which the
    story's year placed ("On May 16, 2022, ... In June he told parliament ...")."""
    story = mentions.story
    if (
        story is not None
        and _bare_month(story)
        and mentions.last_day is not None
        and story.end > mentions.last_day
        and published is not None
        and story.start.year < published.year
    ):
        return (story.start, story.end)
    return (mentions.last_day, mentions.last_day) if mentions.last_day else None


def _told_as_past(span: Span, offset: int) -> Callable[[int, int], bool]:
    """Whether the date at article offsets ``start`` to ``end`` is "in" a time of a verb in the simple
    past or the past perfect ("In June he told parliament"), not of the present perfect of the
    article's days ("he has already had talks with Xi in March"), nor a bound ("until July")."""

    def past(start: int, end: int) -> bool:
        first = next((t for t in span if start <= offset + t.idx < end), None)
        if first is None or (first.lower_ != "in" and (first.i == span.start or span.doc[first.i - 1].lower_ != "in")):
            return False
        head = _verb_dated(span, offset, start, end)
        if head is None or head.tag_ not in ("VBD", "VBN"):
            return False
        return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'s", "'ve") for c in head.children)

    return past


def _verb_dated(span: Span, offset: int, start: int, end: int) -> Token | None:
    tokens = [t for t in span if start <= offset + t.idx < end]
    inside = {t.i for t in tokens}
    head = next((t.head for t in tokens if t.head.i not in inside), None)
    while head is not None and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head if head is not None and head.pos_ in ("VERB", "AUX") else None


def _told_before_the_story(span: Span, offset: int) -> Callable[[int, int], bool]:
    """Whether the date at article offsets ``start`` to ``end`` dates an act in the past perfect
    ("where an earthquake had struck on January 1"): before the story's time, not news of the days
    before the article."""

    def before(start: int, end: int) -> bool:
        head = _verb_dated(span, offset, start, end)
        return head is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)

    return before


def _in_the_story_year(
    dates: list[tuple[DateRange, int, int]],
    story_time: tuple[dt.date, dt.date] | None,
    published: dt.date | None,
    before_the_story: Callable[[int, int], bool] = lambda start, end: False,
    told_as_past: Callable[[int, int], bool] = lambda start, end: False,
    story_day: tuple[dt.date, dt.date] | None = None,
) -> list[tuple[DateRange, int, int]]:
    """A day told without a year, in the year of the story told around it: "On November 17, 2023,
    the board ousted Altman ... OpenAI announced on November 22 that he would return" (in an
    article of January 2025, the latest 22 November is of 2024); "Johnson was elected on October 25,
    2023, three weeks after McCarthy was ousted on October 3". Only when that day of the story's year
    lies within a month of the last day told, the latest one before the article half a year or more
    from it, and nearer the story's day than that one is to the article's ("on Aug. 30" in an article
    of 13 September 2023 is of 2023, though the sentence before told of September 2022); and the
    latest one is more than a month before the article, in no period the sentence names ("A year
    later, Rodri won the Ballon d'Or on October 28", in an article of November 2024). ``story_time``
    is the story's last day, or a month told without a year after it: "On May 16, 2022, ... In June
    he told parliament ... On July 9, protesters stormed the President's House" is June and July 2022
    in an article of November 2024, as "in June", told in the past tense, is the month after the
    story's own last day ``story_day`` (not after a bound: "had stood since January 30, 2020")."""
    kept = []
    # the story's days: the last one told, or a month the sentence names with its year ("since
    # October 2022, when she was sworn in less than a month after the September 25 election")
    story = story_time
    told_here = False
    for found, start, end in sorted(dates, key=lambda d: d[1]):
        if story_day is not None and _bare_month(found) and told_as_past(start, end):
            # "In June he told parliament", after a day of May 2022: that June, as the story goes on
            # (not "he has already had talks with Xi in March", of the article's days)
            month = month_range(story_day[1].year, found.start.month, found.expression)
            if (
                month.start > story_day[1]
                and (month.start - story_day[1]).days <= _STORY_DAYS
                and (found.start - story_day[1]).days > _OTHER_YEAR_DAYS
                and (published is None or (published - found.end).days > _STORY_DAYS)
            ):
                found = month
                story = story_day = (found.start, found.end)
        if story is not None and found.granularity == "day" and _BARE_DAY_RE.fullmatch(found.expression.strip()):
            day = _same_day_in(found.start, story[1].year)
            story_point = story[1] if day is None or day > story[1] else max(story[0], day)
            # (not a day of the last month's news, nor one another date of the sentence places in the
            # latest year: "In Germany this summer, England beat the Netherlands on July 10")
            placed = any(
                other.granularity != "day" and other.start <= found.start <= other.end for other, _, _ in dates
            )
            if (
                day is not None
                and not placed
                and abs((day - story_point).days) <= _STORY_DAYS
                and abs((found.start - story_point).days) > _OTHER_YEAR_DAYS
                and (
                    published is None
                    or (published - found.start).days > _STORY_DAYS
                    # "the Noto Peninsula, where an earthquake had struck on January 1", after a day of
                    # January 2024, in an article of 3 January 2025
                    or (day <= story_point and before_the_story(start, end))
                )
                and (published is None or abs((day - story_point).days) < abs((published - found.start).days))
                # a story told on goes forward: a day before the last one told, in a sentence of its
                # own, is of the story's year only in the past perfect ("On August 22, 2023,
                # parliament elected Srettha. On August 14, the court removed him", in November
                # 2024, is the August 14 after)
                and (day >= story_point or told_here or before_the_story(start, end))
            ):
                found = replace(found, start=day, end=day)
        if found.granularity in ("day", "month") and _YEAR_SAID_RE.search(found.expression):
            story, told_here = (found.start, found.end), True
            story_day = story if found.granularity == "day" else story_day
        kept.append((found, start, end))
    return kept


def _bare_month(found: DateRange) -> bool:
    return found.granularity == "month" and _BARE_MONTH_RE.fullmatch(found.expression.strip()) is not None


def _same_day_in(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def known_names(names: Iterable[str]) -> dict[str, list[str]]:
    """People's names worth looking for in the text, by first word, longest first: two to four
    capitalised words that are not a title ("Olaf Scholz", "Kim Jong Un", "Ursula von der Leyen"; not "President Putin",
    "North Korean leader" or "Russia and China", which datasets list as aliases too)."""
    index: dict[str, list[str]] = {}
    for name in sorted(set(names), key=len, reverse=True):
        words = name.split()
        capitalised = words[0][:1].isupper() and all(w[:1].isupper() or w in NAME_PARTICLES for w in words[1:])
        if not 2 <= len(words) <= 4 or not capitalised or words[-1] in NAME_PARTICLES:
            continue
        # ("WHO Director-General", a speaker's alias, is a title too)
        parts = [part for w in words for part in w.lower().strip(".,").split("-")]
        if any(part in OFFICE_WORDS | TITLE_QUALIFIERS for part in parts) or "(" in name:
            continue
        # by the first word as the tokenizer splits it: "Frank" of "Frank-Walter Steinmeier"
        index.setdefault(words[0].split("-")[0], []).append(name)
    return index


def known_surnames(names: Iterable[str]) -> frozenset[str]:
    """The one-word names (aliases) of the reference data that stand for one person: every longer
    name holding the word shares another word too, or a spelling of it ("Putin" in "Vladimir Putin"
    and "Vladimir Vladimirovich Putin", "Lavrov" in "Sergey Lavrov" and "Sergei Lavrov"); "Kim" in
    "Kim Jong-un" and "Kim Yo-jong" stands for no one. A title or an honorific is no other name
    ("Tedros" in "Tedros Adhanom Ghebreyesus" and "Dr Tedros")."""
    titles = OFFICE_WORDS | TITLE_QUALIFIERS | HONORIFICS
    names = set(names)
    # the family name of a two-word name counts as one of its names ("Blinken" of "Antony Blinken"),
    # when no other name of the data holds it; not a short word, which may be a given name that
    # comes last ("Qin Gang", "Moon Jae In") and an English word too
    surnames = {
        words[-1]
        for name in names
        if len(words := name.split()) == 2
        and len(words[-1]) >= 5
        and all(w[:1].isupper() for w in words)  # not "Russia and China", a speaker's alias
        and not any(w.lower().strip(".,") in titles for w in words)
    }
    # the other words of every longer name, by word ("President Putin" is an alias too, but a title
    # is no other name)
    others: dict[str, list[set[str]]] = {}
    for name in names:
        words = name.split()
        if len(words) > 1 and not any(w.lower().strip(".,") in titles for w in words):
            for word in set(words):
                others.setdefault(word, []).append(set(words) - {word})
    found = set()
    for name in names | surnames:
        if " " in name or len(name) < 2 or not name[:1].isupper() or not name.replace("-", "").isalpha():
            continue
        if name.lower() in titles or any(part in titles for part in name.lower().split("-")):
            continue
        longer = others.get(name, [])
        if not longer or _share_a_word(longer):
            found.add(name)
    return frozenset(found)


def _share_a_word(names: list[set[str]]) -> bool:
    """Whether every set of words holds one word of the first, or a spelling of it ("Sergey" and
    "Sergei" in "Sergey Lavrov" and "Sergei Lavrov"; not "Jong-un" and "Jong-il")."""
    return any(all(any(_spellings_of_one(word, other) for other in words) for words in names[1:]) for word in names[0])


def _spellings_of_one(word: str, other: str) -> bool:
    """ "Sergey" and "Sergei"; a short form that begins or ends the other, "Alex" and "Alexander",
    "Tony" and "Antony"."""
    a, b = sorted((word.lower(), other.lower()), key=len)
    return fuzz.ratio(a, b) >= 80 or (len(a) >= 4 and (b.startswith(a) or b.endswith(a)))


def _tag_known_names(span: Span, known: dict[str, list[str]]) -> None:
    """Tag as a person a name the reference data knows, where the small pipeline read it as an
    organisation ("Olaf Scholz"), a place or nothing. A longer person it found is kept."""
    if not known:
        return
    doc = span.doc
    text = doc.text
    found = []
    for token in span:
        if found and token.i < found[-1].end:
            continue  # "Oligui Nguema" inside "Brice Oligui Nguema", both known
        for name in known.get(token.text, ()):
            end = token.idx + len(name)
            if text.startswith(name, token.idx) and (end == len(text) or not text[end].isalnum()):
                named = doc.char_span(token.idx, end)
                if named is not None:
                    found.append(named)
                    break
    if not found:
        return
    from spacy.tokens import Span

    people = [Span(doc, f.start, f.end, label="PERSON") for f in found]
    taken = {i for p in people for i in range(p.start, p.end)}
    kept = []
    for ent in doc.ents:
        if not taken.intersection(range(ent.start, ent.end)):
            kept.append(ent)
        elif ent.label_ == "PERSON" and any(ent.start <= p.start and p.end <= ent.end for p in people):
            kept.append(ent)  # "Kim Jong Un" already in a longer person the pipeline found
            people = [p for p in people if not (ent.start <= p.start and p.end <= ent.end)]
    doc.ents = sorted(kept + people, key=lambda e: e.start)


# Zones news copy writes after a clock time; the small pipeline reads "11:58 KST" as a person called KST.
TIME_ZONES = frozenset(
    "UTC GMT BST CET CEST EET EEST MSK IST PKT ICT WIB SGT HKT CST JST KST AEST AEDT NZST NZDT "
    "EST EDT CDT MST MDT PST PDT AKST HST".split()
)
_CLOCK_RE = re.compile(r"\d{1,2}[:.]\d{2}|\d{3,4}|\d{1,2}(?:[ap]\.?m\.?)?", re.IGNORECASE)


def _tag_clock_times(span: Span) -> None:
    """Tag "11:58 KST", "0544 GMT" or "10 a.m. EDT" as a time: a live blog's timestamp, or the hour
    wire copy gives an act, names no one."""
    doc = span.doc
    zones = [
        t
        for t in span
        if t.text in TIME_ZONES
        and t.i > span.start
        and (_CLOCK_RE.fullmatch(doc[t.i - 1].text) or doc[t.i - 1].lower_ in ("a.m.", "p.m.", "am", "pm"))
    ]
    if not zones:
        return
    from spacy.tokens import Span

    times = []
    for zone in zones:
        # (back over what the parser tagged as the time, "10 a.m.", never over a date's day number)
        start = zone.i - 1
        while start > span.start and doc[start - 1].ent_type_ == "TIME":
            start -= 1
        times.append(Span(doc, start, zone.i + 1, label="TIME"))
    taken = {i for time in times for i in range(time.start, time.end)}
    kept = []
    for ent in doc.ents:
        if not taken.intersection(range(ent.start, ent.end)):
            kept.append(ent)
            continue
        # "GMT - North Korea", tagged as one organisation, keeps "North Korea"
        start = ent.start
        while start < ent.end and (start in taken or doc[start].is_punct):
            start += 1
        if start < ent.end and not taken.intersection(range(start, ent.end)):
            kept.append(Span(doc, start, ent.end, label=ent.label_))
    doc.ents = sorted(kept + times, key=lambda e: e.start)


# What may follow a year inside one date: "2023, Wednesday", "2024, in the morning".
_DATE_TAIL_WORDS = frozenset(MONTH_NAMES) | frozenset(WEEKDAY_NUMBERS) | {"morning", "afternoon", "evening", "night"}
_TRAILING_MARKS = frozenset({":", ";", "-", "–", "—"})


def _trim_entity_edges(span: Span, office_words: frozenset[str]) -> None:
    """Cut from the small pipeline's entities what is not theirs: a timeline's colon ("June 13, 2023:",
    which leaves only the year readable), the clause after a date ("on November 5, 2024, ending months
    of disputes"), a live blog's timestamp before a name ("14:35 - Kim"). A "person" that stands
    before a title and another person's name is the office's country: "Sri Lankan President Anura
    Kumara Dissanayake"."""
    from spacy.tokens import Span

    doc = span.doc
    ents = list(doc.ents)
    changed = False
    for index, ent in enumerate(ents):
        if ent.start < span.start or ent.end > span.end:
            continue
        start, end, label = ent.start, ent.end, ent.label_
        if label == "DATE":
            years = [t.i for t in ent if YEAR_RE.fullmatch(t.text)]
            if (
                years
                and years[-1] + 2 < end
                and doc[years[-1] + 1].text == ","
                and not any(t.like_num or t.lower_.rstrip(".") in _DATE_TAIL_WORDS for t in doc[years[-1] + 1 : end])
            ):
                end = years[-1] + 1
            while end - start > 1 and doc[end - 1].text in _TRAILING_MARKS:
                end -= 1
        elif label == "PERSON":
            while start < end and (doc[start].is_punct or doc[start].like_num or _CLOCK_RE.fullmatch(doc[start].text)):
                start += 1
            title = doc[end] if end < span.end else None
            if (
                title is not None
                and title.lower_ in office_words
                and title.dep_ == "compound"
                and title.head.ent_type_ == "PERSON"
                and title.head.i > title.i
            ):
                label = "NORP"
        if (start, end, label) != (ent.start, ent.end, ent.label_):
            ents[index] = Span(doc, start, end, label=label) if start < end else None
            changed = True
    if changed:
        doc.ents = [ent for ent in ents if ent is not None]


_HOURS = frozenset({"hours", "minutes", "moments"})
_FEW = frozenset({"few", "several", "some", "just", "only", "a"})


def _tag_hours_apart(span: Span) -> None:
    """Tag "hours" in "hours before the summit" or "Hours earlier" as a date, as the parser does in
    some sentences and not in others ("fired two missiles into the sea hours before the summit"):
    the shift after it then counts from the summit's day, or the day last told."""
    from spacy.tokens import Span

    doc = span.doc
    owner = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    found, replaced = [], []
    for token in span:
        if token.lower_ not in _HOURS or token.i + 1 >= span.end or doc[token.i + 1].lower_ not in DATE_SHIFTS:
            continue
        ent = owner.get(token.i)
        if ent is not None and (ent.label_ not in ("TIME", "DATE") or ent.end != token.i + 1):
            continue
        start = token.i
        while start > span.start and doc[start - 1].lower_ in _FEW and owner.get(start - 1) in (None, ent):
            start -= 1
        if ent is not None:
            # "into the sea hours before": the parser's time takes in the sea
            replaced.append(ent)
            start = max(start, ent.start)
        found.append(Span(doc, start, token.i + 1, label="DATE"))
    if found:
        doc.ents = sorted([*(e for e in doc.ents if e not in replaced), *found], key=lambda e: e.start)


# the words before a weekday that make it a feast ("Easter Monday", "Good Friday")
_FEAST_WORDS = {"easter": ("sunday", "monday"), "good": ("friday",), "holy": ("saturday",)}


def _tag_feast_days(span: Span) -> None:
    """Take "Easter" into "Easter Monday", where the parser tags only the weekday as a date."""
    from spacy.tokens import Span

    doc = span.doc
    changed = []
    for ent in doc.ents:
        if ent.start < span.start or ent.start >= span.end:
            continue
        if ent.label_ != "DATE" and " ".join(t.lower_ for t in ent if not t.like_num) in EASTER_HOLIDAYS:
            changed.append((ent, Span(doc, ent.start, ent.end, label="DATE")))  # "Easter Monday" as a law
            continue
        before = doc[ent.start - 1]
        feast = ent.start > span.start and ent[0].lower_ in _FEAST_WORDS.get(before.lower_, ())
        if ent.label_ == "DATE" and feast and not before.ent_type_:
            changed.append((ent, Span(doc, before.i, ent.end, label="DATE")))
    if changed:
        replaced = {old for old, _ in changed}
        doc.ents = sorted(
            [*(e for e in doc.ents if e not in replaced), *(new for _, new in changed)], key=lambda e: e.start
        )


def _untag_the_persons(span: Span) -> None:
    """A one-word "person" after "the" is a thing: the small pipeline tags "the Moon" as a person."""
    doc = span.doc
    things = [
        ent
        for ent in span.ents
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the"
    ]
    if things:
        doc.ents = [ent for ent in doc.ents if ent not in things]


def _tag_known_surnames(span: Span, mentions: Mentions) -> None:
    """Tag as a person the family name of someone the article has named in full, or a one-word name
    the reference data give one person (``known_surnames``), where the small pipeline missed it:
    after "Keir Starmer met Macron" it reads "Starmer became Prime Minister" as a common noun, and
    "Lavrov said" as an organisation, "Medvedev was president" as a place. Only a word outside any
    entity, or an organisation or a place (not after a preposition) of that one word, and not after
    a determiner, is tagged, so "May" in "in May" stays a date."""
    surnames = {full.split()[-1] for full in mentions.full_names} | mentions.known_surnames
    if not surnames:
        return
    doc = span.doc
    # one word the pipeline took for an organisation, or for a place where no place is named
    # ("Medvedev was president", not "in Jordan")
    own_entity = {
        ent.start: ent
        for ent in span.ents
        if len(ent) == 1 and (ent.label_ == "ORG" or (ent.label_ == "GPE" and ent.root.dep_ != "pobj"))
    }
    found = [
        (token.i, token.i + 1)
        for token in span
        if token.text in surnames
        and token.is_title
        and token.pos_ in ("PROPN", "NOUN")
        and (not token.ent_type_ or token.i in own_entity)
        and not (token.i > 0 and doc[token.i - 1].pos_ == "DET")  # "the Moon" is no Moon Jae-in
    ]
    found += _hyphenated_surnames(span, surnames)
    if found:
        from spacy.tokens import Span

        taken = {i for start, end in found for i in range(start, end)}
        kept = [ent for ent in doc.ents if not any(i in taken for i in range(ent.start, ent.end))]
        named = [Span(doc, start, end, label="PERSON") for start, end in found]
        doc.ents = sorted(kept + named, key=lambda e: e.start)


def _hyphenated_surnames(span: Span, surnames: set[str] | frozenset[str]) -> list[tuple[int, int]]:
    """Where a family name of two words joined by a hyphen stands alone ("Okonjo-Iweala has led the
    WTO since 2021"), the tokens that spell it, when the pipeline tagged them as nothing or as one
    organisation or place of exactly those words."""
    doc = span.doc
    found: list[tuple[int, int]] = []
    for surname in surnames:
        if "-" not in surname:
            continue
        parts = [part for part in re.split(r"(-)", surname) if part]
        for token in span:
            end = token.i + len(parts)
            if end > span.end or [t.text for t in doc[token.i : end]] != parts:
                continue
            if any(t.whitespace_ for t in doc[token.i : end - 1]):
                continue
            labels = {t.ent_type_ for t in doc[token.i : end]}
            entity = next((e for e in doc.ents if e.start <= token.i < e.end), None)
            if labels != {""} and not (
                entity is not None and (entity.start, entity.end) == (token.i, end) and entity.label_ in ("ORG", "GPE")
            ):
                continue
            found.append((token.i, end))
    return found


def _aged_description(token: Token) -> bool:
    """Whether ``token`` heads a subject that describes someone by age: "the 22-year-old
    Frenchman", "the 70-year-old leader"."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ == "PERSON":
        return False
    children = list(token.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and any(
        c.lower_ == "old" and any(t.lower_ in ("year", "years") for t in c.subtree) for c in children
    )


def _anchors_elsewhere(shift: Token, told_in_sentence: bool = False) -> bool:
    """Whether "before" or "after" opens a clause the span counts from ("a week after the Games
    opened"), rather than counting from the last day told ("the day before", "hours before the
    summit", which the article has told of)."""
    if shift.lower_ not in ("before", "after") or shift.dep_ != "mark":
        return False
    # "the day after it began" counts from the thing last told; but in "dissolved the house on
    # October 9, eight days after he took office" the clause is another act than the day told
    return _clause_subject(shift) is not None or told_in_sentence


def _names_its_own_act(shift: Token) -> bool:
    """Whether the clause "after" or "before" opens names someone or somewhere besides its subject
    ("after he met Xi Jinping at the SCO summit"), not only a pronoun's act ("after it began")."""
    if shift.dep_ != "mark" or shift.lower_ not in ("before", "after"):
        return False
    subject = _clause_subject(shift) or next((c for c in shift.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return any(
        t.ent_type_ in ("PERSON", "GPE", "ORG", "FAC", "EVENT", "NORP") for t in shift.head.subtree if t is not subject
    )


def _clause_subject(shift: Token) -> Token | None:
    """The subject of the clause "before" or "after" opens, when it names a thing ("the Games" in
    "after the Games opened"); None for a pronoun ("the day after it began": the thing last told)."""
    subject = next((c for c in shift.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _in_clause_of(ent: Span, offset: int, date: tuple[DateRange, int, int]) -> bool:
    """Whether a time expression is in a clause about an earlier date ("May 6" of "since May 6, when
    the Bundestag elected him on the same day")."""
    _, first, last = date
    token = ent.root
    while token.head.i != token.i:
        if token.dep_ in ("relcl", "advcl", "acl") and first <= offset + token.head.idx < last:
            return True
        token = token.head
    return False


# a count of weeks from the last day told, not from a thing ("three weeks after losing to him")
_SHIFTED_WEEKS = re.compile(r"\bweeks?\s+(?:earlier|later)\s*$", re.IGNORECASE)


def _counted_day(found: DateRange) -> DateRange | None:
    """``found`` as the one day it tells: a day, or a count of weeks from a day ("three weeks
    earlier", told as the day either side of it) as its middle day; None for any other date."""
    if found.granularity == "day":
        return found
    if found.granularity == "week" and (found.end - found.start).days == 2 and _SHIFTED_WEEKS.search(found.expression):
        middle = found.start + dt.timedelta(days=1)
        return DateRange(middle, middle, found.expression, "day")
    return None


def _told_aside(span: Span, offset: int, dates: list[tuple[DateRange, int, int]], before: int, here: Token) -> bool:
    """Whether the last date of ``dates`` before offset ``before`` lies in a relative clause that
    ``here`` is outside of: "Kwarteng, who co-wrote Britannia Unchained in 2012, was sacked on
    October 14" tells 2012 of the writing only."""
    earlier = [start for _, start, end in dates if end <= before]
    if not earlier:
        return False
    told = next((t for t in span if offset + t.idx == earlier[-1]), None)
    clause = _relative_clause_of(told) if told is not None else None
    return clause is not None and clause != _relative_clause_of(here)


def _counted_back_to(span: Span, offset: int, dates: list[tuple[DateRange, int, int]], ent: Span) -> bool:
    """Whether ``ent`` tells of something before the date told ahead of it in the sentence, as the
    thing "after", "since" or "following" names: "sworn in on June 30, 2022, after winning the May
    election"."""
    told = [end for _, _, end in dates if end <= offset + ent.start_char]
    if not told:
        return False
    return any(
        t.lower_ in ("after", "since", "following")
        for t in span
        if told[-1] <= offset + t.idx < offset + ent.start_char
    )


def _in_the_year_told(text: str, told: DateRange, back: bool = False) -> DateRange | None:
    """A bare month or day of the month ("October", "on 9 November") after ``told``, a date of one
    year said in words ("In the autumn of 1989"; not "seven months earlier"): in its year, or the
    next one when that would come before it ("begun on 16 December 1944, had been defeated by late
    January" is January 1945); told ``back`` from it, the one before when that would come after it
    ("sworn in on June 30, 2022, after winning the May election"); None for any other expression."""
    words = " ".join(text.split())
    if not (_BARE_MONTH_RE.fullmatch(words) or _BARE_DAY_RE.fullmatch(words)):
        return None
    step = -1 if back else 1
    for year in (told.start.year, told.start.year + step):
        found = resolve_date(words, dt.date(year, 12, 31))
        if found is None or found.start.year != year:
            return None
        if told.granularity == "year" or (found.start <= told.end if back else found.end >= told.start):
            return found
    return None


def _told_before(dates: list[tuple[DateRange, int, int]], before: int) -> tuple[dt.date | None, DateRange, bool] | None:
    """What a relative time counts from when the sentence told a date before it: that day, or that
    period ("in July ... the same day" is a day of July); None when it told none. ``dates``: those
    that date an act (not "Han, who has served since May 2022, became acting president the same
    day"; but "Yoon, who declared martial law on December 3, was impeached eleven days later")."""
    earlier = [found for found, _, end in dates if end <= before]
    if not earlier:
        return None
    told = earlier[-1]
    day = told.granularity == "day"
    return (told.start if day else None), told, day


# what a summit or talks are told as ("Putin and Kim met"), for "hours before the summit"
MEETING_KEY = "meet"
_MEETING_WORDS = frozenset({"summit", "talk", "talks", "meeting", "meet", "visit", "host", "welcome", "greet"})


def _last_told(dated: Sequence[tuple[frozenset[str], DateRange]], key: str) -> DateRange | None:
    """The date of the last sentence of ``dated`` (its word keys, its date) that told of ``key``'s
    thing: what "the day after the earthquake", "the same day as the inauguration" and "months after
    the earthquake" count from."""
    return next((date for words, date in reversed(dated) if key in words), None)


# words news uses for one election: "the vote" after "the presidential election of March 24"
_ELECTION_WORDS = frozenset({"election", "elect", "vote", "poll", "polls", "ballot", "runoff"})


# and for one taking of office: "her inauguration" after "was sworn in on Tuesday"
_INAUGURATION_WORDS = frozenset({"inauguration", "inaugurate", "swear", "sworn"})


def _word_key(lemma: str) -> str:
    """A word as "the day after ..." looks it up: "election" is "elect", a summit is a meeting, a
    vote or a poll is an election, a swearing-in an inauguration."""
    lemma = lemma.lower()
    if lemma in _ELECTION_WORDS:
        return "elect"
    if lemma in _INAUGURATION_WORDS:
        return "inaug"
    # (a noun as its verb: "the invasion" after "invaded")
    return MEETING_KEY if lemma in _MEETING_WORDS else stem(lemma)


def _thing_counted_from(shift: Token) -> Token | None:
    """The thing "before" or "after" counts from: "the earthquake" in "the day after the
    earthquake", "the summit" in "hours before the summit"; None for a bare "the day before"."""
    if shift.lower_ not in ("before", "after"):
        return None
    if shift.dep_ == "mark":  # "the day after the summit ended"
        return _clause_subject(shift)
    return next((c for c in shift.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)


def _last_told_thing(dated: Sequence[tuple[frozenset[str], DateRange]], thing: Token) -> DateRange | None:
    """The date of the last sentence that told of ``thing``: in its own word first ("hours before
    the summit" after a sentence of the summit and one of Shoigu's visit), else as any meeting."""
    key = _word_key(thing.lemma_)
    if key == MEETING_KEY and (own := _last_told(dated, _own_word(thing.lemma_))):
        return own
    return _last_told(dated, key)


def _words_told(span: Span, tokens: Iterable[Token] | None = None) -> frozenset[str]:
    """The word keys of what a sentence (or ``tokens`` of it) tells; not of what it counts from
    ("after the earthquake")."""
    counted_from = {
        t.i
        for shift in span
        if shift.lower_ in ("after", "before", "since")
        for thing in shift.children
        if thing.dep_ == "pobj"
        for t in thing.subtree
    }
    told = [t for t in (span if tokens is None else tokens) if t.pos_ in ("NOUN", "PROPN", "VERB")]
    keys = {_word_key(t.lemma_) for t in told if t.i not in counted_from}
    # and each meeting in its own word, for a strict look-up ("the summit", not any visit)
    return frozenset(
        keys | {_own_word(t.lemma_) for t in told if t.i not in counted_from and _word_key(t.lemma_) == MEETING_KEY}
    )


def _own_word(lemma: str) -> str:
    """A meeting word as itself, for a strict look-up: "summit" is "summi", "meeting" and "met" are
    "meet"."""
    lemma = lemma.lower()
    return MEETING_KEY if lemma.startswith("meet") else lemma[:5]


def _words_of_each_date(
    span: Span, offset: int, told: list[tuple[DateRange, int, int]]
) -> list[tuple[frozenset[str], DateRange]]:
    """The word keys told with each date a sentence tells, in order: those of the clause the date is
    in, less those of a clause inside it that another date dates ("Putin won re-election over the
    weekend, extending a rule that began when he first became president in 2000": the re-election is
    of the weekend, not of 2000)."""
    if len(told) == 1:
        return [(_words_told(span), told[0][0])]
    verbs = []
    for _, start, end in told:
        tokens = [t for t in span if start <= offset + t.idx < end]
        verbs.append(verb_over(tokens[0]) if tokens else span.root)
    owns = []
    for verb in verbs:
        own = {t.i for t in verb.subtree}
        for other in verbs:
            if other.i != verb.i and other.i in own:
                own -= {t.i for t in other.subtree}
        if verb.dep_ in ("acl", "relcl"):
            # "the presidential election held on September 21": the clause dates the thing it is on
            own.add(verb.head.i)
        owns.append(own)
    # what no date's clause holds ("Dissanayake won ... and was sworn in on September 23") is told
    # with the dates of the sentence's own acts, not those of a clause on a thing
    rest = {t.i for t in span} - set().union(*owns)
    return [
        (
            _words_told(span, [t for t in span if t.i in own or (t.i in rest and verb.dep_ not in ("acl", "relcl"))]),
            found,
        )
        for (found, _, _), verb, own in zip(told, verbs, owns, strict=True)
    ]


def _doer_beside(pronoun: Token) -> Token | None:
    """The subject of the verb an object pronoun ("him", "her") belongs to, which the pronoun
    cannot mean: "she" would be "herself"."""
    if pronoun.lower_ not in ("him", "her") or pronoun.dep_ not in ("dobj", "dative", "iobj", "pobj"):
        return None
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    return subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None


def _relative_clause_of(token: Token) -> Token | None:
    """The verb of the relative clause ``token`` is in, if any."""
    return next((a for a in token.ancestors if a.dep_ == "relcl"), None)


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
    return clean_name(subject.text) if head == span.root else None


# Verbs that put what follows them ahead: "is expected to hold", "is set to visit", "plans to travel".
FUTURE_FRAMES = frozenset({"expect", "set", "schedule", "due", "plan", "slate", "intend", "going"})


def _scheduled(ent: Span, text: str, published: dt.date | None) -> bool:
    """Whether a date without a year, on a verb in the simple present, tells what is set to happen:
    "Senegal holds a snap legislative election on November 17", in an article of 5 November, is
    this November's, not last year's; "Michel remains president until the end of November", told
    in July, too (a date up to five months ahead, where the one before the article lies seven
    months back or more; "Kim arrives on September 12", told on the 13th, is past)."""
    verb = verb_over(ent.root)
    if published is None or verb.tag_ not in ("VBZ", "VBP") or _YEAR_SAID_RE.search(text):
        return False
    if any(c.dep_ == "aux" for c in verb.children):
        return False  # "has held", "does not hold"
    past, ahead = resolve_date(text, published), resolve_date(text, published, future=True)
    if past is None or ahead is None or past == ahead:
        return False
    return 0 < (ahead.start - published).days <= 150 and (published - past.start).days > 210


def tells_future(ent: Span) -> bool:
    """Whether a date dates what will happen: its verb has "will" or "shall" ("will travel in
    October"), or is framed as ahead ("are expected to hold a summit on Wednesday")."""
    verb = verb_over(ent.root)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo") for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FUTURE_FRAMES
