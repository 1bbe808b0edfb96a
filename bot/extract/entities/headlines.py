"""Title-case headlines: words that run into a name there ('Obama Speech', 'Hit Piece ...')."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from bot.extract.speech_lexicon import SpeechLexicon

WORDS = re.compile(r"[A-Za-z][\w'’-]*")
CACHE_KEY = "newsroom.lowercase_words"
TEXT_KEY = "newsroom.text"
COUNTS_KEY = "newsroom.word_counts"


def lowercase_words(doc: Doc) -> frozenset[str]:
    """Return the words the article writes in lower case somewhere (kept in ``doc.user_data``)."""
    cached = doc.user_data.get(CACHE_KEY)
    if isinstance(cached, frozenset):
        return cached
    words = frozenset(t.text for t in doc if t.text.islower())
    doc.user_data[CACHE_KEY] = words
    return words


def doc_text(doc: Doc) -> str:
    """Return the document's text, read once (``Doc.text`` is rebuilt on every access)."""
    cached = doc.user_data.get(TEXT_KEY)
    if isinstance(cached, str):
        return cached
    text = doc.text
    doc.user_data[TEXT_KEY] = text
    return text


def _line_range(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the offsets of the line that holds a character range."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, last if last >= 0 else len(text)


def in_headline(span: Span) -> bool:
    """Say whether a span sits on a title-case line with no closing full stop.

    The article's first line is a headline even with a full stop ('Mayor Seeks New Vote.').
    """
    text = doc_text(span.doc)
    start, end = _line_range(text, span.start_char, span.end_char)
    line = text[start:end].strip()
    words = WORDS.findall(line)
    first = not text[:start].strip()
    if len(words) < 3 or line.endswith(('"', "”")) or (line.endswith(".") and not first):
        return False
    return sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def word_counts(doc: Doc) -> Counter[str]:
    """Return how often each lower-cased word occurs (kept in ``doc.user_data``)."""
    cached = doc.user_data.get(COUNTS_KEY)
    if isinstance(cached, Counter):
        return cached
    counts = Counter(t.lower_ for t in doc)
    doc.user_data[COUNTS_KEY] = counts
    return counts


def _only_in_line(doc: Doc, i: int) -> bool:
    """Say whether a word occurs nowhere in the article outside its own line."""
    text = doc_text(doc)
    start, end = _line_range(text, doc[i].idx, doc[i].idx + len(doc[i]))
    line = doc.char_span(start, end, alignment_mode="expand")
    word = doc[i].lower_
    here = sum(t.lower_ == word for t in line) if line is not None else 1
    return word_counts(doc)[word] <= here


def headline_name(span: Span, lex: SpeechLexicon) -> tuple[int, int]:
    """Return the token range of a name without the headline words around it (empty if none)."""
    doc = span.doc
    start, end = span.start, span.end
    if end - start < 2 or not in_headline(span):
        return start, end
    common = lowercase_words(doc)

    def headline_word(i: int, *, last: bool = False) -> bool:
        # A word the story uses in lower case; after the name, also one the story never uses
        # outside the headline ('Obama Seeks'), though a first name before it may be so.
        word = doc[i].lower_
        return word not in lex.first_names and (word in common or (last and _only_in_line(doc, i)))

    while end - start > 1 and headline_word(start):
        start += 1
    while end - start > 1 and headline_word(end - 1, last=True):
        end -= 1
    # One word the story never repeats may be a first name ('Glenn Beck'); a run of them is
    # the headline ('Hit Piece Exploits Trump').
    known = next(
        (i for i in range(start, end) if doc[i].lower_ not in common and not _only_in_line(doc, i)),
        None,
    )
    if known is None and not any(t.lower_ in lex.first_names for t in doc[start:end]):
        return start, start  # headline words only ('Hit Piece'): no name the story uses
    if known is not None and known - start > 1:
        start = known
    return start, end


def headline_line(span: Span) -> bool:
    """Say whether a span sits in a headline: a title-case line, or an article's first line
    when that line is short and has no closing full stop."""
    if in_headline(span):
        return True
    text = doc_text(span.doc)
    lead = len(text) - len(text.lstrip())
    end = text.find("\n", lead)
    first = text[lead : end if end >= 0 else len(text)].rstrip()
    return (
        span.start_char < lead + len(first)
        and not first.endswith((".", '"', "”"))
        and len(first.split()) <= 20
    )
