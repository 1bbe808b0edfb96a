"""Stage: sentences.

spaCy's parser gives sentence starts, but news text trips it in three known ways:
a headline line with no full stop runs into the first sentence, a blank line
(paragraph break) is not always a break, and a bracketed aside gets split in
two. This stage repairs those on top of the parse, without re-parsing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from bot.extract.pipeline import Work

OPENING_BRACKETS = {"(": ")", "[": "]", "{": "}"}
CLOSING_BRACKETS = set(OPENING_BRACKETS.values())
# A wire dateline opening a paragraph: 'RIVERTON - ', 'MADRID, June 10 (Meridian Wire) - '.
# It says where the story was filed; it is no part of a sentence, quote or source.
DATELINE = re.compile(
    r"[A-Z][A-Z.'’ ]*[A-Z.](?:, [^\n()\-–—]{1,40}?)?(?: \([^)\n]{1,40}\))? ?(?:-{1,2}|–|—) "
)


def inside_quote(tok: Token) -> bool:
    """Say whether a token stands inside quote marks opened earlier in its sentence."""
    return sum(t.is_quote for t in tok.doc[tok.sent.start : tok.i]) % 2 == 1


def dateline_end(text: str, start: int) -> int:
    """Return where the text proper begins when a paragraph at ``start`` opens with a dateline."""
    if start and text[start - 1] != "\n":
        return start
    m = DATELINE.match(text, start)
    return m.end() if m else start


def datelines(text: str) -> list[tuple[int, int]]:
    """Return the character ranges of the datelines that open paragraphs."""
    out = []
    for start in [0] + [m.end() for m in re.finditer("\n", text)]:
        end = dateline_end(text, start)
        if end > start:
            out.append((start, end))
    return out


def line_breaks(doc: Doc) -> list[int]:
    """Return the indices of tokens followed by a line break (in trailing space or as a space token)."""
    return [tok.i for tok in doc if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)]


def bracket_spans(doc: Doc, breaks: list[int] | None = None) -> list[tuple[int, int]]:
    """Return (open, close) token indices of brackets closed on the same line."""
    after_break = set(line_breaks(doc) if breaks is None else breaks)
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    for tok in doc:
        text = tok.text
        if text in OPENING_BRACKETS:
            stack.append(tok.i)
        elif text in CLOSING_BRACKETS and stack:
            spans.append((stack.pop(), tok.i))
        if tok.i in after_break:
            stack.clear()  # an unclosed bracket must not swallow the next paragraph
    return spans


def sentence_starts(doc: Doc) -> list[int]:
    """Return the token indices where sentences start, with line and bracket repairs."""
    starts = {s.start for s in doc.sents}
    breaks = line_breaks(doc)
    for open_i, close_i in bracket_spans(doc, breaks):
        # A break inside a bracketed aside is the parser's mistake: keep the aside whole.
        starts.difference_update(range(open_i + 1, close_i + 1))
    # Every line break is a hard break: headlines and paragraphs carry no full stop.
    starts.update(i + 1 for i in breaks if i + 1 < len(doc))
    return sorted(starts)


def split_sentences(work: Work) -> None:
    """Write the document's sentences (spans without leading or trailing whitespace)."""
    work.sentences = paragraph_sentences(work.doc)


def paragraph_sentences(doc: Doc) -> list[Span]:
    """Return the repaired sentences of a parsed document."""
    starts = sentence_starts(doc)
    out: list[Span] = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(doc)
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if start < end:
            out.append(doc[start:end])
    return out
