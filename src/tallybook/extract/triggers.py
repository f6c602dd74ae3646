"""The incident trigger lexicon: the words that say a violation happened, and their type.

A trigger is verbal ("was executed", "killed") or nominal ("the execution of", "a massacre").
`find_triggers` matches the lexicon on lower-cased tokens (no lemmatizer needed), then
`is_reported_as_fact` drops triggers the text does not assert as real: negated ("without an
execution"), hypothetical or demanded ("must be stopped", "called for a halt to executions",
"scheduled to hang"), general ("the execution rate", "the number of death sentences") and
backgrounded ones ("before his arrest"). Rules use the dependency parse when there is one and
fall back to looking at nearby words when there is none (a blank pipeline in tests).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

VERBAL = "verbal"
NOMINAL = "nominal"


def _forms(*words: str) -> list[dict[str, object]]:
    return [{"LOWER": {"IN": list(words)}}]


# (incident type, kind, token pattern). Verb forms are listed rather than lemmatised so the
# lexicon works without the lemmatizer.
_PATTERNS: list[tuple[str, str, list[dict[str, object]]]] = [
    ("execution", VERBAL, _forms("executed", "execute", "executes", "executing")),
    ("execution", VERBAL, _forms("hanged", "hang", "hangs")),
    ("execution", VERBAL, [{"LOWER": {"IN": ["put", "puts", "putting"]}}, {"LOWER": "to"}, {"LOWER": "death"}]),
    ("execution", NOMINAL, _forms("execution", "executions", "hangings")),
    ("execution", NOMINAL, [{"LOWER": "capital"}, {"LOWER": "punishment"}]),
    ("death_sentence", VERBAL, [{"LOWER": {"IN": ["sentenced", "condemned", "sentencing", "sentences"]}},
                                {"LOWER": "to"}, {"LOWER": "death"}]),
    ("death_sentence", NOMINAL, [{"LOWER": "death"}, {"LOWER": {"IN": ["sentence", "sentences"]}}]),
    ("death_sentence", NOMINAL, [{"LOWER": "death"}, {"LOWER": "row"}]),
    ("killing", VERBAL, _forms("killed", "kill", "kills", "slaughtered", "massacred", "murdered")),
    ("killing", VERBAL, [{"LOWER": "shot"}, {"LOWER": "dead"}]),
    ("killing", NOMINAL, _forms("killing", "killings", "massacre", "massacres", "slaughter")),
    ("killing", NOMINAL, [{"LOWER": "deaths"}, {"LOWER": "of"}]),
    ("killing", NOMINAL, [{"LOWER": "death"}, {"LOWER": "toll"}]),
    ("killing", NOMINAL, [{"LOWER": "loss"}, {"LOWER": "of"}, {"LOWER": {"IN": ["life", "lives"]}}]),
    ("death_in_custody", VERBAL, [{"LOWER": {"IN": ["died", "dies", "die"]}}, {"LOWER": {"IN": ["in", "under"]}},
                                  {"LOWER": {"IN": ["custody", "detention", "prison", "jail", "torture"]}}]),
    ("death_in_custody", NOMINAL, [{"LOWER": {"IN": ["death", "deaths"]}}, {"LOWER": "in"},
                                   {"LOWER": {"IN": ["custody", "detention"]}}]),
    ("arrest", VERBAL, _forms("arrested", "arrest", "arrests", "detained", "detain", "jailed", "imprisoned",
                              "abducted")),
    ("arrest", VERBAL, [{"LOWER": "taken"}, {"LOWER": "into"}, {"LOWER": "custody"}]),
    ("arrest", NOMINAL, _forms("arrest", "arrests")),
    ("torture", VERBAL, _forms("tortured", "torture", "flogged", "beaten", "beat", "ill-treated")),
    ("torture", NOMINAL, _forms("torture", "ill-treatment", "beatings")),
    ("enforced_disappearance", VERBAL, [{"LOWER": "forcibly"}, {"LOWER": "disappeared"}]),
    ("enforced_disappearance", NOMINAL, [{"LOWER": {"IN": ["enforced", "forced"]}},
                                         {"LOWER": {"IN": ["disappearance", "disappearances"]}}]),
    ("corporal_punishment", VERBAL, _forms("lashed", "caned", "amputated")),
    ("corporal_punishment", NOMINAL, _forms("flogging", "floggings", "lashes", "lashings", "caning",
                                            "amputation", "amputations")),
    ("other", VERBAL, [{"LOWER": {"IN": ["confiscated", "seized", "withheld"]}}, {"LOWER": "the", "OP": "?"},
                       {"LOWER": "bodies"}]),
]
# Single-word nominal triggers ("arrest", "slaughter"), for conjunct handling.
NOMINAL_WORDS = frozenset(
    w for _, kind, pattern in _PATTERNS if kind == NOMINAL and len(pattern) == 1
    for w in pattern[0]["LOWER"]["IN"]  # type: ignore[index]
)
# "flogged"/"beaten" type as torture by default; flogging as a sentence is corporal punishment.
_RETYPE = {"flogged": "corporal_punishment"}

# Words whose presence above a trigger means it did not (yet) happen or is being demanded.
_UNREAL_GOVERNORS = frozenset(
    """call calls called calling urge urges urged urging halt stop stopped end ending ban abolish abolition
    moratorium prevent spare avert plan plans planned threaten threatens threatened threat threats schedule
    scheduled risk fear fears avoid commute commuted suspend suspended postpone postponed stay stayed
    hold demand demands oppose opposes opposed prohibit prohibits allow allows approve approved impose
    imposition resume resumption possible possibility known tend likely practice deal deals dealing envoy
    rapporteur rapporteurs committee convention mandate law laws treaty tantamount amount amounts constitute
    constitutes constituted delayed cancelled canceled halted averted blocked""".split()
)
_MODALS = frozenset("will would could might may should must shall can cannot 'll".split())
_NEGATORS = frozenset("not n't never no without nor".split())
# Heads that turn a trigger into a general statistic or a property, not an event.
_GENERAL_HEADS = frozenset("rate rates number numbers statistics figures practice level levels".split())
_BACKGROUND_CLAUSE = frozenset("after following since despite because as when".split())
_COMPARISON = frozenset("compared comparison comparable similar since like".split())
_BACKGROUND_PREPS = frozenset("before after following since until prior".split())
_EVALUATIVE = frozenset(
    "motivated linked related connected considered deemed described seen regarded perceived characterized".split()
)
_CRIME_GOVERNORS = frozenset(
    "convicted accused charged guilty suspected confessed committing commit crime murder for".split()
)


@dataclass
class Trigger:
    """One matched trigger: its type, kind and tokens."""

    type: str
    kind: str
    span: Span

    @property
    def root(self) -> Token:
        return self.span.root if self.kind == NOMINAL else self.span[0]


class TriggerMatcher:
    """Finds triggers in a doc with a spaCy Matcher built once per vocabulary."""

    def __init__(self, vocab: Vocab) -> None:
        self.matcher = Matcher(vocab)
        self.labels: dict[int, tuple[str, str]] = {}
        for n, (itype, kind, pattern) in enumerate(_PATTERNS):
            key = f"tb_trigger_{n}"
            self.matcher.add(key, [pattern])
            self.labels[vocab.strings[key]] = (itype, kind)

    def __call__(self, doc: Doc) -> list[Trigger]:
        found: list[Trigger] = []
        taken: set[int] = set()
        # Longest match first, so "sentenced to death" wins over a shorter overlapping match.
        matches = sorted(self.matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
        for match_id, start, end in matches:
            if any(i in taken for i in range(start, end)):
                continue
            itype, kind = self.labels[match_id]
            span = doc[start:end]
            itype = _RETYPE.get(span.text.lower(), itype)
            if kind == VERBAL and _looks_nominal(span[0]):
                kind = NOMINAL
            if kind == NOMINAL and itype == "arrest" and span[0].pos_ == "VERB":
                kind = VERBAL
            found.append(Trigger(itype, kind, span))
            taken.update(range(start, end))
        return found


def _looks_nominal(token: Token) -> bool:
    # "torture" and "arrest" are both nouns and verbs; trust the tagger when there is one.
    return token.lower_ in {"torture", "arrest", "arrests"} and token.pos_ in {"NOUN", "PROPN"}


def _ancestors_in_clause(token: Token, limit: int = 6) -> list[Token]:
    """Heads above `token` up to and including the first clause head (a finite verb)."""
    out: list[Token] = []
    cur = token
    for _ in range(limit):
        if cur.head is cur:
            break
        cur = cur.head
        out.append(cur)
    return out


def _has_parse(doc: Doc) -> bool:
    return doc.has_annotation("DEP")


def is_reported_as_fact(trigger: Trigger) -> bool:
    """False for negated, hypothetical, demanded, general or backgrounded triggers."""
    root = trigger.root
    doc = root.doc
    if not _has_parse(doc):
        return _is_fact_by_window(trigger)
    chain = [root, *_ancestors_in_clause(root)]
    # Negation on the trigger or on the verbs it hangs from, or a "no"/"without" above it.
    for tok in chain[:4]:
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children):
            return False
        if tok is not root and tok.lower_ in {"without", "no"}:
            return False
    # Modal or future auxiliaries on the trigger's own clause (not when the trigger is the subject:
    # "the execution ... would catalyze" still happened).
    base = root
    while base.dep_ == "conj" and base.head is not base:
        base = base.head
    # A bare plural subject ("Executions could rise") is generic, so the modal still applies.
    specific_subject = base.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ in {"det", "poss", "nummod"} or (c.dep_ == "prep" and c.lower_ == "of") for c in base.children
    )
    modal_scope = chain[:1] if specific_subject else _governing_verbs(root)
    for tok in modal_scope:
        if tok.pos_ in {"VERB", "AUX"} or tok is root:
            if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _MODALS for c in tok.children):
                return False
            if tok.pos_ == "VERB" and tok is not root:
                break
    # "to kill" (infinitive) is a plan or a habit unless perfect ("to have been executed").
    if trigger.kind == VERBAL:
        aux = [c.lower_ for c in root.children if c.dep_ in {"aux", "auxpass"}]
        if "to" in aux and "have" not in aux:
            return False
    for k, tok in enumerate(chain[1:7]):
        below = chain[k]
        if below.dep_ == "advcl" or (below.dep_ in {"prep", "mark"} and below.lower_ in _BACKGROUND_CLAUSE):
            break  # "..., after authorities executed nine people": a background clause states a fact
        low = tok.lower_
        if low in _UNREAL_GOVERNORS or (tok.lemma_ and tok.lemma_.lower() in _UNREAL_GOVERNORS):
            return False
        if low in _COMPARISON:
            return False
        if low in {"if", "unless", "whether"}:
            return False
    for tok in chain[:3]:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "on" and any(c.lower_ == "hold" for c in prep.children):
                return False  # "his execution was put on hold"
    for tok in chain[:2]:
        if any(c.lower_ in {"if", "unless"} and c.dep_ == "mark" for c in tok.children):
            return False
        for clause in tok.children:
            if clause.dep_ == "advcl" and any(c.lower_ in {"if", "unless"} for c in clause.children if c.dep_ == "mark"):
                return False  # "... will be hanged unless they return": a condition, not an event
    if trigger.kind == VERBAL:
        subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and (
            subj.lower_ in {"nobody", "none", "noone"}
            or (subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children))
            or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)
        ):
            return False  # "Nobody was arrested", "no protester was killed"
    for tok in chain[1:4]:
        if tok.lower_ in _GENERAL_HEADS and not _has_number(tok) and tok.pos_ == "NOUN":
            return False  # "the number of those executed", "the execution rate"
    if trigger.kind == NOMINAL:
        if root.dep_ == "compound" or (root.dep_ == "amod" and root.head.pos_ == "NOUN"):
            return False  # "execution rate", "death penalty cases"
        if any(c.dep_ == "det" and c.lower_ in {"any", "every", "each", "all"} for c in root.children):
            return False  # "any death sentence ..." is a rule, not an event
        if _characterised(root) or _hearsay(root):
            return False
        base = root
        while base.dep_ == "conj" and base.head is not base:
            base = base.head
        head = base.head
        if head is not root and head.lower_ in _GENERAL_HEADS and not _has_number(head):
            return False
        if head.dep_ == "prep" and head.head.lower_ in _GENERAL_HEADS and not _has_number(head.head):
            return False
        if root.dep_ == "pobj" and head.lower_ in _BACKGROUND_PREPS and _possessed(root):
            return False  # "before his arrest": background to the main event
    elif root.dep_ == "amod":
        return False  # "killed and injured protesters"
    # A crime the victim was convicted of is not a violation ("executed for murder").
    for tok in chain[1:4]:
        if tok.lower_ in _CRIME_GOVERNORS and trigger.type in {"killing", "arrest"}:
            return False
    # "who had killed his superior": a relative clause about a convicted person.
    if trigger.type == "killing" and root.dep_ == "relcl":
        subj = [c for c in root.children if c.dep_ == "nsubj"]
        if subj and subj[0].lower_ in {"who", "that"} and root.head.pos_ == "NOUN":
            head_noun = root.head
            if head_noun.dep_ == "pobj" and head_noun.head.lower_ in {"against", "for"}:
                return False
    return True


def _governing_verbs(root: Token) -> list[Token]:
    """The trigger and the verb whose object it is ("would catalyze a rash of executions")."""
    out = [root]
    cur = root
    for _ in range(5):
        if cur.head is cur:
            break
        if cur.dep_ not in {"pobj", "prep", "dobj", "conj", "compound", "attr", "xcomp"} and cur is not root:
            break
        cur = cur.head
        out.append(cur)
        if cur.pos_ in {"VERB", "AUX"}:
            break
    return out


def _np_head(token: Token) -> Token:
    """ "reports of killings" -> reports: the noun phrase a trigger sits in."""
    cur = token
    while cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ == "NOUN":
        cur = cur.head.head
    return cur


def _characterised(root: Token) -> bool:
    """ "some killings were politically motivated", "reports of killings were common": a
    statement about a kind of event, not a report of one."""
    np = _np_head(root)
    if np.dep_ not in {"nsubj", "nsubjpass"} or _has_number(np):
        return False
    verb = np.head
    if np.dep_ == "nsubjpass":
        return verb.lower_ in _EVALUATIVE
    return verb.lower_ in {"is", "are", "was", "were", "remain", "remained", "be"} and any(
        c.dep_ == "acomp" for c in verb.children
    )


def _hearsay(root: Token) -> bool:
    """ "There were numerous reports that ... committed killings": unspecific reports."""
    cur: Token = root
    for _ in range(6):
        if cur.lower_ in {"reports", "allegations", "accounts"} and any(
            c.lower_ in {"numerous", "several", "many", "some", "frequent", "multiple", "credible"}
            for c in cur.children
        ):
            return True
        if cur.head is cur:
            break
        cur = cur.head
    return False


def _has_number(token: Token) -> bool:
    return any(c.like_num or c.pos_ == "NUM" for c in token.subtree)


def _possessed(token: Token) -> bool:
    return any(c.dep_ == "poss" for c in token.children)


def _is_fact_by_window(trigger: Trigger) -> bool:
    """Without a parse: look at the few words before the trigger."""
    doc = trigger.span.doc
    start = max(trigger.span.sent.start if doc.has_annotation("SENT_START") else 0, trigger.span.start - 4)
    before = {t.lower_ for t in doc[start : trigger.span.start]}
    if before & (_NEGATORS | _MODALS):
        return False
    if before & _UNREAL_GOVERNORS:
        return False
    after = doc[trigger.span.end : trigger.span.end + 1]
    return not (trigger.kind == NOMINAL and len(after) and after[0].lower_ in _GENERAL_HEADS)
