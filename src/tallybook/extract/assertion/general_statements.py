"""Whether a trigger is named as a kind, a statistic, a stance or a rumour rather than as an event:
"some killings were politically motivated", "Executions in the region rose from 520 to 825",
"Killings of journalists often go unpunished", "Amnesty opposes the death penalty", "There were
numerous reports that police killed protesters". Also the small noun-phrase helpers (a figure, a
possessor, the clause's verb) that factuality.py and quote_tense.py share. Used by factuality.py;
needs the dependency parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.assertion.arrest_descriptors import as_age_subject
from tallybook.extract.assertion.received_reports import received_credible
from tallybook.extract.detection.trigger_context import QUANTITY_NOUNS
from tallybook.extract.detection.trigger_lexicon import NOMINAL, VERBAL, wordset
from tallybook.extract.detection.triggers import Trigger
from tallybook.extract.text.boilerplate import lower_forms, sentence_of
from tallybook.extract.text.parse_tree import dep_tree

_CHANGE_VERBS = wordset(
    "rose rise rises increased increase increases fell fall falls decreased decrease decreases doubled "
    "tripled dropped declined surged soared halved"
)

HABITUAL = wordset(
    "repeatedly routinely regularly often frequently consistently always usually generally typically"
)

_EVALUATIVE = wordset(
    "motivated linked related connected considered deemed described seen regarded perceived characterized"
)

PAST_AUX = wordset("was were had been has have did")

_STANCE_VERBS = wordset(
    "oppose opposes prohibit prohibits permit permits ban bans allow allows carry carries rank ranks "
    "learn learns remain remains violate violates constitute constitutes amount amounts "
    "cover covers use uses employ employs document documents monitor monitors"
)
# Stance verbs that also count: "documents 45 cases of torture" is an aggregate, not a practice.
_RECORDING = wordset("document documents monitor monitors")
# Verbs that say a kind of act goes on being something: "killings by police remain a concern".
_ENDURE = wordset("continue continues remain remains")


def np_head(token: Token) -> Token:
    """ "reports of killings" -> reports: the noun phrase a trigger sits in."""
    cur = token
    while cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ == "NOUN":
        cur = cur.head.head
    return cur


def characterised(root: Token) -> bool:
    """ "some killings were politically motivated", "reports of killings were common": a
    statement about a kind of event, not a report of one."""
    np = np_head(root)
    if np.dep_ not in {"nsubj", "nsubjpass"} or has_number(np):
        return False
    verb = np.head
    if verb.lower_ in _CHANGE_VERBS:
        return True  # "Executions in the region rose from 520 to 825": a statistic
    bare = not any(c.dep_ in {"det", "poss"} for c in np.children)
    if verb.lower_ in {"become", "became", "becomes"} and bare:
        return True  # "Executions have become the regime's main tool": a statement about a practice
    if np.dep_ == "nsubjpass":
        return verb.lower_ in _EVALUATIVE
    if verb.lower_ in {"is", "are"} and not any(c.dep_ in {"det", "poss"} for c in np.children):
        return True  # "caning is cruel": a statement about a kind of act
    if verb.lower_ in _ENDURE and verb.tag_ in {"VBZ", "VBP"} and bare:
        # "Extrajudicial killings continue to be a serious concern", "Deaths in custody remain common"
        links = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.lower_ == "be")]
        if any(c.dep_ in {"attr", "acomp"} for v in links for c in v.children):
            return True
        # "judicial caning continues to be imposed": a practice that goes on, no act of its own
        return any(
            c.dep_ == "xcomp" and c.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in c.children)
            for c in verb.children
        )
    return verb.lower_ in {"is", "are", "was", "were", "remain", "remained", "be"} and any(
        c.dep_ == "acomp" for c in verb.children
    )


# Plural nouns of states: "25 countries carried out executions" counts states, not victims.
_STATES = wordset("countries states nations governments jurisdictions")


def states_as_actors(root: Token) -> bool:
    """ "In 2006 only 25 countries carried out executions", "countries that execute people": a
    statistic about the states that do it, the violation's doer a plural of states."""
    verb = root.head if root.dep_ == "dobj" else root
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in {"that", "which", "who"} and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and subj.lower_ in _STATES


