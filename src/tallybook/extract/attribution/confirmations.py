"""Sentences that confirm an incident told before them, without telling it again.

"A police spokesman confirmed the two deaths", "Reuters and AFP both reported the boy's death",
"The executions were announced by the official news agency", "Amnesty International said it had
confirmed his death": a reporting verb whose object is a back-reference to an event ("the
death", "his execution", "the amputations") names a source that confirms the latest incident of a
fitting type (and victim count) in the sentences before. Verifying evidence of an event
("footage of the shooting, verified by X") or the accounts just given ("its investigators had
corroborated their accounts", also in a clause after a semicolon of the sentence that told the
incident) confirms it too. A source that already asserts that incident, a rival figure ("the
government acknowledged six deaths" after "27 were killed"), published footage, a question and a
denial are not confirmations. The verbs come from `source_syntax` (one set for every module).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tallybook.extract.attribution.confirming_sources import source_names, speaker_of
from tallybook.extract.attribution.source_syntax import ADMIT_WORDS, CONFIRM_WORDS, agent_of
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.entities.person_lookup import resolve_person
from tallybook.extract.text.boilerplate import sentence_starts, token_starts, token_texts
from tallybook.extract.text.parse_tree import positions_in
from tallybook.model import ExtractedClaim, ExtractedIncident, Stance
from tallybook.model import Span as TextSpan
from tallybook.model.vocab import FATAL_TYPES

__all__ = [
    "ANY_TYPE",
    "EVENT_TYPES",
    "Confirmation",
    "Part",
    "add_confirmations",
    "find_confirmations",
    "free_parts",
]

# Event nouns a confirmation points back with, and the incident types each can stand for.
EVENT_TYPES: dict[str, frozenset[str]] = {
    **dict.fromkeys(["death", "deaths"], FATAL_TYPES),
    **dict.fromkeys(["killing", "killings", "shooting"], frozenset(["killing"])),
    **dict.fromkeys(["execution", "executions", "hanging", "hangings"], frozenset(["execution"])),
    **dict.fromkeys(["arrest", "arrests", "detention", "detentions"], frozenset(["arrest"])),
    **dict.fromkeys(
        ["disappearance", "disappearances", "abduction", "abductions"], frozenset(["enforced_disappearance"])
    ),
    **dict.fromkeys(
        ["amputation", "amputations", "flogging", "floggings", "lashing", "lashings", "caning", "canings"],
        frozenset(["corporal_punishment"]),
    ),
    **dict.fromkeys(["sentence", "sentences", "verdict", "verdicts"], frozenset(["death_sentence"])),
}
# Verbs that confirm whatever their object is; verbs that only report confirm a back-reference.
_CONFIRM_VERBS = CONFIRM_WORDS | ADMIT_WORDS
_REPORT_VERBS = wordset("report reports reported announce announces announced publish published")
_VERBS = _CONFIRM_VERBS | _REPORT_VERBS  # `_confirmation` starts from one of these
_BACK_DETERMINERS = wordset("the this these his her their its both")
_NUMBERS = {
    w: n
    for n, w in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    )
}
_SINGULAR_HOLDERS = wordset("boy girl man woman child teenager student activist prisoner")
# What shows an event happen ("footage of the shooting"), and what tells of it ("their accounts").
_EVIDENCE = wordset("footage video videos images photographs photos pictures recording recordings")
_ACCOUNTS = wordset("account accounts testimony testimonies reports claims allegations")
ANY_TYPE = frozenset(
    ["killing", "death_in_custody", "execution", "arrest", "torture", "enforced_disappearance", "other"]
)
# How far back the confirmed incident may lie (characters before the confirming sentence).
_REACH = 1200


@dataclass
class Confirmation:
    """A sentence that confirms (or denies) an incident told before it: who, and what it points
    back to (types, victim count)."""

    sent: Span
    sources: list[str]
    types: frozenset[str]
    count: int | None  # "the two deaths" -> 2; None when the noun gives no number
    singular: bool
    stance: str = Stance.CONFIRMS
    generic: bool = False  # "denies that detainees are tortured": only an aggregate, not one case
    at: int = -1  # where the confirming clause starts, when not at the sentence start

    @property
    def start(self) -> int:
        return self.at if self.at >= 0 else self.sent.start_char


@dataclass
class Part:
    """A stretch of a sentence that may confirm or deny an incident told before it: a whole
    sentence with no incident of its own, or a clause after a semicolon that tells none."""

    doc: Doc
    start: int  # the sentence's token range
    end: int
    lo: int  # token range within the sentence
    hi: int

    @property
    def sent(self) -> Span:
        """The sentence, made only for the parts a rule reads: most parts hold no verb it wants."""
        return self.doc[self.start : self.end]

    @property
    def start_char(self) -> int:
        return token_starts(self.doc)[self.lo]


def _sentence_ranges(doc: Doc) -> list[tuple[int, int]]:
    """[start, end) of each sentence, as `doc.sents` gives them, without making their Spans."""
    starts = sentence_starts(doc)
    if starts is None:
        return [(sent.start, sent.end) for sent in doc.sents]
    return list(zip(starts, [*starts[1:], len(doc)], strict=True))


def free_parts(doc: Doc, skip: set[int] | frozenset[int], told: list[tuple[int, int]]) -> list[Part]:
    """Sentences (token starts not in `skip`) and, in the sentences of `skip`, the semicolon
    clauses in which no incident's evidence (`told`: character spans) starts: "Witnesses said he was
    shot; the commission said its investigators had corroborated their accounts". A sentence that
    only points back at an incident ("The executions were announced by X") tells none."""
    out: list[Part] = []
    texts, idx = token_texts(doc), token_starts(doc)
    for start, end in _sentence_ranges(doc):
        if start not in skip:
            out.append(Part(doc, start, end, start, end))
            continue
        cuts = [i for i in range(start, end) if texts[i] == ";"]
        for lo, hi in zip([start, *(c + 1 for c in cuts)], [*cuts, end], strict=True):
            if hi <= lo:
                continue
            a, b = idx[lo], idx[hi - 1] + len(texts[hi - 1])
            if not any(a <= s < b for s, _ in told):  # evidence starts where its incident is told
                out.append(Part(doc, start, end, lo, hi))
    return out


def find_confirmations(doc: Doc, parts: list[Part]) -> list[Confirmation]:
    """Every part of `doc` that confirms an event told before, in reading order."""
    if not doc.has_annotation("DEP"):
        return []
    out: list[Confirmation] = []
    for part in parts:
        verbs = positions_in(doc, "confirm_verbs", _VERBS, part.lo, part.hi)
        found = next((f for i in verbs if (f := _confirmation(doc[i], part)) is not None), None)
        if found is not None:
            out.append(found)
    return out


def add_confirmations(doc: Doc, incidents: list[ExtractedIncident], found: list[Confirmation]) -> None:
    """Record each sentence's sources as `confirms` (`disputes`) claims on the incident it points
    back to."""
    for conf in found:
        target = confirmed_incident(conf, incidents)
        if target is None:
            continue
        have = {c.claimant for c in target.claims}
        for name in conf.sources:
            if name not in have:
                span = TextSpan(conf.sent.start_char, conf.sent.end_char)
                target.claims.append(ExtractedClaim(name, conf.stance, span=span))


def confirmed_incident(conf: Confirmation, incidents: list[ExtractedIncident]) -> ExtractedIncident | None:
    """The latest incident before the sentence whose type fits the noun and whose victim count
    fits its number ("the two deaths": two; "the boy's death": one victim)."""
    start = conf.start
    before = [
        i
        for i in incidents
        if i.type in conf.types
        and start - _REACH <= i.span.start < start
        # (a clause after a semicolon confirms what its own sentence told first)
        and (i.span.end <= start or conf.at >= 0)
    ]
    if conf.count is not None:
        before = [i for i in before if _victims(i) == conf.count]
    elif conf.generic:
        before = [i for i in before if _victims(i) != 1]
    elif conf.singular:
        before = [i for i in before if _victims(i) in {1, None}]
    return before[-1] if before else None


def _victims(inc: ExtractedIncident) -> int | None:
    if inc.figure.count is not None:
        return inc.figure.count
    return len(inc.victim_names) or None


def _confirmation(verb: Token, part: Part) -> Confirmation | None:
    low = verb.lower_
    if low not in _CONFIRM_VERBS and low not in _REPORT_VERBS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not report the punishment"
    if part.sent.text.rstrip().endswith("?"):
        return None  # "Can you confirm reports that ...?": a question confirms nothing
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    passive = obj is not None and obj.dep_ == "nsubjpass"
    if verb.dep_ == "acl" and verb.head.lower_ in _EVIDENCE:
        obj, passive = verb.head, True  # "Footage of the shooting, verified by X, shows ..."
    if obj is not None and obj.lower_ in _EVIDENCE:
        if low not in CONFIRM_WORDS:
            return None  # "footage of the flogging was published by X": shown, not vouched for
        obj = _shown_event(obj)  # "X verified video of the beating": the beating
    if obj is None:
        return _told_again(verb, part)
    if obj.lower_ in _ACCOUNTS and low in CONFIRM_WORDS and _back_reference(obj):
        # "its investigators had corroborated their accounts": whatever was just told
        types, count = ANY_TYPE, None
    elif obj.lower_ in EVENT_TYPES:
        types, count = EVENT_TYPES[obj.lower_], _number(obj)
        if not _back_reference(obj) and (low not in _CONFIRM_VERBS or count is not None):
            return None  # "X reported three deaths", "acknowledged six deaths": a figure of its own
    else:
        return None
    source = agent_of(verb) if passive else speaker_of(verb)
    if source is None:
        return None
    sources = source_names(source)
    if not sources:
        return None
    # "the death" is one victim's; "the shooting" may have many
    singular = (obj.tag_ == "NN" and obj.lower_ != "shooting") or any(
        c.dep_ == "poss" and c.lower_ in _SINGULAR_HOLDERS for c in obj.children
    )
    at = part.start_char if part.lo > part.start else -1
    return Confirmation(part.sent, sources, types, count, singular and count is None, at=at)


# Verbs of a content clause that tell an event again, and the incident types each stands for.
_EVENT_VERBS: dict[str, frozenset[str]] = {
    **dict.fromkeys(["died", "dead"], FATAL_TYPES),
    **dict.fromkeys(["executed", "hanged"], frozenset(["execution"])),
    **dict.fromkeys(["arrested", "detained"], frozenset(["arrest"])),
    **dict.fromkeys(["killed", "shot"], frozenset(["killing"])),
}
_BACK_SUBJECTS = wordset("he she they")
_ALL = wordset("all both")


def _told_again(verb: Token, part: Part) -> Confirmation | None:
    """ "The ministry announced that he had died of a cardiac arrest", "Police confirmed that
    they had been detained": a source that tells in its own clause what happened to people told
    of before (a pronoun subject) confirms that incident, whatever cause it gives."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or clause.lower_ not in _EVENT_VERBS or any(c.dep_ == "neg" for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return None
    count: int | None = None
    if subj.lower_ not in _BACK_SUBJECTS:
        # a verb of confirming also vouches for a named person's death ("confirmed that X died in
        # a police operation") or a group counted before ("confirmed that all three had been shot")
        if verb.lower_ not in CONFIRM_WORDS:
            return None
        count = _counted_back(subj)
        if count is None and not _named_person(subj):
            return None
    source = speaker_of(verb)
    if source is None and verb.dep_ == "relcl" and verb.lower_ in CONFIRM_WORDS:
        source = verb.head  # "the prosecutor's office, which confirmed that ...": the office
    sources = source_names(source) if source is not None else []
    if not sources:
        return None
    at = part.start_char if part.lo > part.start else -1
    singular = subj.lower_ != "they" and count is None
    return Confirmation(part.sent, sources, _EVENT_VERBS[clause.lower_], count, singular, at=at)


