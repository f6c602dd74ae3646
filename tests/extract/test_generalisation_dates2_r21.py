"""Incident dates, round 21 (acts tied to another act). An undated act whose clause says it came
"after" a dated act takes that act's month: "tortured during interrogation after being arrested in
May 2019", "beaten after her arrest in October 2020"; one that came "before" a killing takes the
killing's date, also when that clause only retells a killing told before ("Soldiers killed 30
villagers on 4 May 2021. Several women were raped before they were killed"). A part of a total told
just before ("In Shiraz alone, eleven prisoners were hanged in a single week") takes the total's
date. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_date, event_dates
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Soldiers killed 30 villagers in Kalma on 4 May 2021. Several women were raped before "
            "they were killed.",
            "other",
            "2021-05-04",
        ),
        (
            "Militiamen shot dead twelve men near Bor on 9 August 2016. Two of the women were raped "
            "before being killed.",
            "other",
            "2016-08-09",
        ),
        (
            "The farmer was tortured during interrogation after being arrested in May 2019.",
            "torture",
            "2019-05",
        ),
        (
            "The student said she was beaten repeatedly after her arrest in October 2020.",
            "torture",
            "2020-10",
        ),
        (
            "He said guards whipped him with cables after he was detained in Herat in March 2018.",
            "torture",
            "2018-03",
        ),
        (
            "Three teenagers were beaten in custody after their arrest in February 2015.",
            "torture",
            "2015-02",
        ),
        (
            "The two men were held in solitary confinement before their execution in November 2019.",
            "other",
            "2019-11",
        ),
    ],
)
def test_act_tied_to_dated_act(nlp: Language, text: str, kind: str, expected: str) -> None:
    assert event_date(nlp, text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # look-alikes that must not change
        (
            "Guards beat him with cables after his capture near Idlib in September 2014, his brother said.",
            "torture",
            "2014-09",
        ),
        ("The farmer was tortured during interrogation after the court hearing.", "torture", None),
        ("Police beat the protesters after the rally in Lagos.", "torture", None),
        ("The farmer was tortured in prison in 2018 after being arrested in May 2017.", "torture", "2018"),
        (
            "Police arrested the lawyer in Quetta in July 2017 and tortured him for days.",
            "torture",
            "2017-07",
        ),
        (
            "Relatives said the journalist was beaten with batons after his detention in Bamako in "
            "June 2022.",
            "torture",
            "2022-06",
        ),
        (
            "Police shot dead a protester in Kano on 1 May. Two women were beaten in custody before "
            "they were released.",
            "torture",
            None,
        ),
        (
            "Soldiers detained the activist in Gulu. He was tortured after being arrested.",
            "torture",
            None,
        ),
    ],
)
def test_look_alikes_unchanged(nlp: Language, text: str, kind: str, expected: str | None) -> None:
    assert event_date(nlp, text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "At least 45 people were executed in January 2022. In Shiraz alone, eleven prisoners were "
            "hanged in a single week.",
            "execution",
            ["2022-01", "2022-01"],
        ),
        (
            "At least 60 prisoners were put to death in May 2021. In Karaj alone, 14 men were hanged "
            "in one week.",
            "execution",
            ["2021-05", "2021-05"],
        ),
        (
            "Security forces killed 80 protesters in November 2019. In Mahshahr alone, troops shot dead "
            "23 people in a single afternoon.",
            "killing",
            ["2019-11", "2019-11"],
        ),
        (
            "More than 70 prisoners were hanged in March 2023. In Ghezel Hesar alone, nine men were "
            "executed in a single day.",
            "execution",
            ["2023-03", "2023-03"],
        ),
        # look-alikes that must not change: a part with its own date, "held alone"
        (
            "Police detained 300 protesters in March 2020. In Lahore alone, officers arrested 120 "
            "students on 2 April 2021.",
            "arrest",
            ["2020-03", "2021-04-02"],
        ),
        (
            "Police detained 300 protesters in Karachi in 2020. Officers arrested 120 students in Lahore.",
            "arrest",
            ["2020", "2020"],
        ),
    ],
)
def test_part_of_total_told_before(nlp: Language, text: str, kind: str, expected: list[str | None]) -> None:
    assert event_dates(nlp, text, kind) == expected
