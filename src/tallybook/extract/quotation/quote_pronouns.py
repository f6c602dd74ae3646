"""Who "he said", "she said", "they said", "it said" stands for, after a quotation.

A pronoun names the speaker so far, unless a sentence after that speaker's mention makes someone
else its subject ("“A,” said X. His colleague, Y, described the cells. “B,” she said": Y; not two
conjoined subjects, "A and B were arrested"). With no speaker so far it is the latest person (or,
for "it", organisation) who speaks in one of the last sentences naming anyone, else the first one
the latest such sentence names. A person of the other sex (by a courtesy title or a kinship word
the text gives them) is passed over, and so is a body for "he"/"she" ("RAB denied holding him ...
“...,” he said": not RAB), and so, in that last resort, is a name inside quoted words. Before
those: a relative of the pronoun's sex named only through a person in the sentence before ("I spoke
to Carlo's grandmother. She said, “...”") and, with no speaker so far, the subject of the sentence
before, a person the text named in full ("Seven years on, Marites still keeps ... “...,” she
said"). Someone who speaks after that newer subject wins over it ("Her brother, X, ... A monk ...
described what he saw. “...,” he said": the monk); a cue whose subject reads back to someone named
before the speaker so far names no one newer. Split out of quotes.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from tallybook.extract.detection.trigger_context import PERSON_NOUNS
from tallybook.extract.detection.trigger_patterns import wordset
from tallybook.extract.entities.kin_words import NEAR_KIN, WIDER_KIN, kin_pattern
from tallybook.extract.quotation.quote_cues import CUE_RE, SENTENCE_END_RE, sentence_start
from tallybook.extract.quotation.quote_plural_pronouns import group_speaker
from tallybook.extract.quotation.speaker_kinds import kin_name_fits
from tallybook.extract.quotation.speaker_owners import office_fits
from tallybook.extract.quotation.speaker_refs import FEMALE, MALE, person_sex
from tallybook.extract.quotation.speakers import Mention, Speaker
from tallybook.extract.text.boilerplate import flat_text
from tallybook.model import Span

# (cue offset, sentence start) -> the subject speaking at that cue
SubjectOf = Callable[[int, int], Speaker]


def pronoun_speaker(
    doc: Doc,
    mentions: list[Mention],
    pronoun: str,
    start: int,
    prev_speaker: Speaker,
    quoted: list[tuple[int, int]],
    subject_of: SubjectOf | None,
) -> Speaker:
    """The speaker `pronoun` (at or after `start`) refers to; `subject_of` is None when nested."""
    text = flat_text(doc)
    people = {m[3] for m in mentions if m[2] in ("person", "title") and m[3]}
    bodies = {m[3] for m in mentions if m[2] in ("org", "government") and m[3]} - people
    if pronoun == "they" and not prev_speaker[0] and subject_of is not None:
        # "..., a group of UN experts said today. ... “...,” they added": the group that spoke last
        group = group_speaker(text, start, people, quoted, subject_of)
        if group[0]:
            return group
    if prev_speaker[0] and pronoun in ("he", "she"):
        # "“A,” said X. I spoke to Carlo's grandmother. She said, “B”": the relative met after X spoke
        persons = [m for m in mentions if m[2] == "person" and m[3] and m[1] <= start]
        kin = _kin_of_latest(text, persons, pronoun, start)
        if (
            kin[0]
            and kin[1] is not None
            and (prev_speaker[1] is None or kin[1].start > prev_speaker[1].start)
        ):
            return kin
    if prev_speaker[0] and pronoun != "it":
        if pronoun in ("he", "she") and prev_speaker[1] is not None:
            newer = _new_subject(doc, mentions, pronoun, prev_speaker, start, quoted)
            if subject_of is not None:
                # "Her brother, X, has not been seen. A monk ... described what he saw. “...,” he
                # said": whoever speaks after the newer subject, the monk
                speaking = _latest_speaking(doc, pronoun, people, prev_speaker, start, quoted, subject_of)
                if not newer[0] or (
                    speaking[0] and speaking[1] and newer[1] and speaking[1].start > newer[1].end
                ):
                    newer = speaking if speaking[0] else newer
            if newer[0]:
                return newer
        if pronoun not in ("he", "she") or prev_speaker[0] not in bodies:
            return prev_speaker
        prev_speaker = (None, None)  # "he" is no organisation: look for a person below
    wanted = ("org", "government") if pronoun == "it" else ("person",)
    earlier = [m for m in mentions if m[2] in wanted and m[3] and m[1] <= start and _fits(doc, m, pronoun)]
    if not earlier:
        return prev_speaker
    short = _short_name_subject(doc, earlier, start)  # "Marites still keeps ... “...,” she said"
    if short[0]:
        return short
    if subject_of is not None and pronoun in ("he", "she"):
        # "His brother, who saw the body, told X that ... “...,” he said": the relative who spoke
        # after the person was last named, not that person
        kin = _relative_after(doc, pronoun, earlier[-1][1], start, quoted, subject_of)
        if kin[0]:
            return kin
    if subject_of is not None:
        # Someone who speaks in one of the last sentences naming anyone: "Spokesperson X told
        # journalists ... Two of them, A and B, were arrested ..., she said": X
        seen: set[int] = set()
        for s0, e0, _, _ in reversed(earlier):
            sentence = sentence_start(text, s0 + 1)  # + 1: a name may open its sentence
            if sentence in seen:
                continue
            seen.add(sentence)
            if len(seen) > 3:
                break
            stop = SENTENCE_END_RE.search(text, e0, start)
            # the sentence's first cue is its main verb as a rule ("His wife, X, said that ... he
            # had told her ..."): X, not whoever "he" is
            for cue in CUE_RE.finditer(text, sentence, stop.start() if stop else start):
                if _other_sex_subject(text, sentence, cue.start(), pronoun):
                    continue  # "he stated ..." tells of a man: no antecedent for "she"
                who = subject_of(cue.start(), sentence)
                if pronoun == "it" and who[0] in people:
                    continue  # "it" is no person: "... said X. In the past it has dismissed"
                if who[0] and (
                    pronoun not in ("he", "she") or who[0] in people or office_fits(who[0], pronoun)
                ):
                    return who
    # The latest sentence naming anyone: the first one it names, its subject as a rule ("Saima
    # Baloch, whose brother, Naveed Rind, was taken ..., she said").
    # a name inside quoted words is spoken of, not speaking ("His brother, Y, rejects that. “... X
    # was not a man who would kill himself,” he said": Y)
    told = [m for m in earlier if not any(a <= m[0] < b for a, b in quoted)] or earlier
    kin = _kin_of_latest(text, told, pronoun, start)  # "I spoke to X's grandmother. She said,"
    if kin[0]:
        return kin
    latest = sentence_start(text, told[-1][0] + 1)
    s, e, _, name = next(m for m in told if m[0] >= latest)
    return name, Span(s, e)


def _short_name_subject(doc: Doc, earlier: list[Mention], start: int) -> Speaker:
    """ "Seven years on, Marites still keeps his uniform. “...,” she said": the subject of the
    sentence before the pronoun's, a lone word of one person's name the text gave in full
    earlier ("Marites Dacanay") or a mention of a person, is that person."""
    text = flat_text(doc)
    own = sentence_start(text, start)
    prev = sentence_start(text, own - 1) if own > 0 else own
    if prev >= own:
        return None, None
    for tok in doc.char_span(prev, own, alignment_mode="expand") or []:
        if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" or tok.pos_ != "PROPN":
            continue
        named = [m for m in earlier if m[0] <= tok.idx < m[1]]
        if named and named[-1][3]:  # "Today, Musa still waits": a mention of the short name
            return named[-1][3], Span(named[-1][0], named[-1][1])
        if any(c.dep_ == "compound" for c in tok.children):
            continue  # a name run the model did not make a person
        names = {m[3] for m in earlier if m[3] and tok.text in m[3].split()[:-1] + m[3].split()[-1:]}
        if len(names) == 1:
            return names.pop(), Span(tok.idx, tok.idx + len(tok))
    return None, None


# "X's grandmother": a relative named only through a person
_KIN_AFTER_RE = re.compile(
    r"\b(?P<owner>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3})['’]s\s+(?P<rel>"
    + kin_pattern(NEAR_KIN | WIDER_KIN | {"widow", "widower"})
    + r")\b"
)


def _kin_of_latest(text: str, earlier: list[Mention], pronoun: str, start: int) -> Speaker:
    """ "I spoke to Carlo's grandmother this morning. She said, “...”": when the last person
    named before the pronoun, in its sentence or the one before, is only the owner of a kinship
    word of the pronoun's sex (by full name or one part of it), the pronoun stands for that
    relative ("Carlo Dizon Santos's grandmother"), not the person named."""
    if pronoun not in ("he", "she") or not earlier:
        return None, None
    own = sentence_start(text, start)
    window = sentence_start(text, own - 1) if own > 0 else own
    found = [m for m in _KIN_AFTER_RE.finditer(text, window, start) if m.start("rel") >= earlier[-1][1]]
    if not found:
        return None, None
    m = found[-1]
    rel = m.group("rel").lower()
    if rel not in (MALE if pronoun == "he" else FEMALE):
        return None, None
    owner = m.group("owner")
    for _, _, _, name in reversed(earlier):
        if name and (name == owner or (" " not in owner and owner in name.split())):
            return f"{name}'s {rel}", Span(m.start(), m.end())
    return None, None


_PASSIVE_BEFORE_RE = re.compile(r"\b(?:been|being|be|was|were|is|are)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def _latest_speaking(
    doc: Doc,
    pronoun: str,
    people: set[str],
    prev_speaker: Speaker,
    start: int,
    quoted: list[tuple[int, int]],
    subject_of: SubjectOf,
) -> Speaker:
    """The person who speaks in the latest cue outside quotations told after the speaker so far
    was last attributed ("..., the spokesperson said. “...,” he added": the spokesperson). A
    sentence's first cue is its main verb as a rule ("X said that when Y visited, she urged")."""
    assert prev_speaker[1] is not None
    text = flat_text(doc)
    firsts: dict[int, int] = {}  # sentence start -> its first cue
    for c in CUE_RE.finditer(text, prev_speaker[1].end, start):
        # "she has been denied access": a passive cue verb's subject is told of, not speaking
        if _PASSIVE_BEFORE_RE.search(text, max(0, c.start() - 30), c.start()):
            continue
        if not any(a <= c.start() < b for a, b in quoted):
            firsts.setdefault(sentence_start(text, c.start()), c.start())
    for sentence, cue in sorted(firsts.items(), reverse=True):
        who = subject_of(cue, sentence)
        if who[1] is not None and who[1].end <= prev_speaker[1].start:
            continue  # "She told ..." read back to someone named before the speaker so far
        if who[0] and (
            (who[0] in people and person_sex(doc, who[0]) in (None, pronoun))
            or relative_fits(who[0], pronoun)
            or office_fits(who[0], pronoun)  # "the UN's top official in the country warned"
            or unnamed_fits(who[0], pronoun)  # "A witness reached by telephone said ..."
            or kin_name_fits(text, who[1], pronoun, FEMALE, MALE)  # "His mother, Parvin, said"
        ):
            return who if who[0] != prev_speaker[0] else prev_speaker
    return None, None


