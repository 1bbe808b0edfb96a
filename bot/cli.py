"""The command line: `newsroom-bot COMMAND` (also `python -m bot`)."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from types import ModuleType

from bot import __version__
from bot.bootstrap import Services, bootstrap
from bot.commands.formats import reply_to_json, reply_to_text
from bot.commands.help import COMMANDS
from bot.commands.types import Reply, Request
from bot.config import Settings, load_settings
from bot.errors import NewsroomError

LOOKUPS = ("whosaid", "claims", "next", "articles", "article", "ask", "status", "flag", "help")


def _adapter(name: str) -> ModuleType:
    # Adapters are loaded by name so the core has no import of any platform.
    return importlib.import_module(f"adapters.{name}")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="newsroom-bot",
        description="Who said what, which claims are unconfirmed, and what is expected next.",
    )
    parser.add_argument("--version", action="version", version=f"newsroom-bot {__version__}")
    parser.add_argument("--database-url", help="override NEWSROOM_DATABASE_URL")
    parser.add_argument("--env-file", default=".env", help="settings file (default: .env)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ingest = sub.add_parser("ingest", help="read articles: files, folders, http(s) URLs, or - for stdin")
    ingest.add_argument("sources", nargs="+", metavar="PATH_OR_URL")
    for name in ("published", "source", "title", "url"):
        ingest.add_argument(f"--{name}", help=f"override the article's {name}")
    ingest.add_argument("--no-progress", action="store_true", help="no progress bar")

    descriptions = {info.name: info.description for info in COMMANDS}
    for name in LOOKUPS:
        cmd = sub.add_parser(name, help=descriptions.get(name, ""))
        if name in ("whosaid", "claims", "next", "ask"):
            cmd.add_argument("words", nargs="*", help="person, topic or question")
        if name == "article":
            cmd.add_argument("words", nargs=1, metavar="ID")
        if name == "flag":
            cmd.add_argument("words", nargs=1, metavar="CLAIM_ID")
            cmd.add_argument("--note")
        if name == "claims":
            cmd.add_argument(
                "--status",
                choices=("unconfirmed", "attributed", "stated", "all"),
                help="which claims (default: unconfirmed)",
            )
        if name == "next":
            cmd.add_argument(
                "--as-of", dest="as_of", metavar="YYYY-MM-DD", help="the day to look ahead from"
            )
        if name in ("whosaid", "claims", "next", "articles"):
            cmd.add_argument("--page", type=int, help="page of results (from 1)")
        cmd.add_argument("--json", action="store_true", help="print JSON (shape in README)")

    sub.add_parser("console", help="chat with the bot in the terminal")
    demo = sub.add_parser("demo", help="load seeds/ into a fresh database and open the console")
    demo.add_argument("--seeds", help="folder of sample articles (default: NEWSROOM_SEEDS_DIR)")
    extract = sub.add_parser("extract", help="run the extractor over a JSONL corpus, store nothing")
    extract.add_argument("--jsonl", required=True, metavar="IN")
    extract.add_argument("--out", required=True, metavar="OUT")
    extract.add_argument("--published", help="date for lines without one (default: today)")
    sub.add_parser("reextract", help="re-read stored articles made by an older extractor")
    sub.add_parser("slack", help="run the Slack app (Socket Mode or HTTP)")
    discord = sub.add_parser("discord", help="run the Discord bot")
    discord.add_argument("--invite-url", action="store_true", help="print the invite URL and exit")
    return parser


def _print_reply(reply: Reply, *, as_json: bool) -> int:
    if as_json:
        print(json.dumps(reply_to_json(reply), ensure_ascii=False, indent=2))
    else:
        print(reply_to_text(reply))
    return 1 if reply.error else 0


def _lookup(services: Services, args: argparse.Namespace) -> int:
    options = {
        key: str(value)
        for key in ("status", "as_of", "page", "note")
        if (value := getattr(args, key, None)) is not None
    }
    request = Request(
        command=args.command,
        args=" ".join(getattr(args, "words", None) or []),
        user_id="cli",
        platform="cli",
        options=options,
        is_editor=True,
    )
    return _print_reply(services.handler.handle(request), as_json=args.json)


def _ingest(services: Services, sources: Sequence[str], args: argparse.Namespace) -> int:
    from bot.ingest.service import Overrides, ingest_sources

    report = ingest_sources(
        sources,
        pipeline=services.pipeline(),
        engine=services.engine,
        settings=services.settings,
        clock=services.clock,
        overrides=Overrides(
            published=getattr(args, "published", None),
            source=getattr(args, "source", None),
            title=getattr(args, "title", None),
            url=getattr(args, "url", None),
        ),
        progress=not getattr(args, "no_progress", False),
    )
    for line in report.summary_lines():
        print(line, file=sys.stderr)
    return 0 if report.ok else 1


def _extract(services: Services, args: argparse.Namespace) -> int:
    from bot.extract.jsonl import extract_corpus, parse_published

    fallback = parse_published(args.published, services.clock.now().date())
    count = 0
    with open(args.jsonl, encoding="utf-8") as fin, open(args.out, "w", encoding="utf-8") as fout:
        for obj in extract_corpus(services.pipeline(), fin, fallback=fallback):
            fout.write(json.dumps(obj, ensure_ascii=False) + "\n")
            count += 1
    print(f"extracted {count} documents -> {args.out}", file=sys.stderr)
    return 0


def _demo(settings: Settings, args: argparse.Namespace) -> int:
    seeds = args.seeds or settings.seeds_dir
    bundled = Path(__file__).resolve().parents[1] / "seeds"
    if not args.seeds and not Path(seeds).is_dir() and bundled.is_dir():
        seeds = str(bundled)  # run from another folder: use the checkout's sample articles
    if not Path(seeds).is_dir():
        print(f"error: no sample articles folder at {seeds!r}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="newsroom-demo-") as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'demo.db'}"
        services = bootstrap(replace(settings, database_url=url))
        print(f"Loading sample articles from {seeds} into a fresh database...", file=sys.stderr)
        _ingest(services, [seeds], args)
        return int(_adapter("console").run(services.handler))


def run(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and run one command; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    settings = load_settings(dotenv_path=args.env_file)
    if args.database_url:
        settings = replace(settings, database_url=args.database_url)
    if args.command == "demo":
        return _demo(settings, args)
    if args.command == "slack":
        _adapter("slack").run(settings)
        return 0
    if args.command == "discord":
        module = _adapter("discord_bot")
        return int(module.main(settings, invite_only=args.invite_url))
    services = bootstrap(settings)
    if args.command == "ingest":
        return _ingest(services, args.sources, args)
    if args.command == "extract":
        return _extract(services, args)
    if args.command == "reextract":
        from bot.ingest.service import reextract_all

        count = reextract_all(services.engine, services.pipeline(), now=services.clock.now())
        print(f"re-extracted {count} article(s)", file=sys.stderr)
        return 0
    if args.command == "console":
        return int(_adapter("console").run(services.handler))
    return _lookup(services, args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: clear one-line errors, no tracebacks for a user's mistake."""
    try:
        return run(argv)
    except NewsroomError as exc:
        print(f"error: {exc.user_message()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `newsroom-bot whosaid | head -1`: the reader left; that is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


