"""Endpoints, intents, invites, paging cursor, error messages and autocomplete choices."""

import discord
import pytest
import yarl
from discord import app_commands
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord_bot.endpoints import (
    application_id_from_token,
    intents_for,
    invite_url,
    invite_url_for,
    point_at,
)
from adapters.discord_bot.failures import NotEditor, RefusedAnswer, friendly_message
from adapters.discord_bot.suggest import choices
from adapters.discord_bot.views import Cursor
from bot.config import Settings
from bot.errors import ConfigError, NotFoundError


def test_point_at_moves_rest_and_gateway_and_nothing_else() -> None:
    saved = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    try:
        point_at(
            Settings(
                discord_api_url="http://127.0.0.1:9/api/v10/",
                discord_gateway_url="ws://127.0.0.1:9/gw",
            )
        )
        assert Route("GET", "/users/@me").url == "http://127.0.0.1:9/api/v10/users/@me"
        gateway = DiscordWebSocket.DEFAULT_GATEWAY
        assert gateway == yarl.URL("ws://127.0.0.1:9/gw")
        point_at(
            Settings(discord_api_url="https://proxy.example/api/v10")
        )  # no gateway setting: kept
        assert DiscordWebSocket.DEFAULT_GATEWAY is gateway
    finally:
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved


def test_intents_are_unprivileged_unless_message_content_is_enabled() -> None:
    plain = intents_for(Settings())
    assert plain.guilds and plain.guild_reactions
    assert not (plain.message_content or plain.members or plain.presences or plain.guild_messages)
    reading = intents_for(Settings(discord_message_content=True))
    assert reading.message_content and reading.guild_messages and not reading.members


def test_invite_url_asks_for_bot_and_commands_with_the_needed_permissions() -> None:
    url = yarl.URL(invite_url(1234))
    assert url.query["client_id"] == "1234"
    assert url.query["scope"] == "bot applications.commands"
    granted = discord.Permissions(int(url.query["permissions"]))
    assert granted.send_messages and granted.embed_links and granted.read_message_history
    assert not (granted.administrator or granted.mention_everyone or granted.manage_messages)


def test_the_application_id_comes_from_the_token() -> None:
    assert application_id_from_token("MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.xyz") == 123456789012345678
    assert "client_id=123456789012345678" in invite_url_for(
        Settings(discord_token="MTIzNDU2Nzg5MDEyMzQ1Njc4.a.b")
    )
    with pytest.raises(ConfigError):
        application_id_from_token("not-a-token")
    with pytest.raises(ConfigError):
        invite_url_for(Settings())


def test_cursor_walks_screens_then_pages_both_ways() -> None:
    cursor = Cursor(page=1, index=0, screens=2, pages=2)
    assert cursor.has_next and not cursor.has_previous
    cursor = cursor.forward()
    assert (cursor.page, cursor.index) == (1, 1)
    cursor = cursor.forward()
    assert (cursor.page, cursor.index, cursor.screens) == (2, 0, 0)  # page 2 must be fetched
    cursor = cursor.loaded(3).forward().forward()
    assert (cursor.index, cursor.has_next, cursor.has_previous) == (2, False, True)
    back = Cursor(page=2, index=0, screens=1, pages=2).back()
    assert (back.page, back.screens) == (1, 0)
    assert back.loaded(2).index == 1  # going back lands on the previous page's last screen
    assert not Cursor(page=1, index=0, screens=1, pages=None).has_next


def test_friendly_messages_cover_our_errors_and_hide_bugs() -> None:
    class Dummy:
        name = "x"

    wrapped = app_commands.CommandInvokeError(
        Dummy(), NotFoundError("No claim #9", hint="see /claims")
    )  # type: ignore[arg-type]
    assert friendly_message(wrapped) == "No claim #9 (see /claims)"
    assert friendly_message(RefusedAnswer("Unknown status 'x'")) == "Unknown status 'x'"
    assert (
        friendly_message(NotEditor("Only editors can add articles"))
        == "Only editors can add articles"
    )
    bug = app_commands.CommandInvokeError(Dummy(), KeyError("oops"))  # type: ignore[arg-type]
    assert friendly_message(bug) is None


def test_autocomplete_offers_the_typed_topic_then_speakers() -> None:
    assert choices("nuc", ["Nuclear Agency"]) == [
        ("about “nuc”", "nuc"),
        ("Nuclear Agency", "Nuclear Agency"),
    ]
    assert choices("john kirby", ["John Kirby"]) == [("John Kirby", "John Kirby")]
    assert choices("", ["A", "B"]) == [("A", "A"), ("B", "B")]
    assert len(choices("x", [f"x{n}" for n in range(40)])) == 25
    assert all(len(v) <= 100 for _, v in choices("y" * 150, ["z" * 150]))
