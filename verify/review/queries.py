"""Read the verdict log: runs, claims with every verdict and its evidence, filtered log rows.

Everything here reads; nothing writes. Functions take a ``sqlite_utils.Database``
(as ``verify.record.open_db`` returns) and give plain dicts, ready for JSON.
Runs and claims can be named by an unambiguous prefix of their id; a claim also
as ``RUN_PREFIX-SEQ`` (``01JB8-3`` is claim 3 of the run whose id starts with
``01JB8``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import sqlite_utils

from verify.errors import UserError
from verify.models import LABELS

LABEL_ALIASES = {
    "supported": "SUPPORTED",
    "true": "SUPPORTED",
    "refuted": "REFUTED",
    "false": "REFUTED",
    "not_enough_info": "NOT_ENOUGH_INFO",
    "not-enough-info": "NOT_ENOUGH_INFO",
    "nei": "NOT_ENOUGH_INFO",
    "error": "ERROR",
}


def normalize_label(value: str) -> str:
    label = LABEL_ALIASES.get(value.strip().lower().replace(" ", "_"), value.strip().upper())
    if label not in LABELS:
        raise UserError(f"unknown verdict label {value!r}; use one of {', '.join(LABELS)}")
    return label


# -- naming runs and claims ------------------------------------------------------------------------


def resolve_run(db: sqlite_utils.Database, ref: str) -> str:
    """The id of the run ``ref`` names: a unique id prefix, or ``latest``."""
    ref = ref.strip()
    if not ref:
        raise UserError("empty run id")
    if ref.lower() in ("latest", "last"):
        row = db.execute("select max(id) from runs").fetchone()
        if not row or row[0] is None:
            raise UserError("the log has no runs yet")
        return str(row[0])
    matches = [r[0] for r in db.execute("select id from runs where id like ? || '%' order by id", [ref.upper()])]
    if not matches:
        raise UserError(f"no run with an id starting {ref!r} (see `verify runs`)")
    if len(matches) > 1:
        shown = ", ".join(matches[:5]) + (", ..." if len(matches) > 5 else "")
        raise UserError(f"run id prefix {ref!r} is ambiguous: {len(matches)} runs ({shown}); give more characters")
    return str(matches[0])


def resolve_claim(db: sqlite_utils.Database, ref: str) -> str:
    """The id of the claim ``ref`` names: ``RUN_PREFIX-SEQ`` or a unique claim id prefix."""
    ref = ref.strip()
    match = re.fullmatch(r"([0-9A-Za-z]+)-(\d+)", ref)
    if match:
        exact = db.execute("select id from claims where id = ?", [ref.upper()]).fetchone()
        if exact:
            return str(exact[0])
        run_id = resolve_run(db, match.group(1))
        row = db.execute("select id from claims where run_id = ? and seq = ?", [run_id, int(match.group(2))]).fetchone()
        if not row:
            raise UserError(f"run {run_id} has no claim number {int(match.group(2))}")
        return str(row[0])
    matches = [r[0] for r in db.execute("select id from claims where id like ? || '%' order by id", [ref.upper()])]
    if not matches:
        raise UserError(f"no claim with an id starting {ref!r}")
    if len(matches) > 1:
        raise UserError(f"claim id prefix {ref!r} is ambiguous ({len(matches)} claims); give more characters")
    return str(matches[0])


def resolve(db: sqlite_utils.Database, ref: str) -> tuple[str, str]:
    """``("run", id)`` or ``("claim", id)`` for what ``ref`` names."""
    if "-" in ref.strip() or len(ref.strip()) > 26:
        return "claim", resolve_claim(db, ref)
    return "run", resolve_run(db, ref)


# -- runs ------------------------------------------------------------------------------------------


def _label_counts(db: sqlite_utils.Database, run_ids: list[str]) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {run_id: {} for run_id in run_ids}
    if not run_ids:
        return counts
    marks = ", ".join("?" for _ in run_ids)
    for run_id, label, checked, n in db.execute(
        f"""select verdicts.run_id, verdicts.label, claims.checked, count(*) from verdicts
            join claims on claims.id = verdicts.claim_id
            where verdicts.is_final = 1 and verdicts.run_id in ({marks})
            group by verdicts.run_id, verdicts.label, claims.checked""",
        run_ids,
    ):
        key = label if checked else "UNCHECKED"
        counts[run_id][key] = counts[run_id].get(key, 0) + n
    return counts


def _run_dict(row: dict[str, Any], counts: dict[str, int]) -> dict[str, Any]:
    plugins = json.loads(row.get("plugins_json") or "[]")
    datasets = json.loads(row.get("datasets_json") or "[]")
    return {
        "id": row["id"],
        "started_utc": row["started_utc"],
        "finished_utc": row["finished_utc"],
        "status": row["status"],
        "article_id": row["article_id"],
        "article": row.get("title") or row.get("path") or row["article_id"][:12],
        "article_path": row.get("path"),
        "published": row["published"],
        "verify_version": row["verify_version"],
        "model": row["model"],
        "model_version": row["model_version"],
        "model_label": model_label(row["model"], row["model_version"]),
        "threshold": row["threshold"],
        "duration_ms": row["duration_ms"],
        "claims": row["claims"],
        "counts": counts,
        "plugins": plugins,
        "datasets": datasets,
    }


def model_label(model: str | None, version: str | None) -> str:
    """``en_core_web_sm-3.8.0`` rather than ``en_core_web_sm en_core_web_sm-3.8.0``."""
    if version and model and version.startswith(model):
        return version
    return f"{model or ''} {version or ''}".strip()


def _run_filters(where: list[str], params: list[Any], article: str | None, since: str | None) -> None:
    """The article and since filters that runs and log share (both join runs and articles)."""
    if article:
        clause, extra = _article_clause(article)
        where.append(clause)
        params.extend(extra)
    if since:
        where.append("runs.started_utc >= ?")
        params.append(parse_since(since))


def runs(
    db: sqlite_utils.Database,
    article: str | None = None,
    since: str | None = None,
    limit: int | None = 20,
) -> list[dict[str, Any]]:
    """Runs, newest first, with their counts of final verdicts by label."""
    where, params = ["1 = 1"], []
    _run_filters(where, params, article, since)
    sql = f"""select runs.*, articles.title, articles.path from runs join articles on articles.id = runs.article_id
              where {" and ".join(where)} order by runs.id desc"""
    if limit:
        sql += f" limit {int(limit)}"
    rows = list(db.query(sql, params))
    counts = _label_counts(db, [r["id"] for r in rows])
    return [_run_dict(r, counts[r["id"]]) for r in rows]


def run(db: sqlite_utils.Database, run_id: str) -> dict[str, Any]:
    rows = list(
        db.query(
            """select runs.*, articles.title, articles.path from runs
               join articles on articles.id = runs.article_id where runs.id = ?""",
            [run_id],
        )
    )
    if not rows:
        raise UserError(f"no run {run_id!r}")
    return _run_dict(rows[0], _label_counts(db, [run_id])[run_id])


def article(db: sqlite_utils.Database, article_id: str) -> dict[str, Any]:
    row = db.execute("select * from articles where id = ?", [article_id]).fetchone()
    if row is None:
        raise UserError(f"no article {article_id!r} in the log")
    return db["articles"].get(article_id)


# -- claims with verdicts and evidence ---------------------------------------------------------------


def claims_of_run(db: sqlite_utils.Database, run_id: str) -> list[dict[str, Any]]:
    """Every claim of a run, in article order, each with its final verdict and every checker's."""
    return _claims_where(db, "claims.run_id = ?", [run_id])


