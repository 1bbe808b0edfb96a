"""Resolve the words that name a source to a ``Speaker``.

A source can be a name ("Watson" -> "Adrienne Watson"), a pronoun (the most
recent compatible source or subject), a role ("the spokesperson" -> whoever the
article gave that role), an outlet ("the Post"), a group ("US officials"), a
description ("a South Korean lawmaker") or an anonymous source. Resolution runs
in text order, so each pronoun sees the speakers resolved before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from bot.extract.entities import Cluster, EntityIndex, name_keys
from bot.extract.entities.headlines import headline_line
from bot.extract.entities.roles import description, first_name_gender
from bot.extract.model import SourceKind, Speaker
from bot.extract.quotes.antecedents import (
    Seen,
    candidates,
    learn_gender,
    narrative_sentences,
    window_before,
)
from bot.extract.quotes.groups import earlier_group, unnamed_source
from bot.extract.speech_lexicon import Pronoun, SpeechLexicon, load_lexicon

# First person outside quote marks is the writer: no source named before stands for it.
NARRATOR = {"i", "me", "my"}
CUT_DEPS = {"appos", "relcl", "acl", "advcl", "punct", "cc", "conj", "prep"}
KEEP_PREPS = {"of", "with", "for", "at", "from", "in", "on", "close", "to"}


@dataclass
class Resolver:
    """Turn source mentions into speakers, remembering earlier ones for pronouns."""

    doc: Doc
    index: EntityIndex
    sent_of: list[int]
    quoted: list[bool]
    lex: SpeechLexicon = field(default_factory=load_lexicon)
    seen: list[Seen] = field(default_factory=list)
    narrative: list[int] = field(init=False)  # sentence numbers that skip quoted sentences

    def __post_init__(self) -> None:
        self.narrative = narrative_sentences(self.doc, self.sent_of, self.quoted)

    def phrase(self, head: Token, *, keep_clauses: bool = False) -> Span:
        """Return the noun phrase of a source without appositions and sourcing clauses."""
        doc = self.doc
        start, end = head.left_edge.i, head.right_edge.i + 1
        breaks = [t.i for t in doc[start : head.i] if t.is_space and "\n" in t.text]
        if breaks:
            start = breaks[-1] + 1  # 'Governor?\n\nBRASK said': a source stays in its paragraph
        for child in head.rights:
            dep = child.dep_
            common = head.pos_ != "PROPN" or head.text.islower()  # a misparsed 'chamber'
            if dep == "prep" and child.lower_ in KEEP_PREPS and common:
                continue  # "a person close to the talks", "the chamber of commerce"
            if (
                keep_clauses
                and dep in ("relcl", "acl", "prep", "punct")
                and not self._is_chain(child)
            ):
                continue  # ', who spoke on condition of anonymity,' marks the source anonymous
            if dep in CUT_DEPS:
                end = min(end, child.left_edge.i)
                break
        if not keep_clauses:
            for tok in doc[head.i + 1 : end]:
                # A clause set off by a comma inside a kept phrase is an aside on its last noun:
                # 'an engineer at the department, who spoke on condition of anonymity'.
                edge = tok.left_edge.i
                if tok.dep_ in ("relcl", "acl") and edge > head.i + 1 and doc[edge - 1].text == ",":
                    end = min(end, edge - 1)
                    break
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        return doc[start:end] if start < end else doc[head.i : head.i + 1]

    def _is_chain(self, tok: Token) -> bool:
        return tok.dep_ == "acl" and tok.lemma_.lower() in self.lex.chain_participles

    def via(self, head: Token) -> Speaker | None:
        """Return the outlet in a sourcing chain: 'officials cited by Reuters' -> Reuters."""
        for child in head.rights:
            if self._is_chain(child):
                for agent in child.children:
                    if agent.dep_ == "agent":
                        for obj in agent.children:
                            if obj.dep_ == "pobj":
                                return self.resolve(obj, remember=False)
        return None

    def resolve(
        self, head: Token, *, remember: bool = True, quote: tuple[int, int] | None = None
    ) -> Speaker | None:
        """Return the speaker a source mention stands for.

        ``quote`` (character offsets) is the passage attributed: a pronoun's antecedent is
        not someone that passage talks about ('“Obama had a band,” he said').
        """
        speaker, cluster = self._resolve(head, quote)
        if speaker is None:
            return None
        via = self.via(head)
        if via is not None and speaker.via is None:
            speaker = Speaker(speaker.name, speaker.kind, speaker.role, via.name, speaker.mention)
        if remember and not (head.pos_ == "PRON" and speaker.name == head.text):
            number = "pl" if head.tag_ in ("NNS", "NNPS") or head.lower_ in ("they", "we") else "sg"
            if speaker.kind in (SourceKind.OFFICIALS,) or (cluster is None and head.tag_ == "NNS"):
                number = "pl"
            gender = self._gender(head, speaker)
            self.seen.append(Seen(head.i, speaker, number, cluster, gender))
        return speaker

    def _gender(self, head: Token, speaker: Speaker) -> str | None:
        """Return the gender a mention shows of a source the entity index does not know."""
        pron = self.lex.pronouns.get(head.lower_) if head.pos_ == "PRON" else None
        if pron is not None and pron.gender in ("m", "f"):
            return pron.gender
        return first_name_gender(speaker.name, self.lex)

    def _resolve(
        self, head: Token, quote: tuple[int, int] | None
    ) -> tuple[Speaker | None, Cluster | None]:
        lex = self.lex
        if head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB"):
            return (
                None,
                None,
            )  # a misparse: 'Conceding that ..., he warned' has no source 'Conceding'
        if head.lower_ in ("who", "which", "that") and head.head.dep_ == "relcl":
            # 'Stevie Wonder, who joked ...': the source is the noun it modifies.
            head = _last_conjunct(head.head.head, head)
        mention = self.phrase(head).text
        if head.lower_ in lex.pronouns and head.pos_ == "PRON":
            speaker, cluster = self._antecedent(head, mention, quote=quote)
            if speaker is None:
                # Kept unresolved rather than dropped: 'They said X' is still not the paper's word.
                return Speaker(head.text, SourceKind.UNNAMED, mention=mention), None
            return speaker, cluster
        cluster = self.index.at(head.i)
        if cluster is not None:
            return _from_cluster(cluster, mention), cluster
        named = self._apposed(head, mention)
        if named is not None:
            return named
        full = self.phrase(head, keep_clauses=True)
        low = f" {full.text.lower()} "
        if any(f" {p}" in low or f"{p} " in low for p in lex.anonymous):
            # ', who spoke on condition of anonymity because ...' is why, not who: the name is
            # the description ('a senior official in the mayor's office').
            return Speaker(mention, SourceKind.ANONYMOUS, mention=mention), None
        det = next((c.lower_ for c in head.children if c.dep_ in ("det", "poss")), None)
        if head.lemma_.lower() in lex.documents and det in ("the", "this", "that", "its"):
            outlet = self._last_outlet(head.i)
            if outlet is not None:
                return Speaker(outlet.name, SourceKind.OUTLET, mention=mention), outlet
        headline = (
            det is None
            and head.dep_ == "nsubj"
            and head.head.lemma_.lower() in lex.speech_verbs
            and headline_line(self.doc[head.i : head.i + 1])
        )
        if head.lower_ in lex.role_nouns and (det == "the" or headline):
            # A headline ('..., minister says') names the role before the story names the person.
            person = self._role_holder(head, ahead=headline)
            if person is not None:
                return _from_cluster(person, mention), person
        if head.lemma_.lower() in lex.organisation_heads and det == "the":
            org = self._role_holder(head, kind=SourceKind.ORGANISATION)
            if org is not None:
                return _from_cluster(org, mention), org
        owned = self._owned(head, mention, quote)
        if owned is not None:
            return owned, None
        if head.ent_type_ in ("GPE", "NORP", "ORG", "FAC") and head.tag_ in ("NNP", "NNPS"):
            start, end = head.i, head.i + 1  # the entity around the head, without Doc.ents (slow)
            while start > 0 and self.doc[start].ent_iob_ == "I":
                start -= 1
            while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
                end += 1
            name = self.doc[start:end].text
            keys = name_keys(name, lex)
            # 'Northline' (tagged a place here) after 'Northline Energy' is the company.
            known = [
                c for c in self.index.clusters if c.kind != SourceKind.PERSON and keys <= c.keys
            ]
            if len(known) == 1:
                return _from_cluster(known[0], mention), known[0]
            return Speaker(name, SourceKind.ORGANISATION, mention=mention), None
        if head.tag_ == "NNP" and head.text[:1].isupper() and (
            head.ent_type_ in ("", "PERSON") or self._titled(head)
        ):
            return self._proper_name(head, mention)
        return earlier_group(head, mention, self.seen) or unnamed_source(head, mention, lex), None

    def _titled(self, head: Token) -> bool:
        """Say whether a name opens with a person's title ('Mayor Ilse Varga', any tagging)."""
        first = self.phrase(head)[0]
        return first.lower_ in self.lex.titles and first.i < head.i

    def _apposed(self, head: Token, mention: str) -> tuple[Speaker, Cluster] | None:
        """Return the name after a description: 'the company's chief executive, Raymond Lee'."""
        for child in head.rights:
            cl = self.index.at(child.i) if child.dep_ == "appos" else None
            if cl is None:
                continue
            role = description(head, stop=child.left_edge.i)
            if head.lemma_.lower() in self.lex.organisation_heads:
                # 'The state operator, Ferrocarriles Nacionales': the NER may call it a person.
                kind = cl.kind if cl.kind == SourceKind.OUTLET else SourceKind.ORGANISATION
                return Speaker(cl.name, kind, role, None, mention), cl
            person = head.lemma_.lower() in self.lex.titles or head.lower_.startswith("spokes")
            if cl.kind is SourceKind.ORGANISATION and person:
                # 'A spokesman for the campaign, Eli Navarro': the NER may call him an organisation.
                return Speaker(cl.name, SourceKind.PERSON, cl.role or role, None, mention), cl
            return Speaker(cl.name, cl.kind, cl.role or role, None, mention), cl
        return None

    def _proper_name(self, head: Token, mention: str) -> tuple[Speaker, Cluster | None]:
        """Split 'Transport Minister Ana Ruiz' into name and role, and find a fuller name."""
        run = [head]
        while run[0].i > 0:
            prev = self.doc[run[0].i - 1]
            if (
                prev.pos_ == "PROPN"
                and prev.head.i in {t.i for t in run}
                and prev.dep_ in ("compound", "flat")
            ):
                run.insert(0, prev)
            else:
                break
        titled = [
            k
            for k, t in enumerate(run)
            if t.lower_ in self.lex.role_nouns or t.lower_ in self.lex.titles
        ]
        cut = titled[-1] + 1 if titled else 0
        if cut == len(run):
            # Only a title ('CEO', 'the Senator'): the person the article gave it, else a description.
            holder = self._role_holder(head)
            if holder is not None:
                return _from_cluster(holder, mention), holder
            return Speaker(mention, SourceKind.UNNAMED, mention=mention), None
        words = run[cut:]
        name = " ".join(t.text for t in words)
        role = None
        if titled:
            first = self.phrase(head)[0].i
            role = self.doc[first : run[cut - 1].i + 1].text
        keys = name_keys(name, self.lex)
        fits = [
            (m.start, self.index.clusters[m.cluster])
            for m in self.index.mentions
            if self.index.clusters[m.cluster].kind == SourceKind.PERSON
            and keys <= self.index.clusters[m.cluster].keys
        ]
        if fits:
            before = [f for f in fits if f[0] < head.i]
            cl = (before or fits)[-1 if before else 0][1]
            return Speaker(cl.name, cl.kind, cl.role or role, None, mention), cl
        return Speaker(name, SourceKind.PERSON, role, None, mention), None

    def _same_pronoun_before(self, head: Token, pron: Pronoun) -> Token | None:
        """Return the nearest earlier subject pronoun of the same gender outside quote marks."""
        if pron.gender not in ("m", "f"):
            return None
        for i in reversed(window_before(head, self.sent_of, 3)):
            tok = self.doc[i]
            other = self.lex.pronouns.get(tok.lower_) if tok.pos_ == "PRON" else None
            if other == pron and tok.dep_ in ("nsubj", "nsubjpass") and not self.quoted[i]:
                return tok
        return None

    def _talked_of(self, quote: tuple[int, int] | None) -> set[int]:
        """Return (by id) the entities the passage being attributed names in the third person."""
        if quote is None:
            return set()
        span = self.doc.char_span(*quote, alignment_mode="expand")
        if span is None:
            return set()
        return {
            id(self.index.clusters[m.cluster])
            for m in self.index.mentions
            if span.start <= m.start < span.end
        }

    def _last_outlet(self, before: int) -> Cluster | None:
        """Return the outlet named most recently before a token ("The report" is its report)."""
        found: Cluster | None = None
        for m in self.index.mentions:
            if m.start >= before:
                break
            if self.index.clusters[m.cluster].kind == SourceKind.OUTLET:
                found = self.index.clusters[m.cluster]
        return found

    def _owned(self, head: Token, mention: str, quote: tuple[int, int] | None) -> Speaker | None:
        """Return 'His office' as the office of the person the pronoun stands for."""
        poss = next((c for c in head.lefts if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if poss is None or head.lemma_.lower() not in self.lex.organisation_heads:
            return None
        pron = self.lex.pronouns.get(poss.lower_)
        if pron is None or pron.gender not in ("m", "f"):
            return None
        owner, _ = self._antecedent(poss, poss.text, quote=quote)
        if owner is None:
            return None
        rest = self.doc[poss.i + 1 : head.i + 1].text
        return Speaker(f"{owner.name}'s {rest}", SourceKind.ORGANISATION, mention=mention)

    def _role_holder(
        self, head: Token, *, kind: SourceKind = SourceKind.PERSON, ahead: bool = False
    ) -> Cluster | None:
        """Return the person (or organisation) the article gave this role ("the spokesperson")."""
        word = head.lower_
        best: Cluster | None = None
        for m in self.index.mentions:
            if m.start >= head.i and not (ahead and best is None):
                break
            cl = self.index.clusters[m.cluster]
            roles = (*cl.descriptions, *([cl.role] if cl.role else []))  # 'Mayor Ilse Varga'
            if cl.kind == kind and any(_heads(word, d) for d in roles):
                best = cl
        return best

    def _antecedent(
        self, head: Token, mention: str, *, quote: tuple[int, int] | None, depth: int = 0
    ) -> tuple[Speaker | None, Cluster | None]:
        """Return the best compatible source or subject before a pronoun, nearby first."""
        if head.lower_ in NARRATOR:
            return None, None  # 'I laughed and said, “...”': the writer, not a name before
        pron = self.lex.pronouns[head.lower_]
        # Looking further back when nothing is near was measured on PolNeAR dev: more wrong than right.
        cands = candidates(
            head,
            pron,
            seen=self.seen,
            index=self.index,
            sent_of=self.narrative,
            quoted=self.quoted,
            window=3,
            roles=self.lex.role_nouns,
        )
        # 'The spokesman ...' is no antecedent of 'she'.
        other = self.lex.male_titles if pron.gender == "f" else self.lex.female_titles
        cands = [
            c
            for c in cands
            if c.cluster is not None or c.seen is not None or self.doc[c.pos].lower_ not in other
        ]
        talked_of = self._talked_of(quote)
        cands = [c for c in cands if c.cluster is None or id(c.cluster) not in talked_of] or cands
        if not cands:
            earlier = self._same_pronoun_before(head, pron) if depth < 3 else None
            if earlier is None:
                return None, None
            # 'Ana thought ... She was anxious. ... “...,” she said': the run of 'she' is Ana.
            return self._antecedent(earlier, mention, quote=quote, depth=depth + 1)
        best = max(cands, key=lambda c: (c.score, c.pos))
        if best.cluster is None and best.seen is None:
            # A role with no name ('The minister ...'): the person given it, if any, else the role.
            holder = self._role_holder(self.doc[best.pos])
            if holder is not None:
                return _from_cluster(holder, mention), holder
            sp = best.speaker
            return Speaker(sp.name, sp.kind, sp.role, sp.via, mention), None
        learn_gender(best, pron, self.seen)
        sp = best.speaker
        return Speaker(sp.name, sp.kind, sp.role, sp.via, mention), best.cluster


def _last_conjunct(noun: Token, relative: Token) -> Token:
    """Return the list member right before ', who': 'A, B and C, who joked' is about C.

    The parser often hangs the clause on the list's first member instead.
    """
    doc = relative.doc
    k = relative.i - 1
    while k > noun.i and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    near = doc[k]
    step = near
    while step.dep_ == "conj" and step.head.i != step.i:
        step = step.head
        if step.i == noun.i:
            return near
    return noun


def _heads(word: str, role: str) -> bool:
    """Say whether a role is headed by a word: 'the ministry's spokeswoman', 'spokeswoman for
    the ministry', 'Mayor'; not 'wife of the president'."""
    words = role.lower().replace("'s ", " ").split()
    prep = next((k for k, w in enumerate(words) if w in _ROLE_PREPS), len(words))
    return prep > 0 and words[prep - 1] == word  # the noun before 'of'/'for', else the last


_ROLE_PREPS = frozenset({"of", "for", "at", "to", "in", "on", "with"})


def _from_cluster(cl: Cluster, mention: str) -> Speaker:
    return Speaker(cl.name, cl.kind, cl.role, None, mention)
