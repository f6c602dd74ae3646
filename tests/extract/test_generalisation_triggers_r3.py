"""Trigger recall: other ways reports phrase disappearances, deaths in custody, torture, killings,
executions and prison terms; and look-alikes that are no violation. Texts written for these tests,
not taken from any evaluation set."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import extracted_types
from spacy.language import Language

_types = partial(extracted_types, published="2024-06-10")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a person vanishes (active, relative clause, passive)
        (
            "Rights groups say 12 teachers who disappeared in Kassala province in May are still missing.",
            "enforced_disappearance",
        ),
        ("The two brothers were disappeared by intelligence agents in 2021.", "enforced_disappearance"),
        # seized from where they sleep or study
        ("Omar Farouk was snatched from his dormitory in Sylhet on 4 April.", "enforced_disappearance"),
        ("The poet was taken away by plainclothes officers on Tuesday evening.", "enforced_disappearance"),
        # an official count of the missing
        (
            "Nearly 4,000 people had been reported missing in the state by the end of March.",
            "enforced_disappearance",
        ),
        (
            "The ombudsman said 2,300 people registered as disappeared remain unaccounted for.",
            "enforced_disappearance",
        ),
        # incommunicado with the victim between the verb and the adverb
        ("Agents held the blogger incommunicado for 19 days.", "enforced_disappearance"),
        (
            "The police held between 50 and 60 students incommunicado for a week in March.",
            "enforced_disappearance",
        ),
        # deaths of detainees; a body found after the person was taken
        (
            "Investigators confirmed the deaths of 14 detainees in the custody of the border police in 2023.",
            "death_in_custody",
        ),
        (
            "The student was found dead on 2 May, a week after he was abducted by soldiers.",
            "death_in_custody",
        ),
        # injuries and traces of ill-treatment told without a death
        (
            "His brother said the teacher came home with several broken ribs after two days at the station.",
            "torture",
        ),
        ("Her lawyer said she bore marks of torture when she appeared in court.", "torture"),
        # killings without a trial or in a staged clash
        (
            "Witnesses said troops summarily executed four farmers in the village of Tanga in March.",
            "killing",
        ),
        ("Eight men died in so-called encounters with the police in Khulna in 2023.", "killing"),
        ("A street vendor was beaten to death by municipal police in Lagos in January.", "killing"),
        # executions told as a penalty carried out
        ("Two prisoners were sent to the gallows in Isfahan on Tuesday.", "execution"),
        (
            "The authorities carried out the death penalty against a Kurdish prisoner in Urmia on Monday.",
            "execution",
        ),
        ("Her death sentence was carried out at dawn on 3 March in Qezel Hesar prison.", "execution"),
        # a prison term (CONVENTIONS: other)
        ("In May a court sentenced the blogger to eight years in prison for a Facebook post.", "other"),
    ],
)
def test_recall_phrasings(nlp: Language, text: str, kind: str) -> None:
    assert kind in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The smile disappeared from her face when the verdict was read.", "enforced_disappearance"),
        ("Several files disappeared from the court archive last year.", "enforced_disappearance"),
        ("The missing documents were found in a drawer in April.", "enforced_disappearance"),
        ("The minister held talks with the families and held a meeting in Quetta.", "enforced_disappearance"),
        ("Officials say many of those reported missing have joined armed groups.", "enforced_disappearance"),
        ("Security services routinely held detainees incommunicado for days.", "enforced_disappearance"),
        ("A hiker was found dead after a storm in the mountains.", "death_in_custody"),
        ("The deaths of three miners in a tunnel collapse shocked the town.", "death_in_custody"),
        ("Interrogators subjected them to beatings and mock executions.", "execution"),
        ("He had a broken arm after falling from a bicycle.", "torture"),
        ("Two detainees died in custody in May; their bodies bore marks of beatings.", "torture"),
        ("A judge convicted the guard of manslaughter. He was sentenced to six years in prison.", "other"),
    ],
)
def test_look_alikes_are_not_these_violations(nlp: Language, text: str, kind: str) -> None:
    assert kind not in _types(nlp, text)


def test_mock_executions_are_torture(nlp: Language) -> None:
    types = _types(nlp, "In March interrogators subjected the two men to beatings and mock executions.")
    assert types == ["torture"]


def test_a_killing_among_the_counted_dead(nlp: Language) -> None:
    text = (
        "The coroner counted 9 dead after the raid on 3 May. Among them, the coroner said, was Ali Musa, "
        "15, who was shot in his family's kitchen."
    )
    assert _types(nlp, text).count("killing") >= 1
