"""Who bears the harm a trace or a forced confession tells: "his body bore marks of torture",
"was found with broken fingers", "their confessions were extracted under torture". The victim slot
(`victim_slot`) of a trigger that names the harm's trace or means rather than the person.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.parse_tree import first_child

# Nouns whose owner is the person they are about ("his body", "the fate of X")
OWNED_NOUNS = wordset("body bodies remains fate whereabouts news")

# Nouns for the traces harm leaves ("marks of torture") and verbs for bearing them
_TRACES = wordset("marks signs traces evidence scars bruises injuries wounds")
_BEAR = wordset("bear bore borne bears show showed shown shows display displayed have had has carried")


def bearer(root: Token) -> Token | None:
    """ "his body bore marks of torture", "bore bruises and several broken ribs", "was found ...
    with broken fingers": who bears the injuries."""
    noun = root
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _TRACES:
        noun = noun.head.head
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    bore = next((c for c in noun.lefts if c.dep_ == "compound" and c.lower_ in _BEAR), None)
    if bore is not None:
        # "his body bore marks" parsed as one noun phrase: the word before "bore" is the bearer
        before = noun.doc[bore.i - 1] if bore.i > 0 else None
        if before is None or before.pos_ not in {"NOUN", "PROPN", "PRON"}:
            return None
        return (
            (first_child(before, "poss") or first_child(noun, "poss"))
            if before.lower_ in OWNED_NOUNS
            else before
        )
    verb: Token | None = None
    if noun.dep_ == "dobj" and noun.head.lower_ in _BEAR:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "with":
        # "was found two days later on a farm with broken fingers": the verb the phrase hangs from
        verb = next((a for a in list(noun.head.ancestors)[:5] if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    subj = first_child(verb, "nsubjpass", "nsubj")
    if subj is None and verb.dep_ == "conj":
        subj = first_child(verb.head, "nsubjpass", "nsubj")  # "X was abducted ... and was found with"
    if (
        subj is None
        or subj.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}
        or subj.lower_ in {"who", "that", "which"}
    ):
        return None
    return subj


_EXTRACT = wordset("extracted extorted obtained coerced forced elicited wrung")


def confessor(root: Token) -> Token | None:
    """ "their confessions were extracted under torture", "a confession that he said had been
    extracted by electric shocks": who confessed."""
    if root.dep_ != "pobj" or root.head.lower_ not in {"under", "by", "through", "via", "using", "after"}:
        return None
    verb = root.head.head
    if verb.lower_ not in _EXTRACT:
        return None
    if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl":
        return first_child(verb.head, "nsubj")  # "a confession that he said had been extracted"
    confession = first_child(verb, "nsubjpass", "dobj")
    if confession is not None and confession.lower_ in {"that", "which"} and verb.dep_ == "relcl":
        confession = verb.head
    if confession is None or not confession.lower_.startswith(("confession", "statement", "testimon")):
        return None
    return first_child(confession, "poss")
