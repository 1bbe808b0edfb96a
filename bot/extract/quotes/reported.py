"""Reported speech: 'X said (that) ...', 'according to X, ...', '..., the Post reports.'

Also refusals ('declined to comment', 'did not say when ...'), recorded as
reported speech so the bot can say who declined, and nested sources ('Yonhap,
citing a lawmaker, said ...': the lawmaker is the source, via Yonhap).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from bot.extract.entities.agents import can_speak
from bot.extract.quotes.chains import (
    according,
    chain_link,
    cited_reason,
    citing,
    relative_cited,
)
from bot.extract.quotes.content import chars, content_of, that_clause, trim_tail
from bot.extract.quotes.frame import Found, Layout, cue_span, subject_of
from bot.extract.quotes.lines import find_line_attributions
from bot.extract.quotes.nouns import noun_statement
from bot.extract.speech_lexicon import LEXICON_DIR

# What a refusal was about: 'declined to comment on the lawsuit', 'did not say when ...'.
# Manner and time ('publicly', 'since her appointment') are not what was refused.
TOPIC_DEPS = ("ccomp", "dobj", "xcomp", "dative")
TOPIC_PREPS = ("on", "about", "regarding", "concerning", "over", "to", "whether")


def _refusal(layout: Layout, tok: Token) -> Found | None:
    """Return 'declined to comment' / 'did not say when ...' as a refusal by the subject."""
    lemma = tok.lemma_.lower()
    lex = layout.lex
    negated = any(c.dep_ == "neg" for c in tok.children)
    refuses = lemma in lex.refusal_verbs and any(c.dep_ == "xcomp" for c in tok.children)
    if not refuses and not (negated and lemma in lex.negated_refusals):
        return None
    head = subject_of(tok)
    if head is None:
        return None
    cue = cue_span(tok)
    said = tok
    if refuses:
        xcomp = next(c for c in tok.children if c.dep_ == "xcomp")
        if xcomp.lemma_.lower() in lex.negated_refusals or layout.is_speech_verb(xcomp):
            said = xcomp  # 'declined to comment': the cue is the whole refusal
            cue = tok.doc[cue.start : max(cue.end, xcomp.i + 1)]
    if said is not tok or negated:
        return _refusal_topic(layout, said, cue, head)
    # Stop before a coordinated clause: 'did not say when ..., but the visit is expected'.
    right = max(
        [tok.i] + [c.right_edge.i for c in tok.rights if c.dep_ not in ("cc", "conj", "punct")]
    )
    # The cue is kept apart: the text is what was refused ('to back the bill').
    span = chars(trim_tail(tok.doc[cue.end : right + 1], layout.lex)) if right >= cue.end else None
    if span is None:
        return None
    return Found(span[0], span[1], "indirect", head, cue, refusal=True)


def _refusal_topic(layout: Layout, said: Token, cue: Span, head: Token) -> Found:
    """Return a refusal to speak with what it was about as text, empty when nothing is named."""
    parts = [
        c
        for c in said.rights
        if c.i >= cue.end
        and (c.dep_ in TOPIC_DEPS or (c.dep_ in ("prep", "mark") and c.lower_ in TOPIC_PREPS))
    ]
    span = (
        chars(trim_tail(said.doc[parts[0].left_edge.i : max(p.right_edge.i for p in parts) + 1], layout.lex))
        if parts
        else None
    )
    if span is None:
        end = cue.end_char  # 'declined to comment': a refusal with no topic
        return Found(end, end, "indirect", head, cue, refusal=True)
    return Found(span[0], span[1], "indirect", head, cue, refusal=True)


def find_reported(layout: Layout, direct: list[Found]) -> list[Found]:
    """Return reported-speech attributions that no direct quote already covers."""
    used_cues: dict[int, list[Found]] = {}
    for f in direct:
        if f.cue is not None:
            used_cues.setdefault(f.cue.root.i, []).append(f)
    direct_spans = [(f.start, f.end) for f in direct]
    out: list[Found] = []
    for tok in layout.doc:
        if layout.quoted[tok.i] or (
            tok.i in used_cues and any(q.start < tok.idx for q in used_cues[tok.i])
        ):
            continue  # a verb that closes a direct quote: '“...,” she said'
        found: Found | None = None
        if tok.lower_ == "according":
            found = according(layout, tok)
        elif tok.lower_ == "citing":
            found = cited_reason(layout, tok)
        elif tok.pos_ == "NOUN":
            found = noun_statement(layout, tok)
        elif tok.pos_ in ("VERB", "AUX") and tok.dep_ == "conj" and tok.head.i < tok.i:
            # The clause's own modal ('would not be called off') is what was said, not a condition.
            found = _second_clause(layout, tok)
        if found is None and (
            tok.pos_ in ("VERB", "AUX")
            and not _hypothetical(tok)
            and not chain_link(tok, layout.lex)
        ):
            found = _refusal(layout, tok)
            if found is None and layout.is_speech_verb(tok):
                found = _said(layout, tok)
            if found is None and layout.is_object_cue(tok):
                found = _object(layout, tok)
        if found is None or _covered(found, direct_spans) or _thing_speaks(layout, tok, found):
            continue
        if tok.i in used_cues and not _fragments_of(found, used_cues[tok.i]):
            continue  # the verb introduces a direct quote, not reported words
        _close_marks(layout, found)
        out.append(found)
    spans = direct_spans + [(f.start, f.end) for f in out]
    out.extend(f for f in find_line_attributions(layout) if not _covered(f, spans))
    return out


NP_POS = {"DET", "PROPN", "NOUN", "ADJ", "NUM", "PART", "PRON"}


def _fragments_of(found: Found, quotes: list[Found]) -> bool:
    """Say whether the direct quotes a verb introduces are only phrases inside the clause it
    reports ('is telling a group that the army is “depleted”'): the clause is mixed speech."""
    return all(found.start <= q.start and q.end <= found.end for q in quotes)


def _tail_np(layout: Layout, verb: Token) -> tuple[Token, int] | None:
    """Return (source head, comma) of a closing ', the Post reports.' that the parser may misread."""
    doc = verb.doc
    sent = layout.sentences[layout.sent_of[verb.i]]
    rest = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct]
    if len(rest) > 4 or any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and verb.i < c.i < sent.end for c in verb.children):
        return None  # 'Clinton mentioned the remarks': the verb's own object follows it
    k = verb.i - 1
    while k > sent.start and doc[k].pos_ in NP_POS and not doc[k].is_punct and verb.i - k <= 6:
        k -= 1
    if k <= sent.start or doc[k].text != "," or k == verb.i - 1:
        return None
    head = doc[verb.i - 1]
    return (head, k) if head.pos_ in ("NOUN", "PROPN", "PRON") else None


def _said(layout: Layout, verb: Token) -> Found | None:
    doc = verb.doc
    sent = layout.sentences[layout.sent_of[verb.i]]
    tail = _tail_np(layout, verb)
    content: Span | None
    if tail is not None:
        head, comma = tail
        content = doc[sent.start : comma]
    else:
        maybe = subject_of(verb)
        if maybe is None:
            return None
        head = maybe
        content = content_of(verb) or _loose_clause(verb) or _around_aside(verb)
    if content is None or layout.quoted[head.i]:
        return None
    # The parse may cross the repaired sentence breaks (a headline): keep to the sentence.
    content = doc[max(content.start, sent.start) : min(content.end, sent.end)]
    if not len(content):
        # The clause found lies in another sentence (a headline the parse ran into): the
        # verb's clause in its own sentence is what it reports.
        own = [c for c in verb.children if c.dep_ == "ccomp" and sent.start <= c.i < sent.end]
        if not own:
            return None
        content = doc[max(own[0].left_edge.i, sent.start) : min(own[0].right_edge.i + 1, sent.end)]
    content = trim_tail(content, layout.lex)
    if content.end <= verb.i and _bare_attribution(content, layout):
        return None  # 'She said' read as what someone agreed to: an attribution, not content
    if content.end <= verb.i and verb.dep_ == "advcl" and _own_complement(verb):
        return None  # '..., accusing her of lying': the verb's own object says what was said
    span = chars(content)
    if span is None or span[1] - span[0] < 8:
        return None
    if _manner(layout, layout.text[span[0] : span[1]]):
        return None  # 'asked not to be named': how the source talked, not what it said
    kind = (
        "mixed"
        if layout.inside_mark(span[0]) or layout.marks_in(span[0], span[1])
        else "indirect"
    )
    cited = citing(verb, layout.lex) or relative_cited(head, layout.lex)
    if cited is not None:
        return Found(span[0], span[1], kind, cited, cue_span(verb), via_head=head)
    return Found(span[0], span[1], kind, head, cue_span(verb))


def _own_complement(verb: Token) -> bool:
    """Say whether a verb has an object or clause of its own after it ('accusing her of ...')."""
    return any(
        c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "oprd")
        or (c.dep_ == "prep" and not _when(c))
        for c in verb.rights
    )


def _loose_clause(verb: Token) -> Span | None:
    """Return a reported clause the parse did not hang on the verb as its complement.

    'said after the vote he would not run' (read as an adverbial clause) and 'told a
    meeting of leaders that few people understood ...' (read as a relative clause on
    the hearers, its 'that' left as a subordinator).
    """
    for child in verb.rights:
        if child.dep_ == "advcl":
            clause = _adverbial_clause(child)
            if clause is not None:
                return clause
        if child.dep_ in ("dobj", "dative", "prep"):
            clause = _that_relative(child)
            if clause is not None:
                return clause
    return None


def _adverbial_clause(clause: Token) -> Span | None:
    """Return an adverbial clause with its own subject and no subordinator but 'that'."""
    doc = clause.doc
    marks = [c for c in clause.children if c.dep_ == "mark"]
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(m.lower_ != "that" for m in marks):
        return None
    first = marks[0] if marks else subject.left_edge
    # '... that Machado was "a con" and encouraged Americans to ...': the second verb has no
    # subject of its own and is the speaker's next act, not what was said.
    acts = [
        c.left_edge.i
        for c in clause.rights
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    cc = [c.i for c in clause.children if c.dep_ == "cc" and acts and c.i < min(acts)]
    end = max(cc) if cc else min(acts, default=clause.right_edge.i + 1)
    return doc[min(first.i, subject.left_edge.i) : end]


def _that_relative(child: Token) -> Span | None:
    """Return 'that few people understood ...' read as a relative clause under the hearers
    ('told a meeting of leaders that ...') or a time ('reported at the time that ...')."""
    for tok in child.subtree:
        that = next((c for c in tok.children if c.lower_ == "that" and c.i < tok.i), None)
        if (
            tok.dep_ == "relcl"
            and that is not None
            and that.dep_ in ("mark", "dep", "advmod")
            and any(c.dep_ == "nsubj" for c in tok.children)
        ):
            return tok.doc[that.i : tok.right_edge.i + 1]
    return None


def _around_aside(verb: Token) -> Span | None:
    """Return the sentence around ', he told me on Friday,' when the parse hangs the aside
    on a noun ('The difference now, he told me, is that ...')."""
    head = verb.head
    doc = verb.doc
    first, last = verb.left_edge.i, verb.right_edge.i
    opened = doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")
    closed = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
    if verb.dep_ != "parataxis" or head.pos_ not in ("NOUN", "PROPN") or not (opened and closed):
        return None
    root = head
    while root.dep_ != "ROOT" and root.head.i != root.i:
        root = root.head
    if root.pos_ not in ("VERB", "AUX") or root.i < verb.i:
        return None
    return doc[root.left_edge.i : root.right_edge.i + 1]


FUTURE_MODALS = ("will", "would", "shall", "could", "might", "may", "'ll")


def _second_clause(layout: Layout, verb: Token) -> Found | None:
    """Return the second 'that' clause of one verb of saying: 'told X that A, but that B'."""
    said = verb.head
    if said.dep_ == "ccomp" and not layout.is_speech_verb(said):
        said = said.head  # the parse may hang 'but that B' on A's verb
    if (
        verb.dep_ != "conj"
        or not that_clause(verb)
        or not layout.is_speech_verb(said)
        or not any(c.dep_ == "ccomp" for c in said.children)
    ):
        return None
    head = subject_of(said)
    mark = next(c for c in verb.children if c.dep_ == "mark")
    span = chars(verb.doc[mark.i : verb.right_edge.i + 1])
    if head is None or span is None:
        return None
    return Found(span[0], span[1], "indirect", head, cue_span(said))


def _hypothetical(verb: Token) -> bool:
    """Say whether a verb sits in a condition or the future ('if the council agrees', 'his
    party would demand a hearing'): nothing was said yet."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    return any(
        (c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"))
        # 'could not answer the questions' is a past refusal, not a future statement
        or (c.dep_ == "aux" and c.lower_ in FUTURE_MODALS and not (negated and c.lower_ == "could"))
        for c in verb.children
    )


def _when(prep: Token) -> bool:
    """Say whether a prepositional phrase is a time ('on Monday'), not content."""
    return any(c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _object(layout: Layout, verb: Token) -> Found | None:
    """Return 'X called the deal "a betrayal"' / 'X called for a recount' with the object as content."""
    if verb.tag_ == "VBG" and verb.head.i != verb.i and layout.is_speech_verb(verb.head):
        return None  # 'Yonhap, citing a lawmaker, said': a sourcing chain, not a statement
    head = subject_of(verb)
    if head is None or layout.quoted[head.i]:
        return None
    doc = verb.doc
    lemma = verb.lemma_.lower()
    takes_object = lemma in layout.lex.object_verbs
    preps = layout.lex.prep_objects.get(lemma, frozenset())
    if takes_object:
        preps = preps | layout.lex.object_preps
    parts = [
        c
        for c in verb.rights
        if (takes_object and c.dep_ in ("dobj", "oprd", "xcomp", "ccomp"))
        or (c.dep_ == "prep" and c.lower_ in preps and not _when(c))
    ]
    own = layout.lex.prep_objects.get(lemma, frozenset())
    if not parts or (lemma in layout.lex.paired_objects and not _second_part(verb, own)):
        return None
    if lemma in layout.lex.paired_objects:
        parts = _charge(verb, own) or parts
    if verb.tag_ == "VBG" and lemma in layout.lex.evidence_participles:
        return None  # '..., pointing to a poll': what backs a statement, not a statement
    end = _split_clause_end(verb, max(p.right_edge.i for p in parts) + 1)
    span = chars(trim_tail(doc[parts[0].left_edge.i : end], layout.lex))
    if span is None or span[1] - span[0] < 4:
        return None
    if _manner(layout, layout.text[span[0] : span[1]]):
        return None  # 'spoke on condition of anonymity' is how a source talked, not what it said
    kind = "mixed" if layout.marks_in(span[0], span[1]) else "indirect"
    if lemma in _stances() and kind == "indirect" and _bare_np(doc, span):
        return None  # 'rejected that account': a stance on words, not words of its own
    return Found(span[0], span[1], kind, head, cue_span(verb))


def _charge(verb: Token, preps: frozenset[str]) -> list[Token] | None:
    """Return what 'accused the mayor of lying' charges: the 'of' phrase, not the one charged.

    What hangs on the one charged after the charge is part of it ('of being asleep when
    the calls came'); 'called him a charlatan for ...' names him and has no charge.
    """
    if any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in verb.children):
        return None
    found = [
        (c, holder)
        for holder in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for c in holder.rights
        if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i and not _when(c)
    ]
    if not found:
        return None
    prep, holder = found[0]
    later = [c for c in verb.rights if c.dep_ == "advcl"]
    if holder is not verb:
        later += list(holder.rights)
    return [prep] + [c for c in later if c.i > prep.i]


def _split_clause_end(verb: Token, end: int) -> int:
    """Return where an object ends when the parse split its relative clause off as a
    sentence of its own ('mentioned remarks [Trump had made about her]')."""
    doc = verb.doc
    if end >= len(doc) or doc[end - 1].is_punct or doc[end - 1].is_space:
        return end  # a real sentence break
    root = doc[end]
    while root.head.i != root.i:
        root = root.head
    if root.i != verb.sent.root.i and root.left_edge.i == end and root.pos_ in ("VERB", "AUX"):
        return root.right_edge.i + 1
    return end


def _second_part(verb: Token, preps: frozenset[str]) -> bool:
    """Say whether a verb has what was said besides its object: 'called it "reckless"',
    'accused the mayor of lying', 'called for a recount' (not 'called a meeting')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in verb.children) or any(
        # The parse may hang the name on the object: 'called the response "a disgrace"'.
        (c.dep_ == "prep" and c.lower_ in preps and not _when(c))
        or (c.dep_ == "appos" and holder is not verb)
        for holder in [verb, *objects]
        for c in holder.children
        if c.i > verb.i
    )


@lru_cache(maxsize=1)
def _stances() -> frozenset[str]:
    """Read the stance verbs of speech_verbs.toml ('reject', 'deny', ...)."""
    with (LEXICON_DIR / "speech_verbs.toml").open("rb") as fh:
        return frozenset(str(w).lower() for w in tomllib.load(fh)["objects"]["stances"])


def _bare_np(doc: Doc, span: tuple[int, int]) -> bool:
    """Say whether content is a noun phrase with no clause in it ('that account')."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    return words is not None and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _thing_speaks(layout: Layout, verb: Token, found: Found) -> bool:
    """Say whether a thing is the subject of a speech-like verb ('the detour added an hour').

    Inside what someone else reported, such a verb ('added an hour', 'showed how ...')
    is about the thing, not a statement by it.
    """
    head = found.head
    if found.refusal or head is None or head.head.i != verb.i or can_speak(head, layout.lex):
        return False
    if head.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        return False  # 'the government, which has denied ...': the noun it stands for speaks
    # Inside someone's reported words ('X said the closure showed how ...') the thing is
    # what X talks about; a document or an ad outside them speaks for itself.
    return any(layout.is_speech_verb(anc) for anc in verb.ancestors)


def _bare_attribution(content: Span, layout: Layout) -> bool:
    """Say whether content before a verb is only 'X said' / 'X is saying': another attribution."""
    root = content.root
    if len(content) > 8 or root.pos_ not in ("VERB", "AUX") or not layout.is_speech_verb(root):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is not None and not can_speak(subject, layout.lex):
        return False  # 'Those talks are continuing, he said': a thing goes on, nobody speaks
    return not any(
        c.dep_ in ("ccomp", "xcomp", "dobj", "prep") and content.start <= c.i < content.end
        for c in root.children
    )


def _close_marks(layout: Layout, found: Found) -> None:
    """Keep quote marks in pairs: take in the whole quoted phrase the span cuts into.

    'called it "reckless"' may come out as 'it "reckless' when the parse leaves the
    closing mark outside; within the sentence the mark's other half is taken in.
    """
    sents = layout.sentences_over(found.start, found.end)
    if not sents:
        return
    lo, hi = sents[0].start_char, sents[-1].end_char
    for m in layout.marked:
        if found.start <= m.start < found.end < m.end <= hi:
            found.end = m.end
        elif lo <= m.start < found.start < m.end <= found.end:
            found.start = m.start


def _manner(layout: Layout, words: str) -> bool:
    """Say whether reported words only tell how the source talked ('on condition of anonymity')."""
    low = words.lower()
    return any(low.startswith(p) or low.startswith(f"to speak {p}") for p in layout.lex.manner) or (
        len(low.split()) <= 6 and any(p in low for p in layout.lex.manner)
    )


def _covered(found: Found, spans: list[tuple[int, int]]) -> bool:
    """Say whether most of a reported span is a direct quote already."""
    size = max(1, found.end - found.start)
    return any(min(found.end, e) - max(found.start, s) > 0.5 * size for s, e in spans)
