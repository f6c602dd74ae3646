"""Victim counts, continued: counted cases of people whose description holds the violation, the
owner of a body part named through "of" ("the soles of his feet"), the one person of quoted
first-person words ("my feet"), a hyphenated noun the parser split ("his co-defendant, X") and
"One of the men hanged was X". Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import first_incident, incidents_of
from spacy.language import Language


def _count(nlp: Language, text: str, kind: str) -> tuple[int | None, str | None]:
    fig = first_incident(nlp, text, kind).figure
    return fig.count, fig.qualifier


# counted cases of people: the violation told in a clause about the people counted


def test_cases_of_people_who_were_beaten(nlp: Language) -> None:
    text = "The monitors recorded 14 cases of men who were beaten by guards at the Varno camp."
    assert _count(nlp, text, "torture") == (14, "exact")


def test_cases_of_people_missing_since_they_were_taken(nlp: Language) -> None:
    text = (
        "The ombudsman listed at least five cases of people missing since they were picked up by "
        "masked officers in Tolle."
    )
    assert _count(nlp, text, "enforced_disappearance") == (5, "at_least")


def test_cases_of_two_conjoined_acts(nlp: Language) -> None:
    text = "The clinic documented 61 cases of rape and torture by militia members in the district."
    assert _count(nlp, text, "torture") == (61, "exact")


def test_cases_of_a_thing_do_not_count_the_people_beaten(nlp: Language) -> None:
    text = "The monitors recorded 14 cases of theft by prisoners who were later beaten by guards."
    assert _count(nlp, text, "torture") == (None, None)


# a body part's owner, through "of"


def test_the_soles_of_his_feet(nlp: Language) -> None:
    text = "Warders in Brenmoor prison beat the soles of his feet with a rubber hose."
    assert _count(nlp, text, "torture") == (1, "exact")


def test_fingers_of_the_hand_of_a_named_man(nlp: Language) -> None:
    text = "Officials amputated two fingers of the left hand of Yusuf Karadaglu, a 41-year-old baker."
    fig = first_incident(nlp, text, "corporal_punishment").figure
    assert (fig.count, fig.qualifier) == (1, "exact")


def test_windows_of_a_house_have_no_owner_to_count(nlp: Language) -> None:
    text = "Soldiers beat the doors of the clinic with rifle butts."
    assert [i.figure.count for i in incidents_of(nlp, text, "torture")] in ([], [None])


# quoted first-person words: one person


def test_my_back(nlp: Language) -> None:
    text = '"They whipped my back with a cable until I fainted," the farmer told the Ledger.'
    assert _count(nlp, text, "torture") == (1, "exact")


def test_the_soles_of_my_feet(nlp: Language) -> None:
    text = "He said the jailers had beaten the soles of my feet every night."
    assert _count(nlp, text, "torture") == (1, "exact")


# a hyphenated noun the tokenizer split, with its apposition


def test_his_co_defendant_named_in_apposition(nlp: Language) -> None:
    text = "His co-defendant, Arvo Kallasmaa, was executed by firing squad in Tarvel in 2011."
    inc = first_incident(nlp, text, "execution")
    assert (inc.figure.count, inc.victim_names) == (1, ["Arvo Kallasmaa"])


# "One of the men hanged was X"


def test_one_of_the_men_hanged_was_named(nlp: Language) -> None:
    text = "One of the men hanged on Tuesday was Farid Nouroozi, 33, a tailor from Karaj."
    inc = first_incident(nlp, text, "execution")
    assert (inc.figure.count, inc.victim_names) == (1, ["Farid Nouroozi"])


def test_one_of_the_men_hanged_was_not_named(nlp: Language) -> None:
    text = "Nine men were hanged on Tuesday. One of the men hanged was a tailor from Karaj."
    assert first_incident(nlp, text, "execution").figure.count == 9


# relatives not told where a person is: the vanished person is whose relatives they are


def test_his_family_not_informed_of_his_location(nlp: Language) -> None:
    text = (
        "Soldiers detained Pastor Amos Lekan in Kisumu in March, and his family was not informed "
        "of his location."
    )
    inc = first_incident(nlp, text, "enforced_disappearance")
    assert (inc.figure.count, inc.victim_names) == (1, ["Amos Lekan"])


def test_their_families_not_informed_take_the_group_count(nlp: Language) -> None:
    text = "Twelve students were detained in Oyo, and their families were not informed of their location."
    assert first_incident(nlp, text, "enforced_disappearance").figure.count == 12


def test_a_family_detained_is_not_its_owner(nlp: Language) -> None:
    text = "His family was detained by soldiers in Kisumu in March."
    assert first_incident(nlp, text, "arrest").figure.count is None
