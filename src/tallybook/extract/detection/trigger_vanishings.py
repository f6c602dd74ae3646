"""Vanishings told without the word: the family kept from where a person is held, a person not
heard from since, a person forced into a vehicle by unnamed men.

- "his family was given no information about where he was being held", "refused to tell families
  where the detainees are held", "were not told where the men had been taken" (a disappearance:
  the place of detention withheld); not "told his lawyer where he was held", "the prison where he
  was held";
- "has not been heard from since" (not "we have not heard from the ministry");
- "have been told nothing about their whereabouts", "received no information about his fate",
  "did not account for 11 officials" (the family or the public kept from what became of people);
- "bundled into a car by armed men", "men in police uniforms forced him into a pickup truck",
  "was last seen being pushed into a van" (a disappearance); a named force doing it ("police
  bundled him into a van") stays an arrest.

`factual_readings.withheld_event` asks `where_withheld`, `refused_where`, `unheard_since`,
`fate_withheld` and `unaccounted` (`kin_of` gives victim_slot the people whose kin are told);
`triggers.py` asks `vehicle_vanishing` for a vehicle seizure, `kin_took` for bodies taken away.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_context import PERSON_NOUNS
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_patterns import BODY_NOUNS
from tallybook.extract.detection.trigger_record import negated, with_sayer
from tallybook.extract.entities.kin_words import PARENTS_AND_SPOUSES
from tallybook.extract.text.boilerplate import doc_words, lower_forms
from tallybook.extract.text.parse_tree import dep_tree

WHERE_HELD = wordset("held kept taken holding keeping detained")
# "not told where he was": the copula of a person's place
WHERE_BE = wordset("was were is are")
REFUSE = wordset("refused refuse refuses refusing declined decline declines")
_TELLING = wordset(
    "tell tells told inform informs informed know knows knew known learn learns learned learnt "
    "disclose disclosed reveal revealed notify notified"
)
_GIVING = wordset("given gave give gives giving provided received receive")
_NEWS = wordset("information word news details")
_NOTHING = wordset("no nothing")
# Unnamed men: agents who do not say who they are (a named force makes it an arrest).
_MEN = wordset("men man gunmen individuals persons assailants strangers people")


_KIN = PARENTS_AND_SPOUSES | wordset(
    "relatives relative family families parents brother brothers sister sisters son sons neighbours "
    "neighbors villagers mourners residents"
)
_COUNSEL = wordset("lawyer lawyers counsel attorney attorneys")
_PRONOUNS = wordset("he she they him her them we us i me")


def _person(tok: Token) -> bool:
    """ "he", "the men", "Ali", "several of the remaining detainees"."""
    low = tok.lower_
    if low in _PRONOUNS or low in PERSON_NOUNS or low in _MEN or tok.ent_type_ == "PERSON":
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_person(g) for g in c.children if g.dep_ == "pobj")
        for c in tok.children
    )


def _withholding(verb: Token) -> bool:
    """ "were not told", "refused to tell", "was given no information", "did not know", said of
    the family or lawyers (not "police did not say where they were held": a gap in the news)."""
    low = verb.lower_
    if low in _TELLING and _nobody_tells_us(verb):
        return True
    if not _to_kin(verb):
        return False
    if low in _TELLING or _find_out(verb):
        return negated(verb) or (verb.dep_ == "xcomp" and (negated(verb.head) or verb.head.lower_ in _UNABLE))
    if low in _GIVING:
        news = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in _NEWS]
        return any(negated(verb) or any(d.lower_ in _NOTHING for d in n.children) for n in news)
    return False


_KIN_PRONOUNS = wordset("they we")
_UNABLE = wordset("unable")
_NOBODY = wordset("nobody noone")
_HEARERS = wordset("us them me")


def _find_out(verb: Token) -> bool:
    """ "unable to find out where he is held": "find out" is a verb of learning."""
    return verb.lower_ == "find" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _nobody_tells_us(verb: Token) -> bool:
    """ "nobody will tell us where he is", "no one would tell them where she was held": the
    speakers (or the family a sentence is about) kept from the place by everyone they ask."""
    kids = list(verb.children)
    no_one = any(
        c.dep_ == "nsubj"
        and (c.lower_ in _NOBODY or (c.lower_ == "one" and any(d.lower_ == "no" for d in c.children)))
        for c in kids
    )
    return no_one and any(c.dep_ in {"dobj", "dative"} and c.lower_ in _HEARERS for c in kids)


def _to_kin(verb: Token) -> bool:
    """The family or lawyers are told or kept from knowing: the verb's subject or object, or the
    sayer a pronoun subject stands for ("relatives say they have received no information")."""
    people = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"}]
    if not people and verb.dep_ == "xcomp":
        above = verb.head.head if verb.head.dep_ == "acomp" else verb.head  # "has been unable to learn"
        people = [c for c in above.children if c.dep_ == "nsubj"]
    people = with_sayer(verb, people, _KIN_PRONOUNS)
    words = {c.lower_ for p in people for c in p.subtree}
    return bool(words & (_KIN | _COUNSEL))


_ABOUT = wordset("about of on regarding concerning")


def fate_withheld(noun: Token) -> bool:
    """ "have been told nothing about their whereabouts", "received no information about his
    fate": the family kept from knowing where a person is or what became of them (a
    disappearance); not "gave details of his fate" or "told the court about his whereabouts"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _ABOUT:
        return False
    if not any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in noun.children):
        return False
    carrier = noun.head.head  # "nothing", "information" or the telling verb itself
    verb = carrier.head if carrier.dep_ in {"dobj", "nsubjpass"} else carrier
    if verb.pos_ not in {"VERB", "AUX"} or not _to_kin(verb):
        return False
    told = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    empty = any(
        c.lower_ == "nothing" or (c.lower_ in _NEWS and any(d.lower_ in _NOTHING for d in c.children))
        for c in told
    )
    if verb.lower_ in _TELLING:
        return empty or negated(verb)
    return verb.lower_ in _GIVING and (empty or (negated(verb) and any(c.lower_ in _NEWS for c in told)))


