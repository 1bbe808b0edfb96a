"""Run the real NewsroomBot against the fake Discord, with a hard timeout and no swallowed errors."""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord_bot.client import NewsroomBot
from adapters.discord_bot.endpoints import point_at
from adapters.discord_bot.fake import FakeDiscord
from adapters.discord_bot.fake import payloads as p
from adapters.discord_bot.suggest import Suggester
from bot.commands.types import ArticleRef, Field, Handler, Item, Reply, Request
from bot.config import Settings

GUILD_ID = 100
CHANNEL_ID = 200
EDITOR_ROLE_ID = 300
REPORTER = p.user(10, "reporter")
EDITOR = p.user(11, "editor")
MODERATOR = p.user(12, "moderator")
MANAGE_MESSAGES = 1 << 13
READ_AND_SEND = (1 << 10) | (1 << 11)
CHANNEL = p.text_channel(CHANNEL_ID, guild_id=GUILD_ID, name="newsdesk")
SCENARIO_TIMEOUT = 8.0


ARTICLE = ArticleRef(
    id=1, title="America's enemies join forces", source="Example", published=date(2023, 9, 6)
)


def quotes(request: Request) -> Reply:
    """Answer 7 quotes, 3 per core page."""
    page = int(request.options.get("page", "1"))
    items = tuple(
        Item(kind="quote", title=f"Speaker {n}", body=f"Quote {n}", article=ARTICLE, ref_id=n)
        for n in range(3 * page - 2, min(3 * page, 7) + 1)
    )
    return Reply(title=f"Who said what: {request.args}", items=items, total=7)


def claims(request: Request) -> Reply:
    """Answer two unconfirmed claims, #12 and #13."""
    items = tuple(
        Item(
            kind="claim",
            title=f"Unconfirmed claim #{n}",
            body="Talks advanced.",
            fields=(Field("Status", "unconfirmed"),),
            article=ARTICLE,
            ref_id=n,
        )
        for n in (12, 13)
    )
    return Reply(title="Unconfirmed claims", items=items, total=2)


def guild() -> dict[str, Any]:
    """Return the newsroom's guild: a reporter, an editor (by role), a moderator (by permission)."""
    roles = [p.role(GUILD_ID, "@everyone", position=0), p.role(EDITOR_ROLE_ID, "Editors")]
    members = [p.member(REPORTER), p.member(EDITOR, roles=[EDITOR_ROLE_ID]), p.member(MODERATOR)]
    return p.guild_create(
        GUILD_ID, name="Newsroom", owner_id=1, roles=roles, channels=[CHANNEL], members=members
    )


def invoker(person: Mapping[str, Any]) -> dict[str, Any]:
    """Return the interaction member for one of the guild's people, with their permissions."""
    if person is EDITOR:
        return p.member(person, roles=[EDITOR_ROLE_ID], permissions=READ_AND_SEND)
    if person is MODERATOR:
        return p.member(person, permissions=READ_AND_SEND | MANAGE_MESSAGES)
    return p.member(person, permissions=READ_AND_SEND)


@dataclass
class RecordingHandler:
    """A fake core: answers from a function of the request, and remembers every request."""

    answer: Callable[[Request], Reply]
    requests: list[Request] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)

    def handle(self, request: Request) -> Reply:
        """Record and answer one request."""
        self.requests.append(request)
        reply = self.answer(request)
        self.replies.append(reply)
        return reply


@dataclass
class ListSuggester:
    """Suggest names from a fixed list."""

    names: Sequence[str]

    def suggest(self, typed: str, *, limit: int) -> list[str]:
        """Return the names starting with what was typed."""
        return [n for n in self.names if n.lower().startswith(typed.lower())][:limit]


class ErrorLog(logging.Handler):
    """Collect every error discord.py or the adapter logs, so a test cannot pass over one."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the record."""
        self.records.append(record)


