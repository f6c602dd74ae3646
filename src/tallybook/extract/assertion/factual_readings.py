"""Readings that keep a trigger factual where factuality.py's general rules would drop it.

- A withheld person or body, where the negation IS the violation: "has not been seen since",
  "did not learn her whereabouts until ...", "have not returned his body", "have still not been
  allowed to retrieve the bodies". `withheld_event` reads such a clause as a trigger type (for the
  trigger stage) and `negation_is_event` tells factuality.py to keep it.
- An ordinal before an infinitive: "the third political prisoner to die in custody this year",
  "the 11th person to be executed since January" count real events, unlike "to kill" (a plan).
- `clause_chain`: the heads above a trigger, each once (spaCy hands out a new Token object on
  every access, so `tok.head is tok` never holds and a loop up to the root repeats the root),
  stopping at a semicolon: "X was executed in May; Y's sentence was commuted" is two clauses,
  even when the parser hangs the first on the second's verb; `own_clause` also stops at a
  coordinated clause with a subject of its own: in "his family was never told where he was held,
  and his death sentence rested on a confession" the "never" is not said of the sentence.
- What the governing clause's mood does not reach: a trigger dated by its own participle ("must
  quash the death sentences issued on Monday": issued, whatever is demanded of them), a
  publisher's "can confirm" (an assertion, not a possibility) and a figure the count reached
  ("bring to 112 the number of people put to death": a total, not a statistic of a kind).
- Reports an inquiry is demanded into: "called for an investigation into reports that soldiers
  shot 17 villagers last week" (the reports are the claim, dated or counted); not "rumours that",
  nor what the reports say would happen.
"""

from __future__ import annotations

import re
from typing import cast

from spacy.tokens import Doc, Token

from tallybook.extract.detection.refused_bodies import nor_negated, refused_body
from tallybook.extract.detection.refused_whereabouts import persons_place, refused_place
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_patterns import BODY_NOUNS
from tallybook.extract.detection.trigger_record import Trigger, negated
from tallybook.extract.detection.trigger_vanishings import (
    fate_withheld,
    news_withheld,
    refused_where,
    unaccounted,
    unheard_since,
    where_withheld,
)
from tallybook.extract.text.boilerplate import doc_cache
from tallybook.extract.text.word_positions import word_positions
from tallybook.extract.timing.date_phrases import dated_dependent

_LEARN = wordset(
    "learn learns learned learnt know knows knew known tell tells told inform informs informed "
    "disclose discloses disclosed reveal reveals revealed confirm confirms confirmed notify notified"
)
_WHEREABOUTS = wordset("whereabouts fate location")
_RETURN = wordset(
    "return returns returned returning retrieve retrieves retrieved collect collects collected "
    "release releases released hand hands handed recover recovered receive receives received"
)
_BURY = wordset("bury buries buried burying")
_PERMIT = wordset("allowed permitted able authorised authorized given")
_SEEN_AFTER = wordset("since again")
_ORDINAL_WORDS = wordset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth last latest"
)
_ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$")
MODALS = wordset("will would could might may should must shall can 'll")
_CONDITION = wordset("if unless whether")
_SEMICOLON = frozenset([";"])


def clause_chain(root: Token, limit: int = 6) -> list[Token]:
    """`root` and the heads above it, each once, up to the sentence root or a semicolon."""
    out = [root]
    cur = root
    for _ in range(limit):
        head = cur.head
        if head.i == cur.i or semicolon_between(cur, head):
            break
        out.append(head)
        cur = head
    return out


def _semicolons(doc: Doc) -> list[int]:
    """Positions of the doc's ";" tokens, found once per doc."""
    cache = doc_cache(doc)
    found = cache.get("semicolons")
    if found is None:
        found = cache["semicolons"] = word_positions(doc, _SEMICOLON)
    return cast(list[int], found)


def semicolon_between(low: Token, head: Token) -> bool:
    """A ";" hanging from `head` that stands between it and the clause `low` heads."""
    semicolons = _semicolons(low.doc)
    if not semicolons:  # most texts: no Token of any child is made
        return False
    doc = low.doc
    edge_lo, edge_hi = low.left_edge.i, low.right_edge.i
    # a child of `head` as `Token.children` gives them: within its edges, hanging from it
    return any(
        (edge_hi < i < head.i or head.i < i < edge_lo)
        and head.left_edge.i <= i <= head.right_edge.i
        and doc[i].head.i == head.i
        for i in semicolons
    )


def _object_of(verb: Token, words: frozenset[str]) -> Token | None:
    """The verb's object, or the object of its "of"/"about"/"over" phrase, when it is in `words`."""
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in words:
            return c
        if c.dep_ in {"prep", "prt"} and c.lower_ in {"of", "about", "over"}:
            found = next((g for g in c.children if g.dep_ == "pobj" and g.lower_ in words), None)
            if found is not None:
                return found
    return None


def withheld_event(tok: Token) -> str | None:
    """The violation a negated clause reports: "did not learn her whereabouts" (a disappearance),
    "have not returned his body", "were not allowed to bury him" (a body withheld, "other")."""
    # (read once per token: the sense readers and the factuality check both ask of a trigger)
    cache: dict[int, str | None] = doc_cache(tok.doc).setdefault("withheld_event", {})
    i = tok.i
    if i not in cache:
        cache[i] = _withheld_event(tok)
    return cache[i]


