"""The ingest modal and who counts as an editor."""

from __future__ import annotations

from slack_sdk import WebClient

from adapters.slack.editors import EditorCheck
from adapters.slack.fake import FakeSlack
from adapters.slack.modal import PENDING_TTL, PendingIngests, ingest_modal, read_submission


class Ticker:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_modal_asks_for_text_only_when_none_was_pasted() -> None:
    empty = ingest_modal(key="k", pasted="")
    assert [b["block_id"] for b in empty["blocks"]] == ["body", "title", "source", "published"]
    pasted = ingest_modal(key="k", pasted="<!here> " + "word " * 100)
    assert pasted["blocks"][0]["type"] == "context" and pasted["private_metadata"] == "k"
    assert "&lt;!here&gt;" in pasted["blocks"][0]["elements"][0]["text"]


def test_submission_keeps_only_filled_options() -> None:
    view = {
        "state": {
            "values": {
                "body": {"value": {"type": "plain_text_input", "value": " https://a.example/x "}},
                "title": {"value": {"type": "plain_text_input", "value": None}},
                "published": {"value": {"type": "datepicker", "selected_date": "2023-09-06"}},
            }
        }
    }
    assert read_submission(view) == ("https://a.example/x", {"published": "2023-09-06"})


def test_pending_ingests_expire_with_the_response_url() -> None:
    clock = Ticker()
    pending = PendingIngests(monotonic=clock)
    key = pending.put(text="t", response_url="http://127.0.0.1/r", channel_id="C1")
    late = pending.put(text="u", response_url="http://127.0.0.1/r", channel_id="C1")
    assert pending.pop(key) is not None and pending.pop(key) is None
    clock.now += PENDING_TTL + 1
    assert pending.pop(late) is None


def test_editor_check_reads_groups_and_caches_them(fake_slack: FakeSlack) -> None:
    clock = Ticker()
    client = WebClient(token="xoxb-test", base_url=fake_slack.api_url)
    check = EditorCheck(["UEDITOR", " SGROUP "], client=client, ttl=60, monotonic=clock)
    fake_slack.groups["SGROUP"] = ["UMEMBER"]
    assert check.is_editor("UEDITOR") and check.is_editor("UMEMBER")
    assert not check.is_editor("UOTHER")
    assert len(fake_slack.calls_to("usergroups.users.list")) == 1
    clock.now += 61
    fake_slack.groups["SGROUP"] = []
    assert not check.is_editor("UMEMBER")


def test_unreadable_group_grants_nothing(fake_slack: FakeSlack) -> None:
    fake_slack.answer("usergroups.users.list", {"ok": False, "error": "missing_scope"})
    client = WebClient(token="xoxb-test", base_url=fake_slack.api_url)
    assert not EditorCheck(["SGROUP"], client=client).is_editor("UMEMBER")
