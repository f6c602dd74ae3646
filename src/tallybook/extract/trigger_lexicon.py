"""The trigger lexicon: the words that say a violation happened, with the type they give.

Written as token patterns over lower-case forms (no lemmatizer needed): a verbal form ("was
executed", "shot dead"), a nominal form ("the execution of", "a massacre"). `triggers.py` matches
them and decides whether the text reports the event as real.
"""

from __future__ import annotations

VERBAL = "verbal"
NOMINAL = "nominal"


def wordset(words: str) -> frozenset[str]:
    """A set of lower-case words written as one space-separated string."""
    return frozenset(words.split())


# A pattern position that takes any single word.
_ANY_WORD: dict[str, object] = {}


def _words(pattern: dict[str, object]) -> list[str]:
    """The lower-case words a pattern position allows; none for a wildcard (any word)."""
    if "LOWER" not in pattern:
        return []
    value = pattern["LOWER"]
    if isinstance(value, dict):
        return [str(w) for w in value["IN"]]
    return [str(value)]


def any_of(words: str, optional: bool = False) -> dict[str, object]:
    """One pattern position taking any of the space-separated `words`."""
    pos: dict[str, object] = {"LOWER": {"IN": words.split()}}
    if optional:
        pos["OP"] = "?"
    return pos


def _forms(*words: str) -> list[dict[str, object]]:
    return [{"LOWER": {"IN": list(words)}}]


_BONES = [
    "finger",
    "fingers",
    "rib",
    "ribs",
    "arm",
    "arms",
    "leg",
    "legs",
    "nose",
    "jaw",
    "teeth",
    "hand",
    "hands",
]

_BROKE: dict[str, object] = {"LOWER": {"IN": ["broke", "broken"]}}
_THEIR: dict[str, object] = {"LOWER": {"IN": ["his", "her", "their"]}}


# (incident type, kind, token pattern). Verb forms are listed rather than lemmatised so the
# lexicon works without the lemmatizer.
def _died_in_named_prison(names: int) -> list[dict[str, object]]:
    """ "died in Urmia Central Prison", "died in a Kampala police cell": `names` words of name."""
    return [
        {"LOWER": {"IN": ["died", "dies"]}},
        {"LOWER": {"IN": ["in", "at"]}},
        {"LOWER": {"IN": ["a", "the"]}, "OP": "?"},
        *([_ANY_WORD] * names),
        {"LOWER": {"IN": ["police", "military", "central", "penal"]}, "OP": "?"},
        {"LOWER": {"IN": ["prison", "jail", "cell", "custody", "detention", "colony", "gaol"]}},
    ]


def _died_at_police_station(names: int) -> list[dict[str, object]]:
    """ "died at Harbourside police station": a death in a place of detention."""
    return [
        {"LOWER": {"IN": ["died", "dies"]}},
        {"LOWER": {"IN": ["in", "at"]}},
        {"LOWER": {"IN": ["a", "the"]}, "OP": "?"},
        *([_ANY_WORD] * names),
        {"LOWER": "police"},
        {"LOWER": {"IN": ["station", "stations"]}},
    ]


