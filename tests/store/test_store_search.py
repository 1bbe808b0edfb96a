"""Full-text search: results, untrusted input, and the index following writes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.store.fulltext import search, search_terms
from bot.store.queries import find_claims, find_quotes, stats
from bot.store.writes import replace_extraction

NOW = datetime(2023, 9, 6, 12, 0, tzinfo=UTC)

HOSTILE = [
    '"',
    '""',
    "*",
    "OR",
    "AND NOT",
    "NEAR(a b)",
    "'; drop table quote; --",
    "quote_fts MATCH 'x'",
    "text:russia",
    "^russia",
    "russia*",
    "(",
    "\\",
    "%",
    "   ",
    "",
    "the of and",
    "😀 ünïcödé",
    "a" * 2000,
]


@pytest.mark.parametrize("query", HOSTILE)
def test_untrusted_queries_never_raise(engine, stored, query):
    before = stats(engine)
    hits = search(engine, query)
    assert isinstance(hits, list)
    find_quotes(engine, query, limit=5)
    find_claims(engine, query, status=None, limit=5)
    assert stats(engine) == before


def test_operators_are_plain_words(engine, stored):
    # "russia*" is the word russia, not a prefix query; "text:russia" is two words.
    plain = {(h.kind, h.id) for h in search(engine, "russia")}
    assert plain
    assert {(h.kind, h.id) for h in search(engine, "russia*")} == plain
    assert search(engine, "text:russia") == []  # "text" appears in none of them


def test_search_finds_stems_across_kinds(engine, stored):
    hits = search(engine, "submarine")
    assert [(h.kind, h.article_id) for h in hits] == [("claim", stored)]
    assert "submarines" in hits[0].text
    kinds = {h.kind for h in search(engine, "Kim Jong-un")}
    assert kinds == {"quote", "event"}  # "Kim Jong Un" in a quote, "Kim Jong-un" in events
    assert {h.kind for h in search(engine, "Kim Jong-un", kinds=("event",))} == {"event"}


def test_search_terms_drop_stop_words_and_punctuation():
    assert search_terms("What did 'Watson' say about the DPRK?") == ["watson", "say", "dprk"]
    assert search_terms('" OR * ;') == []


def test_index_follows_replaced_rows(engine, stored, make_extraction):
    assert search(engine, "submarines")
    newer = make_extraction("test-2")
    changed = replace(
        newer, claims=(replace(newer.claims[0], text="Moscow could send tanks instead."),)
    )
    replace_extraction(engine, stored, changed, now=NOW)
    assert search(engine, "submarines") == []
    assert [h.text for h in search(engine, "tanks")] == ["Moscow could send tanks instead."]


def test_unknown_kind_is_a_programming_error(engine):
    with pytest.raises(ValueError):
        search(engine, "x", kinds=("article",))
