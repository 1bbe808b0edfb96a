"""What a verb of saying reports: its clause, trimmed of the asides after it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from bot.extract.quotes.asides import (
    ASIDE_MARKS,
    REPORTED_MARKS,
    aside,
    description,
    kept_clauses,
    occasion,
    second_statement,
    that_clause,
)
from bot.extract.speech_lexicon import SpeechLexicon, load_lexicon

CLAUSE_DEPS = ("ccomp",)
INFINITIVE_VERBS = {
    "urge",
    "ask",
    "call",
    "warn",
    "tell",
    "promise",
    "vow",
    "pledge",
    "demand",
    "plead",
}


def chars(tokens: Span) -> tuple[int, int] | None:
    """Return the character range of tokens without edge punctuation and spaces."""
    toks = [t for t in tokens if not (t.is_punct and t.text not in "“”\"'‘’") and not t.is_space]
    while toks and toks[0].is_punct:
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].text not in "”\"'’":
        toks = toks[:-1]
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def trim_tail(span: Span, lex: SpeechLexicon) -> Span:
    """Cut what follows the reported words: ', which ...', ', a former ...', 'and warned ...'."""
    doc = span.doc
    end = span.end
    root = span.root.i
    kept = kept_clauses(span, lex)
    clausal = span.root.pos_ in ("VERB", "AUX")
    for tok in span:
        # Only asides in the predicate: 'North Korea's leader, Kim Jong-un, will ...' stays whole.
        before_root = span.start <= tok.head.i < root or tok.right_edge.i < root
        if tok.left_edge.i <= span.start or before_root or tok.i in kept:
            continue
        if not clausal and occasion(tok, span):
            end = min(end, tok.left_edge.i)
            continue
        k = tok.left_edge.i - 1
        while k > span.start and doc[k].text in ('"', "”", "''", "’"):
            k -= 1  # '..., "reckless," which ...': the comma inside the closing mark
        comma = doc[k]
        writers = aside(tok) or description(tok, span)
        if writers and comma.text in ASIDE_MARKS and k > span.start:
            end = min(end, tok.left_edge.i - 1)
        elif (tok.dep_ == "conj" or _beside(tok, span)) and (
            second_statement(tok, lex) or (tok.head.i == root and that_clause(tok))
        ):
            # 'and warned that ...', 'said that A and that B': a statement of its own.
            end = min(end, _before_conjunction(doc, tok.left_edge.i, span.start))
    return doc[span.start : _without_dangling_conjunction(doc, end, span.start)]


def _before_conjunction(doc: Doc, i: int, start: int) -> int:
    """Step back from a clause over the 'and' / ', but' that joins it, not past start."""
    while i - 1 > start and (doc[i - 1].dep_ == "cc" or doc[i - 1].is_punct):
        i -= 1
    return i


def _without_dangling_conjunction(doc: Doc, end: int, start: int) -> int:
    """Drop a last 'but' whose clause the parse lost ('... should be released but')."""
    i = end
    while i - 1 > start and doc[i - 1].is_punct:
        i -= 1
    return _before_conjunction(doc, i, start) if doc[i - 1].dep_ == "cc" else end


def _beside(tok: Token, span: Span) -> bool:
    """Say whether a clause in a span hangs on a word outside it: the verb of saying."""
    return (
        tok.dep_ in ("conj", "ccomp", "parataxis", "advcl")
        and tok.i != span.root.i
        and not span.start <= tok.head.i < span.end
    )


def content_of(verb: Token) -> Span | None:
    """Return the words a verb of saying reports: its clause, or the clause it hangs on."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ in CLAUSE_DEPS and child.i > verb.i:
            # 'said the fund lost money, because ...': the parse may hang the rest on the verb.
            return doc[child.left_edge.i : _goes_on_after(verb, child)]
    if verb.lemma_.lower() in INFINITIVE_VERBS:
        for child in verb.children:
            if child.dep_ == "xcomp" and child.i > verb.i:
                # 'urged residents to report ...': who was urged is part of what was urged.
                asked = [c.left_edge.i for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
                return doc[min([child.left_edge.i, *asked]) : _goes_on_after(verb, child)]
    head = verb.head
    if (
        (verb.dep_ in ("parataxis", "ccomp", "advcl") or _comma_conj(verb))
        and head.i < verb.i
        and head.pos_ in ("VERB", "AUX")
        and not _reported_by(verb, head)
    ):
        # '..., The New York Post reports.': the reported clause is the one the verb hangs on;
        # '..., Ms. Reyes said, because ...': with what goes on after the cue.
        main = head.head
        if head.dep_ == "advcl" and main.i > verb.i and _set_off(verb):
            # 'Though the move was smooth, he said, a second one would not be': the whole.
            return doc[main.left_edge.i : main.right_edge.i + 1]
        resumed = _resumed(head, verb) if _set_off(verb) else None
        return doc[head.left_edge.i : resumed or verb.left_edge.i]
    if verb.dep_ in ("parataxis", "ccomp") and head.i > verb.i and _set_off(verb):
        # 'Acts of protest, Mr. Obama said, are acts of patriotism': the clause around the aside.
        return doc[head.left_edge.i : head.right_edge.i + 1]
    for child in verb.children:
        if child.dep_ in CLAUSE_DEPS and child.i < verb.i:
            # 'Lenox was a giant, Mr. Clarke said, until it went bankrupt': both sides of the cue.
            return doc[child.left_edge.i : _resumed(verb, verb) or child.right_edge.i + 1]
    return None


RESUMING_DEPS = ("advcl", "conj", "ccomp")


def _resumed(host: Token, verb: Token) -> int | None:
    """Return where the reported clause ends when it goes on after a cue set off by a comma.

    In 'The fund lost money, Ms. Reyes said, because ...' and 'He has a plan, he said,
    for how ...' what follows the cue is part of what was said; ', adding that ...' is a
    statement of its own, and a cue with nothing after it ('..., she said.') leaves the
    clause where it was.
    """
    doc = verb.doc
    start = verb.i if host.i == verb.i else verb.right_edge.i
    deps = RESUMING_DEPS if host.i == verb.i else (*RESUMING_DEPS, "prep")
    rest = [c for c in host.children if c.i > start and c.dep_ in deps]
    if not rest or not _goes_on(rest[0]) or _narrated(verb, rest[0]):
        return None
    if not any(t.text == "," for t in doc[verb.i : rest[0].left_edge.i]):
        return None
    return rest[-1].right_edge.i + 1


def _goes_on_after(verb: Token, clause: Token) -> int:
    """Return where a reported clause ends, with the clauses after it that go on with it."""
    end = clause.right_edge.i + 1
    for child in verb.rights:
        if child.i < end:
            continue
        if child.dep_ == "punct" or child.dep_ == "cc":
            continue
        if _shares_to(clause, child):
            end = child.right_edge.i + 1  # 'promised to meet and in some cases exceed ...'
            continue
        if child.dep_ not in RESUMING_DEPS or not _goes_on(child) or _narrated(verb, child):
            break
        end = child.right_edge.i + 1
    return end


def _shares_to(clause: Token, verb: Token) -> bool:
    """Say whether a coordinated verb shares the 'to' of an infinitive: 'to meet and exceed'."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    bare = not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children)
    return infinitive and verb.dep_ == "conj" and verb.tag_ in ("VB", "VBP") and bare


PAST_MODALS = {"would", "could", "might", "should", "had", "was", "were", "did"}


def _narrated(verb: Token, clause: Token) -> bool:
    """Say whether a clause after 'X said ...' is the writer's present, not the reported past.

    After 'announced that it is lowering ...', '..., and the cut is casting a shadow' is
    the writer's own; reported words after a past verb of saying shift back ('would', 'was').
    """
    if verb.tag_ != "VBD" or clause.dep_ != "conj":
        return False
    auxes = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return not any(a in PAST_MODALS for a in auxes)
    return clause.tag_ in ("VBZ", "VBP")


def _goes_on(tok: Token) -> bool:
    """Say whether a clause after a cue continues the reported words ('until it went bankrupt')."""
    if tok.dep_ == "prep":
        return True
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in REPORTED_MARKS for c in tok.children)
    if tok.dep_ == "conj" and tok.tag_ == "VB" and not any(c.dep_ == "aux" for c in tok.children):
        return True  # 'said she wanted to speak to them and let them know ...': no 'let' of hers
    # A second complement of a verb of saying goes on with the first ('said A and would B').
    return tok.dep_ == "ccomp" or any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children
    )


def _reported_by(verb: Token, head: Token) -> bool:
    """Say whether a verb is itself what its head reports: 'said on Tuesday it had agreed to ...'.

    A closing attribution ('..., the Post reports') is set off by a comma or a dash; a
    clause that runs straight on from a verb of saying is that verb's content.
    """
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    set_off = before is not None and before.text in (*ASIDE_MARKS, ";", ":")
    return verb.dep_ == "ccomp" and not set_off and head.lemma_.lower() in load_lexicon().speech_verbs


def _comma_conj(verb: Token) -> bool:
    """Say whether a verb joins its head with only a comma: '..., the chief told the Herald'."""
    if verb.dep_ != "conj":
        return False
    cc = any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children)
    left = verb.left_edge.i
    doc = verb.doc
    return not cc and (doc[left].text == "," or (left > 0 and doc[left - 1].text == ","))


def _set_off(verb: Token) -> bool:
    """Say whether a verb's clause stands between commas: ', Mr. Obama said,'."""
    doc = verb.doc
    first, last = _cue_edges(verb)
    opened = doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")
    closed = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
    return opened and closed


def _cue_edges(verb: Token) -> tuple[int, int]:
    """Return the first and last token of a cue without the clauses the parse hangs on it."""
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "ccomp", "csubj", "conj")]
    inside = {t.i for c in clauses for t in c.subtree}
    own = [t.i for t in verb.subtree if t.i not in inside]
    return min(own), max(own)
