"""The named subject of an intransitive verb of vanishing that the victim-slot walk misses.

"Blogger X went missing after police stopped his car", "journalist Y has gone missing since the
raid": the verb has no passive subject or object and, with its auxiliary or its "missing", is not a
bare participle, so the walk finds no victim. The subject is the victim when it names a person or
is a personal pronoun; "the wedding ring went missing" names no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import NOMINAL, wordset
from tallybook.extract.detection.triggers import Trigger
from tallybook.extract.particulars.recall_relatives import relative_antecedent
from tallybook.extract.text.parse_tree import first_child

_VANISH = wordset("went gone go goes going disappeared disappear disappears vanished vanish vanishes")
_PERSONAL = wordset("he she they him her them")


def missing_subject(trigger: Trigger) -> Token | None:
    """The person whose vanishing `trigger`'s intransitive verb tells, or None."""
    if trigger.type != "enforced_disappearance" or trigger.kind == NOMINAL:
        return None
    verb = trigger.span[0]
    if verb.lower_ not in _VANISH or first_child(verb, "dobj", "nsubjpass") is not None:
        return None
    subj = first_child(verb, "nsubj")
    if subj is None:
        return None
    subj = relative_antecedent(verb, subj)
    if subj is None:
        return None
    person = subj.ent_type_ == "PERSON" or (subj.pos_ == "PROPN" and subj.ent_type_ in {"", "ORG"})
    return subj if person or subj.lower_ in _PERSONAL else None
