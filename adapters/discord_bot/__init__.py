"""The Discord adapter: ``newsroom-bot discord [--invite-url]`` calls :func:`main`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from adapters.discord_bot.endpoints import invite_url, invite_url_for, point_at
from bot.config import Settings
from bot.errors import ConfigError

__all__ = ["invite_url", "invite_url_for", "main", "run"]


async def serve(settings: Settings) -> None:
    """Connect to Discord and answer until stopped."""
    # Imported here so `--invite-url` does not need the store or the command handler.
    from adapters.discord_bot.client import NewsroomBot
    from adapters.discord_bot.suggest import StoreSuggester
    from bot.bootstrap import bootstrap

    if not settings.discord_token:
        raise ConfigError("DISCORD_TOKEN is not set", hint="see docs/discord.md")
    services = bootstrap(settings)
    point_at(settings)
    bot = NewsroomBot(
        handler=services.handler, settings=settings, suggester=StoreSuggester(services.engine)
    )
    async with bot:
        await bot.start(settings.discord_token)


async def serve_until_signalled(settings: Settings) -> None:
    """Serve until SIGTERM or SIGINT, then close the connection cleanly."""
    main_task = asyncio.current_task()
    assert main_task is not None  # always inside asyncio.run
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        # Platforms stop a Procfile process with SIGTERM; closing lets Discord know at once.
        loop.add_signal_handler(signum, main_task.cancel)
    with contextlib.suppress(asyncio.CancelledError):
        await serve(settings)
    logging.getLogger(__name__).info("stopped")


def run(settings: Settings) -> None:
    """Run the Discord bot in the foreground (the Procfile's ``discord`` process)."""
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    asyncio.run(serve_until_signalled(settings))


def main(settings: Settings, *, invite_only: bool = False) -> int:
    """Print the invite URL (``--invite-url``) or run the bot; return the exit code."""
    if invite_only:
        print(invite_url_for(settings))
        return 0
    run(settings)
    return 0
