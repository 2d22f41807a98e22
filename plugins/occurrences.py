"""Built-in checker: counted occurrences ("launched two ballistic missiles").

Works for any ``occurrences`` dataset: one row per dated occurrence with
``date``, ``actor`` (+ ``actor_aliases``), ``count``, ``item`` (+
``item_aliases``, other names of the item such as "ICBM") and optional
``category``, ``*_type`` (e.g. ``missile_type``), ``direction`` and place
columns.

A row of the same actor and the same kind of item recorded on the claimed
day is taken as the account of that day: a different count, kind ("cruise"
vs "ballistic", "intercontinental" vs "short-range", words taken from the
item, category and ``*_type`` columns, parenthetical notes aside) or
direction refutes the claim; so does one of two days with a single recorded
day ("hours before the summit": that day or the evening before). A count
that is one of the day's several recorded occasions, not their total
("elected with 325 votes", the second of two ballots), is not enough to
tell. Over a longer
period (a month, a year) recorded counts are a lower bound of the truth, so
they can support "more than N" and refute "only N", never the reverse. A
plain count over a period may tell of one occasion in it ("two missiles
earlier this month"): a recorded day with that count supports it, and a
larger total never refutes it (the occasion may be one the records lack).
A count of none ("launched no missiles") is refuted by any record.
"""

from __future__ import annotations

import datetime as dt
import re

import verify
from verify.aggregate import first_decisive
from verify.datasets import Dataset
from verify.eventmatch import STOP_WORDS, stem, told_ordinal_words
from verify.matching import contains_phrase, item_head, normalize, record_name_score, unnamed_place
from verify.timeexpr import Amount

ACTOR_MATCH = 85.0
DIRECTION_WORDS = ("north", "south", "east", "west")
# where a record puts an occurrence, besides the actor's names ("Pyongyang")
PLACE_COLUMNS = ("direction", "launch_site", "place", "location", "actor")
_NOTES = re.compile(r"\([^)]*\)")
# Counts that may tell of one occasion in a longer period ("two missiles earlier this month"), not
# of its total; a bound ("fewer than five in 2022", "more than 20") is read as the total.
OCCASION_OPS = frozenset({"=", "==", "~", "~<", "between"})


def _item_said(row) -> str:
    return " ".join(item_head(w) for w in normalize(str(row.get("item") or "")).split())


def _counts(dataset: Dataset, row, head: str) -> bool:
    """Whether a row counts items called ``head``: its item, or an ``item_aliases`` name ("ICBM"),
    or a name of what befell them ("people killed", "jets grounded")."""
    return _counts_plainly(dataset, row, head) or any(
        _befallen(name) == head for name in dataset.names(row, "item") if name
    )


def _counts_plainly(dataset: Dataset, row, head: str) -> bool:
    return any(item_head(name) == head for name in dataset.names(row, "item") if name)


def _befallen(name: str) -> str | None:
    """The head of an item named with what befell it: "people" of "people killed", "worker" of
    "construction workers killed"."""
    words = normalize(name).split()
    return item_head(words[-2]) if len(words) >= 2 and _a_participle(words[-1]) else None


def _spelled_out(dataset: Dataset, candidates, item: str) -> str:
    """An item named by an alias ("two ICBMs") as the kind of the item the alias stands for
    ("icbm ballistic missile"), so that a day of another kind ("SRBM") contradicts it."""
    head = item_head(item)
    if any(item_head(str(row.get("item") or "")) == head for row in candidates):
        return item
    items = [str(row.get("item")) for row in candidates if row.get("item") and _counts_plainly(dataset, row, head)]
    items = items or [str(row.get("item")) for row in candidates if row.get("item") and _counts(dataset, row, head)]
    if not items:
        return item
    counted = min(set(items), key=lambda name: (-items.count(name), name))  # the most common, ties by name
    return f"{' '.join([*normalize(item).split()[:-1], head])} {counted}"


def _total(rows: list[tuple[dict, float]]) -> int:
    """The count of (row, score) pairs' rows together."""
    return sum(int(row.get("count") or 0) for row, _ in rows)


def _kind_named(row) -> str:
    """A row's item with its other names: "ballistic missile (SRBM)"."""
    aliases = row.get("item_aliases") or []
    return f"{row.get('item')} ({', '.join(aliases)})" if aliases else str(row.get("item"))


