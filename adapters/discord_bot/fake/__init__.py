"""A first-class fake of Discord for tests and local trying-out (127.0.0.1 only)."""

from adapters.discord_bot.fake.server import Call, FakeDiscord

__all__ = ["Call", "FakeDiscord"]
