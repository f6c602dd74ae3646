"""Round 28, missed incidents: a counted toll of protests that names security forces only as part
of its dead ("at least 30 people were killed, including a soldier, during the demonstrations") is
the protests' killing; the officers are a breakdown of the toll (CONVENTIONS), not deaths in
clashes between armed sides. Guards: a toll of officers alone, clashes with no protest named, a
non-state doer (rioters, gunmen) in the sentence."""

from __future__ import annotations

import pytest
from extraction_helpers import incidents_of
from spacy.language import Language

_PROTEST_TOLLS = [
    "Witnesses said at least 30 people were killed, including a soldier, during the demonstrations "
    "in the northern town on Friday.",
    "State media confirmed the deaths of 14 people including three police officers during protests "
    "in the province last week.",
    "At least 52 people, including two policemen, died in the unrest that followed the vote in May.",
    "The mission said 19 people were shot dead, including a police officer, at a rally in the capital "
    "on Sunday.",
]


@pytest.mark.parametrize("text", _PROTEST_TOLLS)
def test_probe_protest_toll_with_officers_is_killing(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "killing")


@pytest.mark.parametrize(
    "text",
    [
        "Three policemen were killed during protests in the capital on Monday.",
        "Fighting broke out between the militia and the army, in which 15 people died, including "
        "four soldiers.",
        "Rioters killed 11 people, including two police officers, during protests in the city.",
        "Gunmen opened fire on the rally, killing eight people, including a policeman.",
    ],
)
def test_probe_officers_toll_clashes_or_non_state_doers_stay_out(nlp: Language, text: str) -> None:
    assert not incidents_of(nlp, text, "killing")
