"""Claim units: which stretches of an article are statements, and which are not.

The unit is the sentence; where a quote (direct or reported) covers part of
a sentence, the unit is the quote's content instead, and the rest of the
sentence is its *frame* ("..., reports suggest"; "They hypothesize that ...")
whose cues still bear on the content. Headlines, questions, boilerplate and
verbless fragments are not claims, nor are non-statements ("declined to
comment"; see silence.py). A denial is one unit over the denial itself, never
its denied content (see denials.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from bot.extract.claims.denials import Denial, denial_in
from bot.extract.claims.lexicon import ClaimsLexicon
from bot.extract.claims.silence import is_silent, silent_sentence
from bot.extract.claims.skips import (
    is_boilerplate,
    is_headline,
    is_question,
    skip_reason,
    trimmed,
)
from bot.extract.claims.spoken import cue_lemmas, inside_of, spoken_quotes
from bot.extract.model import Quote


@dataclass(frozen=True)
class Unit:
    """One statement: its character span, its frame, and the quote it comes from."""

    start: int
    end: int
    span: Span  # the tokens of a sentence or clause; for a quote, the (first) sentence
    frame: tuple[tuple[int, int], ...] = ()  # attribution text around a quote's content
    quote: Quote | None = None
    nested: tuple[Quote, ...] = ()  # quotes inside this one: further sources of it
    denial: Denial | None = None  # the statement is a denial; its content is not asserted


def outside(start: int, end: int, holes: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Return the parts of [start, end) not covered by the holes."""
    parts: list[tuple[int, int]] = []
    cursor = start
    for h_start, h_end in sorted(holes):
        if h_start > cursor:
            parts.append((cursor, min(h_start, end)))
        cursor = max(cursor, h_end)
    if cursor < end:
        parts.append((cursor, end))
    return tuple((a, b) for a, b in parts if b > a)


# After a quote, a frame part opened by these says something further of its own:
# 'said it remained "open to dialogue" and accused the union of ...'.
_FURTHER = re.compile(r"""[\s"'”’,;]*(?:and|but|while|whereas)\b""", re.IGNORECASE)


def _goes_on(text: str, part: tuple[int, int], quote: Quote) -> bool:
    """Say whether a frame part after a quote is another statement, not the quote's attribution."""
    return part[0] >= quote.end and _FURTHER.match(text, part[0], part[1]) is not None


CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def free_clauses(sent: Span, quotes: list[Quote]) -> list[Span]:
    """Return the coordinated clauses of a sentence that hold no quote nor quote cue.

    "The army withdrew on Monday, and officials said the town was safe": the
    quote covers the second clause; the first is the article's own statement.
    """
    root = sent.root
    conjuncts = [
        c
        for c in root.children
        if c.dep_ == "conj" and any(g.dep_ in CLAUSE_SUBJECTS for g in c.children)
    ]
    if not conjuncts:
        return []
    busy = [(q.start, q.end) for q in quotes]
    busy += [(q.cue_start, q.cue_end) for q in quotes if q.cue_start is not None and q.cue_end]
    doc = sent.doc
    clauses: list[Span] = []
    for head in (root, *conjuncts):
        taken = {
            i for c in conjuncts if c is not head for i in range(c.left_edge.i, c.right_edge.i + 1)
        }
        start = head.left_edge.i if head is not root else sent.start
        end = start
        while end < sent.end and end not in taken and end <= max(head.right_edge.i, start):
            end += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
            end -= 1  # drop ", and" before the next clause
        while start < end and (doc[start].is_punct or doc[start].dep_ == "cc"):
            start += 1
        clause = doc[start:end]
        if len(clause) < 3:
            continue
        if any(a < clause.end_char and b > clause.start_char for a, b in busy):
            continue
        clauses.append(clause)
    return clauses


def content_start(text: str, start: int) -> int:
    """Skip a leading complementizer ("that ...") of reported content."""
    return start + 5 if text[start : start + 5].lower() == "that " else start


def overlaps(a_start: int, a_end: int, b_start: int | None, b_end: int | None) -> bool:
    """Return True when two character ranges share a character."""
    return b_start is not None and b_end is not None and a_start < b_end and b_start < a_end


def denial_unit(
    sent: Span, denial: Denial, inside: list[Quote], text: str
) -> tuple[Unit, list[Quote]]:
    """Return the unit of a denial and the quotes it takes over (the denied "quote")."""
    content = denial.content
    cue_end = denial.cue.idx + len(denial.cue.text)
    taken = [
        q
        for q in inside
        if overlaps(q.start, q.end, content.start_char, content.end_char)
        or overlaps(denial.cue.idx, cue_end, q.cue_start, q.cue_end)
    ]
    rest = [q for q in inside if q not in taken]
    if rest:
        first = denial.denier.start_char if denial.denier is not None else denial.cue.idx
        start = min(first, denial.cue.idx, content.start_char)
        end = max(content.end_char, cue_end)
    else:
        start, end = trimmed(sent)
    span = sent.doc.char_span(start, end, alignment_mode="expand") or sent
    return Unit(start, end, span, nested=tuple(taken), denial=denial), taken


