"""Pronoun antecedents: the most recent compatible source or subject, nearby first."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from bot.extract.entities import Cluster, EntityIndex, name_keys
from bot.extract.model import SourceKind, Speaker
from bot.extract.speech_lexicon import Pronoun, load_lexicon

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# A person named for the first time just before a pronoun is who the text turns to
# ('The union's general secretary, Tomás Herrera, rejected that account. "...," he said').
NEW_NAME_BONUS = 0.7
# A role without a name ('the minister') is the antecedent only when no named person fits.
ROLE_PENALTY = 4.0
# What each sentence between a candidate and the pronoun costs: more than a rank.
DISTANCE_WEIGHT = 1.2


@dataclass
class Seen:
    """A source resolved earlier, kept for pronouns that come later."""

    pos: int
    speaker: Speaker
    number: str
    cluster: Cluster | None
    gender: str | None = None  # m | f, for a source the entity index does not know


@dataclass(frozen=True)
class Candidate:
    """One possible antecedent with its score."""

    score: float
    pos: int
    speaker: Speaker
    cluster: Cluster | None
    seen: Seen | None = None


def narrative_sentences(doc: Doc, sent_of: list[int], quoted: list[bool]) -> list[int]:
    """Number each token's sentence counting only sentences with words outside quote marks.

    A run of quoted sentences is one speaker's turn: '“...? ... . ...,” she continued' is as
    near to the 'Clinton said' before the run as a pronoun in the next sentence would be.
    """
    narrative: set[int] = set()
    for tok in doc:
        if not quoted[tok.i] and not tok.is_punct and not tok.is_space:
            narrative.add(sent_of[tok.i])
    rank: dict[int, int] = {}
    count = 0
    for k in range(max(sent_of, default=0) + 1):
        rank[k] = count
        count += k in narrative
    return [rank[k] for k in sent_of]


def candidates(
    head: Token,
    pron: Pronoun,
    *,
    seen: list[Seen],
    index: EntityIndex,
    sent_of: list[int],
    quoted: list[bool],
    window: int,
    roles: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Score the antecedents within ``window`` sentences before a pronoun."""
    doc: Doc = head.doc
    here = sent_of[head.i]
    # Earlier speakers beat main-clause subjects, which beat other subjects and other
    # names; each sentence back costs more than a rank.
    out: list[Candidate] = []
    for s in seen:
        dist = here - sent_of[s.pos]
        if (
            0 <= dist <= window
            and s.pos < head.i
            and fits(pron, s.speaker, s.number, s.cluster, s.gender)
        ):
            out.append(Candidate(3 - DISTANCE_WEIGHT * dist, s.pos, s.speaker, s.cluster, s))
    first_at: dict[int, int] = {}
    for m in index.mentions:
        first_at.setdefault(m.cluster, m.start)
        if m.start >= head.i:
            break
        dist = here - sent_of[m.start]
        if dist > window or quoted[m.start]:
            continue
        cl = index.clusters[m.cluster]
        sp = Speaker(cl.name, cl.kind, cl.role, None, head.text)
        if not fits(pron, sp, "sg", cl, None):
            continue
        root = doc[m.start : m.end].root
        if root.dep_ == "appos":
            root = root.head  # 'The union's general secretary, Tomás Herrera, rejected ...'
        rank = 0.0
        if root.dep_ in SUBJECT_DEPS:
            rank = 2 if root.head.dep_ == "ROOT" else 1
        if dist == 1 and first_at[m.cluster] == m.start and cl.kind == SourceKind.PERSON:
            rank += NEW_NAME_BONUS
        out.append(Candidate(rank - DISTANCE_WEIGHT * dist, m.start, sp, cl))
    out.extend(_unindexed(head, pron, index=index, sent_of=sent_of, quoted=quoted, window=window))
    if pron.number == "sg" and pron.gender in ("m", "f"):
        out.extend(_roles(head, roles, index=index, sent_of=sent_of, quoted=quoted, window=window))
    if pron.number == "pl":
        out.extend(_groups(head, index=index, sent_of=sent_of, quoted=quoted, window=window))
    return out


def window_before(head: Token, sent_of: list[int], window: int) -> range:
    """Return the token positions from ``window`` sentences back up to a pronoun."""
    here = sent_of[head.i]
    doc = head.doc
    first = head.i
    # A paragraph break belongs to no sentence (its sent_of is 0): step over it.
    while first > 0 and (here - sent_of[first - 1] <= window or doc[first - 1].is_space):
        first -= 1
    return range(first, head.i)


def _clause_rank(tok: Token) -> float:
    """Rank a subject: the main clause's above a subordinate one's."""
    return 2 if tok.head.dep_ == "ROOT" else 1


