"""The extractor: an ordered list of named stages over one parsed document.

Each stage is a function ``stage(work: Work) -> None`` that reads some fields of
``Work`` and writes others (declared on the ``Stage``). spaCy runs once per
article; every stage after it is rules and lexicons over that parse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from bot.extract.model import Claim, Entity, Event, Extraction, Hedge, Quote, Timex

# Bump when any stage changes what it produces; stored rows record it so old
# articles can be re-extracted by a newer extractor.
EXTRACTOR_VERSION = "0.3.0"


@dataclass
class Work:
    """The state the stages share while reading one article."""

    text: str
    published: date
    doc: Doc
    sentences: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    hedges: list[Hedge] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def result(self) -> Extraction:
        """Freeze what the stages found."""
        return Extraction(
            version=EXTRACTOR_VERSION,
            published=self.published,
            entities=tuple(self.entities),
            quotes=tuple(sorted(self.quotes, key=lambda q: (q.start, q.end))),
            hedges=tuple(sorted(self.hedges, key=lambda h: h.start)),
            timexes=tuple(sorted(self.timexes, key=lambda t: t.start)),
            claims=tuple(sorted(self.claims, key=lambda c: c.start)),
            events=tuple(sorted(self.events, key=lambda e: e.start)),
            notes=tuple(self.notes),
        )


@dataclass(frozen=True)
class Stage:
    """One named step: what it reads and writes on ``Work``."""

    name: str
    func: Callable[[Work], None]
    reads: tuple[str, ...]
    writes: tuple[str, ...]


def default_stages() -> list[Stage]:
    """Return the extractor's stages in the order they run."""
    # Imported here so a stage module can be tested without pulling in the others.
    from bot.extract import claims, entities, events, hedges, quotes, sentences, timex

    return [
        Stage("sentences", sentences.split_sentences, ("doc",), ("sentences",)),
        Stage("entities", entities.find_entities, ("doc", "sentences"), ("entities",)),
        Stage("quotes", quotes.find_quotes, ("doc", "sentences", "entities"), ("quotes",)),
        Stage("hedges", hedges.find_hedges, ("doc", "sentences"), ("hedges",)),
        Stage("timex", timex.find_timexes, ("doc", "published"), ("timexes",)),
        Stage("events", events.find_events, ("doc", "sentences", "timexes", "entities"), ("events",)),
        Stage("claims", claims.find_claims, ("sentences", "quotes", "hedges"), ("claims",)),
    ]


def stages_through(last: str) -> list[Stage]:
    """Return the default stages up to and including ``last`` (a partial run for tests)."""
    stages = default_stages()
    names = [stage.name for stage in stages]
    if last not in names:
        raise ValueError(f"no stage named {last!r}; stages are {names}")
    return stages[: names.index(last) + 1]


class Pipeline:
    """Run spaCy once, then each stage in order."""

    def __init__(self, nlp: Language, stages: Sequence[Stage] | None = None) -> None:
        self.nlp = nlp
        self.stages = list(stages) if stages is not None else default_stages()

    def work(self, text: str, published: date, doc: Doc | None = None) -> Work:
        """Run every stage and return the working state (for tests and debugging)."""
        work = Work(text=text, published=published, doc=doc if doc is not None else self.nlp(text))
        for stage in self.stages:
            stage.func(work)
        return work

    def extract(self, text: str, published: date) -> Extraction:
        """Read one article."""
        return self.work(text, published).result()

    def extract_many(
        self, items: Iterable[tuple[str, date]], *, batch_size: int = 16
    ) -> Iterator[Extraction]:
        """Read many articles, parsing them with ``nlp.pipe`` for speed."""
        pairs = list(items)
        docs = self.nlp.pipe((text for text, _ in pairs), batch_size=batch_size)
        for (text, published), doc in zip(pairs, docs, strict=True):
            yield self.work(text, published, doc).result()
