"""Round 26, spurious incidents: words of violence that tell no event of their own.

- A crime the person put to death was charged with, convicted of or accused of, told with a
  gerund of accusing ("after charging him with killing two guards"), is no killing.
- A present-tense ranking, "executes more people per capita than any other country", is no
  execution even when the parser hangs "than" on the verb.
- Bare kinds after an uncounted "in cases of" ("impunity in cases of enforced disappearances and
  torture") name kinds of case, not events.
- A part of a group, "the vast majority of those detained or killed are ...", describes people a
  count told elsewhere holds: no arrest or killing of its own (gold in every set).
- "the rights of those facing the death penalty" deep under a call on States is a kind of people.
- "The number of X shot ... was the largest killed in a single day" ranks a toll told elsewhere.
"""

from __future__ import annotations

import pytest
from extraction_helpers import incidents_of
from spacy.language import Language

_NO_EVENT = [
    (
        "The government has hanged a second dissident in under a week in public on Monday after "
        "charging him with killing two members of the police.",
        "killing",
    ),
    (
        "The state has hanged a second rapper in less than a week in public on Monday after accusing "
        "him of killing two members of the militia.",
        "killing",
    ),
    (
        "The kingdom beheaded a migrant worker in Jeddah on Monday after convicting him of "
        "killing his employer.",
        "killing",
    ),
    (
        "The emirate beheaded a foreign worker in Riyadh on Friday after convicting him of "
        "killing his sponsor.",
        "killing",
    ),
    (
        "He lamented that the kingdom executes more people per capita than any other country in the world.",
        "execution",
    ),
    ("She noted that the state hangs more women per year than any other country in the region.", "execution"),
    ("The rapporteur said the country executes more juveniles per capita than any other state.", "execution"),
    (
        "He regretted that the republic hangs more people per capita than any other state on earth.",
        "execution",
    ),
    (
        "For years we have documented the impunity that prevails in the country in cases of enforced "
        "disappearances, extrajudicial executions and torture.",
        "torture",
    ),
    ("Judges rarely act in cases of torture and arbitrary detention, the lawyers said.", "torture"),
    ("Impunity persists in cases of killings by the police.", "killing"),
    (
        "Prosecutors almost never open files in cases of enforced disappearances or torture.",
        "enforced_disappearance",
    ),
    ("The vast majority of those detained or killed are ordinary people from all provinces.", "killing"),
    ("Most of those detained are ordinary workers from all regions.", "arrest"),
    ("Most of those killed or arrested were students, the group said.", "arrest"),
    ("Many of those arrested are teachers and nurses, the union said.", "arrest"),
    ("Many of those detained were reportedly beaten by police in the station.", "arrest"),
    (
        "“We call on the Republic and all other States that still maintain the death penalty to respect "
        "international standards that provide safeguards to ensure protection of the rights of those "
        "facing the death penalty,” said the spokesperson.",
        "death_sentence",
    ),
    (
        "The group urged governments which still carry out executions to respect norms that guarantee "
        "protection of the rights of those facing the death penalty.",
        "death_sentence",
    ),
    (
        "“We urge the Kingdom and all other States that still retain the death penalty to respect "
        "international norms that provide safeguards to ensure protection of the rights of those facing "
        "the death penalty,” he said.",
        "death_sentence",
    ),
    (
        "We call on the Republic and all States that still use the death penalty to respect standards that "
        "offer safeguards to secure the protection of the rights of those facing the death penalty.",
        "death_sentence",
    ),
    (
        "“The number of villagers shot by the army on that Sunday was the largest killed in a single day "
        "of the uprising,” said the researcher.",
        "killing",
    ),
    (
        "“The number of marchers and onlookers shot by the army on that Sunday was the largest killed in "
        "a single day of the uprising,” said the researcher.",
        "killing",
    ),
    (
        "“The number of farmers and herders shot by soldiers in the valley was the largest killed in any "
        "single raid,” he said.",
        "killing",
    ),
    (
        "“The number of marchers and onlookers shot by the kingdom’s security forces on ‘Black Sunday’ was "
        "the largest killed in a single day during the unrest, but no one responsible has been arrested,” "
        "said the researcher.",
        "killing",
    ),
    (
        "“The number of students and teachers shot by the republic’s police on ‘Red Monday’ was the largest "
        "killed in a single day, but no one responsible has been charged,” said the researcher.",
        "killing",
    ),
    (
        "“The number of pilgrims shot by the guards on that Friday was the largest killed in a single day "
        "of the year,” said the researcher.",
        "killing",
    ),
]


@pytest.mark.parametrize(("text", "kind"), _NO_EVENT)
def test_probe_words_that_tell_no_event(nlp: Language, text: str, kind: str) -> None:
    assert incidents_of(nlp, text, kind) == []


_STILL_EVENTS = [
    ("Soldiers shot dead two men after charging them with theft.", "killing"),
    ("Police detained a journalist after charging him with spreading false news.", "arrest"),
    (
        "Police arrested a lawyer on Monday after accusing him of insulting the leader, "
        "and beat him in the van.",
        "torture",
    ),
    ("The kingdom executed more people in 2023 than in any year before.", "execution"),
    ("The kingdom executed 834 people in 2024, more than any other country.", "execution"),
    ("Police detained more than 40 protesters in Minsk on Sunday.", "arrest"),
    ("In 40 cases of torture documented in March 2023, detainees were beaten by guards.", "torture"),
    ("Police tortured 12 detainees in Evin Prison in May 2023 in cases of alleged theft.", "torture"),
    ("In many cases, detainees were tortured by guards at the station in March 2023.", "torture"),
    ("Many of those detained were reportedly beaten by police in the station.", "torture"),
    ("Police detained 40 protesters on Monday; most of them were students.", "arrest"),
    ("We call on the authorities to release the 64 students detained on 11 May.", "arrest"),
    ("The authorities must release Omid Rahimi, who was detained in Tabriz in May.", "arrest"),
    ("The number of people executed in 2023 was 853, the group said.", "execution"),
    ("The number of protesters killed by police rose to 40 on Friday.", "killing"),
    (
        "Security forces shot dead 12 protesters in Zahedan on Friday, the largest toll of the week.",
        "killing",
    ),
]


@pytest.mark.parametrize(("text", "kind"), _STILL_EVENTS)
def test_probe_look_alikes_stay_events(nlp: Language, text: str, kind: str) -> None:
    assert incidents_of(nlp, text, kind)
