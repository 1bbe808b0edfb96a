"""What every listener shares: the core handler and the adapter's helpers, built once."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from adapters.slack.delivery import DeliveryLog, Responder
from adapters.slack.editors import EditorCheck
from adapters.slack.modal import PendingIngests
from adapters.slack.render import Visibility, render
from adapters.slack.translate import CLAIM_BLOCK_PREFIX, flag_request
from bot.commands.types import Handler, Reply, Request
from bot.errors import NewsroomError

log = logging.getLogger(__name__)

REFUSE_INGEST = Reply(
    title="Only editors can add articles",
    text="Ask a workspace admin to add your Slack user id (U…) or one of your user groups (S…) "
    "to NEWSROOM_SLACK_INGEST_USERS.",
    error=True,
)


@dataclass
class SlackRuntime:
    """The core handler plus the adapter's helpers, passed to every listener."""

    handler: Handler
    editors: EditorCheck
    responder: Responder
    pending: PendingIngests
    deliveries: DeliveryLog
    page_size: int = 10

    def answer(self, request: Request) -> Reply:
        """Ask the core; turn any NewsroomError that escapes it into one friendly reply."""
        try:
            return self.handler.handle(request)
        except NewsroomError as err:
            log.info("core refused %s: %s (%s)", request.command, err.user_message(), err.code)
            return Reply(title="Sorry, that did not work", text=err.user_message(), error=True)

    def message(
        self, reply: Reply, request: Request | None = None, *, visibility: Visibility = "ephemeral"
    ) -> dict[str, Any]:
        """Render a reply with this workspace's page size."""
        return render(reply, request=request, visibility=visibility, page_size=self.page_size)

    def flag_claims(
        self,
        ids: Sequence[int],
        blocks: Sequence[dict[str, Any]],
        *,
        user_id: str,
        channel_id: str | None,
    ) -> dict[str, Any]:
        """Flag the one claim a message shows, or return a chooser when it shows several."""
        if not ids:
            return self.message(
                Reply(
                    title="No claim to flag here",
                    text="Flag a bot message that lists claims (from /claims).",
                    error=True,
                )
            )
        if len(ids) == 1:
            reply = self.answer(flag_request(ids[0], user_id=user_id, channel_id=channel_id))
            return self.message(reply)
        chooser = self.message(
            Reply(
                title="Which claim?",
                text=f"This message shows {len(ids)} claims; press “Flag for checking” beside the one to check.",
            )
        )
        # Reuse the claim sections as shown: they carry their own Flag buttons.
        claim_blocks = [
            dict(b) for b in blocks if str(b.get("block_id", "")).startswith(CLAIM_BLOCK_PREFIX)
        ]
        chooser["blocks"] = chooser["blocks"][:2] + claim_blocks[:40]
        return chooser
