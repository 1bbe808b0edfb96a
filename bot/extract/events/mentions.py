"""Find each mention of an expected happening in a parsed sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from bot.extract.events.lexicon import EventCues
from bot.extract.events.names import AGENTS, PLACES, NameIndex
from bot.extract.model import Certainty, Timex

_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "xcomp", "parataxis", "csubj", "acl"})
_WALK_DEPS = frozenset({"dobj", "prep", "pobj", "appos", "compound", "conj", "npadvmod", "attr", "agent", "dative", "pcomp", "nmod"})
_FIRM_MODALS = frozenset({"will", "'ll", "shall"})
_PINNED = re.compile(r"^\d{4}-(?:\d{2}|W\d{2}|Q\d|H\d)")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_RANK = {Certainty.POSSIBLE: 0, Certainty.EXPECTED: 1, Certainty.SCHEDULED: 2}


@dataclass
class Mention:
    """One place the article speaks of an expected happening."""

    kind: str
    action: str  # the verb or noun lemma: "visit", "meet", "meeting"
    trigger: str
    certainty: Certainty
    main: str | None
    summary_tail: str  # what follows the subject in a summary: "visits Russia"
    others: list[str] = field(default_factory=list)
    places: list[tuple[str, int]] = field(default_factory=list)  # (place, how likely)
    timex: Timex | None = None
    details: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0
    sentence: str = ""
    weak: bool = False  # "would travel" with no time: kept only to enrich a firmer mention
    noun_phrase: str = ""  # an event noun's own words ("the vote"), for a summary with no one named


def third_person(lemma: str) -> str:
    """Return the present third-person form of a verb ("visit" -> "visits", "go" -> "goes")."""
    if lemma == "be":
        return "is"
    if lemma == "have":
        return "has"
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _reachable(verb: Token) -> list[Token]:
    """Return the verb's objects and prepositional phrases, not crossing into other clauses."""
    out: list[Token] = []
    stack = [c for c in verb.children if c.dep_ in _WALK_DEPS or c.dep_ in ("advmod",)]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in _WALK_DEPS and c.dep_ not in _CLAUSE_DEPS)
    return sorted(out, key=lambda t: t.i)


def _hedged(verb: Token, cues: EventCues) -> str | None:
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
        node = node.head if node.head is not node and node.dep_ in _CLAUSE_DEPS | {"conj"} else None
    return None


def _certainty(verb: Token, cues: EventCues) -> tuple[Certainty, str, Token] | None:
    """Return (certainty, trigger words, token carrying the subject) when the verb is future."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("have", "'ve") for a in auxes):
        return None  # "would have gone": not ahead of us
    for aux in auxes:
        if aux.lower_ in cues.modal_certainty:
            return cues.modal_certainty[aux.lower_], f"{aux.text} {verb.text}", verb
    head = verb.head
    if verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in cues.head_certainty:
        head_aux = " ".join(a.text for a in head.children if a.dep_ in ("aux", "auxpass"))
        trigger = f"{head_aux} {head.text} to {verb.text}".strip()
        certainty = cues.head_certainty[head.lemma_.lower()]
        for aux in head.children:
            if aux.dep_ == "aux" and aux.lower_ in cues.modal_certainty:
                certainty = min(certainty, cues.modal_certainty[aux.lower_], key=_RANK.__getitem__)
        return certainty, trigger, head
    return None


_NOT_NAMES = frozenset({"it", "they", "them", "we", "you", "i", "this", "that", "these", "those", "which", "who", "there", "one", "some", "many", "others", "he", "she"})


def _noun_phrase(token: Token) -> str | None:
    """Return a common-noun subject as a short phrase ("the company"), None for pronouns."""
    if token.lower_ in _NOT_NAMES or token.pos_ not in ("NOUN", "PROPN"):
        return None
    words = [t for t in token.subtree if (t.i <= token.i and t.dep_ in ("det", "amod", "compound", "poss", "nummod")) or t is token]
    phrase = " ".join(t.text for t in words)
    return phrase[:1].upper() + phrase[1:] if len(words) <= 5 else token.text


def _object_phrase(obj: Token) -> str:
    """Return the object's words up to its head ("the second debate"), not its clauses."""
    words = [t for t in obj.subtree if t.i <= obj.i and t.dep_ not in ("punct", "cc", "prep")]
    return " ".join(t.text for t in words[-6:])


