"""Which person of the document a mention means: the full name, a shorter form ("Rehman",
"Mr. Rehman"), a title the text gives one person ("the Special Rapporteur") or the words
describing one person ("a 19-year-old farmer")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tallybook.extract.entities.lexicon import title_alternation
from tallybook.extract.entities.organizations import norm_name
from tallybook.extract.entities.person_names import clean_name
from tallybook.extract.text.boilerplate import doc_cache, doc_value
from tallybook.model import ExtractedPerson

_TITLES_ALT = title_alternation(ignore_case=False)  # matched against lower-cased text
_TITLE_WORD_RE = re.compile(rf"\b({_TITLES_ALT})s?\b")
_STRIP_RE = re.compile(r"^(?:the|a|an|his|her|their|its)\s+", re.IGNORECASE)


def resolve_person(doc: Doc, mention: str) -> str | None:
    """The full name of the person `mention` refers to in this document, or None.

    Accepts the full name, any shorter form ("Rehman", "Mr. Rehman") and titles the text gives a
    person ("the Special Rapporteur", "the UN's Special Rapporteur", "High Commissioner Pillay").
    """
    people: list[ExtractedPerson] = doc_value(doc, "tb_people") or []
    if not people:
        return None
    exact, words_of = _person_index(doc, people)
    key = norm_name(clean_name(mention))
    if key in exact:
        return exact[key]
    words = set(key.split())
    if words:
        for name, name_words in words_of:
            if words <= name_words:
                return name
    low = _STRIP_RE.sub("", mention.lower().replace("’", "'")).strip()
    found = [m.group(1) for m in _TITLE_WORD_RE.finditer(low)]
    if found:
        title = max(found, key=len)
        titles: dict[str, list[str]] = doc_value(doc, "tb_person_titles") or {}
        for p in people:
            if title in titles.get(p.name, []):
                return p.name
        if title == "expert":  # a UN special rapporteur is "the expert" of the text, if the only one
            holders = [
                p.name for p in people if {"special rapporteur", "rapporteur"} & set(titles.get(p.name, []))
            ]
            if len(holders) == 1:
                return holders[0]
    if low and low == mention.strip().lower() and not mention[:1].isupper():
        # "jeepney barker" (a descriptor the model took for a name): the one person it describes
        described = [p.name for p in people if (p.description or "").lower().endswith(" " + low)]
        if len(described) == 1:
            return described[0]
    return None


def _person_index(
    doc: Doc, people: list[ExtractedPerson]
) -> tuple[dict[str, str], list[tuple[str, set[str]]]]:
    """(norm name/alias -> name, [(name, its words)]) for the doc's people, built once per list."""
    cached = doc_cache(doc).get("person_index")
    if isinstance(cached, tuple) and cached[0] == (id(people), len(people)):
        found: tuple[dict[str, str], list[tuple[str, set[str]]]] = cached[1]
        return found
    exact: dict[str, str] = {}
    for p in people:
        for variant in (p.name, *p.aliases):
            exact.setdefault(norm_name(variant), p.name)
    words_of = [(p.name, set(norm_name(p.name).split())) for p in people]
    doc_cache(doc)["person_index"] = ((id(people), len(people)), (exact, words_of))
    return exact, words_of
