"""Round 7, incident detection: a stock on death row counted by a quantity noun ("hundreds more
remain on death row"), a group still missing ("dozens of villagers have remained missing", "at
least 45 of them remain unaccounted for"), and three non-events: a demand that reaches a relative
clause of "everyone who has been detained", a quotation's verdict on confessions "the accused say
were extracted through beatings", and a ranking ("executes more people than most countries").
Each class has guards that keep the events the same words tell."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        # a stock on death row counted by a quantity noun, beside an aggregate of executions
        (
            "Officials estimate that 200 people were hanged last year, while thousands more remain "
            "on death row.",
            "death_sentence",
        ),
        ("Activists say that hundreds more remain on death row in the kingdom.", "death_sentence"),
        # a counted group still missing
        (
            "Rights groups say that dozens of villagers have remained missing since the army raid "
            "on the town.",
            "enforced_disappearance",
        ),
        (
            "Soldiers detained men in the market on Monday. The commission said that at least 45 "
            "of them remain unaccounted for.",
            "enforced_disappearance",
        ),
    ],
)
def test_told_events_are_found(nlp: Language, text: str, itype: str) -> None:
    assert itype in extracted_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        # a demand that reaches everyone of a kind
        (
            '"We urge the authorities to free everyone who has been detained for peaceful '
            'protest," the group said.',
            "arrest",
        ),
        (
            '"We call on the courts to reopen every case in which beatings have been alleged," '
            "the lawyers said.",
            "torture",
        ),
        # a quotation's verdict on the evidence
        (
            '"The judges accepted confessions that the accused say were extracted through '
            'beatings," the lawyer said.',
            "torture",
        ),
        (
            '"Once more the court relied on statements the men said were obtained under torture," '
            "the director said.",
            "torture",
        ),
        # a ranking in the present tense
        (
            "Saudi Arabia executes more people than most other countries in the region, activists say.",
            "execution",
        ),
        # things and remainders that stay missing, rules about death row
        ("Police said the stolen documents remain missing.", "enforced_disappearance"),
        ("Conditions for prisoners on death row remain harsh, the report said.", "death_sentence"),
    ],
)
def test_non_events_are_dropped(nlp: Language, text: str, itype: str) -> None:
    assert itype not in extracted_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        # a demand about a counted, dated group keeps its arrest
        (
            '"We urge the authorities to free the 14 students who were detained on Monday," the group said.',
            "arrest",
        ),
        # the same account of confessions told by the narration keeps its torture
        (
            "The court convicted Omar Haddad on the basis of a confession that he said had been "
            "extracted by beatings.",
            "torture",
        ),
        # a headline in the present tense with a figure is an event
        ("Saudi Arabia executes seven men in one day", "execution"),
    ],
)
def test_events_beside_the_classes_are_kept(nlp: Language, text: str, itype: str) -> None:
    assert itype in extracted_types(nlp, text)
