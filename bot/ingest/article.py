"""What a reader produces: one article's text and what is known about it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RawArticle:
    """An article as read from a file, a URL or stdin, before extraction."""

    text: str
    title: str
    source: str | None
    author: str | None
    url: str | None
    published: date
    published_estimated: bool
    date_note: str | None
    origin: str  # the path or URL it came from, for messages


@dataclass(frozen=True)
class Overrides:
    """Values given on the command line or in a chat form; they beat the file's own."""

    title: str | None = None
    source: str | None = None
    published: str | date | None = None  # a string is parsed like a header date
    url: str | None = None
