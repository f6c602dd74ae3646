"""Which people are the victims of the incidents found, and which victim names name no one.

The incidents component marks the people its incidents name. Being harmed is what the record of a
person is for: a victim's role wins over the office the text also gives ("former deputy foreign
minister X was executed") and over a line the victim later spoke ("X told reporters he had been
beaten"). Only the author of the text and a perpetrator keep their roles, and a relative who tells
of the harm stays its teller ("his sister X told AP": kin_tellers.py). A victim name that the
people component did not list is added only if it is a person's name: not a descriptor the victim
phrase held ("lorry driver"), not a nationality or a people ("Sri Lankan Tamil"), not a body or a
place the text presents as one.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from tallybook.extract.entities.kin_tellers import speaks_as_kin
from tallybook.extract.entities.non_person_names import dateline_agencies, group_words_only, names_no_person
from tallybook.extract.entities.person_names import is_nameish, named_as_place, whole_word_hits
from tallybook.extract.entities.person_roles import share_victim_role, victim_context
from tallybook.extract.text.boilerplate import flat_text
from tallybook.model import ExtractedPerson, Span

# Roles a victim's role does not replace: who wrote the text, who did the harm
_KEPT_ROLES = frozenset({"author", "perpetrator"})


def _names_someone(text: str, name: str, agencies: set[str]) -> bool:
    """True if a victim name the people component did not list is a person's name.
    `agencies`: `dateline_agencies(text)`, found once per text."""
    if not is_nameish(name) or group_words_only(name):
        return False
    hits = whole_word_hits(text, name)
    start, end = hits[0] if hits else (0, 0)
    return not named_as_place(text, name) and not names_no_person(text, name, start, end, agencies)


def _kin_teller(text: str, person: ExtractedPerson) -> bool:
    """A relative who tells of the victim's harm ("his sister X told AP"), named nowhere as harmed."""
    spans = person.spans
    return any(speaks_as_kin(text, s.start, s.end) for s in spans) and not any(
        victim_context(text, s.start, s.end) for s in spans
    )


def mark_victims(doc: Doc, victim_names: Iterable[tuple[str, Span]]) -> list[ExtractedPerson]:
    """`doc._.tb_people` with the victims of the incidents marked: (name, incident span) pairs.
    A listed person takes the victim role unless they wrote the text or did the harm; a name not
    listed joins as a victim if it is a person's."""
    # "Sri Lankan Tamil (man)": a people, no person (dropped only now: the incidents read the
    # list as the people component left it)
    people = [p for p in doc._.tb_people or [] if not group_words_only(p.name)]
    by_name = {p.name: p for p in people}
    for p in people:  # a victim named in another spelling of a listed name is that person
        for alias in p.aliases:
            by_name.setdefault(alias, p)
    text = flat_text(doc)
    agencies = dateline_agencies(text)
    for name, span in victim_names:
        person = by_name.get(name)
        if person is None:
            if not _names_someone(text, name, agencies):
                continue
            person = ExtractedPerson(name=name, role="victim", spans=[span])
            people.append(person)
            by_name[name] = person
        elif person.role not in _KEPT_ROLES and not _kin_teller(text, person):
            person.role = "victim"
    share_victim_role(text, people)  # "A and B, two fuel carriers, hanged": B beside the victim A
    return people
