"""Who stands behind an incident mention, beyond the sentence's own attribution.

The quotation a trigger lies in, denials ("the army denied holding him", "officials dismissed
the figure"), and sources named by a pronoun or a generic description ("she said", "the group",
"the expert", "our Office") resolved to the person or organisation the document names.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span

from tallybook.extract.attribution.body_heads import bare_body, rapporteur_named
from tallybook.extract.attribution.claimants import PUBLISHER, canonical_source
from tallybook.extract.attribution.reposted_sources import reposts_un_experts
from tallybook.extract.attribution.source_context import titled_experts
from tallybook.extract.attribution.source_owners import un_experts
from tallybook.extract.attribution.source_phrases import phrase_candidates
from tallybook.extract.attribution.source_pronouns import salient_subject
from tallybook.extract.attribution.source_syntax import CONFIRM_WORDS, DENY_WORDS, DISPUTE_WORDS
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.triggers import Trigger
from tallybook.extract.entities.people import resolve_person
from tallybook.extract.particulars.mentions import Mention
from tallybook.extract.text.boilerplate import doc_ents, doc_text, sentence_starts
from tallybook.extract.text.word_positions import word_positions
from tallybook.model import ExtractedClaim, ExtractedIncident, ExtractedQuote
from tallybook.model import Span as TextSpan

_STANCE_WORDS = CONFIRM_WORDS | DISPUTE_WORDS
_FIGURE_NOUNS = wordset("figure figures toll tally claim claims report reports number numbers account")


def figure_denials(doc: Doc, incidents: list[ExtractedIncident], with_triggers: set[int]) -> None:
    """ "Officials dismissed the figure as exaggerated": the speaker disputes the latest incident
    that a named source reported, in the two sentences before."""
    if not doc.has_annotation("DEP"):
        return
    # the sentences as `doc.sents` gives them, read from their first tokens: a Span is made only
    # for the few sentences with a confirming or disputing word
    starts = sentence_starts(doc)
    if starts is None:
        starts = [sent.start for sent in doc.sents]
    spans: dict[int, Span] = {}
    for i in word_positions(doc, _STANCE_WORDS):
        k = bisect_right(starts, i) - 1
        if starts[k] in with_triggers:
            continue
        sent = spans.get(k)
        if sent is None:
            sent = spans[k] = doc[starts[k] : starts[k + 1] if k + 1 < len(starts) else len(doc)]
        tok = doc[i]
        confirms = tok.lower_ in CONFIRM_WORDS
        obj = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if obj is None or obj.lower_ not in _FIGURE_NOUNS:
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue  # "Reuters could not independently verify the account": neither stance
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "agent"}), None)
        if subj is not None and subj.dep_ == "agent":
            subj = next((c for c in subj.children if c.dep_ == "pobj"), None)
        if subj is None or subj.lower_ == "you" or sent.text.rstrip().endswith("?"):
            continue  # "Can you confirm reports that ...?": a question, not a confirmation
        earlier = doc[starts[max(0, k - 2)]].idx
        target = next(
            (
                i
                for i in reversed(incidents)
                if earlier <= i.span.start < sent.start_char
                and (confirms or any(c.claimant != PUBLISHER for c in i.claims))
            ),
            None,
        )
        if target is not None:
            name = canonical_source(doc, subj.text if subj.pos_ == "PRON" else phrase_candidates(subj))
            if name not in {c.claimant for c in target.claims}:
                target.claims.append(
                    ExtractedClaim(
                        name,
                        "confirms" if confirms else "disputes",
                        span=TextSpan(sent.start_char, sent.end_char),
                    )
                )


def denier(trig: Trigger) -> str | None:
    """ "The army has denied holding him", "the ministry denied that anyone was killed": the
    subject of the denial, when the trigger is what is denied; else None."""
    tok = trig.root
    if tok.lower_ in DENY_WORDS:  # "denied holding him" as a whole
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return None if subj is None or subj.pos_ == "PRON" else tok.doc[subj.left_edge.i : subj.i + 1].text
    for _ in range(3):
        if tok.dep_ not in {"ccomp", "xcomp", "dobj", "pcomp", "advcl"} or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lower_ in DENY_WORDS:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON":
                return None
            return tok.doc[subj.left_edge.i : subj.i + 1].text
    return None


def quote_speaker(quotes: list[ExtractedQuote], pos: int) -> tuple[str | None, tuple[int, int] | None]:
    """The speaker and extent of the quotation a position lies in, if any."""
    for q in quotes:
        if q.span.start <= pos < q.span.end:
            return q.speaker, (q.span.start, q.span.end)
    return None, None


def resolve_pronoun_sources(mentions: list[Mention], doc: Doc) -> None:
    """ "He also recalled that ...", "She said that ...": for he/she the latest person who spoke
    (a named source or a quoted speaker), for "they" the latest named source."""
    people = {p.name for p in doc._.tb_people or []}
    spoke: list[tuple[int, str]] = [
        (q.span.start, q.speaker) for q in doc._.tb_quotes or [] if q.speaker and q.speaker in people
    ]
    last: str | None = None
    experts = release_experts(doc)
    office: str | None = None  # the latest named source with "Office" in its name
    joint = _joint_quotes(doc)
    told: tuple[int, list[str]] = (-1, [])  # the sentence end and tellers of the last mention
    for m in mentions:
        claims: list[tuple[str, str]] = []
        for name, stance in m.attribution.claims:
            name = bare_body(doc, name, m.start) or name  # "the report": whom "a report by X" names
            group = _joint_speakers(joint, m, name)
            if group:
                # '"...," the experts said': all the experts tell it, not only the first-named
                claims.extend((expert, stance) for expert in group)
                continue
            if name == PUBLISHER and experts and stance == "asserts":
                # a UN experts' release: unsourced statements are the experts'
                claims.extend((expert, stance) for expert in experts)
                continue
            elif name.lower() in _PERSONAL_PRONOUNS:
                before = [(pos, who) for pos, who in spoke if pos < m.start]
                pronoun = _PERSONAL_PRONOUNS[name.lower()]  # "according to him": he
                person = (
                    _named_before_pronoun(m, pronoun)
                    or salient_subject(doc, m.start, pronoun)
                    or (max(before)[1] if before else None)
                )
                name = (
                    person
                    or (last if last in people else None)
                    or _last_person_before(doc, m.start)
                    or PUBLISHER
                )
            elif name.lower() == "they" and len(told[1]) > 1 and m.sent.start <= told[0]:
                # "The experts noted ... . At least 11 others remain on death row, they said": all
                # the tellers of the sentence before, not the last one named
                claims.extend((teller, stance) for teller in told[1])
                continue
            elif name.lower() == "they":
                name = last or PUBLISHER
            elif _GENERIC_SELF_RE.match(name):
                # "We", "Our Office": the organisation publishing the statement; but "the office"
                # in a news story about an office it named as a source is that office
                name = (office if name.lower() in {"the office", "office"} else None) or PUBLISHER
            elif _GENERIC_EXPERT_RE.match(name):
                titled = _titled_person(doc) or rapporteur_named(doc)
                name = titled or (last if last in people else None) or name
            elif _GENERIC_GROUP_RE.match(name):
                # "the group said": the organisation last named as a source, else the one the
                # description fits ("a Baluch rights group" -> "Baluchistan Human Rights Network")
                name = (
                    (last if last is not None and last not in people else None)
                    or _fitting_org(doc, name)
                    or name
                )
            elif name != PUBLISHER:
                last = name
                if "office" in name.lower().split():
                    office = name
                if name in people:
                    spoke.append((m.start, name))
            claims.append((name, stance))
        m.attribution.claims = claims
        tellers = [n for n, st in claims if st == "asserts" and n != PUBLISHER]
        if tellers:
            told = (m.sent.end, tellers)


# the cue of a quotation several people speak jointly ("the experts said", "the rapporteurs added")
_JOINT_CUE_RE = re.compile(r"^(?:the |un |u\.n\. |independent |human rights )*(?:experts|rapporteurs)$", re.I)


def _joint_quotes(doc: Doc) -> list[tuple[int, int, str, list[str]]]:
    """The quotations whose cue is "the experts" in a text that titles several people experts or
    rapporteurs: (start, end, the first-named speaker given, all of them)."""
    titled = titled_experts(doc)
    if len(titled) < 2:
        return []
    text = doc_text(doc)
    return [
        (q.span.start, q.span.end, q.speaker, titled)
        for q in doc._.tb_quotes or []
        if q.speaker in titled
        and q.speaker_span is not None
        and _JOINT_CUE_RE.match(text[q.speaker_span.start : q.speaker_span.end].strip())
    ]


def _joint_speakers(joint: list[tuple[int, int, str, list[str]]], m: Mention, name: str) -> list[str]:
    """All the experts, when `name` is the speaker given for the joint quotation `m` lies in."""
    pos = m.trigger.span.start_char
    return next((group for start, end, who, group in joint if start <= pos < end and who == name), [])


_GENERIC_SELF_RE = re.compile(r"^(?:we|us|our office|the office|office)$", re.I)


_GENERIC_EXPERT_RE = re.compile(
    r"^(?:the |a |an )?(?:(?:un|independent|special|human rights)\s+)*(?:expert|rapporteur)$", re.I
)
_GENERIC_GROUP_RE = re.compile(
    # lower-case head noun: "the group", "a Baluch rights group", not "Baluch Solidarity Network"
    r"^(?:[Tt]he |[Tt]his |[Tt]hat |[Aa] |[Aa]n )?(?:[A-Za-z]+ ){0,2}"
    r"(?:group|alliance|organi[sz]ation|network|ngo|monitor)$",
)


_DESCRIPTION_FILLER = wordset(
    "the this that a an group alliance organisation organization network ngo monitor rights human local"
)


def _fitting_org(doc: Doc, description: str) -> str | None:
    """The one organisation of the document whose name shares a word stem with a description."""
    stems = {w[:5] for w in description.lower().split() if w not in _DESCRIPTION_FILLER and len(w) > 3}
    if not stems:
        return None
    found = {
        o.name
        for o in doc._.tb_orgs or []
        if o.kind != "government" and stems & {w[:5] for w in o.name.lower().split()}
    }
    return found.pop() if len(found) == 1 else None


def _titled_person(doc: Doc) -> str | None:
    """The one person the text titles a rapporteur or expert ("the Special Rapporteur, Jane Doe")."""
    found = set(titled_experts(doc))
    return found.pop() if len(found) == 1 else None


_UN_OFFICE_RE = re.compile(r"high commissioner for human rights|\bohchr\b", re.I)


_EXPERTS_SPEAK_RE = re.compile(r"\b(?:[Tt]he|UN|U\.N\.) (?:human rights )?experts\b")


def release_experts(doc: Doc) -> list[str]:
    """In a release the UN human rights office issues for its experts, the experts: those who
    speak when no other source is named (also in a site's copy of such a release, when its publisher
    line says so). One person the text titles Special Rapporteur or expert,
    or several such people where the release speaks of "the experts" (a joint statement); with
    none titled, in such a release or a UN News story, the unnamed experts its lead has speak."""
    publisher = doc._.tb_publisher
    if not isinstance(publisher, str):
        return []
    found = titled_experts(doc)
    if _UN_OFFICE_RE.search(publisher) or reposts_un_experts(publisher):
        if len(found) > 1 and not _EXPERTS_SPEAK_RE.search(doc_text(doc)):
            return []
        return found or _unnamed_experts(doc)
    return _unnamed_experts(doc) if not found and _UN_NEWS_RE.search(publisher) else []


_UN_NEWS_RE = re.compile(r"^UN News\b|^United Nations News\b", re.I)


def _unnamed_experts(doc: Doc) -> list[str]:
    """The group as the text describes it ("UN human rights experts") when its headline or lead has
    UN experts speak: not a "committee of independent experts" (a body with a name of its own), nor
    experts named only in a link."""
    lead = "\n\n".join([b for b in doc_text(doc).split("\n\n") if b.strip()][:3])
    group = un_experts(doc)
    if group is None or " of " in group or not _LEAD_EXPERTS_RE.search(lead):
        return []
    return [group]


# the experts as the subject of the headline or lead ("UN experts alarmed by", "Independent UN
# human rights experts on Thursday called for")
_LEAD_EXPERTS_RE = re.compile(
    r"\b(?:UN|U\.N\.|United Nations)(?: [a-z][\w-]*){0,2}? experts\b(?!\s+(?:on|of)\b)"
)


# a person's pronoun as a source, by its subject form
_PERSONAL_PRONOUNS = {"he": "he", "she": "she", "him": "he", "her": "she"}
_PRONOUN_FORMS = {"he": frozenset(["he", "his", "him"]), "she": frozenset(["she", "her"])}


def _named_before_pronoun(m: Mention, pronoun: str) -> str | None:
    """ "X, whose sentence was upheld despite his allegation that ...": the person the sentence
    names before the pronoun that speaks (its first he/his or she/her before the trigger)."""
    doc, forms = m.sent.doc, _PRONOUN_FORMS[pronoun.lower()]
    at = next((t for t in m.sent if t.lower_ in forms and t.i <= m.trigger.root.i), None)
    if at is None:
        return None
    names = [e for e in doc_ents(doc) if e.label_ == "PERSON" and m.sent.start <= e.start and e.end <= at.i]
    # the last that names a person the text knows ("a former lorry driver" may be tagged a name)
    return next((p for p in (resolve_person(doc, e.text) for e in reversed(names)) if p), None)


def _last_person_before(doc: Doc, pos: int) -> str | None:
    """The last person named before `pos`: a name the people component knows ("Xochiapa", a
    village the model tagged as a name, is passed over), else the last PERSON entity."""
    found, known = None, None
    for ent in doc_ents(doc):
        if ent.start_char >= pos:
            break
        if ent.label_ == "PERSON":
            found = ent.text
            known = resolve_person(doc, ent.text) or known
    return known or found