def hearsay(root: Token) -> bool:
    """ "There were numerous reports that ... committed killings": unspecific reports."""
    doc = root.doc
    heads = dep_tree(doc)[0]  # (the path up read from plain lists: a Token only where it matters)
    lowers = lower_forms(doc)
    i = root.i
    for _ in range(9):  # "reports that X committed killings, including incidents ... making arrests"
        if lowers[i] not in {"reports", "allegations", "accounts"}:
            if heads[i] == i:
                break
            i = heads[i]
            continue
        cur = doc[i]
        if received_credible(cur):
            return False  # "the Office had received credible reports that ...": it vouches for them
        if any(
            c.lower_ in {"numerous", "several", "many", "some", "frequent", "multiple", "credible"}
            for c in cur.children
        ):
            # "credible reports that X died in prison", "... that 40 villagers were detained", "...
            # that he had been tortured into confessing" (a person told before): one event
            return not (
                person_in_clause(root) or _pronoun_victim(root) or any(t.like_num for t in cur.subtree)
            )
        if cur.lower_ in {"reports", "allegations"} and any(c.dep_ == "expl" for c in cur.head.children):
            # "There were reports (that ...) of deaths in custody": the annual-report section opener
            return (
                not has_number(root)
                and not possessed(root)
                and not names_below(root)
                and not named_place_in_clause(root)
            )
        if heads[i] == i:
            break
        i = heads[i]
    return False


# The subject pronouns of a person told before, as one a passive verb tells harmed.
VICTIM_PRONOUNS = wordset("he she they")


def _pronoun_victim(root: Token) -> bool:
    """ "that he had been tortured", "that they were beaten": the passive verb's subject is a
    personal pronoun, a person the text has told of (an agent pronoun, "that they beat detainees",
    may be a force)."""
    return root.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "nsubjpass" and c.lower_ in VICTIM_PRONOUNS for c in root.children
    )


def specific_np(token: Token) -> bool:
    """ "the execution of X", "his arrest", "14 killings": a noun phrase naming one event."""
    if has_number(token) or possessed(token):
        return True
    if any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that", "his", "her", "their"} for c in token.children
    ):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def general_present(trigger: Trigger) -> bool:
    """ "Amnesty opposes the death penalty", "Flogging is prohibited under international law",
    "Families often learn of an execution only when ...": a nominal trigger in a clause whose verb
    is in the simple present states a rule, a stance or a habit, not an event that happened."""
    root = trigger.root
    nounlike = trigger.kind == NOMINAL or root.dep_ in {"pobj", "pcomp", "dobj", "conj", "nsubj", "nsubjpass"}
    if not nounlike or (specific_np(root) and root.lower_ not in {"penalty"} and not _kind_of_people(root)):
        return False
    verb = clause_verb(root)
    if _progressive_use(verb):
        return True  # "the ministry is using enforced disappearance as a policy": a practice
    if _used_to(verb) or any(c.dep_ == "acl" and _used_to(c) for c in root.children):
        return True  # "swift executions used to be common there": a past habit (however parsed)
    if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ not in {"VBZ", "VBP"}:
        # "Flogging is prohibited ...": a present passive said of the kind of act; "Prisoners on
        # death row are often held ...": one said of a habit
        present_passive = verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in verb.children
        )
        return present_passive and (
            root.dep_ == "nsubjpass"
            or any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in verb.children)
        )
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in PAST_AUX for c in verb.children):
        return False
    if verb.lower_ in {"is", "are"} and root.dep_ == "attr":
        return False  # "This is an execution": characterisation of one specific act handled elsewhere
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        # "at least seven men, all arrested as children, who remain on death row": the men
        subj = next((a for a in list(verb.ancestors)[:5] if child_number(a)), verb.head)
    if subj is not None and as_age_subject(verb, subj):
        # "six men who were arrested as children remain on death row", parsed with "children
        # remain" as a clause under "as": the men the arrest clause is about
        subj = verb.head.head
    if subj is not None and _counted(subj) and trigger.span[-1].lower_ == "row":
        # "At least 11 people remain on death row", "hundreds more remain on death row": a
        # counted stock, not a rule
        return False
    if verb.lower_ in _RECORDING and any(t.like_num for t in verb.subtree):
        return False
    return verb.lower_ in _STANCE_VERBS or any(
        c.dep_ == "advmod" and c.lower_ in HABITUAL for c in verb.children
    )


_BE_FORMS = wordset("is are was were be being been")


def _used_to(verb: Token) -> bool:
    """ "used to be common": the habitual past, told by an active "used" with a "to" infinitive
    (not "torture is being used to punish them", a tool)."""
    if verb.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        verb = verb.head
    elif not any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    ):
        return False
    return verb.lower_ == "used" and not any(
        c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lower_ in _BE_FORMS) for c in verb.children
    )


