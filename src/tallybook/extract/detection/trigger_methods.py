"""Trigger phrases for the methods and euphemisms reports use instead of the plain verbs:
torture told by its method ("suffocated with plastic bags", "hung from the ceiling"), arrests
told as sweeps ("hauled in", "thrown in jail"), deaths told softly ("passed away in detention",
"succumbed to his injuries in custody", "lost their lives during the protests").

Same format as `trigger_lexicon.PATTERNS`; `trigger_phrases.RECALL_PATTERNS` includes them.
"""

from __future__ import annotations

from tallybook.extract.detection.trigger_patterns import ANY_WORD, NOMINAL, VERBAL, Pattern, any_of

_OBJ = "him her them me us"
_POSS = "his her their my our"
_SHOVED = "bundled bundling forced forcing pushed pushing shoved shoving dragged dragging"
SHOVED = frozenset(_SHOVED.split())
_VEHICLES = "car cars van vans vehicle vehicles truck trucks pickup jeep suv minibus"
# Where a body is hung from, or by, in "hung from the ceiling", "suspended by his wrists".
_HUNG_BY = "ceiling ceilings hook hooks beam beams rafters wrists wrist arms hands feet ankles thumbs"
# What a body is burned with, in "burned with cigarettes".
_BURNED_WITH = "cigarettes cigarette lighter lighters iron irons hot boiling heated molten"
# What blows are struck with in "struck him with batons" ("rifle butts": the match ends at "rifle").
_WEAPONS = (
    "baton batons truncheon truncheons rifle rifles stick sticks cable cables pipe pipes rod rods "
    "belt belts hose hoses club clubs whip whips bar bars"
)
_POSES = "kneel stand squat crouch"
_HELD = "custody detention prison jail cell lockup"
_UNREST = "unrest protests crackdown demonstrations uprising clashes"

TORTURE_METHODS: list[Pattern] = [
    # "was repeatedly suffocated with plastic bags", "asphyxiated him using a bag"
    (
        "torture",
        VERBAL,
        [any_of("suffocated asphyxiated smothered"), any_of(_OBJ, optional=True), any_of("with using")],
    ),
    ("torture", NOMINAL, [any_of("suffocation asphyxiation"), any_of("with using")]),
    ("torture", VERBAL, [any_of("waterboarded waterboard waterboards")]),
    ("torture", NOMINAL, [any_of("waterboarding")]),
    # "hung from the ceiling", "suspended by their wrists", "hung upside down"
    (
        "torture",
        VERBAL,
        [
            any_of("hung suspended"),
            any_of(_OBJ, optional=True),
            any_of("from by"),
            any_of(f"the a {_POSS}", optional=True),
            any_of(_HUNG_BY),
        ],
    ),
    (
        "torture",
        VERBAL,
        [any_of("hung suspended"), any_of(_OBJ, optional=True), any_of("upside"), any_of("down")],
    ),
    # "burned with cigarettes", "burnt him with a hot iron"
    (
        "torture",
        VERBAL,
        [
            any_of("burned burnt"),
            any_of(_OBJ, optional=True),
            any_of("with"),
            any_of("a an", optional=True),
            any_of(_BURNED_WITH),
        ],
    ),
    # "pulled out his fingernails"
    (
        "torture",
        VERBAL,
        [
            any_of("pulled ripped tore torn extracted removed"),
            any_of("out", optional=True),
            any_of(_POSS, optional=True),
            any_of("fingernails toenails nails"),
        ],
    ),
    ("torture", NOMINAL, [any_of("stress"), any_of("positions position")]),
    # "tied in painful positions for hours", "bound in the “helicopter” position"
    (
        "torture",
        VERBAL,
        [
            any_of("tied bound"),
            any_of(_OBJ, optional=True),
            any_of("in into"),
            any_of("the a", optional=True),
            any_of('“ "', optional=True),
            any_of("painful stress helicopter contorted"),  # not "tied in position at the dock"
            any_of('” "', optional=True),
            any_of("positions position"),
        ],
    ),
    ("torture", NOMINAL, [any_of("mock"), any_of("drowning drownings")]),
    # "threatened with rape while being questioned": a threat of sexual violence in custody
    ("torture", VERBAL, [any_of("threatened"), any_of(_OBJ, optional=True), any_of("with"), any_of("rape")]),
    # "struck him with batons", "hit them with rifle butts": blows with a weapon, not "hit with a fine"
    (
        "torture",
        VERBAL,
        [
            any_of("struck hit clubbed battered"),
            any_of(_OBJ, optional=True),
            any_of("with"),
            any_of("a an the their his her", optional=True),
            any_of("metal iron wooden electric rubber plastic", optional=True),
            any_of(_WEAPONS),
        ],
    ),
    # "made him kneel for hours", "forced them to stand for two days": stress positions
    (
        "torture",
        VERBAL,
        [
            any_of("made forced"),
            any_of(_OBJ, optional=True),
            any_of("to", optional=True),
            any_of(_POSES),
            any_of("for"),
        ],
    ),
    # "shocked with electric batons" (not "shocked with the verdict")
    (
        "torture",
        VERBAL,
        [any_of("shocked"), any_of(_OBJ, optional=True), any_of("with"), any_of("electric electrical stun")],
    ),
]

