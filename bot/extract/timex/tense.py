"""Which way a time expression points, read from the verbs of the parse around it."""

from __future__ import annotations

from enum import StrEnum

from spacy.tokens import Doc, Token

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d", "may", "might", "could", "can", "should", "must", "ca"})
_PLAN_VERBS = frozenset({"schedule", "plan", "expect", "due"})
_FUTURE_HEADS = frozenset(
    {"expect", "schedule", "set", "plan", "due", "go", "intend", "hope", "aim", "prepare", "seek", "want", "agree", "promise", "vow", "threaten", "decide"}
)


class Tense(StrEnum):
    """The time a clause refers to, as far as its verbs tell."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


def _governing_verb(token: Token) -> Token | None:
    """Return the nearest verb the token hangs from (itself included)."""
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.tag_.startswith("VB"):
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def _verb_tense(verb: Token, speech_verbs: frozenset[str]) -> Tense:
    """Return the tense of one verb group."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX and words & {"have", "'ve"}:
        return Tense.PAST  # "may have been", "could have seen"
    if words & {"could", "couldn't"} and any(c.dep_ == "neg" for c in verb.children):
        return Tense.PAST  # "could not be reached for comment Tuesday"
    if words & _FUTURE_AUX or verb.lower_ in _FUTURE_AUX:
        return Tense.FUTURE
    if verb.lemma_ in _PLAN_VERBS or any(c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children):
        # "has scheduled a news conference Thursday", "planned a demonstration on Saturday",
        # "earnings, which are due in late October"
        return Tense.FUTURE
    if "to" in words:
        return Tense.UNKNOWN  # an infinitive: its head verb decides
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return Tense.PAST
    if verb.tag_ == "VBN" and (not auxes or any(a.lower_ in ("has", "have", "had", "'ve") for a in auxes)):
        return Tense.PAST
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        if verb.lemma_ in speech_verbs:
            return Tense.PAST
        return Tense.PRESENT
    return Tense.UNKNOWN


def tense_at(doc: Doc, start: int, end: int, *, speech_verbs: frozenset[str]) -> Tense:
    """Return the tense of the clause a character span sits in."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Tense.UNKNOWN
    verb = _governing_verb(span.root)
    if verb is None:
        verb = _governing_verb(span.sent.root)
        if verb is None:
            return Tense.UNKNOWN
    tense = _verb_tense(verb, speech_verbs)
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    if tense in (Tense.PRESENT, Tense.UNKNOWN) and verb.tag_ in ("VB", "VBN", "VBG"):
        # "expected to visit", "is scheduled to", "plans to meet": the head verb decides.
        head = verb.head
        if head is not verb and head.lemma_ in _FUTURE_HEADS:
            return Tense.FUTURE
        if head is not verb and head.pos_ in ("VERB", "AUX"):
            upper = _verb_tense(head, speech_verbs)
            if upper is not Tense.UNKNOWN:
                return upper
    if infinitive and tense is Tense.UNKNOWN:
        return Tense.FUTURE
    return tense


def in_pluperfect(doc: Doc, start: int, end: int) -> bool:
    """Return True when the clause of a span is told in the past perfect ("had been due to expire Friday").

    The past perfect puts the time before a past moment, whatever cue ("until", "expire")
    or plan verb comes with it; a verb of its own with "will" or "would" keeps its future.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    node = _governing_verb(span.root)
    for _ in range(3):
        if node is None:
            return False
        auxes = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
        if auxes & _FUTURE_AUX:
            return False
        if "had" in auxes:
            return True
        if node.head is node:
            return False
        node = _governing_verb(node.head)
    return False
