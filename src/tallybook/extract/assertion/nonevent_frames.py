"""Whether a trigger sits in a frame that tells no event: a risk before it ("activists risk arrest",
parsed with "risk" a noun), what a law lays down ("The law prohibits arbitrary arrest"), the
topic of training, a meeting or a campaign ("a workshop on torture", "campaigned against torture",
"the prohibition of torture"), the kinds of act a UN mandate covers ("experts on summary
executions, torture and arbitrary detention", "A (torture)"), the law's category of crime
("crimes involving intentional killing"), a warning ("warned of a wave of executions"), people awaiting it
("prisoners awaiting execution"), a counter's rule ("counts an execution only when it is
confirmed"), a habit told in the present passive ("political prisoners are
executed after summary trials"), a denial by everyone asked ("None of the detainees reported
being tortured"), a title in quotation marks ('Hanged at Dawn') and a record the authorities keep back
("did not publish figures on executions": withheld_records.py), and a country report's list of the
issues it covers ("Significant human rights issues included: killings by ...; torture"). Used by
non_events.py; needs the dependency parse.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tallybook.extract.assertion.general_statements import HABITUAL
from tallybook.extract.assertion.withheld_records import withheld_record
from tallybook.extract.detection.trigger_lexicon import NOMINAL, VERBAL, wordset
from tallybook.extract.detection.triggers import Trigger
from tallybook.extract.text.boilerplate import (
    lower_forms,
    sentence_at,
    sentence_bounds,
    sentence_of,
    token_texts,
)
from tallybook.extract.text.parse_tree import first_conjunct

_RISK = wordset("risk risks risked risking")
# Nouns that name a rule, and the verbs by which a rule lays something down.
_LAWS = wordset(
    "law laws constitution code codes act statute statutes legislation decree decrees provision provisions "
    "article ordinance regulation regulations bill"
)
_RULE_VERBS = wordset(
    "provides provide prohibits prohibit prescribes prescribe punishes punish permits permit allows allow "
    "requires require stipulates stipulate criminalizes criminalises criminalize criminalise mandates "
    "mandate bans ban forbids forbid defines define makes make imposes impose"
)
# Nouns and verbs whose "on"/"against" phrase is a topic or a cause, not an event.
_TOPIC_HEADS = wordset(
    "training trainings workshop workshops seminar seminars conference conferences course courses session "
    "sessions panel lecture lectures guidelines manual handbook curriculum module modules campaign "
    "campaigns campaigned campaigning campaigner campaigners fight fights fighting struggle advocacy "
    "activist activists crusade awareness legislation"
)
# Nouns whose "of" names the subject matter of talk: "the issue of torture", "the question of
# enforced disappearances", "the scourge of enforced disappearances and torture".
_ISSUE_HEADS = wordset(
    "issue issues question questions problem problems subject topic theme scourge phenomenon"
)
_WARN = wordset("warn warns warned warning warnings")
_AWAIT = wordset("awaiting await awaits facing")
_NEGATIVE_SUBJECTS = wordset("none nobody noone neither")
_PRESENT_BE = wordset("is are")
_SPECIFIC = frozenset(["CARDINAL", "PERSON", "DATE", "TIME", "GPE", "FAC", "ORG", "EVENT"])
_WHEN_WHO = frozenset(["CARDINAL", "PERSON", "DATE", "TIME"])


def _sentence_range(doc: Doc, i: int) -> tuple[int, int]:
    """[start, end) of the sentence of token `i`, from the doc's sentence starts (no Span made)."""
    bounds = sentence_bounds(doc, i)
    if bounds is None:
        sent = sentence_at(doc, i)
        return sent.start, sent.end
    return bounds


def non_event_frame(trigger: Trigger) -> bool:
    """True when the frame around the trigger names a risk, a rule, a topic, a warning, a habit or
    a title rather than a violation that happened."""
    root = trigger.root
    if trigger.kind == NOMINAL and (_risked(trigger) or _topic(root) or _warned_of(root) or _awaited(root)):
        return True
    if trigger.kind == NOMINAL and _counting_rule(trigger):
        return True
    if _ruled(trigger) or _quoted_title(trigger) or _inverted_condition(trigger) or withheld_record(root):
        return True
    if trigger.kind == NOMINAL and (
        _mandate_after_name(trigger) or _mandate_after_experts(trigger) or _crime_involving(root)
    ):
        return True
    if _issue_listed(trigger):
        return True
    return trigger.kind == VERBAL and (_generic_passive(root) or _denied_by_all(root) or _those_held(root))


_ISSUES_INCLUDED = wordset("issues problems abuses")
_ITEM_ENDS = frozenset({";", ":"})


