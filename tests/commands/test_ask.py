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
        ("what did Reuters report?", "whosaid", "Reuters", None),
        ("who is Ana Ruiz?", "whosaid", "Ana Ruiz", None),
        ("Okonkwo quotes", "whosaid", "Okonkwo", None),
        ("what do anonymous sources say?", "claims", "", "unconfirmed"),
        ("when does the strike start?", "next", "strike", None),
        ("when is the stadium vote?", "next", "stadium vote", None),
        ("what happens next in the coalition talks?", "next", "coalition talks", None),
    ],
)
def test_questions_route_to_commands(
    question: str, command: str, args: str, status: str | None
) -> None:
    route = route_question(question)
    assert route.command == command
    assert route.args == args
    assert route.options.get("status") == status


def test_a_speaker_and_a_topic_both_count() -> None:
    route = route_question("what did Ruiz say about the offer?")
    assert (route.command, route.args, route.options) == ("whosaid", "Ruiz", {"topic": "offer"})
