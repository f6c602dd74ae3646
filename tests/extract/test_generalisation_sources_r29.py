"""Round 29, who claims an incident and who speaks a quote, above all in UN texts:

1. "she stressed" after a sentence whose subject is two conjoined names ("A and B were arrested")
   stands for the speaker so far: a plural subject is no "she". Guard: one new subject still takes it.
2. A quotation after "X, for the Y Office, read the following statement:" is X's: the colon hangs
   on the noun it ends, and the verb above it tells who read. Guard: a body that released it.
3. "the UN chief said" is the one person the text describes as leading (the Secretary-General),
   not the United Nations. Guards: no such person named, or two leaders named.
4. "X's autopsy report revealed that ..." is claimed by the report as written, not by X (a record
   about X). Guards: "X's report", a body's medical report, "X's lawyer".
5. "According to X, A should happen, but the court upheld B": the clause set against the sourced
   one by "but", with a subject of its own, is the writer's. Guards: "and" with no new subject,
   a source that closes the sentence.
6. "The Council condemned the killings ..., as well as the arrest of ..., Mr. X said": the parser
   joins the second object to the verb; it is the Council's content too. Guard: a verb conjunct.
7. "Council members voiced concern" speak for the Council the text named before. Guard: "Family
   members", and members of a council the text never names.
8. "X voiced concern ..., according to a press statement": the statement is X's medium, no second
   source. Guard: a statement with no teller beside it is the source.
"""

from __future__ import annotations

import pytest
from extraction_helpers import claims_of, quote_speakers
from spacy.language import Language

_LEDGER = "Valley Ledger"


# -- 1. a conjoined subject is no "she" --------------------------------------------------------


@pytest.mark.parametrize(
    "middle",
    [
        "Karim Haddad and Yusuf Demir were arrested in March 2019 during strikes. Both men were "
        "hanged last week.",
        "Karim Haddad, Yusuf Demir and a third man whose name was withheld, were affiliated with banned "
        "parties. All three were hanged last week.",
    ],
)
def test_probe_conjoined_subject_is_no_she(nlp: Language, middle: str) -> None:
    text = (
        "“We have asked the government many times to stop the hangings,” Moreau said.\n\n"
        f"Ms. Moreau voiced concern over the cases. {middle}\n\n"
        "“Protest is not a crime,” she stressed."
    )
    assert quote_speakers(nlp, text)[-1] == "Moreau"


def test_probe_single_new_subject_still_takes_the_pronoun(nlp: Language) -> None:
    text = (
        "“We have asked the government many times to stop the hangings,” Moreau said.\n\n"
        "Her colleague, Ana Ruiz, described the cells in the northern prison.\n\n"
        "“The cells had no windows and no water at all,” she said."
    )
    assert quote_speakers(nlp, text)[-1] == "Ana Ruiz"


# -- 2. "X read the following statement:" --------------------------------------------------------

_STATEMENT = "\n\n“The arrests of 40 students in the capital on Monday are unlawful and must be reversed.”"


def test_probe_reader_of_statement_speaks(nlp: Language) -> None:
    text = (
        "Briefing notes\n\nHans Berger, for the Office of the High Commissioner for Human Rights (OHCHR), "
        "read the following statement:" + _STATEMENT
    )
    assert quote_speakers(nlp, text) == ["Hans Berger"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Amnesty International on Friday released the following:", "Amnesty International"),
        ("Maria Lopez, a lawyer for the family, told us:", "Maria Lopez"),
    ],
)
def test_probe_colon_cues_stay(nlp: Language, opening: str, speaker: str) -> None:
    assert quote_speakers(nlp, opening + _STATEMENT) == [speaker]


# -- 3. "the UN chief" -------------------------------------------------------------------------

_CHIEF = (
    "The UN human rights office said on Monday that protesters must be protected. Later, the UN chief "
    'said he was growing "deeply alarmed" by reports that the toll was rising, '
    '"including among young students."'
)


def test_probe_un_chief_is_the_secretary_general(nlp: Language) -> None:
    text = _CHIEF + "\nIn a statement, UN Secretary-General Anna Berg called for restraint."
    assert quote_speakers(nlp, text) == ["Anna Berg"]


@pytest.mark.parametrize(
    "after",
    [
        "",
        "\nUN Secretary-General Anna Berg and UN High Commissioner for Human Rights Tomas Rein "
        "called for restraint.",
    ],
)
def test_probe_un_chief_stays_without_one_leader(nlp: Language, after: str) -> None:
    assert quote_speakers(nlp, _CHIEF + after) == ["United Nations"]


