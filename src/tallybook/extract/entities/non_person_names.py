"""Which name-shaped runs of capitalised words name a body or a place, not a person.

The NER model tags many names of other languages as people: an organisation's name after the
noun that says what it is ("the rights group Temblores", "the legal charity X") or glossing that
noun ("the Sharia police (X)", "the morality police, known locally as X"), the tail of an
organisation's longer name ("Project Lahore" of "Justice Project Lahore", "Ñuu Savi del Sur" of
"Centro de Derechos Humanos Ñuu Savi del Sur"), the agency of a wire dateline ("LAHORE, Feb 7
(X) -"), and a place written with the place word of its own language ("Kafr X", "Barangay X") or
given with its region and country ("X, Thái Bình, Vietnam"). A publication's name is no person
either: "the news site X", "X Weekly", "Reporting by X bureau". A name the text once presents so
is that body or place wherever it stands.
"""

from __future__ import annotations

import re

from tallybook.extract.entities.article_names import named_as_thing
from tallybook.extract.entities.known_orgs import COUNTRY_DEMONYMS, COUNTRY_NAMES
from tallybook.extract.entities.lexicon import title_alternation, word_set
from tallybook.extract.entities.listed_places import ends_in_place_noun, listed_among_places
from tallybook.extract.entities.person_names import UPPER_LETTERS, whole_word_hits
from tallybook.extract.entities.place_mentions import written_as_place
from tallybook.extract.particulars.countries import MORE_COUNTRIES

# Nouns saying that the name after them is a body's ("the rights group X", "the NGO X")
_BODY_NOUN_BEFORE_RE = re.compile(
    r"\b(?:group|groups|organi[sz]ation|NGO|charity|network|coalition|collective|association|"
    r"alliance|foundation|movement|platform|observatory|initiative|campaign|"
    r"union|party|agency|outlet|newspaper|daily|broadcaster|website|site)[ \t]+(?:the[ \t]+)?$"
)
# "the Sharia police (X)", "the morality police, known locally as X": a body's own-language name
# given as a gloss of the noun that says what it is
_BODY_GLOSS_BEFORE_RE = re.compile(
    r"\b(?i:police|army|militia|militias|court|courts|tribunal|ministry|agency|forces?|unit|units|"
    r"council|committee|guards?|brigade|brigades|patrols?|squad|squads|service)"
    r"[ \t]*(?:\(|,[ \t]+(?:known[ \t]+locally|locally[ \t]+known|known)[ \t]+as[ \t]+)$"
)
# Capitalised words that head a body's name and are no part of a person's: a name run right after
# one is the rest of that body's name. (Not "Rights", "Commissioner" and other words of titles:
# "UN High Commissioner for Human Rights X Y" names the holder after the office.)
_BODY_HEADS = word_set(
    "Project Projects Centre Center Centro Mission Forum Foro Network Red Observatory Observatorio "
    "Institute Instituto Foundation Fundación Fundacion Association Asociación Asociacion Movement "
    "Movimiento Coalition Alliance Alianza Campaign Initiative Iniciativa Collective Colectivo "
    "Comité Comite Humanos Derechos Defensores Coordinadora Consejo Liga Unión Union Sindicato "
    "Asamblea Associação Centro Instituto Wire Agency Press News Watch Trust Society"
)
# Words that end a publication's name ("X Weekly spoke to her", "the X Tribune")
_OUTLET_ENDS = word_set("Weekly Daily Gazette Tribune Herald Times Journal Express")
# "Reporting by X bureau", "X newsroom": a news desk named after its outlet or city
_DESK_AFTER_RE = re.compile(r"[ \t]+(?i:bureau|newsroom|desk)\b")
_JOINERS = word_set("de del la los las do da dos das des du di")  # "Centro de Derechos Humanos X"
# Place words of other languages heading a place's name ("Kafr X", "Barangay X", "Xã X"); words
# that are also family names ("Villa", "Ban", "Ras") stay out.
_PLACE_HEADS = (
    "kafr kfar deir khirbet wadi jebel jabal barangay sitio purok colonia aldea vereda corregimiento "
    "municipio kebele woreda tehsil upazila tambon amphoe mahalla kampung desa kelurahan kecamatan "
    "xã huyện tỉnh phường quận thôn"
)
# Every place word a name may hold: those heads, "Ciudad", "Union Parishad" and the words that end
# a place's name ("X Norte")
PLACE_WORDS = word_set(f"{_PLACE_HEADS} ciudad union-parishad norte sur oriente poniente")
_PLACE_WORD_BEFORE_RE = re.compile(r"(?<![\w’'-])(?i:" + "|".join(_PLACE_HEADS.split()) + r")[ \t]+$")
# "X, Thái Bình, Vietnam": a place given with its region and its country
_REGION_COUNTRY_AFTER_RE = re.compile(
    rf",[ \t]+(?P<region>[{UPPER_LETTERS}][^\s,]*(?:[ \t]+[^\s,]+){{0,3}}),[ \t]+"
    rf"(?P<country>[{UPPER_LETTERS}][\w’'-]*(?:[ \t]+[{UPPER_LETTERS}][\w’'-]*){{0,3}})"
)
# "NAME, Special Rapporteur, Eritrea": a title between name and country makes a person's line
_TITLE_RE = re.compile(rf"\b(?:{title_alternation()})\b", re.IGNORECASE)
# "LAHORE, Pakistan, Feb 7 (Meridian Wire) -": the agency of a wire dateline
_DATELINE_AGENCY_RE = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ .'-]+,[^\n()]{0,40}?\b[A-Z][a-z]{2,}\.?[ \t]+\d{1,2}[ \t]*"
    r"\(([^()\n]{3,40})\)[ \t]*[-–—]",
    re.MULTILINE,
)


