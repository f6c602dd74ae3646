"""Round 15, incident detection: a body kept from the family by a refusal ("refused to hand over
his body" after a negated clause, "was refused access to the body", "neither confirmed the death
nor returned his body"); an ordinal a copula sets on the event told before ("It was the seventh
death sentence ... this year", "His death is at least the fifth in Russian prisons"): a total of
its own; a refusal that keeps a person's place secret ("refused to confirm where she was held",
"refused to disclose his location"): an enforced disappearance; and a violation said only of a
whole kind of people a demand is about ("release everyone who is arbitrarily detained"): no
incident. Guards: things that are no body or place, prospects, first events, counted and dated
groups."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types, incidents_of
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        # a refusal after a negated clause of its own
        "Karim Haddad was hanged in Shiraz on 3 June. His mother was not allowed a final visit, and "
        "officials have since refused to hand over his body, his cousin said.",
        # the second half of "neither ... nor"
        "Yusuf Demir died in a penal colony in Perm in March; the prison service neither confirmed the "
        "death nor returned his body.",
        # access to the body refused
        "Ana Petrova died in pre-trial detention in Minsk on 2 May. Her husband said he was refused "
        "access to the body for a week.",
    ],
)
def test_refused_bodies_are_found(nlp: Language, text: str) -> None:
    assert "other" in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Yusuf Demir died in a penal colony in Perm in March. The police refused to hand over the "
        "documents of the case.",
        "Yusuf Demir died in a penal colony in Perm in March. Officials denied the family access to "
        "his lawyer for a week.",
        "Yusuf Demir died in a penal colony in Perm in March. The authorities returned his body to the "
        "family on Friday.",
    ],
)
def test_no_body_refused(nlp: Language, text: str) -> None:
    assert "other" not in extracted_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind", "count", "qualifier"),
    [
        (
            "A court in Multan sentenced Asif Gill to death for blasphemy on Monday. It was the seventh "
            "death sentence for blasphemy in the province this year.",
            "death_sentence",
            7,
            "exact",
        ),
        (
            "Viktor Sokol died in a penal colony in Perm on Friday. His death is at least the fifth in "
            "Russian prisons since January, according to rights monitors.",
            "death_in_custody",
            5,
            "at_least",
        ),
        (
            "Omar Khan was hanged in Kabul on Monday. This was at least the ninth execution in the "
            "province this year.",
            "execution",
            9,
            "at_least",
        ),
    ],
)
def test_ordinal_totals(nlp: Language, text: str, kind: str, count: int, qualifier: str) -> None:
    found = incidents_of(nlp, text, kind, required=True)
    assert (count, qualifier) in [(i.figure.count, i.figure.qualifier) for i in found]


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # a prospect, not a total
        (
            "Omar Khan was hanged in Kabul on Monday. It would be the fifth execution in the province "
            "this year.",
            "execution",
            5,
        ),
        # no custody: the bare "death" is no death in custody
        (
            "Lena Ortiz died in a road accident on Friday. Her death was the fourth in the village "
            "this year.",
            "death_in_custody",
            4,
        ),
        # an ordinal without a copula
        (
            "Omar Khan, on the ninth day of his hunger strike, was hanged in Kabul on Monday.",
            "execution",
            9,
        ),
    ],
)
def test_no_ordinal_total(nlp: Language, text: str, kind: str, count: int) -> None:
    assert count not in [i.figure.count for i in incidents_of(nlp, text, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "In April soldiers detained the teacher Ruth Okello in Gulu and for a month refused to confirm "
        "where she was held.",
        "Police detained the blogger Sami Nour in Sfax on 3 March. Despite repeated requests, officials "
        "refused to disclose his location until 20 April.",
    ],
)
def test_refused_whereabouts_are_disappearances(nlp: Language, text: str) -> None:
    assert "enforced_disappearance" in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police detained the blogger Sami Nour in Sfax on 3 March. The army refused to disclose the "
        "location of the weapons.",
        "Police detained the blogger Sami Nour in Sfax on 3 March. Officials confirmed where he was held.",
        "Police detained the blogger Sami Nour in Sfax on 3 March. The ministry declined to comment.",
    ],
)
def test_no_place_refused(nlp: Language, text: str) -> None:
    assert "enforced_disappearance" not in extracted_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "We call on the authorities to end these abuses, to release everyone who is arbitrarily "
            "detained and to disclose the fate of those who have disappeared.",
            "arrest",
        ),
        (
            "We call on the authorities to end these abuses, to release everyone who is arbitrarily "
            "detained and to disclose the fate of those who have disappeared.",
            "enforced_disappearance",
        ),
        (
            "The rapporteur called on the government to stop the raids, to free everyone who has been "
            "arbitrarily detained and to disclose the fate of those who have disappeared.",
            "arrest",
        ),
    ],
)
def test_demanded_kinds_are_no_events(nlp: Language, text: str, kind: str) -> None:
    assert kind not in extracted_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The group urged the authorities to release the 64 students arrested on 11 May.", "arrest"),
        ("Amnesty called for the release of Omar Feld, who was detained in Tunis in May.", "arrest"),
        ("Those who were detained in Harare on Monday were beaten, the group said.", "arrest"),
    ],
)
def test_told_groups_stay(nlp: Language, text: str, kind: str) -> None:
    assert kind in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the body bears the marks of a killing
        "On 3 June, farmers found the body of Tomas Ruiz in a canal near Iguala with gunshot wounds "
        "to the chest.",
        "The rapporteur raised the case of Karim Baloch, 24, whose bullet-riddled body was found near "
        "Turbat on 9 April.",
        # the dead were seized first
        "Soldiers detained a 22-year-old mechanic, Samuel Okoro, whose body was found in a river two "
        "days later.",
        "His wife has heard nothing since. Three men who were arrested with him were found dead on a "
        "road outside Kisumu a week later.",
    ],
)
def test_found_bodies_are_killings(nlp: Language, text: str) -> None:
    assert "killing" in extracted_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The body of a fisherman was found on the beach near Tema on Monday.",
        "Police found the documents in his car on Monday.",
        "Hikers found the remains of a Roman wall near the village.",
    ],
)
def test_found_without_a_killing(nlp: Language, text: str) -> None:
    assert "killing" not in extracted_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # "the same period" of another clause's count
        (
            "Omid Karimi was executed at dawn in Shiraz on Monday. Rights monitors say at least 180 "
            "people were hanged in Iran in the first three months of this year, while another group "
            "counted 164 executions over the same period.",
            180,
        ),
        # "the same period last year": a comparison with another year
        (
            "Omid Karimi was executed at dawn in Shiraz on Monday. The group has recorded the executions "
            "of at least 212 people in Iran since 1 January, more than double the figure for the same "
            "period last year.",
            212,
        ),
    ],
)
def test_same_period_of_another_clause(nlp: Language, text: str, count: int) -> None:
    found = incidents_of(nlp, text, "execution", required=True)
    assert count in [i.figure.count for i in found]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # part of the aggregate told in the same sentence
        (
            "At least 120 people were executed in the first half of the year, the rapporteur said, with "
            "at least four women hanged in the same period.",
            4,
        ),
        # a rival count for the aggregate told just before
        (
            "At least 180 people were hanged in Iran in the first three months of this year, rights "
            "monitors said. Another group recorded 164 executions over the same period.",
            164,
        ),
    ],
)
def test_same_period_parts_stay_folded(nlp: Language, text: str, count: int) -> None:
    found = incidents_of(nlp, text, "execution", required=True)
    assert count not in [i.figure.count for i in found]


def test_found_bodies_retelling_a_killing(nlp: Language) -> None:
    # the marks are in the source's words: the finding retells the killing told before
    text = (
        "Two brothers were found shot dead a day after soldiers detained them at a checkpoint, "
        "relatives said. Their bodies were found on Monday in a ditch near the town, according to "
        "the prosecutor's office, which confirmed that both had been shot at close range."
    )
    assert extracted_types(nlp, text).count("killing") == 1


@pytest.mark.parametrize(
    "text",
    [
        "At least 40 people have been killed in such raids this year, while about a dozen people have "
        "gone missing after being detained by men in police uniforms.",
        "The mission said that more than 60 people remained unaccounted for after being detained "
        "during the strike, which began on 2 March.",
    ],
)
def test_vanished_after_arrest_is_one_disappearance(nlp: Language, text: str) -> None:
    types = extracted_types(nlp, text)
    assert "enforced_disappearance" in types and "arrest" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Omar Feld went home after being detained for a day in Tunis on Monday.",
        "Police detained 40 people in Tunis on Monday; 12 of them are missing.",
    ],
)
def test_arrest_of_its_own_stays(nlp: Language, text: str) -> None:
    assert "arrest" in extracted_types(nlp, text)
