"""Which quotes carry a source's words, and so can be claims.

The quotes stage finds every attribution; some are not statements: refusals
("declined to comment"), a chain's "citing X", questions ("asked whether ..."),
bare source phrases, verbless object phrases, and an outer quote that swallowed
another's attribution.
"""

from __future__ import annotations

from spacy.tokens import Doc

from bot.extract.claims.lexicon import ClaimsLexicon
from bot.extract.claims.silence import silent_quote
from bot.extract.model import Quote

MIN_QUOTE_WORDS = 3  # shorter quotes are scare quotes inside the article's own sentence


def word_count(text: str) -> int:
    """Return the number of words with a letter in them."""
    return sum(1 for word in text.split() if any(ch.isalpha() for ch in word))


def inside_of(inner: Quote, outer: Quote) -> bool:
    """Return True when one quote lies strictly within another."""
    same = (inner.start, inner.end) == (outer.start, outer.end)
    return inner is not outer and not same and outer.start <= inner.start and inner.end <= outer.end


def is_refusal(quote: Quote, lex: ClaimsLexicon) -> bool:
    """Return True for "did not say when ..." and "declined to comment": nothing was said."""
    cue_words = (quote.cue or "").lower().split()
    return any(word in lex.refusal_words for word in cue_words)


def swallowed(inner: Quote, outer: Quote) -> bool:
    """Return True when an outer quote runs on into the inner one's trailing attribution.

    "X is weighing a bid, according to Reuters" quoted again as Reuters' words
    ("which cited ..."): the outer holds the inner's cue after its content.
    """
    if not inside_of(inner, outer) or inner.cue_start is None:
        return False
    return inner.end <= inner.cue_start < outer.end


def cue_lemmas(quote: Quote, doc: Doc) -> set[str]:
    """Return the lemmas of a quote's cue words."""
    if quote.cue_start is None or quote.cue_end is None:
        return set()
    cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    return {t.lemma_.lower() for t in cue} if cue is not None else set()


def spoken_quotes(quotes: list[Quote], lex: ClaimsLexicon, doc: Doc) -> list[Quote]:
    """Return the quotes that carry a source's words.

    Not refusals ("declined to comment"), not a chain's "citing X" (the cited
    source is read from the frame), not a bare source phrase ("on condition of
    anonymity") or verbless words, not a quote that swallowed another's attribution.
    """
    long_quotes = [
        q
        for q in quotes
        if word_count(q.text) >= MIN_QUOTE_WORDS
        and not is_refusal(q, lex)
        and not silent_quote(q, doc, lex)
        and not cue_lemmas(q, doc) & (lex.chain_verbs | lex.question_verbs)
        and not is_source_phrase(q.text, lex)
        and has_verb(q, doc)
    ]
    return [o for o in long_quotes if not any(swallowed(q, o) for q in long_quotes)]


def has_verb(quote: Quote, doc: Doc) -> bool:
    """Return True when a quote's words hold a verb ("to the Pentagon" states nothing).

    A partial quote needs none: 'called the handling "a scandal"' is the source's verdict.
    """
    if quote.kind == "mixed":
        return True
    words = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return words is None or any(t.pos_ in ("VERB", "AUX") for t in words)


def is_source_phrase(text: str, lex: ClaimsLexicon) -> bool:
    """Return True when the whole text is a source phrase ("on condition of anonymity")."""
    words = tuple(text.lower().strip(" ,.\"'“”").split())
    return bool(words) and any(words == phrase for phrase, _ in lex.sources.get(words[0], ()))
