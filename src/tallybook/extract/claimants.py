"""Who says an incident happened: attribution of a trigger to its sources.

Reads the dependency parse around a trigger: the subject of a reporting verb above it ("Amnesty
International stated that ... were killed"), the agent of a passive one ("the toll ... announced
by the PMOI"), "according to X", and hedges ("reportedly", "allegedly", "believed to"). Verbs of
confirming give `confirms`, verbs of denying `disputes`; everything else `asserts`. With no
named source the claimant is the publisher. Names are canonicalised through the organisations
and people components ("PMOI" -> its full name, "the Special Rapporteur" -> the person).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from tallybook.extract.organizations import canonical_org_name
from tallybook.extract.people import resolve_person
from tallybook.extract.trigger_lexicon import wordset
from tallybook.model import Certainty, Stance

PUBLISHER = "publisher"

# Lower-cased verb forms (no lemmatizer needed) that introduce what a source says or reacts to.
_REPORT_WORDS = wordset(
    "dismiss dismissed dismisses say says said saying state states stated stating "
    "report reports reported reporting "
    "announce announces announced announcing document documents documented documenting allege "
    "alleges alleged alleging claim claims claimed claiming tell tells told add adds added note "
    "notes noted noting recall recalls recalled recalling express expresses expressed "
    "expressing condemn condemns condemned condemning warn warns warned estimate estimates "
    "estimated record records recorded reveal reveals revealed find finds found write writes "
    "wrote voice voices voiced refer refers referred referring accuse accuses accused alarmed "
    "concerned deplore deplores deplored denounce denounces denounced indicate indicates "
    "indicated cite cites cited register registered count counted admit admits admitted "
    "acknowledge acknowledged confirm confirms confirmed confirming verify verified corroborate "
    "corroborated deny denies denied denying reject rejects rejected dispute disputes disputed "
    "contest contested refute refuted put puts"
)
_CONFIRM_WORDS = wordset("confirm confirms confirmed confirming verify verified corroborate corroborated")
_DISPUTE_WORDS = wordset(
    "dismiss dismissed dismisses deny denies denied denying reject rejects rejected "
    "dispute disputes disputed contest "
    "contested refute refuted"
)
_DOCUMENT_NOUNS = wordset("release report reports statement statements figures data study account")
_PRONOUNS = frozenset(["he", "she", "they", "we", "i"])
_NOT_SOURCES = wordset("who which that this it what there")
# "Several said ...", "at least six of them had told the court": the victims speaking inside a
# reported account, not a source of their own.
_QUANTIFIERS = wordset("several many some most few one all both others each none")
# Generic heads that a following proper name spells out ("the human rights center Viasna").
_GENERIC_ORG_HEADS = wordset(
    "group groups alliance organisation organization center centre network monitor ngo coalition"
)
# A lower-case descriptor before a capitalised name ("NGO Iran Human Rights", "the group Hengaw").
_DESCRIPTOR_RE = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:[a-z][\w-]*|NGO|UN)\s+){0,3}"
    r"(?:NGO|ngo|group|alliance|organi[sz]ation|cent(?:er|re)|network|monitor|coalition)\s+(?=[A-Z])"
)
_HEDGES = {
    "reportedly": Certainty.REPORTEDLY,
    "allegedly": Certainty.ALLEGEDLY,
    "purportedly": Certainty.ALLEGEDLY,
    "believed": Certainty.REPORTEDLY,
    "thought": Certainty.REPORTEDLY,
    "said": Certainty.REPORTEDLY,
}
_LEADING_RE = re.compile(r"^(?:the|a|an|mr\.?|ms\.?|mrs\.?|dr\.?)\s+", re.IGNORECASE)


@dataclass
class Attribution:
    """The sources a sentence gives for one trigger, with the verb's token (for claim dates)."""

    claims: list[tuple[str, str]] = field(default_factory=list)  # (canonical name, stance)
    certainty: str = Certainty.STATED
    verb: Token | None = None
    raw: list[str] = field(default_factory=list)


