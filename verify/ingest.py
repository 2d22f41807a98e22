"""Ingest: a file or stdin becomes an ``Article`` (plain text plus metadata).

Plain text (.txt), Markdown with YAML front matter (.md) and HTML (.html,
via BeautifulSoup) are read. Metadata comes, in order of precedence, from
the caller (``--published``), front matter or HTML meta tags, and a sidecar
file ``NAME.meta.toml`` beside the article. With none of those, a full date
in the article's head (a date line, "Published: ...", or a dateline such as
"WASHINGTON, Sept. 13, 2023 -") is taken as the publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from verify.errors import UserError
from verify.models import Article
from verify.timeexpr import MONTH_NAMES

MAX_BYTES = 5_000_000
FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)


def max_bytes() -> int:
    value = os.environ.get("VERIFY_MAX_BYTES")
    return int(value) if value and value.isdigit() else MAX_BYTES


def parse_date(value: Any, what: str = "date") -> dt.date:
    """An ISO date (or the date part of an ISO timestamp)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise UserError(f"invalid {what} {text!r}: use YYYY-MM-DD") from None


def read_article(location: str, published: dt.date | None = None) -> Article:
    """Read an article from a path, or from stdin when ``location`` is ``-``."""
    if location == "-":
        raw = sys.stdin.buffer.read(max_bytes() + 1)
        name = "<stdin>"
        fmt = None
        sidecar: dict[str, Any] = {}
    else:
        path = Path(location)
        if not path.exists():
            raise UserError(f"{location}: no such file")
        if path.is_dir():
            raise UserError(f"{location}: is a directory, not an article file")
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            known = ", ".join(sorted(FORMATS))
            raise UserError(
                f"{location}: unknown article format {path.suffix or '(no extension)'!r}; use one of {known}"
            )
        if path.stat().st_size > max_bytes():
            raise UserError(f"{location}: larger than the {max_bytes():,}-byte limit (VERIFY_MAX_BYTES)")
        raw = path.read_bytes()
        name = location
        sidecar = _read_sidecar(path)
    return article_from_text(
        decode(raw, name),
        fmt,
        name,
        published=published,
        defaults=sidecar,
        path=None if location == "-" else str(location),
    )


def article_from_text(
    text: str,
    fmt: str | None,
    name: str,
    published: dt.date | None = None,
    defaults: dict[str, Any] | None = None,
    overrides: dict[str, Any] | None = None,
    path: str | None = None,
) -> Article:
    """An ``Article`` from decoded text: files, stdin and batch records all come through here.

    Metadata precedence, lowest first: ``defaults`` (a sidecar file), the
    document's own (front matter, HTML meta tags), ``overrides`` (fields of a
    batch record), then ``published`` as given by the caller.
    """
    fmt = fmt or sniff_format(text)
    if fmt == "html":
        body, meta = html_to_text(text)
    elif fmt == "md":
        body, meta = split_front_matter(text, name)
    elif fmt == "txt":
        body, meta = text, {}
    else:
        raise UserError(f"{name}: unknown format {fmt!r}; use txt, md or html")
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if not body.strip():
        raise UserError(f"{name}: no article text found")
    merged = {
        **(defaults or {}),
        **{k: v for k, v in meta.items() if v},
        **{k: v for k, v in (overrides or {}).items() if v not in (None, "")},
    }
    published_from = "caller" if published else None
    if published is None and merged.get("published"):
        published = parse_date(merged["published"], f"publication date in {name}")
        published_from = "metadata"
    if published is None:
        published = dateline_date(body)
        published_from = "dateline" if published else None
    return Article(
        text=body,
        title=_as_text(merged.get("title")) or _first_line_title(body),
        published=published,
        published_from=published_from,
        source=_as_text(merged.get("source")),
        path=path,
        format=fmt,
    )


