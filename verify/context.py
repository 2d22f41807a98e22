"""What a checker can see besides the claim."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from verify.datasets import DatasetRegistry
from verify.models import Article


@dataclass
class CheckContext:
    """Passed to every ``checker.check(claim, context)`` call."""

    article: Article
    datasets: DatasetRegistry = field(default_factory=DatasetRegistry)
    config: dict[str, Any] = field(default_factory=dict)

    @property
    def published(self) -> dt.date | None:
        """The date relative time in the article is resolved against."""
        return self.article.published
