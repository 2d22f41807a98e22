"""What changed between two runs of one article, and why.

Claims are matched by kind, text and character offsets (the article text is
the same, so a claim found again sits at the same place). A claim is
*changed* when its final label differs, *added* or *removed* when only one
run found it (a new extractor, model or threshold), and with
``reasons=True`` also when the label is the same but the explanation or the
evidence records differ. The context says what differed between the runs:
dataset versions and content, plugin versions and checkers, model,
threshold, publication date.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlite_utils

from verify.errors import UserError
from verify.review import queries


def _key(claim: dict[str, Any]) -> tuple[str, str, int, int]:
    return (claim["kind"], claim["text"], claim["start"], claim["end"])


def _summary(claim: dict[str, Any]) -> dict[str, Any]:
    verdict = claim["verdict"] or {}
    return {
        "claim_id": claim["id"],
        "label": verdict.get("label"),
        "checked": claim["checked"],
        "confidence": verdict.get("confidence"),
        "checker": verdict.get("checker"),
        "explanation": verdict.get("explanation"),
        "evidence": [
            {k: e[k] for k in ("dataset", "dataset_version", "record", "matched", "source")}
            for e in verdict.get("evidence", [])
        ],
    }


def _records(side: dict[str, Any] | None) -> set[tuple[str, str]]:
    return {(e["dataset"], e["record"]) for e in (side or {}).get("evidence", [])}


def context_changes(run_a: dict[str, Any], run_b: dict[str, Any]) -> list[dict[str, Any]]:
    """What differs between two runs' set-up, one dict per difference."""
    changes: list[dict[str, Any]] = []
    for field in ("model", "model_version", "threshold", "published", "verify_version"):
        if run_a.get(field) != run_b.get(field):
            changes.append({"what": field, "name": field, "old": run_a.get(field), "new": run_b.get(field)})
    old_sets = {d["name"]: d for d in run_a.get("datasets", [])}
    new_sets = {d["name"]: d for d in run_b.get("datasets", [])}
    for name in sorted(old_sets.keys() | new_sets.keys()):
        old, new = old_sets.get(name), new_sets.get(name)
        fingerprint = ("version", "content_hash", "rows")
        if old is None or new is None or [old.get(k) for k in fingerprint] != [new.get(k) for k in fingerprint]:
            changes.append({"what": "dataset", "name": name, "old": _dataset_text(old), "new": _dataset_text(new)})
    old_plugins = {p["name"]: p for p in run_a.get("plugins", [])}
    new_plugins = {p["name"]: p for p in run_b.get("plugins", [])}
    for name in sorted(old_plugins.keys() | new_plugins.keys()):
        old, new = old_plugins.get(name), new_plugins.get(name)
        if (
            old is None
            or new is None
            or (old.get("version"), old.get("checkers"))
            != (
                new.get("version"),
                new.get("checkers"),
            )
        ):
            changes.append({"what": "plugin", "name": name, "old": _plugin_text(old), "new": _plugin_text(new)})
    return changes


def _dataset_text(info: dict[str, Any] | None) -> str | None:
    if info is None:
        return None
    return f"version {info.get('version')}, {info.get('rows')} rows, content {str(info.get('content_hash'))[:12]}"


def _plugin_text(info: dict[str, Any] | None) -> str | None:
    if info is None:
        return None
    checkers = ", ".join(c["name"] for c in info.get("checkers", [])) or "no checkers"
    return f"version {info.get('version') or '-'}: {checkers}"


def diff_runs(db: sqlite_utils.Database, run_a: str, run_b: str, reasons: bool = False) -> dict[str, Any]:
    """The claims whose verdict differs between runs ``run_a`` (old) and ``run_b`` (new) of one article."""
    old_run, new_run = queries.run(db, run_a), queries.run(db, run_b)
    if old_run["article_id"] != new_run["article_id"]:
        raise UserError(
            f"runs {run_a} and {run_b} checked different articles "
            f"({old_run['article']!r} and {new_run['article']!r}); diff compares runs of one article"
        )
    old_claims: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for claim in queries.claims_of_run(db, run_a):
        old_claims[_key(claim)].append(claim)
    changes: list[dict[str, Any]] = []
    unchanged = 0
    for claim in queries.claims_of_run(db, run_b):
        matches = old_claims.get(_key(claim))
        old = _summary(matches.pop(0)) if matches else None
        new = _summary(claim)
        base = {"kind": claim["kind"], "text": claim["text"], "start": claim["start"], "end": claim["end"]}
        if old is None:
            changes.append({**base, "change": "added", "old": None, "new": new})
        elif old["label"] != new["label"]:
            changes.append({**base, "change": "label", "old": old, "new": new})
        elif reasons and (old["explanation"] != new["explanation"] or _records(old) != _records(new)):
            changes.append({**base, "change": "reasons", "old": old, "new": new})
        else:
            unchanged += 1
    for leftovers in old_claims.values():
        for claim in leftovers:
            base = {"kind": claim["kind"], "text": claim["text"], "start": claim["start"], "end": claim["end"]}
            changes.append({**base, "change": "removed", "old": _summary(claim), "new": None})
    changes.sort(key=lambda c: (c["start"] if c["start"] is not None else -1, c["kind"]))
    for change in changes:
        change["evidence_removed"] = sorted(_records(change["old"]) - _records(change["new"]))
        change["evidence_added"] = sorted(_records(change["new"]) - _records(change["old"]))
    return {
        "article": {"id": new_run["article_id"], "title": new_run["article"], "published": new_run["published"]},
        "old_run": _run_brief(old_run),
        "new_run": _run_brief(new_run),
        "context": context_changes(old_run, new_run),
        "changes": changes,
        "unchanged": unchanged,
    }


def _run_brief(run: dict[str, Any]) -> dict[str, Any]:
    return {k: run[k] for k in ("id", "started_utc", "model", "model_version", "threshold", "published", "counts")}
