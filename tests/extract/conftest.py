"""Extraction fixtures: the one spaCy model, loaded once per test session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from bot.nlp import load_model


@pytest.fixture(scope="session")
def nlp() -> Language:
    """Return the spaCy pipeline every extraction test parses with."""
    return load_model()
