"""SQLModel tables. Every extracted row records the extractor version that produced it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, DateTime, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel


def _moment(*, nullable: bool = False) -> Any:
    # Aware datetimes: PostgreSQL keeps the offset; SQLite stores the UTC text we give it.
    return Field(
        default=None if nullable else ..., sa_type=DateTime(timezone=True), nullable=nullable
    )


def _article_fk() -> Column[int]:
    return Column(Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False, index=True)


class Article(SQLModel, table=True):
    """One ingested article; unique by URL (when known) and by the hash of its text."""

    id: int | None = Field(default=None, primary_key=True)
    url: str | None = Field(default=None, unique=True, index=True)
    content_hash: str = Field(unique=True, index=True)
    title: str
    source: str | None = None
    author: str | None = None
    published: date
    published_estimated: bool = False  # True when the date is a guess or the ingest day
    date_note: str | None = None  # why it is estimated
    text: str
    ingested_at: datetime = _moment()
    # When the stored rows were (re-)extracted.
    extracted_at: datetime | None = _moment(nullable=True)
    extractor_version: str


class Entity(SQLModel, table=True):
    """A person, organisation, outlet or group of sources, shared across articles."""

    __table_args__ = (UniqueConstraint("name", "kind"),)
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    kind: str


class EntityAlias(SQLModel, table=True):
    """Another way an entity is named ("Watson", "the spokesperson"), with the role given."""

    __table_args__ = (UniqueConstraint("entity_id", "alias"),)
    id: int | None = Field(default=None, primary_key=True)
    entity_id: int = Field(foreign_key="entity.id", index=True)
    alias: str = Field(index=True)


class EntityRole(SQLModel, table=True):
    """A role an article gives an entity ("US National Security Council spokesperson")."""

    __table_args__ = (UniqueConstraint("entity_id", "article_id", "role"),)
    id: int | None = Field(default=None, primary_key=True)
    entity_id: int = Field(foreign_key="entity.id", index=True)
    article_id: int = Field(sa_column=_article_fk())
    role: str


class QuoteRow(SQLModel, table=True):
    """Who said what, in one article."""

    __tablename__ = "quote"
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(sa_column=_article_fk())
    text: str
    start: int
    end: int
    kind: str  # direct | indirect | mixed
    cue: str | None = None
    speaker_entity_id: int | None = Field(default=None, foreign_key="entity.id")
    speaker_name: str | None = None
    speaker_kind: str | None = None
    speaker_role: str | None = None
    speaker_via: str | None = None
    speaker_mention: str | None = None
    extractor_version: str


class ClaimRow(SQLModel, table=True):
    """A claim and how firm it is, with its reasons."""

    __tablename__ = "claim"
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(sa_column=_article_fk())
    text: str
    start: int
    end: int
    status: str  # unconfirmed | attributed | stated
    reasons: str = "[]"  # JSON list of readable reasons
    cues: str = "[]"  # JSON list of cue words
    source_kind: str = "none"
    speaker_name: str | None = None
    speaker_via: str | None = None
    extractor_version: str


class EventRow(SQLModel, table=True):
    """An expected event with its resolved window."""

    __tablename__ = "event"
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(sa_column=_article_fk())
    text: str
    start: int
    end: int
    trigger: str
    certainty: str
    participants: str = "[]"  # JSON list
    place: str | None = None
    time_text: str | None = None
    timex_value: str | None = None
    earliest: date | None = Field(default=None, index=True)
    latest: date | None = Field(default=None, index=True)
    sentence: str = ""
    details: str = "[]"  # JSON list
    extractor_version: str


class Flag(SQLModel, table=True):
    """A user's request to check a claim (emoji reaction or message action)."""

    __table_args__ = (UniqueConstraint("claim_id", "platform", "user_id"),)
    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(
        sa_column=Column(Integer, ForeignKey("claim.id", ondelete="CASCADE"), nullable=False)
    )
    platform: str
    user_id: str
    channel_id: str | None = None
    note: str | None = None
    created_at: datetime = _moment()


class Delivery(SQLModel, table=True):
    """An event id a platform delivered, so a retried delivery is answered once only."""

    __table_args__ = (UniqueConstraint("platform", "delivery_id"),)
    id: int | None = Field(default=None, primary_key=True)
    platform: str
    delivery_id: str
    received_at: datetime = _moment()
