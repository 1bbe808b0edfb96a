"""End to end, channel events: 🚩 reactions, @mentions (with a 429), and a broken payload."""

from __future__ import annotations

import asyncio

import pytest
from discord_harness import (
    CHANNEL_ID,
    EDITOR,
    GUILD_ID,
    REPORTER,
    RecordingHandler,
    World,
    claims,
    quotes,
    run_scenario,
)

from adapters.discord_bot.fake import payloads as p
from bot.commands.types import Reply


def test_a_flag_reaction_on_an_uncached_answer_flags_its_claims() -> None:
    handler = RecordingHandler(
        lambda r: claims(r) if r.command == "claims" else Reply(title="Flagged")
    )

    async def body(world: World) -> None:
        token = await world.command("claims", [p.option("public", True, kind=5)])
        await world.followups(token)
        [answer] = [m for m in world.fake.messages.values() if m.get("embeds")]
        await world.react(int(answer["id"]), "👍", person=EDITOR)
        await world.react(int(answer["id"]), "🚩", person=EDITOR)
        await world.fake.wait_until(lambda: len(handler.requests) == 3)
        assert world.fake.calls_to("GET", rf"/channels/{CHANNEL_ID}/messages/{answer['id']}")
        flags = [(r.command, r.args, r.user_id, r.platform) for r in handler.requests[1:]]
        assert flags == [("flag", "12", "11", "discord"), ("flag", "13", "11", "discord")]

    run_scenario(body, handler=handler)


def test_mentions_are_answered_in_the_channel_and_a_429_is_waited_out() -> None:
    handler = RecordingHandler(quotes)

    async def body(world: World) -> None:
        world.fake.rate_limit_once("POST", rf"/channels/{CHANNEL_ID}/messages", retry_after=0.2)
        bot_user = world.fake.bot
        message = p.message(
            world.fake.new_id(),
            channel_id=CHANNEL_ID,
            author=REPORTER,
            guild_id=GUILD_ID,
            content=f"<@{bot_user['id']}> who said what about Kim?",
            mentions=[bot_user],
        )
        message["member"] = p.member(REPORTER)
        await world.fake.dispatch("MESSAGE_CREATE", message)
        calls = await world.fake.wait_until(
            lambda: [
                c
                for c in world.fake.calls_to("POST", rf"/channels/{CHANNEL_ID}/messages")
                if c.status == 200
            ]
        )
        assert [
            c.status for c in world.fake.calls_to("POST", rf"/channels/{CHANNEL_ID}/messages")
        ] == [429, 200]
        sent = calls[0].body
        assert sent["allowed_mentions"] == {"parse": []}
        assert str(sent["message_reference"]["message_id"]) == message["id"]
        assert sent["embeds"][0]["fields"][0]["name"] == "Speaker 1"
        assert [(r.command, r.args) for r in handler.requests] == [
            ("ask", "who said what about Kim?")
        ]

    run_scenario(body, handler=handler, discord_message_content=True)


def test_a_parsing_error_inside_discord_py_fails_fast_instead_of_hanging() -> None:
    async def body(world: World) -> None:
        broken = {"id": "1", "type": 2, "application_id": "900"}  # no token, no data: unparseable
        await world.fake.dispatch("INTERACTION_CREATE", broken)
        await world.fake.wait_until(lambda: False, timeout=5)

    with pytest.raises(AssertionError, match="the client stopped"):
        run_scenario(body, handler=RecordingHandler(quotes))


def test_flags_ignore_other_peoples_messages_and_missing_ones() -> None:
    handler = RecordingHandler(claims)

    async def body(world: World) -> None:
        footer = {"footer": {"text": "claims #12 — react 🚩 to flag them"}, "type": "rich"}
        theirs = p.message(
            world.fake.new_id(),
            channel_id=CHANNEL_ID,
            author=REPORTER,
            guild_id=GUILD_ID,
            embeds=[footer],
        )
        world.fake.messages[int(theirs["id"])] = theirs
        await world.react(int(theirs["id"]), "🚩", person=EDITOR)
        await world.react(424242, "🚩", person=EDITOR)  # deleted since: the fake answers 404
        get = rf"/channels/{CHANNEL_ID}/messages/\d+"
        await world.fake.wait_until(lambda: len(world.fake.calls_to("GET", get)) == 2)
        await asyncio.sleep(0.1)  # give a wrong flag time to show up
        assert handler.requests == []

    run_scenario(body, handler=handler)
