"""Expected events the stage used to miss: passive milestones, 'be likely to', reported 'would'."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.extract.events import extract_events
from bot.extract.model import Certainty, Event
from bot.extract.timex import extract_timexes

PUBLISHED = date(2025, 3, 14)  # a Friday


def events(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    return extract_events(doc, published=PUBLISHED, timexes=extract_timexes(doc, PUBLISHED))


def only(nlp: Language, text: str) -> Event:
    found = events(nlp, text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "summary", "latest"),
    [
        ("Lind said the roadworks will be completed by the end of the year.", "The roadworks are completed", date(2025, 12, 31)),
        ("The new terminal will be finished by June.", "The new terminal is finished", date(2025, 6, 30)),
    ],
)
def test_a_thing_finished_by_a_deadline_is_expected_until_then(nlp: Language, text: str, summary: str, latest: date) -> None:
    e = only(nlp, text)
    assert e.text == summary
    assert e.certainty is Certainty.EXPECTED
    assert (e.earliest, e.latest) == (PUBLISHED, latest)
    assert e.participants == ()  # "by the end of the year" is a deadline, not who does it


def test_a_passive_doer_named_after_by_is_still_the_doer(nlp: Language) -> None:
    e = only(nlp, "The report will be completed by the committee next month.")
    assert e.text == "The committee completes the report"


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Surveyors will begin work on the eastern tunnel in May.", Certainty.EXPECTED),
        ("Surveyors are likely to begin work on the eastern tunnel in May.", Certainty.POSSIBLE),
    ],
)
def test_people_beginning_work_keep_what_they_work_on(nlp: Language, text: str, certainty: Certainty) -> None:
    e = only(nlp, text)
    assert e.text == "Surveyors begin work on the eastern tunnel"
    assert e.certainty is certainty
    assert (e.earliest, e.latest) == (date(2025, 5, 1), date(2025, 5, 31))


def test_beginning_to_lose_patience_is_no_event(nlp: Language) -> None:
    assert events(nlp, "The engineers will begin to lose patience in April.") == []


def test_a_reopening_said_this_week_for_next_week_keeps_its_week(nlp: Language) -> None:
    e = only(nlp, "The governor said on Tuesday that the museum would reopen next week.")
    assert e.text == "The museum reopens"
    assert (e.earliest, e.latest) == (date(2025, 3, 17), date(2025, 3, 23))
    assert e.when is not None and e.when.text == "next week"  # not "on Tuesday", when it was said


@pytest.mark.parametrize(
    "text",
    [
        "Weeks ago the governor said the museum would reopen next week.",
        "The governor said last year that the museum would reopen next year.",
        "The governor said on Monday that the museum would reopen tomorrow.",
    ],
)
def test_a_relative_time_said_in_another_period_is_stale(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []


def test_a_vote_keeps_its_object_beside_an_amount_in_an_article(nlp: Language) -> None:
    text = (
        "The harbour bridge has been closed since a crack was found in February. "
        "The regional assembly will vote on an emergency repair budget of 18 million euros on Tuesday. "
        "Residents have complained about long detours."
    )
    (e,) = [e for e in events(nlp, text) if e.trigger == "will vote"]
    assert e.text == "The regional assembly votes on an emergency repair budget"
    assert e.earliest == e.latest == date(2025, 3, 18)


def test_a_happening_subject_keeps_what_it_is_on(nlp: Language) -> None:
    e = only(nlp, "Work on the viaduct will be completed in June.")
    assert e.text == "Work on the viaduct is completed"
    assert (e.earliest, e.latest) == (date(2025, 6, 1), date(2025, 6, 30))
