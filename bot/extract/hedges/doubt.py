"""Explicit doubt: the text says a statement is unchecked or contested.

"a figure that could not be independently verified", "has not been confirmed",
"the figure is disputed", "it is unclear whether ...". Each is recorded as one
cue of category ``doubt`` spanning the whole formula, so the claims stage can
quote it as the reason. Single words ("unverified", "no evidence") are plain
lexicon entries; this module handles the constructions that need the parse.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from bot.extract.hedges.lexicon import HedgeLexicon

DOUBT = "doubt"
# Verbs that mark a speech frame: under one, "could not confirm" reports the
# speaker's inability ("the White House said it could not confirm"), not doubt.
FRAME_DEPS = frozenset({"ccomp", "xcomp"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def negated(verb: Token) -> bool:
    """Return True when the verb carries a negation ("not", "n't", "never")."""
    return any(child.dep_ == "neg" for child in verb.children)


def auxiliaries(verb: Token) -> list[Token]:
    """Return the verb's auxiliaries and negation, left of it ("could not be")."""
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]


def unable(verb: Token) -> Token | None:
    """Return "unable"/"able" in "was unable to verify" or "not able to confirm"."""
    head = verb.head
    if verb.dep_ != "xcomp":
        return None
    if head.lower_ == "unable" or (head.lower_ == "able" and negated(head)):
        return head
    if head.lemma_ == "be" and any(c.lower_ == "unable" for c in head.children):
        return next(c for c in head.children if c.lower_ == "unable")
    return None


def unchecked(verb: Token, lex: HedgeLexicon) -> tuple[int, int] | None:
    """Return the token span of "could not be verified" / "was unable to confirm", or None."""
    if verb.lemma_.lower() not in lex.doubt_verbs or verb.pos_ not in ("VERB", "AUX"):
        return None
    linked = [c for c in verb.children if c.dep_ == "conj"] + [verb.head] * (verb.dep_ == "conj")
    if any(t.lemma_ == "deny" for t in linked):
        return None  # "never confirms or denies": a policy of silence, not doubt
    before = auxiliaries(verb)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    independently = any(c.lower_ == "independently" for c in verb.children)
    if negated(verb):
        reported = verb.dep_ in FRAME_DEPS and verb.head.lemma_ in lex.doubt_frames
        if passive or independently or not reported:
            start = min((t.i for t in before), default=verb.i)
            return start, verb.i + 1
        return None
    marker = unable(verb)
    if marker is not None and (independently or not passive):
        return marker.i, verb.i + 1
    return None


def said(subject: Token, lex: HedgeLexicon) -> bool:
    """Return True when a subject names a statement ("the figure", "a claim which")."""
    if subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "the toll, which is disputed"
    return subject.lemma_.lower() in lex.statement_nouns


def disputed_by(tok: Token, lex: HedgeLexicon) -> tuple[int, int] | None:
    """Return "the city has disputed" in "a figure the city has disputed": someone contests it."""
    if (
        tok.dep_ != "relcl"
        or tok.lemma_.lower() not in lex.disputing_verbs
        or tok.head.lemma_.lower() not in lex.statement_nouns
        or negated(tok)
    ):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("WDT", "WP"):
        return None  # "a figure that disputes ...": the noun is the one disputing
    return min(subject.left_edge.i, tok.i), tok.i + 1


def contested(tok: Token, lex: HedgeLexicon) -> tuple[int, int] | None:
    """Return "is disputed" / "the disputed figure", not "the disputed territory"."""
    if tok.lower_ not in lex.contested_words:
        return None
    if tok.dep_ == "amod":
        return (tok.i, tok.i + 1) if tok.head.lemma_.lower() in lex.statement_nouns else None
    holder = tok.head if tok.dep_ in ("acomp", "oprd") else tok  # "the figure is disputed"
    if negated(holder) or not any(said(c, lex) for c in holder.children if c.dep_ in SUBJECTS):
        return None  # "cannot be disputed" is certainty; "contested elections" no statement
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    if passive or tok.dep_ in ("acomp", "oprd"):
        start = min((t.i for t in auxiliaries(tok)), default=tok.i)
        return start, tok.i + 1  # "is disputed", "remains contested"
    return None


def open_question(tok: Token, lex: HedgeLexicon) -> tuple[int, int] | None:
    """Return "it is unclear whether" as one span ("it remains unknown if")."""
    if tok.lower_ not in lex.unknown_words or tok.i < 2:
        return None
    doc = tok.doc
    nxt = tok.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ not in lex.question_words:
        return None
    left = tok.i - 1
    while left > 0 and doc[left].pos_ == "ADV" and doc[left].lower_ != "not":
        left -= 1  # "it was not immediately clear"
    if doc[left].lower_ in ("not", "n't"):
        left -= 1  # "it is not clear whether"
    elif tok.lower_ == "clear":
        return None  # "it is clear whether" voices no doubt
    if left < 1:
        return None
    verb, subject = doc[left], doc[left - 1]
    if subject.lower_ == "it" and verb.lemma_ in ("be", "remain", "seem"):
        return subject.i, nxt + 1
    return None


def doubt_spans(tokens: Span | Doc, lex: HedgeLexicon) -> list[tuple[int, int]]:
    """Return the (start, end) token spans of explicit doubt in a sentence or document."""
    spans: list[tuple[int, int]] = []
    for tok in tokens:
        found = (
            unchecked(tok, lex)
            or contested(tok, lex)
            or disputed_by(tok, lex)
            or open_question(tok, lex)
        )
        if found is not None:
            spans.append(found)
    return spans
