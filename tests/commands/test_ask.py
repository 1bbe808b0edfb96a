import pytest

from bot.commands.ask import route_question


@pytest.mark.parametrize(
    ("question", "command", "args", "status"),
    [
        ("who said what about submarines?", "whosaid", "submarines", None),
        ("What did Watson say?", "whosaid", "Watson", None),
        ("what did the New York Post say about Kim?", "whosaid", "New York Post", None),
        ("which claims are unconfirmed?", "claims", "", "unconfirmed"),
        ("Which claims about Russia are unconfirmed?", "claims", "Russia", "unconfirmed"),
        ("unconfirmed claims about naval drills", "claims", "naval drills", "unconfirmed"),
        ("when is the next expected event?", "next", "", None),
        ("what is expected next for Kim Jong-un?", "next", "Kim Jong-un", None),
        ("which articles do you have?", "articles", "", None),
        ("help", "help", "", None),
        ("show me claims about sanctions", "claims", "sanctions", "all"),
        ("Vladivostok", "whosaid", "Vladivostok", None),
    ],
)
def test_questions_route_to_commands(
    question: str, command: str, args: str, status: str | None
) -> None:
    route = route_question(question)
    assert route.command == command
    assert route.args == args
    assert route.options.get("status") == status
