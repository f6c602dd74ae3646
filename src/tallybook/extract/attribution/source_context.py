"""What a source phrase points at when it does not name itself, read from the document before it.

"It said" and "the group said" name the organisation the text last mentioned; "the office",
"the mission", "the ministry" the organisation whose name holds that word; "the experts" the
experts the document names; "the lawyers" the fuller description the text gave them first
("lawyers representing the students"). Also where a sentence really ends when a citation mark
hides the full stop ("... on 16 July.[1] The ministry said ..."). The person a pronoun stands for
("his family", "whose lawyer", "He later said") is read in `source_pronouns`, which relative of a
named person speaks in `relative_sources`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tallybook.extract.attribution.same_mentions import same_mention
from tallybook.extract.attribution.source_names import PUBLISHER, RELATION_NOUNS
from tallybook.extract.attribution.source_owners import (
    named_after,
    owner_named,
    spelled_out_before,
    un_experts,
    working_group_officers,
)
from tallybook.extract.attribution.teller_modifiers import unbracketed_end
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.text.boilerplate import doc_ents, lower_positions, token_texts
from tallybook.extract.text.parse_tree import dep_tree

# Generic heads that stand for an organisation ("the group said", "according to the office").
GROUP_HEADS = wordset("group groups alliance organisation organization network ngo monitor coalition")
# Heads found inside organisation names ("the office" -> "Office of the ... High Commissioner").
NAME_HEADS = wordset(
    "office mission commission ministry committee council agency court tribunal service "
    "centre center department bureau"
)
# Words in the names of political organisations ("Movement for Democratic Change").
_PARTY_WORDS = wordset("party movement front congress union league alliance platform")
_SKIP_KINDS = frozenset(["government", "news", "court"])
_AGENCY_KINDS = frozenset(["un", "news"])
_EXPERT_HEADS = wordset("experts rapporteurs")
_PANEL_HEADS = wordset("group panel team")
_DETERMINERS = wordset("the this that these")
_NUMBER_WORDS = {
    **{w: n for n, w in enumerate(["zero", "one", "two", "three", "four", "five", "six"])},
    **{w: n + 7 for n, w in enumerate(["seven", "eight", "nine", "ten"])},
    **{str(n): n for n in range(11)},
}


def _definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DETERMINERS for c in head.children)


def latest_org(
    doc: Doc, pos: int, word: str | None = None, since: int = 0, kinds: frozenset[str] | None = None
) -> str | None:
    """The organisation mentioned last before `pos` (with `word` in its name, or of one of
    `kinds`, if given; mentioned at or after `since`)."""
    best: tuple[int, str] | None = None
    for org in doc._.tb_orgs or []:
        if word is not None and word not in org.name.lower().split():
            continue
        if kinds is not None and org.kind not in kinds:
            continue
        if word is None and kinds is None and org.kind in _SKIP_KINDS:
            continue
        for span in org.spans:
            if since <= span.start < pos and (best is None or span.start > best[0]):
                best = (span.start, org.name)
    return best[1] if best else None


def _latest_org_entity(doc: Doc, pos: int) -> str | None:
    """The organisation name the model tagged last before `pos`, for a body the organisations
    component did not list ("The X Observatory said ... The organisation added ..."): a name that
    was a subject or "according to"'s object, as sources are (not a place misread as a body)."""
    name = next(
        (
            e.text
            for e in reversed(doc_ents(doc))
            if e.label_ == "ORG"
            and e.end_char <= pos
            and (e.root.dep_ == "nsubj" or (e.root.dep_ == "pobj" and e.root.head.head.lower_ == "according"))
        ),
        None,
    )
    return name[4:] if name is not None and name[:4].lower() == "the " else name


