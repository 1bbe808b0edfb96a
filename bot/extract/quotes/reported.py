"""Reported speech: 'X said (that) ...', 'according to X', '..., the Post reports'."""

from __future__ import annotations

from bot.extract.quotes.frame import Found, Layout


def find_reported(layout: Layout, direct: list[Found]) -> list[Found]:
    """Return reported-speech attributions (none yet)."""
    del layout, direct
    return []
