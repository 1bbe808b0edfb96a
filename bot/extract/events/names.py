"""Resolve a mention of a participant to the fullest name the article gives."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from bot.extract.model import Entity, SourceKind, Timex
from bot.extract.speech_lexicon import load_lexicon
from bot.extract.timex.lexicon import load_time_words

PEOPLE = frozenset({"PERSON", "ORG", "NORP", "GPE"})  # who can take part
AGENTS = frozenset({"PERSON", "ORG"})
PLACES = frozenset({"GPE", "LOC", "FAC"})
_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them"})
_PLACE_NOUNS = frozenset({"county", "city", "state", "province", "region", "district", "town", "village", "island", "port", "capital", "border"})
_MOTION_VERBS = frozenset({"return", "travel", "go", "fly", "come", "head", "move", "drive", "sail", "flee", "relocate", "march", "walk", "ride", "trip", "journey", "visit", "deploy", "send"})
_PLACE_PREPS = frozenset({"in", "at", "near", "from", "into", "outside", "across"})
# Entity labels of times and amounts: never someone who takes part ("in April", "Friday").
_NOT_PARTICIPANTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _key(text: str) -> str:
    return re.sub(r"[\s\-’']+", " ", text.lower().removesuffix("’s").removesuffix("'s")).strip()


@dataclass
class NameIndex:
    """Every name form in one article -> its fullest form."""

    doc: Doc
    entities: list[Entity] = field(default_factory=list)
    _full: dict[str, str] = field(default_factory=dict)
    outlets: set[str] = field(default_factory=set)
    _place_keys: set[str] | None = None
    timexes: list[Timex] = field(default_factory=list)

    def __post_init__(self) -> None:
        text = self.doc.text
        for entity in self.entities:
            if _slipped_name(entity.name, text):
                continue
            for form in (entity.name, *entity.aliases):
                self._full.setdefault(_key(form), entity.name)  # the first (most named) entity keeps a shared alias
            if entity.kind is SourceKind.OUTLET:
                self.outlets.add(entity.name)
        # Without the entities stage: the longest PERSON/ORG mention containing a shorter one.
        mentions = sorted(
            {_clean(e.text) for e in self.doc.ents if e.label_ in AGENTS and not _opens_with_participle(e)}, key=len, reverse=True
        )
        for short in mentions:
            if _key(short) in self._full:
                continue
            words = set(_key(short).split())
            for long in mentions:
                if len(long) > len(short) and words <= set(_key(long).split()):
                    self._full[_key(short)] = self._full.get(_key(long), long)
                    break

    def full_name(self, text: str) -> str:
        """Return the fullest form of a name ("Kim" -> "Kim Jong-un")."""
        text = _clean(text)
        key = _key(text)
        if key not in self._full:
            words = set(key.split())
            longer = [
                e.text
                for e in self.doc.ents
                if e.label_ == "PERSON" and words < set(_key(e.text).split()) and not _opens_with_participle(e)
            ]
            # the form the article repeats most beats a one-off tagging slip ("Injecting Clinton")
            best = max(longer, key=lambda t: (longer.count(t), len(t))) if longer else None
            self._full[key] = self.full_name(best) if best else text
        return self._full[key]

    def is_place(self, ent: Span) -> bool:
        """Return True for a place, including one the tagger took for a person or an organisation.

        "in Broward and St. Lucie counties", "to Kyiv" (elsewhere tagged a place): where a
        name sits says more than the label the tagger gave it.
        """
        if ent.label_ in PLACES:
            return True
        if self._place_keys is None:
            self._place_keys = {_key(e.text) for e in self.doc.ents if e.label_ in PLACES}
        if _key(ent.text) in self._place_keys:
            return True
        root = ent.root
        if root.dep_ == "conj" and (head := self.entity_at(root.head)) is not None and head.label_ in PLACES:
            return True
        if root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in _PLACE_NOUNS:
            return True
        if root.dep_ != "pobj" or ent.label_ not in ("PERSON", "ORG"):
            return False
        prep = root.head
        # "in Kyiv", "a rally at an Elks Lodge", "returned to Kyiv" (but "spoke to Biden")
        if prep.lower_ in _PLACE_PREPS:
            return True
        return prep.lower_ == "to" and len(ent) == 1 and prep.head.lemma_.lower() in _MOTION_VERBS

    def entity_at(self, token: Token) -> Span | None:
        """Return the named entity a token belongs to, if any."""
        if not token.ent_type_:
            return None
        for ent in self.doc.ents:
            if ent.start <= token.i < ent.end:
                if ent.label_ not in ("DATE", "TIME") and self._holds_time(ent):
                    return None  # "the ministry between March 18 and March 20" tagged one ORG
                return ent
        return None

    def _holds_time(self, ent: Span) -> bool:
        """Return True when a name's span swallowed a time expression (a tagging slip)."""
        return any(ent.start_char <= t.start and t.end <= ent.end_char for t in self.timexes)

    def last_person_before(self, position: int) -> str | None:
        """Return the fullest name of the last person named before a token index."""
        people = [e for e in self.doc.ents if e.label_ == "PERSON" and e.end <= position and not self.is_place(e)]
        return self.full_name(people[-1].text) if people else None

    def is_time(self, token: Token) -> bool:
        """Return True for a token inside a time expression or naming a month or weekday."""
        if token.ent_type_ in _NOT_PARTICIPANTS or any(t.start <= token.idx < t.end for t in self.timexes):
            return True
        if token.ent_type_ in PEOPLE:
            return False  # "Theresa May": a name that is also a month
        words = load_time_words()
        return token.lower_ in words.months or token.lower_ in words.weekdays

    def participant(self, token: Token, *, role_nouns: frozenset[str], before: int) -> str | None:
        """Return who a subject or object token stands for, or None when it is no one named."""
        if self.is_time(token):
            return None  # "as early as April 8": a date, not someone
        ent = self.entity_at(token)
        if ent is not None and ent.label_ in PEOPLE:
            if ent.label_ != "GPE" and self.is_place(ent):
                return None  # "Kyiv" tagged a person: a place does not take part
            return self.full_name(ent.text)
        for child in token.children:  # "his counterpart, Vladimir Putin"
            if child.dep_ == "appos":
                found = self.entity_at(child)
                if found is not None and found.label_ in AGENTS:
                    return self.full_name(found.text)
        if token.pos_ == "PROPN" and token.text[:1].isupper() and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            # a name the tagger did not label: "Elon Musk" with its compounds
            parts = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            return self.full_name(" ".join(t.text for t in [*parts, token]))
        if token.lower_ in _PRONOUNS and token.lower_ not in ("they", "them"):
            return self.last_person_before(before)
        if token.lemma_.lower() in role_nouns and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return self.last_person_before(before)
        return None


def _opens_with_participle(ent: Span) -> bool:
    """Return True for "Injecting Clinton": a sentence-opening participle swept into a name."""
    first = ent[0]
    return bool(first.is_sent_start) and len(ent) > 1 and first.lower_.endswith(("ing", "ed")) and len(first) > 5


def _slipped_name(name: str, text: str) -> bool:
    """Return True for a name that only ever opens a sentence behind a participle ("Injecting Clinton")."""
    first = name.split()[0] if " " in name else ""
    if len(first) <= 5 or not first.lower().endswith(("ing", "ed")):
        return False
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    return bool(starts) and all(i == 0 or text[max(0, i - 2) : i].strip(" ") in ("", ".", "\n") or text[i - 1] == "\n" for i in starts)


def _clean(text: str) -> str:
    """Return a name without its possessive and the titles before it ("Mayor Ines Korhonen's")."""
    name = re.sub(r"[’']s$", "", text.strip())
    titles = load_lexicon().titles
    words = name.split()
    while len(words) > 2 and words[0].lower() in titles:
        words = words[1:]
    return " ".join(words)
