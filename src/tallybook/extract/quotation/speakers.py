"""Who an unnamed speaker phrase refers to: "the ministry", "the lawyer", "the three experts".

Quotes are often attributed by a descriptor instead of a name. A definite descriptor points back
to someone the text introduced (an organisation whose name holds the head word, a person whose
descriptor does, the members a group is said to have, or the group just quoted); an indefinite one
("independent sources") is recorded as written.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tallybook.extract.entities.lexicon import word_set
from tallybook.extract.entities.un_expert_groups import UN_EXPERTS_MENTION_RE, expert_body, un_expert_group
from tallybook.extract.quotation.speaker_descriptors import (
    ASIDE_RE,
    INDEFINITE_RE,
    body_told_of,
    expand_descriptor,
    first_description,
    introduced_descriptor,
    modified_descriptor,
    owners_named,
    without_contact,
)
from tallybook.extract.quotation.speaker_kinds import PERSON_SPEAKER_NOUNS, lone_name, nouns_for
from tallybook.extract.quotation.speaker_refs import (
    full_title,
    partitive_antecedent,
    relative_of,
    singular_head,
    spokesperson_of,
)
from tallybook.extract.text.boilerplate import flat_text
from tallybook.model import ExtractedOrganization, Span

Mention = tuple[int, int, str, str | None]  # start, end, kind, canonical name
Speaker = tuple[str | None, Span | None]

_DETERMINERS = word_set(
    "the a an these those this that some several many two three four five six seven eight nine "
    "ten all both other group team"
)
_NAME_CONNECTORS = word_set("of for and on in the de al el bin")
_DEFINITE = word_set("the these those his her their its")
_GROUP_HEADS = word_set("experts rapporteurs officials members authors investigators")
_DOCUMENT_HEADS = word_set("statement report release communique communiqué letter appeal")
_NGO_HEADS = word_set("group organisation organization ngo watchdog charity")
# Holders of an office named by it alone ("the interior minister", "the provincial governor"):
# a person the text described with the whole title, not any minister it named
_OFFICE_HEADS = word_set(
    "minister governor mayor commissioner ambassador chairperson chairman chairwoman prefect"
)
# Head nouns of phrases that can name a speaker when no name is given ("independent sources").
SPEAKER_NOUNS = _OFFICE_HEADS | word_set(
    "source official witness eyewitness resident activist expert rapporteur relative family mother "
    "father son daughter brother sister wife husband uncle aunt cousin friend colleague neighbour "
    "neighbor lawyer attorney spokesperson spokesman spokeswoman statement ministry group "
    "organisation organization ngo watchdog police authorities government diplomat analyst "
    "observer protester protestor doctor medic prisoner detainee survivor monitor journalist "
    "campaigner critic member people villager agency media official investigator author report "
    "committee commission council office army navy military militia prosecutor prosecution defence defense "
    "judge court mission embassy spokespeople "
    "leader commander militant student worker teacher nurse director chief head envoy release "
    "communique communiqué letter appeal television tv radio broadcaster newspaper channel outlet "
    "farmer fisherman herder trader shopkeeper driver labourer laborer miner porter participant "
    "organiser organizer representative elder vendor hawker seller merchant bystander mourner "
    "employee tenant landowner businessman businesswoman owner parent cleric imam priest pastor "
    # bodies told by the kind of body they are: "the prison administration", "the border guard
    # command", "the army's Third Division" (the body the text names with that word speaks)
    "administration command division"
)
FUNCTION_WORDS = word_set(
    "and but or in at to for with on as that which while after before from by of if when then "
    "also this there here what whose where"
)


def descriptor_speaker(
    doc: Doc, mentions: list[Mention], start: int, end: int, prev_speaker: Speaker
) -> Speaker:
    """The speaker a phrase without a name (text[start:end]) stands for, or (None, None)."""
    text = flat_text(doc)
    phrase = text[start:end]
    cleaned = ASIDE_RE.sub("", phrase.strip(" ,.–—-")).strip(" ,.–—-")
    cleaned = without_contact(first_description(cleaned, SPEAKER_NOUNS), SPEAKER_NOUNS)
    words = cleaned.split()
    if not words or words[0].lower() in FUNCTION_WORDS:
        return None, None
    offset = start + max(0, phrase.find(cleaned))
    if len(words) > 7:  # "a farmer who took part in the protest": a head noun with its modifiers
        # "The X Unit, the body that examines ...": a body's name before an apposition describing it
        proper = _proper_name(cleaned) if _APPOSITION_RE.search(cleaned) else None
        if proper:
            at = offset + cleaned.find(proper)
            return proper, Span(at, at + len(proper))
        return modified_descriptor(doc, mentions, cleaned, offset, nouns_for(cleaned, SPEAKER_NOUNS))
    referred = full_title(text, cleaned, offset, [(m[0], m[1]) for m in mentions if m[2] == "person"])
    if not referred[0]:
        referred = partitive_antecedent(doc, cleaned, offset, SPEAKER_NOUNS)
    if referred[0]:  # "the High Commissioner" in full, "one of them" (witnesses cited before)
        return referred
    proper = _proper_name(cleaned)
    if proper:  # a name the model did not tag ("said Zhang Wei", "the Kurdistan Rights Network")
        at = offset + cleaned.find(proper)
        return proper, Span(at, at + len(proper))
    alone = lone_name(doc, cleaned, offset, SPEAKER_NOUNS)
    if not alone[0]:  # "His mother, Parvin,": the name set beside the noun
        alone = lone_name(doc, phrase, start, SPEAKER_NOUNS)
    if alone[0]:  # "“...,” Hamza, 23, said": a one-word name the model did not tag
        return alone
    head = re.sub(r"['’]s?$", "", words[-1].lower())
    single = singular_head(head)  # "families" -> "family"
    owner = _owning_org(doc, words, start)
    if owner[0]:  # "the ministry's press office", "the army's information team": the body speaks
        return owner
    body = _body_spoken_for(doc, cleaned, offset)
    if body[0]:  # "a spokesman for the prison service": the body speaks
        return body
    named = _NAMED_SPOKESMAN_RE.match(cleaned)
    held = _named_body(doc, named.group("body")) if named is not None else None
    if named is not None and held is not None:  # "an Al Wefaq spokesman": the body the text names
        at = offset + named.start("body")
        return held, Span(at, at + len(named.group("body")))
    owned = _OWNER_RE.match(cleaned) if single in _DOCUMENT_HEADS else None
    if owned is not None:  # "the group's statement", "the army's report": whoever issued it
        at = offset + owned.start("owner")
        issuer = descriptor_speaker(doc, mentions, at, at + len(owned.group("owner")), prev_speaker)
        if issuer[0]:
            return issuer
    if words[-1].lower() in _PART_HEADS and any(re.search(r"\w['’]s$", w) for w in words[:-1]):
        body = body_told_of(text, words, start)
        if body[0]:  # "the military's information team" in a text telling of "the military"
            return body
        # a part of a body the text does not name otherwise ("the navy's press desk")
        return cleaned, Span(offset, offset + len(cleaned))
    if single not in SPEAKER_NOUNS and head not in SPEAKER_NOUNS:
        if INDEFINITE_RE.match(cleaned) and (single in PERSON_SPEAKER_NOUNS or head in PERSON_SPEAKER_NOUNS):
            return cleaned, Span(offset, offset + len(cleaned))  # "a former guard", "one man"
        # "a judicial official in X province": the head noun stands before its modifiers
        return modified_descriptor(doc, mentions, cleaned, offset, nouns_for(cleaned, SPEAKER_NOUNS))
    if words[0].lower() in _DEFINITE:
        if single in _DOCUMENT_HEADS:  # "the statement said": whoever issued it, named before
            issuer = _statement_issuer(text, mentions, start)
            issuer = issuer if issuer[0] else _latest_org(mentions, start)
            return issuer if issuer[0] else prev_speaker
        # someone the text introduced: "the ministry", "the lawyer", "the experts"
        for found in (
            _org_by_head(doc, head, single, start),
            _person_by_descriptor(doc, _office_title(words) if single in _OFFICE_HEADS else single, start),
            _group_member(text, head, mentions),
        ):
            if found[0]:
                return found
        related = relative_of(doc, mentions, words, offset)
        if related[0]:  # "her brother": the brother of the woman named before
            return related
        spoken_for = spokesperson_of(text, mentions, cleaned, offset)
        if spoken_for[0]:  # "the spokesperson" of an office the text titles
            return spoken_for
        introduced = introduced_descriptor(doc, mentions, head, start) if words[0] in ("the", "The") else None
        if introduced and introduced[0]:  # "the relative said": "a relative of X" told of before
            return introduced
        if head in _EXPERT_HEADS:  # a joint statement: its first-named expert (CONVENTIONS.md)
            first = first_named_expert(doc, start)
            if first[0]:
                return first
            experts_of = expert_body(doc, start)  # "the experts" of the one Working Group the text names
            if experts_of is not None and head == "experts":
                return experts_of, Span(offset, offset + len(cleaned))
        if head in _GROUP_HEADS and prev_speaker[0]:  # "the three experts" carry on
            return prev_speaker
        if head != single:  # an unnamed group: its fullest form, "UN human rights experts"
            group, span = expand_descriptor(text, words[-1], FUNCTION_WORDS | _DETERMINERS)
            return (group and un_expert_group(group)), span
    if INDEFINITE_RE.match(cleaned):  # "a source close to his family": whose family, by name
        return owners_named(doc, mentions, cleaned, offset), Span(offset, offset + len(cleaned))
    return cleaned, Span(offset, offset + len(cleaned))


_PART_HEADS = word_set(
    "team unit office bureau department wing service desk centre center cell division spokesman spokeswoman "
    "spokesperson spokespeople"
)


def _owning_org(doc: Doc, words: list[str], before: int) -> Speaker:
    """ "the army's information team" -> the organisation the text named whose name or alias
    holds the owner word ("army"), when the phrase is a part of it speaking for it."""
    head = words[-1].lower()
    if head not in _PART_HEADS and head.rstrip("s") not in _DOCUMENT_HEADS:
        return None, None
    owner = next((w for w in words[:-1] if re.search(r"['’]s$", w)), None)
    if owner is None:
        return None, None
    key = re.sub(r"['’]s$", "", owner).lower()
    owners = [
        org
        for org in doc._.tb_orgs or []
        if any(key in {w.lower() for w in re.findall(r"\w+", n)} for n in [org.name, *org.aliases])
    ]
    return _named_last(owners, before)


def _named_last(orgs: list[ExtractedOrganization], before: int) -> Speaker:
    """The one of `orgs` the text names last before `before` (the first of them at that place)."""
    best: tuple[int, str, Span] | None = None
    for org in orgs:
        for span in org.spans:
            if span.end <= before and (best is None or span.start > best[0]):
                best = (span.start, org.name, span)
    return (best[1], best[2]) if best else (None, None)


# "the army's statement": the owner before the possessive, up to four words
_OWNER_RE = re.compile(
    r"^(?P<owner>(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)['’]s?\s+(?:[\w-]+\s+){0,2}\w+$", re.I
)


_SPOKEN_FOR_RE = re.compile(
    r"^(?:an?|the|one)\s+(?:(?P<spokes>spokes(?:man|woman|person)|representative)\s+(?:for|of)"
    # the unnamed head of a named body speaks for it: "the head of the province's judiciary"
    r"|(?:head|chief|director|chair(?:person|man|woman)?)\s+of)\s+(?P<body>.+)$",
    re.IGNORECASE,
)


# "an Al Wefaq spokesman": a spokesperson told by a capitalised name (not "a government
# spokesman") speaks for the body the text names with those words
_NAMED_SPOKESMAN_RE = re.compile(
    r"^(?:an?|the)\s+(?P<body>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+spokes(?:man|woman|person)$"
)


def _named_body(doc: Doc, words: str) -> str | None:
    """The organisation (or the publisher, whose release it may be) whose name or an alias holds
    every word of `words` ("Al Wefaq" -> "Al Wefaq National Islamic Society")."""
    held = _org_holding(doc, words)
    publisher = doc._.tb_publisher if doc.has_extension("tb_publisher") else None
    if held is None and isinstance(publisher, str):
        wanted = {w.lower() for w in re.findall(r"\w+", words)}
        if wanted and wanted <= {w.lower() for w in re.findall(r"\w+", publisher)}:
            return publisher.strip()
    return held


def _body_spoken_for(doc: Doc, phrase: str, offset: int) -> Speaker:
    """ "a spokesman for the prison service" -> the organisation whose name or alias holds every
    word of "prison service", else that descriptor as written."""
    m = _SPOKEN_FOR_RE.match(phrase)
    if m is None:
        return None, None
    body = m.group("body")
    at = offset + m.start("body")
    held = _org_holding(doc, body)
    if held is None and not m.group("spokes") and not re.search(r"\b[A-Z]", body):
        return None, None  # "the head of the family": a body only when it has a name
    return held or body, Span(at, at + len(body))


def _org_holding(doc: Doc, words: str) -> str | None:
    """The organisation whose name or an alias holds every word of `words` ("prison service")."""
    wanted = {w.lower() for w in re.findall(r"\w+", words)} - _DETERMINERS - _NAME_CONNECTORS
    for org in doc._.tb_orgs or []:
        for name in (org.name, *org.aliases):
            if wanted and wanted <= {w.lower() for w in re.findall(r"\w+", name)}:
                return str(org.name)
    return None


_APPOSITION_RE = re.compile(r"^[^,]+,\s+(?:the|a|an)\s")


def _proper_name(phrase: str) -> str | None:
    """The phrase up to its first comma, if it is a run of two to six capitalised words (a name
    of a person or body), without a leading "the"."""
    first = re.sub(r"^(?:the|The)\s+", "", phrase.split(",", 1)[0].strip())
    words = first.split()
    if not 2 <= len(words) <= 6 or not words[0][0].isupper():
        return None
    if all(w[0].isupper() or w in _NAME_CONNECTORS for w in words) and words[-1][0].isupper():
        return first
    return None


_ISSUED_RE = re.compile(
    r"\b(?:issued|released|published|put\s+out)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|release)\b"
)


def _statement_issuer(text: str, mentions: list[Mention], before: int) -> Speaker:
    """Who issued the statement the text told of last: "The Secretary-General X issued a statement
    saying ... “...”, the statement continued" -> X (a person as well as a body)."""
    issued = None
    for m in _ISSUED_RE.finditer(text, 0, before):
        issued = m
    if issued is None:
        return None, None
    line_start = text.rfind("\n", 0, issued.start()) + 1
    named = [m for m in mentions if m[3] and line_start <= m[0] and m[1] <= issued.start()]
    return (named[-1][3], Span(named[-1][0], named[-1][1])) if named else (None, None)


