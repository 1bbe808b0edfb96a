"""Sourcing chains: "according to Reuters, which cited three party members".

A statement passed on by a named outlet from a further source rests on the
further one: the reader can check Reuters, not the three party members. This
finds "citing X" / "which cited X" / "quoting X" and returns X as a source,
with the outlet that passed it on as ``via``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from bot.extract.claims.kinds import describe_kind, group_kind
from bot.extract.claims.lexicon import ClaimsLexicon
from bot.extract.claims.sources import Source
from bot.extract.hedges import match_phrases
from bot.extract.model import SourceKind, Speaker


def words_of(tokens: list[Token]) -> str:
    """Return the text of a run of tokens without edge punctuation."""
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in ("which", "who", "that")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("which", "who", "that")):
        tokens = tokens[:-1]
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def passer(verb: Token) -> str:
    """Return who passes the statement on: "Reuters" in "Reuters, which cited ..."."""
    doc = verb.doc
    if verb.dep_ in ("relcl", "acl"):
        head = verb.head  # "Reuters, which cited": everything of the noun before the clause
        return words_of(list(doc[head.left_edge.i : verb.left_edge.i]))
    for child in verb.head.children:  # "The Ledger reported, citing a memo"
        if child.dep_ == "nsubj":
            return words_of(list(doc[child.left_edge.i : child.right_edge.i + 1]))
    return ""


def cited_kind(obj: Token, phrase: Span, lex: ClaimsLexicon) -> SourceKind:
    """Classify the cited source: anonymous, a group or document without names, or named."""
    if any(value == "anonymous" for _, _, value in match_phrases(phrase, lex.sources)):
        return SourceKind.ANONYMOUS
    return group_kind(obj, lex)


def chain_sources(span: Span, lex: ClaimsLexicon, *, fallback_via: str | None) -> list[Source]:
    """Return the further sources a stretch of text cites ("citing sources close to ...")."""
    doc = span.doc
    found: list[Source] = []
    for verb in span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.chain_verbs:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            phrase = doc[obj.left_edge.i : obj.right_edge.i + 1]
            kind = cited_kind(obj, phrase, lex)
            if kind is SourceKind.NONE:
                continue
            via = passer(verb) or fallback_via
            speaker = Speaker(name=phrase.text, kind=kind, via=via)
            reason = f'source: {describe_kind(kind)} — "{speaker.describe()}"'
            found.append(Source(kind, reason, speaker, (verb.idx, phrase.end_char)))
    return found
