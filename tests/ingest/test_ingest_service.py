"""Ingest end to end: URLs from a local server, duplicates, batches with bad files, chat text."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.config import Settings
from bot.errors import FetchError, IngestError
from bot.ingest.article import Overrides
from bot.ingest.readers import read_source
from bot.ingest.service import ingest_sources, ingest_text, reextract_all
from bot.store.queries import find_quotes, get_article, list_articles, stats

NONE = Overrides()
SEED = Path(__file__).resolve().parents[2] / "seeds" / "america-enemies-join-forces.md"


def _batch(sources, engine, extractor, settings, clock, overrides=NONE):
    return ingest_sources(
        [str(s) for s in sources],
        pipeline=extractor,
        engine=engine,
        settings=settings,
        clock=clock,
        overrides=overrides,
        progress=False,
    )


def test_url_page_is_read_without_its_junk(server, settings, clock):
    article = read_source(f"{server}/article", settings=settings, clock=clock, overrides=NONE)
    assert article.title == "Kim to visit Russia"
    assert article.url == "https://news.example.org/2023/kim-visit"  # the canonical link
    assert article.published == date(2023, 9, 5) and not article.published_estimated
    assert article.source == "Example News" and article.author == "Jane Roe"
    assert "Kim Jong-un, will visit Russia" in article.text
    assert "WATCHES" not in article.text and "Subscribe" not in article.text


def test_redirects_and_plain_text_pages(server, settings, clock):
    redirected = read_source(f"{server}/redirect", settings=settings, clock=clock, overrides=NONE)
    assert redirected.title == "Kim to visit Russia"
    plain = read_source(f"{server}/plain", settings=settings, clock=clock, overrides=NONE)
    assert plain.text == "A plain report.\n\nIt said things."
    assert plain.url == f"{server}/plain" and plain.source == "127.0.0.1"
    assert plain.published == date(2023, 9, 20) and plain.published_estimated


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP 404"),
        ("/big", "larger than 20,000 bytes"),
        ("/big-unsized", "larger than 20,000 bytes"),
        ("/slow", "timed out"),
        ("/image", "image/png"),
        ("/empty-page", "no article text"),
    ],
)
def test_bad_urls_are_one_line_errors(server, settings, clock, path, message):
    with pytest.raises(IngestError) as caught:
        read_source(f"{server}{path}", settings=settings, clock=clock, overrides=NONE)
    text = caught.value.user_message()
    assert message in text and f"{server}{path}" in text and "\n" not in text


def test_unreachable_host_is_a_fetch_error(settings, clock):
    # Port 9 on loopback: nothing listens, the connection is refused at once.
    with pytest.raises(FetchError, match="cannot fetch"):
        read_source("http://127.0.0.1:9/x", settings=settings, clock=clock, overrides=NONE)


def test_duplicate_by_url_and_by_text(tmp_path, server, engine, extractor, settings, clock):
    first = _batch([f"{server}/article"], engine, extractor, settings, clock)
    assert len(first.added) == 1 and first.ok
    again = _batch([f"{server}/redirect"], engine, extractor, settings, clock)  # same canonical URL
    assert again.added == [] and len(again.duplicates) == 1
    assert "same URL" in (again.duplicates[0].duplicate_of or "")
    copy = tmp_path / "copy.txt"
    copy.write_text("  A plain report.\n\n\n  It said   things.\n", "utf-8")
    _batch([f"{server}/plain"], engine, extractor, settings, clock)
    by_text = _batch([copy], engine, extractor, settings, clock)
    assert by_text.added == [] and "same text" in (by_text.duplicates[0].duplicate_of or "")
    assert extractor.calls == 2  # duplicates are not extracted again
    assert stats(engine)["articles"] == 2


def test_batch_with_a_bad_file_stores_the_good_ones(tmp_path, engine, extractor, settings, clock):
    (tmp_path / "good-1.md").write_text("---\npublished: 2023-09-01\n---\nFirst story.", "utf-8")
    (tmp_path / "bad.md").write_text("---\npublished: 2023-13-45\n---\nBroken.", "utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "good-2.txt").write_text("Second story.", "utf-8")
    report = _batch([tmp_path, tmp_path / "absent.md"], engine, extractor, settings, clock)
    assert sorted(Path(a.origin).name for a in report.added) == ["good-1.md", "good-2.txt"]
    failed = dict(report.failed)
    assert set(failed) == {str(tmp_path / n) for n in ("bad.md", "binary.txt", "absent.md")}
    assert (
        failed[str(tmp_path / "bad.md")] == "published '2023-13-45' is not a date (use YYYY-MM-DD)"
    )
    assert failed[str(tmp_path / "binary.txt")] == "is a binary file, not text"
    assert not report.ok
    assert [a.title for a in list_articles(engine, limit=10).items] == [
        "Second story.",  # dated by the clock, 2023-09-20
        "First story.",
    ]
    assert report.added[0].quotes == 1 and report.added[0].claims == 1


def test_one_url_override_cannot_cover_a_batch(tmp_path, engine, extractor, settings, clock):
    (tmp_path / "a.txt").write_text("A", "utf-8")
    (tmp_path / "b.txt").write_text("B", "utf-8")
    with pytest.raises(IngestError, match="one article"):
        _batch([tmp_path], engine, extractor, settings, clock, Overrides(url="https://x.org/1"))


def test_empty_folder_is_an_error(tmp_path, engine, extractor, settings, clock):
    with pytest.raises(IngestError, match="No articles found"):
        _batch([tmp_path], engine, extractor, settings, clock)


def test_ingest_pasted_text_and_url(server, engine, extractor, settings, clock):
    pasted = ingest_text(
        "Kim will visit Russia.\nHe travels by train.",
        pipeline=extractor,
        engine=engine,
        clock=clock,
        title=None,
        source="Wire",
        published="2023-09-06",
        url=None,
        settings=settings,
    )
    assert pasted.created
    article = get_article(engine, pasted.article_id)
    assert article is not None
    assert (article.title, article.source, article.published) == (
        "Kim will visit Russia.",
        "Wire",
        date(2023, 9, 6),
    )
    again = ingest_text(
        "Kim will visit Russia.\r\nHe travels by train.\n",
        pipeline=extractor,
        engine=engine,
        clock=clock,
        settings=settings,
    )
    assert not again.created and again.article_id == pasted.article_id
    fetched = ingest_text(
        f"  {server}/article ",
        pipeline=extractor,
        engine=engine,
        clock=clock,
        settings=Settings(fetch_private_addresses=True),  # the test server is on 127.0.0.1
    )
    assert fetched.created
    assert get_article(engine, fetched.article_id).url == "https://news.example.org/2023/kim-visit"  # type: ignore[union-attr]
    with pytest.raises(IngestError, match="is empty"):
        ingest_text("   ", pipeline=extractor, engine=engine, clock=clock)


def test_reextract_all_runs_a_newer_extractor(tmp_path, engine, extractor, settings, clock):
    (tmp_path / "a.txt").write_text("Kim will visit.", "utf-8")
    _batch([tmp_path], engine, extractor, settings, clock)
    now = datetime(2023, 9, 21, tzinfo=UTC)
    assert reextract_all(engine, extractor, now=now, version="fake-1") == 0
    extractor.version = "fake-2"
    assert reextract_all(engine, extractor, now=now, version="fake-2") == 1
    assert reextract_all(engine, extractor, now=now, version="fake-2") == 0
    assert list_articles(engine, limit=1).items[0].extractor_version == "fake-2"


@pytest.fixture(scope="session")
def real_pipeline():
    from bot.extract.pipeline import Pipeline
    from bot.nlp import load_model

    return Pipeline(load_model())


def test_seed_article_through_the_real_pipeline(engine, real_pipeline, settings, clock):
    big = settings.__class__(max_article_chars=200_000)
    report = _batch([SEED], engine, real_pipeline, big, clock)
    assert report.ok and len(report.added) == 1
    added = report.added[0]
    article = get_article(engine, added.article_id)
    assert article is not None and article.published == date(2023, 9, 6)
    assert article.published_estimated and article.title == "America’s Enemies Join Forces"
    counts = stats(engine)
    assert (counts["quotes"], counts["claims"], counts["events"]) == (
        added.quotes,
        added.claims,
        added.events,
    )
    watson = find_quotes(engine, "Watson", limit=10)
    assert all(q.speaker_name == "Adrienne Watson" for q in watson.items)
    assert watson.total >= 1


def test_report_summary_lines(tmp_path, engine, extractor, settings, clock):
    (tmp_path / "a.txt").write_text("Kim will visit.", "utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    _batch([tmp_path / "a.txt"], engine, extractor, settings, clock)
    report = _batch([tmp_path], engine, extractor, settings, clock)
    lines = report.summary_lines()
    assert lines[0].startswith(f"already stored: {tmp_path / 'a.txt'} is #1")
    assert lines[1] == f"failed: {tmp_path / 'b.txt'}: is empty"
    assert lines[-1] == "0 added, 1 already stored, 1 failed"
