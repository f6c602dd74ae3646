"""Who claims an incident (round 6, names in full): a body the parser hung on an adjective, a
name a generic body noun introduces where the model reads part of it as a person's, a city the
model tags as an organisation, "the movement" for the one movement the text names, a registry
body written with a longer form, a person in apposition to a title the model did not tag; and
look-alikes that must keep their source. Texts written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import claimant_names, first_incident
from spacy.language import Language

from tallybook.model import Stance

_by = partial(claimant_names, drop_the=True)


@pytest.mark.parametrize(
    "text",
    [
        # guards: where the parser makes the body the subject, its name stays whole
        "Ghana's elite Rapid Deployment Force said Thursday that two suspected robbers were killed "
        'before dawn in a "gunfight" with its officers near the northern town of Bawku.',
        "DAKAR, Senegal (AP) — Senegal's elite Special Intervention Group said Friday that three "
        'suspected smugglers were killed before dawn in a "shootout" with its officers near Kolda.',
    ],
)
def test_a_body_after_a_possessive_and_an_adjective(nlp: Language, text: str) -> None:
    claimant = _by(first_incident(nlp, text, "killing"), Stance.ASSERTS)
    assert claimant in (["Rapid Deployment Force"], ["Special Intervention Group"])


def test_a_name_a_generic_body_noun_introduces_is_whole(nlp: Language) -> None:
    text = (
        "KAMPALA, Uganda (AP) — Soldiers detained a student leader at his home on Monday.\n\n"
        "The Kampala-based rights group Ebi o Tunde Kanmi says at least 14 people have been killed by "
        "soldiers in such operations so far this year. Kampala police declined to comment."
    )
    inc = first_incident(nlp, text, "killing")
    assert _by(inc, Stance.ASSERTS) == ["Ebi o Tunde Kanmi"]


def test_a_capital_the_model_tags_as_a_body_is_no_claimant(nlp: Language) -> None:
    text = (
        "NAIROBI, Kenya (AP) — Police detained a student leader at his home on Monday.\n\n"
        "The Nairobi-based rights group Haki Kwanza Trust says at least 30 people have been killed "
        "by police in such raids this year. Nairobi police declined to comment."
    )
    inc = first_incident(nlp, text, "killing")
    assert "Nairobi" not in _by(inc, Stance.ASSERTS)


def test_the_movement_is_the_movement_the_text_names(nlp: Language) -> None:
    text = (
        "At least three people were killed when police opened fire on a rally in Kalat on Sunday, "
        "the movement said.\n\nThe rally was organised by the Baloch Yakjehti Movement (BYM), which "
        "has campaigned against disappearances in the province."
    )
    inc = first_incident(nlp, text, "killing")
    assert _by(inc, Stance.ASSERTS) == ["Baloch Yakjehti Movement"]


def test_a_described_movement_keeps_its_words(nlp: Language) -> None:
    # "the student movement" says which movement: no named body stands for it
    text = (
        "At least three people were killed when police opened fire on a rally in Kalat on Sunday, "
        "the student movement said.\n\nThe Baloch Yakjehti Movement (BYM) has campaigned against "
        "disappearances in the province."
    )
    inc = first_incident(nlp, text, "killing")
    assert _by(inc, Stance.ASSERTS) != ["Baloch Yakjehti Movement"]


def test_a_registry_body_written_in_a_longer_form(nlp: Language) -> None:
    text = (
        "Border guards shot dead two porters near the village of Nowsud on Tuesday, according to "
        "the Hengaw human rights organization."
    )
    inc = first_incident(nlp, text, "killing")
    assert _by(inc, Stance.ASSERTS) == ["Hengaw human rights organization"]


def test_a_registry_body_written_short_keeps_its_name(nlp: Language) -> None:
    text = "Border guards shot dead two porters near the village of Nowsud on Tuesday, according to Hengaw."
    inc = first_incident(nlp, text, "killing")
    assert _by(inc, Stance.ASSERTS) == ["Hengaw"]


@pytest.mark.parametrize(
    ("text", "kind", "person"),
    [
        (
            "The UN special rapporteur on the situation of human rights in Eritrea, Helga Marjatta "
            "Lund, said that at least 60 people had been arbitrarily detained in Asmara in June.",
            "arrest",
            "Helga Marjatta Lund",
        ),
        (  # a guard: the model reads this name itself
            "The UN independent expert on the situation of human rights in Mali, Aziz Kone Traore, "
            "reported that more than 120 cases of torture had been documented at the Bamako detention "
            "centre between May and June.",
            "torture",
            "Aziz Kone Traore",
        ),
    ],
)
def test_a_person_in_apposition_to_a_title(nlp: Language, text: str, kind: str, person: str) -> None:
    assert _by(first_incident(nlp, text, kind), Stance.ASSERTS) == [person]
