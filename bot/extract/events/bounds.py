"""Times that bound a happening instead of dating it.

"will not be finished until no earlier than 2030" and "would not open until 2029 at the
earliest" say when it starts to be possible (an open-ended window from that time on);
"residents can register until Monday" sets a deadline; "every two hours" repeats and is
no one window.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from bot.extract.events.timing import dates_token
from bot.extract.model import Timex
from bot.extract.timex.dates import window_of

_UNTIL_BEFORE = re.compile(r"\b(?:until|till|before)\s+(?:no\s+earlier\s+than\s+|at\s+least\s+)?(?:the\s+)?$", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|by|before|through)\s+(?:the\s+)?$", re.IGNORECASE)
_PERMISSION = frozenset({"can", "may"})


def _before(timex: Timex, text: str) -> str:
    return text[max(0, timex.start - 30) : timex.start]


def lower_bound(timex: Timex) -> bool:
    """Return True for a time that only says 'not before' ("no earlier than 2030", "2029 at the earliest")."""
    return timex.earliest is not None and timex.latest is None and timex.value not in ("FUTURE_REF",)


def negated(verb: Token, carrier: Token) -> bool:
    """Return True when the verb or the verb it hangs from is negated ("is not expected to visit")."""
    # "is unlikely to open before 2027" waits for 2027 like "will not open until 2027"
    return carrier.lower_ == "unlikely" or any(c.dep_ == "neg" for t in {verb, carrier} for c in t.children)


def not_until(timex: Timex | None, text: str, *, published: date) -> Timex | None:
    """Return the time a negated verb waits for ("will not open until 2029"), with its open-ended window."""
    if timex is None:
        return None
    if not (_UNTIL_BEFORE.search(_before(timex, text)) or lower_bound(timex)):
        return None
    if lower_bound(timex):
        return timex
    lo, _ = window_of(timex.value, published)
    return replace(timex, earliest=lo or timex.earliest, latest=None) if lo else None


def permission(verb: Token) -> Token | None:
    """Return the 'can' or 'may' of "residents can register", if the verb has one."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _PERMISSION), None)


def is_deadline(timex: Timex | None, text: str) -> bool:
    """Return True for a time a permission runs until ("until March 21", "by Friday")."""
    return timex is not None and timex.latest is not None and bool(_DEADLINE_BEFORE.search(_before(timex, text)))


_HOW_OFTEN = re.compile(r"\b(?:once|twice|thrice|\w+\s+times)\s+$", re.IGNORECASE)


def how_often(timex: Timex, text: str) -> str:
    """Return a repeating time with its count ("twice a week"), for people to read."""
    found = _HOW_OFTEN.search(_before(timex, text))
    return f"{found.group(0)}{timex.text}" if found else timex.text


def repeating(sent: Span, *, allowed: set[int], timexes: list[Timex]) -> Timex | None:
    """Return a repeating time (SET) that hangs on the verb ("every two hours"), if any."""
    for t in timexes:
        if t.type != "SET" or not (sent.start_char <= t.start < sent.end_char):
            continue
        span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and len(span) and dates_token(span.root, allowed):
            return t
    return None
