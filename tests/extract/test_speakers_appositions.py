"""Speakers named in an apposition, and pronouns that turn to a person just named."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from bot.extract.model import Quote, SourceKind
from bot.extract.pipeline import Pipeline, stages_through


def run(nlp: Language, text: str) -> list[Quote]:
    return Pipeline(nlp, stages_through("quotes")).work(text, date(2024, 5, 1)).quotes


def with_text(found: list[Quote], part: str) -> Quote:
    hits = [q for q in found if part in q.text]
    assert len(hits) == 1, found
    return hits[0]


def test_pronoun_turns_to_the_man_named_in_the_sentence_before(nlp: Language) -> None:
    text = (
        '"We kept every promise," Garcia told the council. She added that fares would fall.\n\n'
        "The drivers' spokesman, Pavel Novak, disputed that. "
        '"Not one promise was kept," he said on Friday.'
    )
    q = with_text(run(nlp, text), "Not one promise")
    assert q.speaker is not None and q.speaker.name == "Pavel Novak"


def test_a_role_then_a_name_keeps_both(nlp: Language) -> None:
    text = "Prices will rise again in spring, the bakery's head of sales, Maria Costa, told the Herald."
    q = with_text(run(nlp, text), "Prices will rise")
    assert q.speaker is not None and q.speaker.name == "Maria Costa"
    assert q.speaker.kind == SourceKind.PERSON
    assert q.speaker.role is not None and "head of sales" in q.speaker.role


def test_a_possessive_role_then_a_name_the_ner_misses(nlp: Language) -> None:
    q = with_text(run(nlp, "Its treasurer, Helen Park, said the fund was empty."), "fund was empty")
    assert q.speaker is not None and q.speaker.name == "Helen Park"
    assert q.speaker.kind == SourceKind.PERSON


def test_an_organisation_named_after_its_description(nlp: Language) -> None:
    text = "The water utility, Aguas Claras, said supplies would be cut overnight."
    q = with_text(run(nlp, text), "supplies would be cut")
    assert q.speaker is not None and q.speaker.name == "Aguas Claras"
    assert q.speaker.kind == SourceKind.ORGANISATION


def test_a_later_role_mention_is_the_person_given_that_role(nlp: Language) -> None:
    text = (
        "Ticket prices will rise in May, said Culture Minister Sofia Lind. "
        "Lind told reporters the theatres had agreed.\n\n"
        'Asked about the unions, the minister said: "We will talk to everyone."'
    )
    found = run(nlp, text)
    for part in ("Ticket prices", "theatres had agreed", "talk to everyone"):
        q = with_text(found, part)
        assert q.speaker is not None and q.speaker.name == "Sofia Lind", q
        assert q.speaker.role == "Culture Minister"


def test_a_later_mention_of_an_organisation_by_its_description(nlp: Language) -> None:
    text = (
        "The water utility, Aguas Claras, said supplies would be cut overnight. "
        "Tankers will serve the hospitals, the utility said."
    )
    q = with_text(run(nlp, text), "Tankers will serve")
    assert q.speaker is not None and q.speaker.name == "Aguas Claras"


def test_his_office_is_the_office_of_the_man_just_named(nlp: Language) -> None:
    text = (
        "The governor, Peter Hale, will sign the budget on Monday. "
        "His office said the ceremony would be private."
    )
    q = with_text(run(nlp, text), "ceremony would be private")
    assert q.speaker is not None and q.speaker.name == "Peter Hale's office"
    assert q.speaker.kind == SourceKind.ORGANISATION


def test_a_refusal_by_an_organisation_named_in_apposition(nlp: Language) -> None:
    text = (
        "The Farmers League wants lower tariffs, while its old rival, the Rural Union, "
        "has refused to back the bill."
    )
    q = with_text(run(nlp, text), "back the bill")
    assert q.cue == "has refused"
    assert q.speaker is not None and q.speaker.name == "Rural Union"
    assert q.speaker.kind == SourceKind.ORGANISATION


def test_headline_words_do_not_stick_to_a_name(nlp: Language) -> None:
    text = (
        "Merkel Speech Warns Europe on Energy\n\n"
        "Chancellor Angela Merkel gave a speech in Berlin on Monday. "
        '"We cannot wait any longer," Merkel said.'
    )
    q = with_text(run(nlp, text), "wait any longer")
    assert q.speaker is not None and q.speaker.name == "Angela Merkel"
    assert q.speaker.role == "Chancellor"


def test_a_headline_word_is_not_part_of_the_only_full_name(nlp: Language) -> None:
    text = (
        "Merkel Speech Warns Europe on Energy\n\n"
        "Merkel gave a speech in Berlin on Monday. "
        '"We cannot wait any longer," Merkel said.'
    )
    q = with_text(run(nlp, text), "wait any longer")
    assert q.speaker is not None and q.speaker.name == "Merkel"


def test_a_name_described_as_a_broadcaster_is_an_outlet(nlp: Language) -> None:
    text = "Public broadcaster RTE said the talks had failed."
    q = with_text(run(nlp, text), "talks had failed")
    assert q.speaker is not None and q.speaker.name == "RTE"
    assert q.speaker.kind == SourceKind.OUTLET


def test_a_role_in_the_headline_is_the_person_the_story_names(nlp: Language) -> None:
    text = (
        "Ferry fares to rise in spring, minister says\n\n"
        "Ferry fares will rise by 8 percent in April, said Transport Minister Eva Holm."
    )
    q = with_text(run(nlp, text), "Ferry fares to rise")
    assert q.speaker is not None and q.speaker.name == "Eva Holm"
