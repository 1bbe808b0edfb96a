"""Slack payloads in, core requests out: pure functions, no I/O."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from adapters.slack.mrkdwn import from_slack, strip_mention
from bot.commands.types import Request

PLATFORM = "slack"

# Slash command -> core command. /newsroom takes a sub-command instead.
SLASH_COMMANDS: dict[str, str] = {
    "/whosaid": "whosaid",
    "/claims": "claims",
    "/nextevent": "next",
    "/articles": "articles",
    "/ask": "ask",
    "/ingest": "ingest",
}
NEWSROOM_COMMAND = "/newsroom"
# Words that start a /newsroom sub-command or a mention/DM command; anything else is a question.
SUBCOMMANDS: dict[str, str] = {
    "help": "help",
    "status": "status",
    "ingest": "ingest",
    "article": "article",
    "articles": "articles",
    "flag": "flag",
    "whosaid": "whosaid",
    "claims": "claims",
    "next": "next",
    "nextevent": "next",
    "ask": "ask",
}
CLAIM_BLOCK_PREFIX = "claim:"
BUTTON_VALUE_LIMIT = 2000
_FIRST_WORD = re.compile(r"\s*(\S+)\s*(.*)", re.DOTALL)


def _split_subcommand(text: str, *, default: str) -> tuple[str, str]:
    match = _FIRST_WORD.match(text)
    if not match:
        return default, ""
    word = match.group(1).lower().lstrip("/")
    if word in SUBCOMMANDS:
        return SUBCOMMANDS[word], match.group(2).strip()
    return default, text.strip()


def to_request(payload: Mapping[str, Any], *, is_editor: bool = False) -> Request:
    """Translate a slash-command payload into a core request."""
    name = str(payload.get("command", "")).lower()
    text = from_slack(str(payload.get("text", "")))
    if name == NEWSROOM_COMMAND:
        command, args = _split_subcommand(text, default="help")
        if command == "help":
            args = ""
    else:
        command, args = SLASH_COMMANDS.get(name, "help"), text
    return Request(
        command=command,
        args=args,
        user_id=str(payload.get("user_id", "")),
        channel_id=payload.get("channel_id"),
        platform=PLATFORM,
        user_name=payload.get("user_name"),
        is_editor=is_editor,
    )


def message_to_request(
    event: Mapping[str, Any], *, bot_user_id: str | None, is_editor: bool = False
) -> Request:
    """Translate an @mention or a direct message into a request (a question unless it names a command)."""
    text = from_slack(strip_mention(str(event.get("text", "")), bot_user_id))
    command, args = _split_subcommand(text, default="ask")
    if command == "ask" and not args:
        command = "help"
    return Request(
        command=command,
        args=args,
        user_id=str(event.get("user", "")),
        channel_id=event.get("channel"),
        platform=PLATFORM,
        is_editor=is_editor,
    )


def encode_request(request: Request) -> str | None:
    """Pack what is needed to re-run a request into a button value, or None if it cannot fit."""
    value = json.dumps(
        {"c": request.command, "a": request.args, "o": dict(request.options)},
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return value if len(value) <= BUTTON_VALUE_LIMIT else None


def decode_request(
    value: str, *, user_id: str, channel_id: str | None, is_editor: bool = False
) -> Request:
    """Rebuild a request from a button value, for the user who clicked it."""
    data = json.loads(value)
    options = {str(k): str(v) for k, v in dict(data.get("o", {})).items()}
    return Request(
        command=str(data.get("c", "help")),
        args=str(data.get("a", "")),
        user_id=user_id,
        channel_id=channel_id,
        platform=PLATFORM,
        options=options,
        is_editor=is_editor,
    )


def with_page(request: Request, page: int) -> Request:
    """Return the same request asking for another page."""
    return replace(request, options={**request.options, "page": str(page)})


def claim_ids(blocks: Iterable[Mapping[str, Any]]) -> list[int]:
    """Return the claim ids a rendered message carries in its block ids, in order."""
    ids: list[int] = []
    for block in blocks:
        block_id = str(block.get("block_id", ""))
        if (
            block_id.startswith(CLAIM_BLOCK_PREFIX)
            and block_id[len(CLAIM_BLOCK_PREFIX) :].isdigit()
        ):
            ids.append(int(block_id[len(CLAIM_BLOCK_PREFIX) :]))
    return ids


def flag_request(claim_id: int, *, user_id: str, channel_id: str | None) -> Request:
    """Return the core request that flags one claim for checking."""
    return Request(
        command="flag",
        args=str(claim_id),
        user_id=user_id,
        channel_id=channel_id,
        platform=PLATFORM,
    )
