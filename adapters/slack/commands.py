"""Slash commands and the ingest modal: ack at once, answer through the response_url."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from adapters.slack.modal import INGEST_CALLBACK, ingest_modal, read_submission
from adapters.slack.runtime import REFUSE_INGEST, SlackRuntime
from adapters.slack.translate import NEWSROOM_COMMAND, PLATFORM, SLASH_COMMANDS, to_request
from bot.commands.types import Reply, Request

COMMAND_NAMES = re.compile(
    "^(" + "|".join(re.escape(n) for n in [*SLASH_COMMANDS, NEWSROOM_COMMAND]) + ")$"
)


def register_commands(app: App, rt: SlackRuntime) -> None:
    """Wire every slash command and the ingest modal to the core."""

    @app.command(COMMAND_NAMES)
    def on_command(ack: Ack, command: dict[str, Any], client: WebClient) -> None:
        """Answer a slash command ephemerally, with a button to post it to the channel."""
        ack()  # within 3 s, before anything slow; the answer goes to the response_url
        request = to_request(command, is_editor=rt.editors.is_editor(command["user_id"]))
        if request.command == "ingest":
            _open_ingest(rt, client, command, request)
            return
        reply = rt.answer(request)
        rt.responder.send(command["response_url"], rt.message(reply, request))

    @app.view(INGEST_CALLBACK)
    def on_ingest_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        """Ingest the article from a submitted modal and report through the command's response_url."""
        pending = rt.pending.pop(view.get("private_metadata", ""))
        typed, options = read_submission(view)
        if pending is None:
            ack(
                response_action="errors",
                errors={"title": "This form has expired; run /ingest again."},
            )
            return
        ack()
        user_id = body["user"]["id"]
        request = Request(
            command="ingest",
            args=pending.text or typed,
            options=options,
            user_id=user_id,
            channel_id=pending.channel_id,
            platform=PLATFORM,
            is_editor=rt.editors.is_editor(user_id),
        )
        rt.responder.send(pending.response_url, {"text": "Reading the article…"})
        reply = rt.answer(request)
        rt.responder.send(pending.response_url, rt.message(reply))


def _open_ingest(
    rt: SlackRuntime, client: WebClient, command: dict[str, Any], request: Request
) -> None:
    if not request.is_editor:
        rt.responder.send(command["response_url"], rt.message(REFUSE_INGEST))
        return
    key = rt.pending.put(
        text=request.args, response_url=command["response_url"], channel_id=request.channel_id
    )
    try:
        client.views_open(
            trigger_id=command["trigger_id"], view=ingest_modal(key=key, pasted=request.args)
        )
    except SlackApiError as err:
        # Usually an expired trigger (over 3 s): the editor just has to run it again.
        rt.pending.pop(key)
        reason = err.response.get("error", "unknown error")
        failed = Reply(
            title="Could not open the ingest form",
            text=f"Slack said {reason}; please run /ingest again.",
            error=True,
        )
        rt.responder.send(command["response_url"], rt.message(failed))
