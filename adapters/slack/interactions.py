"""Buttons and the message shortcut: page, post to channel, flag a claim."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App

from adapters.slack.render import ACTION_FLAG, ACTION_PAGE, ACTION_POST
from adapters.slack.runtime import SlackRuntime
from adapters.slack.translate import claim_ids, decode_request, flag_request

FLAG_SHORTCUT = "newsroom_flag_claim"


def _channel(body: dict[str, Any]) -> str | None:
    return (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")


def register_interactions(app: App, rt: SlackRuntime) -> None:
    """Wire the reply buttons and the "Flag claim for checking" shortcut."""

    @app.action(ACTION_PAGE)
    def on_page(ack: Ack, body: dict[str, Any], action: dict[str, Any]) -> None:
        """Show another page: in place when the answer was private, privately otherwise."""
        ack()
        request = decode_request(
            action["value"], user_id=body["user"]["id"], channel_id=_channel(body)
        )
        message = rt.message(rt.answer(request), request)
        in_place = bool((body.get("container") or {}).get("is_ephemeral"))
        rt.responder.send(body["response_url"], message, replace_original=in_place)

    @app.action(ACTION_POST)
    def on_post(ack: Ack, body: dict[str, Any], action: dict[str, Any]) -> None:
        """Post a private answer to the channel, then remove the private copy."""
        ack()
        request = decode_request(
            action["value"], user_id=body["user"]["id"], channel_id=_channel(body)
        )
        message = rt.message(rt.answer(request), request, visibility="public")
        url = body["response_url"]
        if rt.responder.send(url, message, response_type="in_channel", replace_original=False):
            rt.responder.delete_original(url)

    @app.action(ACTION_FLAG)
    def on_flag_button(ack: Ack, body: dict[str, Any], action: dict[str, Any]) -> None:
        """Flag the claim beside the pressed button."""
        ack()
        request = flag_request(
            int(action["value"]), user_id=body["user"]["id"], channel_id=_channel(body)
        )
        rt.responder.send(
            body["response_url"], rt.message(rt.answer(request)), replace_original=False
        )

    @app.shortcut(FLAG_SHORTCUT)
    def on_flag_shortcut(ack: Ack, shortcut: dict[str, Any]) -> None:
        """Flag the claim in a bot message (message shortcut "Flag claim for checking")."""
        ack()
        blocks = (shortcut.get("message") or {}).get("blocks") or []
        message = rt.flag_claims(
            claim_ids(blocks), blocks, user_id=shortcut["user"]["id"], channel_id=_channel(shortcut)
        )
        rt.responder.send(shortcut["response_url"], message, replace_original=False)
