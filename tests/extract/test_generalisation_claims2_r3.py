"""Who claims, confirms or disputes an incident (round 3, second pass): the keeper of a count
rather than the count ("a Reuters tally"), a part of a group that speaks ("several of the
detainees"), a coordinated report that speaks only for its own clause, a source named after a
bracketed acronym, "X's Ministry of Y", lower-case descriptions of a body the text names, and
sentences with no incident of their own that confirm or deny one told before. Texts written for
these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import claimant_names, last_incident
from spacy.language import Language

from tallybook.model import ExtractedIncident, Stance

_claimants = partial(claimant_names, drop_the=True)


def _stances(nlp: Language, text: str) -> list[ExtractedIncident]:
    """The incidents of `text` with the claims of confirming and denying sentences added."""
    from tallybook.extract.attribution.stance_sentences import add_stance_claims

    doc = nlp(text)
    incidents: list[ExtractedIncident] = doc._.tb_incidents
    add_stance_claims(doc, incidents, set())
    return incidents


# --- the keeper of a count, not the document -------------------------------------------------


def test_a_tally_is_claimed_by_whoever_keeps_it(nlp: Language) -> None:
    text = (
        "The hangings bring the number of people executed in the country this year to at least 58, "
        "according to a Meridian Wire tally of court announcements."
    )
    assert _claimants(last_incident(nlp, text, "execution")) == ["Meridian Wire"]


def test_a_bodys_figures_are_claimed_by_the_body(nlp: Language) -> None:
    text = "According to the interior ministry's figures, 30 people were executed in Orvell in May."
    assert _claimants(last_incident(nlp, text, "execution")) == ["interior ministry"]


def test_figures_about_casualties_do_not_make_the_casualties_a_source(nlp: Language) -> None:
    text = "According to casualty figures released on Monday, 30 protesters were shot dead in Orvell."
    assert "Casualty" not in _claimants(last_incident(nlp, text, "killing"))


# --- a part of a group, a coordinated report ---------------------------------------------------


def test_a_part_of_a_named_group_speaks_as_the_text_words_it(nlp: Language) -> None:
    text = "Several of the detainees told the judge they had been beaten with cables during interrogation."
    assert _claimants(last_incident(nlp, text, "torture")) == ["Several of the detainees"]


def test_a_part_of_those_described_is_still_the_described_group(nlp: Language) -> None:
    # guards the rule above: "those later freed" is the description, not "several of" it
    text = "Soldiers detained 30 villagers in May. Several of those later freed told us they had been beaten."
    assert _claimants(last_incident(nlp, text, "torture")) == ["Those later freed"]


def test_a_report_after_and_speaks_only_for_its_own_clause(nlp: Language) -> None:
    text = (
        "The twenty men were seized in raids on the village in May. Eight of them were forcibly "
        "disappeared for weeks after their arrest, and some of the defendants told the court they had "
        "been burned with cigarettes."
    )
    assert _claimants(last_incident(nlp, text, "enforced_disappearance")) == ["publisher"]


def test_a_trailing_report_still_names_the_source_of_the_clause_before(nlp: Language) -> None:
    # guards the rule above: no content clause of its own, so it reports the killing
    text = "Soldiers killed 21 people in Tarna on Monday, Amnesty International said."
    assert _claimants(last_incident(nlp, text, "killing")) == ["Amnesty International"]


def test_a_source_after_its_bracketed_acronym_claims_the_clause_before(nlp: Language) -> None:
    text = (
        "Guards hanged nine prisoners in Orvell Central Prison, west of the capital, between May 3 and "
        "May 9, the People's Democratic Front of Lumeria (PDFL/LDF) reported on Sunday, citing sources "
        "inside the prison."
    )
    assert _claimants(last_incident(nlp, text, "execution")) == ["People's Democratic Front of Lumeria"]


# --- names of state bodies and descriptions of named ones ---------------------------------------


def test_a_countrys_ministry_takes_the_ministry_of_country_form(nlp: Language) -> None:
    text = "Nigeria's Ministry of Health said 14 detainees had died in custody in Kano since January."
    assert _claimants(last_incident(nlp, text, "death_in_custody")) == ["Ministry of Health of Nigeria"]


def test_a_countrys_commission_keeps_its_written_name(nlp: Language) -> None:
    # guards the rule above: only ministries take the "of <country>" form
    text = "Nigeria's Human Rights Commission said 14 detainees had died in custody in Kano since January."
    assert _claimants(last_incident(nlp, text, "death_in_custody")) != ["Human Rights Commission of Nigeria"]


def test_a_lower_case_description_resolves_to_the_body_named_later(nlp: Language) -> None:
    text = (
        "Kenya's state-funded rights commission said on Friday that police had detained 60 traders in "
        "Eldoret. The Kenya National Commission on Human Rights said the traders were held without charge."
    )
    assert _claimants(last_incident(nlp, text, "arrest")) == ["Kenya National Commission on Human Rights"]


def test_a_description_of_another_countrys_body_stays_as_written(nlp: Language) -> None:
    text = (
        "Uganda's human rights commission said police had detained 60 traders in Gulu on Monday. The "
        "Kenya National Commission on Human Rights said it was monitoring the border."
    )
    assert "Kenya National Commission on Human Rights" not in _claimants(last_incident(nlp, text, "arrest"))


# --- sentences that confirm an incident told before ---------------------------------------------


def test_a_spokesman_confirming_the_deaths_confirms_the_killing(nlp: Language) -> None:
    text = (
        "Officers shot dead Ramon Cruz and his brother Leo Cruz at their home in Santol on 9 July, "
        "the group said. A police spokesman confirmed the two deaths but said the officers were attacked."
    )
    killing = next(i for i in _stances(nlp, text) if i.type == "killing")
    assert _claimants(killing, Stance.CONFIRMS) == ["A police spokesman"]


def test_agencies_reporting_the_boys_death_both_confirm_it(nlp: Language) -> None:
    text = (
        "On 5 March, Idrissa Barry, a 14-year-old pupil, was shot dead by gendarmes in Kaloum. "
        "Reuters and Agence France-Presse both reported the boy's death, citing his mother."
    )
    killing = next(i for i in _stances(nlp, text) if i.type == "killing")
    assert sorted(_claimants(killing, Stance.CONFIRMS)) == ["Agence France-Presse", "Reuters"]


def test_it_had_confirmed_the_death_is_confirmed_by_the_speaker(nlp: Language) -> None:
    text = (
        "Among those killed in Tarna was a 16-year-old boy, Omar Haidari, the Tarna Rights Network said. "
        "Human Rights Watch said on Thursday it had verified the boy's death."
    )
    killing = next(i for i in _stances(nlp, text) if i.type == "killing")
    assert _claimants(killing, Stance.CONFIRMS) == ["Human Rights Watch"]


def test_an_official_figure_of_its_own_is_no_confirmation(nlp: Language) -> None:
    text = (
        "At least 27 protesters were killed in Orvell in the first week, the alliance reported. "
        "The government acknowledged six deaths."
    )
    assert all(not _claimants(i, Stance.CONFIRMS) for i in _stances(nlp, text))


def test_not_reporting_the_punishment_is_no_confirmation(nlp: Language) -> None:
    text = (
        "Two men were flogged 80 times in Orvell on Sunday, the centre said. The state news agency "
        "did not report the floggings."
    )
    assert all(not _claimants(i, Stance.CONFIRMS) for i in _stances(nlp, text))


# --- sentences that deny an incident told before ------------------------------------------------


def test_denying_this_disputes_the_incident_before(nlp: Language) -> None:
    text = (
        "At least five detainees died in a crowded camp near Orvell, the commission said. "
        "Mr. Tolan denied this."
    )
    death = next(i for i in _stances(nlp, text) if i.type == "death_in_custody")
    assert _claimants(death, Stance.DISPUTES) == ["Tolan"]


def test_denying_targeting_civilians_disputes_the_killing(nlp: Language) -> None:
    text = (
        "Shelling killed at least 40 civilians in Tarna between 1 and 5 June, Amnesty International said. "
        "The Lumerian Armed Forces have denied targeting civilians."
    )
    killing = next(i for i in _stances(nlp, text) if i.type == "killing")
    assert _claimants(killing, Stance.DISPUTES) == ["Lumerian Armed Forces"]


def test_a_spokesman_for_a_body_disputes_for_the_body(nlp: Language) -> None:
    text = (
        "Troops opened fire on marchers in Orvell on Sunday, killing 17 people, the commission said. "
        "A spokesman for the Joint Security Command, Colonel Ivo Brand, denied that troops had used live "
        "ammunition."
    )
    killing = next(i for i in _stances(nlp, text) if i.type == "killing")
    assert _claimants(killing, Stance.DISPUTES) == ["Joint Security Command"]


def test_denying_the_motive_is_no_dispute(nlp: Language) -> None:
    text = (
        "Police arrested at least nine members of the parish in Orvell on Tuesday, the diocese said. "
        "A government spokesperson denied that the arrests were politically motivated."
    )
    assert all(not _claimants(i, Stance.DISPUTES) for i in _stances(nlp, text))


def test_denying_involvement_is_no_dispute(nlp: Language) -> None:
    text = (
        "Soldiers shot dead 12 protesters at the Orvell toll gate on 20 October, Amnesty said. "
        "The army initially denied involvement in the shooting."
    )
    assert all(not _claimants(i, Stance.DISPUTES) for i in _stances(nlp, text))


def test_a_general_denial_does_not_dispute_one_case(nlp: Language) -> None:
    text = (
        "Guards beat Karim Osei in Orvell prison in March 2023, his lawyer said. The government "
        "says its prisons are humane and denies that detainees are beaten."
    )
    torture = [i for i in _stances(nlp, text) if i.type == "torture" and "Karim Osei" in i.victim_names]
    assert torture and not _claimants(torture[0], Stance.DISPUTES)


def test_a_family_rejecting_an_account_is_no_denial_of_the_death(nlp: Language) -> None:
    from tallybook.extract.attribution.stance_sentences import denial

    doc = nlp(
        "Dawit Alem died in Orvell prison last week, the monitor said. Prison officials said he had "
        "taken his own life, but his family rejected that account."
    )
    assert all(denial(tok, tok.sent) is None for tok in doc)


def test_denying_that_anyone_was_held_disputes_the_detention_count(nlp: Language) -> None:
    text = (
        "Rights groups said at least 40,000 people had been detained in the Orvell camps since 2019. "
        "In March relatives of Pavel Orin said police took him away in 2020 and they had heard nothing "
        "since. The Lumerian government denied that anyone was held against their will."
    )
    incidents = _stances(nlp, text)
    camps = next(i for i in incidents if i.type == "arrest")
    assert _claimants(camps, Stance.DISPUTES) == ["Lumerian government"]
    assert all(not _claimants(i, Stance.DISPUTES) for i in incidents if i.type != "arrest")
