"""Whether the text asserts a trigger as a real event.

`is_reported_as_fact` drops triggers the text does not assert as real: negated ("without an
execution"), hypothetical or demanded ("must be stopped", "called for a halt to executions",
"scheduled to hang"), general ("the execution rate", "the number of death sentences", "a pattern
of arrests", "a pattern of disappearances and torture"), backgrounded ones ("before his arrest";
not a counted and placed one, measured_arrests.py) and crimes a person is accused of ("held on
suspicion of killing two people", accused_crimes.py); statements about a kind of event are read
in general_statements.py, readings that keep a trigger in factual_readings.py, quotations in
quote_tense.py (descriptors are `triggers.is_descriptor`).
Rules use the dependency parse when there is one and fall back to nearby words when there is none.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.assertion.accused_crimes import accused_crime
from tallybook.extract.assertion.factual_readings import (
    asserting_modal,
    clause_chain,
    guessed_past,
    hedged_cause,
    investigated_report,
    named_one,
    negation_is_event,
    ordinal_infinitive,
    own_clause,
    semicolon_between,
    total_reached,
)
from tallybook.extract.assertion.general_statements import (
    HABITUAL,
    characterised,
    comparative_habit,
    general_present,
    has_number,
    hearsay,
    of_anyone,
    possessed,
    states_as_actors,
)
from tallybook.extract.assertion.generic_talk import general_clause, generic_plural
from tallybook.extract.assertion.inquired_events import beyond_mood
from tallybook.extract.assertion.measured_arrests import measured_arrest
from tallybook.extract.assertion.non_events import not_an_event
from tallybook.extract.assertion.trend_talk import trend_or_rate
from tallybook.extract.assertion.unfinished_acts import unfinished_act
from tallybook.extract.detection.trigger_lexicon import NOMINAL, VERBAL, wordset
from tallybook.extract.detection.trigger_record import Trigger
from tallybook.extract.detection.trigger_retypes import imminent_for_named
from tallybook.extract.text.boilerplate import doc_words, lower_forms, sentence_bounds
from tallybook.extract.text.parse_tree import dep_tree, first_conjunct, has_parse

# Words whose presence above a trigger means it did not (yet) happen or is being demanded.
_UNREAL_GOVERNORS = wordset(
    "call calls called calling urge urges urged urging halt stop stopped end ending ban abolish "
    "abolition moratorium prevent spare avert plan plans planned threaten threatens threatened "
    "threat threats schedule scheduled risk danger fear fears avoid commute commuted suspend suspended "
    "postpone postponed stay stayed hold demand demands oppose opposes opposed prohibit "
    "prohibits allow allows approve approved impose imposition resume resumption possible "
    "possibility known tend likely practice deal deals dealing envoy rapporteur rapporteurs "
    "committee convention mandate law laws treaty tantamount amount amounts constitute "
    "constitutes constituted delayed cancelled canceled halted averted blocked ordered resisting resist "
    "resisted evading permit permits permitted forbid forbids forbade outlaw outlaws reintroduce "
    "reintroduction reinstate reinstatement recommend recommends recommended recommending "
    "recommendation recommendations criminalize criminalise criminalizes criminalises criminalizing "
    "criminalising criminalization criminalisation eradicate eradicating eradication elimination "
    "combat combating combatting prohibition prevention"
    # other inflections of the verbs above (the pipeline runs without the lemmatizer); not
    # "held", "imposed", "ended" or "resumed": "courts imposed 12 death sentences" happened
    " halts halting stops stopping bans banned banning abolishes abolished abolishing prevents "
    "prevented preventing spares spared sparing averts averting planning threatening schedules "
    "scheduling risked risking feared fearing avoids avoided avoiding commutes commuting suspends "
    "suspending postpones postponing demanded demanding opposing prohibited prohibiting allowed "
    "allowing approves approving resumes resuming tends tended dealt amounted constituting cancels "
    "blocks blocking orders ordering resists evade evades evaded permitting forbidden forbidding "
    "outlawed outlawing reintroduces reintroduced reintroducing reinstates reinstated reinstating "
    "delays delaying"
)
# Nouns of a long-standing habit, which make any act told under them a kind of act
_HABIT_NOUNS = wordset("history")
# Adjectives that make an act's noun a prospect: "the upcoming execution", "an imminent hanging"
# ("his possible execution" too: the family fears it, nobody says it happened)
_PROSPECTIVE = wordset("upcoming impending imminent looming forthcoming scheduled planned possible potential")
# The verbs an act "was to" do when it was only planned: "was to take place", "was due to be carried out"
_HAPPEN_VERBS = wordset("take be happen occur go proceed begin start have")
# What is done to a planned act, its subject: "the execution was set for", "... was halted"
_PUT_OFF = wordset(
    "set slated scheduled planned postponed stayed halted suspended delayed cancelled canceled averted"
)
# Adverbs that say an act fell short: "who was nearly executed", "was almost killed"
_FELL_SHORT = wordset("nearly almost narrowly")
# Verbs of reacting to what happened ("condemned", "urged", "said"); quote_tense reads them too.
REACTION_VERBS = wordset(
    "condemned condemns condemn criticized criticised denounced denounces expressed voiced raised called "
    "urged said says reported warned highlighted deplored"
)
_MODALS = wordset("will would could might may should must shall can cannot 'll")
_NEGATORS = wordset("not n't never no without nor")
# Heads that turn a trigger into a general statistic or a property, not an event.
_GENERAL_HEADS = wordset(
    "rate rates number numbers statistics figures practice level levels method methods form forms kind kinds "
    "pattern patterns trend trends"
)
# Words for a part of a group: "the vast majority of those detained or killed are ordinary people"
# describes the people of a count told elsewhere, not an event of its own.
_PARTS = wordset("most majority many some several all half none few")
_BACKGROUND_CLAUSE = wordset("after following since despite because as when")
_COMPARISON = wordset("compared comparison comparable similar since like")
_BACKGROUND_PREPS = wordset("before after following since until prior")


def _fell_short(root: Token) -> bool:
    """ "nearly executed", "almost killed": an adverb of falling short right before the verb (not
    "nearly 30 people were killed", where the adverb is the figure's)."""
    return any(c.dep_ == "advmod" and c.lower_ in _FELL_SHORT and c.i + 1 == root.i for c in root.children)


def _in_if_clause(chain: list[Token]) -> bool:
    """The first verb above the trigger opens with "if" ("if they go ahead with the execution")."""
    verb = next((t for t in chain[1:] if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children)


def _was_to_happen(root: Token) -> bool:
    """ "his execution was to take place", "the hanging was due to be carried out": the act is the
    subject of a past "be" that looks ahead to it (a plan, whatever came of it), or of a verb that
    plans or puts it off ("was set for 3 May", "was postponed")."""
    be = root.head
    if root.dep_ == "nsubjpass" and be.lower_ in _PUT_OFF:
        # "The execution was previously set for 3 May, but was postponed" (not "set in motion")
        dated = any(c.dep_ == "prep" and c.lower_ == "for" for c in be.children)
        return be.lower_ not in {"set", "slated"} or dated
    if root.dep_ not in {"nsubj", "nsubjpass"} or be.lower_ not in {"was", "were"}:
        return False
    ahead = [c for c in be.children if c.dep_ == "acomp" and c.lower_ == "due"] or [be]
    return any(
        c.dep_ == "xcomp"
        and c.lower_ in _HAPPEN_VERBS
        and any(a.dep_ in {"aux", "auxpass"} and a.lower_ == "to" for a in c.children)
        for c in ahead[0].children
    )  # (not "her arrest was to silence her": what it was for)


# What a court's decision is called: the decision to sentence is the sentence handed down.
_DECIDING = wordset("decision decided decides ruling ruled verdict voted")


def _decided_sentence(trigger: Trigger) -> bool:
    """ "the tribunal's decision to sentence X to death", "the court decided to sentence X to
    death": the sentencing is what was decided, so it happened (not "plans to sentence")."""
    root = trigger.root
    decided = root.dep_ in {"acl", "xcomp"} and root.head.lower_ in _DECIDING
    return trigger.type == "death_sentence" and decided


def _own_conjunct(below: Token, verb: Token) -> bool:
    """`below` is a verb joined by "and" to `verb` with an auxiliary of its own ("was tortured",
    "was subjected to torture"): a clause whose tense and polarity are its own."""
    if below.dep_ != "conj" or below.head.i != verb.i or below.pos_ != "VERB":
        return False
    own_aux = any(c.dep_ in {"aux", "auxpass"} and c.i < below.i for c in below.children)
    joined_by_and = any(c.dep_ == "cc" and c.lower_ == "and" for c in verb.children)
    return own_aux and joined_by_and


def is_reported_as_fact(trigger: Trigger) -> bool:
    """False for negated, hypothetical, demanded, general or backgrounded triggers."""
    root = trigger.root
    doc = root.doc
    if not has_parse(doc):
        return _is_fact_by_window(trigger)
    if trigger.type == "other" and trigger.kind == NOMINAL and imminent_for_named(root):
        return True  # "must halt the imminent execution of X": X at risk, recorded (CONVENTIONS)
    if negation_is_event(trigger):
        return True  # "has not been seen since", "have not returned his body": the violation
    if trigger.kind == NOMINAL and any(c.dep_ == "amod" and c.lower_ in _PROSPECTIVE for c in root.children):
        return False  # "the upcoming execution of X": a prospect, not an event
    if trigger.kind == VERBAL and _fell_short(root):
        return False  # "who was nearly executed when four other men were hanged"
    if trigger.kind == NOMINAL and _was_to_happen(root):
        return False  # "hours before his execution was to take place, a stay was granted"
    # The mood of the clause above does not reach a trigger its own participle dates ("must quash
    # the sentences issued on Monday") or an inquiry is sought into, nor, for modals and demands, a
    # coordinated clause of its own ("X will be freed and Y was hanged"). Negation still does: "did
    # not report it, but an official confirmed the amputations" restates an incident, and a kept
    # mention would stand apart from it (stance_sentences reads sentences with no mention of their own).
    whole = [root] if beyond_mood(root) else clause_chain(root)
    chain = own_clause(whole)
    # Negation on the trigger or on the verbs it hangs from, or a "no"/"without" above it.
    # (children read by position from the doc's cached tree: `Token.children` makes a Token of each)
    heads, kids, deps, _ = dep_tree(doc)
    lowers = lower_forms(doc)
    for k, tok in enumerate(whole[:4]):
        if k and _own_conjunct(whole[k - 1], tok):
            continue  # "did not receive a fair trial and was tortured": the "not" is the first verb's
        if any(deps[c] == "neg" or (deps[c] == "det" and lowers[c] == "no") for c in kids[tok.i]):
            return False
        if tok.i != root.i and tok.lower_ in {"without", "no"}:
            return False
    # Modal or future auxiliaries on the trigger's own clause (not when the trigger is the subject:
    # "the execution ... would catalyze" still happened).
    base = first_conjunct(root)
    # A bare plural subject ("Executions could rise") is generic, so the modal still applies.
    specific_subject = base.dep_ in {"nsubj", "nsubjpass"} and any(
        deps[c] in {"det", "poss", "nummod"} or (deps[c] == "prep" and lowers[c] == "of")
        for c in kids[base.i]
    )
    modal_scope = chain[:1] if specific_subject or len(chain) == 1 else _governing_verbs(root)
    for tok in modal_scope:
        if tok.pos_ in {"VERB", "AUX"} or tok.i == root.i:
            if asserting_modal(tok):
                break  # "..., Amnesty can confirm": the publisher's assertion
            if tok.i == root.i and hedged_cause(tok):
                break  # "may have been arrested because of ...": the reason is guessed, not the act
            if tok.i == root.i and guessed_past(tok):
                break  # "X may so far this year have executed at least 134 people": a past estimate
            if any(deps[c] in {"aux", "auxpass"} and lowers[c] in _MODALS for c in kids[tok.i]):
                return False
            if tok.pos_ == "VERB" and tok.i != root.i:
                break
    if trigger.kind == VERBAL and root.tag_ == "VBG" and root.dep_ in {"csubj", "nsubj", "csubjpass"}:
        return False  # "Executing people for a post is not justice": a general claim
    up = root.i  # (`ancestors_in_clause(root, 10)` read from the plain lists: a Token only where it matters)
    for _ in range(10):
        if heads[up] == up:
            break
        up = heads[up]
        if deps[up] in {"csubj", "csubjpass"} and doc[up].tag_ == "VBG":
            return False  # "Hanging people on confessions obtained under torture is ...": a general claim
    participle = root.head if root.dep_ == "conj" and root.head.dep_ == "acl" else root
    if trigger.kind == VERBAL and participle.dep_ == "acl" and participle.head.lower_ in {"those", "them"}:
        of = participle.head.head
        if (
            of.lower_ == "of"
            and (any(c.like_num or c.pos_ == "NUM" for c in of.head.subtree) or of.head.lower_ in _PARTS)
            and not named_one(of.head, root)
        ):
            return False  # "at least 41 of those executed were ...": a breakdown of an aggregate
    # "to kill" (infinitive) is a plan or a habit unless perfect ("to have been executed").
    if trigger.kind == VERBAL:
        aux = [lowers[c] for c in kids[root.i] if deps[c] in {"aux", "auxpass"}]
        if (
            "to" in aux
            and "have" not in aux
            and not ordinal_infinitive(root)
            and not _vouched_state(root)
            and not _decided_sentence(trigger)
        ):
            return False
    for tok in chain[1:3]:
        if lowers[tok.i] in REACTION_VERBS and any(
            deps[c] == "advmod" and lowers[c] in HABITUAL for c in kids[tok.i]
        ):
            return False  # "has repeatedly condemned executions": a pattern, not one event
    if any(_unnamed_one(t) for t in whole[:3]):
        return False  # "knows someone who has been shot, arrested or disappeared": no one event
    for k, tok in enumerate(chain[1:7]):
        below = chain[k]
        below_dep = deps[below.i]
        if below_dep == "relcl" and _anyone_held(below):
            continue  # "to release everyone who has been detained": the demand reaches the clause
        if below_dep == "relcl" or (
            below_dep == "acl" and below.tag_ == "VBN" and below.i == root.i and not _anyone_held(below)
        ):
            # "demanded the release of X, who was detained on Monday", "must release the 64
            # students arrested on 11 May": a relative clause asserts its own fact
            break
        below_low = lowers[below.i]
        such_as = below_low == "as" and any(lowers[c] == "such" for c in kids[below.i])
        if below_dep == "advcl" or (
            below_dep in {"prep", "mark"} and below_low in _BACKGROUND_CLAUSE and not such_as
        ):
            break  # "..., after authorities executed nine people": a background clause states a fact
        if investigated_report(below, tok, root):
            break  # "called for an inquiry into reports that troops shot 17 villagers last week"
        low = lowers[tok.i]
        if k == 0 and _vouched_state(below):
            continue  # "are known to be facing the death penalty": the writer vouches for it
        if low in _UNREAL_GOVERNORS:
            return False
        if low == "return" and tok.pos_ == "NOUN":
            return False  # "a return to public executions would ...": a prospect, not an event
        if low in _COMPARISON and not (k == 0 and trigger.type == "arrest" and measured_arrest(below)):
            return False  # not "in custody since his arrest in May 2019" (measured_arrests)
        if low in {"if", "unless", "whether"}:
            return False
    # (the two rules below look for words most texts never use: skipped when the text has none)
    words = doc_words(doc)
    for tok in chain[:3] if "hold" in words else ():
        for prep in kids[tok.i]:
            if deps[prep] == "prep" and lowers[prep] == "on" and any(lowers[c] == "hold" for c in kids[prep]):
                return False  # "his execution was put on hold"
    if "if" in words and _in_if_clause(chain[:3]):
        return False  # "If the authorities go ahead with this execution, ...": a condition
    for tok in chain[:2] if "if" in words or "unless" in words or "whether" in words else ():
        # "It is unclear whether X was arrested": a clause of its own "whether" asserts nothing
        if any(lowers[c] in {"if", "unless", "whether"} and deps[c] == "mark" for c in kids[tok.i]):
            return False
        for clause in kids[tok.i]:
            if deps[clause] == "advcl" and any(
                lowers[c] in {"if", "unless"} for c in kids[clause] if deps[c] == "mark"
            ):
                return False  # "... will be hanged unless they return": a condition, not an event
    if trigger.kind == VERBAL:
        subj = next((c for c in kids[root.i] if deps[c] in {"nsubj", "nsubjpass"}), None)
        if subj is not None and (
            lowers[subj] in {"nobody", "none", "noone"}
            or (lowers[subj] == "one" and any(lowers[c] == "no" for c in kids[subj]))
            or any(deps[c] == "det" and lowers[c] == "no" for c in kids[subj])
        ):
            return False  # "Nobody was arrested", "no protester was killed"
    for tok in chain[1:4]:
        if (
            lowers[tok.i] in _GENERAL_HEADS
            and not has_number(tok)
            and tok.pos_ == "NOUN"
            and not total_reached(tok)
        ):
            return False  # "the number of those executed", "the execution rate"
    if any(lowers[a.i] in _HABIT_NOUNS for a in root.ancestors):
        return False  # "the regime has a history of extracting confessions under torture": a habit
    if trigger.kind == NOMINAL:
        if root.dep_ == "compound" or (root.dep_ == "amod" and root.head.pos_ == "NOUN"):
            return False  # "execution rate", "death penalty cases"
        if any(deps[c] == "det" and lowers[c] in {"any", "every", "each", "all"} for c in kids[root.i]):
            return False  # "any death sentence ..." is a rule, not an event
        if characterised(root) or _under_ban(root):
            return False
        base = first_conjunct(root)
        head = base.head
        if (
            head.i != root.i
            and head.lower_ in _GENERAL_HEADS
            and not has_number(head)
            and not total_reached(head)
        ):
            return False
        if (
            head.dep_ == "prep"
            and head.head.lower_ in _GENERAL_HEADS
            and not has_number(head.head)
            and not total_reached(head.head)
        ):
            return False
        if _general_conjunct(trigger):
            return False
        if (
            root.dep_ == "pobj"
            and (head.lower_ in _BACKGROUND_PREPS or _time_of(head))
            and possessed(root)
            and not (trigger.type == "arrest" and measured_arrest(root))
        ):
            return False  # "before his arrest": background, unless counted and placed (measured_arrests)
    elif root.dep_ == "amod":
        return False  # "killed and injured protesters"
    if comparative_habit(trigger) or trend_or_rate(trigger):
        return False  # (trend_or_rate: "an upsurge in arrests", "12 arrests a day")
    if hearsay(root) or general_present(trigger) or generic_plural(trigger) or general_clause(trigger):
        return False
    if of_anyone(trigger) or states_as_actors(root):
        return False  # "we condemn the execution of any person for dissent": a kind of act
    if not_an_event(trigger) or unfinished_act(trigger):
        return False  # (unfinished_act: "tried to sexually abuse her", "to justify enforced disappearances")
    if trigger.kind == VERBAL and root.dep_ == "acl" and root.tag_ in {"VBN", "VBD"}:
        # "Savitski would be the first person executed for ...": a prospect, not an event
        verb = root.head.head
        if root.head.dep_ in {"attr", "nsubj", "nsubjpass"} and any(
            c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children
        ):
            return False
    return not accused_crime(trigger, chain)


def _time_of(of: Token) -> bool:
    """ "at the time of their execution": a possessed act named as the moment of something else
    is a reference time, like "before his arrest", not an event told (unless the act carries a
    date of its own: "at the time of his arrest in May 2019")."""
    time = of.head
    if not (
        of.lower_ == "of"
        and time.lower_ == "time"
        and time.dep_ == "pobj"
        and time.head.lower_ == "at"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in time.children)
    ):
        return False
    # (the parser may hang the act's date on "time")
    return not any(t.ent_type_ == "DATE" for t in time.subtree)


_UNIVERSAL = wordset("everyone everybody anyone anybody")
_UNNAMED_ONE = wordset("someone somebody anyone anybody")


def _unnamed_one(clause: Token) -> bool:
    """ "someone who has been shot, arrested or disappeared": a clause said of an unnamed anyone,
    with no date of its own, tells a kind of fate, not one event."""
    return (
        clause.dep_ in {"relcl", "acl"}
        and clause.head.lower_ in _UNNAMED_ONE
        and not any(t.ent_type_ == "DATE" for t in clause.subtree)
    )


def _anyone_held(participle: Token) -> bool:
    """ "must release all those arbitrarily detained", "anyone detained for peaceful protest": a
    participle said of everyone of a kind, with no date or figure of its own, names no arrest the
    demand could leave standing (unlike "must release the 64 students arrested on 11 May")."""
    held = participle.head
    universal = held.lower_ in _UNIVERSAL or any(
        c.dep_ in {"det", "predet"} and c.lower_ in {"all", "any", "every"} for c in held.children
    )
    if not universal:
        return False
    return not any(t.like_num or t.ent_type_ in {"DATE", "TIME", "CARDINAL"} for t in participle.subtree)


def _general_conjunct(trigger: Trigger) -> bool:
    """ "a pattern of enforced disappearances and torture had emerged": the second noun shares the
    first's "pattern of" even when the parser makes it the verb's subject (read on word order)."""
    doc = trigger.span.doc
    start = trigger.span.start
    if start < 2 or doc[start - 1].lower_ not in {"and", "or"} or doc[start - 1].dep_ != "cc":
        return False
    first = doc[start - 2]
    of = first.head
    if first.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in _GENERAL_HEADS:
        return False
    return not has_number(of.head) and not total_reached(of.head)


_VOUCHING = wordset("known believed reported understood")


def _vouched_state(root: Token) -> bool:
    """ "are known to be facing the death penalty", "are believed to be holding 40 men": a present
    state the writer vouches for, not an infinitive of plan or habit."""
    head = root.head
    return (
        root.tag_ == "VBG"
        and root.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "be" for c in root.children)
        and head.lower_ in _VOUCHING
        and any(c.dep_ == "auxpass" for c in head.children)
    )


