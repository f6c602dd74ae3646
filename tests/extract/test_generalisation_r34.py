"""Round 34, read on new real pages (u-sets, session 21): dates the extractor left out, and the
mandates of the UN's experts read as events.

- A range whose link word the model kept in its first end ("from" + "January 7 to" + "14, 1919")
  is one period, not a day of the wrong year.
- An infobox date field that opens with the month ("Date: March 3, 1921", and "DateJanuary
  1919" where a mirror drops the cell between label and value) dates the article's event.
- "The raid took place on 5 May 2001 and 40 villagers were killed": a verb that only says when
  an event happened dates the deaths told in the clause joined to it.
- A date the line wrap splits ("on 14" + "October 2015") is read whole.
- "Two UN experts on summary executions, torture and arbitrary detention", "A (torture); B
  (arbitrary detention)": the kinds of act a UN mandate covers are no events.
- "crimes ... involving intentional killing": the law's category, not a killing; "the scourge of
  enforced disappearances and torture" is talk of a kind of act, as "the issue of" was.
- Second pass: who a harm befell where the parser hung it elsewhere: "convicted of X, which she
  has denied and sentenced to death" (the victim was "which"); "was convicted of having X and
  received 99 lashes" (no one); "was subjected to a range of abuses, including ... and torture"
  (no one).
- Third pass (v-sets, once scored closed): in a summary of what someone said, a sentence in the
  past perfect that names no source goes on with the reported speech of the sentence before
  ("Ms. K said that ... . Some 900 people had been detained since March") and is that person's;
  "used to be common" tells a past habit; a person "taken away by police", by a force that says
  who it is, is arrested, as one "picked up by police" was.
- Names, read off both sets: a family name with an apostrophe before a capital ("Yar'Adua" style)
  and Romanian letters ("ș", "ț") are whole; Malaysian honours ("Tan Sri", "Datuk Seri") are no
  part of a name; an article titled with a person's common name names the person by it where the
  lead gives the full name; an infobox line whose label a mirror glued to the name
  ("Preceded byX Y") names X Y.
- Speakers: "“...”, the statement continued" is the statement's issuer the text named ("The
  Secretary-General X issued a statement"), a person as well as a body, not the outlet named last;
  "Special Rapporteur on Torture X Y" names X Y, the mandate's words ending the title.
- Fourth pass (w-sets, once scored closed): "“...,” his wife Ahlem told X" speaks by the name set
  after the kin word without commas, as "his wife, Ahlem," did.
"""

from __future__ import annotations

import pytest
from extraction_helpers import (
    claimant_names,
    event_date,
    extracted_types,
    first_incident,
    incidents_of,
    person_names,
    quote_speakers,
)
from spacy.language import Language

from tallybook.extract.text.boilerplate import unwrap
from tallybook.extract.text.layout import main_event_date
from tallybook.extract.timing.dates import Reference


def test_probe_a_range_with_its_link_inside_the_first_end(nlp: Language) -> None:
    text = "Police shot dead 20 dockers in Rio Claro from January 7 to 14, 1919."
    assert event_date(nlp, text, "killing", published="1925-06-01") == "1919-01"


def test_a_range_across_months_is_their_year(nlp: Language) -> None:
    text = "Troops shot dead 35 miners in Port Alder from March 3 to April 9, 1921."
    assert event_date(nlp, text, "killing", published=None) == "1921"


@pytest.mark.parametrize(
    ("field", "month"),
    [("Date: March 3, 1921", "1921-03"), ("DateJanuary 1919", "1919-01"), ("Date: 4 May 1930", "1930-05")],
)
def test_probe_an_infobox_date_that_opens_with_the_month(field: str, month: str) -> None:
    text = f"Port Alder strike\n{field}\nLocation: Port Alder\nDeaths: 35\n"
    found = main_event_date(text, Reference.from_partial(None))
    assert found is not None and found.value == month


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The raid took place on 5 May 2001 and 40 villagers were killed.", "2001-05-05"),
        ("The second shooting occurred on 2 June 2010 and 12 marchers were killed.", "2010-06-02"),
        ("The crackdown happened on 8 August 1988, and soldiers shot dead 30 students.", "1988-08-08"),
    ],
)
def test_probe_the_date_of_an_occurrence_dates_the_deaths_joined_to_it(
    nlp: Language, text: str, day: str
) -> None:
    assert event_date(nlp, text, "killing", published=None) == day


def test_deaths_with_a_date_of_their_own_keep_it(nlp: Language) -> None:
    text = "The raid took place on 5 May 2001 and 40 villagers were killed on 9 May 2001."
    assert event_date(nlp, text, "killing", published=None) == "2001-05-09"


