"""The Slack adapter: a slack-bolt app that translates Slack to core requests and replies to Block Kit."""

from adapters.slack.app import build_app, make_client, run

__all__ = ["build_app", "make_client", "run"]
