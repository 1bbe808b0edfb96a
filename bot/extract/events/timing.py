"""Which time expression dates a mention: one the parse attaches to the event's own clause."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from bot.extract.model import Timex
from bot.extract.timex.dates import month_end, safe_date, week_value
from bot.extract.timex.lexicon import load_time_words
from bot.extract.timex.windows import counted_from_another

DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")  # a time pinned to the day: "2025-03-18"
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_PINNED = re.compile(r"^\d{4}-(?:\d{2}|W\d{2}|Q\d|H\d)")
# Prepositions that let a dated noun date the verb: "face off during Tuesday's arguments".
_TEMPORAL_PREPS = frozenset({"during", "at", "before", "after", "until", "by", "ahead", "on", "for"})
# A clause that takes its time from the clause it hangs on: "... later this week, as Clinton
# will host events"; a reported clause ("said Friday that she would") does not.
_INHERITING_DEPS = frozenset({"conj", "advcl"})
_MAX_CLIMB = 10
_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "dative"})


def anchors(verb: Token, carrier: Token) -> set[int]:
    """Return the token indices a time expression may hang on to date the verb's happening."""
    found = {verb.i, carrier.i}
    node = verb
    while node != carrier and node.head != node and node.dep_ in ("xcomp", "ccomp", "conj"):
        node = node.head  # "is expected to be ratified": the chain up to the cue
        found.add(node.i)
    top = carrier
    if top.dep_ in _INHERITING_DEPS and top.head != top and top.head.tag_ != "VBD":
        found.add(top.head.i)
    if top.dep_ == "relcl":
        found.add(top.head.i)  # "through Sunday, when the Panthers are set to host": that Sunday
    return found


def dates_token(timex_root: Token, allowed: set[int]) -> bool:
    """Return True when the time expression's root climbs to an allowed token without crossing a verb."""
    node = timex_root
    if node.dep_ == "poss":
        # "Monday's debate": the day dates the debate; it dates the verb only through a
        # temporal preposition on the verb ("during Tuesday's arguments").
        noun = node.head
        if noun.i in allowed:
            return True
        prep = noun.head
        return noun.dep_ == "pobj" and prep.lower_ in _TEMPORAL_PREPS and prep.head.i in allowed
    for _ in range(_MAX_CLIMB):
        if node.i in allowed:
            return True
        if node != timex_root and (node.pos_ in ("VERB", "AUX") or node.tag_.startswith("VB")):
            return False  # the time of another clause
        if node.head == node:
            return False
        node = node.head
    return False


def pick_timex(
    sent: Span, *, allowed: set[int], near: int, timexes: list[Timex], published: date, present: bool = False
) -> Timex | None:
    """Return the not-past time expression attached to the mention nearest its trigger.

    ``present``: the mention is in the present tense ("faces re-election in November"), so
    a month written without its year that fell behind is the coming one.
    """
    usable = []
    for t in timexes:
        if not (sent.start_char <= t.start < sent.end_char):
            continue
        if present:
            t = _coming(t, published)
        if t.value in ("PAST_REF", "PRESENT_REF") or (t.latest is not None and t.latest < published):
            continue
        counted = t.type == "DURATION" and counted_from_another(t.text, sent.doc.text[t.end : t.end + 30])
        if not (t.type in ("DATE", "TIME") or t.earliest is not None or counted):
            continue  # a length with no window, unless it counts from a happening ("two days after the vote")
        span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span) or (t.type == "DURATION" and span.root.dep_ in _ARGUMENT_DEPS):
            continue  # "receive the six weeks of leave": a length received, not a time
        if dates_token(span.root, allowed):
            usable.append(t)
    if not usable:
        return None
    return through(min(usable, key=lambda t: abs(t.start - near)), timexes, sent.doc.text)


def _coming(t: Timex, published: date) -> Timex:
    """Return a month named without its year, moved a year ahead if it fell behind."""
    if not _MONTH.match(t.value) or re.search(r"\d", t.text) or t.latest is None or t.latest >= published:
        return t
    year, month = int(t.value[:4]) + 1, int(t.value[5:7])
    return replace(t, value=f"{year:04d}-{month:02d}", earliest=date(year, month, 1), latest=month_end(year, month))


