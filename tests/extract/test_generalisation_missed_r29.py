"""Round 29, missed victims: the victim slot of two shapes the parse hides it in. A "that" clause
hung on a noun of concern as a relative clause ("its fears that 31 people have disappeared") has a
subject of its own; people who "died in" a nominal killing are its victims ("4,000 people died in
police killings"). Guards: a real relative clause keeps its antecedent, a plain death in prison
stays as it was.
"""

from __future__ import annotations

import pytest
from extraction_helpers import incident_figure
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "The panel said it has formally conveyed to the ministry its concerns that over the last "
            "three weeks 31 people have disappeared, 12 of them in March.",
            "enforced_disappearance",
            31,
        ),
        (
            "Police said 31 farmers died in extrajudicial killings in the province last year.",
            "killing",
            31,
        ),
        (
            "The army reported that 212 villagers died in summary killings between May 2 and June 30.",
            "killing",
            212,
        ),
    ],
)
def test_probe_hidden_victim_counts(nlp: Language, text: str, kind: str, count: int) -> None:
    assert incident_figure(nlp, text, kind)[0] == count


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "The 14 students who disappeared last year were later found in a prison.",
            "enforced_disappearance",
            14,
        ),
        ("Three men died in prison in June.", "death_in_custody", 3),
    ],
)
def test_probe_look_alikes_keep_their_victims(nlp: Language, text: str, kind: str, count: int) -> None:
    assert incident_figure(nlp, text, kind)[0] == count
