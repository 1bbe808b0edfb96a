"""Core replies to Block Kit, within Slack's limits."""

from __future__ import annotations

import json
from datetime import date

from adapters.slack.render import ACTION_FLAG, ACTION_PAGE, ACTION_POST, MAX_BLOCKS, render
from bot.commands.types import ArticleRef, Field, Item, Reply, Request

ARTICLE = ArticleRef(id=3, title="Talks", source=None, published=date(2023, 9, 6))


def _claim(n: int, body: str = "A claim") -> Item:
    return Item(
        kind="claim",
        title=f"Unconfirmed claim #{n}",
        body=body,
        fields=(Field("Why", "anonymous officials"),),
        article=ARTICLE,
        ref_id=n,
    )


def _buttons(message: dict) -> list[dict]:
    return [e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]]


def test_claim_carries_its_id_status_reason_and_article() -> None:
    message = render(Reply(title="Claims", items=(_claim(42),)))
    section, context = message["blocks"][1], message["blocks"][2]
    assert section["block_id"] == "claim:42"
    assert (
        section["accessory"]["action_id"] == ACTION_FLAG and section["accessory"]["value"] == "42"
    )
    assert section["text"]["text"] == "*Unconfirmed claim #42*\nA claim"
    texts = [e["text"] for e in context["elements"]]
    assert texts[0] == "*Why:* anonymous officials"
    assert texts[1] == ":newspaper: *Talks* — unknown source, 2023-09-06"


def test_event_shows_its_window_and_quote_is_a_block_quote() -> None:
    event = Item(
        kind="event",
        title="Expected between 11 Sep 2023 and 15 Sep 2023",
        body="Talks resume",
        fields=(Field("When", "next week"),),
        article=ARTICLE,
    )
    quote = Item(kind="quote", title="Ann (minister)", body="line one\nline two", article=ARTICLE)
    blocks = render(Reply(title="T", items=(event, quote)))["blocks"]
    assert blocks[1]["text"]["text"].startswith("*Expected between 11 Sep 2023 and 15 Sep 2023*")
    assert "*When:* next week" in json.dumps(blocks[2])
    assert blocks[3]["text"]["text"] == "*Ann (minister)*\n>line one\n>line two"


def test_long_answers_are_cut_to_fit_with_a_count() -> None:
    items = tuple(_claim(n, body="x" * 5000) for n in range(1, 61))
    request = Request(command="claims", args="", options={"page": "2"})
    message = render(
        Reply(title="Claims", text="y" * 4000, items=items, total=200),
        request=request,
        page_size=60,
    )
    blocks = message["blocks"]
    assert len(blocks) <= MAX_BLOCKS
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks if "text" in b)
    assert len(message["text"]) <= 3000
    shown = sum(1 for b in blocks if b.get("block_id", "").startswith("claim:"))
    count = [b for b in blocks if b["type"] == "context"][-1]["elements"][0]["text"]
    assert count == f"Showing 61–{60 + shown} of 200 ({60 - shown} cut to fit Slack)"
    labels = [b["text"]["text"] for b in _buttons(message)]
    assert labels == ["Previous page", "Next page", "Post to channel"]


def test_public_answers_have_no_post_button_and_last_page_no_next() -> None:
    request = Request(command="claims", options={"page": "2"})
    reply = Reply(title="Claims", items=(_claim(1),), total=3)
    buttons = _buttons(render(reply, request=request, visibility="public", page_size=2))
    assert [(b["action_id"], b["text"]["text"]) for b in buttons] == [
        (ACTION_PAGE, "Previous page")
    ]
    assert ACTION_POST not in json.dumps(buttons)


def test_errors_and_fallback_text_are_escaped() -> None:
    reply = Reply(
        title="No match for <!everyone>",
        text="try @here & <@U1>",
        error=True,
        notes=("note <#C1>",),
    )
    message = render(reply)
    assert message["blocks"][0]["text"]["text"] == ":warning: *No match for &lt;!everyone&gt;*"
    assert message["text"] == "No match for &lt;!everyone&gt;\ntry @\u200bhere &amp; &lt;@U1&gt;"
    assert "&lt;#C1&gt;" in json.dumps(message["blocks"])


def test_citation_survives_many_fields_and_errors_get_no_buttons() -> None:
    many = tuple(Field(f"F{n}", "v") for n in range(15))
    item = Item(kind="event", title="Soon", body="b", fields=many, article=ARTICLE)
    context = render(Reply(title="T", items=(item,)))["blocks"][2]["elements"]
    assert len(context) == 10 and context[-1]["text"].startswith(":newspaper:")
    failed = render(
        Reply(title="Sorry", text="No such claim", error=True),
        request=Request(command="flag", args="9"),
    )
    assert _buttons(failed) == []
