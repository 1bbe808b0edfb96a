"""Read-only commands: whosaid, claims, next, articles, article, status."""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine

from bot.commands.items import article_item, claim_item, event_item, quote_item
from bot.commands.types import Field, Reply
from bot.errors import CommandError, NotFoundError
from bot.store import queries

STATUSES = ("unconfirmed", "attributed", "stated", "all")


def _paged_note(total: int, shown: int, page: int, size: int) -> tuple[str, ...]:
    if total <= shown and page == 1:
        return ()
    first = (page - 1) * size + 1
    last = first + shown - 1
    return (f"Showing {first}-{last} of {total}; add --page {page + 1} for more.",) if last < total else (
        f"Showing {first}-{last} of {total}.",
    )


def whosaid(engine: Engine, query: str | None, *, page: int, size: int) -> Reply:
    """Quotes by a person, or about a topic."""
    found = queries.find_quotes(engine, query, limit=size, offset=(page - 1) * size)
    if not found.items:
        what = f" for “{query}”" if query else ""
        return Reply(title="Who said what", text=f"No quotes found{what}.", total=0)
    title = f"Who said what: {query}" if query else "Who said what"
    return Reply(
        title=title,
        items=tuple(quote_item(q) for q in found.items),
        total=found.total,
        notes=_paged_note(found.total, len(found.items), page, size),
    )


def claims(engine: Engine, topic: str | None, *, status: str, page: int, size: int) -> Reply:
    """Claims with their status and reasons; unconfirmed by default."""
    if status not in STATUSES:
        raise CommandError(f"Unknown status {status!r}", hint="use " + ", ".join(STATUSES))
    found = queries.find_claims(
        engine,
        topic,
        status=None if status == "all" else status,
        limit=size,
        offset=(page - 1) * size,
    )
    label = "Claims" if status == "all" else f"{status.capitalize()} claims"
    title = f"{label}: {topic}" if topic else label
    if not found.items:
        return Reply(title=title, text="No claims found.", total=0)
    return Reply(
        title=title,
        items=tuple(claim_item(c) for c in found.items),
        total=found.total,
        notes=_paged_note(found.total, len(found.items), page, size),
    )


def upcoming(engine: Engine, topic: str | None, *, as_of: date, size: int) -> Reply:
    """Upcoming expected events, soonest window end first; passed ones when none is upcoming."""
    about = f": {topic}" if topic else ""
    events = queries.find_events(engine, topic, as_of=as_of, upcoming=True, limit=size)
    if events:
        return Reply(
            title=f"Expected next{about}",
            text=f"As of {as_of.isoformat()}, soonest first.",
            items=tuple(event_item(e, as_of=as_of) for e in events),
            total=len(events),
        )
    passed = queries.find_events(engine, topic, as_of=as_of, upcoming=False, limit=size)
    if not passed:
        return Reply(title=f"Expected next{about}", text="No expected events found.", total=0)
    return Reply(
        title=f"Expected next{about}",
        text=(
            f"Nothing upcoming as of {as_of.isoformat()}. The latest expectations, whose window "
            "has passed (not confirmed by any article read since):"
        ),
        items=tuple(event_item(e, as_of=as_of) for e in passed),
        total=0,
    )


def articles(engine: Engine, *, page: int, size: int) -> Reply:
    """The articles the bot has read, newest first."""
    found = queries.list_articles(engine, limit=size, offset=(page - 1) * size)
    if not found.items:
        return Reply(
            title="Articles",
            text="No articles yet. An editor can add one with /ingest, or run `newsroom-bot ingest PATH`.",
            total=0,
        )
    return Reply(
        title="Articles",
        items=tuple(article_item(a) for a in found.items),
        total=found.total,
        notes=_paged_note(found.total, len(found.items), page, size),
    )


def article(engine: Engine, raw_id: str) -> Reply:
    """One article and what was found in it."""
    key = raw_id.strip().lstrip("#")
    if not key.isdigit():
        raise CommandError("Give an article number, as shown by /articles (e.g. /article 3)")
    view = queries.get_article(engine, int(key))
    if view is None:
        raise NotFoundError(f"No article #{key}", hint="see /articles")
    item = article_item(view)
    fields = [Field("Source", view.source or "unknown"), Field("Published", view.published.isoformat())]
    if view.published_estimated:
        fields.append(Field("Date", "estimated" + (f": {view.date_note}" if view.date_note else "")))
    if view.author:
        fields.append(Field("Author", view.author))
    if view.url:
        fields.append(Field("URL", view.url))
    return Reply(title=view.title, text=item.body, items=(item,), fields=tuple(fields), total=1)


def status(engine: Engine) -> Reply:
    """How much is stored."""
    counts = queries.stats(engine)
    return Reply(
        title="Newsroom bot status",
        fields=tuple(Field(name.capitalize(), str(value)) for name, value in counts.items()),
    )
