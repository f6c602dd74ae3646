"""Round 25 quote speakers. A name the model tagged as a body is a person when the text goes on
with "she said": also set beside an opening role ("The Forum's coordinator, X, called ...") or
with an apposition and a "She told ..." sentence before the quotation; a "She told" that reads
back to someone named earlier names no newer speaker. An unnamed speaker who speaks after the
latest named subject is the one "he said" stands for ("A monk ..., described what he saw").
A phrase set off between
a subject and its verb ("The Government, in a note to the expert, said") names no speaker. Texts
written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import speaker_of
from spacy.language import Language

_KILLED = " Soldiers shot dead 14 people in the town on 3 May."
_ACHIENG = "“The army lied to us,” said Grace Achieng, a teacher." + _KILLED
_BELLO = "“No civilians were harmed,” said Colonel Musa Bello." + _KILLED

# --- a name tagged as a body, then "she said" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A nurse at the clinic, who asked not to be named, said: “Every body had gunshot wounds.”"
            + _KILLED
            + " The Forum's coordinator, Ifeoma Nwachukwu, called for an independent inquiry. "
            "“If the army has nothing to hide, it should open its barracks,” she said.",
            "If the army",
            "Ifeoma Nwachukwu",
        ),
        (
            "“The army lied to us,” said Grace Achieng, a teacher." + _KILLED + " Dorcas Namuddu, the "
            "party's district mobiliser, was detained on Saturday. She told the Wire she had been held "
            "in a house.\n\n“They wanted me to name who paid for our posters,” she said.",
            "They wanted",
            "Dorcas Namuddu",
        ),
        (
            "“The army lied to us,” said Grace Achieng, a teacher." + _KILLED + " Dorcas Namuddu, the "
            "party's district mobiliser, was detained on Saturday. She told the Wire she had been held "
            "in a house.\n\n“They wanted me to name who paid for our posters,” she said. “When I "
            "refused, they brought the cable.”",
            "When I refused",
            "Dorcas Namuddu",
        ),
        (
            _ACHIENG + " The Forum's secretary, Ifeoma Nwachukwu, demanded answers from the governor. "
            "“Nobody has told the families where the bodies are,” she said.",
            "Nobody has told",
            "Ifeoma Nwachukwu",
        ),
        (
            _ACHIENG + " The party's treasurer, Dorcas Namuddu, wrote to the governor. “Nobody has told "
            "the families where the bodies are,” she said.",
            "Nobody has told",
            "Dorcas Namuddu",
        ),
    ],
)
def test_probe_body_tagged_name_then_pronoun(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _ACHIENG + " The Forum's coordinator, Ifeoma Nwachukwu, called for an inquiry. “Nobody has "
            "told the families where the bodies are,” said Musa Bello.",
            "Musa Bello",
        ),
        (
            _ACHIENG + " The army denied the claims. “Nobody has told the families where the bodies "
            "are,” she said.",
            "Grace Achieng",
        ),
        (
            _ACHIENG + " In the capital, the government's spokesman denied the reports. “Nobody has told "
            "the families where the bodies are,” she said.",
            "Grace Achieng",
        ),
    ],
)
def test_probe_no_new_name_keeps_speaker(nlp: Language, text: str, speaker: str) -> None:
    assert speaker_of(nlp, text, "Nobody has told") == speaker


# --- an unnamed speaker newer than the named subject --------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "“No civilians were targeted,” said General Kyaw Tun Lin." + _KILLED + " Her brother, Ko Thet "
            "Naing Oo, a farmer, has not been seen since that evening. A monk from a neighbouring "
            "village, who asked that his name be withheld, described what he saw. “There was smoke "
            "over the whole valley,” he said.",
            "There was smoke",
            "A monk from a neighbouring village",
        ),
        (
            _BELLO + " Her son, Ibrahim Sani, has been missing since May. A neighbour who saw the raid "
            "described the scene. “They took every young man they found,” he said.",
            "They took",
            "A neighbour who saw the raid",
        ),
        (
            _BELLO + " His cousin, Yusuf Danladi, was arrested the same night. A nurse at the hospital "
            "recalled the morning after. “We had no room left for the wounded,” she said.",
            "We had no room",
            "A nurse at the hospital",
        ),
        (
            _BELLO + " Her husband, Sani Garba, was never seen again. One villager, who asked not to be "
            "named, explained what happened. “They came before dawn and burned the houses,” he said.",
            "They came",
            "One villager",
        ),
    ],
)
def test_probe_newer_unnamed_speaker(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            _BELLO + " A witness described the scene to reporters. Her son, Ibrahim Sani, has been "
            "missing since May. “They took every young man they found,” she said.",
            "They took",
            "A witness",
        ),
        (
            _BELLO + " His brother, Yusuf Danladi, described the scene to reporters. “They took every "
            "young man they found,” he said.",
            "They took",
            "Yusuf Danladi",
        ),
        (
            _BELLO + " His cousin, Yusuf Danladi, was arrested. A woman said she saw it. “The army has "
            "not answered any of our questions,” he said.",
            "The army has",
            "Yusuf Danladi",
        ),
    ],
)
def test_probe_older_or_other_sex_speaker_stays(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


# --- an aside between the subject and its cue verb ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sri Lanka: UN expert alarmed. Anjali Ferreira, the UN expert, raised the case. The "
            "Government, in a note verbale to the expert, said that “all persons arrested have been "
            "produced before a magistrate”. Soldiers shot dead 14 people in Kandy, Sri Lanka on 3 May.",
            "Government of Sri Lanka",
        ),
        (
            "Anjali Ferreira, the UN expert, raised the case with Nigeria. The Government, in a letter "
            "to the expert, said that “the soldiers acted within the law at all times”." + _KILLED,
            "Government of Nigeria",
        ),
        (
            "Anjali Ferreira, the UN expert, raised the case with Egypt. The authorities, in their "
            "reply to the expert, said that “the soldiers acted within the law at all times”. "
            "Soldiers shot dead 14 people in Cairo on 3 May.",
            "Government of Egypt",
        ),
        (
            "Anjali Ferreira, the UN expert, raised the case with Kenya. The Government, during a meeting "
            "with the expert, said that “the officers acted within the law at all times”. Soldiers shot "
            "dead 14 people in Nairobi on 3 May.",
            "Government of Kenya",
        ),
    ],
)
def test_probe_aside_names_no_speaker(nlp: Language, text: str, speaker: str) -> None:
    assert speaker_of(nlp, text, "") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“The soldiers acted within the law at all times,” said Anjali Ferreira, the UN expert."
            + _KILLED,
            "Anjali Ferreira",
        ),
        (
            "The Government, Anjali Ferreira, said that “the soldiers acted within the law at all "
            "times”." + _KILLED,
            "Anjali Ferreira",
        ),
        (
            "Amnesty International's director, Anjali Ferreira, said that “the soldiers must be "
            "tried for these killings”." + _KILLED,
            "Anjali Ferreira",
        ),
    ],
)
def test_probe_name_before_verb_still_speaks(nlp: Language, text: str, speaker: str) -> None:
    assert speaker_of(nlp, text, "") == speaker
