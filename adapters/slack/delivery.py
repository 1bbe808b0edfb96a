"""Getting answers out once: response_url posts with rate-limit retries, and event dedupe."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.handler import RetryHandler
from slack_sdk.webhook import WebhookClient

log = logging.getLogger(__name__)


def retry_handlers() -> list[RetryHandler]:
    """Return the retry policy every Slack call uses: reconnect once, wait out 429s twice."""
    return [
        ConnectionErrorRetryHandler(max_retry_count=1),
        RateLimitErrorRetryHandler(max_retry_count=2),
    ]


class Responder:
    """Post messages to a payload's ``response_url``, exactly as Slack gave it."""

    def __init__(self, *, timeout: int = 10) -> None:
        self._timeout = timeout

    def send(
        self,
        response_url: str,
        message: dict[str, Any],
        *,
        response_type: str = "ephemeral",
        replace_original: bool | None = None,
    ) -> bool:
        """Post one message to a response_url; return whether Slack accepted it."""
        client = WebhookClient(
            url=response_url, timeout=self._timeout, retry_handlers=retry_handlers()
        )
        body = {**message, "response_type": response_type}
        if replace_original is not None:
            body["replace_original"] = replace_original
        response = client.send_dict(body)
        if response.status_code != 200:
            log.warning("response_url answered %s: %s", response.status_code, response.body)
        return response.status_code == 200

    def delete_original(self, response_url: str) -> bool:
        """Delete the (ephemeral) message a response_url belongs to."""
        client = WebhookClient(
            url=response_url, timeout=self._timeout, retry_handlers=retry_handlers()
        )
        return client.send_dict({"delete_original": True}).status_code == 200


class DeliveryLog:
    """Remember recent event ids so a redelivered event is answered once.

    Slack resends an event (with ``X-Slack-Retry-Num``) when it thinks we were slow;
    the event id stays the same. ``durable`` optionally also records it in the store,
    so a restart between two deliveries does not answer twice either.
    """

    def __init__(
        self, *, capacity: int = 10_000, durable: Callable[[str], bool] | None = None
    ) -> None:
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._capacity = capacity
        self._durable = durable
        self._lock = threading.Lock()

    def first_delivery(self, event_id: str) -> bool:
        """Record an event id; return True only the first time it is seen."""
        with self._lock:
            if event_id in self._seen:
                return False
            self._seen[event_id] = None
            if len(self._seen) > self._capacity:
                self._seen.popitem(last=False)
        return self._durable(event_id) if self._durable is not None else True
