"""Stage: entities — the people, organisations and outlets an article names.

Mentions come from spaCy's NER plus the outlet lexicon. Mentions of one thing
are grouped under its fullest name ("Watson" -> "Adrienne Watson", "the Post"
-> "The New York Post"), and a person keeps the role the article gives them
(a title before the name or an apposition).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from bot.extract.model import Entity, SourceKind
from bot.extract.speech_lexicon import SpeechLexicon, load_lexicon

if TYPE_CHECKING:
    from bot.extract.pipeline import Work

WORD = re.compile(r"\w+")
KEEP_LABELS = {"PERSON", "ORG"}


@dataclass
class Cluster:
    """One entity while the index is built: its fullest name and what is known of it."""

    name: str
    kind: SourceKind
    keys: frozenset[str]
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    gender: str | None = None  # m | f when the text shows it
    forms: dict[str, int] = field(default_factory=dict)  # how often each multi-word form occurs
    descriptions: list[str] = field(default_factory=list)  # every role the article gives


@dataclass(frozen=True)
class Mention:
    """One place where the article names an entity (token offsets)."""

    start: int
    end: int
    cluster: int


@dataclass
class EntityIndex:
    """The entities of one article and where each is mentioned."""

    clusters: list[Cluster]
    mentions: list[Mention]
    by_token: dict[int, int]

    def at(self, i: int) -> Cluster | None:
        """Return the entity mentioned at token ``i``, if any."""
        k = self.by_token.get(i)
        return self.clusters[k] if k is not None else None

    def entities(self) -> list[Entity]:
        """Return the entities as frozen model objects."""
        return [Entity(c.name, c.kind, tuple(c.aliases), c.role) for c in self.clusters]


def name_keys(text: str, lex: SpeechLexicon) -> frozenset[str]:
    """Return the words of a name without titles, articles and possessives."""
    text = text.replace("’", "'")
    text = re.sub(r"'s?\b", " ", text)
    words = [w.lower() for w in WORD.findall(text)]
    core = [w for w in words if w not in lex.titles and w != "the"]
    return frozenset(core or words)


def _strip_edges(span: Span, lex: SpeechLexicon) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (
        doc[start].lower_ in lex.titles
        or (span.label_ == "PERSON" and doc[start].lower_ in lex.role_nouns)
        or doc[start].lower_ == "the"
    ):
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    if span.label_ == "PERSON":
        # Title-case headlines run a verb into the name: 'Glenn Beck Blasts Drudge'.
        for k in range(start + 1, end):
            word = doc[k].lower_
            if (
                word in lex.speech_verbs
                or word.removesuffix("s") in lex.speech_verbs
                or word.removesuffix("s") in lex.object_verbs
            ):
                end = k
                break
    return Span(doc, start, end, label=span.label_) if start < end else span


def outlet_kind(name: str, lex: SpeechLexicon) -> bool:
    """Say whether an organisation's name is a news outlet's."""
    bare = name.removeprefix("The ").removeprefix("the ")
    for full, aliases in lex.outlets.items():
        if bare == full.removeprefix("The ") or name in aliases or bare in aliases:
            return True
    last = bare.split()[-1] if bare.split() else ""
    return last in lex.outlet_words


def _canonical_outlet(text: str, lex: SpeechLexicon, present: set[str]) -> str | None:
    """Return the outlet's full name; a short form shared by several ("the Post") needs one named."""
    bare = text.removeprefix("The ").removeprefix("the ")
    fits = [
        full
        for full, aliases in lex.outlets.items()
        if bare == full.removeprefix("The ")
        or bare in {a.removeprefix("The ").removeprefix("the ") for a in aliases}
    ]
    if len(fits) == 1 and (
        fits[0].removeprefix("The ") == bare or fits[0] in present or " " in bare or bare.isupper()
    ):
        return fits[0]
    named = [f for f in fits if f in present]
    return named[-1] if named else None


@lru_cache(maxsize=1)
def _full_outlet_names() -> dict[str, str]:
    """Map each outlet's full name without 'The' to the full name."""
    return {full.removeprefix("The "): full for full in load_lexicon().outlets}


