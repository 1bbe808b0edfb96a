"""The Slack app over the real core: bootstrap() on a temporary SQLite store, the sample article."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from slack_harness import EDITOR, PAYLOAD_TIMEOUT, SlackApp, slack_settings

from adapters.slack import build_app
from adapters.slack.app import durable_deliveries
from adapters.slack.fake import BOT_USER_ID, FakeSlack
from adapters.slack.server import make_server
from bot.bootstrap import bootstrap
from bot.clock import FixedClock
from bot.nlp import load_model

SEED = Path(__file__).parents[3] / "seeds" / "america-enemies-join-forces.md"
INGEST_TIMEOUT = 90.0  # spaCy parses the article on a shared 2-core machine


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_model()


@pytest.fixture
def real_app(nlp: Any, fake_slack: FakeSlack, tmp_path: Path) -> Iterator[SlackApp]:
    settings = slack_settings(fake_slack, database_url=f"sqlite:///{tmp_path}/t.db", page_size=5)
    services = bootstrap(settings, clock=FixedClock(datetime(2023, 9, 7, 9, 0, tzinfo=UTC)))
    app = build_app(services, deliveries=durable_deliveries(services.engine, clock=services.clock))
    server = make_server(app, host="127.0.0.1", port=0)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield SlackApp(f"http://127.0.0.1:{server.server_address[1]}/slack/events")
    server.shutdown()
    server.server_close()
    thread.join(PAYLOAD_TIMEOUT)


def _ingest_sample(slack: SlackApp, fake: FakeSlack) -> None:
    body = SEED.read_text(encoding="utf-8").split("---", 2)[2].strip()
    slack.command("/ingest", body, user=EDITOR, response_url=fake.response_url("ingest"))
    (opened,) = fake.wait_for("views.open")
    values = {
        "source": {"value": {"type": "plain_text_input", "value": "Sample wire"}},
        "published": {"value": {"type": "datepicker", "selected_date": "2023-09-06"}},
    }
    view = {**opened.params["view"], "id": "V1", "state": {"values": values}}
    slack.interaction({"type": "view_submission", "user": {"id": EDITOR}, "view": view})
    done = fake.wait_for("response_url", count=2, timeout=INGEST_TIMEOUT)[1]
    assert done.params["text"].startswith("Read article #1"), done.params["text"]


def test_ingest_then_ask_from_slack(real_app: SlackApp, fake_slack: FakeSlack) -> None:
    _ingest_sample(real_app, fake_slack)
    real_app.command("/whosaid", "", response_url=fake_slack.response_url("who"))
    answer = fake_slack.wait_for("response_url", count=3)[2]
    sent = json.dumps(answer.params["blocks"], ensure_ascii=False)
    assert answer.params["response_type"] == "ephemeral"
    assert ":newspaper: *America’s Enemies Join Forces* — Sample wire, 2023-09-06" in sent
    # Speaker in bold, then the quote as a block quote (the core's speakers change as it improves).
    assert re.search(r'"text": "\*[^*"]+\*(, _[^"]+_)?\\n>[^"]+"', sent), sent
    assert "Post to channel" in sent


def test_flag_reaction_on_a_claims_answer_flags_once_in_the_store(
    real_app: SlackApp, fake_slack: FakeSlack
) -> None:
    _ingest_sample(real_app, fake_slack)
    real_app.event(
        {
            "type": "app_mention",
            "user": "U1",
            "channel": "C1",
            "ts": "8.0",
            "text": f"<@{BOT_USER_ID}> claims --status all",
        },
        event_id="EvClaims",
    )
    fake_slack.wait_for("chat.postMessage", timeout=10)
    (posted,) = fake_slack.posted()
    ids = [b["block_id"] for b in posted["blocks"] if b.get("block_id", "").startswith("claim:")]
    assert ids, posted["text"]
    # React to a message showing exactly one claim: the reply to /newsroom flag N shows it.
    claim_id = ids[0].split(":")[1]
    real_app.event(
        {
            "type": "app_mention",
            "user": "U1",
            "channel": "C1",
            "ts": "9.0",
            "text": f"<@{BOT_USER_ID}> flag {claim_id}",
        },
        event_id="EvFlag",
    )
    fake_slack.wait_for("chat.postMessage", count=2, timeout=10)
    flagged_msg = fake_slack.posted()[1]
    assert flagged_msg["text"].startswith(f"Flagged claim #{claim_id}")
    reaction = {
        "type": "reaction_added",
        "user": "U2",
        "reaction": "triangular_flag_on_post",
        "item_user": BOT_USER_ID,
        "item": {"type": "message", "channel": "C1", "ts": flagged_msg["ts"]},
    }
    real_app.event(reaction, event_id="EvReact")
    real_app.event(reaction, event_id="EvReact", headers={"X-Slack-Retry-Num": "1"})
    real_app.event(reaction, event_id="EvReact2")  # the same person reacting again
    # The two deliveries are handled concurrently: either may answer first.
    replies = fake_slack.wait_for("chat.postEphemeral", count=2, timeout=10)
    first, second = sorted(replies, key=lambda r: r.params["text"].startswith("You had already"))
    assert first.params["text"].startswith(f"Flagged claim #{claim_id}")
    assert second.params["text"].startswith(f"You had already flagged claim #{claim_id}")
    # U1 flagged it by command, U2 by reaction; U2 reacting again changes nothing.
    assert re.search(r"\*Flagged:\* 2 time", json.dumps(second.params["blocks"]))
