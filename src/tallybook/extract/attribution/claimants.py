"""Who says an incident happened: attribution of a trigger to its sources.

Reads the dependency parse around a trigger: the subject of a reporting verb above it ("Amnesty
International stated that ... were killed"), the agent of a passive one ("the toll ... announced
by the PMOI"), "according to X", and hedges ("reportedly", "allegedly", "believed to"). Verbs of
confirming give `confirms` (but "X had verified that ..." is X's own finding, and a publisher
confirming in its own text asserts), verbs of denying `disputes`; everything else `asserts`;
eyewitnesses who "saw" it assert it. With no named source the claimant is the publisher.
What a source's head word names is `source_heads`'s question; names are canonicalised through the
organisations and people components ("PMOI" -> its full name, "the Special Rapporteur" -> the
person). Figures that show a count ("data gathered by X
show ...") give their keeper, and a reporting verb that is itself the trigger ("X reported 29
inmates dead") its own subject.
Nested sources give the innermost ("She said the group had documented ..." -> the group);
"according to X" covers its own clause, and a following sentence that carries on the account
with a pronoun subject; pronouns and generic heads resolve through `source_context`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from tallybook.extract.attribution.as_reported import as_reported
from tallybook.extract.attribution.carried_sources import carried_source, previous_sentence, report_author
from tallybook.extract.attribution.claim_verbs import COUNT_NOUNS, outer_report, told_noun, toll_at
from tallybook.extract.attribution.claimant_roles import (
    claim_owner,
    relative_report,
    relative_teller,
    relayed_teller,
)
from tallybook.extract.attribution.inquiry_calls import inquiry_caller
from tallybook.extract.attribution.misread_subjects import object_subject
from tallybook.extract.attribution.reaction_content import reacted_at
from tallybook.extract.attribution.reaction_sections import restated_reaction
from tallybook.extract.attribution.reported_speech import reported_speaker
from tallybook.extract.attribution.source_asides import parenthetical_source
from tallybook.extract.attribution.source_context import clause_bounds
from tallybook.extract.attribution.source_heads import head_names
from tallybook.extract.attribution.source_hedges import hedge_of
from tallybook.extract.attribution.source_names import PUBLISHER, canonical_source, is_publisher
from tallybook.extract.attribution.source_phrases import source_phrase
from tallybook.extract.attribution.source_receipts import after_dateline, described_content, received_content
from tallybook.extract.attribution.source_syntax import (
    DOCUMENT_NOUNS,
    HELD_NOUNS,
    NOT_SOURCES,
    according_to,
    agent_of,
    back_across,
    document_owner,
    enters_as_content,
    is_report_word,
    own_finding,
    shown_by_figures,
    stance_of,
    subject_of,
    witnessed,
)
from tallybook.extract.attribution.trailing_reports import split_report, trailing_figures, trailing_report
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.parse_tree import ancestor_ids, dep_tree, subtree_ids
from tallybook.extract.text.word_positions import word_positions
from tallybook.extract.timing.date_phrases import dateline_end
from tallybook.model import Certainty, Stance

__all__ = ["PUBLISHER", "Attribution", "attribute", "canonical_source", "is_report_word"]

_OWN = wordset("its their our")  # "its researchers": the organisation's own staff
# Verbs that tell a count of victims as their object ("reported 29 inmates dead", "counted 37
# dead"), unlike "put 23 men to death" or "denied holding him", which are the violation itself.
_TELLING = wordset(
    "report reports reported announce announces announced count counts counted record recorded"
)


def _unowned_document(tok: Token) -> bool:
    """ "a press statement", "a statement": a document no one is named for, only the medium of a
    teller the sentence names."""
    return tok.lower_ in DOCUMENT_NOUNS and any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children
    )


@dataclass
class Attribution:
    """The sources a sentence gives for one trigger, with the verb's token (for claim dates)."""

    claims: list[tuple[str, str]] = field(default_factory=list)  # (canonical name, stance)
    certainty: str = Certainty.STATED
    verb: Token | None = None
    raw: list[str] = field(default_factory=list)