def _kind_words(row) -> set[str]:
    """Words that say what kind of item a row counts: item (and its aliases), category and
    ``*_type`` columns, without parenthetical notes ("(KCNA: new-type projectile)")."""
    columns = ["item", "category", *(c for c in row if c == "type" or c.endswith("_type"))]
    text = " ".join(_NOTES.sub(" ", str(row.get(c) or "")) for c in columns)
    return set(normalize(" ".join([text, *(row.get("item_aliases") or [])])).split())


_VOCABULARIES: dict[tuple[str, str], frozenset[str]] = {}


def _kind_vocabulary(dataset: Dataset) -> frozenset[str]:
    """Every kind word the dataset uses, read once per dataset version."""
    key = (dataset.name, dataset.content_hash)
    if key not in _VOCABULARIES:
        _VOCABULARIES[key] = frozenset(w for row in dataset.rows for w in _kind_words(row))
    return _VOCABULARIES[key]


def _direction(text: str | None) -> str | None:
    words = normalize(text or "").split()
    for word in words:
        for direction in DIRECTION_WORDS:
            if word.startswith(direction):
                return direction
    return None


def _describe(row) -> str:
    count, item = row.get("count"), str(row.get("item"))
    parts = [f"{count} {_plural(item, count)}", f"on {row['date'].isoformat()}"]
    if row.get("direction"):
        parts.append(f"toward {row['direction']}")
    return " ".join(parts)


# a named sea: "the Yellow Sea", "the Sea of Japan"
_SEA_RE = re.compile(r"\b(?:Sea\s+of\s+[A-Z][\w'-]*|(?:[A-Z][\w'-]*\s+)+Sea)\b")


def _other_seas(place: str | None, headings: list[str]) -> list[str]:
    """The seas a record's heading names when the sentence names another: "East Sea / Sea of Japan"
    for "the Yellow Sea"; none when the sentence names no sea or one of them."""
    if not place:
        return []
    said = _SEA_RE.fullmatch(re.sub(r"^the\s+", "", place.strip(), flags=re.IGNORECASE))
    recorded = [sea for heading in headings for sea in _SEA_RE.findall(heading)]
    if said is None or not recorded or normalize(said.group(0)) in {normalize(sea) for sea in recorded}:
        return []
    return list(dict.fromkeys(recorded))


def _plural(item: str, count) -> str:
    """ "missile" for one, "missiles" for more; an item the data already give in the plural ("seats")
    stays as it is."""
    if str(count) in ("1", "1.0") or item.endswith("s"):
        return item
    return item + "s"


def _evidence(dataset: Dataset, row, score: float) -> verify.Evidence:
    return verify.Evidence(
        dataset=dataset.name,
        dataset_version=dataset.version,
        record=dataset.key(row),
        matched=f"{row.get('actor')}: {_describe(row)}; name threshold {dataset.threshold(ACTOR_MATCH):g}",
        score=score,
        source=dataset.row_source(row),
    )


