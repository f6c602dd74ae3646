"""Talk of a practice rather than of an event, told through bare plurals: "Courts continued to
hand down death sentences", "confessions extracted under torture" (not "these men were convicted
on confessions extracted under torture": named people's), "police tortured detainees",
"the whereabouts of relatives detained in the region", "the Centre, which monitors executions"
(what an organisation does).
Used by factuality.py."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Token

from tallybook.extract.assertion.general_statements import VICTIM_PRONOUNS, clause_verb
from tallybook.extract.assertion.received_reports import received_credible
from tallybook.extract.assertion.witnessed_scenes import witnessed_scene
from tallybook.extract.detection.trigger_lexicon import NOMINAL, VERBAL
from tallybook.extract.detection.triggers import Trigger
from tallybook.extract.text.boilerplate import doc_words, lower_forms, sentence_starts, span_text
from tallybook.extract.text.parse_tree import dep_tree, first_conjunct


def _bare_plural(tok: Token) -> bool:
    """ "detainees", "death sentences": a plural noun with no determiner, number or possessor."""
    return tok.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "poss", "nummod"} or c.like_num for c in tok.children
    )


_TITLE_HEADS = frozenset(
    ["rapporteur", "group", "committee", "subcommittee", "convention", "mandate", "commission"]
)


def general_clause(trigger: Trigger) -> bool:
    """A rule or a title, not an event: "as is standard whenever suspects are killed" (a
    habitual condition), "Executing people for theft is unlawful" (a gerund subject of a
    present-tense verdict), "the Special Rapporteur on arbitrary executions" (a mandate's title)."""
    root = trigger.root
    clause = root
    for _ in range(4 if "whenever" in doc_words(root.doc) else 0):  # most texts never say it
        if any(c.lower_ == "whenever" and c.dep_ in {"advmod", "mark"} for c in clause.children):
            return True
        if clause.dep_ not in {"conj", "xcomp", "auxpass", "aux"} or clause.head.i == clause.i:
            break
        clause = clause.head
    if root.tag_ == "VBG" and root.dep_ == "csubj" and root.head.tag_ in {"VBZ", "VBP"}:
        return True
    noun = (
        root if root.pos_ in {"NOUN", "PROPN"} else next((t for t in trigger.span if t.pos_ == "NOUN"), root)
    )
    if trigger.kind == NOMINAL and _listed_practices(noun):
        return True  # ("deaths in custody" may be rooted on "in" when "in custody" hangs elsewhere)
    if trigger.kind == NOMINAL and (_every_case_of(noun) or _in_cases_of(noun)):
        return True
    if trigger.kind == NOMINAL and _existential_reports(noun):
        return True
    if trigger.kind == NOMINAL and _crime_category(noun):
        return True
    if trigger.kind == NOMINAL and _monitored_practice(trigger):
        return True
    if trigger.kind == VERBAL and _habitual(root):
        return True
    if trigger.kind == VERBAL and root.dep_ == "acl" and _ranked_or_uncounted(root):
        return True
    if trigger.kind == NOMINAL:
        doc = root.doc
        lo = max(_sent_start(doc, root.i), trigger.span.start - 10)
        before = span_text(doc[lo : trigger.span.start]) if lo < trigger.span.start else ""
        title = _TITLE_RE.search(before)
        return bool(title and title.group(1).lower() in _TITLE_HEADS)
    return False


def _sent_start(doc: Doc, i: int) -> int:
    """The first token of token `i`'s sentence, as `Token.sent` finds it, without its walk back."""
    starts = sentence_starts(doc)
    if starts is None:
        return doc[i : i + 1].sent.start
    return starts[bisect_right(starts, i) - 1]


_FREQUENCY = frozenset(
    ["routinely", "regularly", "often", "frequently", "usually", "generally", "typically", "commonly"]
)
_CASES_QUANT = frozenset(["many", "most", "some", "numerous"])


def _habitual(root: Token) -> bool:
    """ "a person who was frequently denied a fair trial, and in many cases tortured into
    confessing": a frequency adverb or "in many cases" on the verb (or on the verb it is
    coordinated with) describes a pattern over unnamed people, not an event. A figure or a
    named person in the sentence makes it a report ("police routinely beat the 12 students")."""
    verbs = [root]
    if root.dep_ == "conj" and root.head.i != root.i:
        verbs.append(root.head)
    habitual = _many_cases(root.head) if root.dep_ == "acl" else False  # a misparse: "in many cases tortured"
    doc = root.doc
    _, kids, deps, _ = dep_tree(doc)  # (children read from plain lists: a Token only for "in")
    lowers = lower_forms(doc)
    for verb in verbs:
        for c in kids[verb.i]:
            if deps[c] == "advmod" and lowers[c] in _FREQUENCY:
                habitual = True
            if (
                deps[c] == "prep"
                and lowers[c] == "in"
                and any(g.dep_ == "pobj" and _many_cases(g) for g in doc[c].children)
            ):
                habitual = True
    if not habitual:
        return False
    specific = {"CARDINAL", "PERSON", "DATE", "TIME"}
    # (a bare duration, "for years", dates nothing)
    return not any(
        (t.ent_type_ in specific and t.lower_ not in _DURATIONS) or t.like_num or t.tag_ == "NNP"
        for t in root.sent
    )


_DURATIONS = frozenset(["years", "months", "decades", "weeks", "days", "for", "many", "several"])


def _many_cases(tok: Token) -> bool:
    return tok.lower_ == "cases" and any(g.lower_ in _CASES_QUANT for g in tok.children)


_REPORT_NOUNS = frozenset(["reports", "allegations", "accounts", "claims"])


def _existential_reports(noun: Token) -> bool:
    """ "There were reports of enforced disappearances, particularly in the north": an
    existential "there were reports of" + a bare plural with no figure summarises a year's
    practice; a place narrows it but does not make it one event."""
    if not (_bare_plural(noun) and noun.dep_ == "pobj" and noun.head.lower_ == "of"):
        return False
    reports = noun.head.head
    verb = reports.head
    if reports.lower_ not in _REPORT_NOUNS or reports.dep_ not in {"attr", "nsubj"}:
        return False
    if not any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children):
        return False
    return not any(t.like_num or t.ent_type_ in {"CARDINAL", "PERSON"} for t in noun.sent)


