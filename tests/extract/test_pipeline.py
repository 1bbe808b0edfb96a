"""The pipeline runs named stages in order, and can stop after any of them."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.extract.pipeline import EXTRACTOR_VERSION, Pipeline, default_stages, stages_through


def test_stages_run_in_declared_order() -> None:
    assert [s.name for s in default_stages()] == [
        "sentences", "entities", "quotes", "hedges", "timex", "events", "claims",
    ]  # fmt: skip


def test_a_partial_run_stops_after_the_named_stage() -> None:
    assert [s.name for s in stages_through("quotes")] == ["sentences", "entities", "quotes"]
    with pytest.raises(ValueError, match="no stage named"):
        stages_through("sentiment")


def test_a_full_run_fills_every_declared_field(nlp: Language) -> None:
    text = 'Kim will visit Russia next week, officials said. "We are ready," Ruiz added.'
    pipeline = Pipeline(nlp)
    work = pipeline.work(text, date(2024, 5, 1))
    result = work.result()
    assert result.version == EXTRACTOR_VERSION
    assert result.quotes and result.timexes and result.claims
    declared = {field for stage in pipeline.stages for field in stage.writes}
    assert declared == {"sentences", "entities", "quotes", "hedges", "timexes", "events", "claims"}
