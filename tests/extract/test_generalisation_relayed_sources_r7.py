"""Who claims or confirms an incident (round 7): the body whose network or sources relayed a report
(not the publisher named in the dateline), the sentences that carry that report on ("Eight of
them ...", "the sources said", "according to the same sources"), a rights group a wire lead
describes before naming it, a relative named in apposition, a member of a group a speaker counted
("She added ... Among them is X"), the teller of a subjectless trailing verb, and a verb of
confirming about a named person or a counted group; with look-alikes that must keep their own
source. Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import claimant_names, evidence, incidents_of
from spacy.language import Language

from tallybook.model import ExtractedIncident, Stance

_by = partial(claimant_names, drop_the=True)
_EXILE_PUBLISHER = "Free Voices of Karsk"


def _asserted(text: str, incidents: list[ExtractedIncident], words: str) -> list[str]:
    """The asserting claimants of the incident whose evidence holds `words`."""
    found = [i for i in incidents if words in evidence(text, i)]
    assert found, f"no incident with {words!r}"
    return _by(found[0], Stance.ASSERTS)


_RELAYED = (
    "FVK - The authorities hanged at least 14 prisoners between May 2 and May 9, according to reports "
    "obtained by the network of the Karsk Liberation Front (KLF) inside the country. Eight of them were "
    "hanged in Varna Prison on Tuesday alone.\n\n"
    "In Osk, Lev Tamar, a student, was sentenced to death last month, the sources said. Police also "
    "arrested 11 young men in Osk for painting slogans, according to the same sources."
)


def test_the_network_of_a_body_is_that_body_not_the_publisher(nlp: Language) -> None:
    found = incidents_of(nlp, _RELAYED, "execution", publisher=_EXILE_PUBLISHER, required=True)
    assert _asserted(_RELAYED, found, "hanged at least 14 prisoners") == ["Karsk Liberation Front"]


def test_a_numbered_part_of_the_group_keeps_the_relaying_body(nlp: Language) -> None:
    found = incidents_of(nlp, _RELAYED, "execution", publisher=_EXILE_PUBLISHER, required=True)
    assert _asserted(_RELAYED, found, "Eight of them") == ["Karsk Liberation Front"]


def test_the_sources_and_the_same_sources_are_whose_sources_were_named(nlp: Language) -> None:
    found = incidents_of(nlp, _RELAYED, publisher=_EXILE_PUBLISHER)
    assert _asserted(_RELAYED, found, "sentenced to death") == ["Karsk Liberation Front"]
    assert _asserted(_RELAYED, found, "arrested 11 young men") == ["Karsk Liberation Front"]


def test_local_sources_named_before_keep_their_own_words(nlp: Language) -> None:
    text = (
        "Soldiers shot dead two farmers near Osk on Monday, local sources said. "
        "Police detained four men in the town the next day, the sources said."
    )
    found = incidents_of(nlp, text, "arrest", required=True)
    assert "Karsk Liberation Front" not in _asserted(text, found, "detained four men")
    assert _asserted(text, found, "detained four men") != ["publisher"]


_WIRE_LEAD = (
    "OSK, May 3 (Daily Ledger) - Police shot dead four young men in the Omo Kessa district of Osk "
    "on Sunday, relatives and a local rights group said.\n\n"
    "The Omo Kessa Justice Forum said the men were unarmed and had been ordered to kneel before "
    "being shot."
)


def test_a_described_rights_group_is_the_body_the_next_sentence_names(nlp: Language) -> None:
    found = incidents_of(nlp, _WIRE_LEAD, "killing", publisher="Daily Ledger", required=True)
    assert sorted(_asserted(_WIRE_LEAD, found, "shot dead four")) == ["Omo Kessa Justice Forum", "Relatives"]


def test_a_described_group_with_no_name_after_it_keeps_the_description(nlp: Language) -> None:
    text = (
        "Police shot dead four young men in Osk on Sunday, a local rights group said. "
        "Residents said the shooting lasted an hour."
    )
    found = incidents_of(nlp, text, "killing", required=True)
    assert _asserted(text, found, "shot dead four") == ["A local rights group"]


def test_a_relative_named_in_apposition_speaks_by_name(nlp: Language) -> None:
    text = (
        "Plain-clothes officers detained Ravi Demal at his shop in Osk on Friday night, "
        "Demal's sister, Ilka Demal, told reporters."
    )
    found = incidents_of(nlp, text, required=True)
    assert _by(found[0], Stance.ASSERTS) == ["Ilka Demal"]


def test_a_relative_named_by_the_victim_alone_keeps_the_tie(nlp: Language) -> None:
    text = (
        "Plain-clothes officers detained Ravi Demal at his shop in Osk on Friday night, "
        "Ravi Demal's sister said."
    )
    found = incidents_of(nlp, text, required=True)
    assert _by(found[0], Stance.ASSERTS) == ["Ravi Demal's sister"]


def test_the_teller_of_a_subjectless_trailing_verb_is_the_name_before_it(nlp: Language) -> None:
    text = (
        "The dead man, Tomas Verel, was picked up from his home in Osk on Monday by a police unit led "
        "by Inspector Karl Masse, his brother Anton Verel told journalists on Wednesday."
    )
    found = incidents_of(nlp, text, "arrest", required=True)
    assert _by(found[0], Stance.ASSERTS) == ["Anton Verel"]


def test_a_confirmed_death_of_a_named_person_confirms_the_killing(nlp: Language) -> None:
    text = (
        "Unknown men in a van took Daniel Mercado from his street in Osk on 3 May. His body was found the "
        "next day in a field with three gunshot wounds.\n\n"
        "Piet Lorrens, the Osk police spokesman, confirmed that Mercado died in a police operation but "
        "said officers had acted in self-defence."
    )
    found = incidents_of(nlp, text, "killing", required=True)
    assert "Piet Lorrens" in _by(found[-1], Stance.CONFIRMS)


def test_a_counted_group_confirmed_by_a_body_in_a_relative_clause(nlp: Language) -> None:
    text = (
        "Three traders were found shot dead near Osk on Tuesday, a day after soldiers stopped them at "
        "a checkpoint, relatives said. Their bodies lay in a ditch, according to the Osk regional "
        "prosecutor's office, which confirmed that all three had been shot in the head."
    )
    found = incidents_of(nlp, text, "killing", required=True)
    assert "Osk regional prosecutor's office" in _by(found[0], Stance.CONFIRMS)


def test_a_rival_figure_in_a_relative_clause_confirms_nothing(nlp: Language) -> None:
    text = (
        "Guards hanged nine prisoners in Varna Prison on Sunday, the Karsk Rights Monitor said. "
        "The Osk Prison Watch, which also reported the executions, put the number at seven."
    )
    found = incidents_of(nlp, text, "execution", required=True)
    assert "Osk Prison Watch" not in _by(found[0], Stance.CONFIRMS)


def test_a_member_of_a_group_a_speaker_counted_keeps_her(nlp: Language) -> None:
    text = (
        "Briefing reporters in Geneva on Friday, spokesperson Ana Ruiz said at least 20 people had been "
        "detained in Osk this month. She added that the team had documented nine cases of people taken "
        "away by soldiers who have not been seen since. Among them is Tomas Veld, a farmer who was last "
        "seen being forced into an army truck in Osk on 3 May."
    )
    found = incidents_of(nlp, text, "enforced_disappearance", publisher="UN News", required=True)
    assert _asserted(text, found, "Among them is Tomas Veld") == ["Ana Ruiz"]


def test_a_member_of_a_group_they_counted_is_not_told_by_them(nlp: Language) -> None:
    text = (
        "Soldiers detained nine farmers near Osk on 3 May. They said the men had been taken to an army "
        "camp. Among them is Tomas Veld, a farmer who was last seen being forced into an army truck."
    )
    found = incidents_of(nlp, text, required=True)
    assert all("They" not in _by(i, Stance.ASSERTS) for i in found)
