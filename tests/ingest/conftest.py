"""Ingest fixtures: a SQLite store, a fake extractor, a clock, and a page server on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy import Engine

from bot.clock import FixedClock
from bot.config import Settings
from bot.extract.model import Claim, ClaimStatus, Extraction, Quote, SourceKind, Speaker
from bot.store.db import init_db, make_engine

ARTICLE_PAGE = b"""<!doctype html>
<html><head><meta charset="utf-8"><title>Kim to visit Russia | Example News</title>
<link rel="canonical" href="https://news.example.org/2023/kim-visit">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2023-09-05T10:00:00Z">
<meta property="og:site_name" content="Example News"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now!</nav>
<div class="ad">BUY CHEAP WATCHES TODAY</div>
<article><h1>Kim to visit Russia</h1>
<p>North Korea's leader, Kim Jong-un, will visit Russia shortly for a meeting with Vladimir Putin, officials said on Tuesday.</p>
<p>The visit is expected within days, according to US officials cited by The New York Times. They said the talks could cover weapons.</p>
<p>"We urge the DPRK to cease its arms negotiations with Russia," Adrienne Watson said in a statement.</p>
</article>
<footer>Cookie policy. All rights reserved.</footer></body></html>"""

SETTINGS = Settings(fetch_timeout=0.5, max_fetch_bytes=20_000, max_article_chars=5_000)
CLOCK = FixedClock(datetime(2023, 9, 20, 9, 30, tzinfo=UTC))


class FakeExtractor:
    """Finds one quote and one claim per article, by rule, and counts its calls."""

    version = "fake-1"

    def __init__(self) -> None:
        self.calls = 0

    def extract(self, text: str, published: date) -> Extraction:
        self.calls += 1
        first = text.split("\n")[0]
        speaker = Speaker("Adrienne Watson", SourceKind.PERSON, mention="Watson")
        return Extraction(
            version=self.version,
            published=published,
            quotes=(Quote(first, 0, len(first), "direct", speaker, cue="said"),),
            claims=(Claim(first, 0, len(first), ClaimStatus.STATED),),
        )


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/article":
            self._send(200, "text/html; charset=utf-8", ARTICLE_PAGE)
        elif self.path == "/plain":
            self._send(200, "text/plain; charset=utf-8", b"A plain report.\n\nIt said things.")
        elif self.path == "/image":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        elif self.path == "/empty-page":
            self._send(200, "text/html", b"<html><body><nav>Home</nav></body></html>")
        elif self.path == "/big":
            self._send(200, "text/html", b"<p>" + b"x" * 50_000 + b"</p>")
        elif self.path == "/big-unsized":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the cap must hold while reading
            for _ in range(10):
                self.wfile.write(b"<p>" + b"y" * 5_000 + b"</p>")
            self.close_connection = True
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", ARTICLE_PAGE)
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
        else:
            self._send(404, "text/plain", b"not found")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        return


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """Serve test pages on 127.0.0.1 and yield the base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    httpd.daemon_threads = True
    httpd.block_on_close = False
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def engine(tmp_path: Any) -> Iterator[Engine]:
    """Yield a fresh SQLite store."""
    made = make_engine(f"sqlite:///{tmp_path}/ingest.db")
    init_db(made)
    yield made
    made.dispose()


@pytest.fixture
def extractor() -> FakeExtractor:
    """Return a fresh fake extractor."""
    return FakeExtractor()


@pytest.fixture
def settings() -> Settings:
    """Return small limits and a short timeout."""
    return SETTINGS


@pytest.fixture
def clock() -> FixedClock:
    """Return a clock fixed at 2023-09-20."""
    return CLOCK


@pytest.fixture
def article_page() -> bytes:
    """Return a news page with navigation, an ad and a footer around the article."""
    return ARTICLE_PAGE
