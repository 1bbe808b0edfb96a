"""What reads return: frozen views that carry their article, never ORM objects."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of results and how many matched in all."""

    items: tuple[T, ...]
    total: int


@dataclass(frozen=True, kw_only=True)
class ArticleFields:
    """The article a quote, claim or event comes from."""

    article_id: int
    article_title: str
    article_source: str | None
    article_published: date
    article_published_estimated: bool
    article_url: str | None


@dataclass(frozen=True, kw_only=True)
class QuoteView(ArticleFields):
    """Who said what, where."""

    id: int
    text: str
    kind: str
    cue: str | None
    speaker_name: str | None
    speaker_kind: str | None
    speaker_role: str | None
    speaker_via: str | None
    start: int


@dataclass(frozen=True, kw_only=True)
class ClaimView(ArticleFields):
    """A claim, how firm it is and why, and how many users asked to check it."""

    id: int
    text: str
    status: str
    reasons: tuple[str, ...]
    cues: tuple[str, ...]
    source_kind: str
    speaker_name: str | None
    speaker_via: str | None
    flags: int


@dataclass(frozen=True, kw_only=True)
class EventView(ArticleFields):
    """An expected event and the window of days it is expected in."""

    id: int
    text: str
    trigger: str
    certainty: str
    participants: tuple[str, ...]
    place: str | None
    time_text: str | None
    timex_value: str | None
    earliest: date | None
    latest: date | None
    details: tuple[str, ...]
    sentence: str


@dataclass(frozen=True, kw_only=True)
class ArticleView:
    """A stored article with how much was extracted from it."""

    id: int
    title: str
    source: str | None
    author: str | None
    url: str | None
    published: date
    published_estimated: bool
    date_note: str | None
    ingested_at: datetime
    extractor_version: str
    quotes: int
    claims: int
    events: int


def json_tuple(raw: str | None) -> tuple[str, ...]:
    """Decode a JSON list column; a damaged value reads as empty rather than failing a page."""
    try:
        value = json.loads(raw or "[]")
    except json.JSONDecodeError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def aware(moment: datetime) -> datetime:
    """Return a stored moment as an aware datetime (SQLite hands back naive UTC)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def article_fields(row: Any) -> dict[str, Any]:
    """Pick the article columns (labelled ``article_*``) out of a result row."""
    return {
        "article_id": row.article_id,
        "article_title": row.article_title,
        "article_source": row.article_source,
        "article_published": row.article_published,
        "article_published_estimated": bool(row.article_published_estimated),
        "article_url": row.article_url,
    }
