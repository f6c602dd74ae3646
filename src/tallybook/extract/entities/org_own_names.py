"""Which name a registry organisation takes in a text that calls it only by an outlet name of its
own: "the judiciary's Mizan Online website reported" names "Mizan Online", not the registry's
"Mizan News Agency", when the text never writes the agency's name (a text that writes both keeps
the registry name, the outlet's name an alias of it)."""

from __future__ import annotations

import re

from tallybook.model import ExtractedOrganization

# registry name -> the outlet's own name, as written (capitalised: "Mizan online" is no name)
OWN_NAMES: dict[str, str] = {"Mizan News Agency": "Mizan Online"}


def own_names(orgs: list[ExtractedOrganization], text: str) -> None:
    """Renames in place each registry organisation the text names only by its outlet's name."""
    for org in orgs:
        own = OWN_NAMES.get(org.name)
        if own is None or own not in org.aliases or not re.search(rf"\b{re.escape(own)}\b", text):
            continue
        if re.search(rf"\b{re.escape(org.name)}\b", text, re.IGNORECASE):
            continue  # "Mizan news agency" written too: the registry name stands
        org.aliases = [a for a in org.aliases if a != own]
        org.name = own
