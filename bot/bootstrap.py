"""The composition root: settings in, wired services out. Tests re-wire it with fakes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy.engine import Engine

from bot.clock import Clock, SystemClock
from bot.commands.handler import CommandHandler
from bot.config import Settings
from bot.extract.pipeline import Pipeline
from bot.nlp import load_model
from bot.store.db import init_db, make_engine


@dataclass(frozen=True)
class Services:
    """Everything an entry point needs, built once."""

    settings: Settings
    clock: Clock
    engine: Engine
    handler: CommandHandler

    def pipeline(self) -> Pipeline:
        """Return the extractor (spaCy is loaded on first use)."""
        return self.handler.pipeline()


def bootstrap(settings: Settings, *, clock: Clock | None = None, engine: Engine | None = None) -> Services:
    """Build the store, the lazy extractor and the command handler from settings."""
    clock = clock or SystemClock()
    engine = engine or make_engine(settings.database_url)
    init_db(engine)

    @cache
    def pipeline() -> Pipeline:
        return Pipeline(load_model(settings.spacy_model))

    handler = CommandHandler(engine=engine, clock=clock, settings=settings, pipeline=pipeline)
    return Services(settings=settings, clock=clock, engine=engine, handler=handler)
