"""Datasette metadata for a verdict log: titles, descriptions, column labels, canned queries.

Used three ways: ``verify datasette-metadata > metadata.json`` (then
``datasette verdicts.db -m metadata.json``); the ``datasette`` plugin in
``verify.review.datasette_plugin``, which applies it to every verify log
Datasette opens; and the tests, which run each canned query with sqlite3.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import verify

TABLES: dict[str, dict[str, Any]] = {
    "articles": {
        "title": "Articles",
        "description": "One row per distinct article text checked; the text itself is kept so a run can be redone.",
        "label_column": "title",
        "columns": {
            "id": "sha256 of the article text",
            "title": "Title from the article's metadata or first line",
            "published": "Publication date from the article's metadata",
            "source": "Where the article came from",
            "path": "File the article was read from",
            "format": "txt, md or html",
            "text": "The plain article text claims' offsets point into",
            "first_seen_utc": "When this text was first checked",
        },
    },
    "runs": {
        "title": "Runs",
        "description": "One row per `verify check` (or `verify rerun`): when, which article, with which model, "
        "plugins and dataset versions.",
        "sort_desc": "id",
        "label_column": "started_utc",
        "facets": ["article_id", "model"],
        "columns": {
            "id": "ULID of the run; sorts by time",
            "started_utc": "Start of the run (UTC)",
            "finished_utc": "End of the run (UTC)",
            "status": "complete: a run is written whole or not at all",
            "article_id": "The article checked",
            "published": "Date relative time was resolved against",
            "verify_version": "verify version",
            "model": "spaCy pipeline",
            "model_version": "Version of the spaCy pipeline",
            "threshold": "Check-worthiness threshold; claims below it are listed, not checked",
            "claims": "Number of claims found",
            "duration_ms": "Duration of the run (ms)",
            "plugins_json": "Name, version, hooks and checkers of every plugin loaded",
            "datasets_json": "Name, kind, version, rows and content hash of every dataset",
            "config_json": "Run configuration",
        },
    },
    "claims": {
        "title": "Claims",
        "description": "Check-worthy claims found in an article, one row per claim per run, with offsets into the "
        "article text.",
        "label_column": "text",
        "facets": ["kind", "checked"],
        "columns": {
            "id": "RUN-SEQ",
            "run_id": "The run that found the claim",
            "article_id": "The article the claim is from",
            "seq": "Position among the run's claims",
            "kind": "duration, temporal, quantity, quote, role or event",
            "text": "The claim as worded in the article",
            "sentence": "The sentence it sits in",
            "start": "Character offset of the claim's start in the article text",
            "end": "Character offset of the claim's end",
            "checkworthiness": "Check-worthiness score (0.5 is the default threshold)",
            "checked": "1 when sent to checkers, 0 when below the threshold",
            "slots_json": "Normalized values checkers reason over",
        },
    },
    "verdicts": {
        "title": "Verdicts",
        "description": "Every checker's verdict on a claim, plus the final aggregated verdict (is_final = 1).",
        "facets": ["label", "checker", "is_final"],
        "columns": {
            "claim_id": "The claim judged",
            "run_id": "The run",
            "checker": "Checker name (for the final verdict, the winning checker)",
            "plugin": "Plugin that registered the checker",
            "label": "SUPPORTED, REFUTED, NOT_ENOUGH_INFO or ERROR",
            "confidence": "0 to 1",
            "explanation": "Why, in a sentence",
            "is_final": "1 for the aggregated verdict of the claim",
            "duration_ms": "Time the checker took (ms)",
        },
    },
    "evidence": {
        "title": "Evidence",
        "description": "The reference records each verdict rests on.",
        "facets": ["dataset"],
        "columns": {
            "verdict_id": "The verdict",
            "dataset": "Reference dataset",
            "dataset_version": "Its version at the time",
            "record": "Key of the reference row",
            "matched": "What in the row matched the claim",
            "score": "Match score (0-100)",
            "source": "The row's source (URL or publication and date)",
        },
    },
    "log": {
        "title": "Log",
        "description": "One row per claim with its final verdict, newest run first.",
        "facets": ["label", "kind", "checker"],
    },
    "claims_fts": {"hidden": True},
    "_sqlite_migrations": {"hidden": True},
}

QUERIES: dict[str, dict[str, Any]] = {
    "refuted_claims": {
        "title": "Refuted claims",
        "description": "Claims whose final verdict is REFUTED, newest first, with the explanation and the "
        "reference records that contradict them.",
        "sql": """select
  claims.id as claim_id,
  runs.started_utc,
  articles.title as article,
  claims.kind,
  claims.text as claim,
  verdicts.checker,
  verdicts.confidence,
  verdicts.explanation,
  (select group_concat(evidence.dataset || ': ' || evidence.record, '; ')
     from evidence where evidence.verdict_id = verdicts.id) as evidence
