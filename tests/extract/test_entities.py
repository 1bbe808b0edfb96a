"""Entities: fullest names, aliases, roles, outlets."""

from __future__ import annotations

from spacy.language import Language

from bot.extract.entities import build_index
from bot.extract.model import Entity, SourceKind


def by_name(nlp: Language, text: str) -> dict[str, Entity]:
    return {e.name: e for e in build_index(nlp(text)).entities()}


def test_surname_joins_the_full_name_with_the_title_as_role(nlp: Language) -> None:
    ents = by_name(
        nlp,
        "US National Security Council spokesperson Adrienne Watson spoke. Later, Watson added more.",
    )
    watson = ents["Adrienne Watson"]
    assert watson.kind == SourceKind.PERSON
    assert "Watson" in watson.aliases
    assert watson.role == "US National Security Council spokesperson"


def test_apposition_gives_the_role(nlp: Language) -> None:
    ents = by_name(nlp, "North Korea's leader, Kim Jong-un, will visit Russia.")
    assert ents["Kim Jong-un"].role == "North Korea's leader"


def test_outlet_short_name_joins_the_full_name(nlp: Language) -> None:
    ents = by_name(nlp, "The New York Post reported it first. The talks failed, the Post said.")
    post = ents["The New York Post"]
    assert post.kind == SourceKind.OUTLET
    assert any("Post" in a for a in post.aliases)


def test_ambiguous_short_outlet_name_needs_a_full_name(nlp: Language) -> None:
    ents = by_name(nlp, "The talks failed, the Post said.")
    assert "The New York Post" not in ents and "The Washington Post" not in ents


def test_one_off_epithet_does_not_become_the_name(nlp: Language) -> None:
    text = (
        "Hillary Clinton spoke in Ohio. Trump mocked Crooked Hillary Clinton. "
        "Hillary Clinton answered him the next day."
    )
    assert "Hillary Clinton" in by_name(nlp, text)


def test_surname_means_the_main_person_unless_a_namesake_was_just_named(nlp: Language) -> None:
    text = (
        "Hillary Clinton left the memorial early. Hillary Clinton rested for a day. "
        "Her daughter Chelsea Clinton hosted her at an apartment in the city. "
        "Doctors came and went all afternoon while reporters waited outside the building. "
        "Aides said little about the visit and the campaign issued no statement for hours. "
        "Later that evening, Clinton told aides she felt better."
    )
    index = build_index(nlp(text))
    clusters = {index.clusters[m.cluster].name for m in index.mentions}
    assert {"Hillary Clinton", "Chelsea Clinton"} <= clusters
    doc = nlp(text)
    last = max(
        m.start for m in index.mentions if doc[m.start].text == "Clinton" and m.end - m.start == 1
    )
    assert index.at(last) is not None and index.at(last).name == "Hillary Clinton"  # type: ignore[union-attr]


def test_outlet_followed_by_punctuation_inside_an_entity_does_not_crash(nlp: Language) -> None:
    for text in (
        "The New York Times' report was read.",
        "Fox News Sunday aired it. CNN's host, Jake Tapper, spoke.",
    ):
        build_index(nlp(text))


def test_a_gendered_title_picks_the_namesake(nlp: Language) -> None:
    doc = nlp(
        "Hillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa. "
        "Mrs. Clinton later met donors, and Mr. Clinton flew home."
    )
    index = build_index(doc)
    mrs = next(t.i for t in doc if t.text == "Mrs.") + 1
    mr = next(t.i for t in doc if t.text == "Mr.") + 1
    she, he = index.at(mrs), index.at(mr)
    assert she is not None and she.name == "Hillary Clinton"
    assert he is not None and he.name == "Bill Clinton"


def test_a_first_name_and_surname_tagged_organisation_is_a_person(nlp: Language) -> None:
    doc = nlp("Lucía Campos said bookings were down. Goldman Sachs said profits rose.")
    index = build_index(doc)
    kinds = {c.name: c.kind for c in index.clusters}
    assert kinds.get("Lucía Campos") == SourceKind.PERSON
    assert kinds.get("Goldman Sachs") == SourceKind.ORGANISATION
