"""Route a free-text question to a command: 'what did Watson say?' -> whosaid Watson."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Each route: the command, the option it implies, and the question shapes that mean it.
# The named group `who` is a speaker, `topic` a topic; both optional.
_SAY = r"(say|said|tell|told|claim|claimed|comment|comments|report|reported|write|wrote|announce|announced|warn|warned|reveal|revealed|argue|argued|think|thinks)"
_ABOUT_TAIL = r"(?:\s+(?:about|on|regarding|concerning)\s+(?P<topic>.+))?$"

# Each route: the command, the options it implies, and the question shapes that mean it.
# The named group `who` is a speaker, `topic` a topic; both optional. First match wins.
ROUTES: tuple[tuple[str, dict[str, str], tuple[str, ...]], ...] = (
    ("help", {}, (r"^(help|what can you do|how do i use you|commands)\b",)),
    (
        "articles",
        {},
        (r"\b(which|what|list|show)\b.*\barticles?\b(?!.*\babout\b)", r"^articles?\b"),
    ),
    (
        "claims",
        {"status": "unconfirmed"},
        (
            r"\b(unconfirmed|unverified|hedged|shaky|anonymous(ly)?|unnamed)\b.*?"
            r"(?:\b(about|on|regarding|concerning)\b (?P<topic>.+))?$",
        ),
    ),
    (
        "claims",
        {"status": "attributed"},
        (r"\battributed\b.*?(?:\b(about|on|regarding|concerning)\b (?P<topic>.+))?$",),
    ),
    ("claims", {"status": "stated"}, (r"\bstated\b.*\bclaims?\b.*?(?:\b(about|on)\b (?P<topic>.+))?$",)),
    (
        "whosaid",
        {},
        (
            rf"^what (did|does|has|have|do) (?P<who>.+?) {_SAY}\b{_ABOUT_TAIL}",
            rf"^what (is|was|are|were) (?P<who>.+?) (saying|reporting|claiming){_ABOUT_TAIL}",
            r"^who (said|says|is saying|claimed|claims|told|warned)\b.*?(?:\b(about|on|regarding|that)\b (?P<topic>.+))?$",
            r"^(quotes|statements|comments) (by|from) (?P<who>.+)$",
            r"^(quotes|statements|comments) (about|on) (?P<topic>.+)$",
            r"^(?P<who>.+?)(?:'s|’s)? (quotes|statements|comments)$",
            r"^who (is|was) (?P<who>.+)$",
        ),
    ),
    (
        "next",
        {},
        (
            r"^when (is|are|will|does|do) (?P<topic>.+?)"
            r"(?:\s+(?:be|start|starts|begin|begins|happen|take place|open|opens|end|ends|due))?$",
            r"\b(next|upcoming|expected|scheduled|planned|coming up|happen(s|ing)? next)\b"
            r".*?(?:\b(about|on|for|with|in|involving|regarding)\b (?P<topic>.+))?$",
        ),
    ),
    ("claims", {"status": "all"}, (r"\bclaims?\b.*?(?:\b(about|on|regarding)\b (?P<topic>.+))?$",)),
)

_COMPILED = tuple(
    (command, options, tuple(re.compile(p, re.IGNORECASE) for p in patterns))
    for command, options, patterns in ROUTES
)
_GENERIC_EVENT_WORDS = frozenset(
    {"next", "upcoming", "expected", "scheduled", "planned", "event", "events", "thing", "things"}
)
_TRAILING = re.compile(r"[\s?.!]+$")
# "claims about Russia are unconfirmed": a topic named before the verb.
_ABOUT = re.compile(r"\b(?:about|on|regarding|concerning|involving)\s+(?P<topic>.+?)(?:\s+(?:are|is|were|was|that)\b|$)", re.IGNORECASE)


@dataclass(frozen=True)
class Route:
    """Where a question goes."""

    command: str
    args: str = ""
    options: dict[str, str] = field(default_factory=dict)


def _clean(text: str | None) -> str:
    if not text:
        return ""
    text = _TRAILING.sub("", text.strip())
    return re.sub(r"^(the|a|an)\s+(?=\w)", "", text, flags=re.IGNORECASE) if len(text.split()) > 1 else text


def route_question(question: str) -> Route:
    """Return the command a free-text question asks for; unknown questions search quotes."""
    text = _TRAILING.sub("", question.strip())
    text = re.sub(r"^(hey|hi|please|so|ok|okay)[,\s]+", "", text, flags=re.IGNORECASE)
    for command, options, patterns in _COMPILED:
        for pattern in patterns:
            match = pattern.search(text)
            if not match:
                continue
            groups = match.groupdict()
            who, topic = _clean(groups.get("who")), _clean(groups.get("topic"))
            if not who and not topic and (about := _ABOUT.search(text)):
                topic = _clean(about.group("topic"))
            if command == "next" and set(topic.lower().split()) <= _GENERIC_EVENT_WORDS:
                topic = ""  # "when is the next expected event?" names no topic
            if command == "whosaid" and who and topic:
                return Route(command, who, {**options, "topic": topic})
            return Route(command, who or topic, dict(options))
    # Anything else is taken as a person or topic to look up in what was said.
    return Route("whosaid", _clean(text))
