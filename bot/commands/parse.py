"""Turn chat or console text into a neutral request: command, free text and options."""

from __future__ import annotations

import shlex
from collections.abc import Mapping

from bot.errors import CommandError

# Other names people type for a command; chat platforms use "nextevent" for "next".
ALIASES: dict[str, str] = {
    "nextevent": "next",
    "events": "next",
    "who": "whosaid",
    "quotes": "whosaid",
    "claim": "claims",
    "list": "articles",
    "show": "article",
    "h": "help",
    "?": "help",
    "stats": "status",
}

# Inline flags a command accepts, as `--name value`; the value is kept as text.
KNOWN_OPTIONS = frozenset(
    {"status", "as-of", "page", "title", "source", "published", "url", "note", "topic"}
)


def canonical_command(name: str) -> str:
    """Return the core command a typed name stands for ("/nextevent" -> "next")."""
    bare = name.strip().lstrip("/!").lower()
    return ALIASES.get(bare, bare)


def split_options(args: str) -> tuple[str, dict[str, str]]:
    """Split `--name value` options out of an argument string; return (rest, options)."""
    try:
        tokens = shlex.split(args, posix=True)
    except ValueError:
        # An unbalanced quote in free text is not an error: treat the text as words.
        tokens = args.split()
    rest: list[str] = []
    options: dict[str, str] = {}
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.startswith("--") and len(token) > 2:
            name, _, inline = token[2:].partition("=")
            name = name.lower()
            if name not in KNOWN_OPTIONS:
                raise CommandError(
                    f"Unknown option --{name}",
                    hint="options are " + ", ".join(f"--{o}" for o in sorted(KNOWN_OPTIONS)),
                )
            if inline:
                options[name.replace("-", "_")] = inline
            elif i + 1 < len(tokens):
                options[name.replace("-", "_")] = tokens[i + 1]
                i += 1
            else:
                raise CommandError(f"Option --{name} needs a value")
        else:
            rest.append(token)
        i += 1
    return " ".join(rest), options


def parse_line(line: str) -> tuple[str, str]:
    """Split a typed line into (command, argument text); plain text is a question for `ask`."""
    text = line.strip()
    if not text.startswith(("/", "!")):
        return "ask", text
    head, _, tail = text.partition(" ")
    return canonical_command(head), tail.strip()


def merged_options(args: str, given: Mapping[str, str]) -> tuple[str, dict[str, str]]:
    """Return the free text and options, typed options overriding inline ones."""
    rest, inline = split_options(args)
    inline.update({k: v for k, v in given.items() if v not in (None, "")})
    return rest, inline
