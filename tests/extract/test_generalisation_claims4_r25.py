"""Round 25, claimants and counts: a victim named only by a tie to someone else, "her client",
"my colleague", "their neighbour", "the patient", is one person (count 1, exact), as a lawyer's
"his client" is in every gold set. Guards: the plural of the same noun ("her clients", "the
patients") gives no count, and a noun of a tie not listed ("her landlord") stays uncounted."""

from __future__ import annotations

import pytest
from extraction_helpers import claims_of, incident_figure
from spacy.language import Language

_ONE_BY_TIE = [
    ("The lawyer said his client was beaten by guards at the police station.", "torture"),
    ("His client had been tortured with electric shocks, the attorney told the court.", "torture"),
    ("According to the advocate, the client was whipped with a cable in the cell on 3 May.", "torture"),
    ("Police detained her client, a teacher, on Friday.", "arrest"),
    ("The patient was beaten by police officers in the ward on Monday.", "torture"),
    ("Officers beat my colleague at the checkpoint on 4 June.", "torture"),
    ("Their neighbour was arrested by the police last Friday.", "arrest"),
]


@pytest.mark.parametrize(("text", "kind"), _ONE_BY_TIE)
def test_probe_person_named_by_a_tie_is_one(nlp: Language, text: str, kind: str) -> None:
    assert incident_figure(nlp, text, kind) == (1, "exact")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The patients were beaten by police officers in the ward on Monday.", "torture"),
        ("Her clients were detained by police on Friday.", "arrest"),
        ("Her landlord was arrested by soldiers on Sunday.", "arrest"),
    ],
)
def test_probe_plural_or_unlisted_tie_stays_uncounted(nlp: Language, text: str, kind: str) -> None:
    assert incident_figure(nlp, text, kind)[0] is None


# "X is gravely concerned that <event>": the named subject of a present copula with a reporting adjective
# tells the event (gold credits the Special Rapporteur, Amnesty, the Office in every set).
@pytest.mark.parametrize(
    ("text", "kind", "teller"),
    [
        (
            "Amnesty International is gravely concerned that at least 20 people were executed in May 2023.",
            "execution",
            "Amnesty International",
        ),
        (
            "Human Rights Watch is deeply alarmed that soldiers killed 14 villagers in Sagaing on 2 May.",
            "killing",
            "Human Rights Watch",
        ),
        (
            "The Working Group is concerned that 30 activists were arrested in Minsk in March 2023.",
            "arrest",
            "Working Group",
        ),
        (
            "The Committee against Torture remains concerned that detainees were tortured in Evin in 2023.",
            "torture",
            "Committee against Torture",
        ),
    ],
)
def test_probe_concerned_body_tells(nlp: Language, text: str, kind: str, teller: str) -> None:
    names = claims_of(nlp, text, kind)[0]
    assert any(teller in n for n in names), names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ms Lind was concerned that her son had been arrested on 3 May.", "arrest"),
        ("His mother was worried that he had been beaten in custody in March 2023.", "torture"),
        ("Relatives were alarmed that 12 men were executed in Zahedan in May 2023.", "execution"),
        ("The organisation is also alarmed that 12 men were executed in Zahedan in May 2023.", "execution"),
    ],
)
def test_probe_past_worry_names_no_teller(nlp: Language, text: str, kind: str) -> None:
    assert claims_of(nlp, text, kind)[0] == ["publisher"]
