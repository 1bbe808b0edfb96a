"""What the quote finders share: the article's layout and an unresolved attribution."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from bot.extract.entities.agents import can_speak
from bot.extract.entities.headlines import doc_text
from bot.extract.quotes.marks import Marked
from bot.extract.sentences import inside_quote
from bot.extract.speech_lexicon import SpeechLexicon, load_lexicon


@dataclass
class Found:
    """A quote before its source is resolved: the source's head token, or a quote to follow."""

    start: int
    end: int
    kind: str  # direct | indirect | mixed
    head: Token | None
    cue: Span | None
    follows: Found | None = None  # a quote with no source of its own continues this one
    refusal: bool = False
    via_head: Token | None = None  # the outlet that cites the source: 'Yonhap, citing a lawmaker'


@dataclass
class Layout:
    """Sentences, paragraphs and quote marks of one article, with fast look-ups."""

    doc: Doc
    sentences: list[Span]
    marked: list[Marked]
    lex: SpeechLexicon

    def __post_init__(self) -> None:
        self.sent_of = [0] * len(self.doc)
        for k, sent in enumerate(self.sentences):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
        # Doc.text is rebuilt from the tokens on every access: read it once.
        self.text = text = doc_text(self.doc)
        self.para_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        self.quoted = [False] * len(self.doc)
        self._mark_starts = [m.start for m in self.marked]
        for m in self.marked:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    self.quoted[i] = True

    def paragraph(self, char: int) -> int:
        """Return the number of the line that holds a character."""
        return bisect.bisect_right(self.para_starts, char) - 1

    def sentences_over(self, start: int, end: int) -> list[Span]:
        """Return the sentences that overlap a character range."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return []
        first, last = self.sent_of[span.start], self.sent_of[span.end - 1]
        return self.sentences[first : last + 1]

    def inside_mark(self, char: int) -> Marked | None:
        """Return the quoted passage that holds a character, if any."""
        k = bisect.bisect_right(self._mark_starts, char) - 1
        if k >= 0 and self.marked[k].start <= char < self.marked[k].end:
            return self.marked[k]
        return None

    def marks_in(self, start: int, end: int) -> bool:
        """Say whether a quoted passage opens inside a character range (reported words that quote)."""
        k = bisect.bisect_left(self._mark_starts, start)
        return k < len(self._mark_starts) and self._mark_starts[k] < end

    def is_object_cue(self, tok: Token) -> bool:
        """Say whether a token is a verb whose object is what the source said ('called the deal ...')."""
        return (
            not self.quoted[tok.i]
            and tok.pos_ == "VERB"
            and (
                tok.lemma_.lower() in self.lex.object_verbs
                or tok.lemma_.lower() in self.lex.prep_objects
            )
        )

    def is_speech_verb(self, tok: Token) -> bool:
        """Say whether a token is a verb of saying outside quote marks."""
        if self.quoted[tok.i] or tok.pos_ not in ("VERB", "AUX"):
            return False
        lemma = tok.lemma_.lower()
        if lemma not in self.lex.speech_verbs:
            return False
        particle = self.lex.particles.get(lemma)
        return particle is None or any(
            c.dep_ == "prt" and c.lower_ == particle for c in tok.children
        )


def subject_of(verb: Token) -> Token | None:
    """Return the source of a verb of saying: its subject, or the agent of a passive."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    carried = _carried_subject(verb)
    if carried is not None:
        return carried
    # "..., he added" sometimes hangs the subject on a conjoined verb: "X said and added".
    # '..., saying that ...' and '..., adding ...' speak for the main clause's subject.
    governor = verb.head
    if verb.dep_ == "pcomp" and governor.pos_ == "ADP":
        governor = governor.head  # 'Obama ended by saying “Too many.”'
    if governor.pos_ == "ADJ" and governor.dep_ in ("acomp", "xcomp", "oprd"):
        governor = governor.head  # 'Clinton seemed ready to riff, telling the crowd ...'
    participle = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj", "pcomp")
    # A conjoined verb shares its subject only with another verb of saying: 'X said ... and added'.
    lex = load_lexicon()
    if (
        (participle or (verb.dep_ == "conj" and verb.lemma_.lower() in lex.speech_verbs))
        and governor.dep_ == "ccomp"
        and governor.head.lemma_.lower() in lex.speech_verbs
        and any(c.text == "," for c in governor.children if c.i < verb.i)
    ):
        # The parse hung it on the reported clause: 'X said A could come soon, but cautioned
        # that ...', '..., speaking of ...' belong to X, not to A's subject.
        governor = governor.head
    head_lemma = governor.lemma_.lower()
    shared = verb.dep_ == "conj" and (
        head_lemma in lex.speech_verbs
        or head_lemma in lex.object_verbs
        # 'Cruz urged ... and said he was standing on principle': a person's two acts.
        or (verb.lemma_.lower() in lex.speech_verbs and _person_subject(governor, verb, lex))
    )
    while (shared or participle) and governor.dep_ == "conj" and not _has_subject(governor):
        governor = governor.head  # 'Dean appeared on TV and began by saying ...'
    if (shared or participle) and governor.pos_ in ("VERB", "AUX"):
        # A parse across a sentence break may give the verb a second subject: the nearest
        # one before the verb is its own.
        subjects = [c for c in governor.children if c.dep_ == "nsubj"]
        before = [c for c in subjects if c.i < verb.i]
        if subjects:
            return before[-1] if before else subjects[0]
    # A misparse can hang the subject elsewhere: '... of the Washington Post Trump said that'.
    prev = verb.doc[verb.i - 1] if verb.i else None
    if (
        prev is not None
        and prev.dep_ in ("pobj", "compound", "appos", "npadvmod", "dobj")
        and prev.pos_ in ("PROPN", "PRON")
        and verb.tag_ in ("VBD", "VBZ", "VBP")
    ):
        return prev
    return None


