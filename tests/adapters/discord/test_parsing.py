"""The pure translation from Discord command payloads to core requests."""

import discord

from adapters.discord_bot.fake import payloads as p
from adapters.discord_bot.parsing import (
    Caller,
    claim_ids,
    command_path,
    may_ingest,
    question_from_message,
    refusal,
    to_request,
    wants_public,
)

CALLER = Caller(user_id="10", channel_id="200", user_name="reporter")


def data(name: str, *options: dict, resolved: dict | None = None) -> dict:
    payload = {"id": "1", "name": name, "type": 1, "options": list(options)}
    if resolved:
        payload["resolved"] = resolved
    return payload


def test_whosaid_query_becomes_args_and_public_stays_with_the_adapter() -> None:
    payload = data("whosaid", p.option("query", " John Kirby "), p.option("public", True, kind=5))
    request = to_request(payload, caller=CALLER)
    assert (request.command, request.args, dict(request.options)) == ("whosaid", "John Kirby", {})
    assert (request.platform, request.user_id, request.channel_id) == ("discord", "10", "200")
    assert wants_public(payload) is True
    assert wants_public(data("whosaid", p.option("query", "x"))) is False


def test_nextevent_maps_to_the_core_next_with_its_typed_options() -> None:
    payload = data("nextevent", p.option("topic", "summit"), p.option("as_of", "2023-09-06"))
    request = to_request(payload, caller=CALLER)
    assert (request.command, request.args, dict(request.options)) == (
        "next",
        "summit",
        {"as_of": "2023-09-06"},
    )


def test_claims_status_is_an_option_and_topic_may_be_empty() -> None:
    request = to_request(data("claims", p.option("status", "all")), caller=CALLER)
    assert (request.command, request.args, dict(request.options)) == (
        "claims",
        "",
        {"status": "all"},
    )


def test_articles_with_a_number_asks_for_one_article() -> None:
    assert to_request(data("articles"), caller=CALLER).command == "articles"
    one = to_request(data("articles", p.option("article", 3, kind=4)), caller=CALLER)
    assert (one.command, one.args) == ("article", "3")


def test_subcommands_are_flattened() -> None:
    payload = data("newsroom", p.subcommand("status", [p.option("public", False, kind=5)]))
    assert command_path(payload)[0] == "newsroom status"
    assert to_request(payload, caller=CALLER).command == "status"
    assert to_request(data("newsroom", p.subcommand("help")), caller=CALLER).command == "help"


def test_ingest_of_an_attachment_passes_its_text_and_file_name() -> None:
    resolved = {
        "attachments": {
            "55": p.attachment(55, filename="story.md", url="http://x/story.md", size=9)
        }
    }
    payload = data(
        "newsroom",
        p.subcommand(
            "ingest", [p.option("file", "55", kind=11), p.option("published", "2023-09-06")]
        ),
        resolved=resolved,
    )
    editor = Caller(user_id="11", is_editor=True)
    request = to_request(payload, caller=editor, attachment_text="# Story\nText.")
    assert (request.command, request.args, request.is_editor) == ("ingest", "# Story\nText.", True)
    assert dict(request.options) == {"published": "2023-09-06", "filename": "story.md"}


def test_ingest_of_a_url_gives_it_as_args_and_option() -> None:
    request = to_request(data("ingest", p.option("url", "https://example.org/a")), caller=CALLER)
    assert (request.args, request.options["url"], request.is_editor) == (
        "https://example.org/a",
        "https://example.org/a",
        False,
    )


def test_editors_are_the_configured_role_by_name_or_id_or_moderators() -> None:
    none = discord.Permissions.none()
    assert may_ingest(
        role_ids=[300], role_names=["editors"], permissions=none, ingest_role="Editors"
    )
    assert may_ingest(role_ids=[300], role_names=["Desk"], permissions=none, ingest_role="300")
    assert not may_ingest(
        role_ids=[301], role_names=["Reporters"], permissions=none, ingest_role="Editors"
    )
    assert not may_ingest(
        role_ids=[300], role_names=["Editors"], permissions=none, ingest_role=None
    )
    moderator = discord.Permissions(manage_messages=True)
    assert may_ingest(role_ids=[], role_names=[], permissions=moderator, ingest_role=None)
    assert may_ingest(
        role_ids=[],
        role_names=[],
        permissions=discord.Permissions(manage_guild=True),
        ingest_role="x",
    )


def test_refusals_name_what_is_needed() -> None:
    assert "“Editors” role" in refusal("Editors")
    assert "<@&300>" in refusal("300")
    assert "Manage Messages" in refusal(None) and "role" not in refusal(None)


def test_claim_ids_are_read_back_from_footers() -> None:
    footers = ["Page 1 of 2 · claims #12, #13 — react 🚩 to flag them", "claim #13", "Page 2"]
    assert claim_ids(footers) == [12, 13]
    assert claim_ids(["Page 1 of 2", ""]) == []


def test_mentions_of_the_bot_are_removed_from_a_question() -> None:
    assert (
        question_from_message("<@900> who said what about Kim? <@!900>", bot_id=900)
        == "who said what about Kim?"
    )
    assert question_from_message("<@123> hello", bot_id=900) == "<@123> hello"
