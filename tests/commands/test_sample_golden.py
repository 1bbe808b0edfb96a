"""The sample article, end to end: ingest seeds/, then ask what a journalist would ask."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.bootstrap import Services
from bot.commands.types import Item, Reply, Request
from bot.store import queries

PUBLISHED = datetime(2023, 9, 6, 12, 0, tzinfo=UTC)
LATER = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


def day(text: str) -> date:
    return date.fromisoformat(text)


@pytest.fixture(scope="module")
def at_publication(tmp_path_factory: pytest.TempPathFactory) -> Services:
    return _ingested(tmp_path_factory, PUBLISHED)


def _ingested(tmp_path_factory: pytest.TempPathFactory, at: datetime) -> Services:
    from dataclasses import replace

    from bot.bootstrap import bootstrap
    from bot.clock import FixedClock
    from bot.config import load_settings
    from bot.ingest.article import Overrides
    from bot.ingest.service import ingest_sources

    folder = tmp_path_factory.mktemp("golden")
    settings = replace(load_settings({}, dotenv_path=None), database_url=f"sqlite:///{folder}/g.db")
    built = bootstrap(settings, clock=FixedClock(at))
    report = ingest_sources(
        [str(ROOT / "seeds")],
        pipeline=built.pipeline(), engine=built.engine, settings=settings,
        clock=built.clock, overrides=Overrides(), progress=False,
    )  # fmt: skip
    assert report.ok and len(report.added) == 1
    return built


def run(
    services: Services, command: str, args: str = "", *, options: dict[str, str] | None = None
) -> Reply:
    reply = services.handler.handle(Request(command=command, args=args, options=options or {}))
    assert not reply.error, reply.text
    return reply


def bodies(items: tuple[Item, ...], title_part: str) -> list[str]:
    return [i.body for i in items if title_part in i.title]


def test_every_answer_names_its_article(at_publication: Services) -> None:
    for command in ("whosaid", "claims", "next"):
        for item in run(at_publication, command, options={"as_of": "2023-09-06"}).items:
            assert item.article is not None
            assert item.article.title == "America’s Enemies Join Forces"
            assert item.article.published == day("2023-09-06")
            assert item.article.published_estimated


def test_whosaid_lists_each_source_with_their_words(at_publication: Services) -> None:
    items = run(at_publication, "whosaid", options={"page": "1"}).items
    reply = at_publication.handler.handle(Request(command="whosaid", options={}))
    everything = list(items)
    page = 2
    while len(everything) < (reply.total or 0):
        everything += run(at_publication, "whosaid", options={"page": str(page)}).items
        page += 1
    watson = [i for i in everything if i.title.startswith("Adrienne Watson")]
    assert "US National Security Council spokesperson" in watson[0].title
    direct = [i.body for i in watson if dict((f.name, f.value) for f in i.fields)["Kind"] == "direct"]
    assert len(direct) == 2
    assert any("We have information" in b for b in direct)
    assert any("We urge the DPRK" in b for b in direct)
    post = bodies(tuple(everything), "The New York Post")
    assert any("actively courting its allies" in b for b in post)
    assert any("will visit Russia shortly" in b for b in post)
    officials = bodies(tuple(everything), "US officials, cited by The New York Times")
    assert any("most likely focus" in b for b in officials)
    assert any("Moscow could reciprocate" in b for b in officials)
    lawmaker = [i.body for i in everything if "South Korean lawmaker" in i.title]
    assert any("joint naval drills" in b for b in lawmaker)


def test_whosaid_watson_shows_only_watson(at_publication: Services) -> None:
    items = run(at_publication, "whosaid", "Watson").items
    assert items and all(i.title.startswith("Adrienne Watson") for i in items)


def test_whosaid_submarines_finds_the_hypothesis(at_publication: Services) -> None:
    items = run(at_publication, "whosaid", "submarines").items
    assert len(items) == 1
    assert items[0].title == "US officials, cited by The New York Times"
    assert "nuclear-powered submarines" in items[0].body


def test_unconfirmed_claims_carry_their_reasons(at_publication: Services) -> None:
    reply = run(at_publication, "claims", options={"page": "1"})
    items = list(reply.items)
    page = 2
    while len(items) < (reply.total or 0):
        items += run(at_publication, "claims", options={"page": str(page)}).items
        page += 1
    why = {i.body: dict((f.name, f.value) for f in i.fields)["Why"] for i in items}

    def reason_for(part: str) -> str:
        found = [w for body, w in why.items() if part in body]
        assert found, f"no unconfirmed claim containing {part!r}"
        return found[0]

    assert "suggest" in reason_for("mulling trading weapons") or "reports" in reason_for(
        "mulling trading weapons"
    )
    assert "likely" in reason_for("most likely focus")
    assert "could" in reason_for("Moscow could reciprocate")
    assert "might" in reason_for("might visit Moscow")
    assert "lawmaker" in reason_for("joint naval drills")
    assert not [body for body in why if "invaded Ukraine" in body]


def test_next_at_publication_is_the_visit_within_days(at_publication: Services) -> None:
    reply = run(at_publication, "next", options={"as_of": "2023-09-06"})
    visit = reply.items[0]
    fields = dict((f.name, f.value) for f in visit.fields)
    assert "Kim Jong-un" in fields["Who"] and "Putin" in fields["Who"]
    assert "Russia" in visit.body or "Vladivostok" in visit.body
    assert "Vladivostok" in fields["Where"]
    assert "train" in fields.get("Details", "")
    assert not visit.title.startswith("Passed")
    stored = queries.find_events(
        at_publication.engine, None, as_of=day("2023-09-06"), upcoming=True, limit=1
    )[0]
    # "within days" of 6 September: a window ending about a week later.
    assert stored.latest is not None and day("2023-09-10") <= stored.latest <= day("2023-09-16")


def test_next_years_later_lists_the_visit_as_passed(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    later = _ingested(tmp_path_factory, LATER)
    reply = run(later, "next")
    assert "Nothing upcoming" in reply.text
    assert reply.items[0].title.startswith("Passed")
    assert "not confirmed" in dict((f.name, f.value) for f in reply.items[0].fields)["Status"]
