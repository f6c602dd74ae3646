"""Round 30, enforced disappearances missed or typed as arrests on real text.

1. An arrest joined to "remains missing" with no subject of its own is one enforced disappearance
   ("X was arrested ... in May 2013 and remains missing"). Guards: a second subject ("and his
   brother remains missing"), a thing still missing.
2. "the whereabouts of X have been unknown since October" is a disappearance dated by "since":
   the perfect "have been" like "remain"; the date on the copula belongs to "whereabouts"; a name
   the parser hung on "whereabouts" apart from a dangling "of A and" is the victim.
3. People who "vanished at the hands of" the state, and "hundreds"/"dozens" of people (or a bare
   "Hundreds") who disappeared, are a disappearance. Guards: vanished at a criminal gang's hands,
   "thousands of files have disappeared".
4. "X was forcibly disappeared for 40 days": the victim slot reads the verb, not the adverb
   "forcibly"; a bare participle joined after it ("... and beaten in March 2019") lends its date
   when the disappearance has only a length. Guard: a disappearance with its own date keeps it.
5. A lead that tells a disappearance as a spell ("was forcibly disappeared for 300 days between
   May 2018 and March 2019") gives way, as evidence and date, to the body sentence that tells the
   same person's taking on a day inside it.
"""

from __future__ import annotations

import pytest
from extraction_helpers import event_date, first_incident, incidents_of
from spacy.language import Language

_ED = "enforced_disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "Teacher Rami Haddad was detained by intelligence agents in May 2013 in Homs and remains "
        "missing five years later.",
        "The blogger Lina Sarkis was arrested by police in the capital in 2019 and remains missing.",
    ],
)
def test_probe_arrest_that_remains_missing_is_disappearance(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, _ED) and not incidents_of(nlp, text, "arrest")


@pytest.mark.parametrize(
    "text",
    [
        "Teacher Rami Haddad was detained by police in May 2013 in Homs and his brother remains missing.",
        "Police arrested Rami Haddad in May 2013 and the car remains missing.",
    ],
)
def test_probe_arrest_beside_another_missing_stays_arrest(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, "arrest")


def test_probe_whereabouts_unknown_since_is_dated_disappearance(nlp: Language) -> None:
    text = (
        "The whereabouts of the poet Samir Aoun, first detained in March 2012, have been unknown "
        "since October last year."
    )
    found = first_incident(nlp, text, _ED, published="2016-06-01")
    assert found.date is not None and found.date.value == "2015-10"
    assert found.victim_names == ["Samir Aoun"]


def test_probe_name_set_apart_from_dangling_of_phrase(nlp: Language) -> None:
    text = (
        "Similarly, the whereabouts of software engineer and free speech activist Bassam Qadri, first "
        "arrested in March 2012 and later moved to prison in Aleppo, have been unknown since May."
    )
    assert first_incident(nlp, text, _ED, published="2016-06-01").victim_names == ["Bassam Qadri"]


@pytest.mark.parametrize(
    "text",
    [
        "Since early 2017, hundreds of Oruvians, including children, have vanished at the hands of "
        "the state.",
        "Dozens of students have vanished at the hands of the security forces since the coup.",
        "Hundreds of people have disappeared since the coup in the north.",
        "Dozens have disappeared since the coup in the north.",
    ],
)
def test_probe_counted_people_vanishing_is_disappearance(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text, _ED)


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of migrants have vanished at the hands of a smuggling gang since the spring.",
        "Since the coup, thousands of files have disappeared from the ministry archive.",
    ],
)
def test_probe_non_state_or_things_vanishing_stay_out(nlp: Language, text: str) -> None:
    assert not incidents_of(nlp, text, _ED)


def test_probe_forcibly_disappeared_names_its_subject(nlp: Language) -> None:
    text = "Omar Saleh, 22, was forcibly disappeared for 40 days in March 2019."
    assert first_incident(nlp, text, _ED).victim_names == ["Omar Saleh"]


def test_probe_length_only_disappearance_takes_closing_date(nlp: Language) -> None:
    text = "Karim Nabil, 15, was forcibly disappeared for 21 days and beaten in March 2019."
    assert event_date(nlp, text, _ED) == "2019-03"


def test_probe_disappearance_with_own_date_keeps_it(nlp: Language) -> None:
    text = "Karim Nabil was forcibly disappeared in February 2019 and beaten in March 2019."
    assert event_date(nlp, text, _ED) == "2019-02"


def test_probe_day_dated_body_over_spell_lead(nlp: Language) -> None:
    text = (
        "Disappearance of Tarek Selim\n\n"
        "Tarek Selim (born 1990) is a student leader who was forcibly disappeared for 300 days "
        "between May 2018 and March 2019.\n\n"
        "Abduction\n"
        "On the night of 12 May 2018, Selim was picked up outside his home in Khulna by men in plain "
        "clothes who said they were from the police. The police denied holding him."
    )
    found = first_incident(nlp, text, _ED, published=None)
    assert found.date is not None and found.date.value == "2018-05-12"
    assert text[found.span.start : found.span.end].startswith("On the night")
