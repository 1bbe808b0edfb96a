"""What extraction produces: plain dataclasses, no spaCy objects, easy to store and to test."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class SourceKind(StrEnum):
    """What kind of source a statement rests on."""

    PERSON = "person"  # a named person ("Adrienne Watson")
    ORGANISATION = "organisation"  # a named body ("the Kremlin", "the White House")
    OUTLET = "outlet"  # a named news outlet ("The New York Post")
    OFFICIALS = "officials"  # a named group without names ("US officials")
    ANONYMOUS = "anonymous"  # "a person familiar with the talks", "two officials who spoke..."
    UNNAMED = "unnamed"  # "a South Korean lawmaker", "reports", "sources"
    NONE = "none"  # the article itself


class ClaimStatus(StrEnum):
    """How firm a claim is."""

    UNCONFIRMED = "unconfirmed"
    ATTRIBUTED = "attributed"
    STATED = "stated"


class Certainty(StrEnum):
    """How sure an expected event is."""

    SCHEDULED = "scheduled"
    EXPECTED = "expected"
    POSSIBLE = "possible"


@dataclass(frozen=True)
class Speaker:
    """Who a statement is attributed to, resolved to the fullest name the article gives."""

    name: str  # "Adrienne Watson", "US officials", "a South Korean lawmaker"
    kind: SourceKind
    role: str | None = None  # "US National Security Council spokesperson"
    via: str | None = None  # the outlet in a sourcing chain: "The New York Times"
    mention: str | None = None  # the words used at this place: "she", "Watson", "the Post"

    def describe(self) -> str:
        """Return 'Name (role), cited by Outlet' for people to read."""
        return describe_source(self.name, self.role, self.via)


def describe_source(name: str, role: str | None, via: str | None) -> str:
    """Return 'Name (role), cited by Outlet'; a role already in the name is not repeated."""
    text = name
    if role and role.lower() not in name.lower():
        text += f" ({role})"
    if via:
        text += f", cited by {via}"
    return text


@dataclass(frozen=True)
class Entity:
    """A person, organisation or outlet the article names, with every way it refers to it."""

    name: str
    kind: SourceKind
    aliases: tuple[str, ...] = ()
    role: str | None = None


@dataclass(frozen=True)
class Quote:
    """Something a source said: ``direct`` (in quote marks), ``indirect`` or ``mixed``."""

    text: str
    start: int
    end: int
    kind: str
    speaker: Speaker | None
    cue: str | None = None  # the speech verb or phrase: "said", "according to"
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True)
class Hedge:
    """A cue that makes a statement uncertain ("might", "reportedly", "is expected to")."""

    text: str
    start: int
    end: int
    category: str  # epistemic | speculative | conditional | reported | prediction | ...


@dataclass(frozen=True)
class Timex:
    """A time expression normalised TimeML-style, with the window of days it allows."""

    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str  # "2023-09-12", "2023-W37", "P3D", "FUTURE_REF", ...
    earliest: date | None = None
    latest: date | None = None


@dataclass(frozen=True)
class Claim:
    """A statement in the article and how firm it is, with the reasons."""

    text: str
    start: int
    end: int
    status: ClaimStatus
    reasons: tuple[str, ...] = ()  # readable: 'hedge: "might"', "source: anonymous officials"
    cues: tuple[str, ...] = ()  # the cue words themselves
    source_kind: SourceKind = SourceKind.NONE
    speaker: Speaker | None = None


@dataclass(frozen=True)
class Event:
    """Something expected to happen, who takes part, where, when, and how sure."""

    text: str  # a readable summary: "Kim Jong-un visits Russia"
    start: int
    end: int
    trigger: str  # "will visit", "is expected"
    certainty: Certainty
    participants: tuple[str, ...] = ()
    place: str | None = None
    when: Timex | None = None
    earliest: date | None = None
    latest: date | None = None
    sentence: str = ""
    details: tuple[str, ...] = ()  # manner and conditions: "by armoured train", "if talks go well"


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article by one version of the extractor."""

    version: str
    published: date
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    hedges: tuple[Hedge, ...] = ()
    timexes: tuple[Timex, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)
