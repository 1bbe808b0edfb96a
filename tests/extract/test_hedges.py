"""Hedge cues in context: one test per cue family and per word sense the rules tell apart."""

from __future__ import annotations

from spacy.language import Language

from bot.extract.hedges import UNCERTAINTY, hedges_in, is_uncertain
from bot.extract.hedges.lexicon import load_lexicon
from bot.extract.hedges.rules import CHECKS
from bot.extract.model import Hedge


def cues(nlp: Language, text: str) -> list[tuple[str, str]]:
    """Return (cue text, category) pairs found in the text."""
    return [(h.text, h.category) for h in hedges_in(nlp(text))]


def words(nlp: Language, text: str) -> list[str]:
    return [h.text.lower() for h in hedges_in(nlp(text))]


def test_lexicon_names_only_known_checks_and_categories() -> None:
    lex = load_lexicon()
    known = UNCERTAINTY | {"prediction"}
    for entries in lex.words.values():
        for cue in entries:
            assert cue.check is None or cue.check in CHECKS, cue
            assert cue.category in known, cue
    for entries in lex.phrases.values():
        assert all(category in known for _, category in entries)


def test_offsets_point_at_the_cue(nlp: Language) -> None:
    text = "Officials said the plant may or may not reopen, and it is unclear whether it will."
    for hedge in hedges_in(nlp(text)):
        assert text[hedge.start : hedge.end] == hedge.text


# --- "may": the modal, the month, a permission --------------------------------


def test_may_modal_is_epistemic(nlp: Language) -> None:
    assert cues(nlp, "The talks may collapse before the summit.") == [("may", "epistemic")]


def test_may_the_month_is_not_a_hedge(nlp: Language) -> None:
    assert cues(nlp, "The talks collapsed in May.") == []
    assert cues(nlp, "On May 5, 2023, the minister resigned.") == []


def test_may_of_permission_is_not_a_hedge(nlp: Language) -> None:
    assert cues(nlp, "Visitors may enter the museum free of charge on Sundays.") == []
    assert "may" in words(nlp, "Visitors may be disappointed by the new rules.")


def test_may_or_may_not_is_one_cue(nlp: Language) -> None:
    assert cues(nlp, "The minister may or may not attend.") == [("may or may not", "epistemic")]


# --- "expected": forecast vs fact ---------------------------------------------


def test_expected_as_forecast(nlp: Language) -> None:
    assert words(nlp, "The visit is expected within days.") == ["expected"]
    assert words(nlp, "Prices are expected to rise next year.") == ["expected"]


def test_expected_as_fact_is_not_a_hedge(nlp: Language) -> None:
    assert words(nlp, "As expected, the ruling party won the vote.") == []
    assert words(nlp, "Sales were stronger than expected last quarter.") == []
    assert words(nlp, "The second theme arrives in the expected key.") == []


# --- "could" and "would": possibility vs past ability / narrative --------------


def test_could_of_possibility(nlp: Language) -> None:
    assert words(nlp, "The strike could cost the company millions.") == ["could"]
    assert words(nlp, "The fire could have started in the kitchen.") == ["could"]


def test_could_of_past_ability_is_not_a_hedge(nlp: Language) -> None:
    assert words(nlp, "When he was a child, he could swim across the lake.") == []
    assert words(nlp, "The rescuers could not reach the village until Monday.") == []


def test_would_hypothetical_vs_future_in_the_past(nlp: Language) -> None:
    assert words(nlp, "Critics say the plan would require a new law.") == ["would"]
    assert words(nlp, "This would be a disaster for the region.") == ["would"]
    assert words(nlp, "He joined the firm in 1990 and would later become its chairman.") == []


def test_conditional_if_and_would(nlp: Language) -> None:
    found = cues(nlp, "If the talks fail, the strike would resume on Monday.")
    assert ("If", "conditional") in found and ("would", "conditional") in found
    assert cues(nlp, "Troops will stay unless a deal is signed.") == [
        ("will", "prediction"),
        ("unless", "conditional"),
    ]
    assert cues(nlp, "The train would stop in Kazan in that case.") == [
        ("in that case", "conditional")
    ]


def test_if_that_is_not_a_condition(nlp: Language) -> None:
    assert cues(nlp, "Reporters asked if the minister had resigned.") == [("if", "investigative")]
    assert cues(nlp, "He talked as if nothing had happened.") == []
    assert cues(nlp, "A number is even if and only if it is divisible by two.") == []
    assert cues(nlp, "The show brought a sense of joy, if fleeting, to viewers.") == []


# --- epistemic: seem, appear, suggest, likely, possible, unclear ---------------


def test_epistemic_verbs_and_adjectives(nlp: Language) -> None:
    assert cues(nlp, "The two countries seem to be coming together.") == [("seem", "epistemic")]
    assert cues(nlp, "Reports suggest that talks have stalled.") == [("suggest", "epistemic")]
    assert cues(nlp, "A deal is likely before Friday.") == [("likely", "epistemic")]
    assert cues(nlp, "It is unclear who fired first.") == [("unclear", "epistemic")]


def test_appears_raising_vs_appearing(nlp: Language) -> None:
    assert words(nlp, "The leader appears to be in good health.") == ["appears"]
    assert words(nlp, "It appears that the convoy turned back.") == ["appears"]
    assert words(nlp, "The actor appears in three films this year.") == []


def test_possible_guess_vs_ability(nlp: Language) -> None:
    assert words(nlp, "It is possible that the virus escaped from a farm.") == ["possible"]
    assert words(nlp, "Officials named a possible cause of the crash.") == ["possible"]
    assert words(nlp, "It is possible to climb the peak in a day.") == []
    assert words(nlp, "Leave the building as soon as possible.") == []


