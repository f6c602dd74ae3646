"""Round 4: trigger words that report no violation on unseen text: the suspects of a killing held
for it, an attack claimed by an armed group, a punishment named as the span of sentences or as
what a law prescribes, an infobox penalty the body already tells, time spent on death row, an
arrest that only says who was executed, and a quotation's talk of a kind of act or of the means
of a practice. Each test pairs the case with a real event that must be kept."""

from __future__ import annotations

from extraction_helpers import pipeline_types
from spacy.language import Language


def test_officers_held_over_the_deaths_are_suspects_not_victims(nlp: Language) -> None:
    text = (
        "In June 2020, three prison officers were detained in connection with the killings and "
        "charged with abuse of authority."
    )
    assert "arrest" not in pipeline_types(nlp, text)
    kept = "In June 2020, police detained at least 40 students in connection with the rally in Vesna."
    assert pipeline_types(nlp, kept) == ["arrest"]


def test_held_for_the_killing_of_a_trader(nlp: Language) -> None:
    text = "Two soldiers were arrested on Monday for the killing of a trader at a roadblock."
    assert "arrest" not in pipeline_types(nlp, text)
    kept = "Two journalists were arrested on Monday for filming the protest outside the ministry."
    assert pipeline_types(nlp, kept) == ["arrest"]


def test_attack_claimed_by_an_insurgent_group(nlp: Language) -> None:
    text = "In 2009, an explosion at a bus station claimed by an insurgent group killed eleven commuters."
    assert pipeline_types(nlp, text) == []
    kept = "In 2009, an attack by soldiers on the market killed eleven traders."
    assert pipeline_types(nlp, kept) == ["killing"]


def test_attack_carried_out_by_a_separatist_group(nlp: Language) -> None:
    text = "In 2012 an ambush by a separatist group killed four teachers near the border."
    assert pipeline_types(nlp, text) == []
    kept = "In 2012 a raid by border guards killed four teachers near the border."
    assert pipeline_types(nlp, kept) == ["killing"]


def test_range_of_lashes_measures_sentences(nlp: Language) -> None:
    text = (
        "The courts handed down their rulings within days. Penalties ranged from 30 to 90 lashes, "
        "usually carried out in public squares."
    )
    assert "corporal_punishment" not in pipeline_types(nlp, text)
    kept = "At least 40 people were flogged in public squares in the province last month."
    assert pipeline_types(nlp, kept) == ["corporal_punishment"]


def test_what_a_law_prescribes_is_a_rule(nlp: Language) -> None:
    text = (
        "The judiciary said that these penalties would be enforced under its reading of the penal "
        "code, which also prescribes amputation for repeat theft."
    )
    assert pipeline_types(nlp, text) == []
    kept = (
        "In March the authorities carried out the amputation of a convicted thief's right hand in "
        "Kandar prison."
    )
    assert "corporal_punishment" in pipeline_types(nlp, kept)


def test_infobox_penalty_told_in_the_body_is_not_a_second_sentence(nlp: Language) -> None:
    infobox = (
        "Execution of Daniel Orvek\n\n"
        "Daniel Orvek\n"
        "- Born: 3 May 1969, Lindau\n"
        "- Conviction(s): Murder\n"
        "- Criminal penalty: Death\n"
        "- Criminal status: Executed\n\n"
    )
    body = (
        "Daniel Orvek was a man who was put to death by hanging at Lindau Prison on 4 June 2019. "
        "The regional court handed down a death sentence in 2004."
    )
    doc = nlp(infobox + body)
    sentences = [
        doc.text[i.span.start : i.span.end] for i in doc._.tb_incidents if i.type == "death_sentence"
    ]
    assert sentences == ["The regional court handed down a death sentence in 2004."]
    told_only_in_the_infobox = "Daniel Orvek was hanged at Lindau Prison on 4 June 2019."
    assert "death_sentence" in pipeline_types(nlp, infobox + told_only_in_the_infobox)


def test_years_spent_on_death_row_describe_the_executed(nlp: Language) -> None:
    text = "Marek Halvo was hanged at Dunmore Prison in May 2019 after spending twelve years on death row."
    assert pipeline_types(nlp, text) == ["execution"]
    kept = "At least 30 people remain on death row in the country, the ministry said."
    assert pipeline_types(nlp, kept) == ["death_sentence"]


def test_arrest_that_says_who_was_executed(nlp: Language) -> None:
    text = (
        "According to a monitoring group, it was the fourth execution of a man arrested in "
        "connection with the 2019 unrest."
    )
    assert pipeline_types(nlp, text) == ["execution"]
    kept = "Relatives learned of the execution of a student detained in March."
    assert sorted(pipeline_types(nlp, kept)) == ["arrest", "execution"]


def test_quoted_talk_of_a_kind_of_act(nlp: Language) -> None:
    text = (
        "Police shot dead five farmers in Orlov on 2 May.\n\n"
        '"Killings of this kind are meant to frighten whole villages into silence," said Ana Petrova, '
        "a researcher at the group."
    )
    assert pipeline_types(nlp, text) == ["killing"]


def test_quoted_means_of_a_practice(nlp: Language) -> None:
    text = (
        "Soldiers detained 30 villagers in Orlov on 2 May.\n\n"
        "“This junta stays in power only by torturing,” said Ana Petrova, a researcher at the group."
    )
    assert pipeline_types(nlp, text) == ["arrest"]