def claim(db: sqlite_utils.Database, claim_id: str) -> dict[str, Any]:
    found = _claims_where(db, "claims.id = ?", [claim_id])
    if not found:
        raise UserError(f"no claim {claim_id!r}")
    return found[0]


def _claims_where(db: sqlite_utils.Database, where: str, params: list[Any]) -> list[dict[str, Any]]:
    claims = [
        {
            "id": row["id"],
            "run_id": row["run_id"],
            "article_id": row["article_id"],
            "seq": row["seq"],
            "kind": row["kind"],
            "text": row["text"],
            "sentence": row["sentence"],
            "start": row["start"],
            "end": row["end"],
            "checkworthiness": row["checkworthiness"],
            "checked": bool(row["checked"]),
            "slots": json.loads(row["slots_json"] or "{}"),
            "verdict": None,
            "verdicts": [],
        }
        for row in db.query(f"select * from claims where {where} order by claims.run_id, claims.seq", params)
    ]
    by_id = {c["id"]: c for c in claims}
    if not claims:
        return claims
    verdicts: dict[int, dict[str, Any]] = {}
    for row in db.query(
        f"""select verdicts.* from verdicts join claims on claims.id = verdicts.claim_id
            where {where} order by verdicts.id""",
        params,
    ):
        verdict = {
            "label": row["label"],
            "confidence": row["confidence"],
            "checker": row["checker"],
            "plugin": row["plugin"],
            "explanation": row["explanation"],
            "duration_ms": row["duration_ms"],
            "evidence": [],
        }
        verdicts[row["id"]] = verdict
        target = by_id[row["claim_id"]]
        if row["is_final"]:
            target["verdict"] = verdict
        else:
            target["verdicts"].append(verdict)
    for row in db.query(
        f"""select evidence.* from evidence
            join verdicts on verdicts.id = evidence.verdict_id
            join claims on claims.id = verdicts.claim_id
            where {where} order by evidence.id""",
        params,
    ):
        verdicts[row["verdict_id"]]["evidence"].append(
            {
                "dataset": row["dataset"],
                "dataset_version": row["dataset_version"],
                "record": row["record"],
                "matched": row["matched"],
                "score": row["score"],
                "source": row["source"],
            }
        )
    return claims


