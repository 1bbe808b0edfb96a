"""The JSONL export names each speaker twice: resolved, and as the article words it there."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from bot.extract.jsonl import extraction_to_json
from bot.extract.pipeline import Pipeline

TEXT = (
    "Marta Ilves, the harbour authority's spokeswoman, said the ferry would resume service "
    'on Monday. "We are confident the repairs will hold," she said.'
)


def test_export_keeps_the_resolved_name_and_the_words_used(nlp: Language) -> None:
    out = extraction_to_json("d1", Pipeline(nlp).extract(TEXT, date(2024, 5, 2)))
    direct = [q for q in out["quotes"] if q["kind"] == "direct"]
    assert direct, out["quotes"]
    assert direct[0]["speaker"] == "Marta Ilves"
    assert direct[0]["mention"] == "she"
    reported = [q for q in out["quotes"] if q["kind"] == "indirect"]
    assert reported and reported[0]["mention"] == "Marta Ilves"
