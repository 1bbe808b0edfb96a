"""Statements named by a noun: 'Trump's claim that ...', 'warnings from his lawyer that ...'.

The noun says what kind of statement it was; its owner ('Trump's', 'his') or the one it
came from ('from his lawyer') is the source, its 'that' clause the content.
"""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.quotes.content import chars, that_clause
from bot.extract.quotes.frame import Found, Layout


def noun_statement(layout: Layout, noun: Token) -> Found | None:
    """Return the 'that' clause of a statement noun with a named owner, as the owner's words."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in layout.lex.statement_nouns:
        return None
    source = _owner(noun)
    if source is None or layout.quoted[source.i]:
        return None
    clause = next(
        (
            c
            for c in noun.rights
            if c.dep_ in ("acl", "ccomp") and that_clause(c)
        ),
        None,
    )
    if clause is None:
        return None
    span = chars(noun.doc[clause.left_edge.i : clause.right_edge.i + 1])
    if span is None:
        return None
    kind = "mixed" if layout.marks_in(span[0], span[1]) else "indirect"
    return Found(span[0], span[1], kind, source, noun.doc[noun.i : noun.i + 1])


def _owner(noun: Token) -> Token | None:
    """Return who made the statement: 'Trump's claim', 'his claim', 'warnings from his lawyer'."""
    for child in noun.children:
        if child.dep_ == "poss" and child.i < noun.i:
            return child
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None
