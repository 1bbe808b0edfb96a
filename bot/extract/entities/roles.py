"""What the article says a person is: titles, appositions, gender cues; clean name spans."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from bot.extract.entities.headlines import headline_name
from bot.extract.speech_lexicon import SpeechLexicon


def strip_edges(span: Span, lex: SpeechLexicon) -> Span:
    """Return a name span without leading titles and articles, trailing 's or a headline verb.

    The span is empty when a headline holds no name at all.
    """
    start, end = span.start, span.end
    doc = span.doc
    # An organisation keeps its words: 'the Justice Department', 'the Attorney General's Office'.
    body = span.label_ not in ("ORG", "GPE", "NORP", "FAC", "LOC")
    while start < end - 1 and (
        (body and doc[start].lower_ in lex.titles)
        or (span.label_ == "PERSON" and doc[start].lower_ in lex.role_nouns)
        or doc[start].lower_ == "the"
        or doc[start].is_punct
        or doc[start].is_space  # a signature line: '” ― Ana Ruiz'
    ):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1  # "Trump's", and the '' a quote closes with in some archives
    if span.label_ == "PERSON":
        # Title-case headlines run a verb into the name: 'Glenn Beck Blasts Drudge'.
        for k in range(start + 1, end):
            word = doc[k].lower_
            if (
                word in lex.speech_verbs
                or word.removesuffix("s") in lex.speech_verbs
                or word.removesuffix("s") in lex.object_verbs
            ):
                end = k
                break
    if span.label_ == "PERSON" and start < end:
        start, end = headline_name(Span(doc, start, end, label=span.label_), lex)
        if start == end:
            return Span(doc, start, end, label=span.label_)  # no name left: dropped by the index
    return Span(doc, start, end, label=span.label_) if start < end else span


def roles_of(span: Span, lex: SpeechLexicon) -> list[str]:
    """Return the descriptions the sentence gives a person: a title before the name, an apposition."""
    head = span.root
    doc = span.doc
    found: list[str] = []
    left = head.left_edge.i
    if left < span.start:
        left = _line_left(span)
        words = [t for t in doc[left : span.start] if t.dep_ != "det" and not t.is_punct]
        titled = words and (words[-1].lower_ in lex.role_nouns or words[-1].lower_ in lex.titles)
        if titled and not all(t.lower_ in lex.titles for t in words):
            found.append(doc[words[0].i : words[-1].i + 1].text)
    for child in head.children:
        if (
            child.dep_ == "appos"
            and child.i >= span.end
            and child.pos_ == "NOUN"
            and not child.ent_type_
        ):
            desc = description(child)
            if desc:
                found.append(desc)
    if head.dep_ == "appos" and head.head.i < span.start and head.head.pos_ == "NOUN":
        desc = description(head.head, stop=span.start)
        if desc:
            found.append(desc)
    return found


def title_role(span: Span, lex: SpeechLexicon) -> str | None:
    """Return a title that also says what the person does: 'Mayor' in 'Mayor Helena Virtanen'.

    Only shown as the role: PolNeAR dev measured that resolving a later 'the mayor'
    through a bare title names the person where annotators kept 'the mayor'.
    """
    doc = span.doc
    words = [t for t in doc[_line_left(span) : span.start] if not t.is_punct]
    if (
        words
        and all(t.lower_ in lex.titles for t in words)
        and not all(_mere_title(t, lex) for t in words)
    ):
        return doc[words[0].i : words[-1].i + 1].text
    return None


def _line_left(span: Span) -> int:
    """Return where the words before a name begin, without crossing a line break (a headline)."""
    doc = span.doc
    left = span.root.left_edge.i
    breaks = [t.i for t in doc[left : span.start] if "\n" in t.text or "\n" in t.whitespace_]
    return max([left, *(b + 1 for b in breaks)])


def _mere_title(tok: Token, lex: SpeechLexicon) -> bool:
    """Say whether a word before a name is only a form of address ('Mr.', 'Sen.', 'former')."""
    word = tok.lower_
    return word in lex.titles and (word not in lex.role_nouns or word.endswith("."))


def description(noun: Token, stop: int | None = None) -> str | None:
    """Return a noun phrase as a role, without its article and edge punctuation."""
    doc = noun.doc
    start = noun.left_edge.i
    end = noun.right_edge.i + 1 if stop is None else min(noun.right_edge.i + 1, stop)
    # 'the company's chief executive' keeps the company; 'Its director' is just 'director'.
    while start < end and (
        doc[start].dep_ == "det"
        or doc[start].is_punct
        or (doc[start].dep_ == "poss" and doc[start].pos_ == "PRON")
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "det"):
        end -= 1
    return doc[start:end].text if start < end else None


def gender_of(span: Span, role: str | None, *, lex: SpeechLexicon) -> str | None:
    """Return m or f when a title, role word or first name shows the person's gender."""
    before = span.doc[span.start - 1].lower_ if span.start else ""
    words = {before, *(role or "").lower().split()}
    first = span[0].lower_ if len(span) > 1 else ""
    if words & lex.female_titles or first in lex.female_names:
        return "f"
    if words & lex.male_titles or first in lex.male_names:
        return "m"
    return None