class OccurrenceCountChecker:
    name = "occurrence-count"
    kinds = {"quantity"}

    def check(self, claim, context):
        slots = claim.slots
        item = slots.get("item") or ""
        head = item_head(item)

        def in_dataset(dataset: Dataset) -> verify.Verdict | None:
            columns = dataset.name_columns("item")
            candidates = dataset.rows_with_words(columns, [head, head + "s"]) if head else dataset.rows
            if not any(_counts(dataset, row, head) for row in candidates):
                return None
            # (not spelled out as another row's item when some row names what the verb tells: "people
            # killed" of "killing 179 people", beside a row of "people aboard")
            doing = any(
                _counts(dataset, row, head) and _tells_the_verb(dataset, row, slots.get("verb")) for row in candidates
            )
            # (nor as the item of a row of what befell them otherwise: "carried 181 people" is no count of
            # the people killed)
            verb = slots.get("verb")
            alike = [
                row
                for row in candidates
                if (not _tells_another_verb(dataset, row, verb) if verb else not _befallen_words(dataset, row))
            ]
            return self._check_in(dataset, slots, item if doing else _spelled_out(dataset, alike or candidates, item))

        # (a dataset of launches that counts missiles must not hide another's count of missiles destroyed)
        verdict = first_decisive(in_dataset(dataset) for dataset in context.datasets.by_kind("occurrences"))
        if verdict is None:
            return verify.Verdict(verify.NOT_ENOUGH_INFO, 0.1, f"No reference dataset counts “{item}”.")
        ahead = context.published and slots.get("date") and slots["date"] > context.published.isoformat()
        if ahead and verdict.label == verify.REFUTED:
            # "will launch two missiles on Friday" told of a plan, which may have changed since
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.3,
                f"The sentence tells of a day after the article's date. {verdict.explanation}",
                verdict.evidence,
            )
        return verdict

    def _check_in(self, dataset: Dataset, slots, item: str):
        if not slots.get("date"):
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO, 0.2, "The claim gives no date to compare recorded counts with."
            )
        start, end = dt.date.fromisoformat(slots["date"]), dt.date.fromisoformat(slots["date_end"])
        actor = slots.get("actor")
        rows = []
        for row in dataset.rows_between("date", start, end):
            if not _counts(dataset, row, item_head(item)):
                continue
            score = 100.0
            if actor:
                score = record_name_score(actor, dataset.names(row, "actor"))
                if score < dataset.threshold(ACTOR_MATCH):
                    continue
            rows.append((row, score))
        told_doing = [(row, score) for row, score in rows if _tells_the_verb(dataset, row, slots.get("verb"))]
        if told_doing:
            # "killing 179 of the 181 people on board": of the rows that count people, those of the
            # people killed, not of the people aboard
            rows = told_doing
        else:
            # and "181 people on board" those that count people, not the people killed; and "1,000
            # people were taken hostage" none of the people killed
            rows = [(row, score) for row, score in rows if not _tells_another_verb(dataset, row, slots.get("verb"))]
            rows = [(row, score) for row, score in rows if _counts_plainly(dataset, row, item_head(item))] or rows
        if actor and rows:
            # one actor's count: the rows of the one named best ("Party for Freedom" is the PVV, not
            # also the "People's Party for Freedom and Democracy")
            best = max(score for _, score in rows)
            rows = [(row, score) for row, score in rows if score >= best]
            said = normalize(actor)
            exact = [(row, score) for row, score in rows if said in {normalize(n) for n in dataset.names(row, "actor")}]
            rows = exact or rows
        if not actor and len({str(row.get("actor")) for row, _ in rows}) > 1:
            # "200,000 Allied troops landed": whose count, the adjective may say; the records of
            # several actors are not one count to add up (a total and its parts, say)
            named = [
                (row, score)
                for row, score in rows
                if any(
                    record_name_score(word, dataset.names(row, "actor")) >= dataset.threshold(ACTOR_MATCH)
                    for word in normalize(item).split()[:-1]
                )
            ]
            if len({str(row.get("actor")) for row, _ in named}) == 1:
                rows = named
            else:
                return verify.Verdict(
                    verify.NOT_ENOUGH_INFO,
                    0.3,
                    f"The records of that day count {item_head(item)}s of several actors "
                    f"({', '.join(sorted({str(row.get('actor')) for row, _ in rows}))}); the sentence does not say "
                    "whose count it tells.",
                    [_evidence(dataset, row, score) for row, score in rows],
                )
        period = start.isoformat() if start == end else f"{start.isoformat()} to {end.isoformat()}"
        if start == dt.date.min:  # "more than two years ago"
            period = f"up to {end.isoformat()}"
        if not rows:
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.3,
                f"No {item_head(item)} occurrence by {actor or 'anyone'} is recorded {period}.",
            )
        high = float(slots["high"]) if slots.get("high") is not None else None
        amount = Amount(slots["op"], float(slots["value"]), "item", high)
        # Only words the dataset uses to describe kinds ("ballistic", "cruise",
        # "intercontinental") can contradict a record; others ("new") are detail.
        vocabulary = _kind_vocabulary(dataset)
        modifiers = [w for w in normalize(item).split()[:-1] if w in vocabulary]
        categorised = [(row, score) for row, score in rows if all(w in _kind_words(row) for w in modifiers)]
        if not categorised:
            kinds = ", ".join(sorted({_kind_named(row) for row, _ in rows}))
            evidence = [_evidence(dataset, row, score) for row, score in rows]
            said = slots.get("item") or item  # as the sentence names it ("ICBM")
            # the records of a period are not all there was; but "hours before the summit" (that day or
            # the evening before) with one day recorded is that occasion
            one_occasion = (end - start).days <= 1 and len({row["date"] for row, _ in rows}) == 1
            if amount.op == "=" and amount.value == 0 and (start == end or one_occasion):
                # "launched no cruise missiles but two ballistic missiles": none of that kind recorded
                return verify.Verdict(
                    verify.SUPPORTED, 0.6, f"Recorded {period}: {kinds} only; no “{said}”, as the claim says.", evidence
                )
            if start != end and not one_occasion:
                return verify.Verdict(
                    verify.NOT_ENOUGH_INFO, 0.3, f"Recorded {period}: {kinds} only; no “{said}”.", evidence
                )
            return verify.Verdict(verify.REFUTED, 0.75, f"Recorded {period}: {kinds}, not “{said}”.", evidence)
        # a row of the thing itself counts all its kinds: "126 medals" is the row of medals, not that
        # row and the one of gold medals beside it
        said_item = " ".join(item_head(w) for w in normalize(item).split())
        itself = [(row, score) for row, score in categorised if _item_said(row) == said_item]
        categorised = itself or categorised
        total = _total(categorised)
        evidence = [_evidence(dataset, row, score) for row, score in categorised]
        recorded = "; ".join(_describe(row) for row, _ in categorised)
        claimed_direction = slots.get("direction")
        # "hours before the summit" is that day or the evening before: one occasion, as a day is
        one_occasion = (end - start).days <= 1 and len({row["date"] for row, _ in categorised}) == 1
        if start == end or one_occasion:
            # a record that places the occurrence nowhere ("two gold medals", no venue) cannot
            # leave a place unconfirmed; only one that names where it was can
            placed = any(row.get(c) for row, _ in categorised for c in PLACE_COLUMNS if c != "actor")
            recorded_places = [
                str(v) for row, _ in categorised for c in PLACE_COLUMNS for v in _values(row, dataset, c)
            ]
            elsewhere = unnamed_place(slots.get("venues") or [], recorded_places) if placed else None
            directions = {_direction(row.get("direction")) for row, _ in categorised} - {None}
            elsewhere_bound = bool(claimed_direction and directions and claimed_direction not in directions)
            # each sea the sentence names, though it names the launch site too ("from the Sunan area
            # of Pyongyang toward the Yellow Sea", the site recorded)
            headings = [str(row.get("direction") or "") for row, _ in categorised]
            sea, other_seas = next(
                ((v, seas) for v in slots.get("venues") or [] if (seas := _other_seas(v, headings))), (None, [])
            )
            if other_seas and not slots.get("negated") and not elsewhere_bound:
                # "into the Yellow Sea" for launches recorded into the East Sea: two seas are two places
                return verify.Verdict(
                    verify.REFUTED,
                    0.8,
                    f"Recorded: {recorded}; into the {' / '.join(other_seas)}, not the {sea}.",
                    evidence,
                )
            # a heading the record contradicts decides, whatever place the sentence names with it
            # ("toward the Yellow Sea off its western coast")
            if elsewhere and not elsewhere_bound:
                return verify.Verdict(
                    verify.NOT_ENOUGH_INFO,
                    0.3,
                    f"Recorded: {recorded}; the record does not name “{elsewhere}”: the place is unconfirmed.",
                    evidence,
                )
            if slots.get("negated"):
                return _denied(amount.holds_for(total) and not elsewhere_bound, recorded, evidence)
            if elsewhere_bound:
                return verify.Verdict(
                    verify.REFUTED, 0.85, f"Recorded: {recorded}; not toward the {claimed_direction}.", evidence
                )
            if amount.holds_for(total):
                return verify.Verdict(
                    verify.SUPPORTED, 0.9, f"Recorded: {recorded}; the claim says {amount.describe()}.", evidence
                )
            if len(categorised) > 1 and any(amount.holds_for(int(row.get("count") or 0)) for row, _ in categorised):
                # "Hours later he was elected with 325 votes": one of the day's recorded occasions (the
                # second ballot), not their total
                return verify.Verdict(
                    verify.NOT_ENOUGH_INFO,
                    0.4,
                    f"Recorded {period}: {recorded}; one occasion has {amount.describe()}, the day "
                    f"{total} in all, and the sentence does not tell which it counts.",
                    evidence,
                )
            return verify.Verdict(
                verify.REFUTED,
                0.9,
                f"Recorded: {total} {_plural(item, total)} {period}, not {amount.describe()}.",
                evidence,
            )
        if slots.get("negated"):
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.3,
                f"{total} {item}s are recorded {period}; the sentence denies a count.",
                evidence,
            )
        # "no missiles in August": any record of the period contradicts it
        if amount.op in ("=", "==") and amount.value == 0 and total > 0:
            return verify.Verdict(verify.REFUTED, 0.8, f"Recorded {period}: {recorded}; the claim says none.", evidence)
        # Over a period the recorded total is a lower bound.
        if amount.op in (">", ">=") and amount.holds_for(total):
            return verify.Verdict(verify.SUPPORTED, 0.75, f"At least {total} {item}s are recorded {period}.", evidence)
        # "Two missiles earlier this month" may be one occasion in the period, not its total.
        by_day: dict[dt.date, list] = {}
        for row, score in categorised:
            by_day.setdefault(row["date"], []).append((row, score))
        if amount.op in OCCASION_OPS:
            for _, day_rows in sorted(by_day.items()):
                if amount.holds_for(_total(day_rows)):
                    described = "; ".join(_describe(row) for row, _ in day_rows)
                    return verify.Verdict(
                        verify.SUPPORTED,
                        0.8,
                        f"Recorded {period}: {described}; the claim says {amount.describe()}.",
                        [_evidence(dataset, row, score) for row, score in day_rows],
                    )
        if amount.op in ("=", "==", "<", "<=", "~<", "between") and total > (amount.high or amount.value):
            if amount.op in OCCASION_OPS:
                # the count may be of one occasion the records leave out
                return verify.Verdict(
                    verify.NOT_ENOUGH_INFO,
                    0.3,
                    f"Recorded {period}: {recorded}; no recorded occasion of {amount.describe()}, and {total} in all.",
                    evidence,
                )
            return verify.Verdict(
                verify.REFUTED,
                0.75,
                f"At least {total} {item}s are recorded {period}, "
                + (f"not {amount.describe()}." if amount.op in ("<", "<=") else f"more than {_claimed(amount)}."),
                evidence,
            )
        return verify.Verdict(
            verify.NOT_ENOUGH_INFO,
            0.3,
            f"{total} {item}s are recorded {period}; the records may be incomplete.",
            evidence,
        )


