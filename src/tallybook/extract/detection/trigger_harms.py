"""Trigger words for harm done to a person held or to the dead: torture, corporal punishment,
sexual violence, nationality stripped, solitary confinement, bodies withheld.

"was tortured", "beatings", "broke his ribs", "deprived of sleep", "flogging", "raped", "stripped
of his citizenship", "held in solitary confinement", "refused to hand over the body", "was forced
to bury him at night".
"""

from __future__ import annotations

from tallybook.extract.detection.trigger_patterns import ANY_WORD, NOMINAL, VERBAL, Pattern, forms

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


def _gap(n: int) -> list[dict[str, object]]:
    """`n` positions that take any word."""
    return [ANY_WORD] * n


def _stripped(gap: int, adjective: int) -> Pattern:
    """ "stripped <gap words> of their [<adjective>] nationality"."""
    return (
        "other",
        VERBAL,
        [
            {"LOWER": "stripped"},
            *_gap(gap),
            {"LOWER": "of"},
            _THEIR,
            *_gap(adjective),
            {"LOWER": {"IN": ["nationality", "citizenship"]}},
        ],
    )


def _punishment_cell(gap: int) -> Pattern:
    """ "placed <gap words> in a punishment cell", "spent 100 days in a punishment cell"."""
    return (
        "other",
        VERBAL,
        [
            {"LOWER": {"IN": ["held", "kept", "placed", "put", "sent", "transferred", "moved", "spent"]}},
            *_gap(gap),
            {"LOWER": {"IN": ["in", "to", "into"]}},
            {"LOWER": {"IN": ["a", "the"]}, "OP": "?"},
            {"LOWER": {"IN": ["punishment", "disciplinary", "penalty"]}},
            {"LOWER": {"IN": ["cell", "cells", "isolator", "ward"]}},
        ],
    )


# Whom a verb of binding takes before "to": none (passive), a pronoun, or "the detainee" (not
# "chained herself to the railings": a protest).
_BOUND: list[list[dict[str, object]]] = [
    [],
    [{"LOWER": {"IN": ["him", "her", "them", "me", "us"]}}],
    [
        {"LOWER": "the"},
        {"LOWER": {"IN": ["detainee", "detainees", "prisoner", "prisoners", "man", "men", "boy", "woman"]}},
    ],
]
_SPELLS = ["hours", "days", "nights", "weeks", "months", "day", "night", "week", "month"]


def _chained(bound: list[dict[str, object]], adjective: int) -> Pattern:
    """ "had been handcuffed to a radiator for two days", "chained him to a metal bed for 16
    hours": a person bound to a thing for hours or days is ill-treatment (torture); a bare
    "handcuffed to an officer" with no spell told is not."""
    return (
        "torture",
        VERBAL,
        [
            {"LOWER": {"IN": ["handcuffed", "chained", "shackled", "cuffed", "tied"]}},
            *bound,
            {"LOWER": "to"},
            {"LOWER": {"IN": ["a", "the", "an"]}},
            *_gap(adjective + 1),
            {"LOWER": "for"},
            ANY_WORD,
            {"LOWER": {"IN": _SPELLS}},
        ],
    )


HARM_PATTERNS: list[Pattern] = [
    *(_chained(bound, adjective) for bound in _BOUND for adjective in (0, 1)),
    (
        "torture",
        VERBAL,
        forms(
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
    ("torture", NOMINAL, forms("torture", "ill-treatment", "beatings")),
    ("corporal_punishment", VERBAL, forms("lashed", "caned", "amputated")),
    ("corporal_punishment", NOMINAL, [{"LOWER": "corporal"}, {"LOWER": "punishment"}]),
    ("torture", NOMINAL, [{"LOWER": "electric"}, {"LOWER": {"IN": ["shocks", "shock"]}}]),
    # Sleep deprivation and bones broken by guards or interrogators are torture.
    ("torture", VERBAL, [{"LOWER": "deprived"}, {"LOWER": "of"}, {"LOWER": "sleep"}]),
    ("torture", NOMINAL, [{"LOWER": "sleep"}, {"LOWER": "deprivation"}]),
    ("torture", VERBAL, [_BROKE, _THEIR, {"LOWER": {"IN": _BONES}}]),
    ("torture", VERBAL, [_BROKE, ANY_WORD, {"LOWER": "of"}, _THEIR, {"LOWER": {"IN": _BONES}}]),
    # Sexual violence and deprivation of nationality: "other" (CONVENTIONS.md)
    (
        "other",
        VERBAL,
        [{"LOWER": "sexually"}, {"LOWER": {"IN": ["assaulted", "abused", "assault", "abuse"]}}],
    ),
    ("other", VERBAL, forms("raped")),
    # "documented at least 37 cases of rape by soldiers": cases of rape with their doers are
    # sexual violence; cases of rape a court hears or a law punishes name no doer
    (
        "other",
        NOMINAL,
        [
            {"LOWER": {"IN": ["cases", "incidents", "instances"]}},
            {"LOWER": "of"},
            {"LOWER": {"IN": ["rape", "gang-rape"]}},
            {"LOWER": "by"},
        ],
    ),
    ("other", NOMINAL, [{"LOWER": "sexual"}, {"LOWER": {"IN": ["violence", "assault", "assaults"]}}]),
    _stripped(0, 1),  # "stripped of their Azerbaijani citizenship"
    _stripped(0, 0),
    (
        "other",
        VERBAL,
        [
            {"LOWER": {"IN": ["held", "kept", "placed"]}},
            {"LOWER": "in"},
            {"LOWER": {"IN": ["punitive", "solitary"]}},
        ],
    ),
    # "stripped 94 more people of their nationality", "stripped 18 of the defendants of their
    # citizenship": the people stripped stand between the verb and "of" (the scan does not
    # backtrack, so each gap length is a pattern of its own)
    *(_stripped(gap, adjective) for gap in range(1, 6) for adjective in (0, 1)),
    # A move into solitary confinement ("a step that usually precedes execution") and a spell in
    # a punishment cell are punitive confinement: "other" (CONVENTIONS.md); held there and beaten
    # is folded into the torture, moved there and died into the death (assembly/confinement_folds)
    (
        "other",
        VERBAL,
        [
            {"LOWER": {"IN": ["transferred", "moved", "taken", "sent", "put", "returned"]}},
            {"LOWER": {"IN": ["to", "into"]}},
            {"LOWER": "solitary"},
        ],
    ),
    *(_punishment_cell(gap) for gap in range(0, 5)),
    (
        "corporal_punishment",
        NOMINAL,
        forms("flogging", "floggings", "lashes", "lashings", "caning", "amputation", "amputations"),
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
    # "the family was forced to bury him at night": a burial the state imposed on the relatives
    (
        "other",
        VERBAL,
        [{"LOWER": {"IN": ["forced", "made", "compelled"]}}, {"LOWER": "to"}, {"LOWER": "bury"}],
    ),
]
