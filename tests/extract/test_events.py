"""Expected events: certainty, participants, place, time window, merging, past vs future."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from bot.extract.events import extract_events
from bot.extract.model import Certainty, Entity, Event, SourceKind
from bot.extract.pipeline import Pipeline
from bot.extract.timex import extract_timexes

PUBLISHED = date(2023, 9, 6)
SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "america-enemies-join-forces.md"


def events(nlp: Language, text: str, entities: list[Entity] | None = None) -> list[Event]:
    doc = nlp(text)
    return extract_events(
        doc, published=PUBLISHED, timexes=extract_timexes(doc, PUBLISHED), entities=entities
    )


def only(nlp: Language, text: str) -> Event:
    found = events(nlp, text)
    assert len(found) == 1, found
    return found[0]


def test_will_visit_is_expected_with_place_and_window(nlp: Language) -> None:
    e = only(nlp, "Angela Merkel will visit France next week.")
    assert e.text == "Angela Merkel visits France"
    assert e.certainty is Certainty.EXPECTED
    assert e.participants == ("Angela Merkel",)
    assert e.place == "France"
    assert (e.earliest, e.latest) == (date(2023, 9, 11), date(2023, 9, 17))


def test_is_scheduled_is_scheduled(nlp: Language) -> None:
    e = only(nlp, "Joe Biden is scheduled to travel to Ohio on Friday.")
    assert e.certainty is Certainty.SCHEDULED
    assert e.when is not None and e.when.value == "2023-09-08"


def test_will_hold_on_a_set_date_is_scheduled(nlp: Language) -> None:
    e = only(nlp, "Joe Biden will hold a rally in Ohio on March 24.")
    assert e.certainty is Certainty.SCHEDULED
    assert e.earliest == e.latest == date(2024, 3, 24)


@pytest.mark.parametrize("cue", ["might", "could", "may"])
def test_modal_hedges_make_it_possible(nlp: Language, cue: str) -> None:
    e = only(nlp, f"Angela Merkel {cue} visit France next week.")
    assert e.certainty is Certainty.POSSIBLE


def test_likely_makes_it_possible(nlp: Language) -> None:
    e = only(nlp, "Angela Merkel will most likely visit France next week.")
    assert e.certainty is Certainty.POSSIBLE


def test_expected_event_noun(nlp: Language) -> None:
    e = only(nlp, "A summit between Joe Biden and Xi Jinping is expected next month.")
    assert e.certainty is Certainty.EXPECTED
    assert set(e.participants) == {"Joe Biden", "Xi Jinping"}
    assert e.when is not None and e.when.value == "2023-10"


def test_past_event_is_not_expected(nlp: Language) -> None:
    assert events(nlp, "Sergey Shoygu visited North Korea last month.") == []


def test_reported_past_plan_is_not_expected(nlp: Language) -> None:
    assert events(nlp, "Last month, officials said he would visit Paris in August.") == []


def test_negated_plan_is_not_an_event(nlp: Language) -> None:
    assert events(nlp, "Angela Merkel will not visit France next week.") == []


def test_other_participant_comes_from_the_object(nlp: Language) -> None:
    e = only(nlp, "Angela Merkel will meet Emmanuel Macron in Paris on Monday.")
    assert e.participants == ("Angela Merkel", "Emmanuel Macron")
    assert e.place == "Paris"


def test_names_resolve_to_the_fullest_form_from_entities(nlp: Language) -> None:
    text = "Angela Merkel spoke on Monday. Merkel will visit France next week."
    merkel = Entity("Angela Merkel", SourceKind.PERSON, aliases=("Merkel",))
    assert events(nlp, text, [merkel])[0].participants[0] == "Angela Merkel"


def test_names_resolve_to_the_fullest_form_without_entities(nlp: Language) -> None:
    text = "Angela Merkel spoke on Monday. Merkel will visit France next week."
    assert events(nlp, text)[0].participants[0] == "Angela Merkel"


def test_pronoun_subject_is_the_last_person_named(nlp: Language) -> None:
    e = only(nlp, "Angela Merkel spoke on Monday. She will visit France next week.")
    assert e.participants[0] == "Angela Merkel"


def test_mentions_of_one_visit_merge_with_the_tightest_window(nlp: Language) -> None:
    text = (
        "Angela Merkel will visit France later this month. "
        "The visit is expected within days. "
        "Merkel would travel by armoured train."
    )
    found = events(nlp, text)
    assert len(found) == 1, found
    e = found[0]
    assert (e.earliest, e.latest) == (date(2023, 9, 6), date(2023, 9, 13))
    assert "by armoured train" in e.details


def test_different_people_do_not_merge(nlp: Language) -> None:
    text = "Angela Merkel will visit France next week. Joe Biden will visit Japan next month."
    assert [e.participants[0] for e in events(nlp, text)] == ["Angela Merkel", "Joe Biden"]


def test_sample_article_kim_visit(nlp: Language) -> None:
    text = SAMPLE.read_text(encoding="utf-8").split("---", 2)[2]
    work = Pipeline(nlp).work(text, PUBLISHED)
    visits = [e for e in work.events if e.participants and e.participants[0] == "Kim Jong-un"]
    assert len(visits) == 1, work.events
    e = visits[0]
    assert e.text == "Kim Jong-un visits Russia"
    assert "Vladimir Putin" in e.participants
    assert e.certainty is Certainty.EXPECTED
    assert e.place == "Vladivostok"
    assert any("Moscow" in d for d in e.details)
    assert any("armored train" in d for d in e.details)
    assert e.earliest == PUBLISHED
    assert e.latest is not None and e.latest <= date(2023, 9, 14)
    # the past happenings of the article are not expected events
    assert not any("Shoygu" in p for ev in work.events for p in ev.participants)
    past = {t.text: t for t in work.timexes}
    assert past["last month"].value == "2023-08"
    assert past["almost 20 months ago"].value == "2022-01"
    assert past["Earlier this week"].latest == PUBLISHED


def test_would_without_a_time_alone_is_not_an_event(nlp: Language) -> None:
    assert events(nlp, "Angela Merkel would visit France.") == []


def test_past_scheduled_noun_is_not_expected(nlp: Language) -> None:
    assert events(nlp, "The vote was scheduled for Tuesday.") == []


def test_will_be_scheduled_is_not_yet_scheduled(nlp: Language) -> None:
    e = only(nlp, "A vote will be scheduled next week.")
    assert e.certainty is Certainty.EXPECTED
    assert e.text.startswith("A vote")


def test_plural_subject_keeps_a_plural_verb(nlp: Language) -> None:
    e = only(nlp, "Civil rights leaders will meet Joe Biden on Nov. 1.")
    assert e.text.startswith("Civil rights leaders meet")


def test_generic_future_verb_without_a_set_time_is_not_an_event(nlp: Language) -> None:
    assert events(nlp, "The tax plan would raise $1 billion over ten years.") == []
