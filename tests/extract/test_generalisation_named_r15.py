"""Round 15 named victims and people: a relative who tells of the harm is no victim ("his sister X
told reporters", "according to his mother, X,", "said X, whose son was among those killed"); the
person whose relative tells of their harm is ("X's daughter said her father died"); a name set
beside a counted part or a definite count of a harmed group is a member of it ("One of them,
retired teacher X", "Two of them, brothers A and B", "The three, A (23), B (21) and C", "said X,
31, one of the three"); an age in brackets after a name; "beat to death X"; a person listed beside
a victim of the incidents found; a teller whom soldiers beat "both of them"; a name the text writes
only after "the" or "its" is a thing's, not a person's. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import extract_one
from spacy.language import Language

from tallybook.extract.entities.person_roles import victim_context


def _roles(nlp: Language, text: str) -> dict[str, str]:
    return {p.name: p.role for p in extract_one(nlp, text).people}


# --- relatives who speak ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "teller", "victim"),
    [
        (
            "Among those missing is Daniel Okafor, a 30-year-old tailor, who was pushed into a car "
            "outside his shop in Enugu on May 3, his sister Grace Okafor told reporters.",
            "Grace Okafor",
            "Daniel Okafor",
        ),
        (
            "Among those detained was Luis Ortega, a 22-year-old student, who, according to his "
            "mother, Rosa Ortega, was seized by soldiers outside his home on 4 May.",
            "Rosa Ortega",
            "Luis Ortega",
        ),
        (
            '"They shot him as he ran," said Amina Bello, 47, whose 16-year-old son, Musa Bello, '
            "was among those killed.",
            "Amina Bello",
            "Musa Bello",
        ),
    ],
)
def test_relative_who_tells_is_no_victim(nlp: Language, text: str, teller: str, victim: str) -> None:
    roles = _roles(nlp, text)
    assert roles.get(victim) == "victim"
    assert roles.get(teller) != "victim"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a relative who is harmed, not speaking
        (
            "Police arrested Farid Nasser in Tripoli on Monday. His brother, Karim Nasser, was "
            "arrested the same night.",
            "Karim Nasser",
        ),
        (
            "Soldiers detained Farid Nasser on Monday along with his cousin Omar Nasser, 19, who was "
            "also beaten.",
            "Omar Nasser",
        ),
    ],
)
def test_relative_who_was_harmed_stays_a_victim(nlp: Language, text: str, name: str) -> None:
    assert _roles(nlp, text).get(name) == "victim"


def test_person_whose_relative_tells_of_the_death_is_the_victim(nlp: Language) -> None:
    text = (
        "Soldiers detained dozens of men in the district in September. Tadesse Bekele’s daughter "
        "told reporters that her father, a 70-year-old farmer, died in a police cell in October."
    )
    assert _roles(nlp, text).get("Tadesse Bekele") == "victim"


def test_person_whose_relative_tells_of_something_else_is_no_victim(nlp: Language) -> None:
    text = (
        "Soldiers detained dozens of men in the district in September. Tadesse Bekele’s daughter "
        "told reporters that the harvest had failed in October."
    )
    assert _roles(nlp, text).get("Tadesse Bekele") != "victim"


# --- members of a counted group ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "At least five political prisoners died in custody during the year. The monitoring group "
            "said one of them, retired schoolteacher Tomas Reyes, was moved to an isolation cell in May.",
            ["Tomas Reyes"],
        ),
        (
            "Eleven people were arrested during the raid. Two of them, brothers Kofi Mensah and Yaw "
            "Mensah, told reporters that they had been punched inside a police van.",
            ["Kofi Mensah", "Yaw Mensah"],
        ),
        (
            "Soldiers fired on a funeral procession on Sunday, killing at least five people. The "
            "committee named two of the dead as Samir Haddad, 17, and Nabil Aoun, a 35-year-old mechanic.",
            ["Samir Haddad", "Nabil Aoun"],
        ),
        (
            "Soldiers shot dead four farmers in the hamlet on Tuesday. Villagers said the four – "
            "farmhand Pedro Lanza, 51, his son Mateo Lanza, 16, and two neighbours – were picking "
            "coffee at the time.",
            ["Pedro Lanza", "Mateo Lanza"],
        ),
        (
            "The court sentenced three young men from the village to death on Monday. The three, Ali "
            "Kamali (23), his brother Hamid Kamali (21) and Saeed Tavana (25), were found guilty of "
            "forming a cell.",
            ["Ali Kamali", "Hamid Kamali", "Saeed Tavana"],
        ),
        (
            "Three of the detainees told this reporter they were beaten with rifle butts at the police "
            'station. "They wanted the names of everyone at the march," said Rosa Mejia, 31, one of the '
            "three.",
            ["Rosa Mejia"],
        ),
    ],
)
def test_named_member_of_a_harmed_group_is_a_victim(nlp: Language, text: str, names: list[str]) -> None:
    roles = _roles(nlp, text)
    assert [roles.get(n) for n in names] == ["victim"] * len(names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the group are the doers
        (
            "Three police officers were charged over the killing of the student. One of them, Captain "
            "Ivan Petrov, denied the charges in court.",
            "Ivan Petrov",
        ),
        # the apposition gives the name an office of a body: a speaker
        (
            "Police detained twelve students on Friday. Two of the students, Lena Fischer, the "
            "union's regional director, said, had been released.",
            "Lena Fischer",
        ),
        # no harm told before the group
        (
            "The committee members met in the capital on Monday. One of them, Maria Lopez, chaired the "
            "session on the budget.",
            "Maria Lopez",
        ),
        # one of the lawyers speaks
        (
            'Police detained twelve students on Friday. "We will appeal," said Carlos Ruiz, one of the '
            "lawyers.",
            "Carlos Ruiz",
        ),
    ],
)
def test_name_beside_a_group_that_is_not_harmed_is_no_victim(nlp: Language, text: str, name: str) -> None:
    assert _roles(nlp, text).get(name) != "victim"


# --- other victim contexts ---------------------------------------------------------------------


def test_beat_to_death_names_the_victim_before_an_office() -> None:
    # the people component's own reading (the incidents may name the victim as well)
    text = (
        "On 5 May, militia members in Ngozi Province beat to death Pierre Ndayishimiye, a local "
        "official of the opposition party, after accusing him of holding a meeting."
    )
    start = text.index("Pierre")
    assert victim_context(text, start, start + len("Pierre Ndayishimiye"))


def test_beat_with_no_death_before_a_name_is_no_victim_context() -> None:
    text = "Militia members beat the drums as Pierre Ndayishimiye, a local official, spoke to the crowd."
    start = text.index("Pierre")
    assert not victim_context(text, start, start + len("Pierre Ndayishimiye"))


def test_person_listed_beside_an_incident_victim_is_one(nlp: Language) -> None:
    text = (
        "Hangings reported in June:\n"
        "- Rasoul Karimi, 34, a porter from Kermanshah, hanged in Ghezel Hesar Prison, Karaj, on 7 June;\n"
        "- Karim Dadkhah and Reza Nouri, two Baluch fuel porters, hanged together in Zahedan Central "
        "Prison on 8 June;\n"
        "- Ali Mousavi, a 30-year-old labourer, hanged in Adelabad Prison, Shiraz, on 10 June."
    )
    roles = _roles(nlp, text)
    assert roles.get("Karim Dadkhah") == "victim"
    assert roles.get("Reza Nouri") == "victim"


def test_teller_beaten_with_another_prisoner_is_a_victim(nlp: Language) -> None:
    text = (
        "Malik Osei died in a military camp on Friday. A man held at the same camp, Somchai Wongsa, "
        "told the group that soldiers beat both of them with sticks during questioning."
    )
    assert _roles(nlp, text).get("Somchai Wongsa") == "victim"


def test_teller_of_something_else_is_no_victim(nlp: Language) -> None:
    text = (
        "Malik Osei died in a military camp on Friday. A lawyer for the family, Somchai Wongsa, "
        "told the group that soldiers beat both of them with sticks during questioning."
    )
    assert _roles(nlp, text).get("Somchai Wongsa") != "victim"


# --- names that are things ---------------------------------------------------------------------


def test_name_written_only_after_the_is_no_person(nlp: Language) -> None:
    text = (
        "Eight people were caned in public in Banda Raya on Friday. Its Adat Jinayat allows up to "
        "100 lashes for gambling. The group asked the government to review the bylaw, known as the "
        "Adat Jinayat, without reply."
    )
    assert "Adat Jinayat" not in _roles(nlp, text)


def test_name_also_written_without_the_is_a_person(nlp: Language) -> None:
    text = (
        "The Rev. Simon Okello was arrested in Gulu on Friday. Police said Simon Okello had "
        "organised the march."
    )
    assert "Simon Okello" in _roles(nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "harmed"),
    [
        ("Police said Yusuf Demir (34), a teacher, was detained in Izmir on Monday.", "Yusuf Demir", True),
        ("Police said Yusuf Demir (34), a teacher, was promoted in Izmir on Monday.", "Yusuf Demir", False),
    ],
)
def test_age_in_brackets_after_a_name(text: str, name: str, harmed: bool) -> None:
    start = text.index(name)
    assert victim_context(text, start, start + len(name)) is harmed
