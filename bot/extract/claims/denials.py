"""Denials: "X denied that Y", "X rejected claims that Y", "X dismissed as false reports that Y".

A denial becomes one claim whose text is the denial itself ("Okonkwo denied on
Monday that any deal was close"), resting on the one who denies, with the
reason ``denial: "denied"``. The denied content Y is never a claim of its own:
/claims shows each claim with a source, and "any deal was close" beside
Okonkwo's name would read as her assertion, the opposite of what she said. Nor
is Y kept as "unconfirmed": nobody in the article asserts it, so there is
nothing to confirm; what the article does report, firmly, is the denial. The
hedges and source words inside Y ("rejected claims that the plant *would*
close", "denied *media reports* that ...") belong to what is denied and do not
make the denial itself uncertain.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from bot.extract.claims.lexicon import ClaimsLexicon
from bot.extract.claims.silence import neither_nor


@dataclass(frozen=True)
class Denial:
    """A denial in a sentence: the denying word, who denies, and what is denied."""

    cue: Token  # "denied", "rejected", "false"
    denier: Span | None  # the subject or agent; None when the parse gives none
    content: Span  # the denied statement: "that any deal was close", "claims that ..."


def negated(tok: Token) -> bool:
    """Return True when the word carries a negation ("did not dispute")."""
    return any(child.dep_ == "neg" for child in tok.children)


def subtree(tok: Token) -> Span:
    """Return the tokens a word governs, itself included."""
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1]


def subject_of(verb: Token) -> Span | None:
    """Return the verb's subject, climbing from "and denied" / "to deny" to the governing verb."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ == "nsubj":
                return subtree(child)
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head is verb:
            return None
        verb = verb.head
    return None


def is_statement(tok: Token, lex: ClaimsLexicon) -> bool:
    """Return True for a noun naming something said ("reports", "the claims", "that account")."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in lex.statement_nouns


def called_false(tok: Token, lex: ClaimsLexicon) -> bool:
    """Return True when a falsity word grades the noun ("false reports")."""
    return any(c.dep_ == "amod" and c.lower_ in lex.falsity for c in tok.children)


def denied_object(verb: Token, lex: ClaimsLexicon) -> Token | None:
    """Return what a denial verb denies: a clause, a statement noun, "as false reports"."""
    any_object = verb.lemma_.lower() in lex.denial_any_object
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp") and child.i > verb.i:
            return child  # "denied that ...", "denied having met"
        if child.dep_ == "dobj" and (any_object or is_statement(child, lex)):
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            for grand in child.children:  # "dismissed as false reports that ..."
                if grand.dep_ == "pobj" and (is_statement(grand, lex) or called_false(grand, lex)):
                    return grand
    return None


def verb_denial(verb: Token, lex: ClaimsLexicon) -> Denial | None:
    """Return the denial a denial verb makes, active or passive ("were denied by")."""
    if verb.pos_ != "VERB" or negated(verb) or neither_nor(verb):
        return None  # "did not dispute the memo", "neither confirm nor deny": no denial
    children = list(verb.children)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        said = [c for c in children if c.dep_ == "nsubjpass" and is_statement(c, lex)]
        if not said:
            return None  # "was denied bail" is a refusal of something, not a denial
        agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return Denial(verb, subtree(agents[0]) if agents else None, subtree(said[0]))
    if any(c.dep_ == "dative" for c in children):
        return None  # "denied him entry"
    target = denied_object(verb, lex)
    if target is None:
        return None
    return Denial(verb, subject_of(verb), subtree(target))


def pushback(verb: Token, lex: ClaimsLexicon) -> Denial | None:
    """Return "pushed back against reports that ..." / "hit back at claims" as a denial."""
    if verb.pos_ != "VERB" or negated(verb):
        return None
    if not any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for said in (g for g in prep.children if g.dep_ == "pobj" and is_statement(g, lex)):
            return Denial(verb, subject_of(verb), subtree(said))
    return None


def calling_denial(verb: Token, lex: ClaimsLexicon) -> Denial | None:
    """Return "called the reports (of a deal) baseless" as a denial.

    The falsity word is looked for anywhere after the object: the parser often
    hangs it on the object's last noun instead of the verb.
    """
    if verb.pos_ != "VERB" or negated(verb):
        return None
    for said in (c for c in verb.children if c.dep_ == "dobj" and is_statement(c, lex)):
        for word in verb.doc[said.i + 1 : verb.right_edge.i + 1]:
            if word.lower_ in lex.falsity:
                content = verb.doc[said.left_edge.i : word.i]
                return Denial(word, subject_of(verb), content)
    return None


def falsity_denial(word: Token, lex: ClaimsLexicon) -> Denial | None:
    """Return "said the claims were false" as a denial by the one who said it."""
    head = word.head
    if word.dep_ in ("acomp", "attr") and not negated(head):
        said = [c for c in head.children if c.dep_ == "nsubj" and is_statement(c, lex)]
        if said and head.dep_ == "ccomp":
            return Denial(word, subject_of(head.head), subtree(said[0]))
    return None


def denial_in(sent: Span, lex: ClaimsLexicon) -> Denial | None:
    """Return the first denial in a sentence, or None."""
    for tok in sent:
        found = None
        if tok.lemma_.lower() in lex.denial_verbs:
            found = verb_denial(tok, lex)
        elif tok.lemma_.lower() in lex.calling_verbs:
            found = calling_denial(tok, lex)
        elif tok.lemma_.lower() in lex.pushback_verbs:
            found = pushback(tok, lex)
        elif tok.lower_ in lex.falsity:
            found = falsity_denial(tok, lex)
        if found is not None:
            return found
    return None
