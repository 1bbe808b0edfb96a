"""Who an expected happening is about: the doer of the event verb, and only a real one.

An expected event needs a participant that can act: a person, an organisation or a
group ("the committee", "civil rights leaders"), named or resolved from a pronoun or a
role ("the North Korean leader"). A subject that is itself a happening ("Talks are
expected to resume") stands for the event. Anything else ("intense wrangling could
paralyze", "the accord is expected to be ratified") is a forecast about things, not an
event someone takes part in.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from bot.extract.events.lexicon import EventCues
from bot.extract.events.names import NameIndex
from bot.extract.events.wording import join_words

_NOT_NAMES = frozenset({"it", "they", "them", "we", "you", "i", "this", "that", "these", "those", "which", "who", "there", "one", "some", "many", "others", "he", "she"})


def subject_of(carrier: Token) -> Token | None:
    """Return the subject of a verb, borrowed from the verb it is chained to when it has none."""
    for child in carrier.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if carrier.dep_ == "acomp" and carrier.head != carrier:
        return subject_of(carrier.head)  # "the terminal is unlikely to open": the terminal
    if carrier.dep_ in ("conj", "xcomp") and carrier.head != carrier:
        borrowed = subject_of(carrier.head)
        if borrowed is not None and borrowed.dep_ == "nsubjpass" and carrier.dep_ == "conj" and not _passive(carrier):
            return None  # "Florida will be inundated ..., and Clinton will travel": not Florida's trip
        return borrowed
    return None


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def noun_phrase(token: Token) -> str | None:
    """Return a common-noun subject as a short phrase ("the company"), None for pronouns."""
    if token.lower_ in _NOT_NAMES or token.pos_ not in ("NOUN", "PROPN"):
        return None
    words = [t for t in token.subtree if (t.i <= token.i and t.dep_ in ("det", "amod", "compound", "poss", "nummod", "case")) or t.i == token.i]
    phrase = join_words(words)  # "Brazil's foreign minister"
    return phrase[:1].upper() + phrase[1:] if len(words) <= 7 else token.text


def plural(subject: Token | None) -> bool:
    """Return True when the subject takes a plural verb ("leaders seek")."""
    if subject is None:
        return False
    return subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)


def _by_agent(verb: Token) -> Token | None:
    """Return the doer of a passive verb ("signed by the president"), if named."""
    for child in verb.children:
        if child.dep_ == "agent":
            doer = next((c for c in child.children if c.dep_ == "pobj"), None)
            if doer is not None and doer.ent_type_ in ("DATE", "TIME"):
                return None  # "completed by the end of the year": a deadline, not a doer
            return doer
    return None


def is_event_noun(token: Token, cues: EventCues) -> bool:
    """Return True when a noun names a happening ("talks", "the launch")."""
    return token.lemma_.lower() in cues.event_nouns or token.lower_ in cues.event_nouns


def _sayer(subject: Token, carrier: Token, cues: EventCues) -> Token:
    """Return who "it" or "they" stands for in a reported plan: "The agency said it would test"."""
    if subject.lower_ not in ("it", "they") or subject.head != carrier:
        return subject  # "we expect it to burn": "it" is not the planner
    node = carrier
    while node.dep_ in ("xcomp", "conj") and node.head != node:
        node = node.head
    if node.dep_ != "ccomp" or node.head == node:
        return subject
    sayer = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
    if sayer is None or sayer.ent_type_ in ("PERSON", "GPE"):
        return subject  # a body that can say "it will", not a person
    # "The developer, Harbor Point Partners": a name beside a noun that is no person's role
    named_body = sayer.lemma_.lower() not in cues.role_nouns and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in sayer.children)
    if not (sayer.pos_ == "PROPN" or named_body or sayer.lemma_.lower() in cues.agent_nouns):
        return subject
    if (subject.lower_ == "they") != (sayer.tag_ in ("NNS", "NNPS")):
        return subject  # "it" is one body, "they" several
    return sayer


def is_agent_noun(token: Token, cues: EventCues) -> bool:
    """Return True for a noun naming people or a body that can take part ("the senator", "nurses")."""
    lemma = token.lemma_.lower()
    if lemma in cues.agent_nouns or lemma in cues.role_nouns or token.lower_ in cues.agent_nouns:
        return True
    # "dockworkers", "firefighters", "pharmacists"
    return token.pos_ == "NOUN" and lemma.endswith(cues.agent_suffixes) and lemma not in cues.event_nouns


def _can_act(subject: Token, *, verb: Token, carrier: Token, cues: EventCues) -> bool:
    """Return True when an unnamed noun subject is someone who can take part."""
    if is_agent_noun(subject, cues):
        return True
    # Planning and visiting take a doer: "Ruiz plans to visit" (a name the tagger missed).
    return carrier.lemma_.lower() in cues.intention_heads or (
        verb.lemma_.lower() in cues.agentive_verbs and subject.text[:1].isupper()
    )


@dataclass(frozen=True)
class Doer:
    """The main participant of a verbal mention, as far as the subject tells."""

    who: str | None  # None when the subject is the happening itself ("talks")
    subject: Token | None
    acceptable: bool  # someone who can take part, or a happening
    named: bool = False  # a name, or a pronoun or role resolved to one
    patient: Token | None = None  # what a passive verb is done to ("the bill" in "signed by Biden")
    happening: bool = False  # the subject is the happening or the thing it happens to, not a doer


def main_participant(verb: Token, carrier: Token, *, names: NameIndex, cues: EventCues) -> Doer:
    """Return who does what a verbal mention expects, and whether they can take part."""
    subject = subject_of(verb) or subject_of(carrier)
    if subject is not None:
        subject = _sayer(subject, carrier, cues)
    elif carrier.dep_ == "acl" and carrier.tag_ == "VBN" and carrier.head.pos_ == "NOUN":
        subject = carrier.head  # "a larger trial, expected to begin next spring": the trial
    if subject is None:
        return Doer(None, None, acceptable=False)
    if subject.lower_ in ("who", "that", "which") and carrier.dep_ == "relcl":
        subject = carrier.head  # "Smith, who will visit Paris": the noun the clause describes
    passive = _passive(verb) or (subject.dep_ == "nsubjpass" and subject.head == verb)
    if passive:
        doer = _by_agent(verb)
        if doer is None:
            # "the vote will be held", "the line will be finished"; not "is expected to be ratified"
            thing = verb.lemma_.lower() in cues.milestone_verbs and noun_phrase(subject) is not None
            return Doer(None, subject, acceptable=is_event_noun(subject, cues) or thing, happening=True)
        patient, subject = subject, doer
    else:
        patient = None
    who = names.participant(subject, role_nouns=cues.role_nouns, before=subject.i)
    if who is not None:
        return Doer(who, subject, acceptable=True, named=True, patient=patient)
    lemma = verb.lemma_.lower()
    if is_event_noun(subject, cues):
        # A happening only begins, ends, takes place...: "the March 24 meeting would tie
        # funding" is something else's doing.
        return Doer(None, subject, acceptable=lemma in cues.happening_verbs, happening=True)
    phrase = noun_phrase(subject)
    can_act = phrase is not None and _can_act(subject, verb=verb, carrier=carrier, cues=cues)
    if phrase is not None and not can_act and lemma in cues.milestone_verbs:
        return Doer(None, subject, acceptable=True, happening=True)  # "the stadium would open"
    if not can_act:
        return Doer(None, subject, acceptable=False)
    return Doer(phrase, subject, acceptable=True, patient=patient)
