"""Every write the bot makes; each one is a single all-or-nothing transaction."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, delete, update
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from bot.errors import NotFoundError, StoreError
from bot.extract.model import Extraction
from bot.ingest.article import RawArticle
from bot.store.reading import col, sql_select
from bot.store.rows import insert_extraction, insert_ignore
from bot.store.tables import Article, ClaimRow, Delivery, EntityRole, EventRow, Flag, QuoteRow

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class SaveResult:
    """What saving an article did: its id, whether it is new, and what it duplicates."""

    article_id: int
    created: bool
    duplicate_of: str | None  # '#3 "Title" (same URL)' when nothing was added


def content_hash(text: str) -> str:
    """Return the hash that identifies an article's text whatever its whitespace."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()


def _utc(now: datetime) -> datetime:
    # SQLite keeps a datetime's wall time and drops its offset, so store UTC everywhere.
    return now.astimezone(UTC)


def _store_error(action: str, exc: SQLAlchemyError) -> StoreError:
    return StoreError(f"Could not {action}", hint=str(exc).splitlines()[0][:200])


def _existing(session: Session, *, url: str | None, digest: str) -> SaveResult | None:
    if url:
        row = session.execute(
            sql_select(Article.id, Article.title).where(col(Article.url) == url)
        ).first()
        if row is not None:
            return SaveResult(row.id, False, f'#{row.id} "{row.title}" (same URL)')
    row = session.execute(
        sql_select(Article.id, Article.title).where(col(Article.content_hash) == digest)
    ).first()
    if row is not None:
        return SaveResult(row.id, False, f'#{row.id} "{row.title}" (same text)')
    return None


def find_duplicate(engine: Engine, *, url: str | None, text: str) -> SaveResult | None:
    """Return the stored article with this URL or text, if any (to skip extracting it again)."""
    try:
        with Session(engine) as session:
            return _existing(session, url=url, digest=content_hash(text))
    except SQLAlchemyError as exc:
        raise _store_error("look for duplicates", exc) from exc


def save_article(
    engine: Engine, article: RawArticle, extraction: Extraction, *, now: datetime
) -> SaveResult:
    """Store an article and everything extracted from it, unless it is already stored."""
    digest = content_hash(article.text)
    try:
        with Session(engine) as session, session.begin():
            found = _existing(session, url=article.url, digest=digest)
            if found is not None:
                return found
            article_id = insert_ignore(
                session,
                Article,
                {
                    "url": article.url,
                    "content_hash": digest,
                    "title": article.title,
                    "source": article.source,
                    "author": article.author,
                    "published": article.published,
                    "published_estimated": article.published_estimated,
                    "date_note": article.date_note,
                    "text": article.text,
                    "ingested_at": _utc(now),
                    "extracted_at": _utc(now),
                    "extractor_version": extraction.version,
                },
            )
            if article_id is None:  # another writer stored it between our check and insert
                found = _existing(session, url=article.url, digest=digest)
                if found is None:
                    raise StoreError("Could not store the article (a conflicting row vanished)")
                return found
            insert_extraction(session, article_id, extraction)
            return SaveResult(article_id, True, None)
    except SQLAlchemyError as exc:
        raise _store_error(f"store {article.origin}", exc) from exc


def replace_extraction(
    engine: Engine, article_id: int, extraction: Extraction, *, now: datetime
) -> None:
    """Replace an article's quotes, claims, events and roles with a newer extraction."""
    try:
        with Session(engine) as session, session.begin():
            if session.get(Article, article_id) is None:
                raise NotFoundError(f"No article #{article_id}")
            # Claims whose text survives keep their id, so users' flags and the
            # "claim #12" they were shown still point at the same statement.
            old = session.execute(
                sql_select(ClaimRow.id, ClaimRow.text)
                .where(col(ClaimRow.article_id) == article_id)
                .order_by(col(ClaimRow.start), col(ClaimRow.id))
            ).all()
            free: dict[str, list[int]] = {}
            for row in old:
                free.setdefault(row.text, []).append(row.id)
            reuse: dict[str, list[int]] = {}
            for claim in extraction.claims:
                if free.get(claim.text):
                    reuse.setdefault(claim.text, []).append(free[claim.text].pop(0))
            gone = [claim_id for ids in free.values() for claim_id in ids]
            if gone:
                session.execute(delete(Flag).where(col(Flag.claim_id).in_(gone)))
                session.execute(delete(ClaimRow).where(col(ClaimRow.id).in_(gone)))
            for table in (QuoteRow, EventRow, EntityRole):
                session.execute(delete(table).where(col(table.article_id) == article_id))
            insert_extraction(session, article_id, extraction, reuse_claims=reuse)
            session.execute(
                update(Article)
                .where(col(Article.id) == article_id)
                .values(extractor_version=extraction.version, extracted_at=_utc(now))
            )
    except SQLAlchemyError as exc:
        raise _store_error(f"re-extract article #{article_id}", exc) from exc


def add_flag(
    engine: Engine,
    *,
    claim_id: int,
    platform: str,
    user_id: str,
    channel_id: str | None,
    note: str | None,
    now: datetime,
) -> tuple[int, bool]:
    """Record a user's request to check a claim; return (flag id, whether it is new)."""
    try:
        with Session(engine) as session, session.begin():
            if session.get(ClaimRow, claim_id) is None:
                raise NotFoundError(f"No claim #{claim_id}")
            values = {
                "claim_id": claim_id,
                "platform": platform,
                "user_id": user_id,
                "channel_id": channel_id,
                "note": note,
                "created_at": _utc(now),
            }
            flag_id = insert_ignore(session, Flag, values)
            if flag_id is not None:
                return flag_id, True
            existing = session.execute(
                sql_select(Flag.id).where(
                    col(Flag.claim_id) == claim_id,
                    col(Flag.platform) == platform,
                    col(Flag.user_id) == user_id,
                )
            ).scalar_one()
            return existing, False
    except SQLAlchemyError as exc:
        raise _store_error("flag the claim", exc) from exc


def record_delivery(engine: Engine, *, platform: str, delivery_id: str, now: datetime) -> bool:
    """Remember a platform's event id; return True the first time only."""
    try:
        with Session(engine) as session, session.begin():
            values = {"platform": platform, "delivery_id": delivery_id, "received_at": _utc(now)}
            return insert_ignore(session, Delivery, values) is not None
    except SQLAlchemyError as exc:
        raise _store_error("record the delivery", exc) from exc
