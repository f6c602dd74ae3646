"""Who a source named only by a role stands for: "the OHCHR official added" after "OHCHR
spokesperson A B said", "the UN human rights chief" beside "High Commissioner for Human Rights
A B", "according to his lawyer" beside "X's lawyer, A B". The schema records a named source by
name, so a definite role phrase gives way to the one person the text describes with all of the
phrase's own words; with none or several such people (two lawyers) it stays as written. Kin
("his mother") and bare offices with no word of their own ("the official") are left."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tallybook.extract.entities.lexicon import word_set
from tallybook.extract.text.boilerplate import doc_text, doc_value
from tallybook.model import ExtractedPerson

__all__ = ["role_holder"]

# head nouns of a role one named person holds (not kin: `source_kin` answers for relatives)
_ROLE_HEADS = word_set(
    "official chief spokesperson spokesman spokeswoman lawyer attorney head director rapporteur "
    "envoy commissioner representative"
)
# heads that say only that someone holds some office: the words before them must say which; a
# "chief" or "head" is one who leads, so the person's own words must say so too
_GENERIC_HEADS = word_set("official chief head")
_LEADING_HEADS = word_set("chief head")
_LEADER_WORDS = word_set(
    "chief head director commissioner president chair chairman chairwoman leader secretary-general"
)
# the words just before a name that describe it: "High Commissioner for Human Rights A B",
# "X's lawyer, A B" (back to the sentence's edge, at most eight words)
_BEFORE_NAME_RE = re.compile(r"((?:[^\s.;:!?“”\"\n]+[ \t]+){1,8})$")
# a definite phrase of up to six words: "the X official", "his lawyer", "the UN human rights chief"
_ROLE_PHRASE_RE = re.compile(r"^(?:the|his|her|its|their)\s+((?:[\w.-]+\s+){0,5}?)([\w-]+)$", re.IGNORECASE)
# words that narrow nothing: the UN itself is in every UN title the text gives
_PLAIN_WORDS = word_set("un u.n. united nations of for the and top senior")
_UN_WORDS = word_set("un u.n.")
# The UN's chief is its Secretary-General; a release may name the holder only as the one its
# spokesperson speaks for ("a statement issued by the Spokesperson for A B"), so the holders are
# known by name too.
_SECRETARIES_GENERAL = frozenset(
    {"António Guterres", "Antonio Guterres", "Ban Ki-moon", "Kofi Annan", "Boutros Boutros-Ghali"}
    | {"Javier Pérez de Cuéllar", "Javier Perez de Cuellar"}
)


def role_holder(doc: Doc, phrase: str) -> str | None:
    """The one non-victim person the text describes with every word of the role `phrase`; None
    when the phrase is no definite role or no single person fits."""
    m = _ROLE_PHRASE_RE.match(phrase.strip())
    if m is None or m.group(2).lower() not in _ROLE_HEADS:
        return None
    head = m.group(2).lower()
    keys = [w for w in m.group(1).lower().split() if w not in _PLAIN_WORDS]
    if head not in _GENERIC_HEADS:
        keys.append(head)
    if not keys and not (m.group(1).strip() and head in _LEADING_HEADS):
        # "the official": nothing says which; "the UN chief" says one who leads the UN
        return None
    people: list[ExtractedPerson] = doc_value(doc, "tb_people") or []
    titles: dict[str, list[str]] = doc_value(doc, "tb_person_titles") or {}
    text = doc_text(doc)
    un_chief = not keys and head in _LEADING_HEADS and m.group(1).strip().lower() in _UN_WORDS
    fits = []
    for p in people:
        if p.role == "victim":
            continue
        words = _words(" ".join([p.description or "", *titles.get(p.name, []), *_before_names(text, p)]))
        if un_chief:  # "the UN chief": the Secretary-General, not any head of state beside
            if "secretary-general" in words or p.name in _SECRETARIES_GENERAL:
                fits.append(p.name)
        elif all(k in words for k in keys) and (head not in _LEADING_HEADS or words & _LEADER_WORDS):
            fits.append(p.name)
    return fits[0] if len(fits) == 1 else None


def _before_names(text: str, person: ExtractedPerson) -> list[str]:
    """The words right before each place the text writes the person's name."""
    found = []
    for span in person.spans:
        m = _BEFORE_NAME_RE.search(text[max(0, span.start - 120) : span.start])
        if m is not None:
            found.append(m.group(1))
    return found


def _words(description: str) -> set[str]:
    """The lower-case words of a description, a possessive's owner without its ending."""
    return set(re.findall(r"[\w.-]+", description.lower().replace("’s", "").replace("'s", "")))
