"""Which organisations are people's names the NER model tagged ORG: a name of two words or more
that only the model's label makes a body (no alias, no registry entry, no word of a body's name),
where the text also shows a person ("journalists A and B"). Such a name is a person's, not an
organisation's: the people finder keeps it and drops the organisation record.
"""

from __future__ import annotations

from spacy.tokens import Doc

from tallybook.extract.entities.known_orgs import lookup_known_org
from tallybook.extract.entities.person_names import is_nameish
from tallybook.model import ExtractedPerson


def tagged_only_orgs(doc: Doc) -> set[str]:
    """Organisations of the doc that only the NER model's ORG label makes one: no alias, no
    registry entry, no word of a body's name (a person's name the model mistook)."""
    return {
        o.name
        for o in doc._.tb_orgs or []
        if not o.aliases and " " in o.name and is_nameish(o.name) and lookup_known_org(o.name) is None
    }


def drop_people_orgs(doc: Doc, people: list[ExtractedPerson], tagged: set[str]) -> None:
    """Drops from `doc._.tb_orgs` an organisation only the model's ORG label made (`tagged`, from
    `tagged_only_orgs`), that the text shows to be one of `people`."""
    named = {p.name for p in people}
    if named & tagged:
        doc._.tb_orgs = [o for o in doc._.tb_orgs or [] if o.name not in named]
