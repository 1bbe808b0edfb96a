"""End to end with the real core: the sample article in a temp SQLite store, driven from Discord."""

from __future__ import annotations

from pathlib import Path

import pytest
from discord_harness import CHANNEL_ID, EDITOR, RecordingHandler, World, run_scenario
from sqlmodel import Session, select

from adapters.discord_bot.fake import payloads as p
from adapters.discord_bot.suggest import StoreSuggester
from bot.bootstrap import Services, bootstrap
from bot.commands.types import Request
from bot.config import Settings
from bot.nlp import load_model
from bot.store.tables import Flag

SEED = Path(__file__).parents[3] / "seeds" / "america-enemies-join-forces.md"


@pytest.fixture(scope="session")
def nlp_model() -> object:
    """Load spaCy once for the session (the loader is cached)."""
    return load_model()


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory, nlp_model: object) -> Services:
    """Return the real core over a temp SQLite store holding the sample article."""
    database = tmp_path_factory.mktemp("discord") / "t.db"
    built = bootstrap(Settings(database_url=f"sqlite:///{database}", page_size=3))
    options = {
        "title": "America’s Enemies Join Forces",
        "source": "Example",
        "published": "2023-09-06",
    }
    reply = built.handler.handle(
        Request(command="ingest", args=SEED.read_text(), options=options, is_editor=True)
    )
    assert not reply.error, reply.text
    return built


def test_autocomplete_and_whosaid_come_from_the_store(services: Services) -> None:
    handler = RecordingHandler(services.handler.handle)

    async def body(world: World) -> None:
        token = await world.command("whosaid", [p.option("query", "adr", focused=True)], kind=4)
        choices = (await world.callback(token))["data"]["choices"]
        assert "Adrienne Watson" in [c["value"] for c in choices]
        token = await world.command("whosaid", [p.option("query", "Adrienne Watson")])
        [followup] = await world.followups(token)
        field = followup["embeds"][0]["fields"][0]
        assert "Adrienne Watson" in field["name"] and "spokesperson" in field["name"].lower()
        assert "America’s Enemies Join Forces — Example, 2023-09-06" in field["value"]

    run_scenario(body, handler=handler, suggester=StoreSuggester(services.engine))


def test_a_repeated_flag_reaction_flags_each_claim_once(services: Services) -> None:
    handler = RecordingHandler(services.handler.handle)

    async def body(world: World) -> None:
        token = await world.command(
            "claims", [p.option("status", "all"), p.option("public", True, kind=5)]
        )
        [followup] = await world.followups(token)
        assert "claims #1, #2, #3" in followup["embeds"][0]["footer"]["text"]
        [answer] = [m for m in world.fake.messages.values() if m.get("embeds")]
        for _ in range(2):  # Discord may deliver the same reaction twice
            await world.react(int(answer["id"]), "🚩", person=EDITOR)
        await world.fake.wait_until(
            lambda: len([r for r in handler.requests if r.command == "flag"]) == 6
        )
        await world.fake.wait_until(lambda: len(handler.replies) == len(handler.requests))
        titles = sorted(r.title for r in handler.replies if "flagged" in r.title.lower())
        assert titles == sorted(
            [f"Flagged claim #{n} for checking" for n in (1, 2, 3)]
            + [f"You had already flagged claim #{n}" for n in (1, 2, 3)]
        )

    run_scenario(body, handler=handler)
    with Session(services.engine) as session:
        flags = session.exec(select(Flag).where(Flag.user_id == "11")).all()
    assert sorted(f.claim_id for f in flags) == [1, 2, 3]
    assert {(f.platform, f.channel_id) for f in flags} == {("discord", str(CHANNEL_ID))}


