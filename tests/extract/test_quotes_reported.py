"""Reported speech: said/told/according to/tail attributions, chains, nested sources, refusals, mixed."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from bot.extract.model import Quote, SourceKind
from bot.extract.pipeline import Pipeline, stages_through


def run(nlp: Language, text: str) -> list[Quote]:
    return Pipeline(nlp, stages_through("quotes")).work(text, date(2024, 5, 1)).quotes


def only(found: list[Quote]) -> Quote:
    assert len(found) == 1, found
    return found[0]


def test_said_that_reports_the_clause(nlp: Language) -> None:
    q = only(run(nlp, "Mayor Linda Park said that the bridge would reopen in June."))
    assert q.kind == "indirect"
    assert q.speaker is not None and q.speaker.name == "Linda Park"
    assert "the bridge would reopen in June" in q.text
    assert q.cue == "said"


def test_tail_attribution_by_an_outlet(nlp: Language) -> None:
    q = only(run(nlp, "The minister will resign next week, The Washington Post reports."))
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("The Washington Post", SourceKind.OUTLET)
    assert q.text == "The minister will resign next week"


def test_according_to_officials_cited_by_an_outlet(nlp: Language) -> None:
    text = (
        "The talks will focus on grain exports, according to European officials cited by Reuters."
    )
    q = only(run(nlp, text))
    assert q.speaker is not None
    assert q.speaker.name == "European officials"
    assert q.speaker.kind == SourceKind.OFFICIALS
    assert q.speaker.via == "Reuters"
    assert q.text == "The talks will focus on grain exports"


def test_they_resolves_to_the_group_just_cited(nlp: Language) -> None:
    text = (
        "The deal will be signed soon, according to US officials cited by The New York Times.\n\n"
        "They estimate that the price could double."
    )
    found = run(nlp, text)
    assert len(found) == 2
    later = found[1]
    assert later.speaker is not None
    assert (later.speaker.name, later.speaker.via, later.speaker.mention) == (
        "US officials",
        "The New York Times",
        "They",
    )


def test_nested_source_citing(nlp: Language) -> None:
    text = "Yonhap, citing a senior lawmaker, said the launch had failed."
    q = only(run(nlp, text))
    assert q.speaker is not None
    assert q.speaker.name == "a senior lawmaker"
    assert q.speaker.via == "Yonhap"


def test_anonymous_and_unnamed_sources_keep_their_description(nlp: Language) -> None:
    text = (
        "Two officials who spoke on condition of anonymity said the plan was shelved.\n\n"
        "A Spanish diplomat revealed that the summit was postponed."
    )
    first, second = run(nlp, text)
    assert first.speaker is not None and second.speaker is not None
    assert first.speaker.kind == SourceKind.ANONYMOUS
    assert first.speaker.name == "Two officials"  # the clause is why they are anonymous
    assert (second.speaker.name, second.speaker.kind) == ("A Spanish diplomat", SourceKind.UNNAMED)


def test_refusal_is_recorded_with_its_cue(nlp: Language) -> None:
    text = (
        "Spokesperson Ellen Marsh did not say when the minister would travel, but a trip is likely."
    )
    q = only(run(nlp, text))
    assert q.kind == "indirect"
    assert q.cue == "did not say"
    assert q.speaker is not None and q.speaker.name == "Ellen Marsh"
    assert q.text == "when the minister would travel"


def test_declined_to_comment_is_a_refusal(nlp: Language) -> None:
    q = only(run(nlp, "The company declined to comment on the lawsuit."))
    assert q.cue == "declined to comment"
    assert q.text == "on the lawsuit"  # what was refused, not the words "to comment"
    assert q.speaker is not None and q.speaker.name == "The company"


def test_partial_quote_in_reported_speech_is_mixed(nlp: Language) -> None:
    q = only(
        run(nlp, "Senator Joan Reyes said the deal was “a betrayal of workers” and vowed to fight.")
    )
    assert q.kind == "mixed"
    assert "“a betrayal of workers”" in q.text
    assert q.speaker is not None and q.speaker.name == "Joan Reyes"


def test_the_report_is_the_outlet_that_published_it(nlp: Language) -> None:
    text = (
        "The Guardian reported the leak on Monday.\n\n"
        "The report points out that the ministry knew of the fault."
    )
    later = run(nlp, text)[-1]
    assert later.speaker is not None
    assert (later.speaker.name, later.speaker.kind, later.speaker.mention) == (
        "The Guardian",
        SourceKind.OUTLET,
        "The report",
    )


def test_object_of_a_naming_verb_is_the_content(nlp: Language) -> None:
    q = only(run(nlp, "Governor Ann Lee called the tax plan “a disaster for families.”"))
    assert q.kind == "mixed"
    assert q.cue == "called"
    assert q.text.startswith("the tax plan")
    assert q.speaker is not None and q.speaker.name == "Ann Lee"


def test_parenthetical_attribution_covers_the_whole_clause(nlp: Language) -> None:
    text = "Acts of protest, Senator Tom Reed said, are acts of patriotism."
    q = only(run(nlp, text))
    assert q.speaker is not None and q.speaker.name == "Tom Reed"
    assert q.text.startswith("Acts of protest") and q.text.endswith("acts of patriotism")


def test_participle_speaks_for_the_main_subject(nlp: Language) -> None:
    text = (
        "Mayor Linda Park rejected the budget on Monday, saying that it would close two libraries."
    )
    found = [q for q in run(nlp, text) if q.cue == "saying"]
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.name == "Linda Park"


def test_if_clause_is_not_an_aside(nlp: Language) -> None:
    text = "If the council agrees to the plan, the city could save millions."
    assert run(nlp, text) == []


def test_content_stops_before_an_aside_and_a_second_statement(nlp: Language) -> None:
    text = (
        "Don Fowler said he expects Clinton to recover, which would calm donors, "
        "and warned against panic."
    )
    said = [q for q in run(nlp, text) if q.cue == "said"]
    assert len(said) == 1
    assert said[0].text == "he expects Clinton to recover"


def test_name_before_the_verb_when_the_parse_loses_the_subject(nlp: Language) -> None:
    text = (
        "In a March meeting with the editorial board of the Washington Post Trump said that "
        "the alliance may need to shrink."
    )
    said = [q for q in run(nlp, text) if q.cue == "said"]
    assert len(said) == 1
    assert said[0].speaker is not None and said[0].speaker.name == "Trump"


def test_verb_with_its_own_preposition_reports_its_object(nlp: Language) -> None:
    found = run(nlp, "Senator Maria Cantu talked about the cost of the new bridge.")
    (q,) = [q for q in found if q.cue == "talked"]
    assert q.text == "about the cost of the new bridge"
    assert q.speaker is not None and q.speaker.name == "Maria Cantu"


def test_the_one_spoken_to_is_not_content(nlp: Language) -> None:
    assert [
        q for q in run(nlp, "The senator spoke to reporters on Monday.") if q.cue == "spoke"
    ] == []


def test_channel_is_part_of_the_cue(nlp: Language) -> None:
    q = only(run(nlp, "Mayor Linda Park said in an email that the bridge would reopen in June."))
    assert q.cue == "said in an email"
    assert q.text.endswith("the bridge would reopen in June")


def test_document_seen_by_an_outlet_is_a_sourcing_chain(nlp: Language) -> None:
    q = only(run(nlp, "A report seen by the Guardian says the ministry ignored the warnings."))
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind, q.speaker.via) == (
        "A report",
        SourceKind.UNNAMED,
        "The Guardian",
    )


def test_list_items_stay_in_the_content(nlp: Language) -> None:
    text = (
        "The engineers said the new plant could supply homes, solar-heated greenhouses, "
        "and two hospitals."
    )
    q = only(run(nlp, text))
    assert q.text.endswith("solar-heated greenhouses, and two hospitals")


def test_an_apposition_stays_in_the_content(nlp: Language) -> None:
    text = (
        "The mayor of Lyon, Marc Duval, will meet his German counterpart, Anna Weber, "
        "in Berlin, The Irish Times reports."
    )
    q = only(run(nlp, text))
    assert q.speaker is not None and "Irish Times" in q.speaker.name
    assert "his German counterpart, Anna Weber" in q.text


def test_according_to_an_outlet_which_cited_a_source(nlp: Language) -> None:
    text = (
        "The tax will rise in June, according to the Financial Times, which cited two senior aides."
    )
    q = only(run(nlp, text))
    assert q.text == "The tax will rise in June"
    assert q.speaker is not None and q.speaker.name == "two senior aides"
    assert q.speaker.via == "Financial Times"


def test_an_outlet_which_quoted_a_source_said(nlp: Language) -> None:
    text = "Reuters, which quoted three bankers, said the merger had collapsed."
    q = only(run(nlp, text))
    assert q.speaker is not None and q.speaker.name == "three bankers"
    assert q.speaker.via == "Reuters"


def test_a_second_that_clause_of_one_verb_is_a_second_statement(nlp: Language) -> None:
    text = (
        "Nora Vik told the committee that the mine was safe, "
        "but that the tunnels would not reopen unless the inspectors agreed."
    )
    found = run(nlp, text)
    assert [q.text for q in found] == [
        "that the mine was safe",
        "that the tunnels would not reopen unless the inspectors agreed",
    ]
    assert all(q.cue == "told" and q.speaker is not None for q in found)


def test_citing_hung_on_a_described_outlet(nlp: Language) -> None:
    text = (
        "Public broadcaster RTV, citing sources close to the cabinet, reported that "
        "the minister would resign."
    )
    q = only(run(nlp, text))
    assert q.speaker is not None and q.speaker.name == "sources close to the cabinet"
    assert q.speaker.via == "RTV"