def _latest_org(mentions: list[Mention], before: int) -> Speaker:
    orgs = [m for m in mentions if m[2] in ("org", "government") and m[3] and m[1] <= before]
    return (orgs[-1][3], Span(orgs[-1][0], orgs[-1][1])) if orgs else (None, None)


def _org_by_head(doc: Doc, head: str, single: str, before: int) -> Speaker:
    """The organisation "the ministry" / "the rights group" points back to: the latest one named
    before `before` whose name holds the head word, or any NGO for group-like heads."""
    fitting = []
    # a release by the UN's experts: "the experts" are they, not another panel of experts it names
    un_release = head == "experts" and UN_EXPERTS_MENTION_RE.search(flat_text(doc), 0, before) is not None
    for org in doc._.tb_orgs or []:
        words = {w.lower() for w in re.findall(r"\w+", org.name)}
        if un_release and org.kind != "un":
            continue
        if single in words or head in words or (single in _NGO_HEADS and org.kind in ("ngo", "opposition")):
            fitting.append(org)
    return _named_last(fitting, before)


def _office_title(words: list[str]) -> str:
    """ "The interior minister" -> "interior minister": the title without its determiner."""
    return " ".join(w.lower() for w in words if w.lower() not in _DEFINITE)


def _person_by_descriptor(doc: Doc, single: str, before: int) -> Speaker:
    """The person named before `before` whose descriptor has this head ("the lawyer")."""
    best: tuple[int, str, Span] | None = None
    for person in doc._.tb_people or []:
        if not person.description or not re.search(rf"\b{re.escape(single)}\b", person.description.lower()):
            continue
        for span in person.spans:
            if span.end <= before and (best is None or span.start > best[0]):
                best = (span.start, person.name, span)
    return (best[1], best[2]) if best else (None, None)


