"""Later sentences that only break down or date an incident told before (sixth round): a sentence
opening "Of them," that splits a toll of deaths by manner (deaths in custody, deaths "during
arrest" among the killings) or splits a group whose size was given in words; and a sentence about
the people told before ("the men were hanged on Monday at X Prison") that gives the day and
place of the event told, not a second event.

Each case pairs the restatement with a look-alike that tells a separate event. Texts written for
these tests, not taken from any evaluation set."""

from __future__ import annotations

from functools import partial

import pytest
from extraction_helpers import incidents_of
from spacy.language import Language

_of = partial(incidents_of, published="2024-06-14")


# -- "Of them, ...": a toll of deaths broken down by manner


@pytest.mark.parametrize(
    "breakdown",
    [
        "Of them, 20 were shot in so-called encounters, six were beaten to death in custody and "
        "four were shot dead during arrest.",
        "Of these, 25 died in staged shootouts and five died in police custody after torture.",
        "Among them, 18 were gunned down at checkpoints and seven died in custody.",
    ],
)
def test_manner_breakdown_of_a_toll_is_part_of_it(nlp: Language, breakdown: str) -> None:
    text = (
        "Kestrel Watch said on Friday that at least 30 people were killed by the police between "
        f"January and March. {breakdown} The group called for an independent inquiry."
    )
    assert len(_of(nlp, text, "killing")) == 1
    assert _of(nlp, text, "death_in_custody") == []
    assert _of(nlp, text, "arrest") == []


# -- "Of them, ...": a group whose size is given in words


def test_breakdown_of_a_group_counted_in_words_is_part_of_it(nlp: Language) -> None:
    text = (
        "At least eleven people became victims of enforced disappearance in the northern "
        "provinces during the quarter. Of them, three were later produced in court and the "
        "whereabouts of eight remain unknown."
    )
    found = _of(nlp, text, "enforced_disappearance")
    assert len(found) == 1
    assert found[0].span.start == 0


# -- "The men were hanged on Monday at X Prison": the day and place of the event told


@pytest.mark.parametrize(
    "detail",
    [
        "The men were hanged on Tuesday at Qezel Hesar Prison, the experts said.",
        "The prisoners were executed at dawn on Tuesday in Qezel Hesar Prison, relatives said.",
        "They were hanged on Tuesday in Qezel Hesar Prison, according to the experts.",
    ],
)
def test_a_later_day_for_the_people_told_is_the_same_execution(nlp: Language, detail: str) -> None:
    text = (
        "A group of UN experts today condemned the execution of at least 15 prisoners in Iran "
        f"earlier this week, after trials that ignored basic guarantees. {detail} The experts "
        "urged a moratorium on the death penalty."
    )
    found = _of(nlp, text, "execution")
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.value == "2024-06-11"
    assert found[0].figure.count == 15
    assert found[0].place == "Qezel Hesar Prison"


# -- look-alikes that tell a separate event


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        pytest.param(
            "Kestrel Watch said on Friday that at least 50 protesters were detained by the police in "
            "March. Of them, 12 were tortured at the central police station.",
            "torture",
            1,
            id="a-further-abuse-of-part-of-a-group",
        ),
        pytest.param(
            "Kestrel Watch said on Friday that at least 30 people were killed by the police between "
            "January and March. Separately, a teacher, Omar Haddad, died in police custody in Tarsel "
            "on 3 April.",
            "death_in_custody",
            1,
            id="a-death-in-custody-told-apart-from-a-toll",
        ),
        pytest.param(
            "A group of UN experts today condemned the execution of at least 15 prisoners in Iran "
            "in April, after trials that ignored basic guarantees. The men were hanged on Tuesday at "
            "Qezel Hesar Prison, the experts said.",
            "execution",
            2,
            id="a-day-outside-the-time-told",
        ),
        pytest.param(
            "A group of UN experts today condemned the execution of at least 15 prisoners in Iran "
            "earlier this week. Another group of prisoners were also hanged on Tuesday at Qezel "
            "Hesar Prison, the experts said.",
            "execution",
            2,
            id="another-group-on-a-day-of-its-own",
        ),
    ],
)
def test_a_separate_event_stays_its_own_incident(nlp: Language, text: str, kind: str, count: int) -> None:
    assert len(_of(nlp, text, kind)) == count
