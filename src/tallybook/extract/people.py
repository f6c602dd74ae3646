"""People a document names: one record per person, under the longest form of the name.

Mentions come from the NER model's PERSON entities (cleaned of honorifics, citation marks and
line breaks), from bylines ("written by X", "By X") and from capitalised name-shaped runs the
model missed when they start with a common given name or follow a role noun ("activist X").
Shorter mentions ("Rehman", "Mr. Rehman") fold into the full name they are part of; titles
("the Special Rapporteur") resolve through the descriptors the text gives each person.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from tallybook.extract.boilerplate import ignored_ranges, is_ignored
from tallybook.extract.lexicon import (
    GIVEN_NAMES,
    HONORIFICS,
    NOT_NAMES,
    OFFICIAL_TITLES,
    ROLE_NOUNS,
    word_set,
)
from tallybook.extract.organizations import canonical_org_name, norm_name
from tallybook.extract.person_names import describe, title_keys
from tallybook.model import ExtractedPerson, Span

for _attr in ("tb_people", "tb_person_titles"):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)

_NAME_PART = (
    r"(?:[A-Z][a-zà-ÿ’'-]+(?:-[A-Z][a-zà-ÿ]+)?|[A-Z]\.|(?:al|el|bin|ibn|de|da|van|von|der|ul)-?(?=\s|[A-Z]))"
)
_NAME_RUN_RE = re.compile(rf"(?<![\w’'-])[A-Z][a-zà-ÿ’'-]+(?:-[A-Z][a-zà-ÿ]+)?(?:[ \t]+{_NAME_PART}){{1,4}}")
_BYLINE_RE = re.compile(
    r"(?:\b(?:written|reported|compiled|edited) by|^[ \t]*By|\bAuthor:|\bReporting by)[ \t]+"
    r"([A-Z][\w’'-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][\w’'-]+)){1,3})",
    re.MULTILINE,
)
_HONORIFIC_RE = re.compile(r"^(?:(?:" + "|".join(map(re.escape, HONORIFICS)) + r")\.?\s+)+")
_ROLE_BEFORE_RE = re.compile(r"\b(?:" + "|".join(ROLE_NOUNS) + r"),?\s+$", re.IGNORECASE)
_Cand = tuple[int, int, str, bool]  # start, end, name, strong (NER or byline, or listed with names)
_HONORIFIC_END_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, HONORIFICS)) + r")\.?\s+$")
_LIST_GAP_RE = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")
_TITLES_ALT = "|".join(re.escape(t) for t in sorted(OFFICIAL_TITLES, key=len, reverse=True))
_TITLE_BEFORE_RE = re.compile(rf"\b({_TITLES_ALT})\s+$", re.IGNORECASE)
_TITLE_PREDICATE_RE = re.compile(
    rf"^\s*(?:\([^)]{{0,40}}\)\s*)?,?\s*(?:who\s+)?(?:is|was|has been|became|serves as|served as)\s+"
    rf"(?:appointed\s+|named\s+|elected\s+)?(?:as\s+)?(?:the\s+|a\s+)?(?:new\s+|current\s+|former\s+)?"
    rf"(?:UN\s+|United Nations\s+)?({_TITLES_ALT})\b",
    re.IGNORECASE,
)
_PERPETRATOR_AFTER_RE = re.compile(
    r"^(?:,[^,.;]{0,100},)?\s+(?:allegedly\s+|reportedly\s+)?(?:shot|killed|murdered|stabbed|tortured|beat|raped|"
    r"executed|ordered the (?:killing|execution|shooting))\b"
)
_SOURCE_AFTER_RE = re.compile(
    r"^(?:,[^,.;]{0,60},)?\s+(?:said|says|told|stated|wrote|tweeted|added|explained|confirmed|reported)\b"
)
_SOURCE_BEFORE_RE = re.compile(r"\b(?:according to|said|told)\s+$")
_ROLES_ALT = "|".join([*ROLE_NOUNS[:-4], _TITLES_ALT])
# "the governor of Lagos State, NAME" / "NAME, a member of ..."
_TITLE_APPOS_BEFORE_RE = re.compile(rf"\b(?:{_ROLES_ALT})\b[^,.;:\n]{{0,50}},\s*$", re.IGNORECASE)
_ROLE_APPOS_AFTER_RE = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{_ROLES_ALT}|member|resident|native|citizen)\b",
    re.IGNORECASE,
)
_LEADING_NON_NAMES = word_set(
    "despite following during according although however meanwhile regarding under unlike amid "
    "including dear said says while since after before yesterday today"
)
_PLACE_WORDS = word_set(
    "street road square prison jail camp province city district county village town avenue "
    "bridge mosque university hospital airport gate plaza checkpoint"
)


def _clean(raw: str) -> str:
    text = re.split(r"\n|\[|\(|\d", raw, maxsplit=1)[0]
    text = re.sub(r"['’]s?$", "", text.strip())
    text = _HONORIFIC_RE.sub("", text)
    text = re.sub(r"\.[a-z]$", "", text)  # "Dharmalingam.s" (a caption glued to the name)
    return text.strip(" ,.;:-–")


def _is_nameish(name: str) -> bool:
    words = name.split()
    if not words or any(w.lower().strip(".") in _PLACE_WORDS for w in words):
        return False
    if any(w in NOT_NAMES for w in words) or name.isupper():
        return False
    return all(
        w[0].isupper() or w.lower() in ("al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "a/l")
        for w in words
    )


class PeopleFinder:
    """Finds the people a document names; sets `doc._.tb_people`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def match(self, doc: Doc) -> tuple[list[ExtractedPerson], dict[str, list[str]]]:
        text = doc.text
        skip = ignored_ranges(doc)
        cands, authors, single_ok = self._candidates(doc)
        cands = [c for c in cands if not is_ignored(skip, c[0], c[1]) and _is_nameish(c[2])]
        people = self._merge(doc, cands, single_ok, authors)
        self._add_short_mentions(text, people, skip)
        titles = self._titles(doc, people)
        for person in people:
            person.description = describe(doc, person.spans)
            person.role = self._role(text, person, titles[person.name], authors)
        return people, titles

    def _candidates(self, doc: Doc) -> tuple[list[_Cand], set[str], set[str]]:
        text = doc.text
        cands: list[_Cand] = []
        authors: set[str] = set()
        single_ok: set[str] = set()  # one-word names the text gives an honorific ("Sheikh X")
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            name = _clean(ent.text)
            start = ent.start_char + max(ent.text.find(name), 0)
            cands.append((start, start + len(name), name, True))
            if _HONORIFIC_RE.match(ent.text) or _HONORIFIC_END_RE.search(text[max(0, start - 25) : start]):
                single_ok.add(name)
        for m in _BYLINE_RE.finditer(text):
            name = _clean(m.group(1))
            cands.append((m.start(1), m.start(1) + len(name), name, True))
            authors.add(name)
        tagged_single = {c[2] for c in cands if " " not in c[2]}
        runs: list[tuple[int, int, str, bool]] = []  # start, end, name, has other evidence
        for m in _NAME_RUN_RE.finditer(text):
            name = _clean(m.group())
            first = name.split()[0] if name else ""
            if first.lower() in STOP_WORDS or first.lower() in _LEADING_NON_NAMES:
                name = name[len(first) :].lstrip()  # "Despite Nagaenthran", "When Ali Reza"
            if len(name.split()) < 2:
                continue
            words = name.split()
            start = m.end() - len(m.group().lstrip()) + m.group().find(name)
            end = start + len(name)
            before = text[max(0, start - 60) : start]
            evidence = (
                words[-1] in tagged_single
                or words[0] in GIVEN_NAMES
                or bool(_ROLE_BEFORE_RE.search(before))
                or bool(_TITLE_APPOS_BEFORE_RE.search(before))
                or bool(_ROLE_APPOS_AFTER_RE.match(text, end))
            )
            runs.append((start, end, name, evidence))
        # A run listed next to a known name ("A, B and C") is a name too; lists propagate.
        known = sorted((c[0], c[1]) for c in cands)
        listed: set[int] = set()
        for _ in range(6):
            grew = False
            for i, (start, end, _name, _ev) in enumerate(runs):
                if i not in listed and _in_list_with(text, start, end, known):
                    listed.add(i)
                    known.append((start, end))
                    grew = True
            if not grew:
                break
        for i, (start, end, name, evidence) in enumerate(runs):
            strong = i in listed or name.split()[-1] in tagged_single
            if strong or evidence:
                cands.append((start, end, name, strong))
        return cands, authors, single_ok

    def _merge(
        self, doc: Doc, cands: list[_Cand], single_ok: set[str], authors: set[str]
    ) -> list[ExtractedPerson]:
        """Longest names first; a shorter mention folds into a longer name holding its words."""
        people: list[ExtractedPerson] = []
        person_words: list[set[str]] = []
        placeish = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")}
        cands.sort(key=lambda c: (-len(c[2].split()), c[0]))
        for start, end, name, strong in cands:
            words = set(name.split())
            if (name in placeish and name not in authors) or canonical_org_name(doc, name) is not None:
                continue
            home = next((p for p, ws in zip(people, person_words, strict=True) if words <= ws), None)
            if home is None:
                if len(words) == 1 and name not in single_ok:
                    continue
                if not strong and self._overlaps_other_entity(doc, start, end):
                    continue
                home = ExtractedPerson(name=name)
                people.append(home)
                person_words.append(words)
            elif name != home.name and name not in home.aliases:
                home.aliases.append(name)
            if not any(sp.start < end and start < sp.end for sp in home.spans):
                home.spans.append(Span(start, end))
        # First-introduced order reads naturally and makes "first person with this title" stable.
        people.sort(key=lambda p: min(p.spans).start)
        return people

    @staticmethod
    def _add_short_mentions(text: str, people: list[ExtractedPerson], skip: list[tuple[int, int]]) -> None:
        """Spans for surname-only mentions ("Heyns said") the NER model did not tag as people."""
        owner: dict[str, ExtractedPerson] = {}
        for person in people:
            words = person.name.split()
            for w in words[1:] if len(words) > 1 else words:
                if len(w) > 2 and not w.endswith(".") and w not in GIVEN_NAMES and w[0].isupper():
                    owner.setdefault(w, person)  # a shared surname goes to the first-named person
        if not owner:
            return
        taken = [(s.start, s.end) for p in people for s in p.spans]
        alt = "|".join(re.escape(w) for w in sorted(owner, key=len, reverse=True))
        for m in re.finditer(rf"(?<![\w’'-])(?:{alt})(?![\w-])", text):
            if any(s <= m.start() < e for s, e in taken) or is_ignored(skip, m.start(), m.end()):
                continue
            owner[m.group()].spans.append(Span(m.start(), m.end()))
        for person in people:
            person.spans.sort()

    @staticmethod
    def _titles(doc: Doc, people: list[ExtractedPerson]) -> dict[str, list[str]]:
        text = doc.text
        titles: dict[str, set[str]] = {p.name: set() for p in people}
        for person in people:
            for span in person.spans:
                titles[person.name] |= title_keys(doc, span)
        # "High Commissioner Pillay", "Special Rapporteur Ahmed Shaheed", "X was appointed Special Rapporteur"
        for person in people:
            for span in person.spans:
                before = text[max(0, span.start - 40) : span.start]
                after = text[span.end : span.end + 80]
                m = _TITLE_BEFORE_RE.search(before)
                if m:
                    titles[person.name].add(m.group(1).lower())
                m = _TITLE_PREDICATE_RE.match(after)
                if m:
                    titles[person.name].add(m.group(1).lower())
        return {name: sorted(keys) for name, keys in titles.items()}

    @staticmethod
    def _overlaps_other_entity(doc: Doc, start: int, end: int) -> bool:
        """A name-shaped run the model tagged as a place or organisation is left alone."""
        return any(
            e.start_char < end and start < e.end_char and e.label_ in ("GPE", "LOC", "FAC", "NORP")
            for e in doc.ents
        )

    @staticmethod
    def _role(text: str, person: ExtractedPerson, titles: list[str], authors: set[str]) -> str:
        if person.name in authors or set(person.aliases) & authors:
            return "author"
        if any(t in OFFICIAL_TITLES for t in titles) or title_keys_from(person.description):
            return "official"
        for span in person.spans:
            after = text[span.end : span.end + 120]
            if _PERPETRATOR_AFTER_RE.match(after):
                return "perpetrator"
        for span in person.spans:
            if _SOURCE_AFTER_RE.match(text[span.end : span.end + 60]) or _SOURCE_BEFORE_RE.search(
                text[max(0, span.start - 20) : span.start]
            ):
                return "source"
        return "other"

    def set_annotations(self, doc: Doc, result: tuple[list[ExtractedPerson], dict[str, list[str]]]) -> None:
        doc._.tb_people, doc._.tb_person_titles = result

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


