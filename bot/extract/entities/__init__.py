"""Stage: entities — the people, organisations and outlets an article names.

Mentions come from spaCy's NER plus the outlet lexicon. Mentions of one thing
are grouped under its fullest name ("Watson" -> "Adrienne Watson", "the Post"
-> "The New York Post"), and a person keeps the role the article gives them
(a title before the name or an apposition).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from bot.extract.entities.index import build_index
from bot.extract.entities.model import Cluster, EntityIndex, Mention, name_keys

if TYPE_CHECKING:
    from bot.extract.pipeline import Work

__all__ = [
    "Cluster",
    "EntityIndex",
    "Mention",
    "build_index",
    "entity_index",
    "find_entities",
    "name_keys",
]

INDEX_KEY = "newsroom.entity_index"


def entity_index(doc: Doc) -> EntityIndex:
    """Return the document's entity index, built once and kept in ``doc.user_data``."""
    cached = doc.user_data.get(INDEX_KEY)
    if isinstance(cached, EntityIndex):
        return cached
    index = build_index(doc)
    doc.user_data[INDEX_KEY] = index
    return index


def find_entities(work: Work) -> None:
    """Write the people, organisations and outlets the article names."""
    work.entities = entity_index(work.doc).entities()
