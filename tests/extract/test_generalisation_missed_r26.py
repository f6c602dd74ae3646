"""Round 26, missed incidents: events the extractor told as part of another or not at all.

- Named victims listed each at a prison of their own ("A in X prison, B in Y prison ... were
  hanged") are one incident per name (CONVENTIONS: different occasions), with "A in X prison" as
  evidence. Guards: names without a place, one shared place, or a time after the name.
- A sentence that opens on a place of its own ("In B, a civilian was shot dead") tells another
  scene than the lone unnamed victim before it. Guards: the same place, a named victim, no opener.
- A total told "so far" is its own aggregate, not a rival figure for the day's event. Guards: a
  total with no running cue, or a cue in both.
- "The execution of X ... is an affront" is a verdict: the body sentence that tells the act is the
  evidence. Guards: a nominal subject of a verb that tells the act, a lone verdict sentence.
- A counted group that "remains disappeared" is a stock of the disappeared. Guards: things, an
  uncounted "the rest".
- A toll "in which" a police or army operation killed people, "including a police officer", is the
  operation's killing. Guards: rebels' attacks, clashes, no operation.
- "The killing of X ... in the custody of" is a death in custody. Guards: custody after a comma or
  "after", no custody.
- A bare "another" subject is one person ("while another was killed in B"). Guards: counted.
- Counted deaths beside counted arrests ("acknowledged 212 deaths and 4,000 arrests") tell a
  crackdown's killings. Guards: deaths of disease or roads, deaths without arrests.
"""

from __future__ import annotations

import pytest
from extraction_helpers import evidence, incident_figure, incidents_of
from spacy.language import Language

# --- names listed each at a place of their own ----------------------------------------------------

_LISTED = [
    (
        "During this period at least four prisoners were executed in prisons of the province. They "
        "were identified as: Aso Karimi in Tabriz prison, Reza Nouri in Sanandaj prison, Omid Bahrami "
        "in Mahabad prison and Kaveh Jalali in Tabriz prison were executed by hanging.",
        4,
    ),
    (
        "At least three juvenile offenders were executed in western prisons. They were identified as: "
        "Ali Bakhshi in Kermanshah prison, Hassan Rezaei in Ilam prison and Yousef Tahmasbi in Urmia "
        "prison were executed.",
        3,
    ),
    (
        "At least four Baluch prisoners were executed in eastern prisons. They were identified as: "
        "Abdolrahman Narouei in Zahedan prison, Hamid Shahbakhsh in Birjand prison, Mansour Rigi in "
        "Mashhad prison and Javad Dehvari in Zahedan prison were executed.",
        4,
    ),
    (
        "The monitors named them as: Nima Sharifi in Arak prison, Behrouz Azadi in Urmia prison and "
        "Saman Kiani in Isfahan prison were executed in May.",
        3,
    ),
]


@pytest.mark.parametrize(("text", "count"), _LISTED)
def test_probe_names_listed_at_own_places_split(nlp: Language, text: str, count: int) -> None:
    found = [i for i in incidents_of(nlp, text, "execution") if len(i.victim_names) == 1]
    assert len(found) == count
    for incident in found:
        assert evidence(text, incident).startswith(incident.victim_names[0])
        assert incident.figure.count == 1


@pytest.mark.parametrize(
    "text",
    [
        "Karim Saberi, Nader Fallahi and Arash Kamali were hanged in Qezelhesar prison on Monday.",
        "They were identified as: Kamal Rostami in Evin prison and Peyman Jafari in Evin prison were hanged.",
        "They were identified as: Dara Ahmadi in May and Sina Rostami in June were hanged in Qom prison.",
    ],
)
def test_probe_names_without_own_places_stay_one(nlp: Language, text: str) -> None:
    found = incidents_of(nlp, text, "execution")
    assert len(found) == 1
    assert len(evidence(text, found[0])) == len(text)


# --- a sentence that opens on another place ------------------------------------------------------

_SCENES = [
    "In Sagaing, 12 people were killed by the troops. In Magway, a student was shot dead with a "
    "bullet in his head. In Dawei, a farmer was shot dead in his back while two others were wounded.",
    "Soldiers opened fire in several towns on Sunday. In Monywa, a teacher was shot dead in the "
    "street. In Pakokku, a nurse was shot dead outside the clinic.",
    "Police fired on marchers across the region. In Kasese, a boy was killed by a stray bullet. "
    "In Fort Portal, a trader was killed near the market.",
    "Troops raided villages on Friday. In Hakha, a pastor was shot dead by soldiers. In Falam, "
    "a farmer was shot dead by soldiers as he fled.",
]