@lru_cache(maxsize=1)
def _outlet_pattern() -> re.Pattern[str]:
    lex = load_lexicon()
    names = {n for full, aliases in lex.outlets.items() for n in (full, *aliases)}
    names = {n.removeprefix("The ").removeprefix("the ") for n in names}
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:[Tt]he )?(?:{alts})\b")


def _split_outlet(span: Span) -> list[Span]:
    """Split an outlet run into the next name: 'the Washington Post Trump' -> outlet + person."""
    if span.label_ != "ORG":
        return [span]
    m = _outlet_pattern().match(span.text)
    if m is None or m.end() >= len(span.text):
        return [span]
    doc = span.doc
    outlet = doc.char_span(span.start_char, span.start_char + m.end(), label="ORG")
    rest = doc.char_span(span.start_char + m.end() + 1, span.end_char, label="PERSON")
    words = load_lexicon().outlet_words
    if outlet is None or rest is None or not len(rest) or not all(t.pos_ == "PROPN" for t in rest):
        return [span]
    if rest[-1].text in words or rest[-1].text in ("Magazine", "Sunday", "Online"):
        return [span]  # 'The New York Times Magazine' is one outlet
    return [outlet, rest]


def _outlet_spans(doc: Doc, text: str) -> list[Span]:
    """Return outlet names the NER may have missed ("the Post"), as ORG spans."""
    out = []
    for m in _outlet_pattern().finditer(text):
        span = doc.char_span(m.start(), m.end(), label="ORG", alignment_mode="contract")
        if span is not None and len(span):
            out.append(span)
    return out


def _roles_of(span: Span, lex: SpeechLexicon) -> list[str]:
    """Return the descriptions the sentence gives a person: a title before the name, an apposition."""
    head = span.root
    doc = span.doc
    found: list[str] = []
    left = head.left_edge.i
    if left < span.start:
        words = [t for t in doc[left : span.start] if t.dep_ != "det" and not t.is_punct]
        titled = words and (words[-1].lower_ in lex.role_nouns or words[-1].lower_ in lex.titles)
        if titled and not all(t.lower_ in lex.titles for t in words):
            found.append(doc[words[0].i : words[-1].i + 1].text)
    for child in head.children:
        if (
            child.dep_ == "appos"
            and child.i >= span.end
            and child.pos_ == "NOUN"
            and not child.ent_type_
        ):
            desc = _description(child)
            if desc:
                found.append(desc)
    if head.dep_ == "appos" and head.head.i < span.start and head.head.pos_ == "NOUN":
        desc = _description(head.head, stop=span.start)
        if desc:
            found.append(desc)
    return found


def _description(noun: Token, stop: int | None = None) -> str | None:
    doc = noun.doc
    start = noun.left_edge.i
    end = noun.right_edge.i + 1 if stop is None else min(noun.right_edge.i + 1, stop)
    while start < end and (doc[start].dep_ == "det" or doc[start].is_punct):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end].text if start < end else None


def _gender(span: Span, role: str | None, lex: SpeechLexicon) -> str | None:
    before = span.doc[span.start - 1].lower_ if span.start else ""
    words = {before, *(role or "").lower().split()}
    first = span[0].lower_ if len(span) > 1 else ""
    if words & lex.female_titles or first in lex.female_names:
        return "f"
    if words & lex.male_titles or first in lex.male_names:
        return "m"
    return None


NEAR_TOKENS = 40


def _pick(cands: list[int], seen_at: dict[int, list[int]], at: int) -> int:
    """Choose the entity an ambiguous short name ("Clinton") means at one place."""
    if len(cands) == 1:
        return cands[0]
    before = {c: [p for p in seen_at.get(c, []) if p < at] for c in cands}
    latest = max(cands, key=lambda c: max(before[c], default=-1))
    if before[latest] and at - max(before[latest]) <= NEAR_TOKENS:
        return latest  # just named in full: "Chelsea Clinton ... Clinton said"
    # Otherwise the one the article is about: named most often so far, then overall.
    return max(cands, key=lambda c: (len(before[c]), len(seen_at.get(c, []))))


