"""Sentences with no incident of their own that confirm or deny one told before them.

"A police spokesman confirmed the two deaths" (see `confirmations`); "Tufa denied this", "The
army denied targeting civilians", "The ministry rejected claims of mistreatment", "The government
has repeatedly denied that security forces carry out disappearances": a denial whose object
points back to an event ("this", "the allegations", "the deaths") or says what did not happen
(a clause about torture, custody, shooting) disputes the latest incident of a fitting type. A
general denial in the present tense disputes an aggregate, never a single case.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tallybook.extract.attribution.confirmations import (
    ANY_TYPE,
    EVENT_TYPES,
    Confirmation,
    add_confirmations,
    find_confirmations,
    free_parts,
)
from tallybook.extract.attribution.confirming_sources import source_names, speaker_of
from tallybook.extract.attribution.source_names import RELATION_NOUNS
from tallybook.extract.attribution.source_syntax import DENY_WORDS
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.parse_tree import positions_in
from tallybook.model import ExtractedIncident, Stance

__all__ = ["add_stance_claims", "denial"]

# Objects that point back at what a source said happened.
_BACK_OBJECTS = wordset(
    "this it these allegation allegations claim claims report reports accusation accusations"
)
_CUSTODY = frozenset(["enforced_disappearance"])
# Word stems in a denied clause and the incident types the clause is about.
_CONTENT_TYPES: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("tortur", "mistreat", "ill-treat", "abus", "beat"), frozenset(["torture"])),
    (("disappear", "abduct"), frozenset(["enforced_disappearance"])),
    # "denied that anyone had died", "denied that he died in custody": a death, by shot or in a
    # cell (before the custody words, which would make it a denied detention)
    (("died", "dies", "death", "dead"), frozenset(["killing", "death_in_custody"])),
    # "denied holding him": the state denies custody, as in a disappearance (an arrest it owns to)
    (("hold", "held", "custody", "detain", "arrest"), _CUSTODY),
    (
        ("civilian", "target", "ammunition", "fire", "shoot", "shot", "kill", "massacre"),
        frozenset(["killing"]),
    ),
    (("execut", "hang"), frozenset(["execution"])),
)
_ANYONE = wordset("anyone anybody nobody everyone")
_HABITUAL = wordset("repeatedly consistently routinely always regularly")
# "denied involvement in the shooting": a denial of who did it, not of what happened
_RESPONSIBILITY = wordset("involvement responsibility role part participation")


def add_stance_claims(doc: Doc, incidents: list[ExtractedIncident], skip: set[int]) -> None:
    """Add the sources of confirming and denying sentences to the incidents they point back to.
    `skip`: start token indices of the sentences that hold incident mentions of their own."""
    told = [
        (int(a), int(b)) for i in incidents for a, b in i.attrs.get("mentions", [[i.span.start, i.span.end]])
    ]
    parts = free_parts(doc, skip, told)
    found = find_confirmations(doc, parts)
    if doc.has_annotation("DEP"):
        for part in parts:
            verbs = positions_in(doc, "deny_words", DENY_WORDS, part.lo, part.hi)
            hit = next((d for i in verbs if (d := denial(doc[i], part.sent)) is not None), None)
            if hit is not None:
                if part.lo > part.start:
                    hit.at = part.start_char
                found.append(hit)
    found.sort(key=lambda c: c.start)
    add_confirmations(doc, incidents, found)


def denial(verb: Token, sent: Span) -> Confirmation | None:
    """The denial `verb` makes of an event told before, if it is one."""
    if verb.lower_ not in DENY_WORDS or any(c.dep_ == "neg" for c in verb.children):
        return None
    content = next((c for c in verb.children if c.dep_ in {"dobj", "ccomp", "xcomp", "pcomp"}), None)
    if content is None:
        return None
    types = _denied_types(content)
    if types is None:
        return None
    subj = speaker_of(verb)
    sources = source_names(subj) if subj is not None else []
    if not sources or any(s.split()[-1].lower() in RELATION_NOUNS for s in sources):
        return None  # "his family rejected that account": the official version, not the event
    generic = _generic(verb, content)
    if generic and types == _CUSTODY:
        types = _CUSTODY | {"arrest"}  # "denied that anyone was held": the detentions counted
    return Confirmation(sent, sources, types, None, False, Stance.DISPUTES, generic)


def _generic(verb: Token, content: Token) -> bool:
    """ "denies that detainees are tortured", "has repeatedly denied that ...", "denied that
    enforced disappearances occurred": a denial of a practice, which only an aggregate answers."""
    if verb.tag_ in {"VBZ", "VBP"} or any(c.lower_ in _HABITUAL for c in verb.children):
        return True
    subj = next((c for c in content.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.lower_ in _ANYONE:
        return True
    return (
        subj is not None
        and subj.tag_ == "NNS"
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in subj.children)
    )


def _denied_types(content: Token) -> frozenset[str] | None:
    """Which incident types a denied object or clause is about; None when it is about none."""
    low = content.lower_
    if content.dep_ == "dobj" and low in EVENT_TYPES:
        return EVENT_TYPES[low]
    if low in _RESPONSIBILITY or _property_of_event(content):
        return None
    words = [t.lower_ for t in content.subtree]
    for stems, types in _CONTENT_TYPES:
        if any(w.startswith(stems) for w in words):
            return types
    if content.dep_ == "dobj" and low in _BACK_OBJECTS:
        return ANY_TYPE  # "Tufa denied this": whatever the sentence before reported
    return None


def _property_of_event(clause: Token) -> bool:
    """ "denied that the arrests were politically motivated": the clause's subject is the event
    itself, told before, and what is denied is something about it."""
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (
        subj is not None
        and subj.lower_ in EVENT_TYPES
        and any(c.dep_ in {"det", "poss"} and c.lower_ != "any" for c in subj.children)
    )
