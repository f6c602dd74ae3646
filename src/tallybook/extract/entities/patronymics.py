"""Which name a person the text writes both with and without a patronymic (or a family name the
article's title leaves out) goes by.

An encyclopedia article on an Eastern Slavic person heads the page and the infobox with the
short name and opens the lead with the full one: "Kirill Nazarov ... Kirill Alexandrovich Nazarov
(14 May 1981 – 3 February 2024) was ...". The person is known by the short name; the name with the
patronymic is an alias. A three-word name whose middle word is a patronymic ("-ovich", "-evna",
"-ivna") goes by the two-word form only when the text writes that form too. So, more widely,
an article whose title is a person's common name and whose lead gives the full name ("Nasrin
Sotoudeh ... Nasrin Sotoudeh Langarudi is ...", "Abdul Kahar Othman ... Abdul Kahar bin
Othman (1952 - 2013) was ...") names the person by the title.
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


_TITLE_RE = re.compile(r"^[=\s]*(?P<title>[^\n=]+?)[=\s]*$", re.MULTILINE)


def prefer_title_names(text: str, people: list[ExtractedPerson]) -> None:
    """Name a person whose full name opens with the article title's first word and holds all the
    title's words in order, at most two more beside them, by the title; the full form stays an
    alias."""
    first = _TITLE_RE.search(text)
    if first is None:
        return
    title = first.group("title").split()
    if not 2 <= len(title) <= 4 or not all(w[:1].isupper() for w in title):
        return
    for person in people:
        words = person.name.split()
        if words == title or words[:1] != title[:1] or not 0 < len(words) - len(title) <= 2:
            continue
        rest = iter(words)
        if all(w in rest for w in title):  # the title's words, in order, inside the full name
            short = " ".join(title)
            person.aliases = [person.name, *(a for a in person.aliases if a not in {short, person.name})]
            person.name = short
