"""Round 3: quotations attributed after a courtesy title, across paragraphs and as the object
of a rebuttal; trigger words that report no violation (denied practices, mock executions,
releases, criminal suspects' arrests, ages at arrest, suicide accounts, report openers)."""

from __future__ import annotations

from extraction_helpers import pipeline_types, quote_pairs
from spacy.language import Language


# -- quotations ----------------------------------------------------------------------------------
def test_cue_after_with_a_courtesy_title_and_a_second_quote(nlp: Language) -> None:
    text = (
        "The agency's spokesperson, Dr. Imani Okoro, briefed reporters in Nairobi.\n\n"
        "“We condemn the shelling of the clinic in the strongest possible terms,” Dr. Okoro said. "
        "“Those who ordered it must answer for it.”"
    )
    assert quote_pairs(nlp, text) == [
        ("Imani Okoro", "We condemn the shelling of the clinic in the strongest possible terms,"),
        ("Imani Okoro", "Those who ordered it must answer for it."),
    ]


def test_told_reporters_after_mr_and_an_uncued_paragraph_keeps_the_speaker(nlp: Language) -> None:
    text = (
        "Council member Tomas Eriksen said the panel had reviewed the file.\n\n"
        "“He was taken from the market by men in uniform. Nobody has seen him since then,” "
        "Mr. Eriksen told reporters.\n\n"
        "“The authorities have a duty to search for him and to tell his family the truth.”"
    )
    assert [s for s, _ in quote_pairs(nlp, text)] == ["Tomas Eriksen", "Tomas Eriksen"]


def test_open_paragraph_takes_the_speaker_named_in_the_next(nlp: Language) -> None:
    text = (
        "The group released a statement on Monday.\n\n"
        "“Holding a teenager for months without charge is a grave breach of the law. The courts "
        "have ignored every appeal his family has made.\n\n"
        "“The prosecutor must drop the case and free him at once,” said Lena Varga, the group's "
        "regional director."
    )
    quotes = quote_pairs(nlp, text)
    assert [s for s, _ in quotes] == ["Lena Varga", "Lena Varga"]
    assert quotes[0][1].endswith("his family has made.")


def test_open_paragraph_with_straight_marks(nlp: Language) -> None:
    text = (
        'The lawyer spoke outside the court.\n\n"My client was beaten for three days until he signed '
        'a paper he could not read.\n\n"We will appeal this verdict to the highest court," said '
        "Omar Haddad, his lawyer."
    )
    assert [s for s, _ in quote_pairs(nlp, text)] == ["Omar Haddad", "Omar Haddad"]


def test_open_paragraph_not_followed_by_a_quotation_stays_unattributed(nlp: Language) -> None:
    text = (
        "“Holding a teenager for months without charge is a grave breach of the law.\n\n"
        "The court adjourned the case. “We will appeal this verdict at once,” said Lena Varga."
    )
    assert quote_pairs(nlp, text) == [("Lena Varga", "We will appeal this verdict at once,")]


def test_rebuttal_object_is_the_rejecting_body_s_words(nlp: Language) -> None:
    text = (
        "Rights groups called for an inquiry. The Interior Ministry of Veloria dismissed the "
        "allegations as “lies spread by foreign agents”."
    )
    assert quote_pairs(nlp, text) == [("Interior Ministry of Veloria", "lies spread by foreign agents")]


def test_rebuttal_of_people_as_an_epithet_is_not_a_quote(nlp: Language) -> None:
    text = "The Interior Ministry of Veloria rejected the protesters as “foreign paid hired agitators”."
    assert quote_pairs(nlp, text) == []


# -- not events ----------------------------------------------------------------------------------
def test_denial_that_a_practice_exists_is_not_an_incident(nlp: Language) -> None:
    assert (
        pipeline_types(
            nlp, "The interior ministry denied that extrajudicial killings took place in the north."
        )
        == []
    )
    assert (
        pipeline_types(nlp, "Officials have repeatedly denied the existence of enforced disappearances.")
        == []
    )


