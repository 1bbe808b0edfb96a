"""Load the claims lexicon (bot/extract/lexicons/claims.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.extract.hedges.lexicon import PhraseIndex, index_phrases

LEXICON_PATH = Path(__file__).resolve().parent.parent / "lexicons" / "claims.toml"


@dataclass(frozen=True)
class ClaimsLexicon:
    """Boilerplate to skip, source phrases and degree adverbs."""

    boilerplate: tuple[str, ...]
    plugs: tuple[str, ...]
    wh_words: frozenset[str]
    openers: frozenset[str]
    min_words: int
    sources: PhraseIndex  # value: "reports" | "anonymous"
    degree_adverbs: frozenset[str]
    speech_verbs: frozenset[str]
    indefinite: frozenset[str]
    anonymous_holders: frozenset[str]
    refusal_words: frozenset[str]
    officials: frozenset[str]  # head nouns of "officials without names"
    denial_verbs: frozenset[str]
    denial_any_object: frozenset[str]
    statement_nouns: frozenset[str]
    falsity: frozenset[str]
    calling_verbs: frozenset[str]
    pushback_verbs: frozenset[str]
    refusal_verbs: frozenset[str]
    refused_speech: frozenset[str]
    refused_objects: frozenset[str]
    contact_verbs: frozenset[str]
    requests: frozenset[str]
    silent_verbs: frozenset[str]
    unreachable: frozenset[str]
    anonymity_notes: frozenset[str]
    chain_verbs: frozenset[str]
    question_verbs: frozenset[str]
    question_nouns: frozenset[str]
    head_stops: frozenset[str]


def words(data: dict[str, Any], table: str, key: str) -> frozenset[str]:
    """Return one word list of the TOML as a set."""
    return frozenset(data.get(table, {}).get(key, []))


def parse_lexicon(data: dict[str, Any]) -> ClaimsLexicon:
    """Build the lookup tables from the parsed TOML."""
    skip = data.get("skip", {})
    return ClaimsLexicon(
        boilerplate=tuple(p.lower() for p in skip.get("boilerplate", [])),
        plugs=tuple(p.lower() for p in skip.get("plugs", [])),
        wh_words=frozenset(skip.get("wh_words", [])),
        openers=frozenset(skip.get("openers", [])),
        min_words=int(skip.get("min_words", 4)),
        sources=index_phrases(data.get("sources", {})),
        degree_adverbs=frozenset(data.get("degree", {}).get("adverbs", [])),
        speech_verbs=frozenset(data.get("speech", {}).get("verbs", [])),
        indefinite=frozenset(data.get("speech", {}).get("indefinite", [])),
        anonymous_holders=frozenset(data.get("anonymous", {}).get("holders", [])),
        refusal_words=frozenset(data.get("refusal", {}).get("words", [])),
        officials=words(data, "officials", "nouns"),
        denial_verbs=words(data, "denial", "verbs"),
        denial_any_object=words(data, "denial", "any_object"),
        statement_nouns=words(data, "denial", "statement_nouns"),
        falsity=words(data, "denial", "falsity"),
        calling_verbs=words(data, "denial", "calling"),
        pushback_verbs=words(data, "denial", "pushback"),
        refusal_verbs=words(data, "nonstatement", "refusal_verbs"),
        refused_speech=words(data, "nonstatement", "speech"),
        refused_objects=words(data, "nonstatement", "objects"),
        contact_verbs=words(data, "nonstatement", "contact_verbs"),
        requests=words(data, "nonstatement", "requests"),
        silent_verbs=words(data, "nonstatement", "silent"),
        unreachable=words(data, "nonstatement", "unreachable"),
        anonymity_notes=words(data, "nonstatement", "anonymity"),
        chain_verbs=words(data, "chain", "verbs"),
        question_verbs=words(data, "question", "verbs"),
        question_nouns=words(data, "question", "nouns"),
        head_stops=words(data, "officials", "head_stops"),
    )


@lru_cache(maxsize=2)
def load_lexicon(path: Path = LEXICON_PATH) -> ClaimsLexicon:
    """Read and index the claims lexicon (cached)."""
    with path.open("rb") as fh:
        return parse_lexicon(tomllib.load(fh))
