"""Engines: SQLite pragmas, relative paths, idempotent schema, unsupported URLs."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from bot.errors import ConfigError
from bot.store.db import init_db, make_engine


def test_relative_sqlite_path_creates_its_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    engine = make_engine("sqlite:///data/sub/newsroom.db")
    init_db(engine)
    init_db(engine)  # a second run changes nothing and does not fail
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
        tables = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
    engine.dispose()
    assert (tmp_path / "data" / "sub" / "newsroom.db").is_file()
    assert {"article", "quote", "claim", "event", "quote_fts", "claim_fts", "event_fts"} <= tables


def test_sqlite_lower_folds_beyond_ascii(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path}/x.db")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT lower('ÉMILE Ölund')")).scalar() == "émile ölund"
    engine.dispose()


@pytest.mark.parametrize("url", ["mysql://u@h/db", "not a url at all"])
def test_unsupported_or_malformed_urls_are_config_errors(url):
    with pytest.raises(ConfigError):
        make_engine(url)


@pytest.mark.parametrize("url", ["postgresql://u@127.0.0.1/db", "postgres://u@127.0.0.1/db"])
def test_plain_postgresql_urls_use_psycopg(url):
    assert make_engine(url).dialect.driver == "psycopg"


@pytest.mark.postgres
def test_postgresql_is_reachable_when_configured():
    url = os.environ.get("NEWSROOM_TEST_DATABASE_URL")
    if not url:
        pytest.skip(
            "store tests ran on SQLite only; set NEWSROOM_TEST_DATABASE_URL "
            "(e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test) to run them on PostgreSQL too"
        )
    engine = make_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT 1")).scalar() == 1
    engine.dispose()
