"""End to end over HTTP: buttons, paging, posting to the channel, flagging claims."""

from __future__ import annotations

import json
from typing import Any

from slack_harness import FakeCore, SlackApp

from adapters.slack.fake import BOT_USER_ID, FakeSlack
from adapters.slack.render import ACTION_FLAG, ACTION_PAGE, ACTION_POST


def _dump(blocks: list[dict[str, Any]]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def _button(
    blocks: list[dict[str, Any]], action_id: str, text: str | None = None
) -> dict[str, Any]:
    for block in blocks:
        elements = (
            block.get("elements", []) if block["type"] == "actions" else [block.get("accessory")]
        )
        for element in elements:
            if (
                element
                and element.get("action_id") == action_id
                and (text is None or element["text"]["text"] == text)
            ):
                return element
    raise AssertionError(f"no {action_id} button in {json.dumps(blocks)}")


def _click(
    slack_app: SlackApp, button: dict[str, Any], *, response_url: str, ephemeral: bool = True
) -> None:
    payload = {
        "type": "block_actions",
        "user": {"id": "UREADER2"},
        "channel": {"id": "C0NEWS"},
        "container": {"type": "message", "channel_id": "C0NEWS", "is_ephemeral": ephemeral},
        "response_url": response_url,
        "trigger_id": "trig-2",
        "actions": [{**button, "block_id": "b", "action_ts": "1.0", "type": "button"}],
    }
    assert slack_app.interaction(payload)[0] == 200


def test_post_to_channel_reposts_publicly_and_removes_the_private_copy(
    slack_app: SlackApp, fake_slack: FakeSlack, core: FakeCore
) -> None:
    slack_app.command("/nextevent", "talks", response_url=fake_slack.response_url("first"))
    (private,) = fake_slack.wait_for("response_url")
    _click(
        slack_app,
        _button(private.params["blocks"], ACTION_POST),
        response_url=fake_slack.response_url("click"),
    )
    _, public, delete = fake_slack.wait_for("response_url", count=3)
    assert public.params["response_type"] == "in_channel"
    assert public.params["replace_original"] is False
    assert "Post to channel" not in json.dumps(public.params["blocks"])
    assert delete.params == {"delete_original": True}
    assert [r.command for r in core.requests] == ["next", "next"]
    assert core.requests[1].user_id == "UREADER2"


def test_next_page_asks_the_core_for_page_two_and_replaces_the_private_answer(
    slack_app: SlackApp, fake_slack: FakeSlack, core: FakeCore
) -> None:
    core.total_claims = 5  # page_size is 2 in these settings
    slack_app.command("/claims", "sanctions", response_url=fake_slack.response_url("p1"))
    (first,) = fake_slack.wait_for("response_url")
    assert "Showing 1–2 of 5" in _dump(first.params["blocks"])
    _click(
        slack_app,
        _button(first.params["blocks"], ACTION_PAGE, "Next page"),
        response_url=fake_slack.response_url("p2"),
    )
    _, second = fake_slack.wait_for("response_url", count=2)
    assert second.params["replace_original"] is True
    assert "Showing 3–4 of 5" in _dump(second.params["blocks"])
    assert [r.options.get("page") for r in core.seen("claims")] == [None, "2"]
    assert core.seen("claims")[1].args == "sanctions"


def test_flag_button_flags_that_claim(
    slack_app: SlackApp, fake_slack: FakeSlack, core: FakeCore
) -> None:
    slack_app.command("/claims", "", response_url=fake_slack.response_url("c"))
    (answer,) = fake_slack.wait_for("response_url")
    claim_blocks = [
        b for b in answer.params["blocks"] if b.get("block_id", "").startswith("claim:")
    ]
    assert [b["block_id"] for b in claim_blocks] == ["claim:101", "claim:102"]
    _click(slack_app, claim_blocks[1]["accessory"], response_url=fake_slack.response_url("f"))
    _, flagged = fake_slack.wait_for("response_url", count=2)
    assert "Claim 102 is flagged" in flagged.params["text"]
    assert flagged.params["replace_original"] is False
    (request,) = core.seen("flag")
    assert (request.args, request.user_id) == ("102", "UREADER2")
    assert claim_blocks[1]["accessory"]["action_id"] == ACTION_FLAG


def test_flag_reaction_on_a_bot_claim_message_flags_it_once(
    slack_app: SlackApp, fake_slack: FakeSlack, core: FakeCore
) -> None:
    core.total_claims = 1
    slack_app.event(
        {
            "type": "app_mention",
            "user": "U1",
            "channel": "C1",
            "ts": "9.0",
            "text": f"<@{BOT_USER_ID}> claims",
        },
        event_id="EvM",
    )
    fake_slack.wait_for("chat.postMessage")
    (posted,) = fake_slack.posted()
    reaction = {
        "type": "reaction_added",
        "user": "UCHECKER",
        "reaction": "triangular_flag_on_post",
        "item_user": BOT_USER_ID,
        "item": {"type": "message", "channel": "C1", "ts": posted["ts"]},
    }
    slack_app.event(reaction, event_id="EvR")
    slack_app.event(reaction, event_id="EvR", headers={"X-Slack-Retry-Num": "1"})
    slack_app.event({**reaction, "reaction": "thumbsup"}, event_id="EvT")
    (ephemeral,) = fake_slack.wait_for("chat.postEphemeral")
    assert ephemeral.params["user"] == "UCHECKER" and ephemeral.params["channel"] == "C1"
    assert "Claim 101 is flagged" in ephemeral.params["text"]
    assert [r.args for r in core.seen("flag")] == ["101"]


def test_flag_shortcut_on_a_message_with_several_claims_offers_a_choice(
    slack_app: SlackApp, fake_slack: FakeSlack, core: FakeCore
) -> None:
    slack_app.command("/claims", "", response_url=fake_slack.response_url("c"))
    (answer,) = fake_slack.wait_for("response_url")
    shortcut = {
        "type": "message_action",
        "callback_id": "newsroom_flag_claim",
        "user": {"id": "UCHECKER"},
        "channel": {"id": "C0NEWS"},
        "message": {"ts": "3.0", "blocks": answer.params["blocks"]},
        "response_url": fake_slack.response_url("s"),
        "trigger_id": "t",
    }
    assert slack_app.interaction(shortcut)[0] == 200
    _, chooser = fake_slack.wait_for("response_url", count=2)
    assert "Which claim?" in chooser.params["text"]
    ids = [b["block_id"] for b in chooser.params["blocks"] if "accessory" in b]
    assert ids == ["claim:101", "claim:102"]
    assert core.seen("flag") == []
