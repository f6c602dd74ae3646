"""Which named body a definite short head stands for: "The Front also reported ..." after "the Iran
Freedom Front said ..." -> "Iran Freedom Front"; "According to the Commission" -> the one commission
the text named before. The head is the capitalised last noun of a body's name, written alone after
"the" as the text's short name for the body; a head no body named before carries stays as written
("The Committee" where the text names no committee). "Council members" speak for the Council so
named before, as its short head would."""

from __future__ import annotations

import re

from spacy.tokens import Token

from tallybook.extract.attribution.source_names import canonical_source
from tallybook.extract.attribution.source_phrases import phrase_candidates
from tallybook.extract.detection.trigger_lexicon import wordset

# The nouns that head bodies' names and stand for the body alone ("the Front", "the Network").
_SHORT_HEADS = wordset(
    "front network centre center monitor commission office mission committee council forum "
    "observatory coalition alliance initiative movement foundation institute union league "
    "federation association society watch platform group organisation organization agency coordination"
)
# "Council members", "the Commission members": the members of a body named before speak for it
_MEMBERS_RE = re.compile(r"^(?:[Tt]he\s+)?(?P<head>[A-Z][a-z]+)\s+members$")
_NAME_HEAD_RE = re.compile(r"^(.+?)(?:\s+(?:of|for|on|in|to|against)\s+.*)?$")


def _name_head(name: str) -> str:
    """The head noun of a body's name: its last word before an "of"/"for"/"in" phrase ("Commission
    of Inquiry on X" -> "Commission", "Iran Freedom Front" -> "Front")."""
    found = _NAME_HEAD_RE.match(name)
    return (found.group(1) if found else name).split()[-1].lower()


def short_head_body(head: Token, name: str) -> str | None:
    """The named body a bare capitalised head (`head`, read as `name`) stands for: the body named
    last before it whose name that noun heads; None unless `name` is only that word."""
    members = _MEMBERS_RE.match(name)
    if members is not None and head.lower_ == "members" and members.group("head").lower() in _SHORT_HEADS:
        word = members.group("head").lower()  # "Council members voiced concern": the Council's
    else:
        if re.sub(r"^[Tt]he\s+", "", name) != head.text or head.lower_ not in _SHORT_HEADS:
            return None
        if not head.text[:1].isupper() or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children
        ):
            return None
        word = head.lower_
    doc = head.doc
    best: tuple[int, int, str] | None = None
    for org in doc._.tb_orgs or []:
        if len(org.name.split()) < 2 or _name_head(org.name) != word:
            continue
        for span in org.spans:
            if span.end <= head.idx and (best is None or span.start > best[0]):
                best = (span.start, span.end, org.name)
    if best is None:
        return None
    # a listed name that stops short of what the mention writes ("UN Commission of Inquiry on X"
    # for "... on X in Eritrea") is no sure name for the body: the head stays as written
    mention = doc.char_span(best[0], best[1], alignment_mode="expand")
    written = canonical_source(doc, phrase_candidates(mention.root)) if mention is not None else ""
    return best[2] if written == best[2] else None
