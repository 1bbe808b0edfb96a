"""Merge the mentions of one happening into one event with the tightest window and likeliest place."""

from __future__ import annotations

from collections import Counter
from datetime import date

from bot.extract.events.certainty import RANK as _RANK
from bot.extract.events.lexicon import load_event_cues
from bot.extract.events.mentions import Mention
from bot.extract.model import Event, Timex

# Words that make an event noun point at a happening named elsewhere: "the visit", "his trip".
_POINTING = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "such"})


def _points_back(m: Mention) -> bool:
    """Say whether a mention with nobody named stands for a happening named elsewhere.

    "The visit is expected within days" does; "Talks between the unions are scheduled"
    is a happening of its own.
    """
    first = m.noun_phrase.split(maxsplit=1)[0].lower() if m.noun_phrase else ""
    return m.verbal or first in _POINTING


def _same_happening(a: Mention, b: Mention) -> bool:
    """Return True when two mentions speak of one happening (same kind, same main participant)."""
    if a.kind != b.kind:
        return False
    if a.main is None or b.main is None:
        # "the visit": the one already named, if of its family ("the summit" is not a trip)
        unnamed = [m for m in (a, b) if m.main is None]
        return all(_points_back(m) for m in unnamed) and _family(a) == _family(b)
    return _same_main(a, b)


def _family(m: Mention) -> str:
    """Return the family of what happens: "travel" for "visit", "trip", "will fly"; else its kind."""
    return load_event_cues().families.get(m.noun or m.action, m.kind)


def _same_main(a: Mention, b: Mention) -> bool:
    return a.main == b.main or a.main in b.others or b.main in a.others


def _fits(mention: Mention, group: list[Mention]) -> bool:
    """Say whether a mention joins a group: the same happening, by someone the group names.

    A mention with nobody named cannot bridge two groups: "the city council meets",
    "the talks", "the minister will visit" are three happenings.
    """
    named = [m for m in group if m.main is not None]
    if mention.main is not None and named:
        return mention.kind == group[0].kind and any(_same_main(mention, m) for m in named)
    return any(_same_happening(mention, other) for other in group)


def group_mentions(mentions: list[Mention]) -> list[list[Mention]]:
    """Return the mentions grouped by happening, in order of first mention."""
    groups: list[list[Mention]] = []
    for mention in mentions:
        for group in reversed(groups):
            if _fits(mention, group):
                group.append(mention)
                break
        else:
            groups.append([mention])
    return groups


def _width(t: Timex) -> int:
    if t.earliest is None or t.latest is None:
        return 1 << 20
    return (t.latest - t.earliest).days


def _window(timexes: list[Timex]) -> tuple[date | None, date | None]:
    """Return the intersection of the windows, or the narrowest one when they do not meet."""
    lows = [t.earliest for t in timexes if t.earliest is not None]
    highs = [t.latest for t in timexes if t.latest is not None]
    lo = max(lows) if lows else None
    hi = min(highs) if highs else None
    if lo is not None and hi is not None and lo > hi:
        best = min(timexes, key=_width)
        return best.earliest, best.latest
    return lo, hi


def build_event(group: list[Mention]) -> Event:
    """Return one event from the mentions of a happening."""
    # A verb's summary reads better than a noun's fallback ("Obama's veto comes", not
    # "Obama holds a veto"), and one with someone named better than one without.
    lead = (
        next((m for m in group if m.main and m.verbal), None)
        or next((m for m in group if m.verbal and m.noun_phrase), None)
        or next((m for m in group if m.main), group[0])
    )
    participants: list[str] = []
    for m in [lead, *group]:
        for who in ([m.main] if m.main else []) + m.others:
            if who not in participants:
                participants.append(who)
    scores: Counter[str] = Counter()
    last_seen: dict[str, tuple[int, int]] = {}
    for order, m in enumerate(group):
        for index, (name, score) in enumerate(m.places):
            scores[name] = max(scores[name], score)
            last_seen[name] = (order, index)  # later and deeper names are the more specific
    place = max(scores, key=lambda p: (scores[p], last_seen[p])) if scores else None
    details: list[str] = []
    for m in group:
        details.extend(d for d in m.details if d not in details)
    # Places only raised as a possibility ("might visit Moscow") stay as alternatives.
    details.extend(f"or {p} (possible)" for p in scores if p != place and scores[p] == 1 and scores[place or ""] > 1)
    timexes = [m.timex for m in group if m.timex is not None]
    when = min(timexes, key=_width) if timexes else None
    earliest, latest = _window(timexes) if timexes else (None, None)
    certainty = max((m.certainty for m in group), key=_RANK.__getitem__)
    if lead.main:
        text = f"{lead.main} {lead.summary_tail}"
    else:  # nobody named: "The vote is expected", "The concert takes place"
        phrase = lead.noun_phrase or lead.action
        rest = lead.summary_tail if lead.verbal else lead.trigger
        text = f"{phrase[:1].upper()}{phrase[1:]} {rest}"
    return Event(
        text=text.strip(),
        start=lead.start,
        end=lead.end,
        trigger=lead.trigger,
        certainty=certainty,
        participants=tuple(participants),
        place=place,
        when=when,
        earliest=earliest,
        latest=latest,
        sentence=lead.sentence,
        details=tuple(details),
    )
