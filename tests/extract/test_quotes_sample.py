"""The sample article: every speaker the issue names comes out right."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from bot.extract.model import Quote, SourceKind
from bot.extract.pipeline import Pipeline, stages_through
from bot.nlp import load_model

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "america-enemies-join-forces.md"


@pytest.fixture(scope="session")
def sample_quotes() -> list[Quote]:
    nlp: Language = load_model()
    text = SAMPLE.read_text(encoding="utf-8").split("---", 2)[2]  # strip the front matter
    return Pipeline(nlp, stages_through("quotes")).work(text, date(2023, 9, 6)).quotes


def quote_with(found: list[Quote], words: str) -> Quote:
    hits = [q for q in found if words in q.text]
    assert len(hits) == 1, [q.text for q in found]
    return hits[0]


def test_watson_has_both_quotes_with_her_role(sample_quotes: list[Quote]) -> None:
    for words, cue in (
        ("We have information", "declared in a statement"),
        ("We urge the DPRK", "added"),
    ):
        q = quote_with(sample_quotes, words)
        assert q.kind == "direct"
        assert q.cue == cue
        assert q.speaker is not None
        assert q.speaker.name == "Adrienne Watson"
        assert q.speaker.role == "US National Security Council spokesperson"
    assert quote_with(sample_quotes, "We have information").speaker.mention == "she"  # type: ignore[union-attr]


def test_watson_refusal(sample_quotes: list[Quote]) -> None:
    q = quote_with(sample_quotes, "when exactly Kim Jong-un would go to Putin")
    assert q.kind == "indirect"
    assert q.cue == "did not say"
    assert q.speaker is not None and q.speaker.name == "Adrienne Watson"


def test_new_york_post_report_and_comment(sample_quotes: list[Quote]) -> None:
    for words in (
        "will visit Russia shortly",
        "Russia has been actively courting",
        "helping the Russians",
    ):
        q = quote_with(sample_quotes, words)
        assert q.speaker is not None
        assert (q.speaker.name, q.speaker.kind) == ("The New York Post", SourceKind.OUTLET)
    assert quote_with(sample_quotes, "will visit Russia shortly").kind == "indirect"


def test_us_officials_via_the_new_york_times(sample_quotes: list[Quote]) -> None:
    for words in ("most likely focus on Russia", "Moscow could reciprocate"):
        q = quote_with(sample_quotes, words)
        assert q.speaker is not None
        assert (q.speaker.name, q.speaker.kind, q.speaker.via) == (
            "US officials",
            SourceKind.OFFICIALS,
            "The New York Times",
        )
    assert quote_with(sample_quotes, "Moscow could reciprocate").speaker.mention == "They"  # type: ignore[union-attr]


def test_south_korean_lawmaker(sample_quotes: list[Quote]) -> None:
    q = quote_with(sample_quotes, "joint naval drills")
    assert q.cue == "revealed"
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("A South Korean lawmaker", SourceKind.UNNAMED)
