"""Quote speakers, round 10: sentences written for these tests (names and wording invented).

Classes: a participle cue ("..., adding that") takes the subject of the clause it hangs on, not
the name the clause before it ended with; a descriptor and the name beside it that the parser
split into two subjects ("The state news agency X claimed") are one speaker, and a subject
inside quoted words speaks for no one; an office a named body owns, its holder unnamed ("the
Red Cross's regional director") speaks as that office, and "she said" after it stands for it;
a passive cue verb ("she has been denied") makes no new speaker for a later "she said"; "a
relative of X told" is the relative, as the text gives them; a body told by its kind ("the
prison administration", "the border guard command", "the army's Third Division") speaks.
"""

from __future__ import annotations

import pytest
from extraction_helpers import quoted_words, speaker_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a participle after a body named at the end of the clause before
        (
            "Major Tobias Renwick, a spokesman for the garrison, confirmed the raid on the radio but "
            "said the house had been used by the Valley Liberation Front, adding that “a few of the "
            "people inside may have been bystanders.”",
            "a few of the people",
            "Tobias Renwick",
        ),
        # a descriptor and a name split into two subjects; the second quotation's verb hangs on
        # a verb inside the first
        (
            'The state news agency TASS claimed that "four rioters lost their lives in the clashes" '
            'and insisted that police "did not fire one single bullet."',
            "did not fire one",
            "TASS",
        ),
        (
            'The state news agency BSS reported that "two looters died when the crowd turned on the '
            'guards" and added that officers "never drew their weapons at all."',
            "never drew their",
            "BSS",
        ),
        # the second verb hung on a verb inside the first quotation: its subject speaks for no one
        (
            'The official news agency Anadolu claimed that "two militants lost their lives in '
            'clashes" and insisted that soldiers "did not fire a single bullet."',
            "did not fire a single",
            "The official news agency",
        ),
        # an office owned by a named body, no holder named
        (
            "In a video message on Friday, the Liberation Council’s President-elect said: “Every "
            "arrest of a student only proves how frightened the rulers have become.”",
            "Every arrest of",
            "Liberation Council’s President-elect",
        ),
        (
            "Speaking from Kandor, the Red Cross's regional director in the province warned that the "
            'rains would cut off the camps. "Families here are running out of clean water and '
            'medicine," she said.',
            "Families here are",
            "Red Cross's regional director in the province",
        ),
        # a passive cue verb between the speaker and "she said"
        (
            "“No prisoner should ever be executed after a trial that lasted a single morning,” the "
            "Special Rapporteur, Ingrid Solheim, said. She noted that four more prisoners remain at "
            "risk.\n\nThe expert was also alarmed by the detention on 3 June of Layla Orfani, a "
            "journalist, in Shiraz. She has been denied any visits by her family.\n\n“I call on the "
            "authorities to release every reporter held for their work without delay,” she said.",
            "I call on the",
            "Ingrid Solheim",
        ),
        (
            "“Nobody in the village has been allowed to see the bodies of the men,” the spokesman, "
            "Dariusz Kowal, said. He added that two more men were missing.\n\nThe monitors were also "
            "worried about the arrest on 4 May of Tomas Brandt, a teacher, in Lublin. He was "
            "reportedly told nothing about the charges.\n\n“We ask the police to tell the families "
            "where every detained man is now held,” he said.",
            "We ask the police",
            "Dariusz Kowal",
        ),
        # a body told by the kind of body it is: the body the text names with that word, else
        # the words as written
        (
            "The Northern Coast Guard Command said the boat had ignored orders. The command said in "
            "a statement that the crew had been “warned three times over the radio before any shot "
            "was fired.”",
            "warned three times",
            "Northern Coast Guard Command",
        ),
        (
            "The navy’s Second Division said in a statement that “four pirates” had been killed “in a "
            "brief exchange of fire with the patrol” near the reef.",
            "in a brief exchange",
            "The navy’s Second Division",
        ),
        (
            "The detention centre administration said that “a few” detainees had been “moved to other "
            "cells for their own safety and comfort.”",
            "moved to other cells",
            "The detention centre administration",
        ),
        # an unnamed relative of a named person
        (
            "Police shot dead two fishermen, Oskar Lind and Henrik Dahl, near the harbour on Friday. "
            "A cousin of Dahl told the Harbour Times that the officers opened fire “without saying a "
            "word, the moment the boat touched the pier.”",
            "without saying a word",
            "A cousin of Dahl",
        ),
        (
            "The court sentenced Mariam Tesfaye to death last week. An uncle of Tesfaye told "
            "reporters that the hearing “was over before her lawyer had even sat down in the "
            "courtroom.”",
            "was over before",
            "An uncle of Tesfaye",
        ),
    ],
)
def test_speaker_found(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the name right before a finite cue verb still speaks
        (
            "Colonel Petra Hollis, an army spokeswoman, denied the shooting in a statement but said "
            "the crowd had attacked a post of the Northern Border Guard, adding that “the soldiers "
            "fired only warning shots into the air.”",
            "the soldiers fired",
            "Petra Hollis",
        ),
        # a descriptor whose name the model does not tag keeps the descriptor
        (
            'The official news agency Tasvir claimed that "two attackers were killed in clashes" and '
            'insisted that guards "never opened fire on the crowd."',
            "never opened fire",
            "The official news agency",
        ),
        # a body's office whose holder the text names: the holder
        (
            "The Ministry of Health announced new vaccination rules. The ministry's spokesman, Aldo "
            "Ferrante, said: “Every clinic will receive extra doses before the end of the month.”",
            "Every clinic will",
            "Aldo Ferrante",
        ),
        (
            "The Liberation Council said the vote had been rigged. Its president, Mara Velasquez, "
            "said: “Every arrest of a student only proves how frightened the rulers have become.”",
            "Every arrest of",
            "Mara Velasquez",
        ),
        # an active cue by a newly named person: "she" is that person
        (
            "“No prisoner should ever be executed after a trial that lasted a single morning,” the "
            "Special Rapporteur, Ingrid Solheim, said. She noted that four more prisoners remain at "
            "risk.\n\nThe expert also met Layla Orfani, a journalist freed in Shiraz on 3 June. "
            "Orfani told reporters that she had been held alone for a month.\n\n“I could not see "
            "daylight for thirty days and nobody told my family where I was,” she said.",
            "I could not see",
            "Layla Orfani",
        ),
        # a relative named beside the role speaks by name
        (
            "The soldiers detained Petr Novak on Monday. His brother, Jan Novak, told reporters that "
            "the soldiers “beat him in front of the whole street before they drove away.”",
            "beat him in front",
            "Jan Novak",
        ),
    ],
)
def test_speaker_kept(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_short_fragment_beside_a_quote_is_no_quote(nlp: Language) -> None:
    text = (
        "The navy’s Second Division said in a statement that “four pirates” had been killed “in a "
        "brief exchange of fire with the patrol” near the reef."
    )
    assert quoted_words(nlp, text) == ["in a brief exchange of fire with the patrol"]
