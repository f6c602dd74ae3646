"""Who says an incident happened: attribution of a trigger to its sources.

Reads the dependency parse around a trigger: the subject of a reporting verb above it ("Amnesty
International stated that ... were killed"), the agent of a passive one ("the toll ... announced
by the PMOI"), "according to X", and hedges ("reportedly", "allegedly", "believed to"). Verbs of
confirming give `confirms`, verbs of denying `disputes`; everything else `asserts`. With no
named source the claimant is the publisher. Names are canonicalised through the organisations
and people components ("PMOI" -> its full name, "the Special Rapporteur" -> the person).
Nested sources give the innermost ("She said the group had documented ..." -> the group);
"according to X" covers its own clause, and a following sentence that carries on the account
with a pronoun subject; pronouns and generic heads resolve through `source_context`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from tallybook.extract.source_context import (
    after_dateline,
    clause_bounds,
    coordinated_sources,
    dateline_end,
    earlier_description,
    implied_sources,
    outside_scope,
    partitive_group,
    received_content,
)
from tallybook.extract.source_names import PUBLISHER, canonical_source
from tallybook.extract.source_phrases import named_apposite, phrase_candidates
from tallybook.extract.transcripts import turn_speaker
from tallybook.extract.trigger_lexicon import wordset
from tallybook.model import Certainty, Stance

__all__ = ["PUBLISHER", "Attribution", "attribute", "canonical_source", "is_report_word"]

# Lower-cased verb forms (no lemmatizer needed) that introduce what a source says or reacts to.
_REPORT_WORDS = wordset(
    "dismiss dismissed dismisses say says said saying state states stated stating "
    "report reports reported reporting "
    "announce announces announced announcing document documents documented documenting allege "
    "alleges alleged alleging claim claims claimed claiming tell tells told add adds added adding note "
    "notes noted noting recall recalls recalled recalling express expresses expressed "
    "expressing condemn condemns condemned condemning warn warns warned estimate estimates "
    "estimated record records recorded reveal reveals revealed find finds found write writes "
    "wrote voice voices voiced refer refers referred referring accuse accuses accused alarmed "
    "concerned deplore deplores deplored denounce denounces denounced indicate indicates "
    "indicated cite cites cited register registered count counted admit admits admitted "
    "acknowledge acknowledged confirm confirms confirmed confirming verify verified corroborate "
    "corroborated deny denies denied denying reject rejects rejected dispute disputes disputed "
    "contest contested refute refuted put puts conclude concluded concludes"
)
_CONFIRM_WORDS = wordset("confirm confirms confirmed confirming verify verified corroborate corroborated")
_DISPUTE_WORDS = wordset(
    "dismiss dismissed dismisses deny denies denied denying reject rejects rejected "
    "dispute disputes disputed contest "
    "contested refute refuted"
)
_DOCUMENT_NOUNS = wordset(
    "release report reports statement statements figures data study account information testimony"
)
_PRONOUNS = frozenset(["he", "she", "they", "we", "i"])
_NOT_SOURCES = wordset("who which that this what there")
# "Several said ...", "at least six of them had told the court": the victims speaking inside a
# reported account, not a source of their own.
_QUANTIFIERS = wordset("several many some most few one all both others each none")
_OWN = wordset("its their our")  # "its researchers": the organisation's own staff
_HEDGES = {
    "reportedly": Certainty.REPORTEDLY,
    "allegedly": Certainty.ALLEGEDLY,
    "purportedly": Certainty.ALLEGEDLY,
    "believed": Certainty.REPORTEDLY,
    "thought": Certainty.REPORTEDLY,
    "said": Certainty.REPORTEDLY,
}


@dataclass
class Attribution:
    """The sources a sentence gives for one trigger, with the verb's token (for claim dates)."""

    claims: list[tuple[str, str]] = field(default_factory=list)  # (canonical name, stance)
    certainty: str = Certainty.STATED
    verb: Token | None = None
    raw: list[str] = field(default_factory=list)


def is_report_word(token: Token) -> bool:
    return token.lower_ in _REPORT_WORDS


def _stance(verb: Token) -> str:
    if verb.lower_ in _CONFIRM_WORDS:
        return Stance.CONFIRMS
    if verb.lower_ in _DISPUTE_WORDS:
        return Stance.DISPUTES
    return Stance.ASSERTS


