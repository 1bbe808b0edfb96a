"""What a statement rests on: the quote's speaker, or source phrases in its sentence."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from bot.extract.claims.kinds import describe_kind, group_kind, honest_kind
from bot.extract.claims.lexicon import ClaimsLexicon
from bot.extract.hedges import match_phrases
from bot.extract.model import SourceKind, Speaker

# Kinds a statement cannot be checked against: no name on the record.
OFF_RECORD = frozenset({SourceKind.ANONYMOUS, SourceKind.UNNAMED, SourceKind.OFFICIALS})
ON_RECORD = frozenset({SourceKind.PERSON, SourceKind.ORGANISATION, SourceKind.OUTLET})
# When a sentence gives more than one hint, the least checkable one wins.
RANK = {
    SourceKind.ANONYMOUS: 0,
    SourceKind.UNNAMED: 1,
    SourceKind.OFFICIALS: 2,
    SourceKind.PERSON: 3,
    SourceKind.ORGANISATION: 3,
    SourceKind.OUTLET: 3,
    SourceKind.NONE: 4,
}
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "pobj", "dobj", "appos", "ROOT", "attr"})


@dataclass(frozen=True)
class Source:
    """A source found for a statement, with the words that show it."""

    kind: SourceKind
    reason: str  # readable: 'source: anonymous — "two officials who ..."'
    speaker: Speaker | None = None
    cue: tuple[int, int] | None = None  # character span of a source phrase ("reports suggest")


def from_speaker(speaker: Speaker, lex: ClaimsLexicon | None = None) -> Source:
    """Turn a quote's speaker into a source with its reason (groups checked against ``lex``)."""
    kind = honest_kind(speaker, lex) if lex is not None else speaker.kind
    if kind is SourceKind.NONE:
        return Source(SourceKind.NONE, "", speaker)
    if kind is not speaker.kind:
        speaker = replace(speaker, kind=kind)
    reason = f'source: {describe_kind(kind)} — "{speaker.describe()}"'
    return Source(kind, reason, speaker)


def noun_phrase_of(doc: Doc, start: int, end: int) -> Span:
    """Return the noun phrase that the words doc[start:end] belong to or modify."""
    inner = [t for t in doc[start:end] if t.pos_ in ("NOUN", "PROPN") and t.dep_ in NOMINAL_DEPS]
    if inner and inner[0].lower_ not in ("condition", "anonymity"):
        head = inner[0]
    else:
        head = next((t.head for t in doc[start:end] if not start <= t.head.i < end), doc[start])
        while head.dep_ != "ROOT" and not (
            head.pos_ in ("NOUN", "PROPN", "PRON") and head.dep_ in NOMINAL_DEPS
        ):
            head = head.head
    return doc[head.left_edge.i : head.right_edge.i + 1]


def phrase_sources(tokens: Span, lex: ClaimsLexicon) -> list[Source]:
    """Return the sources that lexicon phrases show in a sentence."""
    doc = tokens.doc
    found: list[Source] = []
    for start, end, kind in match_phrases(tokens, lex.sources):
        cue = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
        if kind == "reports":
            found.append(Source(SourceKind.UNNAMED, "source: unnamed reports", None, cue))
            continue
        phrase = noun_phrase_of(doc, start, end)
        if phrase.root.lemma_.lower() not in lex.anonymous_holders:
            continue  # "close to the border" describes a place, not a source
        name, why = _described(phrase)
        speaker = Speaker(name=name, kind=SourceKind.ANONYMOUS)
        reason = f'source: anonymous — "{name}"' + (f" ({why})" if why else "")
        found.append(Source(SourceKind.ANONYMOUS, reason, speaker, cue))
    return found


def _described(phrase: Span) -> tuple[str, str]:
    """Return who an anonymous source is, and the clause that says why it is unnamed.

    'A senior official, who spoke on condition of anonymity because ...' is 'A senior
    official'; the clause is the reason, not the name.
    """
    doc = phrase.doc
    end = phrase.end
    for tok in phrase:
        if tok.dep_ in ("relcl", "acl") and tok.pos_ in ("VERB", "AUX") and tok.i > phrase.start:
            end = min(end, tok.left_edge.i)
            break
    name = doc[phrase.start : end].text.strip().rstrip(",;:—–- ").strip()
    why = doc[end : phrase.end].text.strip().strip(",;:—–- ").strip()
    return (name, why) if name else (phrase.text.strip(), "")


def subject_kind(subject: Token, lex: ClaimsLexicon) -> SourceKind:
    """Classify the subject of a speech verb: named, a nameless group, or unnamed."""
    return group_kind(subject, lex)


def frame_subjects(sent: Span, lex: ClaimsLexicon) -> list[Token]:
    """Return the sources named by speech frames: "X said that ...", "according to X"."""
    subjects: list[Token] = []
    for tok in sent:
        if (
            tok.lower_ == "according"
            and tok.i + 1 < sent.end
            and sent.doc[tok.i + 1].lower_ == "to"
        ):
            subjects.extend(c for c in sent.doc[tok.i + 1].children if c.dep_ == "pobj")
        elif tok.lemma_ in lex.speech_verbs and tok.pos_ == "VERB":
            if any(c.dep_ == "neg" for c in tok.children):
                continue  # "did not say when": nothing is attributed
            # "X said that ..." or a trailing "..., The Post reports."
            trailing = tok.dep_ in ("parataxis", "ccomp") and tok.i > tok.head.i
            if trailing or any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
                subjects.extend(c for c in tok.children if c.dep_ == "nsubj")
    return subjects


def tail_subject(sent: Span, lex: ClaimsLexicon) -> Span | None:
    """Return X in a sentence ending ", X reports." (the parser often misses that frame)."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words) < 3 or words[-1].lemma_ not in lex.speech_verbs:
        return None
    verb = words[-1]
    start = verb.i
    while start > sent.start and sent.doc[start - 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ"):
        start -= 1
    if start == verb.i or start == sent.start or sent.doc[start - 1].text != ",":
        return None
    return sent.doc[start : verb.i]


def frame_source(sent: Span, lex: ClaimsLexicon) -> Source | None:
    """Return the source of a sentence framed by a speech verb ("A lawmaker revealed that")."""
    tail = tail_subject(sent, lex)
    named = [(tail.root, tail)] if tail is not None else []
    for subject in frame_subjects(sent, lex):
        named.append((subject, sent.doc[subject.left_edge.i : subject.right_edge.i + 1]))
    for subject, span in named:
        if subject.pos_ == "PRON":
            continue
        kind = subject_kind(subject, lex)
        if kind is SourceKind.NONE:
            continue
        phrase = span.text.strip()
        return from_speaker(Speaker(name=phrase, kind=kind), lex)
    return None


def pick(sources: list[Source]) -> Source | None:
    """Return the least checkable of the sources found (anonymous beats named).

    On a tie a lexicon phrase wins over a bare speaker: "reports suggest" reads
    better than the speaker "reports", and it names the cue words.
    """
    return min(sources, key=lambda s: (RANK[s.kind], s.cue is None), default=None)
