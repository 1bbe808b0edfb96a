"""One normaliser per grammar rule: a match and the article's context -> a TIMEX3 value."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.extract.timex.dates import (
    add_months,
    quarter_of,
    safe_date,
    shift_value,
    week_value,
    window_of,
)
from bot.extract.timex.normalise import (
    Context,
    Match,
    Norm,
    Normaliser,
    _low,
    day_direction,
    duration_value,
    months_direction,
    parse_number,
    relative_unit_value,
    unit_of,
    weekday_date,
)
from bot.extract.timex.tense import Tense

# How far back (characters) "a year earlier" may look for the quarter it shifts; measured on
# TempEval news the distance made no difference, so it only guards very long articles.
_ANAPHORA_REACH = 3000
# Month abbreviations without their full stop read as names ("Jan Egeland") unless a day follows.
_BARE_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_ANAPHORIC_RELS = frozenset({"following", "the following", "the previous", "the preceding"})
_REL_OFFSET = {
    "this": 0, "current": 0, "the current": 0,
    "last": -1, "past": -1, "previous": -1, "the previous": -1, "the preceding": -1, "this past": -1,
    "next": 1, "coming": 1, "following": 1, "the following": 1, "this coming": 1, "the": 0,
}
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_RD_OFFSET = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "the day before yesterday": -2, "the day after tomorrow": 2, "this": 0, "last": -1}


def _capitalised(m: Match, group: str) -> bool:
    text = m.group(group) or ""
    return bool(text) and text[0].isupper()


def _tense(m: Match, ctx: Context) -> Tense:
    return ctx.tense(m.start(), m.end())


def _part(m: Match, ctx: Context) -> str | None:
    mod = _low(m, "mod") if "mod" in m.re.groupindex else ""
    return ctx.words.modifiers.get(mod) if mod else None


def _day_number(text: str, ctx: Context) -> int | None:
    low = text.lower()
    if low in ctx.words.ordinals:
        return ctx.words.ordinals[low]
    digits = re.match(r"\d+", low)
    return int(digits.group()) if digits else None


def _month(m: Match, ctx: Context) -> int:
    return ctx.words.months[_low(m, "mon")]


def _anchor_day(m: Match, ctx: Context) -> date | None:
    """Return the day a clock time or part of day hangs on (weekday, today, a date, else publication)."""
    if m.groupdict().get("wd"):
        return weekday_date(ctx.words.weekdays[_low(m, "wd")], ctx, tense=_tense(m, ctx))
    if m.groupdict().get("rd"):
        return ctx.published + timedelta(days=_RD_OFFSET[_low(m, "rd")])
    if m.groupdict().get("mon"):
        day = _day_number(m.group("day"), ctx)
        return day_direction(_month(m, ctx), day, ctx, _tense(m, ctx)) if day else None
    return ctx.published


def clock(m: Match, ctx: Context) -> Norm | None:
    """Normalise "5 p.m. EST Nov. 9", "10:35 a.m."."""
    hour = int(m.group("h")) % 12 + (12 if m.group("ampm").lower().startswith("p") else 0)
    day = _anchor_day(m, ctx)
    if day is None:
        return None
    return Norm("TIME", f"{day.isoformat()}T{hour:02d}:{m.group('mi') or '00'}")


def noon(m: Match, ctx: Context) -> Norm | None:
    """Normalise "noon Thursday", "midnight", "mid-afternoon"."""
    day = _anchor_day(m, ctx)
    if day is None:
        return None
    word = _low(m, "noon").replace("-", "")
    suffix = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00", "midafternoon": "TAF", "midmorning": "TMO"}[word]
    return Norm("TIME", day.isoformat() + suffix)


def full_date(m: Match, ctx: Context) -> Norm | None:
    """Normalise "Monday, Nov. 3", "Sept. 27, 1989", "3 November 2023"."""
    if not _capitalised(m, "mon"):
        return None
    day = _day_number(m.group("day"), ctx)
    if day is None:
        return None
    month = _month(m, ctx)
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
        found = day_direction(month, day, ctx, _tense(m, ctx))
    return Norm("DATE", found.isoformat()) if found else None


def numeric_date(m: Match, ctx: Context) -> Norm | None:
    """Normalise "2023-09-12" and "9/12/2023"."""
    year = int(m.group("year"))
    if year < 100:
        year += ctx.published.year // 100 * 100 - (100 if year > ctx.published.year % 100 + 10 else 0)
    found = safe_date(year, int(m.group("mo")), int(m.group("day")))
    return Norm("DATE", found.isoformat()) if found else None


def month_year(m: Match, ctx: Context) -> Norm | None:
    """Normalise "June 1994", "early August 1988"."""
    if not _capitalised(m, "mon"):
        return None
    return Norm("DATE", f"{int(m.group('year')):04d}-{_month(m, ctx):02d}", part=_part(m, ctx))


def relative_day(m: Match, ctx: Context) -> Norm | None:
    """Normalise "today", "yesterday morning", "last night", "tonight"."""
    word = _low(m, "rd") or _low(m, "rd2")
    part_word = _low(m, "part") or _low(m, "part2")
    day = ctx.published + timedelta(days=_RD_OFFSET[word])
    code = ctx.words.day_parts.get(part_word) if part_word else ("NI" if word == "tonight" else None)
    if code:
        return Norm("TIME", f"{day.isoformat()}T{code}")
    return Norm("DATE", day.isoformat())


def weekday(m: Match, ctx: Context) -> Norm | None:
    """Normalise "Friday", "last Tuesday", "Wednesday night", "each Thursday"."""
    if not _capitalised(m, "wd"):
        return None
    number = ctx.words.weekdays[_low(m, "wd")]
    part_word = _low(m, "part")
    code = f"T{ctx.words.day_parts[part_word]}" if part_word else ""
    rel = _low(m, "rel")
    if rel in ("each", "every") or m.group("pl") or m.group("pl2"):
        return Norm("SET", f"XXXX-WXX-{number + 1}{code}")
    tense = _tense(m, ctx)
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
        found = day_direction(month, day, ctx, _tense(m, ctx)) if not m.group("rel") else safe_date(year, month, day)
        return Norm("DATE", found.isoformat()) if found else None
    if not m.group("rel"):
        year = months_direction(11, ctx, _tense(m, ctx))
    if name.startswith("thanksgiving"):
        return Norm("DATE", _nth_weekday(year, 11, 3, 4).isoformat())
    return Norm("DATE", (_nth_weekday(year, 11, 0, 1) + timedelta(days=1)).isoformat())


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
    n = _ORD[_low(m, "ord")]
    unit = _low(m, "unit")
    year = None
    if m.group("year"):
        year = int(m.group("year"))
    elif m.group("yrel"):
        year = ctx.published.year + _REL_OFFSET[_low(m, "yrel")]
    else:
        year = _year_from_prefix(pre, ctx)
    if unit == "half":
        n = min(n, 2)
        year = year or ctx.published.year
        return Norm("DATE", f"{year:04d}-H{n}")
    if year is None:
        year = ctx.published.year
        starts = date(year, (n - 1) * 3 + 1, 1)
        if starts > ctx.published and _tense(m, ctx) is Tense.PAST:
            year -= 1
        if re.search(r"year[\s-](?:ago|earlier)", pre):
            year -= 1
    value = f"{year:04d}-Q{n}"
    if not re.search(r"year[\s-](?:ago|earlier)", pre):
        ctx.last_quarter = value
        ctx.last_quarter_at = m.end()
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
    if follow.startswith(" of") or follow.startswith("s"):
        return None
    if "current" in pre:
        return Norm("DATE", relative_unit_value("Q", 0, ctx.published))
    base = _reference_quarter(ctx)
    if re.search(r"latest|recent|just", pre):
        base = relative_unit_value("Q", -1, ctx.published)
    year_named = re.search(r"\d{4}", pre)
    if year_named:
        return Norm("DATE", f"{year_named.group()}{base[4:]}")
    if re.search(r"year[\s-](?:ago|earlier)", pre):
        return Norm("DATE", shift_value(base, -1))
    return Norm("DATE", base)


def year_ago_adjective(m: Match, ctx: Context) -> Norm | None:
    """Normalise the adjective "year-earlier" ("year-earlier levels")."""
    if ctx.last_quarter and m.start() - ctx.last_quarter_at < _ANAPHORA_REACH:
        return Norm("DATE", shift_value(ctx.last_quarter, -1))
    return Norm("DATE", str(ctx.published.year - 1))


def period_end(m: Match, ctx: Context) -> Norm | None:
    """Normalise "year-end", "month-end"."""
    unit = _low(m, "unit")
    pub = ctx.published
    if unit == "year":
        year = pub.year - 1 if _tense(m, ctx) is Tense.PAST and pub.month < 7 else pub.year
        return Norm("DATE", f"{year:04d}-12-31")
    return Norm("DATE", relative_unit_value("M" if unit == "month" else "Q", 0, pub), part="END")


def month(m: Match, ctx: Context) -> Norm | None:
    """Normalise "December", "last April", "this September", "mid-November", "April next year"."""
    name = m.group("mon")
    if not _capitalised(m, "mon") or name.lower() in _BARE_ABBREVIATIONS:
        return None  # "Jan Egeland": a bare abbreviation is a name, not a month
    span = ctx.doc.char_span(m.start("mon"), m.end("mon"), alignment_mode="expand")
    if span is not None and len(span) == 1 and (span[0].tag_ == "MD" or span[0].tag_.startswith("VB")):
        return None
    number = _month(m, ctx)
    rel = _low(m, "rel")
    pub = ctx.published
    if rel in ("each", "every"):
        return Norm("SET", f"XXXX-{number:02d}")
    if m.group("yrel"):
        year = pub.year + _REL_OFFSET[_low(m, "yrel")]
    elif rel in ("last", "past", "this past"):
        year = pub.year if number < pub.month else pub.year - 1
    elif rel in ("next", "coming", "this coming"):
        year = pub.year if number > pub.month else pub.year + 1
    elif rel == "this":
        year = pub.year
    else:
        year = months_direction(number, ctx, _tense(m, ctx))
    return Norm("DATE", f"{year:04d}-{number:02d}", part=_part(m, ctx))


def year(m: Match, ctx: Context) -> Norm | None:
    """Normalise "1990", "fiscal 1989", "early 1991"."""
    span = ctx.doc.char_span(m.start("year"), m.end("year"), alignment_mode="expand")
    if span is not None and len(span) == 1:
        token = span[0]
        # "2000 people", "1500 troops": a count, not a year.
        if token.dep_ == "nummod" and token.head.tag_ == "NNS" and not m.group("fy"):
            return None
    return Norm("DATE", m.group("year"), part=_part(m, ctx))


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


def the_year(m: Match, ctx: Context) -> Norm | None:
    """Normalise "the year", "the fiscal year": a duration before "ended", else the current year."""
    if m.group("ended"):
        return Norm("DURATION", "P1Y", count=1, unit="Y")
    offset = -1 if "latest" in _low(m, "adj") else 0
    return Norm("DATE", str(ctx.published.year + offset))


def the_weekend(m: Match, ctx: Context) -> Norm | None:
    """Normalise "the weekend": the last one in a past clause, else the coming one."""
    pub = ctx.published
    back = _tense(m, ctx) is Tense.PAST and pub.weekday() < 5
    return Norm("DATE", week_value(pub - timedelta(days=7) if back else pub) + "-WE")


def decade(m: Match, ctx: Context) -> Norm | None:
    """Normalise "the 1990s", "the '80s"."""
    raw = m.group("dec")
    if raw.startswith("'"):
        century = ctx.published.year // 100
        return Norm("DATE", f"{century:02d}{raw[1]}", part=_part(m, ctx))
    return Norm("DATE", raw[:3], part=_part(m, ctx))


def decade_word(m: Match, ctx: Context) -> Norm | None:
    """Normalise "the nineties": the latest such decade not after the anchor's."""
    digit = ctx.words.decade_words[_low(m, "decw")]
    century = ctx.published.year // 100 - (1 if digit > ctx.published.year % 100 // 10 else 0)
    return Norm("DATE", f"{century:02d}{digit}", part=_part(m, ctx))


