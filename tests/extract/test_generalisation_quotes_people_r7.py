"""Quotes and people (round 7): a speaker's own characterisation after "what X called", an
unnamed speaker taken up again as "the relative", a body named before an apposition that
describes it, a vendor quoted without a name; people named after an occupation or a rank's
initials, a one-word name a witness gave, a father whose name ends his son's, places named in an
infobox or before "province"; victims named in apposition to "the man", telling of harm done to
them, serving a sentence or still missing; and look-alikes that must keep their reading. Texts
written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import people_roles, person_names, quote_pairs, quoted_words, speaker_of
from spacy.language import Language

# -- quotes ------------------------------------------------------------------------------------


def test_what_someone_called_is_their_quote(nlp: Language) -> None:
    text = (
        "Daniel Okafor, a teacher, was sentenced to death in Kano on Monday. The verdict came after "
        'what his lawyer called "a hearing that lasted barely ten minutes."'
    )
    assert any(w.startswith("a hearing that lasted") for w in quoted_words(nlp, text))


def test_a_name_called_so_is_still_a_label(nlp: Language) -> None:
    text = 'Police raided the offices of a group called "Friends of the River Valley" on Monday.'
    assert quoted_words(nlp, text) == []


def test_the_relative_is_the_relative_introduced_before(nlp: Language) -> None:
    text = (
        "Two men were hanged in Mashhad on Sunday, the Baluch Rights Office said. A cousin of Reza "
        "Narouei told the group the family was not warned. “They gave us his body at dawn and told "
        "us to bury him quickly,” the cousin said."
    )
    assert speaker_of(nlp, text, "They gave us") == "A cousin of Reza Narouei"


def test_a_named_body_before_its_apposition_speaks(nlp: Language) -> None:
    text = (
        "The Prisons Review Unit, the body that inspects jails, said it had found “no evidence of "
        "any beating in the cells”."
    )
    assert speaker_of(nlp, text, "no evidence") == "Prisons Review Unit"


def test_a_vendor_is_an_unnamed_speaker(nlp: Language) -> None:
    text = (
        "Police spokesperson Inspector John Moyo confirmed the arrests. “We used minimum force,” he "
        "said.\n\n“We only sell tomatoes to feed our families,” said one vendor who asked not to be named."
    )
    assert speaker_of(nlp, text, "We only sell") == "one vendor"


def test_a_father_sharing_his_sons_names_speaks_for_himself(nlp: Language) -> None:
    text = (
        "Security forces shot dead two protesters in Basra on Friday. The dead were named as Karim "
        "Hassan Jaber, 22, and Saad Fadhil, 30.\n\n“He only wanted a job,” said Hassan Jaber, Karim's father."
    )
    assert speaker_of(nlp, text, "He only wanted") == "Hassan Jaber"


# -- people ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Deputy town clerk Tawanda Mhuri said the by-laws would be enforced.", "Tawanda Mhuri"),
        (
            "Researcher Olga Brenner Diaz, who monitors prisons, said 40 inmates had died.",
            "Olga Brenner Diaz",
        ),
        ("SHO Rashid Ahmed Channa led the raid on the house, residents said.", "Rashid Ahmed Channa"),
        ("In 2020 a court convicted Police Officer 1 Arnel Sagun and two others of murder.", "Arnel Sagun"),
        ("A resident who gave his name only as Teodoro said soldiers burned the houses.", "Teodoro"),
    ],
)
def test_a_name_after_an_occupation_or_rank(nlp: Language, text: str, name: str) -> None:
    assert name in person_names(nlp, text)


def test_a_byline_desk_is_no_person(nlp: Language) -> None:
    text = "Three men were hanged in Tabriz on Monday.\n\n(Reporting by Cairo Newsroom; Editing by Ana Ruiz)"
    assert "Cairo Newsroom" not in person_names(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "- Location: Santa Elena, Kaya Rubi, Veridia\n\nTwo farmers were shot in Santa Elena.",
        "Kaya Rubi province's health office said two people had died after the raid.",
    ],
)
def test_places_are_no_people(nlp: Language, text: str) -> None:
    names = person_names(nlp, text)
    assert "Kaya Rubi" not in names and "Santa Elena" not in names


def test_a_name_inside_a_longer_name_is_still_a_name(nlp: Language) -> None:
    text = "Anwarul Islam Chowdhury, a local leader of the opposition, remained missing in December."
    assert people_roles(nlp, text).get("Anwarul Islam Chowdhury") == "victim"


# -- victims -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A 40-year-old man detained at a protest in Van died in custody on Tuesday, his lawyers "
            "said. Police said the man, Yusuf Kemal Arslan, had suffered a stroke.",
            "Yusuf Kemal Arslan",
        ),
        (
            "Three farmworkers were found shot dead near Ayutla. The men, identified by neighbours as "
            "Pablo Ruiz Santos, 31, his brother Mateo Ruiz Santos, 27, and their cousin Diego Salas "
            "Pena, 22, were stopped at a roadblock on Friday.",
            "Mateo Ruiz Santos",
        ),
        (
            "On May 3, engineering student Karim Adel Mansour told prosecutors that officers at a "
            "police station in Giza had beaten him with a stick.",
            "Karim Adel Mansour",
        ),
        (
            "A blogger critical of the government died in hospital on Friday, a rights group said. "
            "Samir Ould Daoud, 39, had been serving a two-year sentence since his arrest in 2023.",
            "Samir Ould Daoud",
        ),
        (
            "Among the camp's inmates is the singer Yonas Berhe Tekle, founder of a youth choir. She "
            "was detained in Massawa in 2013 along with her manager.",
            "Yonas Berhe Tekle",
        ),
    ],
)
def test_victims_told_by_their_context(nlp: Language, text: str, name: str) -> None:
    assert people_roles(nlp, text).get(name) == "victim"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the lawyer tells of a client's harm, not his own
        (
            "Rights lawyer Omar Saleh Nasser told reporters that guards had beaten him in the cells, "
            "referring to his client.",
            "Omar Saleh Nasser",
        ),
        # a name that only names the protests
        (
            "Ali Rahimi was executed in connection with the 2022 Leila Bahrami protests.",
            "Leila Bahrami",
        ),
        # the man named is the officer, no victim
        (
            "Police said an officer fired at the crowd. The officer, Sergeant Paul Otieno, was suspended.",
            "Paul Otieno",
        ),
        # the next sentence's "he" is inside someone's quoted words
        (
            'Campaign director Lena Hartmann said: "Kaveh loved his country. He was killed to scare '
            'a generation."',
            "Lena Hartmann",
        ),
    ],
)
def test_no_victim_from_look_alikes(nlp: Language, text: str, name: str) -> None:
    assert people_roles(nlp, text).get(name) != "victim"


def test_quote_pairs_keep_their_spans(nlp: Language) -> None:
    text = 'Rafael Duarte said the march was peaceful. "Nobody threw a single stone," Duarte said.'
    assert quote_pairs(nlp, text) == [("Rafael Duarte", "Nobody threw a single stone,")]
