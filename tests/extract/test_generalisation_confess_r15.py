"""Round 15 victim counts: a torture told through a forced confession counts the people who
confessed when the text names no victim for it: "a confession extracted under torture" (one),
"had signed his confession after being ... beaten" (one), "was made to confess after being
subjected to electric shocks" (one), "These men were convicted on the basis of confessions that
were extracted under torture" (the men listed before). Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import incidents_of
from spacy.language import Language


def _counts(nlp: Language, text: str) -> list[int | None]:
    found = incidents_of(nlp, text, "torture", publisher="Daily Ledger", required=True)
    return [i.figure.count for i in found]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Varga was sentenced to death in March. Her lawyer says the only evidence in the case "
        "is a confession extracted under torture at a police station in Doruk.",
        "Tomas Rell was hanged on Monday. The Prisoners Forum said the verdict rested on a confession "
        "obtained after days of beatings in custody.",
        "Ilyas Berko told the judge that he had signed his confession after being held without food "
        "and beaten with cables, but the court ignored his complaint.",
        "Among the defendants was Karim Osei, who was 16 at the time and who was made to confess after "
        "being subjected to electric shocks for three days.",
        "Pavel Dunn was convicted on the basis of a confession he later withdrew, telling the judges "
        "that it had been obtained through beatings by guards.",
    ],
)
def test_one_person_confessed(nlp: Language, text: str) -> None:
    assert 1 in _counts(nlp, text)


def test_a_listed_group_confessed(nlp: Language) -> None:
    text = (
        "Amir Sadeghi, a 22-year-old baker, Reza Nouri, 20, and Omid Kaveh, a student, were sentenced "
        "to death in Tabriz last week.\n\n"
        '"These young men were convicted on the basis of confessions that were extracted under '
        'torture," the rights group said.'
    )
    assert 3 in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a plural with no group counted or listed: no number
        "The rights group said courts in the province routinely convicted protesters on the basis of "
        "confessions that were extracted under torture in 2023.",
        # "their confession": not one person, and no group counted
        "Relatives said the police beat the protesters and that their confession was obtained "
        "through torture at the station in Doruk last week.",
    ],
)
def test_no_count_without_a_confessor(nlp: Language, text: str) -> None:
    assert 1 not in _counts(nlp, text) and 3 not in _counts(nlp, text)
