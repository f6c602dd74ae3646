"""Which named body a source phrase names without naming it itself: the owner after "of" ("the
network of X inside the country") and the body the next sentence names after a wire lead described
it ("..., a local rights group said. The X Centre said the men ...")."""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.boilerplate import doc_text
from tallybook.extract.trigger_lexicon import wordset

__all__ = ["named_after", "owner_named"]

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
