"""Channel events: @mentions become questions, a 🚩 on an answer flags its claims."""

from __future__ import annotations

import logging
from dataclasses import replace

import discord
from discord.ext import commands

from adapters.discord_bot.answers import Answerer
from adapters.discord_bot.parsing import PLATFORM, claim_ids, question_from_message
from adapters.discord_bot.render import FLAG_EMOJI
from bot.commands.types import Request
from bot.config import Settings

log = logging.getLogger(__name__)


class ChannelCog(commands.Cog):
    """Listeners for messages and reactions; each body translates, asks the core, answers."""

    def __init__(self, *, bot: commands.Bot, answerer: Answerer, settings: Settings) -> None:
        self.bot = bot
        self.answerer = answerer
        self.settings = settings

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer a mention of the bot (or a reply to it) as a free-text question."""
        me = self.bot.user
        if not self.settings.discord_message_content or me is None or message.author.bot:
            return
        resolved = message.reference.resolved if message.reference else None
        replied = isinstance(resolved, discord.Message) and resolved.author.id == me.id
        if not (me in message.mentions or replied):
            return
        question = question_from_message(message.content, bot_id=me.id)
        if question:
            request = Request(
                command="ask",
                args=question,
                user_id=str(message.author.id),
                channel_id=str(message.channel.id),
                platform=PLATFORM,
                user_name=message.author.name,
            )
            await self.answerer.answer_message(message, request)

    async def bot_message(self, payload: discord.RawReactionActionEvent) -> discord.Message | None:
        """Return the reacted-to message if the bot wrote it (from the cache, else fetched)."""
        message = discord.utils.get(self.bot.cached_messages, id=payload.message_id)
        if message is None:
            channel = self.bot.get_partial_messageable(
                payload.channel_id, guild_id=payload.guild_id
            )
            try:
                message = await channel.fetch_message(payload.message_id)
            except discord.HTTPException as exc:  # deleted since, or no Read Message History
                log.warning("cannot read message %s for a flag: %s", payload.message_id, exc)
                return None
        me = self.bot.user
        return message if me is not None and message.author.id == me.id else None

    @commands.Cog.listener()
    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        """Flag the claims an answer shows when someone reacts to it with 🚩."""
        me = self.bot.user
        if str(payload.emoji) != FLAG_EMOJI or me is None or payload.user_id == me.id:
            return
        message = await self.bot_message(payload)
        if message is None:
            return
        base = Request(
            command="flag",
            user_id=str(payload.user_id),
            channel_id=str(payload.channel_id),
            platform=PLATFORM,
            options={"note": f"{FLAG_EMOJI} reaction"},
        )
        for claim_id in claim_ids([embed.footer.text or "" for embed in message.embeds]):
            # The store keeps one flag per user and claim, so a repeated delivery is harmless.
            reply = await self.answerer.ask(replace(base, args=str(claim_id)))
            log.info("flag claim #%s by %s: %s", claim_id, payload.user_id, reply.title)