def _group_member(text: str, head: str, mentions: list[Mention]) -> Speaker:
    """The first person a text lists as a member of a group it quotes ("The experts are X ...",
    "The experts: X, Special Rapporteur on ...")."""
    if not head.endswith("s"):
        return None, None
    m = re.search(rf"\b{re.escape(head)}\s*(?:(?:are|were|include|included)\s*:?|:)\s", text, re.IGNORECASE)
    if m is None:
        return None, None
    for s, e, kind, name in mentions:
        if kind == "person" and name and m.end() <= s < m.end() + 80:
            return name, Span(s, e)
    return None, None


_EXPERT_HEADS = word_set("experts rapporteurs")
# ("member" alone is no expert's title: "a member of the Kurdish minority"; a member of a
# committee or working group says so)
_EXPERT_TITLES = ("rapporteur", "expert", "working group", "chair", "committee")


def first_named_expert(doc: Doc, before: int) -> Speaker:
    """The first person named before `before` whom the text gives a UN expert's title ("the
    Special Rapporteur on torture, A, and ..., B, condemned ... “...,” the experts said": A)."""
    titles: dict[str, list[str]] = doc._.tb_person_titles or {}
    best: tuple[int, str, Span] | None = None
    for person in doc._.tb_people or []:
        said = " ".join([*titles.get(person.name, []), (person.description or "").lower()])
        if person.role == "victim" or not any(t in said for t in _EXPERT_TITLES):
            continue
        for span in person.spans:
            if span.end <= before and (best is None or span.start < best[0]):
                best = (span.start, person.name, span)
    return (best[1], best[2]) if best else (None, None)


