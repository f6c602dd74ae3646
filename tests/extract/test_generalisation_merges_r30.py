"""Round 30, how mentions merge into one incident and which one is its evidence. Three causes:

1. Two groups of one type told in the same month are one event only by that month; a vague amount
   far above the other's count ("Five men were arrested", then "Hundreds of people were arrested")
   is another group. Guard: a count the amount does not outnumber stays one event.
2. A named source who only reacts to an act ("expressed concern over the cases in which ... were
   executed") does not outscore the sentence that tells it. Guards: a source who tells the act, and
   a reaction whose own clause states the act ("I am appalled that X was put to death on Monday").
3. A retelling by the surname alone ("X was detained, in May, in ...") after a sentence that tells
   the act of the victim's full name leaves the full telling the evidence. Guard: a retelling dated
   to the day.
"""

from __future__ import annotations

import pytest
from extraction_helpers import evidence, incidents_of
from spacy.language import Language


def _evidences(nlp: Language, text: str, kind: str) -> list[str]:
    return [evidence(text, i) for i in incidents_of(nlp, text, kind, published=None)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "In March 2011 the village of Ban Hok saw the worst clash of the year. Five farmers were "
            "arrested for hiding rifles. A crowd gathered at the station.\n\nHundreds of villagers, "
            "mostly students, were arrested. They were made to kneel on the road.",
            "Five farmers were arrested",
            "Hundreds of villagers",
        ),
        (
            "In May 2015 the district of Lorra saw a crackdown. Four teachers were detained for "
            "organising a strike. Parents marched to the town hall.\n\nThousands of residents were "
            "detained. They were held in a stadium.",
            "Four teachers were detained",
            "Thousands of residents",
        ),
    ],
)
def test_probe_vague_amount_is_another_group(nlp: Language, text: str, first: str, second: str) -> None:
    found = _evidences(nlp, text, "arrest")
    assert any(first in e for e in found)
    assert any(second in e for e in found)


def test_probe_count_not_outnumbered_stays_one(nlp: Language) -> None:
    text = (
        "In March 2011 the village of Ban Hok saw the worst clash of the year. Forty farmers were "
        "arrested for hiding rifles. A crowd gathered at the station.\n\nDozens of villagers were "
        "arrested. They were made to kneel on the road."
    )
    assert len(_evidences(nlp, text, "arrest")) == 1


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "The UN expert Maria Olsen expressed deep concern over the two cases in which dissidents "
            "were executed. Both men were convicted of treason and hanged last month.",
            "Both men were convicted",
        ),
        (
            "Rapporteur Ana Silva condemned the killings in which three farmers were shot dead. "
            "The three farmers were shot dead by soldiers near Kerra last week.",
            "The three farmers were shot dead by soldiers",
        ),
    ],
)
def test_probe_reaction_does_not_outscore_the_telling(nlp: Language, text: str, told: str) -> None:
    kind = "execution" if "hanged" in text else "killing"
    found = _evidences(nlp, text, kind)
    assert found and told in found[0]


def test_probe_appalled_clause_still_tells(nlp: Language) -> None:
    text = (
        "GENEVA (9 June 2023) – A UN expert today expressed alarm at the rise in executions in Iran, "
        "including the hanging this week of a young man.\n\n“I am appalled that Karim Rostami was put "
        "to death on Monday after an unfair trial,” said Maria Olsen, the Special Rapporteur."
    )
    found = _evidences(nlp, text, "execution")
    assert found and "Karim Rostami was put to death" in found[0]


def test_probe_named_teller_keeps_its_sentence(nlp: Language) -> None:
    text = (
        "The UN expert Maria Olsen said two dissidents were executed in Tabriz prison. "
        "The two men were hanged last month."
    )
    found = _evidences(nlp, text, "execution")
    assert found and "Maria Olsen said" in found[0]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "After police in Belarus broke into their flat and arrested her brother, Pavel Ivanou "
            "Markevich, Olga Markevich fled the country.\n\nMarkevich was detained, in May, in the "
            "government's sweep against critics.",
            "After police in Belarus",
        ),
    ],
)
def test_probe_full_telling_over_surname_retelling(nlp: Language, text: str, told: str) -> None:
    found = _evidences(nlp, text, "arrest")
    assert len(found) == 1 and told in found[0]


def test_probe_surname_retelling_dated_to_the_day_stays(nlp: Language) -> None:
    text = (
        "After police in Belarus broke into their flat and arrested her brother, Pavel Ivanou "
        "Markevich, Olga Markevich fled the country.\n\nMarkevich was detained on 4 May 2021 at "
        "his office in Minsk."
    )
    found = _evidences(nlp, text, "arrest")
    assert found and all("After police" not in e for e in found)