def test_denial_with_a_figure_still_reports_the_figure(nlp: Language) -> None:
    text = "Rights groups said 14 enforced disappearances occurred in May; the government denied it."
    assert "enforced_disappearance" in pipeline_types(nlp, text)


def test_mock_executions_are_not_executions(nlp: Language) -> None:
    text = "Guards subjected the two prisoners to beatings and simulated executions during questioning."
    assert "execution" not in pipeline_types(nlp, text)
    assert "execution" in pipeline_types(nlp, "Guards executed the two prisoners in the courtyard on 3 May.")


def test_release_of_people_jailed_is_not_an_arrest(nlp: Language) -> None:
    assert (
        pipeline_types(nlp, "A prisoner exchange last month freed 12 activists imprisoned in Veloria.") == []
    )


def test_demanded_release_or_dated_arrest_is_still_an_arrest(nlp: Language) -> None:
    assert "arrest" in pipeline_types(nlp, "The authorities must release the 30 students arrested on 4 May.")
    assert "arrest" in pipeline_types(nlp, "Police released 14 protesters detained in the square on 3 May.")


def test_criminal_suspects_arrests_are_not_violations(nlp: Language) -> None:
    assert "arrest" not in pipeline_types(
        nlp, "Police detained a farmer on suspicion of robbery in the village."
    )
    assert "arrest" not in pipeline_types(nlp, "Officers arrested 40 drug suspects in the capital on Monday.")
    assert "arrest" not in pipeline_types(nlp, "Police arrested three men for drug trafficking last week.")
    text = (
        "Police kill nine in anti-drug raids\n\nPolice said they had killed nine people. "
        "The commander said 52 people were arrested in the raids."
    )
    assert "arrest" not in pipeline_types(nlp, text)


def test_political_arrests_and_killed_suspects_remain(nlp: Language) -> None:
    assert "arrest" in pipeline_types(
        nlp, "Police detained 30 protesters on suspicion of organising an illegal rally."
    )
    assert "arrest" in pipeline_types(
        nlp, "Police arrested the blogger for reporting on a murder in the town."
    )
    assert "killing" in pipeline_types(nlp, "Police shot dead 11 drug suspects in the capital on Monday.")


def test_age_at_arrest_is_not_an_arrest(nlp: Language) -> None:
    assert (
        pipeline_types(nlp, "Karim Saleh was 16 years old when he was arrested and has been held since.")
        == []
    )
    text = "Two of them, Ali Nouri and Reza Kamali, were arrested when they were minors, their families said."
    assert "arrest" not in pipeline_types(nlp, text)


def test_dated_arrest_with_an_age_is_an_arrest(nlp: Language) -> None:
    assert "arrest" in pipeline_types(
        nlp, "He was arrested at a checkpoint in March 2019 when he was 17 years old."
    )


def test_suicide_account_and_alleged_beating_are_no_torture_or_execution(nlp: Language) -> None:
    text = (
        "Authorities said he had hanged himself in his cell, but his brother said he had been "
        "beaten by guards."
    )
    assert pipeline_types(nlp, text) == []
    text = (
        "Police said she had taken her own life; her family alleged she had been beaten during questioning."
    )
    assert "torture" not in pipeline_types(nlp, text)


def test_beating_without_a_suicide_account_is_torture(nlp: Language) -> None:
    assert "torture" in pipeline_types(
        nlp, "Her family alleged she had been beaten during questioning at the station."
    )


def test_report_opener_with_a_long_clause_is_not_an_incident(nlp: Language) -> None:
    text = (
        "There were several reports that police committed unlawful killings, including incidents "
        "that occurred while officers were making arrests or holding persons in custody."
    )
    assert pipeline_types(nlp, text) == []


def test_kind_of_people_detained_is_not_an_arrest(nlp: Language) -> None:
    text = (
        "Relatives abroad said they could not learn the whereabouts of family members detained in the region."
    )
    assert pipeline_types(nlp, text) == []
    text = "Relatives said they could not learn the whereabouts of 12 family members detained in the region."
    assert "arrest" in pipeline_types(nlp, text)
