"""Time expressions: one case per pattern family, resolved against a Wednesday publication date."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.extract.model import Timex
from bot.extract.timex import extract_timexes

PUBLISHED = date(2023, 9, 6)  # a Wednesday


def timexes(nlp: Language, text: str, published: date = PUBLISHED) -> list[Timex]:
    return extract_timexes(nlp(text), published)


def one(nlp: Language, text: str, published: date = PUBLISHED) -> Timex:
    found = timexes(nlp, text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "type_", "value"),
    [
        # relative days
        ("The minister arrived yesterday.", "yesterday", "DATE", "2023-09-05"),
        ("The vote is tomorrow.", "tomorrow", "DATE", "2023-09-07"),
        ("She spoke on television last night.", "last night", "TIME", "2023-09-05TNI"),
        # explicit dates with and without year; weekday + date
        ("The dividend is payable Dec. 14.", "Dec. 14", "DATE", "2023-12-14"),
        (
            "The talks were held on Monday, Nov. 3, 2022.",
            "Monday, Nov. 3, 2022",
            "DATE",
            "2022-11-03",
        ),
        ("The treaty was signed on 3 March 1999.", "3 March 1999", "DATE", "1999-03-03"),
        ("The company was founded in June 1994.", "June 1994", "DATE", "1994-06"),
        ("The report is due on 2023-10-02.", "2023-10-02", "DATE", "2023-10-02"),
        # weeks, months, years
        ("The summit will take place next week.", "next week", "DATE", "2023-W37"),
        ("Prices rose last week.", "last week", "DATE", "2023-W35"),
        ("Sales fell last month.", "last month", "DATE", "2023-08"),
        ("Elections are due next month.", "next month", "DATE", "2023-10"),
        ("Profits doubled this year.", "this year", "DATE", "2023"),
        ("The law was passed in 1998.", "1998", "DATE", "1998"),
        ("Inflation was high in the 1990s.", "the 1990s", "DATE", "199"),
        # seasons and quarters, fiscal years
        ("The plant will open next summer.", "next summer", "DATE", "2024-SU"),
        ("Shares slid last fall.", "last fall", "DATE", "2022-FA"),
        ("Earnings rose in the third quarter.", "the third quarter", "DATE", "2023-Q3"),
        ("Third-quarter earnings beat forecasts.", "Third-quarter", "DATE", "2023-Q3"),
        ("Revenue grew in the first half of 2022.", "the first half of 2022", "DATE", "2022-H1"),
        ("The company lost money in fiscal 2021.", "fiscal 2021", "DATE", "2021"),
        # durations
        ("The strike lasted three days.", "three days", "DURATION", "P3D"),
        ("The flight took two hours.", "two hours", "DURATION", "PT2H"),
        ("He signed a two-year contract.", "two-year", "DURATION", "P2Y"),
        ("The bonds mature in 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("The war has gone on for two decades.", "two decades", "DURATION", "P20Y"),
        # ago
        ("Russia invaded Ukraine almost 20 months ago.", "almost 20 months ago", "DATE", "2022-01"),
        ("The mine closed five years ago.", "five years ago", "DATE", "2018"),
        # vague references
        ("The economy is now growing.", "now", "DATE", "PRESENT_REF"),
        ("He has recently resigned.", "recently", "DATE", "PAST_REF"),
        ("The bank will raise rates in the near future.", "the near future", "DATE", "FUTURE_REF"),
        # sets
        ("The paper is published daily.", "daily", "SET", "P1D"),
        ("The board meets every month.", "every month", "SET", "P1M"),
        ("Protesters gather each Thursday.", "each Thursday", "SET", "XXXX-WXX-4"),
        # clock times
        (
            "The offer expires at 5 p.m. EST Nov. 9.",
            "5 p.m. EST Nov. 9",
            "TIME",
            "2023-11-09T17:00",
        ),
        # spelled-out years
        ("He was born in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
    ],
)
def test_pattern_is_found_and_normalised(
    nlp: Language, text: str, span: str, type_: str, value: str
) -> None:
    found = [t for t in timexes(nlp, text) if t.text == span]
    assert found, timexes(nlp, text)
    assert (found[0].type, found[0].value) == (type_, value)


def test_weekday_points_back_in_a_past_clause(nlp: Language) -> None:
    assert one(nlp, "The minister resigned on Saturday.").value == "2023-09-02"


def test_weekday_points_ahead_in_a_future_clause(nlp: Language) -> None:
    assert one(nlp, "The minister will resign on Saturday.").value == "2023-09-09"


def test_weekday_with_possessive_is_an_event_already_named(nlp: Language) -> None:
    found = [t for t in timexes(nlp, "Lawyers will appeal Friday's ruling.") if t.text == "Friday"]
    assert found[0].value == "2023-09-01"


def test_weekday_after_until_points_ahead_even_in_a_past_clause(nlp: Language) -> None:
    found = [
        t
        for t in timexes(nlp, "The court gave them until Tuesday to leave.")
        if t.text == "Tuesday"
    ]
    assert found[0].value == "2023-09-12"


def test_month_without_year_follows_the_tense(nlp: Language) -> None:
    assert one(nlp, "The plant closed in March.").value == "2023-03"
    assert one(nlp, "The plant will close in March.").value == "2024-03"


def test_date_without_year_far_ahead_in_a_past_clause_is_last_year(nlp: Language) -> None:
    assert one(nlp, "The ship sank on Dec. 20.").value == "2022-12-20"


def test_effective_date_points_ahead(nlp: Language) -> None:
    assert (
        one(nlp, "The rule took effect, effective Feb. 1.", date(2023, 11, 2)).value == "2024-02-01"
    )


def test_a_year_earlier_refers_back_to_the_quarter_named(nlp: Language) -> None:
    found = timexes(nlp, "Profit rose in the third quarter from a year earlier.")
    assert [t.value for t in found] == ["2023-Q3", "2022-Q3"]


def test_the_year_ended_is_a_duration(nlp: Language) -> None:
    found = timexes(nlp, "Sales were flat for the year ended June 30.")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("the year", "DURATION", "P1Y"),
        ("June 30", "DATE", "2023-06-30"),
    ]


def test_relational_soon_is_not_a_time(nlp: Language) -> None:
    assert timexes(nlp, "He resigned soon after the vote.") == []
    assert timexes(nlp, "They will leave as soon as possible.")[0].value == "FUTURE_REF"


def test_age_is_not_a_duration(nlp: Language) -> None:
    assert timexes(nlp, "A 6-year-old boy was rescued.") == []


def test_count_that_looks_like_a_year_is_not_a_year(nlp: Language) -> None:
    assert timexes(nlp, "The army sent 1500 troops.") == []


def test_may_as_a_modal_is_not_a_month(nlp: Language) -> None:
    assert timexes(nlp, "May I ask a question?") == []


def test_full_month_name_of_four_letters_is_a_month(nlp: Language) -> None:
    assert one(nlp, "The factory closed in June.").value == "2023-06"


def test_bare_month_abbreviation_is_a_name(nlp: Language) -> None:
    assert timexes(nlp, "Jan Egeland spoke to reporters.") == []


def test_decade_in_words(nlp: Language) -> None:
    assert one(nlp, "The band was famous in the nineties.").value == "199"


def test_that_year_refers_to_the_last_year_named(nlp: Language) -> None:
    found = timexes(nlp, "He moved to Paris in 1998. Later that year he married.")
    assert [t.value for t in found] == ["1998", "1998"]


def test_age_in_years_old_is_not_a_duration(nlp: Language) -> None:
    assert timexes(nlp, "Mr. Smith, 52 years old, will retire.") == []


def test_last_before_a_date_points_back(nlp: Language) -> None:
    assert one(nlp, "The suspect has been missing since last Oct. 23.").value == "2022-10-23"


def test_the_following_year_counts_from_the_year_named(nlp: Language) -> None:
    found = timexes(nlp, "The dam was finished in 1995. The following year it flooded.")
    assert [t.value for t in found] == ["1995", "1996"]


@pytest.mark.parametrize("text", ["Rules written for today's youth.", "Parents worry about today's personal computers.", "He hired the leaders of tomorrow."])
def test_day_word_meaning_our_times_is_not_a_date(nlp: Language, text: str) -> None:
    assert timexes(nlp, text) == []


def test_day_word_before_an_event_is_a_date(nlp: Language) -> None:
    assert one(nlp, "Today's vote was close.").value == "2023-09-06"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prices fell in January nineteen ninety-seven.", "1997-01"),
        ("It snowed through the winter of nineteen ninety-four.", "1994-WI"),
    ],
)
def test_month_or_season_of_a_spelled_year(nlp: Language, text: str, value: str) -> None:
    assert one(nlp, text).value == value


@pytest.mark.parametrize(
    "text",
    [
        'Baker spoke on ABC\'s "This Week" about the war.',
        "Protesters gathered at the March for Life in Washington.",
    ],
)
def test_time_words_inside_a_name_are_not_times(nlp: Language, text: str) -> None:
    assert timexes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Last April the plant closed.", "2023-04"),
        ("This week the plant closed.", "2023-W36"),
        ("He wrote earlier this week to Attorney General Reno.", "2023-W36"),
        ("From March to May sales fell.", "2023-03"),
    ],
)
def test_capitalised_time_phrases_that_are_times(nlp: Language, text: str, value: str) -> None:
    assert timexes(nlp, text)[0].value == value


def test_mid_afternoon_written_apart(nlp: Language) -> None:
    assert one(nlp, "The rally ended in mid afternoon.").value == "2023-09-06TAF"


@pytest.mark.parametrize("text", ["She hopes the town will one day be rebuilt.", "He hopes he one day flies to Mars."])
def test_one_day_before_a_verb_is_some_day(nlp: Language, text: str) -> None:
    found = one(nlp, text)
    assert (found.type, found.value) == ("DATE", "FUTURE_REF")


def test_one_day_as_a_length_stays_a_duration(nlp: Language) -> None:
    assert one(nlp, "The strike lasted one day.").value == "P1D"


def test_a_few_days_later_is_a_vague_length(nlp: Language) -> None:
    found = one(nlp, "A few days later the talks resumed.")
    assert (found.type, found.value) == ("DURATION", "PXD")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The percentage change is since year-end.", "2022-12-31"),
        ("The index is up 3% since Friday.", "2023-09-01"),
    ],
)
def test_since_puts_the_date_in_the_past(nlp: Language, text: str, value: str) -> None:
    assert one(nlp, text).value == value


def test_year_end_ahead_without_since(nlp: Language) -> None:
    assert one(nlp, "The deal is expected to close by year-end.").value == "2023-12-31"
