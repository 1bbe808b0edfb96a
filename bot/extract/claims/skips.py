"""Which sentences are not statements (headlines, questions, boilerplate, fragments), and their edges."""

from __future__ import annotations

from spacy.tokens import Span

from bot.extract.claims.lexicon import ClaimsLexicon
from bot.extract.claims.spoken import word_count

TERMINAL = frozenset(".!?")
CLOSERS = "\"'”’»)]"


def is_question(text: str) -> bool:
    """Return True when the text ends with a question mark (before closing quotes)."""
    return text.rstrip().rstrip(CLOSERS).endswith("?")


def is_headline(sent: Span, text: str) -> bool:
    """Return True for a line of its own without a full stop (a headline or label)."""
    before = text[: sent.start_char].rstrip(" \t")
    after = text[sent.end_char :].lstrip(" \t")
    whole_line = (not before or before.endswith("\n")) and (not after or after.startswith("\n"))
    return whole_line and sent.text.rstrip().rstrip(CLOSERS)[-1:] not in TERMINAL


def is_boilerplate(text: str, lex: ClaimsLexicon) -> bool:
    """Return True for navigation, licence and plug lines ("Read the rest here.")."""
    lowered = text.strip().lower()
    if any(lowered.startswith(phrase) for phrase in lex.boilerplate):
        return True
    return lowered.startswith("follow") and any(plug in lowered for plug in lex.plugs)


def is_wh_question(sent: Span, lex: ClaimsLexicon) -> bool:
    """Return True for "(So) why would he ..." : a wh-word, then an inverted auxiliary."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    while words and words[0].lower_ in lex.openers:
        words = words[1:]
    if len(words) < 2 or words[0].lower_ not in lex.wh_words:
        return False
    return words[1].tag_ == "MD" or words[1].lemma_ in ("be", "do", "have")


def skip_reason(sent: Span, lex: ClaimsLexicon, text: str) -> str | None:
    """Say why a sentence is not a claim, or return None when it is one."""
    words = text[sent.start_char : sent.end_char]
    if is_boilerplate(words, lex):
        return "boilerplate"
    if is_question(words) or is_wh_question(sent, lex):
        return "question"
    if is_headline(sent, text):
        return "headline"
    if word_count(words) < lex.min_words:
        return "fragment"
    if not any(tok.pos_ in ("VERB", "AUX") for tok in sent):
        return "no verb"
    return None


def trimmed(sent: Span) -> tuple[int, int]:
    """Return the sentence's character span without leading punctuation ("( – ") or spaces."""
    doc = sent.doc
    start, end = sent.start, sent.end
    while end > start + 1 and doc[end - 1].is_space:
        end -= 1
    while start < end - 1 and (doc[start].is_space or doc[start].is_punct):
        if doc[start].text in "“\"‘'":
            break  # an opening quote mark belongs to the statement
        start += 1
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)
