"""Ask the core off the event loop and send its rendered answer, paged when long."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

import discord

from adapters.discord_bot.failures import RefusedAnswer
from adapters.discord_bot.render import error_text, page_count, render
from adapters.discord_bot.views import Cursor, Pager
from bot.commands.types import Handler, Reply, Request
from bot.errors import NewsroomError


class Answerer:
    """The bridge between Discord's async world and the core's blocking ``handle``."""

    def __init__(self, *, handler: Handler, page_size: int) -> None:
        self.handler = handler
        self.page_size = page_size

    async def ask(self, request: Request) -> Reply:
        """Run one request through the core in a worker thread (spaCy and SQL block)."""
        return await asyncio.to_thread(self.handler.handle, request)

    async def screens(self, request: Request) -> list[discord.Embed]:
        """Return the rendered screens of an answer, or raise when the core refused."""
        reply = await self.ask(request)
        if reply.error:
            raise RefusedAnswer(error_text(reply))
        page = int(request.options.get("page", "1") or 1)
        return render(reply, page=page, page_size=self.page_size)

    def pager(
        self, *, owner_id: int, request: Request, reply: Reply, screens: list[discord.Embed]
    ) -> Pager | None:
        """Return page buttons when the answer has more than one screen."""
        cursor = Cursor(
            page=1, index=0, screens=len(screens), pages=page_count(reply, page_size=self.page_size)
        )
        if not cursor.has_next:
            return None

        async def fetch(page: int) -> list[discord.Embed]:
            return await self.screens(
                replace(request, options={**request.options, "page": str(page)})
            )

        return Pager(owner_id=owner_id, screens=screens, cursor=cursor, fetch=fetch)

    async def defer(self, interaction: discord.Interaction, *, public: bool) -> None:
        """Acknowledge within Discord's 3 seconds; the answer follows."""
        interaction.extras["public_pending"] = public
        await interaction.response.defer(ephemeral=not public, thinking=True)

    async def answer(
        self, interaction: discord.Interaction, request: Request, *, public: bool
    ) -> None:
        """Send the core's answer to a deferred interaction as embeds."""
        reply = await self.ask(request)
        if reply.error:
            raise RefusedAnswer(error_text(reply))
        screens = render(reply, page=1, page_size=self.page_size)
        pager = self.pager(
            owner_id=interaction.user.id, request=request, reply=reply, screens=screens
        )
        extra: dict[str, Any] = {"view": pager} if pager else {}
        message = await interaction.followup.send(
            embed=screens[0], ephemeral=not public, wait=True, **extra
        )
        interaction.extras["public_pending"] = False
        if pager:
            pager.message = message

    async def answer_message(self, message: discord.Message, request: Request) -> None:
        """Answer a channel message (a mention) with embeds, or one line when the core refused."""
        try:
            reply = await self.ask(request)
        except NewsroomError as exc:
            reply = Reply(title="Sorry", text=exc.user_message(), error=True)
        if reply.error:
            await message.reply(error_text(reply))
            return
        screens = render(reply, page=1, page_size=self.page_size)
        pager = self.pager(
            owner_id=message.author.id, request=request, reply=reply, screens=screens
        )
        extra: dict[str, Any] = {"view": pager} if pager else {}
        sent = await message.reply(embed=screens[0], **extra)
        if pager:
            pager.message = sent
