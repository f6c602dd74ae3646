"""Round 20 quotes and speakers, from breadth probes. A body's name before a plural of "experts"
only tells whose experts speak ("UN human rights experts said" -> "UN human rights experts", not
the United Nations). A person speaks by name alone, without a courtesy title or a police rank
written before it ("Maître X", "Superintendent of Police X"). A definite title that speaks stands
for the person the next paragraph sets in the office ("A B, who took up the mandate last year").
A participle of telling after the teller's clause cues the quotation ("X defended the raid,
telling reporters that “...”"). "his mother said" names the mother when the text names her in
that tie ("X said ... her son, Y"). Texts written for these tests."""

from __future__ import annotations

import pytest
from extraction_helpers import quote_pairs, speaker_of
from spacy.language import Language

_ARREST = " Police arrested nine students in the capital on 4 May."


def _plain(name: str | None) -> str:
    """A speaker as the scorer compares it: a leading "the" does not count."""
    name = name or ""
    return name[4:] if name.lower().startswith("the ") else name


# --- a body's experts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "UN human rights experts described the hanging as “a grave violation of the right to a fair "
            "trial”." + _ARREST,
            "a grave violation",
            "UN human rights experts",
        ),
        (
            "The hanging drew wide condemnation, and a group of UN experts called the verdict “an outrageous "
            "attack on peaceful dissent”." + _ARREST,
            "an outrageous",
            "UN human rights experts",
        ),
        (
            "“The authorities must halt these executions at once,” UN experts said in a statement on Monday."
            + _ARREST,
            "The authorities must",
            "UN human rights experts",
        ),
        (
            "“Detention without charge is never lawful under international law,” said a group of UN human "
            "rights experts." + _ARREST,
            "Detention without",
            "UN human rights experts",
        ),
        (
            "UN rights experts said the trial was “a travesty of justice from start to finish”." + _ARREST,
            "a travesty",
            "UN human rights experts",
        ),
        (
            "In a joint statement, United Nations experts called the sentences “a cruel punishment for "
            "speaking out”." + _ARREST,
            "a cruel punishment",
            "UN human rights experts",
        ),
    ],
)
def test_experts_of_a_body_speak(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The United Nations said the strike was “a clear breach of international law and must stop”."
            + _ARREST,
            "a clear breach",
        ),
        (
            "“We are deeply alarmed by the reports from the prison,” the UN said in Geneva." + _ARREST,
            "We are deeply",
        ),
    ],
)
def test_the_body_itself_still_speaks(nlp: Language, text: str, words: str) -> None:
    assert speaker_of(nlp, text, words) == "United Nations"


def test_experts_named_in_the_release_unchanged(nlp: Language) -> None:
    text = (
        "Chad: UN experts alarmed by executions\n\nGENEVA (3 May 2024) – UN experts* today voiced alarm at "
        "the hanging of two men in N'Djamena.\n\n“Nobody should be hanged after a trial that lasted ten "
        "minutes,” the UN experts said.\n\n*The experts: Awa Ndiaye, Special Rapporteur on extrajudicial "
        "executions; Lars Holm, Special Rapporteur on torture.\n"
    )
    assert speaker_of(nlp, text, "Nobody should be hanged") == "Awa Ndiaye"


