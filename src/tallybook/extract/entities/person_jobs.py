"""Which words before a name are an occupation, an office or a rank, never part of the name:
"Researcher X Y", "town clerk X Y", "councilwoman X Y", "SHO X Y", "Police Officer 1 X Y",
"the group's co-chair X Y"."""

from __future__ import annotations

import re

from tallybook.extract.entities.lexicon import word_set

# Occupations and offices a writer sets before a name, beside the lexicon's role nouns
JOB_TITLES = word_set(
    "researcher clerk councillor councilor councilwoman councilman councilmember alderman mayor "
    "constable inspector sergeant superintendent magistrate coroner advocate barrister solicitor "
    "attorney reporter correspondent editor photographer analyst economist professor lecturer "
    "headmaster headteacher principal pastor priest bishop imam chairwoman chairman chairperson chair "
    "campaigner organiser organizer coordinator "
    # a judge's title in Egyptian and Gulf usage ("Counsellor X"); a police rank, also plural
    # before a list of names ("Patrolmen A and B")
    "counsellor counselor patrolman patrolmen patrolwoman"
)
# The initials of South Asian police and administrative ranks ("SHO", "SSP", "DSP", "DIG")
RANK_ACRONYM_RE = re.compile(r"(?:SHO|SSP|SP|DSP|ASP|DIG|IGP|AIG|SDPO|DPO|CCPO|DC|ASI|SI)")
# the occupation, the rank's initials or a numbered grade ("Officer 1") right before the name
_JOBS_ALT = "|".join(sorted(JOB_TITLES))
_JOB_BEFORE_RE = re.compile(
    rf"(?:\b(?i:{_JOBS_ALT})|(?<![\w.]){RANK_ACRONYM_RE.pattern}|\b(?i:officer)[ \t]+[1-3])[ \t]+$"
)


def leading_job(word: str) -> bool:
    """True for a name's first word that is an occupation ("Researcher") or a rank's initials."""
    return word.lower() in JOB_TITLES or RANK_ACRONYM_RE.fullmatch(word) is not None


def job_before(before: str) -> bool:
    """True if `before` (the text before a name) ends in an occupation, a rank's initials or a
    numbered grade; searched only if it ends in white space after a letter or digit."""
    tail = before.rstrip(" \t")
    return len(tail) < len(before) and tail[-1:].isalnum() and _JOB_BEFORE_RE.search(before) is not None
