"""How trigger hits become incident records (round 3): one clause telling an arrest that became a
disappearance, an official's "killed in an exchange of fire" as a dispute, a rival figure in the
same sentence, incommunicado spells that only frame ill-treatment, mock executions, headline and
quotation restatements. Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, claimant_names, incidents_of
from spacy.language import Language

from tallybook.model import ExtractedIncident, Stance

_incidents = partial(incidents_of, publisher=LEDGER)


def _types(found: list[ExtractedIncident]) -> list[str]:
    return sorted(i.type for i in found)


# --- an arrest that opens a disappearance: one incident -------------------------------------


def test_detained_and_not_seen_since_is_one_disappearance(nlp: Language) -> None:
    text = (
        "The panel examined the case of Mirela Dostan, a 22-year-old law student who was detained "
        "by state police in the town of Veldra on 14 February and has not been seen since."
    )
    found = _incidents(nlp, text)
    assert _types(found) == ["enforced_disappearance"]
    assert found[0].date is not None and found[0].date.value == "2024-02-14"


def test_arrested_and_whereabouts_unknown_is_one_disappearance(nlp: Language) -> None:
    text = (
        "Ardan Kovel, a union organiser, was arrested by border guards in the town of Ossa on "
        "9 May and his whereabouts remained unknown at the end of the year."
    )
    found = _incidents(nlp, text, published="2024-12-30")
    assert _types(found) == ["enforced_disappearance"]
    assert found[0].date is not None and found[0].date.value == "2024-05-09"


def test_a_group_of_whom_some_vanished_keeps_both(nlp: Language) -> None:
    text = (
        "Soldiers detained 30 farmers in Kessel village on 2 April, and the whereabouts of five "
        "of them remain unknown."
    )
    assert _types(_incidents(nlp, text)) == ["arrest", "enforced_disappearance"]


def test_an_incommunicado_spell_after_an_arrest_keeps_both(nlp: Language) -> None:
    text = (
        "On 4 March, intelligence officers arrested the journalist Samia Okoro at her home in Teral "
        "and held her incommunicado for 12 days before she appeared before a prosecutor."
    )
    assert _types(_incidents(nlp, text)) == ["arrest", "enforced_disappearance"]


def test_beaten_and_detained_stays_two(nlp: Language) -> None:
    text = "On 3 May, plainclothes agents beat and detained the reporter Ivo Marek outside a court in Derl."
    assert _types(_incidents(nlp, text)) == ["arrest", "torture"]


# --- official versions ------------------------------------------------------------------------


def test_an_army_combat_version_disputes_the_killing(nlp: Language) -> None:
    text = (
        "The Valley Rights Office said on Monday that soldiers had shot dead four farmers in the "
        "village of Orsk on 12 March. The army spokesperson said the four men had been killed in "
        "clashes with rebels."
    )
    found = _incidents(nlp, text)
    assert _types(found) == ["killing"]
    assert found[0].figure.count == 4
    assert claimant_names(found[0], Stance.DISPUTES)


def test_authorities_exchange_of_fire_disputes_the_death(nlp: Language) -> None:
    text = (
        "Tomas Vell, 31, was shot dead by police on 2 June in the town of Karsk. His brother said he "
        "had been unarmed. The authorities have said he was killed in an exchange of fire with "
        "smugglers."
    )
    found = _incidents(nlp, text)
    assert _types(found) == ["killing"]
    assert claimant_names(found[0], Stance.DISPUTES)


def test_a_police_account_alone_is_the_incident(nlp: Language) -> None:
    text = "Police said they killed nine suspects in a shootout in the port district of Arnel on Monday."
    found = _incidents(nlp, text)
    assert _types(found) == ["killing"]
    assert found[0].figure.count == 9 and not claimant_names(found[0], Stance.DISPUTES)


# --- rival figures ----------------------------------------------------------------------------


def test_a_ministry_figure_in_the_same_sentence_is_a_rival_count(nlp: Language) -> None:
    text = (
        "Riot police detained more than 240 marchers in Corvale on 8 March, according to the rights "
        "group Civic Watch, while the Interior Ministry acknowledged only 52 arrests."
    )
    found = _incidents(nlp, text)
    assert _types(found) == ["arrest"]
    assert found[0].figure.count == 240
    rival = [c for c in found[0].claims if c.stance == Stance.DISPUTES]
    assert rival and rival[0].figure is not None and rival[0].figure.count == 52


def test_a_years_total_is_no_rival_for_one_days_hangings(nlp: Language) -> None:
    text = (
        "The UN human rights office condemned the hanging of five men at Tarvi Prison, who were "
        "executed on Tuesday. According to the group Gallows Watch, at least 180 people have been "
        "executed in the country since the beginning of the year."
    )
    found = [i for i in _incidents(nlp, text) if i.type == "execution"]
    assert sorted(i.figure.count or 0 for i in found) == [5, 180]
    assert all(not claimant_names(i, Stance.DISPUTES) for i in found)


# --- ill-treatment and its frame -----------------------------------------------------------------


def test_incommunicado_spell_framing_beatings_is_not_a_disappearance(nlp: Language) -> None:
    text = (
        "The two brothers were arrested in Veska in June and held incommunicado for ten days, during "
        "which they were beaten with cables to make them confess."
    )
    assert "enforced_disappearance" not in _types(_incidents(nlp, text))


def test_incommunicado_spell_before_a_court_is_a_disappearance(nlp: Language) -> None:
    text = "The blogger Aram Tesh was held incommunicado for 19 days before appearing before a prosecutor."
    assert "enforced_disappearance" in _types(_incidents(nlp, text))


def test_mock_executions_are_no_execution(nlp: Language) -> None:
    text = (
        "Former detainees said guards at the Marl facility subjected them to beatings and mock "
        "executions in March."
    )
    assert "execution" not in _types(_incidents(nlp, text))


# --- restatements ---------------------------------------------------------------------------------


def test_a_headline_flogging_folds_into_the_body_flogging(nlp: Language) -> None:
    text = (
        "Estavia: UN office condemns hanging of six men and a public flogging\n\n"
        "The UN human rights office on Friday condemned the hanging of six men at Orlo Prison on "
        "Wednesday. It said a 30-year-old man was flogged 60 times in a public square in Brell on "
        "Sunday."
    )
    floggings = [i for i in _incidents(nlp, text) if i.type == "corporal_punishment"]
    assert len(floggings) == 1
    assert floggings[0].date is not None and floggings[0].date.value == "2024-06-16"


def test_a_quoted_definite_killing_restates_the_strike(nlp: Language) -> None:
    text = (
        "The UN office said an army airstrike on a market in Tovan province had killed at least 21 "
        "civilians on Tuesday. \u201cWe are appalled by the killing of shoppers and traders in what "
        "appears to be a deliberate attack,\u201d the spokesperson Lena Marr said."
    )
    kills = [i for i in _incidents(nlp, text) if i.type == "killing"]
    assert len(kills) == 1 and kills[0].figure.count == 21


def test_an_age_at_arrest_without_date_is_no_arrest(nlp: Language) -> None:
    text = (
        "The authorities must halt the execution of Karim Doss, a young man from the north who was "
        "16 years old when he was arrested and who now faces execution, the group Cell Watch said "
        "today.\n\n"
        "Karim Doss was arrested at a checkpoint in Velm in May 2018."
    )
    arrests = [i for i in _incidents(nlp, text) if i.type == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].date is not None and arrests[0].date.value == "2018-05"


def test_an_age_at_a_dated_arrest_is_an_arrest(nlp: Language) -> None:
    text = "Omid Vard, who was 15 years old when he was arrested in 2016, was hanged on Monday."
    assert "arrest" in _types(_incidents(nlp, text))


# --- a named victim inside an aggregate -------------------------------------------------------


def test_a_named_member_with_his_own_death_is_split_out(nlp: Language) -> None:
    text = (
        "According to local monitors, at least 14 inmates died in custody during the year, including "
        "Rustam Beg, a founder of the outlawed movement Unity 9, who died in Dorn Prison No. 3 in "
        "August. The Ministry of Justice reported that six inmates died during the year."
    )
    deaths = _incidents(nlp, text, "death_in_custody", published="2024-03-01")
    assert sorted(i.figure.count or 0 for i in deaths) == [1, 14]
    named = next(i for i in deaths if i.figure.count == 1)
    assert named.victim_names == ["Rustam Beg"]
    assert named.date is not None and named.date.value == "2023-08"


def test_a_listed_name_without_an_account_stays_in_the_aggregate(nlp: Language) -> None:
    text = (
        "According to local monitors, at least 14 inmates died in custody during the year, including "
        "Rustam Beg and Oleg Tann."
    )
    deaths = _incidents(nlp, text, "death_in_custody", published="2024-03-01")
    assert [i.figure.count for i in deaths] == [14]
