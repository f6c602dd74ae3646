"""Which people a victim phrase names: the names inside the phrase (not its owners' kin, not
places, organisations or kinds of people the model took for names), the names set after it and
the name after "identified as".
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from tallybook.extract.entities.people import resolve_person
from tallybook.extract.entities.person_names import named_as_place
from tallybook.extract.particulars.victim_conjuncts import lone_apposition
from tallybook.extract.text.boilerplate import doc_cache, doc_ents, doc_text, doc_value, flat_text, span_ents
from tallybook.extract.text.parse_tree import first_child
from tallybook.extract.text.word_positions import word_positions
from tallybook.model import Span as CharSpan

_ACCORDING = frozenset({"according"})


def _tellers_start(head: Token) -> int:
    """Where an "according to" phrase of the clause, not of `head`, opens inside the words the
    parser hung on `head`: "A and B were sentenced, according to the experts – C; D; and E", the
    experts' names made appositions of A. Those after it tell of the harm; they never suffer it."""
    doc = head.doc
    for i in word_positions(doc, _ACCORDING, head.i + 1, head.right_edge.i + 1):
        if i + 1 < len(doc) and doc[i + 1].lower_ == "to" and not head.is_ancestor(doc[i]):
            return i
    return len(doc)


def victim_tokens(head: Token) -> set[int]:
    """Tokens that name the victims themselves: not "sons of X", not "X's family", not the tellers
    of an "according to" phrase the parser hung on the victims."""
    keep: set[int] = set()
    stack = [head]
    tellers = _tellers_start(head)
    while stack:
        tok = stack.pop()
        keep.add(tok.i)
        for c in tok.children:
            if c.i > tellers:
                continue
            if c.dep_ == "relcl" and c.pos_ == "PROPN" and c.left_edge.i == tok.i + 1:
                stack.append(c)  # "opposition leader Tundu Lissu": a name parsed as a clause
                continue
            if c.dep_ in {"relcl", "poss", "advcl"}:
                continue
            if c.dep_ == "acl" and c.lower_ not in {"identified", "named"}:
                continue  # keep "the victims, identified as A and B"
            if c.dep_ == "prep" and c.lower_ not in {"including", "like", "as", "among"}:
                continue
            if c.dep_ == "conj" and lone_apposition(tok):
                continue  # "arrested her husband, A, B had no idea": B opens a clause of its own
            if c.dep_ == "appos" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ":":
                continue  # "incidents including: A, B" (a list the parser hung on the noun)
            stack.append(c)
    return (
        keep
        | _last_conjunct_hung_elsewhere(head, keep)
        | _names_set_off_before_verb(head)
        | _second_name_cut_from_of(head, keep)
    )


def _last_conjunct_hung_elsewhere(head: Token, keep: set[int]) -> set[int]:
    """ "of A, B, and C for a bombing": the list's last name, which the parser hung on the verb
    after the list's serial comma, when the list already joins two names."""
    doc = head.doc
    end = max(keep) + 1
    if not any(doc[i].dep_ == "conj" and doc[i].pos_ == "PROPN" for i in keep):
        return set()
    at = end + (1 if end < len(doc) and doc[end].text == "," else 0)
    if at >= len(doc) - 1 or doc[at].lower_ != "and":
        return set()
    last = next((t for t in doc[at + 1 : at + 8] if t.dep_ == "conj" and t.head.i not in keep), None)
    if last is None or last.pos_ != "PROPN" or last.left_edge.i != at + 1:
        return set()
    return {t.i for t in last.subtree}


def _second_name_cut_from_of(head: Token, keep: set[int]) -> set[int]:
    """ "the executions of wrestler A B and journalist C D shocked ...": the second name of an
    "of" phrase, which the parser made the subject of the verb after it, its "and" left on the
    noun the phrase hangs on (with no conjunct there)."""
    doc = head.doc
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or head.ent_type_ != "PERSON":
        return set()
    noun, end = prep.head, max(keep) + 1
    if end >= len(doc) - 1 or doc[end].lower_ != "and" or doc[end].head.i != noun.i:
        return set()
    if any(c.dep_ == "conj" for c in noun.children):
        return set()
    found = _described_name_at(doc, end + 1)
    if found is None or doc[found[0]].head.i in keep:
        return set()
    return set(range(end + 1, found[1]))


def _described_name_at(doc: Doc, at: int) -> tuple[int, int] | None:
    """(start, end) of the name at `at`, after a calling or two ("journalist C D"): a name the
    model tags as a person, of two words or more."""
    start = at
    while start < min(len(doc), at + 3) and doc[start].tag_ == "NN" and doc[start].ent_type_ == "":
        start += 1
    end = start
    while end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].pos_ == "PROPN":
        end += 1
    return (start, end) if end - start >= 2 and doc[start].ent_iob_ == "B" else None