def attribute(
    trigger: Token, sent: Span, speaker: str | None = None, scope: tuple[int, int] | None = None
) -> Attribution:
    """The sources that assert, confirm or dispute the incident `trigger` states."""
    doc = trigger.doc
    out = Attribution(certainty=hedge_of(sent))
    seen: set[str] = set()

    def record(raw: str, name: str, stance: str) -> None:
        if name.lower() not in seen:
            seen.add(name.lower())
            out.claims.append((name, stance))
            out.raw.append(raw)
        elif stance == Stance.ASSERTS:  # "according to figures verified by X": X gives the figure
            out.claims = [(n, Stance.ASSERTS if n == name else s) for n, s in out.claims]

    teller = speaker if scope is not None and speaker else PUBLISHER  # who speaks for "we", unheld words

    def add(head: Token, stance: str) -> None:
        for raw, name in head_names(head, teller, lambda: bool(out.claims)):
            record(raw, name, stance)

    if doc.has_annotation("DEP"):
        # "The ministry reported 29 inmates dead": the reporting verb is the trigger itself (but
        # "the authorities denied holding him" is the disappearance, told by the text)
        own = subject_of(trigger) if trigger.lower_ in _TELLING else None
        if own is not None and own.i < trigger.i and own.lower_ not in NOT_SOURCES:
            add(own, Stance.ASSERTS)
            out.verb = trigger
        relative = relative_report(trigger)
        own_subj = subject_of(relative) if relative is not None else None
        if relative is not None and own_subj is not None and own_subj.lower_ not in NOT_SOURCES:
            add(own_subj, stance_of(relative))  # "a confession that he says was extracted ..."
            out.verb = relative
        # Reporting verbs among the heads above the trigger.
        cur = trigger
        fallback: tuple[Token, Token] | None = None
        ancestors = ancestor_ids(doc, trigger.i)
        lo, hi = clause_bounds(sent, trigger)
        for _ in range(10):
            if cur.head.i == cur.i:
                break
            child, cur = cur, cur.head
            if scope is not None and not (scope[0] <= cur.idx < scope[1]):
                break  # inside a quotation, only the quoted words' own verbs count
            if not lo <= cur.i < hi:
                back = back_across(cur, lo, hi)
                if back is None:
                    break
                child, cur = back
            owner = claim_owner(cur, child)
            if owner is not None and not out.claims:
                add(owner, Stance.ASSERTS)  # "despite his allegation that police beat him"
                out.verb = out.verb or cur
                break
            if shown_by_figures(cur) and enters_as_content(child) and not is_report_word(cur):
                figures = subject_of(cur)
                owner = document_owner(figures) if figures is not None else None
                held = figures is not None and figures.lower_ in HELD_NOUNS
                if figures is not None and not held and (owner is None or owner.pos_ == "NOUN"):
                    # "Police figures show ...": an unnamed keeper's figures, as the text words them
                    phrase = source_phrase(figures)
                    record(phrase, canonical_source(doc, phrase), Stance.ASSERTS)
                elif figures is not None:
                    add(figures, Stance.ASSERTS)
                out.verb = out.verb or cur
                break
            if (
                (
                    is_report_word(cur)
                    or received_content(cur, child, is_report_word)
                    or described_content(cur, child)
                    or witnessed(cur)
                )
                and cur.i != trigger.i
                and (enters_as_content(child) or reacted_at(cur, child) or toll_at(cur, child))
            ):
                subj = subject_of(cur)
                if subj is not None and subj.i in ancestors:
                    subj = None  # "alarmed by reports of executions": the cause, not a source
                # "relatives of the men, who said ...": the relatives
                subj = relative_teller(cur, child, subj)
                if subj is not None:
                    subj = object_subject(subj, trigger) or subj  # "killing nine people, X said"
                if subj is not None and subj.idx < dateline_end(sent):
                    subj = after_dateline(sent)
                if (
                    subj is not None
                    and any(c.dep_ == "poss" and c.lower_ in _OWN for c in subj.children)
                    and outer_report(cur, lo, hi)
                ):
                    continue  # "The NGO said its researchers had documented ...": the NGO speaks
                if subj is not None and relayed_teller(cur, subj, lo, hi):
                    continue  # "the spokesperson said UN staff had documented ...": she speaks
                if subj is not None and subj.i != trigger.i and subj.lower_ not in NOT_SOURCES:
                    if subj.lower_ in {"he", "she"} and fallback is None and outer_report(cur, lo, hi):
                        # "His wife said that he had told her that guards beat him": she asserts it
                        fallback = (subj, cur)
                        continue
                    stance = own_finding(cur, child)
                    if scope is not None and speaker and stance == Stance.ASSERTS:
                        # '"Many of these men told the court they were tortured," said X': the
                        # speaker tells what others told; the quoted words name no source of theirs
                        record(subj.text, speaker, stance)
                    else:
                        add(subj, stance)
                    out.verb = out.verb or cur
                    if out.claims and stance == Stance.ASSERTS:
                        break  # "She said the group had documented ...": the innermost source
        if fallback is not None and not out.claims:
            add(fallback[0], stance_of(fallback[1]))
            out.verb = fallback[1]
        # "the toll ... that was announced by X", "figures published by X".
        _, _, deps, _ = dep_tree(doc)
        for i in subtree_ids(doc, trigger.i):
            if deps[i] not in {"relcl", "acl"}:
                continue  # (a Token only for the few clauses)
            child = doc[i]
            if is_report_word(child) and told_noun(child.head, trigger):
                agent = agent_of(child)
                if agent is not None:
                    add(agent, stance_of(child))
        if all(stance != Stance.ASSERTS for _, stance in out.claims):
            # "Soldiers killed 21 people ..., Amnesty International said on Monday."
            told = trailing_report(sent, trigger, hi) or split_report(sent, trigger)
            shown = trailing_figures(sent, trigger) if told is None else None
            if told is not None:
                add(told[0], stance_of(told[1]))
                out.verb = told[1]
            elif shown is not None:  # "..., official data shows.": figures the parser read as nouns
                record(shown.text, canonical_source(doc, shown.text), Stance.ASSERTS)
        if all(stance != Stance.ASSERTS for _, stance in out.claims):
            aside = parenthetical_source(sent, trigger)
            if aside is not None and (scope is None or scope[0] <= aside.idx < scope[1]):
                add(aside, Stance.ASSERTS)
        according = according_to(sent, trigger, (lo, hi)) or as_reported(sent, trigger, (lo, hi))
        # "X voiced concern ..., according to a statement": X's statement, no second source
        medium = according is not None and _unowned_document(according)
        if (
            according is not None
            and not (scope is not None and not scope[0] <= according.idx < scope[1])
            and not (medium and any(st == Stance.ASSERTS for _, st in out.claims))
        ):
            add(according, Stance.ASSERTS)
        if not out.claims and scope is None:
            carried = (
                inquiry_caller(trigger)
                or carried_source(sent, trigger)
                or report_author(sent)
                or reported_speaker(sent, trigger, previous_sentence(sent))
            )
            if carried is not None:
                add(carried, Stance.ASSERTS)
        # "..., the group said, a figure confirmed by X": X confirms what the sentence counts
        counts = word_positions(doc, COUNT_NOUNS, lo, hi)
        below = set(subtree_ids(doc, trigger.i)) if counts else set()
        for i in counts:
            tok = doc[i]
            if tok.i not in below:
                for c in tok.children:
                    agent = agent_of(c) if c.dep_ in {"relcl", "acl"} else None
                    if agent is not None and stance_of(c) == Stance.CONFIRMS:
                        add(agent, Stance.CONFIRMS)
    if not out.claims and speaker and not restated_reaction(sent):  # a reaction restates the event
        out.claims.append((speaker, Stance.ASSERTS))
    if out.claims and all(st == Stance.CONFIRMS and is_publisher(doc, n) for n, st in out.claims):
        out.claims = [(PUBLISHER, Stance.ASSERTS)]  # "..., X can confirm" in X's own text
    if not any(stance == Stance.ASSERTS for _, stance in out.claims):
        if out.claims and all(stance == Stance.CONFIRMS for _, stance in out.claims):
            out.claims.insert(0, (PUBLISHER, Stance.ASSERTS))
        elif not out.claims:
            out.claims.append((PUBLISHER, Stance.ASSERTS))
    return out
