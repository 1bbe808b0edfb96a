"""Direct quotes: every quote style, attribution before/after/middle, inversion, continuation."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.extract.model import Quote, SourceKind
from bot.extract.pipeline import Pipeline, stages_through
from bot.extract.quotes.marks import find_marked


def run(nlp: Language, text: str) -> list[Quote]:
    return Pipeline(nlp, stages_through("quotes")).work(text, date(2024, 5, 1)).quotes


def direct(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in found if q.kind == "direct"]


@pytest.mark.parametrize(
    "text",
    [
        '"The plan is dead," she said.',
        "“The plan is dead,” she said.",
        "‘The plan is dead,’ she said.",
        "« The plan is dead », she said.",
        "``The plan is dead,'' she said.",
        "''The plan is dead,'' she said.",
    ],
)
def test_every_quote_style_is_found(text: str) -> None:
    spans = [text[m.start : m.end] for m in find_marked(text)]
    assert len(spans) == 1
    assert "The plan is dead" in spans[0]


def test_apostrophes_are_not_quote_marks() -> None:
    assert find_marked("It's Jones' book, and O'Neill didn't read it.") == []


def test_nested_quote_inside_brackets_stays_in_the_outer_quote() -> None:
    text = "“We urge the DPRK [“Democratic People’s Republic of Korea”] to stop,” Watson added."
    spans = [text[m.start : m.end] for m in find_marked(text)]
    assert spans == ["“We urge the DPRK [“Democratic People’s Republic of Korea”] to stop,”"]


def test_quote_spanning_paragraphs_is_one_passage() -> None:
    text = "“This is the first part.\n\n“And this is the second,” he said."
    (m,) = find_marked(text)
    assert (m.start, m.end, m.paragraphs) == (0, text.index(" he said"), 2)


def test_attribution_after_before_and_in_the_middle(nlp: Language) -> None:
    text = (
        "Maria Lopez runs the port authority.\n\n"
        "“The plan,” Lopez said, “is dead on arrival.”\n\n"
        "Tom Baker said: “We will appeal.”"
    )
    got = direct(run(nlp, text))
    assert got == [
        ("“The plan,”", "Maria Lopez"),
        ("“is dead on arrival.”", "Maria Lopez"),
        ("“We will appeal.”", "Tom Baker"),
    ]


def test_inverted_attribution_keeps_the_title_as_role(nlp: Language) -> None:
    text = "“Trains will run on time,” said Transport Minister Ana Ruiz."
    (q,) = run(nlp, text)
    assert q.speaker is not None
    assert q.speaker.name == "Ana Ruiz"
    assert q.speaker.role == "Transport Minister"
    assert q.cue == "said"


def test_second_quote_without_attribution_keeps_the_speaker(nlp: Language) -> None:
    text = (
        '"We are not leaving," Senator John Harris told reporters on Monday.\n\n'
        '"Not now, not ever."'
    )
    got = direct(run(nlp, text))
    assert got == [
        ('"We are not leaving,"', "John Harris"),
        ('"Not now, not ever."', "John Harris"),
    ]


def test_partial_quote_in_a_sentence_is_not_a_direct_quote(nlp: Language) -> None:
    text = "The mayor called the deal “a betrayal” on Monday."
    assert direct(run(nlp, text)) == []


def test_outlet_short_name_after_a_multi_sentence_quote(nlp: Language) -> None:
    text = (
        "The New York Post reported the visit.\n\n"
        "“Russia wants allies. North Korea knows sanctions well,” the Post comments."
    )
    got = [q for q in run(nlp, text) if q.kind == "direct"]
    assert len(got) == 1
    assert got[0].speaker is not None
    assert got[0].speaker.name == "The New York Post"
    assert got[0].speaker.kind == SourceKind.OUTLET


def test_dash_after_quote_names_the_speaker(nlp: Language) -> None:
    text = "“He does not speak for me.” ― Sonya Herridge"
    assert direct(run(nlp, text)) == [("“He does not speak for me.”", "Sonya Herridge")]


def test_quote_right_after_a_verb_of_saying(nlp: Language) -> None:
    text = "In a Bloomberg interview Trump declared “I think NATO may be obsolete.”"
    assert direct(run(nlp, text)) == [("“I think NATO may be obsolete.”", "Trump")]


def test_relative_pronoun_source_is_the_noun_it_modifies(nlp: Language) -> None:
    text = "Guests included Stevie Wonder, who joked, “I haven't seen it yet.”"
    assert direct(run(nlp, text)) == [("“I haven't seen it yet.”", "Stevie Wonder")]


def test_stray_straight_mark_does_not_swallow_the_next_quote() -> None:
    text = '"Kevin was snoring.\n\n“Here he is,” she said.'
    spans = [text[m.start : m.end] for m in find_marked(text)]
    assert "“Here he is,”" in spans


def test_according_to_leads_a_direct_quote(nlp: Language) -> None:
    text = "According to the Guardian, “the ministry knew of the fault for months.”"
    got = direct(run(nlp, text))
    assert got == [("“the ministry knew of the fault for months.”", "The Guardian")]


def test_colon_after_a_statement_lead_in(nlp: Language) -> None:
    text = (
        "When the governor died, President Bill Clinton released the following statement:\n\n"
        "“Hillary and I offer our condolences to the family.”"
    )
    assert direct(run(nlp, text)) == [
        ("“Hillary and I offer our condolences to the family.”", "Bill Clinton")
    ]


def test_less_common_verbs_of_saying(nlp: Language) -> None:
    text = "“Go back to Univision,” Trump barked as a guard walked in."
    assert direct(run(nlp, text)) == [("“Go back to Univision,”", "Trump")]