# -- 4. a record about a person ----------------------------------------------------------------

_DIED = "Lena Marsh was a journalist who died in custody in 2004. "


def test_probe_autopsy_report_is_no_word_of_the_dead(nlp: Language) -> None:
    text = _DIED + "Marsh's autopsy report revealed that she had been tortured by guards at Vakil prison."
    assert claims_of(nlp, text, "torture", publisher=_LEDGER) == [["Marsh's autopsy report"]]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Lena Marsh is a researcher who visited Vakil prison in 2004. Marsh's report said that "
            "detainees had been tortured by guards at Vakil prison.",
            "Lena Marsh",
        ),
        (
            "Amnesty International's medical report said that detainees had been tortured by guards "
            "at Vakil prison.",
            "Amnesty International",
        ),
        (
            _DIED + "Marsh's lawyer said that she had been tortured by guards at Vakil prison.",
            "Marsh's lawyer",
        ),
    ],
)
def test_probe_own_reports_stay(nlp: Language, text: str, source: str) -> None:
    assert claims_of(nlp, text, "torture", publisher=_LEDGER) == [[source]]


# -- 5. "According to X, ..., but ..." -----------------------------------------------------------


def test_probe_but_clause_is_the_writers(nlp: Language) -> None:
    text = (
        "According to Karimi's lawyer, Hamid Tavana, sentences handed to minors are supposed to be "
        "reduced, but the Supreme Court in Shiraz upheld the death sentence."
    )
    assert claims_of(nlp, text, "death_sentence", publisher=_LEDGER) == [["publisher"]]


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        (
            "According to witnesses, soldiers opened fire on the crowd and killed 12 people.",
            "killing",
            "Witnesses",
        ),
        (
            "Soldiers were told to hold fire, but they killed 12 people, according to witnesses.",
            "killing",
            "Witnesses",
        ),
        (
            "According to Karimi's lawyer, the Supreme Court in Shiraz upheld the death sentence last week.",
            "death_sentence",
            "Karimi's lawyer",
        ),
    ],
)
def test_probe_according_still_covers(nlp: Language, text: str, kind: str, source: str) -> None:
    assert claims_of(nlp, text, kind, publisher=_LEDGER) == [[source]]


# -- 6. a second object the parser joined to the verb --------------------------------------------


def test_probe_second_object_is_the_bodys(nlp: Language) -> None:
    text = (
        "The Council condemned the killings of at least 40 villagers in the north, as well as the "
        "arrest of opposition party leaders, Mr. Okafor said."
    )
    assert claims_of(nlp, text, "arrest", publisher=_LEDGER) == [["Council"]]


def test_probe_verb_conjunct_keeps_the_teller(nlp: Language) -> None:
    text = "Police arrested the editor at his home and took him to an unknown place, Mr. Okafor said."
    assert claims_of(nlp, text, "arrest", publisher=_LEDGER)[0] == ["Okafor"]


# -- 7. "Council members" ------------------------------------------------------------------------


def test_probe_council_members_speak_for_the_council(nlp: Language) -> None:
    text = (
        "The Security Council met on Monday. Council members voiced their deep concern at reports "
        "that soldiers killed at least 60 people in Lome."
    )
    assert claims_of(nlp, text, "killing", publisher=_LEDGER) == [["United Nations Security Council"]]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Security Council met on Monday. Family members said that soldiers killed at least "
            "60 people in Lome.",
            "Family members",
        ),
        (
            "Council members voiced their deep concern at reports that soldiers killed at least "
            "60 people in Lome.",
            "Council members",
        ),
    ],
)
def test_probe_other_members_stay(nlp: Language, text: str, source: str) -> None:
    assert claims_of(nlp, text, "killing", publisher=_LEDGER) == [[source]]


# -- 8. "according to a press statement" beside a teller ------------------------------------------


def test_probe_statement_is_the_tellers_medium(nlp: Language) -> None:
    text = (
        "The Security Council has added its voice to condemnation of the killings in Freedonia.\n\n"
        "Council members voiced their “utmost concern” at reports that soldiers killed at least 60 "
        "people when they opened fire at the rally, according to a press statement read out yesterday "
        "by Ambassador Lena Marsh of Sweden on behalf of the 15-member panel."
    )
    assert claims_of(nlp, text, "killing", publisher=_LEDGER) == [["United Nations Security Council"]]


def test_probe_statement_alone_is_the_source(nlp: Language) -> None:
    text = "Soldiers killed at least 60 people in Lome on Monday, according to a press statement."
    assert claims_of(nlp, text, "killing", publisher=_LEDGER) == [["A press statement"]]
