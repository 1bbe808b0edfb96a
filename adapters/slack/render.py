"""Core replies out, Block Kit in: a pure ``render`` within Slack's limits."""

from __future__ import annotations

from typing import Any, Literal

from adapters.slack.mrkdwn import escape, link, truncate
from adapters.slack.translate import CLAIM_BLOCK_PREFIX, encode_request, with_page
from bot.commands.types import ArticleRef, Item, Reply, Request

Block = dict[str, Any]
Visibility = Literal["ephemeral", "public"]

# Slack's limits (docs.slack.dev/reference/block-kit): blocks per message, characters
# per section text / field / context element, and what we keep the fallback text under.
MAX_BLOCKS = 50
SECTION_CHARS = 3000
FIELD_CHARS = 2000
MAX_FIELDS = 10
MAX_CONTEXT_ELEMENTS = 10
FALLBACK_CHARS = 3000
# Blocks kept free for the header, intro, fields, notes, count line and buttons.
RESERVED_BLOCKS = 6

ACTION_PAGE = "newsroom_page"
ACTION_POST = "newsroom_post"
ACTION_FLAG = "newsroom_flag"


def _section(text: str, *, block_id: str | None = None) -> Block:
    block: Block = {
        "type": "section",
        "text": {"type": "mrkdwn", "text": truncate(text, SECTION_CHARS)},
    }
    if block_id:
        block["block_id"] = block_id
    return block


def _context(parts: list[str]) -> Block:
    elements = [{"type": "mrkdwn", "text": truncate(p, FIELD_CHARS)} for p in parts if p]
    return {"type": "context", "elements": elements[:MAX_CONTEXT_ELEMENTS]}


def _button(text: str, *, action_id: str, value: str, style: str | None = None) -> Block:
    button: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": text},
        "action_id": action_id,
        "value": value,
    }
    if style:
        button["style"] = style
    return button


def cite(article: ArticleRef) -> str:
    """Return the mrkdwn line naming an article: linked title, source and date."""
    when = article.published.isoformat() + (
        " (date estimated)" if article.published_estimated else ""
    )
    title = link(article.url, article.title) if article.url else f"*{escape(article.title)}*"
    return f":newspaper: {title} — {escape(article.source or 'unknown source')}, {when}"


def _role(item: Item) -> str | None:
    return next((f.value for f in item.fields if f.name.lower() == "role"), None)


def render_item(item: Item) -> list[Block]:
    """Render one quote, claim, event or article as blocks (a section, then a context line)."""
    if item.kind == "quote":
        role = _role(item)
        speaker = f"*{escape(item.title)}*" + (f", _{escape(role)}_" if role else "")
        quoted = "\n".join(">" + escape(line) for line in item.body.splitlines() or [""])
        main = _section(f"{speaker}\n{quoted}")
        extra = [f for f in item.fields if f.name.lower() != "role"]
    else:
        main = _section(f"*{escape(item.title)}*\n{escape(item.body)}".strip())
        extra = list(item.fields)
    if item.kind == "claim" and item.ref_id is not None:
        # The claim id rides in the block id so reactions and shortcuts can flag it later.
        main["block_id"] = f"{CLAIM_BLOCK_PREFIX}{item.ref_id}"
        main["accessory"] = _button(
            "Flag for checking", action_id=ACTION_FLAG, value=str(item.ref_id)
        )
    parts = [f"*{escape(f.name)}:* {escape(f.value)}" for f in extra]
    if item.article is not None:
        # The citation must survive the context block's element limit.
        parts = [*parts[: MAX_CONTEXT_ELEMENTS - 1], cite(item.article)]
    return [main, _context(parts)] if parts else [main]


def _fallback(reply: Reply, items: tuple[Item, ...], count_line: str | None) -> str:
    lines = [escape(reply.title)]
    if reply.text:
        lines.append(escape(reply.text))
    for item in items:
        source = f" ({escape(item.article.cite())})" if item.article else ""
        lines.append(f"• {escape(item.title)}: {escape(item.body)}{source}")
    if count_line:
        lines.append(count_line)
    return truncate("\n".join(lines), FALLBACK_CHARS)


def _buttons(
    request: Request | None, *, page: int, has_next: bool, visibility: Visibility
) -> list[Block]:
    if request is None:
        return []
    wanted: list[tuple[str, str, str | None, str | None]] = []
    if page > 1:
        wanted.append(
            ("Previous page", ACTION_PAGE, encode_request(with_page(request, page - 1)), None)
        )
    if has_next:
        wanted.append(
            ("Next page", ACTION_PAGE, encode_request(with_page(request, page + 1)), None)
        )
    if visibility == "ephemeral":
        wanted.append(("Post to channel", ACTION_POST, encode_request(request), "primary"))
    return [_button(t, action_id=a, value=v, style=s) for t, a, v, s in wanted if v is not None]


def _page(request: Request | None) -> int:
    raw = request.options.get("page", "1") if request else "1"
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def render(
    reply: Reply,
    *,
    request: Request | None = None,
    visibility: Visibility = "ephemeral",
    page_size: int = 10,
) -> dict[str, Any]:
    """Render a reply as a Slack message: Block Kit ``blocks`` plus a plain ``text`` fallback."""
    icon = ":warning: " if reply.error else ""
    blocks: list[Block] = [_section(f"{icon}*{escape(reply.title)}*")]
    if reply.text:
        blocks.append(_section(escape(reply.text)))
    if reply.fields:
        blocks.append(
            {
                "type": "section",
                "fields": [
                    {
                        "type": "mrkdwn",
                        "text": truncate(f"*{escape(f.name)}*\n{escape(f.value)}", FIELD_CHARS),
                    }
                    for f in reply.fields[:MAX_FIELDS]
                ],
            }
        )
    budget = MAX_BLOCKS - RESERVED_BLOCKS
    shown: list[Item] = []
    for item in reply.items:
        rendered = render_item(item)
        if len(blocks) + len(rendered) > budget:
            break
        blocks.extend(rendered)
        shown.append(item)
    if reply.notes:
        blocks.append(_context([escape(n) for n in reply.notes]))
    page = _page(request)
    offset = (page - 1) * page_size
    total = reply.total if reply.total is not None else len(reply.items)
    has_next = total > offset + len(reply.items)
    count_line = None
    if shown and (total > len(shown) or page > 1):
        count_line = f"Showing {offset + 1}–{offset + len(shown)} of {total}"
        if len(shown) < len(reply.items):
            count_line += f" ({len(reply.items) - len(shown)} cut to fit Slack)"
        blocks.append(_context([count_line]))
    # An error is worth neither sharing nor paging.
    buttons = (
        []
        if reply.error
        else _buttons(request, page=page, has_next=has_next, visibility=visibility)
    )
    if buttons:
        blocks.append({"type": "actions", "block_id": "newsroom_actions", "elements": buttons})
    return {"text": _fallback(reply, tuple(shown), count_line), "blocks": blocks}
