"""Words that are not statements: manner of speaking, votes, backing evidence, sourcing links."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from bot.extract.model import Quote
from bot.extract.pipeline import Pipeline, stages_through


def run(nlp: Language, text: str) -> list[Quote]:
    return Pipeline(nlp, stages_through("quotes")).work(text, date(2024, 5, 1)).quotes


def cues(found: list[Quote]) -> list[str | None]:
    return [q.cue for q in found]


def test_a_vote_is_not_a_statement(nlp: Language) -> None:
    found = run(
        nlp, "Councillor Ben Ode, who has said he will vote against the budget, left early."
    )
    assert "will vote" not in cues(found)
    assert [q.text for q in found] == ["he will vote against the budget"]


def test_pointing_to_evidence_is_not_a_second_statement(nlp: Language) -> None:
    text = "Mayor Ida Berg said rents were falling, pointing to a survey published in May."
    found = run(nlp, text)
    assert cues(found) == ["said"]
    assert found[0].text == "rents were falling"


def test_citing_after_a_report_names_the_source_not_a_statement(nlp: Language) -> None:
    text = (
        "The army has moved two brigades north, the Daily Courier reported on Friday, "
        "citing a leaked briefing."
    )
    found = run(nlp, text)
    assert cues(found) == ["reported"]
    speaker = found[0].speaker
    assert speaker is not None and speaker.name == "a leaked briefing"
    assert speaker.via is not None and "Daily Courier" in speaker.via


def test_asking_not_to_be_named_is_not_a_statement(nlp: Language) -> None:
    assert run(nlp, "The engineer asked not to be named because the audit was private.") == []


def test_a_future_saying_is_not_a_statement(nlp: Language) -> None:
    text = "Councillor Ruth Amos said her group would demand a recount next week."
    assert cues(run(nlp, text)) == ["said"]


def test_a_past_could_not_answer_is_still_a_refusal(nlp: Language) -> None:
    found = run(nlp, "The spokesman could not explain why the report was delayed.")
    assert cues(found) == ["could not explain"]


def test_referring_to_something_is_not_a_statement(nlp: Language) -> None:
    text = "The admiral said the base was safe, referring to the naval station."
    assert cues(run(nlp, text)) == ["said"]


def test_another_attribution_is_not_content(nlp: Language) -> None:
    text = (
        "Prime Minister Olga Berg met reporters after the summit. "
        "She said leaders had agreed to put together a reform plan by March."
    )
    found = run(nlp, text)
    assert [q.text for q in found] == ["leaders had agreed to put together a reform plan by March"]


def test_a_short_clause_after_the_cue_is_still_content(nlp: Language) -> None:
    text = "Minister Sofia Lind spoke in May. Lind told reporters the theatres had agreed."
    assert "the theatres had agreed" in [q.text for q in run(nlp, text)]
