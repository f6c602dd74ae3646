"""Sources a sentence takes from the sentences before it: the account it carries on ("Four men
were arrested, according to X. They were sentenced ...") and the report whose cases it tells
("Among the cases documented in the report is that of X"), and whose "the sources" are."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallybook.extract.attribution.citation_marks import cites_apart
from tallybook.extract.attribution.claim_verbs import asserting_teller
from tallybook.extract.attribution.lead_sources import lead_source
from tallybook.extract.attribution.source_context import clause_bounds
from tallybook.extract.attribution.source_syntax import (
    NOT_SOURCES,
    PRONOUNS,
    according_to,
    agent_of,
    is_report_word,
    subject_of,
)
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.boilerplate import (
    doc_text,
    lower_forms,
    sentence_at,
    sentence_starts,
    token_starts,
    token_texts,
)
from tallybook.extract.text.parse_tree import dep_tree, positions_in

_PARTITIVE_HEADS = wordset("one two three four five several some many most both each among of")
_BACK_PRONOUNS = wordset("he she they his her their")
_GROUP_PRONOUNS = (PRONOUNS - {"he", "she"}) | {"it"}
# Bounds a count of a part may open with ("At least four of them died").
_COUNT_BOUNDS = (
    ("at", "least"),
    ("at", "most"),
    ("more", "than"),
    ("fewer", "than"),
    ("less", "than"),
    ("up", "to"),
    ("nearly",),
    ("almost",),
    ("about",),
    ("around",),
    ("roughly",),
    ("some",),
)
_BOUND_OPENINGS = frozenset(bound[0] for bound in _COUNT_BOUNDS)


def _opening(sent: Span) -> Token | None:
    doc = sent.doc
    texts = token_texts(doc)  # (plain strings and flags: no Token made per word passed)
    punct = dep_tree(doc)[3]
    k = next(
        (
            k
            for k in range(sent.start, sent.end)
            if not texts[k].isspace() and not punct[k] and texts[k] not in "[]"
        ),
        None,
    )
    return None if k is None else doc[k]


def _previous(sent: Span) -> tuple[Span | None, bool]:
    """The sentence before `sent` (None across more than one blank line), and whether it is in
    the same paragraph."""
    doc = sent.doc
    if sent.start == 0:
        return None, False
    prev = sentence_at(doc, sent.start - 1)  # (no walk back over the sentence's tokens)
    texts = token_texts(doc)  # (`Token.is_space` is `text.isspace()`)
    starts = token_starts(doc)
    last = next((k for k in range(prev.end - 1, prev.start - 1, -1) if not texts[k].isspace()), prev.start)
    first = next((k for k in range(sent.start, sent.end) if not texts[k].isspace()), sent.start)
    breaks = doc_text(doc)[starts[last] + len(texts[last]) : starts[first]].count("\n")
    return (None if breaks > 2 else prev), breaks <= 1


def previous_sentence(sent: Span) -> Span | None:
    """The sentence before `sent` in its paragraph, or None."""
    prev, same_paragraph = _previous(sent)
    return prev if same_paragraph else None


def _past_bound(first: Token) -> Token:
    """The number after a bound that opens a count ("At least four of them", "More than 20 of
    those held"); `first` itself when no bound opens the sentence."""
    doc = first.doc
    lowers = lower_forms(doc)
    if lowers[first.i] not in _BOUND_OPENINGS:
        return first
    texts = token_texts(doc)
    words = [k for k in range(first.i, min(first.i + 4, len(texts))) if not texts[k].isspace()]
    lowered = [lowers[k] for k in words]
    for bound in _COUNT_BOUNDS:
        n = len(bound)
        if lowered[:n] == list(bound) and len(words) > n and doc[words[n]].like_num:
            return doc[words[n]]
    return first


def _partitive_opening(first: Token) -> bool:
    """ "Among them was X", "One of them was identified as X", "Two of the detainees died",
    "At least four of them died": one of the people the sentence before counted."""
    bounded = _past_bound(first)
    if bounded.i != first.i:
        first = bounded  # "At least 4 of them": a bound count, digits or words
    elif first.lower_ not in _PARTITIVE_HEADS and not (first.like_num and first.text.isalpha()):
        return False  # a number word opens it too ("Eight of them were hanged ...")
    nxt = [t for t in first.doc[first.i + 1 : first.i + 4] if not t.is_space]
    if first.lower_ in {"among", "of"}:
        return bool(nxt) and nxt[0].lower_ in {"them", "those", "the"}
    return len(nxt) >= 2 and nxt[0].lower_ == "of" and nxt[1].lower_ in {"them", "those", "the"}


def _last_clause_source(prev: Span) -> Token | None:
    """The source the last clause of `prev` names: "according to X" or the subject of its
    reporting verb ("X said, citing sources in the area, that ...")."""
    lo, hi = clause_bounds(prev, prev[-1])
    found = according_to(prev, prev[-1], (lo, hi))
    if found is not None:
        return found
    # "She added that ... 36 cases. Among them is X": a person's pronoun, which the incident's
    # sources resolve later (not "they", "we": no one in particular)
    tellers = (
        asserting_teller(v, NOT_SOURCES | _GROUP_PRONOUNS)
        for v in prev.doc[lo:hi]
        if v.dep_ in {"ROOT", "conj"}
    )
    return next((subj for subj in tellers if subj is not None), None)


def _uncounted_account(prev: Span) -> bool:
    """ "According to survivors, soldiers went from house to house, shooting men. Among the dead
    was X": a source opening an account that counts no one; "the dead" are the event's, not a
    part of the people that source counted ("at least six of the men", then "Among those ...")."""
    anchor = next((t for t in prev if t.lower_ == "according"), None)
    if anchor is None or anchor.i > prev.root.i:
        return False
    words = [t for t in prev if t.like_num and t.ent_type_ not in {"DATE", "TIME"}]
    return not any(t.i == 0 or prev.doc[t.i - 1].text != "[" for t in words)


def _in_relative_clause(trigger: Token | None) -> bool:
    return trigger is not None and any(t.dep_ == "relcl" for t in (trigger, *trigger.ancestors))


def carried_source(sent: Span, trigger: Token | None = None, depth: int = 0) -> Token | None:
    """ "Four men were arrested in April, according to X. They were sentenced to death ...": a
    sentence that carries on the account of the sentence before (its subject a pronoun for that
    sentence's people) keeps the source that sentence named at its end; one that tells of one of
    that sentence's people ("One of them died ...") keeps any source it named; one that goes on
    with a case of a report ("Among the cases documented in the report is that of X. His family
    learned ...") keeps the report's author."""
    first = _opening(sent)
    prev, same_paragraph = _previous(sent)
    if first is None or prev is None or cites_apart(prev, sent):
        return None
    partitive = _partitive_opening(first)
    if partitive and same_paragraph:
        found = _last_clause_source(prev)
        return None if found is not None and _uncounted_account(prev) else found
    if partitive and depth == 0 and not _in_relative_clause(trigger):
        # "Seven of them were ... [new paragraph] Among those executed was X": the part of a part
        # keeps the source the sentence before carried on from its lead (not the past its
        # relative clause tells: "X, who had been arrested years ago")
        prev_first = _opening(prev)
        if prev_first is not None and _partitive_opening(prev_first):
            return carried_source(prev, None, depth + 1)
    if partitive and not same_paragraph and depth <= 1 and not _in_relative_clause(trigger):
        # "[lead], according to X. Most were ... [new paragraph] Among those hanged was Y": X
        # (not the past a relative clause tells of Y, as above)
        found = lead_source(prev, _previous)
        if found is not None:
            return found
    if first.lower_ in {"he", "she"} and same_paragraph and depth == 0 and first.dep_ == "nsubjpass":
        # "Among them was Y, 41. He was hanged at dawn": Y's account goes on, its source with it
        prev_first = _opening(prev)
        if prev_first is not None and _partitive_opening(prev_first):
            found = carried_source(prev, None, depth + 1)
            if found is not None:
                return found
    if first.lower_ in _BACK_PRONOUNS and same_paragraph:
        author = report_author(prev)
        if author is not None:
            return author
    among = partitive and first.lower_ in {"among", "of"} and first.nbor(1).lower_ == "them"
    if not among and (
        first.lower_ not in {"he", "she", "they"}
        or first.dep_ not in {"nsubj", "nsubjpass"}
        or first.head.i != sent.root.i
    ):
        return None
    according = according_to(prev, prev.root, (prev.start, prev.end))
    anchor = next((t for t in prev if t.lower_ == "according"), None)
    if according is None or anchor is None or anchor.i < prev.root.i:
        return None  # only a source named after the account it gives ("..., according to X.")
    return according


# "the report", "the study": a document whose issuer the text names in a sentence before
# What a body issues as its own account, pointed back at as "the report", "the statement".
REPORT_NOUNS = frozenset({"report", "study", "statement", "briefing", "communique", "communiqué"})
_RECORDED_WORDS = wordset("documented recorded described detailed cited listed examined included")


def report_author(sent: Span) -> Token | None:
    """ "Among the cases documented in the report is that of X": who the text said issued "the
    report" (the subject of the reporting verb in the last sentence before that names a report)."""
    doc = sent.doc
    cited = next(
        (
            t
            for t in (doc[i] for i in positions_in(doc, "report_nouns", REPORT_NOUNS, sent.start, sent.end))
            if any(c.lower_ == "the" for c in t.children)
            and t.head.lower_ == "in"
            and t.head.head.lower_ in _RECORDED_WORDS
        ),
        None,
    )
    if cited is None:
        return None
    return report_issuer(sent)


_ISSUING = wordset(
    "publish published publishes release released releases issue issued issues present presented"
)


def _introduces_report(tok: Token) -> bool:
    """ "In its report, X said", "X published a report", "X said in a report released today"."""
    if tok.lower_ not in REPORT_NOUNS:
        return False
    return (
        any(c.dep_ == "poss" for c in tok.children)
        or (tok.dep_ == "dobj" and tok.head.lower_ in _ISSUING)
        or (tok.dep_ == "pobj" and tok.head.lower_ == "in" and is_report_word(tok.head.head))
    )


def _issuer(verb: Token) -> Token | None:
    """ "X published a briefing on Thursday": who issued the report (a verb that tells nothing)."""
    if verb.lower_ not in _ISSUING or not any(
        c.dep_ == "dobj" and _introduces_report(c) for c in verb.children
    ):
        return None
    subj = subject_of(verb)
    return subj if subj is not None and subj.lower_ not in NOT_SOURCES | PRONOUNS | {"it"} else None


def _sentences_before(sent: Span, n: int) -> list[Span]:
    """The last `n` of the doc's sentences that end by the start of `sent`, as `doc.sents` gives
    them (a Span made for those only)."""
    doc = sent.doc
    starts = sentence_starts(doc)
    if starts is None:
        return [s for s in doc.sents if s.end <= sent.start][-n:]
    bounds = [*starts, len(doc)]
    ks = [k for k in range(len(starts)) if bounds[k + 1] <= sent.start][-n:]
    return [doc[bounds[k] : bounds[k + 1]] for k in ks]


def report_issuer(sent: Span) -> Token | None:
    """Who the text said issued "the report" it speaks of: the subject of the reporting verb in
    the last of the six sentences before `sent` that introduces a report as someone's own; not
    "Y rejected X's figures, saying the report ..." (a critic, not the author)."""
    for prev in reversed(_sentences_before(sent, 6)):
        if not any(_introduces_report(t) for t in prev):
            continue
        for verb in prev:
            # (not "X rejected the report": a critic of the report, not its author)
            subj = asserting_teller(verb, NOT_SOURCES | PRONOUNS | {"it"}) or _issuer(verb)
            if subj is not None:
                return subj
    return None


# Plural nouns that, made definite, point back at the sources a text named before ("the sources
# said", "according to the same sources", "the reports said"), each with the forms it points at.
_TOLD_BY = {"sources": wordset("source sources network"), "reports": wordset("report reports information")}
_POINTING = wordset("the these those same such")


def _named_owner(noun: Token) -> Token | None:
    """Who a mention of sources or reports belongs to: "MEK sources", "the PMOI's sources",
    "reports obtained by the network of X", "sources of X"."""
    for c in noun.children:
        if c.dep_ in {"compound", "poss"} and (c.pos_ == "PROPN" or c.ent_type_ == "ORG"):
            return c
        if c.dep_ == "acl":
            agent = agent_of(c)
            if agent is not None:
                return agent
        if c.dep_ == "prep" and c.lower_ in {"of", "from"}:
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ == "ORG"):
                return obj
    return None


def earlier_owner(head: Token) -> Token | None:
    """ "the sources said", "according to the same sources", "the reports said": the owner of the
    sources or reports the text named before ("reports obtained by the network of X", "MEK
    sources"), through earlier definite mentions; None when the latest mention names no owner
    ("local sources") or the phrase describes its own ("the judicial sources")."""
    forms = _TOLD_BY.get(head.lower_)
    if forms is None or head.pos_ != "NOUN" or _named_owner(head) is not None:
        return None
    dets = [c for c in head.children if c.dep_ in {"det", "amod", "compound", "poss"}]
    if not dets or any(c.lower_ not in _POINTING for c in dets) or not any(c.dep_ == "det" for c in dets):
        return None
    doc = head.doc
    for i in range(head.i - 1, -1, -1):
        tok = doc[i]
        if tok.lower_ not in forms or tok.pos_ != "NOUN":
            continue
        owner = _named_owner(tok)
        if owner is not None:
            return owner
        if not any(c.dep_ == "det" and c.lower_ in _POINTING for c in tok.children):
            return None  # "local sources": the latest mention is sources of their own
    return None
