"""The console: the same commands as chat, in a terminal, without any chat account."""

from __future__ import annotations

import contextlib
import sys
from typing import TextIO

from bot.commands.formats import reply_to_text
from bot.commands.parse import parse_line
from bot.commands.types import Handler, Reply, Request

PROMPT = "newsroom> "
QUIT = frozenset({"/quit", "/exit", "/q", "quit", "exit"})
BANNER = (
    "Newsroom bot console. Type /help for commands, a question in plain words, or /quit.\n"
    'Try: /whosaid Watson   /claims   /next --as-of 2023-09-06   "what did the Post say?"'
)


def to_request(line: str, *, user: str = "console") -> Request | None:
    """Translate a typed line into a request (None for a blank line)."""
    if not line.strip():
        return None
    command, args = parse_line(line)
    # The person at the terminal owns the database, so they may ingest.
    return Request(command=command, args=args, user_id=user, platform="console", is_editor=True)


def render(reply: Reply) -> str:
    """Render a reply for the terminal."""
    return reply_to_text(reply)


def run(handler: Handler, *, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Read commands until end of input or /quit; prompt only when talking to a terminal."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin.isatty() and stdout.isatty()
    if interactive:
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401  (line editing and history at the prompt)
        print(BANNER, file=stdout)
    errors = 0
    while True:
        if interactive:
            try:
                line = input(PROMPT)
            except (EOFError, KeyboardInterrupt):
                print(file=stdout)
                break
        else:
            line = stdin.readline()
            if not line:
                break
        if line.strip().lower() in QUIT:
            break
        request = to_request(line)
        if request is None:
            continue
        reply = handler.handle(request)
        errors += reply.error
        print(render(reply), file=stdout, end="\n\n", flush=True)
    return 1 if errors and not interactive else 0
