"""Trigger hits that were lost or wrongly merged on their way to incident records (round 3, second
pass): different "other" acts of one person, an aggregate over a campaign or a period beside a
single event, one-victim incidents tied only by their count of one, a pronoun whose sentence
names its person, abductions by unidentified men, a withheld body dated by the death, infobox
lines and death tolls as the evidence. Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, claimant_names, evidence, incidents_of
from spacy.language import Language

from tallybook.model import Stance

_incidents = partial(incidents_of, publisher=LEDGER)


# --- two different "other" acts done to one person stay two incidents ----------------------


def test_prison_term_and_withheld_body_are_two_incidents(nlp: Language) -> None:
    text = (
        "Lev Marant was a teacher from Ostrava who died in custody on 4 March 2023. In June 2019 "
        "a regional court sentenced him to eight years in prison for a blog post. The authorities "
        "kept his body for a week and buried him without his family present."
    )
    others = _incidents(nlp, text, "other")
    assert len(others) == 2
    body = next(i for i in others if "body" in evidence(text, i))
    assert body.date is not None and body.date.value == "2023-03"  # the month of the death


def test_refused_to_return_body_is_not_folded_into_the_prison_term(nlp: Language) -> None:
    text = (
        "In 2020 a military court sentenced the poet Amal Reyes to twelve years' imprisonment. "
        "She died in prison on 2 February 2024, and officials refused to return her body to her "
        "relatives."
    )
    assert len(_incidents(nlp, text, "other")) == 2


def test_the_same_withheld_body_told_twice_is_one_incident(nlp: Language) -> None:
    text = (
        "Tomas Ekwe died in police custody in Arlo on 5 May. The police kept his body for three "
        "days. His family said officials had kept his body to hide the marks of beatings."
    )
    assert len(_incidents(nlp, text, "other")) == 1


# --- a campaign or period aggregate is not a rival figure for one event ---------------------


def test_campaign_toll_is_not_a_rival_for_one_raid(nlp: Language) -> None:
    text = (
        "Police said on Monday they had killed 9 suspects during overnight raids in the port "
        "city of Varn. Rights groups say as many as 20,000 people were killed in the anti-drug "
        "campaign under the former president."
    )
    killings = _incidents(nlp, text, "killing")
    assert sorted(i.figure.count or 0 for i in killings) == [9, 20000]
    assert all(not claimant_names(i, Stance.DISPUTES) for i in killings)


def test_year_to_date_count_is_not_a_rival_for_one_hanging(nlp: Language) -> None:
    text = (
        "Six men were hanged at Deran Central Prison on Tuesday, the rights office said. "
        "According to the monitoring group Justice Watch, at least 140 "
        "people have been executed since the beginning of the year."
    )
    executions = _incidents(nlp, text, "execution")
    assert sorted(i.figure.count or 0 for i in executions) == [6, 140]


def test_a_rival_figure_for_the_same_raid_is_still_a_dispute(nlp: Language) -> None:
    text = (
        "Police said 9 people were killed during the raid on the market in Varn on Monday. "
        "Local human rights monitors said 31 people were killed in the raid."
    )
    killings = _incidents(nlp, text, "killing")
    assert len(killings) == 1
    assert claimant_names(killings[0], Stance.DISPUTES)


# --- one victim each is no tie when only one of them is named -------------------------------


def test_an_unnamed_abduction_and_a_named_one_months_apart_stay_two(nlp: Language) -> None:
    text = (
        "Country report 2022. His family said he had been taken from his home by men in uniform "
        "during the year. The government denied any involvement.\n\nDisappearances\n\n"
        "Rights groups reported at least 12 enforced disappearances during the year. On August "
        "21, men in plain clothes picked up the student leader Rafi Karim at a bus stop in the "
        "capital."
    )
    found = _incidents(nlp, text, published="2023-03-20")
    named = [i for i in found if "Rafi Karim" in i.victim_names]
    assert len(named) == 1 and named[0].type == "enforced_disappearance"
    assert named[0].date is not None and named[0].date.value == "2022-08-21"


def test_a_named_victim_told_twice_is_one_incident(nlp: Language) -> None:
    text = (
        "Police arrested the blogger Nadim Sarr in Kaolack on 3 May. Sarr was arrested after "
        "posting a video about a land dispute, his lawyer said."
    )
    assert len(_incidents(nlp, text, "arrest")) == 1


# --- a singular pronoun whose own sentence names the person ---------------------------------


def test_his_death_sentence_is_the_person_the_sentence_names(nlp: Language) -> None:
    text = (
        "Anwar Siddiq, Bilal Qureshi and Hamid Lone were sentenced to death in 2022 after an "
        "unfair trial. A fourth man, Idris Kamal, 30, is at imminent risk of execution after the "
        "Supreme Court upheld his death sentence in March."
    )
    sentences = _incidents(nlp, text, "death_sentence")
    assert len(sentences) == 2
    assert any(i.victim_names == ["Idris Kamal"] for i in sentences)


def test_the_judge_who_upheld_it_is_not_the_victim(nlp: Language) -> None:
    text = (
        "Samir Haddad was sentenced to death by a revolutionary court in 2022. Judge Omar Falk "
        "upheld his death sentence in March."
    )
    found = _incidents(nlp, text, "death_sentence")
    assert all("Omar Falk" not in i.victim_names for i in found)


# --- abductions by men nobody names ---------------------------------------------------------


def test_abduction_by_unidentified_armed_men_is_a_disappearance(nlp: Language) -> None:
    text = (
        "The opposition party said one of its organisers, Tafara Mhere, had been abducted by "
        "unidentified armed men from his home in Chitungo on Thursday night."
    )
    gone = _incidents(nlp, text, "enforced_disappearance")
    assert len(gone) == 1 and gone[0].victim_names == ["Tafara Mhere"]


def test_abduction_by_masked_gunmen_is_a_disappearance(nlp: Language) -> None:
    text = "The lawyer Ines Varga was abducted by masked gunmen outside her office in Ruse on 4 April."
    assert len(_incidents(nlp, text, "enforced_disappearance")) == 1


def test_abduction_by_kidnappers_is_not_a_state_violation(nlp: Language) -> None:
    text = "A trader was abducted by kidnappers who demanded a ransom from his family in Ruse on 4 April."
    assert not _incidents(nlp, text, "enforced_disappearance")


# --- infobox lines and death tolls as the evidence ------------------------------------------


_INFOBOX = (
    "2022 Varn protests\n\n"
    "Date 3–9 May 2022\n"
    "Location Varn\n"
    "Casualties\n"
    "Deaths: 8–10\n"
    "Per the Ministry:\n"
    "3 killed\n"
    "Arrested: 250+\n\n"
    "The 2022 Varn protests were a series of demonstrations in the city of Varn in May 2022 over "
    "fuel prices. According to the Varn Rights Centre, between 8 and 10 people were killed "
    "during the week. Hundreds of people were arrested in the following days.\n"
)


def test_infobox_arrest_figure_is_the_evidence_when_the_prose_has_none(nlp: Language) -> None:
    arrests = _incidents(nlp, _INFOBOX, "arrest", published="2022-06-01")
    assert len(arrests) == 1
    assert evidence(_INFOBOX, arrests[0]).startswith("Arrested: 250+")
    assert arrests[0].figure.count == 250


def test_infobox_line_of_a_named_source_disputes_the_box_figure(nlp: Language) -> None:
    killings = _incidents(nlp, _INFOBOX, "killing", published="2022-06-01")
    assert len(killings) == 1
    assert claimant_names(killings[0], Stance.DISPUTES)


def test_prose_with_its_own_figure_stays_the_evidence(nlp: Language) -> None:
    text = _INFOBOX.replace("Hundreds of people", "At least 250 people")
    arrests = _incidents(nlp, text, "arrest", published="2022-06-01")
    assert len(arrests) == 1
    assert evidence(text, arrests[0]).startswith("At least 250")


def test_the_toll_that_gives_the_figure_is_the_evidence(nlp: Language) -> None:
    text = (
        "The Kessel massacre was the killing of villagers by soldiers in Kessel on 17 March 2022. "
        "Residents and the local rescue group Delta Youth Network put the death toll at 31."
    )
    killings = _incidents(nlp, text, "killing")
    assert len(killings) == 1
    assert killings[0].figure.count == 31
    assert "death toll" in evidence(text, killings[0])
    assert "publisher" not in claimant_names(killings[0], Stance.ASSERTS)


# --- a force's "died in a gunfight" account names the force as a state source ---------------


def test_a_named_force_saying_gunfight_disputes_the_killing(nlp: Language) -> None:
    text = (
        "On 3 May, members of the Special Action Battalion (SAB) shot and killed Karim Osei, a "
        "market trader, in Kanda. The Special Action Battalion stated he died in a gunfight after "
        "opening fire on officers who tried to arrest him."
    )
    found = _incidents(nlp, text)
    fatal = [i for i in found if i.type in {"killing", "death_in_custody"}]
    assert len(fatal) == 1
    assert claimant_names(fatal[0], Stance.DISPUTES)


# --- a held-incommunicado clause beside a beating ends (regression guard) -------------------


def test_incommunicado_and_a_conjoined_beating_both_come_out(nlp: Language) -> None:
    text = "Police held the reporter incommunicado for a week and beat him with batons in Ossa."
    found = _incidents(nlp, text)
    assert {"enforced_disappearance", "torture"} <= {i.type for i in found}
