"""Round 35, read on new real pages (y-sets, session 22): biographies' death days, acts that did
not happen, and words of execution and protest death the lexicon lacked.

- The day an article's subject died, from the infobox ("Death Date: 2016-05-11", "Died April 6,
  1979 (aged 22)") or the lead's life dates with places after them ("(August 1, 1989, Minsk –
  November 12, 2020, Minsk)"), dates the deadly act the article tells of that person with a
  coarser date or none ("He was convicted of murder and hanged in 1979"); "(aged 22)" in such a
  line is an age, not 22 victims.
- "X was a massacre of 45 people ... It was carried out on 22 December 1997": "it" and a verb of
  happening in the next sentence date the event.
- Acts that did not happen: "nearly executed", "his possible execution", "his execution was to
  take place", "If the authorities go ahead with this execution"; the crime a person is "arrested
  in connection with" (not when the ones held are agents of the state).
- "Found hanged" outside custody leaves the death's cause open (`other`, no execution).
- "The imminent execution(s) of" named people records them as at risk of execution (`other`,
  CONVENTIONS), where a bare "imminent execution" stays a prospect.
- "They were hung in a prison" is an execution ("hung upside down" torture, "portraits were hung"
  nothing); "the death of one person in protests" a protest killing, as "died in protests" was.
- Second pass: "Days later, on 22 October, X was detained": the calendar day beside the counted
  one dates the act; "X, Amnesty International's Eastern Europe and Central Asia Director, said:"
  after a long opening clause names X (a post of six words); "UN-appointed independent human
  rights experts" are CONVENTIONS' "UN human rights experts", as speakers and as claimants; "Mr.
  Speaker" and "S. Res. 391" name no one.
- Third pass (z-sets, once scored closed): a country report's list of the issues it covers
  ("Significant human rights issues included: killings by ...; torture ...") tells no events, an
  item with a figure of its own still does; "the execution was set for 3 May, but was postponed"
  did not happen; an opening mark glued to the sentence before ('homes.”This reaction ...,” said
  X') opens; speech set in single marks a paragraph at a time after "X said:" is X's; a quotation
  under the caption that names the speaker of the one above ("X, Americas Director at Y") is
  still X's.
- Fourth pass (aa-sets, once scored closed): a headline's verbs are no part of a name ("Türk
  Condemns Killing Of ..." named no "Türk Condemns Killing", who then spoke for Volker Türk); a
  statement announced with a colon ("X issued the following statement today:") whose first
  paragraph quotes a word of its own (“Somaliland.”) is one speech, not the quoted word; a
  headline's `‘...’ - X Y` and a pull quote's caption `“...” X Y, Director at Z` name the speaker
  even where the model tagged no person.
"""

from __future__ import annotations

import pytest
from extraction_helpers import (
    claimant_names,
    event_date,
    extract_one,
    extracted_types,
    first_incident,
    incident_figure,
    incidents_of,
    person_names,
    quote_speakers,
)
from spacy.language import Language

from tallybook.extract.entities.person_names import is_nameish
from tallybook.extract.timing.dates import Reference
from tallybook.extract.timing.subject_deaths import death_day

BIOGRAPHY = (
    "Tomas Ederin\n\nTomas Ederin\nBorn (1950-03-02)March 2, 1950\nDied June 9, 1984(1984-06-09) "
    "(aged 34) (execution)\nOstrava\n\nTomas Karel Ederin (2 March 1950 – 9 June 1984) was a trade "
    "union organiser from Ostrava. He was convicted of sabotage and hanged in 1984.\n"
)


def test_probe_the_subjects_death_day_dates_the_execution_told_by_year(nlp: Language) -> None:
    found = incidents_of(nlp, BIOGRAPHY, "execution", published=None, required=True)
    assert [(i.date.value if i.date else None, i.figure.count) for i in found] == [("1984-06-09", 1)]


def test_probe_an_infobox_death_date_dates_the_death_cause_line(nlp: Language) -> None:
    text = (
        "= Farid Osmani =\n\nFarid Osmani\n- Birth Date: 1941-05-14\n- Death Date: 2011-09-03\n"
        "- Death Cause: Execution by hanging\n- Party: Unity Front\n\nFarid Osmani (14 May 1941 – "
        "3 September 2011) was a politician and former minister of Ruvania. On 12 March 2009, he was "
        "convicted of ordering the Lenk massacre by a special tribunal.\n"
    )
    assert event_date(nlp, text, "execution", published=None) == "2011-09-03"