def cued_denial(inside: list[Quote], lex: ClaimsLexicon, sent: Span) -> Denial | None:
    """Return a denial the quotes stage found by its cue ("denied") where the parse missed it.

    Only reported content is denied content: in '"We took nothing," he denied'
    the quote marks hold the speaker's own words, which he asserts.
    """
    doc = sent.doc
    for quote in inside:
        if quote.cue_start is None or quote.cue_end is None or quote.kind == "direct":
            continue
        cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
        content = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if cue is None or content is None:
            continue
        for tok in cue:
            if tok.lemma_.lower() in lex.denial_verbs and not any(
                c.dep_ == "neg" for c in tok.children
            ):
                return Denial(tok, None, content)
    return None


def clause_unit(clause: Span, inside: list[Quote], text: str) -> Unit:
    """Return a free clause's unit; "..., but that the strike would go on" is reported content.

    The parser hangs a second "that" clause on the speech verb as a conjunct;
    it is the same speaker's content, so the sentence's quotes are its sources.
    """
    first = clause[0]
    if first.lower_ == "that" and first.dep_ == "mark":
        start = content_start(text, clause.start_char)
        return Unit(start, clause.end_char, clause, nested=tuple(inside))
    return Unit(clause.start_char, clause.end_char, clause)


def plain_units(sent: Span, lex: ClaimsLexicon, text: str) -> list[Unit]:
    """Return the units of a claim sentence without quotes: itself, or its clauses that say something."""
    if silent_sentence(sent, lex):
        # "Watson did not say when ..., but the visit is expected": keep the second clause.
        clauses = [c for c in free_clauses(sent, []) if not is_silent(c.root, lex)]
        return [Unit(c.start_char, c.end_char, c) for c in clauses]
    start, end = trimmed(sent)
    return [Unit(start, end, sent.doc.char_span(start, end) or sent)]


def claim_units(
    sentences: list[Span], quotes: list[Quote], lex: ClaimsLexicon, *, text: str
) -> list[Unit]:
    """Return the statements of an article (whose full text is ``text``) in text order."""
    if not sentences:
        return []
    long_quotes = spoken_quotes(quotes, lex, sentences[0].doc)
    # A quote nested in another ("X said Y told her Z") is part of the outer
    # statement; its speaker is kept as a further source of that statement.
    # Only a speech cue passes a statement on ("told her that"); an object phrase
    # the quotes stage took as content ("will focus on X") is no further source.
    doc = sentences[0].doc
    speech = lex.speech_verbs | {"accord"}
    passing = [q for q in long_quotes if q.cue_start is None or cue_lemmas(q, doc) & speech]
    nested = {id(q): [o for o in passing if inside_of(o, q)] for q in long_quotes}
    long_quotes = [q for q in long_quotes if not any(inside_of(q, o) for o in long_quotes)]
    spans = [(q.start, q.end) for q in long_quotes]
    done: set[int] = set()
    units: list[Unit] = []
    for sent in sentences:
        inside = [q for q in long_quotes if q.start < sent.end_char and q.end > sent.start_char]
        skipped = skip_reason(sent, lex, text) is not None
        denial = None if skipped else denial_in(sent, lex) or cued_denial(inside, lex, sent)
        if denial is not None:
            near = [q for q in quotes if q.start < sent.end_char and q.end > sent.start_char]
            unit, taken = denial_unit(sent, denial, near, text)
            units.append(unit)
            done.update(id(q) for q in taken)
            inside = [q for q in inside if id(q) not in done]
            if not inside:
                continue
        elif not inside:
            units.extend(plain_units(sent, lex, text) if not skipped else ())
            continue
        if not skipped and denial is None:
            clauses = free_clauses(sent, inside)
            # A clause that only attributes ("X reported last week") says nothing itself.
            said = [c for c in clauses if c.root.lemma_ not in lex.speech_verbs]
            units.extend(clause_unit(c, inside, text) for c in said if not is_silent(c.root, lex))
        for quote in inside:
            if id(quote) in done or is_question(quote.text) or is_boilerplate(quote.text, lex):
                continue
            if is_headline(sent, text):
                continue  # "EVEN OZ'S BOSS THINKS HE'S A FRAUD": a headline, not a statement
            done.add(id(quote))
            touched = [
                s for s in sentences if s.start_char < quote.end and s.end_char > quote.start
            ]
            frame = tuple(
                part
                for s in touched
                for part in outside(s.start_char, s.end_char, spans)
                if not _goes_on(text, part, quote)
            )
            start = content_start(text, quote.start)
            units.append(Unit(start, quote.end, sent, frame, quote, tuple(nested[id(quote)])))
    return units
