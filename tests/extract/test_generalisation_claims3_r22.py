"""Claimants (round 22): the "they" of a "who they said" clause on a person the main clause names
stands for that clause's plural subject ("Activists also raised the case of X, who they said was
sentenced to death" -> Activists), not for the source last named nor the publisher; and a closing
"..., official data shows." that the parser reads as a noun phrase ("shows" a plural noun, "data"
its compound) is told by the figures phrase, as "official figures show" is. Look-alikes: a "they"
whose main clause has a pronoun or a singular subject, a "who said" clause with no "they", a
closing clause of showing with a subject of its own or a word that is no record. Texts written
for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import LEDGER, claimant_names, incidents_of
from spacy.language import Language


def _claims(nlp: Language, text: str, kind: str) -> list[str]:
    found = incidents_of(nlp, text, kind, publisher=LEDGER, required=True)
    return claimant_names(found[-1], lower=True)


@pytest.mark.parametrize(
    ("text", "kind", "claimant"),
    [
        (
            "Activists also raised the case of Farhad Mirzaei, 24, who they said was sentenced to death "
            "in May.",
            "death_sentence",
            "activists",
        ),
        (
            "Relatives described the case of Ali Hassan, who they said had been beaten by police in Cairo "
            "last week.",
            "torture",
            "relatives",
        ),
        (
            "Local journalists wrote about the fate of Samir Haddad, whom they said soldiers had shot dead "
            "in March.",
            "killing",
            "local journalists",
        ),
        (
            "The lawyers cited Nadia Salem, who they said was arrested by soldiers at her home on 3 May.",
            "arrest",
            "the lawyers",
        ),
        (
            "Two rights groups highlighted Ahmed Yusuf, a baker, who they said was hanged in Zahedan prison "
            "on Monday.",
            "execution",
            "two rights groups",
        ),
    ],
)
def test_probe_they_of_a_who_clause_is_the_main_subject(
    nlp: Language, text: str, kind: str, claimant: str
) -> None:
    assert _claims(nlp, text, kind) == [claimant]


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        # a pronoun subject: no one named to stand for
        (
            "They also raised the case of Farhad Mirzaei, 24, who they said was sentenced to death in May.",
            "death_sentence",
            ["publisher"],
        ),
        # a singular subject "they" cannot stand for
        (
            "The court heard the case of Omar Said, who they said was tortured in custody in March.",
            "torture",
            ["publisher"],
        ),
        # no "they said": the main clause's raising verb tells it, as before
        (
            "Activists also raised the case of Farhad Mirzaei, who was sentenced to death in May.",
            "death_sentence",
            ["activists"],
        ),
        # "it said" keeps the body it stands for
        (
            "Amnesty International highlighted the case of Omar Said, a teacher, who it said was tortured "
            "in custody in March.",
            "torture",
            ["amnesty international"],
        ),
    ],
)
def test_probe_who_clause_lookalikes_keep(nlp: Language, text: str, kind: str, claimants: list[str]) -> None:
    assert _claims(nlp, text, kind) == claimants


@pytest.mark.parametrize(
    ("text", "kind", "claimant"),
    [
        (
            "The kingdom executed 170 people in all of last year, official data shows.",
            "execution",
            "official data",
        ),
        (
            "At least 40 detainees died in custody in 2023, official data shows.",
            "death_in_custody",
            "official data",
        ),
        ("Soldiers killed 35 civilians in the region in May, UN data shows.", "killing", "un data"),
        (
            "Security forces detained 900 students during the strike, official data shows.",
            "arrest",
            "official data",
        ),
        (
            "Guards hanged 14 prisoners in Qezel Hesar in one week, prison data shows.",
            "execution",
            "prison data",
        ),
    ],
)
def test_probe_closing_figures_read_as_nouns_tell_it(
    nlp: Language, text: str, kind: str, claimant: str
) -> None:
    assert _claims(nlp, text, kind) == [claimant]


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        # the verb has its subject: as before
        ("Iran hanged 834 people last year, official records show.", "execution", ["official records"]),
        ("The kingdom executed 170 people last year, the report shows.", "execution", ["the report"]),
        # footage is no record kept
        ("Police shot dead 12 protesters in the capital, footage shows.", "killing", ["publisher"]),
        ("Police shot dead 12 protesters in the capital, video shows.", "killing", ["publisher"]),
    ],
)
def test_probe_closing_showing_lookalikes_keep(
    nlp: Language, text: str, kind: str, claimants: list[str]
) -> None:
    assert _claims(nlp, text, kind) == claimants


# A UN experts' release: the experts who only react to an incident another body's account tells
# ("According to X, ...") do not tell it too; the release's experts still tell what no one else does.
_OHCHR = "Office of the United Nations High Commissioner for Human Rights"
_EXPERTS = (
    "\n\n*The experts: Ana Lopez-Vidal, Special Rapporteur on torture; Omar Fitzgerald-Sy, Special "
    "Rapporteur on extrajudicial, summary or arbitrary executions."
)


def _release(body: str) -> str:
    return (
        "GENEVA (3 September 2024) – UN human rights experts* today urged the Government to reform its "
        "justice system.\n\n" + body + _EXPERTS
    )


def _release_claims(nlp: Language, body: str, kind: str, publisher: str = _OHCHR) -> list[str]:
    found = incidents_of(
        nlp, _release(body), kind, publisher=publisher, published="2024-09-03", required=True
    )
    return claimant_names(found[-1])


@pytest.mark.parametrize(
    ("body", "kind", "claimant"),
    [
        (
            "The experts also expressed alarm at public floggings in Kano last month. According to local "
            "human rights monitors, at least 20 young men were flogged in public in Kano between 5 and "
            "19 August.",
            "corporal_punishment",
            "Local human rights monitors",
        ),
        (
            "The experts also expressed alarm at the killing of protesters in Lagos last month. According to "
            "Amnesty International, soldiers shot dead at least 12 protesters at the Lekki toll gate between "
            "2 and 9 August.",
            "killing",
            "Amnesty International",
        ),
        (
            "The experts also expressed concern at enforced disappearances in Bangladesh. According to the "
            "Asian Rights Commission, more than 600 people have been subjected to enforced disappearance in "
            "Bangladesh since 2009.",
            "enforced_disappearance",
            "Asian Rights Commission",
        ),
        (
            "The experts also expressed alarm at the arrest of journalists in Minsk last month. According to "
            "the Belarusian Association of Journalists, police detained at least 14 journalists in Minsk "
            "between 2 and 9 August.",
            "arrest",
            "Belarusian Association of Journalists",
        ),
        (
            "The experts also expressed alarm at executions in Qezel Hesar last month. According to the Iran "
            "Human Rights Monitor, at least 30 men were hanged in Qezel Hesar prison between 1 and 7 August.",
            "execution",
            "Iran Human Rights Monitor",
        ),
    ],
)
def test_probe_release_experts_do_not_join_a_named_account(
    nlp: Language, body: str, kind: str, claimant: str
) -> None:
    assert _release_claims(nlp, body, kind) == [claimant]


@pytest.mark.parametrize(
    "body",
    [
        # no one else tells it: the experts do
        "The experts also expressed alarm at public floggings in Kano last month. At least 20 young men "
        "were flogged in public in Kano between 5 and 19 August.",
        # the experts tell it themselves
        "The experts also expressed alarm at public floggings in Kano last month. At least 20 young men "
        "were flogged in public in Kano between 5 and 19 August, the experts said.",
    ],
)
def test_probe_release_experts_tell_what_no_one_else_does(nlp: Language, body: str) -> None:
    assert _release_claims(nlp, body, "corporal_punishment") == ["Ana Lopez-Vidal", "Omar Fitzgerald-Sy"]


def test_probe_reacting_body_outside_a_release_keeps_its_claim(nlp: Language) -> None:
    body = (
        "Amnesty International also expressed alarm at public floggings in Kano last month. According to "
        "local human rights monitors, at least 20 young men were flogged in public in Kano between 5 and "
        "19 August."
    )
    assert "Amnesty International" in _release_claims(nlp, body, "corporal_punishment", publisher=LEDGER)
