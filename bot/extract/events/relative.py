"""Times counted from another happening, not from the publication date.

"The mayor is expected to sign within 48 hours if it passes" counts from the vote the
condition refers to; "he would hold a news conference the following morning" from the
happening just told; "two days after the vote" from the vote it names. Such a time gets
the window of its anchor shifted by the offset; when no anchor is found, an honest open
window beats a definite one counted from the wrong day.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from bot.extract.events.lexicon import EventCues
from bot.extract.model import Timex

_UNIT_DAYS = {"H": 1 / 24, "MIN": 1 / 1440, "D": 1, "W": 7, "M": 30, "Y": 365}
_DURATION = re.compile(r"^PT?(\d+(?:\.\d+)?)(H|M|D|W|Y)$")
_FROM_START = re.compile(r"\b(?:within|first|in\s+the\s+first)\s+(?:the\s+)?$", re.IGNORECASE)
_ANCHOR_PREPS = frozenset({"of", "after", "following"})
_CONDITION_MARKS = frozenset({"if", "once", "when", "after"})
_LATER = re.compile(r"\blater$", re.IGNORECASE)
_SOON = frozenset({"shortly", "soon", "immediately", "right", "just", "directly"})
_REACH = 1500  # characters back to look for the happening an anaphoric time counts from


@dataclass(frozen=True)
class Relative:
    """How a mention's time counts from another happening."""

    offset: tuple[int, int | None]  # days added to the anchor's first and last day (None: open end)
    noun: str | None = None  # the happening named ("vote"); None: the one just told
    kinds: frozenset[str] = frozenset()  # kinds a condition points to ("if it passes": a vote)
    text: str = ""  # the words that say it ("the following morning")
    just_told: bool = False  # counts from the happening told just before
    start: int = 0
    end: int = 0


def _days(value: str) -> int | None:
    found = _DURATION.match(value)
    if found is None:
        return None
    unit = "MIN" if value.startswith("PT") and found.group(2) == "M" else found.group(2)
    return math.ceil(float(found.group(1)) * _UNIT_DAYS[unit])


def _condition(verb: Token, cues: EventCues) -> frozenset[str] | None:
    """Return the kinds of happening a condition clause points back to ("if it passes": a vote)."""
    for child in verb.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in child.children):
            return frozenset(cues.condition_kinds.get(child.lemma_.lower(), ()))
    return None


def _named_anchor(token: Token, cues: EventCues) -> str | None:
    """Return the happening a time is counted from ("... of the stoppage", "after the vote")."""
    return next((n for prep in token.children if (n := _pobj_anchor(prep, cues)) is not None), None)


def _pobj_anchor(prep: Token, cues: EventCues) -> str | None:
    """Return the happening a preposition right after a length names ("... after the vote")."""
    if prep.dep_ != "prep" or prep.lower_ not in _ANCHOR_PREPS:
        return None
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None or not (obj.lemma_.lower() in cues.event_nouns or obj.lower_ in cues.event_nouns):
        return None
    return obj.lemma_.lower()


def relative_time(verb: Token, timex: Timex | None, sent: Span, *, cues: EventCues) -> Relative | None:
    """Return how the mention's time counts from another happening, if the sentence says so."""
    doc = sent.doc
    if timex is not None and timex.type == "DURATION":
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        days = _days(timex.value)
        if span is not None and _LATER.search(timex.text):  # "two days later": after the happening just told
            offset = (days, days) if days is not None else (0, None)
            return Relative(offset, text=timex.text, start=timex.start, end=timex.end, just_told=True)
        if span is None or days is None:
            return None
        before = doc.text[max(0, timex.start - 20) : timex.start]
        offset = (0, days) if _FROM_START.search(before) else (days, days)
        after = doc[span.end] if span.end < len(doc) else None  # "two days after the vote"
        noun = _named_anchor(span.root, cues) or (_pobj_anchor(after, cues) if after is not None else None)
        if noun is not None:
            return Relative(offset, noun=noun, text=timex.text, start=timex.start, end=timex.end)
        kinds = _condition(verb, cues)
        if kinds and _FROM_START.search(before):
            # "within 48 hours if it passes": counted from the passing, not from today
            return Relative(offset, kinds=kinds, text=timex.text, start=timex.start, end=timex.end)
        return None
    if timex is not None:
        return None
    for prep in verb.children:  # "shortly after the vote", "after the vote"
        named = _pobj_anchor(prep, cues) if prep.lower_ != "of" else None
        if named is not None:
            soon = any(c.dep_ == "advmod" and c.lower_ in _SOON for c in prep.children)
            words = list(prep.subtree)
            return Relative(
                (0, cues.soon_days if soon else None),
                noun=named,
                text=doc[words[0].i : words[-1].i + 1].text,
                start=words[0].idx,
                end=words[-1].idx + len(words[-1]),
            )
    for unit in verb.children:  # "the following morning", "the day after the vote"
        if unit.dep_ != "npadvmod" or unit.lemma_.lower() not in cues.anaphoric_units:
            continue
        lo, hi = cues.anaphoric_units[unit.lemma_.lower()]
        named = _named_anchor(unit, cues)
        if named is None and not any(c.dep_ in ("amod", "det") and c.lower_ in ("following", "next") for c in unit.children):
            continue
        words = list(unit.subtree)
        return Relative(
            (lo, hi),
            noun=named,
            text=doc[words[0].i : words[-1].i + 1].text,
            start=words[0].idx,
            end=words[-1].idx + len(words[-1]),
            just_told=named is None,
        )
    return None


@dataclass(frozen=True)
class Dated:
    """A mention already placed in time: where it is, what it is about, its window."""

    start: int
    topics: frozenset[str]
    earliest: date
    latest: date


def anchor(rel: Relative, *, at: int, dated: list[Dated], kinds_of: dict[str, str]) -> Dated | None:
    """Return the happening a relative time counts from: named, pointed to, or the one just told."""
    before = [d for d in dated if d.start < at]
    if rel.noun is not None:
        wanted = {rel.noun, kinds_of.get(rel.noun, rel.noun)}
        return next((d for d in reversed(before) if d.topics & wanted), None)
    if rel.kinds:
        return next((d for d in reversed(before) if d.topics & rel.kinds), None)
    if rel.just_told and before and at - before[-1].start <= _REACH:
        return before[-1]  # "the following morning": after the happening just told
    return None


def shifted(rel: Relative, timex: Timex | None, base: Dated | None) -> Timex | None:
    """Return the mention's time with the window its anchor gives, or an open one without anchor."""
    if base is None:
        return replace(timex, earliest=None, latest=None) if timex is not None else None
    lo = base.earliest + timedelta(days=rel.offset[0])
    hi = base.latest + timedelta(days=rel.offset[1]) if rel.offset[1] is not None else None
    if timex is not None:
        return replace(timex, earliest=lo, latest=hi)
    value = lo.isoformat() if lo == hi else "XXXX-XX-XX"
    return Timex(rel.text, rel.start, rel.end, "DATE", value, lo, hi)
