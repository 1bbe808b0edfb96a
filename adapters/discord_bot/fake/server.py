"""A fake Discord (REST + gateway) on 127.0.0.1 that records every call discord.py makes."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from adapters.discord_bot.fake import payloads

API_PREFIX = "/api/v10"
DEFERRED = 5  # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
EPHEMERAL = 64


@dataclass(frozen=True)
class Call:
    """One REST request the client made, and how the fake answered it."""

    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    body: Any
    status: int


@dataclass
class _RateLimit:
    method: str
    path: re.Pattern[str]
    retry_after: float


@dataclass
class FakeDiscord:
    """Serve Discord's REST routes and gateway for one bot in one guild."""

    bot: dict[str, Any] = field(
        default_factory=lambda: payloads.user(900, "newsroom-bot", bot=True)
    )
    application_id: int = 900
    guild: dict[str, Any] | None = None
    calls: list[Call] = field(default_factory=list)
    identify: dict[str, Any] | None = None  # the IDENTIFY payload, once received
    gateway_query: dict[str, str] = field(default_factory=dict)
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._ids = itertools.count(5000)
        self._seq = itertools.count(1)
        self._sockets: list[web.WebSocketResponse] = []
        self._limits: list[_RateLimit] = []
        self._originals: dict[str, int] = {}  # interaction token -> its original message id
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- life cycle -------------------------------------------------------------------
    async def start(self) -> None:
        """Listen on a free port of 127.0.0.1."""
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/attachments/{name}", self._attachment)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def close(self) -> None:
        """Close the sockets and stop listening."""
        for socket in self._sockets:
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        """Return the REST base URL to give the client."""
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        """Return the gateway URL to give the client."""
        return f"ws://127.0.0.1:{self.port}/gateway"

    def file_url(self, name: str) -> str:
        """Return where an attachment registered in ``files`` is served."""
        return f"http://127.0.0.1:{self.port}/attachments/{name}"

    def new_id(self) -> int:
        """Return a fresh snowflake."""
        return next(self._ids)

    def rate_limit_once(self, method: str, path: str, *, retry_after: float = 0.05) -> None:
        """Answer the next matching request with a 429 carrying ``retry_after``."""
        self._limits.append(_RateLimit(method, re.compile(path), retry_after))

    # -- waiting ----------------------------------------------------------------------
    async def wait_until(self, condition: Callable[[], Any], *, timeout: float = 5.0) -> Any:
        """Wait until ``condition()`` is truthy (re-checked on every call and event); return it."""

        async def poll() -> Any:
            while not (result := condition()):
                self._changed.clear()
                # Also re-check now and then: some conditions look at the client, not the fake.
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), 0.05)
            return result

        return await asyncio.wait_for(poll(), timeout)

    def calls_to(self, method: str, path: str) -> list[Call]:
        """Return the recorded calls whose method matches and whose path matches the regex."""
        pattern = re.compile(path)
        return [c for c in self.calls if c.method == method and pattern.fullmatch(c.path)]

    # -- gateway ----------------------------------------------------------------------
    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a DISPATCH event to every connected client."""
        for socket in self._sockets:
            await socket.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        self.gateway_query = dict(request.query)
        # discord.py asks for zlib-stream; text frames are plain JSON, which it also accepts,
        # so the fake declines compression simply by never sending binary frames.
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._sockets.append(socket)
        await socket.send_json(
            {"op": 10, "d": {"heartbeat_interval": 45_000}, "s": None, "t": None}
        )
        async for frame in socket:
            if frame.type != WSMsgType.TEXT:
                break
            message = json.loads(frame.data)
            if message["op"] == 1:
                await socket.send_json({"op": 11, "d": None, "s": None, "t": None})
            elif message["op"] == 2:
                self.identify = message["d"]
                await self._ready(socket)
            self._touch()
        self._sockets.remove(socket)
        return socket

    async def _ready(self, socket: web.WebSocketResponse) -> None:
        guilds = [{"id": self.guild["id"], "unavailable": True}] if self.guild else []
        ready = {
            "v": 10,
            "user": self.bot,
            "guilds": guilds,
            "session_id": "fake-session",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.application_id), "flags": 0},
        }
        await socket.send_json({"op": 0, "t": "READY", "s": next(self._seq), "d": ready})
        if self.guild:
            await socket.send_json(
                {"op": 0, "t": "GUILD_CREATE", "s": next(self._seq), "d": self.guild}
            )

    # -- REST -------------------------------------------------------------------------
    async def _attachment(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in self.files:
            raise web.HTTPNotFound()
        return web.Response(body=self.files[name])

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body = await _body(request)
        limit = next(
            (r for r in self._limits if r.method == request.method and r.path.fullmatch(path)), None
        )
        if limit is not None:
            self._limits.remove(limit)
            self._record(request, path, body, 429)
            answer = {
                "message": "You are being rate limited.",
                "retry_after": limit.retry_after,
                "global": False,
            }
            # discord.py only trusts a 429 that came through Discord's proxy (a Via header).
            headers = {
                "Via": "1.1 google",
                "Retry-After": str(limit.retry_after),
                "X-RateLimit-Scope": "user",
            }
            return _json(answer, status=429, headers=headers)
        status, answer = self._answer(request.method, path, request.query, body)
        self._record(request, path, body, status)
        if status == 204:
            return web.Response(status=204)
        return _json(answer, status=status)

    def _record(self, request: web.Request, path: str, body: Any, status: int) -> None:
        self.calls.append(Call(request.method, path, dict(request.query), body, status))
        self._touch()

    def _touch(self) -> None:
        self._changed.set()

    def _answer(self, method: str, path: str, query: Any, body: Any) -> tuple[int, Any]:
        app = self.application_id
        if (method, path) == ("GET", "/users/@me"):
            return 200, self.bot
        if (method, path) == ("GET", "/oauth2/applications/@me"):
            return 200, payloads.application(self.application_id, bot=self.bot)
        if method == "GET" and path in ("/gateway", "/gateway/bot"):
            limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
            return 200, {"url": self.gateway_url, "shards": 1, "session_start_limit": limit}
        if method == "PUT" and re.fullmatch(rf"/applications/{app}(/guilds/\d+)?/commands", path):
            guild = re.search(r"/guilds/(\d+)/", path)
            return 200, [
                payloads.synced_command(
                    c,
                    application_id=app,
                    command_id=self.new_id(),
                    guild_id=guild[1] if guild else None,
                )
                for c in body
            ]
        if found := re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", path):
            return 200, self._callback(int(found[1]), found[2], body)
        if found := re.fullmatch(rf"/webhooks/{app}/([^/]+)", path):
            return 200, self._store(body, channel_id=0, webhook=True)
        if found := re.fullmatch(rf"/webhooks/{app}/([^/]+)/messages/([^/]+)", path):
            return self._webhook_message(method, found[1], found[2], body)
        if found := re.fullmatch(r"/channels/(\d+)/typing", path):
            return 204, None
        if found := re.fullmatch(r"/channels/(\d+)/messages", path):
            return 200, self._store(body, channel_id=int(found[1]))
        if found := re.fullmatch(r"/channels/(\d+)/messages/(\d+)", path):
            stored = self.messages.get(int(found[2]))
            if method == "GET" and stored is not None:
                return 200, stored
            if method == "PATCH" and stored is not None:
                stored.update(payloads.message_fields(body))
                return 200, stored
        return 404, {"message": "Unknown route in the fake", "code": 0}

    def _callback(self, interaction_id: int, token: str, body: dict[str, Any]) -> dict[str, Any]:
        kind = body["type"]
        data = body.get("data") or {}
        flags = int(data.get("flags") or 0)
        answer: dict[str, Any] = {
            "interaction": {
                "id": str(interaction_id),
                "type": 2,
                "response_message_loading": kind == DEFERRED,
                "response_message_ephemeral": bool(flags & EPHEMERAL),
            },
        }
        if kind in (4, DEFERRED):  # a new message: the answer, or the "thinking…" placeholder
            stored = self._store(data, channel_id=0, webhook=True)
            self._originals[token] = int(stored["id"])
            answer["interaction"]["response_message_id"] = stored["id"]
            answer["resource"] = {"type": kind, "message": stored}
        elif kind == 7 and token in self._originals:  # UPDATE_MESSAGE on a component's message
            stored = self.messages[self._originals[token]]
            stored.update(payloads.message_fields(data))
            answer["resource"] = {"type": kind, "message": stored}
        else:
            answer["resource"] = {"type": kind}
        return answer

    async def interact(self, payload: dict[str, Any]) -> None:
        """Deliver an INTERACTION_CREATE; a button's callbacks then edit the message it is on."""
        if "message" in payload:
            self._originals[payload["token"]] = int(payload["message"]["id"])
        await self.dispatch("INTERACTION_CREATE", payload)

    def _webhook_message(self, method: str, token: str, which: str, body: Any) -> tuple[int, Any]:
        message_id = self._originals.get(token) if which == "@original" else int(which)
        stored = self.messages.get(message_id) if message_id is not None else None
        if stored is None:
            return 404, {"message": "Unknown Message", "code": 10008}
        if method == "DELETE":
            del self.messages[message_id]  # type: ignore[arg-type]
            return 204, None
        if method == "PATCH":
            stored.update(payloads.message_fields(body))
        return 200, stored

    def _store(
        self, body: dict[str, Any], *, channel_id: int, webhook: bool = False
    ) -> dict[str, Any]:
        guild_id = int(self.guild["id"]) if self.guild else None
        stored = payloads.message(
            self.new_id(),
            channel_id=channel_id,
            author=self.bot,
            guild_id=guild_id,
            webhook_id=self.application_id if webhook else None,
        )
        stored.update(payloads.message_fields(body))
        self.messages[int(stored["id"])] = stored
        return stored


def _json(answer: Any, *, status: int, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py parses a body as JSON only when the content type is exactly application/json.
    headers = {**(headers or {}), "Content-Type": "application/json"}
    return web.Response(body=json.dumps(answer).encode(), status=status, headers=headers)


async def _body(request: web.Request) -> Any:
    if request.content_type == "application/json":
        return await request.json()
    if request.content_type.startswith("multipart/"):
        form = await request.post()
        raw = form.get("payload_json")
        return json.loads(raw) if isinstance(raw, str) else None
    text = await request.text()
    return json.loads(text) if text else None