def news_withheld(verb: Token) -> bool:
    """ "whose family have received no news of her since May", "were given no word from him": the
    family kept from any news of a person (a disappearance); not "received no information about
    the charges" (no person) nor "the lawyer received news of her transfer"."""
    if verb.lower_ not in _GIVING or not _withholding(verb):
        return False
    if any(c.dep_ == "advcl" for c in verb.children):
        return False  # "no news of him since police took him": the taking tells the disappearance
    news = (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in _NEWS)
    preps = (p for n in news for p in n.children if p.dep_ == "prep" and p.lower_ in _ABOUT | {"from"})
    return any(g.dep_ == "pobj" and _person(g) for p in preps for g in p.children)


def where_withheld(held: Token) -> bool:
    """ "where he was being held" under a verb that keeps the place from the family."""
    if not _where_of(held):
        return False  # "where the goods were kept": no person held
    cur = held
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return _withholding(cur)
    return False


def refused_where(refused: Token) -> bool:
    """ "refused to tell families where the detainees are held": the refusal is the trigger, so
    the refusing authorities are not read as the teller of a claim."""
    if refused.lower_ not in REFUSE:
        return False
    for tell in refused.children:
        if tell.dep_ == "xcomp" and tell.lower_ in _TELLING:
            return _to_kin(tell) and any(t.i != tell.i and _where_of(t) for t in tell.subtree)
    return False


def _where_of(held: Token) -> bool:
    """ "where he was being held", "where they had been taken"; or the copula of "where he was"
    (the place a person is, kept from the family the same way)."""
    doc = held.doc
    if "where" not in doc_words(doc):
        return False  # (asked of every token of a clause: no parse walk when no "where" is written)
    _, kids, labels, _ = dep_tree(doc)
    forms = lower_forms(doc)
    if not any(labels[c] == "advmod" and forms[c] == "where" for c in kids[held.i]):
        return False
    if held.lower_ in WHERE_BE:
        return held.tag_ in {"VBD", "VBZ", "VBP"} and any(
            c.dep_ == "nsubj" and _person(c) for c in held.children
        )
    return held.lower_ in WHERE_HELD and any(
        c.dep_ in {"nsubjpass", "dobj"} and _person(c) for c in held.children
    )


def unheard_since(heard: Token) -> bool:
    """ "has not been heard from since (police took him)", "Nothing has been heard of X since he
    was detained", "no one has heard from her since soldiers took her"; not "not heard from the
    ministry" nor "nothing has been heard of the plan since"."""
    if heard.lower_ != "heard" or not (negated(heard) or _heard_nothing(heard)):
        return False
    for c in heard.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            nxt = heard.doc[c.i + 1] if c.i + 1 < len(heard.doc) else None
            if nxt is not None and nxt.lower_.rstrip(".") in {"since", "again"}:
                return True
    if _heard_nothing(heard) and _since_then_from_person(heard):
        return True
    return _unheard_since_taken(heard) or (_heard_nothing(heard) and _of_person_since(heard))


_NOT_PERSON_ENTS = frozenset({"GPE", "NORP", "FAC", "ORG"})  # (the model tags some names LOC)
_PERSON_ENDINGS = ("or", "er", "ist", "ian", "ant", "ent")