def test_no_doubt_is_certainty(nlp: Language) -> None:
    assert words(nlp, "There is no doubt that the bridge collapsed.") == []


# --- doxastic: believed, considered, seen as ----------------------------------


def test_doxastic_opinion_frames(nlp: Language) -> None:
    assert cues(nlp, "He is widely believed to have fled.") == [("believed", "doxastic")]
    assert cues(nlp, "She is considered the best goalkeeper of her generation.") == [
        ("considered", "doxastic")
    ]
    assert cues(nlp, "The reform is seen as a test for the government.") == [("seen", "doxastic")]


def test_seen_and_considered_without_an_opinion(nlp: Language) -> None:
    assert words(nlp, "The comet can be seen in the night sky.") == []
    assert words(nlp, "The proposal was considered.") == []


# --- speculative: mulling, considering, hypothesize, estimate, potentially -----


def test_speculative_plans_and_guesses(nlp: Language) -> None:
    assert cues(nlp, "Russia and North Korea are mulling an arms deal.") == [
        ("mulling", "speculative")
    ]
    assert cues(nlp, "The board is considering a merger with its rival.") == [
        ("considering", "speculative")
    ]
    assert cues(nlp, "They hypothesize that the virus mutated.") == [("hypothesize", "speculative")]
    assert cues(nlp, "The change potentially affects millions.") == [("potentially", "speculative")]


def test_estimate_as_guess_vs_figure(nlp: Language) -> None:
    assert words(nlp, "Analysts estimate that the war cost billions.") == ["estimate"]
    assert words(nlp, "An estimated 5,000 people attended the rally.") == []


# --- reported and investigative ------------------------------------------------


def test_reported_cues(nlp: Language) -> None:
    assert cues(nlp, "The general reportedly fled the capital.") == [("reportedly", "reported")]
    assert cues(nlp, "The alleged bribe was paid in cash.") == [("alleged", "reported")]
    assert cues(nlp, "He allegedly paid the officials.") == [("allegedly", "reported")]


def test_investigative_cues(nlp: Language) -> None:
    assert cues(nlp, "Police are trying to determine whether the fire was set.") == [
        ("determine", "investigative"),
        ("whether", "investigative"),
    ]
    assert words(nlp, "The jury determined the winner.") == []


# --- predictions are kept but are not uncertainty -----------------------------


def test_will_is_a_prediction_not_uncertainty(nlp: Language) -> None:
    found = hedges_in(nlp("Kim Jong-un will visit Russia shortly."))
    assert [(h.text, h.category) for h in found] == [("will", "prediction")]
    assert not is_uncertain(found)
    assert is_uncertain([Hedge("might", 0, 5, "epistemic")])
    assert words(nlp, "She left her house to her son in her will.") == []


# --- regressions from the Szeged-Wiki error analysis (one per class) -----------


def test_opinion_with_agent_then_as(nlp: Language) -> None:
    assert words(nlp, "Arafat was regarded by critics as a terrorist leader.") == ["regarded"]


def test_reduced_passive_opinion(nlp: Language) -> None:
    found = words(nlp, "Brook is a British director, and considered one of the most influential.")
    assert found == ["considered"]


def test_reported_possibility_under_a_past_verb(nlp: Language) -> None:
    assert words(nlp, "The ombudsman stated that the denial could violate human rights.") == [
        "could"
    ]


def test_permission_may_only_in_active_voice(nlp: Language) -> None:
    assert words(nlp, "Guests may bring their own food.") == []
    assert words(nlp, "Guests may be asked to leave early.") == ["may"]


def test_scheduled_futures_are_predictions(nlp: Language) -> None:
    assert cues(nlp, "The minister is due to arrive on Monday.") == [("due", "prediction")]
    assert cues(nlp, "The match was cancelled due to the rain.") == []
    assert cues(nlp, "Kim is set to meet Putin in Vladivostok.") == [("set", "prediction")]


def test_weighing_a_decision_vs_a_weight(nlp: Language) -> None:
    assert cues(nlp, "The senator is weighing a presidential bid.") == [("weighing", "speculative")]
    assert cues(nlp, "The package is weighing 5 kilograms.") == []


def test_reported_would_is_a_prediction(nlp: Language) -> None:
    assert cues(nlp, "The company said it would cut 500 jobs.") == [("would", "prediction")]


def test_could_not_under_a_speech_verb_is_inability(nlp: Language) -> None:
    assert cues(nlp, "The White House said it could not confirm the reports.") == []


def test_not_ruling_out(nlp: Language) -> None:
    assert cues(nlp, "Officials have not ruled out a visit.") == [("not ruled out", "epistemic")]
    assert cues(nlp, "The minister didn't rule out new taxes.") == [("n't rule out", "epistemic")]


def test_reported_would_in_a_present_frame_is_a_prediction(nlp: Language) -> None:
    assert cues(nlp, "Trump has said that he would not defend the allies.") == [
        ("would", "prediction")
    ]


def test_a_measured_comparison_of_likelihood_is_no_hedge(nlp: Language) -> None:
    assert "likely" not in words(nlp, "Cyclists were 30 percent less likely to be injured on the new lanes.")
    assert "likely" not in words(nlp, "Night-shift workers were twice as likely to report poor sleep.")
    assert "likely" in words(nlp, "The merger is more likely to pass now.")
    assert "unlikely" in words(nlp, "The minister is unlikely to resign.")


def test_the_attributions_past_tense_does_not_make_a_quoted_could_an_ability(nlp: Language) -> None:
    text = '"The overlap is large, and the regulator could demand that two plants be sold," he said.'
    assert "could" in words(nlp, text)
    assert "could" not in words(nlp, "When he was young he could swim for miles.")
