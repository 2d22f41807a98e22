"""Built-in checker: quoted words against ``quotes`` datasets.

Works for any dataset of that kind (``speaker``, ``speaker_aliases``,
``date``, ``quote``). A recorded quote may elide words with "..."; each
recorded piece must then appear, in order, in the claimed quote.

The same speaker's recorded words support the quote. The same speaker's
recorded words from the same days that resemble but differ from the quote
refute it (a misquote); so do exactly these words recorded from someone
else (a misattribution).
"""

from __future__ import annotations

import datetime as dt
import re

import verify
from verify.datasets import Dataset
from verify.eventmatch import STOP_WORDS
from verify.matching import name_score, normalize, wording_score

SPEAKER_MATCH = 85.0
SAME_WORDS = 90.0
SIMILAR_WORDS = 60.0
SAME_OCCASION_DAYS = 3
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…|\[\.\.\.\])\s*")


def quote_similarity(claimed: str, recorded: str) -> float:
    pieces = [p for p in _ELLIPSIS.split(recorded) if p.strip()]
    if len(pieces) > 1:
        text, position = normalize(claimed), 0
        for piece in pieces:
            found = text.find(normalize(piece), position)
            if found < 0:
                break
            position = found + len(normalize(piece))
        else:
            return 100.0
        recorded = " ".join(pieces)
    return wording_score(claimed, recorded)


def _candidates(dataset: Dataset, quote: str, speaker: str | None) -> list:
    """Rows that can decide: the speaker's (by name), and those sharing a content word with the quote."""
    words = [w for w in normalize(quote).split() if w not in STOP_WORDS] or normalize(quote).split()
    rows = dataset.rows_with_words(["quote"], words)
    if speaker:
        rows += dataset.rows_named(speaker, "speaker", dataset.threshold(SPEAKER_MATCH))
    unique = {id(row): row for row in rows}
    return sorted(unique.values(), key=dataset.position)


def _evidence(dataset: Dataset, row, score: float) -> verify.Evidence:
    return verify.Evidence(
        dataset=dataset.name,
        dataset_version=dataset.version,
        record=dataset.key(row),
        matched=f"{row.get('speaker')}: “{row.get('quote')}”; speaker threshold {dataset.threshold(SPEAKER_MATCH):g}",
        score=score,
        source=dataset.row_source(row),
    )


class QuoteChecker:
    name = "quote-wording"
    kinds = {"quote"}

    def check(self, claim, context):
        slots = claim.slots
        quote, speaker = slots["quote"], slots.get("speaker")
        date = dt.date.fromisoformat(slots["date"]) if slots.get("date") else context.published
        same, similar, elsewhere = [], [], []
        for dataset in context.datasets.by_kind("quotes"):
            for row in _candidates(dataset, quote, speaker):
                if date and row.get("date") and row["date"] > date + dt.timedelta(days=1):
                    continue  # words recorded after the article cannot be what it quotes
                wording = quote_similarity(quote, row.get("quote") or "")
                if wording < SIMILAR_WORDS:
                    continue
                who = (
                    max((name_score(speaker, n) for n in dataset.names(row, "speaker")), default=0.0)
                    if speaker
                    else 0.0
                )
                item = (dataset, row, wording)
                speaker_match = dataset.threshold(SPEAKER_MATCH)
                if who >= speaker_match and wording >= SAME_WORDS:
                    same.append(item)
                elif who >= speaker_match:
                    similar.append(item)
                elif wording >= SAME_WORDS:
                    elsewhere.append(item)
        if not speaker:
            return verify.Verdict(verify.NOT_ENOUGH_INFO, 0.1, "The speaker of this quote could not be identified.")
        if same:
            dataset, row, wording = max(same, key=lambda i: i[2])
            when = row["date"].isoformat() if row.get("date") else "an unrecorded date"
            return verify.Verdict(
                verify.SUPPORTED,
                0.9 if wording >= 99 else 0.75,
                f"{row['speaker']} is recorded saying “{row['quote']}” on {when}.",
                [_evidence(dataset, row, wording)],
            )
        occasion = [
            i for i in similar if date and i[1].get("date") and abs((i[1]["date"] - date).days) <= SAME_OCCASION_DAYS
        ]
        if occasion:
            dataset, row, wording = max(occasion, key=lambda i: i[2])
            return verify.Verdict(
                verify.REFUTED,
                0.75,
                f"{row['speaker']}'s recorded words on {row['date'].isoformat()} are “{row['quote']}”, not “{quote}”.",
                [_evidence(dataset, row, wording)],
            )
        distinctive = len(normalize(quote).split()) >= 3
        if elsewhere and distinctive:
            dataset, row, wording = max(elsewhere, key=lambda i: i[2])
            return verify.Verdict(
                verify.REFUTED,
                0.6,
                f"These words are recorded from {row['speaker']}, not {speaker}.",
                [_evidence(dataset, row, wording)],
            )
        return verify.Verdict(verify.NOT_ENOUGH_INFO, 0.2, f"No recorded quote of {speaker} matches these words.")


@verify.hookimpl
def register_checkers(register):
    register(QuoteChecker())