def _in_list_with(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """True if [start, end) sits in a comma/"and" list right next to a tagged name."""
    for s, e in names:
        if e <= start and _LIST_GAP_RE.fullmatch(text[e:start]):
            return True
        if end <= s and _LIST_GAP_RE.fullmatch(text[end:s]):
            return True
    return False


def title_keys_from(description: str | None) -> set[str]:
    if not description:
        return set()
    low = description.lower()
    return {t for t in OFFICIAL_TITLES if re.search(rf"\b{re.escape(t)}s?\b", low)}


@Language.factory(
    "tallybook_people",
    default_config={},
    requires=["doc.ents", "doc._.tb_orgs"],
    assigns=["doc._.tb_people"],
)
def make_people(nlp: Language, name: str) -> PeopleFinder:
    return PeopleFinder(nlp, name)


_STRIP_RE = re.compile(r"^(?:the|a|an|his|her|their|its)\s+", re.IGNORECASE)


def resolve_person(doc: Doc, mention: str) -> str | None:
    """The full name of the person `mention` refers to in this document, or None.

    Accepts the full name, any shorter form ("Rehman", "Mr. Rehman") and titles the text gives a
    person ("the Special Rapporteur", "the UN's Special Rapporteur", "High Commissioner Pillay").
    """
    people: list[ExtractedPerson] = doc._.tb_people or []
    if not people:
        return None
    cleaned = _clean(mention)
    key = norm_name(cleaned)
    for p in people:
        if key == norm_name(p.name) or any(key == norm_name(a) for a in p.aliases):
            return p.name
    words = set(key.split())
    if words:
        for p in people:
            if words <= set(norm_name(p.name).split()):
                return p.name
    titles: dict[str, list[str]] = doc._.tb_person_titles or {}
    low = _STRIP_RE.sub("", mention.lower().replace("’", "'")).strip()
    for title in sorted(OFFICIAL_TITLES, key=len, reverse=True):
        if re.search(rf"\b{re.escape(title)}s?\b", low):
            for p in people:
                if title in titles.get(p.name, []):
                    return p.name
            return None
    return None
