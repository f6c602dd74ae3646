"""People a document names: one record per person, under the longest form of the name.

Mentions come from the NER model's PERSON entities (cleaned of honorifics, citation marks and
line breaks), from bylines ("written by X", "By X") and from capitalised name-shaped runs the
model missed when they start with a common given name or the words around them say a person
(`person_context`: "activist X", "X, a 24-year-old labourer").
Shorter mentions ("Rehman", "Mr. Rehman") fold into the full name they are part of; titles
("the Special Rapporteur") resolve through the descriptors the text gives each person.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from tallybook.extract.entities.lexicon import GIVEN_NAMES, HONORIFICS, OFFICIAL_TITLES, word_set
from tallybook.extract.entities.mistagged_orgs import drop_people_orgs, tagged_only_orgs
from tallybook.extract.entities.non_person_names import dateline_agencies, names_no_person
from tallybook.extract.entities.organizations import canonical_org_name
from tallybook.extract.entities.patronymics import prefer_short_names, prefer_title_names
from tallybook.extract.entities.person_candidates import kin_of_other, shared_family_names, strip_demand
from tallybook.extract.entities.person_context import person_after, person_before, personal_title
from tallybook.extract.entities.person_descriptors import describe, titles_in
from tallybook.extract.entities.person_fixes import fold_spellings, names_after_titled_body
from tallybook.extract.entities.person_lookup import resolve_person as resolve_person  # re-exported
from tallybook.extract.entities.person_names import (
    CAPITAL_SURNAME_RE,
    HONORIFIC_RE,
    NAME_RUN_RE,
    among_single_words,
    clean_name,
    complete_name,
    in_list_with,
    is_nameish,
    name_lists,
    named_as_place,
    ul_compound_name,
)
from tallybook.extract.entities.person_roles import kin_speak_for, share_victim_role, victim_context
from tallybook.extract.entities.person_spellings import fold_transliterations
from tallybook.extract.entities.person_titles import person_titles
from tallybook.extract.entities.pronoun_names import pronoun_named
from tallybook.extract.text.boilerplate import doc_ents, flat_text, ignored_ranges, is_ignored, span_text
from tallybook.model import ExtractedPerson, Span

for _attr in ("tb_people", "tb_person_titles"):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)

_BYLINE_RE = re.compile(
    r"(?:\b(?:written|reported|compiled|edited) by|^[ \t]*By|\bAuthor:|\bReporting by)[ \t]+"
    r"([A-Z][\w’'-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][\w’'-]+)){1,3})",
    re.MULTILINE,
)
_DESK_RE = re.compile(r"^[\w-]+['’]s\s")
_DESK_WORDS_RE = re.compile(r"[ \t](?:Newsroom|Bureau|Desk|Staff)$")
_DESK_AFTER_RE = re.compile(r"[ \t]+(?:newsroom|bureau|desk|staff|team|correspondents?)\b", re.IGNORECASE)
# Every byline holds one of these: a text without any (most) is not scanned for bylines.
_BYLINE_CUES = ("written by", "reported by", "compiled by", "edited by", "Reporting by", "By", "Author:")
# start, end, name, strength: 2 byline, listed beside names, named by its context (a role, a
# title, a common given name); 1 NER PERSON or the continuation of one
_Cand = tuple[int, int, str, int]
_HONORIFIC_END_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, HONORIFICS)) + r")\.?\s+$")
_PERPETRATOR_AFTER_RE = re.compile(
    r"^(?:,[^,.;]{0,100},)?\s+(?:allegedly\s+|reportedly\s+)?(?:shot|killed|murdered|stabbed|tortured|beat|raped|"
    r"executed|ordered the (?:killing|execution|shooting))\b"
)
_SOURCE_AFTER_RE = re.compile(
    r"^(?:,[^,.;]{0,60},)?\s+(?:said|says|told|stated|wrote|tweeted|added|explained|confirmed|reported)\b"
)
_SOURCE_BEFORE_RE = re.compile(r"\b(?:according to|said|told)\s+$")
# These two scan the whole text, so each starts with a letter the engine can look for, and what
# comes before that letter is checked after it (a lookbehind spanning the letter): a pattern that
# opens with `\b` or a lookbehind is tried at every position. Matches as
# r"\b(?:Mr|Mrs|Ms|Dr)\.?[ \t]+..." and r"(?<![\w’'-])[A-Z][\w’'-]*..." do.
_HONORED_SURNAME_RE = re.compile(
    r"[MD](?<!\w.)(?:(?<=M)(?:r|rs|s)|(?<=D)r)\.?[ \t]+([A-Z][\w’'-]*\w)(?![ \t]+[A-Z])"
)
_CAPITALISED_WORD_RE = re.compile(r"[A-Z](?<![\w’'-].)[\w’'-]*(?<![’'-])(?![\w-])")
_OUTLET_BEFORE_RE = re.compile(
    r"\b(?:newspaper|daily|weekly|magazine|tabloid|outlet|website|broadcaster|channel|station|"
    r"agency|portal|blog)[ \t]+$",
    re.IGNORECASE,
)
_LEADING_NON_NAMES = word_set(
    "despite following during according although however meanwhile regarding under unlike amid "
    "including dear said says while since after before yesterday today"
)


# "a prisoner identified only as X", "a detainee known only as X": one word names a person
# "a resident who gave his name only as X", "a witness who gave only her first name, X"
_ONLY_NAME_RE = re.compile(
    r"\b(?:prisoner|detainee|inmate|man|woman|boy|girl|person|victim|protester|child|resident|witness|"
    r"relative|villager|neighbou?r|vendor|farmer|worker|student)\s+"
    r"(?:(?:identified|known|named)\s+(?:only\s+)?(?:as\s+)?"
    r"|who\s+gave\s+(?:(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|only\s+(?:his|her)\s+first\s+name,?)\s+)"
    r"([A-Z][a-z’'-]+)\b(?![ \t]+[A-Z])"
)
_ONLY_NAME_CUES = ("identified", "known", "named", "gave")  # every match holds one: most texts none


def _without_demand(text: str, cand: _Cand) -> _Cand:
    """The candidate without a campaign's verb before the name ("Release X Y" -> "X Y")."""
    start = strip_demand(text, cand[0], cand[1])
    return cand if start == cand[0] else (start, cand[1], text[start : cand[1]], cand[3])