@pytest.mark.parametrize(
    "text",
    [
        "Security forces detained the editor on 14\nOctober 2015 in the capital.",
        "Security forces detained the editor on 14 October\n2015 in the capital.",
    ],
)
def test_probe_a_date_split_by_the_line_wrap(nlp: Language, text: str) -> None:
    assert event_date(nlp, text, "arrest", published="2016-02-01") == "2015-10-14"


def test_a_heading_number_before_a_word_of_a_month_stays_a_break() -> None:
    assert unwrap("Part 2\nMayhem at the border") == "Part 2\nMayhem at the border"


def test_probe_the_kinds_a_un_mandate_covers_are_no_events(nlp: Language) -> None:
    text = (
        "Two UN independent experts on summary executions, torture and arbitrary detention today "
        "condemned the hanging of four men in Dalvara."
    )
    assert extracted_types(nlp, text) == ["execution"]


def test_probe_mandates_in_brackets_after_names_are_no_events(nlp: Language) -> None:
    text = (
        "The experts urged the government to end the violence.\n"
        "The experts who signed the statement are: Ilse Marten (summary executions); Tomas Reyna "
        "(torture); Ade Olufemi (arbitrary detention)."
    )
    assert extracted_types(nlp, text) == []


def test_a_description_in_brackets_after_a_victim_still_tells_the_act(nlp: Language) -> None:
    text = "Police tortured Omid Karimi (a student) in Tabriz last week."
    assert [i.victim_names for i in incidents_of(nlp, text, "torture")] == [["Omid Karimi"]]


def test_probe_a_killing_a_crime_involves_is_the_law_s_category(nlp: Language) -> None:
    text = (
        "“States that keep capital punishment may apply it only to the most serious crimes, "
        "understood as crimes of the utmost gravity involving intentional killing,” the "
        "spokesperson said."
    )
    assert extracted_types(nlp, text) == []


def test_an_operation_involving_the_killing_of_villagers_is_still_a_killing(nlp: Language) -> None:
    text = "The raid on Dalvara, involving the killing of 12 villagers, was condemned by the council."
    assert extracted_types(nlp, text) == ["killing"]


def test_probe_the_scourge_of_a_kind_of_act_is_talk(nlp: Language) -> None:
    text = (
        "Three UN experts today voiced alarm at the scourge of enforced disappearances and torture "
        "in Marovia, urging the authorities to investigate."
    )
    assert extracted_types(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (  # the relative "which" was the victim
            "Rana Tabesh was arrested in 2019. Later she was also convicted of blasphemy, which she has "
            "always denied and sentenced to death by hanging.",
            "death_sentence",
            "Rana Tabesh",
        ),
        (  # no one was: the parser joined "received" to "having"
            'Omid Vahedi was convicted in June 2012 of having "illegal contacts" with two journalists '
            "and received 74 lashes as his sentence.",
            "corporal_punishment",
            "Omid Vahedi",
        ),
        (  # no one was: torture is an item of the list after "including"
            "While held before trial, Karim Dahou was subjected to a range of abuses, including solitary "
            "confinement, denial of access to a lawyer and torture to force a confession.",
            "torture",
            "Karim Dahou",
        ),
    ],
)
def test_probe_the_one_person_a_misparsed_harm_befell(nlp: Language, text: str, kind: str, name: str) -> None:
    found = incidents_of(nlp, text, kind, required=True)
    assert [(i.figure.count, i.victim_names) for i in found] == [(1, [name])]


def test_a_harm_done_to_the_object_of_an_active_verb_stays_the_object_s(nlp: Language) -> None:
    text = (
        "According to his lawyer, in May soldiers beat Karim Dahou, a driver, tied his hands and "
        "subjected him to electric shocks at the base."
    )
    found = incidents_of(nlp, text, "torture", required=True)
    assert [(i.figure.description, i.victim_names) for i in found] == [(None, ["Karim Dahou"])]


_BRIEFING = (
    "Answering questions, spokesperson Mara Kovac said that the office would publish its figures "
    "next week. {sentence}"
)


def test_probe_a_past_perfect_sentence_goes_on_with_the_reported_speech(nlp: Language) -> None:
    text = _BRIEFING.format(
        sentence="Reports had come in from several regions; some 900 people had been detained since March."
    )
    assert claimant_names(first_incident(nlp, text, "arrest")) == ["Mara Kovac"]


def test_a_sentence_in_the_simple_past_is_the_publisher_s(nlp: Language) -> None:
    text = _BRIEFING.format(sentence="Some 900 people were detained in March.")
    assert claimant_names(first_incident(nlp, text, "arrest")) == ["publisher"]


def test_a_quotation_between_keeps_the_publisher(nlp: Language) -> None:
    text = (
        "Spokesperson Mara Kovac said that “the office will publish its figures next week”. "
        "Some 900 people had been detained since March."
    )
    assert claimant_names(first_incident(nlp, text, "arrest")) == ["publisher"]