def test_probe_life_dates_with_places_date_the_death_told_later(nlp: Language) -> None:
    text = (
        "= Death of Ilya Varenko =\n\nIlya Varenko (March 4, 1990, Grodna – October 2, 2021, Grodna) "
        "was a Ruvanian graphic designer. His death is linked to the protests of that year. Ilya "
        "Varenko died after reportedly being beaten by security forces.\n"
    )
    assert event_date(nlp, text, "killing", published=None) == "2021-10-02"


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("- Death Date: 2016-05-11\n", "2016-05-11"),
        ("Died April 6, 1979(1979-04-06) (aged 22)\n", "1979-04-06"),
        ("X Y (August 1, 1989, Minsk – November 12, 2020, Minsk) was a designer.", "2020-11-12"),
        ("- Died: 1995\n", None),  # a year is no day of death
    ],
)
def test_the_day_of_death_a_biography_gives(head: str, day: str | None) -> None:
    found = death_day(head, Reference.from_partial(None))
    assert (found.value if found else None) == day


def test_a_death_another_day_keeps_its_own_date(nlp: Language) -> None:
    text = BIOGRAPHY.replace("hanged in 1984", "hanged in 1983")
    assert event_date(nlp, text, "execution", published=None) == "1983"


def test_probe_it_happened_on_a_day_dates_the_event_defined_before(nlp: Language) -> None:
    text = (
        "Lenk massacre\n|\nThe Lenk Massacre was a massacre of 38 people attending a village meeting in "
        "the district of Lenk in northern Ruvania. It was carried out on March 14, 1993 by militia units "
        "widely believed to answer to the army.\n"
    )
    assert event_date(nlp, text, "killing", published=None) == "1993-03-14"


@pytest.mark.parametrize(
    "text",
    [
        "Pavel Ostrov, who was nearly executed on 2 May 2014, remains on death row.",
        "His family has raised the alarm over his possible execution next week.",
        "Just hours before Pavel Ostrov's execution was to take place, the court granted a stay.",
        "His hanging was due to be carried out on Monday.",
        "“If the authorities go ahead with this execution, they will be taking an innocent life,” she said.",
    ],
)
def test_probe_acts_that_did_not_happen(nlp: Language, text: str) -> None:
    assert "execution" not in extracted_types(nlp, text)


def test_an_execution_told_beside_a_near_one_stays(nlp: Language) -> None:
    text = "Pavel Ostrov was nearly executed on 2 May 2014, when four other men were hanged in Lenk."
    assert incident_figure(nlp, text, "execution") == (4, "exact")


def test_an_arrest_meant_for_something_is_still_an_arrest(nlp: Language) -> None:
    assert extracted_types(nlp, "Her arrest was to silence her.") == ["arrest"]


def test_probe_the_crime_someone_is_arrested_in_connection_with(nlp: Language) -> None:
    text = "Mr. Ostrov was 15 years old when he was arrested in connection with the disappearance of a girl."
    assert "enforced_disappearance" not in extracted_types(nlp, text)


def test_a_killing_state_agents_are_arrested_over_stays(nlp: Language) -> None:
    text = "Two police officers were arrested in connection with the killing of the student."
    assert "killing" in extracted_types(nlp, text)


def test_probe_found_hanged_outside_custody_is_no_execution(nlp: Language) -> None:
    text = "On 6 June 2012, a year after his release, Lu was found hanged in a hospital room in Hengxi."
    assert extracted_types(nlp, text, published=None) == ["other"]


def test_found_hanged_in_a_cell_stays_a_death_in_custody(nlp: Language) -> None:
    assert extracted_types(nlp, "The activist was found hanged in his cell in Kessa Prison on Tuesday.") == [
        "death_in_custody"
    ]


def test_probe_the_imminent_execution_of_named_people_is_their_risk(nlp: Language) -> None:
    text = "The authorities must halt the imminent execution of Dao Van Long, a 29-year-old fisherman."
    found = first_incident(nlp, text, "other")
    assert found.victim_names == ["Dao Van Long"]