_SHAPES = {"day": r"^\d{4}-\d{2}-\d{2}$", "week": r"^\d{4}-W\d{2}$", "month": r"^\d{4}-\d{2}$", "quarter": r"^\d{4}-Q\d$"}


def that_unit(m: Match, ctx: Context) -> Norm | None:
    """Normalise "that year", "the same day", "later that month": the last such time named."""
    unit = _low(m, "unit")
    for value in reversed(ctx.named):
        if unit == "year" and re.match(r"^\d{4}", value):
            return Norm("DATE", value[:4], part=_part(m, ctx))
        if unit in _SHAPES and re.match(_SHAPES[unit], value):
            return Norm("DATE", value, part=_part(m, ctx))
        if unit == "month" and re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            return Norm("DATE", value[:7], part=_part(m, ctx))
    # Nothing named before: the unit around the publication date.
    return Norm("DATE", relative_unit_value(unit_of(unit, ctx.words), 0, ctx.published), part=_part(m, ctx))


def century(m: Match, ctx: Context) -> Norm | None:
    """Normalise "the 20th century"."""
    n = _day_number(m.group("ord"), ctx)
    return Norm("DATE", f"{n - 1:02d}") if n else None


def _season_year(code: str, rel: str, ctx: Context, tense: Tense) -> int:
    pub = ctx.published
    start = _SEASON_START[code]
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
    if m.group("year"):
        return Norm("DATE", f"{m.group('year')}-{code}", part=_part(m, ctx))
    if not rel and not m.group("mod"):
        return None
    if rel in ("each", "every"):
        return Norm("SET", f"XXXX-{code}")
    year = _season_year(code, rel, ctx, _tense(m, ctx))
    return Norm("DATE", f"{year:04d}-{code}", part=_part(m, ctx))


