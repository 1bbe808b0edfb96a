"""Find quoted passages by their quote marks, on the raw text (no parse needed).

Handles “curly”, "straight", ‘single’, 'single', «guillemets», ``TeX-style'' and
NYT-style ''doubled'' marks, nested quotes (the outer one wins), and a quote
that runs over several paragraphs: a paragraph that opens a quote and does not
close it continues into the next paragraph when that one opens with a mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# (pattern, family, direction): direction is "open", "close" or "either".
MARKS: tuple[tuple[str, str, str], ...] = (
    ("``", "double", "open"),
    ("''", "double", "either"),
    ("“", "double", "open"),
    ("„", "double", "open"),
    ("”", "double", "close"),
    ("«", "double", "open"),
    ("»", "double", "close"),
    ('"', "double", "either"),
    ("‘", "single", "open"),
    ("’", "single", "close"),
    ("'", "single", "either"),
)
MARK_RE = re.compile("|".join(re.escape(m) for m, _, _ in MARKS))
KIND = {m: (family, direction) for m, family, direction in MARKS}
OPEN_BEFORE = set(" \t\n([{—–-―/") | {""}


@dataclass(frozen=True)
class Marked:
    """A passage between quote marks: offsets include the marks."""

    start: int
    end: int
    paragraphs: int = 1  # how many paragraphs the passage runs over


@dataclass(frozen=True)
class _Mark:
    pos: int
    end: int
    family: str
    direction: str  # open | close


def _direction(text: str, pos: int, end: int, direction: str, family: str) -> str | None:
    """Return open/close for a mark, or None when it is an apostrophe."""
    before = text[pos - 1] if pos else ""
    after = text[end] if end < len(text) else ""
    if (
        family == "single"
        and before.isalnum()
        and (after.isalnum() or (direction == "either" and after == ""))
    ):
        return None  # don't, O'Neill, rock'n'roll
    if family == "single" and before.isalnum() and after.isalpha():
        return None
    if direction != "either":
        if family == "single" and direction == "close" and before.isalnum() and after.isalnum():
            return None
        return direction
    opens = before in OPEN_BEFORE or before in "“‘\"'"
    closes = not before.isspace() and before != "" and (after == "" or not after.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if family == "single":
        return None  # a lone ' between spaces or letters is not a quote
    return "either"


def _marks(text: str) -> list[_Mark]:
    out = []
    for m in MARK_RE.finditer(text):
        family, direction = KIND[m.group()]
        d = _direction(text, m.start(), m.end(), direction, family)
        if d is not None:
            out.append(_Mark(m.start(), m.end(), family, d))
    return out


def _style(mark: str) -> str:
    return "straight" if mark in "\"'" else "typographic"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans


def find_marked(text: str) -> list[Marked]:
    """Return the top-level quoted passages of a text, in order."""
    out: list[Marked] = []
    paras = _paragraphs(text)
    all_marks = _marks(text)
    curly = _mostly_curly(text, all_marks)
    k = 0
    carried: tuple[int, int] | None = None  # (start, paragraphs) of a quote left open
    for p_start, p_end in paras:
        marks = []
        while k < len(all_marks) and all_marks[k].pos < p_end:
            if all_marks[k].pos >= p_start:
                marks.append(all_marks[k])
            k += 1
        lead = p_start + (len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip()))
        if curly and _stray_opener(text, marks, lead):
            marks = marks[1:]
        opened: int | None = None
        paragraphs = 1
        depth = 0
        if carried is not None:
            first = marks[0] if marks else None
            # Only the same kind of mark continues a quote: a stray '"' does not continue a '“'.
            same = first is not None and _style(text[first.pos]) == _style(text[carried[0]])
            if (
                first is not None
                and same
                and first.pos == lead
                and first.family == "double"
                and first.direction != "close"
            ):
                opened, paragraphs = carried[0], carried[1] + 1
                depth = 1
                marks = marks[1:]
            carried = None
        single_open: int | None = None
        for mk in marks:
            if mk.family == "double":
                if depth == 0:
                    if mk.direction == "close":
                        continue  # a stray closing mark
                    opened, depth, single_open = mk.pos, 1, None
                elif mk.direction == "open" and text[mk.pos : mk.end] in "“„«``":
                    depth += 1  # a quote inside the quote (“... [“Democratic ...”] ...”)
                else:
                    depth -= 1
                    if depth == 0 and opened is not None:
                        out.append(Marked(opened, mk.end, paragraphs))
                        opened, paragraphs = None, 1
            elif depth == 0:
                if mk.direction == "open" and single_open is None:
                    single_open = mk.pos
                elif mk.direction != "open" and single_open is not None:
                    if mk.pos - single_open > 2:
                        out.append(Marked(single_open, mk.end))
                    single_open = None
        if depth and opened is not None and (opened == lead or paragraphs > 1):
            carried = (opened, paragraphs)
            # If no next paragraph continues it, the quote ends with this paragraph.
            out.append(Marked(opened, p_end, paragraphs))
    return _merge_continued(out)


def _mostly_curly(text: str, marks: list[_Mark]) -> bool:
    """Say whether an article quotes with “curly” double marks more than with straight ones."""
    straight = sum(text[mk.pos : mk.end] == '"' for mk in marks)
    curly = sum(text[mk.pos : mk.end] in "“”" for mk in marks)
    return curly > straight


def _stray_opener(text: str, marks: list[_Mark], lead: int) -> bool:
    """Say whether a paragraph opens with a straight mark it never closes, in a curly article.

    A passage pasted from elsewhere keeps its own straight marks ('"The first time she ...'):
    one left open would swallow the paragraph and the curly quotes inside it.
    """
    straight = [mk for mk in marks if text[mk.pos : mk.end] == '"']
    return (
        bool(straight)
        and straight[0].pos == lead
        and marks[0].pos == lead
        and len(straight) % 2 == 1
    )


def _merge_continued(found: list[Marked]) -> list[Marked]:
    """Keep only the longest of the passages that share a start (a continued quote)."""
    best: dict[int, Marked] = {}
    for m in found:
        if m.start not in best or m.end > best[m.start].end:
            best[m.start] = m
    return sorted(best.values(), key=lambda m: m.start)
