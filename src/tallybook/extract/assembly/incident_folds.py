"""Trigger hits that belong to another incident of the same sentence, and official versions.

- Trigger hits that only frame another ("held incommunicado ..., during which they were beaten",
  "mock executions") are dropped in `framed_triggers`.
- "was arrested by police on 3 March and has not been seen since": one enforced disappearance
  that began with the arrest (no separate arrest), unless the sentence splits the group ("the
  whereabouts of six of them") or the disappearance is a bounded incommunicado spell; so does
  "went missing after being detained" (the arrest told in a clause of "after"/"since", even where
  the parser reads "after" as a preposition: "after men in uniform detained him"), but not
  "police arrested 40 villagers after three students went missing" (a later act).
- "who was 17 years old when he was arrested": the arrest dates an age; it is not told here.
- "The army said the men were killed in combat": the state's version of a death the text has
  told is a denial of that incident's type (disputed_by), not a new killing.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from tallybook.extract.assembly.official_accounts import presented_as, self_defence
from tallybook.extract.attribution.claimants import PUBLISHER
from tallybook.extract.detection.trigger_lexicon import NOMINAL, wordset
from tallybook.extract.detection.triggers import Trigger
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import doc_text, lower_forms
from tallybook.model import Figure
from tallybook.model.vocab import FATAL_TYPES

_AGE_WORDS = wordset("old minor minors child children juvenile juveniles boy girl teenager teenagers")


def is_background_arrest(t: Trigger) -> bool:
    """ "who was 17 years old when he was arrested", "were minors when they were detained": the
    arrest only dates the person's age; the text tells the arrest elsewhere, if at all."""
    root = t.root
    if t.type != "arrest" or root.dep_ != "advcl" or not root.doc.has_annotation("DEP"):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in root.children):
        return False
    if any(t.ent_type_ == "DATE" for t in root.subtree):
        return False  # "when he was arrested in 2014": the text dates the arrest, so it tells it
    head = root.head
    pred = [c for c in head.children if c.dep_ in {"acomp", "attr"}]
    return head.lower_ in {"was", "were", "is", "are", "been"} and any(
        w.lower_ in _AGE_WORDS for p in pred for w in p.subtree
    )


_SPLIT_RE = re.compile(
    r"\b(?:of\s+them|of\s+those|the\s+others|the\s+rest|some|many|several|most|few|none)\b", re.I
)


_ONGOING_WORDS = wordset("seen whereabouts fate disappeared disappearance missing")
# "went missing after being detained by soldiers": the arrest a later clause tells is where the
# disappearance began
_SINCE = wordset("after since following")


def _ongoing(m: Mention) -> bool:
    """A disappearance that continues ("has not been seen since", "whereabouts remain unknown",
    "forcibly disappeared"), not a bounded spell of incommunicado detention nor a denial."""
    words = {w.lower_ for w in m.trigger.span}
    return (
        m.type == "enforced_disappearance" and bool(words & _ONGOING_WORDS) and "incommunicado" not in words
    )


def _same_victims(arrest: Mention, gone: Mention) -> bool:
    if gone.names and arrest.names and not set(gone.names) & set(arrest.names):
        return False
    a, g = arrest.figure.count, gone.figure.count
    return g is None or a is None or a == g


def _opened_by(arrest: Mention, gone: Mention) -> bool:
    """The arrest is told after the disappearance in a clause of "after"/"since" that hangs on the
    disappearance's own verb: "went missing after being detained by soldiers"."""
    root, top = arrest.trigger.root, gone.trigger.root
    return root.i > top.i and (_after_clause(root, top) or _split_after(root, top))


def _split_after(root: Token, top: Token) -> bool:
    """ "remained missing after men identifying themselves as police detained him": the parser
    takes "after" for a preposition of the disappearance's verb whose object is the arrest's agent,
    and hangs the arrest's verb on that verb as a clause of its own; no coordinator or semicolon
    between them makes it a second act ("went missing after the march, and police detained 40")."""
    if root.head.i != top.i or root.dep_ not in ("advcl", "conj"):
        return False
    opener = next(
        (c for c in top.children if c.dep_ == "prep" and c.lower_ in _SINCE and top.i < c.i < root.i), None
    )
    if opener is None:
        return False
    doc = root.doc
    return not any(
        doc[i].lower_ in (";", ":") or (doc[i].dep_ == "cc" and doc[i].head.i in (top.i, root.i))
        for i in range(opener.i + 1, root.i)
    )