def test_a_bare_imminent_execution_stays_a_prospect(nlp: Language) -> None:
    assert extracted_types(nlp, "The authorities must halt the imminent execution of a young man.") == []


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("They were hung in a Lenk prison on 13 April 2009.", ["execution"]),
        ("The nine men were hung at dawn.", ["execution"]),
        ("He was hung upside down and beaten.", ["torture"]),
        ("Portraits of the leader were hung in every office.", []),
    ],
)
def test_probe_hung_for_hanged(nlp: Language, text: str, types: list[str]) -> None:
    assert extracted_types(nlp, text) == types


def test_probe_the_death_of_someone_in_protests(nlp: Language) -> None:
    text = "The High Commissioner also lamented the death of one person in protests in the capital."
    assert incident_figure(nlp, text, "killing") == (1, "exact")


def test_probe_a_calendar_day_beside_a_counted_one(nlp: Language) -> None:
    text = "Days later, on 22 October, Mr. Wen was detained by security officials in Hengxi city."
    assert event_date(nlp, text, "arrest", published="2020-12-16") == "2020-10-22"


def test_a_counted_day_alone_waits_for_its_anchor(nlp: Language) -> None:
    text = "Two days later, Mr. Wen was detained by security officials in Hengxi city."
    assert event_date(nlp, text, "arrest", published="2020-12-16") is None


def test_probe_a_long_post_in_a_body_after_a_long_opening(nlp: Language) -> None:
    text = (
        "Responding to reports of unlawful force in Lenk, which left at least 12 protesters dead after a "
        "march, Dana Ostrova, Amnesty International’s Eastern Europe and Central Asia Director, said:\n"
        "“The images we saw this weekend were truly shocking. The authorities must disclose what happened.”"
    )
    assert quote_speakers(nlp, text) == ["Dana Ostrova"]


def test_probe_un_appointed_experts_are_the_un_human_rights_experts(nlp: Language) -> None:
    text = (
        "UN-appointed independent human rights experts called on Thursday for Ruvania to halt executions. "
        "The experts condemned the execution of Pavel Ostrov in March. “Drug offences do not meet this "
        "threshold,” the experts said."
    )
    assert quote_speakers(nlp, text) == ["UN human rights experts"]
    assert claimant_names(first_incident(nlp, text, "execution")) == ["UN human rights experts"]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. OSTROV. Mr. Speaker, I rise today to condemn the killing of protesters in Lenk.",
        "S. Res. 391, which condemns the killing of journalists in Lenk, was agreed to.",
    ],
)
def test_probe_a_legislatures_words_name_no_one(nlp: Language, text: str) -> None:
    names = person_names(nlp, text)
    assert "Speaker" not in names and "S. Res" not in names


def test_probe_a_country_reports_list_of_issues(nlp: Language) -> None:
    text = (
        "The most significant human rights issues included: killings by security forces and by "
        "insurgents; torture and abuse of prisoners by security forces; warrantless arrests by "
        "security forces and cases of apparent government disappearances."
    )
    assert extracted_types(nlp, text, published="2019-03") == []


def test_an_issue_with_a_figure_of_its_own_is_an_event(nlp: Language) -> None:
    text = "Human rights issues included arbitrary detention; at least one death in custody; and censorship."
    assert incident_figure(nlp, text, "death_in_custody") == (1, "at_least")


def test_probe_an_execution_set_for_a_day_and_postponed(nlp: Language) -> None:
    text = "The execution of Mr. Ostrov was previously set for 3 May, but was postponed."
    assert extracted_types(nlp, text) == []


def test_arrests_set_in_motion_happened(nlp: Language) -> None:
    assert extracted_types(nlp, "The arrests were set in motion by the governor.") == ["arrest"]


def test_probe_an_opening_mark_glued_to_the_sentence_before(nlp: Language) -> None:
    text = (
        "Security forces fired at unarmed civilians and ransacked homes.”This ruthless reaction to the "
        "protests is the latest example of violence by the security forces,” said Dana Ostrova, a researcher."
    )
    assert quote_speakers(nlp, text) == ["Dana Ostrova"]


