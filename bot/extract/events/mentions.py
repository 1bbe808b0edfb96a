"""Find each mention of an expected happening in a parsed sentence."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Span, Token

from bot.extract.events.bounds import (
    how_often,
    is_deadline,
    lower_bound,
    negated,
    not_until,
    permission,
    repeating,
)
from bot.extract.events.certainty import CLAUSE_DEPS as _CLAUSE_DEPS
from bot.extract.events.certainty import certainty_of, hedged, present_schedule
from bot.extract.events.lexicon import EventCues
from bot.extract.events.names import AGENTS, NameIndex
from bot.extract.events.participants import (
    is_agent_noun,
    is_event_noun,
    main_participant,
    noun_phrase,
    plural,
    subject_of,
)
from bot.extract.events.relative import Relative, relative_time
from bot.extract.events.timing import (
    DAY_VALUE,
    anchors,
    has_past_timex,
    pick_timex,
    specific,
    stale,
)
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

_WALK_DEPS = frozenset({"dobj", "prep", "pobj", "appos", "compound", "conj", "npadvmod", "attr", "agent", "dative", "pcomp", "nmod"})
_FIRM_MODALS = frozenset({"will", "'ll", "shall"})


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
    topics: frozenset[str] = frozenset()  # what it is about, for times counted from it ("vote")
    relative: Relative | None = None  # its time counts from another happening
    weak_alone: bool = True  # weak if it ends up with no time
    noun: str = ""  # the happening's own noun, if it has one: "summit" in "the summit could take place"


def _reachable(verb: Token) -> list[Token]:
    """Return the verb's objects and prepositional phrases, not crossing into other clauses."""
    out: list[Token] = []
    stack = [c for c in verb.children if c.dep_ in _WALK_DEPS or c.dep_ in ("advmod",)]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in _WALK_DEPS and c.dep_ not in _CLAUSE_DEPS)
    return sorted(out, key=lambda t: t.i)


