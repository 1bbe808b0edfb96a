"""Context checks: decide whether a lexicon word is a hedge *here* (and of which kind).

Each check takes the token, the lexicon and the entry's default category, and
returns the category to record, or None when the word is not a hedge in this
context ("May" the month, "could" as past ability, "as expected").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from bot.extract.hedges.lexicon import HedgeLexicon
from bot.extract.hedges.modals import (
    counterfactual,
    expectation,
    future,
    going_to,
    inference,
    modal,
    permission,
    possibility,
    to_verb,
)

Check = Callable[[Token, HedgeLexicon, str], str | None]

COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "oprd", "acomp", "attr"})


def child_deps(tok: Token) -> set[str]:
    """Return the dependency labels of a token's children."""
    return {child.dep_ for child in tok.children}


def is_passive(tok: Token) -> bool:
    """Return True for a passive participle ("is considered", "are thought")."""
    deps = child_deps(tok)
    return "auxpass" in deps or "nsubjpass" in deps or (tok.tag_ == "VBN" and tok.dep_ != "amod")


def deliberation(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep a progressive of deliberating ("is weighing a bid"), not a measure ("weighing 5 kg")."""
    deps = child_deps(tok)
    if tok.tag_ != "VBG" or "aux" not in deps:
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
    if any(c.like_num or any(g.like_num for g in c.children) for c in objects):
        return None
    return category if objects else None


def possible(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep "it is possible (that)" and "a possible cause", not "made possible"."""
    if tok.dep_ == "amod":
        return category if tok.head.lemma_ in lex.possible_nouns else None
    head = tok.head
    if tok.dep_ not in ("acomp", "attr") or not any(
        child.dep_ in ("expl", "nsubj") and child.lower_ == "it" for child in head.children
    ):
        return None
    # "it is possible to cross the limit" states an ability, "it is possible that" a guess.
    if any(child.dep_ == "xcomp" for child in (*tok.children, *head.children)):
        return None
    return category


def predicative(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep an adjective used as a predicate ("it is unknown"), not "an unknown soldier"."""
    return category if tok.dep_ in ("acomp", "attr", "ROOT", "ccomp", "conj") else None


def raising(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep "appears to", "it appears (that)", "appears likely"; not "appears in the film"."""
    for child in tok.children:
        if child.dep_ in ("ccomp", "acomp", "attr", "oprd"):
            return category
        if child.dep_ == "xcomp" and child.tag_ != "VBG":  # not "appear wearing crowns"
            return category
    if any(child.lower_ == "it" and child.dep_ in ("nsubj", "expl") for child in tok.children):
        return category
    return None


def clausal(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep a verb taking a clause or an infinitive ("estimated that", "is believed to")."""
    return category if child_deps(tok) & {"ccomp", "xcomp"} else None


def clausal_noun(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep a noun followed by a that-clause ("the belief that ..."), not a relative clause."""
    doc = tok.doc
    if tok.i + 1 < len(doc):
        nxt = doc[tok.i + 1]
        if nxt.lower_ == "that" and nxt.dep_ == "mark":
            return category
    return None


def as_follows(tok: Token, window: int = 5) -> bool:
    """Return True when "as" follows within a few words, before any comma ("regarded by many as")."""
    doc = tok.doc
    for i in range(tok.i + 1, min(tok.i + 1 + window, len(doc))):
        if doc[i].lower_ == "as":
            return True
        if doc[i].is_punct:
            return False
    return False


def opinion(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep "is considered (to be) X", "consider X as Y"; "is considering" is speculative."""
    deps = child_deps(tok)
    if tok.tag_ == "VBG" and "aux" in deps and deps & {"dobj", "xcomp", "ccomp"}:
        return "speculative"  # "is considering a visit": a plan not yet settled
    has_as = any(child.dep_ == "prep" and child.lower_ == "as" for child in tok.children)
    has_as = has_as or as_follows(tok)
    if is_passive(tok) and (deps & (COMPLEMENT_DEPS | {"dobj"}) or has_as):
        return category
    if "dobj" in deps and (has_as or deps & {"oprd", "xcomp", "ccomp"}):
        return category
    # A reduced passive the tagger took for a past tense: "(then) considered the best".
    if "dobj" in deps and "nsubj" not in deps and tok.tag_ in ("VBD", "VBN"):
        return category
    if deps & {"ccomp", "oprd"}:
        return category
    return None


def seen_as(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep "is seen as", not "can be seen in the film"."""
    return opinion(tok, lex, category) if any(c.lower_ == "as" for c in tok.children) else None


def forecast(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep "is expected to/that/within days"; not "the expected key"."""
    if tok.dep_ == "amod":
        return None
    deps = child_deps(tok)
    if deps & {"xcomp", "ccomp", "auxpass", "nsubjpass", "nsubj"}:
        return category
    return None


def questioned(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep "questioned whether/the claim", not "was questioned by police"."""
    if any(child.dep_ == "agent" for child in tok.children):
        return None
    return category


def open_question(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep "to determine whether", not "determined the winner"."""
    doc = tok.doc
    following = {doc[i].lower_ for i in range(tok.i + 1, min(tok.i + 3, len(doc)))}
    return category if following & lex.question_words else None


def condition(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Tell a conditional "if" from "asked if" (an open question) and concessive "if brief"."""
    head = tok.head
    if head.pos_ not in ("VERB", "AUX"):
        return None  # "a sense of joy, if fleeting": a concession, not a condition
    governor = head.head if head.dep_ in ("ccomp", "advcl", "xcomp") else None
    asked = governor is not None and governor.lemma_ in lex.open_question_verbs
    if asked and governor is not None and (head.dep_ == "ccomp" or tok.i > governor.i):
        return "investigative"
    return category


_MEASURES = frozenset({"twice", "thrice", "half", "times"})


def probability(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep "likely to", "is unlikely"; not a measured comparison ("12 percent less likely")."""
    for child in tok.children:
        if child.dep_ in ("advmod", "npadvmod") and any(
            t.like_num or t.lower_ in _MEASURES for t in child.subtree
        ):
            return None  # a finding of how much likelier, not a guess
    return category


CHECKS: dict[str, Check] = {
    "probability": probability,
    "modal": modal,
    "permission": permission,
    "possibility": possibility,
    "counterfactual": counterfactual,
    "inference": inference,
    "expectation": expectation,
    "future": future,
    "going_to": going_to,
    "possible": possible,
    "to_verb": to_verb,
    "deliberation": deliberation,
    "predicative": predicative,
    "raising": raising,
    "clausal": clausal,
    "clausal_noun": clausal_noun,
    "opinion": opinion,
    "seen_as": seen_as,
    "forecast": forecast,
    "questioned": questioned,
    "open_question": open_question,
    "condition": condition,
}