# Verbs of using a kind of act as a tool: in the present progressive as in the simple present,
# "governments are using enforced disappearances to silence critics" tells a practice.
_USE_VERBS = wordset("using employing")


def _progressive_use(verb: Token) -> bool:
    """ "X is using torture as a policy", "are consistently employing disappearances": a present
    progressive of a verb of using (not "was using", a past scene)."""
    return verb.lower_ in _USE_VERBS and any(
        c.dep_ == "aux" and c.lower_ in {"is", "are", "am"} for c in verb.children
    )


def _kind_of_people(noun: Token) -> bool:
    """ "Killings of journalists (often go unpunished)": a bare plural whose "of" names a kind of
    people (another bare plural) is a kind of event; the verb's tense and adverb still decide."""
    if noun.tag_ not in {"NNS", "NNPS"} or any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children):
        return False
    of = [c for c in noun.children if c.dep_ == "prep"]
    if len(of) != 1 or of[0].lower_ != "of" or has_number(noun):
        return False
    people = [g for g in of[0].children if g.dep_ == "pobj"]
    return (
        len(people) == 1
        and people[0].tag_ == "NNS"
        and not any(c.dep_ in {"det", "poss"} for c in people[0].children)
    )


_ANYONE = wordset("anyone anybody everyone everybody")


def of_anyone(trigger: Trigger) -> bool:
    """ "we condemn the execution of any person for dissent", "the arrest of anyone who
    criticises the king": an act told of whoever it may befall names a kind, not an event."""
    if trigger.kind != NOMINAL:
        return False
    for prep in trigger.root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (
                    obj.lower_ in _ANYONE or any(c.dep_ == "det" and c.lower_ == "any" for c in obj.children)
                ):
                    return True
    return False


def child_number(token: Token) -> bool:
    return any(c.dep_ == "nummod" for c in token.children)


def _counted(subj: Token) -> bool:
    """A subject with a figure, or a quantity noun standing for the counted people."""
    # "thousands more" is parsed with "more" as the subject and "thousands" below it
    return child_number(subj) or any(t.lower_ in QUANTITY_NOUNS for t in (subj, *subj.children))


def person_in_clause(root: Token) -> bool:
    verb = root if root.pos_ in {"VERB", "AUX"} else clause_verb(root)
    return any(t.ent_type_ == "PERSON" for t in verb.subtree)


def named_place_in_clause(root: Token) -> bool:
    """ "There were reports that guards at Harlow Prison beat detainees": a named place makes the
    report about an event, not a section opener."""
    verb = root if root.pos_ in {"VERB", "AUX"} else clause_verb(root)
    return any(t.ent_type_ in {"FAC", "GPE", "LOC"} or t.lower_ in {"prison", "jail"} for t in verb.subtree)


def names_below(token: Token) -> bool:
    return any(t.ent_type_ == "PERSON" for t in sentence_of(token))


def has_number(token: Token) -> bool:
    return any(c.like_num or c.pos_ == "NUM" for c in token.subtree)


def possessed(token: Token) -> bool:
    return any(c.dep_ == "poss" for c in token.children)


def clause_verb(token: Token) -> Token:
    """The verb a noun (or a gerund used as one: "such as flogging") hangs from."""
    verb = token
    for _ in range(8):
        if verb.head.i == verb.i:
            break
        if (
            verb is not token
            and verb.pos_ in {"VERB", "AUX"}
            and not (verb.tag_ == "VBG" and verb.dep_ in {"pobj", "pcomp", "conj", "dobj", "nsubj"})
        ):
            break
        verb = verb.head
    return verb


_COMPARATIVES = wordset("more fewer less")


def comparative_habit(trigger: Trigger) -> bool:
    """ "X executes more people than any other country": a present-tense verb whose object is
    compared with other countries' states a ranking, not an event."""
    root = trigger.root
    if trigger.kind != VERBAL or root.tag_ not in {"VBZ", "VBP"}:
        return False
    # ("than" may hang on the verb when a phrase stands between: "more people per capita than")
    verb_than = any(c.dep_ == "prep" and c.lower_ == "than" for c in root.children)
    for obj in (c for c in root.children if c.dep_ == "dobj"):
        sub = list(obj.subtree)
        if any(t.lower_ in _COMPARATIVES for t in sub) and (
            verb_than or any(t.lower_ == "than" for t in sub)
        ):
            return True
    return False
