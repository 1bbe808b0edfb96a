"""The platform-neutral request and reply. Adapters translate to and from these."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol


@dataclass(frozen=True)
class Request:
    """A command from a user, whatever the platform."""

    command: str  # "whosaid", "claims", "next", "articles", "article", "ask", "help", ...
    args: str = ""  # the raw argument text after the command
    user_id: str = "console"
    channel_id: str | None = None
    platform: str = "console"
    user_name: str | None = None
    # Named options a platform collected separately (a modal's title/source/published,
    # a slash command's typed options); the core reads them beside ``args``.
    options: Mapping[str, str] = field(default_factory=dict)
    # The adapter decides from its own settings (Slack users/groups, a Discord role)
    # whether this user may change the store (ingest); the core enforces it.
    is_editor: bool = False


@dataclass(frozen=True)
class ArticleRef:
    """Which article an answer comes from."""

    id: int
    title: str
    source: str | None
    published: date
    published_estimated: bool = False
    url: str | None = None

    def cite(self) -> str:
        """Return 'Title — Source, 2023-09-06 (estimated)'."""
        when = self.published.isoformat() + (" (date estimated)" if self.published_estimated else "")
        return f"{self.title} — {self.source or 'unknown source'}, {when}"


@dataclass(frozen=True)
class Field:
    """A labelled value shown beside an item ("Status": "unconfirmed")."""

    name: str
    value: str


@dataclass(frozen=True)
class Item:
    """One answer line: a quote, a claim, an event or an article."""

    kind: str  # quote | claim | event | article | person | help
    title: str  # speaker, claim status, event window, article title
    body: str  # the quote, the claim, the event
    fields: tuple[Field, ...] = ()
    article: ArticleRef | None = None
    ref_id: int | None = None  # the row id (claim id for flagging)


@dataclass(frozen=True)
class Reply:
    """What the bot answers; each adapter renders it (Block Kit, embeds, text, JSON)."""

    title: str
    text: str = ""  # an intro line or the whole answer when there are no items
    items: tuple[Item, ...] = ()
    fields: tuple[Field, ...] = ()
    total: int | None = None  # how many matched before paging/cutting
    error: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)


class Handler(Protocol):
    """What every adapter talks to: one call, a request in and a reply out."""

    def handle(self, request: Request) -> Reply:
        """Answer one request; never raises for a user's mistake (the reply says it)."""
        ...
