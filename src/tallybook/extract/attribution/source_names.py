"""The canonical name of a source phrase: the organisation or person it names, else the phrase.

"PMOI" -> its full name, "the NGO Iran Human Rights" -> "Iran Human Rights", "the Haalvsh
website" -> "Haalvsh", "Viasna" -> "Viasna Human Rights Centre", "the Special Rapporteur" -> the
person; an unnamed source keeps the words the text uses ("Judicial sources").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from tallybook.extract.attribution.role_holders import role_holder
from tallybook.extract.attribution.source_syntax import ABOUT_RECORDS, DOCUMENT_NOUNS
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.entities.known_orgs import COUNTRY_DEMONYMS, COUNTRY_NAMES, government_name
from tallybook.extract.entities.organizations import canonical_org_name
from tallybook.extract.entities.people import resolve_person
from tallybook.extract.entities.person_fixes import names_after_titled_body
from tallybook.extract.entities.un_expert_groups import un_expert_group
from tallybook.extract.text.boilerplate import doc_value
from tallybook.model import ExtractedPerson

PUBLISHER = "publisher"

# Sources named by their tie to someone ("X's lawyer", "the family of X").
RELATION_NOUNS = wordset(
    "family families relatives relative lawyer lawyers attorney mother father brother sister wife "
    "husband son daughter cousin uncle aunt friend friends colleagues"
)

# A descriptor before a capitalised name ("NGO Iran Human Rights", "the group Hengaw").
_DESCRIPTOR_RE = re.compile(
    # a nationality adjective may lead it ("the Kurdish rights group Hengaw")
    r"^(?:[Tt]he\s+)?(?:(?:[a-z][\w-]*|NGO|UN|[A-Z][a-z]+(?:ish|ian|ese|an|i|ic))\s+){0,3}"
    r"(?:NGO|ngo|group|alliance|organi[sz]ation|cent(?:er|re)|network|monitor|coalition)\s+(?=[A-Z])"
)
_CAMPAIGN_RE = re.compile(
    # lower-case only: a capitalised "Initiative" or "Movement" is part of the name
    r"^(?:[Tt]he\s+)?((?:[A-Z][\w’'-]*\s+){1,5}[A-Z][\w’'-]*)\s+(?:campaign|movement|initiative|platform)$"
)
_LEADING_RE = re.compile(r"^(?:the|a|an|mr\.?|ms\.?|mrs\.?|dr\.?)\s+", re.IGNORECASE)
_POSSESSIVE_END_RE = re.compile(r"['’]s$")
_BARE_STATE_RE = re.compile(r"^(?:[Tt]he\s+)?(?:[Gg]overnment|[Aa]uthorities|[Rr]egime)$")
_MEDIUM_RE = re.compile(r"(?:['’]s)?\s+(?:website|web site|site|telegram channel|channel|account)$", re.I)
_BRACKETS_RE = re.compile(r"\s*\([^)]*\)\s*")
_OWNER_PREFIX_RE = re.compile(r"^(?:[Tt]he\s+)?[\w-]+['’]s\s+(?=[A-Z])")
# A name followed by a lower-case description of what it is ("the Foro Penal legal aid network").
_TRAILING_DESCRIPTOR_RE = re.compile(
    r"^(?:[Tt]he\s+)?((?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)\s+(?:[a-z][\w-]*\s+){0,3}"
    r"(?:group|network|organi[sz]ation|monitor|NGO|ngo|watchdog|coalition|charity)$"
)
# reports that only came in, with no one named who sent or holds them (the text's own sources)
_UNOWNED_RECEIPT_RE = re.compile(
    r"^(?:[Tt]he\s+)?(?:[Oo]btained|[Rr]eceived|[Gg]athered)\s+(?:reports?|information)$"
)
_NEWS_AGENCY_RE = re.compile(r"^(?:[Tt]he\s+)?(?:(?:official|state|state-run)\s+)?(.+?)\s+news agency$")


def canonical_source(doc: Doc, raw: str | list[str]) -> str:
    """Canonical name of a source phrase: an organisation, a person, or the phrase as written."""
    candidates = [c for c in map(_cleaned, [raw] if isinstance(raw, str) else raw) if c]
    if not candidates:
        return PUBLISHER
    part = next((p for p in (_part_of_body(doc, c) for c in candidates) if p), None)
    if part:
        return part
    state = _text_government(doc, candidates[0])
    if state:
        return state
    titled = _titled_person(doc, candidates[0])
    if titled:
        return titled
    tried: set[str] = set()  # a variant that named no one names no one the next time either
    for name in candidates:
        words = name.split()
        if len(words) > 1 and words[-1].lower() in RELATION_NOUNS and _POSSESSIVE_END_RE.search(words[-2]):
            return name  # "Sara Rahimi's lawyer": the lawyer speaks, not Sara Rahimi
        if (
            len(words) > 2
            and words[-1].lower() in DOCUMENT_NOUNS
            and words[-2].lower() in ABOUT_RECORDS
            and _POSSESSIVE_END_RE.search(words[-3])
            and not canonical_org_name(doc, _POSSESSIVE_END_RE.sub("", " ".join(words[:-2])))
        ):
            return name  # "Sara Rahimi's autopsy report": a record about her (a body's is its own)
        variants = _variants(name)
        for variant in variants:
            if variant in tried:
                continue
            tried.add(variant)
            org = canonical_org_name(doc, variant)
            if org:
                return org
            person = resolve_person(doc, variant)
            if person:
                return person
    office = next((o for o in map(_country_office, candidates) if o), None)
    if office:
        return office
    holder = role_holder(doc, candidates[0])  # "the OHCHR official": the one person in that role
    if holder:
        return holder
    name = _DESCRIPTOR_RE.sub("", candidates[0]) or candidates[0]
    trailing = _TRAILING_DESCRIPTOR_RE.match(name)
    if trailing is not None and _names_a_body(trailing.group(1)):
        name = trailing.group(1)  # "the Foro Penal legal aid network": the name it describes
    campaign = _CAMPAIGN_RE.match(name)
    if campaign:  # "the Stop Enforced Disappearance campaign": the name, without its generic head
        name = campaign.group(1)
    longer = _org_containing(doc, name) or described_org(doc, name) or _issuer(doc, name)
    if longer:
        return longer
    name = un_expert_group(name)  # "UN experts": the one name CONVENTIONS.md gives them
    return name[0].upper() + name[1:] if name[:1].islower() else name


def _titled_person(doc: Doc, phrase: str) -> str | None:
    """ "UN High Commissioner for Human Rights A B": the listed person whose full name ends a
    phrase that gives their office first."""
    holders = {name for _, end, name in names_after_titled_body(phrase) if end == len(phrase)}
    if not holders:
        return None
    people: list[ExtractedPerson] = doc_value(doc, "tb_people") or []
    return next((p.name for p in people if p.name in holders and p.role != "victim"), None)


# "A May 3 report from the independent NGO X (XO) covering 12 districts": a document and who
# issued it, with what the document covers after the name
_ISSUED_RE = re.compile(r"^(?:an?|the)\s+(?:\S+\s+){0,4}?(?P<doc>\w+)\s+(?:from|by|of)\s+", re.IGNORECASE)


def _issuer(doc: Doc, phrase: str) -> str | None:
    """The organisation the text names first after a document noun's "from"/"by"/"of" in a
    source phrase no known name matched as a whole."""
    m = _ISSUED_RE.match(phrase)
    if m is None or m.group("doc").lower() not in DOCUMENT_NOUNS:
        return None
    rest = phrase[m.end() :]
    found = [
        (hit.start(), org.name)
        for org in doc_value(doc, "tb_orgs") or []
        for name in (org.name, *org.aliases)
        if (hit := re.search(rf"(?<!\w){re.escape(name)}(?!\w)", rest)) is not None
    ]
    return min(found)[1] if found else None


def _text_government(doc: Doc, name: str) -> str | None:
    """A bare "the government", "the authorities" or "the regime": the one government the text
    names (the organisation finder gives it no alias, as it names no country); a country named
    alone as a teller: its government."""
    if name in COUNTRY_NAMES:
        return government_name(name)  # "Belarus has acknowledged executing four men": its government
    if not _BARE_STATE_RE.match(name):
        return None
    found = {o.name for o in doc_value(doc, "tb_orgs") or [] if o.name.startswith("Government of ")}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4096)  # the same phrases come back for every trigger of a text
def _cleaned(raw: str) -> str:
    """A source phrase without stray spacing, quotes, possessive ending and medium; empty for
    reports only said to have come in ("according to obtained reports"): no one is named."""
    cleaned = " ".join(raw.split()).strip(" ,.:;\"“”'")
    if _UNOWNED_RECEIPT_RE.match(cleaned):
        return ""
    # "according to the ministry's figures": the owner, without its possessive ending
    cleaned = _POSSESSIVE_END_RE.sub("", cleaned)
    # "the Haalvsh website", "the group's Telegram channel": the outlet, not its medium
    return _MEDIUM_RE.sub("", cleaned) if cleaned else ""


@lru_cache(maxsize=4096)
def _variants(name: str) -> tuple[str, ...]:
    """The ways a source phrase may be written that a known organisation or person may match."""
    bare = _DESCRIPTOR_RE.sub("", name)  # "the NGO Iran Human Rights": the name, not the descriptor
    variants = (
        bare,
        _BRACKETS_RE.sub(" ", bare).strip(),  # "the group X Y (XY)"
        name,
        _LEADING_RE.sub("", name),
        _BRACKETS_RE.sub(" ", name).strip(),
        _OWNER_PREFIX_RE.sub("", name),  # "the judiciary's Mizan"
        # "the official IRNA news agency": the agency's name, without its generic head
        _NEWS_AGENCY_RE.sub(r"\1", name),
        # "the X legal aid network": the body the text names, known by its name alone
        _TRAILING_DESCRIPTOR_RE.sub(r"\1", name),
        *_owner_variants(name),
    )
    return variants


_PART_RE = re.compile(
    r"^(?:[Tt]he\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s\s+((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*)$"
)
# Last words of a body's name that read as a common noun, so that its part is "X of the Y".
_COMMON_ENDS = wordset(
    "network council organization organisation committee centre center office commission movement "
    "party front union alliance coalition federation association society"
)


def _part_of_body(doc: Doc, phrase: str) -> str | None:
    """ "the NCRI's Women's Committee" -> "Women's Committee of the National Council of Resistance
    of Iran": a body's own committee or office, named with its owner's full name (a country's
    office is `_country_office`'s; a part with a full name of its own keeps that name)."""
    found = _PART_RE.match(phrase)
    if found is None or found.group(1) in COUNTRY_NAMES or found.group(1) in COUNTRY_DEMONYMS:
        return None
    owner = canonical_org_name(doc, found.group(1))
    if not owner or owner.startswith("Government") or owner in COUNTRY_NAMES:
        return None
    body = found.group(2)
    own = canonical_org_name(doc, body)
    if own and own != body:
        return own  # "the UN's Human Rights Council": the council's own full name
    words = owner.split()
    the = "the " if " of " in owner or words[-1].lower() in _COMMON_ENDS else ""
    return f"{body} of {the}{owner}"


