"""Round 18 listed mechanisms:

- the suppression, repression or dispersal of a protest that "claimed the lives of" people is a
  killing, like "the crackdown" (not an outbreak or a flood);
- a person "found unconscious/unresponsive" in a cell whose conjoined verb tells the death
  ("and pronounced dead at hospital", "and died") died in custody (not one found unconscious who
  recovered);
- a past act between two bare plurals ("police beat protesters") is an event, not talk of a
  practice, when witnesses tell it or it is set at one definite scene ("during the raid");
- a verb conjoined to an accusing verb ("accused him of spying and shot him dead") tells an act of
  its own, not the crime accused of (a gerund does: "accused of kidnapping and killing a guard");
- state agents found guilty of murder "over the killing of" a named person: the killing is the
  violation, the murder only the charge (not a private person convicted over a killing);
- an arrest on charges of an ordinary crime that the text itself calls fabricated or denied is
  not the arrest of a criminal suspect;
- "at the beginning of May" is the month, not the modal verb;
- a name set after the clause that tells the harm and followed by "said" ("Police detained two
  activists, X said") or after "said" is the teller, not a victim;
- the first, dated telling of a death that names the victim is the evidence over a retelling in
  the next sentence told of "he" by named witnesses.
"""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates, evidence, extract_one, incidents_of
from spacy.language import Language

# --- violent suppression claimed the lives ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The violent suppression of the March demonstrations in Kassala claimed the lives of at least "
            "48 people, the committee said.",
            48,
        ),
        ("The brutal repression of the rally in Mandalay claimed the lives of 31 people.", 31),
        (
            "The dispersal of the sit-in outside the ministry claimed the lives of 14 protesters, "
            "medics said.",
            14,
        ),
    ],
)
def test_suppression_claimed_lives(nlp: Language, text: str, count: int) -> None:
    found = incidents_of(nlp, text, "killing", required=True)
    assert count in [i.figure.count for i in found]


@pytest.mark.parametrize(
    "text",
    [
        "The cholera outbreak in the camp claimed the lives of 40 children last year.",
        "The floods in the southern provinces claimed the lives of 120 people.",
    ],
)
def test_no_killing_without_violence(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "killing") == []


# --- found unconscious and pronounced dead --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Khalid Mansour, 29, was found unconscious in his cell at Tora prison on Sunday and pronounced "
        "dead at hospital.",
        "The detainee was found unresponsive in a police holding cell in Durban and was declared dead on "
        "arrival at the clinic.",
        "Nguyen Van Hai was found unconscious in his cell at the Chi Hoa detention centre and died two "
        "days later.",
    ],
)
def test_found_unconscious_then_dead(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "death_in_custody")


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez was found unconscious at her home on Sunday and taken to hospital, where she recovered.",
        "A prisoner was found unconscious in his cell on Friday and is in a stable condition in hospital.",
        "The guard was found unconscious in the prison yard and pronounced fit to work a week later.",
    ],
)
def test_found_unconscious_survived(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "death_in_custody") == []


# --- witnessed beatings between bare plurals ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Residents told the commission that security forces beat villagers with rifle butts during the raid.",
        "Witnesses said police beat participants with batons.",
        "Soldiers beat worshippers outside the mosque, according to a local imam.",
    ],
)
def test_witnessed_beatings(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "torture")


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups reported that police tortured detainees.",
        "Rights groups say police beat detainees during interrogations.",
    ],
)
def test_practice_of_beating(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "torture") == []


# --- accused, then shot ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Federal troops dragged Abebe Tesfaye from his home, accused him of supporting the rebels, and "
        "shot him dead in front of his children.",
        "Soldiers accused the farmer of hiding weapons and shot him dead on the spot.",
        "The man was accused of spying for the insurgents and shot dead by soldiers.",
    ],
)
def test_accused_then_shot(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "killing")


@pytest.mark.parametrize(
    "text",
    [
        "The man was accused of shooting dead a police officer in March.",
        "He was accused of kidnapping and killing a guard.",
    ],
)
def test_accused_of_killing(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "killing") == []


# --- agents convicted over a killing -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A court in Manila found three police officers guilty of murder over the killing of 19-year-old "
        "student Jose Reyes during a raid in 2019.",
        "A court found the officer guilty of homicide for the killing of street vendor Luis Paredes in 2020.",
        "Two police officers were convicted of murder over the killing of a taxi driver in Nairobi.",
    ],
)
def test_agents_convicted_over_killing(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "killing")


