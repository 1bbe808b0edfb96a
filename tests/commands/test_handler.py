"""The neutral handler over a real SQLite store, with extractions written by hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from bot.bootstrap import Services
from bot.commands.types import Request
from bot.extract.model import (
    Certainty,
    Claim,
    ClaimStatus,
    Event,
    Extraction,
    Quote,
    SourceKind,
    Speaker,
)

RUIZ = Speaker("Ana Ruiz", SourceKind.PERSON, role="Transport Minister")
ANON = Speaker("two officials who spoke on condition of anonymity", SourceKind.ANONYMOUS)


def day(text: str) -> date:
    return date.fromisoformat(text)


def vote_story() -> Extraction:
    return Extraction(
        version="test",
        published=day("2024-03-20"),
        quotes=(
            Quote("“The plan is dead on arrival.”", 0, 30, "direct", RUIZ, cue="said"),
            Quote("the vote could slip to April", 40, 70, "indirect", ANON, cue="said"),
        ),
        claims=(
            Claim("The vote could slip to April.", 40, 70, ClaimStatus.UNCONFIRMED,
                  reasons=('hedge: "could"', "source: anonymous"), cues=("could",),
                  source_kind=SourceKind.ANONYMOUS, speaker=ANON),
            Claim("The plan is dead on arrival.", 0, 30, ClaimStatus.ATTRIBUTED,
                  source_kind=SourceKind.PERSON, speaker=RUIZ),
            Claim("Parliament met on Tuesday.", 80, 100, ClaimStatus.STATED),
        ),
        events=(
            Event("Parliament votes on the budget", 100, 140, "will vote", Certainty.SCHEDULED,
                  participants=("Parliament",), earliest=day("2024-03-31"), latest=day("2024-03-31")),
            Event("The minister visits Madrid", 150, 190, "plans to visit", Certainty.EXPECTED,
                  participants=("Ana Ruiz",), place="Madrid",
                  earliest=day("2024-03-21"), latest=day("2024-03-23")),
            Event("The old bridge reopens", 200, 230, "was expected to reopen", Certainty.EXPECTED,
                  earliest=day("2024-01-01"), latest=day("2024-01-31")),
        ),
    )  # fmt: skip


def test_whosaid_a_surname_returns_only_that_speaker(
    services: Services, add_article: Callable[..., int]
) -> None:
    add_article(vote_story())
    reply = services.handler.handle(Request(command="whosaid", args="Ruiz"))
    assert not reply.error
    assert [i.title for i in reply.items] == ["Ana Ruiz (Transport Minister)"]
    assert reply.items[0].article is not None
    assert reply.items[0].article.source == "The Test Gazette"


def test_claims_default_to_unconfirmed_with_reasons(
    services: Services, add_article: Callable[..., int]
) -> None:
    add_article(vote_story())
    reply = services.handler.handle(Request(command="claims"))
    assert [i.body for i in reply.items] == ["The vote could slip to April."]
    why = {f.name: f.value for f in reply.items[0].fields}["Why"]
    assert '"could"' in why and "anonymous" in why


def test_claims_status_all_and_bad_status(
    services: Services, add_article: Callable[..., int]
) -> None:
    add_article(vote_story())
    everything = services.handler.handle(Request(command="claims", args="--status all"))
    assert everything.total == 3
    bad = services.handler.handle(Request(command="claims", options={"status": "maybe"}))
    assert bad.error and "maybe" in bad.text


def test_next_orders_by_window_end_and_hides_passed(
    services: Services, add_article: Callable[..., int]
) -> None:
    add_article(vote_story())
    reply = services.handler.handle(Request(command="next", options={"as_of": "2024-03-20"}))
    assert [i.body for i in reply.items] == [
        "The minister visits Madrid",
        "Parliament votes on the budget",
    ]


def test_next_with_nothing_upcoming_lists_passed_expectations(
    services: Services, add_article: Callable[..., int]
) -> None:
    add_article(vote_story())
    reply = services.handler.handle(Request(command="next", args="--as-of 2025-01-01"))
    assert "Nothing upcoming" in reply.text
    assert reply.items and all(i.title.startswith("Passed") for i in reply.items)
    undated = Extraction(
        version="test",
        published=day("2024-06-01"),
        events=(Event("The board meets", 0, 10, "will meet", Certainty.EXPECTED),),
    )
    add_article(undated, title="Undated", text="An undated expectation.")
    later = services.handler.handle(Request(command="next", args="--as-of 2025-01-01 --page 2"))
    assert later.total == 4  # the undated one is listed last, on the second page of three
    assert [i.body for i in later.items] == ["The board meets"]
    assert later.items[0].title.startswith("Passed")


def test_malformed_as_of_date_is_a_clear_error(services: Services) -> None:
    reply = services.handler.handle(Request(command="next", options={"as_of": "2024-13-45"}))
    assert reply.error and "2024-13-45" in reply.text


def test_unknown_command_points_to_help(services: Services) -> None:
    reply = services.handler.handle(Request(command="frobnicate"))
    assert reply.error and "/help" in reply.text


def test_paging_counts_and_notes(services: Services, add_article: Callable[..., int]) -> None:
    for n in range(4):
        add_article(vote_story(), title=f"Story {n}", text=f"Distinct body {n}.")
    first = services.handler.handle(Request(command="articles"))
    assert first.total == 4 and len(first.items) == 3
    assert any("--page 2" in note for note in first.notes)
    second = services.handler.handle(Request(command="articles", options={"page": "2"}))
    assert len(second.items) == 1


def test_flag_is_idempotent_per_user(services: Services, add_article: Callable[..., int]) -> None:
    add_article(vote_story())
    claim_id = services.handler.handle(Request(command="claims")).items[0].ref_id
    first = services.handler.handle(Request(command="flag", args=str(claim_id), user_id="u1"))
    again = services.handler.handle(Request(command="flag", args=str(claim_id), user_id="u1"))
    assert first.title.startswith("Flagged") and "already" in again.title
    fields = {f.name: f.value for f in again.items[0].fields}
    assert fields["Flagged"].startswith("1 ")
    noted = services.handler.handle(
        Request(command="flag", args=str(claim_id), user_id="u2", options={"note": "call the ministry"})
    )
    assert {f.name: f.value for f in noted.fields} == {"Your note": "call the ministry"}


def test_flag_unknown_claim_is_not_found(services: Services) -> None:
    reply = services.handler.handle(Request(command="flag", args="999"))
    assert reply.error and "999" in reply.text


def test_ingest_needs_an_editor(services: Services) -> None:
    reply = services.handler.handle(Request(command="ingest", args="Some text.", is_editor=False))
    assert reply.error and "editors" in reply.text.lower()


def test_hostile_queries_are_answered_not_raised(
    services: Services, add_article: Callable[..., int]
) -> None:
    add_article(vote_story())
    for query in ("@everyone", "<!channel>", "'; DROP TABLE article; --", '"', "*", "OR"):
        reply = services.handler.handle(Request(command="whosaid", args=query))
        assert not reply.error, query
    assert services.handler.handle(Request(command="articles")).total == 1


def test_ask_routes_to_the_right_command(
    services: Services, add_article: Callable[..., int]
) -> None:
    add_article(vote_story())
    reply = services.handler.handle(Request(command="ask", args="what did Ruiz say?"))
    assert reply.items and reply.items[0].title.startswith("Ana Ruiz")
    unconfirmed = services.handler.handle(Request(command="ask", args="which claims are unconfirmed?"))
    assert [i.body for i in unconfirmed.items] == ["The vote could slip to April."]


def test_article_detail_and_missing_article(
    services: Services, add_article: Callable[..., int]
) -> None:
    article_id = add_article(vote_story())
    reply = services.handler.handle(Request(command="article", args=f"#{article_id}"))
    assert reply.title == "Test story" and "3 claims" in reply.text
    assert services.handler.handle(Request(command="article", args="77")).error
    assert services.handler.handle(Request(command="article", args="abc")).error


def test_next_pages_through_upcoming_events(services: Services, add_article: Callable[..., int]) -> None:
    add_article(vote_story(), title="One", text="First body.")
    add_article(vote_story(), title="Two", text="Second body.")
    first = services.handler.handle(Request(command="next", options={"as_of": "2024-03-20"}))
    assert first.total == 4 and len(first.items) == 3
    assert any("--page 2" in note for note in first.notes)
    second = services.handler.handle(
        Request(command="next", options={"as_of": "2024-03-20", "page": "2"})
    )
    assert [i.body for i in second.items] == ["Parliament votes on the budget"]


def test_article_detail_lists_what_was_found(
    services: Services, add_article: Callable[..., int]
) -> None:
    article_id = add_article(vote_story())
    reply = services.handler.handle(Request(command="article", args=str(article_id)))
    kinds = [i.kind for i in reply.items]
    assert kinds.count("quote") == 2 and kinds.count("event") == 3
    assert "claim" in kinds


def test_status_labels_are_readable(services: Services, add_article: Callable[..., int]) -> None:
    add_article(vote_story())
    fields = {f.name: f.value for f in services.handler.handle(Request(command="status")).fields}
    assert fields["Articles"] == "1" and fields["Claims unconfirmed"] == "1"


def test_what_a_person_said_about_a_topic(
    services: Services, add_article: Callable[..., int]
) -> None:
    add_article(vote_story())
    about = services.handler.handle(Request(command="ask", args="what did Ruiz say about the plan?"))
    assert [i.title for i in about.items] == ["Ana Ruiz (Transport Minister)"]
    other = services.handler.handle(Request(command="ask", args="what did Ruiz say about April?"))
    assert other.items == () and "Ruiz about April" in other.text


def test_a_refusal_reads_as_a_refusal_not_as_words(
    services: Services, add_article: Callable[..., int]
) -> None:
    story = Extraction(
        version="test",
        published=day("2024-03-20"),
        quotes=(Quote("when the vote would be held", 0, 30, "indirect", RUIZ, cue="did not say"),),
    )
    add_article(story)
    item = services.handler.handle(Request(command="whosaid", args="Ruiz")).items[0]
    assert item.kind == "refusal"
    assert item.body == "did not say when the vote would be held"


def test_refusal_cues() -> None:
    from bot.extract.speech_lexicon import is_refusal_cue

    assert is_refusal_cue("declined to comment") and is_refusal_cue("didn't say")
    assert is_refusal_cue("would not confirm")
    assert not is_refusal_cue("said") and not is_refusal_cue("did not stop") and not is_refusal_cue(None)
