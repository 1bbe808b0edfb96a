"""Chat ingest: pasted text with a header, attached web pages, and URLs inside the network."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from bot.config import Settings
from bot.errors import FetchError
from bot.ingest.fetch import check_public
from bot.ingest.service import ingest_text
from bot.store.queries import get_article

PAGE = """<!doctype html><html><head><title>Port strike ends | Harbour Times</title>
<meta property="article:published_time" content="2024-05-02T08:00:00Z"></head>
<body><nav>Home | Sport | Subscribe</nav><div class="ad">CHEAP FLIGHTS</div>
<article><h1>Port strike ends</h1>
<p>Dock workers voted to end the strike on Wednesday after a three-week stoppage that left hundreds of containers stranded at the quay.</p>
<p>"We got most of what we asked for," union leader Mara Quist said after the vote, adding that talks on pensions would resume next month.</p>
<p>The port authority said ships could berth again from Friday.</p>
</article><footer>Cookie policy</footer></body></html>"""


def test_attached_html_is_read_as_a_page(engine: Any, extractor: Any, clock: Any, settings: Settings) -> None:
    result = ingest_text(
        PAGE, pipeline=extractor, engine=engine, clock=clock, filename="strike.html", settings=settings
    )
    article = get_article(engine, result.article_id)
    assert article is not None
    assert article.title.startswith("Port strike ends")
    assert article.published.isoformat() == "2024-05-02"


def test_pasted_text_keeps_its_front_matter(engine: Any, extractor: Any, clock: Any, settings: Settings) -> None:
    text = "---\ntitle: Council budget\nsource: The Courier\npublished: 2024-03-20\n---\nThe council will vote on the budget on March 28, the mayor said.\n"
    result = ingest_text(text, pipeline=extractor, engine=engine, clock=clock, settings=settings)
    article = get_article(engine, result.article_id)
    assert article is not None
    assert (article.title, article.source, article.published.isoformat()) == (
        "Council budget",
        "The Courier",
        "2024-03-20",
    )


def test_chat_url_inside_the_network_is_refused(
    engine: Any, extractor: Any, clock: Any, settings: Settings, server: str
) -> None:
    with pytest.raises(FetchError, match="inside the network"):
        ingest_text(f"{server}/article", pipeline=extractor, engine=engine, clock=clock, settings=settings)
    allowed = replace(settings, fetch_private_addresses=True)
    result = ingest_text(f"{server}/article", pipeline=extractor, engine=engine, clock=clock, settings=allowed)
    assert result.created


@pytest.mark.parametrize(
    "url", ["http://10.1.2.3/x", "http://169.254.169.254/latest/meta-data", "http://[::1]:8080/", "http://localhost/"]
)
def test_private_and_metadata_addresses_are_not_public(url: str) -> None:
    with pytest.raises(FetchError):
        check_public(url)
