"""Writes: duplicates, entities, all-or-nothing, re-extraction, flags, deliveries."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from bot.errors import NotFoundError, StoreError
from bot.extract.model import Claim, ClaimStatus
from bot.store.queries import (
    articles_needing_reextract,
    find_claims,
    get_article,
    get_claim,
    stats,
)
from bot.store.tables import Article, ClaimRow, Entity, EntityAlias, EntityRole, EventRow, QuoteRow
from bot.store.writes import (
    add_flag,
    content_hash,
    record_delivery,
    replace_extraction,
    save_article,
)

NOW = datetime(2023, 9, 6, 12, 0, tzinfo=UTC)


def _count(engine: Engine, model: type) -> int:
    with Session(engine) as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def test_save_stores_rows_with_version_and_json(engine, make_article, make_extraction):
    result = save_article(engine, make_article(), make_extraction("v-7"), now=NOW)
    assert result.created and result.duplicate_of is None
    with Session(engine) as session:
        article = session.get(Article, result.article_id)
        assert article is not None and article.extractor_version == "v-7"
        claims = session.execute(select(ClaimRow).order_by(ClaimRow.start)).scalars().all()
        events = session.execute(select(EventRow).order_by(EventRow.start)).scalars().all()
        quotes = session.execute(select(QuoteRow)).scalars().all()
    view = get_article(engine, result.article_id)
    assert view is not None and view.ingested_at == NOW and view.ingested_at.tzinfo is not None
    assert {c.extractor_version for c in claims} == {"v-7"}
    assert {q.extractor_version for q in quotes} == {"v-7"}
    assert json.loads(claims[0].reasons) == ['hedge: "could"', "source: US officials"]
    assert json.loads(claims[0].cues) == ["could"]
    visit = events[0]
    assert json.loads(visit.participants) == ["Kim Jong-un", "Vladimir Putin"]
    # The event's window falls back to its time expression's window.
    assert (visit.time_text, visit.timex_value) == ("within days", "FUTURE_REF")
    assert visit.earliest is not None and visit.latest is not None
    assert (visit.earliest.isoformat(), visit.latest.isoformat()) == ("2023-09-06", "2023-09-13")


def test_speakers_become_entities_with_aliases_and_roles(engine, stored):
    with Session(engine) as session:
        watson = session.execute(
            select(Entity).where(Entity.name == "Adrienne Watson")
        ).scalar_one()
        aliases = set(
            session.execute(
                select(EntityAlias.alias).where(EntityAlias.entity_id == watson.id)
            ).scalars()
        )
        roles = set(
            session.execute(
                select(EntityRole.role).where(EntityRole.entity_id == watson.id)
            ).scalars()
        )
        speaker_ids = set(
            session.execute(
                select(QuoteRow.speaker_entity_id).where(QuoteRow.speaker_name == "Adrienne Watson")
            ).scalars()
        )
    assert aliases == {"Watson"}  # "she" names nobody outside the article
    assert roles == {"US National Security Council spokesperson"}
    assert speaker_ids == {watson.id}


def test_entities_are_shared_across_articles(engine, stored, make_article, make_extraction):
    other = make_article(url="https://example.org/other", text="Another article entirely.")
    save_article(engine, other, make_extraction(), now=NOW)
    with Session(engine) as session:
        ids = (
            session.execute(select(Entity.id).where(Entity.name == "Adrienne Watson"))
            .scalars()
            .all()
        )
        roles = session.execute(select(EntityRole.article_id)).scalars().all()
    assert len(ids) == 1
    assert len(set(roles)) == 2


def test_same_url_is_a_duplicate(engine, stored, make_article, make_extraction):
    before = stats(engine)
    again = save_article(
        engine, make_article(text="Completely different words."), make_extraction(), now=NOW
    )
    assert (again.article_id, again.created) == (stored, False)
    assert again.duplicate_of is not None and "same URL" in again.duplicate_of
    assert stats(engine) == before


def test_same_text_after_whitespace_is_a_duplicate(engine, stored, make_article, make_extraction):
    spaced = make_article().text.replace(" ", "  \n ") + "\n\n"
    again = save_article(engine, make_article(url=None, text=spaced), make_extraction(), now=NOW)
    assert (again.article_id, again.created) == (stored, False)
    assert again.duplicate_of is not None and "same text" in again.duplicate_of
    assert _count(engine, Article) == 1


def test_content_hash_ignores_whitespace_only():
    assert content_hash("a b\nc") == content_hash("  a\tb   c\n")
    assert content_hash("a b c") != content_hash("a b d")


def test_failed_write_stores_nothing(engine, make_article, make_extraction):
    good = make_extraction()
    # A claim without text violates NOT NULL after the article, entities and quotes went in.
    broken = replace(good, claims=(*good.claims, Claim(None, 0, 1, ClaimStatus.STATED)))  # type: ignore[arg-type]
    with pytest.raises(StoreError):
        save_article(engine, make_article(), broken, now=NOW)
    for model in (Article, Entity, EntityAlias, EntityRole, QuoteRow, ClaimRow, EventRow):
        assert _count(engine, model) == 0, model.__name__
    # And the same article can then be stored properly.
    assert save_article(engine, make_article(), good, now=NOW).created


def test_replace_extraction_swaps_rows_and_keeps_flags(engine, stored, make_extraction):
    claim = find_claims(engine, "submarines", status=None, limit=5).items[0]
    stated = find_claims(engine, None, status="stated", limit=5).items[0]
    add_flag(
        engine, claim_id=claim.id, platform="slack", user_id="U1", channel_id="C1",
        note="check this", now=NOW,
    )  # fmt: skip
    add_flag(
        engine, claim_id=stated.id, platform="slack", user_id="U1", channel_id=None,
        note=None, now=NOW,
    )  # fmt: skip
    old = make_extraction("test-2")
    newer = replace(old, claims=old.claims[:1], quotes=old.quotes[:1], events=old.events[:2])
    assert articles_needing_reextract(engine, "test-2") == [stored]
    replace_extraction(engine, stored, newer, now=NOW)
    assert articles_needing_reextract(engine, "test-2") == []
    assert (_count(engine, ClaimRow), _count(engine, QuoteRow), _count(engine, EventRow)) == (
        1,
        1,
        2,
    )
    kept = get_claim(engine, claim.id)
    assert kept is not None and kept.flags == 1  # same id, flag still attached
    assert get_claim(engine, stated.id) is None
    with Session(engine) as session:
        versions = set(session.execute(select(ClaimRow.extractor_version)).scalars())
    assert versions == {"test-2"}


def test_failed_replace_keeps_the_old_extraction(engine, stored, make_extraction):
    before = stats(engine)
    good = make_extraction("test-2")
    broken = replace(good, claims=(Claim(None, 0, 1, ClaimStatus.STATED),))  # type: ignore[arg-type]
    with pytest.raises(StoreError):
        replace_extraction(engine, stored, broken, now=NOW)
    assert stats(engine) == before
    assert articles_needing_reextract(engine, "test-1") == []


def test_replace_unknown_article_is_not_found(engine, make_extraction):
    with pytest.raises(NotFoundError):
        replace_extraction(engine, 999, make_extraction(), now=NOW)


def test_a_user_flags_a_claim_once(engine, stored):
    claim_id = find_claims(engine, None, status=None, limit=1).items[0].id
    first = add_flag(
        engine, claim_id=claim_id, platform="discord", user_id="42", channel_id="c",
        note=None, now=NOW,
    )  # fmt: skip
    second = add_flag(
        engine, claim_id=claim_id, platform="discord", user_id="42", channel_id="d",
        note="again", now=NOW,
    )  # fmt: skip
    other = add_flag(
        engine, claim_id=claim_id, platform="slack", user_id="42", channel_id=None,
        note=None, now=NOW,
    )  # fmt: skip
    assert first[1] and not second[1] and other[1]
    assert first[0] == second[0] != other[0]
    view = get_claim(engine, claim_id)
    assert view is not None and view.flags == 2


def test_flagging_a_missing_claim_is_not_found(engine):
    with pytest.raises(NotFoundError):
        add_flag(
            engine, claim_id=12345, platform="slack", user_id="U", channel_id=None,
            note=None, now=NOW,
        )  # fmt: skip


def test_a_delivery_is_recorded_once(engine):
    assert record_delivery(engine, platform="slack", delivery_id="Ev1", now=NOW)
    assert not record_delivery(engine, platform="slack", delivery_id="Ev1", now=NOW)
    assert record_delivery(engine, platform="discord", delivery_id="Ev1", now=NOW)