def _after_clause(root: Token, top: Token) -> bool:
    """`root` heads, or sits in, a clause of "after"/"since" hanging on `top`'s verb."""
    cur = root
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return False
        opener = cur.lower_ in _SINCE or any(c.dep_ == "mark" and c.lower_ in _SINCE for c in cur.children)
        if head.i == top.i or head.i == top.head.i:
            return opener
        cur = head
    return False


def fold_arrest_into_disappearance(mentions: list[Mention]) -> list[Mention]:
    """ "X was detained by police on 3 March and has not been seen since": the arrest opens the
    disappearance the same sentence tells; one enforced disappearance, dated by the arrest."""
    text = doc_text(mentions[0].sent.doc) if mentions else ""
    folded: set[int] = set()
    for gone in mentions:
        if not _ongoing(gone):
            continue
        arrests = [
            a
            for a in mentions
            if a.type == "arrest"
            and id(a) not in folded
            and a.sent.start == gone.sent.start
            and (a.trigger.span.end <= gone.trigger.span.start or _opened_by(a, gone))
            # "police arrested 40 villagers after three students went missing": a later act
            and not _after_clause(gone.trigger.root, a.trigger.root)
            and _same_victims(a, gone)
        ]
        if not arrests:
            continue
        arrest = arrests[-1]
        lo, hi = sorted((arrest.trigger.span.end_char, gone.trigger.span.end_char))
        # (and the disappearance's own phrase: "the whereabouts of at least 37 of them")
        edge = gone.trigger.root.right_edge
        hi = max(hi, edge.idx + len(edge.text)) if gone.trigger.root.i > arrest.trigger.root.i else hi
        between = text[lo:hi]
        if _SPLIT_RE.search(between):
            continue  # "detained 40 villagers ... the whereabouts of six of them": part of the group
        folded.add(id(arrest))
        gone.names = gone.names or list(arrest.names)
        if gone.figure.count is None and arrest.figure.count is not None:
            gone.figure = arrest.figure
        gone.date = arrest.date or gone.date
        gone.date_from_claim = arrest.date_from_claim if arrest.date else gone.date_from_claim
        gone.place = arrest.place or gone.place
        gone.perpetrators = gone.perpetrators or list(arrest.perpetrators)
    return [m for m in mentions if id(m) not in folded]


# "killed in an exchange of fire / a gunfight / crossfire / an encounter / combat / clashes"
_COMBAT = wordset(
    "exchange gunfight gunfights shootout shoot-out crossfire cross-fire encounter combat clash clashes "
    "firefight battle fighting skirmish operation"
)
_STATE_WORDS = wordset(
    "authorities authority army military police government ministry spokesperson spokesman "
    "spokeswoman officials official forces battalion command governor prosecutor prosecutors "
    "commander commanders troops state ministry's army's police's officers department"
)


def _combat_frame(root: Token) -> bool:
    """The death is set in an armed exchange: "killed in an exchange of fire", "died in a
    gunfight after opening fire on officers", "were killed in combat"."""
    forms = lower_forms(root.doc)
    for c in root.children:
        if (
            c.dep_ == "prep"
            and c.lower_ in {"in", "during"}
            and any(g.dep_ == "pobj" and g.lower_ in _COMBAT for g in c.children)
        ):
            return True
        # (the words of the clause's stretch of text first: it holds the whole subtree)
        if (
            c.dep_ in {"prep", "advcl"}
            and c.i > root.i
            and "fire" in forms[c.left_edge.i : c.right_edge.i + 1]
        ):
            # "after opening fire on officers", "when he opened fire": the victim shot first
            words = {w.lower_ for w in c.subtree}
            if "fire" in words and words & {"opening", "opened", "firing"}:
                return True
    return False


def state_speaker(m: Mention) -> bool:
    """The source of `m` is a state body or official ("the ministry", "police", "a security official")."""
    verb = m.attribution.verb
    if verb is None:
        return False
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "agent"}), None)
    words = {w.lower_ for w in subj.subtree} if subj is not None else set()
    named = [n for n, _ in m.attribution.claims if n != PUBLISHER]
    # "Government of X", or a force named for what it is ("Rapid Action Battalion", "X Police")
    state_named = any(n.startswith("Government of") or set(n.lower().split()) & _STATE_WORDS for n in named)
    if words & _STATE_WORDS or state_named:
        return True
    # "RAB stated ...": an acronym the document names as a state body
    return subj is not None and subj.text.isupper() and _org_kind(m, subj.text) == "government"


