"""Organisations a document names, merged per organisation, with the aliases the text uses.

Sources of mentions, strongest first: aliases the text itself introduces ("Name (ACR)",
"Name (ACR / ALT)", "ACR – Name"), the registry of well-known organisations (`known_orgs`),
references to a state's government ("Iranian authorities", "the government of Nigeria") and the
NER model's ORG entities, cleaned. A weaker mention overlapping a stronger one is dropped, so
"People's Mojahedin Organization" inside the registry's longer match is not a second organisation.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from tallybook.extract.boilerplate import doc_cache, flat_text, ignored_ranges, is_ignored
from tallybook.extract.governments import government_for, government_mentions
from tallybook.extract.known_orgs import (
    KNOWN_ORGS,
    KnownOrg,
    lookup_known_org,
)
from tallybook.extract.lexicon import word_set
from tallybook.model import ExtractedOrganization, Span

if not Doc.has_extension("tb_orgs"):
    Doc.set_extension("tb_orgs", default=None)

# lowercase particles inside a name, English and foreign ("Ain o Salish Kendra", "Derechos y Paz")
_CONNECTORS = r"(?:of|the|for|and|on|in|de|du|del|la|against|to|from|at|&|o|e|y|et|da|do|dos|di)"
# a stop inside a word ("U.N.") or after a capital, not one that ends a sentence ("Shalin. The")
_CAP_WORD = r"(?:[A-Z](?:[\w’'&-]|\.(?!\s))*(?:(?<=[A-Z])\.)?)"
# "National Council of Resistance of Iran (NCRI)", "People's Mujahedin of Iran (PMOI / MEK Iran)"
_DEFINITION_RE = re.compile(
    rf"({_CAP_WORD}(?:\s+(?:{_CONNECTORS}\s+)*{_CAP_WORD})*)\s*"
    r"\(\s*([A-Z][A-Za-z.&-]*[A-Z][A-Za-z.&-]*(?:\s+[A-Z][A-Za-z]+)?)"
    r"(?:\s*/\s*([A-Z][\w.&-]*(?:\s+[A-Z][\w]+)?))?\s*\)"
)
# "NUM – National Union of Mineworkers"
_DASH_DEFINITION_RE = re.compile(
    rf"\b([A-Z]{{2,8}})\s+[–—-]\s+({_CAP_WORD}(?:\s+(?:{_CONNECTORS}\s+)*{_CAP_WORD})+)"
)
_ORG_HEADS = (
    "Police|Force|Forces|Command|Secretariat|Corporation|Council|Committee|Court|Ministry|Agency|"
    "Army|Guard|Guards|Corps|Centre|Center|Commission|Network|Organization|Organisation|Association|"
    "Union|Party|Front|Movement|Society|Institute|Foundation|Office|Service|Bureau|Department|"
    "Directorate|Tribunal|Assembly|Parliament|Watch|Coalition|Alliance|League|Brigade|Militia|Mission"
)
_KEYWORD_ORG_RE = re.compile(
    rf"\b[A-Z][\w’'&.-]*(?:[ \t]+(?:(?:of|for|on|and|de|del|la)(?:[ \t]+the)?[ \t]+)?[A-Z][\w’'&.-]*)*"
    rf"[ \t]+(?:{_ORG_HEADS})\b"
)
# What a collective body's name carries on with after its head word: "Fact-Finding Mission on
# Myanmar", "Commission of Inquiry on Syria", "Committee on the Rights of the Child".
_BODY_HEADS = word_set("mission commission committee council tribunal panel court ministry office inquiry")
_BODY_TAIL_RE = re.compile(
    r"(?:[ \t]+(?:on|of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*"
    r"(?:[ \t]+(?:(?:of|and|on|for)[ \t]+)?(?:the[ \t]+)?[A-Z][\w’'-]*)*){1,3}"
)
_NOT_ORG_START = word_set(
    "january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday our their his her its this that these those"
)
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z.&]{1,7}$")
_PLACE_HEADS = word_set("region province state city district county village town street square prison camp")
_ORG_KEYWORDS = word_set(
    "council organization organisation union army navy police service forces force committee "
    "agency ministry court tribunal party front movement association federation network center "
    "centre institute commission office watch group corps guard guards news times post press "
    "radio television tv broadcasting university panel judiciary government assembly parliament "
    "mission brigade militia battalion company corporation foundation coalition alliance league "
    "bureau department authority directorate prosecutor prosecution inc ltd"
)
_TITLE_TAIL_RE = re.compile(
    r"\s*(?:['’]s\s+)?(?:special rapporteurs?|high commissioner|secretary[- ]general|spokes\w+|"
    r"envoy|chief|experts?|rapporteurs?)\b.*$",
    re.IGNORECASE,
)
_GENERIC = word_set("government authorities army police court office regime state forces")


def _variant_pattern(variant: str) -> str:
    return re.escape(variant).replace("'", "['’]")


_KNOWN_RE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(
        _variant_pattern(v)
        for v in sorted({v for o in KNOWN_ORGS for v in (o.name, *o.aliases)}, key=len, reverse=True)
    )
    + r")(?!\w)"
)


_NORM_EDGES_RE = re.compile(r"^the\s+|'s$")
_NORM_PUNCT_RE = re.compile(r"[^\w' ]+")


def norm_name(name: str) -> str:
    """Comparison key for names: case, quotes, a leading "the", punctuation and "'s" ignored."""
    s = unicodedata.normalize("NFKC", name).replace("’", "'").replace("‘", "'").lower().strip()
    s = _NORM_EDGES_RE.sub("", s)
    return " ".join(_NORM_PUNCT_RE.sub(" ", s).split())


@dataclass
class _Mention:
    start: int
    end: int
    surface: str
    canonical: str
    kind: str
    strength: int  # higher wins overlaps


@dataclass
class _Org:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


def _in_heading(text: str, pos: int) -> bool:
    """True if `pos` is on a heading line: a wiki "== x ==" line or a Title Case headline."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : len(text) if end < 0 else end]
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    capitalised = sum(1 for w in words if w[0].isupper())
    return line.startswith("=") or (len(words) >= 4 and capitalised >= 0.8 * len(words))


