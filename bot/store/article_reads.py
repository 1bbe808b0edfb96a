"""Reads about whole articles: listings, one article, counts, and what needs re-extracting."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from sqlalchemy import Engine, func
from sqlmodel import SQLModel

from bot.store.reading import col, paged, run, sql_select
from bot.store.tables import Article, ClaimRow, Entity, EventRow, Flag, QuoteRow
from bot.store.views import ArticleView, Page, aware


def _count_of(model: type[SQLModel], label: str) -> Any:
    article_id = cast(Any, model).article_id
    return (
        sql_select(func.count())
        .select_from(model)
        .where(article_id == Article.id)
        .correlate(Article)
        .scalar_subquery()
        .label(label)
    )


def _articles() -> Any:
    return sql_select(
        Article.id,
        Article.title,
        Article.source,
        Article.author,
        Article.url,
        Article.published,
        Article.published_estimated,
        Article.date_note,
        Article.ingested_at,
        Article.extractor_version,
        _count_of(QuoteRow, "quote_count"),
        _count_of(ClaimRow, "claim_count"),
        _count_of(EventRow, "event_count"),
    )


def _article_view(row: Any) -> ArticleView:
    return ArticleView(
        id=row.id, title=row.title, source=row.source, author=row.author, url=row.url,
        published=row.published, published_estimated=bool(row.published_estimated),
        date_note=row.date_note, ingested_at=aware(row.ingested_at),
        extractor_version=row.extractor_version, quotes=int(row.quote_count),
        claims=int(row.claim_count), events=int(row.event_count),
    )  # fmt: skip


def list_articles(engine: Engine, *, limit: int, offset: int = 0) -> Page[ArticleView]:
    """List stored articles, newest published first, with what was extracted from each."""
    statement = _articles().order_by(col(Article.published).desc(), col(Article.id).desc())
    rows, total = paged(engine, "articles", statement, limit=limit, offset=offset)
    return Page(tuple(_article_view(r) for r in rows), total)


def get_article(engine: Engine, article_id: int) -> ArticleView | None:
    """Return one article, or None."""
    rows = run(engine, "the article", _articles().where(col(Article.id) == article_id))
    return _article_view(rows[0]) if rows else None


def article_text(engine: Engine, article_id: int) -> tuple[str, date] | None:
    """Return an article's stored text and publication date (to extract it again)."""
    rows = run(
        engine,
        "the article",
        sql_select(Article.text, Article.published).where(col(Article.id) == article_id),
    )
    return (rows[0].text, rows[0].published) if rows else None


def stats(engine: Engine) -> dict[str, int]:
    """Count what the store holds: articles, quotes, claims by status, events, people, flags."""
    counts: dict[str, int] = {}
    for name, model in (
        ("articles", Article),
        ("quotes", QuoteRow),
        ("claims", ClaimRow),
        ("events", EventRow),
        ("entities", Entity),
        ("flags", Flag),
    ):
        counts[name] = int(run(engine, name, sql_select(func.count()).select_from(model))[0][0])
    by_status = run(
        engine, "claims", sql_select(ClaimRow.status, func.count()).group_by(ClaimRow.status)
    )
    for status in ("unconfirmed", "attributed", "stated"):
        counts[f"claims_{status}"] = 0
    for status, count in by_status:
        counts[f"claims_{status}"] = int(count)
    return counts


def articles_needing_reextract(engine: Engine, version: str) -> list[int]:
    """Return the ids of articles extracted by another extractor version than ``version``."""
    statement = (
        sql_select(Article.id)
        .where(col(Article.extractor_version) != version)
        .order_by(col(Article.id))
    )
    return [int(row[0]) for row in run(engine, "articles", statement)]