def test_an_editor_ingests_an_attached_article(services: Services) -> None:
    handler = RecordingHandler(services.handler.handle)
    text = (
        "Summit set for Vladivostok\n\n"
        "“We are ready to talk,” Kremlin spokesman Dmitry Peskov said on Tuesday. "
        "The two leaders will meet next week, officials said.\n"
    )

    async def body(world: World) -> None:
        world.fake.files["summit.txt"] = text.encode()
        attachment = p.attachment(
            56, filename="summit.txt", url=world.fake.file_url("summit.txt"), size=len(text)
        )
        options = [
            p.option("file", "56", kind=11),
            p.option("title", "Summit set"),
            p.option("published", "2023-09-07"),
        ]
        token = await world.command(
            "ingest", options, person=EDITOR, resolved={"attachments": {"56": attachment}}
        )
        [followup] = await world.followups(token)
        assert followup["embeds"][0]["title"].startswith("Read article #2")

    run_scenario(body, handler=handler, timeout=20)


def test_serve_points_discord_py_at_the_configured_urls(tmp_path: Path) -> None:
    """The production entry point reaches the fake through the two URL settings alone."""
    import asyncio
    import contextlib

    import yarl
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

    from adapters.discord_bot import serve
    from adapters.discord_bot.fake import FakeDiscord

    async def scenario() -> None:
        fake = FakeDiscord()
        await fake.start()
        saved = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
        settings = Settings(
            database_url=f"sqlite:///{tmp_path / 'serve.db'}",
            discord_token="fake-token",
            discord_api_url=fake.api_url,
            discord_gateway_url=fake.gateway_url,
        )
        task = asyncio.create_task(serve(settings))
        try:
            await fake.wait_until(lambda: fake.identify or task.done())
            assert not task.done(), task.exception()
            assert fake.calls_to("PUT", r"/applications/900/commands")
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await fake.close()
            Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved[0], yarl.URL(saved[1])

    asyncio.run(asyncio.wait_for(scenario(), 10))


def test_the_cli_prints_the_invite_url(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import run

    monkeypatch.setenv("DISCORD_TOKEN", "MTIzNDU2Nzg5MDEyMzQ1Njc4.a.b")
    assert run(["discord", "--invite-url"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("https://discord.com/oauth2/authorize?client_id=123456789012345678")


def test_the_procfile_process_answers_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    """`newsroom-bot discord` as a process: settings from the environment, then SIGTERM."""
    import asyncio
    import os
    import signal
    import sys

    from discord_harness import REPORTER, guild, invoker

    from adapters.discord_bot.fake import FakeDiscord

    async def scenario() -> None:
        fake = FakeDiscord(guild=guild())
        await fake.start()
        env = {
            **os.environ,
            "DISCORD_TOKEN": "fake-token",
            "NEWSROOM_DISCORD_API_URL": fake.api_url,
            "NEWSROOM_DISCORD_GATEWAY_URL": fake.gateway_url,
            "NEWSROOM_DISCORD_GUILD_ID": guild()["id"],
            "NEWSROOM_DATABASE_URL": f"sqlite:///{tmp_path / 'proc.db'}",
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "discord",
            env=env,
            cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            await fake.wait_until(
                lambda: fake.identify or process.returncode is not None, timeout=20
            )
            assert process.returncode is None, await process.stderr.read()  # type: ignore[union-attr]
            payload = p.interaction(
                1,
                application_id=900,
                token="proc-token",
                kind=2,
                data={
                    "id": "2",
                    "name": "newsroom",
                    "type": 1,
                    "options": [p.subcommand("status")],
                },
                guild_id=int(guild()["id"]),
                channel=guild()["channels"][0],
                invoker=invoker(REPORTER),
            )
            await fake.interact(payload)
            calls = await fake.wait_until(
                lambda: fake.calls_to("POST", r"/webhooks/900/proc-token")
            )
            assert calls[0].body["embeds"][0]["title"] == "Newsroom bot status"
            process.send_signal(signal.SIGTERM)
            assert await asyncio.wait_for(process.wait(), 10) == 0
            _, err = await process.communicate()
            assert b"stopped" in err and b"Traceback" not in err
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
            await fake.close()

    asyncio.run(asyncio.wait_for(scenario(), 40))
