"""Normalisers for periods: quarters, relative units, durations, sets and vague references."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.extract.timex.dates import (
    add_months,
    quarter_of,
    shift_value,
    week_value,
    window_of,
)
from bot.extract.timex.normalise import (
    Context,
    Match,
    Norm,
    _low,
    duration_value,
    parse_number,
    relative_unit_value,
    unit_of,
)
from bot.extract.timex.rules_calendar import season_year
from bot.extract.timex.rules_common import (
    ANAPHORIC_RELS,
    ORDINAL_QUARTERS,
    REL_OFFSET,
    capitalised,
    is_title,
    part_in,
    tense_of,
)
from bot.extract.timex.tense import Tense


def _year_from_prefix(pre: str, ctx: Context) -> int | None:
    found = re.search(r"\d{4}", pre)
    if found:
        return int(found.group())
    for word, offset in (("this year", 0), ("last year", -1), ("next year", 1)):
        if word in pre:
            return ctx.published.year + offset
    return None


def quarter(m: Match, ctx: Context) -> Norm | None:
    """Normalise "the third quarter", "third-quarter", "the first half of 1990", "next year's first quarter"."""
    pre = _low(m, "pre")
    n = ORDINAL_QUARTERS[_low(m, "ord")]
    unit = _low(m, "unit")
    year = None
    if m.group("year"):
        year = int(m.group("year"))
    elif m.group("yrel"):
        year = ctx.published.year + REL_OFFSET[_low(m, "yrel")]
    else:
        year = _year_from_prefix(pre, ctx)
    if unit == "half":
        n = min(n, 2)
        year = year or ctx.published.year
        return Norm("DATE", f"{year:04d}-H{n}")
    if year is None:
        year = ctx.published.year
        starts = date(year, (n - 1) * 3 + 1, 1)
        if starts > ctx.published and tense_of(m, ctx) is Tense.PAST:
            year -= 1
        if re.search(r"year[\s-](?:ago|earlier)", pre):
            year -= 1
    value = f"{year:04d}-Q{n}"
    if not re.search(r"year[\s-](?:ago|earlier)", pre):
        ctx.note_quarter(value, m.end())
    return Norm("DATE", value)


def _reference_quarter(ctx: Context) -> str:
    return ctx.last_quarter or relative_unit_value("Q", -1, ctx.published)


def the_quarter(m: Match, ctx: Context) -> Norm | None:
    """Normalise "the quarter", "the latest quarter", "the year-ago period"."""
    pre = _low(m, "pre")
    text = m.group(0).lower()
    if not pre and not text.startswith("the"):
        return None
    if _low(m, "unit") == "period" and not pre:
        return None
    follow = ctx.text[m.end() : m.end() + 4]
    if follow.startswith((" of", "s", "-")):
        return None  # "the quarter of", "the quarter-to-quarter comparison"
    if "current" in pre:
        return Norm("DATE", relative_unit_value("Q", 0, ctx.published))
    base = _reference_quarter(ctx)
    if re.search(r"latest|recent|just", pre):
        base = relative_unit_value("Q", -1, ctx.published)
    year_named = re.search(r"\d{4}", pre)
    # "the year-ago quarter", "last year's quarter", "the corresponding period last year"
    year_ago = re.search(r"year[\s-](?:ago|earlier)|last\s+year", f"{pre} {_low(m, 'post')}")
    if ctx.in_year_scope() and (year_named or year_ago):
        # "for the nine months ... the 1988 period": the year, not a quarter of it
        return Norm("DATE", year_named.group() if year_named else str(ctx.published.year - 1))
    if year_named:
        return Norm("DATE", f"{year_named.group()}{base[4:]}")
    if year_ago:
        return Norm("DATE", shift_value(base, -1))
    return Norm("DATE", base)


def year_ago_adjective(m: Match, ctx: Context) -> Norm | None:
    """Normalise the adjective "year-earlier" ("year-earlier levels")."""
    in_scope = ctx.quarter_in_scope(m.start())
    if in_scope:
        return Norm("DATE", shift_value(in_scope, -1))
    return Norm("DATE", str(ctx.published.year - 1))


def period_end(m: Match, ctx: Context) -> Norm | None:
    """Normalise "year-end", "month-end"."""
    unit = _low(m, "unit")
    pub = ctx.published
    if unit == "year":
        # "since year-end": the last one gone; a past clause early in the year: last year's
        back = ctx.past_cue_before(m.start()) or (tense_of(m, ctx) is Tense.PAST and pub.month < 7)
        year = pub.year - 1 if back else pub.year
        return Norm("DATE", f"{year:04d}-12-31")
    return Norm("DATE", relative_unit_value("M" if unit == "month" else "Q", 0, pub), part="END")


def the_year(m: Match, ctx: Context) -> Norm | None:
    """Normalise "the year", "the fiscal year": a duration before "ended", else the current year."""
    if m.group("ended"):
        return Norm("DURATION", "P1Y", count=1, unit="Y")
    offset = -1 if "latest" in _low(m, "adj") else 0
    return Norm("DATE", str(ctx.published.year + offset))


def the_weekend(m: Match, ctx: Context) -> Norm | None:
    """Normalise "the weekend": the last one in a past clause, else the coming one."""
    pub = ctx.published
    back = tense_of(m, ctx) is Tense.PAST and pub.weekday() < 5
    return Norm("DATE", week_value(pub - timedelta(days=7) if back else pub) + "-WE")


_SHAPES = {"day": r"^\d{4}-\d{2}-\d{2}$", "week": r"^\d{4}-W\d{2}$", "month": r"^\d{4}-\d{2}$", "quarter": r"^\d{4}-Q\d$"}


def that_unit(m: Match, ctx: Context) -> Norm | None:
    """Normalise "that year", "the same day", "later that month": the last such time named."""
    unit = _low(m, "unit")
    for value in reversed(ctx.named):
        if unit == "year" and re.match(r"^\d{4}", value):
            return Norm("DATE", value[:4], part=part_in(m, ctx))
        if unit in _SHAPES and re.match(_SHAPES[unit], value):
            return Norm("DATE", value, part=part_in(m, ctx))
        if unit == "month" and re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            return Norm("DATE", value[:7], part=part_in(m, ctx))
    # Nothing named before: the unit around the publication date.
    return Norm("DATE", relative_unit_value(unit_of(unit, ctx.words), 0, ctx.published), part=part_in(m, ctx))


def relative_unit(m: Match, ctx: Context) -> Norm | None:
    """Normalise "next week", "last month", "this year", "earlier this week", "the end of the month"."""
    if is_title(m, ctx):
        return None
    rel = _low(m, "rel")
    offset = REL_OFFSET.get(rel, 0)
    word = _low(m, "unit")
    if word in ctx.words.seasons:
        code = ctx.words.seasons[word]
        year = season_year(code, rel, ctx, tense_of(m, ctx))
        return Norm("DATE", f"{year:04d}-{code}", part=part_in(m, ctx))
    unit = unit_of(word, ctx.words)
    if unit == "WE" and rel == "this":
        past = tense_of(m, ctx) is Tense.PAST and ctx.published.weekday() < 5
        offset = -1 if past else 0
    if unit == "D":  # "the end of the day"
        return Norm("DATE", ctx.published.isoformat(), part=part_in(m, ctx))
    anchor = ctx.published
    if rel in ANAPHORIC_RELS and ctx.named:
        # "the following year", "the previous month": counted from the last time named
        named_start = window_of(ctx.named[-1], ctx.published)[0]
        anchor = named_start or anchor
    return Norm("DATE", relative_unit_value(unit, offset, anchor), part=part_in(m, ctx))


def _shift_by_units(pub: date, n: int, unit: str) -> str:
    """Return the value of the unit n units away from the anchor (negative = back)."""
    if unit == "D":
        return (pub + timedelta(days=n)).isoformat()
    if unit in ("W", "WE"):
        return week_value(pub + timedelta(weeks=n))
    if unit == "FN":
        return week_value(pub + timedelta(weeks=2 * n))
    if unit == "M":
        y, mo = add_months(pub.year, pub.month, n)
        return f"{y:04d}-{mo:02d}"
    if unit == "Q":
        y, mo = add_months(pub.year, (quarter_of(pub) - 1) * 3 + 1, 3 * n)
        return f"{y:04d}-Q{quarter_of(date(y, mo, 1))}"
    if unit == "DE":
        return f"{pub.year + 10 * n:04d}"
    if unit == "CE":
        return f"{pub.year + 100 * n:04d}"
    if unit in ("H", "MIN", "S"):
        return pub.isoformat()
    return f"{pub.year + n:04d}"


def ago(m: Match, ctx: Context) -> Norm | None:
    """Normalise "two weeks ago", "almost 20 months ago", "a year earlier", "three days from now"."""
    direction = _low(m, "dir")
    back = direction in ("ago", "earlier", "back")
    unit = unit_of(_low(m, "unit"), ctx.words)
    num_text = _low(m, "num")
    n = parse_number(num_text, ctx.words) if num_text else None
    if num_text and num_text in ctx.words.numbers and not (m.group("unit") or "").lower().endswith("s"):
        n = n or 1
    if n is None and direction in ("earlier", "later") and unit not in ("Y", "M", "Q"):
        # "a few days later": the length, like "three days later" below
        return Norm("DURATION", duration_value(None, unit), unit=unit)
    if n is None:
        return Norm("DATE", "PAST_REF" if back else "FUTURE_REF")
    whole = round(n)
    if direction in ("earlier", "later") and unit not in ("Y", "M", "Q"):
        # "three days later": TimeBank annotates the length, the anchor being some other event
        return Norm("DURATION", duration_value(n, unit), count=n, unit=unit)
    in_scope = ctx.quarter_in_scope(m.start())
    if unit == "Y" and whole == 1 and in_scope:
        # "profit rose in the third quarter from a year earlier": the same quarter, a year back
        return Norm("DATE", shift_value(in_scope, -1 if back else 1))
    return Norm("DATE", _shift_by_units(ctx.published, -whole if back else whole, unit), count=n, unit=unit)


_AGE_AFTER = re.compile(r"\s+(?:old|of\s+age)\b", re.IGNORECASE)


_MONEY_BEFORE = re.compile(r"(?:\d|percent|%|cents?|dollars?|million|billion|times|twice|once)\s*$", re.IGNORECASE)


# "a quarter of the shares", "three quarters of its staff" share out a whole; "several
# quarters of losses" and "two quarters of 2023" count time
_FRACTION_OF = re.compile(r"\s+of\s+(?:the|a|an|its|their|his|her|our|all|this|that|these|those|(?!(?:1[6-9]|20)\d\d\b)\d+)\b", re.IGNORECASE)


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|should|must|shall|'ll|to)\s+$", re.IGNORECASE)


def _means_some_day(m: Match, ctx: Context) -> bool:
    """Return True for "will one day be", "hopes he one day follows": some day, not a length."""
    if _MODAL_BEFORE.search(ctx.text[max(0, m.start() - 12) : m.start()]):
        return True
    span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is None or span.end >= len(ctx.doc):
        return False
    return ctx.doc[span.end].tag_ in ("VB", "VBP", "VBZ")


def duration(m: Match, ctx: Context) -> Norm | None:
    """Normalise "three days", "two-year", "the past two months", "a few weeks", "$5 a year"."""
    if m.group("old") or _AGE_AFTER.match(ctx.text, m.end()):
        return None  # "a 6-year-old", "52 years old": an age, not a period of time
    unit_word = _low(m, "unit")
    unit = unit_of(unit_word, ctx.words)
    num_text = _low(m, "num")
    if num_text in ("a", "an") and unit in ("S", "Q"):
        return None  # "a second term", "a quarter of"
    if unit == "Q" and _FRACTION_OF.match(ctx.text, m.end()):
        return None  # "three quarters of the vote": a share, not a time
    if num_text == "one" and unit_word == "day" and _means_some_day(m, ctx):
        return Norm("DATE", "FUTURE_REF")
    n = None if m.group("num2") else parse_number(num_text, ctx.words)
    if n is not None and n >= 1000 and unit in ("Q", "Y", "M"):
        return None  # "the 1988 quarter": a year, not a count
    if n is not None and m.group("half"):
        n += 0.5
    if num_text in ("a", "an") and _MONEY_BEFORE.search(ctx.text[max(0, m.start() - 20) : m.start()]):
        return Norm("SET", duration_value(1, unit))
    return Norm("DURATION", duration_value(n, unit), count=n, unit=unit)


_PREP_BEFORE = re.compile(r"(?:for|in|within|over|after|than|take|took|takes|lasted|last|spent)\s+$", re.IGNORECASE)


def bare_units(m: Match, ctx: Context) -> Norm | None:
    """Normalise "for years", "within days"."""
    if not m.group("approx") and not _PREP_BEFORE.search(ctx.text[max(0, m.start() - 12) : m.start()]):
        return None
    unit = unit_of(_low(m, "unit"), ctx.words)
    return Norm("DURATION", duration_value(None, unit), unit=unit)


def recent_units(m: Match, ctx: Context) -> Norm | None:
    """Normalise "recent years": a vague stretch up to now."""
    unit = unit_of(_low(m, "unit"), ctx.words)
    return Norm("DURATION", duration_value(None, unit), unit=unit)


def set_word(m: Match, ctx: Context) -> Norm | None:
    """Normalise "daily", "weekly", "annually"."""
    return Norm("SET", ctx.words.sets[_low(m, "set")])


def set_every(m: Match, ctx: Context) -> Norm | None:
    """Normalise "every day", "each year", "every other week", "each July", "every two hours"."""
    word = _low(m, "unit")
    if word in ctx.words.months:
        if not capitalised(m, "unit"):
            return None
        return Norm("SET", f"XXXX-{ctx.words.months[word]:02d}")
    if word in ctx.words.seasons:
        return Norm("SET", f"XXXX-{ctx.words.seasons[word]}")
    if word in ctx.words.day_parts:
        return Norm("SET", f"XXXX-XX-XXT{ctx.words.day_parts[word]}")
    count = parse_number(_low(m, "num"), ctx.words) if m.group("num") else None
    if m.group("num") and (count is None or word in ctx.words.day_parts):
        return None
    return Norm("SET", duration_value(count or (2 if m.group("other") else 1), unit_of(word, ctx.words)))


_UNIT_AFTER = re.compile(r"\s+(?:\d|few|several|couple|year|month|week|day|decade|century|quarter|summer|winter|spring|fall|autumn|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)", re.IGNORECASE)


_RELATIONAL_AFTER = re.compile(r"\s+(?:after|before|afterwards|thereafter|as)\b", re.IGNORECASE)


def vague(m: Match, ctx: Context) -> Norm | None:
    """Normalise "now", "recently", "the future", "shortly"."""
    word = _low(m, "vref")
    if word in ("soon", "shortly") and (_RELATIONAL_AFTER.match(ctx.text, m.end()) or tense_of(m, ctx) is Tense.PAST):
        # "soon after the vote", "as soon as", "he was soon released": a relation to an event
        return None
    if word.endswith("the past") and _UNIT_AFTER.match(ctx.text, m.end()):
        return None  # "the past two months", "the past year": a period, read by another rule
    return Norm("DATE", ctx.words.vague_refs[word])
