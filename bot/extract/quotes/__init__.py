"""Stage: quotes — direct quotes, reported speech and who said them."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.extract.entities import entity_index
from bot.extract.model import Quote, Speaker
from bot.extract.quotes.direct import find_direct
from bot.extract.quotes.frame import Found, Layout
from bot.extract.quotes.marks import find_marked
from bot.extract.quotes.reported import find_reported
from bot.extract.quotes.speakers import Resolver
from bot.extract.sentences import dateline_end, paragraph_sentences
from bot.extract.speech_lexicon import load_lexicon

if TYPE_CHECKING:
    from bot.extract.pipeline import Work

__all__ = ["find_quotes"]

LINE = re.compile(r"[^\n]*\S")


def find_quotes(work: Work) -> None:
    """Write the article's quotes, each with its resolved speaker."""
    doc = work.doc
    sentences = work.sentences or paragraph_sentences(doc)
    layout = Layout(doc, sentences, find_marked(work.text), load_lexicon())
    resolver = Resolver(doc, entity_index(doc), layout.sent_of, layout.quoted)
    direct = find_direct(layout)
    found = _by_paragraph(direct, layout.text) + find_reported(layout, direct)
    for f in found:
        f.start = min(dateline_end(layout.text, f.start), f.end)
    # Resolve in text order so that a pronoun sees the sources named before it.
    found.sort(key=lambda f: min(f.start, f.head.idx if f.head is not None else f.start))
    speakers: dict[int, Speaker | None] = {}
    quotes: list[Quote] = []
    for f in found:
        speaker = _speaker(f, resolver, speakers)
        if speaker is not None and f.kind == "direct" and _unresolved(speaker, f):
            # Measured on PolNeAR dev: a direct quote is better left out than given to 'he'.
            speaker = None
        speakers[id(f)] = speaker
        if speaker is None:
            continue
        cue = f.cue
        quotes.append(
            Quote(
                text=layout.text[f.start : f.end],
                start=f.start,
                end=f.end,
                kind=f.kind,
                speaker=speaker,
                cue=cue.text if cue is not None else None,
                cue_start=cue.start_char if cue is not None else None,
                cue_end=cue.end_char if cue is not None else None,
            )
        )
    work.quotes = sorted(quotes, key=lambda q: (q.start, q.end))


def _by_paragraph(found: list[Found], text: str) -> list[Found]:
    """Split a quote that runs over paragraphs into one piece per paragraph, same source.

    Each continued paragraph reopens the quote with a mark of its own; kept in one
    piece, that mark would sit in the middle of the quote's text.
    """
    out: list[Found] = []
    for f in found:
        pieces = [
            (m.start() + f.start, m.end() + f.start) for m in LINE.finditer(text[f.start : f.end])
        ]
        if len(pieces) < 2:
            out.append(f)
            continue
        # The first piece stays the same object: later quotes may follow it.
        rest = [replace(f, start=s, end=e, head=None, cue=None, follows=f) for s, e in pieces[1:]]
        f.end = pieces[0][1]
        out.append(f)
        out.extend(rest)
    return out


def _unresolved(speaker: Speaker, f: Found) -> bool:
    """Say whether a source is a pronoun no antecedent was found for."""
    return f.head is not None and f.head.pos_ == "PRON" and speaker.name == f.head.text


def _speaker(f: Found, resolver: Resolver, done: dict[int, Speaker | None]) -> Speaker | None:
    if f.head is not None:
        quote = (f.start, f.end) if f.kind == "direct" else None
        speaker = resolver.resolve(f.head, quote=quote)
        if speaker is not None and f.via_head is not None:
            via = resolver.resolve(f.via_head, remember=False)
            if via is not None:
                speaker = replace(speaker, via=via.name)
        return speaker
    if f.follows is not None:
        return done.get(id(f.follows))
    return None
