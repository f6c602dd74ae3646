"""Round 23, UN experts' statements and briefing notes: a lead that reacts to an event on the day
of the statement ("The Office on Friday called for an inquiry after soldiers killed ...") is not
dated by that day; the day the next sentence gives the scene is the event's, also when the parser
hangs it on a participle of the object ("bombed a ceremony marking the opening ... on Tuesday") or
the act is "dropped bombs". Guards: an act the sentence dates itself ("Police on Friday shot dead
..."), an arrest told on its own day, and a scene day of another kind of act keep their dates."""

from __future__ import annotations

import pytest
from extraction_helpers import evidence, first_incident, incidents_of
from spacy.language import Language

_PUBLISHED = "2024-03-15"  # a Friday


def _date(nlp: Language, text: str, kind: str) -> str | None:
    found = first_incident(nlp, text, kind, published=_PUBLISHED)
    return None if found.date is None else found.date.value


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        (
            "The UN office on Friday called for an inquiry after police shot dead five protesters in "
            "Lagos. Witnesses said officers opened fire on the crowd on Wednesday near the toll gate.",
            "killing",
            "2024-03-13",
        ),
        (
            "UN experts on Friday called for an independent investigation after soldiers killed 20 "
            "civilians in a village in Ituri. Troops raided the village on Tuesday, residents said.",
            "killing",
            "2024-03-12",
        ),
        (
            "Amnesty International on Friday called for justice after security forces killed seven "
            "miners in the north. Soldiers stormed the mine on Wednesday morning.",
            "killing",
            "2024-03-13",
        ),
        (
            "A UN expert on Friday called for an inquiry after a student died in police custody in "
            "Minsk. The student died on Tuesday in a cell at the station.",
            "death_in_custody",
            "2024-03-12",
        ),
    ],
)
def test_probe_appeal_day_is_no_event_day(nlp: Language, text: str, kind: str, date: str) -> None:
    assert _date(nlp, text, kind) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The UN office on Friday condemned an air strike that killed at least 30 people in a "
            "village. A fighter jet dropped bombs on the crowd on Wednesday morning, the spokesperson said.",
            "2024-03-13",
        ),
        (
            "The Office on Friday condemned an air strike that killed 14 people at a market. "
            "Helicopters dropped barrel bombs on the stalls on Tuesday.",
            "2024-03-12",
        ),
        (
            "The UN office on Friday condemned an airstrike on a village that killed at least 30 "
            "people. Two aircraft bombed a ceremony marking the opening of a school on Wednesday morning.",
            "2024-03-13",
        ),
        (
            "UN experts on Friday condemned an air strike that killed 40 villagers. Army jets struck "
            "a wedding celebrating the marriage of a local teacher on Wednesday evening.",
            "2024-03-13",
        ),
        (
            "UN experts on Friday condemned an airstrike that killed 22 people. The jets bombed a "
            "funeral honouring a village elder on Tuesday afternoon.",
            "2024-03-12",
        ),
    ],
)
def test_probe_scene_day_dates_reaction_lead(nlp: Language, text: str, date: str) -> None:
    assert _date(nlp, text, "killing") == date


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        ("Police on Friday shot dead three protesters in Lagos.", "killing", "2024-03-15"),
        ("Soldiers detained Ahmad Karimi on Friday, his lawyer said.", "arrest", "2024-03-15"),
        (
            "The UN office on Friday condemned an air strike that killed 30 people. Police detained "
            "a reporter covering the funeral on Wednesday.",
            "killing",
            "2024-03",
        ),
    ],
)
def test_probe_other_days_stay(nlp: Language, text: str, kind: str, date: str) -> None:
    assert _date(nlp, text, kind) == date


def _release(lead: str, body: str) -> str:
    return f"UN experts alarmed\n\nGENEVA (15 March 2024) - {lead}\n\n{body}"


_FOLDED_LEADS = [
    _release(
        "UN experts today voiced alarm at a wave of hangings and at the death in custody of a labour "
        "activist in Shiraz. The authorities hanged Hamid Rostami on 7 March.",
        "The experts also raised the case of Kaveh Nouri, a bus driver who died in a detention centre "
        "on 29 February.",
    ),
    _release(
        "The Special Rapporteur today expressed grave concern at a surge in executions and at the "
        "death in custody of a young protester in Tabriz. \u201cI am appalled that the authorities "
        "executed Reza Karimi on 8 March,\u201d the expert said.",
        "The expert also highlighted the case of Ali Amini, a student who died in police custody on 1 March.",
    ),
    _release(
        "UN experts today deplored the hanging of prisoners in Nasiriyah and the death in custody of a "
        "young detainee in Basra. Mustafa Jabr was hanged at Al-Hoot prison on 10 March.",
        "The experts also raised the case of Hadi Kareem, a farmer who died in a police station in "
        "Basra on 2 March.",
    ),
    _release(
        "A UN expert today expressed grave concern at the execution of a young man and the death in "
        "custody of a woman in Tehran. Navid Sharifi was hanged in Ghezel Hesar on 5 March.",
        "The expert also raised the case of Mina Jafari, a teacher who died in Evin prison on 25 February.",
    ),
]


@pytest.mark.parametrize("text", _FOLDED_LEADS)
def test_probe_reaction_lead_takes_no_execution_day(nlp: Language, text: str) -> None:
    """The lead's death in custody is the one the body dates, not the execution's day."""
    deaths = incidents_of(nlp, text, "death_in_custody", published=_PUBLISHED)
    assert len(deaths) == 1
    assert "died" in evidence(text, deaths[0])
    assert len(incidents_of(nlp, text, "execution", published=_PUBLISHED)) >= 1


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        (
            _release(
                "UN experts today voiced alarm at a wave of hangings and at the death in custody of a "
                "labour activist in Shiraz.",
                "The authorities hanged Hamid Rostami on 7 March.",
            ),
            1,
        ),
        (
            _release(
                "UN experts today condemned the death in custody on 2 March of a labour activist.",
                "The experts also raised the case of Kaveh Nouri, a bus driver who died in a detention "
                "centre on 29 February.",
            ),
            1,
        ),
        (
            _release(
                "UN experts today expressed alarm at the death in custody of a political prisoner and "
                "at the execution of two men. The two men were executed on 6 March in Minsk.",
                "Ivan Petrov, a retired teacher, died in Penal Colony No. 5 on 27 February, his family said.",
            ),
            1,
        ),
    ],
)
def test_probe_other_reaction_leads_stay(nlp: Language, text: str, deaths: int) -> None:
    assert len(incidents_of(nlp, text, "death_in_custody", published=_PUBLISHED)) == deaths