@dataclass
class World:
    """A running bot, its fake Discord, and helpers that act as Discord users."""

    fake: FakeDiscord
    bot: NewsroomBot
    settings: Settings
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(7000))

    async def command(
        self,
        name: str,
        options: Sequence[dict[str, Any]] = (),
        *,
        person: Mapping[str, Any] = REPORTER,
        resolved: dict[str, Any] | None = None,
        kind: int = 2,
    ) -> str:
        """Invoke a slash command (or its autocomplete, kind 4) as ``person``; return the token."""
        token = f"token-{next(self._ids)}"
        data: dict[str, Any] = {
            "id": str(next(self._ids)),
            "name": name,
            "type": 1,
            "options": list(options),
        }
        if resolved:
            data["resolved"] = resolved
        payload = p.interaction(
            next(self._ids),
            application_id=self.fake.application_id,
            token=token,
            kind=kind,
            data=data,
            guild_id=GUILD_ID,
            channel=CHANNEL,
            invoker=invoker(person),
        )
        await self.fake.interact(payload)
        return token

    async def click(
        self, message: dict[str, Any], label: str, *, person: Mapping[str, Any] = REPORTER
    ) -> str:
        """Press the button labelled ``label`` on a stored message; return the token."""
        buttons = [c for row in message["components"] for c in row["components"]]
        button = next(b for b in buttons if b.get("label") == label)
        token = f"token-{next(self._ids)}"
        payload = p.interaction(
            next(self._ids),
            application_id=self.fake.application_id,
            token=token,
            kind=3,
            data={"custom_id": button["custom_id"], "component_type": 2},
            guild_id=GUILD_ID,
            channel=CHANNEL,
            invoker=invoker(person),
            message=message,
        )
        await self.fake.interact(payload)
        return token

    async def react(
        self, message_id: int, emoji: str, *, person: Mapping[str, Any] = REPORTER
    ) -> None:
        """Add a reaction as ``person``."""
        data = p.reaction_add(
            user_id=int(person["id"]),
            channel_id=CHANNEL_ID,
            message_id=message_id,
            guild_id=GUILD_ID,
            emoji=emoji,
        )
        data["member"] = p.member(person)
        await self.fake.dispatch("MESSAGE_REACTION_ADD", data)

    async def followups(self, token: str, count: int = 1) -> list[Any]:
        """Wait for ``count`` successful follow-ups on an interaction; return their bodies."""
        path = rf"/webhooks/{self.fake.application_id}/{token}"

        def found() -> list[Any]:
            done = [c.body for c in self.fake.calls_to("POST", path) if c.status == 200]
            return done if len(done) >= count else []

        result: list[Any] = await self.fake.wait_until(found)
        return result

    async def callback(self, token: str) -> Any:
        """Wait for the interaction's callback (its first response); return its body."""
        path = rf"/interactions/\d+/{token}/callback"
        calls = await self.fake.wait_until(lambda: self.fake.calls_to("POST", path))
        return calls[0].body


def settings_for(fake: FakeDiscord, **overrides: Any) -> Settings:
    """Return settings that point the bot at the fake (only the two base URLs differ)."""
    base = Settings(
        discord_token="fake-token",
        discord_api_url=fake.api_url,
        discord_gateway_url=fake.gateway_url,
        discord_guild_id=GUILD_ID,
        discord_ingest_role="Editors",
        page_size=3,
    )
    return replace(base, **overrides)


async def _race(body: Awaitable[None], client: asyncio.Task[None]) -> None:
    """Run the test body, failing at once if the client's connection dies (a parsing error)."""
    work = asyncio.ensure_future(body)
    done, _ = await asyncio.wait({work, client}, return_when=asyncio.FIRST_COMPLETED)
    if work not in done:
        work.cancel()
        error = client.exception()
        raise AssertionError(f"the client stopped while the test ran: {error!r}") from error
    work.result()


async def _scenario(
    body: Callable[[World], Awaitable[None]],
    *,
    handler: Handler,
    suggester: Suggester,
    expected_errors: int,
    overrides: dict[str, Any],
) -> None:
    fake = FakeDiscord(guild=guild())
    await fake.start()
    saved = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    errors = ErrorLog()
    loggers = [logging.getLogger("discord"), logging.getLogger("adapters")]
    for logger in loggers:
        logger.addHandler(errors)
    settings = settings_for(fake, **overrides)
    point_at(settings)
    bot = NewsroomBot(handler=handler, settings=settings, suggester=suggester)
    client = asyncio.create_task(bot.start("fake-token"))
    try:
        world = World(fake=fake, bot=bot, settings=settings)
        await _race(fake.wait_until(lambda: bot.get_guild(GUILD_ID)), client)
        await _race(body(world), client)
    finally:
        await bot.close()
        client.cancel()
        await asyncio.gather(client, return_exceptions=True)
        await fake.close()
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved[0], yarl.URL(saved[1])
        for logger in loggers:
            logger.removeHandler(errors)
    assert len(errors.records) == expected_errors, [r.getMessage() for r in errors.records]


def run_scenario(
    body: Callable[[World], Awaitable[None]],
    *,
    handler: Handler,
    suggester: Suggester | None = None,
    timeout: float = SCENARIO_TIMEOUT,
    expected_errors: int = 0,
    **overrides: Any,
) -> None:
    """Run one end-to-end scenario under a hard timeout; any unexpected logged error fails it."""
    scenario = _scenario(
        body,
        handler=handler,
        suggester=suggester or ListSuggester(()),
        expected_errors=expected_errors,
        overrides=overrides,
    )
    asyncio.run(asyncio.wait_for(scenario, timeout))
