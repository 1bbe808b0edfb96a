"""Several writers on one SQLite file (the bot, a console, an ingest job) must all succeed."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from bot.errors import StoreError
from bot.store.db import init_db, make_engine
from bot.store.queries import stats
from bot.store.writes import save_article

NOW = datetime(2023, 9, 6, 12, 0, tzinfo=UTC)


def test_concurrent_writers_on_one_sqlite_file(tmp_path, make_article, make_extraction):
    url = f"sqlite:///{tmp_path}/shared.db"
    init_db(make_engine(url))
    errors: list[StoreError] = []

    def writer(worker: int) -> None:
        engine = make_engine(url)  # its own engine, as a separate process would have
        try:
            for n in range(6):
                article = make_article(
                    url=f"https://example.org/{worker}/{n}", text=f"{worker} {n}"
                )
                save_article(engine, article, make_extraction(), now=NOW)
        except StoreError as exc:  # "database is locked" would surface as this
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    counts = stats(make_engine(url))
    assert counts["articles"] == 24 and counts["quotes"] == 24 * 4
    assert counts["entities"] == 3  # Watson, the Post, US officials: shared, never duplicated
