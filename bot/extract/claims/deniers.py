"""Who a denial rests on: the one who denies, never the sources of what is denied."""

from __future__ import annotations

from spacy.tokens import Doc

from bot.extract.claims.denials import Denial
from bot.extract.claims.kinds import group_kind
from bot.extract.claims.lexicon import ClaimsLexicon
from bot.extract.claims.sources import ON_RECORD, Source, from_speaker, phrase_sources
from bot.extract.claims.units import Unit
from bot.extract.model import SourceKind, Speaker


def denier_speaker(denial: Denial, quoted: list[Speaker], lex: ClaimsLexicon) -> Speaker | None:
    """Return who denies: a named quote speaker, else the parsed subject, else any speaker."""
    named = [s for s in quoted if s.kind in ON_RECORD]
    if named:
        return named[0]
    subject = denial.denier
    if subject is not None and subject.root.pos_ != "PRON":
        kind = group_kind(subject.root, lex)
        if kind is not SourceKind.NONE:
            return Speaker(name=subject.text.strip(" ,"), kind=kind)
    return quoted[0] if quoted else None


def denial_sources(unit: Unit, doc: Doc, lex: ClaimsLexicon) -> list[Source]:
    """Return the sources of a denial unit (the caller drops those inside the denied content)."""
    if unit.denial is None:
        return []
    quoted = [q.speaker for q in unit.nested if q.speaker is not None]
    speaker = denier_speaker(unit.denial, quoted, lex)
    sources = [from_speaker(speaker, lex)] if speaker is not None else []
    return sources + phrase_sources(unit.span, lex)
