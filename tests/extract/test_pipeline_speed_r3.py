"""The faster paths of the pipeline give the same answers as the plain ones they replace."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tallybook.extract.particulars.places import main_country
from tallybook.extract.pipeline import line_breaks
from tallybook.extract.text.language import detect_language


def _starts_by_walking(doc: Doc) -> list[int]:
    """Tokens after a line break, found token by token (the rule `line_breaks` applies)."""
    return [t.i for t in doc[1:] if "\n" in doc[t.i - 1].text or "\n" in doc[t.i - 1].whitespace_]


def test_line_breaks_start_sentences_after_every_kind_of_break() -> None:
    blank = spacy.blank("en")
    text = "\nHeadline here\nA line.  \n\n Next paragraph\t\nlast line \n \nend\n"
    doc = line_breaks(blank(text))
    starts = [t.i for t in doc[1:] if t.is_sent_start]
    assert starts == _starts_by_walking(blank(text))
    assert [doc[i].text for i in starts] == ["Headline", "A", "Next", "last", "end"]
    assert all(not t.is_sent_start for t in doc[1:] if t.i not in starts)


def test_line_breaks_keep_a_paragraphs_second_word_with_its_first() -> None:
    blank = spacy.blank("en")
    text = (
        "Rights group condemns hangings\n\nAmnesty International deeply regrets the hanging of four men "
        "today.\nMina Vale | 30 July 2022 - 11:05\n"
    )
    doc = line_breaks(blank(text))
    second = {t.text: t.is_sent_start for t in doc if t.i > 0 and doc[t.i - 1].is_sent_start}
    assert second["International"] is False  # a paragraph of prose: never cut after its first word
    assert second["Vale"] is None  # a byline: left to the parser


def test_line_breaks_leave_a_text_without_breaks_alone() -> None:
    doc = line_breaks(spacy.blank("en")("One sentence with no break at all."))
    assert all(t.is_sent_start is None for t in doc[1:])


def test_each_line_of_a_parsed_text_is_its_own_sentence(nlp: Language) -> None:
    doc = nlp("Police arrest 12 in raid\nSecurity forces arrested 12 students on Monday, their lawyers said.")
    assert [s.text.strip() for s in doc.sents][:2] == [
        "Police arrest 12 in raid",
        "Security forces arrested 12 students on Monday, their lawyers said.",
    ]


def test_an_abbreviated_given_name_does_not_end_the_sentence(nlp: Language) -> None:
    doc = nlp("Officers shot and killed Md. Tanvir Hossain, 27, in Jessore. Mst. Laila Akter said so.")
    assert [s.text.strip() for s in doc.sents] == [
        "Officers shot and killed Md. Tanvir Hossain, 27, in Jessore.",
        "Mst. Laila Akter said so.",
    ]


def test_language_of_texts_with_a_few_foreign_letters() -> None:
    english = "The police said on Monday that they had arrested the men in the city of Tehran (تهران)."
    assert detect_language(english) == "en"
    assert detect_language("Полиция задержала сорок студентов в городе, сообщили их адвокаты.") == "ru"
    assert detect_language("پلیس چهل دانشجو را در شهر بازداشت کرد و گفت که آنها") == "fa"
    assert detect_language("Die Polizei hat am Montag in der Stadt vierzig Studenten festgenommen") == "de"


def test_function_words_count_each_time_they_occur() -> None:
    # Repeated forms ("de", "la") count once per occurrence, in any capitalisation.
    assert detect_language("De la casa de la ciudad, el presidente y los ministros de La Paz") == "es"


def test_main_country_is_the_same_when_asked_again(nlp: Language) -> None:
    doc = nlp("Iranian authorities executed two men in Iran on Monday. Iran has executed hundreds this year.")
    assert main_country(doc) == "Iran"
    assert main_country(doc) == "Iran"