def _initials_fit(acronym: str, name: str) -> bool:
    """Loose check that an acronym abbreviates a name (order-free; foreign-language acronyms)."""
    letters = [c for c in acronym if c.isupper()]
    initials = Counter(w[0].upper() for w in re.findall(r"[A-Za-z][\w’'-]*", name) if w[0].isupper())
    hits = sum(1 for c in letters if initials[c] > 0)
    return len(letters) >= 2 and hits >= max(2, round(len(letters) * 0.6))


def _trim_name(name: str, acronym: str) -> str:
    """The part of a capitalised run the acronym abbreviates: "Members of the Coastal Liberation
    Movement (CLM)" -> "Coastal Liberation Movement". Prefer a suffix whose initials spell the
    acronym exactly; otherwise the longest suffix that still fits loosely (foreign word order)."""
    words = name.split()
    letters = "".join(c for c in acronym if c.isupper())
    starts = [i for i, w in enumerate(words) if w[0].isupper() and w.lower() != "the"]
    for i in starts:
        initials = "".join(w[0] for w in words[i:] if w[0].isupper())
        if initials == letters:
            return " ".join(words[i:])
    for i in starts:
        if words[i][0] in letters and _initials_fit(acronym, " ".join(words[i:])):
            return " ".join(words[i:])
    return " ".join(words[starts[0] :]) if starts else name


def _kind_for(name: str) -> str:
    low = name.lower()
    words = set(re.findall(r"[a-z]+", low))
    if low.startswith("government of") or words & {"ministry", "army", "police", "judiciary", "mission"}:
        return "government"
    if words & {"court", "tribunal"}:
        return "court"
    if "united nations" in low or low.startswith(("un ", "u.n. ")):
        return "un"
    if words & {"news", "times", "post", "press", "radio", "television", "broadcasting"}:
        return "news"
    if words & {"resistance", "opposition", "mojahedin", "mujahedin"}:
        return "opposition"
    if words & {"watch", "amnesty", "rights", "coalition", "foundation", "network", "doctors"}:
        return "ngo"
    if words & {"forces", "guard", "corps", "government", "parliament", "military"}:
        return "government"
    return "other"


def _clean_entity(text: str) -> str:
    text = re.split(r"[(\[\n]", text, maxsplit=1)[0]
    text = _TITLE_TAIL_RE.sub("", text)
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    text = re.sub(r"['’]s?$", "", text).strip(" ,.;:-–")
    words = text.split()
    while len(words) > 1 and (words[-1].islower() or words[-1] in ("of", "the", "and", "for")):
        words = words[:-1]  # "FSLN party" -> "FSLN", "Basij militia" -> "Basij"
    return " ".join(words)


