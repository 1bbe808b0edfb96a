"""The extent of a time expression: what TIMEX3 keeps of the words around it (TimeBank conventions)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.extract.timex import extract_timexes

PUBLISHED = date(2023, 9, 6)  # a Wednesday


def spans(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract_timexes(nlp(text), PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the possessive marker belongs to the noun phrase, not to the time
        ("Last year's harvest in Dunmere was poor.", ("Last year", "2022")),
        ("Officials praised next week's ferry timetable.", ("next week", "2023-W37")),
        ("The council said this quarter's figures would be late.", ("this quarter", "2023-Q3")),
    ],
)
def test_possessive_left_out(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert spans(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphened modifier: "the" is the article of the noun it modifies
        ("The two-week walkout at Harlow Mills ended.", ("two-week", "P2W")),
        ("Analysts blamed the third-quarter slump on weather.", ("third-quarter", "2023-Q3")),
        # a bare plural: "the" belongs to the phrase around it
        ("Neighbours saw the van in the weeks before the fire.", ("weeks", "PXW")),
    ],
)
def test_article_of_the_noun_left_out(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert spans(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor of Corlan served only six months.", ("six months", "P6M")),
        ("The ferry stopped for about five hours at Elsby.", ("five hours", "PT5H")),
        ("Tolls at the bridge were cut just a decade ago.", ("a decade ago", "2013")),
        # "nearly" stays: TimeBank keeps it
        ("The well at Ostry has been dry for nearly two years.", ("nearly two years", "P2Y")),
        # "just now" is one phrase
        ("The bridge reopened just now.", ("just now", "PAST_REF")),
    ],
)
def test_hedges_left_out(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert spans(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in" is a preposition before "the past"; "the" is part of "the past year"
        ("In the past, the Verrin canal froze each winter.", ("the past", "PAST_REF")),
        ("Ticket sales at Lodmoor fell over the past year.", ("the past year", "2022")),
        ("Rents in Penhallow doubled in the last decade.", ("the last decade", "201")),
        ("Crops in Tamsin failed over the past winter.", ("the past winter", "2022-WI")),
        ("The Ebbing dam will open the next summer.", ("the next summer", "2024-SU")),
    ],
)
def test_article_of_past_periods_kept(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert spans(nlp, text)[0] == expected


def test_sentence_full_stop_left_out_of_a_clock_time(nlp: Language) -> None:
    assert spans(nlp, "The Quarry Lane market opens at 5pm.") == [("5pm", "2023-09-06T17:00")]
    assert spans(nlp, "The Quarry Lane market opens at 5 p.m. daily.")[0] == ("5 p.m.", "2023-09-06T17:00")
