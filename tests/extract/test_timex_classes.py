"""Classes of time-expression error fixed against TimeBank conventions, each on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.extract.timex import extract_timexes

PUBLISHED = date(2023, 9, 6)  # a Wednesday


def found(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract_timexes(nlp(text), PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year before a plural noun, with its article, owner or a name, is still a year
        ("Leaders of the 1996 protests in Varna have moved away.", [("1996", "1996")]),
        ("The charge will appear in the firm's 2022 operating results.", [("2022", "2022")]),
        ("Analysts expect 2024 Orlanda earnings to rise.", [("2024", "2024")]),
        # a round figure straight before its noun counts things
        ("The army sent 1500 troops to the border.", []),
        ("Police said 2000 people marched in Tervo.", []),
    ],
)
def test_year_before_a_plural_noun(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brenlow turned a profit after several quarters of losses.", [("several quarters", "PXM")]),
        ("Three quarters of the voters in Aske backed the plan.", []),
    ],
)
def test_quarters_of_time_and_shares(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the past perfect puts a weekday before a past moment, whatever cue comes with it
        ("The offer had been due to expire Friday.", "2023-09-01"),
        ("Until Monday, the police had not named a suspect.", "2023-09-04"),
        # "could not be reached" reports an attempt already made
        ("The mayor of Pellam could not be reached for comment Tuesday.", "2023-09-05"),
        # without them the weekday still looks forward in a future clause
        ("The offer will expire Friday.", "2023-09-08"),
        ("The mayor could visit Pellam on Tuesday.", "2023-09-12"),
    ],
)
def test_weekday_direction_in_past_perfect_and_could_not(nlp: Language, text: str, value: str) -> None:
    assert [v for _, v in found(nlp, text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "soon" in a past clause follows another event: no time of its own
        ("The ferry sank off Harrow and the captain was soon arrested.", []),
        ("A trickle of visitors to Amberley soon became a flood.", []),
        # in a present or future clause it points forward
        ("The council will soon vote on the Harrow bypass.", [("soon", "FUTURE_REF")]),
        # "high noon" is the showdown, not the hour
        ("For the rebels of Kesh, high noon comes today.", [("today", "2023-09-06")]),
    ],
)
def test_soon_in_the_past_and_high_noon(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "or so" belongs to the expression it hedges
        ("The Kessel depot will close over the next year or so.", ("the next year or so", "2024")),
        ("Repairs on the Lune viaduct should take two years or so.", ("two years or so", "P2Y")),
        # "the" is part of "the weeks ahead", as of "the coming weeks"; "in" is not
        ("Ministers in Ostrava will decide in the weeks ahead.", ("the weeks ahead", "FUTURE_REF")),
        ("Talks in Brandt may resume in the days ahead.", ("the days ahead", "FUTURE_REF")),
    ],
)
def test_vague_extents(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert found(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second day joined to a full date is a date of the same month
        (
            "The Tarrow summit will be held on Oct. 24 and 25.",
            [("Oct. 24", "2023-10-24"), ("25", "2023-10-25")],
        ),
        ("Polls in Vessa open Nov. 9-10 in most districts.", [("Nov. 9", "2023-11-09"), ("10", "2023-11-10")]),
        # a count after the date is not a day
        ("On Oct. 24 and 25 delegates arrived.", [("Oct. 24", "2023-10-24")]),
        ("Since Oct. 2 and 40 other dates, nothing changed.", [("Oct. 2", "2023-10-02")]),
        # "the week of" a date is that date's ISO week
        ("The Lorne hearing is set for the week of Oct. 9.", [("the week of Oct. 9", "2023-W41")]),
    ],
)
def test_second_day_and_week_of(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare plural after "of" is counted by the noun before it: no length of its own
        ("The Marrow dynasty ruled for hundreds of years.", []),
        ("A deal in Cobham is a matter of days.", []),
        # after a preposition of time it is a vague length
        ("The Cobham plant has been idle for years.", [("years", "PXY")]),
    ],
)
def test_bare_plural_units_after_of(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Theresa May will visit Paris on Friday.", ["Friday"]),
        ("Prime Minister May said no in May.", ["May"]),
        ("The vote is on Monday May 5.", ["Monday May 5"]),
        ("Ms. May resigned in June.", ["June"]),
    ],
)
def test_a_month_name_that_ends_a_persons_name_is_no_month(nlp: Language, text: str, found: list[str]) -> None:
    assert [t.text for t in extract_timexes(nlp(text), date(2023, 9, 6))] == found