# the head nouns of an unnamed person who speaks: "a witness", "one resident", "a nurse at the clinic"
_UNNAMED_HEADS = PERSON_NOUNS | wordset(
    "witness eyewitness resident survivor neighbour neighbor villager nurse"
)
_UNNAMED_RE = re.compile(r"^(?:a|an|one|another)\s+(?P<words>(?:[\w’'-]+\s+){0,3}[\w’'-]+)", re.IGNORECASE)


def unnamed_fits(speaker: str, pronoun: str) -> bool:
    """True when `speaker` is an unnamed person the text introduces with "a"/"one" ("A witness
    reached by telephone") whom `pronoun` can stand for: a singular person noun among its first
    words, of no other sex than the pronoun's."""
    m = _UNNAMED_RE.match(speaker)
    if m is None or pronoun not in ("he", "she"):
        return False
    words = m.group("words").lower().split()
    # a singular head: "witness" ends in "s" too
    if not any(w in _UNNAMED_HEADS and (not w.endswith("s") or w.endswith("ss")) for w in words):
        return False
    return not set(words) & (MALE if pronoun == "she" else FEMALE)


# "Farzaneh Shirvani's brother": a speaker recorded as someone's relative (speaker_refs)
_RELATIVE_SPEAKER_RE = re.compile(r"\w['’]s\s+(?:[a-z-]+\s+)?(?P<rel>[a-z-]+)$")


