"""Figures of a victim phrase that its own words do not give.

"At least six of them told the court that they were tortured" (the counted speakers of a pronoun
victim), "the 11th execution" (an ordinal counts the events), "the others" (of a group told apart),
"A and two of his sons" (a name plus relatives), "up to 70 persons" with the qualifier hung on the
verb.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.figures import _ORDINALS, parse_figure
from tallybook.extract.particulars.victim_persons import lone_surname
from tallybook.extract.text.boilerplate import sentence_bounds, span_text
from tallybook.extract.text.parse_tree import first_child
from tallybook.model import Figure

_QUALIFIER_BEFORE_RE = re.compile(
    r"(?:^|\s)(?:up to|as (?:many|high) as|at (?:least|most)|(?:no |not )?(?:more|fewer|less) than|"
    r"some|between|close to|nearly|almost|about|around|approximately|roughly|over)\s*$",
    re.I,
)
_SCALE_WORDS = wordset("dozen hundred thousand")
_NUMBERED_RE = re.compile(r"\d{1,3}(?:st|nd|rd|th)")  # compiled once, as the other patterns
_VAGUE_PARTS = wordset("several many some most dozens scores hundreds")
# Plural speakers who tell what was done to them: people held, or freed from being held
_HELD = wordset("detainees inmates prisoners victims survivors")
_RELEASED = wordset("former released freed")
_SAY = wordset(
    "said say says told tell tells testified alleged complained reported claimed stated described recounted"
)


def counted_speakers(pronoun: Token) -> Figure | None:
    """ "At least six of them told the court that they were tortured", "Four detainees said their
    confessions were extracted under torture": the counted people who speak of themselves."""
    if pronoun.lower_ not in {"they", "them", "their"}:
        return None
    verb = next((a for a in pronoun.ancestors if a.pos_ == "VERB" and a.lower_ in _SAY), None)
    subj = first_child(verb, "nsubj") if verb is not None else None
    if subj is None and verb is not None:
        subj = _reported_subject(verb)
    if subj is not None and subj.lower_ == "both":
        return Figure(count=2, qualifier="exact")  # "Both told me they were beaten"
    if subj is None or subj.pos_ == "PRON" or subj.ent_type_ in {"ORG", "NORP", "GPE"}:
        return None
    subj = _counted_kin(subj) or subj  # "Relatives of four of the men said they were beaten"
    if not (subj.like_num or first_child(subj, "nummod") is not None):
        # "Several of those released told us that they were beaten", "Former detainees said they
        # were beaten": people of their own, in a number the text does not give
        vague = subj.lower_ in _VAGUE_PARTS and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in subj.children
        )
        held = subj.lower_ in _HELD or any(c.lower_ in _RELEASED for c in subj.children if c.dep_ == "amod")
        return Figure() if vague or (subj.tag_ == "NNS" and held) else None
    doc = subj.doc
    fig = parse_figure(doc[with_qualifier(doc, subj.left_edge.i) : subj.right_edge.i + 1].text)
    return fig if fig.count is not None else None


_KIN = wordset("relatives families family relative lawyers")


def _counted_kin(subj: Token) -> Token | None:
    """ "Relatives of at least four of the men told us they were beaten", "the families of two of
    the men said they were taken": the counted people the kin speak for (the number the "of"
    names), not the kin."""
    if subj.lower_ not in _KIN:
        return None
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    num = first_child(of, "pobj") if of is not None else None
    if num is None or not num.like_num:
        return None
    return num


def _reported_subject(verb: Token) -> Token | None:
    """ "A lawyer said two of the men ... told him they had been beaten", parsed with "two" as the
    object of "said": the counted speakers of the verb that has no subject of its own."""
    for c in verb.children:
        if c.dep_ in {"parataxis", "ccomp"} and c.i < verb.i and c.lower_ in _SAY:
            obj = first_child(c, "dobj")
            if obj is not None and obj.like_num:
                return obj
    return None


def ordinal(root: Token) -> int | None:
    """ "the sixth public execution", "the 11th execution": the ordinal set on the trigger noun."""
    for c in root.children:
        if c.dep_ in {"amod", "nummod"} and c.lower_ in _ORDINALS:
            return _ORDINALS[c.lower_]
        if c.dep_ in {"amod", "nummod"} and _NUMBERED_RE.fullmatch(c.lower_):
            return int(c.lower_[:-2])
    return None


def the_others(head: Token) -> bool:
    """ "the others", "the rest": the remainder of a group, with no number of its own."""
    det = {c.lower_ for c in head.children if c.dep_ == "det"}
    return (
        head.lower_ in {"others", "rest", "remainder"}
        and "the" in det
        and first_child(head, "nummod") is None
    )