def _issue_listed(trigger: Trigger) -> bool:
    """ "Significant human rights issues included: killings by security forces ...; torture and
    abuse of prisoners ...; arbitrary arrest": a country report's list of the kinds of abuse it
    covers, no events; an item with a figure of its own ("including at least one death in custody")
    still tells one."""
    doc = trigger.span.doc
    start, end = _sentence_range(doc, trigger.span.start)
    lowers = lower_forms(doc)
    heads = [
        k
        for k in range(start, trigger.span.start)
        if lowers[k] == "included" and lowers[k - 1] in _ISSUES_INCLUDED
    ]
    if not heads:
        return False
    lo = max([heads[-1], *(k for k in range(heads[-1], trigger.span.start) if lowers[k] in _ITEM_ENDS)])
    hi = next((k for k in range(trigger.span.end, end) if lowers[k] in _ITEM_ENDS), end)
    return not any(doc[k].like_num for k in range(lo + 1, hi))


_COUNTING = wordset(
    "counts count records record includes include lists list registers register treats treat "
    "considers consider classifies classify logs log"
)
_CONDITIONS = wordset("when if unless")


def _counting_rule(trigger: Trigger) -> bool:
    """ "GJO counts an execution only when it is confirmed by two sources", "The monitor records a
    death in custody only if the family confirms it": a counter's rule, a present-tense verb of
    counting with one indefinite act as its object and a condition after it, tells no event.
    Read on word order (the parser hangs the condition anywhere)."""
    doc = trigger.span.doc
    start, end = _sentence_range(doc, trigger.span.start)
    k = trigger.span.start - 1
    while k > start and doc[k].tag_ in {"JJ", "HYPH"}:
        k -= 1
    if doc[k].lower_ not in {"a", "an", "every", "each", "any"} or k - 1 < start:
        return False
    verb = doc[k - 1]
    if verb.lower_ not in _COUNTING or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    after = [t.lower_ for t in doc[trigger.span.end : min(end, trigger.span.end + 8)]]
    stop = next((j for j, w in enumerate(after) if w in {";", ":"}), len(after))
    return any(w in _CONDITIONS for w in after[:stop])


_INVERTING = wordset("were should had")


def _inverted_condition(trigger: Trigger) -> bool:
    """ "Were further executions to proceed, they would ...", "Should the hangings go ahead, ...":
    a condition told by inversion (the sentence opens on the auxiliary, its clause ends at the
    first comma); not a question ("Were the men tortured?")."""
    doc = trigger.span.doc
    bounds = sentence_bounds(doc, trigger.span.start)
    if bounds is None or doc[bounds[0]].lower_ not in _INVERTING:
        return False
    words = doc[bounds[0] : bounds[1]]
    if any(t.text == "?" for t in words):
        return False
    comma = next((t.i for t in words if t.text == ","), None)
    return comma is not None and trigger.span.start < comma


def _risked(trigger: Trigger) -> bool:
    """ "Activists who return risk arrest and torture": the tagger often reads "risk" as a noun
    compounded with the trigger, so the risk is read on word order (adjectives may come between:
    "risk arbitrary arrest"); a conjunct shares it. Also what people "face" in the present."""
    doc = trigger.span.doc
    words = token_texts(doc)
    sent_start = _sentence_range(doc, trigger.span.start)[0]
    base = first_conjunct(trigger.root)
    for start in {trigger.span.start, base.i}:
        k = start - 1
        while k >= sent_start and doc[k].tag_ in {"JJ", "RB", "VBN", "HYPH"}:
            k -= 1
        if k >= sent_start and words[k].lower() in _RISK:
            return True
    # "Migrants returned to Libya face arbitrary detention, torture and extortion": what people
    # face in the present is a risk (facing a death sentence or execution is a stock: CONVENTIONS)
    face = base.head
    return (
        base.dep_ == "dobj"
        and face.lower_ in {"face", "faces"}
        and face.tag_ in {"VBP", "VBZ", "VB"}  # (the tagger may miss the finite form)
        and not any(c.dep_ == "aux" for c in face.children)
        and trigger.type not in {"death_sentence", "execution"}
        and _bare(base)
    )


def _bare(tok: Token) -> bool:
    return not any(
        c.dep_ in {"det", "poss", "nummod"} or c.like_num or (c.dep_ == "prep" and c.lower_ == "of")
        for c in tok.children
    )


