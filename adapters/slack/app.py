"""The composition of the Slack adapter: a bolt App over the core, and how it is run."""

from __future__ import annotations

import logging
from typing import Any, Protocol

from slack_bolt import App, BoltResponse
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.error import BoltError
from slack_sdk import WebClient
from sqlalchemy.engine import Engine

from adapters.slack.commands import register_commands
from adapters.slack.delivery import DeliveryLog, Responder, retry_handlers
from adapters.slack.editors import EditorCheck
from adapters.slack.events import register_events
from adapters.slack.interactions import register_interactions
from adapters.slack.modal import PendingIngests
from adapters.slack.runtime import SlackRuntime
from adapters.slack.server import make_server
from bot.bootstrap import bootstrap
from bot.clock import Clock
from bot.commands.types import Handler, Reply
from bot.config import Settings
from bot.errors import ConfigError, StoreError
from bot.store.writes import record_delivery

log = logging.getLogger(__name__)


class Services(Protocol):
    """The part of ``bot.bootstrap.Services`` the Slack adapter needs."""

    @property
    def handler(self) -> Handler: ...

    @property
    def settings(self) -> Settings: ...


def make_client(settings: Settings) -> WebClient:
    """Return the one Web API client: the configured base URL, bot token and retry policy."""
    if not settings.slack_bot_token:
        raise ConfigError(
            "SLACK_BOT_TOKEN is not set", hint="copy the Bot User OAuth Token; see docs/slack.md"
        )
    base_url = (
        settings.slack_api_url
        if settings.slack_api_url.endswith("/")
        else settings.slack_api_url + "/"
    )
    return WebClient(
        token=settings.slack_bot_token, base_url=base_url, retry_handlers=retry_handlers()
    )


def socket_mode(settings: Settings) -> bool:
    """Return True when an app-level token selects Socket Mode (an empty value counts as unset)."""
    return bool(settings.slack_app_token)


def build_app(
    services: Services, *, client: WebClient | None = None, deliveries: DeliveryLog | None = None
) -> App:
    """Build the bolt App: every command, event and interaction wired to the core handler."""
    settings = services.settings
    client = client or make_client(settings)
    if not socket_mode(settings) and not settings.slack_signing_secret:
        raise ConfigError(
            "SLACK_SIGNING_SECRET is not set",
            hint="HTTP mode needs it; or set SLACK_APP_TOKEN for Socket Mode",
        )
    try:
        app = App(
            name="newsroom-bot",
            client=client,
            signing_secret=settings.slack_signing_secret or "",
            # Socket Mode messages arrive over an authenticated websocket, unsigned.
            request_verification_enabled=not socket_mode(settings),
        )
    except BoltError as err:  # bolt checks the token with auth.test at start-up
        raise ConfigError(
            f"Slack refused SLACK_BOT_TOKEN: {err}",
            hint="reinstall the app and copy the token again",
        ) from err
    rt = SlackRuntime(
        handler=services.handler,
        editors=EditorCheck(settings.slack_ingest_users, client=client),
        responder=Responder(),
        pending=PendingIngests(),
        deliveries=deliveries or DeliveryLog(),
        page_size=settings.page_size,
    )
    _register_dedupe(app, rt.deliveries)
    register_commands(app, rt)
    register_interactions(app, rt)
    register_events(app, rt)
    _register_error_reply(app, rt)
    return app


def _register_dedupe(app: App, deliveries: DeliveryLog) -> None:
    @app.middleware
    def drop_redeliveries(body: dict[str, Any], next: Any) -> BoltResponse | None:
        """Acknowledge a redelivered event (same event_id, X-Slack-Retry-Num set) without answering again."""
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not deliveries.first_delivery(str(event_id)):
            return BoltResponse(status=200, body="")
        return next()


def _register_error_reply(app: App, rt: SlackRuntime) -> None:
    @app.error
    def on_error(error: Exception, body: dict[str, Any]) -> None:
        """Log an unexpected failure and tell the user, when there is somewhere to tell them."""
        log.error("slack listener failed: %r", error, exc_info=error)
        if isinstance(body, dict) and body.get("response_url"):
            rt.responder.send(
                body["response_url"],
                rt.message(
                    Reply(
                        title="Something went wrong",
                        text="The error was logged; please try again.",
                        error=True,
                    )
                ),
                replace_original=False,
            )


def durable_deliveries(engine: Engine, *, clock: Clock) -> DeliveryLog:
    """Return a delivery log that also records event ids in the store (survives restarts)."""

    def record(event_id: str) -> bool:
        try:
            return record_delivery(engine, platform="slack", delivery_id=event_id, now=clock.now())
        except StoreError as err:
            # Answering twice beats never answering: fall back to the in-memory check.
            log.warning("could not record Slack delivery %s: %s", event_id, err.user_message())
            return True

    return DeliveryLog(durable=record)


def run(settings: Settings) -> None:
    """Run the Slack bot: Socket Mode with an app-level token, else HTTP on PORT (blocks)."""
    services = bootstrap(settings)
    app = build_app(services, deliveries=durable_deliveries(services.engine, clock=services.clock))
    if socket_mode(settings):
        log.info("Slack: Socket Mode")
        SocketModeHandler(app, app_token=settings.slack_app_token).start()
        return
    server = make_server(app, host=settings.slack_host, port=settings.port)
    log.info("Slack: HTTP mode on %s:%s/slack/events", settings.slack_host, settings.port)
    try:
        server.serve_forever()
    finally:
        server.server_close()
