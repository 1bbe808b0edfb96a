"""The app manifest declares exactly what the code listens to."""

from __future__ import annotations

import re
from pathlib import Path

from adapters.slack.interactions import FLAG_SHORTCUT
from adapters.slack.translate import NEWSROOM_COMMAND, SLASH_COMMANDS

MANIFEST = (Path(__file__).parents[3] / "adapters" / "slack" / "manifest.yml").read_text()


def _list_under(key: str) -> list[str]:
    """Return the '- item' lines directly under ``key:`` (the manifest is plain block YAML)."""
    match = re.search(rf"^(\s*){key}:\n((?:\1\s+- .*\n)+)", MANIFEST, re.MULTILINE)
    assert match, key
    return [line.strip()[2:] for line in match.group(2).splitlines()]


def test_manifest_declares_every_slash_command_and_no_other() -> None:
    declared = re.findall(r"- command: (/\S+)", MANIFEST)
    assert sorted(declared) == sorted([*SLASH_COMMANDS, NEWSROOM_COMMAND])
    assert "should_escape: true" not in MANIFEST


def test_manifest_declares_the_shortcut_events_and_interactivity() -> None:
    assert f"callback_id: {FLAG_SHORTCUT}" in MANIFEST
    assert _list_under("bot_events") == ["app_mention", "message.im", "reaction_added"]
    assert re.search(r"interactivity:\n\s+is_enabled: true", MANIFEST)


def test_manifest_scopes_are_the_documented_ones() -> None:
    scopes = _list_under("bot")
    docs = (Path(__file__).parents[3] / "docs" / "slack.md").read_text()
    assert len(scopes) == len(set(scopes))
    for scope in scopes:
        assert f"`{scope}`" in docs, f"docs/slack.md does not explain {scope}"