def titled_experts(doc: Doc) -> list[str]:
    """The people the text titles a rapporteur or expert, in the order it lists them; with them,
    the officers of a Working Group it names beside them ("X, Chair of the Working Group on Y",
    "Z, who chairs the Working Group on Y"), who speak as one of "the experts" too."""
    titles: dict[str, list[str]] = doc._.tb_person_titles or {}
    found = [name for name, ts in titles.items() if any("rapporteur" in t or "expert" in t for t in ts)]
    if not found:
        return found
    officers = working_group_officers(doc)
    return [name for name in titles if name in found or name in officers]


def implied_sources(head: Token) -> list[str] | None:
    """The named sources a pronoun or generic head stands for, or None when it names itself."""
    doc = head.doc
    pos = head.idx
    low = head.lower_
    if low == "it":
        org = latest_org(doc, pos)
        spelled = spelled_out_before(doc, pos)
        if spelled is not None and (org is None or latest_org(doc, pos, since=spelled[0]) is None):
            return [spelled[1]]  # "according to the group, X. It said ...": X, named after the org
        return [org] if org else []
    if low in _PANEL_HEADS:
        # "a group of United Nations human rights experts": the experts the text names
        of = partitive_group(head)
        if of is not None and of.lower_ in _EXPERT_HEADS:
            experts = titled_experts(doc)
            return experts if len(experts) > 1 else None
    if head.pos_ == "PROPN" or head.ent_type_ in {"ORG", "PERSON"}:
        return None
    if low in _EXPERT_HEADS:
        # "the experts", "three UN experts": the experts the text names, when their number fits
        experts = titled_experts(doc)
        number = next((c for c in head.children if c.dep_ == "nummod"), None)
        # "UN experts said" in a release that lists its experts is as definite as "the experts"
        # ("UN human rights experts": "UN" may hang on "rights", not on "experts")
        un = any(t.lower_ in {"un", "u.n.", "independent"} for c in head.lefts for t in c.subtree)
        fits = (_definite(head) or un) if number is None else _NUMBER_WORDS.get(number.lower_) == len(experts)
        if not experts and number is None and _definite(head):
            full = un_experts(doc)  # "the experts" of a text naming none: "UN human rights experts"
            return [full] if full else None
        return experts if len(experts) > 1 and fits else None
    if not _definite(head) or owner_named(head):
        return None
    if low in NAME_HEADS or (head.tag_ == "NN" and low not in GROUP_HEADS):
        # "the diocese said": the organisation named earlier whose name has that head noun
        org = latest_org(doc, pos, low)
        if org is None and low == "agency" and head.n_lefts == 1:
            # "the agency added", nothing more: the UN body or the news agency named last
            org = latest_org(doc, pos, kinds=_AGENCY_KINDS)
        if org:
            return [org]
    if low == "party":  # "the party said": the political organisation named last
        party = max(
            (
                (s.start, o.name)
                for o in doc._.tb_orgs or []
                for s in o.spans
                if s.start < pos and _PARTY_WORDS & set(o.name.lower().split())
            ),
            default=None,
        )
        if party is not None:
            return [party[1]]
    if low in GROUP_HEADS:
        org = latest_org(doc, pos)
        if org:
            return [org]
        if low in {"organisation", "organization"}:
            # a report's "the organization" with no body named before it: its publisher
            return [_latest_org_entity(doc, pos) or PUBLISHER]
    return None


def earlier_description(head: Token) -> str | None:
    """ "The lawyers said": the fuller description a source was given earlier in the document
    ("according to lawyers representing the students"); "the same source": the mention it repeats."""
    same = same_mention(head)
    if same is not None:
        return same
    if head.pos_ != "NOUN" or not _definite(head) or head.lower_ in GROUP_HEADS:
        return None
    for i in reversed(lower_positions(head.doc, head.lower, head.sent.start)):
        tok = head.doc[i]
        if tok.pos_ != "NOUN":
            continue
        kept = descriptor_clause(tok)
        if kept is not None:
            return head.doc[tok.left_edge.i : kept.right_edge.i + 1].text
    return None