_PEOPLE_WORD_RE = re.compile(r"^[A-Z][a-z]+(?:ish|ian|ese|an|i|ic)$")


def _names_a_body(name: str) -> bool:
    """ "Foro Penal", "KHRN": a name, not a people or place that describes a group ("Kurdish",
    "Iranian Kurdish", "Baluch"): two capitalised words at least, or initials, and no word that
    reads as a people's adjective."""
    words = name.split()
    if len(words) == 1:
        return name.isupper() and len(name) > 1
    return not any(_PEOPLE_WORD_RE.match(w) or w in COUNTRY_NAMES for w in words)


_COUNTRY_OFFICE_RE = re.compile(r"^(?:[Tt]he\s+)?([A-Z][\w ]+?)['’]s\s+((?:[A-Z][\w-]*\s*)+)$")


def _country_office(phrase: str) -> str | None:
    """ "Iran's Prosecutor-General" -> "Prosecutor-General of Iran": an office or body a country
    holds, named as the record names a state's bodies, when no known name covers it."""
    found = _COUNTRY_OFFICE_RE.match(phrase)
    if found is None or found.group(1) not in COUNTRY_NAMES:
        return None
    country = COUNTRY_NAMES[found.group(1)].removeprefix("the ")
    return f"{found.group(2).strip()} of {country}"


