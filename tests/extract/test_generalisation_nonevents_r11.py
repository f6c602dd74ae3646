"""Round 11: words of violation that record no incident of their own. A headline above a body
restates what the body tells, even when its type differs from the body's ("...; Family Says He Was
Beaten" over a death in custody), so it yields no incident; and a violation named only as what a
record the authorities keep back would be about ("did not publish information on inquiries into
complaints of torture", "figures on executions have not been released") tells no event. Each class
has negative cases that keep the events the same words tell."""

from __future__ import annotations

import pytest
from extraction_helpers import incidents_of
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [i.type for i in incidents_of(nlp, text)]


# -- a headline restating the body: no incident of its own -----------------------------------------
def test_headline_of_another_type_than_the_body_is_no_incident(nlp: Language) -> None:
    text = (
        "Student Dies in Police Custody in Tarija; Family Says He Was Beaten\n\n"
        "A 19-year-old student, Marco Quispe, died in police custody in Tarija on Sunday, his family said."
    )
    found = incidents_of(nlp, text)
    assert [i.type for i in found] == ["death_in_custody"]
    assert all(i.span.start > text.index("\n") for i in found)


def test_sentence_with_a_full_stop_on_the_first_line_stays(nlp: Language) -> None:
    text = (
        "Police shot dead three protesters in Oruro on Monday.\n\n"
        "The victims were students, their families said."
    )
    assert "killing" in _types(nlp, text)


def test_body_incident_under_a_headline_stays(nlp: Language) -> None:
    text = (
        "Student Dies in Police Custody in Tarija; Family Says He Was Beaten\n\n"
        "A 19-year-old student, Marco Quispe, died in police custody in Tarija on Sunday. Police officers "
        "had beaten him with batons during his interrogation on Saturday, his family said."
    )
    assert "torture" in _types(nlp, text)


# -- a record kept back: what it would be about is no event -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not publish information on inquiries into complaints of torture in prisons.",
        "Figures on executions carried out in 2023 have not been released by the judiciary.",
    ],
)
def test_violation_named_by_a_withheld_record_is_no_incident(nlp: Language, text: str) -> None:
    assert _types(nlp, text) == []


def test_published_figures_keep_the_executions(nlp: Language) -> None:
    text = "The ministry published figures showing that 40 people were executed in the prison last year."
    assert "execution" in _types(nlp, text)


def test_withheld_whereabouts_stay_a_disappearance(nlp: Language) -> None:
    text = (
        "Authorities refused to disclose the whereabouts of the activist Lena Vos, who was arrested in "
        "Minsk on 3 March."
    )
    assert "enforced_disappearance" in _types(nlp, text)