def coordinated_sources(head: Token) -> list[Token]:
    """ "Amnesty International and Human Rights Watch said", "a statement from the diocese and
    relatives of the detainees": each conjunct is a source of its own, unless one name holds
    them ("Organization for Security and Co-operation in Europe"). Descriptions alone stay one
    source ("relatives and activists"): only a conjunct that names an organisation or person, a
    named person's kin or an official splits the phrase."""
    _, kids, deps, _ = dep_tree(head.doc)
    if not any(deps[c] == "conj" for c in kids[head.i]):
        return []  # no conjunct, nothing to split (most heads: read without a Token per child)
    inside = next((e for e in doc_ents(head.doc) if e.start <= head.i < e.end), None)
    conjs = [
        c
        for c in head.children
        if c.dep_ == "conj"
        and c.pos_ in {"NOUN", "PROPN"}
        and not (inside and inside.start <= c.i < inside.end)
        # "X and its network of sources inside the country": X's own part, not a second source
        and not any(p.dep_ == "poss" and p.lower_ == "its" for p in c.children)
    ]
    named = [
        t
        for t in [head, *conjs]
        if t.pos_ == "PROPN"
        or t.ent_type_ in {"ORG", "PERSON"}
        or _spelled_out(t)
        or implied_sources(t)
        or _particular_party(t)
        or named_after(t) is not None  # "a local rights group", named in the next sentence
    ]
    return conjs if named else []


# An official speaks for the state, a party of its own beside relatives or witnesses (the
# unnamed officials `claimant_roles` reads too).
OFFICIAL_HEADS = wordset("official officials spokesman spokeswoman spokesperson")


def _particular_party(t: Token) -> bool:
    """ "witnesses and his family", "relatives and a state official": a named person's kin (the
    family of the person "his" stands for) or an official is one particular party, a source of
    its own, where "relatives and activists" are one description."""
    if t.lower_ in OFFICIAL_HEADS and t.pos_ == "NOUN":
        return True
    return t.lower_ in RELATION_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in t.children
    )


def _spelled_out(head: Token) -> bool:
    """ "the local rescue group Sagaing Youth Network": a generic head a proper name follows."""
    return head.lower_ in GROUP_HEADS and any(
        c.i > head.i and c.pos_ == "PROPN" and c.dep_ in {"appos", "compound", "npadvmod", "nmod"}
        for c in head.children
    )


def shared_modifiers(conj: Token) -> list[Token]:
    """ "the diocese and relatives of the detainees": the parser hangs "of the detainees" on the
    first conjunct; a modifier after the last conjunct belongs to that conjunct."""
    if conj.dep_ != "conj" or any(c.i > conj.i for c in conj.children):
        return []
    return [c for c in conj.head.children if c.i > conj.i and c.dep_ == "prep"]


def descriptor_clause(head: Token) -> Token | None:
    """The participle clause that is part of an unnamed source's description: "lawyers representing
    the students", "those later released" (not "officials speaking on condition of anonymity")."""
    for c in head.children:
        if c.dep_ == "relcl" and _restrictive(head, c):
            return c  # "witnesses who spoke to the paper"
        if c.dep_ != "acl" or c.i < head.i or c.right_edge.i - head.i > 6:
            continue
        if head.lower_ in {"those", "people"} and c.tag_ == "VBN":
            return c
        if c.tag_ == "VBG" and any(x.dep_ == "dobj" for x in c.children):
            return c
        if c.tag_ == "VBG" and c.i == head.i + 1 and head.tag_ == "NNS" and _where_only(c):
            return c  # "relatives living abroad", "residents living near the camp"
        if c.tag_ == "VBN" and c.i == head.i + 1 and any(x.dep_ == "agent" for x in c.children):
            return c  # "survivors interviewed by local media"
    return None


# Verbs of speaking: "officials speaking on condition of anonymity" says how, not who.
_SPEAKING = wordset("speaking talking asking requesting declining citing quoted")


def _where_only(clause: Token) -> bool:
    """A short participle clause that says where its people are ("living abroad")."""
    return (
        clause.lower_ not in _SPEAKING
        and clause.right_edge.i - clause.i <= 4
        and all(c.dep_ in {"advmod", "prep"} for c in clause.children)
    )


