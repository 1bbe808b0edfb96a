"""Readers: a file, a folder, a URL or stdin becomes a ``RawArticle`` (or a one-line IngestError)."""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from bot.clock import Clock, today
from bot.config import Settings
from bot.errors import IngestError
from bot.ingest.article import Overrides, RawArticle
from bot.ingest.dates import parse_date, parse_flag
from bot.ingest.fetch import fetch, is_url
from bot.ingest.frontmatter import split_front_matter
from bot.ingest.html import extract_page
from bot.ingest.text import decode_text, first_line, normalise_text

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
STDIN = "-"


def expand_sources(sources: list[str] | tuple[str, ...]) -> list[str]:
    """Replace each folder by the articles in it (recursively, hidden files skipped)."""
    expanded: list[str] = []
    for source in sources:
        path = Path(source)
        if source == STDIN or is_url(source) or not path.is_dir():
            expanded.append(source)
            continue
        for found in sorted(path.rglob("*")):
            hidden = any(part.startswith(".") for part in found.relative_to(path).parts)
            if (
                found.is_file()
                and not hidden
                and found.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES
            ):
                expanded.append(str(found))
    return expanded


_MARKUP = re.compile(r"<[^>]*>")


def build_article(
    text: str,
    header: Mapping[str, str],
    *,
    origin: str,
    settings: Settings,
    clock: Clock,
    overrides: Overrides,
) -> RawArticle:
    """Combine text, header and overrides (which win) into an article, dating it if need be."""
    text = normalise_text(text)
    if not text.strip():
        raise IngestError(f"{origin}: is empty")
    if not re.search(r"\w", _MARKUP.sub(" ", text)):
        raise IngestError(f"{origin}: has no article text, only markup (save a web page as .html)")
    if len(text) > settings.max_article_chars:
        raise IngestError(
            f"{origin}: is {len(text):,} characters, over the {settings.max_article_chars:,} limit"
        )
    estimated = (
        parse_flag(header["published_estimated"], origin=origin, field="published_estimated")
        if "published_estimated" in header
        else False
    )
    date_note = header.get("date_note") or None
    if overrides.published is not None:
        published = (
            overrides.published
            if not isinstance(overrides.published, str)
            else parse_date(overrides.published, origin=origin)
        )
        estimated, date_note = False, None
    elif header.get("published"):
        published = parse_date(header["published"], origin=origin)
    else:
        published = today(clock)
        estimated = True
        date_note = f"no publication date given; dated the day it was ingested ({published})"
    return RawArticle(
        text=text,
        title=overrides.title or header.get("title") or first_line(text) or origin,
        source=overrides.source or header.get("source") or None,
        author=header.get("author") or None,
        url=overrides.url or header.get("url") or None,
        published=published,
        published_estimated=estimated,
        date_note=date_note,
        origin=origin,
    )


def page_header(page: bytes | str, *, origin: str, url: str | None) -> tuple[str, dict[str, str]]:
    """Return a web page's main text and its metadata as header keys."""
    parts = extract_page(page, origin=origin, url=url)
    header = {
        "title": parts.title,
        "published": parts.published,
        "author": parts.author,
        "source": parts.site,
        "url": parts.url or url,
    }
    if parts.published:
        header["date_note"] = "date taken from the page"
    return parts.text, {k: v for k, v in header.items() if v}


def _read_bytes(path: Path, *, cap: int) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(cap + 1)
    except FileNotFoundError:
        raise IngestError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise IngestError(f"{path}: is a folder with no articles") from None
    except OSError as exc:
        raise IngestError(f"{path}: cannot read it ({exc.strerror})") from None
    if len(data) > cap:
        raise IngestError(f"{path}: is larger than {cap:,} bytes")
    return data


def read_source(
    source: str,
    *,
    settings: Settings,
    clock: Clock,
    overrides: Overrides,
    stdin: BinaryIO | None = None,
    public_only: bool = False,
) -> RawArticle:
    """Read one file, URL or ``-`` (stdin) into an article."""

    def done(body: str, header: Mapping[str, str], origin: str) -> RawArticle:
        return build_article(
            body, header, origin=origin, settings=settings, clock=clock, overrides=overrides
        )

    # A UTF-8 character is at most 4 bytes; the header gets some room on top.
    text_cap = settings.max_article_chars * 4 + 64_000
    if is_url(source):
        fetched = fetch(source, settings=settings, public_only=public_only)
        if fetched.content_type in {"text/plain", "text/markdown"}:
            header, body = split_front_matter(
                decode_text(fetched.body, origin=source), origin=source
            )
            header.setdefault("url", fetched.url)
        elif fetched.content_type in {"text/html", "application/xhtml+xml"}:
            body, header = page_header(fetched.body, origin=source, url=fetched.url)
        else:
            raise IngestError(f"{source}: is {fetched.content_type}, not a web page or text")
        header.setdefault("source", urlsplit(fetched.url).hostname or "")
        return done(body, header, source)
    if source == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(text_cap + 1)
        if len(data) > text_cap:
            raise IngestError(f"<stdin>: is larger than {text_cap:,} bytes")
        header, body = split_front_matter(decode_text(data, origin="<stdin>"), origin="<stdin>")
        return done(body, header, "<stdin>")
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        page = _read_bytes(path, cap=settings.max_fetch_bytes)
        if not page.strip():
            raise IngestError(f"{source}: is empty")
        if b"\x00" in page:
            raise IngestError(f"{source}: is a binary file, not a web page")
        # Bytes, so trafilatura can honour the page's own charset declaration.
        body, header = page_header(page, origin=source, url=None)
        return done(body, header, source)
    if suffix in TEXT_SUFFIXES or (suffix == "" and path.is_file()):
        text = decode_text(_read_bytes(path, cap=text_cap), origin=source)
        header, body = split_front_matter(text, origin=source)
        return done(body, header, source)
    if not path.exists():
        raise IngestError(f"{source}: no such file or folder")
    raise IngestError(f"{source}: unsupported file type {suffix!r} (use .txt, .md, .html)")
