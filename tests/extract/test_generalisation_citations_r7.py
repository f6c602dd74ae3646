"""Citation marks, round 7: encyclopedia text closes its sentences with marks ("killed.[3]",
"it.[4][5]", "missing.[citation needed]", "traitors."[6]); each mark stays with the sentence it
closes and the next word starts a sentence, so a claimant, a date or a victim never leaks between
sentences; a mark inside a sentence never cuts it. With correct sentences: the part told apart
before a verb ("40 farmers, among them nine children, were killed") leaves the group's figure; a
"Per X:" box line is the evidence of the figure the lead tells in its own voice; an event named
only to date another ("two days after the execution") is no incident and the date counts on
from it; "Among the dead was X" after an account a source opens but that counts no one is told
in the article's own voice. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import claimant_names, event_dates, extract_one, incidents_of
from spacy.language import Language


def _sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police shot dead five miners in the town of Dalen on 3 May.[3] The governor denied "
            "it.[4][5] Later, 20 people were arrested.",
            [
                "Police shot dead five miners in the town of Dalen on 3 May.[3]",
                "The governor denied it.[4][5]",
                "Later, 20 people were arrested.",
            ],
        ),
        (
            "Soldiers set fire to the cattle market in Korvo.[citation needed] The mayor said "
            "that nine traders were missing.",
            [
                "Soldiers set fire to the cattle market in Korvo.[citation needed]",
                "The mayor said that nine traders were missing.",
            ],
        ),
        (
            'The prosecutor called the two students "traitors."[6] They were hanged in Ostrava a week later.',
            [
                'The prosecutor called the two students "traitors."[6]',
                "They were hanged in Ostrava a week later.",
            ],
        ),
    ],
)
def test_a_sentence_ends_after_its_citation_marks(nlp: Language, text: str, expected: list[str]) -> None:
    assert _sentences(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Troops detained 14 students[2] and a teacher in the village of Ruma on 9 June.",
        "The army said[7] that the raid had targeted armed men hiding in the school.",
        "Guards beat the prisoners (see below[8]) before moving them to Hale prison.",
    ],
)
def test_a_mark_inside_a_sentence_does_not_cut_it(nlp: Language, text: str) -> None:
    assert len(_sentences(nlp, text)) == 1


def test_a_claimant_of_the_next_cited_sentence_does_not_leak_back(nlp: Language) -> None:
    text = (
        "Riot police killed four miners at the Tarn pit on 2 June 2021.[1] Amnesty International "
        "said that 30 people were detained in the town the next day.[2]"
    )
    killing = incidents_of(nlp, text, "killing", published=None, required=True)[0]
    assert "Amnesty International" not in claimant_names(killing, "asserts")
    arrest = incidents_of(nlp, text, "arrest", published=None, required=True)[0]
    assert claimant_names(arrest, "asserts") == ["Amnesty International"]


def test_a_victim_of_the_next_cited_sentence_does_not_leak_back(nlp: Language) -> None:
    text = (
        "Soldiers shot dead three farmers near Bora on 4 April 2020.[2] The journalist Lemi "
        "Tasew, who reported the killings, was arrested in the capital on 6 April.[3]"
    )
    killings = incidents_of(nlp, text, "killing", published=None, required=True)
    assert [k.figure.count for k in killings] == [3]
    assert not any("Lemi Tasew" in k.victim_names for k in killings)
    assert event_dates(nlp, text, "arrest", published=None) == ["2020-04-06"]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Police arrested the lawyer Sara Molla in Adama on 2 May 2021.[4] Her colleague "
            "Tigist Alemu was detained in the capital on 9 May.[5]",
            "arrest",
            ["2021-05-02", "2021-05-09"],
        ),
        (
            "Three students were hanged in Evin prison on 8 January 2022.[1][2] A fourth "
            "student, Reza Karimi, died in custody in March.[3]",
            "death_in_custody",
            ["2022-03"],
        ),
    ],
)
def test_a_date_of_the_next_cited_sentence_is_its_own(
    nlp: Language, text: str, kind: str, expected: list[str]
) -> None:
    assert event_dates(nlp, text, kind, published=None) == expected


def test_a_part_told_apart_before_the_verb_leaves_the_group_figure(nlp: Language) -> None:
    text = (
        "The Marda massacre was an attack carried out by the national army on 2 March 2021 "
        "against the village of Marda in Kolo District, Sena Province, in which at least 35 "
        "farmers, among them nine children, were killed.[1][2]"
    )
    killing = incidents_of(nlp, text, "killing", published=None, required=True)[0]
    assert (killing.figure.count, killing.figure.qualifier) == (35, "at_least")


_BOX = (
    "Marda massacre\n\nMarda massacre\nLocation\tMarda, Kolo District\nDate\t2 March 2021\n"
    "Casualties\nPer Sena Rights Watch:\n35+ farmers killed\nPer the army:\n6 killed\n\n"
    "The Marda massacre was an attack carried out by the national army on 2 March 2021 against "
    "the village of Marda in Kolo District, Sena Province, in which at least 35 farmers, among "
    "them nine children, were killed.[1][2]\n"
)


def test_a_per_source_box_line_is_the_evidence_of_the_lead_figure(nlp: Language) -> None:
    found = extract_one(nlp, _BOX, published=None).incidents
    killings = [i for i in found if i.type == "killing"]
    assert len(killings) == 1
    assert _BOX[killings[0].span.start : killings[0].span.end].strip() == "35+ farmers killed"
    assert claimant_names(killings[0], "asserts") == ["Sena Rights Watch"]


def test_a_box_line_gives_way_to_a_lead_that_names_its_source(nlp: Language) -> None:
    text = _BOX.replace(
        "The Marda massacre was an attack", "According to the UN, the Marda massacre was an attack"
    )
    killing = incidents_of(nlp, text, "killing", published=None, required=True)[0]
    assert text[killing.span.start : killing.span.end].startswith("According to the UN")


def test_an_event_named_to_date_another_is_no_incident(nlp: Language) -> None:
    text = (
        "Execution of Dawit Hailu\n\n== Execution ==\nDawit Hailu was hanged in Kality prison on "
        "12 May 2019, the court announced.[4]\nHis sister, Meron Hailu, was detained three days "
        "after the execution, after speaking to a foreign radio station.[5]"
    )
    assert len(incidents_of(nlp, text, "execution", published=None)) == 1
    assert event_dates(nlp, text, "arrest", published=None) == ["2019-05-15"]


def test_the_dead_after_an_account_that_counts_no_one_are_told_by_the_article(nlp: Language) -> None:
    text = (
        "The rights commission reported that at least 12 villagers were killed by soldiers in "
        "Garo on 5 May 2021.[1] According to witnesses quoted by the commission, soldiers went "
        "from door to door on the morning of 5 May, pulling men out of their homes and shooting "
        "them.[2] Among the dead was Abdi Lemma, a 60-year-old farmer who was shot outside the "
        "mosque."
    )
    named = [i for i in incidents_of(nlp, text, "killing", published=None) if "Abdi Lemma" in i.victim_names]
    assert named
    assert claimant_names(named[0], "asserts") == ["publisher"]


def test_a_part_of_a_group_a_source_counted_keeps_that_source(nlp: Language) -> None:
    text = (
        "Nine men were hanged in Qasr prison on 4 March 2020. According to the panel, at least "
        "six of the men had been held without charge for a year. Among those executed was Karim "
        "Nouri, a 30-year-old teacher."
    )
    named = [
        i for i in incidents_of(nlp, text, "execution", published=None) if "Karim Nouri" in i.victim_names
    ]
    assert named
    assert claimant_names(named[0], "asserts", drop_the=True) == ["panel"]
