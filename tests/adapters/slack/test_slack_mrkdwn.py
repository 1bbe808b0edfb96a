"""Escaping out, unwrapping in."""

from __future__ import annotations

from adapters.slack.mrkdwn import escape, from_slack, link, strip_mention, truncate


def test_escape_neutralises_broadcasts_mentions_and_entities() -> None:
    text = "<!channel> <!here> <!everyone> <@U123> <#C9> a & b <script>"
    escaped = escape(text)
    assert "<" not in escaped and ">" not in escaped
    assert escaped.startswith("&lt;!channel&gt; &lt;!here&gt;")
    assert "a &amp; b" in escaped


def test_escape_defuses_bare_broadcast_words() -> None:
    assert escape("ping @here and @Channel, not @heresy") == (
        "ping @\u200bhere and @\u200bChannel, not @heresy"
    )


def test_link_escapes_label_and_refuses_odd_urls() -> None:
    assert link("https://x.example/a?b=1&c=2", "A <b> | c") == (
        "<https://x.example/a?b=1&amp;c=2|A &lt;b&gt; ¦ c>"
    )
    assert link("javascript:alert(1)", "Title") == "Title"
    assert link("https://x.example/a|<!here>", "T") == "T"


def test_from_slack_unwraps_entities_and_unescapes() -> None:
    text = "<@U1|ann> in <#C2|news>: <https://a.example/x?y=1&amp;z=2|link> &lt;b&gt; &amp; <!here>"
    assert from_slack(text) == "@ann in #news: https://a.example/x?y=1&z=2 <b> & @here"


def test_strip_mention_removes_only_the_bot() -> None:
    assert strip_mention("<@UBOT> ask <@UOTHER>", "UBOT") == "ask <@UOTHER>"
    assert strip_mention("<@UBOT|bot> hi", "UBOT") == "hi"


def test_truncate_marks_cuts() -> None:
    assert truncate("abcdef", 4) == "abc…" and len(truncate("x" * 5000, 3000)) == 3000
    assert truncate("abc", 3) == "abc"