def relative_fits(speaker: str, pronoun: str) -> bool:
    """True when `speaker` is someone's relative ("X's brother") whom `pronoun` can stand for:
    the kinship word is of that sex or marks none ("X's lawyer")."""
    m = _RELATIVE_SPEAKER_RE.search(speaker)
    if m is None:
        return False
    rel = m.group("rel")
    sex = "he" if rel in MALE else "she" if rel in FEMALE else None
    return sex in (None, pronoun)


def _relative_after(
    doc: Doc, pronoun: str, after: int, start: int, quoted: list[tuple[int, int]], subject_of: SubjectOf
) -> Speaker:
    """The relative ("X's brother") who is the subject of the latest cue outside quotations told
    between `after` (the latest name) and `start`, when `pronoun` can stand for them."""
    text = flat_text(doc)
    cues = [
        c.start()
        for c in CUE_RE.finditer(text, after, start)
        if not any(a <= c.start() < b for a, b in quoted)
    ]
    for cue in reversed(cues):
        who = subject_of(cue, sentence_start(text, cue))
        if who[0] and (
            relative_fits(who[0], pronoun)
            or unnamed_fits(who[0], pronoun)
            or kin_name_fits(text, who[1], pronoun, FEMALE, MALE)
        ):
            return who  # "X's brother", "A witness" or "Her father, Karim," who spoke after the latest name
    return None, None


