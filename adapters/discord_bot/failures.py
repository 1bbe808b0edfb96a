"""The one place where anything that went wrong becomes one friendly, private message."""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from bot.errors import NewsroomError

log = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong on our side and nothing was changed. Try again in a minute."


class RefusedAnswer(NewsroomError):
    """The core answered with an error reply (a user's mistake, a missing article...)."""

    code = "E900"


class NotEditor(app_commands.CheckFailure):
    """The member lacks the editor role or permission; the message says which is needed."""


def friendly_message(error: BaseException) -> str | None:
    """Return what to tell the user about an error, or None when it is our bug."""
    if isinstance(error, app_commands.CommandInvokeError | app_commands.TransformerError):
        cause = (
            error.__cause__ if isinstance(error, app_commands.TransformerError) else error.original
        )
        if isinstance(cause, NewsroomError):
            return cause.user_message()
        if isinstance(error, app_commands.TransformerError):
            return f"{error.value!r} is not a valid value for that option."
        return None
    if isinstance(error, NewsroomError):
        return error.user_message()
    if isinstance(error, NotEditor):
        return str(error)
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command works in a server channel, not in direct messages."
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down: try again in {error.retry_after:.0f} seconds."
    if isinstance(error, app_commands.CheckFailure):
        return "You cannot use this command here."
    if isinstance(error, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
        return "This command changed since Discord last synced it; try again in a minute."
    return None


async def report(interaction: discord.Interaction, error: BaseException) -> None:
    """Tell the user, privately and once, what went wrong; log what is our fault."""
    message = friendly_message(error)
    if message is None:
        log.error("failed to answer %s", interaction.data, exc_info=error)
        message = SORRY
    try:
        if not interaction.response.is_done():
            await interaction.response.send_message(message, ephemeral=True)
            return
        if interaction.extras.get("public_pending"):
            # A public "thinking…" placeholder would turn the first follow-up public:
            # remove it so the error stays between the bot and the user.
            interaction.extras["public_pending"] = False
            await interaction.delete_original_response()
        await interaction.followup.send(message, ephemeral=True)
    except discord.HTTPException:
        log.warning("could not tell the user about an error on %s", interaction.id, exc_info=True)


class NewsroomTree(app_commands.CommandTree[discord.Client]):
    """The command tree whose error handler is the only one the bot has."""

    async def on_error(
        self, interaction: discord.Interaction[discord.Client], error: app_commands.AppCommandError
    ) -> None:
        """Turn any error from a slash command into one private message."""
        await report(interaction, error)
