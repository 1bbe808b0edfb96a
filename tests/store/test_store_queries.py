"""Reads: quotes by speaker or topic, claims by status, events by window, articles, stats."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.store.queries import (
    find_claims,
    find_events,
    find_quotes,
    get_article,
    get_claim,
    list_articles,
    speaker_names,
    stats,
    topic_names,
)
from bot.store.writes import add_flag, save_article

NOW = datetime(2023, 9, 6, 12, 0, tzinfo=UTC)
AS_OF = date(2023, 9, 6)


@pytest.mark.parametrize("who", ["Watson", "adrienne watson", "ADRIENNE WATSON", " watson "])
def test_quotes_by_speaker_name_alias_or_surname(engine, stored, who):
    page = find_quotes(engine, who, limit=10)
    assert page.total == 2
    assert [q.cue for q in page.items] == ["declared", "added"]  # position in the article
    first = page.items[0]
    assert first.speaker_name == "Adrienne Watson"
    assert first.speaker_role == "US National Security Council spokesperson"
    assert first.article_id == stored and first.article_published == AS_OF
    assert first.article_published_estimated is True


@pytest.mark.parametrize("who", ["New York Times", "the new york times"])
def test_quotes_by_the_outlet_that_cites_them(engine, stored, who):
    page = find_quotes(engine, who, limit=10)
    assert [q.speaker_name for q in page.items] == ["US officials"]
    assert page.items[0].speaker_via == "The New York Times"


@pytest.mark.parametrize("who", ["the Post", "New York Post", "Post"])
def test_quotes_by_outlet_alias(engine, stored, who):
    page = find_quotes(engine, who, limit=10)
    assert [q.speaker_name for q in page.items] == ["The New York Post"]


@pytest.mark.parametrize("role", ["spokesperson", "National Security Council spokesperson"])
def test_quotes_by_the_speakers_role(engine, stored, role):
    names = {q.speaker_name for q in find_quotes(engine, role, limit=10).items}
    assert names == {"Adrienne Watson"}


def test_people_and_groups_match_by_last_word_organisations_do_not(engine, stored):
    # "York Post" is no one's surname: it is searched as a topic (and found nowhere).
    assert find_quotes(engine, "York Post", limit=10).total == 0
    # A group's head noun finds the group: "officials" -> "US officials".
    assert [q.speaker_name for q in find_quotes(engine, "officials", limit=10).items] == [
        "US officials"
    ]


def test_quotes_fall_back_to_topic(engine, stored):
    page = find_quotes(engine, "arms negotiations", limit=10)
    assert [q.text for q in page.items] == [
        "We urge the DPRK to cease its arms negotiations with Russia"
    ]
    assert find_quotes(engine, "penguins", limit=10).total == 0


def test_all_quotes_newest_article_first_then_position_and_paged(
    engine, stored, make_article, make_extraction
):
    newer = make_article(
        url="https://example.org/newer", text="A newer piece.", published=date(2023, 9, 8)
    )
    newer_id = save_article(engine, newer, make_extraction(), now=NOW).article_id
    page = find_quotes(engine, None, limit=3)
    assert page.total == 8 and len(page.items) == 3
    assert {q.article_id for q in page.items} == {newer_id}
    assert [q.start for q in page.items] == [200, 500, 600]
    rest = find_quotes(engine, None, limit=10, offset=3)
    assert [q.article_id for q in rest.items] == [newer_id] + [stored] * 4
    only = find_quotes(engine, None, limit=10, article_id=stored)
    assert only.total == 4


def test_claims_by_status_and_topic(engine, stored):
    assert find_claims(engine, None, status=None, limit=10).total == 3
    unconfirmed = find_claims(engine, None, status="unconfirmed", limit=10)
    assert [c.status for c in unconfirmed.items] == ["unconfirmed"]
    claim = unconfirmed.items[0]
    assert claim.reasons == ('hedge: "could"', "source: US officials")
    assert claim.cues == ("could",)
    assert (claim.source_kind, claim.speaker_name, claim.speaker_via) == (
        "officials",
        "US officials",
        "The New York Times",
    )
    assert [c.id for c in find_claims(engine, "submarines", status=None, limit=5).items] == [
        claim.id
    ]
    assert find_claims(engine, "submarines", status="stated", limit=5).total == 0
    assert find_claims(engine, "naval drills", status="attributed", limit=5).total == 1


def test_claim_flags_are_counted(engine, stored):
    claim = find_claims(engine, None, status="stated", limit=1).items[0]
    for user in ("a", "b"):
        add_flag(
            engine,
            claim_id=claim.id,
            platform="slack",
            user_id=user,
            channel_id=None,
            note=None,
            now=NOW,
        )
    view = get_claim(engine, claim.id)
    assert view is not None and view.flags == 2 and view.text.startswith("Putin's Defense")
    assert get_claim(engine, 9999) is None


def test_upcoming_events_soonest_deadline_first_undated_last(engine, stored):
    events = find_events(engine, None, as_of=AS_OF, upcoming=True, limit=10)
    assert [e.text for e in events] == [
        "Talks resume",  # on Saturday, 9 September
        "Kim Jong-un visits Russia",  # within days: by 13 September
        "Naval drills begin",  # by the end of the month
        "Kim Jong-un meets Putin in Vladivostok",  # no date at all
    ]
    visit = events[1]
    assert visit.participants == ("Kim Jong-un", "Vladimir Putin")
    assert (visit.time_text, visit.earliest, visit.latest) == (
        "within days",
        date(2023, 9, 6),
        date(2023, 9, 13),
    )
    assert events[3].details == ("by armoured train",) and events[3].place == "Vladivostok"


def test_past_events_most_recent_first(engine, stored):
    past = find_events(engine, None, as_of=date(2023, 9, 10), upcoming=False, limit=10)
    assert [e.text for e in past] == ["Talks resume", "Shoygu asks for ammunition"]
    later = find_events(engine, None, as_of=date(2023, 9, 10), upcoming=True, limit=10)
    assert "Talks resume" not in [e.text for e in later]


def test_undated_expectations_stop_being_upcoming_a_month_after_their_article(engine, stored):
    undated = "Kim Jong-un meets Putin in Vladivostok"  # the article is from 6 September
    soon = find_events(engine, None, as_of=date(2023, 10, 6), upcoming=True, limit=10)
    assert undated in [e.text for e in soon]
    later = find_events(engine, None, as_of=date(2023, 10, 7), upcoming=True, limit=10)
    assert undated not in [e.text for e in later]
    passed = find_events(engine, None, as_of=date(2023, 10, 7), upcoming=False, limit=10)
    assert passed[-1].text == undated  # dated ones first, most recent first


def test_events_by_topic_search_participants_and_place(engine, stored):
    found = find_events(engine, "Vladivostok", as_of=AS_OF, upcoming=True, limit=10)
    assert [e.text for e in found] == ["Kim Jong-un meets Putin in Vladivostok"]
    putin = find_events(engine, "Vladimir Putin", as_of=AS_OF, upcoming=True, limit=10)
    assert len(putin) == 2
    assert find_events(engine, "submarines", as_of=AS_OF, upcoming=True, limit=10) == []


def test_articles_listed_newest_first_with_counts(engine, stored, make_article, make_extraction):
    older = make_article(url=None, text="An older piece.", published=date(2023, 8, 1))
    older_id = save_article(engine, older, make_extraction(), now=NOW).article_id
    page = list_articles(engine, limit=10)
    assert [a.id for a in page.items] == [stored, older_id] and page.total == 2
    first = page.items[0]
    assert (first.quotes, first.claims, first.events) == (4, 3, 5)
    assert first.title == "America's Enemies Join Forces" and first.date_note
    assert get_article(engine, older_id) is not None and get_article(engine, 404) is None
    assert list_articles(engine, limit=1, offset=1).items[0].id == older_id


def test_speaker_names_for_autocomplete(engine, stored):
    assert speaker_names(engine, "ad", limit=5) == ["Adrienne Watson"]
    assert speaker_names(engine, "wat", limit=5) == ["Adrienne Watson"]  # a later word
    assert speaker_names(engine, "", limit=2)[0] == "Adrienne Watson"  # most quoted first
    assert speaker_names(engine, "%", limit=5) == []  # LIKE wildcards are literal


def test_topic_names_offer_places_then_titles(engine, stored):
    assert topic_names(engine, "vlad", limit=5) == ["Vladivostok"]
    assert topic_names(engine, "enem", limit=5) == ["America's Enemies Join Forces"]
    assert topic_names(engine, "%", limit=5) == []


def test_stats_count_everything(engine, stored):
    counts = stats(engine)
    assert counts["articles"] == 1 and counts["quotes"] == 4 and counts["events"] == 5
    assert (counts["claims_unconfirmed"], counts["claims_attributed"], counts["claims_stated"]) == (
        1,
        1,
        1,
    )


def test_an_as_of_day_knows_only_articles_published_by_then(engine, stored):
    before = find_events(engine, None, as_of=date(2023, 9, 5), upcoming=True, limit=10)
    assert before == []  # the article is from 6 September
    on_the_day = find_events(engine, None, as_of=AS_OF, upcoming=True, limit=10)
    assert on_the_day
