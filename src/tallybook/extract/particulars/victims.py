"""Who the victims of a mention are: the victim noun phrase, its figure and its names.

`fill_victims` finds the victim slot of a trigger in the dependency parse ("X was executed",
"the execution of X", "a man who was executed", "X's death"), reads the figure the phrase
states (figures.py) and the people it names, and marks victims that are not a state's (security
forces killed in clashes, suspects of crimes arrested).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from tallybook.extract.attribution.claimants import is_report_word
from tallybook.extract.detection.trigger_lexicon import NOMINAL, NOMINAL_WORDS, wordset
from tallybook.extract.entities.people import resolve_person
from tallybook.extract.particulars.confessors import confessed_figure
from tallybook.extract.particulars.counted_groups import counted_group_before, plural_antecedent
from tallybook.extract.particulars.dated_counts import with_dated_count
from tallybook.extract.particulars.figures import combine, parse_figure
from tallybook.extract.particulars.mentions import _DEFINITE, _PRONOUNS, Mention, _subtree_text
from tallybook.extract.particulars.opening_subjects import opening_subject
from tallybook.extract.particulars.recall_relatives import SECURITY_WORDS
from tallybook.extract.particulars.reported_victims import reported_person
from tallybook.extract.particulars.sentence_figures import (
    figure_after_trigger,
    remainder_figure,
    whole_before_part,
)
from tallybook.extract.particulars.victim_among import members_among
from tallybook.extract.particulars.victim_conjuncts import conjoined_count, shaped_figure
from tallybook.extract.particulars.victim_counts import (
    cases_above,
    cases_of,
    companion_names,
    companion_preps,
    companions_of,
    toll_at_count,
    with_companions,
)
from tallybook.extract.particulars.victim_figures import (
    counted_speakers,
    one_person_case,
    ordinal,
    relatives_conjunct,
    the_others,
    victims_of,
    with_qualifier,
)
from tallybook.extract.particulars.victim_groups import named_group_before, refers_to_group
from tallybook.extract.particulars.victim_members import members_named_after, one_named_of
from tallybook.extract.particulars.victim_names import (
    _identified_as,
    name_right_after,
    names_in,
    names_set_after,
    victim_tokens,
)
from tallybook.extract.particulars.victim_one_of import members_one_of
from tallybook.extract.particulars.victim_singles import one_by_noun
from tallybook.extract.particulars.victim_slot import victim_head
from tallybook.extract.text.boilerplate import doc_text, lower_forms, span_text, token_texts
from tallybook.extract.text.parse_tree import first_child, has_parse
from tallybook.extract.text.word_positions import word_positions
from tallybook.model import Figure

# Suspects of crimes: their arrest is law enforcement, not a violation (CONVENTIONS.md).
_SUSPECTS = wordset(
    "suspect suspects killer killers murderer murderers thief thieves robber robbers smugglers"
)
_INCLUDING = frozenset(["including"])


def _is_security(head: Token) -> bool:
    words = {head.lower_} | {c.lower_ for c in head.children if c.dep_ in {"compound", "amod"}}
    return bool(words & SECURITY_WORDS) and head.lower_ in SECURITY_WORDS | {"members", "member"}


def fill_victims(m: Mention) -> None:
    head = _fill_victims(m)
    if not m.names and not m.pronoun and head is not None:
        # the members of a counted group the text names: "23 men were executed. One of them was X",
        # "... of one of the women, X, ...", "80 people were detained, among them the organiser X"
        count = m.figure.count
        m.names = (
            members_named_after(m.sent, head, count, m.type)
            or members_one_of(m.sent, head, count, m.type)
            or members_among(m.sent, head, count, m.type)
        )
    if m.figure.count is None and not m.names and (counted := cases_above(m.trigger.root)) is not None:
        # "36 cases of people taken away who have not been seen since": the cases counted
        m.figure, m.pronoun = counted, False
    if m.type == "torture" and m.figure.count is None and not m.names:
        m.figure = confessed_figure(m) or m.figure  # "a confession extracted under torture"
    if m.figure.count is None and not m.names and not m.pronoun:
        # "Executions were carried out; Amnesty recorded at least 21"
        doc = m.sent.doc
        start, end = m.trigger.span.start_char, m.trigger.span.end_char
        fig = figure_after_trigger(
            doc_text(doc)[m.sent.start_char : start], doc_text(doc)[end : m.sent.end_char]
        )
        if fig is not None:
            fig.description = m.figure.description
            m.figure = fig


# Words by which parse_figure tells a number just before a trigger is no count.
_WORD_BEFORE_NUMBER = frozenset({"aged", "age", "in", "by", "since", "until", "from", "during"})


def _fill_victims(m: Mention) -> Token | None:
    """Fills the victims of `m`; returns the head of its victim phrase, if found."""
    doc = m.sent.doc
    head = (victim_head(m.trigger) or opening_subject(m.trigger.root)) if has_parse(doc) else None
    if head is None:
        # No parse or no victim slot: a number just before a verbal trigger ("12 protesters killed").
        lo = max(m.sent.start, m.trigger.span.start - 6)
        m.figure = (
            parse_figure(span_text(doc[lo : m.trigger.span.start])) if m.trigger.kind != NOMINAL else Figure()
        )
        if m.trigger.kind != NOMINAL and {"among", "including", "whom"} & set(
            lower_forms(doc)[lo : m.trigger.span.start]
        ):
            whole = whole_before_part(doc_text(doc)[m.sent.start_char : m.trigger.span.start_char])
            m.figure = whole or m.figure  # "40 civilians, among them seven children, were killed"
        if m.trigger.kind == NOMINAL and m.trigger.root.i > 0:
            lo = max(m.sent.start, m.trigger.span.start - 3)
            num = first_child(m.trigger.root, "nummod") if has_parse(doc) else None
            if num is not None:  # "at least nine other killings": the number with its qualifier
                lo = min(lo, with_qualifier(doc, num.left_edge.i))
            if lo > m.sent.start and doc[lo - 1].lower_ in _WORD_BEFORE_NUMBER:
                lo -= 1  # "(aged 22) (execution)", "By 1890, public hanging": an age, a year
            # with the trigger word itself: "a sentence of 500 lashes" counts blows, not people
            m.figure = parse_figure(span_text(doc[lo : m.trigger.span.end]))
        m.figure.description = None
        m.figure = cases_of(m.trigger.root) or victims_of(m.trigger.root) or m.figure
        if m.figure.count is None:
            m.figure = toll_at_count(m) or m.figure  # "an official put the death toll at nine"
        if m.trigger.kind == NOMINAL:
            before = max(m.sent.start, m.trigger.span.start - 2)
            m.anaphoric = bool(word_positions(doc, _DEFINITE, before, m.trigger.span.start))
        return None
    m.victim_found = True
    if head.lower_ in _PRONOUNS:
        m.pronoun = True
        if head.lower_ in {"he", "him", "she", "her", "his"}:
            m.figure = Figure(count=1, qualifier="exact")  # one person, named or not
            joined = conjoined_count(head) if head.conjuncts else None
            if joined is not None and joined > 1:
                m.figure = Figure(count=joined, qualifier="exact")  # "he and 14 of his colleagues"
            companions = companions_of(m.trigger.root, head)
            if companions is not None:
                m.figure = combine(m.figure, companions)  # "he was arrested with seven others"
            elif (teller := reported_person(head)) is not None:
                # "X told reporters he was beaten", "X's family said he was taken": the person named
                m.names, m.pronoun = [teller], False
        # "his execution", "its executions": a back-reference to an event already reported
        # (not "his body bore marks of torture": the possessor of the body)
        m.anaphoric = m.trigger.kind == NOMINAL and head.dep_ == "poss" and head.head.i == m.trigger.root.i
        said_by = counted_speakers(head)
        if said_by is not None:
            m.pronoun = False  # the number of those who said it, not an earlier group's
            m.figure = said_by
        elif (counted := plural_antecedent(head)) is not None:
            m.pronoun, m.victims_definite = False, True  # "two youths were held; their bodies ..."
            m.figure = counted
        return head
    if m.trigger.kind != NOMINAL and _definite_back_reference(head):
        m.anaphoric = True  # "most of the dead were shot by ...": a group already counted
    if m.type == "killing":
        # Security forces killed (by rioters, in clashes) are not state violations.
        if _is_security(head):
            m.non_state = True
        # (the phrase's words are looked at first: few have an "including" in them)
        words = lower_forms(doc)[head.left_edge.i : head.right_edge.i + 1]
        if "including" in words or any(c.lower_ == "including" for c in m.trigger.root.children):
            for tok in [*head.subtree, *m.trigger.root.children]:
                if tok.lower_ == "including" and any(
                    _is_security(t) for t in tok.subtree if t.pos_ == "NOUN"
                ):
                    m.non_state = True  # a toll that mixes in security forces killed in clashes
    lo, hi = _subtree_text(head)
    lo = with_dated_count(doc, _after_dateline(doc, lo, head.i))
    lo = with_qualifier(doc, lo)
    # "X, together with nine other women, was hanged": the companions are counted apart
    cut = min((doc[i].left_edge.i for i in companion_preps(head) if i > head.i), default=hi)
    phrase = doc[lo : max(lo + 1, cut)]
    # "Three of the mine workers, and the two SAPS members": keep only non-security conjuncts.
    text = span_text(phrase) if cut == hi else span_text(phrase).rstrip(" ,")
    for conj in head.conjuncts if m.type == "killing" else ():
        if _is_security(conj) and conj.i > head.i:
            text = span_text(doc[lo : conj.left_edge.i]).rstrip(" ,")
            break
    fig = parse_figure(text)
    if m.type == "arrest" and (head.lower_ in _SUSPECTS or any(c.lower_ in _SUSPECTS for c in head.children)):
        m.non_state = True
    if fig.count is None:
        fig = cases_of(m.trigger.root) or cases_of(head) or fig
    if fig.count is None and m.trigger.kind == NOMINAL and m.type != "corporal_punishment":
        num = first_child(m.trigger.root, "nummod")
        if num is not None:
            fig2 = parse_figure(span_text(doc[num.left_edge.i : num.i + 1]))
            fig = Figure(
                count=fig2.count,
                qualifier=fig2.qualifier,
                low=fig2.low,
                high=fig2.high,
                description=fig.description or fig2.description,
            )
    nth = ordinal(m.trigger.root) if m.trigger.kind == NOMINAL else None
    if fig.count is None and nth is not None:
        # "That was the sixth public execution since 2021", "the 11th execution of a person
        # arrested ...": the ordinal counts the events so far
        fig = Figure(count=nth, qualifier="exact")
    companions = companions_of(m.trigger.root, head)
    if m.trigger.kind == NOMINAL and any(
        c.dep_ == "conj" and c.lower_ in NOMINAL_WORDS and c.i < head.i for c in m.trigger.root.children
    ):
        # "the arrest and slaughter of 1,500": the figure counts the last-named event.
        fig = Figure(description=fig.description)
    named = victim_tokens(head)  # may reach past the subtree: a list's last name hung elsewhere
    m.names = names_in(doc, lo, max(hi, max(named) + 1), named)
    m.victim_word = head.lower_
    m.victims_definite = any(c.lower_ in {"the", "these", "those"} for c in head.children if c.dep_ == "det")
    m.victims_back_reference = head.lower_ in {"victims", "men", "women", "prisoners", "detainees"} and any(
        c.lower_ in {"the", "these", "those"} for c in head.children
    )
    if not m.names:
        # "... numerous juvenile offenders on death row, including A, B and C"
        for i in word_positions(doc, _INCLUDING, m.sent.start, m.sent.end):
            tok = doc[i]
            if tok.i > m.trigger.span.start and tok.dep_ == "prep":
                if tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":":
                    continue  # "in several incidents including: A, B" lists events, not people
                t_lo, t_hi = _subtree_text(tok)
                m.names = names_in(doc, t_lo, t_hi)
                break
    if not m.names:
        m.names = _identified_as(head)
    if not m.names and (one_of := one_named_of(head)):
        # "One of the men hanged on Sunday was X": the one member named
        m.names, fig = one_of, Figure(count=1, qualifier="exact")
    if not m.names and fig.count is not None:
        m.names = names_set_after(head, lo, hi, fig.count)
    if not m.names and fig.count in (None, 1):
        m.names = name_right_after(head)  # "against the teacher X was carried out": split off
    if (
        not m.names
        and head.dep_ == "appos"
        and (head.head.ent_type_ == "PERSON" or head.head.pos_ == "PROPN")
    ):
        # "X, a 19-year-old student who was shot": the person the description is set beside
        m.names = names_in(doc, head.head.left_edge.i, head.head.i + 1)
    attr = head
    while attr.dep_ == "conj" and attr.head.pos_ in {"NOUN", "PROPN"}:
        attr = attr.head  # "was a land-rights activist and blogger who died in custody"
    if attr.dep_ == "attr":
        # "Mohsen Shekari (...) was a 22-year-old man who was executed"; the subject's name
        # outweighs a word of the description the model took for one ("a doctor and ethnic
        # Uzbek who disappeared")
        subj = first_child(attr.head, "nsubj")
        if subj is not None:
            s_lo, s_hi = _subtree_text(subj)
            m.names = names_in(doc, s_lo, s_hi, victim_tokens(subj)) or m.names
    # "Mikalai Zhuk, a retired engineer": a name set beside a description of a person (the model
    # may tag such a name ORG)
    described = any(
        c.dep_ == "appos" and first_child(c, "det") is not None and c.lower_ not in _BODIES
        for c in head.children
    )
    not_person = {"GPE", "LOC", "NORP", "FAC"} | (set() if described else {"ORG"})
    # "17-year-old X was jailed": an age before the name makes it a person's, whatever its tag
    aged = any(c.dep_ == "amod" and c.lower_ == "old" and c.i < head.i for c in head.children)
    if aged:
        not_person = set()
    if not m.names and head.pos_ == "PROPN" and head.ent_type_ not in not_person:
        parts: list[Token] = []  # the run of proper-noun compounds before the head: "El Hussein Bah"
        k = head.i - 1
        while k >= 0 and doc[k].dep_ == "compound" and doc[k].pos_ == "PROPN" and doc[k].head.i <= head.i:
            parts.insert(0, doc[k])
            k -= 1
        written = " ".join(t.text for t in [*parts, head])
        person = aged or head.ent_type_ == "PERSON" or (described and head.ent_type_ in {"", "ORG"})
        if parts:
            # "Sa'id Qanbar Zahi" is not the text's other Zahi: the run resolves as written
            full = resolve_person(doc, written)
            if full is not None and head.text not in full.split():
                full = None  # "Special Rapporteur": a title resolved to its holder, not this name
            full = full or (written if person else None)
        else:
            full = resolve_person(doc, head.text)
        if full:
            m.names = [full]
    if not m.names and head.lower_ == "those" and head.head.lower_ == "among":
        # "Among those executed ... were A and B": the people the main clause names
        speakers = {t.i for t in m.sent if t.dep_ == "nsubj" and is_report_word(t.head)}
        speaker_tokens = {s.i for i in speakers for s in doc[i].subtree}
        m.names = [
            n
            for n in names_in(doc, m.sent.start, m.sent.end, {t.i for t in m.sent} - speaker_tokens)
            if n not in text
        ]
    after = m.trigger.span.end
    if not m.names and head.lower_ == "those" and after < m.sent.end and doc[after].lower_ in {"were", "are"}:
        # "Those executed were A; B; and two others, C and D": the people the text counted before
        m.names = _names_after_were(doc[after], m.sent.end)
    if not m.names and refers_to_group(head) and fig.count in {None, 2, 3, 4, 5, 6, 7, 8, 9, 10}:
        group = named_group_before(m.sent)
        if group and fig.count in {None, len(group)}:
            # "These men were sentenced to death": the people the text has just listed
            m.names = group
            fig = Figure(count=len(group), qualifier="exact", description=fig.description)
            m.victims_back_reference = False  # the names already belong to the earlier mention
    if fig.count is None and not m.names and (earlier := counted_group_before(head, m.type)) is not None:
        # "the men" after "12 men": the group counted before, for another violation of theirs
        fig = Figure(count=earlier.count, qualifier=earlier.qualifier, description=fig.description)
    if fig.count is None and the_others(head):
        # "17 men were detained; five of them were released and the others have not been seen"
        start = m.sent.start_char
        prev = [s for s in doc.sents if s.end_char <= start][-1:]
        lo_char = prev[0].start_char if prev else start
        rest = remainder_figure(doc_text(doc)[lo_char : head.idx])
        fig = rest or fig
    if m.names and fig.count is not None and _age_after_comma(text, fig.count):
        fig = Figure(description=fig.description)  # "Rizki Maulana, 19,": an age, not a count
    elif m.names and fig.count is not None and _others_after_names(text, m.names):
        # "A and six other officers": the named people and the others
        fig = combine(Figure(count=len(m.names), qualifier="exact"), fig)
    elif m.names and (part := relatives_conjunct(head)) is not None and fig.count in {None, part.count}:
        # "A and two of his sons": the named person and the number of relatives (the phrase's
        # own figure is the relatives' number alone)
        fig = combine(Figure(count=len(m.names), qualifier="exact"), part)
    one = head.tag_ == "NN" and any(
        c.lower_ in {"a", "an", "one"} for c in head.children if c.dep_ in {"det", "nummod"}
    )
    one = one or one_person_case(head)  # "the case of a 15-year-old boy who was picked up"
    # quoted words of the one person it was done to ("beat me", "the soles of my feet")
    one = one or head.lower_ in {"me", "my"}
    # "the journalist was condemned", "her son", "X's younger brother": one person by the noun
    one = one or one_by_noun(head)
    if (
        one
        and not m.names
        and (part := relatives_conjunct(head)) is not None
        and fig.count in {None, part.count}
    ):
        # "killing a woman and her two daughters": one person and the relatives counted after her
        fig = combine(Figure(count=1, qualifier="exact"), part)
    elif fig.count is None and one:
        fig = Figure(count=1, qualifier="exact", description=fig.description)
    if m.type == "killing" and m.trigger.kind == NOMINAL and "prisoner" in text.lower():
        m.type = "execution"  # killing prisoners held by the state is execution without trial
    if fig.count is None and m.names and not _MANY_RE.search(text):
        fig = Figure(count=len(m.names), qualifier="exact", description=fig.description)
    fig = shaped_figure(head, fig)  # "a woman and a man", "X and his brother", "an elderly couple"
    if companions is not None:
        fig = with_companions(fig, head, companions)  # "X was detained along with six other men": 7
        if m.names:  # "together with two other lawyers, A and B": the companions named too
            m.names += [n for n in companion_names(m.trigger.root, head) if n not in m.names]
    if m.names and fig.description and any(n.split()[-1] in fig.description for n in m.names):
        fig.description = None
    m.figure = fig
    return head


def _after_dateline(doc: Doc, lo: int, head_i: int) -> int:
    """ "• 21 Oct – X, 34, died": a date or place set before a dash opens the item; its number
    is no count of the victims."""
    texts = token_texts(doc)
    for i in range(head_i - 1, lo, -1):
        if texts[i] in {"–", "—"} and doc[i - 1].whitespace_ and not doc[i + 1].like_num:
            return i + 1
    return lo


_BODIES = wordset("group organisation organization company party movement agency ngo network coalition body")
# "A and six other officers", "environmental activist A and two other members": no comma between
_OTHERS_AFTER_NAMES = re.compile(r"^[^,]*?(?P<and>\band)\s+(?:\w+\s+){1,3}other\b")


def _others_after_names(text: str, names: list[str]) -> bool:
    """ "A and six other officers": a named person before the counted others."""
    others = _OTHERS_AFTER_NAMES.search(text)
    return others is not None and any(n.split()[-1] in text[: others.start("and")] for n in names)


_MANY_RE = re.compile(r"\b(dozens|hundreds|thousands|numerous|several|many)\b", re.I)
_COMMA_NUMBER_RE = re.compile(r",\s*(\d+)\b")


def _age_after_comma(text: str, count: int) -> bool:
    """`re.search(rf",\\s*{count}\\b", text)` without building a pattern per count (the digit run
    after a comma is taken whole, so it equals `count` exactly when that pattern matches)."""
    if count < 0:
        return re.search(rf",\s*{count}\b", text) is not None
    digits = str(count)
    return any(m.group(1) == digits for m in _COMMA_NUMBER_RE.finditer(text))


def _names_after_were(were: Token, end: int) -> list[str]:
    """The names "Those executed were ..." gives: the copula's attribute as the parser reads it
    (not "an ally of X", "better known as Y" inside it), else every name up to `end` that no "of"
    or "as" introduces (a list of callings and names the parser cannot read)."""
    doc = were.doc
    named = first_child(were, "attr")
    if named is not None:
        return names_in(doc, named.left_edge.i, named.right_edge.i + 1, victim_tokens(named))
    allowed = {
        t.i
        for t in doc[were.i + 1 : end]
        if not any(a.lower_ in {"of", "as"} and a.i > were.i for a in t.ancestors)
    }
    return names_in(doc, were.i + 1, end, allowed)


def _definite_back_reference(head: Token) -> bool:
    if any(c.like_num or c.pos_ == "NUM" or c.ent_type_ == "PERSON" for c in head.subtree):
        return False
    det = {c.lower_ for c in head.children if c.dep_ in {"det", "poss"}}
    if head.lower_ in {"majority", "most", "many", "some", "all", "rest", "remainder"} or (
        head.lower_ == "those" and head.head.lower_ != "among"
    ):
        return True
    return bool(det & {"the", "these", "those"}) and head.lower_ in {
        "fatalities",
        "victims",
        "dead",
        "deceased",
    }
