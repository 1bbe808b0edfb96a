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


EMPTY_STORE = (
    "No articles are stored in this database yet: add some with `newsroom-bot ingest PATH` "
    "or /ingest (and check NEWSROOM_DATABASE_URL points at the right database)."
)


def nothing_found(engine: Engine, message: str) -> str:
    """Say nothing matched, and say so differently when the database is simply empty."""
    return EMPTY_STORE if queries.stats(engine).get("articles", 0) == 0 else message


def whosaid(
    engine: Engine, query: str | None, *, page: int, size: int, topic: str | None = None
) -> Reply:
    """Quotes by a person, or about a topic (a person's quotes about a topic with both)."""
    found = queries.find_quotes(engine, query, limit=size, offset=(page - 1) * size, topic=topic)
    if topic:
        query = f"{query} about {topic}" if query else topic
    if not found.items:
        what = f" for “{query}”" if query else ""
        return Reply(title="Who said what", text=nothing_found(engine, f"No quotes found{what}."), total=0)
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
        return Reply(title=title, text=nothing_found(engine, "No claims found."), total=0)
    return Reply(
        title=title,
        items=tuple(claim_item(c) for c in found.items),
        total=found.total,
        notes=_paged_note(found.total, len(found.items), page, size),
    )


EVENTS_CAP = 500  # events are listed from at most this many matches


def upcoming(engine: Engine, topic: str | None, *, as_of: date, page: int, size: int) -> Reply:
    """Upcoming expected events, soonest window end first; passed ones when none is upcoming."""
    title = f"Expected next: {topic}" if topic else "Expected next"
    events = queries.find_events(engine, topic, as_of=as_of, upcoming=True, limit=EVENTS_CAP)
    intro = f"As of {as_of.isoformat()}, ordered by the last day each window allows."
    passed = not events
    if passed:
        events = queries.find_events(engine, topic, as_of=as_of, upcoming=False, limit=EVENTS_CAP)
        if not events:
            return Reply(
                title=title, text=nothing_found(engine, "No expected events found."), total=0
            )
        intro = (
            f"Nothing upcoming as of {as_of.isoformat()}. The latest expectations, whose window "
            "has passed (not confirmed by any article read since):"
        )
    shown = events[(page - 1) * size : page * size]
    return Reply(
        title=title,
        text=intro,
        items=tuple(event_item(e, as_of=as_of, passed=passed or None) for e in shown),
        total=len(events),
        notes=_paged_note(len(events), len(shown), page, size),
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


def article(engine: Engine, raw_id: str, *, size: int) -> Reply:
    """One article and what was found in it: its quotes, claims and expected events."""
    key = raw_id.strip().lstrip("#")
    if not key.isdigit():
        raise CommandError("Give an article number, as shown by /articles (e.g. /article 3)")
    view = queries.get_article(engine, int(key))
    if view is None:
        raise NotFoundError(f"No article #{key}", hint="see /articles")
    fields = [Field("Source", view.source or "unknown"), Field("Published", view.published.isoformat())]
    if view.published_estimated:
        fields.append(Field("Date", "estimated" + (f": {view.date_note}" if view.date_note else "")))
    if view.author:
        fields.append(Field("Author", view.author))
    if view.url:
        fields.append(Field("URL", view.url))
    quotes = queries.find_quotes(engine, None, limit=size, article_id=view.id)
    claims = queries.find_claims(engine, None, status=None, limit=size, article_id=view.id)
    # Every event of the article, dated or not: "upcoming" from before any news was written.
    events = queries.find_events(
        engine, None, as_of=date(1900, 1, 1), upcoming=True, limit=size, article_id=view.id
    )
    items = (
        *(quote_item(q) for q in quotes.items),
        *(claim_item(c) for c in claims.items),
        *(event_item(e, as_of=view.published) for e in events),
    )
    notes = tuple(
        f"First {size} of {total} {kind}; use /whosaid, /claims or /next to see more."
        for kind, total in (("quotes", quotes.total), ("claims", claims.total))
        if total > size
    )
    return Reply(
        title=view.title,
        text=article_item(view).body,
        items=items,
        fields=tuple(fields),
        total=len(items),
        notes=notes,
    )


def status(engine: Engine) -> Reply:
    """How much is stored."""
    counts = queries.stats(engine)
    return Reply(
        title="Newsroom bot status",
        fields=tuple(
            Field(name.replace("_", " ").capitalize(), str(value)) for name, value in counts.items()
        ),
    )
