"""Spurious incidents, round 17: the opening sentence of a statement that reacts to what its body
then tells ("UN experts today expressed alarm at reports that soldiers killed civilians", "The
Centre is gravely concerned by a renewed wave of torture") names the violation with no figure and
no victim of its own; it only announces the body's incident of that type, whatever date its loose
words seem to give (`assembly.reaction_leads`); one with a figure or a victim but no day of its own
folds into the body act of its type, figure and victim that the body dates to the day. An opening
with its own figure and day, or one whose type the body never tells again, stays an incident.
A practice said to go on in the present, "judicial caning continues to be imposed"
(`assertion.general_statements.characterised`), tells no act of its own; acts told beside it
stay. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import evidence, incidents_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "body"),
    [
        (
            "Varos: UN experts alarmed by killings\n"
            "GENEVA (3 March 2024) – UN experts today expressed alarm at reports that soldiers killed "
            "civilians in the Dovan region in the run-up to the January 2025 elections.\n"
            "According to information received by the experts, at least 14 people were shot dead by "
            "soldiers in the village of Marek on 12 February.",
            "killing",
            "at least 14 people",
        ),
        (
            "Varos: experts alarmed by killings of protesters\n12 March 2024\n"
            "Independent UN experts on Tuesday voiced alarm over reports that police killed protesters "
            "in the capital, and called for an inquiry.\n"
            "The experts said at least nine people were killed when police opened fire on a march in "
            "Marek between 14 and 16 February.",
            "killing",
            "at least nine people",
        ),
        (
            "Varos: End the crackdown\n"
            "Lendra, 4 April 2024 – The Varos Rights Centre is gravely concerned by a renewed wave of "
            "torture targeting members of the opposition ahead of the December 2024 vote.\n"
            "Released detainees described being held in a warehouse in Marek in March, where guards "
            "beat them with cables.",
            "torture",
            "guards beat them",
        ),
    ],
)
def test_an_opening_reaction_announces_the_body_incident(
    nlp: Language, text: str, kind: str, body: str
) -> None:
    found = incidents_of(nlp, text, kind)
    assert len(found) == 1
    assert body in evidence(text, found[0])


def test_an_opening_with_its_own_figure_is_an_incident(nlp: Language) -> None:
    text = (
        "GENEVA (3 March 2024) – UN experts today condemned the execution of 12 men in Varos on Sunday.\n"
        "Separately, courts in Varos executed at least 30 people in 2023, the experts said."
    )
    found = incidents_of(nlp, text, "execution")
    assert sorted(i.figure.count or 0 for i in found) == [12, 30]


def test_an_opening_reaction_the_body_does_not_retell_stays(nlp: Language) -> None:
    text = (
        "Lendra, 4 April 2024 – The Varos Rights Centre is gravely concerned by a wave of arrests of "
        "journalists.\nOn Monday, police shot dead two protesters in Marek."
    )
    assert len(incidents_of(nlp, text, "arrest")) == 1
    assert len(incidents_of(nlp, text, "killing")) == 1


def test_a_later_reaction_is_no_opening(nlp: Language) -> None:
    text = (
        "Police detained 20 protesters in Marek on Monday. The group also expressed alarm at killings "
        "of activists in the region. On 3 May soldiers shot dead four activists in Dovan."
    )
    assert len(incidents_of(nlp, text, "arrest")) == 1
    found = incidents_of(nlp, text, "killing")
    assert [i.figure.count for i in found] == [4]


def test_an_opening_without_a_day_folds_into_the_named_body_act(nlp: Language) -> None:
    text = (
        "Varos: UN expert alarmed by surge in executions\n"
        "GENEVA (20 June 2024) – A UN expert today expressed grave alarm at the sharp rise in executions "
        "in Varos, including the hanging this week of a young man arrested during the protests.\n"
        "“I am appalled that Tomas Brel was put to death on Tuesday despite serious doubts about his "
        "trial,” said the expert."
    )
    found = incidents_of(nlp, text, "execution")
    assert len(found) == 1
    assert "Tomas Brel" in evidence(text, found[0])


def test_an_opening_dated_to_the_day_keeps_its_own_incident(nlp: Language) -> None:
    text = (
        "Varos: UN experts condemn hangings\n"
        "GENEVA (20 June 2024) – UN experts today condemned the hanging of seven men at Dovan Prison "
        "on Sunday.\nThe seven men had been convicted in a case over an attack on a checkpoint, and "
        "were hanged at dawn on 17 March, the experts said."
    )
    found = incidents_of(nlp, text, "execution")
    assert any("condemned the hanging" in evidence(text, i) for i in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We are also concerned that judicial caning continues to be imposed.", "corporal_punishment"),
        ("Public flogging continues to be carried out in Varos, the group said.", "corporal_punishment"),
    ],
)
def test_a_practice_that_continues_to_be_done_is_no_incident(nlp: Language, text: str, kind: str) -> None:
    assert incidents_of(nlp, text, kind) == []


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "Arrests of journalists continue in Marek, where police detained four reporters on Monday.",
            "arrest",
            4,
        ),
        (
            "Women continued to be executed, with at least four women hanged in Dovan Prison in May.",
            "execution",
            4,
        ),
        (
            "Executions of drug offenders continue to be carried out at a rate of 20 a month, with 41 "
            "people hanged in Dovan in May.",
            "execution",
            41,
        ),
    ],
)
def test_acts_told_beside_a_continuing_practice_stay(nlp: Language, text: str, kind: str, count: int) -> None:
    assert [i.figure.count for i in incidents_of(nlp, text, kind)] == [count]
