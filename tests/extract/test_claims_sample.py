"""The sample article end to end: every claim the issue names, with its status and reasons.

This runs the whole pipeline, so it needs the quotes stage; when that stage
finds no quotes the test fails with a message saying so (it does not skip).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.extract.model import Claim, ClaimStatus, Extraction, SourceKind
from bot.extract.pipeline import Pipeline
from bot.nlp import load_model

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "america-enemies-join-forces.md"


def article_text() -> str:
    """Return the sample without its front matter (between the --- lines)."""
    raw = SAMPLE.read_text(encoding="utf-8")
    _, _, body = raw.split("---", 2)
    return body.lstrip("\n")


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return Pipeline(load_model()).extract(article_text(), date(2023, 9, 6))


def claim_with(ex: Extraction, words: str) -> Claim:
    found = [c for c in ex.claims if words in c.text]
    assert found, f"no claim contains {words!r}; claims: {[c.text[:60] for c in ex.claims]}"
    return found[0]


def test_quotes_stage_has_landed(extraction: Extraction) -> None:
    speakers = {q.speaker.name for q in extraction.quotes if q.speaker is not None}
    assert "Adrienne Watson" in speakers, (
        "the quotes stage gives no quote by Adrienne Watson yet; "
        f"claims rest on it (speakers found: {sorted(speakers)})"
    )


def test_headline_is_not_a_claim(extraction: Extraction) -> None:
    assert not [c for c in extraction.claims if c.text.strip() == "America’s Enemies Join Forces"]


def test_arms_trade_talks_rest_on_reports_and_hedges(extraction: Extraction) -> None:
    claim = claim_with(extraction, "mulling trading weapons")
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert {"seem", "mulling", "potentially"} <= set(claim.cues)
    assert any("suggest" in cue for cue in claim.cues)
    assert "source: unnamed reports" in claim.reasons


def test_meeting_focus_is_likely_per_officials(extraction: Extraction) -> None:
    claim = claim_with(extraction, "focus on Russia’s request")
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert "most likely" in claim.cues
    assert claim.source_kind is SourceKind.OFFICIALS
    assert any("US officials" in reason for reason in claim.reasons)


def test_moscow_could_reciprocate_is_a_hypothesis(extraction: Extraction) -> None:
    claim = claim_with(extraction, "Moscow could reciprocate")
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert {"hypothesize", "could", "if"} <= set(claim.cues)


def test_kim_might_go_to_moscow_or_more_likely_vladivostok(extraction: Extraction) -> None:
    claims = [c for c in extraction.claims if "Vladivostok" in c.text or "might visit" in c.text]
    cues = {cue for c in claims for cue in c.cues}
    assert claims and all(c.status is ClaimStatus.UNCONFIRMED for c in claims)
    assert {"might", "appears", "more likely"} <= cues


def test_naval_drills_rest_on_one_unnamed_lawmaker(extraction: Extraction) -> None:
    claim = claim_with(extraction, "joint naval drills")
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert claim.source_kind is SourceKind.UNNAMED
    assert "mulling" in claim.cues
    assert any("A South Korean lawmaker" in reason for reason in claim.reasons)


def test_invasion_is_stated(extraction: Extraction) -> None:
    claim = claim_with(extraction, "invaded Ukraine almost 20 months ago")
    assert claim.status is ClaimStatus.STATED
    assert claim.reasons == ()


def test_watsons_quotes_are_attributed(extraction: Extraction) -> None:
    watson = [
        c
        for c in extraction.claims
        if c.speaker is not None and c.speaker.name == "Adrienne Watson"
    ]
    assert len(watson) >= 2, [c.text[:50] for c in extraction.claims]
    for claim in watson:
        assert claim.status is ClaimStatus.ATTRIBUTED, claim
        assert claim.source_kind is SourceKind.PERSON
