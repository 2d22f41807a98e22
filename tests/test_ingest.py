"""Articles as .txt, .md with front matter, .html and stdin all reach the pipeline."""

from __future__ import annotations

import datetime as dt
import json
import warnings

import pytest

from tests.conftest import SEED, claim_with
from verify.ingest import article_from_text, read_article

LAUNCH = "To start the day, Pyongyang launched two ballistic missiles into the sea off the country’s eastern coast."


def test_markdown_front_matter_gives_title_date_and_source(run, tmp_path):
    article = tmp_path / "launch.md"
    article.write_text(
        f"---\ntitle: Launch day\npublished: 2023-09-13\nsource: Example Wire\n---\n\n{LAUNCH}\n", encoding="utf-8"
    )
    result = run("check", article, "--format", "json")
    document = json.loads(result.stdout)
    assert document["article"]["title"] == "Launch day"
    assert document["article"]["published"] == "2023-09-13"
    assert document["article"]["source"] == "Example Wire"
    claim = claim_with(document, "quantity", "two ballistic missiles")
    assert claim["verdict"]["label"] == "SUPPORTED"
    text = article.read_text(encoding="utf-8")
    assert text[claim["start"] : claim["end"]] == claim["text"]


def test_html_is_turned_into_text_with_its_meta_tags(run, tmp_path):
    article = tmp_path / "launch.html"
    article.write_text(
        "<!doctype html><html><head><title>Launch day | Example</title>"
        '<meta property="article:published_time" content="2023-09-13T08:00:00+09:00">'
        '<meta property="og:site_name" content="Example Wire">'
        "<script>var tracking = 'two missiles';</script></head>"
        f"<body><nav>Home | World</nav><article><h1>Launch day</h1><p>{LAUNCH}</p></article>"
        "<footer>Copyright 2023</footer></body></html>",
        encoding="utf-8",
    )
    document = json.loads(run("check", article, "--format", "json").stdout)
    assert document["article"]["published"] == "2023-09-13"
    assert document["article"]["source"] == "Example Wire"
    assert claim_with(document, "quantity", "two ballistic missiles")["verdict"]["label"] == "SUPPORTED"
    assert all("tracking" not in c["sentence"] and "Home" not in c["sentence"] for c in document["claims"])


def test_stdin_with_published_option(run):
    result = run("check", "-", "--published", "2023-09-13", "--format", "json", input=LAUNCH.encode())
    document = json.loads(result.stdout)
    assert document["article"]["path"] is None
    assert claim_with(document, "quantity", "two ballistic")["verdict"]["label"] == "SUPPORTED"


def test_published_option_overrides_metadata():
    article = read_article(str(SEED), published=dt.date(2022, 6, 1))
    assert article.published == dt.date(2022, 6, 1)
    assert read_article(str(SEED)).published == dt.date(2023, 9, 13)


def test_the_seed_article_is_copied_unchanged():
    assert SEED.read_bytes().decode("utf-8").startswith("North Korea and Russia Discuss Western Imperialism")
    assert "\u2019" in SEED.read_text(encoding="utf-8")  # curly apostrophes kept


def test_a_date_line_in_the_head_of_a_plain_article_dates_it(run, tmp_path):
    article = tmp_path / "launch.txt"
    article.write_text(f"Launch day\n\nBy Example Wire | Wed September 13, 2023 10:31 AM KST\n\n{LAUNCH}\n")
    result = run("check", article, "--format", "json")
    document = json.loads(result.stdout)
    assert document["article"]["published"] == "2023-09-13"
    assert "read from the article's dateline" in result.stderr
    assert claim_with(document, "quantity", "two ballistic missiles")["verdict"]["label"] == "SUPPORTED"


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("SEOUL, Sept. 13, 2023 (Reuters) - Officials said so.", "2023-09-13"),
        ("VLADIVOSTOK, Russia, 13 September 2023 – Officials said so.", "2023-09-13"),
        ("Updated: September 14, 2023\nPublished: September 13, 2023", "2023-09-13"),
        ("Published 2023-09-13, updated 2023-09-14", "2023-09-13"),
        ("On February 24, 2022, Russia invaded Ukraine.", None),  # the story's date, not the article's
        ("SEOUL, Sept 13 (Reuters) - No year is told.", None),
        ("February 30, 2023", None),
        # numbers alone: day first, or month first when the first cannot be a month
        ("Published: 13/09/2023", "2023-09-13"),
        ("Published: 09/13/2023", "2023-09-13"),
        ("Published: 05/06/2023", None),  # 5 June or May 6: the head does not say
    ],
)
def test_only_a_full_date_that_stands_apart_from_the_story_dates_the_article(head, published):
    article = article_from_text(f"Launch day\n{head}\n\n{LAUNCH}\n", "txt", "launch.txt")
    assert (article.published.isoformat() if article.published else None) == published


def test_metadata_wins_over_a_date_line(run, tmp_path):
    article = tmp_path / "launch.md"
    article.write_text(f"---\npublished: 2023-09-14\n---\nLaunch day\n\nSeptember 13, 2023\n\n{LAUNCH}\n")
    result = run("check", article, "--format", "json")
    assert json.loads(result.stdout)["article"]["published"] == "2023-09-14"
    assert "dateline" not in result.stderr


def test_a_dateline_is_not_part_of_the_story_it_opens(run, tmp_path):
    article = tmp_path / "launch.txt"
    article.write_text(
        "Launch day\n"
        "SEOUL, Sept. 14 (Example Wire) - North Korea launched two ballistic missiles into the sea"
        " off its eastern coast on Wednesday, officials said.\n"
    )
    document = json.loads(run("check", article, "--published", "2023-09-14", "--format", "json").stdout)
    launch = claim_with(document, "quantity", "two ballistic missiles")
    assert launch["text"].startswith("North Korea launched")
    assert launch["verdict"]["label"] == "SUPPORTED"  # Wednesday the 13th, not the dateline's 14th
    assert all("SEOUL" not in c["text"] and "Wire" not in c["text"] for c in document["claims"])
    assert article.read_text()[launch["start"] : launch["end"]] == launch["text"]


def test_a_page_whose_text_reads_like_a_file_name_is_still_the_page(run, tmp_path):
    # Beautiful Soup warns that such markup looks like a path; it is the page's contents
    page = tmp_path / "short.html"
    page.write_text("article.html", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = run("claims", page, "--all", "--format", "json")
    assert result.exit_code == 0, result.output
