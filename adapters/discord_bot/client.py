"""The discord.py client: resources come in through the constructor, set-up in setup_hook."""

from __future__ import annotations

import logging

import discord
from discord.ext import commands

from adapters.discord_bot.answers import Answerer
from adapters.discord_bot.cog import NewsroomCog
from adapters.discord_bot.endpoints import intents_for
from adapters.discord_bot.failures import NewsroomTree
from adapters.discord_bot.listeners import ChannelCog
from adapters.discord_bot.suggest import Suggester
from bot.commands.types import Handler
from bot.config import Settings

log = logging.getLogger(__name__)


class NewsroomBot(commands.Bot):
    """The newsroom bot on Discord: slash commands, mentions and 🚩 reactions."""

    def __init__(self, *, handler: Handler, settings: Settings, suggester: Suggester) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents_for(settings),
            # Article text is full of names and @-signs: the bot never pings anyone.
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=NewsroomTree,
            help_command=None,
        )
        self.settings = settings
        self.suggester = suggester
        self.answerer = Answerer(handler=handler, page_size=settings.page_size)

    async def setup_hook(self) -> None:
        """Register the commands and sync them to the test guild, or globally."""
        cog = NewsroomCog(
            bot=self, answerer=self.answerer, settings=self.settings, suggester=self.suggester
        )
        await self.add_cog(cog)
        await self.add_cog(ChannelCog(bot=self, answerer=self.answerer, settings=self.settings))
        if self.settings.discord_guild_id:
            # Guild commands update at once; global ones can take up to an hour to appear.
            guild = discord.Object(id=self.settings.discord_guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
        else:
            synced = await self.tree.sync()
        log.info("synced %d slash commands", len(synced))

    async def on_message(self, message: discord.Message, /) -> None:
        """Run no prefix commands: the cog answers mentions, everything else is a slash command."""
