"""Socket Mode end to end: the fake answers apps.connections.open and pushes envelopes over a websocket."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_harness import FakeCore, FakeServices, slack_settings

from adapters.slack import build_app
from adapters.slack.app import socket_mode
from adapters.slack.fake import BOT_USER_ID, FakeSlack
from bot.errors import ConfigError


@pytest.fixture
def connected(fake_slack: FakeSlack, core: FakeCore) -> Iterator[SocketModeHandler]:
    settings = slack_settings(fake_slack, slack_app_token="xapp-test", slack_signing_secret=None)
    handler = SocketModeHandler(build_app(FakeServices(core, settings)), app_token="xapp-test")
    handler.connect()
    yield handler
    handler.close()


def test_empty_app_token_means_http_mode(fake_slack: FakeSlack) -> None:
    assert not socket_mode(slack_settings(fake_slack, slack_app_token=""))
    assert socket_mode(slack_settings(fake_slack, slack_app_token="xapp-1"))


def test_slash_command_over_socket_mode_is_acked_and_answered(
    connected: SocketModeHandler, fake_slack: FakeSlack, core: FakeCore
) -> None:
    (opened,) = fake_slack.calls_to("apps.connections.open")
    assert opened.token == "xapp-test"
    payload = {
        "command": "/whosaid",
        "text": "Sullivan",
        "user_id": "U1",
        "channel_id": "C1",
        "response_url": fake_slack.response_url("sock"),
        "trigger_id": "t",
    }
    fake_slack.send_envelope(
        {
            "envelope_id": "env-1",
            "type": "slash_commands",
            "accepts_response_payload": True,
            "payload": payload,
        }
    )
    ack = fake_slack.wait_socket(lambda m: m.get("envelope_id") == "env-1")
    assert "payload" not in ack or not ack["payload"]
    (answer,) = fake_slack.wait_for("response_url")
    assert answer.params["response_type"] == "ephemeral"
    assert core.seen("whosaid")[0].args == "Sullivan"


def test_mention_over_socket_mode_is_answered_in_thread_and_retries_dropped(
    connected: SocketModeHandler, fake_slack: FakeSlack, core: FakeCore
) -> None:
    event = {
        "type": "event_callback",
        "event_id": "EvS",
        "team_id": "T0NEWSROOM",
        "event": {
            "type": "app_mention",
            "user": "U1",
            "channel": "C1",
            "ts": "4.2",
            "text": f"<@{BOT_USER_ID}> what next?",
        },
    }
    for n, envelope_id in enumerate(["env-2", "env-3"]):
        fake_slack.send_envelope(
            {
                "envelope_id": envelope_id,
                "type": "events_api",
                "payload": event,
                "retry_attempt": n,
                "retry_reason": "",
            }
        )
        fake_slack.wait_socket(lambda m, e=envelope_id: m.get("envelope_id") == e)
    (post,) = fake_slack.wait_for("chat.postMessage")
    time.sleep(0.2)  # give a wrongly accepted retry the chance to show up
    assert post.params["thread_ts"] == "4.2" and len(fake_slack.calls_to("chat.postMessage")) == 1
    assert [r.args for r in core.requests] == ["what next?"]


def test_a_revoked_token_is_a_config_error(fake_slack: FakeSlack, core: FakeCore) -> None:
    fake_slack.answer("auth.test", {"ok": False, "error": "invalid_auth"})
    with pytest.raises(ConfigError, match="Slack refused SLACK_BOT_TOKEN"):
        build_app(FakeServices(core, slack_settings(fake_slack)))


def test_http_mode_needs_a_signing_secret(fake_slack: FakeSlack, core: FakeCore) -> None:
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
        build_app(FakeServices(core, slack_settings(fake_slack, slack_signing_secret=None)))
