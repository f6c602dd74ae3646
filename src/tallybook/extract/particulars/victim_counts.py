"""Counts a trigger's victims take from a phrase beside the victim phrase: a toll put at a
number ("put the death toll at nine"), counted cases ("117 new cases of enforced disappearance",
"58 cases in which security forces detained individuals"), the people who shared the victim's
fate ("along with six other young men").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tallybook.extract.detection.trigger_context import PERSON_NOUNS
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.entities.kin_words import KIN_PLURALS, NEAR_KIN, WIDER_KIN
from tallybook.extract.particulars.figures import combine, parse_figure
from tallybook.extract.particulars.mentions import Mention, _subtree_text
from tallybook.extract.particulars.victim_figures import counted_of_people
from tallybook.extract.particulars.victim_names import names_in
from tallybook.extract.text.boilerplate import span_text
from tallybook.extract.text.parse_tree import first_child, has_parse
from tallybook.model import Figure

_ALONGSIDE = frozenset(["alongside", "along", "together", "with"])
_COMPANIONS = wordset("others colleagues companions co-defendants codefendants comrades friends")
# kin beside the victim are people too ("together with his cousin X")
_PEOPLE = PERSON_NOUNS | _COMPANIONS | NEAR_KIN | WIDER_KIN | KIN_PLURALS


_TOLL_WORDS = frozenset(["toll", "tally", "number"])


def toll_at(root: Token) -> Token | None:
    """ "X put the death toll at nine", "the toll was put at 12": the "at" phrase that gives the
    figure of a toll, if the toll's verb has one."""
    if root.lower_ not in _TOLL_WORDS or root.dep_ not in {"dobj", "nsubjpass", "nsubj"}:
        return None
    return next((c for c in root.head.children if c.dep_ == "prep" and c.lower_ == "at"), None)


def toll_at_count(m: Mention) -> Figure | None:
    doc = m.sent.doc
    if not has_parse(doc):
        return None
    at = toll_at(m.trigger.root)
    if at is None or at.right_edge.i <= at.i:
        return None
    fig = parse_figure(span_text(doc[at.i + 1 : at.right_edge.i + 1]))
    return fig if fig.count is not None else None


_CASES = frozenset(["cases", "incidents", "instances", "counts", "complaints"])


def cases_of(root: Token) -> Figure | None:
    """ "117 new cases of enforced disappearance", "36 cases of people taken away": the counted
    cases whose "of" phrase holds `root`."""
    if not has_parse(root.doc):
        return None
    while root.dep_ == "conj" and root.head.pos_ in {"NOUN", "PROPN"}:
        root = root.head  # "242 cases of assault and torture": the first conjunct is the object
    if root.dep_ != "pobj":
        return None
    cases = root.head.head
    if cases.lower_ not in _CASES:
        return None
    num = first_child(cases, "nummod")
    if num is None:
        return None
    fig = parse_figure(span_text(root.doc[num.left_edge.i : num.i + 1]))
    return fig if fig.count is not None else None


# clause links from a trigger up to the people it describes, and the links of a phrase within
# the people's noun phrase ("people taken away by agents of the police who have not been seen")
_CLAUSE_LINKS = frozenset(["acl", "relcl", "advcl", "conj"])
_PHRASE_LINKS = frozenset(["pobj", "prep", "agent"])


def cases_above(root: Token) -> Figure | None:
    """ "36 cases of people taken away ... who have not been seen since", "three cases of people
    missing since they were picked up": the counted cases of people whose description holds the
    trigger's clause."""
    if not has_parse(root.doc):
        return None
    tok, clause = root, False
    for _ in range(10):
        if tok.dep_ in _CLAUSE_LINKS:
            clause = True
        elif tok.dep_ not in _PHRASE_LINKS:
            return None
        tok = tok.head
        if clause and tok.tag_ == "NNS" and tok.lower_ in PERSON_NOUNS and tok.dep_ == "pobj":
            fig = cases_of(tok)
            if fig is not None:
                return fig
        if clause and tok.lower_ in _CASES and (num := first_child(tok, "nummod")) is not None:
            # "documented 58 cases in which security forces detained individuals": the cases
            fig = parse_figure(span_text(root.doc[num.left_edge.i : num.i + 1]))
            return fig if fig.count is not None else None
    return None


