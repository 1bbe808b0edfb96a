"""Settings, read once from the environment and ``.env`` into a frozen object."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from dotenv import dotenv_values

from bot.errors import ConfigError

DEFAULT_DATABASE_URL = "sqlite:///newsroom.db"
DEFAULT_MAX_ARTICLE_CHARS = 200_000
DEFAULT_MAX_FETCH_BYTES = 5_000_000


@dataclass(frozen=True)
class Settings:
    """Every setting the bot reads; ``.env.example`` documents each one."""

    database_url: str = DEFAULT_DATABASE_URL
    spacy_model: str | None = None
    seeds_dir: str = "seeds"
    max_article_chars: int = DEFAULT_MAX_ARTICLE_CHARS
    max_fetch_bytes: int = DEFAULT_MAX_FETCH_BYTES
    fetch_timeout: float = 15.0
    user_agent: str = "newsroom-bot/0.1 (+https://github.com/newsroom-bot; article reader)"
    page_size: int = 10
    fetch_private_addresses: bool = False  # chat /ingest may fetch intranet URLs
    # Slack
    slack_bot_token: str | None = None
    slack_signing_secret: str | None = None
    slack_app_token: str | None = None
    slack_api_url: str = "https://slack.com/api/"
    slack_ingest_users: tuple[str, ...] = ()
    port: int = 3000
    slack_host: str = "0.0.0.0"  # HTTP mode bind address; 127.0.0.1 behind a local reverse proxy
    # Discord
    discord_token: str | None = None
    discord_guild_id: int | None = None
    discord_api_url: str = "https://discord.com/api/v10"
    discord_gateway_url: str | None = None
    discord_ingest_role: str | None = None
    discord_message_content: bool = False


# Setting name -> environment variable; the platforms keep their conventional names.
ENV_NAMES: dict[str, str] = {
    "slack_bot_token": "SLACK_BOT_TOKEN",
    "slack_signing_secret": "SLACK_SIGNING_SECRET",
    "slack_app_token": "SLACK_APP_TOKEN",
    "discord_token": "DISCORD_TOKEN",
    "port": "PORT",
}


def env_name(field_name: str) -> str:
    """Return the environment variable that holds a setting."""
    return ENV_NAMES.get(field_name, "NEWSROOM_" + field_name.upper())


def _convert(name: str, raw: str, default: object) -> object:
    value = raw.strip()
    if name in {"spacy_model", "discord_gateway_url", "discord_ingest_role"} or name.endswith(
        ("_token", "_secret")
    ):
        return value or None
    if isinstance(default, bool):
        if value.lower() in {"1", "true", "yes", "on"}:
            return True
        if value.lower() in {"0", "false", "no", "off", ""}:
            return False
        raise ConfigError(f"{env_name(name)} must be true or false, not {value!r}")
    if isinstance(default, int) or name == "discord_guild_id":
        if not value and name == "discord_guild_id":
            return None
        try:
            return int(value)
        except ValueError:
            raise ConfigError(f"{env_name(name)} must be a whole number, not {value!r}") from None
    if isinstance(default, float):
        try:
            return float(value)
        except ValueError:
            raise ConfigError(f"{env_name(name)} must be a number, not {value!r}") from None
    if isinstance(default, tuple):
        return tuple(part.strip() for part in value.split(",") if part.strip())
    return value or default


def load_settings(
    environ: Mapping[str, str] | None = None, *, dotenv_path: str | Path | None = ".env"
) -> Settings:
    """Read settings from ``.env`` (if present) overlaid by the environment."""
    merged: dict[str, str] = {}
    if dotenv_path is not None and Path(dotenv_path).is_file():
        merged.update({k: v for k, v in dotenv_values(dotenv_path).items() if v is not None})
    merged.update(os.environ if environ is None else environ)
    values: dict[str, object] = {}
    for f in fields(Settings):
        key = env_name(f.name)
        if key in merged:
            values[f.name] = _convert(f.name, merged[key], f.default)
    return Settings(**values)  # type: ignore[arg-type]