@pytest.mark.parametrize(
    "text",
    [
        "She said summary executions used to be common in Marovia.",
        "The lawyer recalled the trial.\n\nHe said swift hangings used to be common in Dalvara.",
    ],
)
def test_probe_used_to_tells_a_past_habit(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == []


def test_torture_used_as_a_tool_is_still_told(nlp: Language) -> None:
    text = "Beatings and torture are being used to punish opposition supporters in Dalvara, the experts said."
    assert "torture" in extracted_types(nlp, text)


def test_probe_taken_away_by_police_is_an_arrest(nlp: Language) -> None:
    text = "Veteran activist Lin Bao, 79, was taken away by police as he spoke to a radio station."
    assert extracted_types(nlp, text) == ["arrest"]


def test_taken_away_by_men_who_say_they_are_police_is_a_vanishing(nlp: Language) -> None:
    text = (
        "Karim Dahou was taken away on 3 May by men in plain clothes who said they were from the "
        "police, his brother said. The police deny holding him."
    )
    assert extracted_types(nlp, text) == ["enforced_disappearance"]


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        (
            "Governor Musa Dan'Azumi also visited Kebbi State to apologise for the killings.",
            "Musa Dan'Azumi",
            "Musa Dan",
        ),
        (
            "Elena Pițescu and Andrei Pițescu were shot by soldiers in Brașov on 22 December.",
            "Elena Pițescu",
            "Elena Pi",
        ),
    ],
)
def test_probe_names_with_an_apostrophe_or_romanian_letters_are_whole(
    nlp: Language, text: str, name: str, cut: str
) -> None:
    names = person_names(nlp, text)
    assert name in names and cut not in names


@pytest.mark.parametrize("honour", ["Tan Sri", "Datuk Seri", "Dato'"])
def test_probe_malaysian_honours_are_no_part_of_a_name(nlp: Language, honour: str) -> None:
    text = f"The detainee was questioned by {honour} Razak Hamdan, the state police chief, who denied it."
    assert "Razak Hamdan" in person_names(nlp, text)


def test_probe_the_article_title_names_the_person(nlp: Language) -> None:
    text = (
        "Rana Tabesh\n\nRana Tabesh Golzari (born 1979) is a lawyer from Dalvara. She was arrested "
        "in June 2018 and sentenced to death in 2019."
    )
    assert person_names(nlp, text) == ["Rana Tabesh"]
    assert first_incident(nlp, text, "arrest").victim_names == ["Rana Tabesh"]


def test_a_title_that_is_no_person_names_no_one() -> None:
    from tallybook.extract.entities.patronymics import prefer_title_names
    from tallybook.model import ExtractedPerson

    people = [ExtractedPerson(name="Rana Tabesh Golzari")]
    prefer_title_names("Dalvara protests\n\nRana Tabesh Golzari was arrested.", people)
    assert [p.name for p in people] == ["Rana Tabesh Golzari"]


def test_probe_a_name_glued_to_its_infobox_label(nlp: Language) -> None:
    text = (
        "Omid Karimi\nGovernor of Dalvara\nPreceded byHassan-Reza Tavana\nSucceeded byJavad Golpour\n\n"
        "Omid Karimi was executed in Dalvara on 4 May 1980."
    )
    names = person_names(nlp, text)
    assert "Hassan-Reza Tavana" in names and "Javad Golpour" in names
    assert "Reza Tavana" not in names


def test_probe_the_statement_is_its_issuer_s(nlp: Language) -> None:
    text = (
        "The reporter had worked for Radio Meridian for twenty years.\n"
        "The Secretary-General Ines Valdora issued a statement saying she was “shocked by the killing”.\n"
        "“She offers her condolences to the family and to his colleagues”, the statement continued."
    )
    assert quote_speakers(nlp, text) == ["Ines Valdora", "Ines Valdora"]


def test_probe_a_holder_named_after_a_mandate_in_title_case(nlp: Language) -> None:
    text = (
        "UN Special Rapporteur on Torture Marta Lindqvist said the conditions in which the detainee "
        "was held were cruel.\n\n“Our appeals were ignored, and that is a tragedy for his family,” she said."
    )
    assert quote_speakers(nlp, text) == ["Marta Lindqvist"]


def test_probe_a_name_after_a_kin_word_without_commas_speaks(nlp: Language) -> None:
    text = (
        "Karim Dahou was at home when the police arrived.\n\n“Six officers broke down our door with "
        "their faces covered,” his wife Samira told reporters."
    )
    assert quote_speakers(nlp, text) == ["Samira"]


def test_taken_away_by_police_and_not_seen_since_is_a_vanishing(nlp: Language) -> None:
    text = "The two students were taken away by police on Friday and nobody has seen them since."
    assert extracted_types(nlp, text) == ["enforced_disappearance"]
