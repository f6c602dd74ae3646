"""Round 23, bulletins: a weekly or monthly bulletin sets its items under capitalised section
headings, each item a "- " line with its own date ("EXECUTIONS\\n- On 31 August ..."). A heading
over a bullet is no news dateline, so the item keeps its own date; a real dateline ("GENEVA
(12 January 2023) –", "NAIROBI (3 May 2024) –") still dates only the release, not the event.
Country reports tell a "crossfire" killing with the family's word that the dead man "had been
picked up from his home two days earlier": his fate is known, so the seizure is an arrest, not a
vanishing; a seizure whose fate the text leaves untold, or of someone else, stays a vanishing."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types, first_incident, last_incident
from spacy.language import Language

_ITEMS = [
    (
        "DEATH SENTENCES\n- A revolutionary court in Tabriz sentenced a teacher to death, "
        "his lawyer said.\n\n"
        "CORPORAL PUNISHMENT\n- On 30 August, authorities at Urmia Central Prison amputated four fingers "
        "of the right hand of Yousef Nabavi, a man convicted of theft.\n\n"
        "DEATHS IN CUSTODY\n- A prisoner died in Evin Prison after being denied care, his family said.",
        "corporal_punishment",
        "2023-08-30",
    ),
    (
        "ARRESTS\n- Police detained three students in Mashhad, relatives said.\n\n"
        "EXECUTIONS\n- On 29 August, prison officials hanged a young Baluch man in Zahedan Central "
        "Prison.\n\n"
        "DEATHS IN CUSTODY\n- A detainee died in police custody in Karaj, his family said.",
        "execution",
        "2023-08-29",
    ),
    (
        "TORTURE AND ILL-TREATMENT\n- Guards beat a detainee in Sheiban Prison, his cellmates said.\n\n"
        "DISAPPEARANCES\n- On 27 August, plain-clothes agents took the blogger Sara Ahmadi from her home "
        "in Rasht, and her whereabouts remain unknown.\n\n"
        "DEATH SENTENCES\n- A court in Ahvaz sentenced two brothers to death.",
        "enforced_disappearance",
        "2023-08-27",
    ),
    (
        "EXECUTIONS\n- Two men were hanged in Isfahan, a rights group said.\n\n"
        "KILLINGS\n- On 1 September, border guards shot dead a fuel porter near Saravan.\n\n"
        "ARRESTS\n- Security forces arrested a labour activist in Tehran.",
        "killing",
        "2023-09-01",
    ),
]


@pytest.mark.parametrize(("text", "kind", "date"), _ITEMS)
def test_probe_bulletin_item_under_heading_keeps_its_date(
    nlp: Language, text: str, kind: str, date: str
) -> None:
    found = first_incident(nlp, text, kind, published="2023-09-04")
    assert found.date is not None and found.date.value == date


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        (
            "GENEVA (12 January 2023) – Security forces shot dead a protester in Zahedan on 3 January, "
            "UN experts said.",
            "killing",
            "2023-01-03",
        ),
        (
            "NAIROBI (3 May 2024) – Police killed two demonstrators in Kisumu on 28 April, witnesses said.",
            "killing",
            "2024-04",
        ),
        (
            "BEIRUT – On 2 March, soldiers detained a journalist in Tripoli and beat him, his lawyer said.",
            "arrest",
            "2024-03-02",
        ),
    ],
)
def test_probe_real_datelines_still_date_the_release(nlp: Language, text: str, kind: str, date: str) -> None:
    found = last_incident(nlp, text, kind, published=date[:4] + "-05-04")
    assert found.date is not None and found.date.value.startswith(date[:7])


# Country reports tell a "crossfire" killing with the family's account of a seizure before it:
# the person taken is the one killed, so his fate is known, and the seizure is an arrest.
_SEIZED_THEN_KILLED = [
    "On May 2, members of the Rapid Action Battalion (RAB) shot and killed Abdul Karim Munshi in "
    "Narayanganj. RAB said Munshi died in a gunfight after his associates opened fire on a patrol; "
    "his family said he had been picked up from his home two days earlier.",
    "On July 9, police shot dead Mohammad Rahman in Dhaka. His family said he had been picked up from "
    "his home two days earlier.",
    "On July 9, members of the Rapid Action Battalion (RAB) shot and killed Sheikh Rasel Mia in "
    "Narsingdi District. RAB stated that Mia had fired first during a raid; his family said he had "
    "been taken from his home by men in plain clothes two days earlier.",
    "Police said teacher Nasima Khatun was killed in an exchange of fire in Khulna on Friday, but relatives "
    "said she had been seized from her home the night before.",
]


@pytest.mark.parametrize("text", _SEIZED_THEN_KILLED)
def test_probe_seizure_before_a_told_killing_is_an_arrest(nlp: Language, text: str) -> None:
    kinds = extracted_types(nlp, text)
    assert "arrest" in kinds and "enforced_disappearance" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "His family said he had been picked up from his home two days earlier and his whereabouts "
        "remain unknown.",
        "His father died in 2019. He was taken from his home by men in plain clothes on Sunday.",
        "Police shot dead a protester in Dhaka on Monday. Separately, the student Rafi Ahmed was "
        "taken from his home by men in plain clothes on Sunday.",
    ],
)
def test_probe_seizure_with_fate_untold_stays_a_disappearance(nlp: Language, text: str) -> None:
    kinds = extracted_types(nlp, text)
    assert "enforced_disappearance" in kinds and "arrest" not in kinds
