"""Quotes and their speakers (round 5): a full stop inside the closing mark ends the sentence (the
next sentence's subject or "According to" is no cue for it), "according to" sourcing one clause of
a reported statement, a quotation printed again after someone else's words, and quoted terms that
are no speech (a list of quoted terms, a term introduced with its abbreviation, "on suspicion of").
Texts written for these tests."""

from __future__ import annotations

from extraction_helpers import quote_pairs, quoted_words, speaker_of
from spacy.language import Language


# -- a full stop inside the marks ends the sentence ------------------------------------------------
def test_next_sentence_with_its_own_verb_does_not_speak(nlp: Language) -> None:
    text = (
        "Tomas Reyes-Villalba was held for eleven months in a military prison near Cochabamba. "
        "In a letter smuggled out of the prison, Reyes-Villalba wrote: "
        "“They tied my hands behind my back and hung me from the ceiling for hours.” "
        "Bolivia's defence ministry dismissed the letter and said that he had never been mistreated."
    )
    assert speaker_of(nlp, text, "They tied my hands") == "Tomas Reyes-Villalba"


def test_according_to_opening_the_next_sentence_does_not_speak(nlp: Language) -> None:
    text = (
        "The Lakeland Prison Watch documented the case. Its coordinator, Agnieszka Wolny, said: "
        "“Marek was a teacher who cared for his pupils. He died because nobody came when he called.” "
        "According to the Lakeland Prison Watch, at least 40 detainees died in custody last year."
    )
    assert speaker_of(nlp, text, "Marek was a teacher") == "Agnieszka Wolny"


def test_question_mark_before_a_cue_keeps_the_cue(nlp: Language) -> None:
    text = (
        "Relatives gathered outside the court in Tbilisi. "
        "“Where have they taken our sons after all these weeks?” Nino Beridze said."
    )
    assert speaker_of(nlp, text, "Where have they taken") == "Nino Beridze"


def test_comma_before_subject_cue_still_attributes(nlp: Language) -> None:
    text = (
        "Police fired on the march in Lilongwe on Friday. "
        "“The officers aimed at the heads of the people in front,” Chikondi Banda said."
    )
    assert speaker_of(nlp, text, "The officers aimed") == "Chikondi Banda"


# -- "according to" inside one clause of a reported statement -------------------------------------
def test_according_to_within_a_complement_clause_is_no_speaker(nlp: Language) -> None:
    text = (
        "The Lima Legal Defence Institute stated in its annual report that police had killed 212 "
        "people in raids during the year, according to the Ministry of Security's own records, "
        "and that a large share of those deaths “could amount to arbitrary killings by the state.”"
    )
    assert speaker_of(nlp, text, "could amount to arbitrary") == "Lima Legal Defence Institute"


def test_according_to_nearest_the_quote_still_speaks(nlp: Language) -> None:
    text = (
        "The ombudsman visited the prison in March. According to the Ministry of Security, "
        "the detainees had been “treated with full respect for their rights at all times.”"
    )
    assert speaker_of(nlp, text, "treated with full respect") == "Ministry of Security"


# -- a quotation printed again after someone else's words ------------------------------------------
def test_pull_quote_keeps_its_first_speaker(nlp: Language) -> None:
    text = (
        "Ingrid Solvang, the UN Special Rapporteur on the situation of human rights in Eritrea, said: "
        "“The wave of arrests in Asmara has emptied whole neighbourhoods of their young men.”\n"
        "Opposition leader Dawit Haile, who lives in exile, said: "
        "“Each arrest is meant to silence a family, and every family now knows it.”\n"
        "“The wave of arrests in Asmara has emptied whole neighbourhoods of their young men.”\n"
        "The article was first published in an exile newspaper."
    )
    speakers = [who for who, said in quote_pairs(nlp, text) if said.startswith("The wave of arrests")]
    assert speakers == ["Ingrid Solvang", "Ingrid Solvang"]


