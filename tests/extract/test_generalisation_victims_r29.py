"""Round 29, victims: who a harm names and how many.

A subjectless participle after a copula tells what the copula's subject underwent ("A and B are
dead, executed for treason"); a definite count ("the 2,") does not restate a group across a
sentence end; a name closing a one-person apposition ("her son, A,") is not listed with the next
name, which opens a clause of its own; a teller after a comma keeps its courtesy title ("..., Ms. X
said"); a run of proper names in the victim slot is resolved as written, not by its surname alone;
an age before a name makes it a person's; a singular pronoun with no named victim before it stands
for the person an article is about, unless someone else tells the clause."""

from __future__ import annotations

import pytest
from extraction_helpers import extract_one, extracted_roles, incidents_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Now Karim Hosseini and Ali Reza Tabrizi are dead, executed for treason after a closed trial.",
            ["Karim Hosseini", "Ali Reza Tabrizi"],
        ),
        ("Today the poet Jalal Noori is dead, hanged at dawn in Qezelhesar prison.", ["Jalal Noori"]),
    ],
)
def test_probe_participle_after_copula_names_its_subject(nlp: Language, text: str, names: list[str]) -> None:
    found = incidents_of(nlp, text, "execution", required=True)
    assert found[0].victim_names == names
    assert found[0].figure.count == len(names)


def test_probe_participle_after_copula_not_the_free_subject(nlp: Language) -> None:
    text = "Karim Hosseini is free, though his brother Hamid Hosseini was executed in 2019."
    found = incidents_of(nlp, text, "execution", required=True)
    assert "Karim Hosseini" not in found[0].victim_names


def test_probe_definite_count_does_not_cross_a_sentence_end(nlp: Language) -> None:
    text = (
        "Soldiers shot dead Omid Rahimi and Hamid Kazemi last week. Because the army kept the bodies "
        "of the 2, details of the case will remain unknown.\n\n"
        "Foreign ministry spokesman Tom Walker called the killing of the 2 men a crime."
    )
    roles = extracted_roles(nlp, text)
    assert roles.get("Tom Walker") != "victim"
    assert roles.get("Omid Rahimi") == "victim"


def test_probe_definite_count_in_its_own_sentence_still_names(nlp: Language) -> None:
    text = (
        "Soldiers shot dead three farmers near the border last week. The three, Omid Rahimi, "
        "Hamid Kazemi and Ali Sohrabi, were buried on Sunday."
    )
    assert extracted_roles(nlp, text).get("Omid Rahimi") == "victim"


def test_probe_name_after_closed_apposition_is_no_victim(nlp: Language) -> None:
    text = (
        "After police raided the flat and detained her son, Pablo Herrera Soto, Marta Lucia Vega "
        "had no idea where he had been taken."
    )
    doc = extract_one(nlp, text)
    assert {p.name: p.role for p in doc.people}.get("Marta Lucia Vega") != "victim"
    arrests = [i for i in doc.incidents if i.type == "arrest"]
    assert arrests and "Marta Lucia Vega" not in arrests[0].victim_names
    assert arrests[0].figure.count == 1


@pytest.mark.parametrize(
    "text",
    [
        "Police detained her son, Pablo Herrera Soto, and Marta Lucia Vega on Friday.",
        "Police detained two activists, Pablo Herrera Soto, Marta Lucia Vega and Luis Ortiz, on Friday.",
    ],
)
def test_probe_listed_names_after_apposition_stay_victims(nlp: Language, text: str) -> None:
    roles = extracted_roles(nlp, text)
    assert roles.get("Pablo Herrera Soto") == "victim"
    assert roles.get("Marta Lucia Vega") == "victim"


def test_probe_teller_with_courtesy_title_is_no_victim(nlp: Language) -> None:
    text = (
        "Ambassador Linda Okafor read out the statement on Tuesday. The envoys deplored the arrest "
        "of opposition party leaders, Ms. Okafor said."
    )
    assert extracted_roles(nlp, text).get("Linda Okafor") != "victim"


def test_probe_titled_person_after_arrest_of_stays_victim(nlp: Language) -> None:
    text = "Police confirmed the arrest of the opposition leader Ms. Linda Okafor in the capital on Tuesday."
    assert extracted_roles(nlp, text).get("Linda Okafor") == "victim"


def test_probe_aged_name_tagged_as_a_place_is_a_person(nlp: Language) -> None:
    text = "On 15 May, 17-year old El Hussein Salem was jailed in Dakhla after a protest."
    found = incidents_of(nlp, text, "arrest", required=True)
    assert found[0].victim_names == ["El Hussein Salem"]
    assert found[0].figure.count == 1


def test_probe_article_subject_is_the_lone_pronoun_victim(nlp: Language) -> None:
    text = (
        "= Leila Farahani =\n\n"
        'Leila "Lili" Farahani (1955 – 4 May 2005) was an Iranian-British documentary photographer. '
        "She died in Evin prison after guards beat her."
    )
    found = incidents_of(nlp, text, "death_in_custody", required=True)
    assert found[0].victim_names == ["Leila Farahani"]


def test_probe_pronoun_after_a_named_victim_keeps_that_victim(nlp: Language) -> None:
    text = (
        "= Leila Farahani =\n\n"
        "Leila Farahani (1955 – 4 May 2005) was an Iranian-British photographer. Police arrested her "
        "colleague Reza Amini in March 2004. He was beaten in custody."
    )
    found = incidents_of(nlp, text, "torture", required=True)
    assert "Leila Farahani" not in found[0].victim_names


def test_probe_pronoun_told_by_another_is_not_the_article_subject(nlp: Language) -> None:
    text = (
        "= Leila Farahani =\n\n"
        "Leila Farahani (1955 – 4 May 2005) was an Iranian-British photographer. A witness, P7, told "
        "the court he had been beaten in Evin prison."
    )
    for inc in incidents_of(nlp, text, "torture"):
        assert "Leila Farahani" not in inc.victim_names
