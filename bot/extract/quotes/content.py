"""What a verb of saying reports: its clause, trimmed of the asides after it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from bot.extract.speech_lexicon import SpeechLexicon

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


CLAUSE_TAIL_DEPS = {"relcl", "advcl", "acl"}
# A noun aside ends the content only when it hangs on the clause itself ('..., a move
# that ...'); on a noun it names or describes that noun ('his counterpart, Vladimir
# Putin') and inside a word it is no aside at all ('nuclear-powered').
NOUN_TAIL_DEPS = {"appos", "npadvmod"}


def _aside(tok: Token) -> bool:
    """Say whether a comma-led subtree is an aside after the reported words, not part of them."""
    if tok.dep_ in CLAUSE_TAIL_DEPS:
        return not _list_item(tok)
    if tok.dep_ in NOUN_TAIL_DEPS:
        head = tok.head
        return head.pos_ in ("VERB", "AUX") and head.dep_ not in ("amod", "compound")
    return False


def _list_item(tok: Token) -> bool:
    """Say whether a token sits in an item of a list ('satellites, nuclear-powered submarines')."""
    for anc in tok.ancestors:
        if anc.dep_ == "conj" and anc.head.pos_ in ("NOUN", "PROPN"):
            return True
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ not in ("amod", "compound"):
            return False
    return False


def trim_tail(span: Span, lex: SpeechLexicon) -> Span:
    """Cut what follows the reported words: ', which ...', ', a former ...', 'and warned ...'."""
    doc = span.doc
    end = span.end
    root = span.root.i
    for tok in span:
        # Only asides in the predicate: 'North Korea's leader, Kim Jong-un, will ...' stays whole.
        if tok.left_edge.i <= span.start or tok.head.i < root or tok.i < root:
            continue
        comma = doc[tok.left_edge.i - 1]
        if _aside(tok) and comma.text in (",", "—", "--", "–") and tok.left_edge.i - 1 > span.start:
            end = min(end, tok.left_edge.i - 1)
        elif tok.dep_ == "conj" and (
            tok.lemma_.lower() in (lex.speech_verbs | lex.object_verbs) or that_clause(tok)
        ):
            cc = [c.i for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i]
            end = min(end, max(cc) if cc else tok.left_edge.i)  # a second statement of its own
    return doc[span.start : end]


def content_of(verb: Token) -> Span | None:
    """Return the words a verb of saying reports: its clause, or the clause it hangs on."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ in CLAUSE_DEPS and child.i > verb.i:
            return doc[child.left_edge.i : child.right_edge.i + 1]
    if verb.lemma_.lower() in INFINITIVE_VERBS:
        for child in verb.children:
            if child.dep_ == "xcomp" and child.i > verb.i:
                return doc[child.left_edge.i : child.right_edge.i + 1]
    head = verb.head
    if (
        (verb.dep_ in ("parataxis", "ccomp", "advcl") or _comma_conj(verb))
        and head.i < verb.i
        and head.pos_ in ("VERB", "AUX")
    ):
        # '..., The New York Post reports.': the reported clause is the one the verb hangs on.
        return doc[head.left_edge.i : verb.left_edge.i]
    if verb.dep_ in ("parataxis", "ccomp") and head.i > verb.i and _set_off(verb):
        # 'Acts of protest, Mr. Obama said, are acts of patriotism': the clause around the aside.
        return doc[head.left_edge.i : head.right_edge.i + 1]
    for child in verb.children:
        if child.dep_ in CLAUSE_DEPS and child.i < verb.i:
            return doc[child.left_edge.i : child.right_edge.i + 1]
    return None


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
    first, last = verb.left_edge.i, verb.right_edge.i
    opened = doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")
    closed = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
    return opened and closed


def that_clause(verb: Token) -> bool:
    """Say whether a verb heads a clause of its own opened by 'that'."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
