"""Engines and schema: SQLite by default (WAL, foreign keys), PostgreSQL through the same URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlmodel import SQLModel

from bot.errors import ConfigError, StoreError
from bot.store import tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from bot.store.fulltext import install_fulltext

# How long a SQLite writer waits for another writer before giving up (ms); the
# bot, a console and an ingest job may share one file.
SQLITE_BUSY_TIMEOUT_MS = 10_000


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _on_sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # SQLite's own lower() folds ASCII only; names like "Émile" must match "émile".
    dbapi_conn.create_function("lower", 1, _unicode_lower, deterministic=True)
    # Pragmas are per connection, so they are set on every new one.
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Create an engine for a SQLite or PostgreSQL URL, creating a SQLite file's folder."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(f"Malformed database URL {url!r}") from exc
    if parsed.drivername in {"postgres", "postgresql"}:
        # psycopg (3) is the driver we ship; SQLAlchemy would otherwise look for psycopg2.
        parsed = parsed.set(drivername="postgresql+psycopg")
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            parsed,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    if backend == "postgresql":
        return create_engine(parsed, pool_pre_ping=True)
    raise ConfigError(
        f"Unsupported database {backend!r}",
        hint="use sqlite:///file.db or postgresql+psycopg://...",
    )


def init_db(engine: Engine) -> None:
    """Create the tables and the full-text index if they do not exist yet."""
    try:
        SQLModel.metadata.create_all(engine)
        with engine.begin() as conn:
            install_fulltext(conn)
    except SQLAlchemyError as exc:
        raise StoreError(
            "Cannot create the database tables", hint=str(exc).splitlines()[0]
        ) from exc