# What joins the two ends of a range: "from March 18 to March 20", "between ... and ...".
_RANGE_GAP = re.compile(r"\s*(?:to|through|thru|until|till|and|-|–|—)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# A second day written as a bare number: "March 18-20", "April 3 to 6".
_DAY_END = re.compile(r"\s*(?:-|–|to|through)\s*(\d{1,2})\b(?![:.,]?\d)")


def through(first: Timex, timexes: list[Timex], text: str) -> Timex:
    """Return a range's whole window when a time is its first end ("from March 18 to 20")."""
    if first.earliest is None:
        return first
    for last in timexes:
        if last.start < first.end or last.latest is None:
            continue
        gap = _RANGE_GAP.fullmatch(text, first.end, last.start)
        if gap is None:
            break
        start = first.start
        if gap.group().strip().lower() == "and":
            between = _BETWEEN.search(text, max(0, first.start - 9), first.start)
            if between is None:
                break  # "on March 18, and ... March 20": two times, not a range
            start = between.start()  # "between March 18 and March 20" reads whole
        if last.latest < first.earliest:
            break
        value = f"{first.value}/{last.value}"
        return Timex(text[start : last.end], start, last.end, first.type, value, first.earliest, last.latest)
    day = _DAY_END.match(text, first.end)
    if day is not None and DAY_VALUE.match(first.value) and first.earliest.day < int(day.group(1)):
        end = safe_date(first.earliest.year, first.earliest.month, int(day.group(1)))
        if end is None:
            return first
        span = text[first.start : day.end()]
        return Timex(span, first.start, day.end(), first.type, f"{first.value}/{end.isoformat()}", first.earliest, end)
    return first


def specific(timex: Timex | None) -> bool:
    """Return True for a time that pins a happening: a day, week, month, quarter or a near future."""
    if timex is None:
        return False
    if _PINNED.match(timex.value):
        return True
    return timex.latest is not None and timex.earliest is not None and (timex.latest - timex.earliest).days <= 92


def has_past_timex(sent: Span, timexes: list[Timex], published: date) -> bool:
    """Return True when the sentence names a time already gone ("last month", "in 2019")."""
    return any(
        sent.start_char <= t.start < sent.end_char and (t.value == "PAST_REF" or (t.latest is not None and t.latest < published))
        for t in timexes
    )


_REPORTING_DEPS = frozenset({"ccomp", "parataxis"})


def _reporting_verbs(carrier: Token) -> set[int]:
    """Return the verbs a mention is reported under ("Trump stated that ...", "..., he said")."""
    found: set[int] = set()
    node = carrier
    while node.dep_ in _REPORTING_DEPS and node.head != node:
        node = node.head
        found.add(node.i)
    found.update(c.i for c in carrier.children if c.dep_ in _REPORTING_DEPS)
    return found


def _absolute(timex: Timex) -> bool:
    """Return True for a time that does not count from when it was said ("Oct. 9", "2030")."""
    months = load_time_words().months
    return bool(re.search(r"\b\d{4}\b", timex.text)) or any(w.lower().rstrip(",") in months for w in timex.text.split() if w[:1].isupper())


def stale(timex: Timex, carrier: Token, sent: Span, *, timexes: list[Timex], published: date) -> bool:
    """Return True when a relative time was said in the past ("weeks ago he said ... in a few weeks")."""
    if _absolute(timex):
        return False
    verbs = _reporting_verbs(carrier)
    if not verbs:
        return False
    for t in timexes:
        gone = t.value == "PAST_REF" or (t.latest is not None and t.latest < published)
        if not gone or not (sent.start_char <= t.start < sent.end_char):
            continue
        span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and len(span) and dates_token(span.root, verbs) and not _same_period(t, timex.value, published):
            return True
    return False


_WEEK = re.compile(r"^\d{4}-W\d{2}$")
_YEAR = re.compile(r"^\d{4}$")


def _same_period(said: Timex, value: str, published: date) -> bool:
    """Return True when a relative time means the same said then as now.

    "said on Monday that it would reopen next week": Monday is in the publication's week,
    so "next week" is the same week either way; "weeks ago ... in a few weeks" is not.
    """
    day = said.earliest
    if day is None or said.latest is None or said.latest != day:
        return False  # only a day said on is known to share a period
    if _WEEK.match(value):
        return week_value(day) == week_value(published)
    if _MONTH.match(value):
        return (day.year, day.month) == (published.year, published.month)
    if _YEAR.match(value):
        return day.year == published.year
    return False  # a day ("tomorrow") moves with the day it was said

