"""The span of reported words: the whole reported clause, without the writer's asides."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from bot.extract.model import Quote
from bot.extract.pipeline import Pipeline, stages_through
from bot.extract.quotes.content import content_of


def run(nlp: Language, text: str) -> list[Quote]:
    return Pipeline(nlp, stages_through("quotes")).work(text, date(2024, 5, 1)).quotes


def said(nlp: Language, text: str, cue: str = "said") -> list[str]:
    return [q.text for q in run(nlp, text) if q.cue == cue]


@pytest.mark.parametrize(
    "text",
    [
        "The mill was the town's biggest employer, Ms. Okafor said, until it closed in 1998",
        "Most of the riders were students, she said, and they had never seen the old station",
        "The council has drawn up a plan, he said, for how the harbour can stay open in winter",
        "Though the first vote was calm, Mr. Brandt said, replacing the chair would be far "
        "more bitter",
    ],
)
def test_a_cue_inside_the_sentence_reports_both_sides(nlp: Language, text: str) -> None:
    assert said(nlp, text + ".") == [text]


def test_a_reason_hung_on_the_verb_of_saying_is_part_of_what_was_said(nlp: Language) -> None:
    text = "Senator Ada Voss said the tax was unfair, because farmers had already paid twice."
    assert said(nlp, text) == ["the tax was unfair, because farmers had already paid twice"]


def test_a_coordinated_clause_with_its_own_subject_goes_on(nlp: Language) -> None:
    text = "Ms. Grieve says she hopes to win the seat, but she knows that the count will be close."
    assert said(nlp, text, "says") == [
        "she hopes to win the seat, but she knows that the count will be close"
    ]


def test_a_second_predicate_of_the_reported_subject_goes_on(nlp: Language) -> None:
    text = "Police said he fired at the officers and refused to drop the gun."
    assert said(nlp, text) == ["he fired at the officers and refused to drop the gun"]


def test_a_second_statement_by_the_source_stays_apart(nlp: Language) -> None:
    text = "Mr. Tully said the ferry would run late, and he noted that the fares would not change."
    found = run(nlp, text)
    assert [q.text for q in found if q.cue == "said"] == ["the ferry would run late"]
    assert [q.text for q in found if q.cue == "noted"] == ["that the fares would not change"]


def test_a_present_tense_clause_after_a_past_cue_is_the_writers(nlp: Language) -> None:
    text = (
        "The museum announced that it was cutting its hours this winter, "
        "and the decision is casting a shadow over the festival."
    )
    assert said(nlp, text, "announced") == ["that it was cutting its hours this winter"]


def test_a_relative_clause_on_a_thing_is_part_of_what_was_said(nlp: Language) -> None:
    text = "The director said the crew had finished the survey of the dam, which had been shut."
    assert said(nlp, text) == ["the crew had finished the survey of the dam, which had been shut"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a relative clause on a person describes them in the writer's words
        (
            "The director said the crew had met Karl Benn, who has run the dam for a decade.",
            "the crew had met Karl Benn",
        ),
        # a participle after the reported words is the writer's comment on them
        (
            "Police said the driver had stopped at the gate, contradicting earlier reports.",
            "the driver had stopped at the gate",
        ),
        # a description of a name in the reported words is the writer's
        (
            "Mr. Obi said he would not back Tom Ward, the presumed favourite.",
            "he would not back Tom Ward",
        ),
        # a name in apposition is not
        (
            "Ms. Lund said she would meet her counterpart, Anton Berg.",
            "she would meet her counterpart, Anton Berg",
        ),
    ],
)
def test_the_writers_asides_stay_out(nlp: Language, text: str, content: str) -> None:
    assert said(nlp, text) == [content]


def test_a_clause_with_a_verb_of_saying_of_its_own_stays_out(nlp: Language) -> None:
    text = "The union said the plant would close in June, though it noted that talks would go on."
    found = run(nlp, text)
    assert [q.text for q in found if q.cue == "said"] == ["the plant would close in June"]


def test_an_aside_before_the_predicate_does_not_end_the_reported_words(nlp: Language) -> None:
    text = "Analysts note that the governor, even as she says the budget is balanced, has borrowed."
    assert said(nlp, text, "note") == [
        "that the governor, even as she says the budget is balanced, has borrowed"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Holt said the levy would hit farmers hardest — a claim the ministry disputes.",
        "Ms. Holt said the levy would hit the farmers — a claim the ministry disputes.",
    ],
)
def test_a_characterisation_after_a_dash_is_the_writers(nlp: Language, text: str) -> None:
    (content,) = said(nlp, text)
    assert content.startswith("the levy would hit") and "claim" not in content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Governor Reyes blasted the council as a disgrace Wednesday on a radio show.",
            "blasted",
            "the council as a disgrace",
        ),
        (
            "Mr. Dale criticized the new levy as a crazy tax during a campaign stop in Dover.",
            "criticized",
            "the new levy as a crazy tax",
        ),
    ],
)
def test_when_and_where_words_were_said_is_not_what_was_said(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    assert said(nlp, text, cue) == [content]


def test_a_time_inside_a_reported_clause_stays(nlp: Language) -> None:
    text = "Mr. Dale said the council would meet during the storm."
    assert said(nlp, text) == ["the council would meet during the storm"]


def test_a_purpose_after_a_comma_is_part_of_what_was_promised(nlp: Language) -> None:
    text = (
        "The mayor vowed to form a task force, which would include the police, "
        "to crack down on illegal dumping."
    )
    assert said(nlp, text, "vowed") == [
        "to form a task force, which would include the police, to crack down on illegal dumping"
    ]


def test_a_second_complement_of_the_verb_of_saying_goes_on(nlp: Language) -> None:
    text = (
        "Analysts said the levy was fairer than the old one and, more important, "
        "would not leave a gap in the city budget."
    )
    assert said(nlp, text) == [
        "the levy was fairer than the old one and, more important, "
        "would not leave a gap in the city budget"
    ]


def test_reported_words_do_not_end_on_a_dangling_conjunction(nlp: Language) -> None:
    text = (
        "Ms. Ruiz told reporters that she thinks the tape should be made public "
        'but said "the real issue is the date."'
    )
    assert said(nlp, text, "told") == ["that she thinks the tape should be made public"]


def test_a_cue_after_its_clause_without_a_closing_comma_reports_only_that_clause() -> None:
    # Built by hand: the parse hangs ', which would help ferries' on 'made' as a clause.
    rows = [
        ("He", 1, "nsubj", "PRON"),
        ("made", 1, "ROOT", "VERB"),
        ("the", 3, "det", "DET"),
        ("remark", 1, "dobj", "NOUN"),
        ("while", 5, "mark", "SCONJ"),
        ("praising", 1, "advcl", "VERB"),
        ("the", 7, "det", "DET"),
        ("plan", 5, "dobj", "NOUN"),
        (",", 1, "punct", "PUNCT"),
        ("which", 11, "nsubj", "PRON"),
        ("would", 11, "aux", "AUX"),
        ("help", 1, "ccomp", "VERB"),
        ("ferries", 11, "dobj", "NOUN"),
        (".", 1, "punct", "PUNCT"),
    ]
    words, heads, deps, pos = (list(col) for col in zip(*rows, strict=True))
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    content = content_of(doc[5])
    assert content is not None and content.text == "He made the remark"


def test_who_was_urged_is_part_of_what_was_urged(nlp: Language) -> None:
    text = "The mayor urged residents to report illegal dumping."
    assert said(nlp, text, "urged") == ["residents to report illegal dumping"]


def test_another_source_speaking_after_while_stays_apart(nlp: Language) -> None:
    text = (
        'Some 60 percent of voters said that Ms. Lane is in "good enough health to serve '
        'as mayor," while 70 percent said the same of Mr. Ortiz.'
    )
    texts = said(nlp, text)
    assert 'that Ms. Lane is in "good enough health to serve as mayor,"' in texts
    assert not any("the same of" in t for t in texts)


def test_an_aside_after_a_closing_quote_mark_is_cut(nlp: Language) -> None:
    text = (
        'Ms. Lane said the levy would apply only if a boat is "used for trade," '
        "language that could exempt most fishing crews."
    )
    assert said(nlp, text) == ['the levy would apply only if a boat is "used for trade,"']


def test_verbs_sharing_the_to_of_a_promise_are_all_promised(nlp: Language) -> None:
    text = "The mayor promised to meet and in some cases exceed the targets without raising taxes."
    assert said(nlp, text, "promised") == [
        "to meet and in some cases exceed the targets without raising taxes"
    ]


def test_a_bare_verb_after_the_reported_clause_belongs_to_it(nlp: Language) -> None:
    text = (
        "Ms. Voss said she wanted to talk “straight to the farmers” and let them know "
        "that “the levy is fair.”"
    )
    assert said(nlp, text) == [
        "she wanted to talk “straight to the farmers” and let them know that “the levy is fair.”"
    ]


def test_a_verb_of_saying_inside_the_reported_clause_reports_nothing_back(nlp: Language) -> None:
    # "agreed" is a verb of saying, but here it is what "said" reports.
    text = "Halvorsen Foods said on Tuesday it had agreed to buy Pennick Dairy for 40 million euros."
    spans = [q.text for q in Pipeline(nlp).extract(text, date(2026, 7, 1)).quotes]
    assert spans == ["it had agreed to buy Pennick Dairy for 40 million euros"]


def test_what_was_refused_leaves_out_the_writers_aside(nlp: Language) -> None:
    text = (
        "Senator Ana Brill refused to endorse the mayor during a televised debate on Tuesday, "
        "a move that angered her party."
    )
    spans = [q.text for q in Pipeline(nlp).extract(text, date(2026, 3, 10)).quotes]
    assert spans == ["to endorse the mayor during a televised debate on Tuesday"]
