"""Store fixtures: an engine on a SQLite file, and on PostgreSQL when a test URL is given."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text

from bot.extract.model import (
    Certainty,
    Claim,
    ClaimStatus,
    Entity,
    Event,
    Extraction,
    Quote,
    SourceKind,
    Speaker,
    Timex,
)
from bot.ingest.article import RawArticle
from bot.store.db import init_db, make_engine

PG_URL = os.environ.get("NEWSROOM_TEST_DATABASE_URL")
NOW = datetime(2023, 9, 6, 12, 0, tzinfo=UTC)

WATSON = Speaker(
    "Adrienne Watson",
    SourceKind.PERSON,
    role="US National Security Council spokesperson",
    mention="she",
)
OFFICIALS = Speaker("US officials", SourceKind.OFFICIALS, via="The New York Times")
POST = Speaker("The New York Post", SourceKind.OUTLET, mention="the Post")
LAWMAKER = Speaker("a South Korean lawmaker", SourceKind.UNNAMED)


# Without a PostgreSQL URL only SQLite runs; test_store_db.py reports the skip once
# instead of once per test.
BACKENDS = (
    ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)] if PG_URL else ["sqlite"]
)


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[Engine]:
    """Yield an initialised engine: a fresh SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        made = make_engine(f"sqlite:///{tmp_path}/missing-folder/store.db")
        init_db(made)
        yield made
        made.dispose()
        return
    assert PG_URL is not None
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    joiner = "&" if "?" in PG_URL else "?"
    made = make_engine(f"{PG_URL}{joiner}options=-csearch_path%3D{schema}")
    try:
        init_db(made)
        yield made
    finally:
        made.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def raw_article(**changes: Any) -> RawArticle:
    """Return a small article; keyword arguments replace fields."""
    values: dict[str, Any] = {
        "text": "North Korea's leader will visit Russia shortly.\nWatson added a statement.",
        "title": "America's Enemies Join Forces",
        "source": "Example Daily",
        "author": None,
        "url": "https://example.org/enemies",
        "published": date(2023, 9, 6),
        "published_estimated": True,
        "date_note": "no date in the text",
        "origin": "enemies.md",
    }
    values.update(changes)
    return RawArticle(**values)


def seed_extraction(version: str = "test-1", published: date = date(2023, 9, 6)) -> Extraction:
    """Return a hand-made extraction shaped like the seed article's."""
    within_days = Timex(
        "within days", 0, 0, "DATE", "FUTURE_REF", date(2023, 9, 6), date(2023, 9, 13)
    )
    saturday = Timex("on Saturday", 0, 0, "DATE", "2023-09-09", date(2023, 9, 9), date(2023, 9, 9))
    month_end = Timex(
        "by the end of the month", 0, 0, "DATE", "2023-09", date(2023, 9, 6), date(2023, 9, 30)
    )
    last_month = Timex("last month", 0, 0, "DATE", "2023-08", date(2023, 8, 1), date(2023, 8, 31))
    return Extraction(
        version=version,
        published=published,
        entities=(
            Entity(
                "Adrienne Watson",
                SourceKind.PERSON,
                aliases=("Watson", "she"),
                role="US National Security Council spokesperson",
            ),
            Entity("The New York Post", SourceKind.OUTLET, aliases=("the Post", "The Post")),
        ),
        quotes=(
            Quote(
                "Russia has been actively courting its allies as it stares down sanctions",
                900,
                980,
                "direct",
                POST,
                cue="comments",
            ),
            Quote(
                "We have information that Kim Jong Un expects these discussions to continue",
                500,
                580,
                "direct",
                WATSON,
                cue="declared",
            ),
            Quote(
                "We urge the DPRK to cease its arms negotiations with Russia",
                600,
                660,
                "direct",
                WATSON,
                cue="added",
            ),
            Quote(
                "The Putin-Kim meeting will most likely focus on Russia's request for weapons",
                200,
                280,
                "indirect",
                OFFICIALS,
                cue="according to",
            ),
        ),
        claims=(
            Claim(
                "Moscow could reciprocate by giving Kim technology for satellites, "
                "nuclear-powered submarines, and food supplies.",
                300,
                400,
                ClaimStatus.UNCONFIRMED,
                reasons=('hedge: "could"', "source: US officials"),
                cues=("could",),
                source_kind=SourceKind.OFFICIALS,
                speaker=OFFICIALS,
            ),
            Claim(
                "Putin's Defense Minister Sergey Shoygu visited North Korea last month.",
                1000,
                1070,
                ClaimStatus.STATED,
            ),
            Claim(
                "China, Russia, and North Korea were mulling joint naval drills.",
                1200,
                1260,
                ClaimStatus.ATTRIBUTED,
                reasons=("source: a South Korean lawmaker",),
                source_kind=SourceKind.UNNAMED,
                speaker=LAWMAKER,
            ),
        ),
        events=(
            Event(
                "Kim Jong-un visits Russia",
                100,
                150,
                "will visit",
                Certainty.EXPECTED,
                participants=("Kim Jong-un", "Vladimir Putin"),
                when=within_days,
                sentence="the visit is expected within days",
            ),
            Event(
                "Kim Jong-un meets Putin in Vladivostok",
                700,
                760,
                "will meet",
                Certainty.POSSIBLE,
                participants=("Kim Jong-un", "Vladimir Putin"),
                place="Vladivostok",
                details=("by armoured train",),
            ),
            Event(
                "Talks resume",
                800,
                820,
                "resume",
                Certainty.SCHEDULED,
                when=saturday,
                earliest=date(2023, 9, 9),
                latest=date(2023, 9, 9),
            ),
            Event(
                "Naval drills begin",
                1300,
                1340,
                "begin",
                Certainty.EXPECTED,
                when=month_end,
            ),
            Event(
                "Shoygu asks for ammunition",
                1000,
                1070,
                "asked",
                Certainty.SCHEDULED,
                when=last_month,
            ),
        ),
    )


@pytest.fixture
def make_article() -> Callable[..., RawArticle]:
    """Return the ``raw_article`` factory."""
    return raw_article


@pytest.fixture
def make_extraction() -> Callable[..., Extraction]:
    """Return the ``seed_extraction`` factory."""
    return seed_extraction


@pytest.fixture
def stored(engine: Engine) -> int:
    """Store the seed article with its extraction and return its id."""
    from bot.store.writes import save_article

    return save_article(engine, raw_article(), seed_extraction(), now=NOW).article_id
