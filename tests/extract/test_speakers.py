"""Speakers: pronouns, surnames, roles, outlets and anonymous sources resolved to the fullest name."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from bot.extract.model import Quote, SourceKind
from bot.extract.pipeline import Pipeline, stages_through


def run(nlp: Language, text: str) -> list[Quote]:
    return Pipeline(nlp, stages_through("quotes")).work(text, date(2024, 5, 1)).quotes


def names(found: list[Quote]) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in found]


def test_pronoun_skips_a_person_of_the_other_gender(nlp: Language) -> None:
    text = (
        "Donald Trump spoke in Ohio on Friday. His audio was quieter than Hillary Clinton's.\n\n"
        "He says, “That microphone was a disaster.”"
    )
    (q,) = run(nlp, text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.mention) == ("Donald Trump", "He")


def test_pronoun_prefers_the_main_subject_over_a_name_in_a_subordinate_clause(
    nlp: Language,
) -> None:
    text = (
        "Spokesperson Adrienne Watson did not say when Kim Jong-un would travel.\n\n"
        "“We expect talks to continue,” she declared in a statement."
    )
    direct = [q for q in run(nlp, text) if q.kind == "direct"]
    assert names(direct) == ["Adrienne Watson"]


def test_names_inside_a_quote_are_not_antecedents(nlp: Language) -> None:
    text = (
        "Henry Crespo leads the caucus.\n\n"
        "“No one is writing songs for Hillary. Obama had will.i.am,” he said."
    )
    assert names(run(nlp, text)) == ["Henry Crespo"]


def test_surname_resolves_to_the_full_name_and_role(nlp: Language) -> None:
    text = (
        "US National Security Council spokesperson Adrienne Watson spoke on Monday.\n\n"
        "“We urge restraint,” Watson added."
    )
    (q,) = [q for q in run(nlp, text) if q.kind == "direct"]
    assert q.speaker is not None
    assert q.speaker.name == "Adrienne Watson"
    assert q.speaker.role == "US National Security Council spokesperson"
    assert q.speaker.mention == "Watson"


def test_role_noun_resolves_to_the_person_given_that_role(nlp: Language) -> None:
    text = (
        "The prime minister met Finance Minister Carl Jensen, a veteran economist, on Monday.\n\n"
        "“Spending will fall,” the economist said."
    )
    (q,) = [q for q in run(nlp, text) if q.kind == "direct"]
    assert q.speaker is not None
    assert q.speaker.name == "Carl Jensen"


def test_short_outlet_name_resolves_to_the_full_one(nlp: Language) -> None:
    text = (
        "The New York Times first reported the merger.\n\n"
        "The deal is worth $2 billion, the Times said."
    )
    last = run(nlp, text)[-1]
    assert last.speaker is not None
    assert (last.speaker.name, last.speaker.kind, last.speaker.mention) == (
        "The New York Times",
        SourceKind.OUTLET,
        "the Times",
    )


def test_date_after_an_inverted_verb_is_not_the_speaker(nlp: Language) -> None:
    text = "“We will achieve justice,” police Chief Chuck Jordan said Monday."
    (q,) = run(nlp, text)
    assert q.speaker is not None and q.speaker.name == "Chuck Jordan"


def test_attribution_in_the_next_sentence_after_a_question_mark(nlp: Language) -> None:
    text = "“How many times must we see this?” Clinton said. “It is unbearable.”"
    found = run(nlp, text)
    assert names(found) == ["Clinton", "Clinton"]


def test_anonymous_person_familiar_with_the_talks(nlp: Language) -> None:
    text = "A person familiar with the talks said the two sides were close to a deal."
    (q,) = run(nlp, text)
    assert q.speaker is not None
    assert q.speaker.kind == SourceKind.ANONYMOUS
    assert q.speaker.name == "A person familiar with the talks"


def test_the_one_told_is_not_the_speaker(nlp: Language) -> None:
    text = "“We were wrong,” Jorge Ramos, 58, told AFP in an interview."
    (q,) = run(nlp, text)
    assert q.speaker is not None and q.speaker.name == "Jorge Ramos"


def test_headline_verb_is_not_part_of_a_name(nlp: Language) -> None:
    text = "Glenn Beck Blasts Drudge\n\n“It was a lie,” Beck said on Friday."
    (q,) = run(nlp, text)
    assert q.speaker is not None and q.speaker.name == "Glenn Beck"


def test_a_statement_is_not_the_outlet_that_reported_it(nlp: Language) -> None:
    text = (
        "The New York Times asked the ministry about the emails.\n\n"
        "The statement said that the minister had used a private account."
    )
    last = run(nlp, text)[-1]
    assert last.speaker is not None
    assert last.speaker.kind == SourceKind.UNNAMED
    assert last.speaker.name == "The statement"


def test_participle_after_a_preposition_speaks_for_the_subject(nlp: Language) -> None:
    text = "Barack Obama ended his list by saying “Too many.”"
    (q,) = [q for q in run(nlp, text) if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.name == "Barack Obama"


def test_lead_in_words_when_the_parse_misses_the_subject(nlp: Language) -> None:
    text = (
        "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "
        "“Hillary Clinton believes that cooperation is essential.”"
    )
    (q,) = [q for q in run(nlp, text) if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.name == "Jake Sullivan"


def test_a_bare_title_is_not_a_name(nlp: Language) -> None:
    text = "“We would have gladly registered,” the CEO said in a statement."
    (q,) = run(nlp, text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("the CEO", SourceKind.UNNAMED)
