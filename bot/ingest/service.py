"""Read, extract and store articles: a batch from the CLI, or one pasted text or URL from chat."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Protocol

from sqlalchemy import Engine
from tqdm import tqdm

from bot.clock import Clock
from bot.config import Settings
from bot.errors import IngestError, NewsroomError
from bot.extract.model import Extraction
from bot.ingest.article import Overrides, RawArticle
from bot.ingest.fetch import is_url
from bot.ingest.frontmatter import split_front_matter
from bot.ingest.readers import (
    HTML_SUFFIXES,
    STDIN,
    build_article,
    expand_sources,
    page_header,
    read_source,
)
from bot.ingest.text import normalise_text
from bot.store.article_reads import article_text, articles_needing_reextract
from bot.store.writes import SaveResult, find_duplicate, replace_extraction, save_article


class Extractor(Protocol):
    """What ingest needs from the extraction pipeline."""

    def extract(self, text: str, published: date) -> Extraction:
        """Read one article."""
        ...


@dataclass(frozen=True)
class Ingested:
    """One article that was read: stored now, or already stored."""

    origin: str
    article_id: int
    title: str
    duplicate_of: str | None = None
    quotes: int = 0
    claims: int = 0
    events: int = 0


@dataclass
class IngestReport:
    """What a batch did: articles added, duplicates skipped, sources that failed and why."""

    added: list[Ingested] = field(default_factory=list)
    duplicates: list[Ingested] = field(default_factory=list)
    # (source, one-line reason without the source's name: "is empty", "HTTP 404 ...")
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Tell whether every source was read."""
        return not self.failed

    def summary_lines(self) -> list[str]:
        """Return one line per article and a closing count, for a terminal."""
        lines = [
            f"added #{a.article_id} {a.title}: {a.quotes} quotes, {a.claims} claims, "
            f"{a.events} expected events"
            for a in self.added
        ]
        lines += [f"already stored: {d.origin} is {d.duplicate_of}" for d in self.duplicates]
        lines += [
            f"failed: {'<stdin>' if source == STDIN else source}: {reason}"
            for source, reason in self.failed
        ]
        lines.append(
            f"{len(self.added)} added, {len(self.duplicates)} already stored, "
            f"{len(self.failed)} failed"
        )
        return lines


def store_article(
    article: RawArticle, *, pipeline: Extractor, engine: Engine, now: datetime
) -> tuple[SaveResult, Extraction | None]:
    """Extract and save one article, skipping extraction when it is already stored."""
    known = find_duplicate(engine, url=article.url, text=article.text)
    if known is not None:
        return known, None
    extraction = pipeline.extract(article.text, article.published)
    return save_article(engine, article, extraction, now=now), extraction


def _reason(source: str, message: str) -> str:
    # Reader errors start with the file or URL they name; the report pairs them already.
    for prefix in (f"{source}: ", f"{source.strip()}: ", "<stdin>: "):
        if message.startswith(prefix):
            return message[len(prefix) :]
    return message


def ingest_sources(
    sources: Sequence[str],
    *,
    pipeline: Extractor,
    engine: Engine,
    settings: Settings,
    clock: Clock,
    overrides: Overrides,
    progress: bool,
    stdin: BinaryIO | None = None,
) -> IngestReport:
    """Read files, folders, URLs or ``-``; extract and store each; one failure stops nothing."""
    report = IngestReport()
    expanded = expand_sources(list(sources))
    if overrides.url and len(expanded) > 1:
        raise IngestError(f"A URL override names one article, but {len(expanded)} were given")
    if not expanded:
        raise IngestError("No articles found (.txt, .md, .html) in " + ", ".join(sources))
    show = progress and len(expanded) > 1 and sys.stderr.isatty()
    for source in tqdm(expanded, file=sys.stderr, disable=not show, unit="article"):
        try:
            article = read_source(
                source, settings=settings, clock=clock, overrides=overrides, stdin=stdin
            )
            result, extraction = store_article(
                article, pipeline=pipeline, engine=engine, now=clock.now()
            )
        except NewsroomError as exc:
            report.failed.append((source, _reason(source, exc.user_message())))
            continue
        if extraction is not None and result.created:
            counts = (len(extraction.quotes), len(extraction.claims), len(extraction.events))
            report.added.append(Ingested(source, result.article_id, article.title, None, *counts))
        else:
            dup = Ingested(source, result.article_id, article.title, result.duplicate_of)
            report.duplicates.append(dup)
    return report


def ingest_text(
    text: str,
    *,
    pipeline: Extractor,
    engine: Engine,
    clock: Clock,
    title: str | None = None,
    source: str | None = None,
    published: str | None = None,
    url: str | None = None,
    filename: str | None = None,
    settings: Settings | None = None,
) -> SaveResult:
    """Store one pasted or attached article, or the page at a pasted http(s) URL."""
    settings = settings if settings is not None else Settings()
    overrides = Overrides(title=title, source=source, published=published, url=url)
    origin = filename or "pasted text"
    if is_url(text):
        # Chat users name the URL, so only public pages unless an admin allows more.
        article = read_source(
            text.strip(),
            settings=settings,
            clock=clock,
            overrides=overrides,
            public_only=not settings.fetch_private_addresses,
        )
    elif looks_like_html(text, filename):
        body, header = page_header(text, origin=origin, url=url)
        article = build_article(
            body, header, origin=origin, settings=settings, clock=clock, overrides=overrides
        )
    else:
        header, body = split_front_matter(normalise_text(text), origin=origin)
        article = build_article(
            body, header, origin=origin, settings=settings, clock=clock, overrides=overrides
        )
    result, _ = store_article(article, pipeline=pipeline, engine=engine, now=clock.now())
    return result


def looks_like_html(text: str, filename: str | None) -> bool:
    """Tell whether pasted or attached text is a web page rather than article text."""
    if filename and Path(filename).suffix.lower() in HTML_SUFFIXES:
        return True
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def reextract_all(
    engine: Engine, pipeline: Extractor, *, now: datetime, version: str | None = None
) -> int:
    """Re-run extraction over articles stored by another extractor version; return how many."""
    if version is None:
        from bot.extract.pipeline import EXTRACTOR_VERSION  # the spaCy-backed pipeline

        version = EXTRACTOR_VERSION
    done = 0
    for article_id in articles_needing_reextract(engine, version):
        stored = article_text(engine, article_id)
        if stored is None:  # deleted meanwhile
            continue
        text, published = stored
        replace_extraction(engine, article_id, pipeline.extract(text, published), now=now)
        done += 1
    return done
