"""What the entity index holds: clusters of mentions under one name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.extract.model import Entity, SourceKind
from bot.extract.speech_lexicon import SpeechLexicon

WORD = re.compile(r"\w+")
KEEP_LABELS = {"PERSON", "ORG"}


@dataclass
class Cluster:
    """One entity while the index is built: its fullest name and what is known of it."""

    name: str
    kind: SourceKind
    keys: frozenset[str]
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    gender: str | None = None  # m | f when the text shows it
    forms: dict[str, int] = field(default_factory=dict)  # how often each multi-word form occurs
    descriptions: list[str] = field(default_factory=list)  # every role the article gives


@dataclass(frozen=True)
class Mention:
    """One place where the article names an entity (token offsets)."""

    start: int
    end: int
    cluster: int


@dataclass
class EntityIndex:
    """The entities of one article and where each is mentioned."""

    clusters: list[Cluster]
    mentions: list[Mention]
    by_token: dict[int, int]

    def at(self, i: int) -> Cluster | None:
        """Return the entity mentioned at token ``i``, if any."""
        k = self.by_token.get(i)
        return self.clusters[k] if k is not None else None

    def entities(self) -> list[Entity]:
        """Return the entities as frozen model objects."""
        return [Entity(c.name, c.kind, tuple(c.aliases), c.role) for c in self.clusters]


def name_keys(text: str, lex: SpeechLexicon) -> frozenset[str]:
    """Return the words of a name without titles, articles and possessives."""
    text = text.replace("’", "'")
    text = re.sub(r"'s?\b", " ", text)
    words = [w.lower() for w in WORD.findall(text)]
    core = [w for w in words if w not in lex.titles and w != "the"]
    return frozenset(core or words)
