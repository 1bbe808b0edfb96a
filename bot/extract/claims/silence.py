"""Non-statements: clauses that report a source saying nothing.

"declined to comment", "refused to say", "did not respond to a request for
comment", "has not commented publicly", "could not be reached", "asked not to
be named", "were not authorised to discuss". None of these is a claim, and a
"quote" the quotes stage found in one ("to comment") is not the source's words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from bot.extract.claims.lexicon import ClaimsLexicon
from bot.extract.model import Quote


def negated(tok: Token) -> bool:
    """Return True when the word, or the copula or auxiliary it hangs on, is negated."""
    if any(child.dep_ == "neg" for child in tok.children):
        return True
    head = tok.head
    return tok.dep_ in ("acomp", "xcomp") and any(c.dep_ == "neg" for c in head.children)


def unnamed_wish(verb: Token) -> bool:
    """Return True for "asked not to be named/identified" (the negation sits on the infinitive)."""
    return any(
        c.dep_ == "xcomp" and c.lemma_ in ("name", "identify") and negated(c) for c in verb.children
    )


def neither_nor(head: Token) -> bool:
    """Return True for "would neither confirm nor deny" (on the first verb or its conjunct)."""
    first = head.head if head.dep_ == "conj" else head
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children)


def no_comment(head: Token, lex: ClaimsLexicon) -> bool:
    """Return True for "there was no (immediate) comment from X" and "has yet to comment"."""
    children = list(head.children)
    if head.lemma_ == "be" and any(c.dep_ == "expl" for c in children):
        return any(
            c.dep_ == "attr"
            and c.lemma_ in lex.refused_objects
            and any(d.lower_ == "no" for d in c.children)
            for c in children
        )
    if any(c.lower_ == "yet" for c in children):
        return any(c.dep_ == "xcomp" and c.lemma_ in lex.refused_speech for c in children)
    return False


def answers_a_request(verb: Token, lex: ClaimsLexicon) -> bool:
    """Return True for "respond to a request", "return calls", or no object at all."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    return not objects or any(o.lemma_.lower() in lex.requests for o in objects)


def is_silent(head: Token, lex: ClaimsLexicon) -> bool:
    """Return True when a clause headed by this word reports that nothing was said."""
    lemma = head.lemma_.lower()
    if lemma in lex.refusal_verbs:
        return any(
            (c.dep_ == "xcomp" and c.lemma_ in lex.refused_speech)
            or (c.dep_ == "dobj" and c.lemma_ in lex.refused_objects)
            for c in head.children
        )
    if lemma == "deny":
        return neither_nor(head)  # "did not deny" tells something; "neither ... nor" does not
    if lemma in lex.contact_verbs and not answers_a_request(head, lex):
        return False  # "did not respond to treatment", "did not return to work"
    if lemma in lex.silent_verbs and any(c.dep_ == "auxpass" for c in head.children):
        return False  # "the toll has not been confirmed" is doubt about a claim, not silence
    if lemma in lex.silent_verbs or lemma in lex.unreachable or lemma in lex.anonymity_notes:
        return negated(head) or neither_nor(head)
    if lemma == "ask":
        return unnamed_wish(head)
    return no_comment(head, lex)


def silent_sentence(sent: Span, lex: ClaimsLexicon) -> bool:
    """Return True when the sentence's main clause reports silence ("X declined to comment")."""
    root = sent.root
    if is_silent(root, lex):
        return True
    # "was not available for comment": the adjective carries the meaning.
    return any(c.dep_ == "acomp" and is_silent(c, lex) for c in root.children)


def silent_quote(quote: Quote, doc: Doc, lex: ClaimsLexicon) -> bool:
    """Return True when a quote's cue is a non-statement ("declined" + "to comment")."""
    if quote.cue_start is None or quote.cue_end is None:
        return False
    cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    return cue is not None and any(is_silent(t, lex) for t in cue)