ARREST_PHRASES: list[Pattern] = [
    # "police hauled in 40 students", "were hauled off to a police station"
    ("arrest", VERBAL, [any_of("hauled"), any_of(_OBJ, optional=True), any_of("in off away")]),
    ("arrest", VERBAL, [any_of("apprehended incarcerated")]),
    # "took him into custody", "taking dozens into custody"
    (
        "arrest",
        VERBAL,
        [any_of("took take takes taking"), any_of(_OBJ, optional=True), any_of("into"), any_of("custody")],
    ),
    (
        "arrest",
        VERBAL,
        [any_of("thrown threw throw"), any_of(_OBJ, optional=True), any_of("in into"), any_of("jail prison")],
    ),
    (
        "arrest",
        VERBAL,
        [any_of("put puts putting"), any_of(_OBJ, optional=True), any_of("behind"), any_of("bars")],
    ),
    # "was bundled into an unmarked van", "forced him into a pickup truck" (a vanishing when
    # unnamed men did it: triggers.py asks trigger_vanishings)
    *[
        (
            "arrest",
            VERBAL,
            [
                any_of(_SHOVED),
                any_of(_OBJ, optional=True),
                any_of("into"),
                any_of("a an the their his her"),
                *modifiers,
                any_of(_VEHICLES),
            ],
        )
        for modifiers in ([], [ANY_WORD], [ANY_WORD, ANY_WORD])
    ],
]

DEATH_PHRASES: list[Pattern] = [
    # "passed away in detention", "succumbed to his injuries in police custody": soft "died"
    (
        "death_in_custody",
        VERBAL,
        [
            any_of("passed"),
            any_of("away"),
            any_of("in while under"),
            any_of(f"the a {_POSS}", optional=True),
            any_of("police security state military", optional=True),
            any_of(_HELD),
        ],
    ),
    (
        "death_in_custody",
        VERBAL,
        [
            any_of("succumbed succumbs"),
            any_of("to"),
            any_of(_POSS, optional=True),
            any_of("injuries wounds"),
            any_of("in while under"),
            any_of("the in", optional=True),
            any_of("police security state military", optional=True),
            any_of(_HELD),
        ],
    ),
    (
        "death_in_custody",
        VERBAL,
        [
            any_of("lost lose loses losing"),
            any_of(_POSS),
            any_of("life lives"),
            any_of("in while under"),
            any_of("the", optional=True),
            any_of("police security state military", optional=True),
            any_of(_HELD + " torture"),  # "lost his life under torture", like "died under torture"
        ],
    ),
    # "lost their lives during the protests": like "died during the unrest"
    (
        "killing",
        VERBAL,
        [
            any_of("lost"),
            any_of(_POSS),
            any_of("lives life"),
            any_of("during in"),
            any_of("the", optional=True),
            any_of(_UNREST),
        ],
    ),
]
