"""Round 10 claimant classes: a part counted with a bound ("At least three of them died") keeps
the source of the sentence before; inside a quotation the speaker tells what others told ("Several
of the accused told the judge ..."); a kin source the text names elsewhere ("his wife said", then
"His wife, X, told ...") is that person; "One of them, <apposition>, said" is the one described."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "Security forces have detained scores of students since March, Amnesty International "
            "said. At least three of them died in police custody in Kassala last week.",
            "death_in_custody",
            ["Amnesty International"],
        ),
        (
            "Soldiers rounded up at least 40 men in Gao in May, according to the Sahel Rights "
            "Observatory. More than 12 of them died in military custody in Gao last month.",
            "death_in_custody",
            ["Sahel Rights Observatory"],
        ),
        # negative: the sentence before names no source
        (
            "Soldiers detained dozens of students in Kassala in March. At least three of them died "
            "in police custody last week.",
            "death_in_custody",
            ["publisher"],
        ),
    ],
)
def test_bounded_part_keeps_the_source_before(
    nlp: Language, text: str, kind: str, claimants: list[str]
) -> None:
    assert claims_of(nlp, text, kind)[-1] == claimants


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            '"Trials like these make a mockery of justice," said Leila Ahmadi, who heads the '
            "group's work on Egypt. \"Several of the accused told the judge they had been tortured "
            'into confessing."',
            "torture",
            ["Leila Ahmadi"],
        ),
        (
            'A relative told the Kurdistan Monitor: "Karim Bahrami told his mother on the phone '
            'that he had been beaten for two weeks in the police station."',
            "torture",
            ["A relative"],
        ),
        # negative: the speaker tells of his own treatment
        (
            '"We were beaten every night," said Omar Diallo, a former detainee.',
            "torture",
            ["Omar Diallo"],
        ),
    ],
)
def test_speaker_tells_what_others_told(nlp: Language, text: str, kind: str, claimants: list[str]) -> None:
    assert claims_of(nlp, text, kind) == [claimants]


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "Police in Hue detained the blogger Tran Van Minh outside his home on Friday, his wife "
            'said. His wife, Le Thi Mai, told reporters: "They showed no warrant."',
            "arrest",
            ["Le Thi Mai"],
        ),
        (
            "Among the dead was Kofi Mensah, 19, who was shot outside his shop in Tema, his father "
            'told reporters. "He was only closing the shop," said the father, Kwame Mensah.',
            "killing",
            ["Kwame Mensah"],
        ),
        # negatives: a wife the text never names; two wives named
        (
            "Police in Hue detained the blogger Tran Van Minh outside his home on Friday, his wife said.",
            "arrest",
            ["Tran Van Minh's wife"],
        ),
        (
            "Police detained Tran Van Minh on Friday, his wife said. His wife, Le Thi Mai, told "
            "reporters he had done nothing wrong. Another wife, Pham Thi Hoa, said the same.",
            "arrest",
            ["Tran Van Minh's wife"],
        ),
    ],
)
def test_kin_named_elsewhere(nlp: Language, text: str, kind: str, claimants: list[str]) -> None:
    assert claims_of(nlp, text, kind)[0] == claimants


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "Police detained dozens of opposition supporters in Gulu after the vote. One of those "
            "released, a 31-year-old teacher from Lira who asked not to be named, told reporters he "
            "had been beaten with batons for three days.",
            "torture",
            ["a 31-year-old teacher from Lira"],
        ),
        (
            "Soldiers detained four farmers near Tumaco, according to the local council. One of "
            "them, farmer Rosa Quintero, said soldiers kicked her in the stomach.",
            "torture",
            ["Rosa Quintero"],
        ),
        # negatives: no apposition; a group, not one person
        (
            "Police detained dozens of opposition supporters in Gulu after the vote. One of those "
            "released told reporters he had been beaten with batons for three days.",
            "torture",
            ["Those released"],
        ),
        (
            "Police detained dozens of opposition supporters in Gulu after the vote. Several of "
            "those released, among them two students, told reporters they had been beaten with batons.",
            "torture",
            ["Those released"],
        ),
    ],
)
def test_one_of_them_described(nlp: Language, text: str, kind: str, claimants: list[str]) -> None:
    assert claims_of(nlp, text, kind) == [claimants]
