"""Who claims an incident (round 3): organisation names the model cut short, a national police
force under another name, sources carried into the next sentence, the speaker of a nested account,
descriptions of unnamed sources kept whole, and look-alikes that must not change. Texts written
for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import claimant_names, evidence, extract_one, last_incident
from spacy.language import Language

from tallybook.extract.attribution.claimants import is_report_word
from tallybook.model import ExtractedIncident

_claimants = partial(claimant_names, drop_the=True)


def _with_words(nlp: Language, text: str, words: str) -> ExtractedIncident:
    found = [i for i in extract_one(nlp, text).incidents if words in evidence(text, i)]
    assert found, f"no incident with {words!r}"
    return found[0]


def test_a_capitalised_generic_head_is_part_of_the_name(nlp: Language) -> None:
    text = (
        "The regional NGO Network Against Impunity recorded 27 cases of torture in police custody last year."
    )
    assert _claimants(last_incident(nlp, text, "torture")) == ["Network Against Impunity"]


def test_a_lower_case_generic_head_still_takes_the_name_after_it(nlp: Language) -> None:
    # guards the rule above: "the rights group X" names X
    text = "The rights group Salam Watch said security forces detained 40 students in Harbin on Monday."
    assert _claimants(last_incident(nlp, text, "arrest")) == ["Salam Watch"]


def test_a_commission_named_in_part_takes_the_full_name(nlp: Language) -> None:
    text = (
        "The Special Commission of Inquiry on Eastern Lumeria was set up in 2021. In its report, the "
        "Special Commission of Inquiry said on Tuesday that 41 detainees had died in custody in 2023."
    )
    assert _claimants(last_incident(nlp, text, "death_in_custody")) == [
        "Special Commission of Inquiry on Eastern Lumeria"
    ]


def test_police_in_a_country_is_its_national_police(nlp: Language) -> None:
    text = "Police in Kenya said they arrested 35 protesters in Nakuru on Sunday."
    assert _claimants(last_incident(nlp, text, "arrest")) == ["National Police Service"]


def test_the_police_of_a_country_without_a_registry_entry_keep_their_words(nlp: Language) -> None:
    text = "Police in Moldova said they arrested 35 protesters in Chisinau on Sunday."
    assert _claimants(last_incident(nlp, text, "arrest")) != ["National Police Service"]


def test_the_party_is_the_political_organisation_named_before(nlp: Language) -> None:
    text = (
        "Leaders of the Movement for Civic Renewal (MCR) met in Lusaka on Friday. Separately, the party "
        "said one of its organisers, Peter Banda, had been abducted by unidentified men from his home in "
        "Kitwe on Thursday night."
    )
    claim = _claimants(_with_words(nlp, text, "abducted"))
    assert claim == ["Movement for Civic Renewal"]


def test_being_found_injured_is_no_report(nlp: Language) -> None:
    doc = nlp("He was found two days later on a farm with burns on his back.")
    found = next(t for t in doc if t.lower_ == "found")
    assert not is_report_word(found)


def test_a_finding_is_still_a_report(nlp: Language) -> None:
    # guards the rule above: an active "found" reports what a source established
    doc = nlp("The inquiry found that guards had beaten him.")
    found = next(t for t in doc if t.lower_ == "found")
    assert is_report_word(found)


def test_one_of_them_carries_the_source_of_the_sentence_before(nlp: Language) -> None:
    text = (
        "The Northern Rights Forum said that between two and four detainees had died after beatings in "
        "custody. One of them was identified as Tomas Varga, 44, who died in the city jail on 2 May."
    )
    assert _claimants(_with_words(nlp, text, "Tomas Varga")) == ["Northern Rights Forum"]


def test_among_the_dead_after_a_paragraph_break_is_not_carried(nlp: Language) -> None:
    text = (
        "Police killed at least 20 protesters in Dunmore in March, according to the Dunmore Bar Council. "
        "The ministry acknowledged four deaths.\n\n"
        "Among the dead was Ivo Karsten, 19, who was shot near the market on 4 March."
    )
    assert _claimants(_with_words(nlp, text, "Ivo Karsten")) == ["publisher"]


def test_a_case_from_a_report_goes_on_in_the_next_sentence(nlp: Language) -> None:
    text = (
        "In its annual report, the Lakeshore Detention Monitor said it had recorded 30 deaths in custody. "
        "Among the cases documented in the report is that of Omar Haddad, a teacher who was arrested "
        "at a checkpoint in May 2021. His family learned only this year that he had died in custody in 2022."
    )
    claim = _claimants(_with_words(nlp, text, "His family"))
    assert claim == ["Lakeshore Detention Monitor"]


def test_citing_sources_the_speaker_is_the_source(nlp: Language) -> None:
    # guard: "citing ..." between the speaker and what was said keeps the speaker
    text = (
        "Soldiers raided the village on 3 May.[1] The Tibet Watch Trust said, citing witnesses, that two "
        "detainees had died after being beaten in custody."
    )
    assert _claimants(last_incident(nlp, text, "death_in_custody")) == ["Tibet Watch Trust"]


def test_the_named_speaker_claims_what_the_victim_told_her(nlp: Language) -> None:
    text = (
        "His sister, Mira Kovač, said that during a visit in June he had told her that guards had beaten "
        "him after he refused to sign a confession."
    )
    assert _claimants(last_incident(nlp, text, "torture")) == ["Mira Kovač"]


def test_a_source_inside_a_relative_clause_does_not_cover_the_arrest(nlp: Language) -> None:
    text = (
        "On 2 May, Karim Haidar was abducted outside his home by men who, according to neighbours, said "
        "they were from military intelligence."
    )
    incident = _with_words(nlp, text, "abducted")
    assert "Neighbours" not in _claimants(incident)


def test_a_describing_clause_keeps_its_object_not_its_place(nlp: Language) -> None:
    text = (
        "At least 12 women were raped by soldiers during the raid, according to nurses who treated "
        "victims in a clinic across the river in Tamboa."
    )
    assert _claimants(last_incident(nlp, text, "other")) == ["Nurses who treated victims"]


def test_relatives_of_a_named_person_keep_the_written_form(nlp: Language) -> None:
    text = (
        "Relatives of Ilham Sadykov, a retired teacher, said that police had detained him at his home "
        "on 4 April."
    )
    assert _claimants(last_incident(nlp, text, "arrest")) == ["Relatives of Ilham Sadykov"]


def test_the_family_of_a_named_person_is_that_persons_family(nlp: Language) -> None:
    # guards the rule above: with an article the possessive form stays
    text = "The family of Ilham Sadykov, a retired teacher, said he had been beaten by guards on 3 May."
    assert _claimants(last_incident(nlp, text, "torture")) == ["Ilham Sadykov's family"]


def test_a_coordinated_group_named_after_its_head_is_a_source_of_its_own(nlp: Language) -> None:
    text = (
        "Local residents and the rescue group Delta Youth Network put the death toll at 31. Soldiers had "
        "shot the men near the mosque on 3 May."
    )
    assert _claimants(last_incident(nlp, text, "killing")) == ["Local residents", "Delta Youth Network"]
