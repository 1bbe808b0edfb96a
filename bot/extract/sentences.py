"""Stage: sentences.

spaCy's parser gives sentence starts, but news text trips it in three known ways:
a headline line with no full stop runs into the first sentence, a blank line
(paragraph break) is not always a break, and a bracketed aside gets split in
two. This stage repairs those on top of the parse, without re-parsing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from bot.extract.pipeline import Work

OPENING_BRACKETS = {"(": ")", "[": "]", "{": "}"}
CLOSING_BRACKETS = set(OPENING_BRACKETS.values())


def _breaks_line(doc: Doc, i: int) -> bool:
    """Say whether a line break follows token ``i`` (in its trailing space or as a space token)."""
    tok = doc[i]
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)


def bracket_spans(doc: Doc) -> list[tuple[int, int]]:
    """Return (open, close) token indices of brackets closed on the same line."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    for i, tok in enumerate(doc):
        if tok.text in OPENING_BRACKETS:
            stack.append(i)
        elif tok.text in CLOSING_BRACKETS and stack:
            spans.append((stack.pop(), i))
        if _breaks_line(doc, i):
            stack.clear()  # an unclosed bracket must not swallow the next paragraph
    return spans


def sentence_starts(doc: Doc) -> list[int]:
    """Return the token indices where sentences start, with line and bracket repairs."""
    starts = {s.start for s in doc.sents}
    for open_i, close_i in bracket_spans(doc):
        # A break inside a bracketed aside is the parser's mistake: keep the aside whole.
        starts.difference_update(range(open_i + 1, close_i + 1))
    for i in range(len(doc) - 1):
        if _breaks_line(doc, i):
            # Every line break is a hard break: headlines and paragraphs carry no full stop.
            starts.add(i + 1)
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
