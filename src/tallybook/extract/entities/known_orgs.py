"""A small registry of organisations that recur in human-rights reporting.

Each entry gives the canonical full name, its kind (see `tallybook.model.ORG_KINDS`) and the
variants writers use for it. Acronyms are matched case-sensitively (so "AP" is not "ap"), full
names case-insensitively. This is general knowledge, kept short; anything not here is still found
by the NER model and the "Name (ACR)" rules in `organizations.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class KnownOrg:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()


KNOWN_ORGS: tuple[KnownOrg, ...] = (
    # United Nations system
    KnownOrg("United Nations", "un", ("UN", "U.N.", "the UN", "the United Nations")),
    KnownOrg(
        "Office of the United Nations High Commissioner for Human Rights",
        "un",
        (
            "OHCHR",
            "UN Human Rights Office",
            "UN human rights office",
            "Office of the UN High Commissioner for Human Rights",
            "Office of the High Commissioner for Human Rights",
            "UN Human Rights",
        ),
    ),
    KnownOrg(
        "United Nations Human Rights Council",
        "un",
        ("UN Human Rights Council", "Human Rights Council", "UNHRC"),
    ),
    KnownOrg("United Nations General Assembly", "un", ("UN General Assembly", "General Assembly", "UNGA")),
    KnownOrg("United Nations Security Council", "un", ("UN Security Council", "Security Council", "UNSC")),
    KnownOrg("United Nations Children's Fund", "un", ("UNICEF",)),
    KnownOrg(
        "Office of the United Nations High Commissioner for Refugees", "un", ("UNHCR", "UN Refugee Agency")
    ),
    KnownOrg("United Nations Committee against Torture", "un", ("Committee against Torture",)),
    KnownOrg("United Nations Human Rights Committee", "un", ("Human Rights Committee",)),
    KnownOrg(
        "Working Group on Arbitrary Detention",
        "un",
        (
            "United Nations Working Group on Arbitrary Detention",
            "UN Working Group on Arbitrary Detention",
            "WGAD",
        ),
    ),
    KnownOrg(
        "Working Group on Enforced or Involuntary Disappearances",
        "un",
        (
            "United Nations Working Group on Enforced or Involuntary Disappearances",
            "UN Working Group on Enforced or Involuntary Disappearances",
            "WGEID",
        ),
    ),
    KnownOrg("International Criminal Court", "court", ("ICC",)),
    KnownOrg("International Court of Justice", "court", ("ICJ", "World Court")),
    KnownOrg("European Court of Human Rights", "court", ("ECHR", "ECtHR")),
    KnownOrg("Inter-American Commission on Human Rights", "other", ("IACHR",)),
    KnownOrg("European Union", "other", ("EU", "E.U.")),
    KnownOrg("African Union", "other", ()),
    KnownOrg("European Parliament", "other", ()),
    KnownOrg("Organization of American States", "other", ("OAS",)),
    KnownOrg("International Committee of the Red Cross", "ngo", ("ICRC", "Red Cross")),
    # NGOs
    KnownOrg("Amnesty International", "ngo", ("Amnesty",)),
    KnownOrg("Human Rights Watch", "ngo", ("HRW",)),
    KnownOrg("Iran Human Rights", "ngo", ("IHRNGO", "IHR", "Iran Human Rights Organization")),
    KnownOrg("Human Rights Activists News Agency", "ngo", ("HRANA", "Human Rights Activists in Iran")),
    KnownOrg("Hengaw", "ngo", ("Hengaw Organization for Human Rights", "Hengaw Human Rights Organization")),
    KnownOrg("Kurdistan Human Rights Network", "ngo", ("KHRN",)),
    KnownOrg("Abdorrahman Boroumand Center", "ngo", ("Boroumand Center",)),
    KnownOrg("Center for Human Rights in Iran", "ngo", ("CHRI",)),
    KnownOrg("Iran Human Rights Monitor", "ngo", ("Iran HRM",)),
    KnownOrg("Committee to Protect Journalists", "ngo", ("CPJ",)),
    KnownOrg("Reporters Without Borders", "ngo", ("Reporters sans frontières",)),
    KnownOrg("International Federation for Human Rights", "ngo", ("FIDH",)),
    KnownOrg("Front Line Defenders", "ngo", ()),
    KnownOrg("Freedom House", "ngo", ()),
    KnownOrg("Article 19", "ngo", ("ARTICLE 19",)),
    KnownOrg("World Coalition Against the Death Penalty", "ngo", ()),
    KnownOrg("Médecins Sans Frontières", "ngo", ("MSF", "Doctors Without Borders")),
    # Bangladesh's two main monitors, cited in every UN and US State Department report on it
    KnownOrg("Ain o Salish Kendra", "ngo", ("ASK",)),
    KnownOrg("Odhikar", "ngo", ()),
    # News organisations
    KnownOrg("Reuters", "news", ("Thomson Reuters",)),
    KnownOrg("Associated Press", "news", ("AP", "The Associated Press")),
    KnownOrg("Agence France-Presse", "news", ("AFP", "Agence France Presse")),
    KnownOrg("BBC", "news", ("British Broadcasting Corporation", "BBC News", "BBC Persian")),
    KnownOrg("CNN", "news", ("Cable News Network",)),
    KnownOrg("Al Jazeera", "news", ("Al-Jazeera",)),
    KnownOrg("The New York Times", "news", ("New York Times", "NYT")),
    KnownOrg("The Guardian", "news", ()),
    KnownOrg("The Washington Post", "news", ("Washington Post",)),
    KnownOrg("Voice of America", "news", ("VOA",)),
    KnownOrg("Radio Free Europe/Radio Liberty", "news", ("RFE/RL", "Radio Farda")),
    KnownOrg("Iran International", "news", ()),
    KnownOrg("Islamic Republic News Agency", "news", ("IRNA",)),
    KnownOrg("Iranian Students' News Agency", "news", ("ISNA", "Iranian Student News Agency")),
    KnownOrg("Fars News Agency", "news", ("Fars News",)),
    KnownOrg("Tasnim News Agency", "news", ("Tasnim",)),
    KnownOrg("Mizan News Agency", "news", ("Mizan", "Mizan Online")),
    KnownOrg("Islamic Republic of Iran Broadcasting", "news", ("IRIB",)),
    # Iranian state bodies and forces
    KnownOrg(
        "Islamic Revolutionary Guard Corps",
        "government",
        (
            "IRGC",
            "Revolutionary Guards",
            "Revolutionary Guard",
            "Islamic Revolutionary Guards Corps",
        ),
    ),
    KnownOrg("Basij", "other", ("Basij militia", "Basiji", "Basij Resistance Force")),
    KnownOrg("Ministry of Intelligence of Iran", "government", ("Ministry of Intelligence", "MOIS")),
    KnownOrg("Judiciary of Iran", "government", ("Iranian judiciary", "Iran's judiciary")),
    KnownOrg("Revolutionary Court", "court", ("Revolutionary Courts", "Islamic Revolutionary Court")),
    KnownOrg("Supreme Court of Iran", "court", ()),
    # Iranian opposition
    KnownOrg("National Council of Resistance of Iran", "opposition", ("NCRI",)),
    KnownOrg(
        "People's Mojahedin Organization of Iran",
        "opposition",
        (
            "PMOI",
            "MEK",
            "MKO",
            "Mojahedin-e Khalq",
            "Mujahedin-e Khalq",
            "People's Mujahedin of Iran",
            "People's Mujahedin Organization of Iran",
            "People's Mojahedin",
            "MEK Iran",
        ),
    ),
)


# Country -> adjectives writers use for its state ("Iranian authorities" -> Government of Iran).
# Names that take "the" in "Government of the X" are written with it.
COUNTRY_DEMONYMS: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("Afghan",),
    "Algeria": ("Algerian",),
    "Azerbaijan": ("Azerbaijani",),
    "Bahrain": ("Bahraini",),
    "Bangladesh": ("Bangladeshi",),
    "Belarus": ("Belarusian",),
    "Brazil": ("Brazilian",),
    "Burundi": ("Burundian",),
    "Cameroon": ("Cameroonian",),
    "China": ("Chinese",),
    "Colombia": ("Colombian",),
    "Cuba": ("Cuban",),
    "the Democratic Republic of the Congo": ("Congolese",),
    "Egypt": ("Egyptian",),
    "Eritrea": ("Eritrean",),
    "Ethiopia": ("Ethiopian",),
    "France": ("French",),
    "Germany": ("German",),
    "India": ("Indian",),
    "Indonesia": ("Indonesian",),
    "Iran": ("Iranian",),
    "Iraq": ("Iraqi",),
    "Israel": ("Israeli",),
    "Japan": ("Japanese",),
    "Jordan": ("Jordanian",),
    "Kazakhstan": ("Kazakh", "Kazakhstani"),
    "Kenya": ("Kenyan",),
    "Kuwait": ("Kuwaiti",),
    "Lebanon": ("Lebanese",),
    "Libya": ("Libyan",),
    "Malaysia": ("Malaysian",),
    "Mali": ("Malian",),
    "Mexico": ("Mexican",),
    "Morocco": ("Moroccan",),
    "Myanmar": ("Myanmar", "Burmese"),
    "Nicaragua": ("Nicaraguan",),
    "Nigeria": ("Nigerian",),
    "North Korea": ("North Korean",),
    "Oman": ("Omani",),
    "Pakistan": ("Pakistani",),
    "Qatar": ("Qatari",),
    "Russia": ("Russian",),
    "Rwanda": ("Rwandan",),
    "Saudi Arabia": ("Saudi",),
    "Singapore": ("Singaporean",),
    "Somalia": ("Somali",),
    "South Africa": ("South African",),
    "South Sudan": ("South Sudanese",),
    "Sri Lanka": ("Sri Lankan",),
    "Sudan": ("Sudanese",),
    "Syria": ("Syrian",),
    "Tajikistan": ("Tajik",),
    "Tanzania": ("Tanzanian",),
    "Thailand": ("Thai",),
    "the Gambia": ("Gambian",),
    "the Philippines": ("Philippine", "Filipino"),
    "the United Kingdom": ("British", "UK"),
    "the United States": ("American", "US", "U.S."),
    "Tunisia": ("Tunisian",),
    "Turkey": ("Turkish",),
    "Turkmenistan": ("Turkmen",),
    "Uganda": ("Ugandan",),
    "United Arab Emirates": ("Emirati", "UAE"),
    "Uzbekistan": ("Uzbek",),
    "Venezuela": ("Venezuelan",),
    "Vietnam": ("Vietnamese",),
    "Yemen": ("Yemeni",),
    "Zimbabwe": ("Zimbabwean",),
}

# Other names for countries, as they appear in running text.
COUNTRY_NAMES: dict[str, str] = {
    **{c.removeprefix("the "): c for c in COUNTRY_DEMONYMS},
    "Gambia": "the Gambia",
    "Britain": "the United Kingdom",
    "Great Britain": "the United Kingdom",
    "UK": "the United Kingdom",
    "United States": "the United States",
    "USA": "the United States",
    "Philippines": "the Philippines",
    "Burma": "Myanmar",
    "DRC": "the Democratic Republic of the Congo",
    "DR Congo": "the Democratic Republic of the Congo",
    "Islamic Republic of Iran": "Iran",
    "Islamic Republic": "Iran",
}

# Demonym -> country ("Iranian" -> "Iran"), and the two name lists as regex alternations, longest
# first so that "South Sudan" wins over "Sudan".
DEMONYM_TO_COUNTRY: dict[str, str] = {d: c for c, ds in COUNTRY_DEMONYMS.items() for d in ds}


def country_alternation() -> str:
    return "|".join(re.escape(n) for n in sorted(COUNTRY_NAMES, key=len, reverse=True))


def demonym_alternation() -> str:
    return "|".join(re.escape(n) for n in sorted(DEMONYM_TO_COUNTRY, key=len, reverse=True))


# Country -> the name of its national police force, for "police in X", "Xn police" and a bare
# "the police" in a text about X. Only forces with one national name (not provincial ones).
NATIONAL_POLICE: dict[str, str] = {
    "Zimbabwe": "Zimbabwe Republic Police",
    "Nigeria": "Nigeria Police Force",
    "Uganda": "Uganda Police Force",
    "Kenya": "National Police Service",
    "South Africa": "South African Police Service",
    "Bangladesh": "Bangladesh Police",
    "the Philippines": "Philippine National Police",
    "Nicaragua": "National Police of Nicaragua",
    "Venezuela": "Bolivarian National Police",
    "Ethiopia": "Ethiopian Federal Police",
    "Tanzania": "Tanzania Police Force",
    "Sri Lanka": "Sri Lanka Police",
    "Myanmar": "Myanmar Police Force",
    "Rwanda": "Rwanda National Police",
    "Colombia": "National Police of Colombia",
}


def government_name(country: str) -> str:
    """Canonical name of a country's government: "Gambia" -> "Government of the Gambia"."""
    return f"Government of {COUNTRY_NAMES.get(country, country)}"


