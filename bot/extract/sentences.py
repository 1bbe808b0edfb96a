"""Stage: sentences (placeholder until the quotes work lands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.extract.pipeline import Work


def split_sentences(work: Work) -> None:
    """Write the document's sentences."""
    work.sentences = list(work.doc.sents)
