"""Find each mention of an expected happening in a parsed sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from bot.extract.events.lexicon import EventCues
from bot.extract.events.names import AGENTS, NameIndex
from bot.extract.events.participants import (
    is_event_noun,
    main_participant,
    noun_phrase,
    plural,
    subject_of,
)
from bot.extract.events.timing import anchors, has_past_timex, pick_timex, specific, stale
from bot.extract.events.wording import (
    conditions,
    entities_in,
    manner,
    phrase,
    place_score,
    prep_phrase,
    third_person,
)
from bot.extract.model import Certainty, Timex

_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "xcomp", "parataxis", "csubj", "acl"})
_WALK_DEPS = frozenset({"dobj", "prep", "pobj", "appos", "compound", "conj", "npadvmod", "attr", "agent", "dative", "pcomp", "nmod"})
_FIRM_MODALS = frozenset({"will", "'ll", "shall"})
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
    verbal: bool = False  # made by a verb: its summary tail follows the subject ("takes place")


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


def verbal_mention(
    verb: Token, sent: Span, *, names: NameIndex, cues: EventCues, timexes: list[Timex], published: date
) -> Mention | None:
    """Return the mention a future verb makes ("will visit Russia"), or None."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in cues.not_events or any(c.dep_ == "neg" for c in verb.children):
        return None
    if (verb.text[:1].isupper() and not verb.is_sent_start) or (len(verb.text) < 3 and lemma not in cues.kinds) or not verb.is_alpha:
        return None  # a name the tagger took for a verb, or a split word ("co-")
    found = _certainty(verb, cues)
    if found is None:
        return None
    certainty, trigger, carrier = found
    if lemma in cues.light_kinds and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and is_event_noun(c, cues) for c in verb.children):
        return None  # "hold firm", "will begin to lose support": only "hold talks", "the trial will begin"
    timex = pick_timex(sent, allowed=anchors(verb, carrier), near=verb.idx, timexes=timexes, published=published)
    if lemma not in cues.kinds and not specific(timex):
        return None  # a future verb with no set time and no known kind is talk, not an event
    if timex is None and has_past_timex(sent, timexes, published):
        return None  # "would visit ... last month": reported from the past
    if timex is not None and stale(timex, carrier, sent, timexes=timexes, published=published):
        return None  # "weeks ago Trump said she would speak in a few weeks": that time is gone
    hedge = _hedged(verb, cues)
    if hedge and certainty is not Certainty.SCHEDULED:
        certainty = Certainty.POSSIBLE
    elif certainty is Certainty.EXPECTED and trigger.split()[0].lower() in _FIRM_MODALS and timex and _DAY.match(timex.value):
        certainty = Certainty.SCHEDULED  # "will hold ... on March 24": a set date
    doer = main_participant(verb, carrier, names=names, cues=cues)
    if not doer.acceptable:
        return None  # nobody who can take part: "it will", "intense wrangling could paralyze"
    main, subject = doer.who, doer.subject
    if main is not None and lemma in cues.needs_destination and not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return None  # "go on offense", "go into that": not a trip ("the ruling will come Friday" is)
    reach = _reachable(verb)
    if main is not None and subject is not None and names.entity_at(subject) is None:
        objects = frozenset(names.full_name(e.text) for t in reach if (e := names.entity_at(t)) is not None and e.label_ in AGENTS)
        if main in objects:  # "The monarch will meet Bush": not Bush; say "the monarch" rather than guess
            main = noun_phrase(subject)
            if main is None:
                return None
    others: list[str] = []
    owners: list[str] = []  # "Obama's veto is expected to come"; "Cooper and Raddatz will moderate"
    if subject is not None:
        inside = entities_in(subject, names) if main is None else [names.entity_at(c) for c in subject.conjuncts]
        owners = [n for n in dict.fromkeys(names.full_name(e.text) for e in inside if e is not None and e.label_ in AGENTS) if n != main]
    places: list[tuple[str, int]] = []
    tail_obj = ""
    with_prep = ""
    for tok in reach:
        ent = names.entity_at(tok)
        if ent is None:
            who = names.participant(tok, role_nouns=frozenset(), before=tok.i)
            if who and who != main and who not in others and tok.dep_ in ("dobj", "pobj", "appos"):
                others.append(who)
                if tok.dep_ == "pobj" and not with_prep:
                    with_prep = f"{tok.head.text} {who}"  # "caucus for him" -> "for Bernie Sanders"
            continue
        if ent.root != tok:
            continue
        if names.is_place(ent) and tok.dep_ not in ("amod", "compound", "poss"):
            places.append((ent.text, place_score(certainty, hedge)))
        elif ent.label_ in AGENTS and tok.dep_ not in ("nsubj", "poss", "compound", "nmod"):
            who = names.full_name(ent.text)
            if who != main and who not in others and who not in names.outlets:
                others.append(who)
                if tok.dep_ == "pobj" and not with_prep:
                    with_prep = f"{tok.head.text} {who}"  # "face off against the EPA"
    obj = next((c for c in verb.children if c.dep_ == "dobj"), doer.patient)
    if obj is not None:
        ent = names.entity_at(obj)
        tail_obj = phrase(obj) if ent is None else names.full_name(ent.text) if ent.label_ in AGENTS else ent.text
    elif places:
        tail_obj = ("to " if lemma in ("go", "travel", "fly", "come") else "in ") + places[-1][0]
    elif with_prep:
        tail_obj = with_prep
    elif others:
        tail_obj = ("with " if lemma == "meet" else "to ") + others[0]
    else:  # "will come on the program"
        tail_obj = prep_phrase(verb, names=names, cues=cues)
    co_subjects = f"and {' and '.join(owners)} " if main is not None and owners else ""
    others = owners + [o for o in others if o not in owners]
    particle = next((c.text for c in verb.children if c.dep_ == "prt"), "")
    tail_obj = f"{particle} {tail_obj}".strip()
    if doer.patient is None and any(c.dep_ == "auxpass" for c in verb.children):
        verb_form = f"{'are' if plural(subject) else 'is'} {verb.text}"  # "the first votes are counted"
    else:
        verb_form = lemma if plural(subject) else third_person(lemma)
    kind = cues.kinds.get(lemma, lemma)
    if doer.happening and subject is not None and is_event_noun(subject, cues):
        noun_kind = cues.kinds.get(subject.lemma_.lower(), subject.lemma_.lower())
        kind = noun_kind if lemma in cues.occur_verbs else f"{noun_kind}:{kind}"  # "talks resume" is not "talks"
    return Mention(
        kind=kind,
        action=lemma,
        trigger=trigger,
        certainty=certainty,
        main=main,
        summary_tail=f"{co_subjects}{verb_form} {tail_obj}".strip(),
        others=others,
        places=places,
        timex=timex,
        details=manner(reach + [t for c in verb.children if c.dep_ in ("advcl", "xcomp") for t in c.subtree], cues) + conditions(verb),
        start=verb.idx,
        end=verb.idx + len(verb.text),
        sentence=sent.text.strip(),
        # Without a time, only a firm plan of someone named stands alone; the rest ("might
        # visit Moscow", "would travel by train") only enriches a firmer mention.
        weak=timex is None and (trigger.split()[0].lower() in ("would", "'d") or certainty is Certainty.POSSIBLE or not doer.named),
        noun_phrase=phrase(subject) if main is None and subject is not None else "",
        verbal=True,
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
    head_aux = " ".join(a.text for a in head.children if a.dep_ in ("aux", "auxpass"))
    inside = entities_in(noun, names)
    people = [names.full_name(e.text) for e in inside if e.label_ in AGENTS]
    people = list(dict.fromkeys(people))
    if noun.dep_ == "dobj":
        subject = subject_of(head)
        if subject is not None:
            who = names.participant(subject, role_nouns=cues.role_nouns, before=subject.i)
            if who:
                people.insert(0, who)
    places = [(e.text, 2) for e in inside if names.is_place(e)]
    certainty = cues.head_certainty[cue]
    if certainty is Certainty.SCHEDULED and any(a.lower_ in ("will", "'ll", "would") for a in head.children):
        certainty = Certainty.EXPECTED  # "will be scheduled": not set yet
    if _hedged(head, cues):
        certainty = Certainty.POSSIBLE
    timex = pick_timex(sent, allowed={noun.i, head.i}, near=noun.idx, timexes=timexes, published=published)
    return Mention(
        kind=cues.kinds.get(lemma, lemma),
        action=lemma,
        trigger=f"{head_aux} {head.text}".strip(),
        certainty=certainty,
        main=people[0] if people else None,
        summary_tail=cues.noun_verbs.get(lemma, f"holds a {lemma}"),
        noun_phrase=phrase(noun),
        others=people[1:],
        places=places,
        timex=timex,
        start=noun.idx,
        end=noun.idx + len(noun.text),
        sentence=sent.text.strip(),
        weak=timex is None,  # "whether a vote will be scheduled": nothing set yet
    )
