"""Pure rendering of the core's Reply as Discord embeds, within Discord's limits."""

from __future__ import annotations

import math
import re
from urllib.parse import quote

import discord

from bot.commands.types import ArticleRef, Item, Reply

# Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
EMBED_TOTAL_MAX = 6000
# Fewer than Discord's 25 fields and 6000 characters, so one screen stays readable.
FIELDS_PER_SCREEN = 8
SCREEN_BUDGET = 5000
FLAG_EMOJI = "🚩"

COLOUR = discord.Colour.blurple()
ERROR_COLOUR = discord.Colour.red()


def escape(text: str) -> str:
    """Return text that shows literally: no pings, no markdown, no masked links."""
    text = discord.utils.escape_mentions(text)
    text = re.sub(r"<(?=[@#:/a]|t:)", "<\u200b", text)  # channel, command and time tags
    text = discord.utils.escape_markdown(text, ignore_links=False)
    return re.sub(r"(?m)^(\s*)([#>])", r"\1\\\2", text)  # headings and block quotes


def clip(text: str, limit: int) -> str:
    """Cut text to at most ``limit`` characters at a word boundary, marking the cut."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    cut = cut.rstrip()
    if (len(cut) - len(cut.rstrip("\\"))) % 2:  # never end on a lone escape backslash
        cut = cut[:-1]
    return cut + "…"


def safe_url(url: str) -> str | None:
    """Return an http(s) URL that cannot break out of a markdown link, or None."""
    if not url.startswith(("http://", "https://")):
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%~[]")


def cite(ref: ArticleRef) -> str:
    """Return the article's citation, linked when the article has a URL."""
    text = escape(ref.cite())
    url = safe_url(ref.url) if ref.url else None
    return f"📰 [{text}]({url})" if url else f"📰 {text}"


def field_name(item: Item) -> str:
    """Return an item's heading (speaker and role, claim status, event window)."""
    return clip(escape(item.title), FIELD_NAME_MAX) or "\u200b"


def field_value(item: Item) -> str:
    """Return an item's body, its labelled details and its article, within 1024 characters."""
    tail = [f"**{escape(f.name)}:** {escape(f.value)}" for f in item.fields]
    if item.article is not None:
        tail.append(cite(item.article))
    tail_text = clip("\n".join(tail), FIELD_VALUE_MAX // 2)
    body = escape(item.body)
    if item.kind == "quote":
        body = f"“{body}”"
    room = FIELD_VALUE_MAX - len(tail_text) - 1
    return "\n".join(part for part in (clip(body, room), tail_text) if part) or "\u200b"


def _footer(*, page: int, pages: int | None, part: int, parts: int, claims: list[int]) -> str:
    bits = [f"Page {page} of {pages}" if pages and pages > 1 else ""]
    if parts > 1:
        bits.append(f"part {part} of {parts}")
    if claims:
        numbers = ", ".join(f"#{n}" for n in claims)
        bits.append(f"claims {numbers} — react {FLAG_EMOJI} to flag them for checking")
    return clip(" · ".join(b for b in bits if b), FOOTER_MAX)


def _screens(items: tuple[Item, ...], first_budget: int) -> list[list[Item]]:
    screens: list[list[Item]] = [[]]
    used = EMBED_TOTAL_MAX - first_budget
    for item in items:
        size = len(field_name(item)) + len(field_value(item))
        current = screens[-1]
        if (current or used) and (len(current) >= FIELDS_PER_SCREEN or used + size > SCREEN_BUDGET):
            screens.append([])
            used = 0
        screens[-1].append(item)
        used += size
    return screens


def page_count(reply: Reply, *, page_size: int) -> int | None:
    """Return how many core pages the reply's matches fill, when the core said how many."""
    if reply.total is None or page_size < 1:
        return None
    return max(1, math.ceil(reply.total / page_size))


def render(reply: Reply, *, page: int = 1, page_size: int = 10) -> list[discord.Embed]:
    """Render a reply as screens: one embed each, every one within Discord's limits."""
    intro = "\n".join(escape(t) for t in (reply.text, *reply.notes) if t)
    description = clip(intro, DESCRIPTION_MAX)
    title = clip(escape(reply.title), TITLE_MAX)
    extra = [
        (clip(escape(f.name), FIELD_NAME_MAX), clip(escape(f.value), FIELD_VALUE_MAX))
        for f in reply.fields
    ]
    first_budget = (
        EMBED_TOTAL_MAX - len(title) - len(description) - sum(len(n) + len(v) for n, v in extra)
    )
    screens = _screens(reply.items, first_budget)
    pages = page_count(reply, page_size=page_size)
    embeds = []
    for number, items in enumerate(screens, start=1):
        colour = ERROR_COLOUR if reply.error else COLOUR
        embed = discord.Embed(title=title, colour=colour)
        if number == 1:
            embed.description = description or None
            for name, value in extra:
                embed.add_field(name=name, value=value or "\u200b", inline=True)
        for item in items:
            embed.add_field(name=field_name(item), value=field_value(item), inline=False)
        claims = [i.ref_id for i in items if i.kind == "claim" and i.ref_id is not None]
        footer = _footer(page=page, pages=pages, part=number, parts=len(screens), claims=claims)
        if footer:
            embed.set_footer(text=footer)
        embeds.append(embed)
    return embeds


def error_text(reply: Reply) -> str:
    """Return the one line a user sees when the core could not answer."""
    return escape(reply.text or reply.title)
