"""The ingest modal: build the view, read a submission, hold pasted text meanwhile."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from adapters.slack.mrkdwn import escape, truncate

INGEST_CALLBACK = "newsroom_ingest"
INPUT_CHARS = 3000  # plain_text_input's maximum; longer articles come after /ingest or as a URL
# A response_url lives 30 minutes, so a half-filled form is no use after that.
PENDING_TTL = 30 * 60.0


@dataclass(frozen=True)
class PendingIngest:
    """What a slash command brought in, kept while the editor fills in the modal."""

    text: str
    response_url: str
    channel_id: str | None
    created: float


class PendingIngests:
    """Pasted article text keyed by a random token (modal metadata holds only 3,000 chars)."""

    def __init__(self, *, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._items: dict[str, PendingIngest] = {}
        self._monotonic = monotonic
        self._lock = threading.Lock()

    def put(self, *, text: str, response_url: str, channel_id: str | None) -> str:
        """Keep a pending ingest and return its key."""
        key = secrets.token_urlsafe(12)
        now = self._monotonic()
        with self._lock:
            self._items = {k: v for k, v in self._items.items() if now - v.created < PENDING_TTL}
            self._items[key] = PendingIngest(text, response_url, channel_id, now)
        return key

    def pop(self, key: str) -> PendingIngest | None:
        """Take a pending ingest out, or None when unknown or expired."""
        with self._lock:
            item = self._items.pop(key, None)
        if item is None or self._monotonic() - item.created >= PENDING_TTL:
            return None
        return item


def _plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text}


def _text_input(
    block_id: str,
    label: str,
    *,
    multiline: bool = False,
    optional: bool = True,
    hint: str | None = None,
) -> dict[str, Any]:
    block: dict[str, Any] = {
        "type": "input",
        "block_id": block_id,
        "optional": optional,
        "label": _plain(label),
        "element": {
            "type": "plain_text_input",
            "action_id": "value",
            "multiline": multiline,
            "max_length": INPUT_CHARS,
        },
    }
    if hint:
        block["hint"] = _plain(hint)
    return block


def ingest_modal(*, key: str, pasted: str) -> dict[str, Any]:
    """Return the modal asking for title, source and date (and the text, if none was pasted)."""
    if pasted:
        first = truncate(" ".join(pasted.split()), 200)
        body: dict[str, Any] = {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": f"*Article* ({len(pasted):,} characters): {escape(first)}",
                }
            ],
        }
    else:
        body = _text_input(
            "body",
            "Article text or URL",
            multiline=True,
            optional=False,
            hint="Longer articles: paste them after /ingest, or give the URL.",
        )
    return {
        "type": "modal",
        "callback_id": INGEST_CALLBACK,
        "private_metadata": key,
        "title": _plain("Add an article"),
        "submit": _plain("Ingest"),
        "close": _plain("Cancel"),
        "blocks": [
            body,
            _text_input("title", "Title", hint="Leave empty to take it from the article."),
            _text_input("source", "Source", hint="The publication, e.g. Reuters."),
            {
                "type": "input",
                "block_id": "published",
                "optional": True,
                "label": _plain("Publication date"),
                "hint": _plain("Times like 'next week' are resolved against this date."),
                "element": {"type": "datepicker", "action_id": "value"},
            },
        ],
    }


def read_submission(view: Mapping[str, Any]) -> tuple[str, dict[str, str]]:
    """Return the typed article text (if any) and the options from a submitted ingest modal."""
    values: Mapping[str, Any] = view.get("state", {}).get("values", {})

    def value(block_id: str) -> str:
        element = values.get(block_id, {}).get("value", {})
        return str(element.get("value") or element.get("selected_date") or "").strip()

    options = {name: value(name) for name in ("title", "source", "published")}
    return value("body"), {k: v for k, v in options.items() if v}
