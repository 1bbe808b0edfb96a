"""End to end: discord.py's real code against the fake Discord on 127.0.0.1."""

from __future__ import annotations

import discord
from discord_harness import (
    ARTICLE,
    CHANNEL_ID,
    EDITOR,
    GUILD_ID,
    MODERATOR,
    ListSuggester,
    RecordingHandler,
    World,
    claims,
    quotes,
    run_scenario,
)

from adapters.discord_bot.endpoints import intents_for
from adapters.discord_bot.fake import payloads as p
from bot.commands.types import Item, Reply, Request
from bot.errors import NotFoundError

EPHEMERAL = 64


def test_connects_with_minimal_intents_and_syncs_commands_to_the_guild() -> None:
    async def body(world: World) -> None:
        identify = world.fake.identify or {}
        assert identify["token"] == "fake-token"
        assert identify["intents"] == intents_for(world.settings).value
        assert not discord.Intents._from_value(identify["intents"]).message_content
        assert world.fake.gateway_query["encoding"] == "json"
        [sync] = world.fake.calls_to("PUT", rf"/applications/900/guilds/{GUILD_ID}/commands")
        assert {c["name"] for c in sync.body} == {
            "whosaid",
            "claims",
            "nextevent",
            "articles",
            "ask",
            "flag",
            "ingest",
            "newsroom",
        }
        whosaid = next(c for c in sync.body if c["name"] == "whosaid")
        assert whosaid["options"][0] == {
            **whosaid["options"][0],
            "name": "query",
            "type": 3,
            "required": True,
            "autocomplete": True,
        }
        assert all(c["description"] for c in sync.body)
        assert not world.fake.calls_to("PUT", r"/applications/900/commands")

    run_scenario(body, handler=RecordingHandler(quotes))


def test_without_a_guild_commands_are_synced_globally() -> None:
    async def body(world: World) -> None:
        await world.fake.wait_until(
            lambda: world.fake.calls_to("PUT", r"/applications/900/commands")
        )
        assert not world.fake.calls_to("PUT", r"/applications/900/guilds/\d+/commands")

    run_scenario(body, handler=RecordingHandler(quotes), discord_guild_id=None)


def test_whosaid_defers_privately_then_follows_up_with_embeds() -> None:
    handler = RecordingHandler(quotes)

    async def body(world: World) -> None:
        token = await world.command("whosaid", [p.option("query", "Kirby")])
        assert await world.callback(token) == {"type": 5, "data": {"flags": EPHEMERAL}}
        [followup] = await world.followups(token)
        assert followup["flags"] == EPHEMERAL
        assert followup["allowed_mentions"] == {"parse": []}
        [embed] = followup["embeds"]
        assert embed["title"] == "Who said what: Kirby"
        assert [f["name"] for f in embed["fields"]] == ["Speaker 1", "Speaker 2", "Speaker 3"]
        assert "America's enemies join forces" in embed["fields"][0]["value"]
        [request] = handler.requests
        assert (request.command, request.args, request.user_id, request.channel_id) == (
            "whosaid",
            "Kirby",
            "10",
            str(CHANNEL_ID),
        )

    run_scenario(body, handler=handler)


def test_public_answers_are_posted_for_everyone() -> None:
    async def body(world: World) -> None:
        token = await world.command("claims", [p.option("public", True, kind=5)])
        assert await world.callback(token) == {"type": 5}
        [followup] = await world.followups(token)
        assert not followup.get("flags")

    run_scenario(body, handler=RecordingHandler(claims))


def test_pages_turn_with_buttons_fetching_the_next_core_page() -> None:
    handler = RecordingHandler(quotes)

    async def body(world: World) -> None:
        token = await world.command("whosaid", [p.option("query", "Kirby")])
        await world.followups(token)
        [message] = [m for m in world.fake.messages.values() if m.get("embeds")]
        assert "Page 1 of 3" in message["embeds"][0]["footer"]["text"]
        click = await world.click(message, "Next")
        assert await world.callback(click) == {
            "type": 6
        }  # deferred update: the core is asked again
        edits = await world.fake.wait_until(
            lambda: world.fake.calls_to("PATCH", rf"/webhooks/900/{click}/messages/@original")
        )
        embed = edits[0].body["embeds"][0]
        assert [f["name"] for f in embed["fields"]] == ["Speaker 4", "Speaker 5", "Speaker 6"]
        assert "Page 2 of 3" in embed["footer"]["text"]
        assert handler.requests[-1].options["page"] == "2"
        stranger = await world.click(message, "Next", person=EDITOR)
        refusal = await world.callback(stranger)
        assert (
            refusal["data"]["flags"] == EPHEMERAL
            and "Only the person who asked" in refusal["data"]["content"]
        )

    run_scenario(body, handler=handler)


def test_autocomplete_offers_speakers_from_the_store() -> None:
    async def body(world: World) -> None:
        token = await world.command("whosaid", [p.option("query", "jo", focused=True)], kind=4)
        answer = await world.callback(token)
        assert answer["type"] == 8
        assert [c["value"] for c in answer["data"]["choices"]] == ["jo", "John Kirby", "Joe Biden"]

    run_scenario(
        body,
        handler=RecordingHandler(quotes),
        suggester=ListSuggester(["John Kirby", "Joe Biden", "Kim Jong Un"]),
    )


