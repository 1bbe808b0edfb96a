"""The commands people can run, with the text `help` shows. One table, used everywhere."""

from __future__ import annotations

from dataclasses import dataclass

from bot.commands.types import Field, Item, Reply


@dataclass(frozen=True)
class CommandInfo:
    """A command's name, usage line and one-sentence description."""

    name: str
    usage: str
    description: str
    editor_only: bool = False


COMMANDS: tuple[CommandInfo, ...] = (
    CommandInfo("whosaid", "/whosaid [person or topic]", "Who said what: quotes by a person, or about a topic."),
    CommandInfo(
        "claims",
        "/claims [topic] [--status unconfirmed|attributed|stated|all]",
        "Claims and how firm they are; unconfirmed ones by default, each with its reason.",
    ),
    CommandInfo(
        "next",
        "/next [topic] [--as-of YYYY-MM-DD] [--page N]",
        "Upcoming expected events by the last day each window allows; passed ones if none.",
    ),
    CommandInfo("articles", "/articles [--page N]", "The articles the bot has read, newest first."),
    CommandInfo("article", "/article ID", "One article: its source, date and what was found in it."),
    CommandInfo(
        "ask",
        "/ask QUESTION",
        'A question in plain words: "what did Watson say?", "which claims are unconfirmed?".',
    ),
    CommandInfo("flag", "/flag CLAIM_ID [--note TEXT]", "Flag a claim for checking."),
    CommandInfo("status", "/status", "How many articles, quotes, claims and events are stored."),
    CommandInfo(
        "ingest",
        "/ingest TEXT_OR_URL [--title T] [--source S] [--published YYYY-MM-DD]",
        "Read a new article (editors only).",
        editor_only=True,
    ),
    CommandInfo("help", "/help", "This list."),
)

COMMAND_NAMES = frozenset(info.name for info in COMMANDS)


def help_reply() -> Reply:
    """Return the list of commands."""
    items = tuple(
        Item(
            kind="help",
            title=info.usage,
            body=info.description,
            fields=(Field("Who", "editors"),) if info.editor_only else (),
        )
        for info in COMMANDS
    )
    return Reply(
        title="Newsroom bot: commands",
        text=(
            "I read news articles and keep track of who said what, which claims are still "
            "unconfirmed, and what is expected to happen next. Every answer names its article."
        ),
        items=items,
    )
