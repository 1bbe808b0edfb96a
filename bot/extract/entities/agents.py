"""Which noun phrases can speak: a person, a group, an organisation or a document, not a thing."""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.speech_lexicon import SpeechLexicon

AGENT_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
# 'it' and 'this' stand for things as often as for a company: not a source by themselves.
THING_PRONOUNS = {"it", "this", "that", "which", "what"}


def can_speak(head: Token, lex: SpeechLexicon) -> bool:
    """Say whether a subject could be a source ('the ministry', 'she', 'a study'), not a thing."""
    if head.pos_ == "PRON":
        return head.lower_ not in THING_PRONOUNS
    if head.pos_ == "PROPN" or head.ent_type_ in AGENT_ENTS:
        return True
    low, lemma = head.lower_, head.lemma_.lower()
    return any(
        w in words
        for w in (low, lemma)
        for words in (
            lex.role_nouns,
            lex.organisation_heads,
            lex.group_heads,
            lex.unnamed_heads,
            lex.documents,
        )
    )
