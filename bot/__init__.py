"""Newsroom bot core: articles in, answers out. Knows nothing of Discord or Slack."""

__version__ = "0.1.0"