# "IHR sources", "the MEK sources": a body's sources, named by the body (an acronym or a name of
# several words; not "Judicial sources" or "Kurdish sources").
_SOURCES_OF_RE = re.compile(
    r"^(?:[Tt]he\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)\s+(?:sources|source|contacts)$"
)


def _owner_variants(name: str) -> list[str]:
    """ "PMOI's network inside Iran" -> "PMOI"; "IHR sources" -> "IHR"; "PMOI/MEK" -> "PMOI", "MEK":
    the organisation behind a part of it, and each of two names written together."""
    out: list[str] = []
    owner = re.match(r"^(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s\s+[a-z]", name)
    if owner:
        out.append(owner.group(1))
    whose = _SOURCES_OF_RE.match(name)
    if whose and (len(whose.group(1).split()) > 1 or any(c.isupper() for c in whose.group(1)[1:])):
        out.append(whose.group(1))  # "IHR sources", "the Azadi Network sources": IHR's own sources
    if "/" in name:
        out.extend(p.strip() for p in name.split("/") if p.strip())
    return out


def _org_containing(doc: Doc, name: str) -> str | None:
    """ "Viasna" -> "Viasna Human Rights Centre", "the Commission of Inquiry" -> "Commission of
    Inquiry on Syria": the one organisation whose name starts with it."""
    name = re.sub(r"^[Tt]he\s+", "", name)
    if not name[:1].isupper() or len(name) < 3:
        return None
    key = name.lower().replace("’", "'") + " "  # the text's apostrophe may not be the name's
    found = {o.name for o in doc._.tb_orgs or [] if o.name.lower().replace("’", "'").startswith(key)}
    publisher = doc._.tb_publisher if doc.has_extension("tb_publisher") else None
    if not found and isinstance(publisher, str) and publisher.lower().replace("’", "'").startswith(key):
        found = {publisher}  # "a Meridian tally" in a Meridian News Agency report
    return found.pop() if len(found) == 1 else None


