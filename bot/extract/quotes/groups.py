"""Sources without names: groups ('US officials', 'political analysts') and organisations."""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.model import SourceKind, Speaker
from bot.extract.quotes.antecedents import Seen
from bot.extract.speech_lexicon import SpeechLexicon

BACK_DETS = ("the", "these", "those")


def earlier_group(head: Token, mention: str, seen: list[Seen]) -> Speaker | None:
    """Return the group a second mention ('the officials') takes up, with its kind."""
    det = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
    if det not in BACK_DETS or any(c.dep_ in ("compound", "amod") for c in head.lefts):
        return None
    doc = head.doc
    lemma = head.lemma_.lower()
    for s in reversed(seen):
        if s.pos < head.i and s.cluster is None and doc[s.pos].lemma_.lower() == lemma:
            if s.speaker.kind in (SourceKind.ANONYMOUS, SourceKind.OFFICIALS):
                sp = s.speaker
                return Speaker(sp.name, sp.kind, sp.role, sp.via, mention)
            return None
    return None


def unnamed_source(head: Token, mention: str, lex: SpeechLexicon) -> Speaker:
    """Return a source the text describes but does not name, with its kind."""
    det = next((c.lower_ for c in head.children if c.dep_ in ("det", "poss")), None)
    name = mention[4:] if mention.lower().startswith("the ") else mention
    lemma = head.lemma_.lower()
    modified = any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in head.lefts)
    if head.lower_ in lex.group_heads and head.tag_ == "NNS" and det not in ("a", "an", "some"):
        # 'US officials' speak for an institution; 'political analysts' and 'critics' do not.
        official = modified and head.lower_ in lex.official_heads
        return Speaker(
            name, SourceKind.OFFICIALS if official else SourceKind.UNNAMED, mention=mention
        )
    if (
        lemma in lex.organisation_heads
        and head.tag_ in ("NN", "NNP")
        and (det == "the" or modified)
    ):
        # 'The finance ministry': one organisation, though the text gives no name.
        return Speaker(mention, SourceKind.ORGANISATION, mention=mention)
    return Speaker(mention, SourceKind.UNNAMED, mention=mention)
