"""Which named body a source phrase names without naming it itself: the owner after "of" ("the
network of X inside the country") and the body the next sentence names after a wire lead described
it ("..., a local rights group said. The X Centre said the men ...", "... according to the group,
X."), and which people a release's "the experts" takes in beside its rapporteurs (the officers of
a UN Working Group: "X, Chair of the Working Group on Y")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.entities.un_expert_groups import UN_EXPERTS_MENTION_RE, un_expert_group
from tallybook.extract.text.boilerplate import doc_text

__all__ = ["named_after", "owner_named", "spelled_out_before", "un_experts", "whose_body"]

# Heads of an indefinite description of a body ("a local rights group", "a Kenyan watchdog").
_BODY_HEADS = wordset("group organisation organization monitor ngo watchdog coalition charity")
# The verbs a body that carries on the lead's account opens the next sentence with.
_TELLING = wordset("said says told reported reports documented added stated")


def named_after(head: Token) -> Token | None:
    """ "a local rights group said": the subject of the next sentence when it opens with a body's
    name as the teller of its own account ("The Mathare Social Justice Centre said ..."), in the
    same or the next paragraph; None for a definite or named source, or a person next."""
    if head.pos_ != "NOUN" or head.lower_ not in _BODY_HEADS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children):
        return None
    doc, sent = head.doc, head.sent
    if sent.end >= len(doc):
        return None
    nxt = doc[sent.end].sent
    words = [t for t in nxt if not t.is_space]
    if not words or doc_text(doc)[sent[-1].idx : words[0].idx].count("\n") > 2:
        return None
    spelled = _spelled_out(head, nxt)
    if spelled is not None:
        return spelled  # "... according to the group, X.": the body described is X
    root = nxt.root
    if root.lower_ not in _TELLING:
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not subj.text[:1].isupper():
        return None
    if not (subj.pos_ == "PROPN" or subj.ent_type_ == "ORG") or subj.ent_type_ in {"PERSON", "GPE", "NORP"}:
        return None  # a person or a place: not the body described
    # the name opens the sentence ("The X said", "X said"): it introduces the body described
    opening = [t for t in words if t.i < subj.left_edge.i and t.lower_ != "the"]
    return subj if not opening else None


def _spelled_out(head: Token, nxt: Span) -> Token | None:
    """ "the group, X" in the sentence after "a ... group said": the name a definite reference to
    the same kind of body puts beside it (the head of the name's run of capitalised words)."""
    doc = nxt.doc
    for t in nxt:
        if t.lower_ != head.lower_ or t.i < 1 or doc[t.i - 1].lower_ != "the" or t.i + 2 >= nxt.end:
            continue
        if doc[t.i + 1].text != ",":
            continue
        start = t.i + 2 + (doc[t.i + 2].lower_ == "the")
        end = start
        while end < nxt.end and (doc[end].pos_ == "PROPN" or doc[end].lower_ in {"of", "for"}):
            end += 1
        while end > start and not doc[end - 1].text[:1].isupper():
            end -= 1  # a name ends on a capitalised word, not "of"
        if end == start or doc[start].ent_type_ == "PERSON":
            return None
        run = range(start, end)
        return next((doc[i] for i in run if doc[i].head.i not in run), doc[end - 1])
    return None


# "the group, X": a definite reference to a body with its name set beside it after a comma.
_SPELLED_RE = re.compile(
    r"\b(?=[Tt])[Tt]he (?:group|organi[sz]ation|monitor|NGO|watchdog|coalition|charity), (?:the )?"
    r"(?P<name>[A-Z][\w'’-]*(?: (?:of |for |the |of the )?[A-Z][\w'’-]*)*)"
)


def spelled_out_before(doc: Doc, pos: int) -> tuple[int, str] | None:
    """The last body named by "the group, X" before character `pos`: its offset and name ("It
    said" after "according to the group, X" is X)."""
    text = doc_text(doc)[:pos]
    if ", " not in text:
        return None
    found = None
    for m in _SPELLED_RE.finditer(text):
        found = (m.start("name"), m.group("name"))
    return found


def owner_named(head: Token) -> bool:
    """ "the network of the PMOI inside the country", "the office of X": the head names its own
    owner after "of" (a name), not the body the text mentioned last."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in {"ORG", "PERSON"}) for o in c.children
        )
        for c in head.children
    )


# A body's own part that speaks for it: "X, whose office recorded ...", "whose researchers found".
_OWN_PARTS = wordset(
    "office staff team teams researchers investigators monitors organisation organization secretariat"
)


def whose_body(head: Token) -> Token | None:
    """ "the UN High Commissioner, whose office recorded 1,420 killings": the named person or
    body a "whose" clause is about, its office or staff telling the count for it (the head of
    the name, up through its "for"/"of" phrases: "Commissioner for Human Rights")."""
    if head.lower_ not in _OWN_PARTS or not any(
        c.dep_ == "poss" and c.lower_ == "whose" for c in head.children
    ):
        return None
    if head.head.dep_ != "relcl":
        return None
    cur = head.head.head
    while cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ == "PROPN":
        cur = cur.head.head
    if cur.pos_ != "PROPN" and cur.ent_type_ not in {"ORG", "PERSON"}:
        return None  # "the families, whose team ...": no name to give
    return cur


def un_experts(doc: Doc) -> str | None:
    """ "the experts said" in a text about UN experts it never names one by one: the group as the
    text first describes it most fully ("Independent UN human rights experts" -> "UN human rights
    experts"); None when the text tells of no UN experts."""
    found = [m.group(1) for m in UN_EXPERTS_MENTION_RE.finditer(doc_text(doc))]
    fullest = max(found, key=lambda f: len(f.split()), default=None)
    return None if fullest is None else un_expert_group(fullest)


# "X, Chair of the Working Group on Y", "X, the Vice-Chair of ...", "X, who chairs the Working Group"
_OFFICER_RE = re.compile(
    r"^,\s+(?:the\s+)?(?:(?:[Vv]ice-)?[Cc]hair(?:person|man|woman)?|[Mm]ember)\s+of\s+the\s+(?:UN\s+)?Working\s+Group\b"
    r"|^,\s+who\s+(?:chairs|is\s+(?:a\s+member|the\s+(?:[Vv]ice-)?[Cc]hair)\s+of)\s+the\s+(?:UN\s+)?Working\s+Group\b"
)


def working_group_officers(doc: Doc) -> set[str]:
    """The people the text sets in an office of a UN Working Group right after their name: a
    Working Group is one of the special procedures, so its chair or member is one of the experts
    a joint statement speaks for."""
    text = doc_text(doc)
    return {
        p.name for p in doc._.tb_people or [] for s in p.spans if _OFFICER_RE.match(text[s.end : s.end + 80])
    }
