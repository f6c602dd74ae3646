"""Round 4 (factuality, third pass): trigger words that report no violation of their own. Each test
pairs the case with a real event that must be kept:

- a denial about a person told before ("denied that the unit had ever arrested him") when no event
  of that type has been told: a dispute of his case, not an arrest; after an arrest is told, the
  arrest stays (one incident, disputed);
- arrests "in the drive" / "in the campaign" of a text that names the operation as one against
  drugs: suspects of an ordinary crime (CONVENTIONS.md), not a crackdown on protesters nor a
  round-up of whoever is there;
- a participle that only says which people face death ("men detained in connection with the
  unrest are at risk of execution"), not an arrest with a place of its own.
"""

from __future__ import annotations

from extraction_helpers import pipeline_types
from spacy.language import Language


def test_denial_about_a_person_told_as_another_type(nlp: Language) -> None:
    text = (
        "Relatives said coast guard officers had abducted the fisherman in April and that he had "
        "not been seen since. A spokesman for the coast guard denied that the unit had ever "
        "arrested him."
    )
    assert "arrest" not in pipeline_types(nlp, text)
    kept = (
        "Coast guard officers arrested the fisherman at the harbour in Lakeport on 4 March, his "
        "brother said. A spokesman for the coast guard denied that the unit had ever arrested him."
    )
    incidents = nlp(kept)._.tb_incidents
    assert [i.type for i in incidents] == ["arrest"]
    assert incidents[0].claimants("disputes")


def test_arrests_in_a_drive_against_drugs(nlp: Language) -> None:
    lead = (
        "Since an anti-drug crackdown began in March, police have shot dead at least 40 suspected "
        "dealers, a rights group said. "
    )
    text = lead + "The interior ministry said more than 6,000 people had been arrested in the campaign."
    assert pipeline_types(nlp, text) == ["killing"]
    protest = (
        "Since the crackdown on the opposition began in March, police have shot dead at least 40 "
        "demonstrators, a rights group said. The interior ministry said more than 6,000 people "
        "had been arrested in the campaign."
    )
    assert pipeline_types(nlp, protest) == ["killing", "arrest"]
    swept = lead + "More than 6,000 people were rounded up in the campaign, many held without charge."
    assert pipeline_types(nlp, swept) == ["killing", "arrest"]


def test_participle_naming_people_at_risk_of_execution(nlp: Language) -> None:
    text = (
        "Four other men detained in connection with the unrest are at risk of imminent execution "
        "after an appeals court confirmed their death sentences on Sunday."
    )
    assert pipeline_types(nlp, text) == ["death_sentence"]
    kept = (
        "Two men detained in Tabriz during the unrest were sentenced to death by a revolutionary "
        "court last week."
    )
    assert pipeline_types(nlp, kept) == ["arrest", "death_sentence"]
