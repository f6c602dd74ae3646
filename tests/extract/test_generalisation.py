"""Incident classes that must hold on unseen texts: statements about a practice, verdicts in
quotes and words that only describe something else are not incidents. Texts written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import extracted_types, incidents_of
from spacy.language import Language

from tallybook.extract.particulars.figures import parse_figure
from tallybook.extract.pipeline import SourceText, extract_texts
from tallybook.model import Stance

_types = partial(extracted_types, published="2024-03-02")
_incidents = partial(incidents_of, published="2024-03-02")


@pytest.mark.parametrize(
    "text",
    [
        "The Bureau for Prisoner Rights opposes the death penalty whatever the method of execution.",
        "Beating detainees is prohibited under the national constitution.",
        "There were reports that the security services or their agents committed unlawful killings.",
        "There were reports of deaths in custody in suspicious circumstances.",
        "The code bans torture but permits penalties such as caning and amputation.",
    ],
)
def test_rules_stances_and_section_openers_are_not_incidents(nlp: Language, text: str) -> None:
    assert _types(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "“The authorities are hanging young men to frighten a province,” said Ilse Marwood of the group.",
        "“A government that tortures its critics is breaking its own laws,” Ilse Marwood said.",
        "“These were not clashes, these were executions,” said Ilse Marwood, a lawyer.",
    ],
)
def test_verdicts_and_practices_inside_quotes_are_not_incidents(nlp: Language, text: str) -> None:
    assert _types(nlp, text) == []


def test_a_past_event_inside_a_quote_is_still_reported(nlp: Language) -> None:
    text = "“Guards hanged my brother Tomas Reyland at dawn on 3 February,” his sister told reporters."
    assert _types(nlp, text) == ["execution"]


def test_a_cause_of_death_is_not_an_incident_of_its_own(nlp: Language) -> None:
    text = (
        "Prisoner Adel Rowan died in Kestrel Prison on 9 January. The prison service said he had died "
        "of cardiac arrest; his relatives said he died as a result of torture."
    )
    assert "arrest" not in _types(nlp, text)
    assert "torture" not in _types(nlp, text)


def test_age_at_arrest_describes_people_on_death_row(nlp: Language) -> None:
    text = "At least five other prisoners who were arrested as children are now on death row."
    assert "arrest" not in _types(nlp, text)


def test_solitary_confinement_folds_into_the_ill_treatment(nlp: Language) -> None:
    text = (
        "Police arrested Jonah Prell in March 2021. He was held in solitary confinement for two months, "
        "during which guards beat him, the monitoring group said."
    )
    assert "other" not in _types(nlp, text)


def _claimants(nlp: Language, text: str) -> list[list[str]]:
    return [sorted(c.claimant for c in inc.claims) for inc in _incidents(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GENEVA (5 March 2024) – The Special Rapporteur on Iran, Maria Olsen Dahl, today voiced "
            "alarm. The expert said that Ali Rezaei was executed at Evin Prison on 6 February.",
            "Maria Olsen Dahl",
        ),
        (
            "The Baluch Solidarity Network said police killed 12 protesters in Zahedan on Friday. "
            "The group said that police arrested at least 40 people after the protest.",
            "Baluch Solidarity Network",
        ),
        (
            "The Viasna Human Rights Centre monitors Belarus. In January, the human rights center "
            "Viasna reported that riot police beat two dozen detainees at a detention centre.",
            "Viasna Human Rights Centre",
        ),
        (
            "Lawyers for the men said at least six of them had told the court they were tortured "
            "in detention.",
            "Lawyers for the men",
        ),
    ],
)
def test_generic_claimant_resolves_to_the_named_source(nlp: Language, text: str, expected: str) -> None:
    found = _claimants(nlp, text)
    assert found and all(claimants == [expected] for claimants in found[-1:])


@pytest.mark.parametrize(
    ("phrase", "count", "qualifier"),
    [
        ("the poet Dana Irani, who was flogged 50 times in a public square", None, None),
        ("four fingers of the convicted man", None, None),
        ("On March 14 two teachers", 2, "exact"),
        ("Sara Ahmadi, 16, and Omid Ahmadi, 22", None, None),
        ("up to 70 persons", 70, "up_to"),
        ("Some 150 prisoners", 150, "about"),
        ("at least six of them", 6, "at_least"),
        ("a sentence of 800 lashes", None, None),
    ],
)
def test_numbers_that_are_not_victim_counts(phrase: str, count: int | None, qualifier: str | None) -> None:
    fig = parse_figure(phrase)
    assert fig.count == count
    if qualifier is not None:
        assert fig.qualifier == qualifier


def _counts(nlp: Language, text: str) -> list[int | None]:
    return [inc.figure.count for inc in _incidents(nlp, text)]


def test_one_named_victim_flogged_many_times_counts_one(nlp: Language) -> None:
    text = "Authorities flogged the blogger Kian Moradi 60 times outside the court in Shiraz on 3 May."
    assert _counts(nlp, text) == [1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farid Naseri, 41, a teacher, died in Tabriz Central Prison on 9 April.", "death_in_custody"),
        ("Lena Okafor, 37, died in a Lagos police cell on 2 June.", "death_in_custody"),
        ("The trader Amin Doustdar died last Tuesday in police custody in Ahvaz.", "death_in_custody"),
        (
            "Masked security agents abducted the activist Samir Haddad from his home on 4 July.",
            ("enforced_disappearance"),
        ),
        (
            "Since his arrest in May, the authorities have denied holding the poet Rauf Karimov.",
            ("enforced_disappearance"),
        ),
        (
            "Officials refused to disclose her fate or whereabouts after the raid on 3 May.",
            ("enforced_disappearance"),
        ),
        (
            "The union leader Ilyas Berdi has been held incommunicado since 12 March.",
            "enforced_disappearance",
        ),
        ("Police refused to hand over the bodies of the three protesters to their families.", "other"),
        ("The authorities kept his body for a week before burying him at night.", "other"),
    ],
)
def test_missed_incident_classes(nlp: Language, text: str, expected: str) -> None:
    assert expected in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kestrel Rights Monitor (KRM) tracks executions. The NGO Kestrel Rights Monitor reported "
            "that authorities executed at least 30 people in Tabriz in May 2023.",
            "Kestrel Rights Monitor",
        ),
        (
            "The Kestrel Rights Monitor (KRM) tracks executions. KRM's sources inside Iran said that at "
            "least 30 prisoners were hanged in Tabriz in May 2023.",
            "Kestrel Rights Monitor",
        ),
        (
            "The Zagros Human Rights Network publishes weekly bulletins. Police shot dead nine protesters "
            "in Sanandaj on 2 October, a Zagros rights group said.",
            "Zagros Human Rights Network",
        ),
    ],
)
def test_descriptions_of_an_organisation_resolve_to_its_name(nlp: Language, text: str, expected: str) -> None:
    found = _claimants(nlp, text)
    assert found and found[-1] == [expected]


def test_spring_country_report_dates_events_in_the_covered_year(nlp: Language) -> None:
    text = (
        "Section 1. Respect for the Integrity of the Person\n\n"
        "There were several reports of deaths in custody during the year, some dating back to 2021.\n\n"
        "On February 18, the teacher Omid Farahani, 52, died in Tabriz Central Prison."
    )
    extraction = next(extract_texts([SourceText(text, "2024-04-20")], nlp))
    dated = [
        str(inc.date.value)
        for inc in extraction.incidents
        if inc.date and "Omid Farahani" in inc.victim_names
    ]
    assert dated == ["2023-02-18"]


@pytest.mark.parametrize(
    ("phrase", "anchor", "expected"),
    [
        ("in the same month", "2023-05-17", "2023-05"),
        ("the same day", "2023-05", "2023-05"),
        ("that year", "2023-05-17", "2023"),
        ("in January and February 2024", None, "2024"),
        ("between March and May", None, "2024"),
        ("between November 2023 and February 2024", None, None),
        ("in August", None, "2024-08"),
    ],
)
def test_periods_take_the_smallest_unit_containing_them(
    phrase: str, anchor: str | None, expected: str | None
) -> None:
    from tallybook.extract.timing.dates import Reference, enclosing, resolve_date
    from tallybook.model import PartialDate

    ref = Reference.from_partial("2024-09-20")
    value = resolve_date(phrase, ref, PartialDate(anchor) if anchor else None)
    assert enclosing(value) == expected


def test_later_that_week_stays_within_the_earlier_events_week() -> None:
    from tallybook.extract.timing.dates import Reference, enclosing, resolve_date
    from tallybook.model import PartialDate

    value = resolve_date("later that week", Reference.from_partial("2024-09-20"), PartialDate("2024-06-12"))
    assert value is not None and value.value == "2024-06-12" and enclosing(value) == "2024-06"


def test_since_a_day_keeps_the_month() -> None:
    from tallybook.extract.timing.dates import Reference, open_range_since, resolve_date

    ref = Reference.from_partial("2024-09-20")
    start = resolve_date("August 1", ref)
    assert start is not None
    assert open_range_since(start, ref).value == "2024-08"


def test_the_same_month_carries_the_earlier_events_month(nlp: Language) -> None:
    text = (
        "Soldiers shot dead four farmers near Orrin Vale on 14 July 2023. "
        "In the same month, police arrested 30 protesters in the capital."
    )
    extraction = next(extract_texts([SourceText(text, "2024-03-02")], nlp))
    dates = {inc.type: (inc.date.value[:7] if inc.date else None) for inc in extraction.incidents}
    assert dates.get("arrest") == "2023-07"


def test_unsourced_statements_in_a_un_expert_release_are_the_experts(nlp: Language) -> None:
    text = (
        "GENEVA (9 April 2025) – The Special Rapporteur on Veloria, Tomas Ekwueme, today urged "
        "the authorities to halt executions. Police arrested the teacher Samir Oduya in Lorne on "
        "2 March and he was executed on 4 April."
    )
    office = "Office of the United Nations High Commissioner for Human Rights"
    extraction = next(extract_texts([SourceText(text, "2025-04-09", office)], nlp))
    claimants = [[c.claimant for c in inc.claims] for inc in extraction.incidents]
    assert claimants and all(c == ["Tomas Ekwueme"] for c in claimants)
    # Published by someone else, the same unsourced lines stay with the publisher.
    other = next(extract_texts([SourceText(text, "2025-04-09", "Veloria Monitor")], nlp))
    assert all("Tomas Ekwueme" not in [c.claimant for c in inc.claims] for inc in other.incidents)


def test_infobox_lines_take_the_date_field_of_the_infobox(nlp: Language) -> None:
    text = (
        "2019 Corvath riots\n\n"
        "Date 3–9 May 2019\n"
        "Location Corvath, Veloria\n"
        "Casualties\n"
        "Deaths: 7\n"
        "Arrests: 450+\n"
        "Missing: 3\n\n"
        "The 2019 Corvath riots were a wave of unrest in the port city of Corvath over bread prices.\n"
    )
    found = {inc.type: inc for inc in _incidents(nlp, text)}
    assert set(found) == {"killing", "arrest", "enforced_disappearance"}
    assert all(inc.date is not None and inc.date.value == "2019-05" for inc in found.values())
    assert found["enforced_disappearance"].figure.count == 3


def test_infobox_lines_without_a_date_field_take_the_leads_date(nlp: Language) -> None:
    text = (
        "Orrin Vale shooting\n\n"
        "Fatalities: 11\n\n"
        "The Orrin Vale shooting was the killing of eleven farm workers by border guards on "
        "22 October 2017 near the village of Orrin Vale in northern Veloria.\n"
    )
    incidents = _incidents(nlp, text)
    assert [inc.type for inc in incidents] == ["killing"]  # the infobox line folds into the lead
    assert incidents[0].date is not None and incidents[0].date.value.startswith("2017-10")


def test_a_denial_of_a_reported_disappearance_disputes_it(nlp: Language) -> None:
    text = (
        "Her husband, the teacher Samir Oduya, was taken from his school in Lorne on 2 March by men "
        "in plain clothes, she said. The Border Directorate has denied holding him."
    )
    incidents = _incidents(nlp, text)
    assert [inc.type for inc in incidents] == ["enforced_disappearance"]
    disputes = [c.claimant for c in incidents[0].claims if c.stance == Stance.DISPUTES]
    assert disputes and "Border Directorate" in disputes[0]
    assert incidents[0].figure.count == 1  # "2 March" is a date, not a victim count


def test_an_officials_lower_toll_after_a_named_victim_disputes_the_aggregate(nlp: Language) -> None:
    text = (
        "Police opened fire on marchers in Corvath on Friday, killing at least 30 people, the Veloria "
        "Rights Watch said. Among those killed was a 16-year-old student, Idris Malone, the group said. "
        "His family said he had been shot in the back. Witnesses said the shooting lasted an hour. "
        "The deputy governor, Anton Ferreira, told state television that three people had been killed."
    )
    killings = [inc for inc in _incidents(nlp, text) if inc.type == "killing"]
    assert len(killings) == 2  # the aggregate and the named boy; no third incident
    aggregate = next(inc for inc in killings if inc.figure.count == 30)
    rival = [c for c in aggregate.claims if c.stance == Stance.DISPUTES]
    assert rival and rival[0].figure is not None and rival[0].figure.count == 3
