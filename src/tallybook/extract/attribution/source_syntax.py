"""The grammar of attribution: reporting verbs and their stance, the subject or agent of a
reporting verb, "according to X", a document's author ("a report by X"), a source set off by
commas ("He was arrested and, his family said, was held ..."), and which dependents of a
reporting verb carry what was said; figures that show a count ("data gathered by X show")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallybook.extract.attribution.according_scope import outside_scope
from tallybook.extract.attribution.available_records import available_keeper
from tallybook.extract.attribution.misread_subjects import after_subject, stance_adjective
from tallybook.extract.attribution.source_clauses import defines_title, second_that_clause
from tallybook.extract.detection.trigger_patterns import WITNESS_NOUNS, wordset
from tallybook.extract.text.word_positions import word_positions
from tallybook.model import Stance

# The one place for verbs of confirming and denying (claimants, confirmations, stance_sentences and
# incident_sources read these): confirming takes a source's word, admitting owns to part, denying rejects.
CONFIRM_WORDS = wordset(
    "confirm confirms confirmed confirming verify verifies verified verifying corroborate "
    "corroborates corroborated corroborating"
)
ADMIT_WORDS = wordset("acknowledge acknowledges acknowledged admit admits admitted")
DENY_WORDS = wordset(
    "deny denies denied denying dismiss dismisses dismissed reject rejects rejected refute refutes refuted"
)
DISPUTE_WORDS = DENY_WORDS | wordset("dispute disputes disputed contest contested")
# Lower-cased verb forms (no lemmatizer) that introduce what a source says, believes or reacts to.
REPORT_WORDS = (
    wordset(
        "dismiss dismissed dismisses say says said saying state states stated stating "
        "report reports reported reporting "
        "announce announces announced announcing document documents documented documenting allege "
        "alleges alleged alleging claim claims claimed claiming tell tells told add adds added adding note "
        "notes noted noting recall recalls recalled recalling express expresses expressed "
        "expressing condemn condemns condemned condemning warn warns warned estimate estimates "
        "estimated record records recorded reveal reveals revealed find finds found write writes "
        "wrote voice voices voiced refer refers referred referring accuse accuses accused alarmed "
        "concerned deplore deplores deplored denounce denounces denounced indicate indicates "
        "indicated cite cites cited citing register registered count counted admit admits admitted "
        "put puts conclude concluded concludes concluding stressed disclosed emphasised emphasized believe "
        "believes revealing estimating"
    )
    | CONFIRM_WORDS
    | ADMIT_WORDS
    | DISPUTE_WORDS
)
DOCUMENT_NOUNS = wordset(
    "release report reports statement statements figures data study account information testimony "
    "tally tallies count counts database records figure estimate estimates monitoring documentation "
    "files documents papers"
)
PRONOUNS = frozenset(["he", "she", "they", "we", "i"])
# Subjects that tell nothing: "nobody will tell us"; and a share of the people a body asked, which
# is what the body found ("39 percent reported torture", "80 per cent of suspects had reported").
NOT_SOURCES = wordset("who which that this what there nobody percent cent %")
# What a person writes, told as the source of a clause: "according to a letter he wrote".
AUTHORED_NOUNS = wordset("letter letters message messages note notes diary complaint petition")
# What a body holds rather than keeps as a record: with no holder named, whoever tells it holds it.
HELD_NOUNS = wordset("information evidence intelligence")


def verb_form(token: Token) -> str:
    """The lower-cased word, without a full stop the tokenizer left on it before a citation mark
    ("the judiciary announced.[6]")."""
    low = token.lower_
    return low[:-1] if len(low) > 2 and low.endswith(".") and low[-2].isalpha() else low


def is_report_word(token: Token) -> bool:
    low = verb_form(token)
    if low == "found" and any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children):
        return False  # "he was found with broken fingers": a discovery, not a finding reported
    if low == "finding":  # "published an inquiry, finding that ...", not "the finding"
        return token.tag_ == "VBG"
    if low in _PLACING:  # "Estimates place the death toll at ...", not "placed under house arrest"
        return any(c.dep_ == "dobj" and c.lower_ in _PLACED for c in token.children)
    if low in _RAISING:
        return any(c.dep_ == "dobj" and c.lower_ in _RAISED for c in token.children)
    if low in _LISTING:  # "MFB listed seven people who were taken": a teller's list, not a report's
        return (subj := subject_of(token)) is not None and subj.lower_ not in DOCUMENT_NOUNS
    return low in REPORT_WORDS and not defines_title(token)


# "The expert also raised the case of X, who was arrested", "highlighted the cases of": bringing
# up a case tells it (not "raised the flag", "was raised in Tehran").
_RAISING = wordset("raise raises raised raising highlight highlights highlighted")
_PLACING, _PLACED = wordset("place places placed placing"), wordset("toll figure number count tally")
_RAISED, _LISTING = wordset("case cases concern concerns allegations"), wordset("list lists listed")
# Every lower-case form `is_report_word` may accept (a form with the stray full stop too).
REPORT_FORMS = frozenset(w + end for w in REPORT_WORDS | _RAISING | _LISTING | _PLACING for end in ("", "."))


def stance_of(verb: Token) -> str:
    low = verb_form(verb)
    if low in CONFIRM_WORDS:
        return Stance.CONFIRMS
    if low in DISPUTE_WORDS:
        return Stance.DISPUTES
    return Stance.ASSERTS


# Verbs by which a body of figures tells what it counts ("Police figures show ...").
_SHOW_WORDS = wordset("show shows showed shown suggest suggests suggested reveal reveals revealed")


def shown_by_figures(verb: Token) -> bool:
    """ "Figures compiled by X show that ...", "official data from X show 55 killed": figures
    (data, a tally) as the subject of a verb of showing tell their keeper's count."""
    if verb_form(verb) not in _SHOW_WORDS:
        return False
    subj = subject_of(verb)
    return subj is not None and subj.dep_ == "nsubj" and subj.lower_ in DOCUMENT_NOUNS


