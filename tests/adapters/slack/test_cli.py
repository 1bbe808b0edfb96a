"""`newsroom-bot slack` itself, as a process: Socket Mode against the fake, the real core."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from adapters.slack.fake import FakeSlack

START_TIMEOUT = 60.0  # importing spaCy and building the store on a busy 2-core machine


@pytest.fixture
def bot_process(fake_slack: FakeSlack, tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "NEWSROOM_"))},
        "SLACK_BOT_TOKEN": "xoxb-cli",
        "SLACK_APP_TOKEN": "xapp-cli",
        "SLACK_SIGNING_SECRET": "",
        "NEWSROOM_SLACK_API_URL": fake_slack.api_url,
        "NEWSROOM_DATABASE_URL": f"sqlite:///{tmp_path}/cli.db",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "slack"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    yield process
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def test_newsroom_bot_slack_runs_socket_mode_and_answers(
    bot_process: subprocess.Popen[bytes], fake_slack: FakeSlack
) -> None:
    try:
        fake_slack.wait_socket(lambda m: m.get("type") == "_connected", timeout=START_TIMEOUT)
    except AssertionError:
        bot_process.terminate()
        _, err = bot_process.communicate(timeout=10)
        raise AssertionError(err.decode()[-2000:]) from None
    (auth,) = fake_slack.calls_to("auth.test")
    assert auth.token == "xoxb-cli"
    assert fake_slack.calls_to("apps.connections.open")[0].token == "xapp-cli"
    payload = {
        "command": "/newsroom",
        "text": "status",
        "user_id": "U1",
        "channel_id": "C1",
        "response_url": fake_slack.response_url("cli"),
        "trigger_id": "t",
    }
    fake_slack.send_envelope(
        {
            "envelope_id": "env-cli",
            "type": "slash_commands",
            "accepts_response_payload": True,
            "payload": payload,
        }
    )
    (answer,) = fake_slack.wait_for("response_url", timeout=20)
    assert answer.params["response_type"] == "ephemeral"
    assert answer.params["text"].startswith("Newsroom bot status")  # the real core answered
