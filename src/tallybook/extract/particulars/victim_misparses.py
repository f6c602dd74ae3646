"""Objects the parser gives a violation verb that cannot be its victim, and the victim meant.

"said that guards had punched and kicked them": the "that" of the reported clause hung on the
second verb as its object; "they were held and beaten, a claim the court ignored": a passive
participle joined to a passive verb is given the appositive after it as an object, while its
patient is the subject the two verbs share; "told the foundation that soldiers beat both of them",
read as a relative clause with "that" for its object; "killed 118 people and 22 others
disappeared", both counted phrases made the subject of the second verb; "Between 1 March and 30
May, at least 41 Kurds were executed", an opening date or a source's apposition made a second
subject; "say between 60 and 80 people are on death row", the counted range hung on the teller's
verb or a subjectless copula; "the sentencing to death of eight people", the "of" phrase hung on
"death"; two subjects given one verb, "police in X detained Y", "the student Y was taken"; "the
whereabouts of engineer and activist X", the name hung on "whereabouts" apart from its "of" phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.assertion.arrest_descriptors import as_phrase_subject
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.recall_relatives import antecedent, relative_antecedent
from tallybook.extract.particulars.victim_detached import date_word
from tallybook.extract.text.parse_tree import dep_tree, first_child, first_conjunct


def is_complementizer(tok: Token, verb: Token) -> bool:
    """ "that" opening a reported clause, taken by the parser for the object of a verb after it
    (an object before its verb is a relative pronoun only in a relative clause)."""
    if tok.lower_ not in {"that", "whether"} or tok.i > verb.i:
        return False
    top = first_conjunct(verb)
    # "told the foundation that soldiers beat both of them", parsed as a relative clause on
    # "foundation": a relative "that" object leaves the verb no other object after it
    return top.dep_ != "relcl" or any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)


def real_object(verb: Token, own: Token | None) -> Token | None:
    """`own` (the verb's passive subject or object), or the verb's next object when `own` is a
    complementizer the parser took for one, or a stray pronoun object when there is none; the
    person a "Nothing has been heard ... from X" is about, not "Nothing"."""
    if own is None:
        return _stray_pronoun_object(verb)
    if own.lower_ == "nothing" and verb.lower_ == "heard":
        # "Nothing has been heard since March from X": the person no word came from
        froms = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"from", "of"})
        return next((g for c in froms for g in c.children if g.dep_ == "pobj"), None)
    if relative_which(own, verb):
        return subject_above(verb)
    if not is_complementizer(own, verb):
        return own
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def relative_which(own: Token, verb: Token) -> bool:
    """ "convicted of adultery, which she has denied and sentenced to death": another clause's
    relative pronoun taken for the verb's object (a relative pronoun is never a victim; the
    subject above is)."""
    return own.lower_ == "which" and own.i < verb.i


def subject_above(verb: Token) -> Token | None:
    """The nearest subject among the verbs above `verb`."""
    cur = verb
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"} and (found := first_child(cur, "nsubjpass", "nsubj")) is not None:
            return found
    return None


def shared_passive_subject(verb: Token) -> Token | None:
    """The passive subject a bare past participle shares with the passive verb it is joined to
    ("they had been subjected to electric shocks and beaten"); None for a verb with an auxiliary
    or a subject of its own ("police had detained him and beaten his brother")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.i == verb.i:
        return None
    if first_child(verb, "aux", "auxpass", "nsubj", "nsubjpass") is not None:
        return None
    head = verb.head
    subj = first_child(head, "nsubjpass")
    if subj is None or first_child(head, "auxpass") is None:
        return None
    return relative_antecedent(head, subj)


def subject_before_as(holder: Token, found: Token | None) -> Token | None:
    """ "six men who were arrested as children remain on death row", parsed with "children" as the
    subject of "remain": the people the clause above is about, not the noun after "as"."""
    if found is None or not as_phrase_subject(holder, found):
        return None
    above = holder.head
    if above.dep_ == "relcl":
        return antecedent(above)
    return first_child(above, "nsubjpass", "nsubj")


def _stray_pronoun_object(verb: Token) -> Token | None:
    """ "sentenced both to death": the object pronoun hung as a modifier of the "to" phrase right
    after the verb."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.lower_ != "both" or nxt.pos_ != "PRON":
        return None
    return nxt if nxt.head.dep_ == "prep" and nxt.head.head.i == verb.i else None


def others_after_object(root: Token, head: Token) -> Token | None:
    """ "police killed at least 118 people and 22 others disappeared", parsed with both counted
    phrases as the subject of "disappeared": the first is the object of the verb before it (which
    has none of its own), so the later verb's victims are the counted others alone."""
    if (
        head.dep_ not in {"nsubj", "nsubjpass"}
        or head.head.i != root.i
        or first_child(head, "nummod") is None
    ):
        return None
    others = next((c for c in head.children if c.dep_ == "conj" and c.i > head.i), None)
    if others is None or first_child(others, "nummod") is None:
        return None
    if not (others.lower_ == "others" or any(c.lower_ == "other" for c in others.children)):
        return None
    lo = head.left_edge.i  # with its qualifier: "at least 118 people"
    before = head.doc[lo - 1] if lo > head.sent.start else None
    if before is None or before.pos_ != "VERB" or first_child(before, "dobj") is not None:
        return None
    return others


