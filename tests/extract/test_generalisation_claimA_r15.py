"""Round 15 claimant classes: a body that calls for an inquiry into an incident ("called for an
independent investigation into reports that soldiers killed ...", "urged the authorities to open
an inquiry into the detention of 22 students who were arrested ...") tells it when its sentence
names no source of its own; not an inquiry opened with no call, a call made after the text has
told the incident itself, a call someone else reports, nor a call to act for the victims. A source
left as a bare head ("the report", "the Special Rapporteur") stands for the author or holder the
text named before ("a new report by the X Mission", "Report of the Special Rapporteur on ..., Jane
Doe"); the head of a body's name ("The Mission") names that body (since round 20)."""

from __future__ import annotations

import pytest
from extraction_helpers import LEDGER, claimant_names, incidents_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "The Andean Rights Coalition on Thursday called for a prompt and independent investigation "
            "into the killing of civilians by soldiers in the village of Ndalo, where at least 40 people "
            "were shot dead on 8 June.",
            "killing",
            ["Andean Rights Coalition"],
        ),
        (
            "The Sahel Justice Centre on Monday demanded an inquiry into reports that police beat 30 "
            "detainees at a station in the capital.",
            "torture",
            ["Sahel Justice Centre"],
        ),
        (
            "The Gulf Prisoners Network urged the authorities to open an inquiry into the detention of 22 "
            "students who were arrested in the port city last week.",
            "arrest",
            ["Gulf Prisoners Network"],
        ),
        # negative: an inquiry opened with no call for it names no teller
        (
            "Police opened an investigation into reports that soldiers shot dead 12 villagers in the "
            "capital on Monday.",
            "killing",
            ["publisher"],
        ),
        # negative: the text tells the killing itself before anyone calls for an inquiry
        (
            "Soldiers shot dead 12 villagers in the capital on Monday. The Andean Rights Coalition "
            "called for an independent investigation into the killings.",
            "killing",
            ["publisher"],
        ),
        # negative: the call lies inside what someone else reports
        (
            "Rights groups said the Gulf Prisoners Network had urged the authorities to open an inquiry "
            "into the detention of 22 students who were arrested in the port city last week.",
            "arrest",
            ["Rights groups"],
        ),
        # negative: a call on someone to act for the victims, not for an inquiry, is the text's
        (
            "The Andean Rights Coalition urged the authorities to release the 40 students who were "
            "arrested in the capital on Monday.",
            "arrest",
            ["publisher"],
        ),
    ],
)
def test_caller_tells_the_incident(nlp: Language, text: str, kind: str, claimants: list[str]) -> None:
    found = incidents_of(nlp, text, kind, publisher=LEDGER, required=True)
    assert claimant_names(found[0], drop_the=True) == claimants


_MISSION = (
    "We are alarmed by the findings of a new report by the United Nations Verification Mission in "
    "Sahelia (UNVMS). "
)


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            _MISSION + "According to the report, soldiers publicly flogged 12 men in the main square of "
            "the capital on 2 June.",
            "corporal_punishment",
            ["United Nations Verification Mission in Sahelia"],
        ),
        (
            "A/HRC/50/99\n\nSituation of human rights in the Islamic Republic of Norland\n\n"
            "Report of the Special Rapporteur on the situation of human rights in the Islamic Republic "
            "of Norland, Marguerite Okonkwo\n\n"
            "12. Between 1 January and 31 May 2022, the Special Rapporteur received information on no "
            "fewer than 105 executions.",
            "execution",
            ["Marguerite Okonkwo"],
        ),
        # the capitalised head of a body's name stands for the body named before (round 20,
        # `short_heads`: the gold sets name "The Mission also documented ..." by the full name)
        (
            _MISSION + "The Mission also documented 56 instances of torture of detainees held by the "
            "intelligence service.",
            "torture",
            ["United Nations Verification Mission in Sahelia"],
        ),
        # negative: a bare head that is no head of the body the text named stays as written
        (
            "The United Nations Verification Mission in Sahelia (UNVMS) opened an office in the capital "
            "in May. The Committee also documented 56 instances of torture of detainees held by the "
            "intelligence service.",
            "torture",
            ["Committee"],
        ),
        # negative: a report the text names no author for is not the critic's
        (
            "The Sahel Justice Centre rejected the report as biased. According to the report, soldiers "
            "publicly flogged 12 men in the main square of the capital on 2 June.",
            "corporal_punishment",
            ["report"],
        ),
    ],
)
def test_bare_head_of_a_named_author(nlp: Language, text: str, kind: str, claimants: list[str]) -> None:
    found = incidents_of(nlp, text, kind, publisher=LEDGER, required=True)
    assert claimant_names(found[0], drop_the=True) == claimants
