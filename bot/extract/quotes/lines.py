"""Attributions a whole line carries: 'Name: words' and '"words" ― Name'.

A headline or a transcript line names its source before a colon ('Pence: Flowers
Won't Be at Debate', 'WALLACE: Let's start ...'); a reader's letter may sign off
after a dash. Neither has a verb for the parse to hang the source on.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from bot.extract.quotes.frame import Found, Layout

# 'Pat Caddell: ...', '"PENCE: ...': up to four capitalised words, then a colon.
COLON_LEAD = re.compile(r"[\"“'‘]?((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*):\s+(?=\S)")
# '...” ― Sonya Herridge' at the end of a line: a closing mark, a dash, a name.
DASH_TAIL = re.compile(r"[”\"'’]\s*[―—–]\s*((?:[A-Z][\w.'’-]*\s?){1,5})\s*$")
SOURCE_ENTS = {"PERSON", "ORG"}


def find_line_attributions(layout: Layout) -> list[Found]:
    """Return 'Name: words' lines and '"words" ― Name' sign-offs with their sources."""
    text = layout.text
    out: list[Found] = []
    for k, start in enumerate(layout.para_starts):
        end = layout.para_starts[k + 1] - 1 if k + 1 < len(layout.para_starts) else len(text)
        line = text[start:end]
        found = _colon_line(layout, start, line) or _dash_line(layout, start, line)
        if found is not None:
            out.append(found)
    return out


def _named(tok: Token) -> bool:
    """Say whether a token is used as a name: in an entity, or a proper noun as a subject."""
    return tok.ent_type_ in SOURCE_ENTS or (tok.pos_ == "PROPN" and tok.dep_ == "nsubj")


def _named_elsewhere(layout: Layout, word: Token) -> bool:
    """Say whether the article uses a word as a name somewhere else than here."""
    for hit in re.finditer(rf"\b{re.escape(word.text)}\b", layout.text, flags=re.IGNORECASE):
        if hit.start() == word.idx:
            continue
        span = layout.doc.char_span(hit.start(), hit.end())
        if span is not None and _named(span[-1]):
            return True
    return False


def _colon_line(layout: Layout, start: int, line: str) -> Found | None:
    """Return 'Name: words' with the words as content, when Name can be a source."""
    lead = COLON_LEAD.match(line)
    if lead is None or sum(w.isalpha() for w in line[lead.end() :].split()) < 4:
        return None  # 'Correction: October 2, 2016': a label, not words someone said
    name = layout.doc.char_span(start + lead.start(1), start + lead.end(1), alignment_mode="expand")
    if name is None or not _source_name(layout, name):
        return None
    body_end = start + len(line.rstrip().rstrip(".").rstrip())
    colon = layout.doc.char_span(start + lead.end(1), start + lead.end(1) + 1)
    return Found(start + lead.end(), body_end, "indirect", name[-1], colon)


def _source_name(layout: Layout, name: Span) -> bool:
    """Say whether words before a colon name a speaker ('Pence', 'WALLACE', 'Poll').

    A headline's tags are unreliable ('Pence' reads as a plural noun): the name counts
    when the article names a person or organisation with its last word elsewhere (an
    entity, or a proper noun that does something: 'Mayor Ines Rud met ...').
    """
    last = name[-1]
    if any(t.is_stop and not t.text.isupper() for t in name) or last.like_num:
        return False
    if last.lemma_.lower() in layout.lex.documents | {"poll", "survey"}:
        return True
    return _named_elsewhere(layout, last)


def _dash_line(layout: Layout, start: int, line: str) -> Found | None:
    """Return a line that closes a quote and signs it: '”...” ― Sonya Herridge'."""
    if not any(d in line[-80:] for d in "―—–"):
        return None
    tail = DASH_TAIL.search(line)
    if tail is None or tail.start() < 12:
        return None
    mark = start + tail.start()
    if layout.inside_mark(mark) is not None or layout.inside_mark(start) is not None:
        return None  # the quote marks paired: the direct quote finder reads this line
    name = layout.doc.char_span(
        start + tail.start(1), start + len(line.rstrip()), alignment_mode="expand"
    )
    if name is None or not _signature(name):
        return None
    return Found(start, mark + 1, "direct", name.root, None)


def _signature(name: Span) -> bool:
    """Say whether words after a dash are a name: capitalised proper nouns only."""
    return all(t.pos_ == "PROPN" or t.is_punct for t in name) and name.root.pos_ == "PROPN"
