"""Stage: timex (being written)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.extract.pipeline import Work


def find_timexes(work: Work) -> None:
    """Write nothing yet."""
    del work