def test_a_core_refusal_is_one_private_message_even_when_asked_publicly() -> None:
    def refuse(request: Request) -> Reply:
        return Reply(title="Sorry", text="No article #9 (see /articles)", error=True)

    async def body(world: World) -> None:
        token = await world.command(
            "articles", [p.option("article", 9, kind=4), p.option("public", True, kind=5)]
        )
        [followup] = await world.followups(token)
        assert (
            followup["content"] == "No article #9 (see /articles)"
            and followup["flags"] == EPHEMERAL
        )
        assert "embeds" not in followup or not followup["embeds"]
        assert world.fake.calls_to("DELETE", rf"/webhooks/900/{token}/messages/@original")

    run_scenario(body, handler=RecordingHandler(refuse))


def test_errors_raised_by_the_core_are_friendly_and_bugs_are_logged() -> None:
    def explode(request: Request) -> Reply:
        if request.command == "flag":
            raise NotFoundError("No claim #99", hint="see /claims")
        raise RuntimeError("a bug")

    async def body(world: World) -> None:
        flag = await world.command("flag", [p.option("claim", 99, kind=4)])
        [first] = await world.followups(flag)
        assert first["content"] == "No claim #99 (see /claims)" and first["flags"] == EPHEMERAL
        bug = await world.command("newsroom", [p.subcommand("status")])
        [second] = await world.followups(bug)
        assert (
            second["content"].startswith("Sorry, something went wrong")
            and second["flags"] == EPHEMERAL
        )

    run_scenario(body, handler=RecordingHandler(explode), expected_errors=1)


def test_article_text_cannot_ping_or_break_markdown() -> None:
    def loud(request: Request) -> Reply:
        item = Item(
            kind="quote",
            title="@here",
            body="@everyone look at <@123456789012345678> **now**",
            article=ARTICLE,
        )
        return Reply(title="Who said what", items=(item,), total=1)

    async def body(world: World) -> None:
        token = await world.command(
            "whosaid", [p.option("query", "x"), p.option("public", True, kind=5)]
        )
        [followup] = await world.followups(token)
        assert followup["allowed_mentions"] == {"parse": []}
        field = followup["embeds"][0]["fields"][0]
        assert "@here" not in field["name"] and "@everyone" not in field["value"]
        assert "<@1" not in field["value"] and "\\*\\*now\\*\\*" in field["value"]

    run_scenario(body, handler=RecordingHandler(loud))


def test_ingest_is_refused_to_reporters_saying_which_role_is_needed() -> None:
    handler = RecordingHandler(lambda r: Reply(title="Read article #2"))

    async def body(world: World) -> None:
        token = await world.command("ingest", [p.option("url", "https://example.org/story")])
        answer = await world.callback(token)
        assert answer["type"] == 4 and answer["data"]["flags"] == EPHEMERAL
        assert "“Editors” role" in answer["data"]["content"]
        assert handler.requests == []
        for person in (EDITOR, MODERATOR):
            ok = await world.command(
                "ingest", [p.option("url", "https://example.org/story")], person=person
            )
            await world.followups(ok)
        assert [(r.command, r.args, r.is_editor) for r in handler.requests] == [
            ("ingest", "https://example.org/story", True)
        ] * 2
        empty = await world.command("newsroom", [p.subcommand("ingest")], person=EDITOR)
        answer = await world.callback(empty)
        assert answer["data"]["content"].startswith("Give the article as pasted text, a URL or")
        assert answer["data"]["flags"] == EPHEMERAL and len(handler.requests) == 2

    run_scenario(body, handler=handler)


def test_an_attached_article_is_downloaded_and_ingested_after_deferring() -> None:
    handler = RecordingHandler(
        lambda r: Reply(title="Read article #2: Story", text="Found 1 quote.")
    )
    text = "# Story\n\n“We are ready,” said Kim.\n"

    async def body(world: World) -> None:
        world.fake.files["story.md"] = text.encode()
        resolved = {
            "attachments": {
                "55": p.attachment(
                    55,
                    filename="story.md",
                    url=world.fake.file_url("story.md"),
                    size=len(text.encode()),
                )
            }
        }
        options = [
            p.subcommand(
                "ingest", [p.option("file", "55", kind=11), p.option("published", "2023-09-06")]
            )
        ]
        token = await world.command("newsroom", options, person=EDITOR, resolved=resolved)
        assert (await world.callback(token))["type"] == 5
        [followup] = await world.followups(token)
        assert followup["embeds"][0]["title"] == "Read article #2: Story"
        [request] = handler.requests
        assert (request.command, request.args, request.is_editor) == ("ingest", text, True)
        assert dict(request.options) == {"published": "2023-09-06", "filename": "story.md"}

    run_scenario(body, handler=handler)


def test_a_long_core_page_is_split_into_screens_flipped_in_place() -> None:
    def many(request: Request) -> Reply:
        items = tuple(
            Item(
                kind="quote",
                title=f"Speaker {n}",
                body=f"Quote {n} " + "word " * 150,
                article=ARTICLE,
            )
            for n in range(1, 13)
        )
        return Reply(title="Who said what", items=items, total=12)

    async def body(world: World) -> None:
        token = await world.command("whosaid", [p.option("query", "x")])
        await world.followups(token)
        [message] = [m for m in world.fake.messages.values() if m.get("embeds")]
        assert "part 1 of" in message["embeds"][0]["footer"]["text"]
        click = await world.click(message, "Next")
        update = await world.callback(click)
        assert update["type"] == 7  # UPDATE_MESSAGE: no need to ask the core again
        embed = update["data"]["embeds"][0]
        assert embed["fields"][0]["name"] != "Speaker 1" and "part 2 of" in embed["footer"]["text"]
        buttons = {
            b["label"]: b.get("disabled", False)
            for row in update["data"]["components"]
            for b in row["components"]
        }
        assert buttons == {"Previous": False, "Next": True}

    handler = RecordingHandler(many)
    run_scenario(body, handler=handler, page_size=20)
    assert len(handler.requests) == 1
