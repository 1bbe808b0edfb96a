"""Kinds of source without names: officials, other groups, and second mentions.

"US officials" are officials without names; "political analysts", "critics",
"state regulators" and "residents" are unnamed groups, whatever the quotes
stage called them. A second mention of an anonymous source ("the officials"
after "two officials who spoke on condition of anonymity") stays anonymous.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from bot.extract.claims.lexicon import ClaimsLexicon
from bot.extract.model import SourceKind, Speaker

ENTITY_KINDS = {
    "PERSON": SourceKind.PERSON,
    "ORG": SourceKind.ORGANISATION,
    "NORP": SourceKind.ORGANISATION,
}
IRREGULAR = {"people": "person", "men": "man", "women": "woman", "staff": "staff"}
# Mentions that refer back rather than introduce: "the officials", "they".
ANAPHORIC = frozenset({"the", "those", "these", "that", "this", "they", "he", "she", "them"})


def describe_kind(kind: SourceKind) -> str:
    """Return the words a reason uses for a kind of source."""
    return {
        SourceKind.ANONYMOUS: "anonymous",
        SourceKind.UNNAMED: "unnamed",
        SourceKind.OFFICIALS: "officials without names",
    }.get(kind, "on record")


def head_word(name: str, lex: ClaimsLexicon) -> str:
    """Return the singular head noun of a description ("two officials who ..." -> "official")."""
    kept: list[str] = []
    for word in re.findall(r"[\w'’-]+|,", name.lower()):
        if word in lex.head_stops or word == ",":
            break
        kept.append(word)
    if not kept:
        return ""
    word = kept[-1]
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def group_kind(head: Token, lex: ClaimsLexicon) -> SourceKind:
    """Classify a noun phrase by its head: named, officials, an unnamed group, or none."""
    if head.ent_type_ in ENTITY_KINDS:
        return ENTITY_KINDS[head.ent_type_]
    if head.pos_ == "PROPN":
        return SourceKind.PERSON
    for child in head.children:  # "the union's general secretary, Tomás Herrera"
        if child.dep_ == "appos" and (child.pos_ == "PROPN" or child.ent_type_ in ENTITY_KINDS):
            return ENTITY_KINDS.get(child.ent_type_, SourceKind.PERSON)
    if any(t.lower_ in lex.indefinite for t in head.subtree if t.i < head.i):
        return SourceKind.UNNAMED
    if head.tag_ == "NNS":
        official = head.lemma_.lower() in lex.officials
        return SourceKind.OFFICIALS if official else SourceKind.UNNAMED
    return SourceKind.NONE


def honest_kind(speaker: Speaker, lex: ClaimsLexicon) -> SourceKind:
    """Return the speaker's kind: groups that are not officials unnamed, officials officials."""
    official = head_word(speaker.name, lex) in lex.officials
    if speaker.kind is SourceKind.OFFICIALS and not official:
        return SourceKind.UNNAMED
    plural = speaker.name.rstrip().lower().endswith(("s", "police"))
    if speaker.kind is SourceKind.UNNAMED and official and plural:
        return SourceKind.OFFICIALS  # "Authorities said": officials, if without names
    return speaker.kind


def refers_back(speaker: Speaker) -> bool:
    """Return True for a mention that points at a source named before ("the officials")."""
    first = (speaker.mention or speaker.name).split()[:1]
    return not first or first[0].lower() in ANAPHORIC or speaker.name[:1].islower()
