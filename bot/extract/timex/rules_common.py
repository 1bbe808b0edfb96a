"""Helpers and tables the rule normalisers share."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.extract.timex.normalise import (
    Context,
    Match,
    _low,
    day_direction,
    weekday_date,
)
from bot.extract.timex.tense import Tense

# Month abbreviations without their full stop read as names ("Jan Egeland") unless a day follows.
BARE_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
ANAPHORIC_RELS = frozenset({"following", "the following", "the previous", "the preceding"})
REL_OFFSET = {
    "this": 0, "current": 0, "the current": 0,
    "last": -1, "past": -1, "the last": -1, "the past": -1, "previous": -1, "the previous": -1, "the preceding": -1, "this past": -1,
    "next": 1, "the next": 1, "coming": 1, "following": 1, "the following": 1, "this coming": 1, "the": 0,
}
ORDINAL_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
RD_OFFSET = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "the day before yesterday": -2, "the day after tomorrow": 2, "this": 0, "last": -1}


_NAME_AFTER = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][a-z]")


def opens_a_name(m: Match, ctx: Context) -> bool:
    """Return True when a month name opens a name: "the March for Life", "the Spring of Hope"."""
    return bool(_NAME_AFTER.match(ctx.text, m.end()))


def closes_a_name(m: Match, ctx: Context, group: str) -> bool:
    """Return True when a month name ends a person's name: "Theresa May", "Prime Minister May".

    "Monday May 5" and "In May" stay months: a day number follows, or no name comes before.
    """
    span = ctx.doc.char_span(m.start(group), m.end(group), alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    word, before = span[0], ctx.doc[span.start - 1]
    if word.ent_type_ == "PERSON":
        return True
    after = ctx.doc[span.end] if span.end < len(ctx.doc) else None
    if after is not None and after.like_num:
        return False
    named = before.pos_ == "PROPN" and before.text[:1].isupper() and bool(before.whitespace_)
    calendar = before.lower_ in ctx.words.weekdays or before.lower_ in ctx.words.months
    return named and not calendar


def is_title(m: Match, ctx: Context) -> bool:
    """Return True for a relative phrase in title case, ABC's "This Week": a title, not a time."""
    words = m.group(0).split()
    return (
        len(words) > 1
        and all(w[:1].isupper() for w in words)
        and words[0].lower() in REL_OFFSET
        and words[-1].lower() in ctx.words.units
    )


def capitalised(m: Match, group: str) -> bool:
    """Return True when the group starts with a capital (month and day names must)."""
    text = m.group(group) or ""
    return bool(text) and text[0].isupper()


def tense_of(m: Match, ctx: Context) -> Tense:
    """Return the tense of the clause around the match."""
    return ctx.tense(m.start(), m.end())


def part_in(m: Match, ctx: Context) -> str | None:
    """Return the part of the period a modifier keeps ("early" -> START), if any."""
    mod = _low(m, "mod") if "mod" in m.re.groupindex else ""
    return ctx.words.modifiers.get(mod) if mod else None


def day_number(text: str, ctx: Context) -> int | None:
    """Return the day of the month a figure or ordinal word names."""
    low = text.lower()
    if low in ctx.words.ordinals:
        return ctx.words.ordinals[low]
    digits = re.match(r"\d+", low)
    return int(digits.group()) if digits else None


def month_number(m: Match, ctx: Context) -> int:
    """Return the month (1-12) the match names."""
    return ctx.words.months[_low(m, "mon")]


def anchor_day(m: Match, ctx: Context) -> date | None:
    """Return the day a clock time or part of day hangs on (weekday, today, a date, else publication)."""
    if m.groupdict().get("wd"):
        return weekday_date(ctx.words.weekdays[_low(m, "wd")], ctx, tense=tense_of(m, ctx))
    if m.groupdict().get("rd"):
        return ctx.published + timedelta(days=RD_OFFSET[_low(m, "rd")])
    if m.groupdict().get("mon"):
        day = day_number(m.group("day"), ctx)
        return day_direction(month_number(m, ctx), day, ctx, tense_of(m, ctx)) if day else None
    return ctx.published