def own_finding(verb: Token, content: Token) -> str:
    """The stance of `verb` towards the clause `content`: "the Office had verified that 26
    civilians were killed" tells the source's own finding (it asserts), while "a figure confirmed
    by X", "X confirmed the death" or "X confirmed that ..." take up what another told."""
    if verb.lower_ in _FINDING_WORDS and content.dep_ == "ccomp" and content.head.i == verb.i:
        return Stance.ASSERTS
    return stance_of(verb)


# Confirming verbs that tell of the source's own inquiry ("verified that", "corroborated that").
_FINDING_WORDS = CONFIRM_WORDS - wordset("confirm confirms confirmed confirming")


# Verbs of seeing an event happen, and who can be its eyewitness.
_SEEING = wordset("saw witnessed watched")
_EYEWITNESSES = WITNESS_NOUNS | wordset(
    "neighbour neighbor villager bystander relatives relative family colleagues students"
)


def witnessed(verb: Token) -> bool:
    """ "witnesses saw him being led away", "residents watched soldiers beat them": people who
    saw the event tell it (not "the year saw a rise in executions")."""
    if verb.lower_ not in _SEEING:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or after_subject(verb)
    return subj is not None and (subj.lower_ in _EYEWITNESSES or subj.ent_type_ == "PERSON")


def back_across(head: Token, lo: int, hi: int) -> tuple[Token, Token] | None:
    """ "Witnesses said X was shot; the commission said ...": the parser may hang the first
    clause under the verb after the semicolon; past that verb, the path comes back into the
    clause at the verb that really holds it. Returns (child, head) back inside [lo, hi)."""
    cur = head
    for _ in range(3):
        if cur.i < hi or cur.head.i == cur.i:
            return None
        child, cur = cur, cur.head
        if lo <= cur.i < hi:
            return child, cur
    return None


def subject_of(verb: Token) -> Token | None:
    """The subject of `verb`, following conjunctions and participles up to a finite verb."""
    cur: Token | None = verb
    for _ in range(4):
        if cur is None:
            return None
        subjects = [c for c in cur.children if c.dep_ in {"nsubj", "csubj"}]
        if subjects:
            # "Briefing journalists in Geneva, the spokesperson said": the subject nearest the verb
            before = [c for c in subjects if c.i < cur.i]
            return before[-1] if before else subjects[0]
        agent = agent_of(cur)
        if agent is not None:
            return agent
        if (cur.dep_ in {"conj", "advcl", "xcomp", "ccomp"} or stance_adjective(cur)) and cur.head.i != cur.i:
            cur = cur.head
            continue
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
            cur = cur.head.head  # "X urged ..., after documenting 318 floggings": X documented
            continue
        return None
    return None


def agent_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


_ACCORDING = frozenset({"according"})


def according_to(sent: Span, trigger: Token, bounds: tuple[int, int]) -> Token | None:
    doc = sent.doc
    for i in word_positions(doc, _ACCORDING, max(sent.start, bounds[0]), min(sent.end, bounds[1])):
        tok = doc[i]
        if outside_scope(tok, trigger):
            continue
        if tok.i + 1 < sent.end and tok.nbor(1).lower_ == "to":
            objs = [c for c in tok.nbor(1).children if c.dep_ == "pobj"] or [
                c for c in tok.children if c.dep_ == "pobj"
            ]
            if not objs and tok.i + 2 < sent.end:
                objs = [tok.nbor(2).head if tok.nbor(2).head.i > tok.i else tok.nbor(2)]
            if objs:
                obj = objs[0]
                if obj.lower_ in DOCUMENT_NOUNS | AUTHORED_NOUNS:
                    inner = document_owner(obj) or document_author(obj)  # the keeper first
                    if inner is not None:
                        return inner
                return obj
    return counted_by(sent, trigger, bounds)