def test_probe_paragraphs_of_speech_in_single_marks(nlp: Language) -> None:
    text = (
        "Many were sentenced to long prison terms.\n\nKaren Oddie, the group's Director, said:\n\n"
        "'After a detailed review of the cases against them, it is clear that these 75 people are "
        "prisoners of conscience. They should be released immediately.\n\n"
        "'We have heard reports that prisoners have been held in solitary confinement.'"
    )
    assert quote_speakers(nlp, text) == ["Karen Oddie", "Karen Oddie"]


def test_a_quoted_term_in_single_marks_is_no_speech(nlp: Language) -> None:
    text = "The court called the men 'enemies of the state' and jailed them, the group said."
    assert quote_speakers(nlp, text) == []


def test_probe_a_quotation_under_the_caption_of_its_speaker(nlp: Language) -> None:
    text = (
        "The government's response to the disappearance of 12 students illustrates its reckless approach "
        "to human rights, Amnesty International said.\n"
        "“The tragedy has exposed how the administration will stop at nothing to cover up abuses under "
        "their watch,” said Dana Ostrova, Americas Director at Amnesty International.\n"
        "“The tragedy has exposed how the administration will stop at nothing to cover up abuses under "
        'their watch."\n'
        "Dana Ostrova, Americas Director at Amnesty International\n"
        "“From failing to stop the attack to obstructing the inquiry, the authorities have done all they "
        "can to protect their image.”\n"
    )
    assert quote_speakers(nlp, text)[-1:] == ["Dana Ostrova"]
    assert len(quote_speakers(nlp, text)) == 3


@pytest.mark.parametrize("name", ["Osei Condemns Killing", "Mensah Urges Inquiry"])
def test_probe_a_headlines_verbs_are_no_part_of_a_name(name: str) -> None:
    assert not is_nameish(name)


def test_probe_a_statement_whose_first_paragraph_quotes_a_word(nlp: Language) -> None:
    text = (
        "The Independent Expert on the situation of human rights in Ruvania, Kofi Mensah, issued the "
        "following statement today:\n\n"
        "“I am deeply concerned over recent threats to the freedom of expression. Three journalists have "
        "been arrested as a result of their work in “Lenkland.” I understand that others have been "
        "detained.\n\n"
        "“Threats to journalists constitute serious violations of the right to freedom of expression.”"
    )
    assert quote_speakers(nlp, text) == ["Kofi Mensah", "Kofi Mensah"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Lenk: 82 killed in crackdown\n\n‘Bloody Friday’ left 66 dead\n\n‘The authorities … will stop at "
            "nothing to preserve power’ - Agnès Dulac\n\nThe security forces killed at least 66 people, "
            "the group said.",
            "Agnès Dulac",
        ),
        (
            "Many were killed in the crackdown.\n“The rising death toll is a shocking indictment of the "
            "authorities.” Dana Ostrova, Deputy Regional Director for the region at the group\n",
            "Dana Ostrova",
        ),
    ],
)
def test_probe_a_pull_quotes_named_caption(nlp: Language, text: str, speaker: str) -> None:
    assert quote_speakers(nlp, text) == [speaker]


def test_a_caption_with_a_verb_is_read_as_a_sentence(nlp: Language) -> None:
    text = "“We will not stop the campaign.” Dana Ostrova, the group's director, said on Monday.\n"
    assert quote_speakers(nlp, text) == ["Dana Ostrova"]


def test_probe_a_curly_quotation_closed_by_a_straight_mark(nlp: Language) -> None:
    text = (
        "The office's spokesman, Kofi Mensah, said it was alarming to see courts order dozens of "
        "executions at a time. “Executions of this scale are most probably in contravention of "
        'international law," he said. "They also undermine efforts to build a more stable society."'
    )
    found = extract_one(nlp, text).quotes
    assert [(q.speaker, q.text[-5:]) for q in found] == [("Kofi Mensah", " law,"), ("Kofi Mensah", "iety.")]


def test_probe_an_inner_quotation_closing_with_the_outer_one(nlp: Language) -> None:
    text = (
        "Kofi Mensah, the spokesperson, spoke in Geneva. “The killing came just hours after the governor "
        "had criticized the “Lenk” militias on television, a situation he described as “beyond "
        "description,” the spokesperson said."
    )
    assert [q.text[:11] for q in extract_one(nlp, text).quotes] == ["The killing"]
