"""How sure a future clause is: its modal or the verb it hangs from, weakened by hedges."""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.events.lexicon import EventCues
from bot.extract.events.participants import is_event_noun
from bot.extract.model import Certainty

CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "xcomp", "parataxis", "csubj", "acl"})
RANK = {Certainty.POSSIBLE: 0, Certainty.EXPECTED: 1, Certainty.SCHEDULED: 2}


def hedged(verb: Token, cues: EventCues) -> str | None:
    """Return the hedge word on the verb or up its clause chain ("might", "likely"), if any."""
    node: Token | None = verb
    for _ in range(6):
        if node is None:
            break
        if node.lemma_.lower() in cues.hedges and node is not verb:
            return node.lemma_.lower()
        for child in node.children:
            if child.dep_ in ("aux", "advmod", "acomp") and child.lemma_.lower() in cues.hedges:
                return child.lemma_.lower()
        node = node.head if node.head is not node and node.dep_ in CLAUSE_DEPS | {"conj"} else None
    return None


def certainty_of(verb: Token, cues: EventCues) -> tuple[Certainty, str, Token] | None:
    """Return (certainty, trigger words, token carrying the subject) when the verb is future."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("have", "'ve") for a in auxes):
        return None  # "would have gone": not ahead of us
    for aux in auxes:
        if aux.lower_ in cues.modal_certainty:
            words = [a.text for a in auxes if a.i > aux.i]  # "will be finished", not "will finished"
            return cues.modal_certainty[aux.lower_], " ".join([aux.text, *words, verb.text]), verb
    head = verb.head
    cue = next((c for c in head.children if c.dep_ == "acomp" and c.lemma_.lower() in cues.head_certainty), None)
    if verb.dep_ == "xcomp" and head.lemma_.lower() == "be" and cue is not None:
        # "Engineers are likely to begin": the parse hangs the verb on "are", the cue beside it
        certainty = cues.head_certainty[cue.lemma_.lower()]
        return certainty, f"{head.text} {cue.text} to {verb.text}", head
    if verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in cues.head_certainty:
        head_aux = " ".join(a.text for a in head.children if a.dep_ in ("aux", "auxpass"))
        trigger = f"{head_aux} {head.text} to {verb.text}".strip()
        certainty = cues.head_certainty[head.lemma_.lower()]
        for aux in head.children:
            if aux.dep_ == "aux" and aux.lower_ in cues.modal_certainty:
                certainty = min(certainty, cues.modal_certainty[aux.lower_], key=RANK.__getitem__)
        return certainty, trigger, head
    return None


def present_schedule(verb: Token, cues: EventCues) -> tuple[Certainty, str, Token] | None:
    """Return a scheduled reading for a bare present event verb ("the council votes on March 24").

    Only a verb of a known kind, or a happening's own verb after an event noun ("the
    festival runs", "the trial resumes"), with no auxiliary; the caller keeps it only
    with a day ahead.
    """
    if verb.tag_ not in ("VBZ", "VBP", "VB") or any(c.dep_ in ("aux", "auxpass", "neg", "mark") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.tag_ == "VB" and (verb.dep_ not in ("ROOT", "ccomp", "conj") or subject is None):
        return None  # a bare form is a present tense only as a clause's own verb: "voters go to the polls"
    lemma = verb.lemma_.lower()
    happens = subject is not None and lemma in cues.happening_verbs and is_event_noun(subject, cues)
    if lemma not in cues.kinds and not happens:
        return None
    several = subject is not None and (subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children))
    if subject is None or several != (verb.tag_ in ("VBP", "VB")):
        return None  # "meet" with one subject: the parse lost part of it; do not guess
    return Certainty.SCHEDULED, verb.text, verb
