"""Every read the commands need, returning views (see ``views.py``)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, and_, case, false, func, or_

from bot.store.article_reads import (
    article_text,
    articles_needing_reextract,
    get_article,
    list_articles,
    stats,
)
from bot.store.fulltext import SearchHit, search, topic_clause
from bot.store.reading import col, paged, run, sql_select
from bot.store.tables import Article, ClaimRow, Entity, EntityAlias, EventRow, Flag, QuoteRow
from bot.store.views import (
    ArticleView,
    ClaimView,
    EventView,
    Page,
    QuoteView,
    article_fields,
    json_tuple,
)

_ARTICLE_COLUMNS = (
    col(Article.id).label("article_id"),
    col(Article.title).label("article_title"),
    col(Article.source).label("article_source"),
    col(Article.published).label("article_published"),
    col(Article.published_estimated).label("article_published_estimated"),
    col(Article.url).label("article_url"),
)
__all__ = [
    "ArticleView",
    "ClaimView",
    "EventView",
    "Page",
    "QuoteView",
    "SearchHit",
    "article_text",
    "articles_needing_reextract",
    "find_claims",
    "find_events",
    "find_quotes",
    "get_article",
    "get_claim",
    "list_articles",
    "search",
    "speaker_clause",
    "speaker_names",
    "stats",
    "topic_names",
]
_GROUP_OR_PERSON = ("person", "officials", "anonymous", "unnamed")
UNDATED_UPCOMING_DAYS = 30  # how long an undated expectation counts as upcoming
_NEWEST_FIRST = (Article.published.desc(), Article.id.desc())  # type: ignore[attr-defined,union-attr]


def _names_like(query: str) -> list[str]:
    # "New York Times" should find "The New York Times" and the other way round.
    name = " ".join(query.lower().split())
    bare = name.removeprefix("the ")
    return sorted({name, bare, "the " + bare})


def speaker_clause(query: str) -> ColumnElement[bool]:
    """Return a WHERE clause for quotes whose speaker (or the outlet citing them) is ``query``."""
    names = _names_like(query)
    bare = " ".join(query.lower().split()).removeprefix("the ")
    by_name = sql_select(Entity.id).where(
        or_(
            func.lower(Entity.name).in_(names),
            # A surname, or the head of a group ("officials" -> "US officials"): not for
            # organisations, so "Korea" stays a topic rather than "North Korea".
            and_(
                col(Entity.kind).in_(_GROUP_OR_PERSON),
                func.lower(Entity.name).endswith(" " + bare, autoescape=True),
            ),
        )
    )
    by_alias = sql_select(EntityAlias.entity_id).where(func.lower(EntityAlias.alias).in_(names))
    role = func.lower(QuoteRow.speaker_role)
    return or_(
        col(QuoteRow.speaker_entity_id).in_(by_name),
        col(QuoteRow.speaker_entity_id).in_(by_alias),
        func.lower(QuoteRow.speaker_name).in_(names),
        func.lower(QuoteRow.speaker_via).in_(names),
        # A role: "spokesperson" finds the NSC spokesperson, "transport minister" the minister.
        role.in_(names),
        role.endswith(" " + bare, autoescape=True),
    )


def _quote_view(row: Any) -> QuoteView:
    q: QuoteRow = row.QuoteRow
    return QuoteView(
        id=q.id or 0, text=q.text, kind=q.kind, cue=q.cue, speaker_name=q.speaker_name,
        speaker_kind=q.speaker_kind, speaker_role=q.speaker_role, speaker_via=q.speaker_via,
        start=q.start, **article_fields(row),
    )  # fmt: skip


def find_quotes(
    engine: Engine,
    query: str | None,
    *,
    limit: int,
    offset: int = 0,
    article_id: int | None = None,
    topic: str | None = None,
) -> Page[QuoteView]:
    """Find quotes by a speaker named in ``query``, else about it as a topic; None lists all.

    ``topic`` narrows further: what Ruiz said about the offer.
    """
    base = sql_select(QuoteRow, *_ARTICLE_COLUMNS).join(
        Article, col(Article.id) == QuoteRow.article_id
    )
    if article_id is not None:
        base = base.where(col(QuoteRow.article_id) == article_id)
    if topic and topic.strip():
        about_topic = topic_clause(engine.dialect.name, "quote", topic)
        base = base.where(about_topic if about_topic is not None else false())
    base = base.order_by(*_NEWEST_FIRST, col(QuoteRow.start), col(QuoteRow.id))
    text = (query or "").strip()
    if text:
        by_speaker = base.where(speaker_clause(text))
        rows, total = paged(engine, "quotes", by_speaker, limit=limit, offset=offset)
        if total == 0:
            as_topic = topic_clause(engine.dialect.name, "quote", text)
            about = base.where(as_topic if as_topic is not None else false())
            rows, total = paged(engine, "quotes", about, limit=limit, offset=offset)
    else:
        rows, total = paged(engine, "quotes", base, limit=limit, offset=offset)
    return Page(tuple(_quote_view(r) for r in rows), total)


def _flag_count() -> Any:
    return (
        sql_select(func.count(col(Flag.id)))
        .where(col(Flag.claim_id) == ClaimRow.id)
        .correlate(ClaimRow)
        .scalar_subquery()
        .label("flag_count")
    )


def _claims() -> Select[Any]:
    return sql_select(ClaimRow, _flag_count(), *_ARTICLE_COLUMNS).join(
        Article, col(Article.id) == ClaimRow.article_id
    )


def _claim_view(row: Any) -> ClaimView:
    c: ClaimRow = row.ClaimRow
    return ClaimView(
        id=c.id or 0, text=c.text, status=c.status, reasons=json_tuple(c.reasons),
        cues=json_tuple(c.cues), source_kind=c.source_kind, speaker_name=c.speaker_name,
        speaker_via=c.speaker_via, flags=int(row.flag_count or 0), **article_fields(row),
    )  # fmt: skip


def find_claims(
    engine: Engine,
    topic: str | None,
    *,
    status: str | None,
    limit: int,
    offset: int = 0,
    article_id: int | None = None,
) -> Page[ClaimView]:
    """Find claims about a topic (None: all), optionally of one status, newest article first."""
    statement = _claims().order_by(*_NEWEST_FIRST, col(ClaimRow.start), col(ClaimRow.id))
    if status:
        statement = statement.where(col(ClaimRow.status) == status.strip().lower())
    if article_id is not None:
        statement = statement.where(col(ClaimRow.article_id) == article_id)
    if topic and topic.strip():
        clause = topic_clause(engine.dialect.name, "claim", topic)
        statement = statement.where(clause if clause is not None else false())
    rows, total = paged(engine, "claims", statement, limit=limit, offset=offset)
    return Page(tuple(_claim_view(r) for r in rows), total)


def get_claim(engine: Engine, claim_id: int) -> ClaimView | None:
    """Return one claim, or None."""
    rows = run(engine, "the claim", _claims().where(col(ClaimRow.id) == claim_id))
    return _claim_view(rows[0]) if rows else None


def _event_view(row: Any) -> EventView:
    e: EventRow = row.EventRow
    return EventView(
        id=e.id or 0, text=e.text, trigger=e.trigger, certainty=e.certainty,
        participants=json_tuple(e.participants), place=e.place, time_text=e.time_text,
        timex_value=e.timex_value, earliest=e.earliest, latest=e.latest,
        details=json_tuple(e.details), sentence=e.sentence, **article_fields(row),
    )  # fmt: skip


def find_events(
    engine: Engine,
    topic: str | None,
    *,
    as_of: date,
    upcoming: bool,
    limit: int,
    article_id: int | None = None,
) -> list[EventView]:
    """Find expected events still to come (soonest deadline first) or already past (latest first)."""
    # The last day each window allows; a definite date is its own window.
    deadline = func.coalesce(col(EventRow.latest), col(EventRow.earliest))
    statement = sql_select(EventRow, *_ARTICLE_COLUMNS).join(
        Article, col(Article.id) == EventRow.article_id
    )
    if article_id is None:
        # What was expected as of a day: only what articles published by then said.
        statement = statement.where(col(Article.published) <= as_of)
    undated = case((deadline.is_(None), 1), else_=0)
    # An expectation with no date at all stays "upcoming" for a while after its article,
    # then counts as passed: "will meet" from a year-old story is not news any more.
    recent = col(Article.published) >= as_of - timedelta(days=UNDATED_UPCOMING_DAYS)
    if upcoming:
        statement = statement.where(
            or_(deadline >= as_of, and_(deadline.is_(None), recent))
        ).order_by(undated, deadline, col(EventRow.earliest), *_NEWEST_FIRST, col(EventRow.start))
    else:
        statement = statement.where(
            or_(deadline < as_of, and_(deadline.is_(None), ~recent))
        ).order_by(undated, deadline.desc(), *_NEWEST_FIRST, col(EventRow.start))
    if article_id is not None:
        statement = statement.where(col(EventRow.article_id) == article_id)
    if topic and topic.strip():
        clause = topic_clause(engine.dialect.name, "event", topic)
        statement = statement.where(clause if clause is not None else false())
    rows = run(engine, "events", statement.limit(max(limit, 0)))
    return [_event_view(r) for r in rows]


def speaker_names(engine: Engine, prefix: str, *, limit: int) -> list[str]:
    """Return speakers whose name (or a word of it) starts with ``prefix``, most quoted first."""
    start = " ".join(prefix.lower().split())
    name = func.lower(QuoteRow.speaker_name)
    count = func.count(col(QuoteRow.id))
    statement = (
        sql_select(QuoteRow.speaker_name, count)
        .where(col(QuoteRow.speaker_name).is_not(None))
        .group_by(QuoteRow.speaker_name)
        .order_by(count.desc(), col(QuoteRow.speaker_name))
        .limit(max(limit, 0))
    )
    if start:
        statement = statement.where(
            or_(
                name.startswith(start, autoescape=True), name.contains(" " + start, autoescape=True)
            )
        )
    return [row[0] for row in run(engine, "speakers", statement)]


def topic_names(engine: Engine, prefix: str, *, limit: int) -> list[str]:
    """Return topics starting with ``prefix``: places of expected events, then article titles."""
    start = " ".join(prefix.lower().split())
    found: list[str] = []
    for column in (EventRow.place, Article.title):
        lowered = func.lower(column)
        statement = sql_select(column).where(col(column).is_not(None)).distinct().order_by(column)
        if start:
            statement = statement.where(
                or_(
                    lowered.startswith(start, autoescape=True),
                    lowered.contains(" " + start, autoescape=True),
                )
            )
        found += [row[0] for row in run(engine, "topics", statement.limit(max(limit, 0)))]
    unique = list(dict.fromkeys(found))
    return unique[: max(limit, 0)]
