"""More trigger phrases, in the format of `trigger_lexicon._PATTERNS`: other ways writers say that
a violation happened ("sent to the gallows", "beaten to death", "seized from his hostel").

Kept apart from the core lexicon so each module stays small; `triggers.py` matches both.
"""

from __future__ import annotations

from tallybook.extract.trigger_lexicon import _ANY_WORD, NOMINAL, VERBAL


def _any_of(words: str, optional: bool = False) -> dict[str, object]:
    """One pattern position taking any of the space-separated `words`."""
    pos: dict[str, object] = {"LOWER": {"IN": words.split()}}
    if optional:
        pos["OP"] = "?"
    return pos


# Places a person is taken from: beyond home and office, where students and workers sleep or work.
_PLACES_TAKEN_FROM = (
    "hostel dormitory dorm room bed beds flat apartment residence hotel farm village street "
    "campus university mosque church bus vehicle shelter tent cell"
)
# Staged clashes that cover for extrajudicial killings ("crossfire", "encounter killings").
_STAGED = "crossfire encounter encounters gunfight gunfights shootout shootouts"
_BONES = "fingers ribs arms legs teeth hands toes"

RECALL_PATTERNS: list[tuple[str, str, list[dict[str, object]]]] = [
    # "mock executions" are a torture method; the longer match wins over "executions"
    ("torture", NOMINAL, [_any_of("mock"), _any_of("execution executions")]),
    # "seized from his hostel", "snatched from their beds": taken from a place, fate untold
    (
        "enforced_disappearance",
        VERBAL,
        [
            _any_of("taken snatched seized took grabbed dragged abducted"),
            _any_of("him her them", optional=True),
            _any_of("from"),
            _any_of("his her their a the"),
            _any_of(_PLACES_TAKEN_FROM),
        ],
    ),
    # "beaten to death by police": a killing, not a beating (stoning is a punishment: left out)
    (
        "killing",
        VERBAL,
        [_any_of("beaten beat hacked clubbed bludgeoned"), _any_of("to"), _any_of("death")],
    ),
    # "died in so-called crossfire incidents": the euphemism for an extrajudicial killing
    (
        "killing",
        VERBAL,
        [
            _any_of("died dies die"),
            _any_of("in"),
            _any_of("so-called alleged a an the staged fake", optional=True),
            _any_of(_STAGED),
        ],
    ),
    (
        "killing",
        VERBAL,
        [
            _any_of("died dies die"),
            _any_of("in"),
            _any_of("so"),
            _any_of("-"),
            _any_of("called"),
            _any_of(_STAGED),
        ],
    ),
    # "sent to the gallows", "walked to the gallows"
    (
        "execution",
        VERBAL,
        [
            _any_of("sent send sends sending led taken walked"),
            _any_of("to"),
            _any_of("the"),
            _any_of("gallows"),
        ],
    ),
    # "carried out the death penalty against two men", "carried out his death sentence"
    (
        "execution",
        VERBAL,
        [
            _any_of("carried carry carries carrying implemented implement"),
            _any_of("out", optional=True),
            _any_of("the his her their a", optional=True),
            _any_of("death"),
            _any_of("penalty sentence sentences"),
        ],
    ),
    # "the third prisoner to die in Russian custody" (the infinitive of "died in ... custody")
    ("death_in_custody", VERBAL, [_any_of("die"), _any_of("in"), _ANY_WORD, _any_of("custody detention")]),
    ("death_in_custody", VERBAL, [_any_of("die"), _any_of("in"), _any_of("custody detention prison jail")]),
    # "was found dead in his cell"
    (
        "death_in_custody",
        VERBAL,
        [
            _any_of("found"),
            _any_of("dead hanged"),
            _any_of("in"),
            _any_of("his her their the a", optional=True),
            _any_of("cell cells custody detention prison jail"),
        ],
    ),
    # "his body bore several broken ribs", "found with broken fingers": injuries inflicted
    ("torture", NOMINAL, [_any_of("broken fractured"), _any_of(_BONES)]),
]