def _carried_subject(verb: Token) -> Token | None:
    """Return X in 'X appeared to suggest that ...', 'X went on to explain': X's own words.

    Only after verbs that carry the act out ('appear', 'continue'), not after 'expected to'.
    """
    carrier = verb.head
    if (
        verb.dep_ != "xcomp"
        or carrier.lemma_.lower() not in load_lexicon().carriers
        or any(c.dep_ in ("dobj", "dative") for c in carrier.children)
    ):
        return None
    subject = next((c for c in carrier.children if c.dep_ == "nsubj"), None)
    # 'The slant begins to show ...': a thing that shows is no one speaking.
    return subject if subject is not None and can_speak(subject, load_lexicon()) else None


def _has_subject(verb: Token) -> bool:
    """Say whether a verb has a subject of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _person_subject(governor: Token, verb: Token, lex: SpeechLexicon) -> bool:
    """Say whether a verb joined to a verb of saying has a person for subject ('Cruz urged ...
    and said'), outside quote marks (the subject of quoted words is not the speaker)."""
    subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    if subject is None or not can_speak(subject, lex) or governor.i > verb.i:
        return False
    return not inside_quote(subject)


def cue_span(verb: Token) -> Span:
    """Return the cue words: auxiliaries, negation, particle and channel with the verb."""
    doc = verb.doc
    parts = [verb.i] + [
        c.i
        for c in verb.children
        if c.dep_ in ("aux", "auxpass", "neg", "prt") and abs(c.i - verb.i) <= 3
    ]
    end = max(parts) + 1
    channels = load_lexicon().channels
    for child in verb.rights:
        # 'declared in a statement', 'said in an email': the channel belongs to the cue.
        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if (
            child.dep_ == "prep"
            and child.i == end
            and obj is not None
            and obj.lemma_.lower() in channels
        ):
            end = obj.i + 1
            break
    return doc[min(parts) : end]
