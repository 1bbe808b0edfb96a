"""Stage: claims -- the article's statements, each with how firm it is and why.

``unconfirmed``: hedged ("might", "is expected to"), a prediction ("will"),
explicitly doubted ("could not be independently verified"), or resting on
sources without names (anonymous, unnamed, "reports", officials without names;
in a chain, the least checkable link). ``attributed``: resting on a named,
on-record source. ``stated``: the article asserts it without hedge. Reasons
are readable (``hedge: "might"``, ``doubt: "has not been confirmed"``,
``source: unnamed reports``, ``prediction: "will"``, ``denial: "denied"``).
A denial is claimed as the denial, never as its content (claims/denials.py);
non-statements ("declined to comment") are not claims (claims/silence.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from bot.extract.claims.chains import chain_sources
from bot.extract.claims.deniers import denial_sources
from bot.extract.claims.lexicon import ClaimsLexicon, load_lexicon
from bot.extract.claims.memory import SourceMemory, anonymity_notes
from bot.extract.claims.questions import question_ranges
from bot.extract.claims.sources import (
    OFF_RECORD,
    ON_RECORD,
    Source,
    frame_source,
    from_speaker,
    phrase_sources,
    pick,
)
from bot.extract.claims.units import Unit, claim_units
from bot.extract.hedges import DOUBT
from bot.extract.model import Claim, ClaimStatus, Hedge, SourceKind, Speaker

if TYPE_CHECKING:
    from bot.extract.pipeline import Work

__all__ = ["find_claims", "judge"]

HOLDER_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Reason labels that make a claim uncertain (a source or a denial alone does not).
UNSURE = frozenset({"hedge", "prediction", "doubt"})


def within(cue: tuple[int, int] | None, ranges: list[tuple[int, int]]) -> bool:
    """Return True when a cue starts inside one of the character ranges."""
    return cue is not None and any(a <= cue[0] < b for a, b in ranges)


def token_at(doc: Doc, char: int) -> Token | None:
    """Return the token starting at a character offset."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def named_holder(tok: Token) -> bool:
    """Return True for a belief verb whose named subject holds it ("Kim expects ...")."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    return any(
        c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_ in HOLDER_ENTITIES)
        for c in tok.children
    )


def cue_text(doc: Doc, hedge: Hedge, lex: ClaimsLexicon, text: str) -> tuple[int, str]:
    """Return the cue as people read it, with its degree adverb ("most likely")."""
    tok = token_at(doc, hedge.start)
    if tok is not None and tok.i > 0:
        prev = doc[tok.i - 1]
        if prev.lower_ in lex.degree_adverbs and prev.head == tok:
            return prev.idx, text[prev.idx : hedge.end]
    return hedge.start, hedge.text


def unit_sources(unit: Unit, doc: Doc, lex: ClaimsLexicon) -> list[Source]:
    """Return every source hint for a statement: its quote's speaker and source phrases."""
    if unit.denial is not None:
        return denial_sources(unit, doc, lex)
    sources: list[Source] = []
    for quote in (unit.quote, *unit.nested):
        if quote is not None and quote.speaker is not None:
            sources.append(from_speaker(quote.speaker, lex))
    via = unit.quote.speaker.name if unit.quote is not None and unit.quote.speaker else None
    for start, end in ((unit.start, unit.end), *unit.frame):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            # A chain's further source first: on a tie it is the one the reason names.
            sources[:0] = chain_sources(span, lex, fallback_via=via)
            sources.extend(phrase_sources(span, lex))
    if unit.quote is None:
        framed = frame_source(unit.span, lex)
        if framed is not None:
            sources.append(framed)
    return sources


def speaker_of(unit: Unit, source: Source | None) -> Speaker | None:
    """Return who the statement is attributed to: the source's, else the quote's speaker."""
    if source is not None and source.speaker is not None:
        return source.speaker
    return unit.quote.speaker if unit.quote is not None else None


