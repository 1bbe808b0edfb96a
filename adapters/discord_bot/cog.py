"""The slash commands: each body only defers, translates, asks the core, renders and sends."""

from __future__ import annotations

import asyncio
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from adapters.discord_bot.answers import Answerer
from adapters.discord_bot.failures import NotEditor
from adapters.discord_bot.parsing import (
    Caller,
    may_ingest,
    refusal,
    to_request,
    wants_public,
)
from adapters.discord_bot.suggest import Suggester, choices
from bot.config import Settings
from bot.errors import CommandError, IngestError, NewsroomError

Status = Literal["unconfirmed", "attributed", "stated", "all"]
INGEST_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
PUBLIC = "Post the answer in the channel for everyone (default: only you see it)"
EDITORS_ONLY = {"editors_only": True}


# /ingest and /newsroom ingest take the same options.
INGEST_OPTIONS = {
    "text": "The article text, pasted",
    "url": "The article's address",
    "file": "The article as a .txt, .md or .html file",
    "title": "Headline (when pasting)",
    "source": "Outlet (when pasting)",
    "published": "Publication date, YYYY-MM-DD",
}

class NewsroomCog(commands.Cog):
    """The newsroom's commands; every body is ack, translate, ask the core, render, send.

    The typed parameters declare each command's options to Discord (and discord.py checks
    them); the bodies translate the raw payload with the pure ``to_request`` instead, so
    one tested function decides what the core receives.
    """

    newsroom = app_commands.Group(name="newsroom", description="About the newsroom bot")

    def __init__(
        self, *, bot: commands.Bot, answerer: Answerer, settings: Settings, suggester: Suggester
    ) -> None:
        self.bot = bot
        self.answerer = answerer
        self.settings = settings
        self.suggester = suggester

    def caller(self, interaction: discord.Interaction) -> Caller:
        """Return who is asking, and whether they may add articles."""
        user = interaction.user
        roles = list(getattr(user, "roles", ()))
        editor = isinstance(user, discord.Member) and may_ingest(
            role_ids=[r.id for r in roles],
            role_names=[r.name for r in roles],
            permissions=interaction.permissions,
            ingest_role=self.settings.discord_ingest_role,
        )
        channel = str(interaction.channel_id) if interaction.channel_id else None
        return Caller(
            user_id=str(user.id), channel_id=channel, user_name=user.name, is_editor=editor
        )

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Refuse the editors' commands to everyone else, saying which role is needed."""
        command = interaction.command
        if (
            command is not None
            and command.extras.get("editors_only")
            and not self.caller(interaction).is_editor
        ):
            raise NotEditor(refusal(self.settings.discord_ingest_role))
        return True

    async def lookup(
        self, interaction: discord.Interaction, *, file: discord.Attachment | None = None
    ) -> None:
        """Defer, translate, ask the core and send the answer (private unless asked otherwise)."""
        data: dict[str, Any] = dict(interaction.data or {})
        public = wants_public(data)
        await self.answerer.defer(interaction, public=public)
        text = await self.read_attachment(file) if file is not None else None
        request = to_request(data, caller=self.caller(interaction), attachment_text=text)
        await self.answerer.answer(interaction, request, public=public)

    @app_commands.command(name="whosaid")
    @app_commands.describe(query="A person (pick one) or a topic", public=PUBLIC)
    async def whosaid(
        self, interaction: discord.Interaction, query: str, public: bool = False
    ) -> None:
        """Who said what: quotes by a person, or about a topic."""
        await self.lookup(interaction)

    @whosaid.autocomplete("query")
    async def whosaid_query(
        self, _interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        """Offer the speakers in the store that match what was typed."""
        try:
            found = await asyncio.to_thread(self.suggester.suggest, current, limit=24)
        except NewsroomError:
            found = []  # a store hiccup: the typed text still works as a topic
        return [
            app_commands.Choice(name=label, value=value) for label, value in choices(current, found)
        ]

    @app_commands.command(name="claims")
    @app_commands.describe(
        topic="What the claims are about (empty: all)",
        status="How firm (default: unconfirmed)",
        public=PUBLIC,
    )
    async def claims(
        self,
        interaction: discord.Interaction,
        topic: str | None = None,
        status: Status = "unconfirmed",
        public: bool = False,
    ) -> None:
        """Claims and how firm they are, with the reasons."""
        await self.lookup(interaction)

    @app_commands.command(name="nextevent")
    @app_commands.describe(
        topic="What the event is about (empty: all)",
        as_of="Count from this date, YYYY-MM-DD (default: today)",
        public=PUBLIC,
    )
    async def nextevent(
        self,
        interaction: discord.Interaction,
        topic: str | None = None,
        as_of: str | None = None,
        public: bool = False,
    ) -> None:
        """Expected events, with their date or window."""
        await self.lookup(interaction)

    @app_commands.command(name="articles")
    @app_commands.describe(article="Show one article by its number", public=PUBLIC)
    async def articles(
        self,
        interaction: discord.Interaction,
        article: app_commands.Range[int, 1] | None = None,
        public: bool = False,
    ) -> None:
        """The articles the bot has read, newest first."""
        await self.lookup(interaction)

    @app_commands.command(name="ask")
    @app_commands.describe(
        question="A question in plain words, e.g. what did the Kremlin say about Kim?",
        public=PUBLIC,
    )
    async def ask(
        self,
        interaction: discord.Interaction,
        question: app_commands.Range[str, 1, 500],
        public: bool = False,
    ) -> None:
        """Ask a free-text question about the articles."""
        await self.lookup(interaction)

    @app_commands.command(name="flag")
    @app_commands.describe(
        claim="The claim number, as shown under /claims", note="Why it needs checking"
    )
    async def flag(
        self,
        interaction: discord.Interaction,
        claim: app_commands.Range[int, 1],
        note: app_commands.Range[str, 1, 300] | None = None,
    ) -> None:
        """Flag a claim for the desk to check."""
        await self.lookup(interaction)

    @newsroom.command(name="help")
    @app_commands.describe(public=PUBLIC)
    async def help(self, interaction: discord.Interaction, public: bool = False) -> None:
        """What the bot can do and how to ask."""
        await self.lookup(interaction)

    @newsroom.command(name="status")
    @app_commands.describe(public=PUBLIC)
    async def status(self, interaction: discord.Interaction, public: bool = False) -> None:
        """How many articles, quotes, claims and events are stored."""
        await self.lookup(interaction)

    async def ingest_from(
        self, interaction: discord.Interaction, file: discord.Attachment | None
    ) -> None:
        """Check an article was given, then ingest it (downloading an attachment after deferring)."""
        if file is None and not (interaction.namespace.text or interaction.namespace.url):
            raise CommandError(
                "Give the article as pasted text, a URL or an attached .txt, .md or .html file"
            )
        await self.lookup(interaction, file=file)

    async def read_attachment(self, file: discord.Attachment) -> str:
        """Return an attached article's text, refusing files that are not text or too large."""
        if not file.filename.lower().endswith(INGEST_SUFFIXES):
            raise IngestError(f"{file.filename} is not a .txt, .md or .html file")
        if file.size > self.settings.max_fetch_bytes:
            raise IngestError(
                f"{file.filename} is larger than {self.settings.max_fetch_bytes:,} bytes"
            )
        try:
            return (await file.read()).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise IngestError(f"{file.filename} is not UTF-8 text") from None

    @app_commands.command(name="ingest", extras=EDITORS_ONLY)
    @app_commands.describe(**INGEST_OPTIONS)
    async def ingest(
        self,
        interaction: discord.Interaction,
        text: str | None = None,
        url: str | None = None,
        file: discord.Attachment | None = None,
        title: str | None = None,
        source: str | None = None,
        published: str | None = None,
    ) -> None:
        """Editors: read an article into the newsroom's store."""
        await self.ingest_from(interaction, file)

    @newsroom.command(name="ingest", extras=EDITORS_ONLY)
    @app_commands.describe(**INGEST_OPTIONS)
    async def newsroom_ingest(
        self,
        interaction: discord.Interaction,
        text: str | None = None,
        url: str | None = None,
        file: discord.Attachment | None = None,
        title: str | None = None,
        source: str | None = None,
        published: str | None = None,
    ) -> None:
        """Editors: read an article into the newsroom's store."""
        await self.ingest_from(interaction, file)
