"""Explicit doubt ("could not be independently verified", "is disputed") and "may" after verbs of undergoing."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.extract.claims import find_claims
from bot.extract.hedges import find_hedges, hedges_in, is_uncertain
from bot.extract.model import ClaimStatus
from bot.extract.pipeline import Work
from bot.extract.sentences import split_sentences


def doubts(nlp: Language, text: str) -> list[str]:
    """Return the doubt cues of a text."""
    return [h.text for h in hedges_in(nlp(text)) if h.category == "doubt"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The video, which could not be independently verified, shows two tanks.",
            "could not be independently verified",
        ),
        ("The casualty count has not been confirmed by the hospital.", "has not been confirmed"),
        ("The Herald was unable to verify the documents.", "unable to verify"),
        ("Local media said 40 people died, a toll that cannot be verified.", "cannot be verified"),
        ("The official figure is disputed by the opposition.", "is disputed"),
        ("The group posted unverified footage of the blast.", "unverified"),
        ("There is no evidence that the ballots were tampered with.", "no evidence"),
        ("He said without evidence that the count was rigged.", "without evidence"),
        ("It is unclear whether the ceasefire will hold.", "It is unclear whether"),
        ("It remains unknown if the dam was hit.", "It remains unknown if"),
        (
            "It was not immediately clear whether anyone was hurt.",
            "It was not immediately clear whether",
        ),
    ],
)
def test_explicit_doubt_is_one_cue(nlp: Language, text: str, cue: str) -> None:
    assert doubts(nlp, text) == [cue]
    assert is_uncertain(hedges_in(nlp(text)))


@pytest.mark.parametrize(
    "text",
    [
        "The ruling cannot be disputed in any court.",
        "Troops crossed into the disputed region overnight.",
        "The bank neither confirmed nor denied the merger.",
        "The agency said it could not confirm the report.",
        "The results were confirmed by the electoral board.",
        "It is clear whether you look at prices or wages.",
    ],
)
def test_no_doubt_where_none_is_voiced(nlp: Language, text: str) -> None:
    assert doubts(nlp, text) == []


def test_doubt_makes_the_claim_unconfirmed_with_the_phrase_as_reason(nlp: Language) -> None:
    text = "Sales fell 9 percent in March, a figure that could not be independently verified."
    work = Work(text=text, published=date(2024, 4, 2), doc=nlp(text))
    split_sentences(work)
    find_hedges(work)
    find_claims(work)
    (claim,) = work.claims
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert claim.reasons == ('doubt: "could not be independently verified"',)


def test_a_standalone_unconfirmed_statement_stays_a_claim(nlp: Language) -> None:
    text = "The number of arrests has not been confirmed."
    work = Work(text=text, published=date(2024, 4, 2), doc=nlp(text))
    split_sentences(work)
    find_hedges(work)
    find_claims(work)
    (claim,) = work.claims
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert claim.reasons == ('doubt: "has not been confirmed"',)


# --- "may" after a verb of undergoing is a possibility, whoever the subject ------


@pytest.mark.parametrize(
    "text",
    [
        "Drivers may face long queues at the border this weekend.",
        "Passengers may experience delays on the northern line.",
        "Residents may see higher water bills next year.",
        "Customers may need to reset their passwords.",
    ],
)
def test_may_before_a_verb_of_undergoing_is_a_hedge(nlp: Language, text: str) -> None:
    assert [(h.text, h.category) for h in hedges_in(nlp(text))] == [("may", "epistemic")]


def test_may_of_permission_still_is_not(nlp: Language) -> None:
    assert hedges_in(nlp("Residents may park on either side of the street.")) == []