# Nouns of a count a body keeps, as in "by the count of X" and "by X's tally".
_COUNT_WORDS = wordset("count tally reckoning estimate")


def counted_by(sent: Span, trigger: Token, bounds: tuple[int, int]) -> Token | None:
    """ "by the count of Amnesty International, at least 300 people were killed", "by X's tally":
    the body whose count the clause gives, as "according to X" would (None for "by our count",
    "by some estimates")."""
    doc = sent.doc
    for i in word_positions(doc, _COUNT_WORDS, max(sent.start, bounds[0]), min(sent.end, bounds[1])):
        tok = doc[i]
        by = tok.head
        # the count covers the clause it modifies, not a main clause it hangs below
        if tok.dep_ != "pobj" or by.lower_ != "by" or trigger.i not in {t.i for t in by.head.subtree}:
            continue
        for c in tok.children:
            if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_ == "ORG"):
                return c
            if (
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(t.dep_ == "det" and t.lower_ == "the" for t in tok.lefts)
            ):
                owner = next((o for o in c.children if o.dep_ == "pobj"), None)
                if owner is not None and (owner.pos_ == "PROPN" or owner.ent_type_ == "ORG"):
                    return owner
    return None


def holder(noun: Token) -> Token | None:
    """ "information we have received", "a letter she wrote": who received or wrote it."""
    return document_author(noun) if noun.lower_ in HELD_NOUNS | AUTHORED_NOUNS else None


def unheld(noun: Token) -> bool:
    """ "Credible information indicates ...": information no one is said to hold or give."""
    return noun.lower_ in HELD_NOUNS and document_owner(noun) is None and document_author(noun) is None


def document_author(noun: Token) -> Token | None:
    """ "a release issued by the experts" -> experts; "a report by X" -> X; "information she received"."""
    clauses = [c for c in noun.children if c.dep_ == "relcl"]
    doc = noun.doc
    if noun.i + 2 < len(doc) and noun.nbor(1).dep_ == "nsubj":
        verb = noun.nbor(1).head
        # a contact clause the parser did not attach to the noun ("information we have received")
        if noun.i + 1 < verb.i <= noun.i + 4 and all(t.dep_ == "aux" for t in doc[noun.i + 2 : verb.i]):
            clauses.append(verb)
    for c in clauses:
        # "a letter he wrote": writing is what makes him its author
        if c.lower_ not in REPORT_WORDS or noun.lower_ in AUTHORED_NOUNS:
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in NOT_SOURCES:
                return subj
    inside = {t.i for c in clauses for t in c.subtree}  # "a letter he wrote from prison": no author
    for tok in noun.subtree:
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ in {"by", "from", "of"}
            and tok is not noun
            and tok.i not in inside
        ):
            return tok
    return None


# Common nouns that name a body keeping a record ("a police statement"; not "casualty figures"),
_BODY_WORDS = wordset("ministry police government army military court office commission agency judiciary")


def document_owner(noun: Token) -> Token | None:
    """ "a Reuters tally", "figures compiled by X", "a statement from the army": the body that keeps
    the count (not "its figures"); who compiled it outranks its source ("documents reviewed by X")."""
    if noun.lower_ not in DOCUMENT_NOUNS:
        return None
    keeper = document_keeper(noun)
    if keeper is not None and (
        keeper.pos_ in {"PROPN", "PRON"} or keeper.ent_type_ == "ORG" or keeper.lower_ in _BODY_WORDS
    ):
        return keeper
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            if c.lower_ not in _BODY_WORDS and _about_possessor(noun):
                return None  # "X's autopsy report": a record about X, kept as written
            return c
        if c.dep_ == "compound" and c.ent_type_ == "DATE":
            continue  # "a June LRG report": the month is when, LRG who
        if c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ == "ORG" or c.lower_ in _BODY_WORDS):
            # "court documents", "police figures": records of no one named body, kept as written
            return c if c.pos_ != "NOUN" or c.ent_type_ == "ORG" or noun.tag_ != "NNS" else None
        if c.dep_ == "amod" and c.pos_ == "PROPN" and c.i == noun.i - 1:
            return c  # "a Meridian tally", the name read as a modifier
    return None


