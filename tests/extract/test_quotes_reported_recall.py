"""Reported speech the finder used to miss, and look-alikes that must stay out."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from bot.extract.model import Quote
from bot.extract.pipeline import Pipeline, stages_through


def run(nlp: Language, text: str) -> list[Quote]:
    return Pipeline(nlp, stages_through("quotes")).work(text, date(2024, 5, 1)).quotes


def by_speaker(found: list[Quote], name: str) -> Quote:
    hits = [q for q in found if q.speaker is not None and q.speaker.mention == name]
    assert len(hits) == 1, found
    return hits[0]


def test_headline_colon_names_its_source(nlp: Language) -> None:
    text = (
        "Varga: Harbour Tax Will Not Pass This Year.\n\n"
        "Senator Ilona Varga told reporters in Kestrel Bay that the vote would fail."
    )
    q = by_speaker(run(nlp, text), "Varga")
    assert q.text == "Harbour Tax Will Not Pass This Year"
    assert q.cue == ":"


def test_transcript_line_in_capitals(nlp: Language) -> None:
    text = (
        "Host Marta Quell spoke with Governor Teodor Brask on Sunday.\n\n"
        "QUELL: Will you sign the river bill before the recess, Governor?\n\n"
        "BRASK: I will sign it the day it reaches my desk, and not a day later."
    )
    found = run(nlp, text)
    assert by_speaker(found, "QUELL").text.startswith("Will you sign the river bill")
    brask = [q for q in found if q.speaker is not None and q.speaker.mention.endswith("BRASK")]
    assert len(brask) == 1 and brask[0].text.startswith("I will sign it")


def test_colon_after_a_word_that_names_no_one_is_no_quote(nlp: Language) -> None:
    text = (
        "Update: The ferry timetable was corrected on Tuesday afternoon.\n\n"
        "Note: Readers in Kestrel Bay can find the full list online."
    )
    assert run(nlp, text) == []


def test_dash_signature_after_unpaired_marks(nlp: Language) -> None:
    text = (
        "Readers wrote in about the closure.\n\n"
        "”The library was the only warm place on our street. Closing it is a mistake.” "
        "― Petra Okonjo"
    )
    q = by_speaker(run(nlp, text), "Petra Okonjo")
    assert q.text.startswith("”The library was the only warm place")


def test_leading_according_to_with_a_long_source(nlp: Language) -> None:
    text = "According to harbour master Ilse Brandvold, the new pier will open before the storms."
    q = by_speaker(run(nlp, text), "harbour master Ilse Brandvold")
    assert q.text == "the new pier will open before the storms"


def test_according_to_a_misparsed_group(nlp: Language) -> None:
    text = "The mayor shouted at his staff during budget talks, according to show insiders."
    found = run(nlp, text)
    assert len(found) == 1
    assert found[0].text == "The mayor shouted at his staff during budget talks"


def test_said_that_with_a_condition_first(nlp: Language) -> None:
    text = (
        "Governor Anika Holm visited the plant on Friday. "
        "She said that, if elected, she would keep the plant open."
    )
    q = by_speaker(run(nlp, text), "She")
    assert "she would keep the plant open" in q.text


def test_said_with_a_time_before_the_clause(nlp: Language) -> None:
    q = by_speaker(
        run(nlp, "Jonas Pell said after the hearing he would not accept the offer."), "Jonas Pell"
    )
    assert q.text == "he would not accept the offer"


def test_told_an_audience_that(nlp: Language) -> None:
    text = (
        "Minister Rana Dube spoke on Monday. In Port Alder, she told a meeting of island "
        "mayors that few places understood the cost of storms better than theirs."
    )
    q = by_speaker(run(nlp, text), "she")
    assert q.text.startswith("that few places understood")


def test_second_verb_of_a_person_shares_the_subject(nlp: Language) -> None:
    text = "Tomas Greer thanked the volunteers and said the shelter would stay open all winter."
    q = by_speaker(run(nlp, text), "Tomas Greer")
    assert q.text == "the shelter would stay open all winter"


def test_things_that_continue_are_content_not_a_cue(nlp: Language) -> None:
    text = "Abel Moss runs the port. Those negotiations are continuing, he said."
    q = by_speaker(run(nlp, text), "he")
    assert q.text == "Those negotiations are continuing"


def test_accused_of_reports_the_charge(nlp: Language) -> None:
    q = by_speaker(run(nlp, "Lena Fisk accused the mayor of hiding the audit."), "Lena Fisk")
    assert q.text == "of hiding the audit"


def test_called_a_meeting_is_no_quote(nlp: Language) -> None:
    found = run(nlp, "Councillor Otto Rhee called an emergency meeting on Tuesday.")
    assert found == []


def test_accused_without_a_charge_is_no_quote(nlp: Language) -> None:
    assert run(nlp, "Prosecutors accused the driver after the crash on Route 9.") == []


def test_backing_a_bill_is_no_quote(nlp: Language) -> None:
    assert run(nlp, "Senator Mia Cole backed the farm bill in a vote on Thursday.") == []


def test_thinking_is_no_statement(nlp: Language) -> None:
    assert run(nlp, "Ruth Amsel thinks the bridge is too narrow.") == []


def test_aside_hung_on_a_noun_reports_the_sentence(nlp: Language) -> None:
    text = (
        "Ivo Sand runs the night desk. The trouble now, he told me on Monday, "
        "is that nobody reads the late edition."
    )
    q = by_speaker(run(nlp, text), "he")
    assert q.text.startswith("The trouble now")
    assert "nobody reads the late edition" in q.text


def test_saying_after_a_preposition_in_a_second_verb(nlp: Language) -> None:
    text = (
        "Dr. Lise Marr, a surgeon, appeared on the radio on Friday and began by saying "
        "she would never judge a patient from a studio."
    )
    q = by_speaker(run(nlp, text), "Dr. Lise Marr")
    assert q.text == "she would never judge a patient from a studio"


def test_reported_at_the_time_that(nlp: Language) -> None:
    text = (
        "The Harbour Gazette reported at the time that the ferry operator, Nils Dahl, "
        "had told staff that the boats were safe."
    )
    q = by_speaker(run(nlp, text), "The Harbour Gazette")
    assert q.text.startswith("that the ferry operator")


def test_a_verb_with_its_own_object_is_no_closing_attribution(nlp: Language) -> None:
    text = "At the town hall debate, Mayor Kim Arle mentioned the missing funds."
    found = run(nlp, text)
    assert not any(q.text.startswith("At the town hall") for q in found)


def test_participle_with_its_own_object_reports_that_object(nlp: Language) -> None:
    text = (
        "Mayor Paul Renn has tried to use the audit against his rival, accusing her of "
        "sleeping through the flood warnings when the river rose."
    )
    q = by_speaker(run(nlp, text), "Mayor Paul Renn")
    assert q.text.startswith("of sleeping through the flood warnings")
    assert not q.text.startswith("Mayor Paul Renn has tried")


def test_as_she_called_for_reports_the_call(nlp: Language) -> None:
    text = "The guest, singer Ada Moor, was emotional as she called for a ban on trawling."
    q = by_speaker(run(nlp, text), "she")
    assert q.text == "for a ban on trawling"


def test_citing_a_reason_is_the_speakers_own(nlp: Language) -> None:
    text = (
        "The port has changed for the better, Senator Ray Moll said in June, "
        "citing the release of two fishing crews."
    )
    found = run(nlp, text)
    said = [q for q in found if q.cue == "said"]
    assert len(said) == 1 and said[0].speaker is not None
    assert said[0].speaker.name == "Ray Moll"  # not 'the release of two fishing crews'
    reason = by_speaker(found, "Senator Ray Moll") if len(found) == 1 else found[1]
    assert reason.cue == "citing"
    assert reason.text == "the release of two fishing crews"


def test_citing_a_source_is_no_reason(nlp: Language) -> None:
    found = run(nlp, "The mine will close, the Valley Post reported, citing two managers.")
    assert [q.cue for q in found] == ["reported"]


def test_possessive_claim_that(nlp: Language) -> None:
    text = "Auditors checked Mayor Kai Lund's claim that the harbour fund had doubled."
    q = by_speaker(run(nlp, text), "Mayor Kai Lund's")
    assert q.text == "that the harbour fund had doubled"
    assert q.cue == "claim"


def test_warning_from_a_lawyer_that(nlp: Language) -> None:
    text = (
        "The vote took place despite repeated warnings from her attorney that the inquiry "
        "was fruitless."
    )
    q = by_speaker(run(nlp, text), "her attorney")
    assert q.text == "that the inquiry was fruitless"


def test_a_fact_that_is_no_statement(nlp: Language) -> None:
    text = "The fact that the bridge was closed angered Ola Lind's neighbours."
    assert run(nlp, text) == []


def test_second_verb_after_a_quoted_phrase_shares_the_subject(nlp: Language) -> None:
    text = (
        'Senator Ewa Lind urged voters to "trust the count" and said she was standing by '
        "the result."
    )
    said = [q for q in run(nlp, text) if q.cue == "said"]
    assert len(said) == 1 and said[0].speaker is not None
    assert said[0].speaker.mention == "Senator Ewa Lind"
    assert said[0].text == "she was standing by the result"


def test_trailing_according_to_with_an_aside_reports_what_came_before(nlp: Language) -> None:
    text = (
        "Most fishing towns would see their fees rise under the plan, according to an "
        "analysis by Ivar Nes, a former port official, whose figures were checked by others."
    )
    found = run(nlp, text)
    assert len(found) == 1
    assert found[0].text == "Most fishing towns would see their fees rise under the plan"


def test_a_colon_label_before_a_date_is_no_quote(nlp: Language) -> None:
    text = (
        "Rud: New Pier Will Open Before The Storms Arrive.\n\n"
        "Correction: October 2, 2024, Sunday\n\n"
        "Mayor Ines Rud met harbour officials on Monday."
    )
    found = run(nlp, text)
    assert [q.text for q in found] == ["New Pier Will Open Before The Storms Arrive"]


def test_object_with_its_relative_clause(nlp: Language) -> None:
    text = (
        "At Tuesday’s council debate, Rud mentioned disparaging remarks Lind had made about "
        "Oskarsson as examples of his contempt for workers."
    )
    q = by_speaker(run(nlp, text), "Rud")
    assert q.text.endswith("as examples of his contempt for workers")


def test_a_present_progressive_object_cue(nlp: Language) -> None:
    q = by_speaker(
        run(nlp, "Governor Ana Ruiz is proposing a new bridge toll for trucks."),
        "Governor Ana Ruiz",
    )
    assert q.text == "a new bridge toll for trucks"
    assert q.cue == "is proposing"


def test_appeared_to_suggest_is_the_subjects_statement(nlp: Language) -> None:
    text = "Critics pounced after Senator Olav Berg appeared to suggest that the levy was theft."
    q = by_speaker(run(nlp, text), "Senator Olav Berg")
    assert q.text == "that the levy was theft"


def test_expected_to_announce_is_no_statement_yet(nlp: Language) -> None:
    assert run(nlp, "Mayor Ines Rud is expected to announce a new ferry budget.") == []


def test_called_a_name_by_critics_keeps_the_name(nlp: Language) -> None:
    text = "Dr. Ivo Lamm has been called a charlatan by fellow surgeons for selling quack cures."
    q = by_speaker(run(nlp, text), "fellow surgeons")
    assert q.text.startswith("a charlatan")


def test_according_to_an_outlet_citing_people_is_a_chain(nlp: Language) -> None:
    text = (
        "According to Reuters, citing two people familiar with the matter, Halvorsen had also "
        "held talks with a rival dairy."
    )
    (q,) = Pipeline(nlp).extract(text, date(2026, 7, 1)).quotes
    assert q.text == "Halvorsen had also held talks with a rival dairy"
    assert q.speaker is not None
    assert q.speaker.name == "two people familiar with the matter" and q.speaker.via == "Reuters"
