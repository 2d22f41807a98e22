"""One self-contained HTML page for a run: the article with its claims highlighted.

Inline CSS and JavaScript, no network. Every claim is highlighted in its
final verdict's colour using its character offsets into the article text.
Overlapping claims are drawn by cutting the text at every claim boundary:
each piece is one ``<mark>`` listing all the claims that cover it (the
innermost first, whose colour it takes; a double underline marks the
overlap), so the markup never has to nest crossing spans. Clicking a piece
shows those claims' verdicts, explanations and evidence in the side panel;
the same details are listed in full under the article, so the page prints
and reads without JavaScript too.

All text from the log (article, claims, explanations, sources) is escaped;
only http(s) URLs become links.
"""

from __future__ import annotations

import html
import itertools
import re
from typing import Any

import verify
from verify.models import ERROR, LABELS, NOT_ENOUGH_INFO, REFUTED, SUPPORTED

UNCHECKED = "UNCHECKED"
LABEL_NAMES = {
    SUPPORTED: "Supported",
    REFUTED: "Refuted",
    NOT_ENOUGH_INFO: "Not enough info",
    ERROR: "Error",
    UNCHECKED: "Not checked",
}
LABEL_CLASSES = {
    SUPPORTED: "supported",
    REFUTED: "refuted",
    NOT_ENOUGH_INFO: "nei",
    ERROR: "error",
    UNCHECKED: "unchecked",
}
_URL = re.compile(r"https?://[^\s<>\"';,)]+[^\s<>\"';,).]")


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def linkify(text: str | None) -> str:
    """Escaped text in which http(s) URLs are links (nothing else can become a link)."""
    text = text or ""
    out, last = [], 0
    for match in _URL.finditer(text):
        out.append(esc(text[last : match.start()]))
        url = match.group(0)
        out.append(f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{esc(url)}</a>')
        last = match.end()
    out.append(esc(text[last:]))
    return "".join(out)


def display_label(claim: dict[str, Any]) -> str:
    if not claim.get("checked"):
        return UNCHECKED
    return (claim.get("verdict") or {}).get("label") or NOT_ENOUGH_INFO


def _placed(claims: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    placed = []
    for claim in claims:
        start, end = claim.get("start"), claim.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            placed.append(claim)
    return placed


def highlighted_text(text: str, claims: list[dict[str, Any]]) -> str:
    """The article text, escaped, cut at every claim boundary into marked pieces."""
    placed = _placed(claims, text)
    cuts = sorted({0, len(text), *(c["start"] for c in placed), *(c["end"] for c in placed)})
    out = []
    for a, b in itertools.pairwise(cuts):
        piece = text[a:b]
        covering = [c for c in placed if c["start"] <= a and c["end"] >= b]
        if not covering:
            out.append(esc(piece))
            continue
        covering.sort(key=lambda c: (c["end"] - c["start"], c["seq"]))
        inner = covering[0]
        classes = ["claim", "lbl-" + LABEL_CLASSES[display_label(inner)]]
        if len(covering) > 1:
            classes.append("overlap")
        title = "; ".join(f"{LABEL_NAMES[display_label(c)]}: {c['kind']} claim #{c['seq']}" for c in covering)
        out.append(
            f'<mark class="{" ".join(classes)}" data-claims="{esc(" ".join(c["id"] for c in covering))}" '
            f'tabindex="0" role="button" title="{esc(title)}">{esc(piece)}</mark>'
        )
    return "".join(out)


def _score(value: Any) -> str:
    return "" if value is None else f"{float(value):.0f}"


def _evidence_list(evidence: list[dict[str, Any]]) -> str:
    if not evidence:
        return '<p class="muted">No evidence records.</p>'
    items = "".join(
        '<li class="evidence-item">'
        f'<div><code class="record">{esc(e["record"])}</code> '
        f'<span class="muted">in <code>{esc(e["dataset"])}</code> {esc(e.get("dataset_version") or "")}'
        f"{' · score ' + _score(e.get('score')) if e.get('score') is not None else ''}</span></div>"
        + (f'<div class="matched">{esc(e.get("matched"))}</div>' if e.get("matched") else "")
        + (f'<div class="source">Source: {linkify(e.get("source"))}</div>' if e.get("source") else "")
        + "</li>"
        for e in evidence
    )
    return f'<ul class="evidence">{items}</ul>'


def _badge(label: str) -> str:
    return f'<span class="badge lbl-{LABEL_CLASSES.get(label, "nei")}">{esc(LABEL_NAMES.get(label, label))}</span>'


def claim_details(claim: dict[str, Any]) -> str:
    final = claim.get("verdict") or {}
    label = display_label(claim)
    slots = {k: v for k, v in (claim.get("slots") or {}).items() if v not in (None, [], "")}
    slot_text = "; ".join(f"{k}: {v}" for k, v in slots.items())
    checkers = "".join(
        f"<li>{_badge(v['label'])} <strong>{esc(v.get('checker'))}</strong>"
        f'<span class="muted"> ({esc(v.get("plugin"))}, confidence {float(v.get("confidence") or 0):.2f})</span>'
        f"<br>{esc(v.get('explanation'))}</li>"
        for v in claim.get("verdicts", [])
    )
    return (
        f'<article class="detail" id="claim-{esc(claim["id"])}" data-claim="{esc(claim["id"])}">'
        f'<h3>{_badge(label)} <span class="kind">{esc(claim["kind"])}</span> '
        f'<span class="muted">#{claim["seq"]} · worth {float(claim.get("checkworthiness") or 0):.2f}'
        f" · confidence {float(final.get('confidence') or 0):.2f}</span></h3>"
        f'<blockquote class="claim-text">{esc(claim["text"])}</blockquote>'
        f'<p class="explanation">{esc(final.get("explanation"))}</p>'
        + f"<h4>Evidence{' (' + esc(final.get('checker')) + ')' if final.get('checker') else ''}</h4>"
        + _evidence_list(final.get("evidence", []))
        + (f'<h4>Every checker</h4><ul class="checkers">{checkers}</ul>' if checkers else "")
        + (f'<details class="slots"><summary>Slots</summary><p>{esc(slot_text)}</p></details>' if slot_text else "")
        + f'<p class="muted small">Claim <a href="#claim-{esc(claim["id"])}">{esc(claim["id"])}</a></p>'
        "</article>"
    )


def summary_bar(claims: list[dict[str, Any]]) -> str:
    counts: dict[str, int] = {}
    for claim in claims:
        label = display_label(claim)
        counts[label] = counts.get(label, 0) + 1
    total = max(1, len(claims))
    order = [*LABELS, UNCHECKED]
    parts = "".join(
        f'<span class="seg lbl-{LABEL_CLASSES[label]}" style="flex-grow:{counts[label]}" '
        f'title="{esc(LABEL_NAMES[label])}: {counts[label]}"></span>'
        for label in order
        if counts.get(label)
    )
    legend = "".join(
        f'<li data-label="{esc(label)}">{_badge(label)} <span class="count">{counts.get(label, 0)}</span></li>'
        for label in order
        if counts.get(label)
    )
    share = counts.get(REFUTED, 0) * 100 // total
    return (
        f'<section class="summary" aria-label="verdict counts"><div class="bar">{parts}</div>'
        f'<ul class="legend">{legend}<li class="muted">{len(claims)} claims, {share}% refuted</li></ul></section>'
    )


def render_report(run: dict[str, Any], article: dict[str, Any], claims: list[dict[str, Any]]) -> str:
    """The whole page as a string."""
    text = article.get("text") or ""
    title = article.get("title") or article.get("path") or "Article"
    placed_ids = {c["id"] for c in _placed(claims, text)}
    unplaced = [c for c in claims if c["id"] not in placed_ids]
    datasets = "".join(
        f"<li><code>{esc(d.get('name'))}</code> {esc(d.get('version'))} · {esc(d.get('rows'))} rows</li>"
        for d in run.get("datasets", [])
    )
    plugins = "".join(
        f"<li><code>{esc(p.get('name'))}</code> {esc(p.get('version') or '')}</li>" for p in run.get("plugins", [])
    )
    meta = (
        f"Published {esc(run.get('published') or article.get('published') or 'unknown')}"
        + (f" · {esc(article.get('source'))}" if article.get("source") else "")
        + f" · run <code>{esc(run['id'])}</code> at {esc(str(run.get('started_utc', ''))[:19].replace('T', ' '))} UTC"
        + f" · model {esc(run.get('model_label') or run.get('model'))}"
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="verify {esc(verify.__version__)}">
<title>{esc(title)} · verify report</title>
<style>{CSS}</style>
</head>
<body>
<header>
<h1>{esc(title)}</h1>
<p class="meta">{meta}</p>
{summary_bar(claims)}
<details class="setup"><summary>Datasets and plugins of this run</summary>
<div class="cols"><ul>{datasets}</ul><ul>{plugins}</ul></div></details>
</header>
<main>
<section class="article" aria-label="article text"><div class="text" id="article-text">{
        highlighted_text(text, claims)
    }</div></section>
<aside id="panel" aria-live="polite"><p class="hint">Click a highlighted claim to see its verdict, \
explanation and evidence.</p><div id="panel-body"></div></aside>
</main>
<section class="claims" aria-label="every claim">
<h2>Every claim ({len(claims)})</h2>
{"".join(claim_details(c) for c in claims)}
{'<p class="muted">' + str(len(unplaced)) + " claim(s) could not be placed in the text.</p>" if unplaced else ""}
</section>
<footer class="muted">Generated by verify {esc(verify.__version__)} from the verdict log.</footer>
<script>{JS}</script>
</body>
</html>
"""


CSS = """
:root { --supported:#2b8a3e; --supported-bg:#d3f9d8; --refuted:#c92a2a; --refuted-bg:#ffd8d8;
  --nei:#b35c00; --nei-bg:#fff3bf; --error:#862e9c; --error-bg:#f3d9fa; --unchecked:#868e96;
  --unchecked-bg:#f1f3f5; --ink:#212529; --muted:#6c757d; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 1.5rem; color: var(--ink);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; line-height: 1.25; }
h2 { font-size: 1.2rem; margin-top: 2rem; }
h3 { font-size: 1rem; margin: 0 0 .4rem; }
h4 { font-size: .85rem; margin: .8rem 0 .3rem; text-transform: uppercase; letter-spacing: .04em;
  color: var(--muted); }
code { font-size: .85em; }
.meta, .muted { color: var(--muted); }
.meta { margin: 0 0 1rem; font-size: .9rem; }
.small { font-size: .8rem; }
.summary .bar { display: flex; height: 14px; border-radius: 7px; overflow: hidden; background: #e9ecef; }
.summary .seg { display: block; min-width: 4px; }
.summary .seg.lbl-supported { background: var(--supported); } .summary .seg.lbl-refuted { background: var(--refuted); }
.summary .seg.lbl-nei { background: #f59f00; } .summary .seg.lbl-error { background: var(--error); }
.summary .seg.lbl-unchecked { background: #ced4da; }
.legend { list-style: none; padding: 0; margin: .5rem 0 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem;
  align-items: center; font-size: .9rem; }
.count { font-weight: 700; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: .6rem; font-size: .75rem; font-weight: 700;
  text-transform: uppercase; letter-spacing: .03em; border: 1px solid; white-space: nowrap; }
.badge.lbl-supported { color: var(--supported); background: var(--supported-bg); }
.badge.lbl-refuted { color: var(--refuted); background: var(--refuted-bg); }
.badge.lbl-nei { color: var(--nei); background: var(--nei-bg); }
.badge.lbl-error { color: var(--error); background: var(--error-bg); }
.badge.lbl-unchecked { color: var(--unchecked); background: var(--unchecked-bg); }
.setup { margin: .8rem 0 0; font-size: .85rem; }
.setup .cols { display: flex; gap: 2rem; flex-wrap: wrap; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; margin-top: 1.2rem; }
@media (max-width: 800px) { main { grid-template-columns: 1fr; } }
.article .text { white-space: pre-wrap; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem;
  line-height: 1.7; }
mark.claim { color: inherit; cursor: pointer; border-radius: 2px; padding: 1px 0;
  border-bottom: 2px solid; }
mark.claim.lbl-supported { background: var(--supported-bg); border-color: var(--supported); }
mark.claim.lbl-refuted { background: var(--refuted-bg); border-color: var(--refuted); }
mark.claim.lbl-nei { background: var(--nei-bg); border-color: #f59f00; }
mark.claim.lbl-error { background: var(--error-bg); border-color: var(--error); }
mark.claim.lbl-unchecked { background: var(--unchecked-bg); border-bottom: 2px dashed var(--unchecked); }
mark.claim.overlap { border-bottom-width: 4px; border-bottom-style: double; }
mark.claim:hover, mark.claim.hot { outline: 2px solid #339af0; outline-offset: 0; }
mark.claim.selected { outline: 2px solid #1c7ed6; box-shadow: 0 0 0 3px rgba(51, 154, 240, .25); }
mark.claim:focus-visible { outline: 3px solid #1c7ed6; }
aside#panel { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto;
  border: 1px solid #dee2e6; border-radius: 8px; padding: 1rem; background: #fcfcfd; }
aside#panel .hint { color: var(--muted); margin: 0; }
aside#panel.open .hint { display: none; }
.detail { border: 1px solid #dee2e6; border-radius: 8px; padding: .8rem 1rem; margin: 0 0 1rem;
  background: #fff; }
.detail:target { box-shadow: 0 0 0 3px rgba(51, 154, 240, .35); }
.claim-text { margin: .3rem 0; padding-left: .7rem; border-left: 3px solid #ced4da; font-family: Georgia, serif; }
.explanation { margin: .4rem 0; }
.kind { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .85rem; }
ul.evidence { list-style: none; padding: 0; margin: 0; font-size: .88rem; }
.evidence-item { border-top: 1px solid #e9ecef; padding: .35rem 0; }
.evidence-item .record { font-weight: 600; }
.evidence-item .matched { margin: .1rem 0; }
.evidence-item .source { color: var(--muted); overflow-wrap: anywhere; }
details.slots { font-size: .8rem; color: var(--muted); margin-top: .5rem; }
ul.checkers { padding-left: 1.1rem; margin: 0; font-size: .9rem; }
ul.checkers li { margin-bottom: .3rem; }
.claims .detail h3 { cursor: pointer; }
footer { margin-top: 2rem; font-size: .8rem; }
@media print { aside#panel { display: none; } main { grid-template-columns: 1fr; } }
"""

JS = """
(function () {
  "use strict";
  var panel = document.getElementById("panel");
  var body = document.getElementById("panel-body");
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.claim"));
  function idsOf(el) { return (el.getAttribute("data-claims") || "").split(" ").filter(Boolean); }
  function marksOf(id) { return marks.filter(function (m) { return idsOf(m).indexOf(id) >= 0; }); }
  function show(ids) {
    while (body.firstChild) { body.removeChild(body.firstChild); }
    marks.forEach(function (m) { m.classList.remove("selected"); });
    ids.forEach(function (id) {
      var detail = document.getElementById("claim-" + id);
      if (!detail) { return; }
      var copy = detail.cloneNode(true);
      copy.removeAttribute("id");
      copy.classList.add("in-panel");
      body.appendChild(copy);
      marksOf(id).forEach(function (m) { m.classList.add("selected"); });
    });
    panel.classList.add("open");
  }
  marks.forEach(function (mark) {
    mark.addEventListener("click", function () { show(idsOf(mark)); });
    mark.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show(idsOf(mark)); }
    });
    mark.addEventListener("mouseenter", function () {
      marksOf(idsOf(mark)[0]).forEach(function (m) { m.classList.add("hot"); });
    });
    mark.addEventListener("mouseleave", function () {
      marks.forEach(function (m) { m.classList.remove("hot"); });
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll(".claims .detail h3"), function (heading) {
    heading.addEventListener("click", function () {
      var id = heading.parentNode.getAttribute("data-claim");
      var first = marksOf(id)[0];
      show([id]);
      if (first) { first.scrollIntoView({block: "center"}); }
    });
  });
  var hash = window.location.hash;
  if (hash.indexOf("#claim-") === 0) { show([decodeURIComponent(hash.slice(7))]); }
})();
"""