def is_report_word(token: Token) -> bool:
    return token.lower_ in _REPORT_WORDS


def _stance(verb: Token) -> str:
    if verb.lower_ in _CONFIRM_WORDS:
        return Stance.CONFIRMS
    if verb.lower_ in _DISPUTE_WORDS:
        return Stance.DISPUTES
    return Stance.ASSERTS


def _phrase_candidates(head: Token) -> list[str]:
    """Ways to name the source headed by `head`: the person it names, its organisation, the phrase."""
    doc = head.doc
    sub = {
        t.i
        for t in head.subtree
        if not any(a.dep_ == "relcl" for a in t.ancestors if a.i in {x.i for x in head.subtree})
    }
    out: list[str] = []
    for e in doc.ents:
        if e.label_ == "PERSON" and e.root.i in sub:
            out.append(e.text)
            break
    for e in doc.ents:
        if e.start <= head.i < e.end and e.label_ == "ORG":
            out.append(e.text)
    out.append(_phrase(head))
    if head.pos_ == "PROPN":
        for e in doc.ents:
            if e.label_ == "ORG" and e.root.i in sub and e.text not in out:
                out.append(e.text)
    return out


def _named_apposite(head: Token) -> Token | None:
    """ "the human rights center Viasna", "the alliance X": the name that spells out a generic head."""
    if head.lower_ not in _GENERIC_ORG_HEADS:
        return None
    for c in head.children:
        if c.i > head.i and c.pos_ == "PROPN" and c.dep_ in {"appos", "compound", "npadvmod", "nmod"}:
            return c
    nxt = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if nxt is not None and nxt.pos_ == "PROPN":
        return nxt
    return None


def _phrase(head: Token) -> str:
    """The source phrase headed by `head`, without relative clauses or appositions."""
    doc = head.doc
    cut = {"relcl", "acl", "appos", "punct", "advcl"}
    keep: list[Token] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        keep.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in cut)
    keep.sort(key=lambda t: t.i)
    # The phrase is contiguous from its first kept token to the head's right edge of kept tokens.
    lo, hi = keep[0].i, keep[-1].i + 1
    text = doc[lo:hi].text
    for ent in doc.ents:
        if lo <= ent.start and ent.end <= hi and ent.label_ in {"PERSON", "ORG"} and len(keep) > 6:
            return ent.text
    return text


def canonical_source(doc: Doc, raw: str | list[str]) -> str:
    """Canonical name of a source phrase: an organisation, a person, or the phrase as written."""
    candidates = [" ".join(r.split()).strip(" ,.:;\"“”'") for r in ([raw] if isinstance(raw, str) else raw)]
    # "the Haalvsh website", "the group's Telegram channel": the outlet, not its medium
    medium = r"(?:['’]s)?\s+(?:website|web site|site|telegram channel|channel|account)$"
    candidates = [re.sub(medium, "", c, flags=re.I) for c in candidates if c]
    candidates = [c for c in candidates if c]
    if not candidates:
        return PUBLISHER
    for name in candidates:
        variants = (
            _DESCRIPTOR_RE.sub("", name),  # "the NGO Iran Human Rights": the name, not the descriptor
            name,
            _LEADING_RE.sub("", name),
            re.sub(r"\s*\([^)]*\)\s*", " ", name).strip(),
            *_owner_variants(name),
        )
        for variant in variants:
            org = canonical_org_name(doc, variant)
            if org:
                return org
            person = resolve_person(doc, variant)
            if person:
                return person
    name = _DESCRIPTOR_RE.sub("", candidates[0]) or candidates[0]
    longer = _org_containing(doc, name)
    if longer:
        return longer
    return name[0].upper() + name[1:] if name[:1].islower() else name


