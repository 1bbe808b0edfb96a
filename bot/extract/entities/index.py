"""Group entity mentions under the fullest name the article gives each entity."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from bot.extract.entities.headlines import doc_text
from bot.extract.entities.model import KEEP_LABELS, Cluster, EntityIndex, Mention, name_keys
from bot.extract.entities.outlets import (
    canonical_outlet,
    full_outlet_names,
    outlet_kind,
    outlet_spans,
    split_outlet,
)
from bot.extract.entities.roles import (
    apposed_names,
    described_as_organisation,
    described_as_outlet,
    first_name_gender,
    gender_of,
    roles_of,
    speaking_names,
    strip_edges,
    title_role,
)
from bot.extract.model import SourceKind
from bot.extract.sentences import datelines
from bot.extract.speech_lexicon import SpeechLexicon, load_lexicon

NEAR_TOKENS = 40


def _pick(cands: list[int], seen_at: dict[int, list[int]], at: int, subjects: set[int]) -> int:
    """Choose the entity an ambiguous short name ("Clinton") means at one place."""
    if len(cands) == 1:
        return cands[0]
    before = {c: [p for p in seen_at.get(c, []) if p < at] for c in cands}
    latest = max(cands, key=lambda c: max(before[c], default=-1))
    last = max(before[latest], default=-1)
    # Just named in full as a subject: "Chelsea Clinton hosted ... Clinton said". A namesake
    # named in passing ('a photo of his wife, Heidi Cruz') does not take the surname over.
    if before[latest] and at - last <= NEAR_TOKENS and last in subjects:
        return latest
    # Otherwise the one the article is about: named most often so far, then overall.
    return max(cands, key=lambda c: (len(before[c]), len(seen_at.get(c, []))))


def _by_title(
    cands: list[int], clusters: list[Cluster], span: Span, lex: SpeechLexicon
) -> list[int]:
    """Keep the namesakes a title allows: 'Mrs. Clinton' is not Bill, 'Mr. Obama' not Michelle."""
    title = span.doc[span.start - 1].lower_ if span.start else ""
    gender = "f" if title in lex.female_titles else "m" if title in lex.male_titles else None
    if gender is None or len(cands) < 2:
        return cands
    kept = [c for c in cands if first_name_gender(clusters[c].name, lex) in (None, gender)]
    return kept or cands


def _person_shaped(span: Span, lex: SpeechLexicon) -> bool:
    """Say whether an 'organisation' is a first name and a surname the NER mislabelled."""
    words = [t for t in span if not t.is_punct]
    return (
        len(words) in (2, 3)
        and words[0].lower_ in lex.first_names
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
        and not outlet_kind(span.text, lex)
    )


def _subject(span: Span) -> bool:
    """Say whether a name is the subject of its clause, or set beside the subject."""
    root = span.root
    if root.dep_ == "appos":
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


def _settle_name(cl: Cluster) -> None:
    """Name a person by their most frequent full form, so a one-off 'Crooked Hillary Clinton' does not stick."""
    if cl.kind != SourceKind.PERSON or len(cl.forms) < 2:
        return
    best = max(cl.forms, key=lambda f: (cl.forms[f], len(f)))
    if best != cl.name:
        cl.aliases = [a for a in cl.aliases if a != best]
        cl.aliases.insert(0, cl.name)
        cl.name = best


def build_index(doc: Doc) -> EntityIndex:
    """Find and group the entity mentions of a parsed article."""
    lex = load_lexicon()
    # A name split off an outlet ('Washington Post Hit Piece Exploits Trump') is cleaned again.
    spans = [
        strip_edges(part, lex) if part.label_ != e.label_ else part
        for e in doc.ents
        if e.label_ in KEEP_LABELS
        for part in split_outlet(strip_edges(e, lex))
    ]
    spans = [s for s in spans if len(s)]
    taken = {i for s in spans for i in range(s.start, s.end)}
    spans += [s for s in outlet_spans(doc, doc_text(doc)) if not taken & set(range(s.start, s.end))]
    # 'MADRID, June 10 (Meridian Wire) - ': a dateline names where, not who.
    filed = [range(s, e) for s, e in datelines(doc_text(doc))]
    spans = [s for s in spans if not any(s.start_char in r for r in filed)]
    for extra in (apposed_names(doc, lex), speaking_names(doc, lex)):
        taken = {i for s in spans for i in range(s.start, s.end)}
        spans += [s for s in extra if not taken & set(range(s.start, s.end))]
    fulls = full_outlet_names()
    present = {
        fulls[s.text.removeprefix("The ")] for s in spans if s.text.removeprefix("The ") in fulls
    }
    # Longest names first so that short forms attach to a full name already seen.
    order = sorted(
        range(len(spans)), key=lambda k: (-len(name_keys(spans[k].text, lex)), spans[k].start)
    )
    clusters: list[Cluster] = []
    seen_at: dict[int, list[int]] = {}
    subjects = {s.start for s in spans if _subject(s)}
    assigned: dict[int, int] = {}
    for k in order:
        span = spans[k]
        keys = name_keys(span.text, lex)
        if not keys:
            continue
        is_org = (span.label_ == "ORG" and not _person_shaped(span, lex)) or (
            described_as_organisation(span, lex)
        )
        outlet = canonical_outlet(span.text, lex, present=present) if is_org else None
        cands = [
            c
            for c, cl in enumerate(clusters)
            if (keys <= cl.keys or (outlet and cl.name == outlet))
            and (cl.kind == SourceKind.PERSON) == (not is_org)
        ]
        if is_org and not cands and not outlet and len(span) == 1:
            # The small model often tags a lone surname ("Fowler") as an organisation.
            cands = [
                c
                for c, cl in enumerate(clusters)
                if cl.kind == SourceKind.PERSON and keys <= cl.keys
            ]
        if cands:
            c = _pick(_by_title(cands, clusters, span, lex), seen_at, span.start, subjects)
            if span.text not in clusters[c].aliases and span.text != clusters[c].name:
                clusters[c].aliases.append(span.text)
        else:
            if is_org:
                name = outlet or span.text
                kind = (
                    SourceKind.OUTLET
                    if outlet or outlet_kind(span.text, lex) or described_as_outlet(span, lex)
                    else SourceKind.ORGANISATION
                )
            else:
                name, kind = span.text, SourceKind.PERSON
            clusters.append(Cluster(name, kind, name_keys(name, lex) | keys))
            c = len(clusters) - 1
        assigned[k] = c
        seen_at.setdefault(c, []).append(span.start)
        if len(span) > 1:
            clusters[c].forms[span.text] = clusters[c].forms.get(span.text, 0) + 1
    for cl in clusters:
        _settle_name(cl)
        if cl.kind == SourceKind.PERSON and len(cl.name.split()) == 1:
            # Named by first name only ('Melanie'): the name shows the gender.
            cl.gender = first_name_gender(cl.name, lex, alone=True)
    mentions = sorted(
        (Mention(spans[k].start, spans[k].end, c) for k, c in assigned.items()),
        key=lambda m: m.start,
    )
    by_token: dict[int, int] = {}
    for m in mentions:
        cl = clusters[m.cluster]
        span = doc[m.start : m.end]
        if cl.kind == SourceKind.PERSON:
            roles = roles_of(span, lex)
            cl.descriptions.extend(r for r in roles if r not in cl.descriptions)
            cl.role = cl.role or (roles[0] if roles else title_role(span, lex))
            cl.gender = cl.gender or gender_of(span, " ".join(roles), lex=lex)
        elif cl.kind == SourceKind.ORGANISATION:
            # 'The state operator, Ferrocarriles Nacionales': later 'the operator' is it.
            said = [d for d in roles_of(span, lex) if d not in cl.descriptions]
            cl.descriptions.extend(said)
            cl.role = cl.role or (said[0] if said else None)
        for i in range(m.start, m.end):
            by_token[i] = m.cluster
    return EntityIndex(clusters, mentions, by_token)
