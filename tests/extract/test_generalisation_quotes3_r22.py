"""Round 22 quote speakers. A name set before "ORG's spokesperson" (a post a named body holds) is
a person's, even where the model tags it an organisation ("said X, KRN's spokesperson" -> X,
not KRN). An unnamed speaker who gives a name speaks by it ("a witness who gave only her first
name, Blessing" -> "Blessing"). "She said, “...”" after the text meets a relative named only
through a person ("I spoke to Carlo's grandmother") is that relative ("Carlo Dizon Santos's
grandmother"). A capitalised quantifier after a quotation's closing stop opens a new sentence
("“...?” Several families say ..."), not a cue of the words before. "“...,” she said" with no
speaker so far stands for the subject of the sentence before, a person named in full earlier
("Seven years on, Marites still keeps ..." -> "Marites Dacanay"). Texts written for these
tests."""

from __future__ import annotations

import pytest
from extraction_helpers import person_names, speaker_of
from spacy.language import Language

_ARREST = " Police arrested nine students in the capital on 4 May."

# --- a post a named body holds ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "“The authorities are punishing people simply for asking to be paid,” said Delnia Rostami, "
            "KRN's spokesperson." + _ARREST,
            "The authorities",
            "Delnia Rostami",
        ),
        (
            "“Nobody should be flogged for joining a rally,” said Soraya Mahdavi, IHRG's deputy director."
            + _ARREST,
            "Nobody should",
            "Soraya Mahdavi",
        ),
        (
            "“The courts have become an instrument of fear,” said Soraya Mahdavi, ADHR's Asia director."
            + _ARREST,
            "The courts",
            "Soraya Mahdavi",
        ),
        (
            "“Every one of these arrests must be reversed,” said Delnia Rostami, KRN's senior legal adviser."
            + _ARREST,
            "Every one",
            "Delnia Rostami",
        ),
    ],
)
def test_probe_name_before_a_bodys_post_speaks(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police held the men at Evin Prison, Tehran's main detention centre, for a month.", "Evin Prison"),
        (
            "Kurdistan Rights Network, KRN's head office in Erbil, said 40 teachers were detained.",
            "Kurdistan",
        ),
        ("Agents took him to Shahramfar, IRGC's detention centre, on 4 May.", "Shahramfar"),
    ],
)
def test_probe_places_and_bodies_before_a_possessive_are_no_people(
    nlp: Language, text: str, name: str
) -> None:
    assert not any(name in p for p in person_names(nlp, text))


# --- an unnamed speaker who gives a name --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Soldiers opened fire on the crowd in Warri on Sunday. “They were firing at people who were "
            "running away,” said a witness who gave only her first name, Blessing.",
            "They were firing",
            "Blessing",
        ),
        (
            "Police shot two traders at the market on Friday. A trader who gave his name only as Emeka said: "
            "“They fired without any warning at all.”",
            "They fired",
            "Emeka",
        ),
        (
            "Troops raided the village on 3 May. “We hid in the forest for three days,” said a farmer who "
            "asked to be identified only by his first name, Tunde.",
            "We hid",
            "Tunde",
        ),
        (
            "Security forces shot dead three men in the town on 2 June. One woman, who gave her first name "
            "as Halima, said: “My husband was only buying bread for the children.”",
            "My husband",
            "Halima",
        ),
    ],
)
def test_probe_speaker_who_gives_a_name_speaks_by_it(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Soldiers opened fire on the crowd on Sunday. “They were firing at people who were running "
            "away,” said a witness who declined to give her name.",
            "They were firing",
            "a witness",
        ),
        (
            "Police shot two traders at the market on Friday. “They fired without any warning at all,” said "
            "a trader who gave his account to reporters.",
            "They fired",
            "a trader",
        ),
        (
            "A man identified only as Hossein was flogged in Tabriz on 20 March. “Flogging is a cruel and "
            "degrading punishment,” said a lawyer in the city.",
            "Flogging is",
            "a lawyer in the city",
        ),
    ],
)
def test_probe_speaker_who_gives_no_name_stays_described(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, words) == speaker


# --- a relative named only through a person -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Police shot dead Carlo Dizon Santos, a 17-year-old student, in Guagua on Wednesday.\n\nI spoke "
            "to Carlo's grandmother this morning. She said, “He was just a boy. Who will pay for this?” "
            "Several families say they are too afraid to complain.",
            "He was just",
            "Carlo Dizon Santos's grandmother",
        ),
        (
            "Soldiers killed Ahmed Musa Bello at a checkpoint on 4 May.\n\nWe visited Ahmed's mother at her "
            "home. She told us: “They shot my son like an animal and left him in the road.”",
            "They shot my son",
            "Ahmed Musa Bello's mother",
        ),
        (
            "Militiamen abducted Samira Haddad from her home on 9 April.\n\nI talked to Samira's husband "
            "last week. He said, “Nobody will tell me where she is or who took her away.”",
            "Nobody will tell",
            "Samira Haddad's husband",
        ),
        (
            "Police shot dead Tomas Rivera Cruz, a 30-year-old driver, in a raid on 2 March.\n\nI met Cruz's "
            "wife the next day. She said, “They came at night and did not even knock on the door.”",
            "They came at night",
            "Tomas Rivera Cruz's wife",
        ),
    ],
)
def test_probe_pronoun_after_a_relative_met_is_the_relative(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "relative"),
    [
        (
            "Police shot dead Carlo Dizon Santos in Guagua on Wednesday.\n\nI spoke to Carlo's grandmother "
            "this morning. He said, “The boy was unarmed and on his knees when they shot him.”",
            "The boy was",
            "grandmother",
        ),
        (
            "Soldiers killed Ahmed Musa Bello at a checkpoint on 4 May.\n\nWe visited Ahmed's brother at "
            "home. She told us: “They shot him like an animal and left him in the road.”",
            "They shot him",
            "brother",
        ),
        (
            "Police shot dead Tomas Rivera Cruz in a raid on 2 March. Cruz's widow was not at home.\n\nThe "
            "police chief, Mario Reyes, defended the raid. He said, “Officers acted in self-defence "
            "against an armed suspect.”",
            "Officers acted",
            "widow",
        ),
    ],
)
def test_probe_relative_of_other_sex_or_beyond_reach_does_not_speak(
    nlp: Language, text: str, words: str, relative: str
) -> None:
    assert relative not in (speaker_of(nlp, text, words) or "")


