"""The optional header of a text or Markdown article, between two ``---`` lines."""

from __future__ import annotations

from bot.errors import IngestError

KNOWN_KEYS = frozenset(
    {"title", "source", "published", "url", "author", "published_estimated", "date_note"}
)


def split_front_matter(text: str, *, origin: str) -> tuple[dict[str, str], str]:
    """Return the header's known ``key: value`` pairs and the text after it."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise IngestError(f"{origin}: the header opened with --- is never closed") from None
    header: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, colon, value = line.partition(":")
        if not colon:
            raise IngestError(
                f"{origin}: header line {number} is not 'key: value': {line.strip()!r}"
            )
        key = key.strip().lower()
        # Unknown keys (tags, categories...) are other tools' business.
        if key in KNOWN_KEYS:
            header[key] = value.strip().strip("\"'").strip()
    return header, "\n".join(lines[end + 1 :])
