"""The core handler: a neutral request in, a neutral reply out. Errors become replies here."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot.clock import Clock, today
from bot.commands import edits, lookups
from bot.commands.ask import route_question
from bot.commands.help import COMMAND_NAMES, help_reply
from bot.commands.parse import canonical_command, merged_options
from bot.commands.types import Reply, Request
from bot.config import Settings
from bot.errors import CommandError, DateError, NewsroomError
from bot.extract.pipeline import Pipeline

log = logging.getLogger(__name__)


def parse_date(raw: str, *, what: str) -> date:
    """Return a YYYY-MM-DD date, or raise a user-safe error naming the option."""
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise DateError(f"{what} must be a date like 2023-09-06, not {raw!r}") from None


def parse_page(raw: str | None) -> int:
    """Return a 1-based page number."""
    if raw is None:
        return 1
    if not raw.isdigit() or int(raw) < 1:
        raise CommandError(f"--page must be a whole number from 1, not {raw!r}")
    return int(raw)


class CommandHandler:
    """Answer requests from any platform against one store."""

    def __init__(
        self,
        *,
        engine: Engine,
        clock: Clock,
        settings: Settings,
        pipeline: Callable[[], Pipeline],
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.settings = settings
        self.pipeline = pipeline  # loaded on first ingest: lookups never pay for spaCy

    def handle(self, request: Request) -> Reply:
        """Answer one request; a user's mistake or a store failure comes back as an error reply."""
        try:
            return self._dispatch(request)
        except NewsroomError as exc:
            return Reply(title="Sorry", text=exc.user_message(), error=True)
        except SQLAlchemyError:
            log.exception("store failure on %s", request.command)
            return Reply(
                title="Sorry",
                text="The database could not answer just now; nothing was changed. Try again.",
                error=True,
            )

    def _dispatch(self, request: Request) -> Reply:
        command = canonical_command(request.command)
        if command == "ask":
            route = route_question(request.args)
            if not route.command or (route.command == "whosaid" and not route.args):
                return help_reply()
            options = {**route.options, **request.options}
            request = replace(request, command=route.command, args=route.args, options=options)
            command = route.command
        if command not in COMMAND_NAMES:
            raise CommandError(f"Unknown command {request.command!r}", hint="try /help")
        if command == "ingest":
            # Pasted articles keep their own punctuation: options only come typed, not inline.
            return edits.ingest(self, request)
        args, options = merged_options(request.args, request.options)
        page = parse_page(options.get("page"))
        size = self.settings.page_size
        if command == "help":
            return help_reply()
        if command == "whosaid":
            return lookups.whosaid(
                self.engine, args or None, page=page, size=size, topic=options.get("topic")
            )
        if command == "claims":
            status = options.get("status", "unconfirmed").lower()
            return lookups.claims(self.engine, args or None, status=status, page=page, size=size)
        if command == "next":
            as_of = parse_date(options["as_of"], what="--as-of") if "as_of" in options else today(self.clock)
            return lookups.upcoming(self.engine, args or None, as_of=as_of, page=page, size=size)
        if command == "articles":
            return lookups.articles(self.engine, page=page, size=size)
        if command == "article":
            return lookups.article(self.engine, args, size=size)
        if command == "status":
            return lookups.status(self.engine)
        if command == "flag":
            return edits.flag(self, request, args=args, options=options)
        raise CommandError(f"Unknown command {request.command!r}", hint="try /help")
