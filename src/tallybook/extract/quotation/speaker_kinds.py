"""Which words of a phrase at a cue name someone who can speak, beyond the core speaker nouns of
`speakers`: a noun for a kind of person ("a former guard told the paper", "one man, who asked
not to be named, told us", "a farmhand said"), and a lone proper name the model left untagged
("“...,” Hamza, 23, said", "“...,” Hamza, a farmer from X, told us", "“...,” Hengaw said in a
statement")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tallybook.extract.entities.kin_words import NEAR_KIN, kin_pattern
from tallybook.extract.entities.lexicon import ROLE_NOUNS, word_set
from tallybook.extract.entities.person_jobs import JOB_TITLES
from tallybook.extract.quotation.quote_cues import token_at
from tallybook.extract.text.parse_tree import has_parse
from tallybook.model import Span

# People told by what they are: guards and soldiers, people held, people of a place or a trade,
# kin beyond the core ones. Single words: a phrase's head noun is matched, singular or plural.
_PERSON_NOUNS = word_set(
    "man woman boy girl youth teenager guard soldier officer policeman policewoman constable warden "
    "jailer interrogator agent sergeant captain inmate convict refugee migrant monk nun pilgrim "
    "engineer mechanic paramedic surgeon pharmacist physician dentist midwife farmhand labourer "
    "peasant craftsman tailor baker butcher carpenter builder plumber electrician cook waiter "
    "pupil scholar academic historian lecturer professor researcher scientist writer novelist poet "
    "blogger artist musician singer rapper filmmaker actor actress athlete footballer wrestler "
    "widow widower grandmother grandfather grandson granddaughter nephew niece fiancée fiancé "
    "stepfather stepmother sibling schoolteacher headmaster principal lawmaker legislator senator "
    "politician candidate voter volunteer passenger customer patient victim defendant detainee "
    "eyewitness onlooker housewife villager townsman veteran conscript recruit guerrilla rebel "
    "fighter militiaman policemen militiamen"
)
PERSON_SPEAKER_NOUNS: frozenset[str] = (
    _PERSON_NOUNS
    | JOB_TITLES
    | frozenset(r for r in ROLE_NOUNS if r.isalpha() and r.islower())  # no "Mr\.?", "named"
)

_INDEFINITE_RE = re.compile(r"^(?:an?|one|another)\s", re.IGNORECASE)


def nouns_for(phrase: str, nouns: frozenset[str]) -> frozenset[str]:
    """The head nouns that make `phrase` a speaker, beside the core `nouns`: for an indefinite one
    ("a guard at the prison") any kind of person too; a definite one ("the researcher") points
    back to someone the text named, which the core nouns resolve."""
    return nouns | PERSON_SPEAKER_NOUNS if _INDEFINITE_RE.match(phrase) else nouns


# "Hamza, 23" / "Hengaw": one capitalised word, with at most an age set off after it; or set
# beside a possessed or determined noun that says who the person is: "His mother, Parvin", "his
# wife Ahlem"
# Kin whose name may follow with no commas: "his wife Ahlem"
_NAMED_KIN = kin_pattern(NEAR_KIN | word_set("widow uncle aunt"))
_LONE_NAME_RE = re.compile(
    r"^(?:(?:his|her|their|the|a|an|one)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3},\s*"
    rf"|(?:his|her|their)\s+{_NAMED_KIN}\s+)?"
    r"(?P<name>[A-Z][a-z’'-]{2,})(?:\s*,\s*\d{1,3})?"
    # "Abdullah, a 30-year-old from X": an indefinite apposition saying who the person is
    r"(?:\s*,\s*(?:an?|one)\s+[^,;:“”\"()]{1,60})?$",
    re.IGNORECASE,
)


def lone_name(doc: Doc, phrase: str, offset: int, nouns: frozenset[str]) -> tuple[str | None, Span | None]:
    """The name a cue phrase gives when it is one capitalised word the parser reads as a proper
    noun (with at most an age after it), not a kind of speaker ("Officials", "Police"); else
    (None, None). The phrase starts at `offset` in the doc's text."""
    m = _LONE_NAME_RE.match(phrase.strip(" ,"))
    if m is None or not has_parse(doc) or not m.group("name")[0].isupper():
        return None, None
    word = m.group("name")
    low = word.lower()
    if low in nouns or low.rstrip("s") in nouns or low in PERSON_SPEAKER_NOUNS:
        return None, None
    at = offset + m.start("name") + (len(phrase) - len(phrase.lstrip(" ,")))
    tok = token_at(doc, at)
    if tok is None or tok.pos_ != "PROPN" or tok.idx != at or len(tok.text) != len(word):
        return None, None
    return word, Span(at, at + len(word))


_BESIDE_KIN_RE = re.compile(r"\b(?:his|her|their|the)\s+(?P<kin>[a-z]+),\s*$", re.IGNORECASE)


def kin_name_fits(
    text: str, span: Span | None, pronoun: str, female: frozenset[str], male: frozenset[str]
) -> bool:
    """True when the speaker at `span` is a name set right after a kinship word of the pronoun's
    sex ("His mother, Parvin, said ... “...,” she said"): the word says whom "he"/"she" fits."""
    if span is None or pronoun not in ("he", "she"):
        return False
    m = _BESIDE_KIN_RE.search(text, max(0, span.start - 30), span.start)
    if m is None:
        return False
    return m.group("kin").lower() in (female if pronoun == "she" else male)
