"""Question clauses: "Asked whether the government would consider arbitration, the minister said ...".

The question's words are the reporter's, not the answer's: its "whether" and
"would" must not make the answer uncertain. This finds the stretch each asking
word governs so the claims stage can leave the cues inside it out.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from bot.extract.claims.lexicon import ClaimsLexicon

# Dependents that carry what was asked: "asked whether ...", "asked about ...",
# "a question on whether ...". A clause counts only when it is interrogative:
# "asked members to vote" is a request, and its cues are the sentence's own.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "acl", "pcomp"})
TOPIC_PREPS = frozenset({"about", "on", "over", "regarding", "whether", "if"})
ASKING_WORDS = frozenset({"whether", "if", "why", "how", "when", "what", "who", "which", "where"})


def interrogative(part: Token) -> bool:
    """Return True for "whether ...", "if ...", "about the delay", "on whether ..."."""
    if part.dep_ == "prep":
        return part.lower_ in TOPIC_PREPS
    if part.dep_ in CLAUSE_DEPS:
        return part.doc[part.left_edge.i].lower_ in ASKING_WORDS
    return False


def asks(tok: Token, lex: ClaimsLexicon) -> bool:
    """Return True for an asking verb or a question noun."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        return lemma in lex.question_verbs
    return tok.pos_ == "NOUN" and lemma in lex.question_nouns


def question_ranges(sent: Span, lex: ClaimsLexicon) -> list[tuple[int, int]]:
    """Return the character ranges of the question clauses in a sentence."""
    doc = sent.doc
    ranges: list[tuple[int, int]] = []
    for tok in sent:
        if not asks(tok, lex):
            continue
        parts = [c for c in tok.children if c.i > tok.i and interrogative(c)]
        if not parts:
            continue
        last = doc[max(c.right_edge.i for c in parts)]
        ranges.append((tok.idx, last.idx + len(last.text)))
    return ranges