_CRIMES = frozenset(["crime", "crimes", "offence", "offences", "offense", "offenses"])


def _crime_category(noun: Token) -> bool:
    """ "the most serious crimes involving intentional killing": a bare noun describing what a
    category of crime consists of is a legal definition, not an incident."""
    if noun.dep_ not in {"dobj", "pobj"} or noun.head.lower_ not in {"involving", "involve", "involves"}:
        return False
    return noun.head.head.lower_ in _CRIMES and _bare(noun) and noun.tag_ in {"NN", "NNS"}


_MONITOR_VERBS = frozenset(
    ["monitors", "monitor", "documents", "document", "tracks", "track", "records", "record", "investigates"]
)
_RELATIVES = frozenset(["which", "that", "who"])


def _monitored_practice(trigger: Trigger) -> bool:
    """ "the Centre, which monitors executions in the country", "a group that documents enforced
    disappearances": a relative clause saying what an organisation does names the practice it
    watches, not an event (read on word forms: the parser often takes "documents" for a noun)."""
    doc = trigger.span.doc
    start = trigger.span.start
    sent_start = _sent_start(doc, start)
    k = start - 2
    if k > sent_start and doc[k].pos_ == "ADV":
        k -= 1  # "which closely monitors executions"
    if k < sent_start or doc[start - 1].lower_ not in _MONITOR_VERBS or doc[k].lower_ not in _RELATIVES:
        return False
    last = trigger.span[-1]
    return last.tag_ in {"NNS", "NNPS"} and not any(t.like_num for t in trigger.span)


_EVERY = frozenset(["every", "any", "each", "all"])


