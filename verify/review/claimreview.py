"""schema.org ClaimReview JSON-LD for the decided claims of a run.

One ``ClaimReview`` per claim whose final verdict is SUPPORTED or REFUTED;
claims with NOT_ENOUGH_INFO or ERROR were not decided and are never
published as reviewed. Our labels map to a 1–5 rating (``bestRating`` 5,
``worstRating`` 1) with the textual rating in ``alternateName``, as Google's
Fact Check markup reads it:

==============  ===========  =============
label           ratingValue  alternateName
==============  ===========  =============
SUPPORTED       5            True
REFUTED         1            False
==============  ===========  =============

The values 2–4 stay unused: verify decides whether reference data supports
or contradicts a claim, it does not grade partial truth.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from verify.models import REFUTED, SUPPORTED

RATINGS: dict[str, tuple[int, str]] = {SUPPORTED: (5, "True"), REFUTED: (1, "False")}
BEST_RATING, WORST_RATING = 5, 1
DEFAULT_AUTHOR = "verify"

_URL = re.compile(r"https?://[^\s;,<>\"')]+")


def first_url(text: str | None) -> str | None:
    match = _URL.search(text or "")
    return match.group(0).rstrip(".") if match else None


def claim_url(base: str | None, claim_id: str) -> str:
    """The review's URL: ``base#claim-ID`` (the anchor ``verify report`` gives each claim)."""
    if not base:
        return f"urn:verify:claim:{claim_id}"
    return f"{base.split('#', 1)[0]}#claim-{claim_id}"


def claim_reviews(
    run: dict[str, Any],
    article: dict[str, Any],
    claims: list[dict[str, Any]],
    author: str | None = None,
    author_url: str | None = None,
    url: str | None = None,
    date_published: str | None = None,
) -> list[dict[str, Any]]:
    """ClaimReview objects (each with its own ``@context``) for the decided claims."""
    reviewer: dict[str, Any] = {"@type": "Organization", "name": author or DEFAULT_AUTHOR}
    if author_url:
        reviewer["url"] = author_url
    reviewed_on = date_published or dt.date.fromisoformat(run["started_utc"][:10]).isoformat()
    appearance: dict[str, Any] = {"@type": "NewsArticle"}
    if article.get("title"):
        appearance["headline"] = article["title"]
    if article.get("published") or run.get("published"):
        appearance["datePublished"] = article.get("published") or run.get("published")
    article_url = first_url(article.get("source")) or first_url(article.get("path"))
    if article_url:
        appearance["url"] = article_url
    if article.get("source") and not article_url:
        appearance["publisher"] = {"@type": "Organization", "name": article["source"]}
    reviews = []
    for claim in claims:
        verdict = claim.get("verdict") or {}
        if not claim.get("checked") or verdict.get("label") not in RATINGS:
            continue
        value, name = RATINGS[verdict["label"]]
        # The claim is the article's: its publisher made it, where and when the article appeared.
        item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
        if appearance.get("datePublished"):
            item["datePublished"] = appearance["datePublished"]
        if "publisher" in appearance:
            item["author"] = appearance["publisher"]
        reviews.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": claim_url(url, claim["id"]),
                "claimReviewed": claim["text"],
                "itemReviewed": item,
                "author": reviewer,
                "datePublished": reviewed_on,
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": value,
                    "bestRating": BEST_RATING,
                    "worstRating": WORST_RATING,
                    "alternateName": name,
                    "ratingExplanation": verdict.get("explanation") or "",
                },
            }
        )
    return reviews