# Countries of two words or more, name-shaped and no one's name: those `countries` lists and more
_MORE_COUNTRIES = frozenset(c for c in MORE_COUNTRIES if " " in c) | frozenset(
    {
        "San Marino",
        "Cabo Verde",
        "Cape Verde",
        "Timor-Leste",
        "East Timor",
        "Puerto Rico",
        "Guinea-Bissau",
        "Papua New Guinea",
        "New Zealand",
        "North Macedonia",
        "Western Sahara",
        "Saint Lucia",
        "Marshall Islands",
        "Solomon Islands",
        "Ivory Coast",
        "South Sudan",
    }
)
# "the Maya Achi villagers": a people's name set before a noun of a community is no person's
_COMMUNITY_AFTER_RE = re.compile(
    r"[ \t]+(?:villagers|tribesmen|tribeswomen|communities|clans|tribes|peoples)\b"
)
# "a 34-year-old Malay Muslim man", "an Ogoni woman": capitalised words between an article or an
# age and a noun of a person describe that person; they are not a name
_DESCRIBED_PERSON_RE = re.compile(
    r"[ \t]+(?:man|woman|men|women|boy|girl|boys|girls|youth|teenager|child|children)\b"
)
_ARTICLE_BEFORE_RE = re.compile(r"(?:\b(?:a|an|the)|\d-year-old)[ \t]+$", re.IGNORECASE)
# '^ "Title of the piece". Outlet.': a citation's publication follows the quoted title
_CITED_OUTLET_BEFORE_RE = re.compile(r"^\^[^\n]*[\"”][.,]?[ \t]+$|^\^[^\n]*[.,][\"”][ \t]+$", re.MULTILINE)


def dateline_agencies(text: str) -> set[str]:
    """The agencies named in wire datelines ("CITY, Mon D (Agency) -")."""
    return {m.group(1).strip() for m in _DATELINE_AGENCY_RE.finditer(text)}


def _body_tail(text: str, start: int) -> bool:
    """True if the words right before `start` are the head of a body's name ("Justice Project" X)."""
    line = text[max(0, text.rfind("\n", 0, start) + 1) : start]
    words = line.split()
    if not words or line[-1:] not in (" ", "\t"):
        return False
    for w in reversed(words[-4:]):
        if w in _JOINERS:
            continue
        return w in _BODY_HEADS
    return False


