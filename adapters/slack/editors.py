"""Who may change the store from Slack: listed users, or members of listed user groups."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackRequestError

log = logging.getLogger(__name__)


class EditorCheck:
    """Answer "is this user an editor?" from ``slack_ingest_users`` (U… users, S… groups)."""

    def __init__(
        self,
        allowed: Iterable[str],
        *,
        client: WebClient,
        ttl: float = 300.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        entries = [a.strip() for a in allowed if a.strip()]
        self._users = frozenset(a for a in entries if not a.startswith("S"))
        self._groups = tuple(a for a in entries if a.startswith("S"))
        self._client = client
        self._ttl = ttl
        self._monotonic = monotonic
        self._cache: dict[str, tuple[float, frozenset[str]]] = {}
        self._lock = threading.Lock()

    def is_editor(self, user_id: str) -> bool:
        """Return True when the user is listed or belongs to a listed user group."""
        if user_id in self._users:
            return True
        return any(user_id in self._members(group) for group in self._groups)

    def _members(self, group: str) -> frozenset[str]:
        now = self._monotonic()
        with self._lock:
            cached = self._cache.get(group)
        if cached is not None and now - cached[0] < self._ttl:
            return cached[1]
        try:
            response = self._client.usergroups_users_list(usergroup=group)
            users: list[str] = response.get("users") or []
            members = frozenset(str(u) for u in users)
        except (SlackApiError, SlackRequestError) as err:
            # Fail closed: an unreadable group grants nobody the right to ingest.
            log.warning("could not read user group %s: %s", group, err)
            return frozenset()
        with self._lock:
            self._cache[group] = (now, members)
        return members
