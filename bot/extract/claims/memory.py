"""What the article has told us about its sources, carried from one claim to the next.

"Two officials who spoke on condition of anonymity said ..." and later
"..., the officials said": the second mention is the same anonymous source, not
an unnamed one. "According to a senior lawmaker, ... The lawmaker asked not to
be named": the note after the claim makes its source anonymous too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from bot.extract.claims.kinds import head_word, refers_back
from bot.extract.claims.lexicon import ClaimsLexicon
from bot.extract.claims.silence import negated
from bot.extract.claims.sources import Source, frame_subjects, from_speaker
from bot.extract.model import SourceKind, Speaker

# How far (in characters) after a claim an anonymity note still refers to its source.
NOTE_REACH = 400
NAMELESS = frozenset({SourceKind.UNNAMED, SourceKind.OFFICIALS})


@dataclass(frozen=True)
class Note:
    """An anonymity note: where it stands, whom it is about ("" for a pronoun), its words."""

    start: int
    head: str
    words: str


def withholds_name(root: Token, lex: ClaimsLexicon) -> bool:
    """Return True for "asked not to be named", "declined to be identified", "not authorised"."""
    for child in root.children:
        if child.dep_ == "xcomp" and child.lemma_ in ("name", "identify"):
            refused = root.lemma_.lower() in lex.refusal_verbs
            return refused or negated(child)
    return root.lemma_.lower() in lex.anonymity_notes and negated(root)


def predicate_words(root: Token, subject: Token) -> str:
    """Return the note's predicate up to its first reason clause ("asked not to be named")."""
    words: list[str] = []
    for tok in root.doc[subject.right_edge.i + 1 : root.sent.end]:
        if tok.dep_ == "mark" or tok.is_punct:
            break
        words.append(tok.text)
    return " ".join(words)


def anonymity_notes(sentences: list[Span], lex: ClaimsLexicon) -> list[Note]:
    """Return the sentences whose main clause says a source may not be named."""
    notes: list[Note] = []
    for sent in sentences:
        root = sent.root
        if not withholds_name(root, lex):
            continue
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        subject = subjects[0]
        phrase = sent.doc[subject.left_edge.i : subject.right_edge.i + 1].text
        head = "" if subject.pos_ == "PRON" else head_word(phrase, lex)
        notes.append(Note(sent.start_char, head, predicate_words(root, subject)))
    return notes


class SourceMemory:
    """Anonymous sources seen so far, and the anonymity notes of the article."""

    def __init__(self, notes: list[Note], lex: ClaimsLexicon) -> None:
        self.notes = notes
        self.lex = lex
        self.anonymous: dict[str, str] = {}  # head word -> the first description
        self.last_person: Speaker | None = None  # the previous statement's named speaker

    def remember(self, sources: list[Source], speaker: Speaker | None) -> None:
        """Record the anonymous sources, and the statement's speaker for a "he said" next."""
        for source in sources:
            if source.kind is SourceKind.ANONYMOUS and source.speaker is not None:
                name = source.speaker.name
                self.anonymous.setdefault(head_word(name, self.lex), name)
        self.last_person = speaker if speaker and speaker.kind is SourceKind.PERSON else None

    def pronoun_source(self, span: Span) -> Source | None:
        """Return the previous statement's speaker for "He said ..." that nothing else resolved.

        Only the statement right before counts: "'...,' said Okafor. He said 80
        firefighters were there." Anything further back is the quotes stage's call.
        """
        if self.last_person is None:
            return None
        subjects = frame_subjects(span, self.lex)
        if any(s.pos_ == "PRON" and s.lower_ in ("he", "she") for s in subjects):
            return from_speaker(self.last_person, self.lex)
        return None

    def recall(self, source: Source | None, at: int) -> Source | None:
        """Return the source, made anonymous when the article said so before or just after."""
        if source is None or source.speaker is None or source.kind not in NAMELESS:
            return source
        head = head_word(source.speaker.name, self.lex)
        why = ""
        if refers_back(source.speaker) and head in self.anonymous:
            why = f'anonymous earlier: "{self.anonymous[head]}"'
        for note in self.notes:
            if 0 < note.start - at <= NOTE_REACH and note.head in ("", head):
                why = why or note.words
        if not why:
            return source
        speaker = replace(source.speaker, kind=SourceKind.ANONYMOUS)
        reason = f'source: anonymous — "{speaker.describe()}" ({why})'
        return Source(SourceKind.ANONYMOUS, reason, speaker, source.cue)
