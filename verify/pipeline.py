"""One article through every stage: nlp -> extract -> check -> aggregate.

Ingest happens before (the CLI reads the file) and record/render after, so
each stage stays a module you can read alone.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import Any

import verify
from verify import nlp
from verify.aggregate import final_verdict
from verify.check import run_checkers, unchecked_verdict
from verify.checkworthiness_scorer import DEFAULT_THRESHOLD, SentenceScorer
from verify.context import CheckContext
from verify.extract import extract_claims
from verify.models import Article, CheckedClaim, Claim, ReferenceTerms
from verify.plugins import Registry
from verify.ulid import new_ulid


@dataclass
class RunResult:
    run_id: str
    article: Article
    claims: list[CheckedClaim]
    started_utc: str
    finished_utc: str
    duration_ms: float
    model: str
    model_version: str
    threshold: float
    verify_version: str = verify.__version__
    plugins: list[dict[str, Any]] = field(default_factory=list)
    datasets: list[dict[str, Any]] = field(default_factory=list)
    config: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "run": {
                "id": self.run_id,
                "started_utc": self.started_utc,
                "finished_utc": self.finished_utc,
                "duration_ms": self.duration_ms,
                "verify_version": self.verify_version,
                "model": self.model,
                "model_version": self.model_version,
                "threshold": self.threshold,
                "plugins": self.plugins,
                "datasets": self.datasets,
            },
            "article": self.article.to_dict(),
            "claims": [c.to_dict() for c in self.claims],
        }


def find_claims(
    article: Article,
    model: str | None = None,
    scorer: SentenceScorer | None = None,
    extractors: list[Any] | None = None,
    paragraphs: list[nlp.Paragraph] | None = None,
    terms: ReferenceTerms | None = None,
) -> list[Claim]:
    """The article's claims; pass ``paragraphs`` when the article was already parsed
    (``nlp.parse_many`` parses a batch of articles in one ``nlp.pipe`` stream), and what the
    reference data knows (``DatasetRegistry.terms``)."""
    if paragraphs is None:
        paragraphs = nlp.parse(article.text, model)
    return extract_claims(article, paragraphs, scorer or SentenceScorer.default(), extractors or [], terms)


def check_claims(
    article: Article, claims: list[Claim], registry: Registry, threshold: float, run_id: str
) -> list[CheckedClaim]:
    """Check and aggregate: every claim at or above ``threshold`` goes to the checkers of its kind."""
    context = CheckContext(article=article, datasets=registry.datasets, config={"threshold": threshold})
    checked: list[CheckedClaim] = []
    for seq, claim in enumerate(claims):
        claim.id = f"{run_id}-{seq:04d}"
        if claim.checkworthiness >= threshold:
            verdicts = run_checkers(claim, registry.checkers_for(claim.kind), context)
            checked.append(CheckedClaim(claim, True, verdicts, final_verdict(verdicts)))
        else:
            checked.append(CheckedClaim(claim, False, [], unchecked_verdict(claim, threshold)))
    return checked


def verify_article(
    article: Article,
    registry: Registry,
    model: str | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    plugins: list[dict[str, Any]] | None = None,
    paragraphs: list[nlp.Paragraph] | None = None,
) -> RunResult:
    started = time.perf_counter()
    started_utc = _utc_now()
    run_id = new_ulid()
    scorer = SentenceScorer.default()
    datasets = registry.datasets
    claims = find_claims(article, model, scorer, registry.extractors, paragraphs, datasets.terms())
    checked = check_claims(article, claims, registry, threshold, run_id)
    pipeline = nlp.load(model)
    return RunResult(
        run_id=run_id,
        article=article,
        claims=checked,
        started_utc=started_utc,
        finished_utc=_utc_now(),
        duration_ms=round((time.perf_counter() - started) * 1000, 1),
        model=nlp.model_name(model),
        model_version=nlp.model_version(pipeline),
        threshold=threshold,
        plugins=plugins or [],
        datasets=[d.info() for d in registry.datasets],
        config={"threshold": threshold, "checkworthiness_model": scorer.version},
    )


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
