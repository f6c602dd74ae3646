"""The same event told twice is one incident, and a source that passes it on confirms it (fifth
round): "Among those executed were A and B, who were hanged together" (coordinated names in an
"among those" clause), a wire story's dateline lead with one unnamed victim whom the next sentence
names, a speaker's quoted words that retell a death or a beating just narrated, a named outlet that
"announced the execution" told before (confirmed_by), a state body that "confirmed that a number
of people had been detained" (no count of its own), and an outlet that passes on the event with
another figure (a rival count, not a second event).

Each case pairs a restatement with a look-alike that tells a separate event. Texts written for
these tests, not taken from any evaluation set."""

from __future__ import annotations

from functools import partial

from extraction_helpers import incidents_of
from spacy.language import Language

from tallybook.model import ExtractedIncident, Stance

_of = partial(incidents_of, published="2024-06-10")


def _sources(inc: ExtractedIncident, stance: str) -> set[str]:
    return {c.claimant for c in inc.claims if c.stance == stance}


# -- "among those executed were A and B, who were hanged": one act of the people it names


def test_among_those_with_coordinated_names_is_one_act(nlp: Language) -> None:
    text = (
        "Among those executed in April were Tesfaye Bekele, a 50-year-old trader from Gondar, and "
        "Dawit Alemu, a former soldier, who were hanged together in Kality prison on 12 April."
    )
    found = _of(nlp, text, "execution")
    assert len(found) == 1
    assert set(found[0].victim_names) == {"Tesfaye Bekele", "Dawit Alemu"}
    assert found[0].date is not None and found[0].date.value == "2024-04-12"  # the day, not the month


def test_among_those_then_a_separate_clause_stays_two(nlp: Language) -> None:
    text = (
        "Among those executed in April were four teachers from Gondar, and Dawit Alemu was hanged "
        "in another prison on 2 May."
    )
    assert len(_of(nlp, text, "execution")) == 2


# -- a dateline lead with one unnamed victim, named in the next sentence


_LEAD = (
    "Jakarta executes man convicted as a teenager\n\n"
    "JAKARTA, Indonesia, June 6 (Harbour Wire) - Indonesia on Thursday executed a man who said he "
    "was 16 when he was convicted, despite appeals from his family, prison officials said.\n\n"
)


def test_dateline_lead_and_the_sentence_that_names_the_man_are_one(nlp: Language) -> None:
    text = (
        _LEAD + "Budi Santoso, 33, was put to death by firing squad on Nusakambangan island, his lawyer said."
    )
    found = _of(nlp, text, "execution")
    assert len(found) == 1
    assert found[0].victim_names == ["Budi Santoso"]
    assert found[0].date is not None and found[0].date.value == "2024-06-06"
    assert text[found[0].span.start : found[0].span.end].startswith("Budi Santoso")


def test_dateline_lead_and_another_named_man_stay_two(nlp: Language) -> None:
    text = _LEAD + "Another prisoner, Budi Santoso, 33, was executed on Nusakambangan island on Tuesday."
    assert len(_of(nlp, text, "execution")) == 2


# -- quoted words that retell an act the narration has just told


def test_quoted_words_retelling_a_death_are_no_second_incident(nlp: Language) -> None:
    text = (
        "Omar Faruk, a 29-year-old street vendor, was hanged in Dhaka Central Jail on Monday, prison "
        'officials said. "He was only a boy when they arrested him, and today they have killed him," '
        "said his mother, Rokeya Begum."
    )
    found = _of(nlp, text)
    assert [i.type for i in found] == ["execution"]


def test_quoted_beating_after_the_beatings_told_is_a_back_reference(nlp: Language) -> None:
    text = (
        "According to the Lake Region Rights Forum, soldiers went from hut to hut on Tuesday and "
        "beat dozens of fishermen with wire cables. "
        '"My son was beaten in front of his wife and children," said Grace Nakato, a trader.'
    )
    found = _of(nlp, text, "torture")
    assert len(found) == 1
    assert "wire cables" in text[found[0].span.start : found[0].span.end]


