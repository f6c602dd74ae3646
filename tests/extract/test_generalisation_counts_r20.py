"""Victim counts, victim names and people, round 20 (breadth probes).

"On 3 July four students were arrested": the parser folds the day into the noun phrase ("8 May
two men") or hangs the count on the month ("5 September three farmers"); the day is no count and
the count still counts the noun. "Blogger X went missing": the subject of an intransitive verb of
vanishing is the victim. People: a capitalised stop word inside a name after a title or a lower-case
word is a given name ("General Than Naing Oo", "Do Van Hung"); French, Spanish and German courtesy
titles are no part of a name ("Maître X", "Señora Y"); a harm participle set after a name makes it a
person's ("X, sentenced to death in 2021,"). Floggings: whom "a sentence of 74 lashes" is carried out
"against", and who "received ten years' imprisonment and 80 lashes". Texts written for these tests.
"""

from __future__ import annotations

import pytest
from extraction_helpers import first_incident, incident_figure, person_names
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "On 14 March three women, Leyla Aliyeva, Sevda Mammadova and Gunel Hasanova, "
            "were detained in Baku.",
            "arrest",
            3,
        ),
        ("On 3 July four students were arrested by police in Dhaka.", "arrest", 4),
        ("On 30 January 12 protesters were shot dead in Khartoum.", "killing", 12),
        (
            "The group said that on 17 February six activists were abducted in Harare.",
            "enforced_disappearance",
            6,
        ),
        ("On 5 September three farmers were beaten by soldiers in Kasai.", "torture", 3),
        ("On Saturday 9 March 40 people were arrested in Dakar.", "arrest", 40),
        (
            "Activists said that on 22 June two brothers, Omar Haddad and Samir Haddad, were hanged.",
            "execution",
            2,
        ),
    ],
)
def test_a_day_before_the_victims_is_no_count(nlp: Language, text: str, kind: str, count: int) -> None:
    assert incident_figure(nlp, text, kind)[0] == count


@pytest.mark.parametrize(
    ("text", "kind", "want"),
    [
        ("Police arrested four students on 3 July in Dhaka.", "arrest", (4, "exact")),
        (
            "On 11 April two journalists, Aung Kyaw and Zaw Min, were detained in Mandalay.",
            "arrest",
            (2, "exact"),
        ),
        ("On 3 July, police arrested the student leader in Dhaka.", "arrest", (1, "exact")),
        ("Three farmers were beaten by soldiers in Kasai.", "torture", (3, "exact")),
        ("On September 3 farmers were beaten by soldiers in Kasai.", "torture", (None, None)),
    ],
)
def test_look_alikes_of_a_day_before_the_victims(
    nlp: Language, text: str, kind: str, want: tuple[object, object]
) -> None:
    assert incident_figure(nlp, text, kind) == want


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Opposition blogger Andrei Lapko went missing after traffic police stopped his car.",
            "Andrei Lapko",
        ),
        ("Journalist Ko Thet Paing has gone missing since soldiers raided his village.", "Ko Thet Paing"),
        ("Student leader Amina Yusuf had gone missing after the raid.", "Amina Yusuf"),
        ("Lawyer Tamar Bekauri went missing in Tbilisi in June.", "Tamar Bekauri"),
    ],
)
def test_the_subject_of_going_missing_is_the_victim(nlp: Language, text: str, name: str) -> None:
    inc = first_incident(nlp, text, "enforced_disappearance")
    assert inc.victim_names == [name]
    assert (inc.figure.count, inc.figure.qualifier) == (1, "exact")


def test_a_thing_that_went_missing_names_no_victim(nlp: Language) -> None:
    text = "The wedding ring went missing after the raid."
    inc = first_incident(nlp, text, "enforced_disappearance")
    assert (inc.victim_names, inc.figure.count) == ([], None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A military spokesman, Brigadier General Than Naing Oo, told state television the army struck.",
            "Than Naing Oo",
        ),
        ("Police spokesman Than Htike Aung said the detainees were released.", "Than Htike Aung"),
        ("«Nobody was spared,» said Maître Patrice Mulumba, a lawyer for the families.", "Patrice Mulumba"),
        (
            "Their lawyer, Maître Jean-Claude Kabongo, said the men were beaten in custody.",
            "Jean-Claude Kabongo",
        ),
        ("Viktar Skrahin, sentenced to death in 2021, remains on death row.", "Viktar Skrahin"),
    ],
)
def test_names_with_titles_stop_words_and_harm_participles(nlp: Language, text: str, name: str) -> None:
    assert name in person_names(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Señora Carmen Rojas told reporters her husband was detained.", "Carmen Rojas"),
        ("Tsegaye Bekele, arrested in March, has not been charged.", "Tsegaye Bekele"),
    ],
)
def test_names_found_before_stay_found(nlp: Language, text: str, name: str) -> None:
    assert name in person_names(nlp, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Minsk Regional Court, sentenced to closure, was not a court.", "Minsk Regional Court"),
        ("Troops raiding Nwa Lay village, Kani Township, shot dead three farmers.", "Kani Township"),
        ("When Ali Reza Tavakoli was arrested, his family was not told.", "When Ali Reza Tavakoli"),
    ],
)
def test_look_alikes_of_names_stay_as_they_were(nlp: Language, text: str, absent: str) -> None:
    assert absent not in person_names(nlp, text)


def test_a_harm_participle_names_the_sentenced(nlp: Language) -> None:
    text = "Viktar Skrahin, sentenced to death in 2021, remains on death row."
    inc = first_incident(nlp, text, "death_sentence")
    assert inc.victim_names == ["Viktar Skrahin"]
    assert inc.figure.count == 1


@pytest.mark.parametrize(
    ("text", "count", "names"),
    [
        ("A court in Mashhad carried out a sentence of 74 lashes against a young man in public.", 1, []),
        ("Authorities carried out a sentence of 100 lashes against two men in Banda Aceh.", 2, []),
        ("Farid Zarei received ten years' imprisonment and 80 lashes.", 1, ["Farid Zarei"]),
        ("Ahmad Noori received five years in prison and 60 lashes.", 1, ["Ahmad Noori"]),
        ("The blogger Hamid Rezaei received a two-year prison term and 74 lashes.", 1, ["Hamid Rezaei"]),
    ],
)
def test_who_a_flogging_sentence_falls_on(nlp: Language, text: str, count: int, names: list[str]) -> None:
    inc = first_incident(nlp, text, "corporal_punishment")
    assert (inc.figure.count, inc.victim_names) == (count, names)


@pytest.mark.parametrize(
    "text",
    [
        "The court carried out a sentence of 80 lashes in public in Qazvin.",
        "The judge carried out a sentence of 50 lashes against the advice of the doctors.",
        "The court imposed ten years' imprisonment and 80 lashes.",
    ],
)
def test_look_alikes_name_no_flogged_person(nlp: Language, text: str) -> None:
    assert first_incident(nlp, text, "corporal_punishment").figure.count is None
