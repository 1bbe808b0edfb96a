"""Which words after the reported ones are the writer's asides, and which go on with them."""

from __future__ import annotations

from spacy.tokens import Span, Token

from bot.extract.speech_lexicon import SpeechLexicon

CLAUSE_TAIL_DEPS = {"relcl", "advcl", "acl"}
# A noun aside ends the content only when it hangs on the clause itself ('..., a move
# that ...'); on a noun it names or describes that noun ('his counterpart, Vladimir
# Putin') and inside a word it is no aside at all ('nuclear-powered').
NOUN_TAIL_DEPS = {"appos", "npadvmod"}


# A clause opened by one of these goes on with what was said ('..., until it went
# bankrupt', '..., because ...'); a participle (', contradicting ...') or a contrast
# (', although critics ...') is more often the writer's own aside.
REPORTED_MARKS = {"because", "since", "until", "unless", "if", "whether", "while", "so"}


DASHES = ("—", "--", "–")
ASIDE_MARKS = (",", *DASHES)


def aside(tok: Token) -> bool:
    """Say whether a comma-led subtree is an aside after the reported words, not part of them."""
    if tok.dep_ in CLAUSE_TAIL_DEPS:
        return not _list_item(tok)
    if tok.dep_ in NOUN_TAIL_DEPS:
        head = tok.head
        return head.pos_ in ("VERB", "AUX") and head.dep_ not in ("amod", "compound")
    return False


def description(tok: Token, span: Span) -> bool:
    """Say whether the reported words end on the writer's description of a name in them.

    '... did not support Mr. Ward, the presumed favourite' and '... with NATO, the
    alliance that ...' describe a name in the writer's words; a name ('his counterpart,
    Vladimir Putin'), an item of a list ('the singer Ann Lee, the painter Bo Kim and
    ...') and what a common noun is ('for fairness, the closure of ...') belong to what
    was said.
    """
    if tok.dep_ not in ("appos", "dep") or tok.pos_ not in ("NOUN", "ADJ"):
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
    dashed = tok.doc[tok.left_edge.i - 1].text in DASHES
    # '..., the presumed favourite' on a name; '... as a fantasy — a verdict that ...'
    named = tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and bool(dets & {"a", "an", "the"})
    if not named and not (dashed and dets & {"a", "an"}):
        return False
    last = max(t.i for t in span if not t.is_punct)
    listed = any(c.dep_ in ("cc", "conj") for c in (*tok.children, *tok.head.children))
    return tok.right_edge.i >= last and not listed


def occasion(tok: Token, span: Span) -> bool:
    """Say whether a phrase after the words a verb like 'blasted' takes tells when or where
    they were said ('... as a disgrace Wednesday', '... during a stop in Dover').

    Only on the object itself: deeper in it ('the shooting of a man during a clash') the
    phrase belongs to what the object names.
    """
    when = tok.dep_ == "npadvmod" and tok.ent_type_ in ("DATE", "TIME")
    if not when and not (tok.dep_ == "prep" and tok.lower_ == "during"):
        return False
    head = tok.head
    if head.dep_ == "pobj":
        head = head.head  # '... as a disgrace Wednesday'
    return not span.start <= head.head.i < span.end


def _reported_clause(tok: Token, clausal: bool, lex: SpeechLexicon) -> bool:
    """Say whether a clause after a comma goes on with the reported words, not an aside.

    '..., because ...' and '..., until ...' do; so does a relative clause on a thing in a
    reported clause ('media interviews, which she was doing when ...'). A relative clause
    on a person (', who has never ...') or on the noun a verb like 'praised' takes
    describes it in the writer's words; one with a verb of saying in it ('which he said
    were ...') is another attribution.
    """
    if tok.dep_ not in ("relcl", "advcl"):
        return False
    lemma = tok.lemma_.lower()
    if (
        lemma in lex.speech_verbs
        or lemma in lex.evidence_participles
        or any(_speaks(t, lex) for t in tok.subtree)
    ):
        return False  # ', citing ...', ', though she noted ...': a statement of its own
    if tok.dep_ == "relcl":
        return (
            clausal
            and tok.head.pos_ == "NOUN"
            and not any(t.lower_ in ("who", "whom") for t in tok.children)
        )
    # '..., because ...'; '... a task force, which ..., to crack down on ...': a purpose
    marks = {c.lower_ for c in tok.children if c.dep_ in ("mark", "aux")}
    return bool(marks & REPORTED_MARKS) or "to" in marks


def _speaks(tok: Token, lex: SpeechLexicon) -> bool:
    """Say whether a token is a verb of saying with a subject of its own ('she noted')."""
    return (
        tok.pos_ == "VERB"
        and tok.lemma_.lower() in lex.speech_verbs
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _list_item(tok: Token) -> bool:
    """Say whether a token sits in an item of a list ('satellites, nuclear-powered submarines')."""
    for anc in tok.ancestors:
        if anc.dep_ == "conj" and anc.head.pos_ in ("NOUN", "PROPN"):
            return True
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ not in ("amod", "compound"):
            return False
    return False


def kept_clauses(span: Span, lex: SpeechLexicon) -> set[int]:
    """Return the tokens of the comma-led clauses that go on with the reported words."""
    clausal = span.root.pos_ in ("VERB", "AUX")
    kept: set[int] = set()
    for tok in span:
        left = tok.left_edge.i
        if (
            left > span.start
            and tok.i not in kept
            and tok.doc[left - 1].text in ASIDE_MARKS
            and _reported_clause(tok, clausal, lex)
        ):
            kept.update(t.i for t in tok.subtree)
    return kept


def second_statement(verb: Token, lex: SpeechLexicon) -> bool:
    """Say whether a coordinated verb is a statement of its own, not more of the reported words.

    'and warned that ...' shares the source's subject: a second statement. A clause with a
    subject of its own ('but she knows ...', 'and the bridge was closed') goes on with what
    was said, unless its subject speaks in turn ('and the mayor added that ...').
    """
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    speech = lemma in lex.speech_verbs or lemma in lex.object_verbs
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return speech or lemma in lex.refusal_verbs  # '..., but he refuses to discuss ...'
    return speech or that_clause(verb)


def that_clause(verb: Token) -> bool:
    """Say whether a verb heads a clause of its own opened by 'that'."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