def _counted_others(obj: Token) -> bool:
    """ "together with two other contributors": a number of "other" people of the victim's kind,
    whatever noun names them."""
    return (
        obj.tag_ == "NNS"
        and first_child(obj, "nummod") is not None
        and any(c.dep_ == "amod" and c.lower_ == "other" for c in obj.children)
    )


def _alongside_objects(root: Token, head: Token) -> Iterator[Token]:
    """The objects of "together with", "along with", "alongside" on the trigger verb or on the
    victim phrase, in order."""
    preps = [*root.children, *head.children]
    # "along with 12 others": "with" hung on "along"
    preps += [g for c in preps if c.lower_ in {"along", "together"} for g in c.children]
    for c in preps:
        obj = first_child(c, "pobj") if c.lower_ in _ALONGSIDE and c.dep_ == "prep" else None
        if obj is not None:
            yield obj


def companion_preps(head: Token) -> set[int]:
    """The positions of the "together with", "along with", "alongside" words hung on the victim
    phrase `head`."""
    preps = [c for c in head.children if c.lower_ in _ALONGSIDE]
    return {c.i for c in preps if c.dep_ == "prep" or any(g.dep_ == "prep" for g in c.children)}


def companion_names(root: Token, head: Token) -> list[str]:
    """ "together with two other lawyers, A and B": the companions the text names beside their count."""
    for obj in _alongside_objects(root, head):
        if _named_companions(obj):
            return names_in(root.doc, *_subtree_text(obj))  # "alongside A and B"
        if not _counted_others(obj):
            continue
        # the names are set beside the others (the parser may join them as conjuncts), or beside
        # the last word of their phrase ("two other contributors to the journal, A and B")
        named = (t for t in obj.subtree if t.dep_ in {"appos", "conj"} and t.ent_type_ == "PERSON")
        appos = next(named, None)
        if appos is not None:
            lo, hi = _subtree_text(appos)
            return names_in(root.doc, lo, hi)
    return []


def _named_companions(obj: Token) -> int:
    """How many people a companion phrase names by name ("alongside A", "together with A and B"),
    0 when it is no name of a person."""
    if obj.pos_ != "PROPN" or obj.ent_type_ != "PERSON":
        return 0
    return 1 + sum(c.ent_type_ == "PERSON" for c in obj.conjuncts)


def _one_more(obj: Token) -> bool:
    """ "another man", "a fellow activist", "his brother": one person beside the victim."""
    return obj.tag_ == "NN" and any(
        (c.dep_ == "det" and c.lower_ in {"another", "a", "an"}) or c.dep_ == "poss" for c in obj.children
    )


def companions_of(root: Token, head: Token) -> Figure | None:
    """ "together with seven other journalists", "alongside 12 others": the counted people who
    shared the victim's fate, on the trigger verb or on the victim phrase."""
    for obj in _alongside_objects(root, head):
        named = _named_companions(obj)
        if named:
            return Figure(count=named, qualifier="exact")  # "executed alongside Antonio de la Guardia"
        if obj.lower_ in _PEOPLE or counted_of_people(obj, _PEOPLE) or _counted_others(obj):
            lo, hi = _subtree_text(obj)
            extra = parse_figure(span_text(root.doc[lo:hi]))
            if extra.count is None and _one_more(obj):
                return Figure(count=1, qualifier="exact")  # "together with another man"
            return extra if extra.count is not None else None
    return None


def with_companions(fig: Figure, head: Token, companions: Figure) -> Figure:
    """`fig` with the companions added; a lone person the victim phrase names with no figure of
    its own ("Okafor was detained on 2 May together with his brother") counts one beside them."""
    single = head.tag_ == "NNP" or (head.tag_ == "NN" and head.lower_ in _PEOPLE)
    if fig.count is None and single and not any(c.dep_ == "conj" for c in head.children):
        fig = Figure(count=1, qualifier="exact", description=fig.description)
    return combine(fig, companions)
