"""Autocomplete for /whosaid: speakers from the store, and the typed text as a topic."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy.engine import Engine

from bot.store import queries

CHOICES_MAX = 25  # Discord shows at most 25 autocomplete choices
CHOICE_MAX = 100  # and each name and value is at most 100 characters


class Suggester(Protocol):
    """Something that proposes people or topics for what a user has typed so far."""

    def suggest(self, typed: str, *, limit: int) -> list[str]:
        """Return up to ``limit`` suggestions, best first."""
        ...


class StoreSuggester:
    """Suggest the most quoted speakers, then topics (places, article titles), for what was typed."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def suggest(self, typed: str, *, limit: int) -> list[str]:
        """Return speaker names matching ``typed``, most quoted first, then topics."""
        speakers = queries.speaker_names(self.engine, typed, limit=limit)
        topics = queries.topic_names(self.engine, typed, limit=limit)
        return list(dict.fromkeys(speakers + topics))[:limit]


def choices(typed: str, suggestions: list[str]) -> list[tuple[str, str]]:
    """Return (label, value) pairs: the typed text as a topic first, then the speakers."""
    typed = " ".join(typed.split())[:CHOICE_MAX]
    pairs: list[tuple[str, str]] = []
    names = [s[:CHOICE_MAX] for s in suggestions if s.strip()]
    if typed and typed.casefold() not in {n.casefold() for n in names}:
        pairs.append((f"about “{typed}”"[:CHOICE_MAX], typed))
    pairs.extend((name, name) for name in names)
    return pairs[:CHOICES_MAX]
