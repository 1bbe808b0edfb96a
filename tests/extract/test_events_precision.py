"""Expected events need a real participant and their own time: junk dropped, real plans kept."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.extract.events import extract_events
from bot.extract.model import Certainty, Event
from bot.extract.timex import extract_timexes

PUBLISHED = date(2023, 9, 6)  # a Wednesday


def events(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    return extract_events(doc, published=PUBLISHED, timexes=extract_timexes(doc, PUBLISHED))


def only(nlp: Language, text: str) -> Event:
    found = events(nlp, text)
    assert len(found) == 1, found
    return found[0]


def test_committee_vote_on_a_set_date(nlp: Language) -> None:
    e = only(nlp, "The committee will vote on the bill on March 24.")
    assert e.participants == ("The committee",)
    assert e.certainty is Certainty.SCHEDULED
    assert e.earliest == e.latest == date(2024, 3, 24)


def test_plan_of_a_name_the_tagger_missed(nlp: Language) -> None:
    e = only(nlp, "Ruiz plans to visit Madrid next week.")
    assert e.participants == ("Ruiz",)
    assert e.place == "Madrid"
    assert (e.earliest, e.latest) == (date(2023, 9, 11), date(2023, 9, 17))


def test_scheduled_launch_with_no_one_named(nlp: Language) -> None:
    e = only(nlp, "The launch is scheduled for no earlier than 2030.")
    assert e.certainty is Certainty.SCHEDULED
    assert (e.earliest, e.latest) == (date(2030, 1, 1), None)


def test_talks_expected_to_resume(nlp: Language) -> None:
    e = only(nlp, "Talks are expected to resume within days.")
    assert e.certainty is Certainty.EXPECTED
    assert e.text.startswith("Talks")
    assert e.earliest == PUBLISHED and e.latest is not None and e.latest <= date(2023, 9, 13)


@pytest.mark.parametrize(
    "text",
    [
        "Intense wrangling could paralyze the party for weeks.",
        "Inflation will rise next year.",
        "Her full interview will premiere on Sept. 30 on a streaming service.",
        "The accord is expected to be ratified next month in Rwanda.",
    ],
)
def test_forecast_about_things_is_not_an_event(nlp: Language, text: str) -> None:
    assert events(nlp, text) == []


def test_time_of_the_saying_does_not_date_the_plan(nlp: Language) -> None:
    assert events(nlp, "Graham told reporters on Thursday that Trump could embrace a clean energy policy.") == []


def test_relative_time_said_in_the_past_is_gone(nlp: Language) -> None:
    assert events(nlp, "Two weeks ago, Trump said his wife would speak in a few weeks.") == []


def test_day_of_another_event_does_not_date_the_plan(nlp: Language) -> None:
    assert events(nlp, "He plans to put the money to good use after Monday's debate.") == []


def test_hold_without_an_event_is_not_a_happening(nlp: Language) -> None:
    assert events(nlp, "Clinton will hold firm on her commitments next year.") == []
    assert only(nlp, "South Korea will hold elections next year.").text == "South Korea holds elections"


def test_a_length_received_is_not_a_time(nlp: Language) -> None:
    assert events(nlp, "Same-sex couples would receive the six weeks of paid leave.") == []


def test_passive_subject_is_not_lent_to_an_active_verb(nlp: Language) -> None:
    e = only(nlp, "Florida will be flooded with visitors this week, and Bill Clinton will travel to Tampa on Friday.")
    assert e.participants[0] == "Bill Clinton"
    assert e.place == "Tampa"


def test_passive_with_a_doer_names_the_doer_and_the_thing(nlp: Language) -> None:
    e = only(nlp, "The bill will be signed by President Joe Biden on Friday.")
    assert e.participants[0] == "Joe Biden"
    assert e.text.lower() == "joe biden signs the bill"


def test_place_tagged_as_a_person_does_not_take_part(nlp: Language) -> None:
    e = only(nlp, "Zelensky returned to Kyiv on Sunday. He will meet European leaders next week.")
    assert e.participants[0] == "Zelensky"


def test_subject_of_the_infinitive_is_the_doer(nlp: Language) -> None:
    e = only(nlp, "The campaign expects Lester Holt to moderate the debate on Monday.")
    assert e.participants[0] == "Lester Holt"


def test_role_is_not_resolved_to_the_person_it_meets(nlp: Language) -> None:
    e = only(nlp, "George Bush spoke on Monday. The monarch will meet Bush on Thursday in Maine.")
    assert e.participants[0] == "The monarch"
    assert "George Bush" in e.participants or "Bush" in e.participants


def test_begin_needs_a_happening(nlp: Language) -> None:
    assert events(nlp, "Analysts say Bernie Sanders will begin to lose support next week.") == []
    assert only(nlp, "The trial will begin on Monday.").text == "The trial begins"


def test_happening_subject_reads_as_a_sentence(nlp: Language) -> None:
    assert only(nlp, "The concert will take place in Los Angeles on Feb. 5.").text == "The concert takes place"


def test_passive_without_a_doer_keeps_the_passive(nlp: Language) -> None:
    e = only(nlp, "The first votes will be counted Tuesday in three small towns.")
    assert e.text.startswith("The first votes are counted")


def test_joint_subjects_are_both_named(nlp: Language) -> None:
    e = only(nlp, "Anderson Cooper and Martha Raddatz are scheduled to moderate the second debate on Oct. 9.")
    assert e.text.startswith("Anderson Cooper and Martha Raddatz moderate")
    assert set(e.participants) >= {"Anderson Cooper", "Martha Raddatz"}


def test_time_a_when_clause_hangs_on_dates_it(nlp: Language) -> None:
    e = only(nlp, "Troops will stay in the city through Sunday, when the Carolina Panthers are set to host a game.")
    assert e.participants[0] == "Carolina Panthers"
    assert e.when is not None and e.when.value == "2023-09-10"


def test_owner_of_a_happening_takes_part_without_being_its_object(nlp: Language) -> None:
    e = only(nlp, "Barack Obama's veto is expected to come before midnight Friday.")
    assert "Barack Obama" in e.participants
    assert "to Barack Obama" not in e.text


def test_short_event_verb_is_kept(nlp: Language) -> None:
    e = only(nlp, "Voters in Ohio will go to the polls on Nov. 7.")
    assert e.participants[0] == "Voters"
    assert e.earliest == date(2023, 11, 7)


def test_go_without_a_destination_is_not_a_trip(nlp: Language) -> None:
    assert events(nlp, "Donald Trump will go on offense against his critics.") == []
    assert only(nlp, "Donald Trump will go to Ohio on Friday.").place == "Ohio"


def test_lower_case_word_the_tagger_calls_a_name_is_no_one(nlp: Language) -> None:
    assert events(nlp, "I want you to know something—we’re going to go all the way to Cleveland.") == []
