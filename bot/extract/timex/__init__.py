"""Stage: timex — find time expressions, normalise them TimeML-style and give each its window.

The grammar (grammar.py) proposes spans from the time-word lexicon; the longest
non-overlapping ones are kept; each is normalised (handlers.py) against the
publication date in text order, so "a year earlier" can refer back to the last
quarter named; windows.py turns the value and the cue before it ("by", "within")
into the earliest and latest day it allows.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from bot.extract.model import Timex
from bot.extract.timex.extent import trim_extent
from bot.extract.timex.grammar import anchor_regex, compile_rules
from bot.extract.timex.handlers import HANDLERS
from bot.extract.timex.lexicon import load_time_words
from bot.extract.timex.normalise import Context, Norm
from bot.extract.timex.windows import window_for

if TYPE_CHECKING:
    from bot.extract.pipeline import Work

__all__ = ["extract_timexes", "find_timexes"]


_YEAR_SCOPE_MONTHS = (6.0, 9.0, 12.0)
_REACH = 40  # no expression runs further than this from its anchor word (22 seen on TimeBank)


def _segments(text: str) -> list[tuple[int, int]]:
    """Return the stretches of text around time words; the rules only scan these (speed)."""
    segments: list[tuple[int, int]] = []
    for m in anchor_regex().finditer(text):
        lo = max(0, m.start() - _REACH)
        space = text.find(" ", m.end() + _REACH)
        hi = len(text) if space < 0 else space
        if segments and lo <= segments[-1][1]:
            segments[-1] = (segments[-1][0], max(hi, segments[-1][1]))
        else:
            segments.append((lo, hi))
    return segments


def _candidates(text: str) -> list[tuple[int, int, int, str]]:
    """Return every rule match as (start, end, priority, rule name)."""
    found = []
    segments = _segments(text)
    for priority, rule in enumerate(compile_rules()):
        for lo, hi in segments:
            for m in rule.regex.finditer(text, lo, hi):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), priority, rule.name))
    return found


def _choose(doc: Doc, published: date, text: str) -> list[tuple[int, int, str]]:
    """Return the longest non-overlapping spans whose normaliser accepts them, in text order."""
    rules = {rule.name: rule for rule in compile_rules()}
    ctx = Context(published=published, doc=doc, words=load_time_words(), text=text)
    taken: list[tuple[int, int, str]] = []
    for start, end, _, name in sorted(_candidates(text), key=lambda c: (c[0] - c[1], c[2], c[0])):
        if any(start < e and s < end for s, e, _ in taken):
            continue
        m = rules[name].regex.match(text, start)
        if m is None or m.end() != end or HANDLERS[name](m, ctx) is None:
            continue
        taken.append((start, end, name))
    return sorted(taken)


# "April 24 and 25", "Sept. 9-10": a second day of the same month, closing its phrase
_SECOND_DAY = re.compile(
    r"\s*(?:and|or|to|through|-|–)\s*(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|on|and|or|for|with|when|before|after|from|of|the)\b)"
)


def second_day(text: str, end: int, norm: Norm) -> tuple[int, int, Norm] | None:
    """Return the day number joined to a full date ("April 24 and 25" -> "25", 04-25), if any."""
    if norm.type != "DATE" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", norm.value):
        return None
    m = _SECOND_DAY.match(text, end)
    if m is None or int(m.group("day")) <= int(norm.value[8:]):
        return None
    value = f"{norm.value[:8]}{int(m.group('day')):02d}"
    return m.start("day"), m.end("day"), Norm("DATE", value)


def extract_timexes(doc: Doc, published: date) -> list[Timex]:
    """Return the time expressions of a parsed article, resolved against its publication date."""
    text = doc.text  # spaCy rebuilds it on every access: read it once
    rules = {rule.name: rule for rule in compile_rules()}
    ctx = Context(published=published, doc=doc, words=load_time_words(), text=text)
    timexes: list[Timex] = []
    chosen = _choose(doc, published, text)
    for start, end, name in chosen:
        m = rules[name].regex.match(text, start)
        norm = HANDLERS[name](m, ctx) if m else None
        if norm is None:
            continue
        timexes.append(_timex(start, end, norm, ctx))
        second = second_day(text, end, norm)
        if second and not any(second[0] < e and s < second[1] for s, e, _ in chosen):
            timexes.append(_timex(*second, ctx))
    return timexes


def _timex(start: int, end: int, norm: Norm, ctx: Context) -> Timex:
    """Return the Timex of a normalised span, noting what later anaphors need in the context."""
    text = ctx.text
    if norm.type == "DATE" and norm.value[:1].isdigit():
        ctx.named.append(norm.value)
    if (norm.unit == "M" and norm.count in _YEAR_SCOPE_MONTHS) or re.fullmatch(r"\d{4}-H\d", norm.value):
        ctx.year_scope_at = start  # "the first nine months": later year-ago anaphors mean the year
    earliest, latest = window_for(
        norm,
        text=text[start:end],
        text_before=text[max(0, start - 30) : start],
        text_after=text[end : end + 30],
        published=ctx.published,
        tense=ctx.tense(start, end),
        words=ctx.words,
    )
    start, end = trim_extent(text, start, end, ctx.words)
    return Timex(text[start:end], start, end, norm.type, norm.value, earliest, latest)


def find_timexes(work: Work) -> None:
    """Write the article's time expressions to ``work.timexes``."""
    work.timexes = extract_timexes(work.doc, work.published)
