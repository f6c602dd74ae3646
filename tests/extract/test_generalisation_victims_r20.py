"""Round 20 victim roles: frames beyond a harm verb right after a name that make a person the one
harmed. A punishment the person "received"; "is among the missing"; a passive verb conjoined to a
harm ("was stopped at a checkpoint and held"); "forced X into a car"; "nothing has been heard from
X"; the owner of a raided home then taken ("and took him away"); a sentencing or a sentence
"handed down to" X; "Those held are X"; "the detention of four defendants, including X"; one
taken "together with his sister X"; torture a defendant tells in words the core list lacks; a
relative clause of the name after an "of" phrase ("the memorial of X, who was shot"). And who is
no victim: a spokesman whose apposition runs into a quotation, a name after a preposition of
place or before "hospital", a speaker described by a victim's possessive ("X, Y's mother").
Texts written for these tests; each class has negatives."""

from __future__ import annotations

import pytest
from extraction_helpers import people_roles
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The court sentenced Behrouz Nazari to death; Farhad Nazari received ten years' "
            "imprisonment and 80 lashes.",
            "Farhad Nazari",
        ),
        (
            "Sardar Khan received a five-year prison term and 40 lashes from a court in Peshawar.",
            "Sardar Khan",
        ),
        (
            "Ali Karimi was arrested by intelligence agents on 3 May together with his "
            "sister Nadia Karimi in Shiraz.",
            "Nadia Karimi",
        ),
        ("The journalist was detained at the border along with her colleague Leila Osman.", "Leila Osman"),
        (
            "Friday's sentencing by a court in Van of the district's elected mayor, Necla "
            "Arslan, to six years "
            "in prison drew protests.",
            "Necla Arslan",
        ),
        (
            "Separately, the death sentence handed down to Rasoul Karimi, a 23-year-old "
            "protester from Saqqez, "
            "was upheld.",
            "Rasoul Karimi",
        ),
        ("The prison sentence imposed on Thabo Nkosi was confirmed by the appeals court.", "Thabo Nkosi"),
        (
            "Mourners gathered for the memorial of Kaveh Amini, a 20-year-old from Saqqez "
            "who was shot dead by "
            "police on 10 May.",
            "Kaveh Amini",
        ),
        (
            "Mahmoud Ghoneim, a university student, was stopped at a checkpoint in Tanta on "
            "October 3 and held "
            "incommunicado for 47 days.",
            "Mahmoud Ghoneim",
        ),
        (
            "Those held are editor Amina Diallo, reporter Moussa Keita and photographer Awa Traore.",
            "Amina Diallo",
        ),
        (
            '"My brother was taken in March," said Mahnaz Marri, whose brother Zahid Marri, a schoolteacher, '
            "is among the missing.",
            "Zahid Marri",
        ),
        (
            "The judge ordered the continued detention of four of the defendants, including Ozturk and "
            "editor-in-chief Kemal Aydin.",
            "Kemal Aydin",
        ),
        (
            "Nothing has been heard from Pastor Samuel Okello, the leader of a church in "
            "Gulu, since soldiers "
            "took him from his home in May.",
            "Samuel Okello",
        ),
        ("Unidentified men forced opposition activist Sok Dara into a car in Bangkok in May.", "Sok Dara"),
        (
            "On August 2, security officers raided the Cairo home of Karim Adel, 61, a retired teacher, and "
            "took him away without a warrant.",
            "Karim Adel",
        ),
        (
            "At the hearing, Ilyas Bek told the judge, Zhanna Omarova, he had been suspended "
            "from a pipe for hours.",
            "Ilyas Bek",
        ),
        (
            "Defendant Mahmoud Fares told the presiding judge that he had been suspended by "
            "his arms and given "
            "electric shocks.",
            "Mahmoud Fares",
        ),
    ],
)
def test_a_frame_makes_the_person_a_victim(nlp: Language, text: str, name: str) -> None:
    assert people_roles(nlp, text).get(name) == "victim"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Omar Nasser received an award from the human rights foundation in Geneva.", "Omar Nasser"),
        ("Mayor Pedro Alves met the delegation together with his deputy.", "Pedro Alves"),
        (
            "Students gathered at the tomb of Aram Soltani, the poet, whose verses were read aloud.",
            "Aram Soltani",
        ),
        ("We heard from Grace Achieng, the leader of the women's group, about the harvest.", "Grace Achieng"),
        ("The floods forced Chan Sokha into a new career as a teacher.", "Chan Sokha"),
        ("His lawyer Tarek Salem told the court he had been beaten by guards.", "Tarek Salem"),
        (
            "Prosecutor Kamal Rizk said the defendant was not credible and denied he had been tortured.",
            "Kamal Rizk",
        ),
        (
            "Police raided the home of Hany Said in 2019, but found nothing, his neighbours said later.",
            "Hany Said",
        ),
        ("Ana Ruiz was elected in June and held talks with the governor.", "Ana Ruiz"),
        (
            "Agents removed four wounded protesters from the city's Shahid Rajaei hospital on Friday.",
            "Shahid Rajaei",
        ),
        (
            "Farmers Rui Costa, 31, and Tiago Lima, 24, were taken away by soldiers at a "
            "checkpoint. At a meeting "
            "on Sunday, Dona Maria Lima, Tiago's mother, spoke for the families.",
            "Maria Lima",
        ),
    ],
)
def test_look_alikes_stay_no_victim(nlp: Language, text: str, name: str) -> None:
    assert people_roles(nlp, text).get(name) != "victim"


