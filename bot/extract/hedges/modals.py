"""Context checks for modals and futures: "may" vs "May", "could" of possibility vs ability.

Same contract as bot/extract/hedges/rules.py: take the token, the lexicon and
the entry's category; return the category to record, or None.
"""

from __future__ import annotations

from spacy.tokens import Token

from bot.extract.entities.agents import can_speak
from bot.extract.hedges.lexicon import HedgeLexicon
from bot.extract.sentences import inside_quote
from bot.extract.speech_lexicon import load_lexicon as load_speech


def has_perfect(verb: Token) -> bool:
    """Return True when the verb has a perfect "have" auxiliary ("could have gone")."""
    return any(child.dep_ == "aux" and child.lemma_ == "have" for child in verb.children)


def sentence_has(tok: Token, words: frozenset[str]) -> bool:
    """Return True when the token's sentence contains one of the lowercase words."""
    return any(other.lower_ in words for other in tok.sent)


def past_narrative(tok: Token) -> bool:
    """Return True when the sentence tells the past (a past-tense verb besides the token).

    Only verbs on the token's side of a quote mark count: in '"the authority could demand
    a sale," he said' the attribution's "said" tells nothing of the quoted words.
    """
    side = inside_quote(tok)
    return any(
        other.tag_ == "VBD" and other.i != tok.i and inside_quote(other) == side for other in tok.sent
    )


def modal(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep the modal verb, not the month "May" or the noun "might"."""
    if tok.tag_ != "MD" or tok.ent_type_ == "DATE":
        return None
    if tok.text[:1].isupper() and tok.i != tok.sent.start:
        return None
    return category


def permission(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep epistemic "may", not permission ("visitors may enter", "you may check")."""
    if modal(tok, lex, category) is None:
        return None
    verb = tok.head
    passive = any(child.dep_ == "auxpass" for child in verb.children)
    if verb.lemma_ == "be" or has_perfect(verb) or passive:
        return category  # "visitors may be disappointed" is a guess, not a permission
    if verb.lemma_.lower() in lex.experience_verbs:
        return category  # "drivers may face shortages": nobody is allowed to face them
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(s.lemma_.lower() in lex.permission_subjects for s in subjects):
        return None
    return category


def possibility(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep "could" of possibility ("could be", "could have"), not past ability."""
    if modal(tok, lex, category) is None:
        return None
    verb = tok.head
    if sentence_has(tok, lex.condition_words):
        return "conditional"
    if verb.lemma_ == "be" or has_perfect(verb):
        return category
    negated = any(child.dep_ == "neg" for child in verb.children)
    if verb.dep_ == "ccomp" and not negated:
        return category  # reported possibility: "officials said the move could backfire"
    # Outside a past narrative "could" is possibility; inside one it is ability.
    return category if not negated and not past_narrative(tok) else None


def counterfactual(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep "would" under a condition or counterfactual, not future-in-the-past."""
    if modal(tok, lex, category) is None:
        return None
    if sentence_has(tok, lex.condition_words):
        return category
    # Future-in-the-past ("he would later become") needs a past narrative;
    # without one "would" is hypothetical ("this would involve a revision").
    if tok.head.dep_ == "ccomp":
        return "prediction"  # "the firm said it would cut jobs": a reported plan
    if past_narrative(tok):
        return None
    present = any(other.tag_ in ("VBZ", "VBP") for other in tok.sent)
    return category if tok.head.lemma_ == "be" or present else None


def inference(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep "must have been" (a guess), not "must" of obligation."""
    if modal(tok, lex, category) is None:
        return None
    return category if has_perfect(tok.head) else None


def expectation(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep "should"/"ought to" of expectation ("the repairs should be done by May"), not duty."""
    if modal(tok, lex, category) is None:
        return None
    if tok.i == tok.sent.start or sentence_has(tok, lex.condition_words):
        return None  # "Should the talks fail, ..." is a condition, counted by "if"-like words
    # "ought" heads its clause and hangs the verb under it; "should" hangs under the verb.
    verb = (
        tok.head
        if tok.dep_ == "aux"
        else next((c for c in tok.children if c.dep_ == "xcomp"), None)
    )
    if verb is None or any(c.dep_ == "neg" for c in (*verb.children, *tok.children)):
        return None
    subjects = [c for c in (*verb.children, *tok.children) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(can_speak(s, load_speech()) for s in subjects):
        return None  # "the council should resign", "we ought to act": a duty, not a forecast
    # A thing's "should" by a date is a forecast ("the bridge should reopen in May"); without
    # one it is mostly a norm ("the method should be described"), measured on Szeged wiki.
    timed = any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree if t.i > tok.i)
    return category if timed else None


def future(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep "will"/"shall" as a future auxiliary, not the noun "will"."""
    return category if tok.tag_ == "MD" else None


def going_to(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep "going to" + verb ("is going to win"), not "going to the market"."""
    doc = tok.doc
    if tok.tag_ != "VBG" or tok.i + 2 >= len(doc):
        return None
    return category if doc[tok.i + 1].lower_ == "to" and doc[tok.i + 2].tag_ == "VB" else None


def to_verb(tok: Token, lex: HedgeLexicon, category: str) -> str | None:
    """Keep "set/due/poised to" + a verb ("is due to arrive"), not "due to the rain"."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    return category if doc[tok.i + 2].tag_ == "VB" else None
