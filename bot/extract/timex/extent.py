"""The extent TimeML gives a time expression: which words around the matched pattern it keeps.

The rules match generously ("the two-week strike", "last year's results", "three days
later") so that the normalisers see every cue; the TIMEX3 itself leaves out what belongs
to the surrounding phrase: a possessive marker, the article of a noun the expression only
modifies, and a hedge like "only" or "about". ("Three days later" keeps its "later": the
events stage reads it there.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extract.timex.lexicon import TimeWords, alternation

_POSSESSIVE = re.compile(r"['’]s$")
# "the two-week strike", "the third-quarter loss": a hyphened modifier of the noun after it
_ADJECTIVAL = re.compile(r"^the\s+(?=(?:\S+\s+)?\S+-(?:second|minute|hour|day|week|month|quarter|year|decade)$)", re.IGNORECASE)
# "in the weeks before the vote": the bare plural is the expression, "the" the phrase's
_BARE_PLURAL = re.compile(r"^the\s+(?=(?:days|weeks|months|years|decades|centuries|hours|minutes)$)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _hedge(hedges: tuple[str, ...]) -> re.Pattern[str]:
    """Return the regex for a leading hedge word the extent leaves out ("only six months")."""
    return re.compile(r"^" + alternation(hedges) + r"\s+", re.IGNORECASE)


def trim_extent(text: str, start: int, end: int, words: TimeWords) -> tuple[int, int]:
    """Return the (start, end) of the TIMEX3 inside a matched span."""
    span = text[start:end]
    found = _POSSESSIVE.search(span)
    if found:
        end -= len(found.group())
    span = text[start:end]
    if re.sub(r"\s+", " ", span.lower()) in words.vague_refs:
        return start, end  # "just now" is one phrase
    for pattern in (_hedge(words.extent_hedges), _ADJECTIVAL, _BARE_PLURAL):
        found = pattern.match(span)
        if found and found.end() < len(span):
            start += found.end()
            span = span[found.end() :]
    return start, end
