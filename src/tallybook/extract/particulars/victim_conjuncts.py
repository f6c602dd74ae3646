"""How many people does a victim phrase count by its shape when no number covers all of it?

Conjoined persons count one each: "a woman and a man were caned" (2), "sentenced X and a
co-defendant" (2), "detained X and his brother" (2), "he and 14 of his colleagues" (15), "the
journalist X and the lawyer Y" (2), "a father and his son" (2); a counted plural among them counts
its number ("Two brothers and their cousin": 3). Any conjunct that is no single person or counted
people ("his family", "dozens of others", a place) leaves the figure alone. "A couple" with no "of"
after it ("an elderly couple was killed") is two; "a number of activists" is no count, whatever its
article says. A bare noun joined to a name that opens with a second bare noun is one person with two
callings: "the musician and blogger X" (1). Two kin nouns under one article are two people: "a
father and son", "the husband and wife" (2)."""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_context import PERSON_NOUNS
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.entities.kin_words import NEAR_KIN, PARENTS_AND_SPOUSES, WIDER_KIN
from tallybook.extract.particulars.figures import parse_figure
from tallybook.extract.particulars.victim_singles import MORE_PERSONS
from tallybook.extract.text.parse_tree import first_child
from tallybook.model import Figure

_ONE_DETS = wordset("a an the another this that")
_INDEFINITE = wordset("a an another")
_OWNERS = wordset("his her their my our your")
_PERSON_OWNERS = wordset("his her")
_PERSONS = PERSON_NOUNS | MORE_PERSONS | PARENTS_AND_SPOUSES
_NOT_PERSON_NAMES = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL"})
# Words that open a plural with no number of its own ("some", "many", "several", "other"):
# such a conjunct counts no one.
_VAGUE_DETS = wordset("some many several other others various numerous all")
_PAIRS = wordset("couple pair")
_ONE_PERSON_PRONOUNS = wordset("he she him her")
# Singular nouns of many people: never one person, however determined ("and his family").
_COLLECTIVES = wordset(
    "family household group crowd team crew delegation community tribe clan village relatives entourage"
)


