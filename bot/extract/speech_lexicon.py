"""The lexicons for quotes, speakers and entities, read once from TOML files."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicons"


@dataclass(frozen=True)
class Pronoun:
    """What a pronoun says about its antecedent."""

    gender: str  # m | f | n | any
    number: str  # sg | pl | any


@dataclass(frozen=True)
class SpeechLexicon:
    """Every word list the quote, speaker and entity rules consult."""

    speech_verbs: frozenset[str]
    object_verbs: frozenset[str]
    paired_objects: frozenset[str]
    statement_nouns: frozenset[str]
    lead_in_forms: frozenset[str]
    prep_objects: dict[str, frozenset[str]]
    manner: tuple[str, ...]
    object_preps: frozenset[str]
    particles: dict[str, str]
    refusal_verbs: frozenset[str]
    negated_refusals: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    chain_participles: frozenset[str]
    evidence_participles: frozenset[str]
    channels: frozenset[str]
    carriers: frozenset[str]
    cited_sources: frozenset[str]
    documents: frozenset[str]
    dash_cues: frozenset[str]
    outlets: dict[str, tuple[str, ...]]
    outlet_words: frozenset[str]
    anonymous: tuple[str, ...]
    group_heads: frozenset[str]
    official_heads: frozenset[str]
    organisation_heads: frozenset[str]
    media_heads: frozenset[str]
    unnamed_heads: frozenset[str]
    role_nouns: frozenset[str]
    titles: frozenset[str]
    female_titles: frozenset[str]
    male_titles: frozenset[str]
    pronouns: dict[str, Pronoun]
    female_names: frozenset[str]
    male_names: frozenset[str]

    @property
    def first_names(self) -> frozenset[str]:
        """Return every first name the lexicon knows, of either gender."""
        return self.female_names | self.male_names


def _read(name: str) -> dict[str, object]:
    with (LEXICON_DIR / name).open("rb") as fh:
        return tomllib.load(fh)


def _words(raw: object) -> frozenset[str]:
    if not isinstance(raw, list):
        raise TypeError(f"expected a list of words, got {type(raw).__name__}")
    return frozenset(str(w).lower() for w in raw)


def _table(data: dict[str, object], key: str) -> dict[str, object]:
    value = data[key]
    if not isinstance(value, dict):
        raise TypeError(f"expected a table at {key!r}")
    return value


@lru_cache(maxsize=1)
def load_lexicon() -> SpeechLexicon:
    """Read speech_verbs.toml and sources.toml (once per process)."""
    speech = _read("speech_verbs.toml")
    sources = _read("sources.toml")
    verbs, refusals, phrases = (
        _table(speech, "verbs"),
        _table(speech, "refusals"),
        _table(speech, "phrases"),
    )
    roles = _table(sources, "roles")
    according_raw = phrases["according"]
    assert isinstance(according_raw, list)
    pronouns_raw = _table(sources, "pronouns")
    outlets_raw = _table(sources, "outlets")
    return SpeechLexicon(
        speech_verbs=_words(verbs["say"]),
        object_verbs=_words(_table(speech, "objects")["verbs"]),
        paired_objects=_words(_table(speech, "objects")["paired"]),
        statement_nouns=_words(_table(speech, "nouns")["statements"]),
        lead_in_forms=_words(_table(speech, "lead_in")["forms"]),
        manner=tuple(str(p).lower() for p in _listed(phrases["manner"])),
        prep_objects={str(k): _words(v) for k, v in _table(speech, "prep_objects").items()},
        object_preps=_words(_table(speech, "objects")["prepositions"]),
        particles={str(k): str(v) for k, v in _table(speech, "particles").items()},
        refusal_verbs=_words(refusals["verbs"]),
        negated_refusals=_words(refusals["negated"]),
        according=tuple(tuple(str(p).lower().split()) for p in according_raw),
        chain_participles=_words(phrases["chain"]),
        evidence_participles=_words(phrases["evidence"]),
        channels=_words(phrases["channels"]),
        carriers=_words(phrases["carriers"]),
        cited_sources=_words(phrases["cited_sources"]),
        documents=_words(phrases["documents"]),
        dash_cues=frozenset(str(d) for d in _listed(phrases["dash_cues"])),
        outlets={str(k): tuple(str(a) for a in _listed(v)) for k, v in outlets_raw.items()},
        outlet_words=frozenset(str(w) for w in _listed(_table(sources, "outlet_words")["last"])),
        anonymous=tuple(str(p).lower() for p in _listed(_table(sources, "anonymous")["phrases"])),
        group_heads=_words(_table(sources, "groups")["heads"]),
        official_heads=_words(_table(sources, "groups")["official"]),
        # A news outlet is an organisation too.
        organisation_heads=_words(_table(sources, "organisations")["heads"])
        | _words(_table(sources, "organisations")["media"]),
        media_heads=_words(_table(sources, "organisations")["media"]),
        unnamed_heads=_words(_table(sources, "unnamed")["heads"]),
        role_nouns=_words(roles["nouns"]),
        titles=_words(roles["titles"]),
        female_titles=_words(roles["female_titles"]),
        male_titles=_words(roles["male_titles"]),
        female_names=_words(_table(sources, "first_names")["female"]),
        male_names=_words(_table(sources, "first_names")["male"]),
        pronouns={
            str(k): Pronoun(
                str(_table(pronouns_raw, k)["gender"]), str(_table(pronouns_raw, k)["number"])
            )
            for k in pronouns_raw
        },
    )


def _listed(raw: object) -> list[object]:
    if not isinstance(raw, list):
        raise TypeError(f"expected a list, got {type(raw).__name__}")
    return raw


def is_refusal_cue(cue: str | None) -> bool:
    """Tell whether a stored cue records a refusal ("declined to comment", "did not say")."""
    if not cue:
        return False
    words = cue.lower().replace("n't", " not").split()
    lexicon = load_lexicon()
    if any(w.startswith(v[:-1]) for w in words for v in lexicon.refusal_verbs):
        return True  # declined, refuses, refusal: the stem is enough
    return "not" in words and any(w in lexicon.negated_refusals for w in words)
