"""Small helpers every read uses: run a statement safely, page it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy
from sqlalchemy import Engine, Select, func
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from bot.errors import StoreError


def col(attribute: Any) -> Any:
    """Return a model attribute as a column expression (quiets the type checker)."""
    return attribute


def sql_select(*entities: Any) -> Select[Any]:
    """Start a SELECT of tables and columns (SQLModel attributes defeat SQLAlchemy's overloads)."""
    return sqlalchemy.select(*entities)


def run(engine: Engine, what: str, statement: Select[Any]) -> Sequence[Any]:
    """Execute a read, turning a database failure into a user-safe StoreError."""
    try:
        with Session(engine) as session:
            return session.execute(statement).all()
    except SQLAlchemyError as exc:
        raise StoreError(f"Could not read {what}", hint=str(exc).splitlines()[0][:200]) from exc


def paged(
    engine: Engine, what: str, statement: Select[Any], *, limit: int, offset: int
) -> tuple[Sequence[Any], int]:
    """Return one page of a statement's rows and the number of rows in all."""
    total = run(
        engine, what, sql_select(func.count()).select_from(statement.order_by(None).subquery())
    )
    rows = run(engine, what, statement.limit(max(limit, 0)).offset(max(offset, 0)))
    return rows, int(total[0][0])
