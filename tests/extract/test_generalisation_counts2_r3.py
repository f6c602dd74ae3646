"""Round 3 (second pass) victim counts: a single named victim the parser hid (an object taken for a
subject, a name beside its description, "denied holding him", "held her incommunicado"), the
bearer of injuries ("his body bore marks of torture", "found with broken fingers", "broke two of
his fingers"), a shared subject of participles ("kept in a cell, handcuffed and beaten"), counted
speakers of their own harm ("four of the detainees said they had been beaten"), the confessor of a
confession extracted under torture, the others of a group, digit ordinals ("the 11th execution"),
reference marks ("[2]") and ranges misparsed as prepositions. Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, extract_one, incident_figure, incidents_of
from spacy.language import Language

_doc = partial(extract_one, publisher=LEDGER)
_of_type = partial(incidents_of, publisher=LEDGER)
_count = partial(incident_figure, publisher=LEDGER)


# --- a single named victim the parse hides -----------------------------------------------------


def test_object_after_the_verb_taken_for_a_subject(nlp: Language) -> None:
    text = (
        "On March 3, riot police in Grodno detained Pavel Karnievich, a 34-year-old engineer, after "
        "he hung a flag from his balcony."
    )
    arrest = _of_type(nlp, text, "arrest")
    assert arrest and (arrest[0].figure.count, arrest[0].figure.qualifier) == (1, "exact")
    assert arrest[0].victim_names == ["Pavel Karnievich"]


def test_counted_object_after_the_verb_keeps_its_number(nlp: Language) -> None:
    text = "On March 3, riot police in Grodno detained 14 protesters after a march."
    assert _count(nlp, text, "arrest") == (14, "exact")


def test_denied_holding_him_is_one_person(nlp: Language) -> None:
    text = (
        "For eleven days the authorities denied holding him, and his family learned where he was only "
        "when he appeared in court on 11 March."
    )
    assert _count(nlp, text, "enforced_disappearance") == (1, "exact")


def test_held_her_incommunicado_is_one_person(nlp: Language) -> None:
    text = (
        "On 4 May, agents of the security service arrested the lawyer Hoda Samir at her office and held "
        "her incommunicado for 19 days before she appeared before a prosecutor."
    )
    found = _of_type(nlp, text, "enforced_disappearance")
    assert found and found[0].figure.count == 1


def test_a_range_the_parser_hung_on_a_preposition(nlp: Language) -> None:
    text = (
        "Rights groups reported that security forces held between 200 and 250 persons incommunicado "
        "for periods of several weeks during the year."
    )
    assert _count(nlp, text, "enforced_disappearance") == (200, "at_least")


def test_participles_share_the_passive_subject(nlp: Language) -> None:
    text = (
        "She told the court that she had been held in a basement, chained for most of the time, and "
        "repeatedly beaten during questioning."
    )
    assert _count(nlp, text, "torture") == (1, "exact")


def test_a_predicate_noun_after_and_takes_the_subject_name(nlp: Language) -> None:
    text = "Pham Thi Lan (1970 – 2021) was a teacher and poet from Hue who died in custody."
    found = _of_type(nlp, text, "death_in_custody")
    assert found and found[0].figure.count == 1
    assert found[0].victim_names == ["Pham Thi Lan"]


# --- the bearer of injuries --------------------------------------------------------------------


def test_his_body_bore_marks_of_torture(nlp: Language) -> None:
    text = "His brothers said his body bore marks of torture."
    assert _count(nlp, text, "torture") == (1, "exact")


def test_found_with_broken_fingers(nlp: Language) -> None:
    text = (
        "The union said one of its organisers, Tendai Moyo, had been abducted by armed men on Friday "
        "and was found three days later near a dam with broken fingers and burns on his arms."
    )
    found = _of_type(nlp, text, "torture")
    assert found and found[0].figure.count == 1


def test_broken_body_parts_count_their_owner(nlp: Language) -> None:
    text = "His sister said interrogators broke three of his fingers to force him to confess."
    assert _count(nlp, text, "torture") == (1, "exact")


def test_bearers_without_a_number_get_no_count(nlp: Language) -> None:
    text = "The prisoners showed signs of torture when they appeared in court."
    assert _count(nlp, text, "torture") == (None, None)


# --- counted people who speak of their own harm ------------------------------------------------


def test_counted_speakers_said_they_were_beaten(nlp: Language) -> None:
    text = "Four of the detainees said they had been beaten by guards in the central prison."
    assert _count(nlp, text, "torture") == (4, "exact")


def test_partitive_speakers_with_a_qualifier(nlp: Language) -> None:
    text = (
        "Lawyers for the accused said at least five of them had told the judge that their confessions "
        "were extracted under torture."
    )
    assert _count(nlp, text, "torture") == (5, "at_least")


def test_uncounted_speakers_give_no_count(nlp: Language) -> None:
    text = "Relatives of the detainees said they had been beaten by guards in the central prison."
    assert all(i.figure.count is None for i in _of_type(nlp, text, "torture"))


def test_a_confession_he_said_was_extracted_by_beatings(nlp: Language) -> None:
    text = (
        "In May the criminal court sentenced Karim Nouri, a 31-year-old driver, to death on the basis "
        "of a confession that he said had been extracted by electric shocks."
    )
    found = _of_type(nlp, text, "torture")
    assert found and (found[0].figure.count, found[0].victim_names) == (1, ["Karim Nouri"])


# --- the others of a group, ordinals, reference marks ------------------------------------------


def test_the_others_are_the_group_less_the_released(nlp: Language) -> None:
    text = (
        "Soldiers detained 21 men from the village and forced them to carry supplies; six of them were "
        "released a week later and the others have not been seen since."
    )
    assert _count(nlp, text, "enforced_disappearance") == (15, "exact")


def test_the_others_without_a_part_told_apart_have_no_count(nlp: Language) -> None:
    text = (
        "Soldiers detained 21 men from the village and forced them to carry supplies; the others have "
        "not been seen since."
    )
    found = _of_type(nlp, text, "enforced_disappearance")
    assert all(i.figure.count != 21 for i in found)


def test_a_digit_ordinal_counts_the_events(nlp: Language) -> None:
    text = (
        "According to the monitoring group, it was the 14th execution of a person arrested in "
        "connection with the protests."
    )
    assert _count(nlp, text, "execution") == (14, "exact")


def test_a_reference_mark_is_not_a_count(nlp: Language) -> None:
    text = (
        "The village was burned on 3 May.[4] Several women were sexually assaulted before being killed, "
        "according to survivors."
    )
    assert all(i.figure.count != 4 for i in _doc(nlp, text).incidents)


def test_a_number_after_a_reference_mark_still_counts(nlp: Language) -> None:
    text = "The village was burned on 3 May.[4] Forty villagers were killed, according to survivors."
    assert _count(nlp, text, "killing") == (40, "exact")
