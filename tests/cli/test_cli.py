"""The command line, in process (fast) and as a real subprocess (the console script)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from adapters import console
from bot.cli import main
from bot.commands.types import Reply, Request

ROOT = Path(__file__).resolve().parents[2]
STORY = """---
title: Budget vote
source: The Courier
published: 2024-03-20
---
The finance minister, Ana Ruiz, said on Wednesday that parliament will vote on the budget on March 28.

"The plan is dead on arrival," said opposition leader Tom Okafor. "We will not support it."

The vote could slip to April, according to two officials who spoke on condition of anonymity.
"""


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(tmp_path)  # no stray .env or newsroom.db from the developer's folder
    return f"sqlite:///{tmp_path}/cli.db"


def cli(db: str, *args: str) -> int:
    return main(["--database-url", db, *args])


def test_ingest_reports_bad_files_and_keeps_good_ones(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.md").write_text(STORY, encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "junk.txt").write_bytes(b"\x00\x01\x02binary\xff")
    assert cli(db, "ingest", str(folder), "--no-progress") == 1
    err = capsys.readouterr().err
    assert "empty.txt" in err and "junk.txt" in err
    assert "1 added" in err
    assert cli(db, "articles", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [i["article"]["title"] for i in listed["items"]] == ["Budget vote"]


def test_second_ingest_adds_nothing(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.md"
    story.write_text(STORY, encoding="utf-8")
    assert cli(db, "ingest", str(story)) == 0
    assert cli(db, "ingest", str(story)) == 0
    assert "already stored" in capsys.readouterr().err
    cli(db, "status", "--json")
    fields = json.loads(capsys.readouterr().out)["fields"]
    assert fields["Articles"] == "1"


def test_whosaid_json_shape(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.md"
    story.write_text(STORY, encoding="utf-8")
    cli(db, "ingest", str(story))
    capsys.readouterr()
    assert cli(db, "whosaid", "Okafor", "--json") == 0
    reply = json.loads(capsys.readouterr().out)
    assert set(reply) == {"title", "text", "error", "total", "items", "fields", "notes"}
    item = reply["items"][0]
    assert set(item) == {"kind", "id", "title", "body", "fields", "article"}
    assert item["title"].startswith("Tom Okafor")
    assert item["article"]["published"] == "2024-03-20"


def test_malformed_published_override_fails_clearly(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Some plain article text that is long enough to read.", encoding="utf-8")
    assert cli(db, "ingest", str(story), "--published", "2024-02-31") != 0
    assert "2024-02-31" in capsys.readouterr().err


def test_lookup_errors_exit_non_zero(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(db, "next", "--as-of", "tomorrow") == 1
    assert "tomorrow" in capsys.readouterr().out


def test_console_reads_commands_from_a_pipe() -> None:
    class Echo:
        def __init__(self) -> None:
            self.seen: list[Request] = []

        def handle(self, request: Request) -> Reply:
            self.seen.append(request)
            return Reply(title=f"ran {request.command}", text=request.args)

    handler = Echo()
    out = io.StringIO()
    code = console.run(handler, stdin=io.StringIO("/whosaid Watson\n\nwhat is next?\n/quit\n/help\n"), stdout=out)
    assert code == 0
    assert [(r.command, r.args) for r in handler.seen] == [("whosaid", "Watson"), ("ask", "what is next?")]
    assert "ran whosaid" in out.getvalue()


def test_demo_runs_as_a_real_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "demo"],
        input="/whosaid Watson\n/next --as-of 2023-09-06\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Adrienne Watson" in done.stdout
    assert "Vladivostok" in done.stdout
    assert "1 added" in done.stderr