# where a row tells what the occurrence was, most telling first: "400 m individual medley", then the item
TELLING_COLUMNS = ("event", "name", "item")


def _told_by(dataset: Dataset, row) -> list[str]:
    """What a row says the occurrence was, in the words a sentence would use: its ``event`` (each
    part of "200 m butterfly and 200 m breaststroke"), or else its item and the item's other names."""
    for column in TELLING_COLUMNS:
        if row.get(column):
            names = dataset.names(row, column) if column != "event" else re.split(r"\s+and\s+", row[column])
            return [_NOTES.sub(" ", str(name)) for name in names if name]
    return []


def _says(words: set[str], phrase: str) -> bool:
    """Whether every word of ``phrase`` (stop words aside) is among ``words``."""
    wanted = [w for w in normalize(phrase).split() if w not in STOP_WORDS]
    return bool(wanted) and all(w in words for w in wanted)


class OccurrenceDateChecker:
    """ "On Sunday, he won the 400 m individual medley": a dated act an ``occurrences`` dataset records
    (the doer is the row's actor, and the sentence says all of what the row says happened: its
    ``event``, or its item) is supported by a row in the period. A row at another time refutes
    nothing: occurrences repeat, and the records are not all there were."""

    name = "occurrence-date"
    kinds = {"temporal"}

    def check(self, claim, context):
        slots = claim.slots
        if not slots.get("start") or slots.get("negated"):
            return None
        start, end = dt.date.fromisoformat(slots["start"]), dt.date.fromisoformat(slots["end"])
        # the doer the parse found, not everyone named: "Djokovic beat Alcaraz" is no title of Alcaraz's
        named = [slots["agent"]] if slots.get("agent") else slots.get("participants") or []
        doers = [d for d in [*named, slots.get("agent_country"), *(slots.get("places") or [])] if d]
        telling = slots.get("telling") or claim.text
        words = set(normalize(telling).split())
        # "Mali's second coup took place in August 2020": a count of one that day tells not which
        # one it was
        numbered = told_ordinal_words(telling)
        for dataset in context.datasets.by_kind("occurrences"):
            threshold = dataset.threshold(ACTOR_MATCH)
            found = []
            for row in dataset.rows_between("date", start, end):
                names = dataset.names(row, "actor")
                # the doer as the parse found it, or, when it found none, a name of the row's actor
                # said in full ("Léon Marchand", which the small pipeline tags as no one)
                score = max((record_name_score(d, names) for d in doers), default=0.0)
                if (
                    score < threshold
                    and not slots.get("agent")
                    and any(len(n.split()) > 1 and contains_phrase(telling, n) for n in names)
                ):
                    score = 100.0
                told_by = _told_by(dataset, row)
                if any(contains_phrase(telling, f"{ordinal} {phrase}") for ordinal in numbered for phrase in told_by):
                    continue
                if score >= threshold and any(_says(words, phrase) for phrase in told_by):
                    found.append((row, score))
            if found:
                told = "; ".join(
                    f"{row.get('actor')}, {' / '.join(_told_by(dataset, row))}, on {row['date']}" for row, _ in found
                )
                # (below an event record's own outcome: "Harris defeated Trump, winning 226 electoral
                # votes" has her votes recorded, and her defeat refuted)
                return verify.Verdict(
                    verify.SUPPORTED,
                    0.75,
                    f"Recorded: {told}, within “{slots.get('expression')}” ({start} to {end}).",
                    [_evidence(dataset, row, score) for row, score in found],
                )
        return None