def _topic(root: Token) -> bool:
    """ "a workshop on torture", "police received training on enforced disappearances",
    "campaigned against torture and arbitrary detention": a bare noun (no determiner, figure or
    "of") after "on"/"against" names the subject matter of an activity, not an event; so does
    one after "the issue of"."""
    base = first_conjunct(root)
    if base.dep_ == "pobj" and base.head.lower_ == "of" and _bare(root) and _bare(base):
        # "to address the issue of enforced disappearances": a bare kind an issue is made of
        return base.head.head.lower_ in _ISSUE_HEADS
    if base.dep_ != "pobj" or base.head.lower_ not in {"on", "against"} or not _bare(root):
        return False
    if base.head.lower_ == "against":
        return _bare(base)  # "campaigned against torture" (not "protested against the hangings")
    return base.head.head.lower_ in _TOPIC_HEADS


def _warned_of(root: Token) -> bool:
    """ "warned of a wave of executions in the coming weeks", "warnings of mass arrests": what a
    warning is about has not happened (an event it cites has its own clause)."""
    cur = root
    for _ in range(3):
        if cur.dep_ != "pobj" or cur.head.lower_ not in {"of", "about", "against"}:
            return False
        owner = cur.head.head
        if owner.lower_ in _WARN:
            return True
        if owner.pos_ != "NOUN":
            return False
        cur = owner
    return False


def _awaited(root: Token) -> bool:
    """ "the conditions faced by prisoners awaiting execution": the fate of a kind of people (a
    bare plural, no figure in the sentence but a date's: "cases of individuals awaiting capital
    punishment since the law came into force in 2013" counts no one), not an execution."""
    verb = root.head
    if root.dep_ != "dobj" or verb.lower_ not in _AWAIT or verb.dep_ != "acl":
        return False
    people = verb.head
    return (
        people.tag_ == "NNS"
        and _bare(people)
        and not any(
            (t.like_num and t.ent_type_ != "DATE") or t.ent_type_ in {"CARDINAL", "PERSON"}
            for t in sentence_of(root)
        )
    )


def _ruled(trigger: Trigger) -> bool:
    """ "The law prohibits arbitrary arrest and ... the lawfulness of his or her arrest", "The
    penal code prescribes flogging for ...": what a law lays down, in the present tense, names a
    kind of act. Read on word order (the tagger may take "prescribes" for a plural noun): a rule
    noun, the verb right after it, and the trigger later in that clause (no "but", no semicolon)."""
    doc = trigger.span.doc
    sent_start = _sentence_range(doc, trigger.span.start)[0]
    words = lower_forms(doc)
    for k in range(sent_start + 1, trigger.span.start):
        if words[k] not in _RULE_VERBS or words[k - 1] not in _LAWS:
            continue
        if doc[k - 1].dep_ == "pobj" or doc[k].tag_ in {"VBD", "VBN"}:
            continue  # "under the law, police ...", "the law banned ..."
        between = {words[j] for j in range(k + 1, trigger.span.start)}
        if between & {"but", ";", "yet", "although", "while", "when", "after"}:
            return False
        # (a figure or a date on the way names events: "..., and 200 people have been detained")
        return not any(
            doc[j].like_num or doc[j].ent_type_ in {"DATE", "CARDINAL"}
            for j in range(k + 1, trigger.span.end)
        )
    return False


def _generic_passive(root: Token) -> bool:
    """ "In many countries, political prisoners are executed after summary trials": a simple
    present passive said of a bare plural, with no figure, date, name or named place in the
    sentence, tells a practice (not a headline's present: those carry no full stop)."""
    # a frequency adverb makes it a practice in a reported clause and in a named country too:
    # "warned that political prisoners in X are routinely placed in punishment cells"
    habitual = any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in root.children)
    if root.tag_ != "VBN" or root.dep_ not in ({"ROOT", "conj", "ccomp"} if habitual else {"ROOT", "conj"}):
        return False
    while root.dep_ == "conj" and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in root.children):
        root = root.head  # "are tracked, harassed and sometimes abducted": the first verb
    aux = [c for c in root.children if c.dep_ == "auxpass"]
    if len(aux) != 1 or aux[0].lower_ not in _PRESENT_BE:
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.tag_ != "NNS" or not _bare(subj):
        return False
    sent = sentence_of(root)
    last = next((t for t in reversed(sent) if not t.is_space), sent[-1])  # (a paragraph's break)
    if last.text not in {".", "!"} or any(c.dep_ == "aux" for c in root.children):
        return False
    if habitual:
        return not any(t.ent_type_ in _WHEN_WHO or t.like_num for t in sent)
    return not any(t.ent_type_ in _SPECIFIC or t.like_num or t.tag_ == "NNP" for t in sent)


