"""Which mention's words an incident takes as its evidence, round 16. A biography's lead that dates
a person's execution only by the life dates and says nowhere where it happened yields the evidence
to the body sentence that tells the act on that day; a lead that names the place, or dates the act
in its own words, keeps it. Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import evidence, incidents_of
from spacy.language import Language

_BODY = "Tahmasbi was hanged at dawn on 3 May 2021 in Rajaei Shahr Prison."


def _biography(lead: str) -> str:
    return (
        "= Execution of Reza Tahmasbi =\n\n"
        f"{lead}\n\n"
        "== Arrest ==\n\n"
        "Tahmasbi was arrested at his shop in Karaj on 12 December 2019.\n\n"
        "== Execution ==\n\n"
        f"{_BODY} His family learned of it a day later."
    )


def _execution_evidence(nlp: Language, text: str) -> str:
    found = incidents_of(nlp, text, "execution", published=None, required=True)
    assert len(found) == 1
    return evidence(text, found[0])


def test_a_lead_dated_only_by_life_dates_yields_to_the_body(nlp: Language) -> None:
    text = _biography(
        "Reza Tahmasbi (2 February 1990 – 3 May 2021) was an Iranian carpenter from Karaj who was "
        "executed by the Islamic Republic following his arrest during the protests of late 2019."
    )
    assert _execution_evidence(nlp, text).startswith("Tahmasbi was hanged at dawn on 3 May 2021")


def test_a_lead_that_names_the_prison_keeps_the_evidence(nlp: Language) -> None:
    # negative: the lead says where he was hanged; it stays the evidence
    text = _biography(
        "Reza Tahmasbi (2 February 1990 – 3 May 2021) was an Iranian carpenter from Karaj who was "
        "hanged in Rajaei Shahr Prison after a trial that lasted one hour."
    )
    assert "hanged in Rajaei Shahr Prison" in _execution_evidence(nlp, text)


def test_a_lead_that_dates_the_act_itself_keeps_the_evidence(nlp: Language) -> None:
    # negative: the lead gives the day in its own words
    text = _biography(
        "Reza Tahmasbi (2 February 1990 – 3 May 2021) was an Iranian carpenter from Karaj who was "
        "executed by the Islamic Republic on 3 May 2021 following his arrest during the protests."
    )
    assert _execution_evidence(nlp, text).startswith("Reza Tahmasbi (2 February 1990")


def test_a_body_sentence_on_another_day_does_not_take_the_evidence(nlp: Language) -> None:
    # negative: the body tells a different day (a stay of execution), not the act the lead tells
    text = (
        "Reza Tahmasbi (2 February 1990 – 3 May 2021) was an Iranian carpenter from Karaj who was "
        "executed by the Islamic Republic following his arrest during the protests of late 2019.\n\n"
        "== Trial ==\n\n"
        "A court in Karaj sentenced him to death on 4 June 2020."
    )
    assert _execution_evidence(nlp, text).startswith("Reza Tahmasbi (2 February 1990")
