"""Organisations a document names, merged per organisation, with the aliases the text uses.

Sources of mentions, strongest first: aliases the text itself introduces ("Name (ACR)",
"Name (ACR / ALT)", "ACR – Name"), the registry of well-known organisations (`known_orgs`),
references to a state's government ("Iranian authorities", "the government of Nigeria") and the
NER model's ORG entities, cleaned. A weaker mention overlapping a stronger one is dropped, so
"People's Mojahedin Organization" inside the registry's longer match is not a second organisation.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from tallybook.extract.entities.governments import (
    government_for,
    government_mentions,
    main_country,
    police_for,
)
from tallybook.extract.entities.known_orgs import (
    KNOWN_ORGS,
    KnownOrg,
    lookup_known_org,
)
from tallybook.extract.entities.lexicon import alternation
from tallybook.extract.entities.one_word_places import named_place
from tallybook.extract.entities.org_mentions import OrgMention, merge_mentions
from tallybook.extract.entities.org_name_edges import (
    bare_org_name,
    hyphen_tail_end,
    placed_org_name,
    without_time_words,
)
from tallybook.extract.entities.org_names import (
    ACRONYM_RE,
    BODY_HEADS,
    BODY_TAIL_RE,
    DASH_DEFINITION_RE,
    GENERIC,
    NOT_ORG_START,
    ORG_KEYWORDS,
    PLACE_HEADS,
    acronyms_re,
    clean_entity,
    definition_matches,
    initials_fit,
    keyword_org,
    keyword_org_matches,
    kind_for,
    leading,
    norm_name,
    state_body_name,
    trim_name,
    wrapped_name_re,
)
from tallybook.extract.entities.org_own_names import own_names
from tallybook.extract.entities.org_places import place_tails
from tallybook.extract.entities.state_bodies import (
    HIGH_COURTS,
    high_court_name,
    is_person_title,
    lower_case_ministries,
    title_acronym,
    title_follows,
)
from tallybook.extract.entities.un_missions import mission_mentions
from tallybook.extract.text.boilerplate import (
    doc_cache,
    doc_ents,
    doc_text,
    doc_value,
    flat_text,
    ignored_ranges,
    is_ignored,
    span_text,
)
from tallybook.model import ExtractedOrganization

if not Doc.has_extension("tb_orgs"):
    Doc.set_extension("tb_orgs", default=None)

__all__ = ["OrganizationFinder", "canonical_org_name", "norm_name"]


# "U.N." is the dotted spelling of "UN" (US wire style): a registry name with the word "UN" is
# matched in either spelling, and a dotted mention looked up under "UN"
_UN_WORD_RE = re.compile(r"(?<![\w.])UN(?=\\ )")
_UN_DOTTED_RE = re.compile(r"(?<![\w.])U\.N\.(?=[ \t])")


def _variant_pattern(variant: str) -> str:
    return _UN_WORD_RE.sub(r"U(?:N|\\.N\\.)", re.escape(variant).replace("'", "['’]"))


def _undotted(name: str) -> str:
    """The name with "U.N." written "UN", as the registry writes it."""
    return _UN_DOTTED_RE.sub("UN", name) if "U.N." in name else name


_KNOWN_RE = re.compile(
    leading(
        alternation(
            _variant_pattern(v)
            for v in sorted({v for o in KNOWN_ORGS for v in (o.name, *o.aliases)}, key=len, reverse=True)
        ),
        r"(?<![\w.])",
    )
    + r"(?!\w)"
)


_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")


class OrganizationFinder:
    """Finds organisations and their aliases; sets `doc._.tb_orgs`."""

    def __init__(self, nlp: Language, name: str, min_ner_count: int = 2) -> None:
        self.name = name
        self.min_ner_count = min_ner_count

    def match(self, doc: Doc) -> list[ExtractedOrganization]:
        text = flat_text(doc)
        skip = ignored_ranges(doc)
        mentions: list[OrgMention] = []
        defined: dict[str, tuple[str, str]] = {}  # acronym -> (canonical, kind)

        for m in definition_matches(text):
            acronym, alt = m.group(2), m.group(3)
            # a name never runs across a blank line: a headline above "Iran Human Rights (IHRNGO)"
            run = _BLANK_LINE_RE.split(m.group(1))[-1]
            run_start = m.end(1) - len(run)
            written = trim_name(run, acronym)
            long_name = bare_org_name(written)  # "Through May the X", "the NGO X": the name X
            head = long_name.split()[-1].lower() if long_name else ""
            if not initials_fit(acronym, long_name) or head in PLACE_HEADS or is_person_title(long_name):
                continue  # a place, or a title a person holds ("District Police Officer (DPO)")
            known = lookup_known_org(long_name)
            if known is not None and not _acronym_of(known, acronym, long_name):
                known = None  # "the Ethiopian NGO Human Rights Council (HRCO)": another body of that name
            known = known or _registry_for_acronym(acronym, long_name)
            canonical, kind = (known.name, known.kind) if known else (long_name, kind_for(long_name))
            defined[acronym] = (canonical, kind)
            if alt:
                defined[alt] = (canonical, kind)
            # trim_name joins words with single spaces; a name wrapped over a line is found word by word
            placed = wrapped_name_re(placed_org_name(written)).search(text, run_start, m.end(1))
            if placed is not None:
                mentions.append(OrgMention(placed.start(), placed.end(), long_name, canonical, kind, 4))
            for g in (2, 3):
                if m.group(g):
                    mentions.append(OrgMention(m.start(g), m.end(g), m.group(g), canonical, kind, 4))
        for m in DASH_DEFINITION_RE.finditer(text):
            acronym, long_name = m.group(1), m.group(2)
            # A dash is a weaker cue than parentheses ("NCRI – President-elect of ..." is a dateline):
            # the initials must spell the acronym, and a registry acronym must keep its meaning.
            initials = _initials(long_name)
            known_acr = lookup_known_org(acronym)
            if initials == acronym and acronym not in defined and not is_person_title(long_name):
                known = lookup_known_org(long_name)
                if known_acr is not None and known is not known_acr:
                    continue
                canonical, kind = (known.name, known.kind) if known else (long_name, kind_for(long_name))
                defined[acronym] = (canonical, kind)
                mentions.append(OrgMention(m.start(2), m.end(2), long_name, canonical, kind, 4))
                mentions.append(OrgMention(m.start(1), m.end(1), acronym, canonical, kind, 4))

        for m in _KNOWN_RE.finditer(text):
            surface = m.group()
            if surface in defined:  # the text's own definition wins over the registry
                canonical, kind = defined[surface]
            else:
                known = lookup_known_org(_undotted(surface))
                if known is None:
                    continue
                canonical, kind = known.name, known.kind
            mentions.append(OrgMention(m.start(), m.end(), surface, canonical, kind, 3))

        mentions.extend(
            OrgMention(start, end, surface, canonical, "government", 2)
            for start, end, surface, canonical in government_mentions(text)
        )
        # "Iran's Mission to the United Nations": above the government and the UN inside it
        mentions.extend(
            OrgMention(start, end, surface, canonical, "government", 3)
            for start, end, surface, canonical in mission_mentions(text)
        )
        # Capitalised names ending in an organisation word the model missed ("Nigeria Police Force").
        for m in keyword_org_matches(text):
            found = keyword_org(text, m)
            if found is None:
                continue
            name, end = found
            org_name, org_kind = defined.get(name, (state_body_name(name), kind_for(name)))
            # a body named in full outranks the registry name inside it ("UN" in "UN Commission of
            # ..."), and so does a unit named after its registry body ("NCRI Foreign Affairs Committee")
            strength = 3 if end > m.end() or _unit_of_known(name) else 1
            mentions.append(OrgMention(end - len(name), end, name, org_name, org_kind, strength))

        ents = doc_ents(doc)  # doc.ents builds new spans on every access
        # (label, text, start) of each entity: `Span.text` makes a Token of every word
        labelled = [(e.label_, span_text(e), e.start_char) for e in ents]
        ner_counts = Counter(clean_entity(raw) for label, raw, _ in labelled if label == "ORG")
        # words of PERSON entities: an ORG-tagged "Shekari" or "Abner Pineda" is a person
        person_words = {w for label, raw, _ in labelled if label == "PERSON" for w in raw.split()}
        for label, raw, start in labelled:
            if label != "ORG":
                continue
            mention = self._entity_mention(raw, start, defined, ner_counts, text, person_words)
            if mention is not None:
                mentions.append(mention)
        # Bare uses of an acronym the text defined ("the SAPS said").
        if defined:
            for m in acronyms_re(tuple(defined)).finditer(text):
                canonical, kind = defined[m.group()]
                mentions.append(OrgMention(m.start(), m.end(), m.group(), canonical, kind, 4))
        self._add_state_bodies(text, mentions)
        place_tails(text, mentions)  # "the Centre for X in Africa", "the UN Human Rights Office in Peru"
        orgs = merge_mentions([m for m in mentions if not is_ignored(skip, m.start, m.end)], text)
        own_names(orgs, text)  # "Mizan Online", where the text never writes "Mizan News Agency"
        return orgs

    @staticmethod
    def _add_state_bodies(text: str, mentions: list[OrgMention]) -> None:
        """Ministries written in lower case, and a bare "Supreme Court" made the court of the
        country the text is about (a text names it as "the Supreme Court" or "the de facto
        Supreme Court" once the country is known)."""
        country: list[str | None] = []  # the text's main country, looked for once when needed

        def main() -> str | None:
            if not country:
                country.append(main_country(text))
            return country[0]

        for m in mentions:
            if m.canonical in HIGH_COURTS:
                m.canonical = high_court_name(m.canonical, main())
        if "ministry" in text:
            named = [m.canonical for m in mentions]
            lower = lower_case_ministries(text, named, main)
            mentions.extend(OrgMention(s, e, surface, name, "government", 2) for s, e, surface, name in lower)

    def _entity_mention(
        self,
        raw: str,
        start: int,
        defined: dict[str, tuple[str, str]],
        ner_counts: Counter[str],
        text: str,
        person_words: set[str],
    ) -> OrgMention | None:
        line_start = text.rfind("\n", 0, start) + 1
        if text.startswith("=", line_start):  # a wiki section heading, not a mention in prose
            return None
        cleaned = clean_entity(raw)
        if not cleaned or not any(c.isupper() for c in cleaned) or cleaned.lower() in GENERIC:
            return None
        offset = raw.find(cleaned)
        s = start + max(offset, 0)
        e = s + len(cleaned)
        tail = BODY_TAIL_RE.match(text, e) if cleaned.split()[-1].lower() in BODY_HEADS else None
        if tail and not NOT_ORG_START & {w.lower() for w in tail.group().split()}:
            cleaned, e = cleaned + tail.group(), tail.end()  # "... Fact-Finding Mission on Myanmar"
        joined = hyphen_tail_end(text, e)
        if joined > e:
            cleaned, e = cleaned + text[e:joined], joined  # "OVD" the model cut from "OVD-Info"
        if cleaned in defined:
            canonical, kind = defined[cleaned]
            return OrgMention(s, e, cleaned, canonical, kind, 1)
        known = lookup_known_org(cleaned)
        if known is not None:
            return OrgMention(s, e, cleaned, known.name, known.kind, 1)
        words = cleaned.split()
        keyword = len(words) > 1 and any(w.lower().strip(".,") in ORG_KEYWORDS for w in words)
        acronym = bool(ACRONYM_RE.match(cleaned))
        if (
            (acronym and title_acronym(cleaned, text))
            or (keyword and is_person_title(cleaned))
            or title_follows(text, e)
        ):
            return None  # "the DPO" for a District Police Officer; "Police Chief" is a person
        if not keyword and named_place(cleaned, text):
            return None  # "DHAKA, Bangladesh (AP)", "the Dhaka-based rights group": a city
        if keyword or acronym:
            return OrgMention(s, e, cleaned, cleaned, kind_for(cleaned), 1)
        if ner_counts[cleaned] >= self.min_ner_count and not set(words) <= person_words:
            return OrgMention(s, e, cleaned, cleaned, kind_for(cleaned), 1)
        return None

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


def _unit_of_known(name: str) -> bool:
    """A name that opens with a registry body's acronym and goes on to name a unit of it: "NCRI
    Foreign Affairs Committee", "UNHCR Protection Unit" (not "UN Human Rights Office", a registry name)."""
    first, _, rest = name.partition(" ")
    return (
        bool(rest)
        and first.isupper()
        and lookup_known_org(first) is not None
        and lookup_known_org(name) is None
        and len(rest.split()) >= 2
    )


def _initials(name: str) -> str:
    """The capitals that open the words of `name`, in order: "Human Rights Council" -> "HRC"."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _acronym_of(known: KnownOrg, acronym: str, long_name: str) -> bool:
    """Whether `acronym` may stand for the registry's `known` body the text names `long_name`:
    one of its own aliases, or the initials of either name."""
    return acronym in known.aliases or acronym in {_initials(long_name), _initials(known.name)}


def _registry_for_acronym(acronym: str, long_name: str) -> KnownOrg | None:
    """The registry body an acronym the text spells out stands for, if the text's name is that
    body's: "Centre for Policy and Justice (CPJ)" is not the Committee to Protect Journalists."""
    known = lookup_known_org(acronym)
    if known is None:
        return None
    words = {w for w in norm_name(long_name).split() if len(w) > 3}
    registry = {w for v in (known.name, *known.aliases) for w in norm_name(v).split() if len(w) > 3}
    return known if not words or len(words & registry) * 2 >= len(words) else None


def _org_index(doc: Doc) -> dict[str, str]:
    """norm_name(name or alias) -> canonical name for the doc's organisations, built once per list."""
    orgs: list[ExtractedOrganization] = doc_value(doc, "tb_orgs") or []
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
    known: KnownOrg | None = lookup_known_org(_undotted(name))
    if known is not None:
        return known.name
    found = government_for(name) or police_for(name, doc_text(doc))
    bare = without_time_words(name)  # "the UN Human Rights Office on Friday"
    return found if found or bare == name else canonical_org_name(doc, bare)