def _settle_name(cl: Cluster) -> None:
    """Name a person by their most frequent full form, so a one-off 'Crooked Hillary Clinton' does not stick."""
    if cl.kind != SourceKind.PERSON or len(cl.forms) < 2:
        return
    best = max(cl.forms, key=lambda f: (cl.forms[f], len(f)))
    if best != cl.name:
        cl.aliases = [a for a in cl.aliases if a != best]
        cl.aliases.insert(0, cl.name)
        cl.name = best


def build_index(doc: Doc) -> EntityIndex:
    """Find and group the entity mentions of a parsed article."""
    lex = load_lexicon()
    spans = [
        part
        for e in doc.ents
        if e.label_ in KEEP_LABELS
        for part in _split_outlet(_strip_edges(e, lex))
    ]
    taken = {i for s in spans for i in range(s.start, s.end)}
    spans += [s for s in _outlet_spans(doc, doc.text) if not taken & set(range(s.start, s.end))]
    fulls = _full_outlet_names()
    present = {
        fulls[s.text.removeprefix("The ")] for s in spans if s.text.removeprefix("The ") in fulls
    }
    # Longest names first so that short forms attach to a full name already seen.
    order = sorted(
        range(len(spans)), key=lambda k: (-len(name_keys(spans[k].text, lex)), spans[k].start)
    )
    clusters: list[Cluster] = []
    seen_at: dict[int, list[int]] = {}
    assigned: dict[int, int] = {}
    for k in order:
        span = spans[k]
        keys = name_keys(span.text, lex)
        if not keys:
            continue
        is_org = span.label_ == "ORG"
        outlet = _canonical_outlet(span.text, lex, present) if is_org else None
        cands = [
            c
            for c, cl in enumerate(clusters)
            if (keys <= cl.keys or (outlet and cl.name == outlet))
            and (cl.kind == SourceKind.PERSON) == (not is_org)
        ]
        if is_org and not cands and not outlet and len(span) == 1:
            # The small model often tags a lone surname ("Fowler") as an organisation.
            cands = [
                c
                for c, cl in enumerate(clusters)
                if cl.kind == SourceKind.PERSON and keys <= cl.keys
            ]
        if cands:
            c = _pick(cands, seen_at, span.start)
            if span.text not in clusters[c].aliases and span.text != clusters[c].name:
                clusters[c].aliases.append(span.text)
        else:
            if is_org:
                name = outlet or span.text
                kind = (
                    SourceKind.OUTLET
                    if outlet or outlet_kind(span.text, lex)
                    else SourceKind.ORGANISATION
                )
            else:
                name, kind = span.text, SourceKind.PERSON
            clusters.append(Cluster(name, kind, name_keys(name, lex) | keys))
            c = len(clusters) - 1
        assigned[k] = c
        seen_at.setdefault(c, []).append(span.start)
        if len(span) > 1:
            clusters[c].forms[span.text] = clusters[c].forms.get(span.text, 0) + 1
    for cl in clusters:
        _settle_name(cl)
    mentions = sorted(
        (Mention(spans[k].start, spans[k].end, c) for k, c in assigned.items()),
        key=lambda m: m.start,
    )
    by_token: dict[int, int] = {}
    for m in mentions:
        cl = clusters[m.cluster]
        span = doc[m.start : m.end]
        if cl.kind == SourceKind.PERSON:
            roles = _roles_of(span, lex)
            cl.descriptions.extend(r for r in roles if r not in cl.descriptions)
            cl.role = cl.role or (roles[0] if roles else None)
            cl.gender = cl.gender or _gender(span, " ".join(roles), lex)
        for i in range(m.start, m.end):
            by_token[i] = m.cluster
    return EntityIndex(clusters, mentions, by_token)


INDEX_KEY = "newsroom.entity_index"


def entity_index(doc: Doc) -> EntityIndex:
    """Return the document's entity index, built once and kept in ``doc.user_data``."""
    cached = doc.user_data.get(INDEX_KEY)
    if isinstance(cached, EntityIndex):
        return cached
    index = build_index(doc)
    doc.user_data[INDEX_KEY] = index
    return index


def find_entities(work: Work) -> None:
    """Write the people, organisations and outlets the article names."""
    work.entities = entity_index(work.doc).entities()
