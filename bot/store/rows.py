"""Turn an ``Extraction`` into rows inside a caller's transaction (entities, quotes, claims, events)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, cast

from sqlalchemy import Table, insert, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, SQLModel

from bot.extract.model import Event, Extraction, Speaker
from bot.store.fulltext import stop_words
from bot.store.reading import col, sql_select
from bot.store.tables import ClaimRow, Entity, EntityAlias, EntityRole, EventRow, QuoteRow


def _table(model: type[SQLModel]) -> Table:
    return cast(Table, cast(Any, model).__table__)


def insert_ignore(session: Session, model: type[SQLModel], values: Mapping[str, Any]) -> int | None:
    """Insert a row unless it breaks a unique constraint; return its id, or None if it existed."""
    table = _table(model)
    # ON CONFLICT DO NOTHING rather than catching IntegrityError: on PostgreSQL a failed
    # statement would abort the whole transaction.
    dialect = session.get_bind().dialect.name
    builder = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = builder(table).values(**values).on_conflict_do_nothing().returning(table.c.id)
    return cast(int | None, session.execute(statement).scalar_one_or_none())


class _Entities:
    """Entity ids by (name, kind) for one transaction, upserting as needed."""

    def __init__(self, session: Session, article_id: int) -> None:
        self.session = session
        self.article_id = article_id
        self.ids: dict[tuple[str, str], int] = {}

    def id_for(self, name: str, kind: str) -> int:
        key = (name, kind)
        if key not in self.ids:
            found = insert_ignore(self.session, Entity, {"name": name, "kind": kind})
            if found is None:
                found = self.session.execute(
                    sql_select(Entity.id).where(col(Entity.name) == name, col(Entity.kind) == kind)
                ).scalar_one()
            self.ids[key] = found
        return self.ids[key]

    def add_aliases(self, entity_id: int, name: str, aliases: Iterable[str | None]) -> None:
        stops = stop_words()
        for alias in aliases:
            alias = (alias or "").strip()
            # "she", "they", "it": a pronoun names nobody outside its article.
            if not alias or alias.casefold() == name.casefold():
                continue
            if all(word in stops for word in alias.casefold().split()):
                continue
            insert_ignore(self.session, EntityAlias, {"entity_id": entity_id, "alias": alias})

    def add_role(self, entity_id: int, role: str | None) -> None:
        if role and role.strip():
            values = {"entity_id": entity_id, "article_id": self.article_id, "role": role.strip()}
            insert_ignore(self.session, EntityRole, values)


def _speaker_entity(entities: _Entities, speaker: Speaker, extraction: Extraction) -> int:
    entity_id = entities.id_for(speaker.name, str(speaker.kind))
    known = [e for e in extraction.entities if e.name == speaker.name]
    aliases = [speaker.mention, *(alias for e in known for alias in e.aliases)]
    entities.add_aliases(entity_id, speaker.name, aliases)
    entities.add_role(entity_id, speaker.role)
    return entity_id


def _event_values(event: Event) -> dict[str, Any]:
    when = event.when
    return {
        "text": event.text,
        "start": event.start,
        "end": event.end,
        "trigger": event.trigger,
        "certainty": str(event.certainty),
        "participants": json.dumps(list(event.participants), ensure_ascii=False),
        "place": event.place,
        "time_text": when.text if when else None,
        "timex_value": when.value if when else None,
        # The event's own window wins; its time expression's window is the fallback.
        "earliest": event.earliest or (when.earliest if when else None),
        "latest": event.latest or (when.latest if when else None),
        "sentence": event.sentence,
        "details": json.dumps(list(event.details), ensure_ascii=False),
    }


def _update_reused(
    session: Session, claims: list[dict[str, Any]], reuse: dict[str, list[int]]
) -> list[dict[str, Any]]:
    # Update the claims that keep an old id; return the rest, to be inserted.
    table = _table(ClaimRow)
    fresh = []
    for values in claims:
        ids = reuse.get(values["text"])
        if ids:
            session.execute(update(table).where(table.c.id == ids.pop(0)).values(**values))
        else:
            fresh.append(values)
    return fresh


def insert_extraction(
    session: Session,
    article_id: int,
    extraction: Extraction,
    *,
    reuse_claims: Mapping[str, list[int]] | None = None,
) -> None:
    """Add an extraction's entities, roles, quotes, claims and events to an article.

    ``reuse_claims`` maps a claim text to existing claim ids of this article to update
    in place (in order) instead of inserting new rows.
    """
    entities = _Entities(session, article_id)
    for entity in extraction.entities:
        entity_id = entities.id_for(entity.name, str(entity.kind))
        entities.add_aliases(entity_id, entity.name, entity.aliases)
        entities.add_role(entity_id, entity.role)
    common = {"article_id": article_id, "extractor_version": extraction.version}
    quotes = []
    for quote in extraction.quotes:
        speaker = quote.speaker
        quotes.append(
            common
            | {
                "text": quote.text,
                "start": quote.start,
                "end": quote.end,
                "kind": quote.kind,
                "cue": quote.cue,
                "speaker_entity_id": _speaker_entity(entities, speaker, extraction)
                if speaker
                else None,
                "speaker_name": speaker.name if speaker else None,
                "speaker_kind": str(speaker.kind) if speaker else None,
                "speaker_role": speaker.role if speaker else None,
                "speaker_via": speaker.via if speaker else None,
                "speaker_mention": speaker.mention if speaker else None,
            }
        )
    claims = [
        common
        | {
            "text": claim.text,
            "start": claim.start,
            "end": claim.end,
            "status": str(claim.status),
            "reasons": json.dumps(list(claim.reasons), ensure_ascii=False),
            "cues": json.dumps(list(claim.cues), ensure_ascii=False),
            "source_kind": str(claim.source_kind),
            "speaker_name": claim.speaker.name if claim.speaker else None,
            "speaker_via": claim.speaker.via if claim.speaker else None,
        }
        for claim in extraction.claims
    ]
    events = [common | _event_values(event) for event in extraction.events]
    claims = _update_reused(session, claims, {k: list(v) for k, v in (reuse_claims or {}).items()})
    for model, rows in ((QuoteRow, quotes), (ClaimRow, claims), (EventRow, events)):
        if rows:
            session.execute(insert(_table(model)), rows)
