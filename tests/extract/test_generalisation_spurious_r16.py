"""Spurious incidents, round 16: a share of an aggregate told before ("More than half of them
were executed for drug offences") is a breakdown of it, not an incident; a speaker's quoted words
that retell an act the narration told, over several short sentences of the quotation, with a name
the text gave before, or with a pronoun for one of a counted group, are a back-reference of that
act; an event someone calls for an inquiry into, with a count of people, is told as a fact; a
definite retelling that names the people of the act just told ("The executions of A and B") is
that act; a compared figure keeps its own qualifier ("compared with around 120 in 2022"). Texts
written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import incidents_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Officials in Varos put at least 410 people to death last year, according to the monitoring "
            "group. More than half of them were executed for drug offences, the group said.",
            "execution",
        ),
        (
            "The government hanged at least 212 prisoners in 2023. More than half were executed for "
            "drug-related crimes.",
            "execution",
        ),
        (
            "Courts in Darel sentenced 64 people to death in 2022. Two-thirds of them were sentenced to "
            "death for smuggling.",
            "death_sentence",
        ),
    ],
)
def test_a_share_of_an_aggregate_is_part_of_it(nlp: Language, text: str, kind: str) -> None:
    assert len(incidents_of(nlp, text, kind)) == 1


def test_a_share_of_a_group_not_counted_before_is_an_event(nlp: Language) -> None:
    text = "Soldiers killed more than half of the men in the village of Marek on Monday."
    assert len(incidents_of(nlp, text, "killing")) == 1


def test_a_share_harmed_otherwise_is_an_incident_of_its_own(nlp: Language) -> None:
    text = (
        "Police detained 40 protesters in Marek on Friday. Half of them were beaten in custody, "
        "their lawyers said."
    )
    assert len(incidents_of(nlp, text, "torture")) == 1
    assert len(incidents_of(nlp, text, "arrest")) == 1


@pytest.mark.parametrize(
    "text",
    [
        (
            "Police in Varos said a 40-year-old mechanic, Tomas Brel, died in custody on Monday. Officers "
            "told his family he had fallen. His sister, who saw the body, said it was bruised. "
            '"Tomas was strong. He worked every day. They killed him in that cell," she said.'
        ),
        (
            "At least 40 civilians were killed in attacks on the town of Marek last week, the office said. "
            "Its spokesperson said many had been shot in their homes. "
            '"Civilians were hunted down. Some were executed after being asked where they came from," '
            "she said."
        ),
    ],
)
def test_quoted_words_that_retell_a_death(nlp: Language, text: str) -> None:
    assert len(incidents_of(nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        (
            "Karim Nasser, 31, was hanged in Varos prison on Monday, the judiciary said. Rights groups "
            "said his conviction rested on a confession obtained after weeks of beatings. "
            '"Karim was tortured until he signed whatever they wanted," the group said.'
        ),
        (
            "Police detained about 30 people at the rally on Friday. Their lawyer said at least four of "
            'those held were beaten with batons at the station. "One of my clients cannot walk. They '
            'beat him until he fainted," she said.'
        ),
    ],
)
def test_quoted_words_that_retell_a_beating(nlp: Language, text: str) -> None:
    assert len(incidents_of(nlp, text, "torture")) == 1


def test_quoted_words_that_tell_a_further_killing(nlp: Language) -> None:
    text = (
        "Soldiers shot dead four farmers in Marek on Sunday, residents said. "
        '"They also killed my cousin, Idris Kanu, in the next village," said a local elder.'
    )
    assert len(incidents_of(nlp, text, "killing")) == 2


def test_quoted_words_that_name_someone_new(nlp: Language) -> None:
    text = (
        "Rights groups said detainees at the Varos police station were beaten for days. "
        '"Omar Selim was tortured until he fainted," the group said.'
    )
    assert len(incidents_of(nlp, text, "torture")) == 2


@pytest.mark.parametrize(
    "text",
    [
        (
            "The UN office called for a prompt and independent investigation into the killing of at "
            "least 60 civilians in two villages in northern Varos in March."
        ),
        (
            "Authorities in Varos must urgently open an independent investigation into the killing of at "
            "least 23 villagers in Marek on 4 May, the group said today."
        ),
    ],
)
def test_a_counted_event_an_inquiry_is_sought_into(nlp: Language, text: str) -> None:
    assert len(incidents_of(nlp, text, "killing")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The group called for an independent investigation into the killing of protesters.",
        '"The authorities must open a prompt, independent investigation into the killings of 12 August," '
        "he said.",
        "The office on Friday called for a prompt investigation into the killing of at least 60 civilians "
        "in two villages in March.",
    ],
)
def test_an_inquiry_sought_into_an_uncounted_or_misdated_event(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "killing") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A court in Varos on Thursday sentenced two men to death over an attack on a police post, "
            "their lawyers said. The two men sentenced to death, identified by their lawyer as Karim "
            "Haddad, 29, and Omar Selim, 31, had been accused of planting a bomb in 2021.",
            "death_sentence",
        ),
        (
            "Varos on Monday hanged two men convicted of killing a guard. The executions of Tomas Brel, "
            "29, and Idris Kanu, 31, were announced by the state news agency, which said the sentences "
            "had been upheld last year.",
            "execution",
        ),
    ],
)
def test_a_definite_retelling_that_names_the_people_told(nlp: Language, text: str, kind: str) -> None:
    found = incidents_of(nlp, text, kind)
    assert len(found) == 1
    assert len(found[0].victim_names) == 2


def test_other_people_named_after_an_act_are_another_act(nlp: Language) -> None:
    text = (
        "Two men were hanged in Varos prison on Monday. Two other men, Tomas Brel and Idris Kanu, "
        "were hanged in Marek on Tuesday."
    )
    assert len(incidents_of(nlp, text, "execution")) == 2


@pytest.mark.parametrize(
    ("text", "kind", "figure"),
    [
        (
            "Officials in Varos executed at least 180 people in the first six months of this year, "
            "compared with around 120 over the same period in 2022, the group said.",
            "execution",
            (120, "about"),
        ),
        (
            "Police in Marek detained 75 activists this year, compared with some 90 in the whole of 2023.",
            "arrest",
            (90, "about"),
        ),
    ],
)
def test_a_compared_figure_with_its_own_qualifier(
    nlp: Language, text: str, kind: str, figure: tuple[int, str]
) -> None:
    found = incidents_of(nlp, text, kind)
    assert len(found) == 2
    assert (found[1].figure.count, found[1].figure.qualifier) == figure
