"""The incidents component end to end, on reports written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tallybook.extract.pipeline import SourceText, build_pipeline, extract_texts
from tallybook.model import DocumentExtraction, ExtractedIncident


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


def _extract(nlp: Language, text: str, published: str | None = "2023-05-10") -> DocumentExtraction:
    return next(extract_texts([SourceText(text, published)], nlp))


def _evidence(text: str, inc: ExtractedIncident) -> str:
    return text[inc.span.start : inc.span.end]


def test_one_incident_with_figure_date_place_and_source(nlp: Language) -> None:
    text = "Security forces shot dead at least 14 demonstrators in the city of Zahedan on Friday, according to Amnesty International."
    (inc,) = _extract(nlp, text).incidents
    assert inc.type == "killing"
    assert (inc.figure.count, inc.figure.qualifier) == (14, "at_least")
    assert inc.date is not None and inc.date.value == "2023-05-05"
    assert inc.place == "Zahedan"
    assert inc.claimants("asserts") == ["Amnesty International"]
    assert "shot dead" in _evidence(text, inc)


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
    (inc,) = _extract(nlp, text, "2023-05-12").incidents
    assert inc.type == "execution"
    assert inc.figure.count == 6
    assert inc.date is not None and inc.date.value == "2023-05-08"
    assert "Interior Ministry" in _evidence(text, inc)


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
    arrest, sentence = _extract(nlp, text, "2022-06-01").incidents
    assert arrest.type == "arrest" and sentence.type == "death_sentence"
    assert sentence.victim_names == ["Reza Karimi", "Omid Nasseri"]
    assert sentence.figure.count == 2
    assert sentence.date is not None and sentence.date.value == "2022-03-17"


def test_two_incidents_in_one_sentence_get_their_own_clauses(nlp: Language) -> None:
    text = "The rapporteur said the students were tortured in detention, and that two of them were later executed."
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
        "La police a arrêté des dizaines de manifestants dans la capitale et trois personnes ont été tuées selon "
        "les organisations de défense des droits humains.",
    ]
    results = list(extract_texts([SourceText(t, "2020") for t in texts], nlp))
    assert len(results) == len(texts)
    assert results[0].incidents == [] and results[1].incidents == []
    assert {i.type for i in results[2].incidents} == {"arrest", "killing"}
    assert results[4].incidents == [] and results[4].language == "fr" and results[4].warnings


def test_long_text_is_cut_into_pieces_with_global_offsets(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
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
