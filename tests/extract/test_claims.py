"""Claims: status paths (stated, hedged, prediction, named / anonymous / unnamed sources) and units."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from bot.extract.claims import find_claims
from bot.extract.hedges import find_hedges
from bot.extract.model import Claim, ClaimStatus, Quote, SourceKind, Speaker
from bot.extract.pipeline import Work
from bot.extract.sentences import split_sentences

WATSON = Speaker(
    name="Adrienne Watson",
    kind=SourceKind.PERSON,
    role="US National Security Council spokesperson",
    mention="Watson",
)


def quote(text: str, content: str, speaker: Speaker, *, kind: str = "direct") -> Quote:
    """Build a quote over the first occurrence of ``content`` in ``text``."""
    start = text.index(content)
    return Quote(content, start, start + len(content), kind, speaker)


def claims(nlp: Language, text: str, quotes: list[Quote] | None = None) -> list[Claim]:
    """Run the hedge and claims stages over hand-made input."""
    doc = nlp(text)
    work = Work(text=text, published=date(2023, 9, 6), doc=doc)
    split_sentences(work)  # the pipeline's own sentence stage: line breaks end sentences
    work.quotes = quotes or []
    find_hedges(work)
    find_claims(work)
    return work.claims


def only(found: list[Claim]) -> Claim:
    assert len(found) == 1, [c.text for c in found]
    return found[0]


def test_plain_assertion_is_stated(nlp: Language) -> None:
    claim = only(claims(nlp, "Putin's Russia invaded Ukraine almost 20 months ago."))
    assert claim.status is ClaimStatus.STATED
    assert claim.reasons == () and claim.cues == ()
    assert claim.source_kind is SourceKind.NONE


def test_hedged_statement_is_unconfirmed(nlp: Language) -> None:
    claim = only(claims(nlp, "Kim Jong-un might visit Moscow next week."))
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert claim.reasons == ('hedge: "might"',)
    assert claim.cues == ("might",)


def test_degree_adverb_stays_with_its_hedge(nlp: Language) -> None:
    claim = only(claims(nlp, "The meeting will most likely focus on weapons."))
    assert claim.cues == ("will", "most likely")
    assert claim.reasons == ('prediction: "will"', 'hedge: "most likely"')


def test_prediction_is_unconfirmed(nlp: Language) -> None:
    claim = only(claims(nlp, "The president will visit Paris on Tuesday."))
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert claim.reasons == ('prediction: "will"',)


def test_expected_fact_vs_forecast(nlp: Language) -> None:
    forecast = only(claims(nlp, "The visit is expected within days."))
    assert forecast.status is ClaimStatus.UNCONFIRMED
    assert forecast.cues == ("expected",)
    fact = only(claims(nlp, "As expected, the ruling party won the vote."))
    assert fact.status is ClaimStatus.STATED


def test_may_month_vs_modal(nlp: Language) -> None:
    assert only(claims(nlp, "The ceasefire began in May.")).status is ClaimStatus.STATED
    modal = only(claims(nlp, "The ceasefire may begin on Friday."))
    assert modal.status is ClaimStatus.UNCONFIRMED and modal.cues == ("may",)


def test_named_on_record_quote_is_attributed(nlp: Language) -> None:
    text = '"We urge the DPRK to cease its arms negotiations with Russia," Watson added.'
    content = '"We urge the DPRK to cease its arms negotiations with Russia,"'
    claim = only(claims(nlp, text, [quote(text, content, WATSON)]))
    assert claim.status is ClaimStatus.ATTRIBUTED
    assert claim.text == content
    assert claim.speaker == WATSON and claim.source_kind is SourceKind.PERSON
    assert claim.reasons == (
        'source: on record — "Adrienne Watson (US National Security Council spokesperson)"',
    )


def test_named_holders_belief_inside_a_quote_is_not_a_hedge(nlp: Language) -> None:
    text = '"We know that Kim Jong Un expects these discussions to continue," Watson said.'
    content = '"We know that Kim Jong Un expects these discussions to continue,"'
    claim = only(claims(nlp, text, [quote(text, content, WATSON)]))
    assert claim.status is ClaimStatus.ATTRIBUTED


def test_hedge_in_a_named_quote_still_makes_it_unconfirmed(nlp: Language) -> None:
    text = '"The talks might collapse," Watson said.'
    claim = only(claims(nlp, text, [quote(text, '"The talks might collapse,"', WATSON)]))
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert 'hedge: "might"' in claim.reasons
    assert claim.reasons[0].startswith("source: on record")


def test_anonymous_speaker_makes_it_unconfirmed(nlp: Language) -> None:
    text = "The deal is done, two officials who spoke on condition of anonymity said."
    anonymous = Speaker("two officials", SourceKind.ANONYMOUS)
    claim = only(claims(nlp, text, [quote(text, "The deal is done", anonymous, kind="indirect")]))
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert claim.source_kind is SourceKind.ANONYMOUS
    assert (
        'source: anonymous — "two officials" (who spoke on condition of anonymity)' in claim.reasons
    )


def test_anonymity_phrase_without_a_quote(nlp: Language) -> None:
    text = "Two officials who spoke on condition of anonymity said the deal was done."
    claim = only(claims(nlp, text))
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert claim.source_kind is SourceKind.ANONYMOUS
    assert claim.reasons == (
        'source: anonymous — "Two officials" (who spoke on condition of anonymity)',
    )


def test_anonymity_words_about_a_thing_are_not_a_source(nlp: Language) -> None:
    claim = only(claims(nlp, "Troops met in Vladivostok, which is close to the border."))
    assert claim.status is ClaimStatus.STATED


def test_unnamed_reports(nlp: Language) -> None:
    claim = only(claims(nlp, "Russia and North Korea are trading weapons, reports suggest."))
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert claim.source_kind is SourceKind.UNNAMED
    assert claim.reasons == ("source: unnamed reports",)
    assert claim.cues == ("reports suggest",)


def test_unnamed_single_source(nlp: Language) -> None:
    text = "A South Korean lawmaker revealed that the three states planned naval drills."
    lawmaker = Speaker("A South Korean lawmaker", SourceKind.UNNAMED)
    content = "the three states planned naval drills"
    claim = only(claims(nlp, text, [quote(text, content, lawmaker, kind="indirect")]))
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert claim.text == content
    assert claim.reasons == ('source: unnamed — "A South Korean lawmaker"',)
    # Without the quotes stage, the speech frame is read directly.
    fallback = only(claims(nlp, text))
    assert fallback.source_kind is SourceKind.UNNAMED and fallback.status is ClaimStatus.UNCONFIRMED


def test_officials_without_names_are_unconfirmed(nlp: Language) -> None:
    text = "The meeting focused on weapons, according to US officials."
    claim = only(claims(nlp, text))
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert claim.source_kind is SourceKind.OFFICIALS
    assert claim.reasons == ('source: officials without names — "US officials"',)


def test_named_outlet_frame_is_attributed(nlp: Language) -> None:
    claim = only(claims(nlp, "The two leaders met in Vladivostok, the Kremlin said."))
    assert claim.status is ClaimStatus.ATTRIBUTED
    assert claim.source_kind in (SourceKind.ORGANISATION, SourceKind.PERSON)


def test_frame_hedge_counts_for_the_reported_content(nlp: Language) -> None:
    text = "They hypothesize that Moscow could give Kim satellite technology."
    officials = Speaker("US officials", SourceKind.OFFICIALS)
    content = "Moscow could give Kim satellite technology"
    claim = only(claims(nlp, text, [quote(text, content, officials, kind="indirect")]))
    assert claim.cues == ("hypothesize", "could")


def test_non_claims_are_skipped(nlp: Language) -> None:
    text = (
        "America's Enemies Join Forces\n\n"
        "Will Kim travel to Moscow?\n\n"
        "The leaders met on Tuesday.\n\n"
        "Read the rest here."
    )
    assert [c.text for c in claims(nlp, text)] == ["The leaders met on Tuesday."]


def test_multi_sentence_quote_is_one_claim(nlp: Language) -> None:
    text = '"Russia is courting its allies. North Korea knows sanctions well," the Post comments.'
    content = '"Russia is courting its allies. North Korea knows sanctions well,"'
    post = Speaker("The New York Post", SourceKind.OUTLET, mention="the Post")
    found = claims(nlp, text, [quote(text, content, post)])
    claim = only(found)
    assert claim.text == content and claim.status is ClaimStatus.ATTRIBUTED


def test_question_without_question_mark_and_plugs_are_skipped(nlp: Language) -> None:
    text = (
        "So why would Trump even go down that road.\n\n"
        "Why the talks failed is now clear.\n\n"
        "Follow Pam Key on Twitter @pamkey."
    )
    assert [c.text for c in claims(nlp, text)] == ["Why the talks failed is now clear."]


def test_contracted_prediction_reads_whole(nlp: Language) -> None:
    claim = only(claims(nlp, "Gennifer Flowers won't be at the debate, and Trump is going to win."))
    assert claim.cues == ("won't", "going to")


def test_quote_in_a_headline_is_not_a_claim(nlp: Language) -> None:
    text = "BOSS SAYS THE SHOW IS OVER\n\nThe studio cancelled the show on Friday."
    boss = Speaker("The head of the studio", SourceKind.UNNAMED)
    found = claims(nlp, text, [quote(text, "THE SHOW IS OVER", boss, kind="indirect")])
    assert [c.text for c in found] == ["The studio cancelled the show on Friday."]


def test_own_clause_beside_a_quote_is_its_own_claim(nlp: Language) -> None:
    text = "The army withdrew on Monday, and officials said the town was safe."
    officials = Speaker("officials", SourceKind.OFFICIALS)
    said = text.index("said")
    content = "the town was safe"
    start = text.index(content)
    q = Quote(content, start, start + len(content), "indirect", officials, "said", said, said + 4)
    found = {c.text: c for c in claims(nlp, text, [q])}
    assert set(found) == {"The army withdrew on Monday", "the town was safe"}
    assert found["The army withdrew on Monday"].status is ClaimStatus.STATED
    assert found["the town was safe"].source_kind is SourceKind.OFFICIALS


def test_nested_quote_belongs_to_the_outer_statement(nlp: Language) -> None:
    text = "Watson said the envoy told her that the talks had collapsed."
    outer = quote(text, "the envoy told her that the talks had collapsed", WATSON, kind="indirect")
    envoy = Speaker("the envoy", SourceKind.UNNAMED)
    inner = quote(text, "the talks had collapsed", envoy, kind="indirect")
    claim = only(claims(nlp, text, [outer, inner]))
    assert claim.text == "the envoy told her that the talks had collapsed"
    # The least checkable source in the chain decides: an unnamed envoy.
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert claim.source_kind is SourceKind.UNNAMED
    assert 'source: unnamed — "the envoy"' in claim.reasons
