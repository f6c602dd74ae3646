"""Round 28, quotes: a bare title that speaks with no holder set beside it ("the spokesperson
said", "said the High Commissioner") stands for the one named person the text has speak, as a
release quotes its official by name and by office in turn; the real sets' gold names the person.
Guards: two named people speak, the one who speaks is described by another calling, or the only
named person is a victim who does not speak: the title stays."""

from __future__ import annotations

import pytest
from extraction_helpers import quote_speakers
from spacy.language import Language

_ASKED = "The office has asked the authorities for information.\n"
_LAWYERS = "“Those detained must be given access to their lawyers without delay,” the spokesperson said."

_ONE_NAMED_SPEAKER = [
    (
        f"“We are deeply worried by the wave of arrests in the north,” Okonkwo said.\n{_ASKED}{_LAWYERS}",
        "Okonkwo",
    ),
    (
        "“Bodies have been found on the roads almost every morning this month,” said Amara Diallo.\n"
        "The office has recorded dozens of cases since June.\n"
        "“This pattern of killings must be investigated at once,” said the High Commissioner.",
        "Amara Diallo",
    ),
    (
        "The UN human rights chief Lena Marsh on Monday voiced alarm at the killings.\n"
        "Ms. Marsh said that most of the victims had been shot in the head.\n"
        "“No one has yet been held to account for these deaths,” the High Commissioner said.",
        "Lena Marsh",
    ),
    (
        "“The families have not been told where the men are being held,” Brennan told reporters in Geneva.\n"
        "The office said it had written to the government.\n"
        "“We call for their immediate release from detention,” the spokesperson added.",
        "Brennan",
    ),
]


@pytest.mark.parametrize(("text", "name"), _ONE_NAMED_SPEAKER)
def test_probe_bare_title_is_the_one_named_speaker(nlp: Language, text: str, name: str) -> None:
    assert quote_speakers(nlp, text)[-1] == name


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "“We are deeply worried by the wave of arrests in the north,” said Anna Kovacs.\n"
            "“The prisons are full beyond any capacity that was planned,” said Pedro Alves.\n" + _LAWYERS,
            "the spokesperson",
        ),
        (
            "“My brother was taken from our home in the middle of the night,” said activist Tomas Rein.\n"
            "The ministry later issued a statement.\n"
            "“The men were detained lawfully and will face trial soon,” the minister said.",
            "the minister",
        ),
        (
            f"Karim Haddad was arrested by police in the capital on Monday.\n{_ASKED}{_LAWYERS}",
            "the spokesperson",
        ),
    ],
)
def test_probe_title_stays_without_one_fitting_speaker(nlp: Language, text: str, title: str) -> None:
    assert quote_speakers(nlp, text)[-1] == title
