"""Where the bot talks to Discord, what it listens to, and how it is invited."""

from __future__ import annotations

import base64
import binascii

import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.config import Settings
from bot.errors import ConfigError

# What the bot needs in a channel: read it, answer in it (and in threads), show embeds,
# and read history so a 🚩 on an older answer can be fetched.
INVITE_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    embed_links=True,
    read_message_history=True,
)
INVITE_SCOPES = ("bot", "applications.commands")


def point_at(settings: Settings) -> None:
    """Send discord.py's REST calls and gateway connection to the configured URLs."""
    # discord.py keeps both as class attributes; this is the one place that sets them,
    # so a rate-limit proxy in production and the local fake in tests share one path.
    Route.BASE = settings.discord_api_url.rstrip("/")
    if settings.discord_gateway_url:
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway_url)


def intents_for(settings: Settings) -> discord.Intents:
    """Return the smallest set of gateway intents the configured features need."""
    intents = discord.Intents.none()
    intents.guilds = True  # role names for the ingest check, channels for replies
    intents.guild_reactions = True  # 🚩 on an answer flags its claims
    if settings.discord_message_content:
        # Privileged: read messages that are not slash commands (mentions, replies to the bot).
        intents.guild_messages = True
        intents.message_content = True
    return intents


def invite_url(application_id: int) -> str:
    """Return the OAuth2 URL that adds the bot and its slash commands to a server."""
    return discord.utils.oauth_url(
        application_id, permissions=INVITE_PERMISSIONS, scopes=INVITE_SCOPES
    )


def application_id_from_token(token: str) -> int:
    """Return the application id a bot token belongs to (its first part, base64)."""
    head = token.strip().split(".", 1)[0]
    try:
        decoded = base64.b64decode(head + "=" * (-len(head) % 4), validate=True).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        decoded = ""
    if not decoded.isdigit():
        raise ConfigError(
            "DISCORD_TOKEN does not look like a bot token",
            hint="copy it from the Bot page of your application in the Developer Portal",
        )
    return int(decoded)


def invite_url_for(settings: Settings) -> str:
    """Return the invite URL for the application whose token is configured."""
    if not settings.discord_token:
        raise ConfigError("DISCORD_TOKEN is not set", hint="see docs/discord.md")
    return invite_url(application_id_from_token(settings.discord_token))