# --- a person by name alone -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "“These men were peasants, not fighters in any army,” said Maître Jean-Paul Mukendi, a lawyer "
            "for the families." + _ARREST,
            "These men were",
            "Jean-Paul Mukendi",
        ),
        (
            "Superintendent of Police Rakesh Verma said “no officer will be spared if found guilty of abuse”."
            + _ARREST,
            "no officer",
            "Rakesh Verma",
        ),
        (
            "“The police have refused to show us the autopsy report,” said Mme Claire Mbuyi, who represents "
            "the widow." + _ARREST,
            "The police have",
            "Claire Mbuyi",
        ),
    ],
)
def test_titles_left_off_person_speakers(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Commissioner of Police James Otieno said “the officers involved have been interdicted and will "
            "be charged”." + _ARREST,
            "the officers involved",
            "James Otieno",
        ),
        (
            "“Nobody will be allowed to hide behind a uniform,” Inspector General of Police Martin Okello "
            "told journalists in Kampala." + _ARREST,
            "Nobody will be",
            "Martin Okello",
        ),
        (
            "“We will take this case to the highest court in the land,” Maître Aline Kabeya told reporters "
            "in Goma." + _ARREST,
            "We will take",
            "Aline Kabeya",
        ),
        (
            "“The wounds are consistent with beatings over several days,” said Dr Amina Yusuf." + _ARREST,
            "The wounds",
            "Amina Yusuf",
        ),
        (
            "Deputy Inspector General Harish Rao told reporters: “The constable has been suspended pending "
            "an inquiry.”" + _ARREST,
            "The constable",
            "Harish Rao",
        ),
        (
            "Senior Superintendent Ali Raza said: “All four officers were arrested and will face trial.”"
            + _ARREST,
            "All four",
            "Ali Raza",
        ),
    ],
)
def test_names_already_plain_unchanged(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


# --- the holder of an office named in the next paragraph -------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The UN Special Rapporteur on the situation of human rights in Eritrea on Monday condemned the "
            "arrests." + _ARREST + "\n\n“Those who ordered these arrests must answer for them,” said the "
            "Special Rapporteur. “The world is watching.”\n\nAna Petrova, who took up the mandate last year, "
            "also urged the release of all journalists.",
            "Those who ordered",
            "Ana Petrova",
        ),
        (
            "The UN Special Rapporteur on Belarus criticised the verdicts." + _ARREST + "\n\n“These trials "
            "are a parody of justice from beginning to end,” the Special Rapporteur said.\n\nTomas Novak, "
            "who has held the post since 2021, called for sanctions.",
            "These trials",
            "Tomas Novak",
        ),
        (
            "The Special Envoy briefed the council on Tuesday." + _ARREST + " “Every detainee must be "
            "allowed to see a lawyer without delay,” the Special Envoy said. Pedro Alves, who was appointed "
            "to the post in March, added that access remained blocked.",
            "Every detainee",
            "Pedro Alves",
        ),
        (
            "“We have documented at least forty cases of torture in the camp,” said the group's director. "
            "Hannah Berg, who took over the role in 2019, declined to say more." + _ARREST,
            "We have documented",
            "Hannah Berg",
        ),
    ],
)
def test_office_holder_named_after(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_person_after_in_no_office_unchanged(nlp: Language) -> None:
    text = (
        "The UN Special Rapporteur on the situation of human rights in Eritrea condemned the arrests."
        + _ARREST
        + "\n\n“Those who ordered these arrests must answer for them,” said the Special Rapporteur.\n\n"
        "Miriam Tesfaye, a journalist who was arrested in May, remains in custody."
    )
    assert speaker_of(nlp, text, "Those who ordered") == (
        "UN Special Rapporteur on the situation of human rights in Eritrea"
    )


# --- a participle of telling ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The regional police chief, Colonel Omar Haddad, defended the raid, telling reporters that “the "
            "officers acted strictly within the law”." + _ARREST,
            "the officers acted",
            "Omar Haddad",
        ),
        (
            "The defence asked for an adjournment. The presiding judge dismissed the motion, stating that "
            "“the defence has had ample time to prepare its case,” and adjourned the hearing." + _ARREST,
            "the defence has",
            "presiding judge",
        ),
        (
            "Judge Maria Kowalski refused the request, telling the lawyers ‘this court will not hear "
            "political speeches today’." + _ARREST,
            "this court will",
            "Maria Kowalski",
        ),
        (
            "The district commissioner, Peter Ouma, dismissed the allegations, telling a local radio station "
            "that “no one was beaten in our cells”." + _ARREST,
            "no one was beaten",
            "Peter Ouma",
        ),
    ],
)
def test_telling_participle_cues(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert _plain(speaker_of(nlp, text, words)) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Interior Minister Ahmed Saleh rejected the report, saying “not a single protester was harmed by "
            "the police”." + _ARREST,
            "not a single",
            "Ahmed Saleh",
        ),
        (
            "Major Lin Bo defended his men, adding that “they fired only into the air to disperse the "
            "crowd”." + _ARREST,
            "they fired only",
            "Lin Bo",
        ),
        (
            "Prosecutor Ivan Sokolov opposed bail, arguing that “the accused may flee the country if "
            "released”." + _ARREST,
            "the accused may",
            "Ivan Sokolov",
        ),
    ],
)
def test_other_participles_unchanged(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


# --- a relative the text names ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Amina Yusuf said police had refused to tell her where her son, Musa Yusuf, 19, was being held "
            "after his arrest on 2 May.\n\n“We have searched every station in the city and nobody will "
            "answer us,” his mother said.",
            "We have searched",
            "Amina Yusuf",
        ),
        (
            "Pablo Ortiz was shot dead by police in Cali on 3 March. Rosa Ortiz, Pablo Ortiz's sister, filed "
            "a complaint the next day.\n\n“He had no weapon, he was only filming the police,” his sister "
            "said.",
            "He had no weapon",
            "Rosa Ortiz",
        ),
        (
            "Ruth Mensah said her husband, Kofi Mensah, had been taken from their home by soldiers on 12 "
            "August.\n\n“I saw them push him into a van without plates,” his wife said.",
            "I saw them",
            "Ruth Mensah",
        ),
    ],
)
def test_named_relative_speaks(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Karim Haddad, 34, was detained at a checkpoint on 9 June. His wife, Leila Haddad, has not been "
            "allowed to visit him.\n\n“They will not even tell me which prison he is in,” his wife told "
            "reporters.",
            "They will not",
            "Leila Haddad",
        ),
        (
            "Musa Yusuf, 19, was arrested by police on 2 May.\n\n“We have searched every station in the city "
            "and nobody will answer us,” his mother said.",
            "We have searched",
            "Musa Yusuf's mother",
        ),
        (
            "Anna Berg said the police had beaten her son, Erik Lund, 22, on 4 May. Erik Lund's lawyer filed "
            "a complaint.\n\n“He was kicked while lying on the ground,” his brother said.",
            "He was kicked",
            "Erik Lund's brother",
        ),
    ],
)
def test_relatives_named_before_or_unnamed_unchanged(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, words) == speaker


