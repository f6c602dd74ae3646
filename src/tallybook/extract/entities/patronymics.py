"""Which name a person the text writes both with and without a patronymic goes by.

An encyclopedia article on an Eastern Slavic person heads the page and the infobox with the
short name and opens the lead with the full one: "Kirill Nazarov ... Kirill Alexandrovich Nazarov
(14 May 1981 – 3 February 2024) was ...". The person is known by the short name; the name with the
patronymic is an alias. A three-word name whose middle word is a patronymic ("-ovich", "-evna",
"-ivna") goes by the two-word form only when the text writes that form too.
"""

from __future__ import annotations

import re

from tallybook.model import ExtractedPerson

# Russian, Belarusian and Ukrainian patronymics: Alexandrovich, Mikalayevich, Petrovna, Ivanivna
_PATRONYMIC_RE = re.compile(r"^[A-Z][a-z]+(?:ovich|evich|ovych|evych|ich|ovna|evna|ivna|ichna)$")


def short_form(name: str) -> str | None:
    """The name without its patronymic ("Kirill Alexandrovich Nazarov" -> "Kirill Nazarov"), or
    None when the name is not a given name, a patronymic and a family name."""
    words = name.split()
    if len(words) != 3 or not _PATRONYMIC_RE.match(words[1]):
        return None
    return f"{words[0]} {words[2]}"


def prefer_short_names(text: str, people: list[ExtractedPerson]) -> None:
    """Name each person written with a patronymic by the short form the text also writes; the
    full form stays an alias."""
    for person in people:
        short = short_form(person.name)
        if short is None or not re.search(rf"\b{re.escape(short)}\b", text):
            continue
        person.aliases = [person.name, *(a for a in person.aliases if a not in {short, person.name})]
        person.name = short