def verbal_mention(
    verb: Token, sent: Span, *, names: NameIndex, cues: EventCues, timexes: list[Timex], published: date
) -> Mention | None:
    """Return the mention a future verb makes ("will visit Russia"), or None."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in cues.not_events:
        return None
    particle = _particle(verb, cues)
    key = f"{lemma} {particle.lower()}" if particle else lemma  # "walk out" is a strike, "walk" is not
    if (verb.text[:1].isupper() and not verb.is_sent_start) or (len(verb.text) < 3 and lemma not in cues.kinds) or not verb.is_alpha:
        return None  # a name the tagger took for a verb, or a split word ("co-")
    found = certainty_of(verb, cues)
    can = permission(verb) if found is None or found[0] is Certainty.POSSIBLE else None
    present = present_schedule(verb, cues) if found is None and can is None else None
    found = found or present
    if found is None:
        if can is None:
            return None
        found = Certainty.EXPECTED, f"{can.text} {verb.text}", verb  # "can register ... until Monday": a deadline
    certainty, trigger, carrier = found
    described = [carrier.head] if carrier.dep_ == "acl" else []  # "a trial, expected to begin"
    if lemma in cues.light_kinds and not any(
        (c.dep_ in ("dobj", "nsubj", "nsubjpass") or c in described) and is_event_noun(c, cues) for c in [*verb.children, *described]
    ):
        return None  # "hold firm", "will begin to lose support": only "hold talks", "the trial will begin"
    allowed = anchors(verb, carrier)
    if can is not None:
        allowed |= {c.i for c in verb.children if c.dep_ == "xcomp"}  # "can register to speak until Monday"
    timex = pick_timex(sent, allowed=allowed, near=verb.idx, timexes=timexes, published=published, present=present is not None)
    if present is not None and not (specific(timex) and timex is not None and timex.earliest is not None and timex.earliest >= published):
        return None  # "the council votes on March 24" is scheduled; "the council votes" is a habit
    if present is not None and timex is not None and not DAY_VALUE.match(timex.value):
        certainty = Certainty.EXPECTED  # "the line opens in September": set, but not to the day
    text = sent.doc.text
    bounds: list[str] = []
    if negated(verb, carrier):
        timex = not_until(timex, text, published=published)
        if timex is None:
            return None  # "will not visit": no event; "will not open until 2029" is one
        bounds.append(f"not before {timex.text}")
        first, *rest = trigger.split()
        trigger = " ".join([first, "not", *rest])  # "would not open", "is not expected to open"
    if can is not None and can.lower_ == "may" and not is_deadline(timex, text):
        can = None  # "may visit next week": a possibility, read as before
    elif can is not None:
        if timex is None or not is_deadline(timex, text):
            return None  # "residents can comment": a right, not a happening
        certainty = Certainty.SCHEDULED if DAY_VALUE.match(timex.value) else Certainty.EXPECTED
        bounds.append(f"deadline {timex.text}")
    relative = relative_time(verb, timex, sent, cues=cues)
    every = repeating(sent, allowed=allowed, timexes=timexes) if timex is None else None
    if every is not None:
        bounds.append(f"repeats {how_often(every, text)}")  # a SET: no one window
    if key not in cues.kinds and not _happens(verb, cues) and not (specific(timex) or (timex is not None and lower_bound(timex)) or every):
        return None  # a future verb with no set time and no known kind is talk, not an event
    if timex is None and relative is None and has_past_timex(sent, timexes, published):
        return None  # "would visit ... last month": reported from the past
    if timex is not None and stale(timex, carrier, sent, timexes=timexes, published=published):
        return None  # "weeks ago Trump said she would speak in a few weeks": that time is gone
    hedge = hedged(verb, cues)
    if hedge and certainty is not Certainty.SCHEDULED:
        certainty = Certainty.POSSIBLE
    elif certainty is Certainty.EXPECTED and trigger.split()[0].lower() in _FIRM_MODALS and timex and DAY_VALUE.match(timex.value):
        certainty = Certainty.SCHEDULED  # "will hold ... on March 24": a set date
    if bounds and bounds[0].startswith("not before") and certainty is Certainty.SCHEDULED:
        certainty = Certainty.EXPECTED  # "not until at least April 15": a bound, not a set date
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
        opener = obj.left_edge
        if ent is None and opener.is_sent_start and opener.tag_ == "DT" and tail_obj.startswith(opener.text):
            tail_obj = opener.lower_ + tail_obj[len(opener.text) :]  # "completes the report", not "The report"
        if ent is None and obj.i > verb.i:
            tail_obj = f"{tail_obj} {prep_phrase(obj, names=names, cues=cues)}".strip()  # "begin work on the northern span"
    elif places:
        tail_obj = ("to " if lemma in ("go", "travel", "fly", "come", "head") else "in ") + places[-1][0]
    elif with_prep:
        tail_obj = with_prep
    elif others:
        tail_obj = ("with " if lemma == "meet" else "to ") + others[0]
    else:  # "will come on the program", "can register to speak"
        tail_obj = prep_phrase(verb, names=names, cues=cues)
        purpose = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and any(a.tag_ == "TO" for a in c.children)), None)
        if not tail_obj and purpose is not None:
            tail_obj = f"to {purpose.text}"
    co_subjects = f"and {' and '.join(owners)} " if main is not None and owners else ""
    others = owners + [o for o in others if o not in owners]
    particle = particle or next((c.text for c in verb.children if c.dep_ == "prt"), "")
    tail_obj = f"{particle} {tail_obj}".strip()
    if doer.patient is None and any(c.dep_ == "auxpass" for c in verb.children):
        verb_form = f"{'are' if plural(subject) else 'is'} {verb.text}"  # "the first votes are counted"
    else:
        verb_form = lemma if plural(subject) else third_person(lemma)
    weak_alone = trigger.split()[0].lower() in ("would", "'d") or certainty is Certainty.POSSIBLE or not doer.named
    kind = cues.kinds.get(key, lemma)
    noun = ""
    if doer.happening and subject is not None and is_event_noun(subject, cues):
        noun = subject.lemma_.lower()
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
        timex=timex or every,
        details=manner(reach + [t for c in verb.children if c.dep_ in ("advcl", "xcomp") for t in c.subtree], cues) + conditions(verb) + bounds,
        start=verb.idx,
        end=verb.idx + len(verb.text),
        sentence=sent.text.strip(),
        # Without a time, only a firm plan of someone named stands alone; the rest ("might
        # visit Moscow", "would travel by train") only enriches a firmer mention.
        weak=timex is None and every is None and relative is None and weak_alone,
        weak_alone=weak_alone,
        noun_phrase=f"{phrase(subject)} {prep_phrase(subject, names=names, cues=cues)}".strip() if main is None and subject is not None else "",
        verbal=True,
        noun=noun,
        topics=frozenset({lemma, kind}) | {cues.kinds.get(n.lemma_.lower(), n.lemma_.lower()) for n in verb.children if n.dep_ in ("dobj", "nsubj", "nsubjpass") and is_event_noun(n, cues)},
        relative=relative,
    )


_PARTY_PREPS = frozenset({"between", "with", "among", "of"})


def _parties(noun: Token, cues: EventCues) -> list[str]:
    """Return the unnamed parties of a happening: "talks between the two unions and the port"."""
    found: list[str] = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PARTY_PREPS:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for party in (obj, *obj.conjuncts):
                words = noun_phrase(party) if is_agent_noun(party, cues) and party.ent_type_ == "" else None
                if words:
                    written = words[:1].lower() + words[1:]
                    found.append(written if written in noun.doc.text else words)  # as the article writes it
    return found


def _happens(verb: Token, cues: EventCues) -> bool:
    """Say whether a verb says a named happening occurs: "the summit could take place"."""
    subject = subject_of(verb)
    return subject is not None and verb.lemma_.lower() in cues.happening_verbs and is_event_noun(subject, cues)


def _noun_summary(noun: Token, lemma: str, head: str, cues: EventCues) -> str:
    """Return what a summary says of an event noun: "votes", "faces a confirmation hearing"."""
    if head in cues.undergo_heads:
        return f"{third_person(head)} {phrase(noun)[:1].lower()}{phrase(noun)[1:]}"
    return cues.noun_verbs.get(lemma, f"holds a {lemma}")


def _particle(verb: Token, cues: EventCues) -> str:
    """Return the particle of a phrasal verb the lexicon knows ("walk out", "sit in"), or ""."""
    if verb.i + 1 >= len(verb.doc):
        return ""
    nxt = verb.doc[verb.i + 1]
    if nxt.head == verb and nxt.dep_ in ("prt", "advmod") and f"{verb.lemma_.lower()} {nxt.lower_}" in cues.kinds:
        return nxt.text
    return ""


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
    moved = cue in cues.reschedule_heads  # "the hearing has been postponed until July 2": a new date
    if not moved and (head.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lower_ in ("had", "has", "have") for a in head.children if a.dep_ in ("aux", "auxpass"))):
        return None  # "the vote was set": reported from the past
    head_aux = " ".join(a.text for a in head.children if a.dep_ in ("aux", "auxpass"))
    inside = entities_in(noun, names)
    people = [names.full_name(e.text) for e in inside if e.label_ in AGENTS]
    people = list(dict.fromkeys(people))
    parties = [p for p in _parties(noun, cues) if p not in people]
    if noun.dep_ == "dobj":
        subject = subject_of(head)
        if subject is not None and subject.lower_ in ("who", "that") and head.dep_ == "relcl":
            subject = head.head  # "Whitfield, who faces re-election": Whitfield
        if subject is not None:
            who = names.participant(subject, role_nouns=cues.role_nouns, before=subject.i)
            if who is None and is_agent_noun(subject, cues):
                who = noun_phrase(subject)  # "the senator faces a hearing"
            if who:
                people.insert(0, who)
    places = [(e.text, 2) for e in inside if names.is_place(e)]
    certainty = cues.head_certainty[cue]
    if certainty is Certainty.SCHEDULED and any(a.lower_ in ("will", "'ll", "would") for a in head.children):
        certainty = Certainty.EXPECTED  # "will be scheduled": not set yet
    if hedged(head, cues):
        certainty = Certainty.POSSIBLE
    present = head.tag_ in ("VBZ", "VBP") and not any(a.dep_ in ("aux", "auxpass") for a in head.children)
    timex = pick_timex(sent, allowed={noun.i, head.i}, near=noun.idx, timexes=timexes, published=published, present=present)
    if moved and timex is not None and timex.latest is not None and DAY_VALUE.match(timex.value):
        timex = replace(timex, earliest=timex.latest)  # "postponed until July 2": to that day, not any day before
    return Mention(
        kind=cues.kinds.get(lemma, lemma),
        action=lemma,
        trigger=f"{head_aux} {head.text}".strip(),
        certainty=certainty,
        main=people[0] if people else None,
        summary_tail=_noun_summary(noun, lemma, cue, cues),
        noun_phrase=f"{phrase(noun)} {prep_phrase(noun, names=names, cues=cues)}".strip(),
        topics=frozenset({lemma, cues.kinds.get(lemma, lemma)}),
        others=people[1:] + parties,
        places=places,
        timex=timex,
        start=noun.idx,
        end=noun.idx + len(noun.text),
        sentence=sent.text.strip(),
        weak=timex is None,  # "whether a vote will be scheduled": nothing set yet
        noun=lemma,
    )
