"""Claims: who a statement rests on -- groups, second mentions, chains -- and question clauses."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from bot.extract.claims import find_claims
from bot.extract.hedges import find_hedges
from bot.extract.model import Claim, ClaimStatus, Quote, SourceKind, Speaker
from bot.extract.pipeline import Work
from bot.extract.sentences import split_sentences


def claims(nlp: Language, text: str, quotes: list[Quote] | None = None) -> list[Claim]:
    """Run the hedge and claims stages over hand-made input."""
    work = Work(text=text, published=date(2024, 5, 20), doc=nlp(text))
    split_sentences(work)
    work.quotes = quotes or []
    find_hedges(work)
    find_claims(work)
    return work.claims


def cued(text: str, content: str, cue: str, speaker: Speaker, *, after: int = 0) -> Quote:
    """Build an indirect quote with its cue (searched from ``after``)."""
    start, at = text.index(content, after), text.index(cue, after)
    return Quote(content, start, start + len(content), "indirect", speaker, cue, at, at + len(cue))


def claim_with(found: list[Claim], words: str) -> Claim:
    hits = [c for c in found if words in c.text]
    assert hits, [c.text for c in found]
    return hits[0]


# --- question clauses --------------------------------------------------------------


def test_the_question_lends_no_cues_to_the_answer(nlp: Language) -> None:
    text = 'Asked whether the bank might raise rates again, the governor said: "Our policy is working."'
    governor = Speaker("Mira Holt", SourceKind.PERSON, role="central bank governor")
    content = '"Our policy is working."'
    start = text.index(content)
    quote = Quote(content, start, start + len(content), "direct", governor, "said")
    claim = claim_with(claims(nlp, text, [quote]), "Our policy")
    assert claim.status is ClaimStatus.ATTRIBUTED
    assert claim.cues == ()
    assert not any("whether" in r or "might" in r for r in claim.reasons)


def test_when_asked_if_in_a_plain_sentence(nlp: Language) -> None:
    text = "When asked if the strike would spread, the union leader said it was confined to two plants."
    claim = claims(nlp, text)[0]
    assert "would" not in claim.cues and "if" not in claim.cues


# --- groups without names, and second mentions ----------------------------------------


@pytest.mark.parametrize(
    "group", ["Market analysts", "Critics of the plan", "Federal regulators", "Local residents"]
)
def test_groups_are_unnamed_not_officials(nlp: Language, group: str) -> None:
    text = f"{group} say the new tariff will raise prices."
    speaker = Speaker(group, SourceKind.OFFICIALS)  # as a quotes stage may label it
    claim = claims(nlp, text, [cued(text, "the new tariff will raise prices", "say", speaker)])[0]
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert claim.source_kind is SourceKind.UNNAMED
    assert claim.reasons[0] == f'source: unnamed — "{group}"'
    # Without the quotes stage, the frame is read the same way.
    assert claims(nlp, text)[0].source_kind is SourceKind.UNNAMED


def test_officials_stay_officials(nlp: Language) -> None:
    text = "Defence officials say the drills will last a week."
    speaker = Speaker("Defence officials", SourceKind.OFFICIALS)
    claim = claims(nlp, text, [cued(text, "the drills will last a week", "say", speaker)])[0]
    assert claim.source_kind is SourceKind.OFFICIALS


def test_second_mention_of_anonymous_sources_stays_anonymous(nlp: Language) -> None:
    text = (
        "The merger is off, three executives who spoke on condition of anonymity said. "
        "The board will meet again in June, the executives said."
    )
    first = Speaker("three executives who spoke on condition of anonymity", SourceKind.ANONYMOUS)
    again = Speaker("executives", SourceKind.UNNAMED, mention="the executives")
    quotes = [
        cued(text, "The merger is off", "said", first),
        cued(text, "The board will meet again in June", "said", again, after=60),
    ]
    claim = claim_with(claims(nlp, text, quotes), "meet again")
    assert claim.source_kind is SourceKind.ANONYMOUS
    assert claim.reasons[0].startswith('source: anonymous — "executives"')


def test_a_later_note_makes_the_source_anonymous(nlp: Language) -> None:
    text = (
        "According to a senior union organiser, the walkout will start on Monday. "
        "The organiser asked not to be identified."
    )
    organiser = Speaker("a senior union organiser", SourceKind.UNNAMED)
    quote = cued(text, "the walkout will start on Monday", "According to", organiser)
    found = claims(nlp, text, [quote])
    assert len(found) == 1  # the note itself is not a claim
    assert found[0].source_kind is SourceKind.ANONYMOUS


# --- sourcing chains ------------------------------------------------------------------


def test_chain_rests_on_the_cited_source(nlp: Language) -> None:
    text = "The airline plans to cut 2,000 jobs, according to Bloomberg, which cited two people briefed on the matter."
    bloomberg = Speaker("Bloomberg", SourceKind.OUTLET)
    claim = claims(
        nlp, text, [cued(text, "The airline plans to cut 2,000 jobs", "according to", bloomberg)]
    )[0]
    assert claim.text == "The airline plans to cut 2,000 jobs"
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert claim.source_kind is SourceKind.ANONYMOUS
    assert claim.speaker is not None and claim.speaker.via == "Bloomberg"
    assert any(r.endswith('cited by Bloomberg"') for r in claim.reasons)


def test_citing_unnamed_members(nlp: Language) -> None:
    text = "The Daily Courier, citing four council members, reported that the budget would be cut."
    courier = Speaker("The Daily Courier", SourceKind.OUTLET)
    claim = claims(nlp, text, [cued(text, "that the budget would be cut", "reported", courier)])[0]
    assert claim.source_kind is SourceKind.UNNAMED
    assert (
        claim.reasons[0] == 'source: unnamed — "four council members, cited by The Daily Courier"'
    )


def test_attribution_swallowed_by_a_second_quote_is_dropped(nlp: Language) -> None:
    text = "The port will close for a week, according to Reuters, which cited three dockworkers."
    reuters = Speaker("Reuters", SourceKind.OUTLET)
    inner = cued(text, "The port will close for a week", "according to", reuters)
    outer = cued(text, "The port will close for a week, according to Reuters", "cited", reuters)
    found = claims(nlp, text, [inner, outer])
    assert [c.text for c in found] == ["The port will close for a week"]
    assert found[0].source_kind is SourceKind.UNNAMED


def test_he_said_right_after_a_named_quote_is_that_speakers(nlp: Language) -> None:
    text = '"The roof is gone," said site manager Ola Berg. He said 40 workers had been sent home.'
    berg = Speaker("Ola Berg", SourceKind.PERSON, role="site manager")
    content = '"The roof is gone,"'
    quote = Quote(content, 0, len(content), "direct", berg, "said")
    claim = claim_with(claims(nlp, text, [quote]), "40 workers")
    assert claim.speaker == berg and claim.status is ClaimStatus.ATTRIBUTED


def test_he_said_after_an_unquoted_sentence_is_not_guessed(nlp: Language) -> None:
    text = "Ola Berg left the site at noon. He said 40 workers had been sent home."
    claim = claim_with(claims(nlp, text), "40 workers")
    assert claim.speaker is None


def test_second_that_clause_is_the_same_speakers_and_keeps_its_cues(nlp: Language) -> None:
    text = (
        "Diaz told reporters that the port was open, "
        "but that ships could be delayed if the fog persisted."
    )
    diaz = Speaker("Carla Diaz", SourceKind.PERSON, mention="Diaz")
    found = claims(nlp, text, [cued(text, "that the port was open", "told", diaz)])
    first = claim_with(found, "the port was open")
    second = claim_with(found, "ships could be delayed")
    assert first.status is ClaimStatus.ATTRIBUTED and first.cues == ()
    assert second.text.startswith("ships") and second.speaker == diaz
    assert second.status is ClaimStatus.UNCONFIRMED and {"could", "if"} <= set(second.cues)


def test_bare_officials_labelled_unnamed_are_officials_without_names(nlp: Language) -> None:
    text = "Port authorities said the channel would reopen on Monday."
    speaker = Speaker("Port authorities", SourceKind.UNNAMED)
    content = "the channel would reopen on Monday"
    claim = claims(nlp, text, [cued(text, content, "said", speaker)])[0]
    assert claim.source_kind is SourceKind.OFFICIALS
    assert claim.reasons[0] == 'source: officials without names — "Port authorities"'


def test_a_reported_question_is_not_a_claim_of_its_content(nlp: Language) -> None:
    text = "Lawmakers asked whether the treaty would survive the election."
    lawmakers = Speaker("Lawmakers", SourceKind.UNNAMED)
    content = "whether the treaty would survive the election"
    found = claims(nlp, text, [cued(text, content, "asked", lawmakers)])
    assert [c.text for c in found] == [text]
    assert found[0].status is ClaimStatus.STATED and found[0].cues == ()


def test_a_request_is_no_question_and_keeps_its_cues(nlp: Language) -> None:
    text = "The mayor asked residents to stay indoors because the smoke might be toxic."
    claim = claims(nlp, text)[0]
    assert "might" in claim.cues and claim.status is ClaimStatus.UNCONFIRMED



@pytest.mark.parametrize("joiner", ["and accused the growers of", "but warned it might", "while conceding it could"])
def test_a_further_clause_after_the_quote_lends_it_no_cues(nlp: Language, joiner: str) -> None:
    text = f'The packers\' cooperative said it remained "open to talks" {joiner} walk away.'
    coop = Speaker("The packers' cooperative", SourceKind.ORGANISATION)
    quote = cued(text, 'it remained "open to talks"', "said", coop)
    (claim,) = [c for c in claims(nlp, text, [quote]) if "open" in c.text]
    assert claim.status is ClaimStatus.ATTRIBUTED, claim.reasons


def test_a_hedge_in_another_clause_of_the_frame_is_not_the_quotes(nlp: Language) -> None:
    text = (
        "An appeals judge on Monday put off a ruling on whether the port authority broke "
        "tendering rules, saying she needed more time to read the filings."
    )
    judge = Speaker("An appeals judge", SourceKind.UNNAMED)
    quote = cued(text, "she needed more time to read the filings", "saying", judge)
    (claim,) = [c for c in claims(nlp, text, [quote]) if "more time" in c.text]
    assert not any("whether" in r for r in claim.reasons), claim.reasons


def test_a_hedge_on_the_attribution_still_counts(nlp: Language) -> None:
    text = "The harbour master reportedly told staff that the berth would close."
    master = Speaker("The harbour master", SourceKind.UNNAMED)
    quote = cued(text, "the berth would close", "told", master)
    (claim,) = [c for c in claims(nlp, text, [quote]) if "berth" in c.text]
    assert any("reportedly" in r for r in claim.reasons), claim.reasons


def test_the_cue_of_another_quote_in_the_sentence_is_not_this_ones(nlp: Language) -> None:
    text = (
        "A new survey suggests that rents may fall, though economists cautioned that the "
        "figures do not cover the capital."
    )
    survey = Speaker("A new survey", SourceKind.UNNAMED)
    economists = Speaker("economists", SourceKind.UNNAMED)
    quotes = [
        cued(text, "that rents may fall", "suggests", survey),
        cued(text, "that the figures do not cover the capital", "cautioned", economists),
    ]
    (claim,) = [c for c in claims(nlp, text, quotes) if "capital" in c.text]
    assert not any("suggests" in r for r in claim.reasons), claim.reasons
