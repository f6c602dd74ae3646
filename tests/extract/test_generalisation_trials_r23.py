"""Round 23, court and trial reports: a court's referral of defendants' papers to the mufti (the
step before a death sentence in Egypt) is a trial on capital charges ("other", CONVENTIONS), and
the death sentence or execution the same sentence names after it is still to come. Guards: a case
referred to another court or people referred to a doctor tell nothing; a death sentence told in
the next sentence stays. Torture a defendant or witness tells in court ("At the session of 14 January
2021, X told the judge that he had been given electric shocks") happened in custody before the
trial: the hearing's date, or its year, is not the torture's, unless the arrest told before is of
the hearing's year. Guards: a telling to reporters, an outlet's report and a court's own act keep
their dates."""

from __future__ import annotations

import pytest
from extraction_helpers import extracted_types, first_incident
from spacy.language import Language

_REFERRALS = [
    (
        "On 5 July, the Damanhour Criminal Court referred the papers of 12 defendants to the Grand "
        "Mufti, the first step towards a death sentence.",
        12,
    ),
    (
        "A Minya court on Saturday referred the case of 20 men to the mufti for his opinion "
        "on their execution.",
        20,
    ),
    ("The court referred the files of seven defendants to the Mufti of the Republic on 3 March.", 7),
    (
        "In March the Cairo Criminal Court referred the papers of approximately 35 defendants to the "
        "Grand Mufti, the step that precedes a death sentence.",
        35,
    ),
    (
        "Judges in Alexandria referred the dossiers of nine accused protesters to Egypt's Grand Mufti "
        "last week, a move that usually precedes execution.",
        9,
    ),
]


@pytest.mark.parametrize(("text", "count"), _REFERRALS)
def test_probe_mufti_referral_is_other(nlp: Language, text: str, count: int) -> None:
    kinds = extracted_types(nlp, text)
    assert "death_sentence" not in kinds and "execution" not in kinds
    assert first_incident(nlp, text, "other").figure.count == count


@pytest.mark.parametrize(
    "text",
    [
        "The court referred the case to the Court of Cassation on 3 March.",
        "The judge referred two of the defendants to a psychiatrist for assessment.",
        "The Grand Mufti referred to the verdict in his Friday sermon.",
    ],
)
def test_probe_other_referrals_tell_nothing(nlp: Language, text: str) -> None:
    assert extracted_types(nlp, text) == []


def test_probe_sentence_after_referral_stays(nlp: Language) -> None:
    text = (
        "The court referred the papers of 35 defendants to the Grand Mufti in March. "
        "On 2 June it sentenced 14 of them to death."
    )
    assert "death_sentence" in extracted_types(nlp, text)


_COURT_TESTIMONY = [
    "At the session of 14 January 2021, defendant Mahmoud Ragab told the presiding judge that he "
    "had been suspended by his arms and given electric shocks.",
    "At the hearing on 3 March 2022, Karim Nasser told the court that police had beaten him "
    "during interrogation.",
    "During the sitting of 12 May 2023, Omar Aziz told the judges that guards had tortured him "
    "at the police station.",
    "At his trial in September 2019, Lina Haddad said that interrogators had given her electric shocks.",
    "At a session on Tuesday, the defendant told the court that he had been beaten with cables.",
]


@pytest.mark.parametrize("text", _COURT_TESTIMONY)
def test_probe_torture_told_in_court_takes_no_hearing_date(nlp: Language, text: str) -> None:
    assert first_incident(nlp, text, "torture").date is None


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        ("In October 2023 RFA reported that Tran Van Minh had been beaten in custody.", "torture", "2023"),
        (
            "On 3 March 2022 police beat Karim Nasser during interrogation, his lawyer said.",
            "torture",
            "2022-03-03",
        ),
        (
            "In a session on 5 June 2023 the court sentenced Ali Reza to death.",
            "death_sentence",
            "2023-06-05",
        ),
    ],
)
def test_probe_other_tellings_keep_dates(nlp: Language, text: str, kind: str, date: str) -> None:
    found = first_incident(nlp, text, kind).date
    assert found is not None and found.value == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The two men were arrested in March 2022 in Banda Aceh. Their lawyer told the court in "
            "August 2022 that the younger defendant was slapped and kicked by officers during questioning.",
            "2022",
        ),
        (
            "The 33 defendants were arrested in 2019. At the session of 14 January 2021, defendant "
            "Mahmoud Ragab told the presiding judge that he had been given electric shocks.",
            None,
        ),
    ],
)
def test_probe_court_testimony_year_follows_arrest(nlp: Language, text: str, date: str | None) -> None:
    found = first_incident(nlp, text, "torture").date
    assert (found.value if found is not None else None) == date
