"""Rendering replies as embeds: escaping, citations, claim ids, and Discord's limits."""

from datetime import date

from adapters.discord_bot.parsing import claim_ids
from adapters.discord_bot.render import (
    DESCRIPTION_MAX,
    EMBED_TOTAL_MAX,
    FIELD_NAME_MAX,
    FIELD_VALUE_MAX,
    clip,
    escape,
    render,
    safe_url,
)
from bot.commands.types import ArticleRef, Field, Item, Reply

ARTICLE = ArticleRef(
    id=1,
    title="America's enemies join forces",
    source="The Example Times",
    published=date(2023, 9, 6),
    published_estimated=True,
    url="https://example.org/a_(b)",
)


def quote(n: int, body: str = "We will respond.") -> Item:
    return Item(
        kind="quote",
        title=f"John Kirby {n} (NSC spokesperson)",
        body=body,
        fields=(Field("Kind", "direct"),),
        article=ARTICLE,
        ref_id=n,
    )


def claim(n: int) -> Item:
    return Item(
        kind="claim",
        title=f"Unconfirmed claim #{n}",
        body="Arms talks advanced.",
        fields=(Field("Why", "hedged: reportedly"),),
        article=ARTICLE,
        ref_id=n,
    )


def embed_size(embed) -> int:
    return len(embed)  # discord.py's Embed.__len__ counts what Discord counts


def test_escape_neutralises_pings_and_markdown() -> None:
    text = escape(
        "@everyone <@123456789012345678> <#42> **bold** _it_ [x](http://evil)\n# Heading\n> quote"
    )
    assert "@everyone" not in text and "<@1" not in text and "<#4" not in text
    assert "\\*\\*bold\\*\\*" in text and "\\_it\\_" in text and "\\[x]" in text
    assert "\n\\# Heading" in text and "\n\\> quote" in text


def test_a_quote_shows_speaker_role_text_and_a_linked_article() -> None:
    [embed] = render(Reply(title="Who said what: Kirby", items=(quote(1),), total=1))
    field = embed.fields[0]
    assert field.name == "John Kirby 1 (NSC spokesperson)"
    assert field.value.startswith("“We will respond.”")
    assert "**Kind:** direct" in field.value
    assert "(https://example.org/a_%28b%29)" in field.value  # parentheses cannot end the link early
    assert "2023-09-06 (date estimated)" in field.value


def test_claims_carry_their_ids_in_the_footer() -> None:
    screens = render(Reply(title="Unconfirmed claims", items=(claim(12), claim(13)), total=2))
    assert claim_ids([e.footer.text or "" for e in screens]) == [12, 13]
    assert "🚩" in (screens[0].footer.text or "")


def test_long_answers_are_split_into_screens_within_discord_limits() -> None:
    long_body = "word " * 600
    items = tuple(quote(n, long_body) for n in range(30))
    reply = Reply(
        title="T" * 400, text="intro " * 1000, items=items, total=95, notes=("Showing 1-30 of 95.",)
    )
    screens = render(reply, page=2, page_size=30)
    assert len(screens) > 1
    assert sum(len(e.fields) for e in screens) == 30
    for number, embed in enumerate(screens, start=1):
        assert embed_size(embed) <= EMBED_TOTAL_MAX
        assert len(embed.fields) <= 25 and len(embed.title or "") <= 256
        assert len(embed.description or "") <= DESCRIPTION_MAX
        assert all(
            len(f.name) <= FIELD_NAME_MAX and len(f.value) <= FIELD_VALUE_MAX for f in embed.fields
        )
        assert f"Page 2 of 4 · part {number} of {len(screens)}" in (embed.footer.text or "")
    first = next(e for e in screens if e.fields).fields[0]
    assert (
        first.value.rstrip().endswith(")") and "…" in first.value
    )  # the citation survives the cut


def test_an_answer_without_items_is_its_text_and_fields() -> None:
    [embed] = render(Reply(title="Status", text="All good", fields=(Field("Articles", "3"),)))
    assert embed.description == "All good"
    assert (embed.fields[0].name, embed.fields[0].value, embed.fields[0].inline) == (
        "Articles",
        "3",
        True,
    )
    assert embed.footer.text is None


def test_clip_cuts_at_a_word_and_never_leaves_a_lone_backslash() -> None:
    assert clip("one two three", 100) == "one two three"
    assert clip("one two three four", 10) == "one two…"
    assert not clip("abcd\\* efgh\\* ijkl", 7).rstrip("…").endswith("\\")


def test_only_web_links_are_linked() -> None:
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://x.org/a b") == "https://x.org/a%20b"
