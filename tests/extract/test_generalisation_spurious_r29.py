"""Round 29, false alarms on real text: statements that tell no incident of their own.

1. A practice a state "is using" or "are using" (present progressive), as in the simple present.
2. An ideal or an institution "killed" ("has killed our democracy"): a figure of speech.
3. A torture word hyphened to a participle on a bare noun ("torture-tainted confessions"), read
   like "confessions tainted by torture": talk of a practice unless people are pointed at.
4. A bare kind after "the issue of" / "the question of": a topic.
5. A possessed act "at the time of" which something else is told: a reference time (unless dated).
6. The conjuncts of a listed object share their verb's subject, and a non-state agent of the
   subject's participle ("punishments imposed by the rebels included ...") did the acts.
7. A bare number as the subject of a violation verb after a larger group of that type
   ("Forty-three were beheaded and four were shot"): a breakdown by manner (CONVENTIONS.md).
Guards: the look-alikes in the second test stay as they are.
"""

from __future__ import annotations

import pytest
from extraction_helpers import incidents_of
from spacy.language import Language

_PUBLISHED = "2023-04-10"


@pytest.mark.parametrize(
    "text",
    [
        "Across the region, security services are routinely using enforced disappearances to crush dissent.",
        "In Ruritania, the interior ministry is using torture as a tool to silence critics.",
        "“The junta has killed our democracy,” the exiled editor said.",
        "Critics said the president had killed the peace process.",
        "The court heard the case after trials marred by torture-tainted confessions, the group said.",
        "Judges in the province rely on torture-induced evidence, lawyers say.",
        "Despite promises by the cabinet to address the issue of enforced disappearances, little changed.",
        "The panel discussed the question of arbitrary arrests at length.",
        "Some reports say the brothers were fifteen and seventeen at the time of their execution.",
        "Punishments imposed by the rebels included floggings and executions.",
        "In March the insurgents carried out beatings and executions in the town of Rudo.",
    ],
)
def test_probe_statement_tells_no_incident(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, published=_PUBLISHED) == []


def test_probe_bare_number_parts_are_a_breakdown(nlp: Language) -> None:
    text = (
        "On 4 March 2022 the authorities carried out a mass execution of 61 prisoners. "
        "Fifty-two were hanged and nine were shot by a firing squad."
    )
    found = incidents_of(nlp, text, "execution", published=_PUBLISHED)
    assert [i.figure.count for i in found] == [61]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police were using torture on detainees at Kola prison in May 2021.", "torture"),
        ("Guards are using the torture of 14 inmates as a warning to others.", "torture"),
        ("Soldiers killed the reform campaigner Dara Oku in Lupa in 2021.", "killing"),
        ("Guards killed three men who had campaigned for democracy.", "killing"),
        ("The court convicted them on torture-induced confessions.", "torture"),
        ("The minister raised the issue of the killing of Omar Dal in Kivu on 3 May.", "killing"),
        ("Omar Dal was 17 at the time of his arrest in Kivu in May 2019.", "arrest"),
        ("Abuses documented by monitors included arbitrary arrests of 30 students in Gao in May.", "arrest"),
    ],
)
def test_probe_look_alikes_stay(nlp: Language, text: str, kind: str) -> None:
    assert incidents_of(nlp, text, kind, published=_PUBLISHED)


def test_probe_dated_part_is_its_own_event(nlp: Language) -> None:
    text = "Police arrested 50 people in Kivu on Monday. Twelve were arrested in Gao on Tuesday."
    found = incidents_of(nlp, text, "arrest", published=_PUBLISHED)
    assert sorted(i.figure.count or 0 for i in found) == [12, 50]


def test_probe_unplaced_part_of_other_type_stays(nlp: Language) -> None:
    text = "Police arrested 50 people in Kivu on Monday. Twelve were beaten."
    assert incidents_of(nlp, text, "torture", published=_PUBLISHED)
