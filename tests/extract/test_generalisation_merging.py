"""Merging mentions of one incident: "X put the death toll at N" restates an event with its own
figure; a range of unnamed victims stays apart from a named person's death; an infobox "Deaths:"
line folds into the body's death of any fatal type. Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, incidents_of
from spacy.language import Language

from tallybook.model import Stance

_incidents = partial(incidents_of, publisher=LEDGER)


def test_a_toll_from_another_source_is_a_dispute_with_its_figure(nlp: Language) -> None:
    text = (
        "Riot police shot dead at least 17 marchers in Tessaly on 9 May, the Harbour Rights Centre said. "
        "The regional governor later put the death toll at five."
    )
    kills = [i for i in _incidents(nlp, text) if i.type == "killing"]
    assert len(kills) == 1
    assert (kills[0].figure.count, kills[0].figure.qualifier) == (17, "at_least")
    disputes = [c for c in kills[0].claims if c.stance == Stance.DISPUTES]
    assert [(c.figure.count if c.figure else None) for c in disputes] == [5]


def test_a_toll_supplies_the_count_of_an_uncounted_event(nlp: Language) -> None:
    text = (
        "Troops fired on a wedding party in Brenmoor on 21 March, killing several guests. "
        "A doctor at the district clinic put the death toll at eleven."
    )
    kills = [i for i in _incidents(nlp, text) if i.type == "killing"]
    assert len(kills) == 1
    assert kills[0].figure.count == 11
    assert kills[0].date is not None and kills[0].date.value == "2024-03-21"


def test_a_passive_toll_is_read_too(nlp: Language) -> None:
    text = (
        "Border guards opened fire on villagers near Osk on 2 June, killing many of the farmers. "
        "The death toll was put at 23 by the local council."
    )
    kills = [i for i in _incidents(nlp, text) if i.type == "killing"]
    assert len(kills) == 1 and kills[0].figure.count == 23


def test_a_range_of_detainees_is_not_a_named_inmates_death(nlp: Language) -> None:
    text = (
        "Between one and four prisoners had died after wardens raided Kestrel jail, the Cell Watch "
        "group said. In an unrelated case, the inmate Dario Pell died in custody at Kestrel jail "
        "on 8 January."
    )
    deaths = [i for i in _incidents(nlp, text) if i.type == "death_in_custody"]
    assert len(deaths) == 2
    named = [i for i in deaths if i.victim_names]
    group = [i for i in deaths if not i.victim_names]
    assert named and named[0].victim_names == ["Dario Pell"] and named[0].figure.count == 1
    assert group and (group[0].figure.count, group[0].figure.qualifier) == (1, "at_least")


def test_an_infobox_death_folds_into_a_death_in_custody(nlp: Language) -> None:
    text = (
        "Death of Ilse Varga\n"
        "Deaths: 1\n"
        "Ilse Varga, a 31-year-old teacher, died in police custody in Norrin on 6 February."
    )
    found = _incidents(nlp, text)
    fatal = [i for i in found if i.type in {"killing", "death_in_custody", "execution"}]
    assert len(fatal) == 1
    assert fatal[0].type == "death_in_custody"
    assert fatal[0].victim_names == ["Ilse Varga"]


def test_an_infobox_range_folds_into_the_body_range(nlp: Language) -> None:
    text = (
        "Kestrel jail raid\n"
        "Deaths: 2–6\n"
        "Between two and six inmates died in custody after guards stormed Kestrel jail, the Cell Watch "
        "group said."
    )
    fatal = [i for i in _incidents(nlp, text) if i.type in {"killing", "death_in_custody", "execution"}]
    assert len(fatal) == 1 and fatal[0].type == "death_in_custody"
    assert (fatal[0].figure.count, fatal[0].figure.qualifier) == (2, "at_least")