# An infobox line whose label a mirror glued to the name after it ("MonarchMohammad Reza Pahlavi",
# "Preceded byHassan-Ali Mansur"): the name alone, which the model reads as no one.
_GLUED_LABEL_NAME_RE = re.compile(
    r"(?m)^[-•*\t ]*(?:Monarch|President|Vice President|Prime Minister|Preceded by|Succeeded by|Predecessor|"
    r"Successor|Spouse|Deputy|Leader|Governor|Chief Justice)"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3})[\t ]*$"
)


class PeopleFinder:
    """Finds the people a document names; sets `doc._.tb_people`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def match(self, doc: Doc) -> tuple[list[ExtractedPerson], dict[str, list[str]]]:
        text = flat_text(doc)
        skip = ignored_ranges(doc)
        cands, authors, single_ok = self._candidates(doc)
        cands = [_without_demand(text, c) for c in cands]
        cands = [c for c in cands if not is_ignored(skip, c[0], c[1]) and is_nameish(c[2])]
        tagged_orgs = tagged_only_orgs(doc)  # the names only the model's ORG label makes bodies
        people = fold_spellings(text, self._merge(doc, cands, single_ok, authors, tagged_orgs))
        people = fold_transliterations(text, people)  # "Mohammad Reza X" ... "Mohammed Reza X": one person
        prefer_short_names(text, people)  # "Kirill Nazarov ... Kirill Alexandrovich Nazarov": the short name
        prefer_title_names(text, people)  # "Nasrin Sotoudeh ... Nasrin Sotoudeh Langarudi": the title's
        self._add_short_mentions(text, people, skip)
        titles = person_titles(doc, people)
        for person in people:
            person.description = describe(doc, person.spans)
            person.role = self._role(text, person, titles[person.name], authors)
        share_victim_role(text, people)
        drop_people_orgs(doc, people, tagged_orgs)  # an organisation only the model's ORG label made
        return people, titles

    def _candidates(self, doc: Doc) -> tuple[list[_Cand], set[str], set[str]]:
        text = flat_text(doc)
        cands: list[_Cand] = []
        authors: set[str] = set()
        single_ok: set[str] = set()  # one-word names the text gives an honorific ("Sheikh X")
        for ent in doc_ents(doc):
            if ent.label_ != "PERSON":
                continue
            raw = span_text(ent)  # `Span.text` makes a Token of every word
            name = clean_name(raw)
            start = ent.start_char + max(raw.find(name), 0)
            start, end = complete_name(text, start, start + len(name))
            name = text[start:end]
            cands.append((start, end, name, 1))
            if HONORIFIC_RE.match(raw) or _HONORIFIC_END_RE.search(text[max(0, start - 25) : start]):
                single_ok.add(name)
        for m in _ONLY_NAME_RE.finditer(text) if any(cue in text for cue in _ONLY_NAME_CUES) else ():
            # "a prisoner identified only as Kamran": a person the text names by one word
            cands.append((m.start(1), m.end(1), m.group(1), 2))
            single_ok.add(m.group(1))
        bylines = _BYLINE_RE.finditer(text) if any(cue in text for cue in _BYLINE_CUES) else ()
        for m in bylines:
            if (
                _DESK_RE.match(m.group(1))
                or _DESK_AFTER_RE.match(text, m.end(1))
                or _DESK_WORDS_RE.search(m.group(1))  # "Reporting by Dubai Newsroom"
            ):
                continue  # "Reporting by Meridian's Dubai newsroom": a desk, no person
            name = clean_name(m.group(1))
            cands.append((m.start(1), m.start(1) + len(name), name, 2))
            authors.add(name)
        cands += shared_family_names(text)
        cands += _capital_surname_names(text)
        glued = [
            (m.start("name"), m.end("name"), m.group("name"), 2) for m in _GLUED_LABEL_NAME_RE.finditer(text)
        ]
        if glued:  # the model's names there start inside the glued word ("byHassan-Ali Mansur": "Ali Mansur")
            cands = [c for c in cands if not any(s < c[1] and c[0] < e for s, e, _, _ in glued)] + glued
        # "High Commissioner for Human Rights NAME": the name after a titled body's name
        cands += [(s, e, name, 2) for s, e, name in names_after_titled_body(text)]
        tagged_single = {c[2] for c in cands if " " not in c[2]}
        # "Ms. Odinga-Hale said": a surname the text gives an honorific names a person wherever
        # it ends a name run, even where the model tags the full name as a place
        honoured = {m.group(1) for m in _HONORED_SURNAME_RE.finditer(text)}
        # the word runs of the tagged names of two words or more, and their lengths: a run carries a
        # tagged name on when its first words are one of them (a set lookup per length, not a scan)
        tagged_multi = {tuple(c[2].split()) for c in cands if " " in c[2]}
        tagged_lengths = sorted({len(t) for t in tagged_multi})
        runs: list[tuple[int, int, str, int]] = []  # start, end, name, evidence strength
        for m in NAME_RUN_RE.finditer(text):
            name = clean_name(m.group())
            first = name.split()[0] if name else ""
            if (
                first.lower() in STOP_WORDS and not _mid_sentence(text, m.start() + m.group().find(name))
            ) or (first.lower() in _LEADING_NON_NAMES):
                name = name[len(first) :].lstrip()  # "Despite Nagaenthran", "When Ali Reza"
            if len(name.split()) < 2:
                continue
            start = m.end() - len(m.group().lstrip()) + m.group().find(name)
            start, end = complete_name(text, start, start + len(name))
            name = text[start:end]
            words = name.split()
            before = text[max(0, start - 60) : start]
            before_run = text[max(0, m.start() - 60) : m.start()]  # before an honorific we cut off
            # The words around a name outweigh the model's label for it ("lawyer X", "X, a member of").
            # A common given name first outweighs a single "place" label too ("Nourhan el-Sayed").
            if (
                any(part in GIVEN_NAMES for part in words[0].split("-"))  # cheapest test first
                or person_before(before, before_run)  # "lawyer X", "the governor of Y, X", "SHO X"
                or person_after(text, start, end)  # "X, a member of", "X (born 1990)"
                or words[-1] in honoured
                or ul_compound_name(name)  # "Monirul Islam Sabuj"
                or personal_title(m.group().lstrip())  # "Dr X", "Sheikh X"
                or pronoun_named(doc, text, start, end, name)  # "X lost her son. “...,” she said"
            ):
                runs.append((start, end, name, 2))
            elif (
                words[-1] in tagged_single
                or words[0] in tagged_single
                # a tagged name carried on to the right ("Joao Pedro" -> "Joao Pedro Matos Pinto");
                # not to the left, where a capitalised word is a place or title ("Iran Ahmed Shaheed")
                or any(n < len(words) and tuple(words[:n]) in tagged_multi for n in tagged_lengths)
            ):
                runs.append((start, end, name, 1))
            else:
                runs.append((start, end, name, 0))
        # A run listed with known names ("A, B and C") is a name too; lists propagate.
        known = sorted(
            [(c[0], c[1]) for c in cands if " " in c[2]] + [(r[0], r[1]) for r in runs if r[3] == 2]
        )
        lists = name_lists(text)
        listed: set[int] = set()
        for _ in range(6):
            grew = False
            for i, (start, end, _name, _strength) in enumerate(runs):
                if i not in listed and in_list_with(lists, start, end, known):
                    listed.add(i)
                    known.append((start, end))
                    grew = True
            if not grew:
                break
        for i, (start, end, name, strength) in enumerate(runs):
            if i in listed or strength > 0:
                cands.append((start, end, name, 2 if i in listed else strength))
        return cands, authors, single_ok

    def _merge(
        self, doc: Doc, cands: list[_Cand], single_ok: set[str], authors: set[str], tagged_orgs: set[str]
    ) -> list[ExtractedPerson]:
        """Longest names first; a shorter mention folds into a longer name holding its words."""
        people: list[ExtractedPerson] = []
        person_words: list[set[str]] = []
        # names the model tags as a place more often than as a person
        votes: Counter[str] = Counter()
        for e in doc_ents(doc):
            if e.label_ in ("GPE", "LOC", "FAC"):
                votes[span_text(e)] += 1
            elif e.label_ == "PERSON":
                votes[clean_name(span_text(e))] -= 1
        placeish = {name for name, n in votes.items() if n > 0}
        cands.sort(key=lambda c: (-len(c[2].split()), c[0]))
        # "Salish Kendra" inside "Ain o Salish Kendra": the tail of an organisation's name
        org_spans = [(sp.start, sp.end) for o in doc._.tb_orgs or [] for sp in o.spans]
        text = flat_text(doc)
        agencies = dateline_agencies(text)
        for start, end, name, strength in cands:
            words = set(name.split())
            if name in placeish and strength < 2:
                continue
            if canonical_org_name(doc, name) is not None and not (strength >= 2 and name in tagged_orgs):
                continue  # an organisation's name; but "journalists A and B": a person the model tags ORG
            if any(s <= start and end <= e and (s, e) != (start, end) for s, e in org_spans):
                continue
            if _OUTLET_BEFORE_RE.search(text, max(0, start - 30), start):
                continue  # "the newspaper Dainik X": a publication's name
            if named_as_place(text, name) or names_no_person(text, name, start, end, agencies):
                continue  # "in Nyaung Pin Lay village", "the rights group X", "Barangay X"
            if strength < 2 and among_single_words(text, start, end):
                continue  # "Odi, Zaki Biam, Baga and Zaria": a list of places, not people
            home = next((p for p, ws in zip(people, person_words, strict=True) if words <= ws), None)
            if home is not None and kin_of_other(text, end, name, home.name):
                home = None  # "Jabbar Kadhim, Ali's father": another person than "Ali Jabbar Kadhim"
            if home is None:
                if len(words) == 1 and name not in single_ok:
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
        for m in _CAPITALISED_WORD_RE.finditer(text):
            named = owner.get(m.group())
            if named is None or any(s <= m.start() < e for s, e in taken):
                continue
            if not is_ignored(skip, m.start(), m.end()):
                named.spans.append(Span(m.start(), m.end()))
        for person in people:
            person.spans.sort()

    @staticmethod
    def _role(text: str, person: ExtractedPerson, titles: list[str], authors: set[str]) -> str:
        if person.name in authors or set(person.aliases) & authors:
            return "author"
        for span in person.spans:
            after = text[span.end : span.end + 120]
            if _PERPETRATOR_AFTER_RE.match(after):
                return "perpetrator"
        # part A marks the victims of the incidents it finds; this the rest
        if any(victim_context(text, span.start, span.end) for span in person.spans):
            return "victim"
        if any(t in OFFICIAL_TITLES for t in titles) or titles_in(person.description):
            return "official"
        if any(kin_speak_for(text, span.start, span.end) for span in person.spans):
            return "victim"
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


@Language.factory(
    "tallybook_people",
    default_config={},
    requires=["doc.ents", "doc._.tb_orgs"],
    assigns=["doc._.tb_people", "doc._.tb_person_titles"],
)
def make_people(nlp: Language, name: str) -> PeopleFinder:
    return PeopleFinder(nlp, name)


def _mid_sentence(text: str, start: int) -> bool:
    """A capitalised stop word after a lower-case word, a comma or a title ("spokesman Than Htike",
    "General Than Naing Oo", "lawyer Do Van Hung") is a given name, not a sentence's first word."""
    before = text[max(0, start - 30) : start].rstrip(" ")
    if not before or before[-1] in '.!?:;\n"“«(':
        return False
    return before[-1].islower() or before[-1] == "," or bool(_HONORIFIC_END_RE.search(before + " "))


def _capital_surname_names(text: str) -> list[tuple[int, int, str, int]]:
    """ "Gift TANDARE", "Sekai HOLLAND": names whose family name is set in capitals, which the
    model often misses. The capitals must be nowhere else in the text, or they are an acronym
    ("(SARS)"), and the text must set two people's names so: one such phrase alone is more
    often a slogan or a body ("End SARS protesters") than a name."""
    found: list[tuple[int, int, str, int]] = []
    for m in CAPITAL_SURNAME_RE.finditer(text):
        name = clean_name(m.group())
        if len(name.split()) < 2 or not is_nameish(name):
            continue
        capitals = re.escape(name.split()[-1])
        alone = re.search(rf"(?<![\w’'-])(?<![a-z][ \t]){capitals}\b", text)
        if alone is None:
            start = m.start() + m.group().find(name)
            found.append((start, start + len(name), name, 2))
    return found if len({name for _, _, name, _ in found}) >= 2 else []