def _org_kind(m: Mention, surface: str) -> str | None:
    orgs = m.sent.doc._.tb_orgs if m.sent.doc.has_extension("tb_orgs") else None
    for o in orgs or []:
        if surface == o.name or surface in (o.aliases or []):
            return str(o.kind)
    return None


def is_official_version(m: Mention) -> bool:
    """A state source's account of a death as a lawful armed exchange."""
    if m.type not in FATAL_TYPES or not m.sent.doc.has_annotation("DEP"):
        return False
    root = m.trigger.root
    lawful = _combat_frame(root) or _combat_frame(root.head) or self_defence(root)
    return (lawful and state_speaker(m)) or presented_as(root)  # "presented the dead as ..."


_DEFINITE = wordset("the this that these those such")


def restates_nominal(m: Mention, earlier: list[Mention], since: int) -> bool:
    """ "We are horrified by the killing of schoolchildren" after the airstrike that killed 38: a
    definite noun phrase with no figure, name, date or place of its own names the event just told."""
    root = m.trigger.root
    if m.trigger.kind != NOMINAL or m.names or m.figure.count is not None or m.summary:
        return False
    if _dated_possessive(m, earlier):
        return True
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in root.children):
        return False
    if any(t.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"} for t in root.subtree):
        return False
    return any(
        x.type == m.type and x.sent.start >= since and not x.summary and (x.figure.count or x.names)
        for x in earlier
    )


def _dated_possessive(m: Mention, earlier: list[Mention]) -> bool:
    """ "Tuesday's executions bring the year's total to 112": the executions of a day already told
    (with a figure), named by their date; a back-reference, not another incident."""
    day = next((c for c in m.trigger.root.children if c.dep_ == "poss" and c.ent_type_ == "DATE"), None)
    if day is None or m.date is None:
        return False
    return any(x.type == m.type and x.date == m.date and not x.summary and x.figure.count for x in earlier)


_MEMBER_PREPS = wordset("including among")


def _member_person(root: Token, words: set[str]) -> Token | None:
    """The named person a relative clause hangs on, through appositions ("X, a member of the
    group Y, who died ..."), when "including"/"among" lists that person inside an aggregate."""
    tok = root.head
    for _ in range(5):
        if tok.text in words:
            break
        if tok.dep_ not in {"appos", "pobj", "compound", "nummod", "prep"} or tok.head.i == tok.i:
            return None
        tok = tok.head
    if tok.text not in words:
        return None
    up = tok
    while up.dep_ in {"appos", "conj", "compound"} and up.head.i != up.i:
        up = up.head
    return tok if up.dep_ == "pobj" and up.head.lower_ in _MEMBER_PREPS else None


def split_named_member(mentions: list[Mention]) -> None:
    """ "at least 12 prisoners died in custody, including X, who died in Y prison in August": the
    named person's death is an incident of its own, with one victim (CONVENTIONS.md)."""
    for m in mentions:
        root = m.trigger.root
        if root.dep_ != "relcl" or m.figure.count not in {None, 1} or not root.doc.has_annotation("DEP"):
            continue
        aggregates = [a for a in mentions if a is not m and a.sent.start == m.sent.start and _aggregate(a)]
        person = _member_person(root, {w for a in aggregates for n in a.names for w in n.split()})
        if person is None:
            continue
        for agg in aggregates:
            name = next((n for n in agg.names if person.text in n.split()), None)
            if name is None:
                continue
            m.names, m.figure, m.summary = [name], Figure(count=1, qualifier="exact"), agg.summary
            if (agg.figure.count or 0) < 2:
                agg.figure = Figure()  # its count was the people it lists, not the number it gives
            agg.names = [n for n in agg.names if n != name]
            break


def _aggregate(m: Mention) -> bool:
    """A mention of several victims: a figure of two or more, or a plural noun ("the deaths in
    custody of at least nine prisoners") whose only count is the people it lists."""
    root = m.trigger.root
    if (m.figure.count or 0) >= 2:
        return True
    return root.tag_ == "NNS" and bool(m.names) and m.figure.count == len(m.names)
