"""Sentence check-worthiness on the pipeline's scale.

The trained model (``verify.checkworthiness``) has its own decision
threshold; the pipeline rescales its scores piecewise-linearly so that the
model's threshold lands on 0.5, the default ``--threshold`` for claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True)
class SentenceScorer:
    model_threshold: float
    version: str

    def __call__(self, sentences: list[str]) -> list[float]:
        from verify.checkworthiness import load_model

        return [self.rescale(s) for s in load_model().score(sentences)]

    def rescale(self, score: float) -> float:
        t = self.model_threshold
        if score < t:
            return 0.5 * score / t
        return 0.5 + 0.5 * (score - t) / (1 - t)

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> SentenceScorer:
        from verify.checkworthiness import load_model

        model = load_model()
        return SentenceScorer(model_threshold=float(model.threshold), version=str(model.version))