def skipped_ranges(unit: Unit, questions: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """Return the stretches whose cues do not bear on the unit: questions, denied content."""
    skipped = []
    if unit.denial is not None:
        skipped.append((unit.denial.content.start_char, unit.denial.content.end_char))
    for start, end in questions:
        if not (start <= unit.start and unit.end <= end):
            skipped.append((start, end))  # the question, not the answer
    return skipped


_OTHER_CLAUSES = frozenset({"conj", "advcl", "relcl", "acl", "ccomp", "xcomp", "csubj", "parataxis"})


def on_attribution(tok: Token | None, unit: Unit, doc: Doc) -> bool:
    """Say whether a word of a quote's frame belongs to its attribution ("reportedly said").

    The word must be the cue, a verb it completes ("is expected to say") or hang on it
    without passing through another clause; without a known cue every frame word counts.
    """
    quote = unit.quote
    cue = token_at(doc, quote.cue_start) if quote is not None and quote.cue_start is not None else None
    if tok is None or cue is None or tok == cue:
        return True
    above = cue
    while above.dep_ == "xcomp" and above.head != above:
        above = above.head  # "is expected to say", "was quoted as saying"
        if above == tok:
            return True
    node = tok
    while node.head != node:
        if node.dep_ in _OTHER_CLAUSES:
            return False
        node = node.head
        if node == cue:
            return True
    return False


def reason_of(hedge: Hedge, cue: str) -> str:
    """Return the readable reason for one hedge cue."""
    label = {"prediction": "prediction", DOUBT: "doubt"}.get(hedge.category, "hedge")
    return f'{label}: "{cue}"'


def judge(
    unit: Unit,
    doc: Doc,
    hedges: list[Hedge],
    lex: ClaimsLexicon,
    *,
    text: str,
    memory: SourceMemory | None = None,
    others: tuple[tuple[int, int], ...] = (),
    questions: tuple[tuple[int, int], ...] | None = None,
) -> Claim:
    """Decide a statement's status from its hedges and its source (``text`` is the article).

    ``others`` are the other statements' spans: a cue inside one of them is
    its own, even where it lies in this statement's frame. ``questions`` are
    the article's question clauses (found here from the unit's sentence if None).
    """
    ranges = ((unit.start, unit.end), *unit.frame)
    if questions is None:
        questions = tuple(question_ranges(unit.span.sent, lex)) if len(unit.span) else ()
    skipped = skipped_ranges(unit, questions)
    skipped += [(a, b) for a, b in others if b <= unit.start or a >= unit.end]
    sources = [s for s in unit_sources(unit, doc, lex) if not within(s.cue, skipped)]
    source = pick(sources)
    if memory is not None:
        source = memory.recall(source, unit.start)
        if source is None and unit.quote is None:
            source = memory.pronoun_source(unit.span)
    source_cues = [s.cue for s in sources if s.cue is not None]
    marks: list[tuple[int, str, str]] = []  # (offset, cue, reason)
    for cue_start, cue_end in source_cues:
        if source is not None and source.cue == (cue_start, cue_end):
            marks.append((cue_start, text[cue_start:cue_end], source.reason))
    if unit.denial is not None:
        word = unit.denial.cue
        marks.append((word.idx, word.text, f'denial: "{word.text}"'))
    for hedge in hedges:
        if not any(a <= hedge.start and hedge.end <= b for a, b in ranges):
            continue
        if any(a <= hedge.start < b for a, b in (*source_cues, *skipped)):
            continue  # "suggest" in "reports suggest" is the source phrase's
        tok = token_at(doc, hedge.start)
        outside = not unit.start <= hedge.start < unit.end
        if outside and hedge.category != DOUBT and not on_attribution(tok, unit, doc):
            continue  # "a ruling on whether ..., saying she needed time": another clause's word
        if hedge.category == "doxastic" and tok is not None and named_holder(tok):
            continue  # "Kim expects talks to continue" reports Kim's belief, firmly
        offset, cue = cue_text(doc, hedge, lex, text)
        marks.append((offset, cue, reason_of(hedge, cue)))
    marks.sort()
    kind = source.kind if source is not None else SourceKind.NONE
    hedged = any(reason.split(":")[0] in UNSURE for _, _, reason in marks)
    if hedged or kind in OFF_RECORD:
        status = ClaimStatus.UNCONFIRMED
    elif kind in ON_RECORD:
        status = ClaimStatus.ATTRIBUTED
    else:
        status = ClaimStatus.STATED
    reasons = [reason for _, _, reason in marks]
    if source is not None and source.reason and source.reason not in reasons:
        reasons.insert(0, source.reason)
    claim = Claim(
        text=text[unit.start : unit.end],
        start=unit.start,
        end=unit.end,
        status=status,
        reasons=tuple(dict.fromkeys(reasons)),
        cues=tuple(dict.fromkeys(cue for _, cue, _ in marks)),
        source_kind=kind,
        speaker=speaker_of(unit, source),
    )
    if memory is not None:
        memory.remember([*sources, *([source] if source is not None else [])], claim.speaker)
    return claim


def find_claims(work: Work) -> None:
    """Write the article's claims, each with its status, reasons and cue words."""
    lex = load_lexicon()
    sentences = work.sentences or list(work.doc.sents)
    units = claim_units(sentences, work.quotes, lex, text=work.text)
    memory = SourceMemory(anonymity_notes(sentences, lex), lex)
    spans = tuple((unit.start, unit.end) for unit in units)
    questions = tuple(r for sent in sentences for r in question_ranges(sent, lex))
    work.claims = [
        judge(
            unit,
            work.doc,
            work.hedges,
            lex,
            text=work.text,
            memory=memory,
            others=spans,
            questions=questions,
        )
        for unit in units
    ]
