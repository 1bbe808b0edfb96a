"""Fixtures: the fake Slack, a fake core, and the real bolt app served over HTTP on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from slack_harness import (
    GROUP,
    GROUP_MEMBER,
    PAYLOAD_TIMEOUT,
    FakeCore,
    FakeServices,
    SlackApp,
    slack_settings,
)

from adapters.slack import build_app
from adapters.slack.fake import FakeSlack
from adapters.slack.server import make_server


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack(groups={GROUP: [GROUP_MEMBER]}).start()
    yield fake
    fake.stop()


@pytest.fixture
def core() -> FakeCore:
    return FakeCore()


@pytest.fixture
def slack_app(fake_slack: FakeSlack, core: FakeCore) -> Iterator[SlackApp]:
    app = build_app(FakeServices(core, slack_settings(fake_slack)))
    server = make_server(app, host="127.0.0.1", port=0)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield SlackApp(f"http://127.0.0.1:{server.server_address[1]}/slack/events")
    server.shutdown()
    server.server_close()
    thread.join(PAYLOAD_TIMEOUT)
