"""More trigger phrases, in the format of `trigger_lexicon.PATTERNS`: other ways writers say that
a violation happened ("sent to the gallows", "beaten to death", "seized from his hostel").

Kept apart from the core lexicon so each module stays small; `triggers.py` matches both.
"""

from __future__ import annotations

from tallybook.extract.detection.trigger_methods import ARREST_PHRASES, DEATH_PHRASES, TORTURE_METHODS
from tallybook.extract.detection.trigger_patterns import (
    ANY_WORD,
    NOMINAL,
    UNREST,
    VERBAL,
    Pattern,
    any_of,
    wordset,
)
from tallybook.extract.entities.kin_words import NEAR_KIN

# Places a person is taken from: beyond home and office, where students and workers sleep or work.
_PLACES_TAKEN_FROM = (
    "hostel dormitory dorm room bed beds flat apartment residence hotel farm village street "
    "campus university mosque church bus vehicle shelter tent cell stall stalls shop market cafe "
    "restaurant teahouse"
)
# Staged clashes that cover for extrajudicial killings ("crossfire", "encounter killings").
_STAGED = "crossfire encounter encounters gunfight gunfights shootout shootouts"
_BONES = "fingers ribs arms legs teeth hands toes"

_TAKEN_FROM = [
    any_of("taken snatched seized took grabbed dragged abducted"),
    any_of("him her them", optional=True),
    any_of("from"),
    any_of("his her their a the"),
]

# Kin a relative says were taken: "took her husband from their house".
_KIN = " ".join(sorted(NEAR_KIN | wordset("sons daughters brothers nephew cousin uncle")))