class OrganizationFinder:
    """Finds organisations and their aliases; sets `doc._.tb_orgs`."""

    def __init__(self, nlp: Language, name: str, min_ner_count: int = 2) -> None:
        self.name = name
        self.min_ner_count = min_ner_count

    def match(self, doc: Doc) -> list[ExtractedOrganization]:
        text = flat_text(doc)
        skip = ignored_ranges(doc)
        mentions: list[_Mention] = []
        defined: dict[str, tuple[str, str]] = {}  # acronym -> (canonical, kind)

        for m in _DEFINITION_RE.finditer(text):
            acronym, alt = m.group(2), m.group(3)
            long_name = _trim_name(m.group(1), acronym)
            head = long_name.split()[-1].lower() if long_name else ""
            if not _initials_fit(acronym, long_name) or head in _PLACE_HEADS:
                continue
            known = lookup_known_org(long_name) or lookup_known_org(acronym)
            canonical, kind = (known.name, known.kind) if known else (long_name, _kind_for(long_name))
            defined[acronym] = (canonical, kind)
            if alt:
                defined[alt] = (canonical, kind)
            name_start = m.start(1) + m.group(1).find(long_name)
            mentions.append(_Mention(name_start, name_start + len(long_name), long_name, canonical, kind, 4))
            for g in (2, 3):
                if m.group(g):
                    mentions.append(_Mention(m.start(g), m.end(g), m.group(g), canonical, kind, 4))
        for m in _DASH_DEFINITION_RE.finditer(text):
            acronym, long_name = m.group(1), m.group(2)
            # A dash is a weaker cue than parentheses ("NCRI – President-elect of ..." is a dateline):
            # the initials must spell the acronym, and a registry acronym must keep its meaning.
            initials = "".join(w[0] for w in long_name.split() if w[0].isupper())
            known_acr = lookup_known_org(acronym)
            if initials == acronym and acronym not in defined:
                known = lookup_known_org(long_name)
                if known_acr is not None and known is not known_acr:
                    continue
                canonical, kind = (known.name, known.kind) if known else (long_name, _kind_for(long_name))
                defined[acronym] = (canonical, kind)
                mentions.append(_Mention(m.start(2), m.end(2), long_name, canonical, kind, 4))
                mentions.append(_Mention(m.start(1), m.end(1), acronym, canonical, kind, 4))

        for m in _KNOWN_RE.finditer(text):
            surface = m.group()
            if surface in defined:  # the text's own definition wins over the registry
                canonical, kind = defined[surface]
            else:
                known = lookup_known_org(surface)
                if known is None:
                    continue
                canonical, kind = known.name, known.kind
            mentions.append(_Mention(m.start(), m.end(), surface, canonical, kind, 3))

        mentions.extend(
            _Mention(start, end, surface, canonical, "government", 2)
            for start, end, surface, canonical in government_mentions(text)
        )
        # Capitalised names ending in an organisation word the model missed ("Nigeria Police Force").
        for m in _KEYWORD_ORG_RE.finditer(text):
            name = re.sub(r"^(?:The|A|An)\s+", "", m.group().rsplit(". ", 1)[-1])  # "Tuesday. The X"
            head, of, rest = name.partition(" of ")
            if of and not any(w.lower() in _ORG_KEYWORDS for w in head.split()):
                name = re.sub(r"^the\s+", "", rest)  # "Officers of the X Police" -> "X Police"
            words = name.split()
            if (
                len(words) < 2
                or words[0].lower() in _NOT_ORG_START
                or ". " in name
                or _in_heading(text, m.start())
            ):
                continue
            end = m.end()
            tail = _BODY_TAIL_RE.match(text, end) if words[-1].lower() in _BODY_HEADS else None
            if tail and not _NOT_ORG_START & {w.lower() for w in tail.group().split()}:
                name, end = name + tail.group(), tail.end()
            org_name, org_kind = defined.get(name, (name, _kind_for(name)))
            # a body named in full outranks the registry name inside it ("UN" in "UN Commission of ...")
            strength = 3 if end > m.end() else 1
            mentions.append(_Mention(end - len(name), end, name, org_name, org_kind, strength))

        ents = list(doc.ents)  # doc.ents builds new spans on every access
        ner_counts = Counter(_clean_entity(e.text) for e in ents if e.label_ == "ORG")
        # words of PERSON entities: an ORG-tagged "Shekari" or "Abner Pineda" is a person
        person_words = {w for e in ents if e.label_ == "PERSON" for w in e.text.split()}
        for ent in ents:
            if ent.label_ != "ORG":
                continue
            mention = self._entity_mention(ent.text, ent.start_char, defined, ner_counts, text, person_words)
            if mention is not None:
                mentions.append(mention)
        # Bare uses of an acronym the text defined ("the SAPS said").
        if defined:
            acr_re = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, defined)) + r")(?!\w)")
            for m in acr_re.finditer(text):
                canonical, kind = defined[m.group()]
                mentions.append(_Mention(m.start(), m.end(), m.group(), canonical, kind, 4))
        return self._merge([m for m in mentions if not is_ignored(skip, m.start, m.end)])

    def _entity_mention(
        self,
        raw: str,
        start: int,
        defined: dict[str, tuple[str, str]],
        ner_counts: Counter[str],
        text: str,
        person_words: set[str],
    ) -> _Mention | None:
        line_start = text.rfind("\n", 0, start) + 1
        if text.startswith("=", line_start):  # a wiki section heading, not a mention in prose
            return None
        cleaned = _clean_entity(raw)
        if not cleaned or not any(c.isupper() for c in cleaned) or cleaned.lower() in _GENERIC:
            return None
        offset = raw.find(cleaned)
        s = start + max(offset, 0)
        e = s + len(cleaned)
        tail = _BODY_TAIL_RE.match(text, e) if cleaned.split()[-1].lower() in _BODY_HEADS else None
        if tail and not _NOT_ORG_START & {w.lower() for w in tail.group().split()}:
            cleaned, e = cleaned + tail.group(), tail.end()  # "... Fact-Finding Mission on Myanmar"
        if cleaned in defined:
            canonical, kind = defined[cleaned]
            return _Mention(s, e, cleaned, canonical, kind, 1)
        known = lookup_known_org(cleaned)
        if known is not None:
            return _Mention(s, e, cleaned, known.name, known.kind, 1)
        words = cleaned.split()
        keyword = len(words) > 1 and any(w.lower().strip(".,") in _ORG_KEYWORDS for w in words)
        acronym = bool(_ACRONYM_RE.match(cleaned))
        if keyword or acronym:
            return _Mention(s, e, cleaned, cleaned, _kind_for(cleaned), 1)
        if ner_counts[cleaned] >= self.min_ner_count and not set(words) <= person_words:
            return _Mention(s, e, cleaned, cleaned, _kind_for(cleaned), 1)
        return None

    @staticmethod
    def _merge(mentions: list[_Mention]) -> list[ExtractedOrganization]:
        # Strongest and longest first; drop anything overlapping an accepted mention.
        mentions.sort(key=lambda m: (-m.strength, -(m.end - m.start), m.start))
        taken: list[_Mention] = []
        for m in mentions:
            if not any(t.start < m.end and m.start < t.end for t in taken):
                taken.append(m)
        taken.sort(key=lambda m: m.start)
        # Merge a shorter name into a longer one that contains it ("Nigerian Army" / "Army").
        names = {m.canonical for m in taken}
        by_norm = {norm_name(n): n for n in names}
        # A body named in full once and shortened later ("the Fact-Finding Mission") is one body;
        # only names the text itself built (not registry ones) fold, and only into one longer name.
        registry = {m.canonical for m in taken if m.strength >= 3}
        for key in list(by_norm):
            if by_norm[key] in registry or (len(key.split()) < 2 and key not in _BODY_HEADS):
                continue
            longer = [n for k, n in by_norm.items() if k != key and f" {key} " in f" {k} "]
            if len(longer) == 1:
                by_norm[key] = longer[0]
        orgs: dict[str, _Org] = {}
        for m in taken:
            canonical = m.canonical
            key = norm_name(canonical)
            if key in by_norm and by_norm[key] != canonical:
                canonical = by_norm[key]
            org = orgs.setdefault(canonical, _Org(canonical, m.kind))
            org.spans.append(Span(m.start, m.end))
            surface = re.sub(r"['’]s$", "", m.surface)
            if norm_name(surface) != norm_name(canonical) and surface not in org.aliases:
                org.aliases.append(surface)
        return [ExtractedOrganization(o.name, o.kind, o.aliases, o.spans) for o in orgs.values()]

    def set_annotations(self, doc: Doc, orgs: list[ExtractedOrganization]) -> None:
        doc._.tb_orgs = orgs

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory(
    "tallybook_organizations",
    default_config={"min_ner_count": 2},
    requires=["doc.ents", "doc._.tb_ignored"],
    assigns=["doc._.tb_orgs"],
)
def make_organizations(nlp: Language, name: str, min_ner_count: int) -> OrganizationFinder:
    return OrganizationFinder(nlp, name, min_ner_count)


def _org_index(doc: Doc) -> dict[str, str]:
    """norm_name(name or alias) -> canonical name for the doc's organisations, built once per list."""
    orgs: list[ExtractedOrganization] = doc._.tb_orgs or []
    cached = doc_cache(doc).get("org_index")
    if isinstance(cached, tuple) and cached[0] == (id(orgs), len(orgs)):
        index: dict[str, str] = cached[1]
        return index
    index = {}
    for org in orgs:
        for variant in (org.name, *org.aliases):
            index.setdefault(norm_name(variant), org.name)
    doc_cache(doc)["org_index"] = ((id(orgs), len(orgs)), index)
    return index


def canonical_org_name(doc: Doc, name: str) -> str | None:
    """The canonical name of the organisation `name` refers to in this document, or None.

    Looks at the document's organisations and their aliases first, then the registry of
    well-known organisations and government references ("Iranian authorities").
    """
    key = norm_name(name)
    if not key:
        return None
    found = _org_index(doc).get(key)
    if found is not None:
        return found
    known: KnownOrg | None = lookup_known_org(name)
    if known is not None:
        return known.name
    return government_for(name)
