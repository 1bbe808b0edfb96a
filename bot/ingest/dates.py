"""Publication dates as people write them in headers and forms."""

from __future__ import annotations

from datetime import date, datetime

from bot.errors import DateError, IngestError

# Accepted spellings beyond ISO 8601, tried in order.
DATE_FORMATS = (
    "%Y/%m/%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
)
TRUE_WORDS = frozenset({"true", "yes", "1", "on"})
FALSE_WORDS = frozenset({"false", "no", "0", "off", ""})


def parse_date(value: str, *, origin: str, field: str = "published") -> date:
    """Read a date like 2023-09-06, 2023-09-06T10:00:00Z or 6 September 2023."""
    raw = value.strip().strip("\"'")
    try:
        return date.fromisoformat(raw)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(raw, pattern).date()  # noqa: DTZ007 (a date, no time of day)
        except ValueError:
            continue
    raise DateError(f"{origin}: {field} {value.strip()!r} is not a date (use YYYY-MM-DD)")


def parse_flag(value: str, *, origin: str, field: str) -> bool:
    """Read true/false, yes/no, 1/0."""
    word = value.strip().strip("\"'").lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise IngestError(f"{origin}: {field} must be true or false, not {value.strip()!r}")
