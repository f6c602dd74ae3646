"""Round 10 claimant classes, second part: words quoted from "the experts" are told by every
expert the release names, not only the first-named speaker; a second "that"-clause the parser
conjoined to the reporting verb ("told X that A, and that B") is still what the speaker told; an
aside with a content clause of its own after it ("..., during which, his wife said, he was beaten")
tells that clause, not the arrest before it."""

from __future__ import annotations

import pytest
from extraction_helpers import claimant_names, claims_of, incidents_of
from spacy.language import Language

_RELEASE = (
    "Belarus: UN experts alarmed by deaths of prisoners\n\n"
    "GENEVA (3 May 2024) – UN experts* today voiced alarm at the treatment of political prisoners "
    "in Belarusian penal colonies.\n\n"
    "{body}\n\n"
    "*The experts: Marta Kowalczyk, Special Rapporteur on the situation of human rights in Belarus; "
    "Jonas Eriksen, Special Rapporteur on torture.\n"
)


@pytest.mark.parametrize(
    ("body", "kind", "claimants"),
    [
        (
            '"Several of the prisoners were beaten by guards in the weeks before they died. Nobody '
            'has been held to account," the experts said.',
            "torture",
            ["Jonas Eriksen", "Marta Kowalczyk"],
        ),
        (
            '"Credible reports indicate that some detainees were given electric shocks to make them '
            'confess," the UN experts added.',
            "torture",
            ["Jonas Eriksen", "Marta Kowalczyk"],
        ),
        # negative: one expert speaks, so the words are hers alone
        (
            '"Several of the prisoners were beaten by guards in the weeks before they died," said '
            "Ms. Kowalczyk.",
            "torture",
            ["Marta Kowalczyk"],
        ),
    ],
)
def test_quoted_experts_all_tell(nlp: Language, body: str, kind: str, claimants: list[str]) -> None:
    text = _RELEASE.format(body=body)
    found = incidents_of(nlp, text, kind, publisher="OHCHR", required=True)
    assert sorted(claimant_names(found[-1])) == claimants


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "Among those hanged was Karim Hassan, 40, a baker from Mosul. His wife, Layla Omar, told "
            "the group that he had been held incommunicado for six months after his arrest in 2017, "
            "and that the family learned of his trial only after he had been sentenced to death.",
            "death_sentence",
            ["Layla Omar"],
        ),
        (
            "Among those hanged was Samir Daoud, a teacher from Basra. His lawyer, Rana Saleh, told "
            "the court that he had been held without charge for a year, and that the family learned "
            "of the hearing only after he had been sentenced to death.",
            "death_sentence",
            ["Rana Saleh"],
        ),
        (
            "Among those hanged was Samir Daoud. His mother, Amal Daoud, told the organization that "
            "he had been held for three months after his arrest in 2015, and that she learned of his "
            "trial only after he had been sentenced to death.",
            "death_sentence",
            ["Amal Daoud"],
        ),
        # negative: the second clause is the speaker's own content clause, told as before
        (
            "Among those hanged was Samir Daoud, a teacher from Basra. His brother, Nabil Daoud, told "
            "reporters that he had been beaten in custody and that he had been sentenced to death in "
            "2020.",
            "death_sentence",
            ["Nabil Daoud"],
        ),
    ],
)
def test_second_that_clause_is_told(nlp: Language, text: str, kind: str, claimants: list[str]) -> None:
    assert claims_of(nlp, text, kind)[-1] == claimants


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        (
            "Police arrested Okello at a rally in Gulu in May and held him for a week, during which, "
            "his lawyer said, he was beaten.",
            ["publisher"],
        ),
        (
            "Rostami was arrested at his home in Piranshahr in 2021 and held in solitary confinement "
            "for 30 days, during which, his wife said, he was beaten.",
            ["publisher"],
        ),
        (
            "Nazari was arrested at his home in Saqqez in 2021 and held in solitary confinement for "
            "30 days, during which, his wife said, he was beaten.",
            ["publisher"],
        ),
        # negative: a clause-final aside with no clause of its own tells the arrest
        (
            "Rostami was arrested at his home in Piranshahr in 2021, his wife said.",
            ["His wife"],
        ),
    ],
)
def test_aside_tells_its_own_clause(nlp: Language, text: str, claimants: list[str]) -> None:
    assert claims_of(nlp, text, "arrest")[0] == claimants