def _withheld_event(tok: Token) -> str | None:
    low = tok.lower_
    if (
        where_withheld(tok)
        or refused_where(tok)
        or unheard_since(tok)
        or fate_withheld(tok)
        or news_withheld(tok)
        or unaccounted(tok)
        or refused_place(tok)
    ):
        return "enforced_disappearance"  # "not told where he was held", "not heard from since"
    if low == "seen" and negated(tok):
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return "enforced_disappearance" if nxt is not None and nxt.lower_.rstrip(".") in _SEEN_AFTER else None
    if low in _LEARN:
        noun = _object_of(tok, _WHEREABOUTS)
        if noun is not None and persons_place(noun) and _negated_here(tok):
            return "enforced_disappearance"
        return None
    if low in _RETURN and _object_of(tok, BODY_NOUNS) is not None and _negated_here(tok):
        return "other"
    if low in _BURY and any(c.dep_ == "dobj" for c in tok.children) and _negated_permission(tok):
        return "other"  # "were not allowed to bury him": burial refused
    if refused_body(tok):
        return "other"  # "refused to hand over his body", "was refused access to the body"
    return None


def _negated_here(verb: Token) -> bool:
    """Negated on the verb itself or on the permission it depends on ("not allowed to retrieve")."""
    return negated(verb) or _negated_permission(verb) or nor_negated(verb)


def _negated_permission(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ in _PERMIT and negated(head)


def negation_is_event(trigger: Trigger) -> bool:
    """The trigger is a withheld person or body, so its negation is the violation itself; a
    condition ("if they do not return the body") still makes it hypothetical."""
    root = trigger.root
    if withheld_event(root) != trigger.type:
        return False
    chain = clause_chain(root)
    return not any(c.dep_ == "mark" and c.lower_ in _CONDITION for t in chain for c in t.children)


def ordinal_infinitive(root: Token) -> bool:
    """ "was the third political prisoner to die in custody", "the 11th person to be executed
    since January": an infinitive counted by an ordinal reports real events, unless the clause
    is a prospect ("would be the first person to be executed")."""
    head = root.head
    noun = head if head.pos_ in {"NOUN", "PROPN", "PRON"} else None
    if noun is None and head.pos_ in {"AUX", "VERB"}:
        noun = next((c for c in head.children if c.dep_ == "attr"), None)
    if noun is None or not _has_ordinal(noun):
        return False
    verb = noun.head if noun.i == head.i else head
    return not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS | {"to"} for c in verb.children)


def _has_ordinal(noun: Token) -> bool:
    if noun.lower_ in _ORDINAL_WORDS:
        return True  # "the first to be executed"
    return any(
        c.dep_ in {"amod", "nummod"}
        and (c.lower_ in _ORDINAL_WORDS or c.ent_type_ == "ORDINAL" or _ORDINAL_RE.match(c.lower_))
        for c in noun.children
    )


_SUBJECTS = frozenset(["nsubj", "nsubjpass", "expl", "csubj"])


def own_clause(chain: list[Token]) -> list[Token]:
    """`chain` up to the first verb coordinated with a clause of its own subject: "X was never
    told where he was, and his death sentence rested on ..." (the negation is the first clause's).
    A quantifier is no subject of its own: "..., and everyone detained ... must be released" is a
    reduced relative the parser may read as "everyone detained"."""
    for k, tok in enumerate(chain):
        if tok.dep_ != "conj" or tok.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ in _SUBJECTS and c.lower_ not in _QUANTIFIERS for c in tok.children):
            return chain[: k + 1]
        if _own_tense(tok):
            return chain[: k + 1]
    return chain


_TENSED = wordset("was were has have had")
_MODAL_AUX = wordset("must should will would could may might shall")


def _own_tense(conj: Token) -> bool:
    """ "must quash the sentence of X, who, Amnesty has learned, was sentenced to death": a clause
    with a past or perfect auxiliary of its own, parsed as a conjunct of a modal verb, is not under
    the modal (a past tense cannot share "must")."""
    head = conj.head
    if not any(c.dep_ == "aux" and c.lower_ in _MODAL_AUX for c in head.children):
        return False
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _TENSED and c.tag_ != "VB" for c in conj.children)


_QUANTIFIERS = wordset("everyone everybody anyone anybody all those whoever each")


# Participles of a plan, not of an act: "the executions set for Monday", "scheduled on Monday".
_PROSPECTS = wordset(
    "set scheduled planned due slated fixed expected proposed sought requested demanded announced"
)


