"""`verify report`: one self-contained HTML page, checked as markup and in a real headless Chromium."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from tests.conftest import SEED
from tests.test_review_helpers import Browser, check, chromium_path, invoke
from verify.review.report import highlighted_text

HOSTILE = (
    "Breaking </mark><script>alert('x')</script> & <b>news</b>\n\n"
    "Russian President Vladimir Putin met Kim Jong-un on Wednesday, 13 September 2023.\n"
)


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    directory = tmp_path_factory.mktemp("review-report")
    db = directory / "verdicts.db"
    document = check(db, SEED)
    out = directory / "report.html"
    result = invoke(db, "report", document["run"]["id"][:20], "-o", out)
    assert result.exit_code == 0, result.output
    return document, out, out.read_text(encoding="utf-8")


class Collect(HTMLParser):
    """Text and tags of a page, to read it back as a browser would (without running scripts)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.in_text, self.text, self.scripts = [], 0, [], 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "div" and dict(attrs).get("id") == "article-text":
            self.in_text = 1
        elif self.in_text:
            self.in_text += 1 if tag not in ("br",) else 0
        if tag == "script":
            self.scripts += 1

    def handle_endtag(self, tag):
        if self.in_text:
            self.in_text -= 1

    def handle_data(self, data):
        if self.in_text:
            self.text.append(data)


def read(page):
    parser = Collect()
    parser.feed(page)
    return parser


def test_the_article_text_reads_back_exactly_with_every_claim_marked(seed_report):
    document, _, page = seed_report
    parsed = read(page)
    assert "".join(parsed.text) == SEED.read_text(encoding="utf-8")
    marks = [attrs for tag, attrs in parsed.tags if tag == "mark"]
    marked = {claim for attrs in marks for claim in attrs["data-claims"].split()}
    assert marked == {c["id"] for c in document["claims"]}
    # The quote sits inside the event claim's sentence: the overlap is drawn, innermost colour first.
    assert any("overlap" in attrs["class"] for attrs in marks)
    details = {attrs["id"] for tag, attrs in parsed.tags if tag == "article" and "detail" in attrs.get("class", "")}
    assert details == {f"claim-{c['id']}" for c in document["claims"]}


def test_the_page_is_self_contained(seed_report):
    _, _, page = seed_report
    parsed = read(page)
    assert parsed.scripts == 1
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, (tag, attrs)
        if tag == "link":
            pytest.fail(f"external stylesheet or resource: {attrs}")
        if tag == "a" and attrs.get("href", "").startswith("http"):
            assert attrs.get("rel") == "noopener noreferrer"
    assert "https://en.wikipedia.org/wiki/List_of_North_Korean_missile_tests" in page
    assert "@import" not in page and "url(" not in page


def test_summary_bar_counts_by_label(seed_report):
    document, _, page = seed_report
    supported = sum(1 for c in document["claims"] if c["checked"] and c["verdict"]["label"] == "SUPPORTED")
    match = re.search(r'<li data-label="SUPPORTED">.*?<span class="count">(\d+)</span>', page)
    assert match and int(match.group(1)) == supported
    assert f"{len(document['claims'])} claims" in page


def test_untrusted_article_text_is_escaped(tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    db = tmp_path / "verdicts.db"
    run_id = check(db, article, "--published", "2023-09-13")["run"]["id"]
    page = invoke(db, "report", run_id).stdout
    assert "<script>alert" not in page and "<b>news</b>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "".join(read(page).text) == HOSTILE


def test_crossing_claims_are_cut_into_pieces_that_never_nest():
    text = "abcdefghijklmnopqrst"
    claims = [
        {
            "id": "A",
            "seq": 0,
            "kind": "role",
            "start": 0,
            "end": 10,
            "checked": True,
            "verdict": {"label": "SUPPORTED"},
        },
        {"id": "B", "seq": 1, "kind": "quote", "start": 5, "end": 15, "checked": True, "verdict": {"label": "REFUTED"}},
        {"id": "C", "seq": 2, "kind": "event", "start": 99, "end": 120, "checked": True, "verdict": None},
    ]
    out = highlighted_text(text, claims)
    pieces = re.findall(r'<mark class="([^"]+)" data-claims="([^"]+)"[^>]*>([^<]*)</mark>', out)
    assert [(p[1], p[2]) for p in pieces] == [("A", "abcde"), ("A B", "fghij"), ("B", "klmno")]
    assert "overlap" in pieces[1][0] and "lbl-supported" in pieces[0][0] and "lbl-refuted" in pieces[2][0]
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text


@pytest.mark.skipif(chromium_path() is None, reason="chromium is not installed (apt-get install chromium)")
def test_the_report_in_headless_chromium(seed_report, tmp_path):
    document, out, _ = seed_report
    quantity = next(c for c in document["claims"] if c["kind"] == "quantity")
    with Browser(tmp_path / "profile") as browser:
        browser.open(out.as_uri())
        assert browser.evaluate("document.title").endswith("verify report")
        assert browser.evaluate("document.querySelectorAll('mark.claim').length") >= len(document["claims"])
        colours = browser.evaluate(
            """(function () {
                 var seen = {};
                 document.querySelectorAll('mark.claim').forEach(function (m) {
                   var label = m.className.match(/lbl-(\\w+)/)[1];
                   seen[label] = getComputedStyle(m).backgroundColor;
                 });
                 return seen;
               })()"""
        )
        assert colours["supported"] == "rgb(211, 249, 216)"
        assert colours["nei"] == "rgb(255, 243, 191)"
        assert browser.evaluate("document.getElementById('panel-body').children.length") == 0
        # A real mouse click on the highlighted quantity claim.
        box = browser.evaluate(
            f"""(function () {{
                  var mark = Array.prototype.filter.call(document.querySelectorAll('mark.claim'), function (m) {{
                    return m.getAttribute('data-claims').split(' ')[0] === {quantity["id"]!r};
                  }})[0];
                  mark.scrollIntoView({{block: 'center'}});
                  var r = mark.getBoundingClientRect();
                  return {{x: r.left + r.width / 2, y: r.top + r.height / 2}};
                }})()"""
        )
        browser.click(box["x"], box["y"])
        panel = browser.evaluate("document.getElementById('panel-body').innerText")
        assert "nk-2023-09-13-ballistic" in panel and "Recorded: 2 ballistic missile" in panel
        assert browser.evaluate("getComputedStyle(document.getElementById('panel-body')).display") != "none"
        link = browser.evaluate("document.querySelector('#panel-body .source a').href")
        assert link == "https://en.wikipedia.org/wiki/List_of_North_Korean_missile_tests"
        assert browser.evaluate("document.querySelectorAll('mark.claim.selected').length") >= 1
        assert browser.errors() == []
        browser.screenshot(tmp_path / "report.png")
    assert (tmp_path / "report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
