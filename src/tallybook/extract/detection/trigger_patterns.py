"""How the trigger lexicon is written: the two kinds of trigger and the token patterns.

A pattern is a list of positions over lower-case forms (no lemmatizer needed), in spaCy's Matcher
notation: `{"LOWER": word}`, `{"LOWER": {"IN": [...]}}`, `"OP": "?"` for an optional position and
`{}` for any single word. `triggers.TriggerMatcher` reads them with its own scan. Kept apart from
the word lists (`trigger_lexicon`, `trigger_liberty`, `trigger_harms`) so they can all use it.
"""

from __future__ import annotations

VERBAL = "verbal"
NOMINAL = "nominal"

# (incident type, kind, token pattern)
Pattern = tuple[str, str, list[dict[str, object]]]


def wordset(words: str) -> frozenset[str]:
    """A set of lower-case words written as one space-separated string."""
    return frozenset(words.split())


# Words that tell a further event beside one told before ("also hanged", "another prisoner",
# "separately"): the rules that fold a retelling into an earlier incident stop at them, each adding
# the words its own kind of sentence uses that way.
FURTHER_EVENT_WORDS = wordset("also another separately further additionally")

# People who can tell an event they saw, which both the claimant rules ("residents saw soldiers beat
# them") and the event rules ("witnesses said police beat protesters") look for; each adds its own.
WITNESS_NOUNS = wordset(
    "witness witnesses resident residents neighbours neighbors villagers bystanders onlookers passers-by"
)

# A dead person's body, which rules of several stages look for ("the body was returned").
BODY_NOUNS = wordset("body bodies remains corpse corpses")
# Nouns that tell a disappearance as the state a person is in: "his whereabouts remain unknown".
VANISHED_STATE_NOUNS = wordset("whereabouts fate")

# Limbs, where a wound is no death and a cut is a punishment ("shot in both legs", "cut off his hand").
LIMBS = wordset("hand hands finger fingers foot feet leg legs arm arms ear ears limb limbs")

# Agents of the state one by one, whom the accountability rules see arrested or convicted for what
# they did on duty ("two police officers were arrested over the death"); each adds its own.
STATE_AGENT_NOUNS = wordset(
    "officer officers policeman policemen police guard guards soldier soldiers constable constables "
    "agent agents commander commanders warden wardens jailer jailers gendarme gendarmes"
)

# Armed forces as the doers of a blow or a shooting ("beaten by police", "soldiers fired"); each rule
# adds its own.
FORCE_CORE_NOUNS = wordset("police policemen officers soldiers troops forces guards agents militia")
# Protest and its suppression, the setting that makes a death a protest killing ("died since the
# beginning of the unrest", "lost their lives in the protests").
UNREST = "protests protest unrest demonstrations demonstration crackdown uprising"


# A pattern position that takes any single word.
ANY_WORD: dict[str, object] = {}


def words_of(pattern: dict[str, object]) -> list[str]:
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


def forms(*words: str) -> list[dict[str, object]]:
    """A one-word pattern taking any of `words` (verb forms are listed, not lemmatised)."""
    return [{"LOWER": {"IN": list(words)}}]
