"""One trigger in one sentence -> an incident mention: victims, figure, date, place, sources.

A mention is what a single sentence says about one incident. `incidents.py` then merges the
mentions that describe the same event (same type, compatible figure, date and names) and turns
competing figures into disputes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from tallybook.extract.claimants import REACTION_WORDS, Attribution, is_report_word
from tallybook.extract.dates import Reference, open_range_since, resolve_date
from tallybook.extract.figures import combine, parse_figure
from tallybook.extract.people import resolve_person
from tallybook.extract.places import place_for
from tallybook.extract.triggers import NOMINAL, NOMINAL_WORDS, Trigger
from tallybook.model import Figure, PartialDate

_PRONOUNS = frozenset("they them he him she her his their its it we".split())
_DEFINITE = frozenset("the this these those his her their its that".split())
# Victims whose killing is a non-state crime or a clash casualty on the state's side.
_SECURITY_WORDS = frozenset(
    "police policeman policemen officer officers soldier soldiers guard guards militiaman militiamen "
    "forces troops personnel".split()
)
# Perpetrators that make a killing a non-state crime.
_NON_STATE_WORDS = frozenset(
    "strikers rioters protesters protestors gunmen gunman militants militant insurgents terrorists bandits "
    "criminals assailants attackers mob rebels jihadists kidnappers robbers".split()
)
_ALONGSIDE = frozenset("alongside along together with".split())
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

    @property
    def order(self) -> int:
        return self.start


def _subtree_text(head: Token) -> tuple[int, int]:
    cut = {"relcl", "acl", "advcl"}
    toks = [head]
    stack = [c for c in head.children if c.dep_ not in cut]
    while stack:
        t = stack.pop()
        toks.append(t)
        stack.extend(c for c in t.children if c.dep_ not in cut)
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
        found = _child(cur, "nsubjpass")
        if found is None and trigger.type != "death_in_custody":
            found = _child(cur, "dobj")
        reduced = cur.lower_.endswith(("ed", "hanged")) and not _child(cur, "aux", "auxpass")
        if found is None and (trigger.type == "death_in_custody" or reduced):
            found = _child(cur, "nsubj")
        if found is not None:
            return found
        if cur.dep_ == "conj" and cur.head is not cur:
            cur = cur.head
            continue
        break
    if verb.dep_ == "relcl":
        return verb.head
    return None


def _victim_tokens(head: Token) -> set[int]:
    """Tokens that name the victims themselves: not "sons of X", not "X's family"."""
    keep: set[int] = set()
    stack = [head]
    while stack:
        tok = stack.pop()
        keep.add(tok.i)
        for c in tok.children:
            if c.dep_ in {"relcl", "acl", "poss", "advcl"}:
                continue
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
                if tok is not None and (allowed is None or tok.root.i in allowed) and person.name not in names:
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
    return sorted(names, key=lambda n: doc.text.find(n.split()[-1], lo_c))


def _is_security(head: Token) -> bool:
    words = {head.lower_} | {c.lower_ for c in head.children if c.dep_ in {"compound", "amod"}}
    return bool(words & _SECURITY_WORDS) and head.lower_ in _SECURITY_WORDS | {"members", "member"}


def fill_victims(m: Mention) -> None:
    doc = m.sent.doc
    head = _victim_head(m.trigger) if doc.has_annotation("DEP") else None
    if head is None:
        # No parse or no victim slot: a number just before a verbal trigger ("12 protesters killed").
        lo = max(m.sent.start, m.trigger.span.start - 6)
        m.figure = parse_figure(doc[lo : m.trigger.span.start].text) if m.trigger.kind != NOMINAL else Figure()
        if m.trigger.kind == NOMINAL and m.trigger.root.i > 0:
            m.figure = parse_figure(doc[max(m.sent.start, m.trigger.span.start - 3) : m.trigger.span.start].text)
        m.figure.description = None
        if m.trigger.kind == NOMINAL:
            m.anaphoric = any(t.lower_ in _DEFINITE for t in doc[max(m.sent.start, m.trigger.span.start - 2) :
                                                                        m.trigger.span.start])
        return
    m.victim_found = True
    if head.lower_ in _PRONOUNS:
        m.pronoun = True
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
    if fig.count is None and m.trigger.kind == NOMINAL:
        num = _child(m.trigger.root, "nummod")
        if num is not None:
            fig2 = parse_figure(doc[num.left_edge.i : num.i + 1].text)
            fig = Figure(count=fig2.count, qualifier=fig2.qualifier, low=fig2.low, high=fig2.high,
                         description=fig.description or fig2.description)
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
    if not m.names and head.pos_ == "PROPN" and head.ent_type_ not in {"GPE", "LOC", "NORP", "FAC"}:
        full = resolve_person(doc, head.text)
        if full:
            m.names = [full]
    if (
        fig.count is None
        and head.tag_ == "NN"
        and any(c.lower_ in {"a", "an", "one"} for c in head.children if c.dep_ in {"det", "nummod"})
    ):
        fig = Figure(count=1, qualifier="exact", description=fig.description)
    if m.type == "killing" and m.trigger.kind == NOMINAL and "prisoner" in text.lower():
        m.type = "execution"  # killing prisoners held by the state is execution without trial
    if fig.count is None and m.names and not re.search(r"\b(dozens|hundreds|thousands|numerous|several|many)\b",
                                                       text, re.I):
        fig = Figure(count=len(m.names), qualifier="exact", description=fig.description)
    if m.names and fig.description and any(n.split()[-1] in fig.description for n in m.names):
        fig.description = None
    m.figure = fig


def _definite_back_reference(head: Token) -> bool:
    if any(c.like_num or c.pos_ == "NUM" or c.ent_type_ == "PERSON" for c in head.subtree):
        return False
    det = {c.lower_ for c in head.children if c.dep_ in {"det", "poss"}}
    if head.lower_ in {"majority", "most", "many", "some", "all", "rest", "remainder"}:
        return True
    return bool(det & {"the", "these", "those"}) and head.lower_ in {"fatalities", "victims", "dead", "deceased"}


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
        if subj is not None and subj.lower_ not in _PRONOUNS | {"who", "that", "which"} and _child(root, "dobj"):
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


def _date_owner(tok: Token, roots: set[int]) -> int | None:
    """The trigger a date phrase belongs to: the first trigger above it, unless the path first
    crosses into a conjoined phrase ("the 2015 massacre and 2018 attack in which 45 were killed"),
    in which case the date belongs to the trigger inside that phrase."""
    cur = tok
    for _ in range(8):
        if cur.i in roots:
            return cur.i
        if cur.dep_ == "conj":
            inside = sorted(t.i for t in cur.subtree if t.i in roots)
            return inside[0] if inside else None
        if cur.head is cur:
            return None
        cur = cur.head
    return None


_REL_PHRASE = re.compile(
    r"\b(?:(?:the\s+)?(?:night|day|evening)\s+before|yesterday|(?:\w+)\s+(?:days?|weeks?|months?)\s+"
    r"(?:later|earlier|ago))\b",
    re.IGNORECASE,
)
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_ABS_DATE = re.compile(
    rf"\b\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?\b|\b{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?\b|\b{_MONTH}\s+\d{{4}}\b"
)
_LIFE_DATES = re.compile(r"\(([^()]*\d{4})\s*[–—-]\s*([^()]*\d{4})\)")


def _date_phrases(sent: Span) -> list[Span]:
    """DATE/TIME entities plus relative phrases the NER model tends to miss."""
    doc = sent.doc
    out = [e for e in sent.ents if e.label_ in _DATE_LABELS]
    # "between October 2018 and August": one range, not two dates.
    joined: list[Span] = []
    skip: set[int] = set()
    for k, e in enumerate(out):
        if k in skip:
            continue
        opens = e[0].lower_ in {"between", "from"} or (e.start > 0 and doc[e.start - 1].lower_ in {"between", "from"})
        if opens and k + 1 < len(out):
            nxt = out[k + 1]
            link = doc[e.end : nxt.start]
            if len(link) == 1 and link[0].lower_ in {"and", "to", "until", "through"}:
                joined.append(doc[e.start - (0 if e[0].lower_ in {"between", "from"} else 1) : nxt.end])
                skip.add(k + 1)
                continue
        if e.start > sent.start and doc[e.start - 1].lower_ in {"between", "from", "since"}:
            e = doc[e.start - 1 : e.end]  # keep the word that makes it a range
        joined.append(e)
    out = joined
    for rx in (_REL_PHRASE, _ABS_DATE):
        for m in rx.finditer(sent.text):
            span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
            if span is None:
                continue
            overlapping = [e for e in out if e.start < span.end and span.start < e.end]
            if all(len(e) < len(span) for e in overlapping):
                out = [e for e in out if e not in overlapping] + [span]
    return sorted(out, key=lambda e: e.start)


def death_date(sent: Span, ref: Reference) -> PartialDate | None:
    """ "X (24 February 2000 – 8 December 2022) was ...": the second of a person's life dates."""
    m = _LIFE_DATES.search(sent.text)
    if m is None:
        return None
    value = resolve_date(m.group(2), ref)
    return value if value is not None and value.precision == "day" else None