def _subject(verb: Token) -> Token | None:
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
        agent = _agent(cur)
        if agent is not None:
            return agent
        if cur.dep_ in {"conj", "advcl", "xcomp", "ccomp"} and cur.head is not cur:
            cur = cur.head
            continue
        return None
    return None


def _agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _according_to(sent: Span, trigger: Token, bounds: tuple[int, int]) -> Token | None:
    for tok in sent:
        if not bounds[0] <= tok.i < bounds[1] or outside_scope(tok, trigger):
            continue
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor(1).lower_ == "to":
            objs = [c for c in tok.nbor(1).children if c.dep_ == "pobj"] or [
                c for c in tok.children if c.dep_ == "pobj"
            ]
            if not objs and tok.i + 2 < sent.end:
                objs = [tok.nbor(2).head if tok.nbor(2).head.i > tok.i else tok.nbor(2)]
            if objs:
                obj = objs[0]
                if obj.lower_ in _DOCUMENT_NOUNS:
                    inner = _document_author(obj)
                    if inner is not None:
                        return inner
                return obj
    return None


def _carried_source(sent: Span) -> Token | None:
    """ "Four men were arrested in April, according to X. They were sentenced to death ...": a
    sentence that carries on the account of the sentence before (its subject a pronoun for that
    sentence's people) keeps the source that sentence named at its end."""
    doc = sent.doc
    first = next((t for t in sent if not t.is_space), None)
    if first is None or sent.start == 0:
        return None
    # "Among them was X, who was hanged ...": one of the people the sentence before counted
    among = first.lower_ in {"among", "of"} and first.i + 1 < sent.end and first.nbor(1).lower_ == "them"
    if not among and (
        first.lower_ not in {"he", "she", "they"}
        or first.dep_ not in {"nsubj", "nsubjpass"}
        or first.head.i != sent.root.i
    ):
        return None
    prev = doc[sent.start - 1].sent
    if doc.text[prev.end_char : sent.start_char].count("\n") > 2:
        return None
    according = _according_to(prev, prev.root, (prev.start, prev.end))
    anchor = next((t for t in prev if t.lower_ == "according"), None)
    if according is None or anchor is None or anchor.i < prev.root.i:
        return None  # only a source named after the account it gives ("..., according to X.")
    return according


_RECORDED_WORDS = wordset("documented recorded described detailed cited listed examined included")


def _report_author(sent: Span) -> Token | None:
    """ "Among the cases documented in the report is that of X": who the text said issued "the
    report" (the subject of the reporting verb in the last sentence before that names a report)."""
    doc = sent.doc
    cited = next(
        (
            t
            for t in sent
            if t.lower_ in {"report", "study"}
            and any(c.lower_ == "the" for c in t.children)
            and t.head.lower_ == "in"
            and t.head.head.lower_ in _RECORDED_WORDS
        ),
        None,
    )
    if cited is None:
        return None
    for prev in reversed([s for s in doc.sents if s.end <= sent.start][-6:]):
        # the sentence that introduces the report as someone's own: "In its report, X said",
        # "X published a report"; not "Y rejected X's figures, saying the report ..."
        if not any(
            t.lower_ in {"report", "study"}
            and (
                any(c.dep_ == "poss" for c in t.children)
                or (t.dep_ == "dobj" and t.head.lemma_ in {"publish", "release", "issue", "present"})
            )
            for t in prev
        ):
            continue
        for verb in prev:
            if not is_report_word(verb) or _stance(verb) != Stance.ASSERTS:
                continue  # "X rejected the report": a critic of the report, not its author
            subj = _subject(verb)
            if subj is not None and subj.lower_ not in _NOT_SOURCES | _PRONOUNS | {"it"}:
                return subj
    return None


def _document_author(noun: Token) -> Token | None:
    """ "a news release issued by the experts" -> experts; "a report by X" -> X;
    "information she received" -> she."""
    clauses = [c for c in noun.children if c.dep_ == "relcl"]
    if noun.i + 2 < len(noun.doc) and noun.nbor(1).dep_ == "nsubj" and noun.nbor(1).head.i == noun.i + 2:
        clauses.append(noun.nbor(2))  # a contact clause the parser did not attach to the noun
    for c in clauses:
        if c.lower_ not in _REPORT_WORDS:
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in _NOT_SOURCES:
                return subj
    for tok in noun.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ in {"by", "from", "of"} and tok is not noun:
            return tok
    return None


