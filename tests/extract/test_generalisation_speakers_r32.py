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
- A list's last name the parser hung on the verb after a serial comma ("of A, B, and C for ..."),
  and names set off by commas right before the subject's verb ("The leaders of the movement that
  organized the protests, A and B, were placed under house arrest") are the victims too.
- "X is a retired physician and ethnic Uyghur who disappeared": the subject is the one victim,
  not the description's second noun the model took for a name.
- Names: "Ramadan" ends family names ("Mohammad Ramadan") as "Islam" does; "X alias Y" is X, who
  also goes by Y; a list of names whose items carry another name in brackets ("A (B), C and D")
  is a list of names; "during X Y's regime" says a person; a speaker called by given name alone
  ("Thaksin said") is the one person of that given name.
- Counts and claimants: "X, together with nine other women, was hanged" is ten (the companions were
  counted twice); "officers who were, according to him, beating ..." sources that clause only; a
  registry name the text defines with another acronym ("the Ethiopian NGO Human Rights Council
  (HRCO)") is another body; "A March 14 report from the NGO X (XO) covering ..." is X's; a country
  that tells ("Iran has acknowledged executing ...") is its government, as CONVENTIONS.md names it.
- "We denounce the execution of any person for political beliefs": an act told of whoever it may
  befall is a kind of act, not an incident; nor is a prospect ("the upcoming execution of X",
  "in imminent danger of execution"), nor an act told as "a history of" doing it. Counted deaths a
  clause about state forces results in are killings ("police broke up the marches, resulting in
  four deaths"), and so are the dead that clashes involving those forces left.
- "Protests took place Monday ..., where mourners paid tribute to a medic who was shot and killed
  Sunday": the main clause's day no longer dates a relative clause that gives its act a day of its
  own (it made "shot" an incident of Monday beside "killed" on Sunday); the date inside a running
  total's clause ("..., bringing the total number of executions so far this year to 73") dates
  the total, not the act the sentence opened with.
- A quotation left open before its own cue ("“We are appalled by ..., said OHCHR spokesperson X in
  a statement.") ends at the cue, which names its speaker; so does one closed by a straight mark
  after a curly one ("“...," he said."). "The experts said" after a text names one UN body of
  experts as its teller ("The UN Working Group on ... said") is that body.
- Round 3 (read off p1-p8): quotations no cue verb introduces. A statement's header before the
  opening mark ("Washington - X, Secretary of State - “Today ...") and an official's byline over a
  comment ("By X, Spokesperson for ...") name its quotations' speaker; a reporter's byline does
  not. A quoted predicate of speech right after its subject ("Mr. X “stressed that ...,” the
  release added") is the subject's; one of harm ("X “was tortured ...,” the group said") is not.
"""

from __future__ import annotations

import pytest
from extraction_helpers import (
    claimant_names,
    extracted_types,
    first_incident,
    incident_figure,
    incidents_of,
    people_roles,
    person_names,
    quote_pairs,
    quote_speakers,
    quoted_words,
    speaker_of,
)
from spacy.language import Language

from tallybook.extract.attribution.source_names import canonical_source
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


# -- victims named beside a misparsed phrase ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "names"),
    [
        (
            "The court condemned the hangings on 2 May of Omid Farahani, Saeed Tavakoli, and Bahram "
            "Ghaffari for an attack on a checkpoint in Zahedan.",
            "execution",
            ["Omid Farahani", "Saeed Tavakoli", "Bahram Ghaffari"],
        ),
        (
            "The leaders of the Green Wave that had organized the protests, Ahmad Karimi and Hossein "
            "Rostami, were placed under house arrest in early 2011.",
            "arrest",
            ["Ahmad Karimi", "Hossein Rostami"],
        ),
    ],
)
def test_probe_list_names_the_parser_hung_elsewhere(
    nlp: Language, text: str, kind: str, names: list[str]
) -> None:
    incident = first_incident(nlp, text, kind)
    assert incident.victim_names == names
    assert incident.figure.count == len(names)


def test_probe_copula_subject_is_the_one_victim(nlp: Language) -> None:
    text = (
        "Dilnoza Karimova is a retired doctor and ethnic Uyghur who disappeared from her home in Kashgar "
        "in May 2019."
    )
    incident = first_incident(nlp, text, "enforced_disappearance")
    assert incident.victim_names == ["Dilnoza Karimova"]
    assert incident.figure.count == 1


def test_two_described_people_still_count_two(nlp: Language) -> None:
    # two people, each with an article: not one person described twice
    text = "Police arrested a retired nurse and a student in Osh in May 2019."
    assert first_incident(nlp, text, "arrest").figure.count == 2


def test_commas_around_a_place_name_no_victims(nlp: Language) -> None:
    text = "The students from the capital, Tashkent, were detained in May 2019."
    assert first_incident(nlp, text, "arrest").victim_names == []


# -- names the model tags or the lists miss ----------------------------------------------------


def test_probe_ramadan_ends_a_family_name(nlp: Language) -> None:
    text = "The experts urged the authorities to spare the lives of Khalid Ramadan and Yusuf Haddad."
    assert {"Khalid Ramadan", "Yusuf Haddad"} <= set(person_names(nlp, text))


def test_ramadan_alone_is_still_no_name(nlp: Language) -> None:
    text = "During Ramadan the police arrested 14 protesters in Manama."
    assert not any("Ramadan" in name for name in person_names(nlp, text))


def test_probe_alias_after_a_name_folds_into_that_person(nlp: Language) -> None:
    text = "Kouassi Tiemoko alias Le Lion, an outspoken blogger, was arbitrarily detained in 2019."
    people = {p.name: p for p in nlp(text)._.tb_people}
    assert "Le Lion" not in people
    assert people["Kouassi Tiemoko"].role == "victim"
    assert "Le Lion" in people["Kouassi Tiemoko"].aliases


def test_probe_a_list_item_with_another_name_in_brackets(nlp: Language) -> None:
    text = (
        "Hiroshi Tanabe, Kenji Morita (Sato), Daisuke Ono, Nobuaki Sugiyama (Hirano), Ryo Fujimoto and Sho "
        "Ishikawa were executed without any prior notice."
    )
    assert people_roles(nlp, text).get("Nobuaki Sugiyama") == "victim"


# -- counts and claimants ----------------------------------------------------------------------


def test_probe_companions_beside_a_named_victim_count_once(nlp: Language) -> None:
    text = "Leila Sadeghi, together with nine other women, was hanged in Shiraz in June 1983."
    assert first_incident(nlp, text, "execution").figure.count == 10


def test_probe_source_of_a_relative_clause_after_the_trigger_tells_that_clause(nlp: Language) -> None:
    text = (
        "Karim Tavakoli was detained and subjected to torture for filming a video of police officers who "
        "were, according to him, beating a street vendor."
    )
    assert claimant_names(first_incident(nlp, text, "torture")) == ["publisher"]


def test_source_before_the_trigger_in_its_relative_clause_still_tells(nlp: Language) -> None:
    text = "Three men who, according to witnesses, were shot dead by soldiers were buried on Monday."
    assert claimant_names(first_incident(nlp, text, "killing"), lower=True) == ["witnesses"]


def test_probe_a_known_name_defined_with_another_acronym_is_another_body(nlp: Language) -> None:
    text = (
        "A May 3 report from the independent Ethiopian NGO Human Rights Council (HRCO) covering 12 "
        "districts described more than 40 extrajudicial killings."
    )
    assert claimant_names(first_incident(nlp, text, "killing")) == ["Human Rights Council"]


def test_the_registry_acronym_keeps_the_registry_body(nlp: Language) -> None:
    text = "The Human Rights Council (HRC) said security forces killed 103 protesters in May 2016."
    assert claimant_names(first_incident(nlp, text, "killing")) == ["United Nations Human Rights Council"]


def test_issuer_of_a_long_document_phrase(nlp: Language) -> None:
    text = "Justice Now (JN) is an independent rights group. Its reports are cited widely."
    doc = nlp(text)
    phrase = (
        "A June 2 report from the independent rights group Justice Now (JN) covering 20 districts in Sidama"
    )
    assert canonical_source(doc, phrase) == "Justice Now"


# -- an act told of whoever it may befall ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In particular, we condemn the execution of any person for peaceful dissent, the ministry said.",
        "The new decree allows the arrest of anyone who insults the governor.",
    ],
)
def test_probe_act_of_anyone_is_no_incident(nlp: Language, text: str) -> None:
    assert not extracted_types(nlp, text)


def test_the_arrest_of_a_counted_group_is_still_an_incident(nlp: Language) -> None:
    text = "Police confirmed the arrest of 12 students in Kumasi on Monday."
    assert "arrest" in extracted_types(nlp, text)


# -- a date above a relative clause that dates its own act -------------------------------------


def test_probe_relative_clause_keeps_its_own_day(nlp: Language) -> None:
    text = (
        "Vigils took place Monday across the region, where mourners paid tribute to a young medic who "
        "was shot and killed Sunday while treating wounded marchers."
    )
    dates = [i.date.value for i in incidents_of(nlp, text, "killing", published="2021-03-29", required=True)]
    assert dates == ["2021-03-28"]


def test_main_clause_date_still_dates_an_undated_relative_clause(nlp: Language) -> None:
    text = "On Monday, soldiers detained a farmer who was beaten in front of his family."
    incident = first_incident(nlp, text, "torture", published="2021-03-31")
    assert incident.date is not None and incident.date.value == "2021-03-29"


# -- a quotation whose closing mark was left out before its cue --------------------------------


def test_probe_cue_inside_an_unclosed_quotation_ends_it(nlp: Language) -> None:
    text = (
        "The UN office condemned the hangings on Wednesday.\n\n"
        "“We are shocked by the hanging of four men in the central prison last week, said OHCHR "
        "spokesperson Marta Ellison in a statement.\n\n"
        '“Such punishments are cruel and must end at once," she said.'
    )
    assert quote_pairs(nlp, text) == [
        ("Marta Ellison", "We are shocked by the hanging of four men in the central prison last week,"),
        ("Marta Ellison", "Such punishments are cruel and must end at once,"),
    ]


def test_unclosed_quotation_without_a_cue_runs_to_its_paragraph_end(nlp: Language) -> None:
    text = (
        "The lawyer described the trial:\n\n“The judge read the verdict in five minutes, and the family was "
        "not allowed in the room."
    )
    assert quoted_words(nlp, text) == [
        "The judge read the verdict in five minutes, and the family was not allowed in the room."
    ]


def test_probe_a_country_that_tells_is_its_government(nlp: Language) -> None:
    text = "Belarus has officially acknowledged executing four men already this year."
    assert claimant_names(first_incident(nlp, text, "execution")) == ["Government of Belarus"]


def test_probe_a_running_totals_clause_dates_the_total(nlp: Language) -> None:
    text = (
        "Six more prisoners were hanged that day, bringing the total number of executions in the "
        "country so far this year to at least 91."
    )
    totals = [i for i in incidents_of(nlp, text, "execution", published="2013-09-25") if i.figure.count == 91]
    assert totals and totals[0].date is not None and totals[0].date.value == "2013"


def test_probe_the_experts_of_the_one_working_group_named(nlp: Language) -> None:
    text = (
        "The UN Working Group on Arbitrary Detention said on Friday that 14 students had been held "
        "without charge in Dhaka since March.\n\n“These detentions have no legal basis whatsoever,” the "
        "experts said in a statement."
    )
    assert quote_speakers(nlp, text) == ["Working Group on Arbitrary Detention"]


def test_a_working_group_in_the_closing_list_is_one_of_the_experts(nlp: Language) -> None:
    text = (
        "UN human rights experts today expressed alarm at the death in custody of a journalist.\n\n"
        "“No one should die in prison for what they wrote,” the experts said.\n\n"
        "*The experts: Special Rapporteur on torture; Working Group on Arbitrary Detention."
    )
    assert quote_speakers(nlp, text) == [UN_EXPERTS]


def test_a_rulers_possessive_says_a_person(nlp: Language) -> None:
    text = "The lawyer vanished in March 2004 during Somsak Rattanawong's regime, his family said."
    assert "Somsak Rattanawong" in person_names(nlp, text)


def test_a_title_after_a_bodys_possessive_keeps_its_holders_name(nlp: Language) -> None:
    # a name run of six words would swallow the holder's first name into the body's run
    text = (
        "Addressing the UN General Assembly, the UN Human Rights Council’s Special Rapporteur Marta "
        "Inés Correia said that local sources reported 30 deaths in the north."
    )
    assert "Marta Inés Correia" in person_names(nlp, text)


def test_probe_a_speaker_called_by_given_name_is_the_full_name(nlp: Language) -> None:
    text = (
        "The lawyer vanished in March 2004 during Somsak Rattanawong's regime. Asked about the case, "
        "Somsak said: “Do not worry, he had a fight with his wife and went away.”"
    )
    assert quote_speakers(nlp, text) == ["Somsak Rattanawong"]


@pytest.mark.parametrize(
    "text",
    [
        "“The upcoming execution of Daniel Okoye shows how little the state cares,” said the director.",
        "Amnesty warned of the impending hanging of two Baluch men in Zahedan.",
        "Karim Jafari is in imminent danger of execution for a crime committed when he was 16.",
    ],
)
def test_probe_a_prospect_is_no_execution(nlp: Language, text: str) -> None:
    assert "execution" not in extracted_types(nlp, text)


def test_an_execution_carried_out_is_still_one(nlp: Language) -> None:
    text = "The long-feared execution of Daniel Okoye was carried out at dawn on Sunday."
    assert "execution" in extracted_types(nlp, text)


def test_probe_a_history_of_an_act_is_a_habit(nlp: Language) -> None:
    text = "Syria has a history of using confessions obtained by coercion or torture to convict defendants."
    assert "torture" not in extracted_types(nlp, text)


def test_an_event_told_beside_a_history_is_still_one(nlp: Language) -> None:
    text = "For the first time in the history of the country, a woman was hanged in public on Monday."
    assert "execution" in extracted_types(nlp, text)


def test_probe_deaths_a_crackdown_results_in_are_killings(nlp: Language) -> None:
    text = "Riot police quickly broke up the marches in Kisumu, resulting in four deaths and many injuries."
    assert incident_figure(nlp, text, "killing") == (4, "exact")


def test_deaths_of_a_clash_with_no_force_named_are_none(nlp: Language) -> None:
    text = "Clashes between rival herders over grazing land resulted in 12 deaths."
    assert "killing" not in extracted_types(nlp, text)


def test_probe_clashes_with_state_forces_that_left_people_dead(nlp: Language) -> None:
    text = "Clashes involving riot police and the army have left some 35 people dead in the south."
    assert incident_figure(nlp, text, "killing") == (35, "about")


def test_clashes_between_clans_left_no_killing(nlp: Language) -> None:
    text = "Clashes between rival clans have left 40 people dead in the south."
    assert "killing" not in extracted_types(nlp, text)


# -- round 3: quotations no cue verb introduces --------------------------------------------------


def test_probe_a_statement_header_names_its_quotations_speaker(nlp: Language) -> None:
    text = (
        'Ottawa - Joan M. Carrow, Minister of Foreign Affairs - "Today we remember the 43 students who '
        "vanished in Iguala two years ago.  Their families still wait for the truth.\n\n"
        '"We call again for an independent inquiry into their fate.'
    )
    assert quote_speakers(nlp, text) == ["Joan M. Carrow", "Joan M. Carrow"]


def test_probe_an_officials_byline_names_the_comment_quotations_speaker(nlp: Language) -> None:
    text = (
        "Comment on the death in custody of a journalist\n\n"
        "By Lena Marquardt, Spokesperson for the Office of the UN High Commissioner for Human Rights\n\n"
        "“As the journalist was in the custody of the authorities at the time of his death, the State "
        "is responsible for explaining how he died.\n\n“Any sudden death in custody must be followed "
        "by a prompt and impartial investigation.”"
    )
    assert set(quote_speakers(nlp, text)) == {"Lena Marquardt"}


def test_a_reporters_byline_names_no_speaker(nlp: Language) -> None:
    text = (
        "By Tom Hadley\n\n“Nobody told us where they took him,” a neighbour said. Police detained "
        "the teacher on Monday."
    )
    assert "Tom Hadley" not in quote_speakers(nlp, text)


def test_probe_a_quoted_predicate_of_speech_belongs_to_its_subject(nlp: Language) -> None:
    text = (
        "In a letter to the government yesterday, Mr. Halvorsen “stressed that these executions "
        "render the committee's review futile,” the release added."
    )
    assert quote_speakers(nlp, text) == ["Halvorsen"]


def test_a_quoted_predicate_of_harm_is_the_tellers(nlp: Language) -> None:
    text = (
        "The activist Ramón Ortiz “was tortured for daring to organise the workers,” the Alba "
        "Movement said in a statement."
    )
    assert "Ramón Ortiz" not in quote_speakers(nlp, text)
