"""Round 21, incident detection: a body taken from a morgue or hospital by agents is the
confiscation of the dead (other, CONVENTIONS), not an arrest or a disappearance; an arrest named
only in "in custody since his arrest in May 2019", whose own phrase dates it, is an arrest of
its own with that date; a person bound to a thing for hours or days ("had been handcuffed to a
radiator for two days") is torture. Guards: people taken from places stay arrests or disappearances, bodies
taken by relatives are no incident, things taken are none, and a bare "since his arrest" (or one
with only a place) stays background; handcuffed with no spell told, or protesters chaining
themselves, are no torture. "knows someone who has been shot, arrested or disappeared": a clause
said of an unnamed anyone, with no date, tells a kind of fate, no event (a dated one stays)."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types, first_incident
from spacy.language import Language

_BODIES_TAKEN = [
    "The body of Ahmad Karimi was taken from the hospital morgue by soldiers and buried at night.",
    "The corpse of the protester was taken away by soldiers from the hospital.",
    "The bodies of the three men were taken from the mortuary by police on Sunday.",
    "The body of the student was taken from the clinic by intelligence agents before his parents arrived.",
    "In Kassala, the body of Hamid Osman was taken from the city hospital by militiamen on 3 May.",
]


@pytest.mark.parametrize("text", _BODIES_TAKEN)
def test_probe_body_taken_by_agents_is_other(nlp: Language, text: str) -> None:
    kinds = extracted_types(nlp, text)
    assert "other" in kinds
    assert "arrest" not in kinds and "enforced_disappearance" not in kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ahmad Karimi was taken from his home by soldiers on Tuesday.", "arrest"),
        (
            "The student was taken from the hospital by police officers and has not been seen since.",
            "enforced_disappearance",
        ),
        ("Nadia Salem was taken from her office by men in plain clothes.", "enforced_disappearance"),
    ],
)
def test_probe_people_taken_stay(nlp: Language, text: str, kind: str) -> None:
    kinds = extracted_types(nlp, text)
    assert kind in kinds and "other" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Relatives took the body from the morgue for burial.",
        "Water samples were taken from a fish market by inspectors.",
    ],
)
def test_probe_bodies_kin_took_and_things_are_no_incident(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Yousaf Masih had been in custody since his arrest in Gujranwala in May 2019, "
            "after a neighbour accused him of blasphemy.",
            "2019-05",
        ),
        ("Masih had been in custody since his arrest in May 2019.", "2019-05"),
        ("Diaz has been held in El Helicoide since his arrest in Caracas in March 2023.", "2023-03"),
        (
            "Kamel Dahmani had been serving a three-year sentence in Ghardaia prison since his "
            "arrest in October 2022.",
            "2022-10",
        ),
        ("Leila Nouri has been in Evin prison since her arrest on 12 January 2021.", "2021-01-12"),
    ],
)
def test_probe_dated_arrest_since_is_arrest(nlp: Language, text: str, date: str) -> None:
    arrest = first_incident(nlp, text, "arrest")
    assert arrest.date is not None
    assert arrest.date.value == date and arrest.date.end is None


@pytest.mark.parametrize(
    "text",
    [
        "Ortiz has been in prison since his arrest.",
        "Ortiz has been in prison since his arrest in Bogota.",
        "He has lost 20 kilograms since his arrest, his lawyer said.",
        "Executions have risen sharply since 2019, the group said.",
    ],
)
def test_probe_undated_arrest_since_stays_background(nlp: Language, text: str) -> None:
    assert "arrest" not in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "In court he said he had been handcuffed to a radiator for two days without medical care.",
        "He told the judge he had been chained to a bed for a week.",
        "She said she had been handcuffed to a chair for 16 hours without water.",
        "Guards handcuffed him to a radiator for two days.",
        "Police chained the detainee to a metal bed for three days, his lawyer said.",
        "The prisoners were shackled to the wall for several days.",
        "Omar Said was tied to a chair for 20 hours during interrogation.",
    ],
)
def test_probe_bound_for_a_spell_is_torture(nlp: Language, text: str) -> None:
    assert "torture" in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "He was handcuffed to a police officer as he left the court.",
        "The activist chained herself to the railings of parliament for two hours.",
        "Protesters chained themselves to the gates for two days.",
        "The students tied a banner to the fence for a week.",
        "The dog was tied to a tree.",
    ],
)
def test_probe_other_binding_is_no_torture(nlp: Language, text: str) -> None:
    assert "torture" not in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        '"Every family in Iran now knows someone who has been shot, arrested or disappeared," '
        "said Shirin Ebadi.",
        '"Everyone in this town knows someone who has been detained," the priest said.',
        "In Gaza City almost every family knows somebody who has been arrested.",
        "Each of the students we met had a cousin or knew someone who had been abducted.",
        '"All of us know someone who was tortured in that prison," a former inmate said.',
        "Most residents of the district know someone who has been detained by the army.",
    ],
)
def test_probe_unnamed_someone_is_no_event(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"I know someone who was arrested on Monday in Tabriz," she said.',
        "Police arrested someone who had filmed the protest.",
        "Anyone who was detained in May has now been released.",
    ],
)
def test_probe_dated_or_direct_someone_stays(nlp: Language, text: str) -> None:
    assert "arrest" in extracted_types(nlp, text)