def _parenthetical_source(sent: Span, trigger: Token) -> Token | None:
    """ "He was arrested and, his family said, was held for 40 days": a report set off by commas
    just before the clause that states the incident is the source of that clause."""
    doc = sent.doc
    for verb in sent:
        if verb.i >= trigger.i or not is_report_word(verb) or verb.i + 1 >= trigger.i:
            continue
        if doc[verb.i + 1].text != ",":
            continue
        subj = _subject(verb)
        if subj is None or subj.i > verb.i or subj.lower_ in _NOT_SOURCES:
            continue
        start = subj.left_edge.i
        if start - 1 < sent.start or doc[start - 1].text != ",":
            continue
        if any(t.text in {",", ";"} for t in doc[verb.i + 2 : trigger.i]) or verb.i - start > 6:
            continue  # the aside must lead straight into the incident's clause
        return subj
    return None


# How the path from a trigger may enter a reporting verb: its content, not its adjuncts.
_CONTENT_DEPS = wordset("ccomp xcomp dobj attr acomp oprd parataxis nsubjpass csubj")
_CONTENT_PREPS = wordset("to on about of over by that including")


def _enters_as_content(child: Token) -> bool:
    if (
        child.dep_ == "prep"
        and child.lower_ == "in"
        and any(c.dep_ == "pobj" and c.lower_ in _DOCUMENT_NOUNS for c in child.children)
    ):
        return True  # "said in a report that ...": the report holds what was said
    verb = child.head
    if child.i < verb.i and verb.i + 1 < len(verb.doc) and verb.nbor(1).text in {":", "—", "–"}:
        return False  # "Following X, Y said: ..." introduces what comes after, not before
    if child.dep_ in _CONTENT_DEPS:
        return True
    return child.dep_ in {"prep", "agent"} and child.lower_ in _CONTENT_PREPS


