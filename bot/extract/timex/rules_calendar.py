"""Normalisers for calendar names: dates, days, months, years, seasons, clock times."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from bot.extract.timex.dates import safe_date, week_value
from bot.extract.timex.normalise import (
    Context,
    Match,
    Norm,
    _low,
    day_direction,
    months_direction,
    parse_number,
    weekday_date,
)
from bot.extract.timex.rules_common import (
    BARE_ABBREVIATIONS,
    RD_OFFSET,
    REL_OFFSET,
    SEASON_START,
    anchor_day,
    capitalised,
    closes_a_name,
    day_number,
    month_number,
    opens_a_name,
    part_in,
    tense_of,
)
from bot.extract.timex.tense import Tense


def clock(m: Match, ctx: Context) -> Norm | None:
    """Normalise "5 p.m. EST Nov. 9", "10:35 a.m."."""
    hour = int(m.group("h")) % 12 + (12 if m.group("ampm").lower().startswith("p") else 0)
    day = anchor_day(m, ctx)
    if day is None:
        return None
    return Norm("TIME", f"{day.isoformat()}T{hour:02d}:{m.group('mi') or '00'}")


def noon(m: Match, ctx: Context) -> Norm | None:
    """Normalise "noon Thursday", "midnight", "mid-afternoon"."""
    if ctx.text[max(0, m.start() - 5) : m.start()].lower() == "high ":
        return None  # "high noon": the showdown, not the hour
    day = anchor_day(m, ctx)
    if day is None:
        return None
    word = re.sub(r"[\s-]+", "", _low(m, "noon"))
    suffix = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00", "midafternoon": "TAF", "midmorning": "TMO"}[word]
    return Norm("TIME", day.isoformat() + suffix)


def full_date(m: Match, ctx: Context) -> Norm | None:
    """Normalise "Monday, Nov. 3", "Sept. 27, 1989", "3 November 2023"."""
    if not capitalised(m, "mon"):
        return None
    day = day_number(m.group("day"), ctx)
    if day is None:
        return None
    month = month_number(m, ctx)
    rel = _low(m, "rel") if "rel" in m.re.groupindex else ""
    if m.group("year"):
        found = safe_date(int(m.group("year")), month, day)
    elif rel and rel != "this":
        # "last Oct. 23" is strictly before publication, "next March 3" strictly after
        back = rel in ("last", "this past")
        found = safe_date(ctx.published.year, month, day)
        if found and (found > ctx.published if back else found < ctx.published):
            found = safe_date(ctx.published.year + (-1 if back else 1), month, day)
    else:
        found = day_direction(month, day, ctx, tense_of(m, ctx))
    return Norm("DATE", found.isoformat()) if found else None


def week_of(m: Match, ctx: Context) -> Norm | None:
    """Normalise "the week of March 6": the ISO week that holds the day."""
    found = full_date(m, ctx)
    return Norm("DATE", week_value(date.fromisoformat(found.value))) if found else None


def numeric_date(m: Match, ctx: Context) -> Norm | None:
    """Normalise "2023-09-12" and "9/12/2023"."""
    year = int(m.group("year"))
    if year < 100:
        year += ctx.published.year // 100 * 100 - (100 if year > ctx.published.year % 100 + 10 else 0)
    found = safe_date(year, int(m.group("mo")), int(m.group("day")))
    return Norm("DATE", found.isoformat()) if found else None


def month_year(m: Match, ctx: Context) -> Norm | None:
    """Normalise "June 1994", "early August 1988"."""
    if not capitalised(m, "mon"):
        return None
    year = int(m.group("year")) if m.group("year") else spelled_year_number(_low(m, "syear"), ctx)
    if year is None:
        return None
    return Norm("DATE", f"{year:04d}-{month_number(m, ctx):02d}", part=part_in(m, ctx))


_POSSESSIVE_NOUN = re.compile(r"['’]s\s+(?:[a-z]+[\s-]+)?([a-z]+)\b")
_GENERIC_OF = re.compile(r"\b([a-z]+)\s+of\s+$")


def generic_day(m: Match, ctx: Context) -> bool:
    """Return True for "today's youth", "the world of tomorrow": our times, not a day."""
    word = _low(m, "rd")
    if word not in ("today", "tomorrow") or m.group("part"):
        return False
    nouns = ctx.words.generic_day_nouns
    after = _POSSESSIVE_NOUN.match(ctx.text.lower(), m.end())
    if after and (after.group(1) in nouns or after.group(0).split()[1] in nouns):
        return True
    before = _GENERIC_OF.search(ctx.text[max(0, m.start() - 30) : m.start()].lower())
    return bool(before and before.group(1) in nouns)


def relative_day(m: Match, ctx: Context) -> Norm | None:
    """Normalise "today", "yesterday morning", "last night", "tonight"."""
    if generic_day(m, ctx):
        return None
    word = _low(m, "rd") or _low(m, "rd2")
    part_word = _low(m, "part") or _low(m, "part2")
    day = ctx.published + timedelta(days=RD_OFFSET[word])
    code = ctx.words.day_parts.get(part_word) if part_word else ("NI" if word == "tonight" else None)
    if code:
        return Norm("TIME", f"{day.isoformat()}T{code}")
    return Norm("DATE", day.isoformat())


def weekday(m: Match, ctx: Context) -> Norm | None:
    """Normalise "Friday", "last Tuesday", "Wednesday night", "each Thursday"."""
    if not capitalised(m, "wd"):
        return None
    number = ctx.words.weekdays[_low(m, "wd")]
    part_word = _low(m, "part")
    code = f"T{ctx.words.day_parts[part_word]}" if part_word else ""
    rel = _low(m, "rel")
    if rel in ("each", "every") or m.group("pl") or m.group("pl2"):
        return Norm("SET", f"XXXX-WXX-{number + 1}{code}")
    tense = tense_of(m, ctx)
    if ctx.text[m.end() : m.end() + 2] in ("'s", "’s"):
        tense = Tense.PAST  # "Friday's purchases": an event already named
    day = weekday_date(number, ctx, tense=tense, rel=rel)
    return Norm("TIME" if code else "DATE", day.isoformat() + code)


def _nth_weekday(year: int, month: int, weekday_no: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday_no - first.weekday()) % 7 + 7 * (n - 1))


def holiday(m: Match, ctx: Context) -> Norm | None:
    """Normalise "Christmas", "Thanksgiving Day", "Election Day"."""
    name = _low(m, "hol")
    year = ctx.published.year + {"last": -1, "next": 1}.get(_low(m, "rel"), 0)
    if name in ctx.words.holidays:
        month, day = ctx.words.holidays[name]
        found = day_direction(month, day, ctx, tense_of(m, ctx)) if not m.group("rel") else safe_date(year, month, day)
        return Norm("DATE", found.isoformat()) if found else None
    if not m.group("rel"):
        year = months_direction(11, ctx, tense_of(m, ctx))
    if name.startswith("thanksgiving"):
        return Norm("DATE", _nth_weekday(year, 11, 3, 4).isoformat())
    return Norm("DATE", (_nth_weekday(year, 11, 0, 1) + timedelta(days=1)).isoformat())


def month(m: Match, ctx: Context) -> Norm | None:
    """Normalise "December", "last April", "this September", "mid-November", "April next year"."""
    name = m.group("mon")
    if not capitalised(m, "mon") or name.lower() in BARE_ABBREVIATIONS or opens_a_name(m, ctx):
        return None  # "Jan Egeland", "the March for Life": a name, not a month
    if not m.group("rel") and closes_a_name(m, ctx, "mon"):
        return None  # "Theresa May", "Prime Minister May"
    span = ctx.doc.char_span(m.start("mon"), m.end("mon"), alignment_mode="expand")
    if span is not None and len(span) == 1 and (span[0].tag_ == "MD" or span[0].tag_.startswith("VB")):
        return None
    number = month_number(m, ctx)
    rel = _low(m, "rel")
    pub = ctx.published
    if rel in ("each", "every"):
        return Norm("SET", f"XXXX-{number:02d}")
    if m.group("yrel"):
        year = pub.year + REL_OFFSET[_low(m, "yrel")]
    elif rel in ("last", "past", "this past"):
        year = pub.year if number < pub.month else pub.year - 1
    elif rel in ("next", "coming", "this coming"):
        year = pub.year if number > pub.month else pub.year + 1
    elif rel == "this":
        year = pub.year
    else:
        year = months_direction(number, ctx, tense_of(m, ctx))
    return Norm("DATE", f"{year:04d}-{number:02d}", part=part_in(m, ctx))


def year(m: Match, ctx: Context) -> Norm | None:
    """Normalise "1990", "fiscal 1989", "early 1991"."""
    span = ctx.doc.char_span(m.start("year"), m.end("year"), alignment_mode="expand")
    if span is not None and len(span) == 1 and not m.group("fy") and counts_things(span[0]):
        return None
    return Norm("DATE", m.group("year"), part=part_in(m, ctx))


def counts_things(token: Token) -> bool:
    """Return True for a year-shaped number that counts a plural noun ("1500 troops").

    A year before a plural noun keeps its article or owner ("the 1992 protests", "the
    company's 1989 results") or a name ("1990 BellSouth earnings"); a count is a round
    figure straight before its noun.
    """
    if token.dep_ != "nummod" or token.head.tag_ != "NNS":
        return False
    before = token.nbor(-1) if token.i > 0 else None
    if before is not None and (before.tag_ in ("DT", "PRP$", "POS") or before.dep_ == "poss"):
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if after is not None and after.tag_ in ("NNP", "NNPS"):
        return False
    return int(token.text) % 50 == 0


def spelled_year(m: Match, ctx: Context) -> Norm | None:
    """Normalise "nineteen ninety-six", "the year two thousand"."""
    if m.group("two"):
        if not m.group("the") and not re.search(r"(?:in|by|until|since)\s+$", ctx.text[max(0, m.start() - 7) : m.start()]):
            return None
        ones = parse_number(_low(m, "ones"), ctx.words) if m.group("ones") else 0
        return Norm("DATE", f"{2000 + int(ones or 0):04d}")
    rest = parse_number(_low(m, "rest"), ctx.words)
    if rest is None:
        return None
    return Norm("DATE", f"{ctx.words.spelled_centuries[_low(m, 'cent')] * 100 + int(rest):04d}")


def spelled_year_number(text: str, ctx: Context) -> int | None:
    """Return the year "nineteen ninety-four" spells, None for an empty or unknown text."""
    if not text:
        return None
    century, _, rest = re.sub(r"[\s-]+", " ", text).partition(" ")
    value = parse_number(rest, ctx.words)
    if century not in ctx.words.spelled_centuries or value is None:
        return None
    return ctx.words.spelled_centuries[century] * 100 + int(value)


def decade(m: Match, ctx: Context) -> Norm | None:
    """Normalise "the 1990s", "the '80s"."""
    raw = m.group("dec")
    if raw.startswith("'"):
        century = ctx.published.year // 100
        return Norm("DATE", f"{century:02d}{raw[1]}", part=part_in(m, ctx))
    return Norm("DATE", raw[:3], part=part_in(m, ctx))


def decade_word(m: Match, ctx: Context) -> Norm | None:
    """Normalise "the nineties": the latest such decade not after the anchor's."""
    digit = ctx.words.decade_words[_low(m, "decw")]
    century = ctx.published.year // 100 - (1 if digit > ctx.published.year % 100 // 10 else 0)
    return Norm("DATE", f"{century:02d}{digit}", part=part_in(m, ctx))


def century(m: Match, ctx: Context) -> Norm | None:
    """Normalise "the 20th century"."""
    n = day_number(m.group("ord"), ctx)
    return Norm("DATE", f"{n - 1:02d}") if n else None


def season_year(code: str, rel: str, ctx: Context, tense: Tense) -> int:
    """Return the year of a season named with a relative word ("last", "the past", "next")."""
    rel = rel.removeprefix("the ")  # "the past summer" is "past summer"
    pub = ctx.published
    start = SEASON_START[code]
    end = start + 2
    if rel in ("last", "past", "this past"):
        return pub.year if pub.month > end else pub.year - 1
    if rel in ("next", "coming", "this coming"):
        return pub.year if pub.month < start else pub.year + 1
    if rel == "this" or tense not in (Tense.PAST, Tense.FUTURE):
        return pub.year
    if tense is Tense.PAST:
        return pub.year if pub.month >= start else pub.year - 1
    return pub.year if pub.month <= end else pub.year + 1


def season(m: Match, ctx: Context) -> Norm | None:
    """Normalise "this summer", "last fall", "the winter of 1990"."""
    code = ctx.words.seasons[_low(m, "season")]
    rel = _low(m, "rel")
    year_named = int(m.group("year")) if m.group("year") else spelled_year_number(_low(m, "syear"), ctx)
    if year_named is not None:
        return Norm("DATE", f"{year_named:04d}-{code}", part=part_in(m, ctx))
    if not rel and not m.group("mod"):
        return None
    if rel in ("each", "every"):
        return Norm("SET", f"XXXX-{code}")
    year = season_year(code, rel, ctx, tense_of(m, ctx))
    return Norm("DATE", f"{year:04d}-{code}", part=part_in(m, ctx))
