"""Stage: hedges -- cue words in context that make a statement uncertain.

A word from the lexicon counts only where its context check passes: "may"
the modal, not the month; "expected to" the forecast, not "as expected";
"could be" the possibility, not "could swim" the past ability. Multiword cues
("may or may not", "no evidence") win over the words inside them, and blocker
phrases ("no doubt", "as soon as possible") cancel the cues inside them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from bot.extract.hedges.doubt import DOUBT, doubt_spans
from bot.extract.hedges.lexicon import HedgeLexicon, PhraseIndex, load_lexicon
from bot.extract.hedges.rules import CHECKS
from bot.extract.model import Hedge

if TYPE_CHECKING:
    from bot.extract.pipeline import Work

# Categories that make a sentence uncertain. "prediction" (plain "will") is
# kept for the claims stage but is not uncertainty on its own.
UNCERTAINTY = frozenset(
    {"epistemic", "doxastic", "conditional", "investigative", "speculative", "reported", DOUBT}
)

__all__ = ["DOUBT", "UNCERTAINTY", "find_hedges", "hedges_in", "is_uncertain", "uncertainty_cues"]


def match_phrases(
    tokens: Span | Doc, index: PhraseIndex, *, overlapping: bool = False
) -> list[tuple[int, int, str]]:
    """Return (first token, end token, value) of the longest phrase starting at each token."""
    found: list[tuple[int, int, str]] = []
    skip_to = -1
    doc = tokens.doc if isinstance(tokens, Span) else tokens
    limit = tokens.end if isinstance(tokens, Span) else len(doc)  # a phrase stays in its sentence
    for tok in tokens:
        if tok.i < skip_to or tok.lower_ not in index:
            continue
        for words, value in index[tok.lower_]:
            end = tok.i + len(words)
            if end <= limit and all(doc[tok.i + k].lower_ == w for k, w in enumerate(words)):
                found.append((tok.i, end, value))
                skip_to = tok.i + 1 if overlapping else end
                break
    return found


def word_category(tok: Token, lex: HedgeLexicon) -> str | None:
    """Return the hedge category of one token in its context, or None."""
    entries = lex.words.get(tok.lemma_.lower()) or lex.words.get(tok.lower_)
    if not entries:
        return None
    for cue in entries:
        if cue.pos and tok.pos_ not in cue.pos:
            continue
        if cue.check is None:
            return cue.category
        category = CHECKS[cue.check](tok, lex, cue.category)
        if category is not None:
            return category
    return None


# Words a cue takes along so that it reads whole: "wo" + "n't", "going" + "to".
CLITICS = frozenset({"n't", "n’t"})


def cue_end(tok: Token) -> Token:
    """Return the last token of the cue that starts at ``tok`` ("won't", "going to")."""
    doc = tok.doc
    if tok.i + 1 < len(doc):
        nxt = doc[tok.i + 1]
        if nxt.lower_ in CLITICS or (tok.lower_ == "going" and nxt.lower_ == "to"):
            return nxt
    return tok


def hedges_in(tokens: Span | Doc, lex: HedgeLexicon | None = None) -> list[Hedge]:
    """Return the hedge cues in a sentence or document, in text order."""
    lex = lex or load_lexicon()
    covered: set[int] = set()
    for start, end, _ in match_phrases(tokens, lex.blockers, overlapping=True):
        covered.update(range(start, end))
    doc = tokens.doc if isinstance(tokens, Span) else tokens
    hedges: list[Hedge] = []
    for start, end in doubt_spans(tokens, lex):
        if covered.isdisjoint(range(start, end)):
            span = doc[start:end]
            hedges.append(Hedge(span.text, span.start_char, span.end_char, DOUBT))
            covered.update(range(start, end))
    for start, end, category in match_phrases(tokens, lex.phrases):
        if covered.isdisjoint(range(start, end)):
            span = doc[start:end]
            hedges.append(Hedge(span.text, span.start_char, span.end_char, category))
            covered.update(range(start, end))
    for tok in tokens:
        if tok.i in covered:
            continue
        found = word_category(tok, lex)
        if found is not None:
            cue = doc[tok.i : cue_end(tok).i + 1]
            hedges.append(Hedge(cue.text, cue.start_char, cue.end_char, found))
    return sorted(hedges, key=lambda h: h.start)


def uncertainty_cues(hedges: Iterable[Hedge]) -> list[Hedge]:
    """Return the hedges that make a statement uncertain (not plain predictions)."""
    return [h for h in hedges if h.category in UNCERTAINTY]


def is_uncertain(hedges: Iterable[Hedge]) -> bool:
    """Return True when any hedge makes the statement uncertain."""
    return bool(uncertainty_cues(hedges))


def find_hedges(work: Work) -> None:
    """Write the hedge cues of every sentence."""
    lex = load_lexicon()
    sentences = work.sentences or list(work.doc.sents)
    work.hedges = [hedge for sent in sentences for hedge in hedges_in(sent, lex)]
