"""Round 10, incident detection: a prisoner "found dead in a punishment cell" (a death in
custody, read like "died"), a death in a numbered prison ("Penal Colony No. 17", which the parser
heads with "No"), people "forcibly conscripted" or "forcibly returned" (other), people the police
stopped and "handed over to" a gang or unidentified armed men, who "vanished after being
stopped" (a disappearance), and a flogging of a person held ("flogged with belts ... while held
at a police post"): torture, not a flogging sentence. Guards: bodies found outside custody,
"forcibly dispersed", a hand-over to the family or prosecutors, and floggings carried out as
sentences."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        # "found dead" where the state holds people
        (
            "On 4 March, the jailed blogger Arkady Venn, 51, was found dead in a solitary cell at "
            "Strelna Prison, his lawyer said.",
            "death_in_custody",
        ),
        (
            "Marta Olsen, 29, a union organiser, was found dead in a punishment cell at Correctional "
            "Colony No. 6 on Tuesday.",
            "death_in_custody",
        ),
        # a numbered prison the parser heads with "No"
        (
            "Dorin Vlasov, 58, died Monday in Penal Colony No. 11 near the town of Ustye, his "
            "daughter told reporters.",
            "death_in_custody",
        ),
        # done "forcibly" to people: other
        (
            "In May, at least five reporters who had criticised the junta were forcibly conscripted "
            "and sent to the front.",
            "other",
        ),
        (
            "Monitors said that at least nine exiled dissidents were forcibly returned to the country "
            "during the year.",
            "other",
        ),
        # handed over to hands that answer to no one
        (
            "State police stopped two teachers on a road outside Tixtla on 3 June and handed them over "
            "to unidentified armed men, relatives said.",
            "enforced_disappearance",
        ),
        (
            "Three farmers were stopped by municipal police at a roadblock on Oct. 2 and later handed "
            "over to members of a criminal group.",
            "enforced_disappearance",
        ),
        (
            "In 2020, six fishermen vanished after being stopped by navy patrols near the same port.",
            "enforced_disappearance",
        ),
        # a flogging of a person held, with no word of a sentence
        (
            "Several of the men freed on Monday told reporters that they had been flogged with belts "
            "and denied food while held at a police post near the river.",
            "torture",
        ),
    ],
)
def test_told_events_are_found(nlp: Language, text: str, itype: str) -> None:
    assert itype in extracted_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        # a body found outside custody is no death in custody
        ("The journalist was found dead in a ditch outside his home town on Sunday.", "death_in_custody"),
        ("The shopkeeper was found dead on 2 February 2008.", "death_in_custody"),
        # "forcibly" with a verb that is no violation of a person
        ("Police forcibly dispersed the crowd outside the court.", "other"),
        ("The students were returned to their families the next day.", "other"),
        # a hand-over to the family or to a known authority
        ("Officers handed him over to his family the next day.", "enforced_disappearance"),
        (
            "Police stopped the driver at a checkpoint and handed him over to prosecutors in the capital.",
            "enforced_disappearance",
        ),
    ],
)
def test_look_alikes_are_not_found(nlp: Language, text: str, itype: str) -> None:
    assert itype not in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A man was flogged 80 times in public in Tabriz on Monday for drinking alcohol.",
        "The prisoner was flogged 40 times while held in Vakil Prison, after a court convicted him "
        "of insulting an official.",
    ],
)
def test_a_flogging_sentence_stays_corporal_punishment(nlp: Language, text: str) -> None:
    types = extracted_types(nlp, text)
    assert "corporal_punishment" in types
    assert "torture" not in types
