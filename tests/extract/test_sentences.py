"""Sentences: headline split, paragraph breaks, no split inside brackets."""

from __future__ import annotations

from spacy.language import Language

from bot.extract.sentences import paragraph_sentences


def texts(nlp: Language, text: str) -> list[str]:
    return [s.text for s in paragraph_sentences(nlp(text))]


def test_headline_without_full_stop_is_its_own_sentence(nlp: Language) -> None:
    got = texts(nlp, "Storm Hits Coastal Towns\nThe storm reached the coast on Monday night.")
    assert got == ["Storm Hits Coastal Towns", "The storm reached the coast on Monday night."]


def test_blank_line_is_a_hard_break(nlp: Language) -> None:
    got = texts(nlp, "Officials met in Brussels\n\nthey agreed on a plan")
    assert got == ["Officials met in Brussels", "they agreed on a plan"]


def test_no_break_inside_brackets(nlp: Language) -> None:
    text = "The agency (it was founded in 1950. It has 300 staff.) issued a report. Critics object."
    got = texts(nlp, text)
    assert got[0] == "The agency (it was founded in 1950. It has 300 staff.) issued a report."
    assert got[-1] == "Critics object."


def test_unclosed_bracket_does_not_swallow_the_paragraph(nlp: Language) -> None:
    got = texts(nlp, "( – The talks failed. Both sides left.\n\nA new round is planned.")
    assert got[-1] == "A new round is planned."
    assert len(got) >= 2
