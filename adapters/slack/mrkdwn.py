"""Slack's text format at the edge: escape what we send, unwrap what users send."""

from __future__ import annotations

import re

# Bare broadcast words: Slack only links them with ``link_names``, but a zero-width
# space after the "@" keeps them inert even if a workspace or client is lenient.
_BARE_BROADCAST = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)
# Slack's encoded entities in incoming text: <@U1|name>, <#C1|name>, <!here>, <url|label>.
_ENTITY = re.compile(r"<([^<>]*)>")


def escape(text: str) -> str:
    """Escape text for mrkdwn so nothing in it can ping, link or format as a control."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BARE_BROADCAST.sub("@\u200b\\1", escaped)


def link(url: str, label: str) -> str:
    """Return a mrkdwn link whose label is escaped; fall back to the label for odd URLs."""
    if not url.startswith(("http://", "https://")) or any(c in url for c in "|<> "):
        return escape(label)
    return f"<{url.replace('&', '&amp;')}|{escape(label).replace('|', '¦')}>"


def truncate(text: str, limit: int) -> str:
    """Cut text to at most ``limit`` characters, ending with an ellipsis when cut."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rstrip() + "…"


def _unwrap(match: re.Match[str]) -> str:
    inner = match.group(1)
    target, _, label = inner.partition("|")
    if target.startswith("@"):
        return "@" + (label or target[1:])
    if target.startswith("#"):
        return "#" + (label or target[1:])
    if target.startswith("!"):
        return "@" + (label or target[1:].split("^")[0])
    return target  # a link: keep the URL itself, the core may fetch it


def from_slack(text: str) -> str:
    """Turn Slack-encoded user text into plain text for the core."""
    plain = _ENTITY.sub(_unwrap, text)
    return plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()


def strip_mention(text: str, bot_user_id: str | None) -> str:
    """Remove the leading ``<@BOT>`` mention (and any others of the bot) from a message."""
    if not bot_user_id:
        return text
    return re.sub(rf"<@{re.escape(bot_user_id)}(\|[^>]*)?>", " ", text).strip()
