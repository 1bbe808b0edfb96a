"""Direct quotes: passages in quote marks and the source each is attributed to.

A passage counts as a quote of its own when it stands at a clause boundary
(start of a paragraph, after a colon, comma or dash); a passage inside a
running sentence ("called the deal “a betrayal”") is left to reported speech.
The source is the subject of the nearest verb of saying in the sentences the
quote touches ("she said", "said Transport Minister Ana Ruiz"), a name after a
dash, the speaker of a "X said:" lead-in, or else the previous quote's source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from bot.extract.quotes.frame import Found, Layout, cue_span, subject_of
from bot.extract.quotes.marks import Marked
from bot.extract.speech_lexicon import load_lexicon

STANDALONE_BEFORE = set(":,;—–―-([.?!…")
DASH_NAME = re.compile(r"\s*[―—–]+\s*|\s*--\s*")
ASIDE_OPEN = re.compile(r"\s*(?:[―—–]|--)\Z")
# A signature closing a paragraph: '” ― Ana Ruiz.' (a short name, nothing after it).
SIGNATURE = re.compile(r"[”\"]\s*(?:[―—–]+|--)\s*([A-Z][^\n“”\"]{0,50}?)\.?\s*$", re.MULTILINE)
INVERTED_DEPS = {"dobj", "attr", "dative", "oprd", "nsubj", "appos", "conj"}
MEMBER_PREPS = {"including", "like", "as"}  # 'critics, including X', 'such as X'
RELATIVES = {"who", "which", "that"}
# Words that open a clause of its own, whose verb speaks for no quote beside it.
WH_CLAUSE = {"where", "when", "while", "because", "after", "before", "if", "since", "until"}
ADDRESSEE_VERBS = {"tell", "inform", "brief", "assure", "ask", "remind", "warn", "urge"}


def is_standalone(layout: Layout, m: Marked, para_start: int) -> bool:
    """Say whether a quoted passage is a quote of its own rather than words inside a sentence."""
    text = layout.text
    before = text[para_start : m.start].rstrip()
    if not before or before[-1] in STANDALONE_BEFORE or before[-1] in "\"”'’":
        return True
    # 'Trump declared “I think NATO may be obsolete.”': a verb of saying right before the mark.
    end = para_start + len(before)
    prev = layout.doc.char_span(end - 1, end, alignment_mode="expand")
    return (
        prev is not None
        and len(prev) > 0
        and layout.is_speech_verb(prev[-1])
        and text[m.start + 1 : m.start + 2].isupper()
    )


def _inverted_subject(verb: Token) -> Token | None:
    """Return the source after the verb in '..., said Transport Minister Ana Ruiz'."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i else None
    if before is None or not (before.is_punct or before.is_quote):
        return None  # inversion only right after the quote: '“...,” said X'
    addressee = verb.lemma_.lower() in ADDRESSEE_VERBS
    for child in verb.rights:
        if child.ent_type_ in ("DATE", "TIME") or child.like_num:
            continue  # 'said Monday'
        if addressee and child.dep_ in ("dobj", "dative"):
            continue  # 'told AFP': the one spoken to
        if child.dep_ in INVERTED_DEPS and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return child
    return None