def relatives_conjunct(head: Token) -> Figure | None:
    """ "A and two of his sons": a number conjoined after the name, counting "of his/her/their" people."""
    top = head
    while top.dep_ == "appos":
        top = top.head
    verb_conjs = (
        [c for c in top.head.children if c.dep_ == "conj"] if top.dep_ in {"dobj", "nsubjpass"} else []
    )
    for conj in [*head.conjuncts, *verb_conjs]:
        if conj.i <= head.i:
            continue
        num = first_child(conj, "nummod")
        if num is not None and any(
            c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in conj.children
        ):
            fig = parse_figure(num.text)  # "a woman and her two daughters"
            if fig.count is not None:
                return fig
        if not (conj.like_num or conj.pos_ == "NUM"):
            continue
        obj = of_object(conj)
        if obj is not None and any(c.lower_ in {"his", "her", "their"} for c in obj.children):
            fig = parse_figure(conj.text)
            return fig if fig.count is not None else None
    return None


def of_object(tok: Token) -> Token | None:
    """The object of `tok`'s "of" phrase: "sons" in "two of his sons", "boy" in "the case of a boy"."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return first_child(of, "pobj") if of is not None else None


def with_qualifier(doc: Doc, lo: int) -> int:
    """ "up to 70 persons" where the parser hung "up to" on the verb: the qualifier belongs to
    the counted phrase."""
    if lo >= 1 and doc[lo].lower_ in {"least", "most"} and doc[lo - 1].lower_ == "at":
        return lo - 1  # "At most 20 people", "at" hung on the verb and "most" on the number
    if lo < 2:
        return lo
    if not doc[lo].like_num:
        # "Around a dozen journalists were detained": the parser made "around" a preposition with
        # "a dozen" its object, cut off from the noun it counts
        if not (
            doc[lo - 1].lower_ in _SCALE_WORDS
            and doc[lo - 2].lower_ in {"a", "an"}
            and doc[lo - 1].head.i != lo
            and doc[lo - 1].head.i >= lo - 3
        ):
            return lo
        lo -= 2
    bounds = sentence_bounds(doc, lo)  # (once, not a `Token.sent` walk per word tried)
    first = doc[lo].sent.start if bounds is None else bounds[0]
    for k in (1, 2, 3):
        if lo - k >= first and _QUALIFIER_BEFORE_RE.search(" " + span_text(doc[lo - k : lo])):
            return lo - k
    return lo


def counted_of_people(tok: Token, nouns: frozenset[str]) -> bool:
    """ "together with two of his sons", "along with three of her nephews": a number whose "of"
    phrase names people (`nouns`, or anyone's own: "his", "her", "their"), so it counts people."""
    if not (tok.like_num or tok.pos_ == "NUM"):
        return False
    obj = of_object(tok)
    if obj is None or obj.tag_ != "NNS":
        return False
    return obj.lower_ in nouns or any(
        c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in obj.children
    )


_BECOME = wordset("became become becomes becoming were was are is been fell fall falls falling")


def victims_of(root: Token) -> Figure | None:
    """ "At least seven people became victims of enforced disappearance", "nine activists fell
    victim to torture": the counted subject of the clause whose victims the violation has."""
    prep = root.head if root.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in {"of", "to"}:
        return None
    verb = prep.head
    if prep.lower_ == "of" and verb.lower_ in {"victims", "victim"} and verb.dep_ in {"attr", "oprd"}:
        verb = verb.head  # "became victims of"
    elif not (prep.lower_ == "to" and any(c.lower_ == "victim" for c in verb.children)):
        return None  # "fell victim to"
    subj = first_child(verb, "nsubj") if verb.lower_ in _BECOME else None
    if subj is None or subj.pos_ == "PRON":
        return None
    doc = root.doc
    fig = parse_figure(doc[with_qualifier(doc, subj.left_edge.i) : subj.i + 1].text)
    return fig if fig.count is not None else None


def one_person_case(head: Token) -> bool:
    """ "the case of a 15-year-old boy who was picked up by police": the victim phrase is the case
    of one person (a singular noun with "a"/"an"), so it counts one. A lone surname the model
    tagged a place or a body ("guards beat Lasutsin") is one person when it names a person of the
    text (victim_persons)."""
    if head.lower_ != "case":
        return lone_surname(head)
    obj = of_object(head)
    return (
        obj is not None
        and obj.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in obj.children)
    )