def relative_unit(m: Match, ctx: Context) -> Norm | None:
    """Normalise "next week", "last month", "this year", "earlier this week", "the end of the month"."""
    rel = _low(m, "rel")
    offset = _REL_OFFSET.get(rel, 0)
    word = _low(m, "unit")
    if word in ctx.words.seasons:
        code = ctx.words.seasons[word]
        year = _season_year(code, rel, ctx, _tense(m, ctx))
        return Norm("DATE", f"{year:04d}-{code}", part=_part(m, ctx))
    unit = unit_of(word, ctx.words)
    if unit == "WE" and rel == "this":
        past = _tense(m, ctx) is Tense.PAST and ctx.published.weekday() < 5
        offset = -1 if past else 0
    if unit == "D":  # "the end of the day"
        return Norm("DATE", ctx.published.isoformat(), part=_part(m, ctx))
    anchor = ctx.published
    if rel in _ANAPHORIC_RELS and ctx.named:
        # "the following year", "the previous month": counted from the last time named
        named_start = window_of(ctx.named[-1], ctx.published)[0]
        anchor = named_start or anchor
    return Norm("DATE", relative_unit_value(unit, offset, anchor), part=_part(m, ctx))


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
    if n is None:
        return Norm("DATE", "PAST_REF" if back else "FUTURE_REF")
    whole = round(n)
    if direction in ("earlier", "later") and unit not in ("Y", "M", "Q"):
        # "three days later": TimeBank annotates the length, the anchor being some other event
        return Norm("DURATION", duration_value(n, unit), count=n, unit=unit)
    near_quarter = ctx.last_quarter and m.start() - ctx.last_quarter_at < _ANAPHORA_REACH
    if unit == "Y" and whole == 1 and near_quarter and ctx.last_quarter:
        # "profit rose in the third quarter from a year earlier": the same quarter, a year back
        return Norm("DATE", shift_value(ctx.last_quarter, -1 if back else 1))
    return Norm("DATE", _shift_by_units(ctx.published, -whole if back else whole, unit), count=n, unit=unit)