@verify.hookimpl
def register_checkers(register):
    register(OccurrenceCountChecker())
    register(OccurrenceDateChecker())


def _tells_the_verb(dataset: Dataset, row, verb: str | None) -> bool:
    """Whether the row's item or category says the sentence's verb ("people killed", "killed" of
    "killing")."""
    if not verb:
        return False
    said = stem(verb)
    names = [*dataset.names(row, "item"), str(row.get("category") or "")]
    return any(stem(word) == said for name in names for word in normalize(name).split())


def _tells_another_verb(dataset: Dataset, row, verb: str | None) -> bool:
    """Whether the row counts what befell them otherwise than the sentence's verb: "people killed"
    (or a category "killed") for "were taken hostage"."""
    if not verb:
        return False
    befallen = _befallen_words(dataset, row)
    return bool(befallen) and stem(verb) not in {stem(word) for word in befallen}


def _befallen_words(dataset: Dataset, row) -> set[str]:
    """The participle that ends a row's item name ("killed" of "people killed"), or that is its
    category of a word or two ("killed"); not a word of a category that describes ("gaming division
    layoff announced by ...")."""
    names = [name for name in dataset.names(row, "item") if name]
    category = normalize(str(row.get("category") or ""))
    if 0 < len(category.split()) <= 2:
        names.append(category)
    return {words[-1] for name in names if (words := normalize(name).split()) and _a_participle(words[-1])}


def _a_participle(word: str) -> bool:
    return (len(word) > 4 and word.endswith("ed")) or word in _IRREGULAR_PARTICIPLES


_IRREGULAR_PARTICIPLES = frozenset(
    """taken held killed slain hurt wounded stolen seen shot beaten driven given shown chosen frozen written
    broken fallen sworn born lost won sold built""".split()
)


def _claimed(amount: Amount) -> str:
    if amount.op == "between" and amount.high is not None:
        return f"the {amount.value:g} to {amount.high:g} the claim says"
    return amount.describe()


def _denied(recorded_as_claimed: bool, recorded: str, evidence) -> verify.Verdict:
    """A sentence that says it did not happen ("did not launch two missiles")."""
    if recorded_as_claimed:
        return verify.Verdict(
            verify.REFUTED, 0.8, f"Recorded: {recorded}; the sentence says it did not happen.", evidence
        )
    return verify.Verdict(
        verify.NOT_ENOUGH_INFO, 0.3, f"Recorded: {recorded}; the sentence denies another count or course.", evidence
    )


def _values(row, dataset: Dataset, column: str) -> list[str]:
    if column == "actor":
        return dataset.names(row, "actor")
    value = row.get(column)
    return [str(value)] if value else []