RECALL_PATTERNS: list[Pattern] = [
    # "mock executions" are a torture method; the longer match wins over "executions"
    ("torture", NOMINAL, [any_of("mock"), any_of("execution executions")]),
    # "seized from his hostel", "snatched from their beds": taken from a place, fate untold
    ("enforced_disappearance", VERBAL, [*_TAKEN_FROM, any_of(_PLACES_TAKEN_FROM)]),
    # "taken from a tea stall": the same, with a word naming the kind of place
    ("enforced_disappearance", VERBAL, [*_TAKEN_FROM, ANY_WORD, any_of(_PLACES_TAKEN_FROM)]),
    # "took her husband from their house": a relative taken from a place (by police: an arrest,
    # read in triggers.py)
    (
        "enforced_disappearance",
        VERBAL,
        [
            any_of("taken took seized snatched"),
            any_of("his her their my our"),
            any_of(_KIN),
            any_of("from"),
            any_of("his her their a the our"),
            any_of("home house " + _PLACES_TAKEN_FROM),
        ],
    ),
    # "beaten to death by police": a killing, not a beating (stoning is a punishment: left out)
    (
        "killing",
        VERBAL,
        [any_of("beaten beat hacked clubbed bludgeoned"), any_of("to"), any_of("death")],
    ),
    # "X's death while he was in police custody": a death in custody told with its clause
    (
        "death_in_custody",
        NOMINAL,
        [
            any_of("death deaths"),
            any_of("while"),
            any_of("he she they", optional=True),
            any_of("was were", optional=True),
            any_of("in"),
            any_of("police military state", optional=True),
            any_of("custody detention"),
        ],
    ),
    # "she was stoned to death in prison": a sentence of stoning carried out (a mob's stoning is
    # a non-state crime, filtered later)
    ("execution", VERBAL, [any_of("stoned"), any_of("to"), any_of("death")]),
    # "soldiers gunned down 17 villagers", "protesters were gunned down by police"
    ("killing", VERBAL, [any_of("gunned gun guns gunning"), any_of("down")]),
    # "recorded 49 abductions of activists": the noun of "abducted" (non-state ones are filtered later)
    ("enforced_disappearance", NOMINAL, [any_of("abduction abductions")]),
    # "died in so-called crossfire incidents": the euphemism for an extrajudicial killing
    (
        "killing",
        VERBAL,
        [
            any_of("died dies die"),
            any_of("in"),
            any_of("so-called alleged a an the staged fake", optional=True),
            any_of(_STAGED),
        ],
    ),
    (
        "killing",
        VERBAL,
        [
            any_of("died dies die"),
            any_of("in"),
            any_of("so"),
            any_of("-"),
            any_of("called"),
            any_of(_STAGED),
        ],
    ),
    # "41 persons died in connection with anti-government protests": deaths in a crackdown on
    # protest, like "died during the unrest" (the lexicon's pattern)
    *[
        (
            "killing",
            VERBAL,
            [
                any_of("died dies die"),
                any_of("in"),
                any_of("connection"),
                any_of("with"),
                any_of("the", optional=True),
                *modifier,
                any_of(UNREST),
            ],
        )
        # "the protests", "antiregime protests", "anti-government protests", "farmers' protests"
        for modifier in ([], [ANY_WORD], [ANY_WORD, ANY_WORD], [ANY_WORD, any_of("-"), ANY_WORD])
    ],
    # "sent to the gallows", "walked to the gallows"
    (
        "execution",
        VERBAL,
        [
            any_of("sent send sends sending led taken walked"),
            any_of("to"),
            any_of("the"),
            any_of("gallows"),
        ],
    ),
    # "carried out the death penalty against two men", "carried out his death sentence"
    (
        "execution",
        VERBAL,
        [
            any_of("carried carry carries carrying implemented implement"),
            any_of("out", optional=True),
            any_of("the his her their a", optional=True),
            any_of("death"),
            any_of("penalty sentence sentences"),
        ],
    ),
    # "the third prisoner to die in Russian custody" (the infinitive of "died in ... custody")
    ("death_in_custody", VERBAL, [any_of("die"), any_of("in"), ANY_WORD, any_of("custody detention")]),
    ("death_in_custody", VERBAL, [any_of("die"), any_of("in"), any_of("custody detention prison jail")]),
    # "was found dead in his cell"
    (
        "death_in_custody",
        VERBAL,
        [
            any_of("found"),
            any_of("dead hanged hanging"),
            any_of("in"),
            any_of("his her their the a", optional=True),
            any_of("cell cells custody detention prison jail"),
        ],
    ),
    # "two men were beheaded in Qarim", "the beheading of a migrant worker": death by the sword
    # (beheadings by armed groups are dropped later, as non-state killings)
    ("execution", VERBAL, [any_of("beheaded behead beheads")]),
    ("execution", NOMINAL, [any_of("beheading beheadings")]),
    # "are facing the death penalty", "were facing death sentences": people under sentence of
    # death (a stock, CONVENTIONS), like "facing execution"; "could face the death penalty if
    # convicted" (bare "face") is a risk
    (
        "death_sentence",
        VERBAL,
        [
            any_of("facing"),
            any_of("the a", optional=True),
            any_of("death"),
            any_of("penalty penalties sentence sentences"),
        ],
    ),
    # "the court imposed the death penalty on three men" (not "retains the death penalty", nor
    # "imposes the death penalty for murder": a rule)
    (
        "death_sentence",
        VERBAL,
        [
            any_of("imposed"),
            any_of("the a", optional=True),
            any_of("death"),
            any_of("penalty penalties sentence sentences"),
            any_of("on upon"),
        ],
    ),
    # "was remanded in custody", "remanded to pre-trial detention": held by a court's order
    (
        "arrest",
        VERBAL,
        [
            any_of("remanded remand remands"),
            any_of("him her them", optional=True),
            any_of("in into to"),
            any_of("pre-trial pretrial police judicial", optional=True),
            any_of("custody detention prison jail"),
        ],
    ),
    # "the court remanded the journalist in custody"
    *[
        (
            "arrest",
            VERBAL,
            [
                any_of("remanded remand remands"),
                *[ANY_WORD] * n,
                any_of("in into"),
                any_of("custody detention"),
            ],
        )
        for n in (1, 2)
    ],
    # "his body bore several broken ribs", "found with broken fingers": injuries inflicted
    ("torture", NOMINAL, [any_of("broken fractured"), any_of(_BONES)]),
    *TORTURE_METHODS,
    *ARREST_PHRASES,
    *DEATH_PHRASES,
]