_PATTERNS: list[tuple[str, str, list[dict[str, object]]]] = [
    ("execution", VERBAL, _forms("executed", "execute", "executes", "executing")),
    ("execution", VERBAL, _forms("hanged", "hang", "hangs")),
    (
        "execution",
        VERBAL,
        [{"LOWER": {"IN": ["put", "puts", "putting"]}}, {"LOWER": "to"}, {"LOWER": "death"}],
    ),
    ("execution", NOMINAL, _forms("execution", "executions", "hangings")),
    ("execution", NOMINAL, [{"LOWER": "capital"}, {"LOWER": "punishment"}]),
    (
        "death_sentence",
        VERBAL,
        [
            {"LOWER": {"IN": ["sentenced", "condemned", "sentencing", "sentences"]}},
            {"LOWER": "to"},
            {"LOWER": "death"},
        ],
    ),
    ("death_sentence", NOMINAL, [{"LOWER": "death"}, {"LOWER": {"IN": ["sentence", "sentences"]}}]),
    ("death_sentence", NOMINAL, [{"LOWER": "death"}, {"LOWER": "row"}]),
    ("killing", VERBAL, _forms("killed", "kill", "kills", "slaughtered", "massacred", "murdered")),
    ("killing", VERBAL, [{"LOWER": "shot"}, {"LOWER": "dead"}]),
    ("killing", NOMINAL, _forms("killing", "killings", "massacre", "massacres", "slaughter")),
    ("killing", NOMINAL, [{"LOWER": "deaths"}, {"LOWER": "of"}]),
    ("killing", NOMINAL, [{"LOWER": "death"}, {"LOWER": "toll"}]),
    # "six people died during the unrest": deaths in a crackdown on protest are protest killings
    (
        "killing",
        VERBAL,
        [
            {"LOWER": {"IN": ["died", "dies", "die"]}},
            {"LOWER": {"IN": ["during", "in"]}},
            {"LOWER": "the", "OP": "?"},
            {"LOWER": {"IN": ["unrest", "protests", "crackdown", "demonstrations", "uprising"]}},
        ],
    ),
    ("killing", NOMINAL, [{"LOWER": "loss"}, {"LOWER": "of"}, {"LOWER": {"IN": ["life", "lives"]}}]),
    (
        "death_in_custody",
        VERBAL,
        [
            {"LOWER": {"IN": ["died", "dies", "die"]}},
            {"LOWER": {"IN": ["in", "while", "under"]}},
            {"LOWER": {"IN": ["the", "police", "in", "their", "his", "her", "a", "military"]}, "OP": "?"},
            {"LOWER": {"IN": ["police", "security", "state", "military", "penal", "army"]}, "OP": "?"},
            {"LOWER": {"IN": ["custody", "detention", "prison", "jail", "cell", "colony"]}},
        ],
    ),
    (
        "death_in_custody",
        VERBAL,
        [
            {"LOWER": {"IN": ["died", "dies", "die"]}},
            {"LOWER": {"IN": ["in", "under"]}},
            {"LOWER": {"IN": ["custody", "detention", "prison", "jail", "torture"]}},
        ],
    ),
    *[("death_in_custody", VERBAL, _died_in_named_prison(n)) for n in (1, 2, 3)],
    *[("death_in_custody", VERBAL, _died_at_police_station(n)) for n in (0, 1, 2)],
    (
        # "died last Friday in police custody"
        "death_in_custody",
        VERBAL,
        [
            {"LOWER": {"IN": ["died", "dies"]}},
            {"LOWER": {"IN": ["last", "this", "on", "early", "late"]}},
            _ANY_WORD,
            {"LOWER": {"IN": ["in", "under"]}},
            {"LOWER": {"IN": ["police", "military", "state", "security"]}, "OP": "?"},
            {"LOWER": {"IN": ["custody", "detention"]}},
        ],
    ),
    (
        "enforced_disappearance",
        VERBAL,
        [
            {"LOWER": "whereabouts"},
            {"LOWER": {"IN": ["remain", "remains", "remained"]}},
            {"LOWER": "unknown"},
        ],
    ),
    (
        "enforced_disappearance",
        VERBAL,
        [{"LOWER": {"IN": ["denied", "deny", "denies"]}}, {"LOWER": "holding"}],
    ),
    (
        "enforced_disappearance",
        VERBAL,
        [
            {"LOWER": {"IN": ["refused", "refuse", "refuses", "declined"]}},
            {"LOWER": "to"},
            {"LOWER": {"IN": ["disclose", "reveal", "confirm"]}},
            {"LOWER": {"IN": ["his", "her", "their", "the"]}},
            {"LOWER": {"IN": ["fate", "whereabouts"]}},
        ],
    ),
    ("enforced_disappearance", VERBAL, [{"LOWER": "held"}, {"LOWER": "incommunicado"}]),
    # "was picked up from his hostel by men in plain clothes": like "taken from his home"
    (
        "enforced_disappearance",
        VERBAL,
        [
            {"LOWER": "picked"},
            {"LOWER": "up"},
            {"LOWER": "from"},
            {"LOWER": {"IN": ["his", "her", "their"]}},
            _ANY_WORD,
        ],
    ),
    # "was picked up outside his home" (and, read in triggers.py, "picked up the student X at a
    # bus stop"): taken away from a place by agents who do not say where the person is held
    (
        "enforced_disappearance",
        VERBAL,
        [{"LOWER": "picked"}, {"LOWER": "up"}, {"LOWER": {"IN": ["outside", "at", "near", "in", "on"]}}],
    ),
    # "have gone missing after raids by security forces"
    (
        "enforced_disappearance",
        VERBAL,
        [{"LOWER": {"IN": ["gone", "went", "go", "goes", "going"]}}, {"LOWER": "missing"}],
    ),
    # Stocks of people held (CONVENTIONS: counted like a death-row stock): "remain behind bars",
    # "are held on political grounds"; "N political prisoners" is read in triggers.py.
    (
        "arrest",
        VERBAL,
        [
            {"LOWER": {"IN": ["remain", "remains", "remained", "are", "were", "is", "was"]}},
            # "are currently behind bars", "remain still behind bars"
            {"LOWER": {"IN": ["currently", "still", "now", "already"]}, "OP": "?"},
            {"LOWER": "behind"},
            {"LOWER": "bars"},
        ],
    ),
    ("arrest", VERBAL, [{"LOWER": "held"}, {"LOWER": "on"}, {"LOWER": "political"}]),
    # Abduction by state agents hides the person: a disappearance, not an arrest.
    ("enforced_disappearance", VERBAL, _forms("abducted", "abduct", "abducts")),
    # "was taken from her office by men in plain clothes": seized from a place, fate untold.
    (
        "enforced_disappearance",
        VERBAL,
        [
            {"LOWER": {"IN": ["taken", "snatched", "seized", "took", "take", "takes"]}},
            {"LOWER": {"IN": ["him", "her", "them"]}, "OP": "?"},
            {"LOWER": "from"},
            {"LOWER": {"IN": ["his", "her", "their"]}},
            {"LOWER": {"IN": ["family", "parents"]}, "OP": "?"},
            {"LOWER": "'s", "OP": "?"},
            {"LOWER": {"IN": ["home", "house", "office", "clinic", "shop", "workplace", "car", "school"]}},
        ],
    ),
    (
        "death_in_custody",
        NOMINAL,
        [
            {"LOWER": {"IN": ["death", "deaths"]}},
            {"LOWER": "in"},
            {"LOWER": {"IN": ["custody", "detention"]}},
        ],
    ),
    (
        # "deaths in police or military custody"
        "death_in_custody",
        NOMINAL,
        [
            {"LOWER": {"IN": ["death", "deaths"]}},
            {"LOWER": "in"},
            {"LOWER": {"IN": ["police", "military", "state", "army", "prison"]}},
            {"LOWER": {"IN": ["or", "and"]}, "OP": "?"},
            {"LOWER": {"IN": ["police", "military", "state", "army", "prison"]}, "OP": "?"},
            {"LOWER": {"IN": ["custody", "detention"]}},
        ],
    ),
    (
        "arrest",
        VERBAL,
        _forms("arrested", "arrest", "arrests", "detained", "detain", "jailed", "imprisoned"),
    ),
    ("arrest", VERBAL, [{"LOWER": "taken"}, {"LOWER": "into"}, {"LOWER": "custody"}]),
    ("arrest", VERBAL, [{"LOWER": {"IN": ["rounded", "rounding", "round"]}}, {"LOWER": "up"}]),
    ("arrest", NOMINAL, _forms("arrest", "arrests")),
    # "the detention of at least 300 people": a counted detention is an arrest event ("in
    # detention" and "detention centre" are places, so only "detention of <number>" counts)
    (
        "arrest",
        NOMINAL,
        [
            {"LOWER": {"IN": ["detention", "detentions"]}},
            {"LOWER": "of"},
            {
                "LOWER": {
                    "IN": ["at", "least", "more", "than", "over", "about", "some", "nearly", "up", "to"]
                },
                "OP": "*",
            },
            {"LIKE_NUM": True},
        ],
    ),
    (
        "torture",
        VERBAL,
        _forms(
            "tortured",
            "torture",
            "torturing",
            "flogged",
            "beaten",
            "beat",
            "ill-treated",
            "kicked",
            "punched",
            "whipped",
            "electrocuted",
            "pinned",
        ),
    ),
    ("torture", NOMINAL, _forms("torture", "ill-treatment", "beatings")),
    ("enforced_disappearance", VERBAL, [{"LOWER": "forcibly"}, {"LOWER": "disappeared"}]),
    (
        "enforced_disappearance",
        NOMINAL,
        [{"LOWER": {"IN": ["enforced", "forced"]}}, {"LOWER": {"IN": ["disappearance", "disappearances"]}}],
    ),
    ("corporal_punishment", VERBAL, _forms("lashed", "caned", "amputated")),
    ("corporal_punishment", NOMINAL, [{"LOWER": "corporal"}, {"LOWER": "punishment"}]),
    ("torture", NOMINAL, [{"LOWER": "electric"}, {"LOWER": {"IN": ["shocks", "shock"]}}]),
    # Sleep deprivation and bones broken by guards or interrogators are torture.
    ("torture", VERBAL, [{"LOWER": "deprived"}, {"LOWER": "of"}, {"LOWER": "sleep"}]),
    ("torture", NOMINAL, [{"LOWER": "sleep"}, {"LOWER": "deprivation"}]),
    ("torture", VERBAL, [_BROKE, _THEIR, {"LOWER": {"IN": _BONES}}]),
    ("torture", VERBAL, [_BROKE, _ANY_WORD, {"LOWER": "of"}, _THEIR, {"LOWER": {"IN": _BONES}}]),
    # Sexual violence and deprivation of nationality: "other" (CONVENTIONS.md)
    (
        "other",
        VERBAL,
        [{"LOWER": "sexually"}, {"LOWER": {"IN": ["assaulted", "abused", "assault", "abuse"]}}],
    ),
    ("other", VERBAL, _forms("raped")),
    ("other", NOMINAL, [{"LOWER": "sexual"}, {"LOWER": {"IN": ["violence", "assault", "assaults"]}}]),
    (
        "other",
        VERBAL,
        [
            {"LOWER": "stripped"},
            {"LOWER": "of"},
            {"LOWER": {"IN": ["his", "her", "their"]}},
            _ANY_WORD,
            {"LOWER": {"IN": ["nationality", "citizenship"]}},
        ],
    ),
    (
        "other",
        VERBAL,
        [
            {"LOWER": "stripped"},
            {"LOWER": "of"},
            {"LOWER": {"IN": ["his", "her", "their"]}},
            {"LOWER": {"IN": ["nationality", "citizenship"]}},
        ],
    ),
    (
        "other",
        VERBAL,
        [
            {"LOWER": {"IN": ["held", "kept", "placed"]}},
            {"LOWER": "in"},
            {"LOWER": {"IN": ["punitive", "solitary"]}},
        ],
    ),
    (
        "corporal_punishment",
        NOMINAL,
        _forms("flogging", "floggings", "lashes", "lashings", "caning", "amputation", "amputations"),
    ),
    (
        "other",
        VERBAL,
        [
            {"LOWER": {"IN": ["confiscated", "seized", "withheld", "kept", "retained"]}},
            {"LOWER": {"IN": ["the", "his", "her", "their"]}, "OP": "?"},
            {"LOWER": {"IN": ["bodies", "body"]}},
        ],
    ),
    # "troops took away the bodies of the victims", "soldiers carried off the bodies": bodies
    # confiscated (relatives taking their dead home are left out in triggers.py)
    (
        "other",
        VERBAL,
        [
            {"LOWER": {"IN": ["took", "taken", "take", "takes", "taking", "carried", "carry", "carted"]}},
            {"LOWER": {"IN": ["away", "off"]}},
            {"LOWER": {"IN": ["the", "his", "her", "their", "several", "two", "three"]}, "OP": "?"},
            {"LOWER": {"IN": ["bodies", "body", "corpses", "remains"]}},
        ],
    ),
    (
        "other",
        VERBAL,
        [
            {"LOWER": {"IN": ["refused", "refuse", "refuses", "declined"]}},
            {"LOWER": "to"},
            {"LOWER": {"IN": ["hand", "return", "release"]}},
            {"LOWER": "over", "OP": "?"},
            {"LOWER": {"IN": ["the", "his", "her", "their"]}, "OP": "?"},
            {"LOWER": {"IN": ["bodies", "body", "remains"]}},
        ],
    ),
]
# Single-word nominal triggers ("arrest", "slaughter"), for conjunct handling.
NOMINAL_WORDS = frozenset(
    w for _, kind, pattern in _PATTERNS if kind == NOMINAL and len(pattern) == 1 for w in _words(pattern[0])
)
# "flogged"/"beaten" type as torture by default; flogging as a sentence is corporal punishment.
_RETYPE = {"flogged": "corporal_punishment"}
