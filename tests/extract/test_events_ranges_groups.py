"""Expected events: date ranges keep both ends, present-tense schedules of event nouns,
and unrelated happenings of one kind stay apart."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.extract.events import extract_events
from bot.extract.model import Certainty, Event
from bot.extract.pipeline import Pipeline
from bot.extract.timex import extract_timexes

PUBLISHED = date(2025, 3, 10)  # a Monday


def events(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    return extract_events(doc, published=PUBLISHED, timexes=extract_timexes(doc, PUBLISHED))


def window(e: Event) -> tuple[date | None, date | None]:
    return e.earliest, e.latest


# Ranges: the window runs to the end of the second date.


@pytest.mark.parametrize(
    "text",
    [
        "The union will hold talks with the ministry from March 18 to March 20.",
        "The union will hold talks with the ministry between March 18 and March 20.",
        "The union will hold talks with the ministry from March 18 through March 20.",
        "The union will hold talks with the ministry March 18-20.",
    ],
)
def test_a_range_gives_a_window_from_its_first_to_its_last_day(nlp: Language, text: str) -> None:
    (e,) = events(nlp, text)
    assert window(e) == (date(2025, 3, 18), date(2025, 3, 20)), e


def test_two_dates_that_are_not_a_range_keep_the_one_that_dates_the_event(nlp: Language) -> None:
    (e,) = [e for e in events(nlp, "The board will vote on March 18, and the results come out in May.") if "board" in e.text]
    assert window(e) == (date(2025, 3, 18), date(2025, 3, 18))


# Present tense with a day ahead: the event noun is the subject.


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The Kelso folk festival runs from April 3 to April 6 in Dunmore Park.", date(2025, 4, 3), date(2025, 4, 6)),
        ("The fraud trial resumes on March 24 at the crown court.", date(2025, 3, 24), date(2025, 3, 24)),
        ("The harbour festival takes place on Saturday.", date(2025, 3, 15), date(2025, 3, 15)),
    ],
)
def test_an_event_noun_with_a_present_verb_and_a_day_ahead_is_scheduled(
    nlp: Language, text: str, first: date, last: date
) -> None:
    (e,) = events(nlp, text)
    assert e.certainty is Certainty.SCHEDULED
    assert window(e) == (first, last)


def test_an_event_noun_with_a_present_verb_and_no_day_is_no_event(nlp: Language) -> None:
    assert events(nlp, "The festival runs every summer in Dunmore Park.") == []


# Grouping: one kind of happening is not one happening.


def test_talks_of_others_do_not_lend_their_date_to_a_visit(nlp: Language) -> None:
    text = (
        "Talks between the two dockworkers' unions are scheduled for March 18. "
        "The minister is expected to visit Tallinn later this month."
    )
    visit = next(e for e in events(nlp, text) if "minister" in e.text)
    assert visit.participants == ("The minister",)
    assert window(visit) == (date(2025, 3, 10), date(2025, 3, 31))
    assert visit.certainty is Certainty.EXPECTED


def test_a_bare_event_noun_does_not_join_two_named_parties(nlp: Language) -> None:
    text = (
        "The city council meets on March 24. Talks are scheduled for March 18. "
        "The minister is expected to visit Tallinn later this month."
    )
    council = next(e for e in events(nlp, text) if e.text.startswith("The city council"))
    assert council.participants == ("The city council",)
    assert council.place is None


def test_the_visit_still_takes_up_the_visit_named_before(nlp: Language) -> None:
    text = "The minister will visit Tallinn this month. The visit is expected on March 18."
    (e,) = events(nlp, text)
    assert e.participants == ("The minister",)
    assert window(e) == (date(2025, 3, 18), date(2025, 3, 18))


def test_a_between_range_reads_whole(nlp: Language) -> None:
    (e,) = events(nlp, "The union will hold talks with the ministry between March 18 and March 20.")
    assert e.when is not None
    assert e.when.text == "between March 18 and March 20"
    assert e.when.value == "2025-03-18/2025-03-20"


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Ruta Kalnina said the union would hold a ballot on March 17.", "The union holds a ballot"),
        ("The party will hold a primary on June 3.", "The party holds a primary"),
        ("A recount is expected next week.", "A recount"),
    ],
)
def test_votes_of_every_name_are_events(nlp: Language, text: str, starts: str) -> None:
    assert any(e.text.startswith(starts) for e in events(nlp, text)), events(nlp, text)


# Doers named by what they do, phrasal verbs, and things published on a date.


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        ("Nurses at the county hospital will walk out on Friday.", "Nurses walk out"),
        ("Dockworkers could strike as early as next week.", "Dockworkers strike"),
        ("Firefighters in Ostrava will vote on the offer on Tuesday.", "Firefighters vote on the offer"),
        ("The audit report will be published on Friday.", "The audit report is published"),
    ],
)
def test_people_named_by_their_work_and_published_things_make_events(nlp: Language, text: str, summary: str) -> None:
    assert [e.text for e in events(nlp, text)] == [summary]


def test_walking_is_not_walking_out(nlp: Language) -> None:
    found = events(nlp, "Nurses at the county hospital will walk to the park on Friday.")
    assert all("walk out" not in e.text for e in found), found


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        ("The senator faces a confirmation hearing on Thursday.", "The senator faces a confirmation hearing"),
        ("Ortega awaits sentencing in May.", "Ortega awaits sentencing"),
        ("Lindqvist faces a retrial in May.", "Lindqvist faces a retrial"),
    ],
)
def test_who_faces_a_hearing_undergoes_it(nlp: Language, text: str, summary: str) -> None:
    assert [e.text for e in events(nlp, text)] == [summary]


def test_what_someone_faced_is_past(nlp: Language) -> None:
    assert events(nlp, "The senator faced a confirmation hearing last Thursday.") == []


def test_who_faces_re_election_is_the_named_person(nlp: Language) -> None:
    text = "Mayor Ines Korhonen, who faces re-election in November, declined to comment."
    for published in (date(2025, 6, 4), date(2025, 3, 10)):  # November behind or ahead: the coming one
        (e,) = Pipeline(nlp).extract(text, published).events
        assert (e.text, e.participants) == ("Ines Korhonen faces re-election", ("Ines Korhonen",))
        assert window(e) == (date(2025, 11, 1), date(2025, 11, 30))


def test_a_present_verb_with_a_month_behind_means_the_coming_one(nlp: Language) -> None:
    (e,) = events(nlp, "The new tram line opens to passengers in February.")
    assert window(e) == (date(2026, 2, 1), date(2026, 2, 28))


# Present tense to the month, postponements, obligations, departures.


def test_present_tense_with_a_month_ahead_is_expected(nlp: Language) -> None:
    (e,) = events(nlp, "The new tram line opens to passengers in September.")
    assert e.certainty is Certainty.EXPECTED
    assert window(e) == (date(2025, 9, 1), date(2025, 9, 30))


def test_a_habit_is_not_an_event(nlp: Language) -> None:
    assert events(nlp, "The council meets every Tuesday in the old town hall.") == []


def test_a_postponed_hearing_is_due_on_its_new_day(nlp: Language) -> None:
    (e,) = events(nlp, "The extradition hearing has been postponed until July 2.")
    assert window(e) == (date(2025, 7, 2), date(2025, 7, 2))


def test_a_postponement_in_the_past_with_no_new_day_is_no_event(nlp: Language) -> None:
    assert events(nlp, "The extradition hearing was postponed last week.") == []


def test_must_be_held_within_days(nlp: Language) -> None:
    (e,) = events(nlp, "New elections must be held within 90 days.")
    assert window(e) == (PUBLISHED, date(2025, 6, 8))


def test_heads_to_a_city_tomorrow(nlp: Language) -> None:
    (e,) = events(nlp, "The prime minister heads to Brussels tomorrow for an emergency summit.")
    assert e.text == "The prime minister heads to Brussels"
    assert window(e) == (date(2025, 3, 11), date(2025, 3, 11))


def test_a_present_verb_tagged_as_a_bare_form_still_counts(nlp: Language) -> None:
    (e,) = events(nlp, "Voters in Marlow go to the polls on Thursday.")
    assert window(e) == (date(2025, 3, 13), date(2025, 3, 13))


def test_a_happening_with_nobody_named_says_what_it_is_about(nlp: Language) -> None:
    (e,) = events(nlp, "The vote on the harbour budget is expected next week.")
    assert e.text == "The vote on the harbour budget is expected"


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        ("A larger trial, expected to begin next spring, should settle the question.", "A larger trial begins"),
        ("A new footbridge, scheduled to open in June, will ease traffic.", "A new footbridge opens"),
    ],
)
def test_a_noun_described_as_expected_is_the_happening(nlp: Language, text: str, summary: str) -> None:
    assert [e.text for e in events(nlp, text)] == [summary]


def test_the_summit_is_not_the_ministers_trip(nlp: Language) -> None:
    text = (
        "The foreign minister is expected to travel to Lima as soon as next week to prepare "
        "for a summit of the two presidents. The summit could take place before the end of the year."
    )
    found = events(nlp, text)
    trip = next(e for e in found if "minister" in e.text)
    assert trip.latest is None or trip.latest < date(2025, 12, 31), trip
    assert any(e.text.startswith("The summit") for e in found), found


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Brazil's foreign minister is expected to travel to Lima next week.", "Brazil's foreign minister"),
        ("The company's new chief executive will visit Oslo on Friday.", "The company's new chief executive"),
    ],
)
def test_an_unnamed_participant_reads_as_written(nlp: Language, text: str, who: str) -> None:
    (e,) = events(nlp, text)
    assert e.participants == (who,)


def test_a_name_that_swallowed_a_date_is_no_participant(nlp: Language) -> None:
    # The name recogniser tags "the ministry between March 18 and March 20" as one organisation.
    (e,) = events(nlp, "The union will hold talks with the ministry between March 18 and March 20.")
    assert not any("March" in p for p in e.participants), e.participants


def test_the_parties_to_unnamed_talks_take_part(nlp: Language) -> None:
    (e,) = events(nlp, "Talks between the two unions and the port authority are scheduled for March 18.")
    assert e.participants == ("the two unions", "the port authority")
    assert e.text.startswith("Talks between the two unions")
