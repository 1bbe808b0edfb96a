"""The article inside a web page: main text and metadata via trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura

from bot.errors import IngestError
from bot.ingest.text import normalise_text

# trafilatura falls back to whatever text a page has ("Home", "Sign in to read"); fewer
# words than this is navigation or a paywall, not an article.
MIN_PAGE_WORDS = 25


@dataclass(frozen=True)
class PageParts:
    """What trafilatura found in a page."""

    text: str
    title: str | None
    published: str | None  # YYYY-MM-DD as the page gives it
    author: str | None
    url: str | None  # the canonical URL when the page declares one
    site: str | None


def extract_page(page: str | bytes, *, origin: str, url: str | None = None) -> PageParts:
    """Pull the main text, title, date, author and canonical URL out of an HTML page."""
    found = trafilatura.bare_extraction(
        page, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    raw_text = getattr(found, "text", None) or ""
    # trafilatura puts one paragraph per line; a blank line between them reads like the seeds.
    text = normalise_text("\n\n".join(p for p in raw_text.split("\n") if p.strip()))
    words = len(text.split())
    if words < MIN_PAGE_WORDS:
        raise IngestError(f"{origin}: no article text found in the page (only {words} words)")
    return PageParts(
        text=text,
        title=getattr(found, "title", None) or None,
        published=getattr(found, "date", None) or None,
        author=getattr(found, "author", None) or None,
        url=getattr(found, "url", None) or None,
        site=getattr(found, "sitename", None) or getattr(found, "hostname", None) or None,
    )
