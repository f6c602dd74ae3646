"""How many people a torture told through a forced confession was done to, when the text names no
victim for it: "a confession extracted under torture" (one person), "he had signed his confession
after being beaten" (one), "who was made to confess after being subjected to electric shocks"
(one), "These young men were convicted on the basis of confessions that were extracted under
torture" (the group the pointing phrase takes back). The confessor is the victim (CONVENTIONS.md:
beatings of a detainee are torture); `victim_bearers.confessor` finds a possessor it can name.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.figures import parse_figure
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.particulars.victim_groups import named_group_before, refers_to_group
from tallybook.extract.text.layout import in_dateline_lead
from tallybook.extract.text.parse_tree import first_child, has_parse
from tallybook.model import Figure

_EXTRACT = wordset("extracted extorted obtained coerced forced elicited wrung")
_SINGULAR_PRONOUNS = wordset("he him his she her")
_ONE_DETS = wordset("a an the his her this")
_RELATIVES = wordset("who that which")
_STEPS = 6
_VERDICTS = wordset("convictions verdicts sentences")


def _is_confession(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lower_ in {"confession", "confessions"}


def confessed_figure(m: Mention) -> Figure | None:
    """The figure of torture mention `m` that names no victim, from the confession its clause
    tells of; not in a dateline lead, which restates the body (a lead with no figure is a
    summary)."""
    if not has_parse(m.sent.doc) or in_dateline_lead(m.sent):
        return None
    fig = confession_count(m.trigger.root)
    if fig is not None:
        fig.description = m.figure.description
    return fig


def confession_count(root: Token) -> Figure | None:
    """The number of people who confessed, for a torture trigger at `root` whose clause tells how
    a confession was obtained; None when the trigger is not about a confession or the number is
    not told."""
    tok = root
    for _ in range(_STEPS):
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            return None
        tok = tok.head
        if _is_confession(tok):
            return _of_confession(tok)
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        if tok.lower_ in {"confess", "confessed", "confessing"}:
            return _of_person(_subject(tok))
        if tok.lower_ in _EXTRACT:
            if tok.dep_ in {"acl", "relcl"} and (noun := _antecedent(tok.head)) is not None:
                return _of_confession(noun)
            subj = first_child(tok, "nsubjpass")
            if subj is not None and _is_confession(subj):
                return _of_confession(subj)
            if subj is not None and subj.lower_ == "it":
                # "a confession he later retracted, telling the court that it had been obtained"
                before = [t for t in subj.sent if t.i < subj.i and _is_confession(t)]
                return _of_confession(before[-1]) if before else None
            return None
        if any(c.dep_ == "xcomp" and c.lower_ == "confess" for c in tok.children):
            return _of_person(_subject(tok))  # "was made to confess after being subjected to"
        signed = next((c for c in tok.children if c.dep_ == "dobj" and _is_confession(c)), None)
        if signed is not None:
            # "he had signed his confession after being ... beaten": the trigger hangs on the verb
            return _of_confession(signed)
    return None


def _antecedent(noun: Token) -> Token | None:
    """The confession a relative clause is about: its head, or the "of" phrase the parser hung it
    past ("the basis of confessions that were extracted")."""
    if _is_confession(noun):
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = first_child(of, "pobj") if of is not None else None
    return obj if obj is not None and _is_confession(obj) else None


def _subject(verb: Token) -> Token | None:
    """The subject of "confess", or of the verb it completes: "was made to confess"."""
    while verb is not None:
        subj = first_child(verb, "nsubj", "nsubjpass")
        if subj is not None:
            return subj
        if verb.dep_ not in {"xcomp", "conj"}:
            return None
        verb = verb.head
    return None


def _of_person(subj: Token | None) -> Figure | None:
    """ "he", "X", "who" said of one named person: one."""
    if subj is None:
        return None
    if subj.lower_ in _RELATIVES and subj.head.dep_ in {"relcl", "conj"}:
        verb = subj.head
        while verb.dep_ == "conj":
            verb = verb.head  # "X, who was 17 ... and who was made to confess"
        if verb.dep_ == "relcl":
            subj = verb.head
    if subj.lower_ in _SINGULAR_PRONOUNS or subj.tag_ in {"NNP", "NN"}:
        return _one()
    return None


def _of_confession(noun: Token) -> Figure | None:
    poss = first_child(noun, "poss")
    if noun.tag_ == "NN":
        if poss is not None and poss.lower_ not in _SINGULAR_PRONOUNS and poss.tag_ != "NNP":
            return None  # "their confession": not one person
        dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
        return _one() if poss is not None or dets & _ONE_DETS else None
    if poss is not None:
        return None  # "their confessions": the owners are counted elsewhere
    return _convicted_group(noun)


def _convicted_group(noun: Token) -> Figure | None:
    """ "These young men were convicted on the basis of confessions": the subject of the verb the
    confessions are the grounds of, with its own number or the list of names it takes back."""
    verb = noun
    for _ in range(6):
        if verb.pos_ in {"VERB", "AUX"}:
            break
        verb = verb.head
    else:
        return None
    subj = first_child(verb, "nsubjpass", "nsubj")
    if subj is not None and subj.lower_ in _VERDICTS:
        owner = first_child(subj, "poss")  # "their convictions rested on confessions": the owners
        if owner is None or owner.lower_ != "their":
            return None
        group = named_group_before(subj.sent)
        return Figure(count=len(group), qualifier="exact") if len(group) >= 2 else None
    if subj is None or subj.tag_ != "NNS":
        return None
    fig = parse_figure(subj.doc[subj.left_edge.i : subj.i + 1].text)
    if fig.count is not None:
        return Figure(count=fig.count, qualifier=fig.qualifier, low=fig.low, high=fig.high)
    if refers_to_group(subj):
        group = named_group_before(subj.sent)
        if len(group) >= 2:
            return Figure(count=len(group), qualifier="exact")
    return None


def _one() -> Figure:
    return Figure(count=1, qualifier="exact")