@pytest.mark.parametrize("text", _SCENES)
def test_probe_place_by_place_deaths_stay_apart(nlp: Language, text: str) -> None:
    last_scene = "In " + text.rsplit("In ", 1)[1].split(",")[0]
    found = incidents_of(nlp, text, "killing")
    assert any(evidence(text, i).startswith(last_scene) for i in found)


@pytest.mark.parametrize(
    "text",
    [
        "In Monywa, a teacher was shot dead in the street. In Monywa, the teacher was killed by police.",
        "A student was shot dead in Magway on Sunday. Soldiers shot him dead with a bullet in his head.",
        "In Magway, a student was shot dead on Sunday. He was killed by a sniper, witnesses said.",
    ],
)
def test_probe_same_scene_or_no_opener_stays_one(nlp: Language, text: str) -> None:
    assert len(incidents_of(nlp, text, "killing")) == 1


# --- a running total beside the day's figure -----------------------------------------------------

_TOTALS = [
    (
        "At least 38 more protesters have been killed by soldiers on Sunday, according to the Relief "
        "Network. As per the figures of the Relief Network, at least 126 people have been killed so far.",
        126,
    ),
    (
        "At least 20 demonstrators were killed by troops on Sunday, according to the Relief Network. "
        "As per the figures of the Relief Network, at least 74 people have been killed so far.",
        74,
    ),
    (
        "Troops killed nine villagers on Tuesday, the Valley Rights Group said. According to a tally "
        "by the group's researchers, at least 31 people have been killed by troops so far.",
        31,
    ),
    (
        "Police killed 14 protesters on Monday, Amnesty International said. According to its records, "
        "at least 40 protesters have been killed to date.",
        40,
    ),
]


@pytest.mark.parametrize(("text", "total"), _TOTALS)
def test_probe_running_total_is_its_own_aggregate(nlp: Language, text: str, total: int) -> None:
    assert total in [i.figure.count for i in incidents_of(nlp, text, "killing")]


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        (
            "At least 38 protesters have been killed by soldiers on Sunday, according to the Relief "
            "Network. The army said that 30 people had been killed.",
            30,
        ),
        (
            "Police killed 14 protesters on Monday, the Lawyers' Forum said. The ministry said that "
            "11 people had died.",
            11,
        ),
        (
            "At least 40 protesters have been killed so far, the Relief Network said. The army said "
            "so far only 30 people had been killed.",
            30,
        ),
    ],
)
def test_probe_rival_without_running_cue_stays_rival(nlp: Language, text: str, rival: int) -> None:
    assert rival not in [i.figure.count for i in incidents_of(nlp, text, "killing")]


# --- a verdict on the act is not its evidence ----------------------------------------------------

_VERDICTS = [
    (
        "The hanging of Sahar Moradi is a disgrace, said Human Rights Watch today.\n\n"
        "Sahar Moradi was hanged in Qom prison at dawn.",
        "Sahar Moradi was hanged",
    ),
    (
        "The execution of Nasser Fathi is an outrage, said Human Rights Watch today.\n\n"
        "Nasser Fathi was executed in Ghezel Hesar prison at dawn.",
        "Nasser Fathi was executed",
    ),
    (
        "The hanging of student Mehdi Javan was a grave injustice, said Amnesty International today.\n\n"
        "Mehdi Javan was hanged in Rajaei Shahr prison at dawn.",
        "Mehdi Javan was hanged",
    ),
    (
        "The hanging of Yasin Karimi is an affront to justice, Human Rights Watch said today.\n\n"
        "Yasin Karimi was executed in Vakilabad prison at dawn.",
        "Yasin Karimi was executed",
    ),
]


@pytest.mark.parametrize(("text", "told"), _VERDICTS)
def test_probe_body_telling_over_verdict(nlp: Language, text: str, told: str) -> None:
    found = incidents_of(nlp, text, "execution", required=True)
    assert any(evidence(text, i).startswith(told) for i in found)


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "The execution of Arman Delavar is an affront to justice, said Rights Watch today.",
            "The execution",
        ),
        ("The execution of Arman Delavar took place in Shiraz prison this morning.", "The execution"),
        ("The hanging of Sahar Moradi happened at dawn in Qom prison, her lawyer said.", "The hanging"),
    ],
)
def test_probe_lone_nominal_keeps_its_evidence(nlp: Language, text: str, opening: str) -> None:
    found = incidents_of(nlp, text, "execution", required=True)
    assert evidence(text, found[0]).startswith(opening)


# --- a counted group that remains disappeared ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In early May, police clashed with villagers in the town. Since then, 12 teachers from the "
        "village school remain disappeared.",
        "Soldiers stormed the campus in March. Since then, 30 students remain disappeared.",
        "Twelve men from the village remain disappeared after the army operation in March.",
        "After the sweep by soldiers, 40 young men remained disappeared, according to the commission.",
    ],
)
def test_probe_counted_group_remains_disappeared(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "enforced_disappearance")