def _plural(subject: Token | None) -> bool:
    """Return True when the subject takes a plural verb ("leaders seek")."""
    if subject is None:
        return False
    return subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)


def _subject(carrier: Token) -> Token | None:
    for child in carrier.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if carrier.dep_ in ("conj", "xcomp") and carrier.head is not carrier:
        return _subject(carrier.head)
    return None


def _place_score(certainty: Certainty, hedge: str | None) -> int:
    if hedge == "likely":
        return 3  # "more likely ... in Vladivostok": the likeliest place
    return 1 if certainty is Certainty.POSSIBLE else 2


def _manner(tokens: list[Token], cues: EventCues) -> list[str]:
    found = []
    for tok in tokens:
        if tok.lemma_.lower() in cues.vehicles and tok.head.lower_ in cues.manner_cues:
            mods = [c.text for c in tok.children if c.dep_ in ("amod", "compound")]
            found.append(" ".join(["by", *mods, tok.text]))
    return found


def _conditions(verb: Token) -> list[str]:
    found = []
    for child in verb.children:
        if child.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in child.children if m.dep_ == "mark"):
            words = [t.text_with_ws for t in child.subtree]
            found.append("".join(words).strip()[:100])
    return found


def _pick_timex(sent: Span, near: int, timexes: list[Timex], published: date) -> Timex | None:
    """Return the sentence's time expression nearest the trigger that is not in the past."""
    usable = []
    for t in timexes:
        if not (sent.start_char <= t.start < sent.end_char):
            continue
        if t.value in ("PAST_REF", "PRESENT_REF") or (t.latest is not None and t.latest < published):
            continue
        if t.type in ("DATE", "TIME") or t.earliest is not None:
            usable.append(t)
    return min(usable, key=lambda t: abs(t.start - near)) if usable else None


def _specific(timex: Timex | None) -> bool:
    """Return True for a time that pins a happening: a day, week, month, quarter or a near future."""
    if timex is None:
        return False
    if _PINNED.match(timex.value):
        return True
    return timex.latest is not None and timex.earliest is not None and (timex.latest - timex.earliest).days <= 92


def _has_past_timex(sent: Span, timexes: list[Timex], published: date) -> bool:
    return any(
        sent.start_char <= t.start < sent.end_char and (t.value == "PAST_REF" or (t.latest is not None and t.latest < published))
        for t in timexes
    )