@pytest.mark.parametrize(
    "text",
    [
        "The court convicted Musa Bello of murder over the killing of his neighbour in 2019.",
        "A court in Lagos found the trader guilty of murder and sentenced him to life imprisonment.",
    ],
)
def test_private_convicted_over_killing(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "killing") == []


# --- charges the text disputes ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested three editors of the newspaper on charges of fraud. The editors deny the "
        "charges, which rights groups call politically motivated.",
        "Security services detained five staff members of the radio station on charges of smuggling; "
        "the station said the case was fabricated.",
        "Police detained four reporters of the channel on trumped-up charges of drug trafficking.",
    ],
)
def test_disputed_charges_arrest(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "arrest")


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested three men on charges of fraud after a bank complained of forged cheques.",
        "Police arrested two men for fraud after they used false documents to open accounts.",
    ],
)
def test_undisputed_charges(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "arrest") == []


# --- the beginning of May -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "At the beginning of May, police arrested 40 teachers in Harare.",
        "Police arrested 40 nurses in Bulawayo at the end of May.",
    ],
)
def test_part_of_may(nlp: Language, text: str) -> None:
    assert event_dates(nlp, text, "arrest") == ["2024-05"]


def test_may_modal_not_month(nlp: Language) -> None:
    text = "Police arrested 40 teachers in Harare on 3 June; the authorities may hold them for a month."
    assert event_dates(nlp, text, "arrest") == ["2024-06-03"]


# --- the teller after the clause --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Security forces arrested 12 protesters near the university, Fatima Al-Sayed said.",
            "Fatima Al-Sayed",
        ),
        (
            "Three journalists were detained at the border, said Sergei Ivanov, a lawyer for the group.",
            "Sergei Ivanov",
        ),
        (
            "Soldiers detained two herders near the river, Chinedu Okafor, a village elder, told reporters.",
            "Chinedu Okafor",
        ),
    ],
)
def test_teller_after_harm(nlp: Language, text: str, name: str) -> None:
    roles = {p.name: p.role for p in extract_one(nlp, text).people}
    assert roles.get(name) != "victim"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police detained the activist Reza Mohammadi in Tabriz on Monday, his wife said.", "Reza Mohammadi"),
        ("Police arrested a student, Ali Rezaei, on Monday, his lawyer said.", "Ali Rezaei"),
    ],
)
def test_victim_before_teller(nlp: Language, text: str, name: str) -> None:
    roles = {p.name: p.role for p in extract_one(nlp, text).people}
    assert roles.get(name) == "victim"


# --- the first, dated telling -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "Security forces committed several unlawful killings. On May 9, Interior Ministry officers in "
            "Kandahar shot and killed student activist Gul Ahmad Zazai; police described the incident as an "
            "exchange of fire. His family and witnesses stated he was taken off a bus and killed while "
            "handcuffed.",
            "On May 9",
        ),
        (
            "Rights groups documented new abuses. On 12 October, soldiers in Kidal shot dead the herder "
            "Moussa Ag Alhassane; the army described him as a rebel fighter. His brother and two "
            "neighbours said he was pulled from a minibus and killed with his hands tied.",
            "On 12 October",
        ),
    ],
)
def test_first_dated_telling_is_evidence(nlp: Language, text: str, opening: str) -> None:
    found = [i for i in incidents_of(nlp, text, "killing") if i.figure.count == 1]
    assert found
    assert evidence(text, found[0]).startswith(opening)


# --- a beating in police custody takes the month of the named person's arrest ----------------------


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "In March, police in Almaty detained the blogger Daniyar Seitkali at his home.\n\n"
            "According to his lawyer, Seitkali was beaten during his first night at the police station.",
            "2024-03",
        ),
        (
            "On 2 February, officers in Lahore arrested the poet Ahmad Farooq Rana outside a mosque.\n\n"
            "The poet later told a court that officers beat Rana at the police station and threatened "
            "his family.",
            "2024-02",
        ),
    ],
)
def test_police_custody_beating_month(nlp: Language, text: str, month: str) -> None:
    assert event_dates(nlp, text, "torture") == [month]


@pytest.mark.parametrize(
    "text",
    [
        # a later custody, in a penal colony
        "In March, police in Almaty detained the blogger Daniyar Seitkali at his home.\n\n"
        "According to his lawyer, Seitkali was beaten by guards in the penal colony last week.",
        # another person
        "In March, police in Almaty detained the blogger Daniyar Seitkali at his home.\n\n"
        "Another activist, Aigerim Nurlanova, was beaten at a police station in Shymkent.",
    ],
)
def test_no_police_custody_month(nlp: Language, text: str) -> None:
    assert "2024-03" not in event_dates(nlp, text, "torture")
