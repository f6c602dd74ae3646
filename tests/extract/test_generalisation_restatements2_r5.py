"""The same event told twice is one incident (fifth round, second pass): a lead that names an event
by a noun alone ("a trial marred by allegations of abuse") and the sentences after it that tell it
with its victims; a group named by what was done to it ("the scores of people condemned to death in
the case") before the sentence that tells the sentencing; a speaker who repeats the figure of a
death sentence told just before; a round-up whose chain of acts ends in the killing told before;
and a state source's own count for a killing, set in an armed clash (a rival figure, not a second
killing).

Each case pairs a restatement with a look-alike that tells a separate event. Texts written for
these tests, not taken from any evaluation set."""

from __future__ import annotations

from functools import partial

from extraction_helpers import incidents_of
from spacy.language import Language

from tallybook.model import Stance

_of = partial(incidents_of, published="2024-06-10")


# -- a lead that names the event by a noun alone, then the sentences that tell it


def test_nominal_lead_and_the_detailed_abuse_are_one(nlp: Language) -> None:
    text = (
        "We are dismayed by the execution of five men in Mashhad on Sunday, after proceedings "
        "tainted by allegations of torture.\n\n"
        "The five were convicted in 2022 of membership of an armed group. According to their "
        "families, the men were moved between prisons without notice. Their lawyer says several "
        "of the men were beaten with cables until they confessed."
    )
    assert len(_of(nlp, text, "torture")) == 1


def test_nominal_lead_then_an_abuse_far_later_stays_two(nlp: Language) -> None:
    text = (
        "We are dismayed by the execution of five men in Mashhad on Sunday, after proceedings "
        "tainted by allegations of torture.\n\n"
        "The five were convicted in 2022 of membership of an armed group. Their families were not "
        "told in advance. The bodies were buried without the families present. Lawyers have "
        "appealed against other verdicts in the same case. The court has not replied. In a "
        "separate case in Tabriz, a student was beaten by guards in March."
    )
    assert len(_of(nlp, text, "torture")) == 2


# -- a group named by what was done to it, before the sentence that tells it


def test_group_named_by_the_sentence_folds_into_the_sentencing_told_next(nlp: Language) -> None:
    text = (
        "The authorities must quash the verdicts against the scores of people condemned to death "
        "in the so-called Lake Chad cell trial, the Sahel Justice Network said today.\n\n"
        "The group also called for an inquiry. Relatives gathered outside the court on Monday. "
        "The Maroua Military Court sentenced 52 defendants to death in a single hearing in "
        "February 2021."
    )
    found = _of(nlp, text, "death_sentence")
    assert len(found) == 1
    assert found[0].figure.count == 52


def test_group_named_by_the_sentence_with_nothing_told_after_stays(nlp: Language) -> None:
    text = (
        "The authorities must quash the verdicts against the scores of people condemned to death "
        "in the so-called Lake Chad cell trial, the Sahel Justice Network said today."
    )
    assert len(_of(nlp, text, "death_sentence")) == 1


# -- a speaker who repeats the figure of a death sentence told before


def test_quoted_gallows_figure_retells_the_death_sentences(nlp: Language) -> None:
    text = (
        "The men were among 52 defendants sentenced to death by the Maroua Military Court in "
        "February 2021. The court heard no defence witnesses.\n\n"
        '"This was a hearing in which 52 people were sent to the gallows before lunch," said '
        "Amina Bello, the network's director."
    )
    assert _of(nlp, text, "execution") == []
    assert len(_of(nlp, text, "death_sentence")) == 1


def test_quoted_hanging_with_another_figure_stays_an_execution(nlp: Language) -> None:
    text = (
        "The men were among 52 defendants sentenced to death by the Maroua Military Court in "
        "February 2021. The court heard no defence witnesses.\n\n"
        '"Since then 14 of them have been sent to the gallows at Mokolo prison," said Amina Bello, '
        "the network's director."
    )
    assert len(_of(nlp, text, "execution")) == 1


# -- a round-up whose chain of acts ends in the killing told before


def test_round_up_then_shot_is_part_of_the_killing(nlp: Language) -> None:
    text = (
        "At least 40 villagers were killed by soldiers in Kamanyola on 3 May, the mission said. "
        "Survivors told investigators that young men were rounded up near the school, "
        "separated from their families and shot."
    )
    assert _of(nlp, text, "arrest") == []
    assert len(_of(nlp, text, "killing")) == 1


def test_round_up_with_no_killing_told_stays_an_arrest(nlp: Language) -> None:
    text = (
        "Soldiers entered Kamanyola on 3 May. Survivors said troops rounded up dozens of young "
        "men and took them to the barracks, and later soldiers shot at the crowd."
    )
    assert len(_of(nlp, text, "arrest")) == 1


# -- a state source's own count of the killing, set in an armed clash


def test_state_count_in_a_clash_is_a_rival_figure(nlp: Language) -> None:
    text = (
        "Soldiers gunned down at least 12 farmers during a raid on the village of Kisoro last "
        "week. Several of the bodies had wounds to the back.\n\n"
        "An army spokesman told the state broadcaster that four \u201cbandits\u201d had been killed in "
        "a clash with troops and that no civilians had been harmed."
    )
    found = _of(nlp, text, "killing")
    assert len(found) == 1
    assert found[0].figure.count == 12
    rival = [c for c in found[0].claims if c.stance == Stance.DISPUTES]
    assert rival and rival[0].figure is not None and rival[0].figure.count == 4


def test_state_count_of_a_dated_clash_elsewhere_stays_its_own(nlp: Language) -> None:
    text = (
        "Soldiers gunned down at least 12 farmers during a raid on the village of Kisoro last "
        "week. Several of the bodies had wounds to the back.\n\n"
        "An army spokesman told the state broadcaster that four \u201cbandits\u201d had been killed in "
        "a clash with troops in Kabale on 2 March."
    )
    assert len(_of(nlp, text, "killing")) == 2


# -- an act told only as the time of another act


def test_killing_told_as_the_time_of_an_assault_adds_no_source(nlp: Language) -> None:
    text = (
        "Soldiers killed at least 19 villagers in Mabanda in April 2024. "
        "Two of the women were beaten before being killed, according to relatives of the dead."
    )
    found = _of(nlp, text, "killing")
    assert len(found) == 1
    assert {c.claimant for c in found[0].claims if c.stance == Stance.ASSERTS} == {"publisher"}


def test_killing_with_its_own_victims_after_before_is_not_folded(nlp: Language) -> None:
    text = (
        "Soldiers killed at least 19 villagers in Mabanda in April 2024. "
        "In a separate attack in Ruyigi in June, troops shot dead three farmers before leaving."
    )
    assert len(_of(nlp, text, "killing")) == 2