def attribute(
    trigger: Token, sent: Span, speaker: str | None = None, scope: tuple[int, int] | None = None
) -> Attribution:
    """The sources that assert, confirm or dispute the incident `trigger` states."""
    doc = trigger.doc
    out = Attribution()
    for tok in sent:
        hedge = _HEDGES.get(tok.lower_)
        if hedge is None:
            continue
        if tok.lower_ in {"believed", "thought", "said"} and not (
            tok.i + 1 < sent.end
            and tok.nbor(1).lower_ == "to"
            and any(c.dep_ == "auxpass" for c in tok.children)
        ):
            continue
        out.certainty = hedge
        break
    seen: set[str] = set()

    def record(raw: str, name: str, stance: str) -> None:
        if name.lower() not in seen:
            seen.add(name.lower())
            out.claims.append((name, stance))
            out.raw.append(raw)
        elif stance == Stance.ASSERTS:  # "according to figures verified by X": X gives the figure
            out.claims = [(n, Stance.ASSERTS if n == name else s) for n, s in out.claims]

    def add(head: Token, stance: str) -> None:
        if head.lower_ in _QUANTIFIERS or head.pos_ == "NUM":
            # "Several of those later released told us": the described group is the source
            head = partitive_group(head) or head
            if head.lower_ in _QUANTIFIERS or head.pos_ == "NUM":
                return
        named = named_apposite(head)
        if named is not None:
            head = named
        if head.lower_ == "it":
            # "X says it has registered 117 cases": "it" is the speaker of the verb above
            outer = next((a for a in head.ancestors if is_report_word(a) and a.i != head.head.i), None)
            subj = _subject(outer) if outer is not None else None
            if subj is not None and subj.lower_ not in _NOT_SOURCES | {"it"} and subj.i < head.i:
                head = subj
        implied = implied_sources(head)
        if implied is not None:
            for name in implied:
                record(head.text, name, stance)
        elif head.lower_ in {"we", "i"} and turn_speaker(doc, head.idx):
            # "SPOKESPERSON (Jane Roe, ...): we have recorded ...": the turn's speaker
            record(head.text, canonical_source(doc, str(turn_speaker(doc, head.idx))), stance)
        elif head.lower_ in _PRONOUNS:
            record(head.text, head.text, stance)
        else:
            cands = phrase_candidates(head)
            earlier = earlier_description(head)
            if earlier is not None:
                cands.insert(0, earlier)
            record(cands[0], canonical_source(doc, cands), stance)
        for other in coordinated_sources(head):
            add(other, stance)  # "the diocese and relatives of the detainees": two sources

    if doc.has_annotation("DEP"):
        # Reporting verbs among the heads above the trigger.
        cur = trigger
        ancestors = {a.i for a in trigger.ancestors}
        lo, hi = clause_bounds(sent, trigger)
        for _ in range(10):
            if cur.head is cur:
                break
            child, cur = cur, cur.head
            if scope is not None and not (scope[0] <= cur.idx < scope[1]):
                break  # inside a quotation, only the quoted words' own verbs count
            if not lo <= cur.i < hi:
                break
            if (
                (is_report_word(cur) or received_content(cur, child, is_report_word))
                and cur is not trigger
                and _enters_as_content(child)
            ):
                subj = _subject(cur)
                if subj is not None and subj.i in ancestors:
                    subj = None  # "alarmed by reports of executions": the cause, not a source
                if subj is not None and subj.idx < dateline_end(sent):
                    subj = after_dateline(sent)
                if subj is not None and any(c.dep_ == "poss" and c.lower_ in _OWN for c in subj.children):
                    continue  # "The NGO said its researchers had documented ...": the NGO speaks
                if subj is not None and subj.i != trigger.i and subj.lower_ not in _NOT_SOURCES:
                    add(subj, _stance(cur))
                    out.verb = out.verb or cur
                    if out.claims and _stance(cur) == Stance.ASSERTS:
                        break  # "She said the group had documented ...": the innermost source
        # "the toll ... that was announced by X", "figures published by X".
        for child in trigger.subtree:
            if child.dep_ in {"relcl", "acl"} and is_report_word(child):
                agent = _agent(child)
                if agent is not None:
                    add(agent, _stance(child))
        if all(stance != Stance.ASSERTS for _, stance in out.claims):
            # "Soldiers killed 21 people ..., Amnesty International said on Monday."
            root = sent.root
            for c in [root, *root.children]:
                opens_speech = c.i + 1 < len(c.doc) and c.nbor(1).text in {":", "—", "–"}
                if (
                    c.i > trigger.i
                    and c.i < hi
                    and is_report_word(c)
                    and not opens_speech
                    and (c is root or c.dep_ in {"parataxis", "ccomp", "conj"})
                    # "X was arrested ... and accused of arson": a second thing done to the victim
                    and not (
                        c.dep_ == "conj"
                        and c.head.i == trigger.i
                        and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
                        and not any(
                            0 <= c.i - e.end <= 1 and e.label_ in {"ORG", "PERSON"} for e in sent.ents
                        )
                    )
                ):
                    subj = _subject(c)
                    if subj is None or subj.i < trigger.i:
                        # "..., Amnesty International said": the name just before the verb
                        near = [
                            e
                            for e in sent.ents
                            if e.label_ in {"ORG", "PERSON"} and trigger.i < e.start and 0 <= c.i - e.end <= 1
                        ]
                        subj = near[-1].root if near else None
                    if subj is not None and subj.i > trigger.i and subj.lower_ not in _NOT_SOURCES:
                        add(subj, _stance(c))
                        out.verb = c
                        break
        if all(stance != Stance.ASSERTS for _, stance in out.claims):
            aside = _parenthetical_source(sent, trigger)
            if aside is not None and (scope is None or scope[0] <= aside.idx < scope[1]):
                add(aside, Stance.ASSERTS)
        according = _according_to(sent, trigger, (lo, hi))
        if according is not None and not (scope is not None and not scope[0] <= according.idx < scope[1]):
            add(according, Stance.ASSERTS)
        if not out.claims and scope is None:
            carried = _carried_source(sent) or _report_author(sent)
            if carried is not None:
                add(carried, Stance.ASSERTS)
        # "..., the group said, a figure confirmed by X": X confirms what the sentence counts
        below = {t.i for t in trigger.subtree}
        for tok in doc[lo:hi]:
            if tok.lower_ in {"figure", "toll", "tally"} and tok.i not in below:
                for c in tok.children:
                    agent = _agent(c) if c.dep_ in {"relcl", "acl"} else None
                    if agent is not None and _stance(c) == Stance.CONFIRMS:
                        add(agent, Stance.CONFIRMS)
    if not out.claims and speaker:
        out.claims.append((speaker, Stance.ASSERTS))
    if not any(stance == Stance.ASSERTS for _, stance in out.claims):
        if out.claims and all(stance == Stance.CONFIRMS for _, stance in out.claims):
            out.claims.insert(0, (PUBLISHER, Stance.ASSERTS))
        elif not out.claims:
            out.claims.append((PUBLISHER, Stance.ASSERTS))
    return out
