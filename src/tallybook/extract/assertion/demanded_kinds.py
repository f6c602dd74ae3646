"""Is a violation word said only of a whole kind of people that a demand is about?

"We call on the authorities to release everyone who is arbitrarily detained and to disclose the
fate of those who have disappeared", "urged the Government ... to release information about all
those currently awaiting execution": the demand covers whoever is held, missing or on death row;
it tells no arrest, disappearance or execution of its own (the events are told elsewhere, or
not at all). The people are a kind with no figure, name or date: "everyone", "anyone", "all
those", or a bare "those" with a relative clause.

Still events: a counted or dated group ("must release the 64 students arrested on 11 May",
"release those detained on Monday"), a named person ("release X, who was detained in May"),
and the same words with no demand above them ("Those who were detained were beaten").
non_events.not_an_event asks `demanded_kind`.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_record import Trigger

_UNIVERSAL = wordset("everyone everybody anyone anybody those all whoever")
_ALL = wordset("all any every")
_DEMANDS = wordset(
    "call calls called calling urge urges urged urging demand demands demanded demanding "
    "release releasing free freeing disclose disclosing reveal revealing ask asks asked"
)
_CLAUSES = frozenset(["relcl", "acl"])


def demanded_kind(trigger: Trigger) -> bool:
    """The trigger is said of a whole kind of people ("everyone who is detained", "all those
    awaiting execution") inside a demand."""
    holder = _kind_holder(trigger.root)
    if holder is None or _counted(holder):
        return False
    cur = holder
    # (a long reach: "call on States ... to respect standards that provide safeguards to ensure
    # protection of the rights of those facing the death penalty" hangs the kind deep below)
    for _ in range(14):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lower_ in _DEMANDS and cur.pos_ == "VERB":
            return True
    return False


def _kind_holder(root: Token) -> Token | None:
    """ "everyone" of "everyone who is detained"; "those" of "all those awaiting execution"."""
    tok = root
    for _ in range(3):  # the trigger, or the participle whose object it is ("awaiting execution")
        if tok.dep_ in _CLAUSES:
            noun = tok.head
            if noun.lower_ in _UNIVERSAL or any(
                c.dep_ in {"det", "predet"} and c.lower_ in _ALL for c in noun.children
            ):
                return noun
            return None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _counted(noun: Token) -> bool:
    """A figure, date or name in the phrase: a group told, not a kind."""
    return any(
        t.like_num or t.ent_type_ in {"DATE", "TIME", "CARDINAL", "PERSON"} or t.pos_ == "PROPN"
        for t in noun.subtree
    )
