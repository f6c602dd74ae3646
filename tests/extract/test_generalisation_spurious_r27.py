"""Round 27, false alarms: an act only attempted ("a guard tried to sexually abuse her") was not
done; a bare kind of violation a verb of defending takes ("may be invoked to tolerate or justify
enforced disappearances") is the practice talked of; people "awaiting capital punishment" in a
sentence whose only figure is a year are a kind of people, not an execution; a prison term joined
to a bodily punishment ("sentenced to prison terms and flogging") is one corporal punishment, no
second "other" incident. Guards: an act conjoined to the trying ("tried to flee and were
arrested"), a defended act with a figure ("tried to justify the killing of 12 protesters"), a
counted group awaiting execution, a done act and a prison term alone stay."""

from __future__ import annotations

import pytest
from extraction_helpers import evidence, incidents_of
from spacy.language import Language

_NO_INCIDENT = [
    "She said the guard tried to sexually abuse her in the cell.",
    "The prisoner said an officer attempted to sexually assault him during questioning.",
    "Police officers tried to sexually abuse two women at the station, witnesses said.",
    "She was convicted of killing a man who she said had tried to sexually abuse her.",
    "No emergency may be invoked to tolerate or justify enforced disappearances, the experts said.",
    "While the council acknowledges efforts by the Government to review cases of individuals "
    "awaiting capital punishment since the new law came into force in 2016, it urges a moratorium.",
    "The board reviewed the cases of prisoners awaiting execution since the amendment of 2019.",
]


@pytest.mark.parametrize("text", _NO_INCIDENT)
def test_probe_attempted_or_defended_act_is_no_incident(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police tried to disperse the crowd and shot dead two students in the square on Friday.", "killing"),
        ("The men tried to flee and were arrested by police in Homs on 3 May.", "arrest"),
        ("The minister tried to justify the killing of 12 protesters in Kisumu on Friday.", "killing"),
        ("Officials justified the arrests of 30 students in Dhaka last week.", "arrest"),
        ("A guard sexually abused her in the cell, she said.", "other"),
    ],
)
def test_probe_done_or_counted_act_stays(nlp: Language, text: str, kind: str) -> None:
    found = incidents_of(nlp, text, kind)
    assert found
    assert evidence(text, found[0])


def test_probe_counted_group_awaiting_execution_stays(nlp: Language) -> None:
    text = "Officials reviewed the files of 40 men awaiting execution in Changi prison."
    assert incidents_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Three other men were sentenced to prison terms and flogging in the same case.",
        "Two students were sentenced to prison terms and flogging by a court in Tabriz.",
        "A court sentenced the blogger to ten years' imprisonment and 100 lashes on Sunday.",
        "The trader was sentenced to five years in jail and caning by the High Court on Monday.",
    ],
)
def test_probe_prison_term_joined_to_corporal_punishment_is_one_incident(nlp: Language, text: str) -> None:
    found = incidents_of(nlp, text)
    assert [inc.type for inc in found] == ["corporal_punishment"]


@pytest.mark.parametrize(
    "text",
    [
        "Two students were sentenced to three years in prison by a court in Tabriz.",
        "The editor was sentenced to two years in jail and a fine.",
        "The poet was sentenced to six years' imprisonment by a court in Shiraz.",
    ],
)
def test_probe_prison_term_alone_stays_other(nlp: Language, text: str) -> None:
    assert [inc.type for inc in incidents_of(nlp, text)] == ["other"]