# Kinds of record made about a person, not by them: "X's autopsy report", "her medical records"
ABOUT_RECORDS = wordset("autopsy post-mortem postmortem medical forensic death arrest")


def _about_possessor(noun: Token) -> bool:
    """The record's own modifier makes it one about the person who owns it ("X's autopsy report",
    "X's death certificate"), not one they wrote ("X's report")."""
    return any(c.dep_ in {"compound", "amod"} and c.lower_ in ABOUT_RECORDS for c in noun.children)


def document_keeper(noun: Token) -> Token | None:
    """Who compiled, reviewed or holds a document ("figures compiled by X", "data available on X",
    "data from X", "data gathered by our team", also with "gathered" parsed as the main verb)."""
    for c in noun.children:
        keeper = agent_of(c) if c.dep_ == "acl" and c.i == noun.i + 1 else available_keeper(c)
        if keeper is None and c.dep_ == "prep" and c.lower_ in {"from", "by"} and c.i == noun.i + 1:
            keeper = next((p for p in c.children if p.dep_ == "pobj"), None)
        if keeper is None and c.dep_ == "relcl":
            # "figures they cited", "data the office compiled": a clause with no relative word
            subj = subject_of(c)
            keeper = subj if subj is not None and subj.left_edge.i == noun.i + 1 else None
        if keeper is not None:
            return keeper
    if noun.dep_ == "nsubj" and noun.head.i == noun.i + 1 and noun.head.tag_ == "VBN":
        return agent_of(noun.head)
    return None


# How the path from a trigger may enter a reporting verb: its content, not its adjuncts.
_CONTENT_DEPS = wordset("ccomp xcomp dobj attr acomp oprd parataxis nsubjpass csubj")
_CONTENT_PREPS = wordset("to on about of over by that including among")  # "..., among them X"


def enters_as_content(child: Token) -> bool:
    if (
        child.dep_ == "prep"
        and child.lower_ == "in"
        and any(c.dep_ == "pobj" and c.lower_ in DOCUMENT_NOUNS for c in child.children)
    ):
        return True  # "said in a report that ...": the report holds what was said
    verb = child.head
    if child.i < verb.i and verb.i + 1 < len(verb.doc) and verb.nbor(1).text in {":", "—", "–"}:
        return False  # "Following X, Y said: ..." introduces what comes after, not before
    if child.dep_ in _CONTENT_DEPS:
        return True
    if (
        child.dep_ == "conj"
        and child.pos_ in {"NOUN", "PROPN"}
        and verb.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.i < child.i for c in verb.children)
    ):
        return True  # "condemned the killings ..., as well as the arrest of": a second object
    if child.dep_ == "prep" and child.i > verb.i and _misattached_content(child):
        return True
    if second_that_clause(child):
        return True
    return child.dep_ in {"prep", "agent"} and child.lower_ in _CONTENT_PREPS


def _misattached_content(prep: Token) -> bool:
    """ "He told his lawyer at the time that officers had beaten him" ("that he was beaten"): a
    "that"-clause the parser hung on the noun of a time phrase as a relative clause, though "that"
    fills no place in it (it has its own subject): what was told."""
    clauses = [c for obj in prep.children if obj.dep_ == "pobj" for c in obj.children if c.dep_ == "relcl"]
    return any(
        any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "that" for c in clause.children)
        and any(c.lower_ == "that" and c.dep_ in {"advmod", "mark"} for c in clause.children)
        for clause in clauses
    )


def trailing_clause(verb: Token) -> bool:
    """ "..., the PMOI (PMOI/MEK) reported on Sunday": a reporting verb the parser hung on the
    main clause as an adverbial clause (no "after", "when" or "because" before it)."""
    return verb.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ != "as" for c in verb.children)


def before_aside(verb: Token) -> int:
    """Where the name before `verb` ends, past a bracketed acronym ("X (XY) said")."""
    doc, j = verb.doc, verb.i - 1
    if j > 0 and doc[j].text == ")":
        while j > 0 and doc[j].text != "(" and verb.i - j < 8:
            j -= 1
        return j if doc[j].text == "(" else verb.i
    return verb.i


def own_content(verb: Token, trigger: Token) -> bool:
    """ "Nine were disappeared, and several of the defendants told the court they had been
    beaten": a coordinated reporting verb with a content clause of its own reports that clause,
    not the clause before the "and"; so does one the parser hung on the main clause ("..., during
    which, his family said, he was beaten") when that clause follows it."""
    deps = {"conj": {"ccomp", "xcomp"}, "advcl": {"ccomp"}}.get(verb.dep_, set())
    return any(
        c.dep_ in deps and (verb.dep_ == "conj" or c.i > verb.i) and trigger.i not in {t.i for t in c.subtree}
        for c in verb.children
    )
