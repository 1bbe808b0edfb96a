"""`newsroom-bot slack` itself, as a process, in both modes, against the fake and the real core."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from slack_harness import SECRET, SlackApp

from adapters.slack.fake import FakeSlack

START_TIMEOUT = 60.0  # importing spaCy and building the store on a busy 2-core machine
Launcher = Callable[[dict[str, str]], subprocess.Popen[bytes]]


@pytest.fixture
def launch(fake_slack: FakeSlack, tmp_path: Path) -> Iterator[Launcher]:
    processes: list[subprocess.Popen[bytes]] = []

    def start(extra: dict[str, str]) -> subprocess.Popen[bytes]:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "NEWSROOM_"))},
            "SLACK_BOT_TOKEN": "xoxb-cli",
            "NEWSROOM_SLACK_API_URL": fake_slack.api_url,
            "NEWSROOM_DATABASE_URL": f"sqlite:///{tmp_path}/cli.db",
            **extra,
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "slack"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        processes.append(process)
        return process

    yield start
    for process in processes:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _failure(process: subprocess.Popen[bytes]) -> AssertionError:
    process.terminate()
    _, err = process.communicate(timeout=10)
    return AssertionError(err.decode()[-2000:])


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_socket_mode_process_connects_and_answers(launch: Launcher, fake_slack: FakeSlack) -> None:
    process = launch({"SLACK_APP_TOKEN": "xapp-cli", "SLACK_SIGNING_SECRET": ""})
    try:
        fake_slack.wait_socket(lambda m: m.get("type") == "_connected", timeout=START_TIMEOUT)
    except AssertionError:
        raise _failure(process) from None
    assert fake_slack.calls_to("auth.test")[0].token == "xoxb-cli"
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


def test_http_mode_process_serves_signed_requests_on_port(
    launch: Launcher, fake_slack: FakeSlack
) -> None:
    port = _free_port()
    process = launch(
        {
            "SLACK_APP_TOKEN": "",
            "SLACK_SIGNING_SECRET": SECRET,
            "PORT": str(port),
            "NEWSROOM_SLACK_HOST": "127.0.0.1",
        }
    )
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as ok:
                assert ok.status == 200
                break
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None or time.monotonic() > deadline:
                raise _failure(process) from None
            time.sleep(0.2)
    slack = SlackApp(f"http://127.0.0.1:{port}/slack/events")
    assert slack.command("/newsroom", "status", response_url=fake_slack.response_url("h"))[0] == 200
    (answer,) = fake_slack.wait_for("response_url", timeout=20)
    assert answer.params["text"].startswith("Newsroom bot status")
    assert slack.command("/newsroom", "status", response_url="x", sign=False)[0] == 401
