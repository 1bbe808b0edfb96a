"""Full-text search over quotes, claims and events: FTS5 on SQLite, tsvector on PostgreSQL.

A user's words never reach SQL or FTS syntax as written: they are split into plain
word tokens here, stop words dropped, and each token is bound as a parameter (and,
for FTS5, double-quoted as a literal phrase), so ``"``, ``*``, ``OR`` or ``'; drop``
are just words or nothing at all.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    bindparam,
    column,
    func,
    literal_column,
    text,
)
from sqlalchemy.exc import SQLAlchemyError

from bot.errors import StoreError

KINDS = ("quote", "claim", "event")

# Which columns of each table are searched. The table names double as the kinds.
FTS_COLUMNS: dict[str, tuple[str, ...]] = {
    "quote": ("text",),
    "claim": ("text",),
    "event": ("text", "sentence", "place", "participants"),
}

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class SearchHit:
    """One row that matched a topic search, best first."""

    kind: str  # quote | claim | event
    id: int
    article_id: int
    text: str
    rank: float  # higher is better; only comparable within one search


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Return the words a topic search ignores."""
    data = tomllib.loads(files("bot.store").joinpath("stopwords.toml").read_text("utf-8"))
    return frozenset(data["words"])


def search_terms(query: str) -> list[str]:
    """Split a user's query into the lower-case words a search looks for."""
    stops = stop_words()
    return [word for word in _WORD.findall(query.casefold()) if word not in stops]


def _pg_document(kind: str) -> str:
    # The same expression builds the GIN index and the query, so PostgreSQL uses the index.
    parts = [f"coalesce({kind}.{name}, '')" for name in FTS_COLUMNS[kind]]
    joined = " || ' ' || ".join(parts)
    return f"to_tsvector('english', {joined})"


def _sqlite_ddl(kind: str) -> list[str]:
    cols = FTS_COLUMNS[kind]
    names = ", ".join(cols)
    new = ", ".join(f"new.{c}" for c in cols)
    old = ", ".join(f"old.{c}" for c in cols)
    fts = f"{kind}_fts"
    add = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    remove = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({names}, content='{kind}', "
        "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {kind} BEGIN {add} END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {kind} BEGIN {remove} END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE ON {kind} BEGIN {remove} {add} END",
    ]


def install_fulltext(conn: Connection) -> None:
    """Create the full-text index (and fill it from existing rows when it is new)."""
    dialect = conn.dialect.name
    for kind in KINDS:
        if dialect == "sqlite":
            exists = conn.execute(
                text("SELECT 1 FROM sqlite_master WHERE name = :name"), {"name": f"{kind}_fts"}
            ).first()
            for statement in _sqlite_ddl(kind):
                conn.execute(text(statement))
            if exists is None:
                conn.execute(text(f"INSERT INTO {kind}_fts({kind}_fts) VALUES ('rebuild')"))
        elif dialect == "postgresql":
            conn.execute(
                text(
                    f"CREATE INDEX IF NOT EXISTS {kind}_fts ON {kind} USING GIN ({_pg_document(kind)})"
                )
            )


def topic_clause(dialect: str, kind: str, query: str) -> ColumnElement[bool] | None:
    """Return a WHERE clause selecting the ``kind`` rows about ``query``; None if nothing can match."""
    terms = search_terms(query)
    if not terms:
        return None
    if dialect == "sqlite":
        # Each term becomes a quoted FTS5 string: a literal, never an operator.
        match = " ".join(f'"{term}"' for term in terms)
        ids = text(f"SELECT rowid FROM {kind}_fts WHERE {kind}_fts MATCH :fts_query").bindparams(
            fts_query=match
        )
        return literal_column(f"{kind}.id").in_(ids.columns(column("rowid")))
    tsquery = func.plainto_tsquery(
        literal_column("'english'"), bindparam("fts_query", " ".join(terms))
    )
    return literal_column(_pg_document(kind)).bool_op("@@")(tsquery)


def _search_sql(dialect: str, kind: str) -> str:
    if dialect == "sqlite":
        return (
            f"SELECT {kind}.id, {kind}.article_id, {kind}.text, -bm25({kind}_fts) AS rank "
            f"FROM {kind}_fts JOIN {kind} ON {kind}.id = {kind}_fts.rowid "
            f"WHERE {kind}_fts MATCH :fts_query ORDER BY rank DESC, {kind}.id LIMIT :limit"
        )
    document = _pg_document(kind)
    return (
        f"SELECT id, article_id, text, ts_rank({document}, plainto_tsquery('english', :fts_query)) "
        f"AS rank FROM {kind} WHERE {document} @@ plainto_tsquery('english', :fts_query) "
        f"ORDER BY rank DESC, id LIMIT :limit"
    )


def search(
    engine: Engine, query: str, *, kinds: Collection[str] = KINDS, limit: int = 50
) -> list[SearchHit]:
    """Find quotes, claims and events about a topic, most relevant first."""
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown search kinds: {sorted(unknown)}")
    terms = search_terms(query)
    if not terms:
        return []
    dialect = engine.dialect.name
    fts_query = " ".join(f'"{t}"' for t in terms) if dialect == "sqlite" else " ".join(terms)
    hits: list[SearchHit] = []
    try:
        with engine.connect() as conn:
            for kind in KINDS:
                if kind not in kinds:
                    continue
                rows = conn.execute(
                    text(_search_sql(dialect, kind)), {"fts_query": fts_query, "limit": limit}
                )
                hits.extend(
                    SearchHit(kind, r.id, r.article_id, r.text, float(r.rank)) for r in rows
                )
    except SQLAlchemyError as exc:
        raise StoreError("The search failed", hint=str(exc).splitlines()[0]) from exc
    hits.sort(key=lambda h: (-h.rank, h.kind, h.id))
    return hits[:limit]
