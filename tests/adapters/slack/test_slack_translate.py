"""Slack payloads to core requests."""

from __future__ import annotations

import pytest

from adapters.slack.translate import (
    claim_ids,
    decode_request,
    encode_request,
    message_to_request,
    to_request,
    with_page,
)
from bot.commands.types import Request


def _slash(command: str, text: str) -> dict[str, str]:
    return {
        "command": command,
        "text": text,
        "user_id": "U1",
        "channel_id": "C1",
        "user_name": "ann",
    }


@pytest.mark.parametrize(
    ("command", "text", "core", "args"),
    [
        ("/whosaid", "Jake Sullivan", "whosaid", "Jake Sullivan"),
        ("/claims", "iran --status all", "claims", "iran --status all"),
        ("/nextevent", "", "next", ""),
        ("/articles", "", "articles", ""),
        ("/ask", "who met &amp; when?", "ask", "who met & when?"),
        ("/ingest", "https://news.example/a", "ingest", "https://news.example/a"),
        ("/newsroom", "", "help", ""),
        ("/newsroom", "help me", "help", ""),
        ("/newsroom", "status", "status", ""),
        ("/newsroom", "ingest some text", "ingest", "some text"),
        ("/newsroom", "article 4", "article", "4"),
        ("/newsroom", "flag 12", "flag", "12"),
    ],
)
def test_slash_commands_map_to_core_commands(command: str, text: str, core: str, args: str) -> None:
    request = to_request(_slash(command, text), is_editor=True)
    assert (request.command, request.args) == (core, args)
    assert (request.user_id, request.channel_id, request.platform, request.is_editor) == (
        "U1",
        "C1",
        "slack",
        True,
    )


def test_mention_is_a_question_unless_it_names_a_command() -> None:
    ask = message_to_request(
        {"text": "<@UBOT> who said we will respond?", "user": "U1", "channel": "C1"},
        bot_user_id="UBOT",
    )
    assert (ask.command, ask.args) == ("ask", "who said we will respond?")
    claims = message_to_request({"text": "<@UBOT> claims iran", "user": "U1"}, bot_user_id="UBOT")
    assert (claims.command, claims.args) == ("claims", "iran")
    bare = message_to_request({"text": "<@UBOT>", "user": "U1"}, bot_user_id="UBOT")
    assert bare.command == "help"


def test_button_value_round_trips_and_refuses_oversize() -> None:
    request = Request(command="claims", args="iran", options={"status": "all"}, user_id="U1")
    value = encode_request(with_page(request, 3))
    assert value is not None
    again = decode_request(value, user_id="U2", channel_id="C2")
    assert (again.command, again.args, dict(again.options)) == (
        "claims",
        "iran",
        {"status": "all", "page": "3"},
    )
    assert (again.user_id, again.channel_id, again.platform) == ("U2", "C2", "slack")
    assert encode_request(Request(command="ask", args="x" * 2100)) is None


def test_claim_ids_come_from_block_ids() -> None:
    blocks = [
        {"block_id": "claim:12"},
        {"block_id": "abc"},
        {"type": "divider"},
        {"block_id": "claim:x"},
        {"block_id": "claim:7"},
    ]
    assert claim_ids(blocks) == [12, 7]
