"""Round 5, second pass on statements that report no event, found by probing with sentences of
our own: a risk read on word order ("risk arrest", with "risk" parsed as a noun), what a law lays
down ("The law prohibits arbitrary arrest"), the topic of an activity ("a seminar on torture",
"campaigned against executions"), a recommendation, a warning ("warned of mass arrests"), a habit
in the present passive ("dissidents are detained without charge"), a kind of act that "remains a
concern", a practice an actor "uses", people "awaiting execution", "None of ... reported being
tortured" and a quoted title. Each class has guards that keep the events the same words tell."""

from __future__ import annotations

import pytest
from extraction_helpers import pipeline_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        # a risk before the trigger, whatever the tagger makes of "risk"
        ("Bloggers who write about the army risk arrest and torture.", "arrest"),
        ("Bloggers who write about the army risk arrest and torture.", "torture"),
        ("Reporters who film the protests risk arrest and deportation.", "arrest"),
        (
            "Asylum seekers sent back to Eritrea face arbitrary detention, torture and forced labour.",
            "torture",
        ),
        # what a law lays down
        ("The penal code prescribes flogging for the sale of alcohol.", "corporal_punishment"),
        (
            "The law prohibits arbitrary detention and provides for the right of anyone held to "
            "contest the legality of his or her arrest in court.",
            "arrest",
        ),
        # the topic of an activity or a cause
        ("Border guards received training on the prohibition of torture.", "torture"),
        (
            "The seminar on enforced disappearances brought together 150 lawyers in Lima.",
            "enforced_disappearance",
        ),
        ("The poet has long campaigned against torture and arbitrary detention.", "torture"),
        ("The lawyer has campaigned against executions for two decades.", "execution"),
        # a recommendation
        ("The panel recommended that the state criminalize torture in its penal code.", "torture"),
        # a warning
        ("The envoy warned of a wave of executions in the coming weeks.", "execution"),
        # a habit in the present passive, or of a kind of people
        ("In several states, political prisoners are executed after summary trials.", "execution"),
        (
            "Suspected dissidents are detained without charge and held incommunicado.",
            "enforced_disappearance",
        ),
        ("Those detained are frequently beaten and denied access to lawyers.", "arrest"),
        ("Inmates on death row are often kept in solitary confinement for years.", "other"),
        ("Exiled critics are watched, harassed and sometimes abducted.", "enforced_disappearance"),
        # a kind of act that remains something
        ("Extrajudicial killings by the police continue to be a serious concern.", "killing"),
        # a practice an actor uses, a body's remit, what a group documents
        ("Militias use enforced disappearance as a weapon against dissent.", "enforced_disappearance"),
        (
            "The commission's mandate covers enforced disappearances in all provinces.",
            "enforced_disappearance",
        ),
        (
            "The organisation documents cases of enforced disappearance in the region.",
            "enforced_disappearance",
        ),
        # people awaiting it
        ("The study describes the conditions faced by prisoners awaiting execution.", "execution"),
        # a denial by everyone asked
        ("None of the inmates reported being tortured.", "torture"),
        # a title in quotation marks
        ("The group released its report, 'Killing in the Name of Order', in 2015.", "killing"),
        ("The documentary 'Hanged at Sunrise' won a prize at the festival.", "execution"),
    ],
)
def test_frame_that_tells_no_event(nlp: Language, text: str, itype: str) -> None:
    assert itype not in pipeline_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        ("Activists risked arrest to film the rally, and three of them were detained on Friday.", "arrest"),
        ("Journalists who covered the strike were arrested in Lusaka on Friday, the union said.", "arrest"),
        (
            "Police arrested 30 people who had attended a workshop on land rights in Harare on Sunday.",
            "arrest",
        ),
        ("The lawyer, who had campaigned against torture, was arrested on Monday in Alexandria.", "arrest"),
        (
            "Students protested against the hanging of Karim Bayat, who was executed at dawn on Tuesday.",
            "execution",
        ),
        ("Under the new law, police detained 23 journalists in March.", "arrest"),
        (
            "The decree permits the police to hold suspects without charge, and more than 200 people "
            "have been detained under it since March.",
            "arrest",
        ),
        ("Police arrested 12 members of a campaign against the death penalty in Galle on Monday.", "arrest"),
        ("The UN warned that 12 protesters had been executed in secret last week.", "execution"),
        (
            "Two men were hanged in Tabriz prison, the rights group said, warning of further executions.",
            "execution",
        ),
        ("The report documents 45 cases of torture in police stations in Sindh.", "torture"),
        ("Those detained in the raid on Tuesday were beaten, according to their families.", "torture"),
        (
            "Reporter Omar Nasser was arrested after publishing an article titled 'Torture in Our Jails'.",
            "arrest",
        ),
        ("Security forces killed at least 12 protesters in Bago on Saturday.", "killing"),
        ("A court in Multan sentenced two men to death for blasphemy last week.", "death_sentence"),
        ("Five prisoners were executed in Hormozgan on Wednesday, the monitor said.", "execution"),
    ],
)
def test_events_told_with_the_same_words_are_kept(nlp: Language, text: str, itype: str) -> None:
    assert itype in pipeline_types(nlp, text)
