"""Stage: events — planned or expected happenings, merged per happening.

A mention is a future verb ("will visit", "is expected to travel", "might
meet") or an event noun that is expected or scheduled ("the visit is expected
within days"). Mentions of one happening (same kind of action, same main
participant) merge into one ``Event`` with the tightest time window, the
likeliest place and the manner in ``details``. Past happenings are skipped.

Some times do not date a happening from the publication day: a time counted from
another happening ("within 48 hours if it passes", "the following morning") takes that
happening's window (relative.py); "not until 2030" and "at the earliest" open a window
from a bound, "can register until Monday" is a deadline, "every two hours" repeats
(bounds.py); "figures are due at the end of July" is a deadline of its own (due.py).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from bot.extract.events.due import due_mention
from bot.extract.events.lexicon import EventCues, load_event_cues
from bot.extract.events.mentions import Mention, nominal_mention, verbal_mention
from bot.extract.events.merge import build_event, group_mentions
from bot.extract.events.names import NameIndex
from bot.extract.events.relative import Dated, anchor, shifted
from bot.extract.model import Entity, Event, Timex

if TYPE_CHECKING:
    from bot.extract.pipeline import Work

__all__ = ["extract_events", "find_events"]

_DATED_DAYS = 92  # a window this narrow can anchor a time counted from it


def extract_events(
    doc: Doc,
    *,
    published: date,
    timexes: list[Timex],
    entities: list[Entity] | None = None,
    sentences: list[Span] | None = None,
) -> list[Event]:
    """Return the expected events of a parsed article."""
    cues = load_event_cues()
    names = NameIndex(doc, list(entities or []), timexes=timexes)
    mentions: list[Mention] = []
    for sent in sentences if sentences else doc.sents:
        for token in sent:
            found = verbal_mention(token, sent, names=names, cues=cues, timexes=timexes, published=published)
            if found is None:
                found = nominal_mention(token, sent, names=names, cues=cues, timexes=timexes, published=published)
            if found is None and token.lower_ == "due":
                found = due_mention(token, sent, names=names, cues=cues, timexes=timexes, published=published)
            if found is not None:
                mentions.append(found)
    place_relative_times(mentions, cues=cues)
    groups = group_mentions(mentions)
    return [build_event(group) for group in groups if not all(m.weak for m in group)]


def place_relative_times(mentions: list[Mention], *, cues: EventCues) -> None:
    """Give each time counted from another happening the window of that happening, in text order."""
    dated: list[Dated] = []
    for m in mentions:
        if m.relative is not None:
            base = anchor(m.relative, at=m.start, dated=dated, kinds_of=cues.kinds)
            m.timex = shifted(m.relative, m.timex, base)
            m.weak = m.timex is None and m.weak_alone  # "would ... the following morning" after nothing dated
        t = m.timex
        if t is not None and t.earliest is not None and t.latest is not None and (t.latest - t.earliest).days <= _DATED_DAYS:
            dated.append(Dated(m.start, m.topics, t.earliest, t.latest))


def find_events(work: Work) -> None:
    """Write the article's expected events to ``work.events``."""
    work.events = extract_events(
        work.doc,
        published=work.published,
        timexes=work.timexes,
        entities=work.entities,
        sentences=work.sentences,
    )