def dated_participle(root: Token) -> bool:
    """ "must quash the death sentences issued on Monday against 12 men": a past participle that
    dates the trigger's own event asserts it, whatever the clause above demands or denies."""
    if root.dep_ == "acl" and root.tag_ == "VBN":
        # "did not account for 11 officials arrested in September 2001": the participle is the
        # trigger itself, and its own date asserts it whatever the clause above denies
        # (not "the highest number put to death on a single day": a count, read as a statistic)
        return root.lower_ not in _PROSPECTS and root.head.lower_ not in _TALLIES and _own_date(root)
    if root.pos_ not in {"NOUN", "PROPN"}:
        return False
    # (the tagger may read a reduced relative as a past tense: "sentences handed down on ...")
    return any(
        acl.dep_ == "acl" and acl.tag_ in {"VBN", "VBD"} and acl.lower_ not in _PROSPECTS and _own_date(acl)
        for acl in root.children
    )


_TALLIES = wordset("number numbers rate rates figure figures total totals level levels")


def _own_date(acl: Token) -> bool:
    return any(dated_dependent(c) for c in acl.children)


# Verbs by which the writer states what it found: "71 people were executed, GHRM can confirm".
_FINDING = wordset("confirm verify reveal disclose report document establish")


def asserting_modal(verb: Token) -> bool:
    """ "can confirm", "can now reveal": a present "can" on a verb of finding asserts what
    follows; "could confirm", "may reveal" and "cannot confirm" do not."""
    if verb.lower_ not in _FINDING or negated(verb):
        return False
    modals = [c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in MODALS | {"cannot"}]
    return modals == ["can"]


_GUESSING = frozenset(["may", "might"])


def hedged_cause(verb: Token) -> bool:
    """ "they may have been arrested because of their family ties": a perfect "may have" on a
    verb with a reason beside it guesses at the reason, not at the act."""
    aux = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not _GUESSING & set(aux) or "have" not in aux or negated(verb):
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"because", "due"}:
            return True  # "because of their ties", "due to his posts"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children):
            return True  # "because they had spoken to reporters"
    return False


def guessed_past(verb: Token) -> bool:
    """ "X may have executed at least 134 people this year": an active perfect "may have" or
    "might have" with a counted object estimates how many it happened to (not "could have",
    "would have": what did not; not "the men may have been arrested", a guess whether it
    happened at all); not negated."""
    aux = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not (_GUESSING & set(aux)) or "have" not in aux or "been" in aux or negated(verb):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and any(c.dep_ == "nummod" for c in obj.children)


def total_reached(noun: Token) -> bool:
    """ "bring to 112 the number of people put to death", "the number of executions rose to 40":
    the count named by "number" is given by the verb's "to" + a figure, so it is an aggregate."""
    if noun.dep_ not in {"dobj", "nsubj", "nsubjpass"}:
        return False
    verb = noun.head
    if any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.like_num or g.pos_ == "NUM" for g in c.subtree)
        for c in verb.children
    ):
        return True
    # "brings the number of executions recorded since the beginning of the year to at least 209":
    # the parser may hang the "to" on a date phrase in between; it still ends the verb's phrase.
    if verb.lower_ not in _REACH_VERBS:
        return False
    doc = noun.doc
    for t in doc[noun.i + 1 : min(len(doc), noun.i + 40)]:
        if t.lower_ == "to" and any(a.i == verb.i for a in t.ancestors):
            rest = [g for g in doc[t.i + 1 : t.i + 5] if g.lower_ not in _FIGURE_QUALIFIERS]
            return bool(rest) and (rest[0].like_num or rest[0].pos_ == "NUM")
    return False


_REACH_VERBS = wordset(
    "brings bring brought bringing takes take took taking pushes push pushed raises raised"
)
_FIGURE_QUALIFIERS = wordset("at least more than over about some nearly almost around")


_REPORTS = wordset("reports report allegations allegation accounts claims")
_INQUIRIES = wordset("investigation investigations inquiry inquiries probe probes enquiry")


def investigated_report(below: Token, above: Token, root: Token) -> bool:
    """ "called for an inquiry into reports that troops shot dead 23 farmers on Tuesday": the
    demand is for an inquiry into reports whose content clause states a past event with a figure
    or a date, so the demand does not reach it. Rumours, and a modal or undated, uncounted
    content ("reports that police beat protesters"), stay unasserted."""
    if below.lower_ not in _REPORTS or above.lower_ != "into" or above.head.lower_ not in _INQUIRIES:
        return False
    clause = root
    for _ in range(8):  # the content clause hanging from "reports"
        if clause.head.i == below.i or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.head.i != below.i or clause.dep_ not in {"acl", "ccomp", "relcl"}:
        return False
    if clause.pos_ not in {"VERB", "AUX"} or negated(clause):
        return False
    aux = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lower_ in MODALS or c.lower_ == "to" for c in aux):
        return False
    if clause.tag_ != "VBD" and not (clause.tag_ == "VBN" and aux):
        return False
    return any(t.like_num or t.ent_type_ in {"DATE", "TIME", "CARDINAL"} for t in clause.subtree)


def named_one(one: Token, participle: Token) -> bool:
    """ "One of those executed, X, 41, ...", "identified one of those killed as X": one member of
    a group told before, named, which CONVENTIONS makes an incident of its own."""
    if one.lower_ != "one":
        return False
    named = [c for c in one.children if c.dep_ == "appos"]
    named += [g for c in participle.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    return any(n.ent_type_ == "PERSON" for n in named)