# --- a quantifier opens a new sentence ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Police detained the protesters on 4 May. Ahmad Karimi said, “Why did they beat children?” "
            "Some neighbours say they saw the beatings.",
            "Why did they",
            "Ahmad Karimi",
        ),
        (
            "Soldiers shot dead five men on 3 May. Mariam Osman said: “Where is the justice for us?” Many "
            "residents say they are afraid to speak.",
            "Where is the",
            "Mariam Osman",
        ),
        (
            "Police beat detainees in Kassala on 2 June. Hamid Osman said, “Who will protect us now?” Both "
            "his brothers say they were beaten too.",
            "Who will protect",
            "Hamid Osman",
        ),
        (
            "Troops burned the village on 9 April. Fatima Bello said: “Who will rebuild our homes now?” "
            "Dozens of families say they have nowhere to go.",
            "Who will rebuild",
            "Fatima Bello",
        ),
    ],
)
def test_probe_quantifier_after_a_stop_opens_a_new_sentence(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Police detained the protesters on 4 May. “They beat the children in front of us,” some "
            "neighbours said.",
            "They beat the",
            "some neighbours",
        ),
        (
            "Soldiers shot dead five men on 3 May. “We are afraid to speak about what we saw,” several "
            "residents told reporters.",
            "We are afraid",
            "several residents",
        ),
        (
            "Police beat detainees in Kassala on 2 June. “They broke my arm with a baton,” Hamid Osman said.",
            "They broke my arm",
            "Hamid Osman",
        ),
    ],
)
def test_probe_lower_case_quantifier_after_a_comma_still_cues(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert (speaker_of(nlp, text, words) or "").lower() == speaker.lower()


# --- the subject of the sentence before "“...,” she said" -------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The photograph on Marites Dacanay's phone is blurred. It shows her son, Jomar Dacanay, shot "
            "dead by police in Caloocan.\n\nJomar was one of four young men killed by police that night, in "
            "operations the city's police chief later described as a success.\n\nSeven years on, Marites "
            "still keeps Jomar's school uniform in a plastic bag. “They told me to be grateful that they "
            "only took one of my children,” she said.",
            "They told me",
            "Marites Dacanay",
        ),
        (
            "Soldiers took Musa Danjuma's son, Idris Danjuma, from their home in Warri on 4 May.\n\nIdris "
            "was one of 14 young men detained that week, in an operation the army's spokesman later "
            "described as routine.\n\nToday, Musa still waits by the gate every evening. “Nobody will "
            "tell me where my boy is being held,” he said.",
            "Nobody will tell",
            "Musa Danjuma",
        ),
        (
            "Police took Grace Okafor's son, Chidi Okafor, from their home in Enugu on 4 May.\n\nChidi was "
            "one of 20 young men detained that week, in an operation the state's police commissioner "
            "later described as routine.\n\nToday, Grace still waits by the gate every evening. “Nobody "
            "will tell me where my boy is being held,” she said.",
            "Nobody will tell",
            "Grace Okafor",
        ),
        (
            "Soldiers took Ali Hassan's brother, Omar Hassan, from a checkpoint near Kassala on 4 May.\n\n"
            "Omar was one of 30 men detained that week, in a sweep the army's spokesman later described as "
            "lawful.\n\nA year on, Ali still calls the prison every week. “They say he is not there, but "
            "I know he is,” he said.",
            "They say he",
            "Ali Hassan",
        ),
    ],
)
def test_probe_pronoun_after_a_sentence_whose_subject_is_a_named_person(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Soldiers detained Tunde Bakare Adeyemi in Warri on 4 May. “We acted within the law,” said the "
            "army spokesman, Musa Adeyemi.\n\nWeeks later, Tunde remains in a cell. “The detainee is well "
            "and will be charged,” he said.",
            "The detainee",
            "Musa Adeyemi",
        ),
        (
            "Police shot Bello Yusuf at a checkpoint in Kano on 2 June.\n\nThe Kano Human Rights Forum "
            "still demands an inquiry. “The police must account for this killing,” it said.",
            "The police must",
            "Kano Human Rights Forum",
        ),
        (
            "Police took Grace Okafor's son, Chidi Okafor, from their home in Enugu on 4 May.\n\nToday, "
            "Enugu still mourns the young men taken that week. “Nobody will tell me where my boy is being "
            "held,” she said.",
            "Nobody will tell",
            "Grace Okafor",
        ),
    ],
)
def test_probe_pronoun_keeps_speaker_body_or_relative(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_probe_relative_met_after_an_earlier_speaker(nlp: Language) -> None:
    text = (
        "Police shot dead Carlo Dizon Santos, a 17-year-old student, in Guagua on Wednesday. Colonel Ramon "
        "Villareal said: “All of those who died chose to fight it out with our operatives.”\n\nI spoke to "
        "Carlo's grandmother this morning. She said, “He was just a boy. Who will pay for this?”"
    )
    assert speaker_of(nlp, text, "He was just") == "Carlo Dizon Santos's grandmother"
