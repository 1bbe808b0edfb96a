"""Whole-pipeline checks on the QA findings: things are not speakers, 'should' of
expectation, role-noun antecedents, organisation names, refusals and partial quotes."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.extract.model import ClaimStatus, Extraction, SourceKind
from bot.extract.pipeline import Pipeline
from bot.nlp import load_model


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    nlp: Language = load_model()
    return Pipeline(nlp)


def extract(pipeline: Pipeline, text: str) -> Extraction:
    return pipeline.extract(text, date(2025, 3, 14))


@pytest.mark.parametrize(
    "text",
    [
        "Ingrid Moss, who owns a bakery, said the closure added a week to every order.",
        "The inspector said the scan showed cracks in two of the pillars.",
        "Farida Khan told reporters the new schedule suggests fewer trains at night.",
        "Jonas Lund said the closure showed how fragile the network is.",
    ],
)
def test_a_thing_inside_reported_words_is_not_a_speaker(pipeline: Pipeline, text: str) -> None:
    ex = extract(pipeline, text)
    assert len(ex.quotes) == 1
    quote = ex.quotes[0]
    assert quote.speaker.kind in (SourceKind.PERSON, SourceKind.UNNAMED)
    assert quote.cue in ("said", "told")
    speakers = {c.speaker.name for c in ex.claims if c.speaker is not None}
    assert speakers == {quote.speaker.name}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Solberg said the bridge should reopen by the end of the month.", "should"),
        ("Jansen said the line ought to be finished in May.", "ought"),
    ],
)
def test_should_of_expectation_makes_a_claim_unconfirmed(
    pipeline: Pipeline, text: str, cue: str
) -> None:
    claim = next(c for c in extract(pipeline, text).claims if c.speaker is not None)
    assert claim.status == ClaimStatus.UNCONFIRMED
    assert f'hedge: "{cue}"' in claim.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Solberg said the mayor should resign.",
        "Jansen said voters should be given a say.",
    ],
)
def test_should_of_duty_is_no_hedge(pipeline: Pipeline, text: str) -> None:
    claim = next(c for c in extract(pipeline, text).claims if c.speaker is not None)
    assert claim.status == ClaimStatus.ATTRIBUTED


def test_a_pronoun_after_a_role_without_a_name_is_that_role(pipeline: Pipeline) -> None:
    text = 'The minister will announce the budget on Friday. "We are confident," she said.'
    (quote,) = extract(pipeline, text).quotes
    assert quote.speaker.name == "the minister"
    assert quote.speaker.kind == SourceKind.UNNAMED


def test_a_role_the_story_gave_a_name_is_that_person(pipeline: Pipeline) -> None:
    text = (
        "Finance Minister Ana Ruiz visited the port on Monday. The minister will announce the "
        'budget on Friday. "We are ready," she said.'
    )
    (quote,) = extract(pipeline, text).quotes
    assert quote.speaker.name == "Ana Ruiz"


def test_an_organisation_named_with_of_keeps_its_whole_name(pipeline: Pipeline) -> None:
    text = "The national federation of farmers says that the drought halved the harvest."
    (quote,) = extract(pipeline, text).quotes
    assert quote.speaker.name.lower() == "the national federation of farmers"
    assert quote.speaker.kind == SourceKind.ORGANISATION


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "The union estimates that the strike cost 2 million euros, a figure the "
            "airline has disputed.",
            'doubt: "the airline has disputed"',
        ),
        (
            "Ruiz said 40 people were hurt, a number which the police reject.",
            'doubt: "the police reject"',
        ),
    ],
)
def test_a_figure_someone_disputes_is_doubted(pipeline: Pipeline, text: str, reason: str) -> None:
    claim = next(c for c in extract(pipeline, text).claims if c.speaker is not None)
    assert claim.status == ClaimStatus.UNCONFIRMED
    assert reason in claim.reasons


def test_an_anonymous_source_is_named_without_the_anonymity_clause(pipeline: Pipeline) -> None:
    text = (
        "An engineer at the city's transport department, who spoke on condition of anonymity "
        "because the review is not finished, said the tunnel was leaking."
    )
    ex = extract(pipeline, text)
    (quote,) = ex.quotes
    assert quote.speaker.kind == SourceKind.ANONYMOUS
    assert quote.speaker.name == "An engineer at the city's transport department"
    (claim,) = [c for c in ex.claims if c.speaker is not None]
    assert all(not r.rstrip('"').endswith(",") for r in claim.reasons)


@pytest.mark.parametrize(
    "text",
    [
        'Ola Berg called the council\'s response to the flood "a disgrace".',
        "Ola Berg called the council's response to the flood “a disgrace.”",
    ],
)
def test_a_partial_quote_keeps_its_marks_and_its_source(pipeline: Pipeline, text: str) -> None:
    ex = extract(pipeline, text)
    (quote,) = ex.quotes
    assert quote.kind == "mixed"
    assert quote.text.count('"') % 2 == 0
    assert quote.text.count("“") == quote.text.count("”")
    assert quote.text.endswith(('"', "”"))
    (claim,) = [c for c in ex.claims if c.speaker is not None]
    assert claim.speaker is not None and claim.speaker.name == "Ola Berg"


@pytest.mark.parametrize(
    ("text", "cue", "words"),
    [
        ("The mayor's office declined to comment.", "declined to comment", ""),
        ("The airline refused to comment on the strike.", "refused to comment", "on the strike"),
        ("Van Dijk has not commented publicly since the vote.", "has not commented", ""),
    ],
)
def test_a_refusal_is_its_cue_and_its_topic(
    pipeline: Pipeline, text: str, cue: str, words: str
) -> None:
    (quote,) = extract(pipeline, text).quotes
    assert (quote.cue, quote.text) == (cue, words)


@pytest.mark.parametrize(
    "text",
    ["Mira Holt rejected that version of events.", "The company denied the allegations."],
)
def test_rejecting_a_noun_phrase_is_not_reported_speech(pipeline: Pipeline, text: str) -> None:
    assert extract(pipeline, text).quotes == ()


def test_rejecting_a_claim_that_is_reported_speech(pipeline: Pipeline) -> None:
    text = "Mira Holt rejected claims that the plant was unsafe."
    (quote,) = extract(pipeline, text).quotes
    assert quote.text == "claims that the plant was unsafe"


def test_a_role_of_the_other_gender_is_no_antecedent(pipeline: Pipeline) -> None:
    text = 'The spokesman said the talks would go on. "We are close," she said.'
    assert [q.speaker.name for q in extract(pipeline, text).quotes] == ["The spokesman"]