_AUX_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def _names_set_off_before_verb(head: Token) -> set[int]:
    """ "The leaders of the wave that had organized the marches, A and B, were placed under house
    arrest": names set off by commas right before the subject's verb, which the parser hung inside
    the subject's clause; the comma that closes them is the subject's own."""
    doc, verb = head.doc, head.head
    if head.dep_ not in {"nsubj", "nsubjpass"} or verb.i <= head.i:
        return set()
    close = next((c for c in head.children if c.text == "," and c.i < verb.i), None)
    if close is None or any(t.dep_ not in _AUX_DEPS for t in doc[close.i + 1 : verb.i]):
        return set()
    open_at = next((i for i in range(close.i - 1, head.i, -1) if doc[i].text == ","), None)
    if open_at is None or close.i - open_at < 2:
        return set()
    inside = doc[open_at + 1 : close.i]
    if not all(t.ent_type_ == "PERSON" or t.lower_ in {"and", ","} for t in inside):
        return set()
    # a list of names for an uncounted plural; one name, or a counted subject ("Three reporters
    # from the paper of its founder, X, were detained"), may be someone else
    if (
        head.tag_ != "NNS"
        or first_child(head, "nummod") is not None
        or not any(t.lower_ == "and" for t in inside)
    ):
        return set()
    return {t.i for t in inside}


def names_in(doc: Doc, lo: int, hi: int, allowed: set[int] | None = None) -> list[str]:
    names: list[str] = []
    # People the people component found there (it knows names the NER model missed).
    lo_c, hi_c = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    for person in doc_value(doc, "tb_people") or []:
        for sp in person.spans:
            # a name may straddle the range when the parser cut "Farid | Rigi, B and C were hanged"
            if lo_c < sp.end and sp.start < hi_c and (sp.start >= lo_c or sp.end <= hi_c):
                tok = doc.char_span(sp.start, sp.end, alignment_mode="expand")
                if (
                    tok is not None
                    and (allowed is None or any(t.i in allowed for t in tok))
                    and person.name not in names
                    and not _not_a_name(tok)
                    and not _part_of_org_name(doc, person.spans)
                ):
                    names.append(person.name)
                break
    for ent in span_ents(doc[lo:hi]):  # the entities inside the range, not the whole doc's
        if allowed is not None and ent.root.i not in allowed:
            continue
        if ent.label_ == "PERSON" and not _not_a_name(ent):
            full = resolve_person(doc, ent.text) or ent.text.strip()
            org = any(
                p.name == full and _part_of_org_name(doc, p.spans) for p in doc_value(doc, "tb_people") or []
            )
            if full not in names and not org:
                names.append(full)
    # Keep the order in which the text names them.
    return sorted(names, key=lambda n: doc_text(doc).find(n.split()[-1], lo_c))


def _not_a_name(span: Span) -> bool:
    # Kept per doc: every victim phrase around a name asks again, and `_is_origin` searches the
    # whole text for the name.
    known: dict[tuple[int, int], bool] = doc_cache(span.doc).setdefault("not_a_name", {})
    key = (span.start, span.end)
    found = known.get(key)
    if found is None:
        found = known[key] = _is_origin(span) or _inside_org(span) or _modifies_noun(span)
    return found


def _inside_org(span: Span) -> bool:
    """ "the Centro de Derechos Humanos X Y": words of an organisation's longer name."""
    ents = doc_ents(span.doc)
    # entities do not overlap: only the last one starting at or before the span can hold it
    k = bisect_right(_ent_starts(span.doc), span.start) - 1
    e = ents[k] if k >= 0 else None
    return (
        e is not None
        and span.start < e.end
        and e.label_ == "ORG"
        and span.end <= e.end
        and len(e) > len(span)
    )


def _ent_starts(doc: Doc) -> list[int]:
    cache = doc_cache(doc)
    starts: list[int] | None = cache.get("ent_starts")
    if starts is None or len(starts) != len(doc_ents(doc)):
        starts = cache["ent_starts"] = [e.start for e in doc_ents(doc)]
    return starts


def _part_of_org_name(doc: Doc, spans: list[CharSpan]) -> bool:
    """A name found once inside an organisation's longer name ("Centro de Derechos X Y (CDH X)"):
    all its other mentions are the organisation's alias too."""
    for sp in spans:
        tok = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if tok is not None and _inside_org(tok):
            return True
    return False


def _modifies_noun(span: Span) -> bool:
    """ "a 33-year-old X land rights activist", "a Y man": a people's or a place's name that
    describes a common noun after it, not a person's name."""
    last = span[-1]
    head = last.head
    return (
        last.dep_ in {"compound", "amod", "nmod"}
        and head.i >= span.end
        and head.pos_ == "NOUN"
        and head.text.islower()
    )