def _restrictive(head: Token, clause: Token) -> bool:
    """A short relative clause right after an unnamed source's noun, with no comma before it:
    it says which people are meant ("residents who saw the raid"), so it is part of the name."""
    rel = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return (
        head.pos_ == "NOUN"
        and head.lower_ not in {"source", "sources"}  # "sources who spoke to us": sources already
        and rel is not None
        and rel.lower_ in {"who", "that"}
        and rel.head.i == clause.i
        and core_end(clause) - head.i <= 7
        and not _asks_anonymity(clause)
        and not _reached_one(head, clause)
        and not _let_to(clause)
    )


def _let_to(clause: Token) -> bool:
    """ "relatives who were called to collect his body", "who were allowed to visit him": a passive
    clause that tells the access the tellers were given, not which people they are."""
    kids = list(clause.children)
    return any(c.dep_ == "auxpass" for c in kids) and any(c.dep_ == "xcomp" for c in kids)


# Verbs that only say how a teller was reached: "a relative who spoke to X" is one relative.
_REACHED = wordset("spoke talked contacted wrote")


def _reached_one(head: Token, clause: Token) -> bool:
    """ "a relative who spoke to X": one unnamed person, whom the clause only says how the writer
    reached; a plural group keeps it ("witnesses who spoke to X" tells which witnesses)."""
    return (
        head.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an", "one"} for c in head.lefts)
        and clause.lower_ in _REACHED
    )


# "who asked not to be named", "who declined to be identified", "who spoke on condition of
# anonymity": how the source speaks, not which people it is.
_UNNAMED = wordset("named identified quoted")
_WITHHOLDING = wordset("not declined refused anonymously anonymity")


def _asks_anonymity(clause: Token) -> bool:
    words = {t.lower_ for t in clause.subtree}
    return "anonymity" in words or bool(words & _UNNAMED and words & _WITHHOLDING)


def core_end(clause: Token) -> int:
    """Last token of a describing clause without the place or time after its object: "who treated
    survivors [in a camp across the border]"; a clause without an object keeps its phrases
    ("who spoke to the paper")."""
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    return clause.right_edge.i if obj is None else unbracketed_end(obj)  # not "(EVJ)"


def trailing_phrases(clause: Token) -> set[int]:
    """The phrases `core_end` leaves out: preposition phrases after the clause's object."""
    end = core_end(clause)
    return {c.i for c in clause.children if c.dep_ in {"prep", "advmod", "npadvmod"} and c.i > end}


def clause_bounds(sent: Span, token: Token) -> tuple[int, int]:
    """Token range of the sentence part holding `token`, split at semicolons and where a citation
    mark follows a full stop and a capital starts the next sentence ("16 July.[1] The Ministry said")."""
    doc = sent.doc
    texts = token_texts(doc)  # no Token object for each word of the sentence
    lo, hi = sent.start, sent.end
    for i in range(sent.start, sent.end):
        text = texts[i]
        if text == ";":  # "He died in custody; his relatives said ...": two statements
            if i < token.i:
                lo = max(lo, i + 1)
            else:
                hi = min(hi, i)
            continue
        if text != "]" or i + 1 >= sent.end or i - 3 < sent.start:
            continue
        nxt = doc[i + 1]
        if not (nxt.text[:1].isupper() and nxt.is_alpha):
            continue
        j = i - 1
        while j > sent.start and (texts[j] in {"[", "]"} or doc[j].like_num):
            j -= 1
        if not texts[j].endswith((".", "!", "?")):  # "July." is one token
            continue
        if i < token.i:
            lo = max(lo, i + 1)
        else:
            hi = min(hi, i + 1)
    return lo, hi


def partitive_group(head: Token) -> Token | None:
    """ "several of those later released" -> those; not "six of them"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ not in {"them", "us", "whom", "which"}:
                return obj
    return None