def previous_sentence_date(prev: Span, ref: Reference) -> PartialDate | None:
    """The first event date (not a reporting date) of the sentence before."""
    for e in _date_phrases(prev):
        if prev.doc.has_annotation("DEP") and _claim_verb_of(e.root) is not None:
            continue
        if _LIFE_DATES.search(prev.text):
            return None
        value = resolve_date(e.text, ref)
        if value is not None and not value.end:
            return value
    return None


def _nearest_root(span: Span, roots: set[int]) -> int | None:
    """The trigger nearest a date phrase in the same sentence (ties go to the earlier one)."""
    same = [r for r in roots if span.sent.start <= r < span.sent.end]
    if not same:
        return None
    return min(same, key=lambda r: (min(abs(r - span.start), abs(r - (span.end - 1))), r))


def _claim_verb_of(tok: Token) -> Token | None:
    head = tok.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    if is_report_word(head) and tok.head is not tok:
        return head
    return None


def _since(tok: Token) -> bool:
    cur = tok
    for _ in range(5):
        if cur.lower_ == "since":
            return True
        if cur.head is cur:
            break
        cur = cur.head
    return False


def fill_date(m: Mention, ref: Reference, roots: set[int]) -> None:
    """The date of the incident: the nearest date phrase of the trigger's own clause."""
    sent = m.sent
    doc = sent.doc
    parsed = doc.has_annotation("DEP")
    ents = _date_phrases(sent)
    life = death_date(sent, ref)
    if life is not None:
        life_text = _LIFE_DATES.search(sent.text)
        assert life_text is not None
        lo, hi = sent.start_char + life_text.start(), sent.start_char + life_text.end()
        ents = [e for e in ents if not (lo <= e.start_char < hi)]
        if m.type in {"execution", "killing", "death_in_custody"}:
            m.date, m.date_found = life, True
    # Dates without a year take it from a full date in the same sentence ("November ... December 23, 2019").
    sent_ref = ref
    for e in ents:
        full = resolve_date(e.text, ref)
        if full is not None and full.precision == "day" and re.search(r"\d{4}", e.text):
            sent_ref = Reference.from_partial(full.value)
            break
    best: tuple[int, PartialDate | None, str] | None = None
    for e in ents:
        text = e.text
        if parsed:
            claim_verb = _claim_verb_of(e.root)
            if claim_verb is not None and claim_verb.i != m.trigger.root.i:
                m.claim_date = resolve_date(text, ref) or m.claim_date
                if re.search(r"\bbefore\b|\blater\b|\bearlier\b", text):
                    continue
                continue
            owner = _date_owner(e.root, roots)
            if owner is not None and owner != m.trigger.root.i:
                continue
            if owner is None and _nearest_root(e, roots) != m.trigger.root.i:
                continue
        if re.search(r"\b(later|after)\b", text) and re.search(r"\b(day|week|month)s?\b", text):
            m.relative = text
            m.date_found = True
            return
        value = resolve_date(text, sent_ref if not re.search(r"\d{4}", text) else ref, m.claim_date)
        if value is None and not re.search(r"\b(between|from)\b", text, re.I):
            continue
        if value is not None and parsed and _since(e.root):
            value = open_range_since(value, ref)
        dist = min(abs(e.start - m.trigger.span.start), abs(e.end - m.trigger.span.end))
        if best is None or dist < best[0]:
            best = (dist, value, text)
    if best is not None:
        if best[1] is None and m.date is not None:
            return
        m.date = best[1]
        m.date_found = True
        if best[1] is not None and re.search(r"\b(before|yesterday)\b", best[2]) and m.claim_date is not None:
            m.date = resolve_date(best[2], ref, m.claim_date)


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
                    m.places = names
    m.place = place_for(m.sent, root)


def is_reaction_claim(m: Mention) -> bool:
    verb = m.attribution.verb
    return verb is not None and verb.lower_ in REACTION_WORDS


def finish_anaphora(m: Mention) -> None:
    if m.trigger.kind == NOMINAL and not m.anaphoric:
        m.anaphoric = _nominal_anaphoric(m)