def _named_person(tok: Token) -> bool:
    """ "Obi", "Marek Obi": a name the model tags as a person's, or one of the text's people."""
    if tok.ent_type_ == "PERSON":
        return True
    return tok.pos_ == "PROPN" and resolve_person(tok.doc, tok.text) is not None


def _counted_back(subj: Token) -> int | None:
    """ "all three", "both": the number of a group told before (None for any other subject)."""
    if subj.lower_ == "both":
        return 2
    if subj.lower_ in _ALL and subj.i + 1 < len(subj.doc):
        return _NUMBERS.get(subj.nbor(1).lower_)
    if subj.lower_ in _NUMBERS and any(c.lower_ in _ALL for c in subj.children):
        return _NUMBERS[subj.lower_]
    return None


def _shown_event(evidence: Token) -> Token | None:
    """The event a piece of evidence shows: "footage of the shooting" -> shooting."""
    for prep in evidence.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ in EVENT_TYPES), None)
    return None


def _back_reference(obj: Token) -> bool:
    """ "the death", "his execution", "the boy's death", "both deaths": an event told before."""
    return any(
        (c.dep_ in {"det", "poss", "predet"} and c.lower_ in _BACK_DETERMINERS)
        or (c.dep_ == "poss" and c.pos_ == "NOUN")
        for c in obj.children
    )


def _number(obj: Token) -> int | None:
    num = next((c for c in obj.children if c.dep_ == "nummod"), None)
    if num is None:
        return None
    if num.lower_ in _NUMBERS:
        return _NUMBERS[num.lower_]
    return int(num.text) if num.text.isdigit() else None
