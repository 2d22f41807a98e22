"""Built-in output formats: ``jsonl`` and ``markdown`` (``verify check --format NAME``)."""

from __future__ import annotations

import json

import verify


def render_jsonl(document: dict) -> str:
    """One JSON object per claim, each carrying the run id and article id."""
    run_id, article_id = document["run"]["id"], document["article"]["id"]
    return "\n".join(
        json.dumps({"run_id": run_id, "article_id": article_id, **claim}, ensure_ascii=False)
        for claim in document["claims"]
    )


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(document: dict) -> str:
    article = document["article"]
    lines = [
        f"# {_cell(article.get('title') or article.get('path') or 'Article')}",
        "",
        f"Published {article.get('published') or 'unknown'}; run `{document['run']['id']}`.",
        "",
        "| # | kind | verdict | confidence | claim | explanation | evidence |",
        "|---|---|---|---|---|---|---|",
    ]
    for number, claim in enumerate(document["claims"], start=1):
        verdict = claim["verdict"]
        evidence = ", ".join(
            f"[{_cell(e['record'])}]({e['source']})"
            if str(e.get("source") or "").startswith("http")
            else _cell(e["record"])
            for e in verdict["evidence"]
        )
        lines.append(
            f"| {number} | {claim['kind']} | **{verdict['label']}** | {verdict['confidence']:.2f} | "
            f"{_cell(claim['text'])} | {_cell(verdict['explanation'])} | {evidence or '-'} |"
        )
    return "\n".join(lines)


@verify.hookimpl
def register_formats(register):
    register("jsonl", render_jsonl)
    register("markdown", render_markdown)
