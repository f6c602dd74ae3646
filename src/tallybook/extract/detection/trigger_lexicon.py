"""The trigger lexicon: the words that say a violation happened, with the type they give.

Written as token patterns over lower-case forms (`trigger_patterns` says how): a verbal form ("was
executed", "shot dead"), a nominal form ("the execution of", "a massacre"). This module holds the
words of death (executions, death sentences, killings, deaths in custody) and puts together the
whole lexicon with `trigger_liberty` (arrests, disappearances) and `trigger_harms` (torture,
corporal punishment and other harms). `triggers.py` matches them; which triggers the text
reports as real is decided later.
"""

from __future__ import annotations

from tallybook.extract.detection.trigger_harms import HARM_PATTERNS
from tallybook.extract.detection.trigger_liberty import LIBERTY_PATTERNS
from tallybook.extract.detection.trigger_patterns import ANY_WORD, Pattern, forms, words_of
from tallybook.extract.detection.trigger_patterns import NOMINAL as NOMINAL
from tallybook.extract.detection.trigger_patterns import VERBAL as VERBAL
from tallybook.extract.detection.trigger_patterns import any_of as any_of
from tallybook.extract.detection.trigger_patterns import wordset as wordset


def _died_in_named_prison(names: int) -> list[dict[str, object]]:
    """ "died in Urmia Central Prison", "died in a Kampala police cell": `names` words of name."""
    return [
        {"LOWER": {"IN": ["died", "dies"]}},
        {"LOWER": {"IN": ["in", "at"]}},
        {"LOWER": {"IN": ["a", "the"]}, "OP": "?"},
        *([ANY_WORD] * names),
        {"LOWER": {"IN": ["police", "military", "central", "penal"]}, "OP": "?"},
        {"LOWER": {"IN": ["prison", "jail", "cell", "custody", "detention", "colony", "gaol"]}},
    ]


def _death_of_in_protests(words: int) -> list[dict[str, object]]:
    """ "the death of one person in protests": `words` words name who died."""
    return [
        {"LOWER": "death"},
        {"LOWER": "of"},
        *([ANY_WORD] * words),
        {"LOWER": {"IN": ["during", "in", "amid"]}},
        {"LOWER": {"IN": ["the", "these", "those"]}, "OP": "?"},
        {"LOWER": {"IN": ["unrest", "protests", "crackdown", "demonstrations", "uprising"]}},
    ]


def _died_at_police_station(names: int) -> list[dict[str, object]]:
    """ "died at Harbourside police station": a death in a place of detention."""
    return [
        {"LOWER": {"IN": ["died", "dies"]}},
        {"LOWER": {"IN": ["in", "at"]}},
        {"LOWER": {"IN": ["a", "the"]}, "OP": "?"},
        *([ANY_WORD] * names),
        {"LOWER": "police"},
        {"LOWER": {"IN": ["station", "stations"]}},
    ]


_DEATH_PATTERNS: list[Pattern] = [
    ("execution", VERBAL, forms("executed", "execute", "executes", "executing")),
    ("execution", VERBAL, forms("hanged", "hang", "hangs")),
    # "They were hung in a Khartoum prison": "hung" for "hanged" ("hung from the ceiling" is
    # torture: trigger_retypes)
    ("execution", VERBAL, [{"LOWER": {"IN": ["was", "were", "been"]}}, {"LOWER": "hung"}]),
    (
        "execution",
        VERBAL,
        [{"LOWER": {"IN": ["put", "puts", "putting"]}}, {"LOWER": "to"}, {"LOWER": "death"}],
    ),
    ("execution", NOMINAL, forms("execution", "executions", "hangings")),
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
    # "seven others remain under sentence of death": a stock, like "remain on death row"
    (
        "death_sentence",
        VERBAL,
        [
            {"LOWER": {"IN": ["remain", "remains", "remained", "are", "were", "is", "was"]}},
            {"LOWER": {"IN": ["currently", "still", "now"]}, "OP": "?"},
            {"LOWER": "under"},
            {"LOWER": {"IN": ["sentence", "sentences"]}},
            {"LOWER": "of"},
            {"LOWER": "death"},
        ],
    ),
    ("killing", VERBAL, forms("killed", "kill", "kills", "slaughtered", "massacred", "murdered", "slain")),
    ("killing", VERBAL, [{"LOWER": "shot"}, {"LOWER": "dead"}]),
    ("killing", NOMINAL, forms("killing", "killings", "massacre", "massacres", "slaughter")),
    ("killing", NOMINAL, [{"LOWER": "deaths"}, {"LOWER": "of"}]),
    ("killing", NOMINAL, [{"LOWER": "death"}, {"LOWER": "toll"}]),
    # "six people died during the unrest": deaths in a crackdown on protest are protest killings
    (
        "killing",
        VERBAL,
        [
            {"LOWER": {"IN": ["died", "dies", "die"]}},
            {"LOWER": {"IN": ["during", "in", "amid"]}},
            {"LOWER": {"IN": ["the", "these", "those"]}, "OP": "?"},
            {"LOWER": {"IN": ["unrest", "protests", "crackdown", "demonstrations", "uprising"]}},
        ],
    ),
    ("killing", NOMINAL, [{"LOWER": "loss"}, {"LOWER": "of"}, {"LOWER": {"IN": ["life", "lives"]}}]),
    # "lamented the death of one person in protests in the capital": a protest death, as "died in"
    *[("killing", NOMINAL, _death_of_in_protests(n)) for n in (1, 2, 3)],
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
    # "14 prisoners died in prisons across the country": the plural of a place of detention
    (
        "death_in_custody",
        VERBAL,
        [{"LOWER": "died"}, {"LOWER": "in"}, {"LOWER": {"IN": ["prisons", "jails"]}}],
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
            ANY_WORD,
            {"LOWER": {"IN": ["in", "under"]}},
            {"LOWER": {"IN": ["police", "military", "state", "security"]}, "OP": "?"},
            {"LOWER": {"IN": ["custody", "detention"]}},
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
]
# Every pattern, in the order the matcher tries them (for one first word, the first listed wins
# a tie in length).
PATTERNS: list[Pattern] = [*_DEATH_PATTERNS, *LIBERTY_PATTERNS, *HARM_PATTERNS]
# Single-word nominal triggers ("arrest", "slaughter"), for conjunct handling.
NOMINAL_WORDS = frozenset(
    w for _, kind, pattern in PATTERNS if kind == NOMINAL and len(pattern) == 1 for w in words_of(pattern[0])
)
