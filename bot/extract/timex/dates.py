"""Calendar arithmetic for TIMEX3 values: shifting, ISO weeks, quarters, and the window a value allows."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<mo>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{1,2})(?P<we>-WE)?"
    r"|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
)


def month_end(year: int, month: int) -> date:
    """Return the last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """Return (year, month) n months after the given month."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    """Return the date, or None when the day does not exist in that month."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def week_value(day: date) -> str:
    """Return the ISO week of a day as a TIMEX3 value ("2023-W37")."""
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def quarter_of(day: date) -> int:
    """Return the calendar quarter (1-4) a day falls in."""
    return (day.month - 1) // 3 + 1


def shift_value(value: str, years: int) -> str:
    """Return a year-based value moved by whole years ("1989-Q3", -1 -> "1988-Q3")."""
    m = re.match(r"^(\d{4})(.*)$", value)
    if not m:
        return value
    return f"{int(m.group(1)) + years:04d}{m.group(2)}"


def window_of(value: str, published: date) -> tuple[date | None, date | None]:
    """Return the first and last day a DATE value allows ((None, None) when it has no anchor)."""
    if value == "PRESENT_REF":
        return published, published
    if value == "PAST_REF":
        return None, published
    if value == "FUTURE_REF":
        return published, None
    if re.fullmatch(r"\d{3}", value):  # a decade: "199"
        start = int(value) * 10
        return date(start, 1, 1), date(start + 9, 12, 31)
    if re.fullmatch(r"\d{2}", value):  # a century: "20"
        start = int(value) * 100
        return date(max(start, 1), 1, 1), date(start + 99, 12, 31)
    m = _VALUE.match(value)
    if not m:
        return None, None
    year = int(m["y"])
    if m["d"]:
        day = safe_date(year, int(m["mo"]), int(m["d"]))
        return day, day
    if m["mo"]:
        return date(year, int(m["mo"]), 1), month_end(year, int(m["mo"]))
    if m["w"]:
        monday = date.fromisocalendar(year, min(int(m["w"]), 52), 1)
        if m["we"]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if m["q"]:
        first = (int(m["q"]) - 1) * 3 + 1
        return date(year, first, 1), month_end(year, first + 2)
    if m["h"]:
        first = 1 if m["h"] == "1" else 7
        return date(year, first, 1), month_end(year, first + 5)
    if m["s"]:
        lo, hi = _SEASON_MONTHS[m["s"]]
        end_year, end_month = add_months(year, 1, hi - 1)
        return date(year, lo, 1), month_end(end_year, end_month)
    return date(year, 1, 1), date(year, 12, 31)


def part_of(window: tuple[date, date], part: str) -> tuple[date, date]:
    """Return the START, MID or END third of a window ("early 1990", "the end of the month")."""
    lo, hi = window
    span = (hi - lo).days
    third = span // 3
    if part == "START":
        return lo, lo + timedelta(days=third)
    if part == "END":
        return hi - timedelta(days=third), hi
    return lo + timedelta(days=third), hi - timedelta(days=third)