def _every_case_of(noun: Token) -> bool:
    """ "to investigate every allegation of torture", "any report of executions": the trigger
    names a kind of case quantified over, not a case."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    owner = noun.head.head
    return owner.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _EVERY for c in owner.children)


def _in_cases_of(noun: Token) -> bool:
    """ "the impunity that prevails in cases of enforced disappearances, extrajudicial executions
    and torture": bare kinds after an uncounted "in cases of" name the kinds of case a remark is
    about, not an event (not "in the case of X", a named one, nor "in 40 cases of torture")."""
    base = first_conjunct(noun)
    if base.dep_ != "pobj" or base.head.lower_ != "of" or not (_bare(noun) and _bare(base)):
        return False
    cases = base.head.head
    if cases.lower_ not in {"cases", "case"} or cases.dep_ != "pobj" or cases.head.lower_ != "in":
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "amod"} or c.like_num for c in cases.children)


def _ranked_or_uncounted(participle: Token) -> bool:
    """ "was the largest killed in a single day" (a ranking of a toll), "The number of protesters
    shot on that Friday was the highest" (the size of a toll no figure in the sentence gives): talk
    of a toll told elsewhere; not "the number of people executed in 2023 was 853"."""
    if participle.head.tag_ == "JJS":
        return True
    # "the number of protesters and bystanders shot"
    noun = first_conjunct(participle.head)
    # (the parser may hang the participle on "number" itself)
    number = noun if noun.dep_ != "pobj" or noun.head.lower_ != "of" else noun.head.head
    if number.lower_ not in {"number", "numbers"}:
        return False
    return not any(t.tag_ == "CD" for t in participle.sent)  # (not the "one" of "no one responsible")


_PRACTICE_VERBS = frozenset(["reported", "continued", "occurred", "persisted", "documented"])


def _listed_practices(root: Token) -> bool:
    """ "Enforced disappearances, torture and deaths in custody were reported throughout the
    year", "Deaths in custody were reported in several regions": a list of kinds of abuse or a
    bare plural, with no figure, name or place in the sentence, is the summary of a year, not an
    event."""
    base = first_conjunct(root)
    if base.dep_ not in {"nsubj", "nsubjpass"} or base.head.lower_ not in _PRACTICE_VERBS:
        return False
    items = [
        base,
        *(t for t in base.subtree if t.dep_ == "conj" and t.head.i in {base.i, *[c.i for c in base.subtree]}),
    ]
    if not all(t.tag_ in {"NN", "NNS"} and _bare(t) for t in items):
        return False
    specific = {"CARDINAL", "PERSON", "GPE", "LOC", "FAC", "ORG"}
    if len(items) < 3:
        # one or two kinds: only undated bare plurals ("Deaths in custody were reported"), not
        # "Arrests of students continued on Tuesday"
        if not all(t.tag_ == "NNS" for t in items):
            return False
        specific |= {"DATE", "TIME"}
    # (an adjective the tagger took for a date, "Arbitrary arrests", dates nothing)
    return not any(
        (t.ent_type_ in specific and not (t.tag_ == "JJ" and t.ent_type_ == "DATE")) or t.like_num
        for t in root.sent
    )


def _bare_mass(tok: Token) -> bool:
    """ "evidence", "testimony": a singular noun with no determiner names the kind, like a plural."""
    return tok.tag_ == "NN" and _bare(tok)


def _bare(tok: Token) -> bool:
    return not any(c.dep_ in {"det", "poss", "nummod"} or c.like_num for c in tok.children)


# "Special Rapporteur on extrajudicial, summary or arbitrary executions", "Committee against Torture"
_TITLE_RE = re.compile(r"\b([A-Z][a-z]+)\s+(?:on|against)\b(?:\s*[A-Za-z]+,?){0,6}\s*$")


def generic_plural(trigger: Trigger) -> bool:
    """Talk of a practice, not of an event: "Courts continued to hand down death sentences",
    "trials that relied on confessions extracted under torture", "evidence obtained by torture is
    inadmissible", "rights groups reported that police tortured detainees" (no figure, date, place
    or name anywhere in the sentence)."""
    root = trigger.root
    if trigger.kind == NOMINAL and _bare_plural(root) and root.dep_ == "dobj":
        verb = root.head
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return True
    if trigger.kind == NOMINAL and root.dep_ == "pobj" and root.head.lower_ in {"under", "through", "by"}:
        acl = root.head.head
        # (the tagger may read the reduced relative as a past tense: "Confessions obtained ...")
        if (
            acl.dep_ == "acl"
            and acl.tag_ in {"VBN", "VBD"}
            and (_bare_plural(acl.head) or _bare_mass(acl.head))
        ):
            # "confessions extracted under torture", unless they are named people's confessions
            return not _confessions_of_named_people(acl.head)
    described = _hyphened_description(root) if trigger.kind == NOMINAL else None
    if described is not None:
        # "torture-tainted confessions" is "confessions tainted by torture", read the same way
        return not _confessions_of_named_people(described)
    if trigger.kind == VERBAL and _participle_of_kind(root):
        return True
    subject = trigger.kind == NOMINAL and _bare_plural(root) and root.dep_ in {"nsubj", "nsubjpass"}
    if subject and any(c.dep_ == "advmod" and c.lower_ == "long" for c in root.head.children):
        return True  # "Extrajudicial executions have long been documented in X": a practice
    if trigger.kind == VERBAL and root.tag_ in {"VBD", "VBP", "VBZ"}:
        obj = next((c for c in root.children if c.dep_ == "dobj"), None)
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if obj is None or subj is None or not _bare_plural(obj) or subj.tag_ not in {"NN", "NNS"}:
            return False
        if any(c.dep_ in {"det", "poss", "nummod"} for c in subj.children):
            return False
        specific = {"DATE", "TIME", "CARDINAL", "PERSON", "GPE", "LOC", "FAC", "ORG", "EVENT"}
        if witnessed_scene(root):
            return False  # "Eyewitnesses said officers beat participants": one event seen
        return not any(t.ent_type_ in specific or t.like_num for t in root.sent)
    return False


def _hyphened_description(root: Token) -> Token | None:
    """The bare noun a trigger describes through a hyphened participle or adjective ("torture-
    tainted confessions", "torture-induced evidence" -> the confessions, the evidence), if any."""
    word = root.head
    doc = root.doc
    if root.dep_ not in {"npadvmod", "compound"} or word.i != root.i + 2 or doc[root.i + 1].tag_ != "HYPH":
        return None
    if word.dep_ != "amod" or word.tag_ not in {"VBN", "JJ"}:
        return None
    noun = word.head
    return noun if noun.pos_ == "NOUN" and (_bare_plural(noun) or _bare_mass(noun)) else None


_PAST_AUX = frozenset(["was", "were", "had", "has", "have", "been"])
_DEMONSTRATIVES = frozenset(["these", "those", "the", "this", "that"])


def _confessions_of_named_people(plural: Token) -> bool:
    """ "These men were convicted on the basis of confessions extracted under torture", "Many of
    those hanged were sentenced on confessions obtained under torture": the torture of people the
    text points at, told in the past, is an allegation of an event (CONVENTIONS.md records it),
    unlike "trials that relied on confessions extracted under torture"."""
    verb = clause_verb(plural)
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.lower_ in _PAST_AUX for c in aux))):
        return False
    if any(c.tag_ == "MD" for c in aux):
        return False
    clause = verb
    while clause.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        clause = clause.head  # "were arrested and convicted on ...": the first verb's subject
    # the people convicted: the passive subject, or the active verb's object ("convicted them")
    held = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    if held is None:
        held = next((c for c in clause.children if c.dep_ == "dobj"), None)
    if held is None:
        # "their convictions rested on confessions ...": the people whose verdict it is
        verdict = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in _VERDICTS), None)
        owner = next((c for c in verdict.children if c.dep_ == "poss"), None) if verdict is not None else None
        return owner is not None and (owner.lower_ in {"his", "her", "their"} or _points_at_people(owner))
    return _points_at_people(held)


