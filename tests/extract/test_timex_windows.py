"""Windows: the first and last day each kind of time expression allows."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.extract.model import Timex
from bot.extract.timex import extract_timexes
from bot.extract.timex.dates import window_of

PUBLISHED = date(2023, 9, 6)


def find(nlp: Language, text: str, span: str) -> Timex:
    found = [t for t in extract_timexes(nlp(text), PUBLISHED) if t.text == span]
    assert found, extract_timexes(nlp(text), PUBLISHED)
    return found[0]


def test_within_days_runs_about_a_week_from_publication(nlp: Language) -> None:
    t = find(nlp, "The visit is expected within days.", "days")
    assert (t.earliest, t.latest) == (date(2023, 9, 6), date(2023, 9, 13))


def test_shortly_is_a_short_future_window(nlp: Language) -> None:
    t = find(nlp, "Kim will visit Russia shortly.", "shortly")
    assert t.value == "FUTURE_REF"
    assert (t.earliest, t.latest) == (date(2023, 9, 6), date(2023, 9, 13))


def test_by_the_end_of_the_month_runs_up_to_its_last_day(nlp: Language) -> None:
    t = find(nlp, "The deal will close by the end of the month.", "the end of the month")
    assert t.value == "2023-09"
    assert (t.earliest, t.latest) == (PUBLISHED, date(2023, 9, 30))


def test_by_the_end_of_the_year(nlp: Language) -> None:
    t = find(nlp, "Troops will leave by the end of the year.", "the end of the year")
    assert (t.earliest, t.latest) == (PUBLISHED, date(2023, 12, 31))


def test_next_week_is_that_iso_week(nlp: Language) -> None:
    t = find(nlp, "Talks resume next week.", "next week")
    assert (t.earliest, t.latest) == (date(2023, 9, 11), date(2023, 9, 17))


def test_later_this_month_starts_now(nlp: Language) -> None:
    t = find(nlp, "He will travel later this month.", "later this month")
    assert (t.earliest, t.latest) == (PUBLISHED, date(2023, 9, 30))


def test_earlier_this_week_ends_now(nlp: Language) -> None:
    t = find(nlp, "Earlier this week, the spokesperson declined to comment.", "Earlier this week")
    assert (t.earliest, t.latest) == (date(2023, 9, 4), PUBLISHED)


def test_no_earlier_than_opens_the_window_forward(nlp: Language) -> None:
    t = find(nlp, "The mission will launch no earlier than 2030.", "2030")
    assert (t.earliest, t.latest) == (date(2030, 1, 1), None)


def test_in_two_weeks_in_a_future_clause_is_a_point(nlp: Language) -> None:
    t = find(nlp, "The court will rule in two weeks.", "two weeks")
    assert t.earliest == t.latest == date(2023, 9, 20)


@pytest.mark.parametrize(
    ("value", "window"),
    [
        ("2023-09-12", (date(2023, 9, 12), date(2023, 9, 12))),
        ("2023-W37", (date(2023, 9, 11), date(2023, 9, 17))),
        ("2023-09", (date(2023, 9, 1), date(2023, 9, 30))),
        ("2023-Q3", (date(2023, 7, 1), date(2023, 9, 30))),
        ("2023-SU", (date(2023, 6, 1), date(2023, 8, 31))),
        ("2023-WI", (date(2023, 12, 1), date(2024, 2, 29))),
        ("199", (date(1990, 1, 1), date(1999, 12, 31))),
        ("PAST_REF", (None, PUBLISHED)),
        ("PRESENT_REF", (PUBLISHED, PUBLISHED)),
        ("2023-09-12T17:00", (date(2023, 9, 12), date(2023, 9, 12))),
    ],
)
def test_window_of_each_value_shape(value: str, window: tuple[date | None, date | None]) -> None:
    assert window_of(value, PUBLISHED) == window
