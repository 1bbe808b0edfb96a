"""Expected events: clean summaries and participants, times counted from other happenings,
deadlines, lower bounds ("no earlier than") and repeating times."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.extract.events import extract_events
from bot.extract.model import Certainty, Event
from bot.extract.timex import extract_timexes

PUBLISHED = date(2025, 3, 12)  # a Wednesday


def events(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    return extract_events(doc, published=PUBLISHED, timexes=extract_timexes(doc, PUBLISHED))


def one(nlp: Language, text: str, starts: str) -> Event:
    found = [e for e in events(nlp, text) if e.text.startswith(starts)]
    assert len(found) == 1, events(nlp, text)
    return found[0]


# Summaries and participants


@pytest.mark.parametrize("opener", ["After that", "Before then", "In the meantime"])
def test_summary_leaves_out_time_and_discourse_phrases(nlp: Language, opener: str) -> None:
    e = one(nlp, f"{opener}, the planning board will meet on Tuesday to discuss the budget.", "The planning board")
    assert e.text == "The planning board meets"
    assert (e.earliest, e.latest) == (date(2025, 3, 18), date(2025, 3, 18))


def test_participants_are_never_dates(nlp: Language) -> None:
    text = "The appeals court will rule in May. A spokeswoman said a ruling could come as early as May 6."
    for e in events(nlp, text):
        assert not any(p.split()[0] in ("May", "April", "Friday") for p in e.participants), e
    court = one(nlp, text, "The appeals court")
    assert court.participants == ("The appeals court",)
    assert (court.earliest, court.latest) == (date(2025, 5, 6), date(2025, 5, 31))  # "as early as" bounds it


def test_a_meeting_does_not_do_what_an_amendment_does(nlp: Language) -> None:
    text = "Ortiz said she would present a motion at the May 5 session that would link the grants to a new school."
    assert not any(e.text.startswith("The May 5 session") for e in events(nlp, text))


# Times counted from another happening


def test_within_hours_if_it_passes_counts_from_the_vote(nlp: Language) -> None:
    text = (
        "The state senate will vote on the measure on April 2. "
        "Governor Maria Lopez is expected to sign it within 72 hours if it is approved."
    )
    e = one(nlp, text, "Maria Lopez")
    assert (e.earliest, e.latest) == (date(2025, 4, 2), date(2025, 4, 5))


def test_the_following_morning_counts_from_the_happening_just_told(nlp: Language) -> None:
    text = (
        "The state senate will vote on the measure on April 2. "
        "Governor Maria Lopez said she would hold a news conference the following morning."
    )
    e = one(nlp, text, "Maria Lopez")
    assert (e.earliest, e.latest) == (date(2025, 4, 3), date(2025, 4, 3))


def test_days_after_the_named_happening(nlp: Language) -> None:
    text = "Lawmakers will vote on the bill on May 3. Governor Ann Lee has said she will sign it two days after the vote."
    e = one(nlp, text, "Ann Lee")
    assert (e.earliest, e.latest) == (date(2025, 5, 5), date(2025, 5, 5))


def test_relative_time_without_an_anchor_stays_open(nlp: Language) -> None:
    e = one(nlp, "Governor Maria Lopez is expected to sign it within 72 hours if it passes.", "Maria Lopez")
    assert (e.earliest, e.latest) == (None, None)  # not 12-15 March: the count starts at the vote
    assert e.when is not None and (e.when.earliest, e.when.latest) == (None, None)


def test_a_length_of_another_happening_gets_no_window_from_publication(nlp: Language) -> None:
    doc = nlp("Half of the flights would be grounded during the first 72 hours of the walkout.")
    (timex,) = [t for t in extract_timexes(doc, PUBLISHED) if "72" in t.text]
    assert (timex.earliest, timex.latest) == (None, None)


# Deadlines, lower bounds, repeating times


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The audit report is due on June 30.", (date(2025, 6, 30), date(2025, 6, 30))),
        ("Investors await third-quarter earnings, which are due in late October.", (date(2025, 10, 21), date(2025, 10, 31))),
    ],
)
def test_due_is_a_scheduled_deadline_at_its_own_time(nlp: Language, text: str, due: tuple[date, date]) -> None:
    (e,) = [e for e in events(nlp, text) if "due" in e.text]
    assert e.certainty is Certainty.SCHEDULED
    assert (e.earliest, e.latest) == due
    assert e.participants == ()


def test_what_was_due_is_past(nlp: Language) -> None:
    assert events(nlp, "The study was originally due in January.") == []


@pytest.mark.parametrize(
    ("text", "start", "year"),
    [
        ("The new bridge will not be completed until no earlier than 2031.", "The new bridge", 2031),
        ("The museum would not reopen until 2028 at the earliest, its director said.", "The museum", 2028),
    ],
)
def test_not_until_opens_a_window_from_the_bound(nlp: Language, text: str, start: str, year: int) -> None:
    e = one(nlp, text, start)
    assert (e.earliest, e.latest) == (date(year, 1, 1), None)
    assert e.certainty in (Certainty.EXPECTED, Certainty.POSSIBLE)
    assert "at the earliest" not in e.text


def test_plain_negation_is_still_no_event(nlp: Language) -> None:
    assert events(nlp, "Angela Merkel will not visit France next week.") == []


def test_can_until_a_day_is_a_deadline(nlp: Language) -> None:
    e = one(nlp, "Voters can apply for a postal ballot until April 20, the electoral office said.", "Voters")
    assert e.certainty is Certainty.SCHEDULED
    assert (e.earliest, e.latest) == (PUBLISHED, date(2025, 4, 20))


def test_can_without_a_deadline_is_no_event(nlp: Language) -> None:
    assert events(nlp, "Residents can comment on the plan online.") == []


def test_repeating_time_is_not_one_window(nlp: Language) -> None:
    e = one(nlp, "The water authority said it would sample the river every six hours.", "The water authority")
    assert e.when is not None and e.when.type == "SET"
    assert (e.earliest, e.latest) == (None, None)


def test_present_tense_with_a_day_ahead_is_scheduled(nlp: Language) -> None:
    e = one(nlp, "The zoning committee meets on Friday.", "The zoning committee")
    assert e.certainty is Certainty.SCHEDULED
    assert e.earliest == e.latest == date(2025, 3, 14)
    assert events(nlp, "The zoning committee meets every month.") == []


def test_it_in_a_reported_plan_is_the_body_that_said_it(nlp: Language) -> None:
    e = one(nlp, "The builder, Castle Rock Homes, said it would publish a revised plan within days.", "Castle Rock Homes")
    assert e.participants[0] == "Castle Rock Homes"
    assert events(nlp, "Fire chief Samuel Okafor said it would burn for at least another 24 hours.") == []


def test_negated_expectation_is_no_event_unless_it_waits_for_a_time(nlp: Language) -> None:
    assert events(nlp, "The president is not expected to visit Paris next week.") == []
    e = one(nlp, "The plant is not expected to open until 2029.", "The plant")
    assert (e.earliest, e.latest) == (date(2029, 1, 1), None)
    assert e.trigger == "is not expected to open"


def test_may_until_a_day_is_a_deadline_and_may_alone_a_possibility(nlp: Language) -> None:
    e = one(nlp, "Applicants may register until April 4.", "Applicants")
    assert e.latest == date(2025, 4, 4)
    assert one(nlp, "Angela Merkel may visit France next week.", "Angela Merkel").certainty is Certainty.POSSIBLE


@pytest.mark.parametrize(
    ("second", "window"),
    [
        ("A week later, President Joe Biden will sign the bill.", (date(2025, 4, 16), date(2025, 4, 16))),
        ("Joe Biden will sign the bill shortly after the vote.", (date(2025, 4, 9), date(2025, 4, 12))),
        ("Joe Biden will sign the bill after the vote.", (date(2025, 4, 9), None)),
    ],
)
def test_later_and_after_count_from_the_happening(nlp: Language, second: str, window: tuple[date, date | None]) -> None:
    e = one(nlp, f"The senate will vote on April 9. {second}", "Joe Biden")
    assert (e.earliest, e.latest) == window


def test_later_with_nothing_before_has_no_window_from_publication(nlp: Language) -> None:
    e = one(nlp, "Two days later, Joe Biden will sign the bill.", "Joe Biden")
    assert (e.earliest, e.latest) == (None, None)


def test_a_body_that_can_act_is_no_milestone(nlp: Language) -> None:
    e = one(nlp, "In a statement, the company said it will launch the phone on April 3.", "The company")
    assert e.participants == ("The company",)


def test_unlikely_before_and_not_due_until_are_lower_bounds(nlp: Language) -> None:
    e = one(nlp, "The new terminal is unlikely to open before 2027.", "The new terminal")
    assert (e.earliest, e.latest, e.certainty) == (date(2027, 1, 1), None, Certainty.POSSIBLE)
    assert events(nlp, "Angela Merkel is unlikely to visit France next week.") == []
    due = one(nlp, "Final approval is not due until June.", "Final approval")
    assert (due.earliest, due.latest, due.certainty) == (date(2025, 6, 1), None, Certainty.EXPECTED)


def test_a_lower_bound_on_a_day_is_not_a_set_date(nlp: Language) -> None:
    e = one(nlp, "The ferry service will not resume until at least April 15.", "The ferry service")
    assert (e.earliest, e.latest) == (date(2025, 4, 15), None)
    assert e.certainty is Certainty.EXPECTED


def test_a_repeat_count_is_kept_in_the_details(nlp: Language) -> None:
    e = one(nlp, "Inspectors will visit the site twice a week.", "Inspectors")
    assert "repeats twice a week" in e.details
    assert (e.earliest, e.latest) == (None, None)