# "according to an interior ministry statement carried by SPA, which said": the agency only
# carried the words; the statement's owner speaks
_CARRIED_RE = re.compile(
    r"\b(?P<doc>(?:an?|the)\s+(?:[\w’'-]+\s+){0,4}?)(?:statement|report|release|communiqu[eé]|"
    r"announcement|letter|notice|decree|notification)(?:\s+(?:by|from)\s+(?P<issuer>[^,;]{1,60}?))?"
    r"\s+(?:carried|published|relayed|quoted|cited|reported|broadcast|aired|posted|run|reprinted)\s+"
    r"(?:by|on|in)\s+[^,;]{1,60},\s*(?:which|that)\s+$",
    re.IGNORECASE,
)


def carried_statement_owner(doc: Doc, start: int, cue_at: int) -> Speaker:
    """The owner of a statement another outlet carried, when the cue's subject is a relative
    pronoun after the carrier ("a ministry statement carried by the state agency, which said"):
    the organisation named in the statement's modifiers or its "by X", else those words."""
    text = flat_text(doc)
    m = _CARRIED_RE.search(text, start, cue_at)
    if m is None:
        return None, None
    part = "issuer" if m.group("issuer") else "doc"
    at, phrase = m.start(part), m.group(part)
    lead = re.match(r"(?:an?|the)\s+", phrase, re.IGNORECASE)
    skip = lead.end() if lead else 0
    owner = phrase[skip:].strip()
    owner = re.sub(r"['’]s?$", "", owner)
    if not owner:
        return None, None
    at += skip
    return _org_holding(doc, owner) or owner, Span(at, at + len(owner))
