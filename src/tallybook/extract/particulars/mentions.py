"""One trigger in one sentence -> an incident mention: victims, figure, date, place, sources.

A mention is what a single sentence says about one incident; its victims and figure are read by
victims.py, its date by event_dates.py. `incidents.py` then merges the
mentions that describe the same event (same type, compatible figure, date and names) and turns
competing figures into disputes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from tallybook.extract.assertion.non_state import NON_STATE_PERPETRATORS, group_named, state_tied
from tallybook.extract.attribution.claimants import Attribution, is_report_word
from tallybook.extract.detection.trigger_lexicon import NOMINAL, wordset
from tallybook.extract.detection.triggers import Trigger
from tallybook.extract.particulars.place_context import referred_place
from tallybook.extract.particulars.places import is_country, place_for
from tallybook.extract.text.boilerplate import doc_ents, lower_forms, span_text
from tallybook.extract.text.parse_tree import child_index, dep_tree, first_child, has_parse
from tallybook.model import Figure, PartialDate

_PRONOUNS = wordset("they them he him she her his their its it we")
_NO_AGENT_WORDS = _PRONOUNS | {"who", "that", "which"}
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})
_NAMING_WORDS = frozenset({"identified", "named"})
_DEFINITE = wordset("the this these those his her their its that")
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
    date_from_scene: bool = False  # a lead's day lent by the next sentences that set its scene
    victims_back_reference: bool = False  # "The victims, identified as A, B ...": names for earlier

    @property
    def order(self) -> int:
        return self.start


def _subtree_text(head: Token) -> tuple[int, int]:
    return _subtree_span(head.doc, head.i)


def _name_as_clause(tok: Token) -> bool:
    """ "opposition leader Tundu Lissu": a name right after its title, parsed as a relative clause."""
    return tok.dep_ == "relcl" and tok.pos_ == "PROPN" and tok.left_edge.i == tok.head.i + 1


def _subtree_span(doc: Doc, head: int) -> tuple[int, int]:
    _, kids, deps, punct = dep_tree(doc)
    lowers = lower_forms(doc)

    def keep(c: int) -> bool:
        return deps[c] not in _CLAUSE_DEPS or lowers[c] in _NAMING_WORDS or _name_as_clause(doc[c])

    toks = [head]
    stack = [c for c in kids[head] if keep(c)]
    while stack:
        t = stack.pop()
        toks.append(t)
        stack.extend(c for c in kids[t] if keep(c))
    lo = min(toks)
    # a comma that closes a left-out relative clause ("A and B, who were hanged on 3 May,") would
    # stretch the span over the clause: the span ends at its last word
    hi = max((t for t in toks if not punct[t]), default=head) + 1
    return lo, hi


def _nominal_anaphoric(m: Mention) -> bool:
    root = m.trigger.root
    if not has_parse(root.doc):
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
    """The perpetrator phrases of a mention; a non-state one flags it (the mention-level stage of
    non_state.py)."""
    doc = m.sent.doc
    if not has_parse(doc):
        return
    root = m.trigger.root
    r = root.i
    heads, kids, deps, _ = dep_tree(doc)  # token indices: no Token objects for the walk
    lowers = lower_forms(doc)
    cands: list[int] = []
    agent = next((c for c in kids[r] if deps[c] == "agent"), None)
    if agent is not None:
        cands += [c for c in kids[agent] if deps[c] == "pobj"]
    if m.trigger.kind != NOMINAL and not any(deps[c] == "auxpass" for c in kids[r]):
        subj = child_index(doc, r, "nsubj")
        dobj = child_index(doc, r, "dobj")
        if subj is not None and lowers[subj] not in _NO_AGENT_WORDS and dobj is not None:
            cands.append(subj)
    if m.trigger.kind == NOMINAL:
        # "documented killings by armed groups": "by" may hang on the verb, right after the noun
        by = next(
            (
                c
                for c in [*kids[r], *kids[heads[r]]]
                if deps[c] == "prep" and lowers[c] == "by" and (heads[c] == r or c == root.right_edge.i + 1)
            ),
            None,
        )
        cands += [c for c in (kids[by] if by is not None else []) if deps[c] == "pobj"]  # "killings by X"
    base = r
    while deps[base] == "conj" and heads[base] != base and m.trigger.kind == NOMINAL:
        base = heads[base]  # "included beatings, amputations and executions": the list shares its verb
    if m.trigger.kind == NOMINAL and deps[base] == "dobj" and not is_report_word(doc[base].head):
        subj = child_index(doc, heads[base], "nsubj")
        if subj is not None:
            cands.append(subj)
            # "punishments imposed by the rebels included floggings": a non-state agent of the
            # subject's participle did them (another agent, "abuses documented by the UN", only tells)
            for acl in (c for c in kids[subj] if deps[c] == "acl" and doc[c].tag_ == "VBN"):
                for g in (g for a in kids[acl] if deps[a] == "agent" for g in kids[a] if deps[g] == "pobj"):
                    lo, hi = _subtree_span(doc, g)
                    if set(lowers[lo:hi]) & NON_STATE_PERPETRATORS and not state_tied(lowers[lo:hi]):
                        cands.append(g)
    for c in cands:
        lo, hi = _subtree_span(doc, c)
        words = set(lowers[lo:hi])
        armed_group = "armed" in words and bool(words & {"groups", "group", "men"})
        # "pro-government armed groups", "militias allied with the army": the state's own agents
        named = group_named(lowers[lo:hi])  # "killings by Islamic State fighters"
        if (words & NON_STATE_PERPETRATORS or armed_group or named) and not state_tied(lowers[lo:hi]):
            m.non_state = True
        m.perpetrators.append(span_text(doc[lo:hi]))


def fill_place(m: Mention) -> None:
    doc = m.sent.doc
    root = m.trigger.root
    if has_parse(doc):
        # "executions in Gambia, Iraq, and South Sudan": one incident per conjoined place.
        holders = [root]
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            holders.append(root.head.head)  # "the use of capital punishment in A, B and C"
        for c in [c for h in holders for c in h.children]:
            if c.dep_ == "prep" and c.lower_ == "in":
                obj = first_child(c, "pobj")
                if obj is not None and obj.ent_type_ == "GPE" and obj.conjuncts:
                    places = [obj, *obj.conjuncts]
                    names = []
                    for p in places:
                        ent = next((e for e in doc_ents(doc) if e.start <= p.i < e.end), None)
                        names.append(ent.text if ent is not None else p.text)
                    if all(is_country(n) for n in names):
                        m.places = names  # one incident per country; cities of one country stay one event
    m.place = place_for(m.sent, root)
    # "hanged in the same prison", "died in custody there": the place named before
    m.place = referred_place(m.sent, m.place) or m.place


def finish_anaphora(m: Mention) -> None:
    if m.trigger.kind == NOMINAL and not m.anaphoric:
        m.anaphoric = _nominal_anaphoric(m) or _characterised(m.trigger.root)


def _characterised(root: Token) -> bool:
    """ "X's execution is a gross violation", "his arrest was arbitrary": a verdict on an event,
    said of it by name; the event itself is reported elsewhere."""
    if not has_parse(root.doc) or root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    possessed = any(c.dep_ == "poss" for c in root.children)
    verdict = any(c.dep_ in {"attr", "acomp"} for c in root.head.children)
    # "Saudi Arabia's execution of thirty-seven men on Saturday ... is": the event itself, told here
    told = any(t.like_num or t.ent_type_ in _DATE_LABELS for t in root.subtree if t.i != root.i)
    return possessed and verdict and not told
