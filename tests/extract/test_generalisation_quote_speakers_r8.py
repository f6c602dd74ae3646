"""Quote speakers (round 8): an unnamed panel kept in the fullest form the text gives it, an
unnamed speaker's apposition left out, a relative sharing the victim's surname, "she" after a
sentence where "he" spoke, and "the spokesperson"/"his spokesperson" of an office the text
names without its holder; look-alikes that must keep their reading. Texts written for these
tests."""

from __future__ import annotations

from extraction_helpers import speaker_of
from spacy.language import Language

# -- an unnamed panel: its fullest form ---------------------------------------------------------


def test_panel_takes_its_fullest_form_not_the_headline(nlp: Language) -> None:
    text = (
        "Kenya: UN experts urge inquiry into protest deaths\n\n"
        "GENEVA (3 March 2025) – Independent UN human rights experts on Monday urged Kenya to "
        "investigate the killing of 14 demonstrators in Nakuru.\n\n"
        "“Those who fired on peaceful demonstrators must be brought to justice without delay,” "
        "the experts said."
    )
    assert speaker_of(nlp, text, "Those who fired") == "UN human rights experts"


def test_panel_named_once_goes_by_the_one_name(nlp: Language) -> None:
    # CONVENTIONS.md's one name for the UN's unnamed experts (session 19; was the text's "UN experts")
    text = (
        "UN experts on Monday urged Kenya to investigate the killing of 14 demonstrators in "
        "Nakuru. “Those who fired on peaceful demonstrators must be brought to justice without "
        "delay,” the experts said."
    )
    assert speaker_of(nlp, text, "Those who fired") == "UN human rights experts"


# -- an unnamed speaker with an apposition ------------------------------------------------------


def test_apposition_after_an_unnamed_speaker_is_left_out(nlp: Language) -> None:
    text = (
        "Soldiers burned the village of Kalo on Friday, residents said. “They came at night and "
        "set fire to the granary first,” said one villager, a retired teacher who asked not to "
        "be named for fear of reprisals."
    )
    assert speaker_of(nlp, text, "They came at night") == "one villager"


def test_a_named_speaker_with_an_apposition_keeps_the_name(nlp: Language) -> None:
    text = (
        "Soldiers burned the village of Kalo on Friday. “They came at night and set fire to the "
        "granary first,” said a resident, Amina Yusuf, a retired teacher."
    )
    assert speaker_of(nlp, text, "They came at night") == "Amina Yusuf"


# -- a relative who shares the victim's surname -------------------------------------------------


def test_a_mother_sharing_her_sons_surname_speaks(nlp: Language) -> None:
    text = (
        "Among those held was Tomás Alberto Urbina, a 19-year-old student, who, according to his "
        "mother, Carmen Urbina, was seized by police officers outside his home on 3 May.\n\n"
        '"They burned his arms with cigarettes and kicked him until he fainted," Carmen Urbina said.'
    )
    assert speaker_of(nlp, text, "They burned his arms") == "Carmen Urbina"


def test_the_son_named_in_full_still_speaks(nlp: Language) -> None:
    text = (
        "Tomás Alberto Urbina, a 19-year-old student, was seized by police officers outside his "
        "home on 3 May, his mother, Carmen Urbina, said.\n\n"
        '"They burned my arms with cigarettes and kicked me until I fainted," Tomás Alberto Urbina '
        "told reporters after his release."
    )
    assert speaker_of(nlp, text, "They burned my arms") == "Tomás Alberto Urbina"


# -- "she" after a sentence where "he" spoke ----------------------------------------------------


def test_she_is_not_the_man_who_spoke_before(nlp: Language) -> None:
    text = (
        "== Case of Pham Van Duc ==\n\nPham Van Duc\n- Born: 1985, Can Tho, Vietnam\n"
        "- Criminal status: Executed\n\nPham Van Duc (1985 – 2 May 2022) was a Vietnamese "
        "construction worker who was executed in Hanoi for a 2009 murder he denied committing.\n\n"
        "== Trial ==\nDuc was arrested in 2010 and sentenced to death in Can Tho in 2011. At his "
        "trial he stated that officers had beaten him for two days until he signed a confession. "
        'His sister, Pham Thi Hoa, campaigned for his release for years. "My brother was forced to '
        'confess. How could he sign it?" she told a local newspaper in 2019.'
    )
    assert speaker_of(nlp, text, "My brother was forced") == "Pham Thi Hoa"


def test_he_still_resolves_to_the_man(nlp: Language) -> None:
    text = (
        "Pham Van Duc was arrested in 2010 and sentenced to death in Can Tho in 2011. At his "
        "trial he said that officers had beaten him until he signed. “I never saw a lawyer "
        "before the hearing began,” he told the court."
    )
    assert speaker_of(nlp, text, "I never saw") == "Pham Van Duc"


# -- the spokesperson of an office named without its holder -------------------------------------


def test_the_spokesperson_takes_the_title_the_briefing_gives(nlp: Language) -> None:
    text = (
        "Sudan: killings of civilians in El Fasher\n\n"
        "Spokesperson for the UN High Commissioner for Human Rights\n"
        "Location: Geneva\n\n"
        "We are appalled by reports that at least 40 civilians were killed in El Fasher last week. "
        "“Those responsible for these killings must be held accountable without delay,” the "
        "spokesperson said."
    )
    expected = "Spokesperson for the UN High Commissioner for Human Rights"
    assert speaker_of(nlp, text, "Those responsible") == expected


def test_a_named_spokesperson_keeps_the_name(nlp: Language) -> None:
    text = (
        "Spokesperson for the UN High Commissioner for Human Rights: Maria Lindqvist\n\n"
        "We are appalled by reports that at least 40 civilians were killed in El Fasher. The "
        "spokesperson, Maria Lindqvist, told reporters in Geneva the toll was rising. “Those "
        "responsible for these killings must be held accountable,” the spokesperson said."
    )
    assert speaker_of(nlp, text, "Those responsible") == "Maria Lindqvist"


def test_his_spokesperson_speaks_for_the_office_named(nlp: Language) -> None:
    text = (
        "The UN Secretary-General has condemned the shelling of a hospital in Khartoum on "
        "Saturday that killed at least 12 patients.\n\n"
        "“The Secretary-General is deeply alarmed by this attack on medical staff and patients,” "
        "his spokesperson told reporters in New York."
    )
    assert speaker_of(nlp, text, "The Secretary-General is") == "Spokesperson for the UN Secretary-General"


def test_his_spokesperson_of_a_named_leader_is_no_office(nlp: Language) -> None:
    text = (
        "President Daniel Mwangi condemned the shelling of a hospital in Khartoum on Saturday. "
        "“The president is deeply alarmed by this attack on medical staff and patients,” his "
        "spokesperson told reporters in Nairobi."
    )
    assert not (speaker_of(nlp, text, "The president is") or "").startswith("Spokesperson for")
