"""Sourcing chains: 'according to X', 'X, citing Y', 'X, which cited Y'."""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.quotes.content import chars
from bot.extract.quotes.frame import Found, Layout
from bot.extract.speech_lexicon import SpeechLexicon


def citing(verb: Token) -> Token | None:
    """Return Y in 'X, citing Y, said ...' or 'X said, citing Y'."""
    for child in verb.children:
        if child.lemma_.lower() == "cite" and child.tag_ == "VBG":
            for obj in child.children:
                if obj.dep_ == "dobj":
                    return obj
    return None


def according(layout: Layout, tok: Token) -> Found | None:
    """Return 'according to X' with the rest of its sentence as the content."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if to is None or obj is None:
        return None
    sent = layout.sentences[layout.sent_of[tok.i]]
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i + 1
    before = chars(doc[sent.start : left]) if left > sent.start else None
    after = chars(doc[right : sent.end]) if right < sent.end else None
    chosen = max((r for r in (before, after) if r), key=lambda r: r[1] - r[0], default=None)
    if chosen is None:
        return None
    cue = doc[tok.i : to.i + 1]
    cited = relative_cited(obj, layout.lex)
    if cited is not None:
        # 'according to Reuters, which cited three party members': the members, via Reuters.
        return Found(chosen[0], chosen[1], "indirect", cited, cue, via_head=obj)
    return Found(chosen[0], chosen[1], "indirect", obj, cue)


def relative_cited(source: Token, lex: SpeechLexicon) -> Token | None:
    """Return Y in 'X, which cited Y', 'X, citing Y, reported' when the parse hangs it on X."""
    for clause in source.children:
        if chain_link(clause, lex) or (
            clause.dep_ == "acl"
            and clause.tag_ == "VBG"
            and clause.lemma_.lower() in lex.chain_participles
        ):
            return next((c for c in clause.children if c.dep_ == "dobj"), None)
    return None


def chain_link(verb: Token, lex: SpeechLexicon) -> bool:
    """Say whether a verb only names a source's source: ', which cited three members'."""
    if verb.lemma_.lower() not in lex.chain_participles:
        return False
    if verb.tag_ == "VBG" and verb.head.lemma_.lower() in lex.speech_verbs:
        return True  # 'X reported ..., citing an internal memo': the memo is X's source
    return verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children
    )
