"""Sourcing chains: 'according to X', 'X, citing Y', 'X, which cited Y'."""

from __future__ import annotations

from spacy.tokens import Span, Token

from bot.extract.entities.agents import can_speak
from bot.extract.quotes.content import chars
from bot.extract.quotes.frame import Found, Layout, subject_of
from bot.extract.speech_lexicon import SpeechLexicon


def citing(verb: Token, lex: SpeechLexicon) -> Token | None:
    """Return Y in 'X, citing Y, said ...' or 'X said, citing Y' when Y can speak."""
    for child in verb.children:
        if child.lemma_.lower() == "cite" and child.tag_ == "VBG":
            for obj in child.children:
                if obj.dep_ == "dobj" and _source_like(obj, lex):
                    return obj
    return None


def _source_like(obj: Token, lex: SpeechLexicon) -> bool:
    """Say whether what is cited is a source (officials, a memo, a briefing), not a reason."""
    return can_speak(obj, lex) or obj.lemma_.lower() in lex.cited_sources


def cited_reason(layout: Layout, tok: Token) -> Found | None:
    """Return 'X said ..., citing the release of prisoners': the reason X gave, as X's words.

    A cited source ('citing two officials') is a sourcing chain instead, read elsewhere.
    """
    said = tok.head
    if said.dep_ == "ccomp" and not layout.is_speech_verb(said):
        said = said.head  # the parse may hang it on the reported clause
    if tok.lemma_.lower() != "cite" or tok.tag_ != "VBG" or not layout.is_speech_verb(said):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    head = subject_of(said)
    if obj is None or head is None or _source_like(obj, layout.lex):
        return None
    span = chars(tok.doc[obj.left_edge.i : tok.right_edge.i + 1])
    if span is None:
        return None
    return Found(span[0], span[1], "indirect", head, tok.doc[tok.i : tok.i + 1])


def according(layout: Layout, tok: Token) -> Found | None:
    """Return 'according to X' with the rest of its sentence as the content.

    The source runs from 'to' to the next comma: the parse may hang the clause after
    a leading 'According to X, ...' on X, or read 'show insiders' as a verb and object.
    """
    doc = tok.doc
    to = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    sent = layout.sentences[layout.sent_of[tok.i]]
    if to is None or to.lower_ != "to" or to.i + 1 >= sent.end:
        return None
    stop = to.i + 1
    while stop < sent.end and not (doc[stop].is_punct and doc[stop].text not in "-’'"):
        stop += 1
    obj = _source_head(doc[to.i + 1 : stop])
    if obj is None:
        return None
    # 'according to the report, which cited three members, ...': the clause names the source.
    stop = max([stop] + [c.right_edge.i + 1 for c in obj.rights if c.dep_ in ("relcl", "acl")])
    via = _citing_after(layout, stop, sent.end)
    if via is not None:
        # 'According to Reuters, citing two people familiar with the talks, X ...'
        cited_head, stop = via
        after = chars(doc[stop:sent.end]) if stop < sent.end else None
        if after is not None:
            return Found(after[0], after[1], "indirect", cited_head, doc[tok.i : to.i + 1], via_head=obj)
    before = chars(doc[sent.start : tok.i]) if tok.i > sent.start else None
    after = chars(doc[stop : sent.end]) if stop < sent.end else None
    # 'The plant will close, according to X' reports what comes before; 'According to X,
    # the plant will close' what comes after (an aside on X after it is no content).
    chosen = before if tok.i - sent.start >= 4 else after or before
    if chosen is None:
        return None
    cue = doc[tok.i : to.i + 1]
    cited = relative_cited(obj, layout.lex)
    if cited is not None:
        # 'according to Reuters, which cited three party members': the members, via Reuters.
        return Found(chosen[0], chosen[1], "indirect", cited, cue, via_head=obj)
    return Found(chosen[0], chosen[1], "indirect", obj, cue)


def _citing_after(layout: Layout, comma: int, end: int) -> tuple[Token, int] | None:
    """Return the source of a ', citing Y,' right after 'according to X', and where it ends."""
    doc = layout.doc
    if comma + 2 >= end or doc[comma].text != "," or doc[comma + 1].lower_ != "citing":
        return None
    stop = comma + 2
    while stop < end and doc[stop].text != ",":
        stop += 1
    cited = _source_head(doc[comma + 2 : stop])
    if cited is None or not _source_like(cited, layout.lex):
        return None
    return cited, stop


def _source_head(words: Span) -> Token | None:
    """Return the head noun of the words after 'according to' ('show insiders': insiders)."""
    if not len(words):
        return None
    root = words.root
    if root.pos_ in ("NOUN", "PROPN", "PRON"):
        return root
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"]
    return nouns[-1] if nouns else None


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
    if (
        verb.tag_ == "VBG"
        and verb.head.i != verb.i
        and verb.head.lemma_.lower() in lex.speech_verbs
    ):
        return True  # 'X reported ..., citing an internal memo': the memo is X's source
    return verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children
    )