def test_continuation_paragraph_keeps_the_previous_speaker(nlp: Language) -> None:
    text = (
        "Opposition leader Dawit Haile, who lives in exile, said: "
        "“Each arrest is meant to silence a family, and every family now knows it.”\n"
        "“We will keep naming every person they take until the last one comes home.”"
    )
    assert speaker_of(nlp, text, "We will keep naming") == "Dawit Haile"


# -- quoted terms that are no speech ---------------------------------------------------------------
def test_quoted_items_of_a_list_of_terms_are_no_quotes(nlp: Language) -> None:
    text = (
        "The state news agency said the four men were hanged in Kandahar after being found guilty "
        "of crimes including “sedition”, armed robbery and “corrupting the public order of society”."
    )
    assert not any("corrupting" in said for said in quoted_words(nlp, text))


def test_term_introduced_with_its_abbreviation_is_no_quote(nlp: Language) -> None:
    text = (
        "The Tashkent Rights Centre said officials kept using “administrative custody under special "
        "supervision” (ACSS) to hold critics for months without charge."
    )
    assert quoted_words(nlp, text) == []


def test_offence_after_on_suspicion_of_is_no_quote(nlp: Language) -> None:
    text = (
        "Hanna Lisowska, his sister, said that in March the police told her he was being held "
        "on suspicion of “undermining the constitutional order of the state.”"
    )
    assert not any("undermining" in said for said in quoted_words(nlp, text))


def test_two_quoted_sentences_joined_by_and_stay_speech(nlp: Language) -> None:
    text = (
        "The protesters in Minsk chanted slogans. Their organiser, Alena Kazlova, said "
        "“We are not afraid of the police any more” and “We will come back every night until they go.”"
    )
    quoted = quoted_words(nlp, text)
    assert any(said.startswith("We are not afraid") for said in quoted)
    assert any(said.startswith("We will come back") for said in quoted)


def test_quote_before_a_bracketed_source_tag_stays_speech(nlp: Language) -> None:
    text = (
        "Farid Osmani, the provincial governor, said: "
        "“Seven soldiers were killed when the convoy was attacked.” (AP)"
    )
    assert speaker_of(nlp, text, "Seven soldiers were killed") == "Farid Osmani"


def test_bad_marks_do_not_crash(nlp: Language) -> None:
    text = (
        '“” ” “ "“"" The minister said: “ and then ”” (ABC) “x” and “ and, “y” or “\n'
        '“Open quote never closed, and a term “ABC (DEF) "“ ,” said .”'
    )
    quote_pairs(nlp, text)


# -- a body whose name holds an official title -----------------------------------------------------
def test_office_named_after_a_title_speaks_as_that_office(nlp: Language) -> None:
    text = (
        "In a report published in May, the UN Office of the High Commissioner for Human Rights "
        "(OHCHR) said that the raids in Port Harcourt “were carried out with no regard for human life.”"
    )
    speaker = speaker_of(nlp, text, "were carried out")
    assert speaker == "Office of the United Nations High Commissioner for Human Rights"


def test_title_holder_named_before_still_speaks(nlp: Language) -> None:
    text = (
        "Volker Moreau, the UN High Commissioner for Human Rights, visited Harare. The High "
        "Commissioner for Human Rights said the raids “were carried out with no regard for human life.”"
    )
    assert speaker_of(nlp, text, "were carried out") == "Volker Moreau"


def test_title_of_a_law_in_marks_is_no_quote(nlp: Language) -> None:
    text = (
        "Kazakhstan: arrests before the vote\n\n"
        "The opposition leader, Ruslan Abenov, said the arrests were made under the “Law on "
        "Safeguarding Public Order and National Harmony” passed by parliament in 2021."
    )
    assert quoted_words(nlp, text) == []


def test_sentence_case_words_after_a_cue_stay_speech(nlp: Language) -> None:
    text = (
        "Kazakhstan: arrests before the vote\n\n"
        "The opposition leader, Ruslan Abenov, said the arrests were meant “to frighten Kazakh "
        "families into silence before the vote”."
    )
    assert speaker_of(nlp, text, "to frighten Kazakh") == "Ruslan Abenov"
