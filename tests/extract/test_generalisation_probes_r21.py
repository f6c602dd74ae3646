"""Round 21 claimant and quote probes. A text that gives its own words ("The ministry's statement
read: “...”") is a cue whose owner speaks. A body named for watching or meeting ("X Monitor", "X
Forum") is a body, so "the group" after it stands for it. A denial that anyone died disputes the
deaths told before. A name the model left untagged or tagged as a body, opening the sentence before
a quotation that "she said" closes, is a person's. Each rule is paired with look-alikes that must
not change. Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import claimant_names, extract_one, incidents_of, quote_pairs
from spacy.language import Language

from tallybook.model import Stance

_ARREST = " Police arrested nine students in Cairo on 4 May."


def _plain(name: str | None) -> str:
    """A name as the scorer compares it: a leading "the" does not count."""
    name = name or ""
    return name[4:] if name.lower().startswith("the ") else name


# --- a text that reads --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ministry's statement read: “The security forces acted with restraint and in accordance "
            "with the law.”",
            "ministry",
        ),
        (
            "The Interior Ministry issued a statement on Monday. The statement read: “No protester was "
            "harmed during the operation in the city.”",
            "Interior Ministry",
        ),
        (
            "The Foreign Ministry's statement read: “These allegations are baseless and politically "
            "motivated.”",
            "Foreign Ministry",
        ),
        (
            "The army's statement read in part: “Our soldiers were fired upon and responded in "
            "self-defence.”",
            "army",
        ),
        (
            "The Kenya Police Service statement read: “Officers acted lawfully and will cooperate with any "
            "inquiry.”",
            "Kenya Police Service",
        ),
    ],
)
def test_a_statement_that_reads_speaks_for_its_owner(nlp: Language, text: str, speaker: str) -> None:
    pairs = quote_pairs(nlp, text + _ARREST)
    assert len(pairs) == 1
    assert _plain(pairs[0][0]) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # negative: "read" with an object is no cue
        "The judge read the verdict aloud in court. “You are sentenced to death for your crimes.”",
        # negative: a sign's words are no one's
        "The placard read: “Free all political prisoners now”.",
        # negative: a reading out inside a relative clause
        "The governor's statement, which state television read out, called the protesters “foreign agents”.",
    ],
)
def test_read_without_a_text_speaking_is_no_cue(nlp: Language, text: str) -> None:
    assert [who for who, _ in quote_pairs(nlp, text + _ARREST)] in ([], [None])


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # look-alikes already handled: "said" and a named body's statement
        (
            "The army's statement said: “Our soldiers were fired upon and responded in self-defence.”",
            "Our soldiers",
            "army",
        ),
        (
            "A statement from Amnesty International read: “The authorities must release all detained "
            "students now.”",
            "The authorities",
            "Amnesty International",
        ),
    ],
)
def test_said_statements_keep_their_owner(nlp: Language, text: str, words: str, speaker: str) -> None:
    found = [who for who, said in quote_pairs(nlp, text + _ARREST) if said.startswith(words)]
    assert [_plain(w) for w in found] == [speaker]


# --- "the group" after a Monitor / Forum ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "claimant"),
    [
        (
            "The Dignity Gulf Monitor has tracked arrests in Bahrain since 2015. The group believes at "
            "least 60 people were detained in Manama last month.",
            "arrest",
            "Dignity Gulf Monitor",
        ),
        (
            "The Dignity Gulf Monitor has tracked arrests in Bahrain since 2015. The group said at least "
            "60 people were detained in Manama last month.",
            "arrest",
            "Dignity Gulf Monitor",
        ),
        (
            "Dignity Gulf Monitor, a rights group based in London, has tracked arrests since 2015. The "
            "group believes at least 60 people were detained in Manama last month.",
            "arrest",
            "Dignity Gulf Monitor",
        ),
        (
            "The Andean Death Penalty Monitor opened an office in Lima in 2019. The group said soldiers "
            "shot dead five miners in Puno on Tuesday.",
            "killing",
            "Andean Death Penalty Monitor",
        ),
        (
            "The Mekong Rights Forum has documented abuses since 2018. The group said police tortured at "
            "least 30 detainees in Vientiane last year.",
            "torture",
            "Mekong Rights Forum",
        ),
    ],
)
def test_the_group_after_a_monitor_or_forum_is_that_body(
    nlp: Language, text: str, kind: str, claimant: str
) -> None:
    found = incidents_of(nlp, text, kind, required=True)
    assert claimant_names(found[-1], drop_the=True) == [claimant]


@pytest.mark.parametrize(
    ("text", "kind", "claimant"),
    [
        # look-alikes already handled: a body with a listed head word
        (
            "The Kurdistan Freedom Front has documented arrests for years. The group believes at least "
            "14 students were arrested in Sanandaj on Monday.",
            "arrest",
            "Kurdistan Freedom Front",
        ),
        (
            "Amnesty International published a report on Tuesday. The group believes at least 25 "
            "protesters were killed by security forces in Conakry.",
            "killing",
            "Amnesty International",
        ),
        # named spokespeople speak by name; unnamed ones for their body
        (
            "Hengaw spokesperson Aram Zandi said at least nine men were hanged in Zahedan prison on Tuesday.",
            "execution",
            "Aram Zandi",
        ),
        (
            "A spokesperson for the Kurdistan Freedom Front said security forces arrested 22 students in "
            "Sanandaj on Sunday.",
            "arrest",
            "Kurdistan Freedom Front",
        ),
        # an acronym the text never expands stays as written
        ("BPFC said police detained 14 journalists in Baku on Tuesday.", "arrest", "BPFC"),
        (
            "Police shot dead three men in Kisumu on Friday, according to witnesses interviewed by Reuters.",
            "killing",
            "Witnesses interviewed by Reuters",
        ),
    ],
)
def test_claimant_look_alikes_keep_their_source(nlp: Language, text: str, kind: str, claimant: str) -> None:
    found = incidents_of(nlp, text, kind, required=True)
    assert claimant_names(found[-1], drop_the=True) == [claimant]


# --- a denial that anyone died --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "Residents said security forces shot dead five protesters in Sanandaj. The governor's office "
            "denied that anyone had died.",
            "The governor's office",
        ),
        (
            "Witnesses said police opened fire on marchers in Kisumu, killing four people. The police "
            "denied that anyone had died in the protest.",
            "The police",
        ),
        (
            "Hengaw said border guards shot dead eleven kolbars in March. Officials denied that the "
            "porters were dead.",
            "Officials",
        ),
    ],
)
def test_a_denied_death_disputes_the_killing(nlp: Language, text: str, denier: str) -> None:
    found = incidents_of(nlp, text, "killing", required=True)
    assert claimant_names(found[0], Stance.DISPUTES) == [denier]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # negative: a relative's denial is no official version
        (
            "Residents said security forces shot dead five protesters in Sanandaj. His family denied "
            "that he had died.",
            "killing",
        ),
        # negative: a denial negated
        (
            "Residents said security forces shot dead five protesters in Sanandaj. The governor's office "
            "did not deny that anyone had died.",
            "killing",
        ),
        # negative: a denied death does not dispute an arrest
        (
            "Witnesses said police arrested 40 students in Dhaka. The police denied that anyone had died.",
            "arrest",
        ),
        # negative: a denial of who did it
        (
            "Residents said security forces shot dead five protesters in Sanandaj. The governor's office "
            "denied involvement in the deaths.",
            "killing",
        ),
    ],
)
def test_other_denials_dispute_nothing(nlp: Language, text: str, kind: str) -> None:
    for incident in incidents_of(nlp, text, kind, required=True):
        assert claimant_names(incident, Stance.DISPUTES) == []


# --- a name that "she said" shows to be a person --------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Thandiwe Mokoena lost her son in the shooting. “The police fired without any warning at "
            "all,” she said.",
            "Thandiwe Mokoena",
        ),
        (
            "Thandiwe Mokoena lost her son in the shooting. “The police fired without any warning at "
            "all,” Mokoena said.",
            "Thandiwe Mokoena",
        ),
        (
            "Hye-jin Park worked at the factory for ten years. “The guards beat anyone who tried to "
            "leave,” she said.",
            "Hye-jin Park",
        ),
    ],
)
def test_a_name_she_said_points_to_is_a_person(nlp: Language, text: str, speaker: str) -> None:
    doc = extract_one(nlp, text + _ARREST)
    assert speaker in [p.name for p in doc.people]
    assert [q.speaker for q in doc.quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # negative: a body's name before "she said" stays a body
        "Mumbai Rights Forum published a report on Monday. “The police have beaten dozens of "
        "detainees,” she said.",
        "Human Rights Watch interviewed 30 witnesses. “Soldiers fired into the crowd without "
        "warning,” she said.",
        # negative: a place
        "New York hosted the talks. “The killings must stop now and forever,” he said.",
        "Kisumu County issued a statement on Monday. “Officers acted within the law at all times,” he said.",
    ],
)
def test_no_person_before_she_said_stays_no_one(nlp: Language, text: str) -> None:
    doc = extract_one(nlp, text + _ARREST)
    assert doc.people == []