_AGE_AFTER = re.compile(r"\s+(?:old|of\s+age)\b", re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"(?:\d|percent|%|cents?|dollars?|million|billion|times|twice|once)\s*$", re.IGNORECASE)


def duration(m: Match, ctx: Context) -> Norm | None:
    """Normalise "three days", "two-year", "the past two months", "a few weeks", "$5 a year"."""
    if m.group("old") or _AGE_AFTER.match(ctx.text, m.end()):
        return None  # "a 6-year-old", "52 years old": an age, not a period of time
    unit_word = _low(m, "unit")
    unit = unit_of(unit_word, ctx.words)
    num_text = _low(m, "num")
    if num_text in ("a", "an") and unit in ("S", "Q"):
        return None  # "a second term", "a quarter of"
    if unit == "Q" and ctx.text[m.end() : m.end() + 3] == " of":
        return None
    n = None if m.group("num2") else parse_number(num_text, ctx.words)
    if n is not None and n >= 1000 and unit in ("Q", "Y", "M"):
        return None  # "the 1988 quarter": a year, not a count
    if n is not None and m.group("half"):
        n += 0.5
    if num_text in ("a", "an") and _MONEY_BEFORE.search(ctx.text[max(0, m.start() - 20) : m.start()]):
        return Norm("SET", duration_value(1, unit))
    return Norm("DURATION", duration_value(n, unit), count=n, unit=unit)


