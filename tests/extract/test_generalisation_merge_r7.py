"""Which mentions make one incident, and which sentence is its evidence: an official's lower
figure and a part a source passes on fold into the event told before (a rival figure, a partial
confirmation); an infobox figure folds into the body sentence that tells it, which is the
evidence; a speaker's quoted words are not the evidence when the narration tells the act.
Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import claimant_names, evidence, extract_one, incidents_of
from spacy.language import Language

from tallybook.model import Stance

_disputers = partial(claimant_names, stance=Stance.DISPUTES, drop_the=True, lower=True)


# --- an official's lower figure for the event told before ------------------------------------


def test_an_officials_lower_figure_paragraphs_later_is_a_rival_count(nlp: Language) -> None:
    text = (
        "Soldiers detained at least 60 people in the market town of Korvel on Saturday, the regional "
        "lawyers' association said.\n\n"
        "Shops in the town stayed closed for a second day. Residents said water supplies had been "
        "cut off. Funerals were held on Sunday.\n\n"
        "The interior ministry said 22 people had been detained for taking part in an illegal gathering."
    )
    arrests = incidents_of(nlp, text, "arrest", required=True)
    assert [i.figure.count for i in arrests] == [60]
    assert _disputers(arrests[0]) == ["interior ministry"]


def test_only_marks_a_rival_figure_for_a_single_death(nlp: Language) -> None:
    text = (
        "Border guards opened fire on a group of porters near Dashtak on Friday, killing four, "
        "according to the Porters' Rights Network.\n\n"
        "The provincial police said only one person had been killed, a smuggler who had fired first."
    )
    killings = incidents_of(nlp, text, "killing", required=True)
    assert [i.figure.count for i in killings] == [4]


def test_an_official_figure_with_a_period_of_its_own_is_another_incident(nlp: Language) -> None:
    text = (
        "A UN panel urged the government to search for the more than 40,000 people registered as "
        "missing in the country.\n\n"
        "According to the official registry, some 3,100 people were reported missing in the first "
        "six months of this year alone."
    )
    counts = sorted(i.figure.count or 0 for i in incidents_of(nlp, text, "enforced_disappearance"))
    assert counts == [3100, 40000]


# --- a part of the event a source passes on -----------------------------------------------------


def test_a_part_a_source_acknowledges_is_no_incident(nlp: Language) -> None:
    text = (
        "Authorities hanged at least 12 prisoners between 3 and 9 March, according to the Prison "
        "Monitor network.\n\n"
        "Five of them were executed in Darvan Prison on Tuesday.\n\n"
        "The official news agency acknowledged only two of the executions."
    )
    executions = incidents_of(nlp, text, "execution", required=True)
    assert sorted(i.figure.count or 0 for i in executions) == [5, 12]
    whole = next(i for i in executions if i.figure.count == 12)
    assert _disputers(whole) == ["official news agency"]


def test_a_confirmed_part_is_a_confirmation(nlp: Language) -> None:
    text = (
        "Authorities hanged seven prisoners in Darvan Prison on Wednesday, the Prison Monitor "
        "network said.\n\n"
        "State television has not reported the hangings, although a state-run daily confirmed "
        "three of the executions on Thursday."
    )
    executions = incidents_of(nlp, text, "execution", required=True)
    assert [i.figure.count for i in executions] == [7]
    assert not _disputers(executions[0])  # it confirms part of the figure, it gives none of its own


# --- infobox figures and the body that tells them -------------------------------------------------


_ARTICLE = (
    "= 2019 Veldra strike =\n\n"
    "Infobox\n"
    "- Title: 2019 Veldra strike\n"
    "- Date: 4–9 June 2019\n"
    "- Location: Veldra, Norland\n"
    "- Deaths: {deaths}\n"
    "- Arrests: 80+\n\n"
    "{lead}\n\n"
    "== Aftermath ==\n"
    "A court later fined the mine's owners for unpaid wages."
)


def test_the_body_sentence_restating_a_range_is_the_evidence(nlp: Language) -> None:
    lead = (
        "The 2019 Veldra protests were a series of demonstrations by miners in the town of Veldra. "
        "The protests were suppressed by the gendarmerie and left between five and eight people dead."
    )
    text = _ARTICLE.format(deaths="5–8", lead=lead)
    killings = incidents_of(nlp, text, "killing", required=True)
    assert len(killings) == 1
    assert "left between five and eight people dead" in evidence(text, killings[0])
    assert (killings[0].figure.count, killings[0].figure.qualifier) == (5, "at_least")


def test_each_bound_of_a_range_from_its_own_source(nlp: Language) -> None:
    lead = (
        "The 2019 Veldra strike was a walkout by miners in the town of Veldra.\n\n"
        "The Interior Ministry stated that five people died on 8 June. The Norland Miners' Rights "
        "Centre counted eight dead."
    )
    text = _ARTICLE.format(deaths="5–8", lead=lead)
    killings = incidents_of(nlp, text, "killing", required=True)
    assert len(killings) == 1
    assert "five people died" in evidence(text, killings[0])
    assert killings[0].figure.count == 5
    assert _disputers(killings[0]) == ["norland miners' rights centre"]


def test_a_range_over_two_sources_folds_into_the_body(nlp: Language) -> None:
    lead = (
        "The 2019 Veldra strike ended on 8 June 2019, when riot police opened fire on the miners' "
        "camp. The Norland Miners' Rights Centre reported that at least 8 people were killed. The "
        "provincial police command put the death toll at five."
    )
    text = _ARTICLE.format(deaths="5–8", lead=lead)
    killings = incidents_of(nlp, text, "killing", required=True)
    assert len(killings) == 1
    assert not evidence(text, killings[0]).startswith("- Deaths")


def test_a_field_the_body_does_not_tell_stays_the_evidence(nlp: Language) -> None:
    lead = "The 2019 Veldra strike was a walkout by miners in the town of Veldra over unpaid wages."
    text = _ARTICLE.format(deaths="5–8", lead=lead)
    arrests = incidents_of(nlp, text, "arrest", required=True)
    assert evidence(text, arrests[0]).startswith("- Arrests: 80+")


def test_a_title_naming_the_place_is_no_victim(nlp: Language) -> None:
    text = (
        "2021 Haro Kelo killings\n\n"
        "Infobox\n"
        "- Title: 2021 Haro Kelo killings\n"
        "- Location: Haro Kelo, Norland\n"
        "- Fatalities: 12–20\n\n"
        "The Haro Kelo killings took place on 3 May 2021 in Haro Kelo, a farming village, when soldiers "
        "shot dead residents after an ambush nearby. The National Rights Commission reported that at "
        "least 12 civilians were killed."
    )
    killings = incidents_of(nlp, text, "killing", required=True)
    assert len(killings) == 1
    assert not killings[0].victim_names


def test_the_dated_body_telling_is_the_evidence_of_a_titled_event(nlp: Language) -> None:
    text = (
        "= Dorvan killings =\n\n"
        "Infobox\n"
        "- Title: Dorvan killings\n"
        "- Fatalities: 7\n\n"
        "The Dorvan killings took place on 2 February 2020 near the village of Dorvan, when soldiers "
        "opened fire on a group of farm labourers. At a later hearing, a prosecutor said the evidence "
        'showed that "the victims were unarmed and were executed at close range."'
    )
    doc = extract_one(nlp, text)
    assert [i.type for i in doc.incidents] == ["killing"]
    assert evidence(text, doc.incidents[0]).startswith("The Dorvan killings took place")


# --- quoted words and the narration -----------------------------------------------------------------


def test_the_narration_stays_the_evidence_beside_a_quote(nlp: Language) -> None:
    # a guard: the narration that tells the act wins over a speaker's words about it
    text = (
        "Two young men, Arman Veli and Doru Pell, were hanged in Karsk on Monday. “With these "
        "hangings the authorities have shown again that confessions extracted under torture are "
        "enough to kill Arman Veli and Doru Pell,” said Mara Lind of the Justice Watch group. In "
        "court, both men told the judges that they had been beaten until they signed confessions."
    )
    torture = incidents_of(nlp, text, "torture", required=True)
    assert len(torture) == 1
    assert "told the judges" in evidence(text, torture[0])
