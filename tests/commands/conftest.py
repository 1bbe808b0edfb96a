"""Command fixtures: the real bootstrap over a temp SQLite file, with a fixed clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.bootstrap import Services, bootstrap
from bot.clock import FixedClock
from bot.config import load_settings
from bot.extract.model import Extraction
from bot.ingest.article import RawArticle
from bot.store.writes import save_article

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2023, 9, 6, 12, 0, tzinfo=UTC)


@pytest.fixture
def services(tmp_path: Path) -> Services:
    """Return wired services on an empty database, the clock at 2023-09-06 noon UTC."""
    settings = load_settings(
        {"NEWSROOM_DATABASE_URL": f"sqlite:///{tmp_path}/t.db", "NEWSROOM_PAGE_SIZE": "3"},
        dotenv_path=None,
    )
    return bootstrap(settings, clock=FixedClock(NOW))


@pytest.fixture
def add_article(services: Services) -> Callable[..., int]:
    """Store an article with a hand-made extraction; return its id."""

    def add(extraction: Extraction, *, title: str = "Test story", text: str | None = None) -> int:
        article = RawArticle(
            text=text or f"Body of {title}.",
            title=title,
            source="The Test Gazette",
            author=None,
            url=None,
            published=extraction.published,
            published_estimated=False,
            date_note=None,
            origin="test",
        )
        return save_article(services.engine, article, extraction, now=NOW).article_id

    return add