_MONTH = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
_WEEKDAY = "|".join(d for d in (*calendar.day_name, *calendar.day_abbr))
_DATE_IN_HEAD = re.compile(
    rf"(?:(?:{_WEEKDAY}),?\s+)?"
    rf"(?:(?P<month1>{_MONTH})\.?\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year1>(?:19|20)\d\d)"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH})\.?,?\s+(?P<year2>(?:19|20)\d\d)"
    rf"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d)"
    # "13/09/2023" (day first) or "09/13/2023" (month first); "05/06/2023" could be either
    rf"|(?P<first>\d{{1,2}})[/.](?P<second>\d{{1,2}})[/.](?P<year3>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
_ZONES = "UTC|GMT|EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|CEST|EET|EEST|MSK|KST|JST|IST|AEST|AEDT"
# What may stand beside a date on a line of the article's head that only dates it.
_DATE_LINE_NOISE = re.compile(
    rf"^\s*by\s+[^|·•\n]{{1,60}}[|·•]"
    rf"|\b(?:first|last|published|posted|updated|dated?|on|at|{_WEEKDAY}|{_ZONES})\b"
    r"|\b\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?"
    r"|[|·•,:;()\-–—]",
    re.IGNORECASE,
)
_CAPS_WORD = r"[A-Z][A-Z.'’\-]+"
_TITLE_WORD = r"[A-Z][A-Za-z.'’\-]+"
_DAY_AND_MONTH = (
    rf"(?i:(?:{_WEEKDAY}),?[ \t]+)?"
    rf"(?:(?i:{_MONTH})\.?[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+(?i:{_MONTH})\.?)(?:,?[ \t]+(?:19|20)\d\d)?"
)
#: A dateline: "WASHINGTON, Sept. 13, 2023 (Reuters) -", "KYIV, Ukraine (AP) —", "SAN FRANCISCO –".
#: A place in capitals, maybe its region, a date and an agency, then a dash. It opens a line and
#: is not part of the sentence after it (the nlp stage leaves it out).
DATELINE = re.compile(
    rf"[ \t]*{_CAPS_WORD}(?:[ /]{_CAPS_WORD}){{0,3}}(?:,[ \t]+{_TITLE_WORD}(?:[ \t]{_TITLE_WORD}){{0,2}})?"
    rf"(?:,?[ \t]+(?P<date>{_DAY_AND_MONTH}))?"
    r",?[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?[-–—]{1,2}[ \t]+"
)
_HEAD_LINES = 6


def dateline_date(body: str) -> dt.date | None:
    """The publication date an article's head tells, if it tells one plainly.

    Only the first few lines are read, and only a full date (day, month and
    year) on a line that holds nothing else but a time and words such as
    "Published", "Updated" or "By NAME |", or a date between a place in
    capitals and a dash: a date inside the story's own sentences ("On
    February 24, 2022, Russia invaded") is not the article's. A published
    date wins over an updated one.
    """
    found: list[tuple[bool, dt.date]] = []
    for line in [line.strip() for line in body.splitlines() if line.strip()][:_HEAD_LINES]:
        matches = list(_DATE_IN_HEAD.finditer(line))
        dateline = DATELINE.match(line)
        dates_only = not _DATE_LINE_NOISE.sub(" ", _DATE_IN_HEAD.sub(" ", line)).strip()
        previous_end = 0
        for match in matches:
            date = _head_date(match)
            label = line[previous_end : match.start()].lower()
            previous_end = match.end()
            if date is None:
                continue
            if dates_only or (dateline and dateline.start("date") <= match.start() < dateline.end("date")):
                found.append(("updated" not in label, date))
    if not found:
        return None
    return next((date for published, date in found if published), found[0][1])


def _head_date(match: re.Match[str]) -> dt.date | None:
    if match["iso"]:
        try:
            return dt.date.fromisoformat(match["iso"])
        except ValueError:
            return None
    if match["first"]:
        first, second = int(match["first"]), int(match["second"])
        if first <= 12 and second <= 12 and first != second:
            return None  # day first or month first: the head does not say which
        day, month = (second, first) if second > 12 else (first, second)
        try:
            return dt.date(int(match["year3"]), month, day)
        except ValueError:
            return None
    month = MONTH_NAMES[(match["month1"] or match["month2"]).lower()]
    try:
        return dt.date(int(match["year1"] or match["year2"]), month, int(match["day1"] or match["day2"]))
    except ValueError:
        return None


