"""Which noun phrases can speak: a person, a group, an organisation or a document, not a thing."""

from __future__ import annotations

import tomllib
from functools import lru_cache

from spacy.tokens import Token

from bot.extract.speech_lexicon import LEXICON_DIR, SpeechLexicon

AGENT_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
# 'this' and 'what' stand for things ('this suggests ...'); 'it' is as often a company.
THING_PRONOUNS = {"this", "that", "these", "those", "which", "what"}


@lru_cache(maxsize=1)
def _people() -> tuple[frozenset[str], frozenset[str]]:
    """Read the [people] table of sources.toml: people nouns and parts of a group."""
    with (LEXICON_DIR / "sources.toml").open("rb") as fh:
        table = tomllib.load(fh)["people"]
    return (
        frozenset(str(w).lower() for w in table["nouns"]),
        frozenset(str(w).lower() for w in table["shares"]),
    )


def can_speak(head: Token, lex: SpeechLexicon) -> bool:
    """Say whether a subject could be a source ('the ministry', 'she', 'a study'), not a thing."""
    if head.pos_ == "PRON":
        return head.lower_ not in THING_PRONOUNS
    if head.pos_ == "PROPN" or head.ent_type_ in AGENT_ENTS:
        return True
    people, shares = _people()
    low, lemma = head.lower_, head.lemma_.lower()
    if low in shares or lemma in shares or head.pos_ == "NUM":
        return True  # '73 percent of likely voters said', 'a majority says'
    return any(
        w in words
        for w in (low, lemma)
        for words in (
            people,
            lex.role_nouns,
            lex.organisation_heads,
            lex.group_heads,
            lex.unnamed_heads,
            lex.documents,
        )
    )
