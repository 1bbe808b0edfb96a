"""Quote boundaries: datelines, quotes over paragraphs, the rest of a clause after a cue."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.extract.model import Quote
from bot.extract.pipeline import Pipeline, stages_through
from bot.extract.sentences import dateline_end


def run(nlp: Language, text: str) -> list[Quote]:
    return Pipeline(nlp, stages_through("quotes")).work(text, date(2024, 5, 1)).quotes


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("OSLO - The ferry will run", "The ferry will run"),
        ("LAKE CITY, May 2 (Harbor Wire) - Fares rose", "Fares rose"),
        ("CAIRO (AP) — Talks resumed", "Talks resumed"),
        ("The ferry - the old one - will run", "The ferry - the old one - will run"),
    ],
)
def test_dateline_end(text: str, rest: str) -> None:
    assert text[dateline_end(text, 0) :] == rest


def test_a_dateline_is_not_part_of_the_quote_or_a_source(nlp: Language) -> None:
    text = (
        "BRANDON - The school board will close two schools in June, "
        "board chair Amy Lowe announced on Monday."
    )
    (q,) = run(nlp, text)
    assert q.text == "The school board will close two schools in June"
    assert q.speaker is not None and q.speaker.name == "Amy Lowe"


def test_a_quote_over_two_paragraphs_is_split_without_a_stray_mark(nlp: Language) -> None:
    text = (
        '"We tried every route to a deal. Nothing worked.\n\n'
        '"Now the courts will decide," Omar Haddad told reporters.'
    )
    found = run(nlp, text)
    assert [q.text for q in found] == [
        '"We tried every route to a deal. Nothing worked.',
        '"Now the courts will decide,"',
    ]
    assert all(q.speaker is not None and q.speaker.name == "Omar Haddad" for q in found)


def test_a_title_that_is_a_job_is_kept_as_the_role(nlp: Language) -> None:
    (q,) = run(nlp, "Mayor Karin Olsen said the bridge would reopen in June.")
    assert q.speaker is not None and q.speaker.name == "Karin Olsen"
    assert q.speaker.role == "Mayor"


def test_a_clause_after_but_is_not_a_source(nlp: Language) -> None:
    text = (
        "A spokeswoman for the agency said a ruling could come as early as May 3, "
        "but cautioned that the date could slip."
    )
    found = run(nlp, text)
    assert all(q.speaker is not None and q.speaker.name != "a ruling" for q in found)
    said = [q for q in found if q.cue == "said"]
    assert said and said[0].text == "a ruling could come as early as May 3"
    cautioned = [q for q in found if q.cue == "cautioned"]
    assert cautioned and cautioned[0].text == "that the date could slip"
    assert cautioned[0].speaker is not None
    assert cautioned[0].speaker.name == "A spokeswoman for the agency"


def test_a_participle_hung_on_the_reported_clause_speaks_for_the_source(nlp: Language) -> None:
    text = "The coach said the team had improved, speaking of the younger players."
    found = run(nlp, text)
    assert {q.speaker.name for q in found if q.speaker is not None} == {"The coach"}


def test_a_quoted_word_keeps_its_closing_mark(nlp: Language) -> None:
    text = 'Senator Lisa Grant called the budget "reckless" and said she would vote no.'
    called = [q for q in run(nlp, text) if q.cue == "called"]
    assert called and called[0].text == 'the budget "reckless"'
    assert called[0].kind == "mixed"


def test_anonymity_set_off_by_commas_marks_the_source(nlp: Language) -> None:
    text = "Two engineers, who spoke on condition of anonymity, said the dam was leaking."
    (q,) = run(nlp, text)
    assert q.speaker is not None and q.speaker.kind.value == "anonymous"