# --- a noun a relative clause names so ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The interior ministry put the death toll at 40, a figure Amnesty International calls “a "
            "shameless attempt to hide a massacre”." + _ARREST,
            "a shameless",
            "Amnesty International",
        ),
        (
            "The court sentenced Omar Farouk to death, a verdict that lawyer Ana Reyes called “a travesty "
            "that ignored every piece of evidence”." + _ARREST,
            "a travesty",
            "Ana Reyes",
        ),
        (
            "Police said the men died in a shootout, an account which Human Rights Watch termed “implausible "
            "and contradicted by the autopsies”." + _ARREST,
            "implausible",
            "Human Rights Watch",
        ),
        (
            "Officials said the prisoner took his own life, an explanation that Dr Sara Malik called "
            "“medically impossible given the injuries on his body”." + _ARREST,
            "medically impossible",
            "Sara Malik",
        ),
        (
            "The army described the raid as routine, a version the Karen Human Rights Group calls “flatly "
            "contradicted by the villagers' own accounts”." + _ARREST,
            "flatly contradicted",
            "Karen Human Rights Group",
        ),
    ],
)
def test_noun_called_so_by_speaker(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The group, which the government calls “terrorists”, denies the charge." + _ARREST,
        "The men were held under a law that critics call “the foreign agents law”." + _ARREST,
    ],
)
def test_names_given_by_a_clause_stay_labels(nlp: Language, text: str) -> None:
    assert quote_pairs(nlp, text) == []
