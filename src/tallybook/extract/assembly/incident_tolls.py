"""What figure a sentence that puts a number on an event told before gives.

"An official put the death toll at nine", "Local sources have put the death toll as high as
52", "The coalition put the number of people detained in the raids at between 12 and 15": the
sentence restates the event with a figure of its own, which the incident takes when it has
none, or records as another source's rival count (coreference, `add_toll`).
"""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.particulars.figures import parse_figure
from tallybook.extract.particulars.mentions import Mention
from tallybook.model import Figure

_TOLL_NOUNS = wordset("toll tally number count total")
_CEILING = wordset("high many")  # "as high as 52", "as many as 52": an upper bound


def _toll_noun(root: Token) -> Token | None:
    """The toll the trigger names ("the death toll") or qualifies ("the number of people
    detained", "the number of dead")."""
    if root.lower_ in _TOLL_NOUNS:
        return root
    tok = root.head if root.dep_ == "acl" else root
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _TOLL_NOUNS:
        return tok.head.head
    return None


def _ceiling(tok: Token) -> Figure | None:
    """ "as high as 52" hung on the verb: an upper bound."""
    if tok.dep_ not in {"advmod", "acomp", "oprd"} or tok.lower_ not in _CEILING:
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "as" for c in tok.children):
        return None
    num = next((t for t in tok.subtree if t.like_num), None)
    if num is None:
        return None
    fig = parse_figure(num.text)
    if fig.count is None:
        return None
    return Figure(count=fig.count, qualifier="up_to", high=fig.count)


def _at(prep: Token) -> Figure | None:
    if prep.dep_ != "prep" or prep.lower_ != "at" or prep.right_edge.i <= prep.i:
        return None
    doc = prep.doc
    fig = parse_figure(doc[prep.i + 1 : prep.right_edge.i + 1].text)
    return fig if fig.count is not None else None


def toll_figure(m: Mention) -> Figure | None:
    """The figure a sentence puts on the toll its trigger names, if it gives one."""
    root = m.trigger.root
    if not root.doc.has_annotation("DEP"):
        return None
    noun = _toll_noun(root)
    if noun is None or noun.dep_ not in {"dobj", "nsubjpass", "nsubj"}:
        return None
    verb = noun.head
    # the parser hangs "at N" on the verb, or on the trigger that qualifies the counted noun
    holders = [verb] + ([root] if root.i != noun.i and root.dep_ == "acl" else [])
    for holder in holders:
        for c in holder.children:
            fig = _at(c) or (_ceiling(c) if holder.i == verb.i else None)
            if fig is not None:
                return fig
    return None


_GIVEN_NOUNS = _TOLL_NOUNS | wordset("figure")


def given_figure(m: Mention) -> Figure | None:
    """ "The ministry confirmed that executions had taken place but gave the number as eight":
    the figure a source that confirms the event gives in a clause joined to its own."""
    if not m.sent.doc.has_annotation("DEP"):
        return None
    for tok in m.sent:
        if tok.lower_ not in _GIVEN_NOUNS or tok.dep_ != "dobj" or tok.head.dep_ != "conj":
            continue
        for c in list(tok.head.children) + list(tok.children):
            if c.dep_ == "prep" and c.lower_ in {"as", "at"} and c.right_edge.i > c.i:
                fig = parse_figure(m.sent.doc[c.i + 1 : c.right_edge.i + 1].text)
                if fig.count is not None:
                    return fig
    return None
