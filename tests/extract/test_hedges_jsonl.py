"""The JSONL runner's hedge fields: predictions are hedges but not uncertainty cues."""

from __future__ import annotations

from datetime import date

from bot.extract.jsonl import extraction_to_json
from bot.extract.model import Extraction, Hedge


def line(*hedges: Hedge) -> dict[str, object]:
    return extraction_to_json(
        "s1", Extraction(version="t", published=date(2023, 9, 6), hedges=hedges)
    )


def test_prediction_alone_is_not_uncertain() -> None:
    out = line(Hedge("will", 4, 8, "prediction"))
    assert out["uncertain"] is False
    assert out["cues"] == []
    assert out["hedges"] == [{"start": 4, "end": 8, "text": "will", "category": "prediction"}]


def test_uncertainty_cues_are_listed_without_predictions() -> None:
    out = line(Hedge("will", 4, 8, "prediction"), Hedge("likely", 14, 20, "epistemic"))
    assert out["uncertain"] is True
    assert out["cues"] == [{"start": 14, "end": 20, "text": "likely"}]
