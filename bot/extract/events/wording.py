"""Words around a mention: its phrases, the names inside them, the means of travel, conditions."""

from __future__ import annotations

from spacy.tokens import Span, Token

from bot.extract.events.lexicon import EventCues
from bot.extract.events.names import NameIndex
from bot.extract.model import Certainty

_AMOUNTS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})  # a sum inside a phrase is no time


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


def phrase(token: Token) -> str:
    """Return a noun's words up to its head ("the second debate", "Obama's veto"), not its clauses."""
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ not in ("punct", "cc", "prep")][-6:]
    doc, first = token.doc, (words[0] if words else token)
    if first.i >= 2 and doc[first.i - 1].text == "-" and not doc[first.i - 1].whitespace_ and not doc[first.i - 2].whitespace_:
        words = [doc[first.i - 2], doc[first.i - 1], *words]  # "re-election": the parse may drop "re-"
    return join_words(words)


def join_words(words: list[Token]) -> str:
    """Return tokens as the article writes them: its own spacing between neighbours, else one space."""
    return "".join(t.text + (t.whitespace_ if i + 1 < len(words) and words[i + 1].i == t.i + 1 else " ") for i, t in enumerate(words)).strip()


def entities_in(token: Token, names: NameIndex) -> list[Span]:
    """Return the named entities inside a token's phrase, in order."""
    found = [names.entity_at(t) for t in token.subtree]
    return [e for e in found if e is not None]


def place_score(certainty: Certainty, hedge: str | None) -> int:
    if hedge == "likely":
        return 3  # "more likely ... in Vladivostok": the likeliest place
    return 1 if certainty is Certainty.POSSIBLE else 2


def manner(tokens: list[Token], cues: EventCues) -> list[str]:
    found = []
    for tok in tokens:
        if tok.lemma_.lower() in cues.vehicles and tok.head.lower_ in cues.manner_cues:
            mods = [c.text for c in tok.children if c.dep_ in ("amod", "compound")]
            found.append(" ".join(["by", *mods, tok.text]))
    return found


def conditions(verb: Token) -> list[str]:
    found = []
    for child in verb.children:
        if child.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in child.children if m.dep_ == "mark"):
            words = [t.text_with_ws for t in child.subtree]
            found.append("".join(words).strip()[:100])
    return found


def _in_timex(token: Token, names: NameIndex) -> bool:
    return any(t.start <= token.idx < t.end for t in names.timexes)


def prep_phrase(verb: Token, *, names: NameIndex, cues: EventCues) -> str:
    """Return the first prepositional phrase after a verb or object that says what, not when or why.

    "will come on the program" -> "on the program"; never "Before that", "on Friday" or
    "during the first 48 hours": times and discourse links are not part of a summary.
    """
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ in cues.summary_skip_preps:
            continue
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is None or obj.pos_ in ("PRON", "ADJ", "ADV", "NUM"):
            continue
        # "on a budget of 18 million euros" says what, though an amount hangs inside it;
        # "on Friday" and "during the first 48 hours" say when.
        if any(names.is_time(t) and (t.ent_type_ not in _AMOUNTS or _in_timex(t, names)) for t in prep.subtree):
            continue
        joined = next((c for c in obj.children if c.dep_ == "conj"), None)  # "between Australia and India"
        return f"{prep.text} {phrase(obj)}" + (f" and {phrase(joined)}" if joined is not None else "")
    return ""
