"""The time-word lexicon (lexicons/time_words.toml) and the regex alternations built from it."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

LEXICON_PATH = Path(__file__).resolve().parent.parent / "lexicons" / "time_words.toml"


@dataclass(frozen=True)
class TimeWords:
    """Every word list the timex stage uses, keyed by lower-case phrase."""

    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    day_parts: dict[str, str]
    numbers: dict[str, float]
    vague_numbers: tuple[str, ...]
    ordinals: dict[str, int]
    units: dict[str, str]
    vague_refs: dict[str, str]
    future_windows: dict[str, int]
    vague_unit_windows: dict[str, int]
    holidays: dict[str, tuple[int, int]]
    sets: dict[str, str]
    window_cues: dict[str, str]
    window_cues_after: dict[str, str]
    modifiers: dict[str, str]
    approximators: tuple[str, ...]
    extent_hedges: tuple[str, ...]
    speech_verbs: frozenset[str]
    spelled_centuries: dict[str, int]
    future_cues: tuple[str, ...]
    past_cues: tuple[str, ...]
    decade_words: dict[str, int]
    generic_day_nouns: frozenset[str]


def alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of the phrases, longest first, spaces matching any blank."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


@lru_cache(maxsize=2)
def load_time_words(path: Path = LEXICON_PATH) -> TimeWords:
    """Read the time-word lexicon once."""
    with path.open("rb") as fh:
        raw: dict[str, Any] = tomllib.load(fh)
    return TimeWords(
        months={k: int(v) for k, v in raw["months"].items()},
        weekdays={k: int(v) for k, v in raw["weekdays"].items()},
        seasons=dict(raw["seasons"]),
        day_parts=dict(raw["day_parts"]),
        numbers={k: float(v) for k, v in raw["numbers"].items()},
        vague_numbers=tuple(raw["vague_numbers"]["words"]),
        ordinals={k: int(v) for k, v in raw["ordinals"].items()},
        units=dict(raw["units"]),
        vague_refs=dict(raw["vague_refs"]),
        future_windows={k: int(v) for k, v in raw["future_windows"].items()},
        vague_unit_windows={k: int(v) for k, v in raw["vague_unit_windows"].items()},
        holidays={k: (int(v[0]), int(v[1])) for k, v in raw["holidays"].items()},
        sets=dict(raw["sets"]),
        window_cues=dict(raw["window_cues"]),
        window_cues_after=dict(raw["window_cues_after"]),
        modifiers=dict(raw["modifiers"]),
        approximators=tuple(raw["approximators"]["words"]),
        extent_hedges=tuple(raw["extent_hedges"]["words"]),
        speech_verbs=frozenset(raw["speech_verbs"]["words"]),
        spelled_centuries={k: int(v) for k, v in raw["spelled_centuries"].items()},
        future_cues=tuple(raw["future_cues"]["words"]),
        past_cues=tuple(raw["past_cues"]["words"]),
        decade_words={k: int(v) for k, v in raw["decade_words"].items()},
        generic_day_nouns=frozenset(raw["generic_day_nouns"]["words"]),
    )