def _owner_variants(name: str) -> list[str]:
    """ "PMOI's network inside Iran" -> "PMOI"; "PMOI/MEK" -> "PMOI", "MEK": the organisation
    behind a part of it, and each of two names written together."""
    out: list[str] = []
    owner = re.match(r"^(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s\s+[a-z]", name)
    if owner:
        out.append(owner.group(1))
    if "/" in name:
        out.extend(p.strip() for p in name.split("/") if p.strip())
    return out


def _org_containing(doc: Doc, name: str) -> str | None:
    """ "Viasna" -> "Viasna Human Rights Centre": the one organisation whose name starts with it."""
    if not name[:1].isupper() or len(name) < 3:
        return None
    key = name.lower() + " "
    found = {o.name for o in doc._.tb_orgs or [] if o.name.lower().startswith(key)}
    return found.pop() if len(found) == 1 else None


def _subject(verb: Token) -> Token | None:
    """The subject of `verb`, following conjunctions and participles up to a finite verb."""
    cur: Token | None = verb
    for _ in range(4):
        if cur is None:
            return None
        for c in cur.children:
            if c.dep_ in {"nsubj", "csubj"}:
                return c
        agent = _agent(cur)
        if agent is not None:
            return agent
        if cur.dep_ in {"conj", "advcl", "xcomp", "ccomp"} and cur.head is not cur:
            cur = cur.head
            continue
        return None
    return None


def _agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _according_to(sent: Span) -> Token | None:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor(1).lower_ == "to":
            objs = [c for c in tok.nbor(1).children if c.dep_ == "pobj"] or [
                c for c in tok.children if c.dep_ == "pobj"
            ]
            if not objs and tok.i + 2 < sent.end:
                objs = [tok.nbor(2).head if tok.nbor(2).head.i > tok.i else tok.nbor(2)]
            if objs:
                obj = objs[0]
                if obj.lower_ in _DOCUMENT_NOUNS:
                    inner = _document_author(obj)
                    if inner is not None:
                        return inner
                return obj
    return None


def _document_author(noun: Token) -> Token | None:
    """ "a news release issued by the experts" -> experts; "a report by X" -> X."""
    for tok in noun.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ in {"by", "from", "of"} and tok is not noun:
            return tok
    return None


# How the path from a trigger may enter a reporting verb: its content, not its adjuncts.
_CONTENT_DEPS = wordset("ccomp xcomp dobj attr acomp oprd parataxis nsubjpass csubj")
_CONTENT_PREPS = wordset("to on about of over by that including")


def _enters_as_content(child: Token) -> bool:
    if (
        child.dep_ == "prep"
        and child.lower_ == "in"
        and any(c.dep_ == "pobj" and c.lower_ in _DOCUMENT_NOUNS for c in child.children)
    ):
        return True  # "said in a report that ...": the report holds what was said
    verb = child.head
    if child.i < verb.i and verb.i + 1 < len(verb.doc) and verb.nbor(1).text in {":", "—", "–"}:
        return False  # "Following X, Y said: ..." introduces what comes after, not before
    if child.dep_ in _CONTENT_DEPS:
        return True
    return child.dep_ in {"prep", "agent"} and child.lower_ in _CONTENT_PREPS


_DATELINE = re.compile(r"^[A-Z][A-Z .,'’/-]{2,40}\s*\([^()\n]{4,40}\)\s*[-–—]")


def _dateline_end(sent: Span) -> int:
    from tallybook.extract.event_dates import dateline_end

    return dateline_end(sent)


def _after_dateline(sent: Span) -> Token | None:
    """The head of the noun phrase right after a dateline ("GENEVA (...) – UN experts said")."""
    end = _dateline_end(sent)
    first = next((t for t in sent if t.idx >= end and not t.is_punct and not t.is_space), None)
    cur = first
    while (
        cur is not None and cur.dep_ in {"compound", "amod", "det", "nummod", "nmod"} and cur.head is not cur
    ):
        cur = cur.head
    return cur