_VERDICTS = frozenset(["conviction", "convictions", "verdict", "verdicts", "sentence", "sentences"])


def _points_at_people(subj: Token) -> bool:
    """ "these men", "the 12 defendants", "they", "Ali Rezaei", "many of those hanged"."""
    if subj.tag_ in {"PRP", "NNP", "NNPS"} and subj.lower_ not in {"it", "we", "you"}:
        return True
    if any(c.dep_ in {"poss", "nummod"} or c.like_num for c in subj.children):
        return True
    if subj.tag_ in {"NNS", "NN"} and any(
        c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in subj.children
    ):
        return True
    # "many of those hanged", "most of the men": a part of a group the text points at
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return group is not None and (group.lower_ in {"those", "these", "them"} or _points_at_people(group))


def _participle_of_kind(root: Token) -> bool:
    """ "could not learn the whereabouts of family members detained in the region", "lawyers for
    activists jailed abroad": a participle describing a bare plural names the kind of people
    talked about; with no figure, date or name in the sentence no event is told."""
    if root.dep_ != "acl" or root.tag_ != "VBN" or root.head.dep_ == "ROOT" or not _bare_plural(root.head):
        return False
    if received_credible(root.head):
        return False  # "received credible reports that detainees were beaten": a clause, not a participle
    if any(c.dep_ == "nsubjpass" and c.lower_ in VICTIM_PRONOUNS for c in root.children):
        return False  # "reports that they had been tortured": a clause about people told before
    specific = {"DATE", "TIME", "CARDINAL", "PERSON"}
    return not any(t.ent_type_ in specific or t.like_num for t in root.sent)