def test_quoted_words_telling_a_further_act_stay_separate(nlp: Language) -> None:
    text = (
        "Omar Faruk, a 29-year-old street vendor, was hanged in Dhaka Central Jail on Monday, prison "
        'officials said. "Police also shot my nephew dead at a checkpoint," said his mother, Rokeya Begum.'
    )
    assert len(_of(nlp, text)) == 2


# -- an outlet or a state body passing on the event told before: a confirmer


def test_agency_announcing_the_execution_confirms_it(nlp: Language) -> None:
    text = (
        "Zaid Hamdan, a 41-year-old mechanic, was hanged in Swaqa prison on 3 May after a trial "
        "his lawyers called unfair. The state news agency Petra announced the execution on the "
        "afternoon of 3 May, describing him as a drug trafficker."
    )
    found = _of(nlp, text, "execution")
    assert len(found) == 1
    assert any("Petra" in s for s in _sources(found[0], Stance.CONFIRMS))


def test_agency_announcing_executions_with_a_figure_tells_its_own(nlp: Language) -> None:
    text = (
        "Zaid Hamdan, a 41-year-old mechanic, was hanged in Swaqa prison on 3 May. "
        "The state news agency Petra announced 12 executions in the first half of the year."
    )
    assert len(_of(nlp, text, "execution")) == 2


def test_state_body_confirming_detentions_without_a_figure_confirms(nlp: Language) -> None:
    text = (
        "Police in Bulawayo arrested at least 40 street vendors on Friday, according to the Zimbabwe "
        "Vendors Union. The Zimbabwe Republic Police confirmed that a number of people had been "
        "detained for obstruction but gave no figure."
    )
    found = _of(nlp, text, "arrest")
    assert len(found) == 1
    assert found[0].figure.count == 40
    assert _sources(found[0], Stance.CONFIRMS)


def test_state_body_confirming_a_pronoun_arrest_confirms(nlp: Language) -> None:
    text = (
        "Unidentified officers seized the blogger Aziz Karimov outside his flat in Tashkent on Friday "
        "and forced him into a car, his wife said. Two days later, the Interior Ministry confirmed "
        "that he had been arrested on charges of insulting the president."
    )
    found = _of(nlp, text, "arrest")
    assert len(found) == 1
    assert any("Interior" in s for s in _sources(found[0], Stance.CONFIRMS))


def test_outlet_passing_on_the_event_with_another_figure_disputes_it(nlp: Language) -> None:
    text = (
        "Security forces hanged 14 men in Nasiriyah prison on Sunday, the Iraqi Rights Observatory "
        "said. The state daily Al-Sabah reported the executions on Monday, but said that 12 men had "
        "been put to death."
    )
    found = _of(nlp, text, "execution")
    assert len(found) == 1
    assert found[0].figure.count == 14
    disputing = _sources(found[0], Stance.DISPUTES)
    assert any("Sabah" in s for s in disputing)
    assert not any("Sabah" in s for s in _sources(found[0], Stance.CONFIRMS))


def test_according_to_an_agency_the_men_were_executed_confirms(nlp: Language) -> None:
    text = (
        "UN experts on Thursday deplored the execution of nine men in Kuwait on Tuesday. According "
        "to the official Kuwait News Agency, the men were hanged in the central prison after being "
        "convicted of drug trafficking."
    )
    found = _of(nlp, text, "execution")
    assert len(found) == 1
    assert any("Kuwait News Agency" in s for s in _sources(found[0], Stance.CONFIRMS))


def test_according_to_an_agency_new_victims_are_no_confirmation(nlp: Language) -> None:
    text = (
        "UN experts on Thursday deplored the execution of nine men in Kuwait on Tuesday. According "
        "to the official Kuwait News Agency, two women were also hanged in the central prison on Wednesday."
    )
    found = _of(nlp, text, "execution")
    assert not any(_sources(i, Stance.CONFIRMS) for i in found)
