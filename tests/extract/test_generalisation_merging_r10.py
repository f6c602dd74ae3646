"""Which mentions become one incident (round 10): a disappearance and the arrest a clause of
"after" says it began with, where the parser reads "after" as a preposition whose object is the
arrest's agent; a second source's count that names some of its dead ("including X") is still a
rival figure for the event. Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import incidents_of, of_type
from spacy.language import Language

from tallybook.model import Stance

# --- "went missing after men ... detained him": one enforced disappearance ------------------


def test_missing_after_men_identifying_themselves_detained_him_is_one_disappearance(nlp: Language) -> None:
    text = (
        "Mohammed Rafiqul Hasan, a student leader in Sylhet, remained missing at year's end after men "
        "identifying themselves as members of the Special Branch detained him on 9 May, according to "
        "his wife."
    )
    found = incidents_of(nlp, text)
    assert [i.type for i in found] == ["enforced_disappearance"]
    assert found[0].date is not None and found[0].date.value.endswith("-05-09")


def test_disappeared_after_men_who_said_they_were_officers_detained_her(nlp: Language) -> None:
    text = (
        "Labour organiser Rashida Begum disappeared after men who identified themselves as Special "
        "Branch officers detained her in Khulna on 3 February; police denied holding her, and she "
        "remained missing at year's end."
    )
    found = incidents_of(nlp, text)
    assert [i.type for i in found] == ["enforced_disappearance"]


def test_arrest_coordinated_after_a_disappearance_stays_its_own_incident(nlp: Language) -> None:
    text = (
        "Mohammed Rafiqul Hasan, a student leader in Sylhet, remained missing at year's end after the "
        "strike, and police officers detained his brother on 9 May, according to his wife."
    )
    found = incidents_of(nlp, text)
    assert len(of_type(found, "arrest")) == 1
    assert len(of_type(found, "enforced_disappearance")) == 1


def test_arrest_after_a_semicolon_stays_its_own_incident(nlp: Language) -> None:
    text = (
        "The teacher went missing after the rally; soldiers arrested 30 students in the town square "
        "on 12 January."
    )
    found = incidents_of(nlp, text)
    assert len(of_type(found, "arrest")) == 1


# --- a rival figure that names some of its dead is still a rival figure ---------------------

_RIVAL_TEXT = (
    "On 3 April soldiers fired on a march in the town of Adi Keyh. The regional police chief, "
    "Dawit Haile, told state television that four people had died in the unrest. The monitoring "
    "group Sentinel Watch said that at least 14 marchers had been killed by soldiers and published "
    "the names of 12 of them, including 16-year-old Yonas Berhe."
)


def test_rival_count_naming_some_of_its_dead_disputes_the_first_count(nlp: Language) -> None:
    killings = incidents_of(nlp, _RIVAL_TEXT, "killing")
    assert len(killings) == 1
    assert "Sentinel Watch" in killings[0].claimants(Stance.DISPUTES)
    assert "Yonas Berhe" in killings[0].victim_names  # one of the rival count's named dead


def test_named_person_of_another_source_is_not_a_rival_count(nlp: Language) -> None:
    text = (
        "On 3 April soldiers fired on a march in the town of Adi Keyh. The regional police chief, "
        "Dawit Haile, told state television that four people had died in the unrest. The monitoring "
        "group Sentinel Watch said that a student, Yonas Berhe, had been shot dead by soldiers at a "
        "checkpoint on 5 April."
    )
    killings = incidents_of(nlp, text, "killing")
    assert len(killings) == 2


def test_rival_count_does_not_take_a_name_from_the_next_sentence(nlp: Language) -> None:
    text = (
        "Riot police cleared the square in Temirtau on the night of 3 May. The interior ministry said "
        "that five protesters were killed on 4 May. The rights group Open Hand said eleven people had "
        "been killed, all of them civilians. Among the dead was Erik Dalen, a 40-year-old welder."
    )
    killings = incidents_of(nlp, text, "killing")
    ministry = next(i for i in killings if i.figure.count == 5)
    assert "Open Hand" in ministry.claimants(Stance.DISPUTES)
    assert "Erik Dalen" not in ministry.victim_names  # "Among the dead was X" is X's own case