def opener_before_subject(first: Token, second: Token) -> bool:
    """Two passive subjects the parser gave one verb, the first an opening phrase set off by a
    comma: a date ("Between 1 March and 30 May, at least 41 Kurds were executed") or the apposition
    of a source ("According to X, a monitoring group, more than 3,900 people have been killed").
    The second, counted, is the subject."""
    # passive subjects only: the subject of an active verb is the doer ("Nov 8 - police shot ...")
    if not first.dep_ == second.dep_ == "nsubjpass" or second.ent_type_ == "DATE":
        return False
    if first.ent_type_ == "DATE":
        return True
    after = first.right_edge.i + 1
    return (
        after < second.left_edge.i
        and first.doc[after].text == ","
        and first_child(first, "nummod") is None
        and first_child(second, "nummod") is not None
    )


def of_after_death(root: Token, last: Token) -> Token | None:
    """ "expressed alarm at the sentencing to death of at least eight people": a gerund used as a
    noun whose "of" phrase the parser hung on the last word, "death"."""
    if last.lower_ != "death" or last.i <= root.i or root.dep_ not in {"pobj", "dobj", "nsubj", "nsubjpass"}:
        return None
    if not any(c.dep_ == "det" for c in root.children):
        return None  # ("the sentencing", "a condemnation": a noun, not a verb's object clause)
    of = next((c for c in last.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return first_child(of, "pobj") if of is not None else None


# What may stand between a nominal trigger and its "of" phrase: how, when and where ("the
# executions by firing squad on 3 March of A, B and C", "the arrest in Tehran last week of X")
_BETWEEN_TRIGGER_AND_OF = wordset(
    "by on in at during last this earlier early late firing squad hanging stoning lethal injection the a"
)
_WHEN_AND_WHERE = frozenset({"DATE", "TIME", "GPE", "FAC"})


def of_after_modifiers(root: Token) -> Token | None:
    """The named person in an "of" phrase the parser hung on a date or a manner after a nominal
    trigger ("the executions by firing squad on 3 March of X": "of" on "March"), when only
    words of manner, time and place stand between them; None otherwise."""
    doc = root.doc
    for tok in doc[root.i + 1 : min(len(doc), root.i + 10)]:
        if tok.lower_ == "of":
            obj = first_child(tok, "pobj")
            named = obj is not None and (obj.ent_type_ == "PERSON" or obj.pos_ == "PROPN")
            return obj if named and obj is not None and not date_word(obj) else None
        if not (tok.lower_ in _BETWEEN_TRIGGER_AND_OF or tok.like_num or tok.ent_type_ in _WHEN_AND_WHERE):
            return None
    return None


def of_name_set_apart(noun: Token, obj: Token) -> Token | None:
    """ "the whereabouts of software engineer and free speech activist X": a noun's "of" object
    left with a conjunction and no conjunct, the named person after it hung on the noun as an
    apposition: that person is the one the "of" phrase names."""
    if not any(c.dep_ == "cc" for c in obj.children) or any(c.dep_ == "conj" for c in obj.children):
        return None
    return next(
        (c for c in noun.children if c.dep_ == "appos" and c.i > obj.i and c.ent_type_ == "PERSON"), None
    )


def range_before(verb: Token, clause: Token) -> Token | None:
    """ "Rights groups say between 60 and 80 people are on death row": the counted "between"
    phrase the parser hung on `verb`, standing between it and the clause it governs, is that
    clause's subject; with `clause` the verb itself, a "between" phrase before a verb with no
    subject is its own (not a time: "between 2019 and 2021")."""
    for c in verb.children:
        if (
            c.dep_ == "prep"
            and c.lower_ == "between"
            and (verb.i < c.i or clause.i == verb.i)
            and c.i < clause.i
        ):
            obj = first_child(c, "pobj")
            if obj is not None and first_child(obj, "nummod") is not None and not date_word(obj):
                return obj
    return None


def split_subject(verb: Token) -> Token | None:
    """Two subjects the parser gave one verb: "police in X detained Pavel Y" (the object after
    the verb taken for a subject), "the engineering student Youssef Z was taken" (a name set
    beside its description). The name is the victim."""
    _, kids, deps, _ = dep_tree(verb.doc)  # (children read from plain lists, not Tokens)
    found = [c for c in kids[verb.i] if deps[c] in {"nsubj", "nsubjpass"}]
    if len(found) != 2:
        return None
    first, second = verb.doc[found[0]], verb.doc[found[1]]
    dateline = any(t.text in {"–", "—"} for t in first.subtree)
    if dateline and second.i < verb.i and first.dep_ == second.dep_ and first_child(verb, "dobj") is None:
        # "Townsville, Region – Six people were lashed", "• 21 Oct – X died": a dateline or a
        # list item's date before the subject (not "Town – forces detained 12": the agent)
        return second
    if opener_before_subject(first, second):
        return second  # "Between 1 March and 30 May, at least 41 Kurds were executed"
    if second.pos_ != "PROPN" or second.ent_type_ != "PERSON":
        return None
    if first.i < verb.i < second.i and first.dep_ == "nsubj" and first_child(verb, "dobj") is None:
        return second  # the object after an active verb
    if second.i < verb.i and first.dep_ == second.dep_ == "nsubjpass" and second.left_edge.i == first.i + 1:
        return second  # "the student Youssef Z was taken"
    return None
