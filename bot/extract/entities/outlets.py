"""News outlets: full names, short forms ("the Post") and names the NER missed."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from bot.extract.speech_lexicon import SpeechLexicon, load_lexicon


def outlet_kind(name: str, lex: SpeechLexicon) -> bool:
    """Say whether an organisation's name is a news outlet's."""
    bare = name.removeprefix("The ").removeprefix("the ")
    for full, aliases in lex.outlets.items():
        if bare == full.removeprefix("The ") or name in aliases or bare in aliases:
            return True
    last = bare.split()[-1] if bare.split() else ""
    return last in lex.outlet_words


def canonical_outlet(text: str, lex: SpeechLexicon, *, present: set[str]) -> str | None:
    """Return the outlet's full name; a short form shared by several ("the Post") needs one named."""
    bare = text.removeprefix("The ").removeprefix("the ")
    fits = [
        full
        for full, aliases in lex.outlets.items()
        if bare == full.removeprefix("The ")
        or bare in {a.removeprefix("The ").removeprefix("the ") for a in aliases}
    ]
    if len(fits) == 1 and (
        fits[0].removeprefix("The ") == bare or fits[0] in present or " " in bare or bare.isupper()
    ):
        return fits[0]
    named = [f for f in fits if f in present]
    return named[-1] if named else None


@lru_cache(maxsize=1)
def full_outlet_names() -> dict[str, str]:
    """Map each outlet's full name without 'The' to the full name."""
    return {full.removeprefix("The "): full for full in load_lexicon().outlets}


@lru_cache(maxsize=1)
def outlet_pattern() -> re.Pattern[str]:
    """Match any outlet name or short form in running text."""
    lex = load_lexicon()
    names = {n for full, aliases in lex.outlets.items() for n in (full, *aliases)}
    names = {n.removeprefix("The ").removeprefix("the ") for n in names}
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:[Tt]he )?(?:{alts})\b")


def split_outlet(span: Span) -> list[Span]:
    """Split an outlet run into the next name: 'the Washington Post Trump' -> outlet + person."""
    if span.label_ != "ORG":
        return [span]
    m = outlet_pattern().match(span.text)
    if m is None or m.end() >= len(span.text):
        return [span]
    doc = span.doc
    outlet = doc.char_span(span.start_char, span.start_char + m.end(), label="ORG")
    rest = doc.char_span(span.start_char + m.end() + 1, span.end_char, label="PERSON")
    words = load_lexicon().outlet_words
    if outlet is None or rest is None or not len(rest) or not all(t.pos_ == "PROPN" for t in rest):
        return [span]
    if rest[-1].text in words or rest[-1].text in ("Magazine", "Sunday", "Online"):
        return [span]  # 'The New York Times Magazine' is one outlet
    return [outlet, rest]


def outlet_spans(doc: Doc, text: str) -> list[Span]:
    """Return outlet names the NER may have missed ("the Post"), as ORG spans."""
    out = []
    for m in outlet_pattern().finditer(text):
        span = doc.char_span(m.start(), m.end(), label="ORG", alignment_mode="contract")
        if span is not None and len(span):
            out.append(span)
    return out
