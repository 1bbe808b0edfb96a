"""Readers on files written here: headers, overrides, dates, titles, and every kind of bad input."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from bot.errors import DateError, IngestError
from bot.ingest.article import Overrides
from bot.ingest.readers import expand_sources, read_source
from bot.ingest.text import normalise_text

NONE = Overrides()


def _read(path: Path | str, settings, clock, overrides: Overrides = NONE, **kw):
    return read_source(str(path), settings=settings, clock=clock, overrides=overrides, **kw)


def test_markdown_with_front_matter(tmp_path, settings, clock):
    path = tmp_path / "kim.md"
    path.write_text(
        "---\ntitle: Kim to visit Russia\nsource: Example News\npublished: 2023-09-05\n"
        "url: https://example.org/kim\nauthor: Jane Roe\npublished_estimated: true\n"
        "date_note: inferred from the text\ntags: ignored\n---\nKim will visit Russia.\n",
        encoding="utf-8",
    )
    article = _read(path, settings, clock)
    assert article.text == "Kim will visit Russia."
    assert (article.title, article.source, article.author) == (
        "Kim to visit Russia",
        "Example News",
        "Jane Roe",
    )
    assert (article.url, article.published) == ("https://example.org/kim", date(2023, 9, 5))
    assert article.published_estimated and article.date_note == "inferred from the text"
    assert article.origin == str(path)


def test_overrides_beat_the_header(tmp_path, settings, clock):
    path = tmp_path / "kim.md"
    path.write_text("---\ntitle: Old\nsource: Old\npublished: 2023-09-05\n---\nText.", "utf-8")
    over = Overrides(title="New", source="Wire", published="2023-09-07", url="https://x.org/a")
    article = _read(path, settings, clock, over)
    assert (article.title, article.source, article.url) == ("New", "Wire", "https://x.org/a")
    assert article.published == date(2023, 9, 7) and not article.published_estimated


def test_undated_text_gets_the_clock_date_and_first_line_title(tmp_path, settings, clock):
    path = tmp_path / "note.txt"
    path.write_text("\n\n  Kim heads east  \nHe will travel by train.\n", "utf-8")
    article = _read(path, settings, clock)
    assert article.published == date(2023, 9, 20) and article.published_estimated
    assert article.date_note and "ingested" in article.date_note
    assert article.title == "Kim heads east"
    assert article.source is None and article.url is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-09-06", date(2023, 9, 6)),
        ("2023-09-06T22:15:00Z", date(2023, 9, 6)),
        ("6 September 2023", date(2023, 9, 6)),
        ("Sep 6, 2023", date(2023, 9, 6)),
        ('"2023-09-06"', date(2023, 9, 6)),
    ],
)
def test_header_date_spellings(tmp_path, settings, clock, value, expected):
    path = tmp_path / "a.md"
    path.write_text(f"---\npublished: {value}\n---\nText.", "utf-8")
    assert _read(path, settings, clock).published == expected


@pytest.mark.parametrize("value", ["2023-13-45", "yesterday-ish", "2023-02-30", "next week"])
def test_malformed_dates_are_refused(tmp_path, settings, clock, value):
    path = tmp_path / "a.md"
    path.write_text(f"---\npublished: {value}\n---\nText.", "utf-8")
    with pytest.raises(DateError, match=r"a\.md: published .* is not a date"):
        _read(path, settings, clock)


def test_malformed_override_date_is_refused(tmp_path, settings, clock):
    path = tmp_path / "a.txt"
    path.write_text("Text.", "utf-8")
    with pytest.raises(DateError):
        _read(path, settings, clock, Overrides(published="soonish"))


BAD_FILES = [
    ("empty.txt", b"", "is empty"),
    ("blank.md", b"  \n\n\t \n", "is empty"),
    ("header-only.md", b"---\ntitle: T\n---\n\n", "is empty"),
    ("nul.txt", b"abc\x00def", "binary"),
    ("noise.txt", bytes(range(1, 32)) * 20 + b"abc", "binary"),
    ("latin1.txt", "Caf\u00e9 au lait".encode("latin-1"), "not UTF-8"),
    ("big.txt", b"word " * 2_000, "over the 5,000 limit"),
    ("open.md", b"---\ntitle: T\nText without a closing line", "never closed"),
    ("badline.md", b"---\ntitle T\n---\nText.", "not 'key: value'"),
    ("flag.md", b"---\npublished_estimated: maybe\n---\nText.", "true or false"),
    ("page.html", b"<html><body><nav>Home</nav></body></html>", "no article text"),
    ("doc.pdf", b"%PDF-1.4", "unsupported file type"),
    ("markup.txt", b"<div><span></span></div>", "only markup"),
    ("markup.md", b"---\ntitle: T\n---\n<p></p><div></div>\n", "only markup"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_input_is_a_one_line_error_naming_the_file(
    tmp_path, settings, clock, name, data, message
):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IngestError) as caught:
        _read(path, settings, clock)
    text = caught.value.user_message()
    assert message in text and str(path) in text and "\n" not in text


def test_missing_file_is_an_error(tmp_path, settings, clock):
    with pytest.raises(IngestError, match="no such file"):
        _read(tmp_path / "gone.txt", settings, clock)


def test_text_is_normalised():
    raw = "Cafe\u0301\r\nline two\rline\x07 three\u2028end\ufeff  "
    assert normalise_text(raw) == "Café\nline two\nline three\nend"


def test_html_file_main_text_title_date_author_canonical(tmp_path, settings, clock, article_page):
    path = tmp_path / "kim.html"
    path.write_bytes(article_page)
    article = _read(path, settings, clock)
    assert article.title == "Kim to visit Russia"
    assert article.published == date(2023, 9, 5) and not article.published_estimated
    assert (article.author, article.source) == ("Jane Roe", "Example News")
    assert article.url == "https://news.example.org/2023/kim-visit"
    assert "Adrienne Watson said in a statement" in article.text
    assert "\n\n" in article.text  # paragraphs stay apart
    for junk in ("Subscribe", "WATCHES", "Cookie"):
        assert junk not in article.text


def test_stdin(settings, clock):
    data = io.BytesIO("---\ntitle: Piped\n---\nFrom a café pipe.\r\n".encode())
    article = _read("-", settings, clock, stdin=data)
    assert (article.title, article.text, article.origin) == (
        "Piped",
        "From a café pipe.",
        "<stdin>",
    )


def test_folders_are_walked_recursively_skipping_hidden_and_other_files(tmp_path):
    (tmp_path / "a.md").write_text("A", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.HTML").write_text("<p>B</p>", "utf-8")
    (tmp_path / "sub" / "c.txt").write_text("C", "utf-8")
    (tmp_path / "sub" / "d.png").write_bytes(b"\x89PNG")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "e.txt").write_text("E", "utf-8")
    (tmp_path / ".hidden.md").write_text("H", "utf-8")
    found = expand_sources([str(tmp_path), "-", "https://example.org/x"])
    assert found == [
        str(tmp_path / "a.md"),
        str(tmp_path / "sub" / "b.HTML"),
        str(tmp_path / "sub" / "c.txt"),
        "-",
        "https://example.org/x",
    ]


def test_html_file_in_its_declared_charset(tmp_path, settings, clock):
    words = " ".join(["négociations à Genève"] * 12)
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Café talks</title></head>'
        f"<body><article><h1>Café talks</h1><p>{words}.</p></article></body></html>"
    )
    path = tmp_path / "latin.htm"
    path.write_bytes(page.encode("latin-1"))
    article = _read(path, settings, clock)
    assert article.title == "Café talks" and "négociations à Genève" in article.text
