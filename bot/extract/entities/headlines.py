"""Title-case headlines: words that run into a name there ('Obama Speech', 'Hit Piece ...')."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from bot.extract.speech_lexicon import SpeechLexicon

WORDS = re.compile(r"[A-Za-z][\w'’-]*")
CACHE_KEY = "newsroom.lowercase_words"
TEXT_KEY = "newsroom.text"


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


def in_headline(span: Span) -> bool:
    """Say whether a span sits on a title-case line with no closing full stop."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start : end if end >= 0 else len(text)].strip()
    words = WORDS.findall(line)
    if len(words) < 3 or line.endswith((".", '"', "”")):
        return False
    return sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def headline_name(span: Span, lex: SpeechLexicon) -> tuple[int, int]:
    """Return the token range of a name without the headline words around it."""
    doc = span.doc
    start, end = span.start, span.end
    if end - start < 2 or not in_headline(span):
        return start, end
    common = lowercase_words(doc)

    def headline_word(i: int) -> bool:
        word = doc[i].lower_
        return word in common and word not in lex.first_names

    while end - start > 1 and headline_word(start):
        start += 1
    while end - start > 1 and headline_word(end - 1):
        end -= 1
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
