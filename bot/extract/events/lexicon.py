"""The event-cue lexicon (lexicons/event_cues.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.extract.model import Certainty

LEXICON_PATH = Path(__file__).resolve().parent.parent / "lexicons" / "event_cues.toml"


@dataclass(frozen=True)
class EventCues:
    """Word lists the events stage reads."""

    modal_certainty: dict[str, Certainty]
    head_certainty: dict[str, Certainty]
    hedges: frozenset[str]
    not_events: frozenset[str]
    kinds: dict[str, str]
    families: dict[str, str]
    event_nouns: frozenset[str]
    role_nouns: frozenset[str]
    vehicles: frozenset[str]
    manner_cues: frozenset[str]
    past_aux: frozenset[str]
    noun_verbs: dict[str, str]
    agent_nouns: frozenset[str]
    agent_suffixes: tuple[str, ...]
    intention_heads: frozenset[str]
    undergo_heads: frozenset[str]
    reschedule_heads: frozenset[str]
    agentive_verbs: frozenset[str]
    light_kinds: frozenset[str]
    needs_destination: frozenset[str]
    summary_skip_preps: frozenset[str]
    happening_verbs: frozenset[str]
    occur_verbs: frozenset[str]
    milestone_verbs: frozenset[str]
    condition_kinds: dict[str, tuple[str, ...]]
    anaphoric_units: dict[str, tuple[int, int]]
    soon_days: int


def _words(raw: dict[str, Any], key: str, field: str = "words") -> frozenset[str]:
    return frozenset(str(w).lower() for w in raw[key][field])


@lru_cache(maxsize=2)
def load_event_cues(path: Path = LEXICON_PATH) -> EventCues:
    """Read the event-cue lexicon once."""
    with path.open("rb") as fh:
        raw: dict[str, Any] = tomllib.load(fh)
    return EventCues(
        modal_certainty={k: Certainty(v) for k, v in raw["modal_certainty"].items()},
        head_certainty={k: Certainty(v) for k, v in raw["head_certainty"].items()},
        hedges=_words(raw, "hedges"),
        not_events=_words(raw, "not_events", "lemmas"),
        kinds=dict(raw["kinds"]),
        families=dict(raw["families"]),
        event_nouns=_words(raw, "event_nouns"),
        role_nouns=_words(raw, "role_nouns"),
        vehicles=_words(raw, "vehicles"),
        manner_cues=_words(raw, "manner_cues"),
        past_aux=_words(raw, "past_aux"),
        noun_verbs=dict(raw["noun_verbs"]),
        agent_nouns=_words(raw, "agent_nouns"),
        agent_suffixes=tuple(_words(raw, "agent_suffixes")),
        intention_heads=_words(raw, "intention_heads", "lemmas"),
        undergo_heads=_words(raw, "undergo_heads", "lemmas"),
        reschedule_heads=_words(raw, "reschedule_heads", "lemmas"),
        agentive_verbs=_words(raw, "agentive_verbs", "lemmas"),
        light_kinds=_words(raw, "light_kinds", "lemmas"),
        needs_destination=_words(raw, "needs_destination", "lemmas"),
        summary_skip_preps=_words(raw, "summary_skip_preps"),
        happening_verbs=_words(raw, "happening_verbs", "lemmas"),
        occur_verbs=_words(raw, "occur_verbs", "lemmas"),
        milestone_verbs=_words(raw, "milestone_verbs", "lemmas"),
        condition_kinds={k: tuple(v) for k, v in raw["condition_kinds"].items()},
        anaphoric_units={k: (int(v[0]), int(v[1])) for k, v in raw["anaphoric_units"].items()},
        soon_days=int(raw["relative"]["soon_days"]),
    )
