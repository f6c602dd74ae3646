"""The incidents component end to end, on reports written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import evidence, extract_one
from spacy.language import Language

from tallybook.extract.pipeline import SourceText, extract_texts

_extract = partial(extract_one, published="2023-05-10")


def test_one_incident_with_figure_date_place_and_source(nlp: Language) -> None:
    where = "in the city of Zahedan on Friday"
    text = f"Security forces shot dead at least 14 demonstrators {where}, according to Amnesty International."
    (inc,) = _extract(nlp, text).incidents
    assert inc.type == "killing"
    assert (inc.figure.count, inc.figure.qualifier) == (14, "at_least")
    assert inc.date is not None and inc.date.value == "2023-05-05"
    assert inc.place == "Zahedan"
    assert inc.claimants("asserts") == ["Amnesty International"]
    assert "shot dead" in evidence(text, inc)


def test_hypothetical_and_general_sentences_give_nothing(nlp: Language) -> None:
    text = (
        "The death penalty is a cruel punishment and should be abolished. Executions could rise sharply "
        "if the new law is adopted. Officials have threatened to execute more strikers."
    )
    assert _extract(nlp, text).incidents == []


def test_killings_by_non_state_actors_are_not_incidents(nlp: Language) -> None:
    text = "Rebels killed five villagers in the province of Kivu, the army said."
    assert _extract(nlp, text).incidents == []


def test_same_event_twice_is_one_incident_with_the_richer_evidence(nlp: Language) -> None:
    text = (
        "The authorities executed six prisoners this week. The Interior Ministry said on Tuesday that six "
        "prisoners had been hanged at dawn the day before."
    )
    (inc,) = _extract(nlp, text, published="2023-05-12").incidents
    assert inc.type == "execution"
    assert inc.figure.count == 6
    assert inc.date is not None and inc.date.value == "2023-05-08"
    assert "Interior Ministry" in evidence(text, inc)


def test_competing_figure_from_another_source_is_a_dispute(nlp: Language) -> None:
    text = (
        "Amnesty International said that at least 30 protesters were killed in the crackdown. "
        "The governor denied the figure and said that only four people were killed."
    )
    (inc,) = _extract(nlp, text).incidents
    assert inc.figure.count == 30
    assert inc.claimants("asserts") == ["Amnesty International"]
    disputes = [c for c in inc.claims if c.stance == "disputes"]
    assert disputes and disputes[0].figure is not None and disputes[0].figure.count == 4


def test_pronoun_victims_and_relative_dates(nlp: Language) -> None:
    text = (
        "Reza Karimi and Omid Nasseri were arrested on 3 March in Shiraz. They were sentenced to death "
        "two weeks later."
    )
    arrest, sentence = _extract(nlp, text, published="2022-06-01").incidents
    assert arrest.type == "arrest" and sentence.type == "death_sentence"
    assert sentence.victim_names == ["Reza Karimi", "Omid Nasseri"]
    assert sentence.figure.count == 2
    assert sentence.date is not None and sentence.date.value == "2022-03-17"


def test_two_incidents_in_one_sentence_get_their_own_clauses(nlp: Language) -> None:
    text = "The rapporteur said the students were tortured in detention, and that two were later executed."
    incidents = _extract(nlp, text).incidents
    assert {i.type for i in incidents} == {"torture", "execution"}
    spans = {(i.span.start, i.span.end) for i in incidents}
    assert len(spans) == 2


def test_named_victims_are_marked_as_people(nlp: Language) -> None:
    text = "Prison guards beat the poet Leyla Amani until she lost consciousness, her lawyer said."
    result = _extract(nlp, text)
    assert [i.type for i in result.incidents] == ["torture"]
    victims = [p.name for p in result.people if p.role == "victim"]
    assert victims == ["Leyla Amani"]


def test_robust_inputs(nlp: Language) -> None:
    texts = [
        "",
        "   \n\n ",
        "dozens of people were arrested yesterday and at least 3 were killed by police in the capital no one "
        'has been charged "the killings must stop said the minister',
        "“He said “unbalanced quotes: 3 people were executed",
        "La police a arrêté des dizaines de manifestants dans la capitale et trois personnes ont été tuées "
        + "selon les organisations de défense des droits humains.",
    ]
    results = list(extract_texts([SourceText(t, "2020") for t in texts], nlp))
    assert len(results) == len(texts)
    assert results[0].incidents == [] and results[1].incidents == []
    assert {i.type for i in results[2].incidents} == {"arrest", "killing"}
    assert results[4].incidents == [] and results[4].language == "fr" and results[4].warnings


def test_long_text_is_cut_into_pieces_with_global_offsets(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tallybook.extract.pipeline as pipeline

    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 2000)
    filler = "The committee met again to discuss the budget and the new school buildings.\n\n" * 60
    first = "Police arrested eleven journalists in Tabriz on 2 May."
    second = "Guards tortured four lawyers in Evin Prison in April."
    text = filler + first + "\n\n" + filler + second
    result = _extract(nlp, text)
    assert len(text) > 4 * 2000
    found = [text[i.span.start : i.span.end] for i in result.incidents]
    assert found == [first, second]


def test_infobox_fields_fold_into_the_body_account(nlp: Language) -> None:
    text = (
        "= 2031 Northport shooting =\n\nInfobox\n- Date: 4 March 2031\n- Deaths: 23+\n- Injuries: Unknown\n\n"
        "On 4 March 2031 soldiers fired on marchers in Northport. Local doctors said at least 23 people were "
        "killed during the shooting."
    )
    incidents = _extract(nlp, text, published=None).incidents
    assert [(i.type, i.figure.count, i.figure.qualifier) for i in incidents] == [("killing", 23, "at_least")]
    (inc,) = incidents
    assert inc.claimants("asserts") == ["Local doctors"]
    assert inc.date is not None and inc.date.value == "2031-03-04"


def test_dateline_is_neither_the_source_nor_the_date(nlp: Language) -> None:
    text = (
        "NAIROBI (9 May 2024) – Independent experts today condemned the execution of three farmers. "
        "The farmers were hanged on 2 May in a prison near the capital."
    )
    (inc,) = _extract(nlp, text, published="2024-05-09").incidents
    assert inc.type == "execution" and inc.figure.count == 3
    assert inc.date is not None and inc.date.value == "2024-05-02"
    assert "NAIROBI" not in inc.claimants("asserts")


def test_victims_identified_later_name_the_earlier_incident(nlp: Language) -> None:
    text = (
        "Guards hanged two prisoners in Vakilabad Prison on Sunday. The victims, identified as Karim Doosti "
        "and Jalal Naderi, had been arrested in 2019."
    )
    execution, arrest = _extract(nlp, text, published="2024-02-20").incidents
    assert execution.victim_names == ["Karim Doosti", "Jalal Naderi"]
    assert arrest.victim_names == ["Karim Doosti", "Jalal Naderi"]
    assert arrest.date is not None and arrest.date.value == "2019"


def test_dismissing_a_figure_disputes_it(nlp: Language) -> None:
    text = (
        "The Kurdistan Human Rights Network said at least 40 protesters had been killed. "
        "Provincial officials dismissed the figure as exaggerated."
    )
    (inc,) = _extract(nlp, text).incidents
    assert inc.claimants("asserts") == ["Kurdistan Human Rights Network"]
    assert inc.claimants("disputes") == ["Provincial officials"]


def test_arrest_of_crime_suspects_is_not_a_violation(nlp: Language) -> None:
    assert _extract(nlp, "Police arrested the suspected killer of the judge on Monday.").incidents == []


def test_annual_report_dates_without_a_year_belong_to_the_year_covered(nlp: Language) -> None:
    text = (
        "During the year the government continued to detain critics. In January security forces arrested "
        "12 journalists in the capital, according to the union."
    )
    (inc,) = _extract(nlp, text, published="2031-03").incidents
    assert inc.date is not None and inc.date.value == "2030-01"


def test_headings_are_not_incidents(nlp: Language) -> None:
    text = (
        "d. Arbitrary Arrest or Detention\n\nMassacre\n\nThe committee met on Tuesday to review the budget."
    )
    assert _extract(nlp, text, published="2030-03").incidents == []


def test_cities_of_one_country_are_one_event_but_countries_split(nlp: Language) -> None:
    cities = _extract(
        nlp, "Police arrested dozens of traders in Lusaka, Ndola and Kitwe on Friday."
    ).incidents
    assert len(cities) == 1
    text = "The office voiced concern over the use of capital punishment in Iraq, Egypt and Belarus."
    countries = _extract(nlp, text).incidents
    assert sorted(i.place or "" for i in countries) == ["Belarus", "Egypt", "Iraq"]


def test_counts_from_cases_and_ages_are_not_counts(nlp: Language) -> None:
    text = "The commission registered 64 new cases of enforced disappearance in the province in March."
    (inc,) = _extract(nlp, text).incidents
    assert (inc.type, inc.figure.count) == ("enforced_disappearance", 64)
    (caned,) = _extract(nlp, "In May, Dewi Lestari, 23, was caned in public in Banda Aceh.").incidents
    assert caned.figure.count == 1 and caned.victim_names == ["Dewi Lestari"]


def test_sentence_final_attribution_and_pronoun_speakers(nlp: Language) -> None:
    text = (
        "Soldiers killed at least 16 villagers near the river, Human Rights Watch said on Monday.\n\n"
        '"These arrests must end now," said Lena Moreau, a spokesperson for the office. She said that 30 '
        "lawyers had been arrested in the capital last week."
    )
    killing, arrest = _extract(nlp, text, published="2024-06-05").incidents
    assert killing.claimants("asserts") == ["Human Rights Watch"]
    assert arrest.claimants("asserts") == ["Lena Moreau"]
