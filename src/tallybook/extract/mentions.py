"""One trigger in one sentence -> an incident mention: victims, figure, date, place, sources.

A mention is what a single sentence says about one incident. `incidents.py` then merges the
mentions that describe the same event (same type, compatible figure, date and names) and turns
competing figures into disputes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from tallybook.extract.boilerplate import doc_text
from tallybook.extract.claimants import Attribution, is_report_word
from tallybook.extract.figures import combine, parse_figure
from tallybook.extract.people import resolve_person
from tallybook.extract.places import is_country, place_for
from tallybook.extract.trigger_lexicon import NOMINAL, NOMINAL_WORDS, wordset
from tallybook.extract.triggers import Trigger
from tallybook.model import Figure, PartialDate

_PRONOUNS = wordset("they them he him she her his their its it we")
_DEFINITE = wordset("the this these those his her their its that")
# Victims whose killing is a non-state crime or a clash casualty on the state's side.
_SECURITY_WORDS = wordset(
    "police policeman policemen officer officers soldier soldiers guard guards militiaman "
    "militiamen forces troops personnel"
)
# Perpetrators that make a killing a non-state crime.
_NON_STATE_WORDS = wordset(
    "strikers rioters protesters protestors gunmen gunman militants militant insurgents "
    "terrorists bandits criminals assailants attackers mob rebels jihadists kidnappers robbers"
)
_UNDERGO = wordset(
    "sentenced subjected suffered suffer suffers faced faces face facing underwent undergo endured received"
)
# Suspects of crimes: their arrest is law enforcement, not a violation (CONVENTIONS.md).
_SUSPECTS = wordset(
    "suspect suspects killer killers murderer murderers thief thieves robber robbers smugglers"
)
_ALONGSIDE = frozenset(["alongside", "along", "together", "with"])
_DATE_LABELS = frozenset({"DATE", "TIME"})


@dataclass
class Mention:
    trigger: Trigger
    type: str
    sent: Span
    start: int
    end: int
    figure: Figure = field(default_factory=Figure)
    names: list[str] = field(default_factory=list)
    date: PartialDate | None = None
    date_found: bool = False
    claim_date: PartialDate | None = None
    relative: str | None = None  # "later"/"earlier" phrase resolved against an earlier incident
    place: str | None = None
    places: list[str] = field(default_factory=list)  # "in A, B and C": one incident per place
    attribution: Attribution = field(default_factory=Attribution)
    perpetrators: list[str] = field(default_factory=list)
    anaphoric: bool = False
    summary: bool = False
    pronoun: bool = False
    non_state: bool = False
    victim_found: bool = False
    victim_word: str | None = None  # head noun of the victim phrase, lower case
    victims_definite: bool = False  # "the farmers": people the text already introduced
    date_from_claim: bool = False  # only the year of the report: weaker than a date of its own
    victims_back_reference: bool = False  # "The victims, identified as A, B ...": names for earlier

    @property
    def order(self) -> int:
        return self.start


def _subtree_text(head: Token) -> tuple[int, int]:
    def keep(c: Token) -> bool:
        return c.dep_ not in {"relcl", "acl", "advcl"} or c.lower_ in {"identified", "named"}

    toks = [head]
    stack = [c for c in head.children if keep(c)]
    while stack:
        t = stack.pop()
        toks.append(t)
        stack.extend(c for c in t.children if keep(c))
    lo = min(t.i for t in toks)
    hi = max(t.i for t in toks) + 1
    return lo, hi


def _child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _victim_head(trigger: Trigger) -> Token | None:
    root = trigger.root
    if trigger.kind == NOMINAL:
        # "the arrest and slaughter of 1,500": the conjuncts share the "of" phrase.
        holders = [root, root.head] if root.dep_ == "conj" else [root]
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in {"of", "against"}:
                    obj = _child(c, "pobj")
                    if obj is not None:
                        return obj
        for c in root.children:
            if c.dep_ == "prep" and c.lower_ in {"of", "against"}:
                obj = _child(c, "pobj")
                if obj is not None:
                    return obj
        poss = _child(root, "poss")
        if poss is not None and trigger.span[-1].lower_ not in {"row", "custody", "detention"}:
            return poss
        if trigger.span[-1].lower_ in {"row", "custody", "detention"}:
            prep = root.head
            holder = prep.head if prep.dep_ == "prep" else prep
            if holder.pos_ in {"NOUN", "PROPN", "PRON"}:
                return holder
            for _ in range(3):
                found = _child(holder, "dobj", "attr", "nsubj", "nsubjpass")
                if found is not None:
                    return found
                if holder.dep_ not in {"xcomp", "ccomp", "conj"} or holder.head is holder:
                    break
                holder = holder.head
            return None
        gov = root.head.head if root.dep_ == "pobj" else root.head
        if root.dep_ in {"pobj", "dobj"} and gov.lower_ in _UNDERGO:
            # "She was sentenced to 74 lashes", "he was subjected to torture": the subject
            found = _child(gov, "nsubjpass", "nsubj")
            if found is not None:
                return found
        if root.dep_ == "nsubjpass":
            # "The death sentence was handed down ... against a soldier"
            for c in root.head.subtree:
                if c.dep_ == "prep" and c.lower_ == "against":
                    obj = _child(c, "pobj")
                    if obj is not None:
                        return obj
        if root.dep_ == "attr":  # "Shekari's death was the first execution": the possessor
            subj = _child(root.head, "nsubj")
            if subj is not None:
                return _child(subj, "poss") or subj
        return None
    verb = trigger.span[0]
    own = _child(verb, "nsubjpass", "dobj")
    if own is not None and own.lower_ in {"who", "that", "which", "whom"} and verb.dep_ == "relcl":
        return verb.head  # "a man who was executed": the man
    if own is not None:
        return own
    if verb.dep_ in {"acl", "amod"} and verb.head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
        return verb.head
    cur = verb
    for _ in range(3):
        found = _relative_antecedent(cur, _child(cur, "nsubjpass"))
        if found is None and trigger.type != "death_in_custody":
            found = _child(cur, "dobj")
        reduced = cur.lower_.endswith(("ed", "hanged")) and not _child(cur, "aux", "auxpass")
        if found is None and (trigger.type == "death_in_custody" or reduced):
            found = _relative_antecedent(cur, _child(cur, "nsubj"))
        if found is not None:
            return found
        if cur.dep_ == "conj" and cur.head is not cur:
            cur = cur.head
            continue
        break
    if verb.dep_ == "relcl":
        return verb.head
    return None


def _relative_antecedent(verb: Token, found: Token | None) -> Token | None:
    """ "a journalist, who later died in custody": the journalist, not "who"."""
    if found is not None and found.lower_ in {"who", "that", "which", "whom"} and verb.dep_ == "relcl":
        return verb.head
    return found


def _victim_tokens(head: Token) -> set[int]:
    """Tokens that name the victims themselves: not "sons of X", not "X's family"."""
    keep: set[int] = set()
    stack = [head]
    while stack:
        tok = stack.pop()
        keep.add(tok.i)
        for c in tok.children:
            if c.dep_ in {"relcl", "poss", "advcl"}:
                continue
            if c.dep_ == "acl" and c.lower_ not in {"identified", "named"}:
                continue  # keep "the victims, identified as A and B"
            if c.dep_ == "prep" and c.lower_ not in {"including", "like", "as", "among"}:
                continue
            if c.dep_ == "appos" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ":":
                continue  # "incidents including: A, B" (a list the parser hung on the noun)
            stack.append(c)
    return keep


def _names_in(doc: Doc, lo: int, hi: int, allowed: set[int] | None = None) -> list[str]:
    names: list[str] = []
    # People the people component found there (it knows names the NER model missed).
    lo_c, hi_c = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    for person in doc._.tb_people or []:
        for sp in person.spans:
            if lo_c <= sp.start and sp.end <= hi_c:
                tok = doc.char_span(sp.start, sp.end, alignment_mode="expand")
                if (
                    tok is not None
                    and (allowed is None or tok.root.i in allowed)
                    and person.name not in names
                ):
                    names.append(person.name)
                break
    for ent in doc.ents:
        if allowed is not None and ent.root.i not in allowed:
            continue
        if ent.label_ == "PERSON" and lo <= ent.start and ent.end <= hi:
            full = resolve_person(doc, ent.text) or ent.text.strip()
            if full not in names:
                names.append(full)
    # Keep the order in which the text names them.
    return sorted(names, key=lambda n: doc_text(doc).find(n.split()[-1], lo_c))


def _is_security(head: Token) -> bool:
    words = {head.lower_} | {c.lower_ for c in head.children if c.dep_ in {"compound", "amod"}}
    return bool(words & _SECURITY_WORDS) and head.lower_ in _SECURITY_WORDS | {"members", "member"}


def _cases_count(m: Mention) -> Figure | None:
    """ "117 new cases of enforced disappearance": the number of cases counts the victims."""
    root = m.trigger.root
    if not root.doc.has_annotation("DEP") or root.dep_ != "pobj":
        return None
    cases = root.head.head
    if cases.lower_ not in {"cases", "incidents", "instances", "counts", "complaints"}:
        return None
    num = _child(cases, "nummod")
    if num is None:
        return None
    fig = parse_figure(root.doc[num.left_edge.i : num.i + 1].text)
    return fig if fig.count is not None else None


def fill_victims(m: Mention) -> None:
    doc = m.sent.doc
    head = _victim_head(m.trigger) if doc.has_annotation("DEP") else None
    if head is None:
        # No parse or no victim slot: a number just before a verbal trigger ("12 protesters killed").
        lo = max(m.sent.start, m.trigger.span.start - 6)
        m.figure = (
            parse_figure(doc[lo : m.trigger.span.start].text) if m.trigger.kind != NOMINAL else Figure()
        )
        if m.trigger.kind == NOMINAL and m.trigger.root.i > 0:
            m.figure = parse_figure(
                doc[max(m.sent.start, m.trigger.span.start - 3) : m.trigger.span.start].text
            )
        m.figure.description = None
        m.figure = _cases_count(m) or m.figure
        if m.trigger.kind == NOMINAL:
            m.anaphoric = any(
                t.lower_ in _DEFINITE
                for t in doc[max(m.sent.start, m.trigger.span.start - 2) : m.trigger.span.start]
            )
        return
    m.victim_found = True
    if head.lower_ in _PRONOUNS:
        m.pronoun = True
        if head.lower_ in {"he", "him", "she", "her"}:
            m.figure = Figure(count=1, qualifier="exact")  # one person, named or not
        # "his execution", "its executions": a back-reference to an event already reported.
        m.anaphoric = m.trigger.kind == NOMINAL and head.dep_ == "poss"
        return
    if m.trigger.kind != NOMINAL and _definite_back_reference(head):
        m.anaphoric = True  # "the vast majority of fatalities were killed by ...": already counted
    if m.type == "killing":
        # Security forces killed (by rioters, in clashes) are not state violations.
        if _is_security(head):
            m.non_state = True
        for tok in [*head.subtree, *m.trigger.root.children]:
            if tok.lower_ == "including" and any(_is_security(t) for t in tok.subtree if t.pos_ == "NOUN"):
                m.non_state = True  # a toll that mixes in security forces killed in clashes
    lo, hi = _subtree_text(head)
    phrase = doc[lo:hi]
    # "Three of the mine workers, and the two SAPS members": keep only non-security conjuncts.
    text = phrase.text
    for conj in head.conjuncts:
        if _is_security(conj) and conj.i > head.i:
            text = doc[lo : conj.left_edge.i].text.rstrip(" ,")
            break
    fig = parse_figure(text)
    if m.type == "arrest" and (head.lower_ in _SUSPECTS or any(c.lower_ in _SUSPECTS for c in head.children)):
        m.non_state = True
    if fig.count is None:
        fig = _cases_count(m) or fig
    if fig.count is None and m.trigger.kind == NOMINAL and m.type != "corporal_punishment":
        num = _child(m.trigger.root, "nummod")
        if num is not None:
            fig2 = parse_figure(doc[num.left_edge.i : num.i + 1].text)
            fig = Figure(
                count=fig2.count,
                qualifier=fig2.qualifier,
                low=fig2.low,
                high=fig2.high,
                description=fig.description or fig2.description,
            )
    for c in [*m.trigger.root.children, *head.children]:
        if c.lower_ in _ALONGSIDE and c.dep_ == "prep":
            obj = _child(c, "pobj")
            if obj is not None:
                extra = parse_figure(doc[_subtree_text(obj)[0] : _subtree_text(obj)[1]].text)
                fig = combine(fig, extra)
    if m.trigger.kind == NOMINAL and any(
        c.dep_ == "conj" and c.lower_ in NOMINAL_WORDS and c.i < head.i for c in m.trigger.root.children
    ):
        # "the arrest and slaughter of 1,500": the figure counts the last-named event.
        fig = Figure(description=fig.description)
    m.names = _names_in(doc, lo, hi, _victim_tokens(head))
    m.victim_word = head.lower_
    m.victims_definite = any(c.lower_ in {"the", "these", "those"} for c in head.children if c.dep_ == "det")
    m.victims_back_reference = head.lower_ in {"victims", "men", "women", "prisoners", "detainees"} and any(
        c.lower_ in {"the", "these", "those"} for c in head.children
    )
    if not m.names:
        # "... numerous juvenile offenders on death row, including A, B and C"
        for tok in m.sent:
            if tok.lower_ == "including" and tok.i > m.trigger.span.start and tok.dep_ == "prep":
                if tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":":
                    continue  # "in several incidents including: A, B" lists events, not people
                t_lo, t_hi = _subtree_text(tok)
                m.names = _names_in(doc, t_lo, t_hi)
                break
    if not m.names and head.dep_ == "attr":
        # "Mohsen Shekari (...) was a 22-year-old man who was executed"
        subj = _child(head.head, "nsubj")
        if subj is not None:
            s_lo, s_hi = _subtree_text(subj)
            m.names = _names_in(doc, s_lo, s_hi, _victim_tokens(subj))
    if not m.names and head.pos_ == "PROPN" and head.ent_type_ not in {"GPE", "LOC", "NORP", "FAC", "ORG"}:
        parts = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        written = " ".join(t.text for t in [*parts, head])
        full = resolve_person(doc, head.text) or (written if head.ent_type_ == "PERSON" and parts else None)
        if full:
            m.names = [full]
    if not m.names and head.lower_ == "those" and head.head.lower_ == "among":
        # "Among those executed ... were A and B": the people the main clause names
        speakers = {t.i for t in m.sent if t.dep_ == "nsubj" and is_report_word(t.head)}
        speaker_tokens = {s.i for i in speakers for s in doc[i].subtree}
        m.names = [
            n
            for n in _names_in(doc, m.sent.start, m.sent.end, {t.i for t in m.sent} - speaker_tokens)
            if n not in text
        ]
    if m.names and fig.count is not None and re.search(rf",\s*{fig.count}\b", text):
        fig = Figure(description=fig.description)  # "Rizki Maulana, 19,": an age, not a count
    if (
        fig.count is None
        and head.tag_ == "NN"
        and any(c.lower_ in {"a", "an", "one"} for c in head.children if c.dep_ in {"det", "nummod"})
    ):
        fig = Figure(count=1, qualifier="exact", description=fig.description)
    if m.type == "killing" and m.trigger.kind == NOMINAL and "prisoner" in text.lower():
        m.type = "execution"  # killing prisoners held by the state is execution without trial
    if (
        fig.count is None
        and m.names
        and not re.search(r"\b(dozens|hundreds|thousands|numerous|several|many)\b", text, re.I)
    ):
        fig = Figure(count=len(m.names), qualifier="exact", description=fig.description)
    if m.names and fig.description and any(n.split()[-1] in fig.description for n in m.names):
        fig.description = None
    m.figure = fig


def _definite_back_reference(head: Token) -> bool:
    if any(c.like_num or c.pos_ == "NUM" or c.ent_type_ == "PERSON" for c in head.subtree):
        return False
    det = {c.lower_ for c in head.children if c.dep_ in {"det", "poss"}}
    if head.lower_ in {"majority", "most", "many", "some", "all", "rest", "remainder"} or (
        head.lower_ == "those" and head.head.lower_ != "among"
    ):
        return True
    return bool(det & {"the", "these", "those"}) and head.lower_ in {
        "fatalities",
        "victims",
        "dead",
        "deceased",
    }


def _nominal_anaphoric(m: Mention) -> bool:
    root = m.trigger.root
    if not root.doc.has_annotation("DEP"):
        return m.anaphoric
    det = [c.lower_ for c in root.children if c.dep_ in {"det", "poss"}]
    has_of = any(c.dep_ == "prep" and c.lower_ in {"of", "against"} for c in root.children)
    dated = any(t.ent_type_ in _DATE_LABELS for t in root.subtree)
    return (
        m.figure.count is None
        and not m.names
        and not has_of
        and not dated
        and not m.victim_found
        and any(d in _DEFINITE for d in det)
    )


def fill_perpetrators(m: Mention) -> None:
    doc = m.sent.doc
    if not doc.has_annotation("DEP"):
        return
    root = m.trigger.root
    cands: list[Token] = []
    agent = next((c for c in root.children if c.dep_ == "agent"), None)
    if agent is not None:
        cands += [c for c in agent.children if c.dep_ == "pobj"]
    if m.trigger.kind != NOMINAL and not any(c.dep_ == "auxpass" for c in root.children):
        subj = _child(root, "nsubj")
        if (
            subj is not None
            and subj.lower_ not in _PRONOUNS | {"who", "that", "which"}
            and _child(root, "dobj")
        ):
            cands.append(subj)
    if m.trigger.kind == NOMINAL and root.dep_ in {"dobj"} and not is_report_word(root.head):
        subj = _child(root.head, "nsubj")
        if subj is not None:
            cands.append(subj)
    for c in cands:
        lo, hi = _subtree_text(c)
        words = {t.lower_ for t in doc[lo:hi]}
        if words & _NON_STATE_WORDS and not words & {"security", "police", "army", "forces"}:
            m.non_state = True
        m.perpetrators.append(doc[lo:hi].text)


def fill_place(m: Mention) -> None:
    doc = m.sent.doc
    root = m.trigger.root
    if doc.has_annotation("DEP"):
        # "executions in Gambia, Iraq, and South Sudan": one incident per conjoined place.
        holders = [root]
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            holders.append(root.head.head)  # "the use of capital punishment in A, B and C"
        for c in [c for h in holders for c in h.children]:
            if c.dep_ == "prep" and c.lower_ == "in":
                obj = _child(c, "pobj")
                if obj is not None and obj.ent_type_ == "GPE" and obj.conjuncts:
                    places = [obj, *obj.conjuncts]
                    names = []
                    for p in places:
                        ent = next((e for e in doc.ents if e.start <= p.i < e.end), None)
                        names.append(ent.text if ent is not None else p.text)
                    if all(is_country(n) for n in names):
                        m.places = names  # one incident per country; cities of one country stay one event
    m.place = place_for(m.sent, root)


def finish_anaphora(m: Mention) -> None:
    if m.trigger.kind == NOMINAL and not m.anaphoric:
        m.anaphoric = _nominal_anaphoric(m)
