"""Injected time: the core never calls ``datetime.now()`` directly."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    """Something that tells the current, timezone-aware time."""

    def now(self) -> datetime:
        """Return the current time (aware)."""
        ...


class SystemClock:
    """The real clock, in UTC."""

    def now(self) -> datetime:
        """Return the current UTC time."""
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that stands still (tests, ``--as-of``)."""

    at: datetime = field(default_factory=lambda: datetime(2023, 9, 6, 12, 0, tzinfo=UTC))

    def now(self) -> datetime:
        """Return the fixed time."""
        return self.at


def today(clock: Clock) -> date:
    """Return the clock's current date."""
    return clock.now().date()