def _those_held(root: Token) -> bool:
    """ "Those detained are frequently beaten": a participle on "those" whose clause tells a habit
    (a frequency adverb, no figure, date or name in the sentence) names a kind of people."""
    if root.dep_ != "acl" or root.tag_ != "VBN" or root.head.lower_ not in {"those", "people"}:
        return False
    those = root.head
    verb = those.head
    if those.dep_ not in {"nsubj", "nsubjpass"} or not any(
        c.dep_ == "advmod" and c.lower_ in HABITUAL for c in verb.children
    ):
        return False
    return not any(t.ent_type_ in _SPECIFIC or t.like_num or t.tag_ == "NNP" for t in sentence_of(root))


def _denied_by_all(root: Token) -> bool:
    """ "None of the detainees reported being tortured": a non-finite complement of a verb whose
    subject is "none"/"nobody" is negated with it."""
    if root.dep_ not in {"xcomp", "pcomp", "ccomp"} or any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in root.children
    ):
        return False
    verb = root.head
    return any(c.dep_ == "nsubj" and c.lower_ in _NEGATIVE_SUBJECTS for c in verb.children)


_QUOTES = frozenset(["'", '"', "\u2018", "\u2019", "\u201c", "\u201d"])


def _quoted_title(trigger: Trigger) -> bool:
    """ "published its report, 'Killing in the Name of Justice', in 2011", "the documentary
    'Hanged at Dawn'": a trigger inside a short quoted phrase in title case (every word of four
    letters or more capitalised, no full stop or figure) is a title, not a report."""
    doc = trigger.span.doc
    words = token_texts(doc)
    if not words[trigger.span.start][:1].isupper():
        return False
    sent_start, sent_end = _sentence_range(doc, trigger.span.start)
    left = next(
        (
            k
            for k in range(trigger.span.start - 1, max(sent_start, trigger.span.start - 3) - 1, -1)
            if words[k] in _QUOTES
        ),
        None,
    )
    if left is None:
        return False
    right = next(
        (k for k in range(trigger.span.end, min(sent_end, trigger.span.end + 8)) if words[k] in _QUOTES), None
    )
    if right is None or right - left < 3:
        return False
    inner = [words[k] for k in range(left + 1, right)]
    if any(w in {".", "!", "?", ";"} or any(ch.isdigit() for ch in w) for w in inner):
        return False
    long_words = [w for w in inner if w.isalpha() and len(w) >= 4]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


_INVOLVING = wordset("involving involve involves involved")


def _crime_involving(root: Token) -> bool:
    """ "may only impose it for crimes of extreme gravity involving intentional killing": a bare
    killing a crime involves is the law's category of crime (the "most serious crimes" standard),
    not an event."""
    return (
        root.lower_ in {"killing", "killings"}
        and root.dep_ == "dobj"
        and root.head.lower_ in _INVOLVING
        and _bare(root)
    )


_MANDATE_HOLDERS = wordset("expert experts rapporteur rapporteurs")
_MANDATE_WORDS = frozenset({"ADJ", "NOUN", "CCONJ", "PUNCT"})


def _mandate_after_experts(trigger: Trigger) -> bool:
    """ "Two UN independent experts on extrajudicial executions, torture and arbitrary detention
    expressed outrage": the bare kinds of act listed after "experts on" are their mandates, not
    events. Read on word order: the parser joins the later kinds to "experts"."""
    doc = trigger.span.doc
    start = _sentence_range(doc, trigger.span.start)[0]
    k = trigger.span.start - 1
    while k > start and doc[k].lower_ != "on":
        if doc[k].pos_ not in _MANDATE_WORDS or doc[k].text in {"(", ")", ";", ":"}:
            return False
        k -= 1
    return k > start and doc[k].lower_ == "on" and doc[k - 1].lower_ in _MANDATE_HOLDERS


def _mandate_after_name(trigger: Trigger) -> bool:
    """ "The Special Rapporteurs who issued the statement are: A (extrajudicial, summary or
    arbitrary executions); B (torture)": a bare kind of act that fills the brackets after a
    person's name is that person's mandate, not an event. Read on word order: the brackets hold
    only words, no figure, no verb, no article."""
    doc = trigger.span.doc
    start, end = _sentence_range(doc, trigger.span.start)
    opening = next((k for k in range(trigger.span.start - 1, start - 1, -1) if doc[k].text in "()"), None)
    if opening is None or doc[opening].text != "(" or opening == start:
        return False
    closing = next((k for k in range(trigger.span.end, end) if doc[k].text in "()"), None)
    if closing is None or doc[closing].text != ")":
        return False
    name = doc[opening - 1]
    if name.ent_type_ != "PERSON" and not (name.pos_ == "PROPN" and name.is_title and name.ent_type_ == ""):
        return False  # (a name the model left untagged: "Ilse Marten (summary executions)")
    inside = doc[opening + 1 : closing]
    return all(t.pos_ in {"ADJ", "NOUN", "CCONJ", "PUNCT", "PROPN"} and not t.like_num for t in inside)
