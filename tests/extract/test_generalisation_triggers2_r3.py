"""Trigger recall and typing, second round: soft verbs of dying in custody, executions told as a
hanging, arrests told as sweeps, torture told by its method, withheld bodies, deaths "to death";
and the look-alikes of each. Texts written for these tests, not taken from any evaluation set."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import extracted_types
from spacy.language import Language

_types = partial(extracted_types, published="2024-06-10")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # dying told softly, or in a place of detention named by a compound
        (
            "A trade unionist lost his life while held at a pre-trial detention centre in Gomel last week.",
            "death_in_custody",
        ),
        ("On 5 June, a street vendor died in the lockup of Sadar police station.", "death_in_custody"),
        ("The blogger passed away in detention in March, his lawyer said.", "death_in_custody"),
        ("The farmer succumbed to his injuries in police custody on 2 April.", "death_in_custody"),
        ("A former mayor died on 3 May in the Rodeo detention centre.", "death_in_custody"),
        (
            "His family says the student was tortured to death at the Gulberg police station on Monday.",
            "death_in_custody",
        ),
        # an execution told as a hanging
        ("Human rights groups condemned the hanging of four young men in Tabriz in May.", "execution"),
        ("The mass hanging of 12 prisoners took place at dawn in Karaj on Sunday.", "execution"),
        # arrests told as sweeps
        (
            "Intelligence agents swept up at least 40 members of the Baha'i community in raids on 2 March.",
            "arrest",
        ),
        ("Police hauled in 30 students on Friday after the march.", "arrest"),
        ("Security forces apprehended 14 activists in Kampala on Monday.", "arrest"),
        ("The journalist was thrown in jail in May after criticising the governor.", "arrest"),
        ("Two men were bundled into an unmarked van outside the court on 3 May.", "arrest"),
        # torture told by its method
        ("His lawyer said he was repeatedly suffocated with plastic bags during interrogation.", "torture"),
        ("She told the court she was waterboarded by interrogators in 2021.", "torture"),
        ("Former detainees said guards hung them from the ceiling for hours.", "torture"),
        ("He said he was burned with cigarettes during questioning in March.", "torture"),
        ("The guards pulled out his fingernails, his sister said.", "torture"),
        # a body withheld, told by a negated return
        ("Officials said several bodies have still not been handed over to the families.", "other"),
        # deaths told with "to death" or "lost their lives"
        ("Police officers beat a 30-year-old driver to death in Gedo last week.", "killing"),
        ("Nine people lost their lives during the protests in Lagos in October.", "killing"),
    ],
)
def test_recall_phrasings(nlp: Language, text: str, kind: str) -> None:
    assert kind in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("They kicked the door open and started shooting.", "torture"),
        ("Protesters were hanging banners from the bridge on Friday.", "execution"),
        ("The coroner gave the cause of death as suicide by hanging.", "execution"),
        ("The council swept up the debris after the storm.", "arrest"),
        ("The firm locked up its warehouse for the holiday.", "arrest"),
        ("He lost his job in March after the strike.", "killing"),
        ("He lost his job in March after the strike.", "death_in_custody"),
        ("He died in a traffic accident near the police station.", "death_in_custody"),
        ("The farmer passed away at home in May.", "death_in_custody"),
        ("The minister was suspended from his post in May.", "torture"),
        ("He was picked up on suspicion of stealing a motorcycle.", "enforced_disappearance"),
        ("The bodies were returned to the families on Friday.", "other"),
        (
            "Relatives said they could not learn the whereabouts of family members detained in the region.",
            "enforced_disappearance",
        ),
        # denial of medical care is not typed as torture (CONVENTIONS lists no such rule)
        ("The prisoner was denied medical care for months.", "torture"),
        # a name given to an event, not another event
        ('The envoy described the shooting as "a deliberate massacre of unarmed civilians".', "killing"),
    ],
)
def test_look_alikes_are_not_these_violations(nlp: Language, text: str, kind: str) -> None:
    assert kind not in _types(nlp, text)


def test_age_at_arrest_in_an_execution_lead(nlp: Language) -> None:
    text = (
        "RIYADH, May 2 (Reuters) - Saudi Arabia executed five men on Monday in Tabuk, the state news "
        "agency said, among them a man whom rights groups say was 16 when he was detained."
    )
    assert _types(nlp, text) == ["execution"]


def test_a_detainee_who_died_is_not_a_new_arrest(nlp: Language) -> None:
    text = (
        "Soldiers detained at least 40 people in the village on 2 May. Aung Min, a 35-year-old farmer "
        "detained in the searches, died three days later at the Kyauk interrogation centre."
    )
    types = _types(nlp, text)
    assert types.count("arrest") == 1 and "death_in_custody" in types


def test_beaten_to_death_in_custody_is_a_death_in_custody(nlp: Language) -> None:
    assert _types(nlp, "The driver was beaten to death in police custody in Gedo on 4 May.") == [
        "death_in_custody"
    ]