from verdicts
  join claims on claims.id = verdicts.claim_id
  join runs on runs.id = claims.run_id
  join articles on articles.id = claims.article_id
where verdicts.is_final = 1 and verdicts.label = 'REFUTED'
order by runs.id desc, claims.seq""",
    },
    "claims_per_checker": {
        "title": "Claims per checker",
        "description": "How many claims each checker judged, and how it judged them.",
        "sql": """select
  checker,
  plugin,
  count(distinct claim_id) as claims,
  sum(label = 'SUPPORTED') as supported,
  sum(label = 'REFUTED') as refuted,
  sum(label = 'NOT_ENOUGH_INFO') as not_enough_info,
  sum(label = 'ERROR') as error,
  round(avg(confidence), 2) as mean_confidence,
  round(avg(duration_ms), 1) as mean_ms
from verdicts
where is_final = 0
group by checker, plugin
order by claims desc, checker""",
    },
    "verdict_changes": {
        "title": "Verdict changes",
        "description": "Claims whose final verdict changed from one run of an article to its next run (after "
        "a dataset update or a new plugin). The same claim is the same kind, text and offsets.",
        "sql": """with finals as (
  select claims.id as claim_id, claims.run_id, claims.kind, claims.text, claims.start, claims."end",
         verdicts.label, verdicts.explanation
  from claims join verdicts on verdicts.claim_id = claims.id and verdicts.is_final = 1
),
pairs as (
  select runs.id as new_run, runs.article_id,
         (select max(previous.id) from runs previous
           where previous.article_id = runs.article_id and previous.id < runs.id) as old_run
  from runs
)
select
  articles.title as article,
  pairs.old_run,
  pairs.new_run,
  new.kind,
  new.text as claim,
  old.label as old_label,
  new.label as new_label,
  old.explanation as old_explanation,
  new.explanation as new_explanation,
  new.claim_id
from pairs
  join finals new on new.run_id = pairs.new_run
  join finals old on old.run_id = pairs.old_run and old.kind = new.kind and old.text = new.text
    and old.start = new.start and old."end" = new."end"
  join articles on articles.id = pairs.article_id
where old.label != new.label
order by pairs.new_run desc, new.start""",
    },
    "runs_overview": {
        "title": "Runs",
        "description": "One line per run: when, which article, claims by final verdict, model.",
        "sql": """select
  runs.id as run_id,
  runs.started_utc,
  articles.title as article,
  runs.published,
  runs.claims,
  sum(verdicts.label = 'SUPPORTED' and claims.checked) as supported,
  sum(verdicts.label = 'REFUTED' and claims.checked) as refuted,
  sum(verdicts.label = 'NOT_ENOUGH_INFO' and claims.checked) as not_enough_info,
  sum(verdicts.label = 'ERROR' and claims.checked) as error,
  sum(not claims.checked) as not_checked,
  runs.model || ' ' || coalesce(runs.model_version, '') as model
from runs
  join articles on articles.id = runs.article_id
  left join claims on claims.run_id = runs.id
  left join verdicts on verdicts.claim_id = claims.id and verdicts.is_final = 1
group by runs.id
order by runs.id desc""",
    },
    "search_claims": {
        "title": "Search claims",
        "description": "Full-text search over claims and their sentences, with the final verdict.",
        "sql": """select claims.id as claim_id, claims.kind, claims.text as claim, verdicts.label, verdicts.explanation
from claims
  join verdicts on verdicts.claim_id = claims.id and verdicts.is_final = 1
where claims.rowid in (select rowid from claims_fts where claims_fts match :words)
order by claims.run_id desc, claims.seq""",
    },
}


def database_metadata() -> dict[str, Any]:
    return {
        "title": "Verdict log",
        "description": "Claims found in news articles, every checker's verdict and the reference evidence, "
        "as recorded by verify.",
        "tables": TABLES,
        "queries": QUERIES,
    }


def metadata(database: str = "verdicts") -> dict[str, Any]:
    """Datasette ``metadata.json`` for a log opened under the database name ``database``."""
    return {
        "title": "verify: the verdict log",
        "description": "Review what verify decided, why, and what changed between runs.",
        "about": f"verify {verify.__version__}",
        "databases": {database: database_metadata()},
    }


def is_verify_log(path: str | Path | None) -> bool:
    """True for a SQLite file whose migrations are verify's (read-only look)."""
    if not path or not Path(path).is_file():
        return False
    try:
        conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
        try:
            row = conn.execute("select count(*) from _sqlite_migrations where migration_set = 'verify'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return bool(row and row[0])