def _since_then_from_person(heard: Token) -> bool:
    """ "Nothing has been heard since March 2022 from X, a former campaign coordinator": a time
    since which no word came from a named person (a disappearance); not "from the ministry" nor
    "from Amnesty International, a rights group" (a body, not a person)."""
    if not any(c.dep_ == "prep" and c.lower_ == "since" for c in heard.children):
        return False
    for c in heard.children:
        if c.dep_ != "prep" or c.lower_ not in {"from", "of"}:
            continue
        for g in (g for g in c.children if g.dep_ == "pobj"):
            if g.ent_type_ == "PERSON" or g.lower_ in _PEOPLE_PRONOUNS:
                return True
            appos = [a for a in g.children if a.dep_ == "appos"]
            if g.pos_ == "PROPN" and any(_person(a) or a.lower_.endswith(_PERSON_ENDINGS) for a in appos):
                return True
            if g.pos_ == "PROPN" and not appos and g.ent_type_ not in _NOT_PERSON_ENTS:
                return True
    return False


_SOMEONE_TAKEN = wordset("detained arrested taken abducted seized picked")


def _heard_nothing(heard: Token) -> bool:
    """ "Nothing has been heard", "No one has heard", "has heard nothing": a negation carried by
    the subject or the object, not by the verb."""
    for c in heard.children:
        no_one = c.lower_ == "one" and any(d.lower_ == "no" for d in c.children)
        if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and (c.lower_ == "nothing" or no_one):
            return True
    return False


def _heard_of(heard: Token) -> list[Token]:
    """Whom "heard" is "of" or "from": "heard of him", "heard from X"."""
    return [
        g
        for c in heard.children
        if c.dep_ == "prep" and c.lower_ in {"of", "from"}
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _of_person_since(heard: Token) -> bool:
    """ "Nothing has been heard of him since": the person right before "since"."""
    doc = heard.doc
    return any(
        g.lower_ in _PEOPLE_PRONOUNS and g.i + 1 < len(doc) and doc[g.i + 1].lower_ in {"since", "again"}
        for g in _heard_of(heard)
    )


_PEOPLE_PRONOUNS = wordset("him her them")


def _unheard_since_taken(heard: Token) -> bool:
    """A person not heard "of" or "from" since a clause that tells them taken: "since he was
    detained by military intelligence"."""
    if not any(g.pos_ in {"PROPN", "PRON"} or g.ent_type_ == "PERSON" for g in _heard_of(heard)):
        return False  # "nothing has been heard of the plan since"
    return any(
        c.dep_ == "advcl"
        and c.lower_ in _SOMEONE_TAKEN
        and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
        for c in heard.children
    )


def vehicle_vanishing(verb: Token) -> bool:
    """A person forced into a vehicle by unnamed men, or last seen being forced into one."""
    doc = verb.doc
    before = [t.lower_ for t in doc[max(0, verb.i - 4) : verb.i]]
    if "last" in before and "seen" in before:
        return True
    return by_unnamed_men(verb)


def by_unnamed_men(verb: Token) -> bool:
    """The doers of `verb` are men the text does not name as any force: "was seized by masked
    men", "four men took him" (not "seized by officers of the National Guard")."""
    agents = [c for c in verb.children if c.dep_ == "nsubj"]
    agents += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not agents and verb.dep_ == "conj":
        agents = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(a.lower_ in _MEN for a in agents)


def kin_took(verb: Token) -> bool:
    """ "relatives carried away the bodies": the dead taken by their own people, not seized."""
    if not verb.doc.has_annotation("DEP"):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "conj":
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(s.lower_ in _KIN for s in subj)


def body_taken(span: Span) -> bool:
    """ "The body of X was taken from the hospital morgue by soldiers": what was taken is a body,
    so the act is the confiscation of the dead (other, CONVENTIONS), no arrest nor disappearance."""
    if not span.doc.has_annotation("DEP"):
        return False
    return any(
        c.dep_ in {"nsubjpass", "dobj"} and c.lower_ in BODY_NOUNS for tok in span for c in tok.children
    )


_FAMILY = wordset(
    "family families relatives relative parents mother father widow wife husband brother sister son daughter"
)


def kin_made_to_bury(verb: Token) -> bool:
    """ "the family was forced to bury him at night", "his relatives, who were made to bury him":
    relatives made to bury their dead (not villagers made to bury the victims of a flood)."""
    if not verb.doc.has_annotation("DEP"):
        return False
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subj and subj[0].lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subj = [verb.head]
    return any(s.lower_ in _FAMILY for s in subj)


def kin_of(noun: Token) -> Token | None:
    """ "the families of at least 12 young people say they have received no information about
    their whereabouts": the people whose kin are kept from knowing (the "of" phrase of the kin)."""
    verb = noun
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    verbs = [verb, verb.head] if verb.dep_ == "ccomp" else [verb]
    for v in verbs:
        for subj in (c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _KIN):
            for of in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"):
                return next((g for g in of.children if g.dep_ == "pobj"), None)
    return None


def unaccounted(verb: Token) -> bool:
    """ "the government did not account for at least 11 officials arrested in 2001": the state
    not saying what became of people (a disappearance); not "did not account for the funds"."""
    if verb.lower_ not in {"account", "accounted"} or not negated(verb):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if _person(obj) or any(c.dep_ == "conj" and _person(c) for c in obj.children):
                return True
    return False
