"""Named members of a group told in the sentence before: "23 men were executed. One of them was
X, who ...", "27 prisoners have not been seen since 2004. Among them is Y", "Relatives of one of
the men, Z, said ...", and the whole group named: "They were identified as A, B and C".

The sentence that names the member tells no event of the group's kind, so the name belongs to the
group's incident (CONVENTIONS.md: a name reported with the group on the same occasion). A member
sentence that tells such an event of its own ("Among them is W, who was last seen ...", "whose
death sentence was upheld") gives the person an incident of their own instead, and is left to it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.victim_names import names_in
from tallybook.extract.text.boilerplate import doc_text
from tallybook.extract.timing.story_dates import next_sentence

# The opening of a sentence that picks members out of a group named just before.
_PLURAL = r"(?:[a-z-]+s|[a-z]*men|children|people|dead|missing|detained|disappeared|accused)"
_GROUP = rf"(?:them|these|those|the (?:[a-z-]+ ){{0,2}}?{_PLURAL})"
_ASIDE = r"(?:, [^,.;]{1,40},)?"  # "One of them, it said, was X"
# "They were identified as A, B and C", "The men were named as ...": the whole group named
_NAMED_GROUP = rf"(?:They|The (?:[a-z-]+ ){{0,2}}?{_PLURAL})"
_MEMBER_RE = re.compile(
    rf"(?:\[\d+\]\s*)?(?:Among {_GROUP}{_ASIDE} (?:is|are|was|were)"
    rf"|One of {_GROUP}{_ASIDE} (?:is|was)"
    rf"|One of {_GROUP},"
    rf"|(?:Relatives|The (?:family|mother|father|wife|brother|sister)) of one of {_GROUP},"
    rf"|{_NAMED_GROUP} (?:were|have been|had been) (?:identified|named) as)\s"
)

# Words of a member sentence that tell an event of the group's own kind about the member.
_OWN_EVENT = {
    "execution": wordset("executed hanged execution"),
    "death_sentence": wordset("sentenced condemned sentence"),
    "killing": wordset("killed shot died dead"),
    "death_in_custody": wordset("died death dead"),
    "enforced_disappearance": wordset("seen disappeared abducted whereabouts missing vanished"),
    "arrest": wordset("arrested detained held seized jailed"),
    "torture": wordset("tortured beaten torture"),
    "corporal_punishment": wordset("lashes flogged lashed caned amputated"),
}


def own_event_words(kind: str) -> frozenset[str]:
    """Words that tell an event of the group's own kind (`kind`) about a member."""
    return _OWN_EVENT.get(kind, frozenset())


_STOP = wordset("who whose which that ; ( :")


def _member_sentences(sent: Span) -> list[Span]:
    """The next sentence, and the one after it when the next counts no one ("The families were
    not notified. Relatives of one of the men, X, said ...")."""
    nxt = next_sentence(sent)
    if nxt is None:
        return []
    if any(_counts(t) for t in nxt):
        return [nxt]
    after = next_sentence(nxt)
    return [nxt] if after is None else [nxt, after]


def _counts(tok: Token) -> bool:
    """A number that counts something: not a date, an age or a time."""
    return (tok.like_num or tok.pos_ == "NUM") and tok.ent_type_ not in {"DATE", "TIME", "ORDINAL"}


def _last_group(sent: Span, head: Token) -> bool:
    """The group is the last counted one of its sentence: "them" stands for the nearest group
    ("25 people were executed and four of them had been arrested as minors. One of them ...":
    one of the four)."""
    end = head.right_edge.i
    return not any(_counts(t) for t in sent if t.i > end)


def _group(count: int | None) -> bool:
    """A counted group: a group told without a number ("the killing of villagers") would take its
    count from the names given to it."""
    return count is not None and count >= 2


def members_named_after(sent: Span, head: Token, count: int | None, kind: str) -> list[str]:
    """The names the sentence after `sent` gives to members of the group its victim phrase
    (`head`, counted `count`) names; none when that sentence tells the member's own event."""
    if not _group(count):
        return []
    if not _last_group(sent, head):
        return []
    doc = sent.doc
    for nxt in _member_sentences(sent):
        m = _MEMBER_RE.match(doc_text(doc)[nxt.start_char : nxt.end_char])
        if m is not None:
            if m.group().rstrip().endswith(" as") and not _name_at(nxt, nxt.start_char + m.end()):
                return []  # "The soldiers were identified as members of ...": no names
            return _member_names(nxt, nxt.start_char + m.end(), kind)
    return []


def _name_at(nxt: Span, start: int) -> bool:
    """True if the first word at or after `start` is a proper noun."""
    first = next((t for t in nxt if t.idx >= start), None)
    return first is not None and first.tag_ == "NNP"


def _member_names(nxt: Span, start: int, kind: str) -> list[str]:
    doc = nxt.doc
    own = _OWN_EVENT.get(kind, frozenset())
    if any(t.lower_ in own for t in nxt if t.idx >= start):
        return []
    lo = next((t.i for t in nxt if t.idx >= start), None)
    if lo is None:
        return []
    hi = lo
    while hi < nxt.end and doc[hi].lower_ not in _STOP and doc[hi].pos_ not in {"VERB", "AUX"}:
        if doc[hi].text == "," and hi + 1 < nxt.end and doc[hi + 1].lower_ in {"a", "an", "the"}:
            # "X, a teacher from Y": the description names no member; a name joined after it
            # by "and" is one ("X, a teacher, and Y, a farmer")
            later = _next_member(nxt, hi + 2)
            if later is None:
                break
            hi = later
        hi += 1
    return names_in(doc, lo, hi) if hi > lo else []


def _next_member(nxt: Span, start: int) -> int | None:
    """The "and" before a further name after a member's description, if the sentence has one."""
    doc = nxt.doc
    for i in range(start, nxt.end - 1):
        if doc[i].lower_ in _STOP or doc[i].pos_ in {"VERB", "AUX"}:
            return None
        if doc[i].lower_ == "and" and doc[i - 1].text == "," and doc[i + 1].tag_ == "NNP":
            return i
    return None


def one_named_of(head: Token) -> list[str]:
    """ "One of the men hanged on Sunday was X, 36, a mechanic": the one member a copula names, when
    the victim phrase (`head`) is the group "One of" picks from; the event is the member's own."""
    of = head.head
    if head.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ != "one" or of.head.dep_ != "nsubj":
        return []
    verb = of.head.head
    if verb.lower_ not in {"was", "is"}:
        return []
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
    if attr is None or attr.pos_ != "PROPN":
        return []
    doc = head.doc
    hi = attr.i + 1  # the name, not its appositions ("36", "a mechanic")
    return names_in(doc, attr.left_edge.i, hi)
