"""Which mentions are one incident and how figures and sources combine (round 4, second pass):
a toll put "as high as N" or a number of people put "at N" by another source is a rival
figure; a restatement that a named source confirms passes the confirmation on; a withheld body
is one act whatever verb tells it; a named person dated inside an aggregate over a period is an
incident of their own; "compared with N in <year>" is a second aggregate for its own period.
Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import claimant_names, incidents_of
from spacy.language import Language

from tallybook.model import Stance

# --- a toll put as an upper bound or a number put at a figure is a rival count ----------------


def test_a_toll_put_as_high_as_a_figure_disputes_the_count(nlp: Language) -> None:
    text = (
        "Soldiers shot dead at least 14 villagers in Dalmor on Monday, the UN said. "
        "Local activists have put the death toll as high as 30."
    )
    [killing] = incidents_of(nlp, text, "killing")
    assert killing.figure.count == 14
    rival = [c for c in killing.claims if c.stance == Stance.DISPUTES]
    assert [c.claimant for c in rival] == ["Local activists"]
    assert rival[0].figure is not None and rival[0].figure.count == 30
    assert rival[0].figure.qualifier == "up_to"


def test_the_same_toll_as_high_as_from_the_same_figure_is_no_dispute(nlp: Language) -> None:
    text = (
        "Soldiers shot dead up to 30 villagers in Dalmor on Monday, local activists said. "
        "The activists have put the death toll as high as 30."
    )
    [killing] = incidents_of(nlp, text, "killing")
    assert claimant_names(killing, Stance.DISPUTES) == []


def test_a_number_of_people_put_at_a_range_is_a_rival_figure(nlp: Language) -> None:
    text = (
        "Police detained 20 students in Varna on Monday, their union said. "
        "An opposition party put the number of people detained in the raids at between 40 and 50."
    )
    [arrest] = incidents_of(nlp, text, "arrest")
    assert arrest.figure.count == 20
    assert claimant_names(arrest, Stance.ASSERTS) == ["Their union"]
    assert claimant_names(arrest, Stance.DISPUTES) == ["An opposition party"]


# --- a confirmed restatement passes its source on ---------------------------------------------


def test_a_source_confirming_a_restated_event_confirms_the_incident(nlp: Language) -> None:
    text = (
        "Police arrested at least nine teachers in Korvin on Tuesday, according to their union. "
        "The Interior Ministry confirmed on Wednesday that it had detained 'several individuals'."
    )
    [arrest] = incidents_of(nlp, text, "arrest")
    assert arrest.figure.count == 9
    assert claimant_names(arrest, Stance.CONFIRMS) == ["Interior Ministry"]


def test_a_source_confirming_the_event_with_another_figure_disputes_the_count(nlp: Language) -> None:
    text = (
        "Police arrested at least nine teachers in Korvin on Tuesday, according to their union. "
        "The Interior Ministry confirmed that it had detained several people but gave the number as four."
    )
    [arrest] = incidents_of(nlp, text, "arrest")
    assert claimant_names(arrest, Stance.CONFIRMS) == []
    rival = [c for c in arrest.claims if c.stance == Stance.DISPUTES]
    assert [c.claimant for c in rival] == ["Interior Ministry"]
    assert rival[0].figure is not None and rival[0].figure.count == 4


def test_a_restatement_by_the_narrator_adds_no_confirmation(nlp: Language) -> None:
    text = (
        "Police arrested at least nine teachers in Korvin on Tuesday, according to their union. "
        "Each was held for two days."
    )
    [arrest] = incidents_of(nlp, text, "arrest")
    assert claimant_names(arrest, Stance.CONFIRMS) == []


# --- a withheld body is one act whatever verb tells it ---------------------------------------


def test_a_body_not_returned_is_the_body_withheld(nlp: Language) -> None:
    text = (
        "Police shot dead the engineer Pavel Orn in Tessa on 3 May 2024. "
        "The authorities withheld the body of Pavel Orn for weeks. "
        "Officials have still not returned the body of Pavel Orn to his family."
    )
    assert len(incidents_of(nlp, text, "other")) == 1


def test_a_prison_term_and_a_body_withheld_stay_two_acts(nlp: Language) -> None:
    text = (
        "A court sentenced the engineer Pavel Orn to six years in prison on 3 May 2024. "
        "Pavel Orn died in Tessa prison on 9 June 2024. "
        "Officials have still not returned the body of Pavel Orn to his family."
    )
    assert len(incidents_of(nlp, text, "other")) == 2


# --- a named person dated inside an aggregate over a period ---------------------------------


def test_a_named_member_with_a_date_of_its_own_is_its_own_incident(nlp: Language) -> None:
    text = (
        "The monitor said it had documented the deaths in custody of at least seven detainees "
        "since January, including the singer Arvo Telk, who died in Kessel Prison last month "
        "after being denied treatment."
    )
    deaths = incidents_of(nlp, text, "death_in_custody")
    named = [i for i in deaths if i.victim_names == ["Arvo Telk"]]
    assert len(deaths) == 2 and len(named) == 1
    assert named[0].date is not None and named[0].date.value == "2024-05"


def test_unnamed_victims_dated_inside_the_aggregate_stay_in_it(nlp: Language) -> None:
    text = (
        "The monitor said it had documented the deaths in custody of at least seven detainees "
        "since January, including several students who died last month after being denied treatment."
    )
    assert len(incidents_of(nlp, text, "death_in_custody")) == 1


# --- "compared with N in <period>" ------------------------------------------------------------


def test_a_compared_figure_for_an_earlier_year_is_a_second_aggregate(nlp: Language) -> None:
    text = (
        "The Helsing Rights Centre recorded 64 cases of torture in police custody in 2023, "
        "compared with 52 in 2022."
    )
    torture = sorted(incidents_of(nlp, text, "torture"), key=lambda i: i.span.start)
    assert [i.figure.count for i in torture] == [64, 52]
    assert [i.date.value if i.date else None for i in torture] == ["2023", "2022"]
    assert claimant_names(torture[1], Stance.ASSERTS) == ["Helsing Rights Centre"]


def test_a_compared_figure_for_the_previous_year_counts_back_from_the_aggregate(nlp: Language) -> None:
    text = (
        "According to the Varna Human Rights Forum, police killed 30 people in such incidents "
        "between January and October 2023, compared with 44 in the previous year."
    )
    killings = sorted(incidents_of(nlp, text, "killing"), key=lambda i: i.span.start)
    assert [i.figure.count for i in killings] == [30, 44]
    assert killings[1].date is not None and killings[1].date.value == "2022"


def test_a_comparison_without_a_period_is_no_incident(nlp: Language) -> None:
    text = (
        "The Helsing Rights Centre recorded 64 cases of torture in police custody in 2023, "
        "compared with 52 cases of ill-treatment."
    )
    assert len(incidents_of(nlp, text, "torture")) == 1
