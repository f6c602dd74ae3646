"""Incident dates, round 20 (anchors the text gives). "the month" of a report's month ("during the
month", "earlier in the month", "in the second half of the month") is the month the text has been
telling of: the month of the event told before. A season named with "that" ("that spring", "the
same summer") is in the year of the event told before. "August of last year" is that month of the
year before the report, not the whole year. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_date
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Police hanged a man in Tabriz on 12 March. Earlier in the month a court in Yazd "
            "sentenced three women to flogging for drinking alcohol.",
            "corporal_punishment",
            "2024-03",
        ),
        (
            "Soldiers shot dead two herders near Gao on 4 February. Dozens of people were detained "
            "during the month in the region.",
            "arrest",
            "2024-02",
        ),
        (
            "In November 2022 police killed nine protesters in Khash. Courts issued death sentences "
            "against at least four protesters in the second half of the month.",
            "death_sentence",
            "2022-11",
        ),
        (
            "Guards beat a prisoner to death in Evin on 3 January 2023.\n\nThe group also recorded "
            "three deaths in custody during the month.",
            "death_in_custody",
            "2023-01",
        ),
        (
            "Police arrested the blogger Tariq Amin in Lahore on 9 April. Later in the month, officers "
            "detained 30 of his supporters.",
            "arrest",
            "2024-04",
        ),
        (
            "Soldiers killed eleven villagers in Tigray in March 2021. Troops swept up more than 200 men "
            "in the district that spring.",
            "arrest",
            "2021",
        ),
        (
            "In April 2019 militiamen killed a teacher in Kassala. Police detained 40 students in the "
            "town that summer.",
            "arrest",
            "2019",
        ),
        (
            "The report condemned the killing of nine miners near Kolwezi in August of last year.",
            "killing",
            "2023-08",
        ),
        (
            "Police arrested 25 students in Nairobi in March of this year.",
            "arrest",
            "2024-03",
        ),
    ],
)
def test_anchored_month_and_season(nlp: Language, text: str, kind: str, expected: str) -> None:
    assert event_date(nlp, text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # look-alikes that must not change
        ("Police arrested 25 students in Nairobi earlier this month.", "arrest", "2024-06"),
        ("Police arrested 25 students in Nairobi last month.", "arrest", "2024-05"),
        ("Police arrested 25 students in Nairobi last summer.", "arrest", "2023"),
        ("Police arrested 25 students in Nairobi last year.", "arrest", "2023"),
        ("Police arrested 25 students in Nairobi in August 2021.", "arrest", "2021-08"),
        (
            "Police killed nine miners near Kolwezi on 2 May. The following month, officers "
            "detained 30 of their relatives.",
            "arrest",
            "2024-06",
        ),
        (
            "Soldiers killed eleven villagers in Tigray in March 2021. Troops swept up more than 200 men "
            "in the district that year.",
            "arrest",
            "2021",
        ),
    ],
)
def test_look_alikes_unchanged(nlp: Language, text: str, kind: str, expected: str) -> None:
    assert event_date(nlp, text, kind) == expected


_WIKI = "= {title} =\n\n{lead}\n\n== Events ==\n{body}"


@pytest.mark.parametrize(
    ("title", "lead", "body", "kind", "expected"),
    [
        (
            "Kibera raids",
            "The Kibera raids were police operations carried out in March 2015 in Nairobi.",
            "On the night of 3 March, police raided homes near the railway. Among the dead was "
            "19-year-old Peter Otieno, a hawker, whose family said he was shot in the back.",
            "killing",
            "2015-03-03",
        ),
        (
            "Gao market shooting",
            "The Gao market shooting took place in the town of Gao, Mali, in June 2012.",
            "On 9 June, soldiers opened fire on traders at the market. Among those killed was the "
            "butcher Moussa Traore, relatives said.",
            "killing",
            "2012-06-09",
        ),
        (
            "Tondo sweeps",
            "The Tondo sweeps were a series of police raids in Manila in August 2016.",
            "On 21 August, officers shot dead five men in a single street. About 50 residents were "
            "rounded up and held overnight in a chapel.",
            "arrest",
            "2016-08",
        ),
        (
            "Kasese clashes",
            "The Kasese clashes were fighting between the army and royal guards in November 2016.",
            "On 27 November, soldiers stormed the palace compound. More than 100 guards were detained "
            "overnight at a barracks in the town.",
            "arrest",
            "2016-11-27",
        ),
    ],
)
def test_encyclopedia_narrative_year(
    nlp: Language, title: str, lead: str, body: str, kind: str, expected: str
) -> None:
    text = _WIKI.format(title=title, lead=lead, body=body)
    assert event_date(nlp, text, kind, published="2021-05-30") == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # look-alikes that must not change: a dated news report counts from its own date
        (
            "On the night of 3 March, police raided homes near the railway. Among the dead was "
            "19-year-old Peter Otieno, a hawker, whose family said he was shot in the back.",
            "killing",
            "2021-03-03",
        ),
        ("Police detained 40 residents of Kibera overnight, witnesses said.", "arrest", "2021-05"),
    ],
)
def test_news_reference_unchanged(nlp: Language, text: str, kind: str, expected: str) -> None:
    assert event_date(nlp, text, kind, published="2021-05-30") == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Police fired tear gas at mourners at a funeral in Kasese on 12 June, killing two people. "
            "Dozens of people have been arrested in the town since the funeral, activists said.",
            "arrest",
            "2024-06",
        ),
        (
            "Troops fired on a march by teachers in Conakry on 11 June, wounding six. Scores of "
            "teachers have been arrested since the march, their union said.",
            "arrest",
            "2024-06",
        ),
        (
            "Police opened fire on a rally in Lusaka on 9 June. At least 60 opposition members have "
            "been arrested since the rally, lawyers said.",
            "arrest",
            "2024-06",
        ),
        (
            "Security forces broke up an opposition rally in Harare on 8 June. Some 70 party "
            "supporters have been detained since the rally, their lawyers said.",
            "arrest",
            "2024-06",
        ),
    ],
)
def test_tally_since_told_event(nlp: Language, text: str, kind: str, expected: str) -> None:
    assert event_date(nlp, text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # look-alikes that must not change: the tally's own date, or no event told before
        (
            "Police shot dead three students at a vigil in Kumasi on 3 June. At least 40 mourners have "
            "been detained since the vigil, residents said.",
            "arrest",
            "2024-06",
        ),
        (
            "A bombing at a bus station in Maiduguri on 2 June killed 14 people. More than 30 young men "
            "have been detained since the bombing, police said.",
            "arrest",
            "2024-06",
        ),
        (
            "Soldiers raided the village of Bawku on 3 May. At least 40 men were detained in March, "
            "residents said.",
            "arrest",
            "2024-03",
        ),
        (
            "Polling took place on 2 June. Since the election, security forces have detained more than "
            "200 opposition activists, the party said.",
            "arrest",
            "2024-06-02",
        ),
        (
            "Dozens of people have been arrested in the town since the funeral of the activist, "
            "relatives said.",
            "arrest",
            None,
        ),
    ],
)
def test_since_look_alikes(nlp: Language, text: str, kind: str, expected: str | None) -> None:
    assert event_date(nlp, text, kind) == expected
