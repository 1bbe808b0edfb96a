"""Events: @mentions answered in a thread, direct messages, and flag reactions."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.slack.runtime import SlackRuntime
from adapters.slack.translate import claim_ids, message_to_request

log = logging.getLogger(__name__)

# Reactions that mean "check this claim" (🚩).
FLAG_REACTIONS = frozenset({"triangular_flag_on_post"})


def fetch_message(client: WebClient, *, channel: str, ts: str) -> dict[str, Any] | None:
    """Return one message by channel and ts, whether top-level or in a thread."""
    try:
        history = client.conversations_history(
            channel=channel, latest=ts, oldest=ts, inclusive=True, limit=1
        )
        messages: list[dict[str, Any]] = history.get("messages") or []
        if not any(m.get("ts") == ts for m in messages):
            # Thread replies are not in the channel history; ask for the thread instead.
            replies = client.conversations_replies(
                channel=channel, ts=ts, latest=ts, inclusive=True, limit=1
            )
            messages = replies.get("messages") or []
        found = [m for m in messages if m.get("ts") == ts]
    except SlackApiError as err:
        log.warning("could not read message %s in %s: %s", ts, channel, err.response.get("error"))
        return None
    return found[0] if found else None


def register_events(app: App, rt: SlackRuntime) -> None:
    """Wire mentions, direct messages and flag reactions to the core."""

    @app.event("app_mention")
    def on_mention(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        """Answer an @mention in its thread (events are acknowledged by bolt first)."""
        _answer_message(rt, client, event, context, thread_ts=event.get("thread_ts") or event["ts"])

    @app.event("message")
    def on_message(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        """Answer a direct message; ignore channel chatter, edits and other bots."""
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        _answer_message(rt, client, event, context, thread_ts=event.get("thread_ts"))

    @app.event("reaction_added")
    def on_reaction(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        """Flag the claim in a bot message someone reacted to with 🚩."""
        item = event.get("item") or {}
        if (
            event.get("reaction") not in FLAG_REACTIONS
            or item.get("type") != "message"
            or event.get("item_user") != context.bot_user_id
        ):
            return
        found = fetch_message(client, channel=item["channel"], ts=item["ts"])
        blocks = (found or {}).get("blocks") or []
        message = rt.flag_claims(
            claim_ids(blocks), blocks, user_id=event["user"], channel_id=item["channel"]
        )
        client.chat_postEphemeral(
            channel=item["channel"],
            user=event["user"],
            thread_ts=(found or {}).get("thread_ts"),
            **message,
        )


def _answer_message(
    rt: SlackRuntime,
    client: WebClient,
    event: dict[str, Any],
    context: BoltContext,
    *,
    thread_ts: str | None,
) -> None:
    user_id = str(event.get("user", ""))
    request = message_to_request(
        event, bot_user_id=context.bot_user_id, is_editor=rt.editors.is_editor(user_id)
    )
    message = rt.message(rt.answer(request), request, visibility="public")
    client.chat_postMessage(
        channel=event["channel"],
        thread_ts=thread_ts,
        unfurl_links=False,
        unfurl_media=False,
        **message,
    )
