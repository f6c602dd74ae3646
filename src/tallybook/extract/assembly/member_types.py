"""A named member of a group takes the group's type, not the type of the clause that tells him.

"Among those missing is X, who was pushed into a car outside his home": the car is how X was taken,
but the sentence counts X among the disappeared, so the incident is his disappearance, not an
arrest. "Among the dead was the village teacher, X, who was hanged from a beam": soldiers killing
villagers by hanging is a killing in a massacre, not a judicial execution. "Among those taken was
X, who was detained at his home", after "at least 37 people have been forcibly disappeared": the
people taken are the disappeared the text has just counted.

The group phrase is read from the parse ("among those missing", "among the dead", "X was among
those killed"); a group that names no type of its own ("those taken", "them") takes the type of the
aggregate told last before the sentence. Only the narrower reading is lifted (an arrest to a
disappearance, an execution to a killing); a named person's own other acts (a death sentence, a
torture) stay as told.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.parse_tree import has_parse

# the group word -> the type it counts its members under
_GONE = wordset("missing disappeared vanished")
_DEAD = wordset("dead killed")
# a group word that names no act of its own: the aggregate just told says what befell them
_TAKEN = wordset("taken abducted seized them")
# the narrower type a member's own clause gives -> the group type that replaces it
_LIFTS = {("arrest", "enforced_disappearance"), ("execution", "killing")}


def _group_word(sent: Span) -> Token | None:
    """The word that names the group in "among those missing", "among the dead", "among them"."""
    for tok in sent:
        if tok.lower_ != "among" or tok.dep_ != "prep" or tok.head.pos_ not in {"AUX", "VERB"}:
            continue  # "23 people, among them X, were arrested": the group's own telling
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        if obj.lower_ == "those":
            word = next((c for c in obj.children if c.dep_ in {"acl", "amod", "relcl"}), None)
            if word is None and obj.i + 1 < sent.end and obj.doc[obj.i + 1].lower_ in _GONE | _DEAD | _TAKEN:
                word = obj.doc[obj.i + 1]  # "among those missing": the adjective left unattached
            return word
        return obj
    return None


def _group_type(word: Token, m: Mention, mentions: list[Mention]) -> str | None:
    low = word.lower_
    if low in _GONE:
        return "enforced_disappearance"
    if low in _DEAD:
        return "killing"
    if low in _TAKEN:
        told = [x for x in mentions if x.sent.start < m.sent.start]  # the sentences before
        groups = [x for x in told if not x.names and x.figure.count != 1]
        return groups[-1].type if groups else None
    return None


def type_members_by_group(mentions: list[Mention]) -> list[Mention]:
    """Give a named member of a group ("Among those missing is X, who was ...") the group's type."""
    for m in mentions:
        if len(m.names) != 1 or m.figure.count not in {None, 1} or not has_parse(m.sent.doc):
            continue
        word = _group_word(m.sent)
        if word is None or word.i > m.trigger.root.i:
            continue  # "X was arrested ... among those detained" after the act: left as told
        group = _group_type(word, m, mentions)
        if group is not None and (m.type, group) in _LIFTS:
            m.type = group
    return mentions