# -- the filtered log --------------------------------------------------------------------------------


LOG_COLUMNS = [
    "claim_id",
    "run_id",
    "started_utc",
    "article_id",
    "article",
    "kind",
    "claim",
    "checked",
    "checkworthiness",
    "label",
    "confidence",
    "checker",
    "explanation",
    "evidence",
]


def log(
    db: sqlite_utils.Database,
    labels: list[str] | tuple[str, ...] = (),
    kinds: list[str] | tuple[str, ...] = (),
    checker: str | None = None,
    run: str | None = None,
    article: str | None = None,
    since: str | None = None,
    search: str | None = None,
    limit: int | None = 20,
) -> list[dict[str, Any]]:
    """Final verdicts, newest run first, then in article order.

    ``checker`` keeps claims that checker gave a verdict on (its own, not
    only the winning one); ``search`` is full-text search over the claim and
    its sentence (words, all of which must appear; ``"a phrase"`` in quotes).
    """
    where, params = ["1 = 1"], []
    if labels:
        normalized = [normalize_label(label) for label in labels]
        where.append(f"verdicts.label in ({', '.join('?' for _ in normalized)})")
        params.extend(normalized)
    if kinds:
        where.append(f"claims.kind in ({', '.join('?' for _ in kinds)})")
        params.extend(kinds)
    if checker:
        where.append("exists (select 1 from verdicts mine where mine.claim_id = claims.id and mine.checker = ?)")
        params.append(checker)
    if run:
        where.append("claims.run_id = ?")
        params.append(resolve_run(db, run))
    _run_filters(where, params, article, since)
    if search:
        where.append("claims.rowid in (select rowid from claims_fts where claims_fts match ?)")
        params.append(fts_query(search))
    sql = f"""
        select
          claims.id as claim_id, claims.run_id, runs.started_utc, claims.article_id,
          coalesce(articles.title, articles.path, substr(articles.id, 1, 12)) as article,
          claims.kind, claims.text as claim, claims.checked, claims.checkworthiness,
          verdicts.label, verdicts.confidence, verdicts.checker, verdicts.explanation,
          (select group_concat(distinct evidence.record) from evidence
             where evidence.verdict_id = verdicts.id) as evidence
        from claims
          join runs on runs.id = claims.run_id
          join articles on articles.id = claims.article_id
          join verdicts on verdicts.claim_id = claims.id and verdicts.is_final = 1
        where {" and ".join(where)}
        order by claims.run_id desc, claims.seq"""
    if limit:
        sql += f" limit {int(limit)}"
    rows = []
    for row in db.query(sql, params):
        row["checked"] = bool(row["checked"])
        row["evidence"] = sorted(set((row["evidence"] or "").split(","))) if row["evidence"] else []
        rows.append(row)
    return rows


def _article_clause(value: str) -> tuple[str, list[Any]]:
    """An article by id prefix, or a case-insensitive part of its title or path."""
    return (
        "(articles.id like ? || '%' or articles.title like '%' || ? || '%' or articles.path like '%' || ? || '%')",
        [value.lower(), value, value],
    )


def fts_query(text: str) -> str:
    """User words as an FTS5 query: each word (or "quoted phrase") must appear; no FTS syntax errors."""
    phrases = re.findall(r'"([^"]+)"', text)
    rest = re.sub(r'"[^"]*"?', " ", text)
    words = [w for w in re.findall(r"\w+", rest)]
    terms = ['"' + p.replace('"', "") + '"' for p in phrases if p.strip()] + [f'"{w}"' for w in words]
    if not terms:
        raise UserError(f"nothing to search for in {text!r}")
    return " ".join(terms)


_RELATIVE = re.compile(r"^\s*(\d+)\s*(m|min|h|d|w)\s*$", re.IGNORECASE)


def parse_since(value: str, now: dt.datetime | None = None) -> str:
    """An ISO date or timestamp (UTC), or a span back from now: ``30m``, ``12h``, ``7d``, ``2w``."""
    now = now or dt.datetime.now(dt.UTC)
    match = _RELATIVE.match(value)
    if match:
        n, unit = int(match.group(1)), match.group(2).lower()
        delta = {
            "m": dt.timedelta(minutes=n),
            "min": dt.timedelta(minutes=n),
            "h": dt.timedelta(hours=n),
            "d": dt.timedelta(days=n),
            "w": dt.timedelta(weeks=n),
        }[unit]
        return (now - delta).isoformat(timespec="milliseconds")
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text).isoformat()
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UserError(f"invalid --since {value!r}: use YYYY-MM-DD, ISO time, or 30m / 12h / 7d / 2w") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC).isoformat(timespec="milliseconds")