# Heads of bodies a text may describe in lower case before or after naming them.
_BODY_HEADS = wordset("commission ministry committee council office agency court tribunal mission service")
# Descriptions that say what kind of body it is, not which one ("the state-appointed rights commission").
_DESCRIPTIVE = wordset(
    "the a an its official independent national state governmental federal statutory local "
    "autonomous semi-official government-backed state-run"
)
_COUNTRY_OF = {
    w.lower(): c.removeprefix("the ")
    for c, ds in COUNTRY_DEMONYMS.items()
    for w in (c.removeprefix("the "), *ds)
} | {w.lower(): c.removeprefix("the ") for w, c in COUNTRY_NAMES.items()}


def _words(text: str) -> list[str]:
    return [re.sub(r"['’]s$", "", w).lower() for w in re.findall(r"[\w’'-]+", text)]


def described_org(doc: Doc, phrase: str) -> str | None:
    """ "Ethiopia's state-appointed human rights commission" -> "Ethiopian Human Rights Commission":
    a lower-case description of a body the text names, when its head and every word that says
    which body it is (not what kind: "state-appointed") belong to one name of the same country."""
    words = _words(phrase)
    capitals = [w for w in re.findall(r"[\w’'-]+", phrase)[1:] if w[:1].isupper()]
    if not words or words[-1] not in _BODY_HEADS or any(_words(w)[0] not in _COUNTRY_OF for w in capitals):
        return None  # a capitalised word is part of a name the rest of the pipeline reads
    telling = {w for w in words if w not in _DESCRIPTIVE and w not in _COUNTRY_OF and "-" not in w}
    if len(telling) < 2:
        return None  # "the commission": `implied_sources` reads it from the text before
    country = {_COUNTRY_OF[w] for w in words if w in _COUNTRY_OF}
    found = set()
    for org in doc._.tb_orgs or []:
        name = _words(org.name)
        own = {_COUNTRY_OF[w] for w in name if w in _COUNTRY_OF}
        if telling <= set(name) and not (country and own and country != own):
            found.add(org.name)
    return found.pop() if len(found) == 1 else None


def is_publisher(doc: Doc, name: str) -> bool:
    """Whether a source's canonical name is the document's publisher ("the Karsk Monitor" in the
    Karsk Monitor's own release)."""
    publisher = doc._.tb_publisher if doc.has_extension("tb_publisher") else None
    if not isinstance(publisher, str) or not publisher:
        return False
    key = _LEADING_RE.sub("", canonical_source(doc, publisher)).lower()
    return _LEADING_RE.sub("", name).lower() == key
