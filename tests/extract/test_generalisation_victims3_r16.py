"""Round 16 victims: the experts named after "according to the experts –" tell of the harm and are
never its victims, even where the parser hangs their names on the victims' phrase; the people a
death sentence is passed on by a participle ("the death sentences handed down in March to 14
workers", "issued against nine students", "passed in May on 6 miners") are its victims. Texts
written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import extract_one, incidents_of
from spacy.language import Language

_EXPERTS = ("Clara Voss", "Tomas Rieger", "Nadia Koroma")

_SENTENCED = (
    "{0}, a 23-year-old mechanic, his cousin {1}, 19, and {2}, a university student, were "
    "sentenced to death for “corruption on earth”, according to the experts – Clara Voss, the "
    "Special Rapporteur on the situation of human rights in Iran; Tomas Rieger, the Special "
    "Rapporteur on extrajudicial, summary or arbitrary executions; and Nadia Koroma, who chairs "
    "the Working Group on Arbitrary Detention."
)
_SENTENCED2 = (
    "{0}, a 27-year-old welder, his brother {1}, 22, and {2}, a schoolteacher, were sentenced to "
    "death for “waging war against God”, according to the experts – Clara Voss, the Special "
    "Rapporteur on torture; Tomas Rieger, the Special Rapporteur on extrajudicial, summary or "
    "arbitrary executions; and Nadia Koroma, who chairs the Working Group on Enforced "
    "Disappearances."
)


@pytest.mark.parametrize(
    ("template", "victims"),
    [
        (_SENTENCED, ("Dara Rostami", "Kaveh Rostami", "Omid Sharifi")),
        (_SENTENCED, ("Hassan Tabrizi", "Reza Tabrizi", "Navid Farahani")),
        (_SENTENCED2, ("Arman Kazemi", "Babak Kazemi", "Saman Yazdani")),
    ],
)
def test_experts_told_after_according_to_are_no_victims(
    nlp: Language, template: str, victims: tuple[str, str, str]
) -> None:
    found = extract_one(nlp, template.format(*victims))
    (inc,) = [i for i in found.incidents if i.type == "death_sentence"]
    assert sorted(inc.victim_names) == sorted(victims)
    assert inc.figure.count == 3
    roles = {p.name: p.role for p in found.people}
    assert all(roles.get(e) != "victim" for e in _EXPERTS)


@pytest.mark.parametrize(
    "text",
    [
        # victims listed after the "according to" phrase is closed, or with the teller inside it
        "Ahmed Rana and his nephew Bilal Rana were flogged in public, according to the monitors – "
        "Clara Voss, a researcher; and Tomas Rieger, an observer for the mission.",
        "Ahmed Rana, a 31-year-old baker, and Yusuf Karimi, a law student, were hanged in Shiraz, "
        "according to the lawyers – Clara Voss, who heads the bar association; Tomas Rieger, a "
        "defence attorney; and Nadia Koroma, a former judge.",
    ],
)
def test_victims_before_according_to_kept(nlp: Language, text: str) -> None:
    found = extract_one(nlp, text)
    (inc,) = found.incidents
    assert inc.victim_names and all(n not in _EXPERTS for n in inc.victim_names)
    assert "Ahmed Rana" in inc.victim_names


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Judges in Lahore on Tuesday upheld the death sentences handed down in March to 14 farm "
            "workers accused of arson.",
            14,
        ),
        (
            "Rights groups urged the government to overturn the death sentences issued on Friday "
            "against nine students who joined the strike.",
            9,
        ),
        (
            "The lawyers appealed against the death sentences passed in May on 6 miners from the "
            "northern province.",
            6,
        ),
    ],
)
def test_people_a_participle_passes_sentences_on(nlp: Language, text: str, count: int) -> None:
    (inc,) = incidents_of(nlp, text, "death_sentence", required=True)
    assert inc.figure.count == count


@pytest.mark.parametrize(
    "text",
    [
        # a date or the court after the participle: no one the sentences fall on
        "The lawyers appealed against the death sentences handed down on 12 May.",
        "The lawyers appealed against the death sentences handed down last year by the military court.",
    ],
)
def test_participle_without_recipients_counts_no_one(nlp: Language, text: str) -> None:
    (inc,) = incidents_of(nlp, text, "death_sentence", required=True)
    assert inc.figure.count is None
