"""Tellers (round 20): people who tell what happened to them or to others. An interview whose
turns are labelled by the interviewee's surname ("Obi: I was detained ...") is told by that
person, the interviewer's asking turns by no one; "both men said" after "A was arrested ...,
together with his cousin B" is A and B; "Two UN Special Rapporteurs, A and B," are A and B, not
the title; "they said" right after a sentence told by several experts is all of them; "a relative
who spoke to X" is one relative (a plural group keeps its clause), "relatives who were allowed to
visit him" are relatives; "detainees released this week" keep their release; a reporting clause the
parser cut off after a comma still tells the incident; a first-person piece under "By X" is told by
X. Each rule is paired with a look-alike that must not change. Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import claimant_names, claims_of, extract_one, incidents_of
from spacy.language import Language

_INTERVIEW = (
    '"We were beaten every night": a conversation with journalist Hamid Sultani\n\n'
    "Hamid Sultani reported from Herat for nine years before he fled to Germany. Kabul Review spoke "
    "to him in Berlin.\n\n"
    "Kabul Review: When were you detained?\n\n"
    "Sultani: I was detained by intelligence officers in March 2022 and held for three weeks in Herat.\n\n"
    "Kabul Review: What happened to your colleagues?\n\n"
    "Sultani: My colleague Ahmad Wali was arrested in Kandahar a month later."
)


def test_an_interviewees_turns_are_told_by_the_interviewee(nlp: Language) -> None:
    assert claims_of(nlp, _INTERVIEW, "arrest", publisher="Kabul Review") == [
        ["Hamid Sultani"],
        ["Hamid Sultani"],
    ]


def test_an_interviewee_named_after_a_role_noun(nlp: Language) -> None:
    text = (
        "Interview: human rights lawyer Chiamaka Obi on the Lekki shootings\n\n"
        "Chiamaka Obi has represented families of protesters for years.\n\n"
        "Courier: What did you see at the toll gate?\n\n"
        "Obi: Soldiers shot dead at least seven protesters in front of me on 20 October."
    )
    assert claims_of(nlp, text, "killing", publisher="Lagos Courier") == [["Chiamaka Obi"]]


def test_a_single_letter_question_label_opens_an_interview(nlp: Language) -> None:
    text = (
        "Q&A with activist Olga Kavalenka\n\n"
        "Olga Kavalenka ran a local election observer group until 2021.\n\n"
        "Q: Were you arrested?\n\n"
        "Kavalenka: I was detained in Minsk in August 2020 and spent 15 days in Okrestina."
    )
    assert claims_of(nlp, text, "arrest", publisher="Minsk Herald") == [["Olga Kavalenka"]]


def test_title_case_line_labels_that_name_no_one_tell_nothing(nlp: Language) -> None:
    # negative: "Update:" twice is no interview; the report keeps its own teller
    text = (
        "Update: Police arrested twelve students in Lahore on Friday, officials said.\n\n"
        "Update: Police in Karachi detained five journalists on Saturday."
    )
    assert claims_of(nlp, text, "arrest") == [["Officials"], ["publisher"]]


def test_both_men_after_a_companion_phrase(nlp: Language) -> None:
    text = (
        "Karim Nasser was detained by police in Basra on 4 May, together with his brother Ali Nasser. "
        "Both men later said they had been beaten with cables."
    )
    assert claims_of(nlp, text, "torture") == [["Karim Nasser", "Ali Nasser"]]


def test_both_women_after_along_with(nlp: Language) -> None:
    text = (
        "Olga Petrova was arrested in Minsk in 2021 along with her sister Irina Petrova. Both women said "
        "they were held in a punishment cell for ten days."
    )
    assert claims_of(nlp, text, "other") == [["Olga Petrova", "Irina Petrova"]]


def test_both_after_arrested_with(nlp: Language) -> None:
    text = (
        "Hassan Rigi was arrested with his cousin Omid Rigi near Zahedan in March. Both later told "
        "relatives they had been tortured."
    )
    assert claims_of(nlp, text, "torture") == [["Hassan Rigi", "Omid Rigi"]]


def test_both_men_after_a_judge_and_a_defendant(nlp: Language) -> None:
    # negative: a judge and the man he sentenced are no pair of companions
    text = (
        "Judge Abolqasem Salavati sentenced Reza Karimi to death in May. Both men said they had been "
        "beaten in custody."
    )
    assert claims_of(nlp, text, "torture") == [["Both men"]]


def test_both_men_after_a_meeting(nlp: Language) -> None:
    # negative: "A met B" names no companion
    text = (
        "Samir Haddad met Yusuf Khalil in Cairo in 2019. Both men later said they had been beaten in custody."
    )
    assert claims_of(nlp, text, "torture") == [["Both men"]]


_OHCHR = "Office of the United Nations High Commissioner for Human Rights"


def test_counted_rapporteurs_named_beside_their_title(nlp: Language) -> None:
    text = (
        "GENEVA (3 March 2024) – Two UN Special Rapporteurs, Anna Lindqvist and Kofi Mensah, today "
        "expressed alarm at the pace of executions in Saudi Arabia, where at least 81 people have been "
        "put to death since January."
    )
    assert claims_of(nlp, text, "execution", publisher=_OHCHR) == [["Anna Lindqvist", "Kofi Mensah"]]


def test_counted_lawyers_named_beside_their_noun(nlp: Language) -> None:
    text = (
        "Three rights lawyers, Ali Karimi, Sara Ahmadi and Reza Tavakoli, said police had beaten at "
        "least 12 detainees in Tabriz."
    )
    assert claims_of(nlp, text, "torture") == [["Ali Karimi", "Sara Ahmadi", "Reza Tavakoli"]]


def test_counted_rapporteurs_with_no_names(nlp: Language) -> None:
    # negative: no list after the title: the title speaks as written
    text = (
        "Two UN Special Rapporteurs said that at least 81 people have been executed in Saudi Arabia "
        "since January."
    )
    assert claims_of(nlp, text, "execution", publisher=_OHCHR) == [["Two UN Special Rapporteurs"]]


def test_they_after_a_sentence_of_all_the_experts(nlp: Language) -> None:
    text = (
        "GENEVA (3 March 2024) – UN experts* today condemned the hanging of two men in Mashhad.\n\n"
        "The experts noted that at least 500 people were executed in Iran in 2023. At least 40 other "
        "Kurdish men remain on death row in Urmia, they said.\n\n"
        "“We urge the authorities to stop,” said Maria Sorensen, the Special Rapporteur on Iran.\n\n"
        "*The experts: Maria Sorensen, Special Rapporteur on the situation of human rights in Iran; "
        "Paolo Bianchi, Special Rapporteur on torture."
    )
    doc = extract_one(nlp, text, publisher=_OHCHR)
    sentence = next(i for i in doc.incidents if i.type == "death_sentence")
    assert claimant_names(sentence) == ["Maria Sorensen", "Paolo Bianchi"]


def test_one_relative_who_spoke_to_a_group(nlp: Language) -> None:
    text = "Ali Rezaei was hanged in Shiraz on Monday, according to a relative who spoke to Hengaw."
    assert claims_of(nlp, text, "execution") == [["A relative"]]


def test_one_witness_who_talked_to_an_agency(nlp: Language) -> None:
    text = "A witness who talked to Reuters said soldiers shot dead four farmers near Gao."
    assert claims_of(nlp, text, "killing") == [["A witness"]]


def test_witnesses_who_spoke_to_a_paper_keep_the_clause(nlp: Language) -> None:
    # negative: a plural group is told apart by its clause
    text = "Forty people were detained in Minsk, according to witnesses who spoke to the Bulletin."
    assert claims_of(nlp, text, "arrest") == [["Witnesses who spoke to the Bulletin"]]


def test_one_resident_who_saw_the_raid_keeps_the_clause(nlp: Language) -> None:
    # negative: a clause that says what the teller saw is part of the description
    text = "Soldiers killed six villagers, according to a resident who saw the raid."
    assert claims_of(nlp, text, "killing") == [["A resident who saw the raid"]]


def test_a_reporting_clause_the_parser_split_off(nlp: Language) -> None:
    text = (
        "DHAKA, March 22 (Bengal Newswire) – Three men whom police described as drug traders were shot "
        "dead by officers in Teknaf, Cox’s Bazar district, early on Wednesday, four days after "
        "plainclothes police had picked them up from a tea stall, their families told Bengal Newswire."
    )
    assert claims_of(nlp, text, "killing", publisher="Bengal Newswire") == [["Their families"]]


def test_a_next_sentence_with_a_teller_tells_nothing_before(nlp: Language) -> None:
    # negative: a reporting sentence of its own does not reach back over a full stop
    text = (
        "Police shot dead two men in Gao on Sunday. Their relatives told the Courier they would go to court."
    )
    assert claims_of(nlp, text, "killing", publisher="Lagos Courier") == [["publisher"]]


def test_detainees_released_this_week_keep_their_release(nlp: Language) -> None:
    text = (
        "Several detainees released this week told us they had been beaten and held in stress positions "
        "at the Zona 7 detention centre in Caracas."
    )
    assert claims_of(nlp, text, "torture", publisher=_OHCHR) == [["Several detainees released this week"]]


def test_prisoners_freed_on_a_date_keep_their_release(nlp: Language) -> None:
    text = "Three prisoners freed on Monday told reporters that guards had beaten them in Evin prison."
    assert claims_of(nlp, text, "torture") == [["Three prisoners freed on Monday"]]


def test_students_arrested_on_a_date_drop_the_date(nlp: Language) -> None:
    # negative: an arrest participle with only a date tells when, not which students
    text = "Four students arrested on 2 August told relatives they had been beaten in custody."
    assert claimant_names(incidents_of(nlp, text, "torture", required=True)[0]) == ["Four students"]


_BYLINE = (
    "My brother was taken by the army. I will not stop looking for him.\n\nBy Mahnaz Baloch\n\n"
    "My brother Kamal was picked up from his shop in Turbat in March 2023 by men in plain clothes. "
    "Since then nobody has told us anything. I was detained for two days in May when I joined a "
    "sit-in in Quetta."
)


def test_a_first_person_piece_is_told_by_its_byline(nlp: Language) -> None:
    assert claims_of(nlp, _BYLINE, "arrest", publisher="Frontier Post") == [["Mahnaz Baloch"]]


def test_a_bylined_report_in_the_third_person_keeps_its_publisher(nlp: Language) -> None:
    # negative: a byline alone does not make the reporter the teller
    text = "By Mahnaz Baloch\n\nPolice detained twelve students at a sit-in in Quetta on Friday."
    assert claims_of(nlp, text, "arrest", publisher="Frontier Post") == [["publisher"]]


def test_a_quoted_first_person_under_a_byline_keeps_its_speaker(nlp: Language) -> None:
    # negative: "I" inside quotation marks is the quoted speaker's
    text = (
        "By Mahnaz Baloch\n\n“I was detained for two days and beaten,” said Nasreen Bibi, a teacher "
        "from Turbat."
    )
    found = incidents_of(nlp, text, publisher="Frontier Post")
    assert found and all("Mahnaz Baloch" not in claimant_names(i) for i in found)


def test_relatives_who_were_asked_to_identify_the_body(nlp: Language) -> None:
    text = (
        "Another detainee, Joseph Mukasa, died on 3 June at a barracks in Gulu, according to relatives "
        "who were asked to identify his body."
    )
    assert claims_of(nlp, text, "death_in_custody") == [["Relatives"]]


def test_relatives_who_were_permitted_to_visit(nlp: Language) -> None:
    text = (
        "Five protesters were beaten at the Okrestina centre, according to relatives who were permitted "
        "to visit them."
    )
    assert claims_of(nlp, text, "torture") == [["Relatives"]]


def test_men_who_were_released_keep_the_clause(nlp: Language) -> None:
    # negative: a passive clause with no access given tells which men
    text = "Police beat three students in Mombasa, according to two men who were released after four days."
    assert claims_of(nlp, text, "torture") == [["Two men who were released after four days"]]


def test_one_protester_released_on_a_date_drops_the_date(nlp: Language) -> None:
    # negative: one person freed on a day is one protester, not a group told apart
    text = "One protester released on Friday said gendarmes had beaten him with batons in Conakry."
    assert claims_of(nlp, text, "torture") == [["One protester"]]