def _new_subject(
    doc: Doc,
    mentions: list[Mention],
    pronoun: str,
    prev_speaker: Speaker,
    start: int,
    quoted: list[tuple[int, int]],
) -> Speaker:
    """The latest person other than the speaker so far who is the subject of a main clause told
    after that speaker's latest mention, outside any quotation."""
    assert prev_speaker[1] is not None
    after = max([prev_speaker[1].end, *(m[1] for m in mentions if m[3] == prev_speaker[0] and m[1] <= start)])
    for m in reversed(mentions):
        s, e, kind, name = m
        if kind != "person" or not name or name == prev_speaker[0] or not after <= s < start:
            continue
        if any(a <= s < b for a, b in quoted) or not _fits(doc, m, pronoun):
            continue
        if _is_subject(doc, s, e):
            return name, Span(s, e)
    return None, None


def _is_subject(doc: Doc, s: int, e: int) -> bool:
    """The name heads the subject of its sentence's main clause, or stands beside it ("His
    colleague, Y, described ..."); not a subject in reported speech ("X said that Y visited"),
    nor one of conjoined subjects ("A and B were arrested")."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span) or not doc.has_annotation("DEP"):
        return False
    tok: Token = span.root
    appos = False
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return tok.head.dep_ == "ROOT" and not _plural_subject(tok)
        # "The head of the X Agency, Y, defended ...": the parser may hang the name on the
        # body after "of"; set off by commas, it names the subject's head noun
        if appos and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i:
            tok = tok.head.head
            continue
        if tok.dep_ not in ("appos", "compound", "flat") or tok.head.i == tok.i:
            return False
        appos = appos or tok.dep_ == "appos"
        tok = tok.head
    return False


_PLURAL_AUX = frozenset(["were", "are", "have"])


def _plural_subject(subj: Token) -> bool:
    """ "A and B were arrested", "A, B and another man were affiliated with ...": a subject with a
    conjunct (on it or on a name the parser set beside it) or a plural verb is no "he" or "she"."""
    beside = [subj, *(c for c in subj.children if c.dep_ == "appos")]
    if any(c.dep_ == "conj" for t in beside for c in t.children):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PLURAL_AUX for c in subj.head.children)


def _fits(doc: Doc, mention: Mention, pronoun: str) -> bool:
    """False when the text marks the person as of the other sex than "he"/"she"."""
    if pronoun not in ("he", "she") or mention[2] != "person":
        return True
    sex = person_sex(doc, mention[3] or "")
    return sex is None or sex == pronoun


_SUBJECT_PRONOUN_RE = re.compile(r"\b(?P<p>he|she)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


def _other_sex_subject(text: str, sentence: int, cue: int, pronoun: str) -> bool:
    """True when the cue's subject is "he" while `pronoun` is "she" (or the reverse): whoever
    speaks there is of the other sex ("At his appeal he stated that ...")."""
    if pronoun not in ("he", "she"):
        return False
    m = _SUBJECT_PRONOUN_RE.search(text, max(sentence, cue - 40), cue)
    return m is not None and m.group("p").lower() != pronoun
