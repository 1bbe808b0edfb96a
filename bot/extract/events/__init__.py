"""Stage: events — planned or expected happenings, merged per happening.

A mention is a future verb ("will visit", "is expected to travel", "might
meet") or an event noun that is expected or scheduled ("the visit is expected
within days"). Mentions of one happening (same kind of action, same main
participant) merge into one ``Event`` with the tightest time window, the
likeliest place and the manner in ``details``. Past happenings are skipped.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from bot.extract.events.lexicon import load_event_cues
from bot.extract.events.mentions import Mention, nominal_mention, verbal_mention
from bot.extract.events.merge import build_event, group_mentions
from bot.extract.events.names import NameIndex
from bot.extract.model import Entity, Event, Timex

if TYPE_CHECKING:
    from bot.extract.pipeline import Work

__all__ = ["extract_events", "find_events"]


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
            if found is not None:
                mentions.append(found)
    groups = group_mentions(mentions)
    return [build_event(group) for group in groups if not all(m.weak for m in group)]


def find_events(work: Work) -> None:
    """Write the article's expected events to ``work.events``."""
    work.events = extract_events(
        work.doc,
        published=work.published,
        timexes=work.timexes,
        entities=work.entities,
        sentences=work.sentences,
    )