_PREP_BEFORE = re.compile(r"(?:for|in|within|over|after|than|of|take|took|takes|lasted|last|spent)\s+$", re.IGNORECASE)


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
    """Normalise "every day", "each year", "every other week", "each July"."""
    word = _low(m, "unit")
    if word in ctx.words.months:
        if not _capitalised(m, "unit"):
            return None
        return Norm("SET", f"XXXX-{ctx.words.months[word]:02d}")
    if word in ctx.words.seasons:
        return Norm("SET", f"XXXX-{ctx.words.seasons[word]}")
    if word in ctx.words.day_parts:
        return Norm("SET", f"XXXX-XX-XXT{ctx.words.day_parts[word]}")
    return Norm("SET", duration_value(2 if m.group("other") else 1, unit_of(word, ctx.words)))


_UNIT_AFTER = re.compile(r"\s+(?:\d|few|several|couple|year|month|week|day|decade|century|quarter|summer|winter|spring|fall|autumn|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)", re.IGNORECASE)
_RELATIONAL_AFTER = re.compile(r"\s+(?:after|before|afterwards|thereafter|as)\b", re.IGNORECASE)


def vague(m: Match, ctx: Context) -> Norm | None:
    """Normalise "now", "recently", "the future", "shortly"."""
    word = _low(m, "vref")
    if word in ("soon", "shortly") and _RELATIONAL_AFTER.match(ctx.text, m.end()):
        return None  # "soon after the vote", "as soon as": a relation to an event, not a time
    if word.endswith("the past") and _UNIT_AFTER.match(ctx.text, m.end()):
        return None  # "the past two months", "the past year": a period, read by another rule
    return Norm("DATE", ctx.words.vague_refs[word])


HANDLERS: dict[str, Normaliser] = {
    "clock": clock, "noon": noon, "mdy": full_date, "dmy": full_date, "iso": numeric_date,
    "numeric": numeric_date, "month_year": month_year, "relday": relative_day, "weekday": weekday,
    "holiday": holiday, "quarter": quarter, "the_quarter": the_quarter,
    "year_ago_adj": year_ago_adjective, "year_end": period_end, "month": month, "year": year,
    "spelled_year": spelled_year, "decade_word": decade_word, "that_unit": that_unit, "the_year": the_year, "weekend": the_weekend, "decade": decade, "century": century, "mod_unit": relative_unit, "rel_unit": relative_unit,
    "season": season, "ago": ago, "duration": duration, "bare_units": bare_units, "recent_units": recent_units,
    "set_word": set_word, "set_every": set_every, "vague": vague,
}
