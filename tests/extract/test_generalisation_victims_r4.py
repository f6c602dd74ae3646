"""Round 4 victims, counts, named people and places: places are not people ("a driver from X",
"their home in X", a dateline); the words that make a listed or later-named person a victim
("and his uncle B", "was among those killed", "opened fire on X", "identified only as X"); a
relative who speaks is a witness; counts of "a woman and her two daughters", list items dated
before a dash, "four deaths in custody"; the most specific place as written ("the town of X",
"X village", "X police station", a court's seat) and names that place no scene ("London-based",
"in Geneva", "north of Y", "the Supreme State Security Prosecution"). Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, extracted_roles, first_incident
from spacy.language import Language

_of_type = partial(first_incident, publisher=LEDGER)
_roles = partial(extracted_roles, publisher=LEDGER)


# --- places are not people ---------------------------------------------------------------------


def test_a_place_of_origin_is_no_victim(nlp: Language) -> None:
    text = (
        "Among those executed was Karim Hadad, 51, a taxi driver from Deir al-Moussa, who was "
        "arrested at a checkpoint in May 2016."
    )
    execution = _of_type(nlp, text, "execution")
    assert execution.victim_names == ["Karim Hadad"] and execution.figure.count == 1
    assert "Deir al-Moussa" not in _roles(nlp, text)
    assert _of_type(nlp, text, "arrest").victim_names == ["Karim Hadad"]


def test_a_dateline_is_neither_victim_nor_count(nlp: Language) -> None:
    text = "Talbeh Kosh, Aceh – Four people were caned outside the Al-Noor mosque in Talbeh Kosh on Friday."
    caning = _of_type(nlp, text, "corporal_punishment")
    assert caning.figure.count == 4 and caning.victim_names == []
    assert caning.place == "Al-Noor mosque"


def test_a_name_only_after_in_is_a_place(nlp: Language) -> None:
    text = (
        "Police officers shot dead a farmer inside his home in Tan Phuoc on Friday. Residents in "
        "Tan Phuoc said the family had fled."
    )
    assert "Tan Phuoc" not in _roles(nlp, text)
    assert _of_type(nlp, text, "killing").place == "Tan Phuoc"


# --- who is a victim ---------------------------------------------------------------------------


def test_a_listed_person_with_a_description_shares_the_role(nlp: Language) -> None:
    roles = _roles(
        nlp, "The dead included a 12-year-old girl, Samira Bahrami, and a retired nurse, Lale Tunca."
    )
    assert roles.get("Lale Tunca") == "victim"


def test_a_relative_listed_after_a_victim_is_one(nlp: Language) -> None:
    text = (
        "A military court handed a death sentence to each of the nine men, among them farmer Osman "
        "Kaya and his 20-year-old son Emre Kaya."
    )
    roles = _roles(nlp, text)
    assert roles.get("Osman Kaya") == roles.get("Emre Kaya") == "victim"


def test_fire_opened_on_named_people(nlp: Language) -> None:
    text = (
        "Police opened fire on Dario Reyes, 19, and his cousin Luis Reyes outside their home, killing both."
    )
    roles = _roles(nlp, text)
    assert roles.get("Dario Reyes") == roles.get("Luis Reyes") == "victim"


def test_among_those_killed_and_the_possessor_who_speaks(nlp: Language) -> None:
    text = (
        '"He never came back," said Rosa Delgado, whose son, Mateo Delgado, 23, was among those '
        "killed in the raid on Tuesday."
    )
    roles = _roles(nlp, text)
    assert roles.get("Mateo Delgado") == "victim" and roles.get("Rosa Delgado") != "victim"


def test_named_later_as_two_of_them(nlp: Language) -> None:
    text = (
        "On 4 May soldiers raiding Pyin Oo village shot dead four men. Villagers named two of them "
        "as U Kyaw Min, 58, and Ko Thet Naing, 31."
    )
    roles = _roles(nlp, text)
    assert roles.get("U Kyaw Min") == roles.get("Ko Thet Naing") == "victim"


def test_an_execution_with_a_time_phrase_before_of(nlp: Language) -> None:
    text = (
        "UNAMA said it had documented the public execution last month of a man convicted of theft, "
        "Gul Ahmad Zazai, in a stadium in Herat."
    )
    assert _roles(nlp, text).get("Gul Ahmad Zazai") == "victim"


def test_a_person_identified_only_by_one_name(nlp: Language) -> None:
    text = (
        "A prisoner identified only as Kamran, 52, reportedly died in Vakil Central Prison on 12 "
        "January after guards withheld his heart medication."
    )
    assert _roles(nlp, text).get("Kamran") == "victim"
    assert _of_type(nlp, text, "death_in_custody").victim_names == ["Kamran"]


def test_a_relative_who_speaks_is_no_victim(nlp: Language) -> None:
    text = (
        "Journalist Omar Farid was arrested on Monday, and his brother Sami Farid said he had not "
        "been told why."
    )
    roles = _roles(nlp, text)
    assert roles.get("Omar Farid") == "victim" and roles.get("Sami Farid") != "victim"
    # a former detainee who speaks is still one
    text = (
        "In March former detainee Gulnar Aydin told a hearing that guards had beaten her with batons in 2019."
    )
    assert _roles(nlp, text).get("Gulnar Aydin") == "victim"


# --- counts ------------------------------------------------------------------------------------


def test_a_woman_and_her_two_daughters_are_three(nlp: Language) -> None:
    text = (
        "Artillery shells hit a displacement camp near Hpa Lan on 17 May, killing a woman and her "
        "two daughters."
    )
    assert _of_type(nlp, text, "killing").figure.count == 3


def test_a_list_item_date_is_no_count(nlp: Language) -> None:
    text = (
        "Yangon Region\n"
        "• 21 Oct – Ko Min Thu, 34, a former student leader, died in Insein Prison. Officials cited "
        "a heart condition.\n"
        "• 5 Oct – Nurse Ma Thida Win, 27, was arrested at her home in Hlaing Township."
    )
    assert _of_type(nlp, text, "death_in_custody").figure.count == 1
    assert _of_type(nlp, text, "arrest").figure.count == 1


def test_deaths_in_custody_count_themselves(nlp: Language) -> None:
    text = (
        "In May, the monitor documented at least 40 civilians killed by soldiers, 150 arbitrary "
        "arrests and three deaths in custody in nine regions."
    )
    assert _of_type(nlp, text, "death_in_custody").figure.count == 3


# --- places ------------------------------------------------------------------------------------


def test_the_town_of_x_beats_the_region_around_it(nlp: Language) -> None:
    text = (
        "On March 6, Hany Fathi, a 30-year-old driver, died at the police station in the Nile Delta "
        "town of Kafr el-Dawar, two days after officers detained him."
    )
    assert _of_type(nlp, text, "death_in_custody").place == "Kafr el-Dawar"


def test_x_village_beats_the_township(nlp: Language) -> None:
    text = "Troops raiding Tha Pyay Gon village, Monywa Township, shot dead three farmers on 2 May."
    assert _of_type(nlp, text, "killing").place == "Tha Pyay Gon"


def test_a_named_police_station(nlp: Language) -> None:
    text = "On August 3, laborer Rafiq Mia died in the lockup of Sonapur police station."
    assert _of_type(nlp, text, "death_in_custody").place == "Sonapur police station"


def test_a_briefing_city_is_no_scene(nlp: Language) -> None:
    text = (
        "Speaking at the close of its session in Geneva, the committee said some 900 people had been "
        "reported missing in Mexico in the first half of the year."
    )
    assert _of_type(nlp, text, "enforced_disappearance").place == "Mexico"


def test_a_reference_point_is_no_scene(nlp: Language) -> None:
    text = "Police in Santa Rosa City, north of Cebu, killed at least 20 people in drug raids in May."
    assert _of_type(nlp, text, "killing").place == "Santa Rosa City"


def test_a_based_group_is_no_scene(nlp: Language) -> None:
    text = (
        "The London-based group Gulf Watch said Faisal al-Qatari was arrested in 2014 for taking "
        "part in protests in the town of Umm al-Hamam."
    )
    assert _of_type(nlp, text, "arrest").place == "Umm al-Hamam"


def test_a_body_named_like_a_state_is_no_place(nlp: Language) -> None:
    text = (
        "The group documented 300 cases of enforced disappearance in Egypt, most lasting days before "
        "the person reappeared before the Supreme State Security Prosecution."
    )
    assert _of_type(nlp, text, "enforced_disappearance").place == "Egypt"


def test_a_court_sits_where_it_is_named_for(nlp: Language) -> None:
    kisaragi = "The Kisaragi District Court handed down a death sentence to the man in March 2003."
    assert _of_type(nlp, kisaragi, "death_sentence").place == "Kisaragi"
    ahvaz = (
        "In October 2021, a Revolutionary Court in Ahvaz sentenced two of the protesters, Yousef "
        "Sayahi and Naser Obeidavi, to death."
    )
    assert _of_type(nlp, ahvaz, "death_sentence").place == "Ahvaz"


def test_a_person_is_no_place(nlp: Language) -> None:
    text = (
        "Reza Soltani was hanged on 24 January. Three of Soltani's relatives were taken into "
        "custody the following day."
    )
    assert _of_type(nlp, text, "arrest").place != "Soltani"