def _build_index() -> tuple[dict[str, KnownOrg], dict[str, KnownOrg]]:
    """(case-sensitive acronym index, lower-cased full-name index)."""
    exact: dict[str, KnownOrg] = {}
    folded: dict[str, KnownOrg] = {}
    for org in KNOWN_ORGS:
        for variant in (org.name, *org.aliases):
            key = variant.replace("’", "'")
            if key.isupper() or len(key) <= 4:
                exact.setdefault(key, org)
            else:
                folded.setdefault(key.lower(), org)
    return exact, folded


_EXACT, _FOLDED = _build_index()


@lru_cache(maxsize=8192)  # every rule about names asks, often for the same names
def lookup_known_org(name: str) -> KnownOrg | None:
    """The registry entry a name or alias refers to, if any ("the UN" and "U.N." find the UN)."""
    key = name.strip().replace("’", "'")
    if key.lower().startswith("the "):
        bare = key[4:]
        found = _EXACT.get(bare) or _FOLDED.get(bare.lower())
        if found:
            return found
    found = _EXACT.get(key) or _FOLDED.get(key.lower())
    if found is None and re.search(r"\b(?:United Nations|UN)\b", key):
        # "United Nations Human Rights Office" = "UN Human Rights Office"; "UN Office of the High
        # Commissioner ..." = "Office of the High Commissioner ..."
        for variant in (
            re.sub(r"\bUnited Nations\b", "UN", key),
            re.sub(r"\bUN\b", "United Nations", key),
            re.sub(r"^(?:the\s+)?(?:UN|United Nations)\s+(?=Office of)", "", key),
        ):
            found = _EXACT.get(variant) or _FOLDED.get(variant.lower())
            if found is not None:
                break
    return found


def known_variants() -> list[tuple[str, KnownOrg]]:
    """Every (variant, entry) pair, for building a phrase matcher."""
    return [(v, org) for org in KNOWN_ORGS for v in (org.name, *org.aliases)]