def attribute(
    trigger: Token, sent: Span, speaker: str | None = None, scope: tuple[int, int] | None = None
) -> Attribution:
    """The sources that assert, confirm or dispute the incident `trigger` states."""
    doc = trigger.doc
    out = Attribution()
    for tok in sent:
        hedge = _HEDGES.get(tok.lower_)
        if hedge is None:
            continue
        if tok.lower_ in {"believed", "thought", "said"} and not (
            tok.i + 1 < sent.end
            and tok.nbor(1).lower_ == "to"
            and any(c.dep_ == "auxpass" for c in tok.children)
        ):
            continue
        out.certainty = hedge
        break
    seen: set[str] = set()

    def add(head: Token, stance: str) -> None:
        if head.lower_ in _QUANTIFIERS or head.pos_ == "NUM":
            return
        named = _named_apposite(head)
        if named is not None:
            head = named
        if head.lower_ in _PRONOUNS:
            raw, name = head.text, head.text
        else:
            cands = _phrase_candidates(head)
            raw, name = cands[0], canonical_source(doc, cands)
        if name.lower() not in seen:
            seen.add(name.lower())
            out.claims.append((name, stance))
            out.raw.append(raw)

    if doc.has_annotation("DEP"):
        # Reporting verbs among the heads above the trigger.
        cur = trigger
        ancestors = {a.i for a in trigger.ancestors}
        for _ in range(10):
            if cur.head is cur:
                break
            child, cur = cur, cur.head
            if scope is not None and not (scope[0] <= cur.idx < scope[1]):
                break  # inside a quotation, only the quoted words' own verbs count
            if is_report_word(cur) and cur is not trigger and _enters_as_content(child):
                subj = _subject(cur)
                if subj is not None and subj.i in ancestors:
                    subj = None  # "alarmed by reports of executions": the cause, not a source
                if subj is not None and subj.idx < _dateline_end(sent):
                    subj = _after_dateline(sent)
                if subj is not None and subj.i != trigger.i and subj.lower_ not in _NOT_SOURCES:
                    add(subj, _stance(cur))
                    out.verb = out.verb or cur
        # "the toll ... that was announced by X", "figures published by X".
        for child in trigger.subtree:
            if child.dep_ in {"relcl", "acl"} and is_report_word(child):
                agent = _agent(child)
                if agent is not None:
                    add(agent, _stance(child))
        if not out.claims:
            # "Soldiers killed 21 people ..., Amnesty International said on Monday."
            root = sent.root
            for c in [root, *root.children]:
                opens_speech = c.i + 1 < len(c.doc) and c.nbor(1).text in {":", "—", "–"}
                if (
                    c.i > trigger.i
                    and is_report_word(c)
                    and not opens_speech
                    and (c is root or c.dep_ in {"parataxis", "ccomp", "conj"})
                ):
                    subj = _subject(c)
                    if subj is None or subj.i < trigger.i:
                        # "..., Amnesty International said": the name just before the verb
                        near = [
                            e
                            for e in sent.ents
                            if e.label_ in {"ORG", "PERSON"} and trigger.i < e.start and 0 <= c.i - e.end <= 1
                        ]
                        subj = near[-1].root if near else None
                    if subj is not None and subj.i > trigger.i and subj.lower_ not in _NOT_SOURCES:
                        add(subj, _stance(c))
                        out.verb = c
                        break
        according = _according_to(sent)
        if according is not None and not (scope is not None and not scope[0] <= according.idx < scope[1]):
            add(according, Stance.ASSERTS)
    if not out.claims and speaker:
        out.claims.append((speaker, Stance.ASSERTS))
    if not any(stance == Stance.ASSERTS for _, stance in out.claims):
        if out.claims and all(stance == Stance.CONFIRMS for _, stance in out.claims):
            out.claims.insert(0, (PUBLISHER, Stance.ASSERTS))
        elif not out.claims:
            out.claims.append((PUBLISHER, Stance.ASSERTS))
    return out
