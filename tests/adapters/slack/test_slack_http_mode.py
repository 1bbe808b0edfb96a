"""End to end over HTTP: signed Slack payloads POSTed to the real bolt app, answers at the fake."""

from __future__ import annotations

import json
import time

from slack_harness import EDITOR, FakeCore, SlackApp

from adapters.slack.fake import BOT_USER_ID, FakeSlack, signed_headers


def _texts(blocks: list[dict]) -> str:
    return json.dumps(blocks)


def test_slash_command_acks_fast_and_answers_ephemerally_at_the_response_url(
    slack_app: SlackApp, fake_slack: FakeSlack, core: FakeCore
) -> None:
    url = fake_slack.response_url("cmd1")
    started = time.monotonic()
    status, _ = slack_app.command("/whosaid", "Sullivan", response_url=url)
    assert status == 200 and time.monotonic() - started < 3
    (call,) = fake_slack.wait_for("response_url")
    assert call.path == "/response/cmd1?sig=a%2Bb"  # used exactly as given
    assert call.params["response_type"] == "ephemeral"
    blocks = call.params["blocks"]
    quote = blocks[1]["text"]["text"]
    assert quote.startswith("*Jake Sullivan*, _national security adviser_\n>We will respond")
    assert "<https://news.example/enemies?a=1&amp;b=2|America's enemies join forces>" in _texts(
        blocks
    )
    assert "Post to channel" in _texts(blocks)
    (request,) = core.seen("whosaid")
    assert (request.args, request.platform, request.user_id) == ("Sullivan", "slack", "UREADER1")


def test_nothing_from_an_article_can_ping(slack_app: SlackApp, fake_slack: FakeSlack) -> None:
    slack_app.command("/whosaid", "x", response_url=fake_slack.response_url("esc"))
    (call,) = fake_slack.wait_for("response_url")
    sent = json.dumps({"text": call.params["text"], "blocks": call.params["blocks"]})
    for raw in ("<!channel>", "<@U999>", "<#C42>", " & "):
        assert raw not in sent
    assert "&lt;!channel&gt; &amp; &lt;@U999&gt; &lt;#C42&gt; @\\u200bhere" in sent


def test_every_slash_command_reaches_its_core_command(
    slack_app: SlackApp, fake_slack: FakeSlack, core: FakeCore
) -> None:
    cases = [
        ("/nextevent", "tariffs", "next"),
        ("/claims", "--status all", "claims"),
        ("/articles", "", "articles"),
        ("/ask", "who met in Tehran?", "ask"),
        ("/newsroom", "status", "status"),
        ("/newsroom", "", "help"),
    ]
    for n, (name, text, _) in enumerate(cases):
        assert (
            slack_app.command(name, text, response_url=fake_slack.response_url(f"c{n}"))[0] == 200
        )
    fake_slack.wait_for("response_url", count=len(cases))
    assert sorted(r.command for r in core.requests) == sorted(c for _, _, c in cases)
    assert core.seen("claims")[0].args == "--status all"


def test_bad_signature_and_stale_timestamp_get_401(
    slack_app: SlackApp, fake_slack: FakeSlack, core: FakeCore
) -> None:
    body = "command=%2Fwhosaid&text=x&user_id=U1&response_url=http%3A%2F%2F127.0.0.1%3A1%2Fr"
    form = "application/x-www-form-urlencoded"
    forged = signed_headers(body, secret="not-the-secret")
    stale = signed_headers(body, secret="test-signing-secret", timestamp=int(time.time()) - 600)
    assert slack_app.post(body, content_type=form, headers=forged, sign=False)[0] == 401
    assert slack_app.post(body, content_type=form, headers=stale, sign=False)[0] == 401
    assert slack_app.post(body, content_type=form, sign=False)[0] == 401
    assert core.requests == []


def test_mention_is_answered_in_its_thread(
    slack_app: SlackApp, fake_slack: FakeSlack, core: FakeCore
) -> None:
    event = {
        "type": "app_mention",
        "user": "UREADER1",
        "channel": "C0NEWS",
        "ts": "1700.0001",
        "text": f"<@{BOT_USER_ID}> who met in Tehran &amp; why?",
    }
    assert slack_app.event(event, event_id="Ev1")[0] == 200
    (post,) = fake_slack.wait_for("chat.postMessage")
    assert post.params["thread_ts"] == "1700.0001" and post.params["channel"] == "C0NEWS"
    assert post.token == "xoxb-test"
    assert "Post to channel" not in json.dumps(post.params["blocks"])
    (request,) = core.seen("ask")
    assert request.args == "who met in Tehran & why?"


def test_direct_message_is_answered_and_other_messages_ignored(
    slack_app: SlackApp, fake_slack: FakeSlack, core: FakeCore
) -> None:
    slack_app.event(
        {
            "type": "message",
            "channel_type": "channel",
            "user": "U1",
            "channel": "C1",
            "ts": "1.0",
            "text": "chatter",
        },
        event_id="Ev0",
    )
    slack_app.event(
        {
            "type": "message",
            "channel_type": "im",
            "user": "U1",
            "channel": "D1",
            "ts": "2.0",
            "text": "whosaid Sullivan",
        },
        event_id="Ev2",
    )
    (post,) = fake_slack.wait_for("chat.postMessage")
    assert post.params["channel"] == "D1" and "thread_ts" not in post.params
    assert [r.command for r in core.requests] == ["whosaid"]