def decode(raw: bytes, name: str) -> str:
    if len(raw) > max_bytes():
        raise UserError(f"{name}: larger than the {max_bytes():,}-byte limit (VERIFY_MAX_BYTES)")
    if not raw.strip():
        raise UserError(f"{name}: the file is empty")
    if b"\x00" in raw[:8192]:
        raise UserError(f"{name}: looks like a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserError(f"{name}: not valid UTF-8 (byte {error.start}: {error.reason})") from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 50):
        raise UserError(f"{name}: looks like a binary file, not text")
    return text


def sniff_format(text: str) -> str:
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    if _FRONT_MATTER.match(text):
        return "md"
    return "txt"


def split_front_matter(text: str, name: str) -> tuple[str, dict[str, Any]]:
    import yaml

    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        problem = str(error).splitlines()[0]
        raise UserError(f"{name}: invalid front matter: {problem}") from None
    if not isinstance(meta, dict):
        raise UserError(f"{name}: front matter must be a mapping of keys to values")
    meta = {str(k).lower(): v for k, v in meta.items()}
    meta.setdefault("published", meta.get("date"))
    # Claim offsets stay offsets into the file: the front matter becomes blanks of the same length.
    blanked = "".join(ch if ch == "\n" else " " for ch in match.group(0))
    return blanked + text[match.end() :], meta


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    import warnings

    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

    with warnings.catch_warnings():
        # the markup is always the file's contents, never a name: a short page that reads like a path
        # or a URL is still the page
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "html.parser")
    meta: dict[str, Any] = {}
    for attrs in ({"property": "og:title"}, {"name": "title"}):
        tag = soup.find("meta", attrs=attrs)
        if tag and tag.get("content"):
            meta["title"] = tag["content"]
            break
    if "title" not in meta and soup.title and soup.title.string:
        meta["title"] = soup.title.string.strip()
    for attrs in (
        {"property": "article:published_time"},
        {"name": "date"},
        {"name": "pubdate"},
        {"itemprop": "datePublished"},
        {"name": "dc.date"},
    ):
        tag = soup.find("meta", attrs=attrs)
        if tag and tag.get("content"):
            meta["published"] = tag["content"]
            break
    if "published" not in meta:
        time_tag = soup.find("time", attrs={"datetime": True})
        if time_tag:
            meta["published"] = time_tag["datetime"]
    for attrs in ({"property": "og:site_name"}, {"name": "author"}):
        tag = soup.find("meta", attrs=attrs)
        if tag and tag.get("content"):
            meta["source"] = tag["content"]
            break
    for junk in soup(["script", "style", "noscript", "template", "nav", "footer", "header", "aside", "form"]):
        junk.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = []
    for element in root.find_all(["h1", "h2", "h3", "h4", "p", "li", "blockquote", "pre"]):
        if element.find(["p", "li", "blockquote"]):
            continue
        text = " ".join(element.get_text(" ", strip=True).split())
        if text:
            blocks.append(text)
    if not blocks:
        blocks = [" ".join(root.get_text(" ", strip=True).split())]
    if meta.get("published"):
        try:
            meta["published"] = parse_date(meta["published"])
        except UserError:
            meta.pop("published")
    return "\n\n".join(b for b in blocks if b), meta


def _read_sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_name(path.stem + ".meta.toml")
    if not sidecar.exists():
        return {}
    try:
        return tomllib.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise UserError(f"{sidecar}: cannot read article metadata: {error}") from None


def _as_text(value: Any) -> str | None:
    return str(value).strip() if value not in (None, "") else None


def _first_line_title(body: str) -> str | None:
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    if first and len(first) <= 150 and not first.endswith((".", "?", "!", ":", ";")):
        return first
    return None