def test_fire_on_a_name_still_makes_a_victim(nlp: Language) -> None:
    assert (
        people_roles(nlp, "Police opened fire on Sara Hamid as she crossed the square.")["Sara Hamid"]
        == "victim"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hossein Tavakoli, the group's spokesman in Paris, told supporters: “Every "
            "family now knows someone "
            "who has been shot or arrested.”",
            "Hossein Tavakoli",
        ),
        (
            "Rahim Saberi, a spokesman for the group in London, said: “Everyone knows a "
            "young man who was arrested.”",
            "Rahim Saberi",
        ),
        (
            "Ashan Perera was arrested on Friday, police spokesman Ruwan Silva said. Silva "
            "said Perera had fallen "
            "ill in his cell and denied he had been mistreated.",
            "Ruwan Silva",
        ),
        ("Soldiers detained up to 40 villagers in neighbouring Kyauk Taw during the same week.", "Kyauk Taw"),
        (
            "Witnesses said four men were shot after surrendering inside a house on Rua Nova Esperanca.",
            "Rua Nova Esperanca",
        ),
        (
            "Plain-clothes agents removed at least four wounded protesters, including "
            "19-year-old Soran Karimi, "
            "from Mahabad's Shahid Rajaei hospital.",
            "Shahid Rajaei",
        ),
    ],
)
def test_a_speaker_or_a_place_beside_a_harm_is_no_victim(nlp: Language, text: str, name: str) -> None:
    assert people_roles(nlp, text).get(name) != "victim"


_LISTED = (
    "Police said Jamal Uddin, 34, Rafiqul Islam, 28, and Anwar Hossain, 41, opened fire when officers took "
    "them to a field to recover weapons, and were killed in the return fire."
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_LISTED, "Rafiqul Islam"),
        (_LISTED, "Anwar Hossain"),
        (
            "Pablo Ruiz, 22, ran from the checkpoint when soldiers called out to him, and was shot dead.",
            "Pablo Ruiz",
        ),
    ],
)
def test_a_harm_verb_right_after_and_closes_the_clause_of_the_name(
    nlp: Language, text: str, name: str
) -> None:
    assert people_roles(nlp, text).get(name) == "victim"


def test_a_harmless_verb_after_and_makes_no_victim(nlp: Language) -> None:
    text = "Marta Gil, the mayor, visited the families on Monday, and was received by the governor."
    assert people_roles(nlp, text).get("Marta Gil") != "victim"
