"""The number of a group that a victim phrase points back to without a number of its own.

"The death sentences of 12 men ... The men were rounded up in March": "the men" are the 12.
"Two men convicted of theft had four fingers of their right hands cut off": "their" is the two
men of the same sentence, not a person named sentences before. "Several of the defendants said
they were beaten": the part has no number, so neither has the pronoun.
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.attribution.claimants import is_report_word
from tallybook.extract.detection.trigger_context import PERSON_NOUNS
from tallybook.extract.detection.trigger_lexicon import PATTERNS, wordset
from tallybook.extract.detection.trigger_patterns import words_of
from tallybook.extract.particulars.figures import combine, parse_figure
from tallybook.extract.particulars.recall_relatives import SECURITY_WORDS
from tallybook.extract.particulars.victim_figures import of_object, with_qualifier
from tallybook.model import Figure

# Nouns that name a bounded set of people, so that "the men" repeats "12 men"; not crowds
# ("the protesters", "the people", "the villagers"), which a writer uses for more than the counted.
_BOUNDED = wordset(
    "men women boys girls prisoners detainees defendants inmates convicts activists journalists "
    "youths teenagers brothers sisters sons daughters students workers farmworkers lawyers bloggers"
)
_POINTING = wordset("the these those")
_PLURAL_PRONOUNS = wordset("they them their")
_GROUP_NOUNS = PERSON_NOUNS | _BOUNDED
_QUANTITIES = wordset("several many some most few dozens scores hundreds thousands none all each both")
_SENTENCES_BACK = 3
_ANTECEDENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _lead_words() -> dict[str, frozenset[str]]:
    """The types of the trigger patterns each word opens ("execution", "hanged", "sentenced")."""
    out: dict[str, set[str]] = {}
    for kind, _, pattern in PATTERNS:
        for word in words_of(pattern[0]):
            out.setdefault(word, set()).add(kind)
    return {w: frozenset(k) for w, k in out.items()}


_LEAD_WORDS = _lead_words()


def counted_group_before(noun: Token, kind: str) -> Figure | None:
    """ "the men" after "12 men": the figure of the last counted phrase with the same noun in the
    sentence so far or the few sentences before, for a violation of type `kind` other than the
    one the counted phrase was told with ("the execution of 52 men ... the men were hanged on
    Saturday" tells the execution again: the restatement rules fold it). Not "the men" after
    "seven other men" (the others of someone), nor a noun with its own number, name or part."""
    if noun.lower_ not in _BOUNDED or noun.tag_ != "NNS":
        return None
    dets = {c.lower_ for c in noun.children if c.dep_ in {"det", "predet"}}
    if not dets & _POINTING or any(c.dep_ == "nummod" for c in noun.children):
        return None
    if _names_people(noun):
        return None
    doc = noun.doc
    first = noun.sent
    for _ in range(_SENTENCES_BACK):  # (walked back from the noun: `doc.sents` builds every sentence)
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    lo = first.start
    for i in range(noun.left_edge.i - 1, lo - 1, -1):
        tok = doc[i]
        if tok.lower_ != noun.lower_:
            continue
        num = next((c for c in tok.children if c.dep_ == "nummod" and c.like_num), None)
        if num is None:
            continue
        if any(c.lower_ in {"other", "more", "further"} for c in tok.children):
            return None
        if _told_with(tok, kind):
            return None
        fig = parse_figure(doc[with_qualifier(doc, num.left_edge.i) : tok.i + 1].text)
        return fig if fig.count is not None and fig.count >= 2 else None
    return None


def _told_with(tok: Token, kind: str) -> bool:
    """Whether the counted people `tok` are the victims of a violation of type `kind` told with
    them: a trigger word above them ("the execution of 52 men", "12 men were hanged") or on them
    ("52 men executed")."""
    near = [*tok.ancestors, *(c for c in tok.children if c.dep_ in {"acl", "relcl"})]
    return any(kind in _LEAD_WORDS.get(t.lower_, ()) for t in near)


def plural_antecedent(pronoun: Token) -> Figure | None:
    """The figure of the group a plural pronoun stands for, when the same sentence holds that
    group before it as a subject or object: "two youths were detained; their bodies were found"
    (2), "several of the defendants were suspended by their wrists" (no number). None when the
    sentence gives no such group, or the group names people (their names resolve elsewhere)."""
    if pronoun.lower_ not in _PLURAL_PRONOUNS:
        return None
    doc = pronoun.doc
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        tok = doc[i]
        if tok.dep_ == "pobj" and (with_others := _with_companions(tok)) is not None:
            return with_others
        if tok.dep_ not in _ANTECEDENT_DEPS or tok.pos_ == "PRON":
            continue
        group = _group(tok)
        if group is None:
            continue
        if _names_people(tok) or _points_back(tok):
            return None  # "the three men": a group told before, whose names resolve elsewhere
        if tok.dep_ == "nsubj" and is_report_word(tok.head):
            continue  # "Relatives said police beat them": the speakers, not the victims
        lo, hi = with_qualifier(doc, tok.left_edge.i), group.i + 1
        fig = parse_figure(doc[lo:hi].text)
        if fig.count is not None:
            return Figure(count=fig.count, qualifier=fig.qualifier, low=fig.low, high=fig.high)
        if tok.lower_ in _QUANTITIES and tok.lower_ not in {"all", "each", "both"}:
            return Figure()  # "several of the defendants": a part with no number
        return None
    return None


def _group(tok: Token) -> Token | None:
    """The people noun of a candidate antecedent: the noun itself ("two youths"), or the noun of
    its "of" phrase for a quantity ("several of the defendants", "three of the men")."""
    if tok.lower_ in SECURITY_WORDS:
        return None
    if tok.tag_ == "NNS" and tok.lower_ in _GROUP_NOUNS:
        return tok
    if tok.like_num or tok.lower_ in _QUANTITIES:
        obj = of_object(tok)
        if obj is not None and obj.tag_ == "NNS" and obj.lower_ in _GROUP_NOUNS:
            return obj
    return None


def _points_back(tok: Token) -> bool:
    """ "the three men", "these men": a definite group, not one this sentence first counts."""
    return tok.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ in _POINTING for c in tok.children)


def _with_companions(tok: Token) -> Figure | None:
    """ "He was arrested together with seven other journalists; none of them has been charged":
    one person and the counted others of the "with" phrase, when the verb's subject is one
    person told by a pronoun or a common noun."""
    prep = tok.head
    others = tok.lower_ == "others" or (
        _group(tok) is not None and any(c.lower_ == "other" for c in tok.children)
    )
    if prep.lower_ != "with" or not others:
        return None
    verb = prep.head
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or not (subj.lower_ in {"he", "she"} or subj.tag_ == "NN"):
        return None  # a named subject: the pronoun takes the name and the count of its mention
    fig = parse_figure(tok.doc[with_qualifier(tok.doc, tok.left_edge.i) : tok.i + 1].text)
    return combine(Figure(count=1, qualifier="exact"), fig) if fig.count is not None else None


def _names_people(tok: Token) -> bool:
    """Whether the phrase of `tok` names people ("two men, A and B"), not counting the places of
    its "from"/"of" phrases ("five men from the community of X")."""
    inside = [c for c in tok.children if c.dep_ != "prep"]
    return tok.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for c in inside for t in c.subtree)