def _placed(text: str, start: int, end: int) -> bool:
    """True if the mention is written as a place: after a place word of its language, or with its
    region and country after it."""
    if _PLACE_WORD_BEFORE_RE.search(text, max(0, start - 16), start):
        return True
    m = _REGION_COUNTRY_AFTER_RE.match(text, end)
    return (
        m is not None
        and m.group("country").strip() in COUNTRY_NAMES
        and not _TITLE_RE.search(m.group("region"))
    )


# Peoples, faiths and other groups a victim phrase names people by ("a Sri Lankan Tamil man")
_GROUP_WORDS = word_set(
    "Tamil Tamils Sinhalese Kurdish Kurd Kurds Baloch Baluch Balochi Uyghur Uighur Rohingya Hazara "
    "Kachin Karen Karenni Chin Shan Rakhine Amhara Oromo Tigrayan Somali Afar Fulani Igbo Yoruba "
    "Hausa Tiv Maasai Kikuyu Luo Arab Arabs Berber Amazigh Druze Copt Coptic Yazidi Ahwazi Turkmen "
    "Pashtun Tajik Uzbek Sindhi Punjabi Bengali Bihari Muslim Christian Catholic Hindu Sikh Shia "
    "Shiite Sunni Ahmadi Bahai Baha'i Bahá'í Jewish Sufi Mapuche Miskito Quechua Aymara Papuan "
    "Dalit Adivasi Roma Tatar Crimean Chechen Ingush Palestinian Sahrawi Bedouin Nuba Fur Masalit "
    "Zaghawa Anglophone Francophone Indigenous Afro-Colombian Lankan"
)
_DEMONYM_WORDS = frozenset(
    w for names in COUNTRY_DEMONYMS.values() for name in names for w in name.split()
) | frozenset(w for c in COUNTRY_NAMES for w in c.split() if w[:1].isupper())


def group_words_only(name: str) -> bool:
    """True if every word of the name is a nationality, a country's or a people's word."""
    words = name.split()
    return bool(words) and all(w in _GROUP_WORDS or w in _DEMONYM_WORDS for w in words)


def _cited_outlet(text: str, start: int) -> bool:
    """True if the mention at `start` follows the quoted title of a citation line ('^ "T". X')."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        text.startswith("^", line_start) and _CITED_OUTLET_BEFORE_RE.match(text[line_start:start]) is not None
    )


def names_no_person(text: str, name: str, start: int, end: int, agencies: set[str]) -> bool:
    """True if the text presents the name of the candidate at [start, end) as a body's or a
    place's name: at this mention, or at any other whole-word mention of the same name.
    `agencies`: `dateline_agencies(text)`."""
    words = name.split()
    if any(w.lower() in PLACE_WORDS or w in _BODY_HEADS for w in words) or words[-1] in _OUTLET_ENDS:
        return True  # "Kafr X", "X Norte", "Project X", "X Weekly"
    if ends_in_place_noun(name):
        return True  # "Kyi Myin Tine Townships", "Kermanshah Province"
    if any(w.endswith(("'s", "’s")) for w in words[:-1]):
        return True  # "Meridian's Dubai newsroom": a possessor and what it owns, no one name
    if name in agencies or name in _MORE_COUNTRIES or named_as_thing(text, name, start, end):
        return True  # "the Qanun Jinayat": a law's name, written only with an article
    for s, e in {(start, end), *whole_word_hits(text, name)}:
        if _BODY_NOUN_BEFORE_RE.search(text, max(0, s - 40), s) or _body_tail(text, s) or _placed(text, s, e):
            return True
        if _BODY_GLOSS_BEFORE_RE.search(text, max(0, s - 40), s):
            return True
        if _COMMUNITY_AFTER_RE.match(text, e) or _cited_outlet(text, s) or written_as_place(text, s, e):
            return True
        if _DESK_AFTER_RE.match(text, e) or listed_among_places(text, s, e):
            return True
        if _DESCRIBED_PERSON_RE.match(text, e) and _ARTICLE_BEFORE_RE.search(text, max(0, s - 16), s):
            return True
    return False
