"""Load the hedge lexicon (bot/extract/lexicons/hedges.toml) into lookup tables."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

LEXICON_PATH = Path(__file__).resolve().parent.parent / "lexicons" / "hedges.toml"

# A phrase index maps a phrase's first word to the phrases starting with it,
# longest first, so a scan can try the longest match at each token.
PhraseIndex = dict[str, list[tuple[tuple[str, ...], str]]]


@dataclass(frozen=True)
class WordCue:
    """One lexicon entry for a single word."""

    lemma: str
    category: str
    pos: frozenset[str]  # empty: any part of speech
    check: str | None


@dataclass(frozen=True)
class HedgeLexicon:
    """Everything the hedge stage looks up."""

    words: dict[str, tuple[WordCue, ...]]  # by lemma
    phrases: PhraseIndex  # value: category
    blockers: PhraseIndex  # value: "" (the phrase cancels the cues inside it)
    possible_nouns: frozenset[str]
    open_question_verbs: frozenset[str]
    permission_subjects: frozenset[str]
    condition_words: frozenset[str]
    question_words: frozenset[str]
    experience_verbs: frozenset[str]  # "drivers may face": a possibility, never a permission
    doubt_verbs: frozenset[str]  # "could not be verified"
    doubt_frames: frozenset[str]  # "said it could not confirm": the speaker's inability
    contested_words: frozenset[str]  # "is disputed"
    statement_nouns: frozenset[str]  # "the disputed figure", not "the disputed border"
    disputing_verbs: frozenset[str]  # "a figure the city has disputed"
    unknown_words: frozenset[str]  # "it is unclear whether"


def index_phrases(phrases: dict[str, str]) -> PhraseIndex:
    """Index lowercase phrases by their first word, longest first."""
    index: PhraseIndex = {}
    for phrase, value in phrases.items():
        words = tuple(phrase.lower().split())
        index.setdefault(words[0], []).append((words, value))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


def parse_lexicon(data: dict[str, Any]) -> HedgeLexicon:
    """Build the lookup tables from the parsed TOML."""
    words: dict[str, list[WordCue]] = {}
    for entry in data.get("word", []):
        cue = WordCue(
            lemma=entry["lemma"],
            category=entry["category"],
            pos=frozenset(entry.get("pos", ())),
            check=entry.get("check"),
        )
        words.setdefault(cue.lemma, []).append(cue)
    phrases = data.get("phrases", {})
    blockers = data.get("blockers", {})
    possible = data.get("possible", {})
    open_question = data.get("open_question", {})
    doubt = data.get("doubt", {})
    return HedgeLexicon(
        words={lemma: tuple(cues) for lemma, cues in words.items()},
        phrases=index_phrases(phrases),
        blockers=index_phrases({phrase: "" for phrase in blockers.get("phrases", [])}),
        possible_nouns=frozenset(possible.get("nouns", [])),
        open_question_verbs=frozenset(open_question.get("verbs", [])),
        permission_subjects=frozenset(data.get("permission", {}).get("subjects", [])),
        condition_words=frozenset(data.get("grammar", {}).get("condition_words", [])),
        question_words=frozenset(data.get("grammar", {}).get("question_words", [])),
        experience_verbs=frozenset(data.get("permission", {}).get("experience_verbs", [])),
        doubt_verbs=frozenset(doubt.get("verbs", [])),
        doubt_frames=frozenset(doubt.get("frames", [])),
        contested_words=frozenset(doubt.get("contested", [])),
        statement_nouns=frozenset(doubt.get("statement_nouns", [])),
        disputing_verbs=frozenset(doubt.get("disputing", [])),
        unknown_words=frozenset(doubt.get("unknown", [])),
    )


@lru_cache(maxsize=2)
def load_lexicon(path: Path = LEXICON_PATH) -> HedgeLexicon:
    """Read and index the hedge lexicon (cached)."""
    with path.open("rb") as fh:
        return parse_lexicon(tomllib.load(fh))