def _noun_word(tok: Token) -> str:
    """ "co-defendant" split by the tokenizer into "co", "-", "defendant": the whole word."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_:
        return f"{tok.lower_}-{doc[tok.i + 2].lower_}"
    return tok.lower_


def _known_person(tok: Token) -> bool:
    """A name, or a noun the person lists hold."""
    word = _noun_word(tok)
    return tok.pos_ == "PROPN" or word in _PERSONS or word.split("-")[-1] in _PERSONS


def _owned_after(tok: Token) -> bool:
    """A later conjunct owned by "his" or "her" ("the village chief and his two sons"): the owner
    is the first conjunct, so that is a person whatever its article."""
    return any(
        c.i > tok.i and any(p.dep_ == "poss" and p.lower_ in _PERSON_OWNERS for p in c.children)
        for c in tok.conjuncts
    )


def _persons_in(tok: Token, lenient: bool) -> int | None:
    """How many people one conjunct names: 1 for a name or an owned or determined singular
    person ("a man", "his brother"), the number of a counted plural ("their two sons"). With
    `lenient`, a determined singular noun the lists lack counts as one ("a shepherd")."""
    if tok.tag_ == "PRP" and tok.lower_ in _ONE_PERSON_PRONOUNS:
        return 1  # "he and 14 of his colleagues", "him and another journalist"
    if tok.pos_ == "NUM" and tok.dep_ == "conj" and _of_people(tok):
        fig = parse_figure(tok.text)  # "he and 52 of his colleagues": the 52 counted
        return fig.count if fig.qualifier == "exact" else None
    if tok.pos_ == "PROPN" and tok.tag_ == "NNP":
        # a name the parser joined on needs the model's word that it is a person's
        # ("X, who was sentenced ..., Asia Justice Watch said": a body, not a second person)
        joined = tok.dep_ == "conj"
        return (
            1
            if (tok.ent_type_ == "PERSON" or (not joined and tok.ent_type_ not in _NOT_PERSON_NAMES))
            else None
        )
    if (
        tok.tag_ == "NN"
        and (lenient or _known_person(tok))
        and not tok.ent_type_
        and tok.lower_ not in _COLLECTIVES
    ):
        # (a noun the lists lack counts only with "a" or an owner: "the neighbouring village" no)
        dets = _ONE_DETS if _known_person(tok) or _owned_after(tok) else _INDEFINITE
        determined = any(
            (c.dep_ == "det" and c.lower_ in dets) or (c.dep_ == "poss") for c in tok.children if c.i < tok.i
        )
        return 1 if determined else None
    if tok.tag_ == "NNS" and tok.lower_ in _PERSONS:
        num = first_child(tok, "nummod")
        if num is None or any(c.lower_ in _VAGUE_DETS for c in tok.children):
            return None
        fig = parse_figure(num.text)
        return fig.count if fig.qualifier == "exact" else None
    return None


def _of_people(num: Token) -> bool:
    """ "14 of his colleagues", "three of the other defendants": a number counting people by a
    plural person noun after "of"."""
    prep = first_child(num, "prep")
    obj = first_child(prep, "pobj") if prep is not None and prep.lower_ == "of" else None
    if obj is None or obj.tag_ != "NNS":
        return False
    return obj.lower_ in _PERSONS or (obj.lower_.endswith("s") and obj.lower_[:-1] in _PERSONS)


def _two_titles(first: Token, name: Token) -> bool:
    """ "the musician and blogger X", "a journalist and poet X": a bare singular noun joined to
    a name whose own words open with a second bare noun (no article or owner of its own) is the
    name's first calling, not a second person ("the poet and the blogger X", "the teacher and X",
    "his wife and X" are two)."""
    if first.tag_ != "NN" or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return False
    if any(c.dep_ not in {"det", "amod", "cc"} for c in first.children if c.i < first.i):
        return False
    opening = name.doc[name.left_edge.i]
    own = [t for t in name.subtree if t.i < name.i]
    return (
        opening.tag_ == "NN"
        and opening.dep_ in {"compound", "amod", "nmod"}
        and not any(t.dep_ in {"det", "poss"} for t in own)
        and all(t.tag_ in {"NN", "NNP"} for t in own)
    )


_COPULAS = wordset("is was are were")


def _one_named_described(first: Token) -> bool:
    """ "X is a retired doctor and ethnic Uzbek who disappeared": a singular description after
    a copula whose subject is one name describes that one person."""
    verb = first.head
    if first.dep_ != "attr" or first.tag_ != "NN" or verb.lower_ not in _COPULAS:
        return False
    subject = first_child(verb, "nsubj")
    return subject is not None and subject.pos_ == "PROPN" and not subject.conjuncts


_KIN = NEAR_KIN | WIDER_KIN


def _kin_pair(first: Token, second: Token) -> bool:
    """ "a father and son", "the mother and daughter": a bare singular kin noun joined to a
    determined one shares its article, so each is one person ("a man and family" is no pair)."""
    if not all(t.tag_ == "NN" and t.lower_ in _KIN and not t.ent_type_ for t in (first, second)):
        return False
    determined = any(c.dep_ in {"det", "poss"} and c.i < first.i for c in first.children)
    bare = not any(c.i < second.i and c.dep_ not in {"cc", "punct"} for c in second.children)
    return determined and bare


def lone_apposition(tok: Token) -> bool:
    """A name set beside a singular common noun ("her husband, A,") whose conjuncts no "and" or
    "or" joins: one person, the next name opening a clause of its own ("..., B had no idea")."""
    if tok.dep_ != "appos" or tok.head.tag_ != "NN" or tok.pos_ != "PROPN":
        return False
    return not any(c.dep_ in {"cc", "preconj"} for c in tok.children)


def conjoined_count(head: Token) -> int | None:
    """The number of people a coordination headed by `head` names, each conjunct counted (None
    when there is no coordination or a conjunct counts no definite number of people)."""
    doc = head.doc
    # (the pieces of a hyphenated word the parser made conjuncts of their own are one word)
    joined = {t.i for t in [head, *head.conjuncts]}
    members = sorted(
        (doc[i] for i in joined if doc[i].text != "-" and not (i - 1 in joined and doc[i - 1].text == "-")),
        key=lambda t: t.i,
    )
    if len(members) < 2 and head.tag_ == "NN":
        # "the journalist X and the lawyer Y": the parser joins the second to the first's name
        named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        members += list(named.conjuncts) if named is not None and not lone_apposition(named) else []
    if len(members) < 2:
        return None
    if members[0].tag_ == "NNS" and first_child(members[0], "nummod") is not None:
        return None  # "two brothers, A and B": the names the parser joined are the two counted
    if len(members) == 2 and (_two_titles(members[0], members[1]) or _one_named_described(members[0])):
        return 1  # "the musician and blogger X": one person with two callings
    if len(members) == 2 and _kin_pair(members[0], members[1]):
        return 2
    # a trade the lists lack ("a shepherd and his son") counts beside kin or a name the lists know
    lenient = sum(_known_person(t) for t in members) == len(members) - 1
    total = 0
    for tok in members:
        n = _persons_in(tok, lenient)
        if n is None:
            return None
        total += n
    return total


def shaped_figure(head: Token, fig: Figure) -> Figure:
    """`fig` with the count the phrase's shape gives where its own number covers less of it."""
    if head.lower_ == "number" and fig.count == 1 and first_child(head, "prep") is not None:
        return Figure(description=fig.description)  # "a number of activists": no count
    if (
        head.lower_ in _PAIRS
        and head.tag_ == "NN"
        and fig.count in (None, 1)
        and first_child(head, "prep") is None
        and any(c.dep_ == "det" for c in head.children)
    ):
        return Figure(count=2, qualifier="exact", description=fig.description)  # "an elderly couple"
    doc = head.doc
    plus = head.i + 1 < len(doc) and doc[head.i + 1].text == "+" and not head.whitespace_
    if head.like_num and fig.qualifier == "exact" and plus:  # "300+ protesters", the "+" parsed apart
        return Figure(count=fig.count, qualifier="at_least", low=fig.count, description=fig.description)
    if fig.count is not None and fig.qualifier != "exact":
        return fig
    total = conjoined_count(head)
    if total == 1 and fig.count is None:
        return Figure(count=1, qualifier="exact", description=fig.description)  # "the musician and blogger X"
    if total is None or total < 2 or (fig.count is not None and fig.count >= total):
        return fig
    return Figure(count=total, qualifier="exact", description=fig.description)
