"""Pure translation from Discord's payloads to the core's Request, and back from embeds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import discord

from bot.commands.types import Request

PLATFORM = "discord"
SUBCOMMAND_TYPES = (1, 2)  # SUB_COMMAND, SUB_COMMAND_GROUP
ATTACHMENT_TYPE = 11
ADAPTER_OPTIONS = frozenset({"public", "file"})  # read by the adapter, not sent to the core


@dataclass(frozen=True)
class CommandMap:
    """How one slash command becomes a core command."""

    core: str
    args: tuple[str, ...] = ()  # options whose (first present) value is the free text
    passed: tuple[str, ...] = ()  # options handed to the core as named options
    core_with_args: str | None = None  # a different core command when args are given


_INGEST = CommandMap("ingest", args=("text", "url"), passed=("title", "source", "published", "url"))
COMMANDS: dict[str, CommandMap] = {
    "whosaid": CommandMap("whosaid", args=("query",), passed=("page",)),
    "claims": CommandMap("claims", args=("topic",), passed=("status", "page")),
    "nextevent": CommandMap("next", args=("topic",), passed=("as_of", "page")),
    "articles": CommandMap(
        "articles", args=("article",), passed=("page",), core_with_args="article"
    ),
    "ask": CommandMap("ask", args=("question",), passed=("page",)),
    "flag": CommandMap("flag", args=("claim",), passed=("note",)),
    "ingest": _INGEST,
    "newsroom help": CommandMap("help"),
    "newsroom status": CommandMap("status"),
    "newsroom ingest": _INGEST,
}


@dataclass(frozen=True)
class Caller:
    """Who asked, where, and whether they may change the store."""

    user_id: str
    channel_id: str | None = None
    user_name: str | None = None
    is_editor: bool = False


def command_path(data: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """Return 'newsroom status' and the leaf options (name -> value) of a command payload."""
    name = str(data.get("name", ""))
    options = list(data.get("options") or ())
    while options and options[0].get("type") in SUBCOMMAND_TYPES:
        name += " " + str(options[0]["name"])
        options = list(options[0].get("options") or ())
    return name, {str(o["name"]): o for o in options}


def attachment_name(data: Mapping[str, Any]) -> str | None:
    """Return the file name of the attachment option, if the command carried one."""
    _, options = command_path(data)
    resolved = (data.get("resolved") or {}).get("attachments") or {}
    for option in options.values():
        if option.get("type") == ATTACHMENT_TYPE:
            attachment = resolved.get(str(option.get("value"))) or {}
            return str(attachment.get("filename") or "attachment")
    return None


def _text(value: object) -> str:
    # Booleans are Discord's true/false; everything else (ints, strings) as typed.
    return ("true" if value else "false") if isinstance(value, bool) else str(value).strip()


def to_request(
    data: Mapping[str, Any], *, caller: Caller, attachment_text: str | None = None
) -> Request:
    """Translate an application command payload into the core's Request."""
    name, options = command_path(data)
    mapping = COMMANDS.get(name, CommandMap(name))
    values = {
        key: _text(o.get("value"))
        for key, o in options.items()
        if key not in ADAPTER_OPTIONS and o.get("type") != ATTACHMENT_TYPE
    }
    args = next((values[key] for key in mapping.args if values.get(key)), "")
    named = {key: values[key] for key in mapping.passed if values.get(key)}
    filename = attachment_name(data)
    if filename is not None and attachment_text is not None:
        args, named["filename"] = attachment_text, filename
    command = mapping.core_with_args if mapping.core_with_args and args else mapping.core
    return Request(
        command=command,
        args=args,
        user_id=caller.user_id,
        channel_id=caller.channel_id,
        platform=PLATFORM,
        user_name=caller.user_name,
        options=named,
        is_editor=caller.is_editor,
    )


def wants_public(data: Mapping[str, Any]) -> bool:
    """Return True when the user asked to post the answer for the whole channel."""
    _, options = command_path(data)
    return bool(options.get("public", {}).get("value", False))


def may_ingest(
    *,
    role_ids: Iterable[int],
    role_names: Iterable[str],
    permissions: discord.Permissions,
    ingest_role: str | None,
) -> bool:
    """Return True when a member holds the editor role or a moderator permission."""
    if permissions.manage_messages or permissions.manage_guild or permissions.administrator:
        return True
    if not ingest_role:
        return False
    wanted = ingest_role.strip().lstrip("@").casefold()
    return wanted in {str(i) for i in role_ids} or wanted in {n.casefold() for n in role_names}


def refusal(ingest_role: str | None) -> str:
    """Say why someone may not add articles, and what they need."""
    needed = "the Manage Messages or Manage Server permission"
    if ingest_role:
        role = f"<@&{ingest_role}>" if ingest_role.isdigit() else f"“{ingest_role}”"
        needed = f"the {role} role (or {needed})"
    return f"Only editors can add articles: you need {needed}."


_CLAIMS_MARK = re.compile(r"claims? (#\d+(?:, #\d+)*)")


def claim_ids(footers: Sequence[str]) -> list[int]:
    """Return the claim ids an answer shows, read from its embed footers."""
    found: list[int] = []
    for footer in footers:
        for match in _CLAIMS_MARK.finditer(footer):
            found.extend(int(n) for n in re.findall(r"\d+", match.group(1)) if int(n) not in found)
    return found


def question_from_message(content: str, *, bot_id: int) -> str:
    """Return a message's text without the mentions of the bot."""
    return re.sub(rf"<@!?{bot_id}>", " ", content).strip()