def verbal_mention(
    verb: Token, sent: Span, *, names: NameIndex, cues: EventCues, timexes: list[Timex], published: date
) -> Mention | None:
    """Return the mention a future verb makes ("will visit Russia"), or None."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in cues.not_events or any(c.dep_ == "neg" for c in verb.children):
        return None
    if (verb.text[:1].isupper() and not verb.is_sent_start) or len(verb.text) < 3 or not verb.is_alpha:
        return None  # a name the tagger took for a verb, or a split word ("co-")
    found = _certainty(verb, cues)
    if found is None:
        return None
    certainty, trigger, carrier = found
    timex = _pick_timex(sent, verb.idx, timexes, published)
    if lemma not in cues.kinds and not _specific(timex):
        return None  # a future verb with no set time and no known kind is talk, not an event
    if timex is None and _has_past_timex(sent, timexes, published):
        return None  # "would visit ... last month": reported from the past
    hedge = _hedged(verb, cues)
    if hedge and certainty is not Certainty.SCHEDULED:
        certainty = Certainty.POSSIBLE
    elif certainty is Certainty.EXPECTED and trigger.split()[0].lower() in _FIRM_MODALS and timex and _DAY.match(timex.value):
        certainty = Certainty.SCHEDULED  # "will hold ... on March 24": a set date
    subject = _subject(carrier)
    if subject is not None and subject.lower_ in ("who", "that", "which") and carrier.dep_ == "relcl":
        subject = carrier.head  # "Smith, who will visit Paris": the noun the clause describes
    main = names.participant(subject, role_nouns=cues.role_nouns, before=subject.i) if subject is not None else None
    if main is None and subject is not None:
        main = _noun_phrase(subject)
    if main is None:
        return None  # nobody to name: "it will", "they would"
    reach = _reachable(verb)
    others: list[str] = []
    places: list[tuple[str, int]] = []
    tail_obj = ""
    for tok in reach:
        ent = names.entity_at(tok)
        if ent is None:
            who = names.participant(tok, role_nouns=frozenset(), before=tok.i)
            if who and who != main and who not in others and tok.dep_ in ("dobj", "pobj", "appos"):
                others.append(who)
            continue
        if ent.label_ in PLACES and ent.root == tok and tok.dep_ not in ("amod", "compound", "poss"):
            places.append((ent.text, _place_score(certainty, hedge)))
        elif ent.label_ in AGENTS and ent.root == tok and tok.dep_ not in ("nsubj", "poss"):
            who = names.full_name(ent.text)
            if who != main and who not in others and who not in names.outlets:
                others.append(who)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        ent = names.entity_at(obj)
        tail_obj = names.full_name(ent.text) if ent is not None else _object_phrase(obj)
    elif places:
        tail_obj = ("to " if lemma in ("go", "travel", "fly", "come") else "in ") + places[-1][0]
    elif others:
        tail_obj = ("with " if lemma == "meet" else "to ") + others[0]
    return Mention(
        kind=cues.kinds.get(lemma, lemma),
        action=lemma,
        trigger=trigger,
        certainty=certainty,
        main=main,
        summary_tail=f"{lemma if _plural(subject) else third_person(lemma)} {tail_obj}".strip(),
        others=others,
        places=places,
        timex=timex,
        details=_manner(reach + [t for c in verb.children if c.dep_ in ("advcl", "xcomp") for t in c.subtree], cues) + _conditions(verb),
        start=verb.idx,
        end=verb.idx + len(verb.text),
        sentence=sent.text.strip(),
        weak=timex is None and trigger.split()[0].lower() in ("would", "'d"),
    )


def nominal_mention(
    noun: Token, sent: Span, *, names: NameIndex, cues: EventCues, timexes: list[Timex], published: date
) -> Mention | None:
    """Return the mention an event noun makes ("the visit is expected within days"), or None."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in cues.event_nouns:
        return None
    head = noun.head
    cue = head.lemma_.lower()
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or cue not in cues.head_certainty:
        return None
    if any(c.dep_ == "neg" for c in head.children):
        return None
    if head.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lower_ in ("had", "has", "have") for a in head.children if a.dep_ in ("aux", "auxpass")):
        return None  # "the vote was set": reported from the past
    if _hedged(head, cues):
        certainty = Certainty.POSSIBLE
    head_aux = " ".join(a.text for a in head.children if a.dep_ in ("aux", "auxpass"))
    inside = [names.entity_at(t) for t in noun.subtree]
    people = [names.full_name(e.text) for e in inside if e is not None and e.label_ in AGENTS]
    people = list(dict.fromkeys(people))
    if noun.dep_ == "dobj":
        subject = _subject(head)
        if subject is not None:
            who = names.participant(subject, role_nouns=cues.role_nouns, before=subject.i)
            if who:
                people.insert(0, who)
    places = [(e.text, 2) for e in inside if e is not None and e.label_ in PLACES]
    certainty = cues.head_certainty[cue]
    if certainty is Certainty.SCHEDULED and any(a.lower_ in ("will", "'ll", "would") for a in head.children):
        certainty = Certainty.EXPECTED  # "will be scheduled": not set yet
    if _hedged(head, cues):
        certainty = Certainty.POSSIBLE
    return Mention(
        kind=cues.kinds.get(lemma, lemma),
        action=lemma,
        trigger=f"{head_aux} {head.text}".strip(),
        certainty=certainty,
        main=people[0] if people else None,
        summary_tail=cues.noun_verbs.get(lemma, f"holds a {lemma}"),
        noun_phrase=_object_phrase(noun),
        others=people[1:],
        places=places,
        timex=_pick_timex(sent, noun.idx, timexes, published),
        start=noun.idx,
        end=noun.idx + len(noun.text),
        sentence=sent.text.strip(),
    )