def test_retried_event_is_answered_once(
    slack_app: SlackApp, fake_slack: FakeSlack, core: FakeCore
) -> None:
    event = {
        "type": "app_mention",
        "user": "U1",
        "channel": "C1",
        "ts": "5.0",
        "text": f"<@{BOT_USER_ID}> first",
    }
    slack_app.event(event, event_id="EvSame")
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert slack_app.event(event, event_id="EvSame", headers=retry)[0] == 200
    slack_app.event({**event, "ts": "6.0", "text": f"<@{BOT_USER_ID}> second"}, event_id="EvOther")
    posts = fake_slack.wait_for("chat.postMessage", count=2)
    time.sleep(0.2)  # give a wrongly accepted retry the chance to show up
    assert len(fake_slack.calls_to("chat.postMessage")) == len(posts) == 2
    assert sorted(r.args for r in core.requests) == ["first", "second"]


def test_rate_limited_post_is_retried_after_retry_after(
    slack_app: SlackApp, fake_slack: FakeSlack
) -> None:
    fake_slack.rate_limit("chat.postMessage", retry_after=0)
    event = {
        "type": "app_mention",
        "user": "U1",
        "channel": "C1",
        "ts": "7.0",
        "text": f"<@{BOT_USER_ID}> anything",
    }
    slack_app.event(event, event_id="Ev429")
    fake_slack.wait_for("chat.postMessage", timeout=8)
    statuses = [c.status for c in fake_slack.calls if c.method == "chat.postMessage"]
    assert statuses == [429, 200]


def test_ingest_is_refused_to_non_editors(
    slack_app: SlackApp, fake_slack: FakeSlack, core: FakeCore
) -> None:
    slack_app.command(
        "/ingest", "Some article text", user="UREADER1", response_url=fake_slack.response_url("no")
    )
    (call,) = fake_slack.wait_for("response_url")
    assert "Only editors can add articles" in call.params["text"]
    assert fake_slack.calls_to("views.open") == [] and core.requests == []


def test_ingest_opens_a_modal_and_ingests_on_submit(
    slack_app: SlackApp, fake_slack: FakeSlack, core: FakeCore
) -> None:
    article = "Officials said on Tuesday that talks would resume next week. " * 80
    url = fake_slack.response_url("ing")
    slack_app.command("/ingest", article, user=EDITOR, response_url=url, trigger_id="trig-9")
    (opened,) = fake_slack.wait_for("views.open")
    assert opened.params["trigger_id"] == "trig-9"
    view = opened.params["view"]
    submission = {
        "type": "view_submission",
        "user": {"id": EDITOR},
        "view": {
            **view,
            "id": "V0001",
            "state": {
                "values": {
                    "title": {"value": {"type": "plain_text_input", "value": "Talks resume"}},
                    "source": {"value": {"type": "plain_text_input", "value": "The Wire"}},
                    "published": {"value": {"type": "datepicker", "selected_date": "2023-09-06"}},
                }
            },
        },
    }
    assert slack_app.interaction(submission)[0] == 200
    calls = fake_slack.wait_for("response_url", count=2)
    assert calls[0].params["text"] == "Reading the article…"
    assert "Article added" in calls[1].params["text"]
    (request,) = core.seen("ingest")
    assert request.args == article.strip() and request.is_editor
    assert dict(request.options) == {
        "title": "Talks resume",
        "source": "The Wire",
        "published": "2023-09-06",
    }


def test_user_group_members_are_editors(slack_app: SlackApp, fake_slack: FakeSlack) -> None:
    slack_app.command(
        "/newsroom",
        "ingest https://news.example/a",
        user="UMEMBER01",
        response_url=fake_slack.response_url("grp"),
    )
    fake_slack.wait_for("views.open")
    (lookup,) = fake_slack.calls_to("usergroups.users.list")
    assert lookup.params["usergroup"] == "SEDITORS1"


def test_a_crash_in_the_core_is_reported_to_the_user(
    slack_app: SlackApp, fake_slack: FakeSlack
) -> None:
    slack_app.command("/ask", "crash", response_url=fake_slack.response_url("boom"))
    (call,) = fake_slack.wait_for("response_url")
    assert "Something went wrong" in call.params["text"]
    assert "a bug in the core" not in json.dumps(call.params)


def test_expired_trigger_tells_the_editor_to_retry(
    slack_app: SlackApp, fake_slack: FakeSlack
) -> None:
    fake_slack.answer("views.open", {"ok": False, "error": "expired_trigger_id"})
    slack_app.command("/ingest", "", user=EDITOR, response_url=fake_slack.response_url("exp"))
    (call,) = fake_slack.wait_for("response_url")
    assert "Slack said expired_trigger_id; please run /ingest again." in call.params["text"]


def test_rate_limited_response_url_is_retried(
    slack_app: SlackApp, fake_slack: FakeSlack, core: FakeCore
) -> None:
    fake_slack.rate_limit("response_url", retry_after=0)
    slack_app.command("/articles", "", response_url=fake_slack.response_url("rl"))
    fake_slack.wait_for("response_url", timeout=8)
    assert [c.status for c in fake_slack.calls if c.method == "response_url"] == [429, 200]
    assert len(core.requests) == 1
