"""Things said to be due: "second-quarter growth figures, which are due at the end of July".

"Due" with a time is a deadline someone has set: the figures, the report or the ruling is
expected then, with no one named who does it. Its window is the time "due" hangs on, not
any other time in the phrase ("second-quarter" names the figures, not when they come).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from bot.extract.events.bounds import not_until
from bot.extract.events.lexicon import EventCues
from bot.extract.events.mentions import Mention
from bot.extract.events.names import AGENTS, NameIndex
from bot.extract.events.participants import plural
from bot.extract.events.timing import pick_timex, specific
from bot.extract.events.wording import entities_in, phrase
from bot.extract.model import Certainty, Timex

_RELATIVE = frozenset({"which", "that"})


def _past(verb: Token) -> bool:
    auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lower_ in ("had", "has", "have") for a in auxes)


def due_mention(
    adj: Token, sent: Span, *, names: NameIndex, cues: EventCues, timexes: list[Timex], published: date
) -> Mention | None:
    """Return the deadline a predicate "due" sets ("the report is due on Friday"), or None."""
    if adj.lower_ != "due" or adj.dep_ != "acomp" or any(c.dep_ == "xcomp" for c in adj.children):
        return None  # "due to be published": the verb makes its own mention
    be = adj.head
    if _past(be):
        return None  # "the study was originally due in January"
    subject = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in _RELATIVE and be.dep_ == "relcl":
        subject = be.head  # "figures, which are due ...": the figures
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or names.is_time(subject):
        return None
    timex = pick_timex(sent, allowed={adj.i, be.i}, near=adj.idx, timexes=timexes, published=published)
    details: list[str] = []
    if any(c.dep_ == "neg" for c in be.children):
        timex = not_until(timex, sent.doc.text, published=published)  # "not due until June": from June on
        if timex is None:
            return None
        details.append(f"not before {timex.text}")
    elif not specific(timex):
        return None
    what = phrase(subject)
    people = list(dict.fromkeys(names.full_name(e.text) for e in entities_in(subject, names) if e.label_ in AGENTS))
    lemma = subject.lemma_.lower()
    return Mention(
        kind=f"due:{lemma}",
        action="due",
        trigger=f"{be.text} due",
        certainty=Certainty.EXPECTED if details else Certainty.SCHEDULED,  # "not due until June": a bound
        main=None,
        summary_tail=f"{'are' if plural(subject) else 'is'} due",
        others=people,
        timex=timex,
        details=details,
        start=adj.idx,
        end=adj.idx + len(adj.text),
        sentence=sent.text.strip(),
        noun_phrase=what[:1].upper() + what[1:],
        verbal=True,
        topics=frozenset({lemma, cues.kinds.get(lemma, lemma), "due"}),
    )
