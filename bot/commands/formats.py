"""Neutral renderings of a reply: plain text (CLI, console, chat fallbacks) and JSON."""

from __future__ import annotations

import textwrap
from typing import Any

from bot.commands.types import ArticleRef, Item, Reply


def article_json(ref: ArticleRef | None) -> dict[str, Any] | None:
    """Return an article citation as JSON."""
    if ref is None:
        return None
    return {
        "id": ref.id,
        "title": ref.title,
        "source": ref.source,
        "published": ref.published.isoformat(),
        "published_estimated": ref.published_estimated,
        "url": ref.url,
    }


def item_json(item: Item) -> dict[str, Any]:
    """Return one item as JSON."""
    return {
        "kind": item.kind,
        "id": item.ref_id,
        "title": item.title,
        "body": item.body,
        "fields": {f.name: f.value for f in item.fields},
        "article": article_json(item.article),
    }


def reply_to_json(reply: Reply) -> dict[str, Any]:
    """Return the reply as the documented JSON object (see README, "JSON output")."""
    return {
        "title": reply.title,
        "text": reply.text,
        "error": reply.error,
        "total": reply.total,
        "items": [item_json(i) for i in reply.items],
        "fields": {f.name: f.value for f in reply.fields},
        "notes": list(reply.notes),
    }


def _wrap(text: str, indent: str, width: int) -> str:
    return "\n".join(
        textwrap.fill(para, width=width, initial_indent=indent, subsequent_indent=indent)
        for para in text.splitlines()
        if para.strip()
    )


QUOTE_MARKS = "\"“”‘’«»'`"


def quoted(text: str) -> str:
    """Wrap a quote in curly marks once, whether or not the stored text kept its own."""
    inner = text.strip().rstrip(",").strip(QUOTE_MARKS + " ,")
    return f"“{inner}”"


def item_to_text(item: Item, *, width: int = 88) -> str:
    """Render one item as indented plain text."""
    lines = [f"• {item.title}"]
    body = quoted(item.body) if item.kind == "quote" else item.body
    if body:
        lines.append(_wrap(body, "    ", width))
    lines.extend(_wrap(f"{f.name}: {f.value}", "    ", width) for f in item.fields)
    if item.article and item.kind != "article":
        lines.append(_wrap(f"— {item.article.cite()} [article #{item.article.id}]", "    ", width))
    return "\n".join(lines)


def reply_to_text(reply: Reply, *, width: int = 88) -> str:
    """Render a reply as plain text."""
    if reply.error:
        return _wrap(f"Error: {reply.text}", "", width)
    parts = [reply.title]
    if reply.text:
        parts.append(_wrap(reply.text, "", width))
    parts.extend(_wrap(f"{f.name}: {f.value}", "  ", width) for f in reply.fields)
    parts.extend(item_to_text(item, width=width) for item in reply.items)
    parts.extend(reply.notes)
    return "\n".join(parts)
