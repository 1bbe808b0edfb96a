"""Test harness: a fake core handler and a client that talks to the app the way Slack does."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlencode

from adapters.slack.fake import FakeSlack, signed_headers
from bot.commands.types import ArticleRef, Field, Handler, Item, Reply, Request
from bot.config import Settings

SECRET = "test-signing-secret"
EDITOR = "UEDITOR01"
GROUP = "SEDITORS1"
GROUP_MEMBER = "UMEMBER01"
ARTICLE = ArticleRef(
    id=1,
    title="America's enemies join forces",
    source="The Wire",
    published=date(2023, 9, 6),
    published_estimated=True,
    url="https://news.example/enemies?a=1&b=2",
)
PAYLOAD_TIMEOUT = 5.0


@dataclass
class FakeCore:
    """A core handler that records requests and answers like the real one, from fixed data."""

    requests: list[Request] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    quote_body: str = "We will respond, <!channel> & <@U999> <#C42> @here."
    total_claims: int = 2

    def handle(self, request: Request) -> Reply:
        with self.lock:
            self.requests.append(request)
        if request.args == "crash":
            raise RuntimeError("a bug in the core")
        if request.command == "whosaid":
            item = Item(
                kind="quote",
                title="Jake Sullivan",
                body=self.quote_body,
                fields=(Field("Role", "national security adviser"),),
                article=ARTICLE,
                ref_id=7,
            )
            return Reply(title=f"Who said: {request.args}", items=(item,), total=1)
        if request.command == "claims":
            items = tuple(
                Item(
                    kind="claim",
                    title="unconfirmed",
                    body=f"Claim number {n}",
                    fields=(Field("Reason", "anonymous officials"),),
                    article=ARTICLE,
                    ref_id=100 + n,
                )
                for n in range(1, min(self.total_claims, 2) + 1)
            )
            return Reply(title="Unconfirmed claims", items=items, total=self.total_claims)
        if request.command == "next":
            item = Item(
                kind="event",
                title="week of 2023-09-11",
                body="Talks resume",
                article=ARTICLE,
                ref_id=3,
            )
            return Reply(title="Expected next", items=(item,), total=1)
        if request.command == "ingest":
            if not request.is_editor:
                return Reply(title="Not allowed", text="Only editors may ingest.", error=True)
            return Reply(
                title="Article added",
                text=f"{len(request.args)} characters read.",
                fields=tuple(Field(k, v) for k, v in sorted(request.options.items())),
            )
        if request.command == "flag":
            return Reply(
                title="Claim flagged", text=f"Claim {request.args} is flagged for checking."
            )
        return Reply(title=request.command.title(), text=f"args={request.args}")

    def seen(self, command: str) -> list[Request]:
        with self.lock:
            return [r for r in self.requests if r.command == command]


@dataclass(frozen=True)
class FakeServices:
    handler: Handler
    settings: Settings


def slack_settings(fake: FakeSlack, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "slack_bot_token": "xoxb-test",
        "slack_signing_secret": SECRET,
        "slack_api_url": fake.api_url,
        "slack_ingest_users": (EDITOR, GROUP),
        "page_size": 2,
    }
    values.update(overrides)
    return Settings(**values)


@dataclass
class SlackApp:
    """The running HTTP-mode app and how to talk to it like Slack does."""

    url: str

    def post(
        self,
        body: str,
        *,
        content_type: str,
        headers: dict[str, str] | None = None,
        sign: bool = True,
    ) -> tuple[int, str]:
        all_headers = {"Content-Type": content_type, **(headers or {})}
        if sign:
            all_headers = {**signed_headers(body, secret=SECRET), **all_headers}
        request = urllib.request.Request(self.url, data=body.encode(), headers=all_headers)
        try:
            with urllib.request.urlopen(request, timeout=PAYLOAD_TIMEOUT) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode()

    def command(
        self,
        name: str,
        text: str,
        *,
        user: str = "UREADER1",
        response_url: str,
        trigger_id: str = "trig-1",
        sign: bool = True,
    ) -> tuple[int, str]:
        form = {
            "command": name,
            "text": text,
            "user_id": user,
            "user_name": "reader",
            "channel_id": "C0NEWS",
            "team_id": "T0NEWSROOM",
            "response_url": response_url,
            "trigger_id": trigger_id,
            "token": "legacy",
        }
        return self.post(
            urlencode(form), content_type="application/x-www-form-urlencoded", sign=sign
        )

    def event(
        self, event: dict[str, Any], *, event_id: str, headers: dict[str, str] | None = None
    ) -> tuple[int, str]:
        body = {
            "token": "legacy",
            "team_id": "T0NEWSROOM",
            "api_app_id": "A0NEWSROOM",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": 1_700_000_000,
            "event": event,
            "authorizations": [{"team_id": "T0NEWSROOM", "user_id": "UBOT0001", "is_bot": True}],
        }
        return self.post(json.dumps(body), content_type="application/json", headers=headers)

    def interaction(self, payload: dict[str, Any]) -> tuple[int, str]:
        payload = {
            "team": {"id": "T0NEWSROOM"},
            "api_app_id": "A0NEWSROOM",
            "token": "legacy",
            **payload,
        }
        return self.post(
            urlencode({"payload": json.dumps(payload)}),
            content_type="application/x-www-form-urlencoded",
        )
