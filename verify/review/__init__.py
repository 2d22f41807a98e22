"""Reviewing the verdict log: queries, run diffs, ClaimReview export, the HTML report, Datasette metadata."""