def _is_origin(span: Span) -> bool:
    """ "a young man from Qatif", "both from Mashhad": a place the parser or the people component
    took for a person's name."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    place = span.root.ent_type_ in {"GPE", "LOC", "FAC"}
    if before == "as":
        return False  # "identified as X": a name, whatever the model's label
    if before in {"from", "near"} and span.root.ent_type_ != "PERSON":
        return True  # "a lorry driver from Deir al-Moussa": a place of any length
    if named_as_place(flat_text(doc), span.text.strip()):
        return True  # "the outskirts of X", "X village" elsewhere in the text
    return len(span) == 1 and (before in {"from", "in", "near"} or place)


def names_set_after(head: Token, lo: int, hi: int, count: int) -> list[str]:
    """ "Two reporters from the same paper, A and B, were detained": the names the parser hung on
    the last noun of the victim phrase; taken when they are as many as the phrase counts."""
    doc = head.doc
    for tok in doc[lo:hi]:
        if tok.dep_ != "appos" or tok.head.i == head.i or tok.ent_type_ != "PERSON":
            continue
        names = names_in(doc, tok.left_edge.i, tok.right_edge.i + 1)
        if len(names) == count:
            return names
    return _names_joined_to_last_noun(head, lo, hi, count)


def _names_joined_to_last_noun(head: Token, lo: int, hi: int, count: int) -> list[str]:
    """ "three young men from Hama, A, B and C" or "two reporters from X in Y, A and B": a list
    of names set off by a comma after the victim phrase, which the parser joined as conjuncts
    of the phrase's last noun (a place or a body); taken when they are as many as the phrase
    counts and nothing but the list follows that noun."""
    doc = head.doc
    for tok in doc[lo:hi]:
        # the model may tag the first name of the list as an organisation: names_in decides
        if tok.dep_ != "conj" or tok.head.i == head.i or tok.pos_ != "PROPN":
            continue
        first = tok.head
        if first.ent_type_ == "PERSON" or first.i + 1 >= len(doc) or doc[first.i + 1].text != ",":
            continue
        if tok.left_edge.i != first.i + 2:
            continue  # the list starts right after the comma that follows the noun
        names = names_in(doc, tok.left_edge.i, tok.right_edge.i + 1)
        return names if len(names) == count else []
    return _names_set_off_after(doc, hi, count)


def name_right_after(head: Token) -> list[str]:
    """ "a sentence of 60 lashes against the teacher X was carried out": the name that follows
    the one person's noun, which the parser split off as a phrase of its own."""
    doc = head.doc
    nxt = head.i + 1
    if head.tag_ != "NN" or nxt >= len(doc) or doc[nxt].ent_iob_ != "B" or doc[nxt].ent_type_ != "PERSON":
        return []
    if head.is_ancestor(doc[nxt]) or doc[nxt].is_ancestor(head):
        return []  # the parse joined them: the phrase's own reading stands
    end = next((t.i for t in doc[nxt:] if t.ent_iob_ != "I" and t.i > nxt), len(doc))
    names = names_in(doc, nxt, end)
    # "the executions of wrestler A B and journalist C D": a second described name joined to it
    more = _described_name_at(doc, end + 1) if end < len(doc) and doc[end].lower_ == "and" else None
    return names + names_in(doc, *more) if names and more is not None else names


def _names_set_off_after(doc: Doc, hi: int, count: int) -> list[str]:
    """ "against two rights defenders, A and B, by the court": a list of names between commas
    right after the victim phrase, wherever the parser hung it; taken when it holds as many
    names as the phrase counts."""
    if hi >= len(doc) or doc[hi].text != ",":
        return []
    end = hi + 1
    while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].lower_ in {",", "and"}):
        end += 1
    while end > hi + 1 and doc[end - 1].lower_ in {",", "and"}:
        end -= 1  # the comma closing the list
    closed = end >= len(doc) or doc[end].text in {",", ".", ";", ")"}
    if end == hi + 1 or not closed or doc[end - 1].sent.start != doc[hi].sent.start:
        return []
    names = names_in(doc, hi + 1, end)
    return names if len(names) == count else []


def _identified_as(head: Token) -> list[str]:
    """ "A prisoner identified only as Kamran, 52, died": the name after "as", which the parser
    may hang on the verb instead of the noun."""
    doc = head.doc
    for c in head.children:
        if c.dep_ == "acl" and c.lower_ in {"identified", "named", "known"}:
            after = doc[c.i + 1 : min(c.i + 4, len(doc))]
            as_tok = next((t for t in after if t.lower_ == "as"), None)
            if as_tok is not None and as_tok.i + 1 < len(doc):
                return names_in(doc, as_tok.i + 1, min(as_tok.i + 6, head.sent.end))
    return []
