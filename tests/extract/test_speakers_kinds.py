"""Source kinds: officials only for institutions, groups unnamed, second mentions keep their kind."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.extract.model import Quote, SourceKind
from bot.extract.pipeline import Pipeline, stages_through


def run(nlp: Language, text: str) -> list[Quote]:
    return Pipeline(nlp, stages_through("quotes")).work(text, date(2024, 5, 1)).quotes


def kind_of(nlp: Language, text: str) -> SourceKind:
    (q,) = run(nlp, text)
    assert q.speaker is not None
    return q.speaker.kind


@pytest.mark.parametrize(
    "group", ["Market analysts", "The plan's critics", "Federal regulators", "Local residents"]
)
def test_groups_without_an_institution_are_unnamed(nlp: Language, group: str) -> None:
    assert kind_of(nlp, f"{group} say the new tariff will raise prices.") == SourceKind.UNNAMED


def test_officials_of_a_place_are_officials(nlp: Language) -> None:
    assert kind_of(nlp, "French officials said the border would reopen.") == SourceKind.OFFICIALS


def test_a_ministry_is_an_organisation(nlp: Language) -> None:
    text = "The health ministry has warned that the clinics could close."
    assert kind_of(nlp, text) == SourceKind.ORGANISATION


def test_a_second_mention_of_anonymous_officials_stays_anonymous(nlp: Language) -> None:
    text = (
        "The port will close next week, three officials who requested anonymity said. "
        "The closure could last a month, the officials said."
    )
    found = run(nlp, text)
    assert len(found) == 2
    assert all(q.speaker is not None and q.speaker.kind == SourceKind.ANONYMOUS for q in found)


def test_reported_speech_by_an_unresolved_pronoun_is_kept_as_unnamed(nlp: Language) -> None:
    (q,) = run(nlp, "They said the ferry would stop running in winter.")
    assert q.speaker is not None and q.speaker.name == "They"
    assert q.speaker.kind == SourceKind.UNNAMED


def test_a_direct_quote_by_an_unresolved_pronoun_is_left_out(nlp: Language) -> None:
    assert run(nlp, '"The ferry will stop in winter," he said.') == []


def test_a_titled_name_the_tagger_mislabels_is_a_person(nlp: Language) -> None:
    # The name recogniser tags "Mayor Ilse Varga" as a work of art.
    (q,) = run(nlp, '"It is over," Mayor Ilse Varga said.')
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind, q.speaker.role) == ("Ilse Varga", SourceKind.PERSON, "Mayor")


def test_an_organisation_keeps_a_title_word_in_its_name(nlp: Language) -> None:
    (q,) = run(nlp, "The Justice Department said the inquiry would continue.")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("Justice Department", SourceKind.ORGANISATION)


def test_a_spokesman_named_in_apposition_is_a_person(nlp: Language) -> None:
    # The name recogniser tags "Eli Navarro" as an organisation here.
    text = 'A spokesman for her campaign, Eli Navarro, said she "has nothing to hide."'
    (q,) = run(nlp, text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("Eli Navarro", SourceKind.PERSON)


def test_the_mayor_is_the_mayor_the_article_named(nlp: Language) -> None:
    text = (
        "Mayor Ottilie Vranek presented the tram plan on Monday. "
        "The mayor said the project would be paid for partly by a regional grant."
    )
    (q,) = run(nlp, text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.mention) == ("Ottilie Vranek", "The mayor")


def test_a_role_mentioned_in_passing_is_not_the_persons(nlp: Language) -> None:
    text = (
        "Lena Ohm, wife of the president, opened the clinic. Ansel Brook, President of the "
        "bar association, spoke too. The president said the clinic was overdue."
    )
    (q,) = run(nlp, text)
    assert q.speaker is not None and q.speaker.name != "Lena Ohm"
