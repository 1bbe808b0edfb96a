"""Commands that change the store: ingest (editors only) and flag."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from bot.commands.items import claim_item
from bot.commands.types import Field, Reply, Request
from bot.errors import CommandError, NotFoundError, PermissionDenied
from bot.ingest.service import ingest_text
from bot.store import queries, writes

if TYPE_CHECKING:
    from bot.commands.handler import CommandHandler


# `--title "A title"`, `--published=2024-03-20`: only these options, so the rest of a
# pasted article (dashes, quotes, apostrophes) is kept exactly as given.
_INGEST_OPTION = re.compile(
    r"(?:^|\s)--(title|source|published|url)(?:=|\s+)(\"[^\"]*\"|'[^']*'|“[^”]*”|\S+)"
)


def ingest_args(args: str, given: Mapping[str, str]) -> tuple[str, dict[str, str]]:
    """Split the ingest options out of pasted text or a URL; typed options win."""
    options = {m.group(1): m.group(2).strip("\"'“”") for m in _INGEST_OPTION.finditer(args)}
    text = _INGEST_OPTION.sub(" ", args).strip() if options else args
    return text, {**options, **given}


def ingest(handler: CommandHandler, request: Request) -> Reply:
    """Read one article (pasted text or a URL) into the store."""
    if not request.is_editor:
        raise PermissionDenied(
            "Only editors can add articles",
            hint="ask an admin to add you to the editors in the bot's settings",
        )
    text, options = ingest_args(request.args, request.options)
    if not text.strip():
        raise CommandError("Paste the article text or a URL after /ingest")
    result = ingest_text(
        text,
        pipeline=handler.pipeline(),
        engine=handler.engine,
        clock=handler.clock,
        settings=handler.settings,
        title=options.get("title"),
        source=options.get("source"),
        published=options.get("published"),
        url=options.get("url"),
        filename=options.get("filename"),
    )
    view = queries.get_article(handler.engine, result.article_id)
    if view is None:
        raise NotFoundError("The article was not stored")
    if not result.created:
        return Reply(
            title="Already read",
            text=f"Already stored as {result.duplicate_of}; nothing was added.",
        )
    return Reply(
        title=f"Read article #{view.id}: {view.title}",
        text=f"Found {view.quotes} quotes, {view.claims} claims and {view.events} expected events.",
        fields=(Field("Published", view.published.isoformat() + (" (estimated)" if view.published_estimated else "")),),
    )


def flag(handler: CommandHandler, request: Request, *, args: str, options: dict[str, str]) -> Reply:
    """Flag a claim for checking; flagging twice is harmless."""
    key = args.strip().lstrip("#").split(" ")[0] if args.strip() else ""
    if not key.isdigit():
        raise CommandError("Give the claim number to flag, as shown by /claims (e.g. /flag 12)")
    claim = queries.get_claim(handler.engine, int(key))
    if claim is None:
        raise NotFoundError(f"No claim #{key}", hint="see /claims")
    _, created = writes.add_flag(
        handler.engine,
        claim_id=claim.id,
        platform=request.platform,
        user_id=request.user_id,
        channel_id=request.channel_id,
        note=options.get("note"),
        now=handler.clock.now(),
    )
    claim = queries.get_claim(handler.engine, claim.id) or claim
    title = f"Flagged claim #{claim.id} for checking" if created else f"You had already flagged claim #{claim.id}"
    note = options.get("note")
    fields = (Field("Your note", note),) if note and created else ()
    return Reply(title=title, items=(claim_item(claim),), fields=fields)