def _free_subjects(
    head: Token, *, index: EntityIndex, sent_of: list[int], quoted: list[bool], window: int
) -> Iterator[tuple[Token, int]]:
    """Yield the subjects before a pronoun that no name in the index covers, outside quote
    marks, each with how many sentences back it stands."""
    here = sent_of[head.i]
    for i in window_before(head, sent_of, window):
        tok = head.doc[i]
        if tok.dep_ in SUBJECT_DEPS and not quoted[i] and index.at(i) is None:
            yield tok, here - sent_of[i]


def _unindexed(
    head: Token,
    pron: Pronoun,
    *,
    index: EntityIndex,
    sent_of: list[int],
    quoted: list[bool],
    window: int,
) -> list[Candidate]:
    """Score subjects the NER missed that repeat a known person's name ('Ivanka Trump wrote')."""
    lex = load_lexicon()
    out: list[Candidate] = []
    for tok, back in _free_subjects(head, index=index, sent_of=sent_of, quoted=quoted, window=window):
        if tok.pos_ != "PROPN":
            continue
        words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
        keys = name_keys(" ".join(w.text for w in words), lex)
        people = [c for c in index.clusters if c.kind == SourceKind.PERSON and keys <= c.keys]
        if len(people) != 1:
            continue
        cl = people[0]
        sp = Speaker(cl.name, cl.kind, cl.role, None, head.text)
        if fits(pron, sp, "sg", cl, None):
            out.append(Candidate(_clause_rank(tok) - DISTANCE_WEIGHT * back, tok.i, sp, cl))
    return out


def _groups(
    head: Token,
    *,
    index: EntityIndex,
    sent_of: list[int],
    quoted: list[bool],
    window: int,
) -> list[Candidate]:
    """Score plural subjects with no name for 'they' ('Critics of the plan ... they wrote')."""
    groups = load_lexicon().group_heads
    out: list[Candidate] = []
    for tok, back in _free_subjects(head, index=index, sent_of=sent_of, quoted=quoted, window=window):
        if tok.tag_ != "NNS" or tok.lower_ not in groups:
            continue
        words = [c for c in tok.lefts if c.dep_ in ("compound", "amod")] + [tok]
        name = " ".join(w.text for w in words)
        sp = Speaker(name, SourceKind.UNNAMED, None, None, head.text)
        out.append(Candidate(_clause_rank(tok) - DISTANCE_WEIGHT * back, tok.i, sp, None))
    return out


def _roles(
    head: Token,
    roles: frozenset[str],
    *,
    index: EntityIndex,
    sent_of: list[int],
    quoted: list[bool],
    window: int,
) -> list[Candidate]:
    """Score subjects that are a role with no name ('The minister will ...'), below any name."""
    out: list[Candidate] = []
    for tok, back in _free_subjects(head, index=index, sent_of=sent_of, quoted=quoted, window=window):
        if (
            tok.pos_ != "NOUN"
            or tok.lower_ not in roles
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        ):
            continue
        words = [c for c in tok.lefts if c.dep_ in ("det", "compound", "amod")] + [tok]
        name = " ".join(w.lower_ if w.dep_ == "det" else w.text for w in words)
        sp = Speaker(name, SourceKind.UNNAMED, None, None, head.text)
        rank = _clause_rank(tok) - ROLE_PENALTY
        out.append(Candidate(rank - DISTANCE_WEIGHT * back, tok.i, sp, None))
    return out


def fits(
    pron: Pronoun, sp: Speaker, sp_number: str, cl: Cluster | None, gender: str | None
) -> bool:
    """Say whether a source agrees with a pronoun in gender and number."""
    if pron.gender in ("m", "f"):
        known = cl.gender if cl is not None else gender
        return sp.kind == SourceKind.PERSON and known in (None, pron.gender)
    if pron.number == "pl":
        return sp_number == "pl" or sp.kind in (
            SourceKind.ORGANISATION,
            SourceKind.OUTLET,
            SourceKind.OFFICIALS,
        )
    if pron.gender == "n":
        return sp.kind in (SourceKind.ORGANISATION, SourceKind.OUTLET) or (
            sp.kind == SourceKind.UNNAMED and sp_number == "sg"
        )
    return sp.kind == SourceKind.PERSON if pron.number == "sg" else True


def learn_gender(chosen: Candidate, pron: Pronoun, seen: list[Seen]) -> None:
    """Remember the gender a pronoun shows, so a later pronoun of the other gender looks elsewhere."""
    if pron.gender not in ("m", "f"):
        return
    if chosen.cluster is not None:
        if chosen.cluster.gender is None:
            chosen.cluster.gender = pron.gender
        return
    for s in seen:
        if s.cluster is None and s.speaker.name == chosen.speaker.name and s.gender is None:
            s.gender = pron.gender
