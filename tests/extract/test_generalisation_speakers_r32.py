"""Round 32, speakers and victims read on new real pages (n-sets, session 19).

- An office word inside a run of capitals ends the body's name and starts the holder's: "said
  State Department Spokesperson X Y" is X Y speaking, where the whole run used to be no person
  and the quotation was lost.
- "The experts said" in a release whose only named person is a victim described as "a member of"
  a minority: the UN's unnamed experts speak, not the victim ("member" alone is no expert title).
- The UN's unnamed experts have one name however the text words them ("UN experts", "UN
  EXPERTS", "United Nations human rights experts"): CONVENTIONS.md's "UN human rights experts".
  Experts of a named body keep their words.
- A nominal trigger's "of" phrase past words of manner, time or place ("the executions by firing
  squad on 15 January of X"), which the parser hangs on the date, names the victims.
"""

from __future__ import annotations

import pytest
from extraction_helpers import first_incident, people_roles, person_names, quote_speakers, speaker_of
from spacy.language import Language

from tallybook.extract.entities.un_expert_groups import UN_EXPERTS, un_expert_group


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Nobody was detained for their opinions,” said Defence Ministry Spokesperson Julia Brandt.",
            "Julia Brandt",
        ),
        (
            "“These hangings must stop at once and the bodies must be returned,” said Foreign Ministry "
            "Spokeswoman Talia Brennock on Tuesday.",
            "Talia Brennock",
        ),
        (
            "“Nobody was detained for their opinions,” Interior Ministry Spokesman Dario Vellacourt told "
            "reporters.",
            "Dario Vellacourt",
        ),
    ],
)
def test_probe_office_inside_a_capitalised_run_starts_the_name(
    nlp: Language, text: str, speaker: str
) -> None:
    assert quote_speakers(nlp, text) == [speaker]
    assert speaker in person_names(nlp, text)


def test_office_word_leading_the_run_still_drops_alone(nlp: Language) -> None:
    # the office first, as before: "Minister X Y" is X Y
    text = "Minister Halvard Osei said 40 protesters were arrested in the capital."
    assert "Halvard Osei" in person_names(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "GENEVA (4 May 2021) – UN human rights experts today condemned the secret execution of Karim "
        "Dastani, a member of the Baluch minority.\n\n“We condemn this execution in the strongest "
        "terms,” the independent experts said.",
        "GENEVA (9 June 2022) – UN experts expressed alarm at the death in custody of Sahar Mirbagheri, "
        "a member of a women's rights group.\n\n“Her family has still not been given her body,” the "
        "experts said.",
    ],
)
def test_probe_a_victim_described_as_a_member_is_no_expert(nlp: Language, text: str) -> None:
    assert quote_speakers(nlp, text) == [UN_EXPERTS]


def test_a_named_rapporteur_still_speaks_for_the_experts(nlp: Language) -> None:
    text = (
        "GENEVA (4 May 2021) – The Special Rapporteur on torture, Lindiwe Castellanos, and other UN "
        "experts condemned the flogging of two students.\n\n“Flogging is torture and must end now,” "
        "the experts said."
    )
    assert quote_speakers(nlp, text) == ["Lindiwe Castellanos"]


@pytest.mark.parametrize(
    "phrase",
    [
        "UN experts",
        "UN EXPERTS",
        "United Nations human rights experts",
        "independent UN rights experts",
        "U.N. experts",
        "the UN human rights experts",
    ],
)
def test_every_wording_of_the_un_experts_is_one_name(phrase: str) -> None:
    assert un_expert_group(phrase) == UN_EXPERTS


@pytest.mark.parametrize(
    "phrase", ["UN experts on torture", "independent experts", "UN Committee experts", "medical experts"]
)
def test_experts_of_a_named_body_keep_their_words(phrase: str) -> None:
    assert un_expert_group(phrase) == phrase


def test_probe_unnamed_un_experts_speak_under_one_name(nlp: Language) -> None:
    text = (
        "UN EXPERTS URGE HALT TO EXECUTIONS\n\nSpeaking on 3 March, the experts said: “We are deeply "
        "alarmed by the hanging of at least 14 people in a single week.”"
    )
    assert speaker_of(nlp, text, "We are deeply alarmed") == UN_EXPERTS


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The rapporteurs condemned the executions by firing squad on 3 March of Yusuf Karimov and "
            "Anvar Tashkentov.",
            {"Yusuf Karimov", "Anvar Tashkentov"},
        ),
        ("Amnesty condemned the arrest in Tehran last week of Narges Abedini.", {"Narges Abedini"}),
        ("The group denounced the execution at dawn on Sunday of Reza Golpayegani.", {"Reza Golpayegani"}),
    ],
)
def test_probe_of_phrase_past_manner_and_time_names_the_victims(
    nlp: Language, text: str, names: set[str]
) -> None:
    kind = "arrest" if "arrest" in text else "execution"
    incident = first_incident(nlp, text, kind)
    assert set(incident.victim_names) == names
    roles = people_roles(nlp, text)
    assert all(roles[n] == "victim" for n in names)


def test_of_phrase_after_a_verb_names_no_victim(nlp: Language) -> None:
    # a full clause between the trigger and "of": the "of" belongs to something else
    text = "After the execution the family spoke of Reza Golpayegani's courage, said the group."
    assert "Reza Golpayegani" not in first_incident(nlp, text, "execution").victim_names
