"""The window of days a time expression allows, from its value and the words around it."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from bot.extract.timex.dates import add_months, month_end, part_of, safe_date, window_of
from bot.extract.timex.lexicon import TimeWords, alternation
from bot.extract.timex.normalise import Norm
from bot.extract.timex.tense import Tense

Window = tuple[date | None, date | None]


def after_units(day: date, n: float, unit: str) -> date:
    """Return the day n units after (or before, for negative n) a day."""
    if unit in ("M", "Q", "Y", "DE", "CE"):
        months = round(n * {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit])
        y, mo = add_months(day.year, day.month, months)
        return safe_date(y, mo, day.day) or month_end(y, mo)
    days = {"D": 1, "W": 7, "WE": 7, "FN": 14}.get(unit, 1)
    if unit in ("H", "MIN", "S"):
        return day + timedelta(days=1 if n > 0 else -1 if n < 0 else 0)
    return day + timedelta(days=round(n * days))


@lru_cache(maxsize=4)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """Return the regex for a window cue ending a text ("until the ")."""
    return re.compile(alternation(cues) + r"\s+(?:the\s+)?$", re.IGNORECASE)


def window_cue(text_before: str, words: TimeWords) -> str | None:
    """Return the window cue ("until", "from", "within", "since") just before an expression."""
    tail = text_before[-24:]
    found = _cue_pattern(tuple(words.window_cues)).search(tail)
    if not found:
        return None
    phrase = re.sub(r"\s+", " ", found.group(0).lower()).strip()
    phrase = re.sub(r"\s+the$", "", phrase)
    return words.window_cues.get(phrase)


# A length counted from another happening: "the first 48 hours of the stoppage", "two
# days after the vote". Its window is that happening's business, not the publication's.
ANCHORED_AFTER = re.compile(r"^\s+(?:of|after|before|following|into)\s+(?:the|a|an|its|their|his|her|this|that)\b", re.IGNORECASE)


_LATER = re.compile(r"\b(?:later|earlier)$", re.IGNORECASE)


def counted_from_another(text: str, text_after: str) -> bool:
    """Return True for a length counted from another happening ("two days later", "48 hours of the strike")."""
    return bool(_LATER.search(text) or ANCHORED_AFTER.match(text_after))


def window_cue_after(text_after: str, words: TimeWords) -> str | None:
    """Return the window cue right after an expression ("at the earliest"), if any."""
    head = re.sub(r"\s+", " ", text_after[:24].lower()).lstrip(" ,")
    return next((cue for phrase, cue in words.window_cues_after.items() if head.startswith(phrase)), None)


def window_for(
    norm: Norm, *, text: str, text_before: str, published: date, tense: Tense, words: TimeWords, text_after: str = ""
) -> Window:
    """Return [earliest, latest] for one normalised expression."""
    cue = window_cue_after(text_after, words) or window_cue(text_before, words)
    if norm.type == "DURATION":
        if counted_from_another(text, text_after):
            return None, None
        return _duration_window(norm, cue=cue, text_before=text_before, published=published, tense=tense, words=words)
    if norm.type == "SET":
        return None, None
    lo, hi = window_of(norm.value, published)
    if norm.value == "FUTURE_REF":
        days = words.future_windows.get(re.sub(r"\s+", " ", text.lower()))
        hi = published + timedelta(days=days) if days else None
    if norm.part == "AFTER_NOW" and lo and hi:  # "later this month": from now to its end
        lo = max(lo, published)
    elif norm.part == "BEFORE_NOW" and lo and hi:  # "earlier this week": its start to now
        hi = min(hi, published)
    elif norm.part and lo and hi:
        lo, hi = part_of((lo, hi), norm.part)
    if cue == "until" and hi is not None:
        return (published if hi >= published else lo), hi
    if cue == "from" and lo is not None:
        return lo, None
    if cue == "since" and lo is not None:
        return lo, published
    return lo, hi


def _duration_window(
    norm: Norm, *, cue: str | None, text_before: str, published: date, tense: Tense, words: TimeWords
) -> Window:
    unit = norm.unit or "D"
    future = cue == "within" or tense is Tense.FUTURE or re.search(r"\b(?:next|coming)\s+$", text_before[-12:], re.IGNORECASE)
    past = re.search(r"\b(?:past|last|previous)\s+$", text_before[-12:], re.IGNORECASE)
    if norm.count is None:
        days = words.vague_unit_windows.get(unit)
        if days is None:
            return None, None
        if cue == "within" or future:
            return published, published + timedelta(days=days)
        return None, None
    if past:
        return after_units(published, -norm.count, unit), published
    if cue == "within":
        return published, after_units(published, norm.count, unit)
    if future and re.search(r"\bin\s+$", text_before[-6:], re.IGNORECASE):
        point = after_units(published, norm.count, unit)
        return point, point
    if future:
        return published, after_units(published, norm.count, unit)
    return None, None
