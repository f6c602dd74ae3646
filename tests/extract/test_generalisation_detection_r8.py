"""Round 8, incident detection: disappearances told as news withheld from the family ("was not
told where he was", "have received no news of her since", "whose whereabouts have yet to be
revealed", an incommunicado spell whose family enquiries went unanswered), a death-row stock told
as "facing the death penalty" (CONVENTIONS) with its counted victims, a past clause misparsed under
a modal demand, and three non-events: an inverted condition ("Were further hangings to go ahead,
..."), a practice "long documented", and officers held by prosecutors. Each class has guards."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types, first_incident
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        # the family not told where a person is
        (
            "Karim Nouri was taken to a military base on 3 May, and his wife was not told where he "
            "was for nine days.",
            "enforced_disappearance",
        ),
        # no news of a person since a date
        (
            "The lawyer Sara Okafor, whose parents have received no news of her since last March, "
            "is serving a ten-year term.",
            "enforced_disappearance",
        ),
        # whereabouts not yet revealed
        (
            "Police detained Hamid Tavakoli and his cousin, whose whereabouts, relatives say, have "
            "yet to be disclosed to the family.",
            "enforced_disappearance",
        ),
        # an incommunicado spell with the family's enquiries unanswered, beside ill-treatment
        (
            "Activists said he was held incommunicado for 30 days, during which his family's "
            "appeals to the prison went unanswered, and was repeatedly beaten.",
            "enforced_disappearance",
        ),
        # a death-row stock
        (
            "At least 22 prisoners, among them a woman, are known to be facing the death penalty "
            "in drug cases.",
            "death_sentence",
        ),
        ("Nine more activists are facing the death penalty, the group said.", "death_sentence"),
        # a past clause misparsed as a conjunct of a modal demand
        (
            "The authorities must overturn the death sentence of Reza Karimi, a 20-year-old student "
            "who, the group has learned, was sentenced to death by a Revolutionary Court in June.",
            "death_sentence",
        ),
    ],
)
def test_told_events_are_found(nlp: Language, text: str, itype: str) -> None:
    assert itype in extracted_types(nlp, text)


def test_death_row_stock_counts_its_people(nlp: Language) -> None:
    text = (
        "At least 22 prisoners, among them a woman, are known to be facing the death penalty in drug cases."
    )
    assert first_incident(nlp, text, "death_sentence").figure.count == 22


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        # an inverted condition
        (
            "Were further hangings to go ahead, the experts warned, they would violate international law.",
            "execution",
        ),
        ("Should the executions be carried out, the country would face sanctions.", "execution"),
        # a practice long documented
        (
            "Extrajudicial executions, often described by the police as “encounters”, have long "
            "been documented in Pakistan.",
            "killing",
        ),
        # officers held by prosecutors are suspects, not victims
        (
            "The regional prosecutor's office said it had arrested three police officers and was "
            "questioning witnesses.",
            "arrest",
        ),
        # the guards of each class
        ("The lawyer told the court where he was on the night of the fire.", "enforced_disappearance"),
        ("His relatives received no information about the charges.", "enforced_disappearance"),
        ("Three suspects could face the death penalty if convicted.", "death_sentence"),
    ],
)
def test_non_events_are_dropped(nlp: Language, text: str, itype: str) -> None:
    assert itype not in extracted_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        # an incommunicado spell that only frames the beatings stays folded into the torture
        ("He was held incommunicado for two weeks, during which he was beaten.", "torture"),
        # a question opening on "Were" is no condition
        ("Were the men executed in secret? Officials said three men were hanged in Shiraz.", "execution"),
        # prosecutors arresting people who are not agents of the state
        ("The state prosecutor's office said it had arrested two journalists on Monday.", "arrest"),
        # a dated plural event is not a practice
        ("Executions were carried out in secret on Monday in Shiraz.", "execution"),
        ("Extrajudicial executions of 14 villagers were documented in Pakistan last May.", "killing"),
    ],
)
def test_events_beside_the_classes_are_kept(nlp: Language, text: str, itype: str) -> None:
    assert itype in extracted_types(nlp, text)