@pytest.mark.parametrize(
    "text",
    [
        "The old manuscripts remain disappeared from the archive.",
        "The rest remain disappeared, officials said.",
        "Since the fire, the 12 paintings remain disappeared from the museum.",
    ],
)
def test_probe_things_or_uncounted_remain_disappeared(nlp: Language, text: str) -> None:
    assert not incidents_of(nlp, text, "enforced_disappearance")


# --- the toll of a state operation that names an officer among the dead ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The army launched a military operation in the hills on Monday, during which 30 were "
        "reportedly killed, including two soldiers.",
        "The UN called for an inquiry into a major police operation in the slum, in which at least "
        "25 were reportedly killed, including a police officer.",
        "The UN condemned a police operation in the township, in which at least 8 were killed, "
        "including a police officer.",
        "Local media reported on a military operation in the valley, during which at least 20 were "
        "killed, including an army officer.",
    ],
)
def test_probe_state_operation_toll_is_killing(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "killing")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked a police post in the valley, in which at least 9 people were killed, "
        "including a police officer.",
        "Clashes broke out between protesters and police, in which 12 people died, including two "
        "police officers.",
        "Gunmen stormed the market, in which at least 9 people were killed, including a police officer.",
    ],
)
def test_probe_toll_of_clashes_stays_out(nlp: Language, text: str) -> None:
    assert not incidents_of(nlp, text, "killing")


# --- "the killing of X ... in custody" --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Protests spread after the killing of 19-year-old student Dara Kamali on 3 May in the "
        "custody of the border police.",
        "The killing of activist Lina Haddad in police custody last week sparked riots in the capital.",
        "Crowds marched after the killing of young farmer Omar Sayed in custody on Friday.",
        "The killing of the blogger Reza Tavana in the custody of the intelligence police was condemned.",
    ],
)
def test_probe_killing_in_custody_is_custody_death(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "death_in_custody")


@pytest.mark.parametrize(
    "text",
    [
        "The killing of journalist Sami Nour on 3 May, days after his release from custody, shocked "
        "the town.",
        "The killing of protester Adel Fares by soldiers on Monday was condemned by the union.",
        "The killing of the banker, who had been taken into custody, was reported on Monday.",
    ],
)
def test_probe_killing_outside_custody_stays_killing(nlp: Language, text: str) -> None:
    assert not incidents_of(nlp, text, "death_in_custody")


# --- a bare "another" is one person ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Seven killed in the Tala district, east of the capital, sources said, while another was "
        "killed in Dakhla, a province in the south.",
        "Police shot dead five protesters in Kisumu, while another was killed in Migori.",
        "Nine were killed by troops in Mopti, and another was killed by troops in Segou.",
        "Soldiers shot dead four men in the square; another was killed by soldiers near the bridge.",
    ],
)
def test_probe_bare_another_is_one_more(nlp: Language, text: str) -> None:
    assert (1, "exact") in [(i.figure.count, i.figure.qualifier) for i in incidents_of(nlp, text, "killing")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police shot dead five protesters on Monday. Another 12 were killed on Tuesday.", 12),
        ("Troops killed nine villagers; another three were killed by soldiers in Segou.", 3),
        ("Another 40 people were arrested by police in the capital on Friday.", 40),
    ],
)
def test_probe_counted_another_keeps_count(nlp: Language, text: str, count: int) -> None:
    counts = [i.figure.count for i in incidents_of(nlp, text)]
    assert count in counts
    assert 1 not in counts


# --- counted deaths beside counted arrests -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The interior ministry has acknowledged 212 deaths and some 4,000 arrests since the unrest "
            "began.",
            212,
        ),
        ("Officials confirmed 57 deaths and 900 arrests in the capital after the rally.", 57),
        ("The authorities have admitted 31 deaths and 1,200 arrests during the protests.", 31),
        ("The government acknowledged 3,400 deaths and about 20,000 arrests over the uprising.", 3400),
    ],
)
def test_probe_deaths_beside_arrests_are_killings(nlp: Language, text: str, count: int) -> None:
    assert incident_figure(nlp, text, "killing")[0] == count


@pytest.mark.parametrize(
    "text",
    [
        "The health ministry has acknowledged 212 deaths from cholera since January.",
        "The agency reported 40 deaths and 300 injuries on the roads over the holiday.",
        "Officials confirmed 57 deaths in the floods that hit the capital.",
    ],
)
def test_probe_deaths_without_arrests_stay_out(nlp: Language, text: str) -> None:
    assert not incidents_of(nlp, text, "killing")
