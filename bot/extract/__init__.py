"""Text -> quotes, claims, expected events: pure functions over a parsed document."""
