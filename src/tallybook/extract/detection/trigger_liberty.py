"""Trigger words for taking a person's liberty: arrests, people held, and disappearances.

"was arrested", "rounded up", "the detention of 300 people", "remain behind bars" (a stock of
people held, counted like a death-row stock: CONVENTIONS), "was abducted", "taken from his home",
"whereabouts remain unknown", "held incommunicado", "forcibly disappeared". Whether an arrest is
really a disappearance (or the reverse) is decided from the parse in `trigger_retypes`.
"""

from __future__ import annotations

from tallybook.extract.detection.trigger_patterns import ANY_WORD, NOMINAL, VERBAL, Pattern, forms

LIBERTY_PATTERNS: list[Pattern] = [
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
            ANY_WORD,
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
    ("enforced_disappearance", VERBAL, forms("abducted", "abduct", "abducts")),
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
        "arrest",
        VERBAL,
        forms("arrested", "arrest", "arrests", "detained", "detain", "jailed", "imprisoned"),
    ),
    ("arrest", VERBAL, [{"LOWER": "taken"}, {"LOWER": "into"}, {"LOWER": "custody"}]),
    ("arrest", VERBAL, [{"LOWER": {"IN": ["rounded", "rounding", "round"]}}, {"LOWER": "up"}]),
    ("arrest", NOMINAL, forms("arrest", "arrests")),
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
    ("enforced_disappearance", VERBAL, [{"LOWER": "forcibly"}, {"LOWER": "disappeared"}]),
    (
        "enforced_disappearance",
        NOMINAL,
        [{"LOWER": {"IN": ["enforced", "forced"]}}, {"LOWER": {"IN": ["disappearance", "disappearances"]}}],
    ),
]