def apposed_names(doc: Doc, lex: SpeechLexicon) -> list[Span]:
    """Return names set after a role the NER mislabels: 'Its director, Helen Park, said'."""
    out: list[Span] = []
    for tok in doc:
        if tok.dep_ != "appos" or tok.tag_ != "NNP" or tok.head.i > tok.i:
            continue
        noun = tok.head.lemma_.lower()
        article = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if noun in lex.organisation_heads or article or tok.ent_type_ in ("ORG", "NORP"):
            label = "ORG"  # people take no article: 'its would-be partner, the Green Left'
        elif (
            noun in lex.role_nouns
            or doc[tok.left_edge.i].lower_ in lex.first_names
            or tok.ent_type_ == "PERSON"
        ):
            label = "PERSON"
        else:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].head.i == tok.i:
            start -= 1
        out.append(Span(doc, start, tok.i + 1, label=label))
    return out


def described_as(span: Span) -> str | None:
    """Return the noun the text describes a name with: 'the state operator, X'; 'broadcaster X'."""
    root = span.root
    if root.dep_ == "appos" and root.head.i < span.start:
        return root.head.lemma_.lower()
    word = next((c for c in root.lefts if c.dep_ == "compound" and c.i < span.start), None)
    return word.lemma_.lower() if word is not None else None


def described_as_organisation(span: Span, lex: SpeechLexicon) -> bool:
    """Say whether the text calls a name an organisation: 'the state operator, X'; 'broadcaster X'."""
    return described_as(span) in lex.organisation_heads


def described_as_outlet(span: Span, lex: SpeechLexicon) -> bool:
    """Say whether the text calls a name a news outlet: 'public broadcaster NOS'."""
    return described_as(span) in lex.media_heads


def speaking_names(doc: Doc, lex: SpeechLexicon) -> list[Span]:
    """Return proper names the NER missed that speak: 'said Transport Minister Ana Ruiz'."""
    out: list[Span] = []
    for tok in doc:
        if (
            tok.tag_ != "NNP"
            or not tok.text[:1].isupper()
            or tok.dep_ not in ("nsubj", "nsubjpass")
            or tok.ent_type_ not in ("", "PERSON")
            or tok.head.lemma_.lower() not in lex.speech_verbs
        ):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].head.i == tok.i:
            start -= 1
        words = [t.lower_ for t in doc[start : tok.i + 1]]
        # 'Transport Minister Ana Ruiz' names Ana Ruiz; the words up to the title are her role.
        titled = [k for k, w in enumerate(words) if w in lex.titles or w in lex.role_nouns]
        if titled:
            start += titled[-1] + 1
        if start <= tok.i:
            out.append(Span(doc, start, tok.i + 1, label="PERSON"))
    return out


def first_name_gender(name: str, lex: SpeechLexicon, *, alone: bool = False) -> str | None:
    """Return m or f when a name's first word is a known first name.

    A one-word name counts only with ``alone``: a person the article names by first name
    only ('Melanie'), not a surname that is also a first name.
    """
    words = name.lower().split()
    if len(words) < 2 and not (alone and words):
        return None
    if words[0] in lex.female_names:
        return "f"
    if words[0] in lex.male_names:
        return "m"
    return None
