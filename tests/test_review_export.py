"""`verify export --format claimreview`: schema.org ClaimReview for the decided claims, as Google reads it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.conftest import SEED
from tests.test_review_helpers import altered_seed, check, invoke

# The schema.org properties (and their expected types) this export may use, per type, as listed on
# schema.org: ClaimReview < Review < CreativeWork < Thing; Claim < CreativeWork; Rating; NewsArticle;
# Organization. Anything else would be invalid vocabulary.
VOCABULARY = {
    "ClaimReview": {"url", "claimReviewed", "itemReviewed", "author", "datePublished", "reviewRating", "name"},
    "Claim": {"appearance", "firstAppearance", "author", "datePublished", "name", "text"},
    "Rating": {"ratingValue", "bestRating", "worstRating", "alternateName", "ratingExplanation", "author"},
    "NewsArticle": {"headline", "datePublished", "url", "publisher", "author", "name"},
    "CreativeWork": {"headline", "datePublished", "url", "publisher", "author", "name"},
    "Organization": {"name", "url"},
    "Person": {"name", "url"},
}
# Google's Fact Check markup: required on ClaimReview, and on its reviewRating.
GOOGLE_REQUIRED = {"claimReviewed", "reviewRating", "url"}
GOOGLE_RATING_REQUIRED = {"alternateName"}


def check_vocabulary(node, path="$"):
    if isinstance(node, list):
        for i, item in enumerate(node):
            check_vocabulary(item, f"{path}[{i}]")
        return
    if not isinstance(node, dict):
        return
    kind = node.get("@type")
    assert kind in VOCABULARY, f"{path}: unknown or missing @type {kind!r}"
    unknown = set(node) - {"@type", "@context"} - VOCABULARY[kind]
    assert not unknown, f"{path} ({kind}): not schema.org properties of {kind}: {unknown}"
    for key, value in node.items():
        check_vocabulary(value, f"{path}.{key}")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    directory = tmp_path_factory.mktemp("review-export")
    db = directory / "verdicts.db"
    seed = check(db, SEED)
    altered = check(db, altered_seed(directory, "two ballistic missiles", "three ballistic missiles"))
    return db, seed, altered


def export(db, run_id, *extra):
    result = invoke(db, "export", run_id, *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


def decided(document):
    return [c for c in document["claims"] if c["checked"] and c["verdict"]["label"] in ("SUPPORTED", "REFUTED")]


def test_one_claimreview_per_decided_claim_with_every_required_property(runs):
    db, seed, _ = runs
    reviews, note = export(
        db,
        seed["run"]["id"][:16],
        "--author",
        "Example Fact Desk",
        "--author-url",
        "https://factdesk.example/",
        "--url",
        "https://factdesk.example/reports/seed.html",
        "--date",
        "2023-09-14",
    )
    assert note == ""
    expected = decided(seed)
    assert len(reviews) == len(expected) >= 8
    assert [r["claimReviewed"] for r in reviews] == [c["text"] for c in expected]
    for review, claim in zip(reviews, expected, strict=True):
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert set(review) >= GOOGLE_REQUIRED
        assert review["url"] == f"https://factdesk.example/reports/seed.html#claim-{claim['id']}"
        assert review["author"] == {
            "@type": "Organization",
            "name": "Example Fact Desk",
            "url": "https://factdesk.example/",
        }
        assert review["datePublished"] == "2023-09-14"
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and set(rating) >= GOOGLE_RATING_REQUIRED
        assert (rating["worstRating"], rating["bestRating"]) == (1, 5)
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert (rating["ratingValue"], rating["alternateName"]) == (5, "True")
        assert rating["ratingExplanation"] == claim["verdict"]["explanation"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["datePublished"] == "2023-09-13"
        assert item["appearance"]["@type"] == "NewsArticle"
        assert item["appearance"]["headline"] == "North Korea and Russia Discuss Western Imperialism and More"
        assert item["appearance"]["datePublished"] == "2023-09-13"
        check_vocabulary(review)


def test_refuted_claims_rate_1_false_and_undecided_claims_are_left_out(runs):
    db, _, altered = runs
    reviews, _ = export(db, altered["run"]["id"])
    ratings = {r["claimReviewed"]: r["reviewRating"] for r in reviews}
    refuted = ratings["Pyongyang launched three ballistic missiles into the sea off of the country’s eastern coast"]
    assert (refuted["ratingValue"], refuted["alternateName"]) == (1, "False")
    undecided = {c["text"] for c in altered["claims"] if c["verdict"]["label"] not in ("SUPPORTED", "REFUTED")}
    assert undecided and not undecided & set(ratings)


def test_defaults_name_verify_and_warn_that_google_needs_a_page_url(runs):
    db, seed, _ = runs
    reviews, note = export(db, seed["run"]["id"])
    assert "--url" in note
    assert reviews[0]["author"] == {"@type": "Organization", "name": "verify"}
    assert reviews[0]["url"].startswith("urn:verify:claim:")
    started = dt.date.fromisoformat(seed["run"]["started_utc"][:10])
    assert reviews[0]["datePublished"] == started.isoformat()


def test_export_json_is_the_whole_run_and_can_go_to_a_file(runs, tmp_path):
    db, seed, _ = runs
    out = tmp_path / "run.json"
    result = invoke(db, "export", seed["run"]["id"], "--format", "json", "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["run"]["id"] == seed["run"]["id"]
    assert [c["id"] for c in document["claims"]] == [c["id"] for c in seed["claims"]]
    assert "text" not in document["article"]
