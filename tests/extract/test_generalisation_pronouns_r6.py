"""Round 6: a singular pronoun is one person, whatever the group told before it ("X and six
others were arrested ... not told where he was held" is one disappearance, not seven); a plural
pronoun, or a retelling of the same act, keeps the group's count. An encyclopedia article about one
event dated to the day gives that day to the sentences that tell the event again (its toll,
"Among the dead was X", the lead that names the event by its title's year), and counts "three days
after the shooting" from it; not to other events, nor to sentences with a date of their own, nor
to its background section. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import event_dates, first_incident, incidents_of
from spacy.language import Language

from tallybook.extract.timing.dates import enclosing

_GROUP = "Police arrested Amos Kiprono and six other activists in Eldoret on 3 May 2023. "


@pytest.mark.parametrize(
    ("follow", "kind"),
    [
        ("For a week his family was not told where he was being held.", "enforced_disappearance"),
        ("His lawyer said guards beat him with batons during questioning.", "torture"),
    ],
)
def test_a_singular_pronoun_after_a_group_is_one_person(nlp: Language, follow: str, kind: str) -> None:
    inc = first_incident(nlp, _GROUP + follow, kind)
    assert inc.figure.count == 1


def test_a_singular_pronoun_takes_the_person_its_sentence_names(nlp: Language) -> None:
    text = (
        "Daniel Otieno and Peter Mwangi were detained in Kisumu on 2 March 2023. "
        "Their lawyer said Mwangi had told his wife that police officers whipped him with cables."
    )
    inc = first_incident(nlp, text, "torture")
    assert inc.figure.count == 1
    assert inc.victim_names == ["Peter Mwangi"]


def test_a_plural_pronoun_keeps_the_groups_count(nlp: Language) -> None:
    # guard: "they" stands for the whole group
    text = _GROUP + "Their relatives said police beat them with batons during questioning."
    inc = first_incident(nlp, text, "torture")
    assert inc.figure.count == 7


def test_a_singular_pronoun_with_companions_keeps_its_own_count(nlp: Language) -> None:
    # guard: "he was beaten along with four others" counts five, not the group's seven
    text = _GROUP + "Officers later beat him together with four other detainees."
    inc = first_incident(nlp, text, "torture")
    assert inc.figure.count == 5


def test_a_retelling_of_the_same_act_keeps_the_group(nlp: Language) -> None:
    # guard: "he was arrested at his home" tells the group's arrest again: one incident of seven
    text = _GROUP + "He was arrested at his home in the early morning."
    found = incidents_of(nlp, text, "arrest", required=True)
    assert [i.figure.count for i in found] == [7]


_MASSACRE = (
    "= 2019 Korvane market killings =\n\n"
    "Infobox\n"
    "- Title: 2019 Korvane market killings\n"
    "- Location: Korvane, Eastern Province\n"
    "- Date: 11 June 2019\n"
    "- Deaths: 18–30\n"
    "- Perpetrators: Presidential Guard\n\n"
    "The 2019 Korvane market killings took place on 11 June 2019, when soldiers of the Presidential "
    "Guard opened fire on traders at the main market in Korvane.[1] The Korvane Rights Centre reported "
    "that at least 18 people were killed, including four children.[2]\n\n"
    "== Events ==\n"
    "Witnesses said the soldiers arrived in three trucks before noon. Among the dead was Ilse Marrow, "
    "a 58-year-old vegetable seller who was shot as she closed her stall.[3] Four days after the "
    "killings, soldiers detained 25 young men in Korvane and the nearby village of Tessel.[4]\n\n"
    "== Background ==\n"
    "According to the Korvane Rights Centre, soldiers shot dead at least six protesters in the "
    "province in 2017.[5]\n"
)


def test_the_toll_and_the_named_dead_take_the_articles_day(nlp: Language) -> None:
    by_count = {
        i.figure.count: enclosing(i.date) for i in incidents_of(nlp, _MASSACRE, "killing", published=None)
    }
    assert by_count[18] == "2019-06-11"
    assert by_count[1] == "2019-06-11"


def test_days_after_the_event_count_from_its_day(nlp: Language) -> None:
    assert event_dates(nlp, _MASSACRE, "arrest", published=None) == ["2019-06-15"]


def test_a_background_event_keeps_its_own_date(nlp: Language) -> None:
    # guard: another year's killings in the background section are not the article's event
    by_count = {
        i.figure.count: enclosing(i.date) for i in incidents_of(nlp, _MASSACRE, "killing", published=None)
    }
    assert by_count[6] == "2017"


def test_an_event_of_several_days_gives_no_day(nlp: Language) -> None:
    # guard: "Date: 9–14 June 2019" is no one day; the toll is dated no finer than the month
    text = _MASSACRE.replace("- Date: 11 June 2019", "- Date: 9–14 June 2019").replace(
        "took place on 11 June 2019", "took place in June 2019"
    )
    found = incidents_of(nlp, text, "killing", published=None)
    by_count = {i.figure.count: enclosing(i.date) for i in found}
    assert by_count[18] in {"2019", "2019-06"}
