import pytest

from bot.commands.parse import canonical_command, merged_options, parse_line, split_options
from bot.errors import CommandError


def test_slash_line_splits_command_and_args() -> None:
    assert parse_line("/whosaid Adrienne Watson") == ("whosaid", "Adrienne Watson")
    assert parse_line("  /NEXTEVENT  ") == ("next", "")


def test_plain_text_is_a_question() -> None:
    assert parse_line("what did Watson say?") == ("ask", "what did Watson say?")


def test_aliases_map_to_core_commands() -> None:
    assert canonical_command("/nextevent") == "next"
    assert canonical_command("who") == "whosaid"
    assert canonical_command("claims") == "claims"


def test_options_are_split_out_of_free_text() -> None:
    rest, options = split_options("Russia --status all --page=2")
    assert rest == "Russia"
    assert options == {"status": "all", "page": "2"}


def test_as_of_option_uses_underscore_key() -> None:
    assert split_options("--as-of 2023-09-06")[1] == {"as_of": "2023-09-06"}


def test_unknown_option_is_a_clear_error() -> None:
    with pytest.raises(CommandError, match="--colour"):
        split_options("x --colour red")


def test_option_without_value_is_an_error() -> None:
    with pytest.raises(CommandError, match="needs a value"):
        split_options("x --status")


def test_unbalanced_quote_in_free_text_does_not_fail() -> None:
    assert split_options("Kim's visit")[0] == "Kim's visit"


def test_typed_options_override_inline_ones() -> None:
    assert merged_options("x --status stated", {"status": "all"}) == ("x", {"status": "all"})


def test_ingest_options_come_out_of_pasted_text_anywhere() -> None:
    from bot.commands.edits import ingest_args

    text, options = ingest_args(
        'The mayor said -- after a pause -- "no". --published 2025-05-05 --source "The Courier"', {}
    )
    assert text == 'The mayor said -- after a pause -- "no".'
    assert options == {"published": "2025-05-05", "source": "The Courier"}
    assert ingest_args("--title=Budget https://example.org/a", {"title": "Typed"}) == (
        "https://example.org/a",
        {"title": "Typed"},
    )
    assert ingest_args("Plain text, no options.", {}) == ("Plain text, no options.", {})