def _according_object(tok: Token) -> Token | None:
    """Return X in 'according to X'."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def _after_quote_subject(layout: Layout, m: Marked, verb: Token) -> Token | None:
    """Return the name that opens the words after a quote when the parse lost the subject.

    '“Yes, I support Ted Cruz,” Brent Bozell III, founder of the Media Research Center, tells ...'
    """
    span = layout.doc.char_span(m.end - 1, m.end, alignment_mode="expand")
    if span is None or verb.idx < m.end:
        return None
    k = span.end
    while k < verb.i and layout.doc[k].is_punct:
        k += 1
    if k >= verb.i or layout.doc[k].pos_ not in ("PROPN", "PRON", "DET", "NOUN", "ADJ"):
        return None
    # The head of the name: the last token of its run of names and modifiers.
    while (
        k + 1 < verb.i
        and layout.doc[k + 1].pos_ in ("PROPN", "NOUN", "ADJ")
        and not layout.doc[k + 1].is_punct
    ):
        k += 1
    head = layout.doc[k]
    return head if head.pos_ in ("PROPN", "NOUN", "PRON") else None


def _named_before(verb: Token) -> Token | None:
    """Return the name a participle of saying follows: 'footage of Ana Ruiz asking, “...”'."""
    prev = verb.doc[verb.i - 1] if verb.i else None
    if (
        verb.tag_ == "VBG"
        and prev is not None
        and prev.pos_ == "PROPN"
        and prev.ent_type_ not in ("GPE", "LOC", "DATE", "TIME", "NORP")
    ):
        return prev
    return None


def _main_subject(verb: Token) -> Token | None:
    """Return the main clause's subject for '..., saying “...”' hung on a relative clause.

    'X defended not paying a builder who said he was owed, saying, “...”' and 'Protesters
    circled the stadium, where the team played, while chanting “...”' speak for X and the
    protesters, not for the builder or the team.
    """
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    governor = verb.head
    relative = any(
        (c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVES)
        or (c.dep_ in ("advmod", "mark") and c.lower_ in WH_CLAUSE and c.i < governor.i)
        for c in governor.children
    )
    if not relative:
        return None
    root = governor
    while root.dep_ != "ROOT" and root.head.i != root.i:
        root = root.head
    return next((c for c in root.children if c.dep_ == "nsubj" and c.i < verb.i), None)


def _clause_subject(verb: Token) -> Token | None:
    """Return the subject of a verb of saying, skipping a dash the parser took for a noun."""
    head = _named_before(verb) or _main_subject(verb) or subject_of(verb)
    if head is not None and not any(ch.isalnum() for ch in head.text):
        # 'taxes ― as was true ― Trump boasted': the dash is no subject, the name is.
        head = next((c for c in verb.children if c.dep_ == "nsubj" and c.is_alpha), None)
    return head


def _subordinate(verb: Token, after: int) -> bool:
    """Say whether a verb after a quote opens a clause of its own: '“...,” when Ruiz asked'."""
    return any(
        c.dep_ in ("advmod", "mark") and c.lower_ in WH_CLAUSE and after <= c.idx < verb.idx
        for c in verb.children
    )


def _verb_source(layout: Layout, m: Marked) -> tuple[Token, Token] | None:
    """Return (verb, source head) of the nearest verb of saying around a passage."""
    best: tuple[int, Token, Token] | None = None
    text = layout.text
    tail = m.end
    while tail < len(text) and text[tail] in " \t\u00a0":
        tail += 1
    # The parser often ends a sentence at '?”' and starts the next at 'Clinton said.'
    reach = tail + 1 if tail < len(text) and text[tail] != "\n" else m.end
    for sent in layout.sentences_over(m.start, reach):
        for tok in sent:
            if layout.quoted[tok.i]:
                continue
            if tok.lower_ == "according":
                head = _according_object(tok)  # 'According to the newspaper, “...”'
            elif layout.is_speech_verb(tok):
                if tok.idx >= m.end and _subordinate(tok, m.end):
                    continue
                head = _clause_subject(tok)
                if head is None or layout.quoted[head.i]:
                    head = _inverted_subject(tok) or _after_quote_subject(layout, m, tok)
            else:
                continue
            if head is None or layout.quoted[head.i]:
                continue
            after = tok.idx >= m.end
            dist = tok.idx - m.end if after else m.start - tok.idx
            if not after and tok.idx > m.start:
                continue  # a verb inside the span's reach but not outside it
            score = dist if after else dist + 40  # sources usually follow the quote
            if best is None or score < best[0]:
                best = (score, tok, head)
    return (best[1], best[2]) if best else None


def _aside_source(layout: Layout, m: Marked) -> Token | None:
    """Return the name a quote is set beside with a dash: 'including Ana Ruiz -- “...” --'."""
    text = layout.text
    para = layout.para_starts[layout.paragraph(m.start)]
    before = text[para : m.start].rstrip()
    dash = ASIDE_OPEN.search(before)
    if dash is None:
        return None
    end = para + dash.start()
    span = layout.doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    name = span[-1]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", ""):
        return None
    # The name must be one who spoke: a member named in a list ('including X --'), or the subject.
    noun = name.head if name.dep_ == "appos" else name
    member = noun.dep_ == "pobj" and noun.head.lower_ in MEMBER_PREPS
    return name if member or noun.dep_ == "nsubj" else None


def _signature_end(layout: Layout, m: Marked) -> int | None:
    """Return where a paragraph's closing dash line begins: '“...” ― Ana Ruiz.' at its end.

    A stray mark inside the quote can end the passage early; the signature at the end of the
    paragraph still names its source.
    """
    text = layout.text
    para = layout.paragraph(m.start)
    stop = layout.para_starts[para + 1] - 1 if para + 1 < len(layout.para_starts) else len(text)
    sign = SIGNATURE.search(text, m.end, stop)
    return sign.start(1) if sign is not None else None


def _dash_source(layout: Layout, m: Marked) -> Token | None:
    """Return the name after a closing dash: '"..." ― Sonya Herridge'."""
    text = layout.text
    dash = DASH_NAME.match(text, m.end)
    start = dash.end() if dash and dash.end() > m.end else _signature_end(layout, m)
    if start is None:
        return None
    span = layout.doc.char_span(start, min(len(text), start + 60), alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = span[0]
    return (
        first.head
        if first.head.i < span.end and first.pos_ == "PROPN"
        else (first if first.pos_ == "PROPN" else None)
    )


def _tail_source(layout: Layout, m: Marked) -> tuple[Token, Token] | None:
    """Return (cue, source) of a short tail the parser misread: '..., the Post comments.'"""
    start = layout.doc.char_span(m.end - 1, m.end, alignment_mode="expand")
    if start is None:
        return None
    i = start.end
    sent = layout.sentences[layout.sent_of[min(i, len(layout.doc) - 1)]]
    tail = [t for t in layout.doc[i : sent.end] if not t.is_punct and not t.is_space]
    if not tail or len(tail) > 6:
        return None
    for k in range(1, len(tail)):
        word = tail[k].lower_
        if (
            word in layout.lex.speech_verbs
            or word.rstrip("s") in layout.lex.speech_verbs
            or word[:-2] in layout.lex.speech_verbs
        ):
            prev = tail[k - 1]
            if prev.pos_ in ("PROPN", "NOUN", "PRON"):
                return tail[k], prev
    return None


@lru_cache(maxsize=1)
def _lead_in_pattern() -> re.Pattern[str]:
    """Match a verb of saying right before a quote mark: 'X said: “', 'X said,“'."""
    forms = "|".join(sorted(load_lexicon().lead_in_forms))
    return re.compile(rf"\b({forms})\s*[,:]?\s*\Z")


def _lead_in_words(layout: Layout, m: Marked) -> tuple[Token, Token] | None:
    """Return (verb, source) from the words before a quote when the parse missed them.

    Catches 'Jake Sullivan, said: “...' and tokenizer slips such as 'said,“Look'.
    """
    text = layout.text
    para = layout.para_starts[layout.paragraph(m.start)]
    lead = _lead_in_pattern().search(text, para, m.start)
    if lead is None:
        return None
    verb_span = layout.doc.char_span(lead.start(1), lead.end(1), alignment_mode="expand")
    if verb_span is None or not len(verb_span):
        return None
    verb = verb_span[0]
    k = verb.i - 1
    while (
        k >= 0
        and verb.i - k <= 3
        and (layout.doc[k].is_punct or layout.doc[k].pos_ in ("AUX", "ADV"))
    ):
        k -= 1
    if k < 0 or layout.doc[k].pos_ not in ("PROPN", "NOUN", "PRON") or layout.quoted[k]:
        return None
    return verb, layout.doc[k]


def _lead_in_source(layout: Layout, m: Marked) -> tuple[Token, Token | None] | None:
    """Return the source of a lead-in that ends with a colon: 'Trump said:' or 'WALLACE:'."""
    text = layout.text
    before = text[: m.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = layout.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    sent = layout.sentences[layout.sent_of[colon.start]]
    verbs = [t for t in sent if layout.is_speech_verb(t) and subject_of(t) is not None]
    if verbs:
        verb = verbs[-1]
        return verb, subject_of(verb)
    root = sent.root
    subject = subject_of(root) if root.pos_ in ("VERB", "AUX") else None
    if subject is not None and not layout.quoted[subject.i] and subject.pos_ in ("PROPN", "PRON"):
        # 'President Clinton released the following statement:' introduces the quote; 'The
        # bias shows in how the site rated this claim:' names no source.
        return root, subject
    prev = layout.doc[colon.start - 1] if colon.start else None
    if prev is not None and prev.pos_ == "PROPN":
        return prev, prev
    return None


def find_direct(layout: Layout) -> list[Found]:
    """Return the direct quotes with their unresolved sources, in text order."""
    out: list[Found] = []
    last: Found | None = None
    for m in layout.marked:
        para = layout.paragraph(m.start)
        if not is_standalone(layout, m, layout.para_starts[para]):
            continue
        found: Found | None = None
        hit = _verb_source(layout, m)
        aside = _aside_source(layout, m)
        if aside is not None and (hit is None or hit[0].idx < m.start):
            found = Found(m.start, m.end, "direct", aside, None)
        elif hit is not None:
            verb, head = hit
            found = Found(m.start, m.end, "direct", head, cue_span(verb))
        elif (words := _lead_in_words(layout, m)) is not None:
            found = Found(
                m.start, m.end, "direct", words[1], layout.doc[words[0].i : words[0].i + 1]
            )
        elif (tail := _tail_source(layout, m)) is not None:
            found = Found(m.start, m.end, "direct", tail[1], layout.doc[tail[0].i : tail[0].i + 1])
        elif (dash_head := _dash_source(layout, m)) is not None:
            found = Found(m.start, m.end, "direct", dash_head, None)
        elif (lead := _lead_in_source(layout, m)) is not None and lead[1] is not None:
            found = Found(m.start, m.end, "direct", lead[1], layout.doc[lead[0].i : lead[0].i + 1])
        elif last is not None and layout.paragraph(last.end) >= para - 2:
            # A quote with no source of its own carries on the one before it.
            found = Found(m.start, m.end, "direct", None, None, follows=last)
        if found is not None:
            out.append(found)
            last = found
    return out
