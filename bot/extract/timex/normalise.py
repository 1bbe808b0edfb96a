"""Turn a matched pattern into a TIMEX3 type and value, resolved against the publication date."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc

from bot.extract.timex.dates import add_months, quarter_of, safe_date, week_value
from bot.extract.timex.lexicon import TimeWords
from bot.extract.timex.tense import Tense, in_pluperfect, tense_at


@dataclass(frozen=True)
class Norm:
    """A normalised expression: TIMEX3 type and value, and the modifier part if any."""

    type: str
    value: str
    part: str | None = None  # START | MID | END ("early 1990")
    count: float | None = None  # for durations: how many units
    unit: str | None = None


@dataclass
class Context:
    """What normalising one article needs: the anchor date, the parse, and what was said before."""

    published: date
    doc: Doc
    words: TimeWords
    last_quarter: str | None = None
    last_quarter_at: int = 0
    year_scope_at: int = -1  # where a period longer than a quarter ("the nine months") was last named
    named: list[str] = field(default_factory=list)  # values named so far, for "that year"
    text: str = ""  # doc.text, read once: spaCy rebuilds it on every access
    _tenses: dict[tuple[int, int], Tense] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.doc.text

    def note_quarter(self, value: str, at: int) -> None:
        """Remember a quarter named at a position as the one year-ago anaphors shift.

        An earnings report names its latest quarter first and then others in passing ("after a
        flat second quarter", "a fourth-quarter charge"): an earlier quarter or one not yet
        ended does not replace a reported one.
        """
        ended = _quarter_end(value) < self.published
        if self.last_quarter is None or (ended and (value >= self.last_quarter or _quarter_end(self.last_quarter) >= self.published)):
            self.last_quarter = value
        self.last_quarter_at = at

    def in_year_scope(self) -> bool:
        """Return True when a period longer than a quarter was named after the last quarter."""
        return self.year_scope_at > self.last_quarter_at

    def quarter_in_scope(self, at: int) -> str | None:
        """Return the quarter a year-ago anaphor at this position shifts, if a quarter is in scope."""
        if self.last_quarter is None or self.in_year_scope():
            return None  # "for the nine months ... a year earlier": the longer period is meant
        return self.last_quarter if at - self.last_quarter_at < ANAPHORA_REACH else None

    def past_cue_before(self, start: int) -> bool:
        """Return True when a word like "since" just before a span puts it in the past."""
        before = re.sub(r"\s+", " ", self.text[max(0, start - 20) : start].lower()).rstrip(" ,")
        return any(re.search(rf"\b{re.escape(cue)}$", before) for cue in self.words.past_cues)

    def tense(self, start: int, end: int) -> Tense:
        """Return (once per span) the tense around a span: a cue before it wins, the past perfect over all."""
        key = (start, end)
        if key not in self._tenses:
            before = re.sub(r"\s+", " ", self.text[max(0, start - 20) : start].lower())
            if before.rstrip(" ,").endswith(self.words.future_cues):
                tense = Tense.FUTURE
            elif self.past_cue_before(start):
                tense = Tense.PAST
            else:
                tense = tense_at(self.doc, start, end, speech_verbs=self.words.speech_verbs)
            if tense is not Tense.PAST and in_pluperfect(self.doc, start, end):
                tense = Tense.PAST  # "had been due to expire Friday": before a past moment
            self._tenses[key] = tense
        return self._tenses[key]


Match = re.Match[str]
_TOLERANCE_DAYS = 60
# How far back (characters) "a year earlier" may look for the quarter it shifts; measured on
# TempEval news the distance made no difference, so it only guards very long articles.
ANAPHORA_REACH = 3000


def _quarter_end(value: str) -> date:
    """Return the first day after a quarter value ("1989-Q3" -> 1989-10-01)."""
    year, quarter = int(value[:4]), int(value[-1])
    return date(year + 1, 1, 1) if quarter == 4 else date(year, quarter * 3 + 1, 1)


def _low(m: Match, group: str) -> str:
    return re.sub(r"\s+", " ", (m.group(group) or "").lower()).strip()


def parse_number(text: str, words: TimeWords) -> float | None:
    """Return the number a count word or figure means ("twenty-four" -> 24), None if vague."""
    text = text.lower().strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", text.replace(",", "")):
        return float(text.replace(",", ""))
    if re.fullmatch(r"\d+\s+1/2", text):
        return float(text.split()[0]) + 0.5
    if text in words.numbers:
        return words.numbers[text]
    total = 0.0
    for part in re.split(r"[\s-]+", text):
        if part not in words.numbers:
            return None
        value = words.numbers[part]
        total = total * value if value == 100 and total else total + value
    return total or None


def fmt_amount(n: float | None) -> str:
    """Return a count as TIMEX3 writes it ("X" when vague)."""
    if n is None:
        return "X"
    return str(int(n)) if n == int(n) else str(n)


# Half units are written in the next smaller unit: 2 1/2 years -> P2Y6M.
_HALVES = {"Y": ("M", 6), "M": ("D", 15), "D": ("H", 12), "H": ("M", 30), "MIN": ("S", 30)}
# Decades, centuries and quarters are written in years and months.
_SCALED = {"DE": (10, "Y"), "CE": (100, "Y"), "Q": (3, "M"), "FN": (2, "W")}


def duration_value(n: float | None, unit: str) -> str:
    """Return the TIMEX3 duration for n units ("P3D", "PT2H", "PXY", "P2Y6M")."""
    if unit in _SCALED:
        factor, unit = _SCALED[unit]
        n = None if n is None else n * factor
    time = unit in ("H", "MIN", "S")
    code = "M" if unit == "MIN" else unit
    prefix = "PT" if time else "P"
    if n is not None and n != int(n) and n * 2 == int(n * 2) and unit in _HALVES:
        small, amount = _HALVES[unit]
        joiner = "T" if unit == "D" else ""
        return f"{prefix}{int(n)}{code}{joiner}{amount}{small}"
    return f"{prefix}{fmt_amount(n)}{code}"


def unit_of(word: str, words: TimeWords) -> str:
    """Return the TIMEX3 unit code of a unit word."""
    return words.units.get(word.lower(), "D")


def months_direction(month: int, ctx: Context, tense: Tense) -> int:
    """Return the year a month name without a year most likely means."""
    pub = ctx.published
    if month == pub.month:
        return pub.year
    if tense is Tense.PAST:
        # a month just ahead in a past clause is a deadline set earlier, still this year
        return pub.year if month <= pub.month + 1 else pub.year - 1
    if tense is Tense.FUTURE:
        return pub.year if month >= pub.month - 1 else pub.year + 1
    # No tense: the nearest such month.
    diff = month - pub.month
    if diff > 6:
        return pub.year - 1
    if diff < -6:
        return pub.year + 1
    return pub.year


def day_direction(month: int, day: int, ctx: Context, tense: Tense) -> date | None:
    """Return the date a month and day without a year most likely mean."""
    pub = ctx.published
    this_year = safe_date(pub.year, month, day)
    if this_year is None:
        return None
    # News rarely names a far date without its year: only a clear tense moves the year.
    if tense is Tense.PAST and this_year > pub + timedelta(days=_TOLERANCE_DAYS):
        return safe_date(pub.year - 1, month, day)
    if tense is Tense.FUTURE and this_year < pub - timedelta(days=_TOLERANCE_DAYS):
        return safe_date(pub.year + 1, month, day)
    if tense in (Tense.PAST, Tense.FUTURE):
        return this_year
    candidates = [safe_date(pub.year + k, month, day) for k in (-1, 0, 1)]
    return min((c for c in candidates if c), key=lambda c: abs((c - pub).days))


def weekday_date(weekday: int, ctx: Context, *, tense: Tense, rel: str = "") -> date:
    """Return the date a weekday name means: forward for the future, back for the past."""
    pub = ctx.published
    delta = weekday - pub.weekday()
    if rel in ("next", "coming", "this coming", "the following"):
        return pub + timedelta(days=delta % 7 or 7)
    if rel in ("last", "past", "this past", "the previous"):
        return pub - timedelta(days=(-delta) % 7 or 7)
    if delta == 0:
        return pub
    if tense in (Tense.FUTURE, Tense.PRESENT):
        return pub + timedelta(days=delta % 7)
    return pub - timedelta(days=(-delta) % 7)


def relative_unit_value(unit: str, offset: int, pub: date) -> str:
    """Return the value of the unit containing the anchor, moved by offset units ("next week")."""
    if unit == "D":
        return (pub + timedelta(days=offset)).isoformat()
    if unit in ("W", "WE"):
        value = week_value(pub + timedelta(weeks=offset))
        return value + "-WE" if unit == "WE" else value
    if unit == "FN":
        return week_value(pub + timedelta(weeks=2 * offset))
    if unit == "M":
        y, mo = add_months(pub.year, pub.month, offset)
        return f"{y:04d}-{mo:02d}"
    if unit == "Q":
        y, mo = add_months(pub.year, (quarter_of(pub) - 1) * 3 + 1, 3 * offset)
        return f"{y:04d}-Q{quarter_of(date(y, mo, 1))}"
    if unit == "DE":
        return str(pub.year // 10 + offset)
    if unit == "CE":
        return str(pub.year // 100 + offset)
    return f"{pub.year + offset:04d}"


Normaliser = Callable[[Match, Context], Norm | None]