def _governing_verbs(root: Token) -> list[Token]:
    """The trigger and the verb whose object it is ("would catalyze a rash of executions")."""
    out = [root]
    if root.dep_ in {"acl", "relcl"} and root.pos_ == "VERB":
        if root.dep_ == "acl" and _anyone_held(root) and root.head.dep_ in {"dobj", "nsubjpass", "nsubj"}:
            return [root, root.head.head]  # "must release all those detained": the demand's verb
        return out  # "must release the students arrested on 11 May": the participle's own clause
    cur = root
    for _ in range(5):
        if cur.head.i == cur.i or semicolon_between(cur, cur.head) or len(own_clause([cur, cur.head])) == 1:
            break
        if cur.dep_ not in {"pobj", "prep", "dobj", "conj", "compound", "attr", "xcomp"} and cur.i != root.i:
            break
        cur = cur.head
        out.append(cur)
        if cur.pos_ in {"VERB", "AUX"}:
            break
    return out


def _under_ban(root: Token) -> bool:
    """ "lifted its moratorium on executions": the noun the prepositional phrase belongs to."""
    if root.dep_ != "pobj" or root.head.lower_ not in {"on", "of"}:
        return False
    verb = root.head.head
    return any(
        c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.lower_ in _UNREAL_GOVERNORS for c in verb.children
    )


def _is_fact_by_window(trigger: Trigger) -> bool:
    """Without a parse: look at the few words before the trigger."""
    doc = trigger.span.doc
    bounds = sentence_bounds(doc, trigger.span.start)
    start = max(bounds[0] if bounds is not None else 0, trigger.span.start - 4)
    before = {t.lower_ for t in doc[start : trigger.span.start]}
    if before & (_NEGATORS | _MODALS):
        return False
    if before & _UNREAL_GOVERNORS:
        return False
    after = doc[trigger.span.end : trigger.span.end + 1]
    return not (trigger.kind == NOMINAL and len(after) and after[0].lower_ in _GENERAL_HEADS)
