"""Bytes to clean text: refuse binary and non-UTF-8 input, normalise what is left."""

from __future__ import annotations

import re
import unicodedata

from bot.errors import IngestError

# More than this share of control characters means the "text" is really binary.
MAX_CONTROL_SHARE = 0.05
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def _is_control(char: str) -> bool:
    return unicodedata.category(char) == "Cc" and char not in "\n\t"


def decode_text(data: bytes, *, origin: str) -> str:
    """Decode UTF-8 bytes (a BOM is allowed), refusing binary and other encodings."""
    if not data.strip():
        raise IngestError(f"{origin}: is empty")
    if b"\x00" in data:
        raise IngestError(f"{origin}: is a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(
            f"{origin}: is not UTF-8 text (bad byte at position {exc.start}); save it as UTF-8"
        ) from None
    controls = sum(1 for char in text if _is_control(char) and char != "\r")
    if controls > MAX_CONTROL_SHARE * len(text):
        raise IngestError(f"{origin}: looks like a binary file, not text")
    return text


def normalise_text(text: str) -> str:
    """Return NFC text with LF line ends, without control characters or trailing spaces."""
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    text = _LINE_BREAKS.sub("\n", text)
    text = "".join(char for char in text if not _is_control(char))
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def first_line(text: str, *, limit: int = 200) -> str:
    """Return the first non-empty line (without Markdown heading marks), cut to ``limit``."""
    for line in text.split("\n"):
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""
