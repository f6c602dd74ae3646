"""Quotes and their speakers (round 6): speaker phrases that point back at what the text said
before. A relative named by a possessive ("her brother", "Rahimi's brother") is the relative of
the person the text named, not that person; "one of them" is one of the speakers just cited ("two
eyewitnesses"); a bare title with no holder ("the High Commissioner") is the office in the fullest
form the text gives it; an outlet owned by a body ("the regime's state media") speaks as that
outlet; a sentence after the quotation that only names the speaker ("X, 41, told the
commission.") speaks. Then quotation marks set badly or in other conventions (nested, « »,
„ “, stray marks). Texts written for these tests."""

from __future__ import annotations

import random

import pytest
from extraction_helpers import quote_pairs, speaker_of
from spacy.language import Language

from tallybook.extract.quotation.quote_marks import find_quote_spans


# -- "her brother": the relative of the person named before ----------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Security forces arrested Daniel Mekonnen, a 24-year-old student, in Bahir Dar on 4 April. "
            "“They beat him with sticks until he lost consciousness in the cell,” his mother said.",
            "They beat him",
            "Daniel Mekonnen's mother",
        ),
        (
            "Journalist Sara Haddad was detained at a checkpoint near Homs on Sunday. "
            "“They kept her in a cell without a bed or a blanket for a week,” her husband told the "
            "committee.",
            "They kept her",
            "Sara Haddad's husband",
        ),
        (
            "A student, Karim Nassar, was arrested in Tripoli on Monday.\n\n"
            "“We do not know where they have taken him since that night,” his father said.",
            "We do not know",
            "Karim Nassar's father",
        ),
        (  # the latest person is marked as a man: "her" passes over him
            "Ms Lina Haddad was arrested in Amman on 3 May. Mr Omar Salem, a police spokesman, "
            "confirmed the arrest. “She was taken away in handcuffs in front of her children,” her "
            "brother said.",
            "She was taken away",
            "Lina Haddad's brother",
        ),
    ],
)
def test_possessive_relative_is_the_relative_of_the_person_named(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Farzana Rahimi, a 41-year-old teacher, was arrested in Arak on 29 January. “They took her "
            "laptop and her books and said she would be back soon,” Rahimi’s brother told reporters.",
            "They took her laptop",
            "Farzana Rahimi's brother",
        ),
        (
            "Ali Reyes, a union organiser, was arrested in Lima on Friday. “They have not let him call "
            "anyone since the night he was taken,” Ali Reyes’s mother said.",
            "They have not let him",
            "Ali Reyes's mother",
        ),
        (  # the name set beside the relative speaks
            "Farzana Rahimi was arrested in Arak. “They took her laptop and her books and said she "
            "would be back soon,” Rahimi’s lawyer, Ali Karimi, said.",
            "They took her laptop",
            "Ali Karimi",
        ),
    ],
)
def test_relative_of_a_named_person_speaks_not_the_person(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_name_with_its_role_as_a_relative_is_the_name(nlp: Language) -> None:
    text = (
        "Ali Reyes was arrested in Lima. “They took his laptop and his books and said he would be "
        "back soon,” Carla Soto, Reyes’ lawyer, said."
    )
    assert speaker_of(nlp, text, "They took his laptop") == "Carla Soto"


def test_relative_named_in_the_text_keeps_the_name(nlp: Language) -> None:
    text = (
        "The family of Yusuf Demir, 23, said he was taken from his home in Diyarbakir. His lawyer, "
        "Selin Kaya, visited him on Friday. “He could barely walk when I saw him at the station,” "
        "his lawyer said."
    )
    assert speaker_of(nlp, text, "He could barely walk") == "Selin Kaya"


def test_relative_with_nobody_named_stays_as_written(nlp: Language) -> None:
    text = (
        "A teacher was arrested at her school in the capital on Monday morning. "
        "“They did not even let her take her coat or call anyone,” her brother said."
    )
    assert speaker_of(nlp, text, "They did not even") == "her brother"


# -- "one of them": one of the speakers just cited -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Two men were shot dead near the river, according to four residents. “The soldiers fired at "
            "anyone who was running towards the bridge,” one of them told the BBC.",
            "The soldiers fired",
            "resident",
        ),
        (
            "A boy of 15 was shot in the chest during the march, two eyewitnesses said. “He was only "
            "carrying a flag. Then he fell down and did not move again,” one of them told reporters.",
            "He was only carrying",
            "eyewitness",
        ),
    ],
)
def test_one_of_them_is_one_of_the_speakers_cited(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_one_of_them_after_named_people_is_no_noun_of_the_sentence(nlp: Language) -> None:
    text = (
        "Police released Ali Khan and Omar Farooq on Monday after three weeks. "
        "“We were kept in the dark the whole time and never questioned,” one of them told reporters."
    )
    speakers = {who for who, said in quote_pairs(nlp, text) if said.startswith("We were kept")}
    assert not speakers & {"reporter", "week", "police"}


# -- "the High Commissioner": the office in full ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Spokesperson for the UN High Commissioner for Human Rights: Jane Moyo\n\n"
            "Dozens of people were killed in the crackdown in the capital.\n\n"
            "“The authorities must stop shooting at peaceful protesters and release those detained,” "
            "the High Commissioner said.",
            "The authorities must stop",
            "UN High Commissioner for Human Rights",
        ),
        (
            "The UN Special Rapporteur on the situation of human rights in Belarus issued a statement "
            "on Friday.\n\n“These sentences are the latest step in a campaign to silence every critical "
            "voice,” the Special Rapporteur said.",
            "These sentences are",
            "UN Special Rapporteur on the situation of human rights in Belarus",
        ),
    ],
)
def test_bare_title_is_the_office_in_full(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_bare_title_with_a_named_holder_is_the_holder(nlp: Language) -> None:
    text = (
        "UN High Commissioner for Human Rights Volker Moreau visited Harare on Monday. "
        "“The authorities must stop shooting at peaceful protesters,” the High Commissioner said."
    )
    assert speaker_of(nlp, text, "The authorities must stop") == "Volker Moreau"


def test_holder_named_after_the_office_is_no_part_of_it(nlp: Language) -> None:
    text = (
        "The UN Special Rapporteur on Iran Javaid Rahimi visited Geneva on Monday.\n\n"
        "“Executions have reached a level not seen in many years,” the Special Rapporteur said."
    )
    assert speaker_of(nlp, text, "Executions have reached") == "Javaid Rahimi"


# -- an outlet speaks for itself -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Two fuel porters were shot dead near the border. The government’s state television "
            "described the victims as “armed smugglers who fired at the guards first.”",
            "armed smugglers",
            "state television",
        ),
        (
            "Soldiers fired on the crowd in Mandalay. The junta's state-run newspaper said: “Security "
            "forces acted with restraint against violent rioters who attacked them.”",
            "Security forces acted",
            "state-run newspaper",
        ),
    ],
)
def test_outlet_of_a_body_speaks_as_the_outlet(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_named_outlet_keeps_its_name(nlp: Language) -> None:
    text = (
        "Soldiers fired on the crowd. Iran’s state news agency IRNA said: “Security forces acted with "
        "restraint against violent rioters who attacked them.”"
    )
    assert speaker_of(nlp, text, "Security forces acted") == "Islamic Republic News Agency"


def test_office_of_a_body_still_speaks_for_the_body(nlp: Language) -> None:
    text = (
        "The Ministry of Interior detained eleven activists on Monday. The ministry's press office said: "
        "“All those detained are suspected of planning violent attacks on police stations.”"
    )
    assert speaker_of(nlp, text, "All those detained") == "Ministry of Interior"


# -- a sentence of its own after the quotation that only says who spoke ----------------------------
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The guards beat the detainees every night, former prisoners said. “They hung us from the "
            "ceiling and beat the soles of our feet.” Tomasz Wrobel, 41, told the commission.",
            "They hung us",
            "Tomasz Wrobel",
        ),
        (
            "Relatives were kept outside the court in Almaty. “Nobody would tell us where he was being "
            "held or who his judge was.” Aigerim Sadykova said.",
            "Nobody would tell us",
            "Aigerim Sadykova",
        ),
    ],
)
def test_sentence_naming_only_the_speaker_speaks(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_sentence_with_a_statement_of_its_own_does_not_speak(nlp: Language) -> None:
    text = (
        "In a letter from prison, Arman Bekov wrote: “They tied my hands behind my back and hung me "
        "from the ceiling.” Ruslan Omarov said the letter was a forgery."
    )
    assert speaker_of(nlp, text, "They tied my hands") == "Arman Bekov"


# -- quotation marks set badly or in other typographic conventions ---------------------------------
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # the same glyphs for a quotation within a quotation
            "Ali Reza said: “We saw them “drag him into the van” and drive away on Friday night.”",
            "We saw them “drag",
            "Ali Reza",
        ),
        (  # French guillemets, spaced
            "Pierre Lambert, a witness, said: « The police fired tear gas into the crowd without any "
            "warning ». He was later detained.",
            " The police fired",
            "Pierre Lambert",
        ),
        (  # German low-high marks
            "Anja Vogel, a lawyer in Minsk, said: „They beat him every day in the cellar of the police "
            "station“. She said he was released later.",
            "They beat him every day",
            "Anja Vogel",
        ),
        (  # guillemets pointing inwards
            "Jonas Berg, a witness, said: »The police fired tear gas into the crowd without any warning«.",
            "The police fired",
            "Jonas Berg",
        ),
        (  # a stray curly opener inside a straight quotation
            'Hamid Ansari said: "They kept us in the yard all night “ and beat anyone who spoke." '
            '"Nobody was allowed to see a doctor for a week," said Laleh Karimi.',
            "Nobody was allowed",
            "Laleh Karimi",
        ),
        (  # an opener never closed before the next quotation
            "The governor called the protest “an attack on the state and its order. Later, “I saw three "
            "people fall near the mosque,” said Ayse Demir.",
            "I saw three people",
            "Ayse Demir",
        ),
    ],
)
def test_quotation_found_despite_its_marks(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_paragraphs_of_one_quotation_each_reopened_keep_the_speaker(nlp: Language) -> None:
    text = (
        "Nadia Rahimi, a lawyer, said: “My clients were held for months without charge.\n\n"
        "“Some of them have still not seen a judge or a doctor.\n\n"
        "“We will keep going to court until every one of them is released.”"
    )
    speakers = [who for who, _ in quote_pairs(nlp, text)]
    assert speakers == ["Nadia Rahimi"] * 3


def test_apostrophes_are_no_quotation_marks(nlp: Language) -> None:
    text = (
        "In the ’90s the students’ union was banned. Ali Reza, a witness, said: ‘We saw them drag him "
        "into the van and drive away.’ Karim Nouri, the police spokesman, said: ‘No such arrest took "
        "place in that street on Friday.’"
    )
    assert [who for who, _ in quote_pairs(nlp, text)] == ["Ali Reza", "Karim Nouri"]


@pytest.mark.parametrize(
    "text",
    [
        "“”“”“ “ ” ”” « » „ “ ‘ ’ ' \" Ali Reza said: “ ”",
        "Ali Reza said: «« »» „„ »« ‘‘ ’’ “A “B “C ” ” ”\n\n“\n”",
        "\"\"\" '''x''' “x” ‘x’ «x» „x“ »x« " * 20,
    ],
)
def test_garbage_marks_do_not_crash(nlp: Language, text: str) -> None:
    quote_pairs(nlp, text)


def test_each_bad_mark_costs_one_quotation_at_most() -> None:
    """Quotations in several mark styles, with up to three stray marks set at random between words:
    no more quotations are lost than marks were added."""
    words = [
        "police",
        "beat",
        "them",
        "every",
        "night",
        "in",
        "the",
        "cell",
        "and",
        "we",
        "could",
        "not",
        "sleep",
        "or",
        "eat",
    ]
    marks = ["“", "”", '"', "„", "«", "»", "'", "‘", "’"]
    for seed in range(600):
        r = random.Random(seed)
        opener, closer = r.choice([("“", "”"), ('"', '"'), ("«", "»"), ("„", "“")])
        quotes, sentences = [], []
        for k in range(r.randint(1, 6)):
            said = " ".join(r.choice(words) for _ in range(r.randint(4, 9))) + ","
            quotes.append(said)
            sentences.append(f"{opener}{said}{closer} said Ali Reza number {k}.")
            if r.random() < 0.3:
                sentences.append("\n\n")
        tokens = " ".join(sentences).split(" ")
        bad = r.randint(0, 3)
        for _ in range(bad):
            mark = r.choice(marks)
            tokens.insert(r.randrange(len(tokens) + 1), r.choice([mark, mark + "x", "x" + mark]))
        text = " ".join(tokens)
        found = {text[q.start : q.end] for q in find_quote_spans(text)}
        lost = sum(said not in found for said in quotes)
        assert lost <= bad, (seed, text)
