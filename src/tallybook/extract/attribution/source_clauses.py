"""Which clauses of a reporting sentence tell what was said, where the parser misattaches one
("told X that A, and that B" with B conjoined to "told" rather than to A), and whether a verb of
referring tells anything at all: an article's lead that defines its title by the event ("The X
disappearances refers to the enforced disappearance of ...") has no teller."""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_conditions import REFERRING_WORDS
from tallybook.extract.detection.trigger_patterns import wordset

# Nouns an article's title names its event by ("The X killings", "The disappearance of X").
_TITLE_NOUNS = wordset(
    "disappearance disappearances killing killings massacre massacres shooting shootings execution "
    "executions death deaths case affair incident raid raids attack attacks crackdown abduction "
    "abductions term"
)


def defines_title(verb: Token) -> bool:
    """ "The X disappearances refers to the enforced disappearance of seventeen young men", "The
    killing of X refers to the fatal shooting of ...": a lead that defines the event its title names
    is told by the article, no teller (not "the report refers to the executions", "his lawyer
    referred to the beatings")."""
    if verb.lower_ not in REFERRING_WORDS:
        return False
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is not None and subj.lower_ in _TITLE_NOUNS


def second_that_clause(child: Token) -> bool:
    """ "His wife told the group that he was held for months, and that he was sentenced to death":
    a "that"-clause the parser conjoined to the reporting verb, after the verb's own content
    clause, is a second thing said."""
    verb = child.head
    return (
        child.dep_ == "conj"
        and child.i > verb.i
        and child.left_edge.lower_ == "that"
        and any(c.dep_ == "mark" and c.i == child.left_edge.i for c in child.children)
        and any(c.dep_ == "ccomp" and c.i < child.i for c in verb.children)
    )
