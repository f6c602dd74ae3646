"""A definite group noun that points back to people the text has just listed by name.

"A, B and C were hanged on Sunday. The three men had been arrested in 2022 ... These men were
sentenced to death": "the three men" and "these men" are A, B and C, so the later mentions get
their names and their number.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.entities.person_roles import LIST_GAP_RE
from tallybook.extract.text.boilerplate import doc_text

# Plural nouns a writer uses to refer back to a group of people already named.
_GROUP_NOUNS = wordset(
    "men women boys girls prisoners detainees activists defendants brothers sisters victims journalists "
    "protesters students people persons individuals inmates convicts dissidents bloggers lawyers "
    "teachers workers clerics monks priests farmers youths teenagers children"
)
_POINTING = wordset("these those the both all")
_DEMONSTRATIVES = wordset("these those both")
_NOT_VICTIM_ROLES = frozenset({"official", "author", "source", "perpetrator"})
_SENTENCES_BACK = 4


def refers_to_group(head: Token) -> bool:
    """ "these men", "the three men", "both women", a bare "both": a pointing phrase with no name
    of its own.
    Not a bare "the students": after "64 students ... two of the students, A and B", the students
    are all 64, so the article alone does not point at the names."""
    if head.lower_ == "both":
        return True  # "the court sentenced both to death", "Both had been arrested": the pair
    if head.lower_ not in _GROUP_NOUNS:
        return False
    if any(t.ent_type_ == "PERSON" for t in head.subtree):
        return False
    pointers = {c.lower_ for c in head.children if c.dep_ in {"det", "predet", "nummod"}}
    counted = any(c.dep_ == "nummod" for c in head.children)
    return bool(pointers & _DEMONSTRATIVES) or (counted and bool(pointers & _POINTING))


def named_group_before(sent: Span) -> list[str]:
    """The last list of two or more people named in the few sentences before `sent`."""
    doc = sent.doc
    starts = [s.start_char for s in doc.sents if s.start_char < sent.start_char]
    bounds = list(zip(starts, [*starts[1:], sent.start_char], strict=False))
    for lo, hi in reversed(bounds[-_SENTENCES_BACK:]):
        group = _last_list(doc, lo, hi)
        if group:
            return group
    return []


def _last_list(doc: Doc, lo: int, hi: int) -> list[str]:
    text = doc_text(doc)
    found: list[tuple[int, int, str]] = []
    for person in doc._.tb_people or []:
        if person.role in _NOT_VICTIM_ROLES:
            continue
        found += [(sp.start, sp.end, person.name) for sp in person.spans if lo < sp.end and sp.start < hi]
    found.sort()
    best: list[str] = []
    run: list[str] = []
    prev_end = -1
    for start, end, name in found:
        if run and LIST_GAP_RE.match(text[prev_end:start]):
            if name not in run:
                run.append(name)
        else:
            run = [name]
        prev_end = end
        if len(run) >= 2:
            best = list(run)
    return best
