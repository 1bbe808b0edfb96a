"""A fake Slack on 127.0.0.1: Web API, response_urls and a Socket Mode websocket.

It records every call so tests can assert on what the bot sent; like httpx's
MockTransport it sits beside the real transport. Only for tests and local trials.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import WSMsgType, web

BOT_USER_ID = "UBOT0001"
BOT_ID = "BBOT0001"
TEAM_ID = "T0NEWSROOM"
JSON_FIELDS = {"blocks", "view", "attachments", "metadata"}


@dataclass(frozen=True)
class Call:
    """One request the fake received."""

    method: str  # "chat.postMessage", or "response_url" for a response_url POST
    params: dict[str, Any]
    path: str = ""
    token: str | None = None
    status: int = 200


@dataclass
class _RateLimit:
    retry_after: int
    times: int


@dataclass
class FakeSlack:
    """A recording fake of the Slack Web API, response_urls and Socket Mode.

    ``calls`` holds every HTTP call (429s included, with their status);
    ``socket_messages`` holds what the app sent over the websocket, plus a
    ``{"type": "_connected"}`` marker each time it connects.
    """

    groups: dict[str, list[str]] = field(default_factory=dict)  # usergroup id -> user ids
    calls: list[Call] = field(default_factory=list)
    socket_messages: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._cond = threading.Condition()
        self._limits: dict[str, _RateLimit] = {}
        self._overrides: dict[str, dict[str, Any]] = {}
        self._messages: list[dict[str, Any]] = []  # what chat.postMessage stored
        self._ts = itertools.count(1)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner: web.AppRunner | None = None
        self._socket: web.WebSocketResponse | None = None
        self.port = 0

    # -- lifecycle ---------------------------------------------------------------------

    def start(self, *, timeout: float = 5.0) -> FakeSlack:
        """Start serving on a free 127.0.0.1 port."""
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._serve(), self._loop).result(timeout)
        return self

    def stop(self, *, timeout: float = 5.0) -> None:
        """Stop serving and end the loop thread."""
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(timeout)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout)

    async def _serve(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/response/{name}", self._response_url)
        app.router.add_get("/link", self._websocket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    @property
    def api_url(self) -> str:
        """Return the Web API base URL (``NEWSROOM_SLACK_API_URL``)."""
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str) -> str:
        """Return a response_url on this fake (with a query string, to check it is used as given)."""
        return f"http://127.0.0.1:{self.port}/response/{name}?sig=a%2Bb"

    # -- behaviour knobs ---------------------------------------------------------------

    def rate_limit(self, method: str, *, retry_after: int = 0, times: int = 1) -> None:
        """Answer the next ``times`` calls to ``method`` (or "response_url") with 429."""
        self._limits[method] = _RateLimit(retry_after, times)

    def answer(self, method: str, payload: dict[str, Any]) -> None:
        """Always answer ``method`` with this JSON payload."""
        self._overrides[method] = payload

    def posted(self) -> list[dict[str, Any]]:
        """Return the messages chat.postMessage stored, with the ts each was given."""
        with self._cond:
            return list(self._messages)

    # -- assertions --------------------------------------------------------------------

    def calls_to(self, method: str) -> list[Call]:
        """Return the successful calls to one method, in order."""
        with self._cond:
            return [c for c in self.calls if c.method == method and c.status == 200]

    def wait_for(self, method: str, *, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """Wait until ``count`` successful calls to ``method`` arrived; fail after ``timeout``."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.calls_to(method)) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [c.method for c in self.calls]
                    raise AssertionError(
                        f"expected {count} {method} call(s) in {timeout}s; got {seen}"
                    )
                self._cond.wait(left)
            return self.calls_to(method)

    def wait_socket(
        self, predicate: Callable[[dict[str, Any]], bool], *, timeout: float = 5.0
    ) -> dict[str, Any]:
        """Wait for a websocket message from the app matching ``predicate``."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [m for m in self.socket_messages if predicate(m)]
                if found:
                    return found[0]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no matching socket message in {timeout}s")
                self._cond.wait(left)

    def send_envelope(self, envelope: dict[str, Any], *, timeout: float = 5.0) -> None:
        """Push one Socket Mode envelope to the connected app."""
        self.wait_socket(lambda m: m.get("type") == "_connected", timeout=timeout)
        assert self._socket is not None
        asyncio.run_coroutine_threadsafe(self._socket.send_json(envelope), self._loop).result(
            timeout
        )

    # -- handlers ----------------------------------------------------------------------

    def _record(self, call: Call) -> None:
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()

    async def _params(self, request: web.Request, *, query: bool = True) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query) if query else {}
        raw = await request.text()
        if request.content_type == "application/json" and raw:
            params.update(json.loads(raw))
        elif raw:
            for key, value in parse_qsl(raw, keep_blank_values=True):
                params[key] = json.loads(value) if key in JSON_FIELDS else value
        return params

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ") or params.get("token")
        limit = self._limited(method)
        if limit is not None:
            self._record(Call(method, params, request.path_qs, token, 429))
            return web.json_response(
                {"ok": False, "error": "ratelimited"},
                status=429,
                headers={"Retry-After": str(limit.retry_after)},
            )
        self._record(Call(method, params, request.path_qs, token))
        return web.json_response(self._overrides.get(method) or self._default(method, params))

    def _default(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        ts = f"{1_700_000_000 + next(self._ts)}.000100"
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://newsroom.fake/",
                "team": "Newsroom",
                "user": "newsroom",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
            }
        if method == "chat.postMessage":
            message = {
                "type": "message",
                "ts": ts,
                "user": BOT_USER_ID,
                "bot_id": BOT_ID,
                "text": params.get("text", ""),
                "blocks": params.get("blocks", []),
                "channel": params.get("channel"),
                "thread_ts": params.get("thread_ts"),
            }
            with self._cond:
                self._messages.append(message)
            return {"ok": True, "channel": params.get("channel"), "ts": ts, "message": message}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method == "views.open":
            return {"ok": True, "view": {"id": "V0001", **params.get("view", {})}}
        if method == "usergroups.users.list":
            return {"ok": True, "users": self.groups.get(str(params.get("usergroup")), [])}
        if method in {"conversations.history", "conversations.replies"}:
            wanted = [
                m
                for m in self._messages
                if m["channel"] == params.get("channel") and m["ts"] == params.get("latest")
            ]
            return {"ok": True, "messages": wanted, "has_more": False}
        if method == "apps.connections.open":
            return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/link?ticket=fake"}
        return {"ok": False, "error": "unknown_method"}

    async def _response_url(self, request: web.Request) -> web.Response:
        params = await self._params(request, query=False)
        limited = self._limited("response_url")
        self._record(Call("response_url", params, request.path_qs, None, 429 if limited else 200))
        if limited is not None:
            return web.Response(
                status=429, text="rate_limited", headers={"Retry-After": str(limited.retry_after)}
            )
        return web.Response(text="ok")

    def _limited(self, method: str) -> _RateLimit | None:
        limit = self._limits.get(method)
        if limit is None or limit.times <= 0:
            return None
        limit.times -= 1
        return limit

    async def _websocket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self._socket = socket
        await socket.send_json(
            {"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0NEWSROOM"}}
        )
        self._note_socket({"type": "_connected"})
        async for msg in socket:
            if msg.type == WSMsgType.TEXT:
                self._note_socket(json.loads(msg.data))
        return socket

    def _note_socket(self, message: dict[str, Any]) -> None:
        with self._cond:
            self.socket_messages.append(message)
            self._cond.notify_all()


def signed_headers(body: str, *, secret: str, timestamp: int | None = None) -> dict[str, str]:
    """Return the headers Slack would send with ``body``: a v0 HMAC signature and its timestamp."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": f"v0={digest}"}
