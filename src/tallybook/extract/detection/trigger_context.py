"""Triggers that need the words around them: "students who have disappeared", "hundreds of people
have disappeared" (but not "the smile disappeared" nor "thousands of files"), "held 300 people
incommunicado" (but not "held talks"), "registered as missing" (but not "missing documents"),
"sentenced him to nine years in prison", "14 missing" (an infobox line), "at least 60 of them
remain unaccounted for" (but not "the rest remain missing").
`context_type` is called only for the few words in `CONTEXT_WORDS`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tallybook.extract.detection.struck_deaths import FORCE_NOUNS
from tallybook.extract.detection.trigger_lexicon import wordset
from tallybook.extract.detection.trigger_patterns import FORCE_CORE_NOUNS, UNREST
from tallybook.extract.detection.untold_fates import fate_untold
from tallybook.extract.text.boilerplate import sentence_bounds

PERSON_NOUNS = wordset(
    "people persons person individuals men women man woman children child boys girls boy girl students "
    "student activists activist journalists journalist protesters protestors demonstrators members "
    "member leaders leader lawyers lawyer defenders defender relatives relative sons son daughters "
    "daughter brother brothers sister sisters father mother husband wife youths youth teenagers "
    "teenager villagers residents civilians workers worker farmers farmer dissidents dissident "
    "bloggers blogger opponents critics critic detainees detainee prisoners prisoner migrants "
    "refugees victims teacher teachers poet poets writer writers editor editors reporter reporters "
    "doctor doctors monk monks priest priests imam imams pastor pastors unionist unionists trader "
    "traders labourer labourers laborer laborers driver drivers vendor vendors inmate inmates "
    "supporters supporter followers worshippers suspects suspect artist artists scholar scholars"
)
_PERSON_PRONOUNS = wordset("he she who whom him her they them")
_HABITUAL = wordset("routinely regularly often frequently usually typically generally sometimes commonly")
_HOLD_VERBS = wordset("held kept holding keeping holds keeps hold keep")
_LISTED_VERBS = wordset("reported registered listed declared recorded")
_MISSING = wordset("missing disappeared")
_TERMS = wordset("years year months month life imprisonment prison jail term terms")
# Bodily punishments a sentence may join to a prison term: the corporal punishment is the incident.
_BODILY_PENALTIES = wordset(
    "lashes flogging floggings caning canings strokes whipping whippings lashing lashings "
    "amputation amputations"
)
_PERPETRATORS = wordset(
    "officer officers policeman policemen soldier soldiers guard guards agent agents commander "
    "commanders official officials perpetrators perpetrator"
)
_AGENTS = FORCE_CORE_NOUNS | wordset("men gunmen")
_TAKEN_AWAY = wordset("taken took led whisked dragged driven")
_SEIZED = wordset("detained arrested abducted seized picked taken disappeared detention custody arrest")
_CRIMES = wordset("murder murdering manslaughter homicide")

# Verbs a monitor counts with, and what makes the deaths it counts violent ones.
_COUNTING = wordset(
    "recorded documented registered counted tallied logged verified confirmed record records document "
    "documents"
)
# Verbs by which a teller admits or passes on a count (with counted arrests beside the deaths).
_ADMITTING = _COUNTING | wordset("acknowledged acknowledges admitted confirmed reported reports")
_ARRESTS = wordset("arrests detentions")
_VIOLENT_SETTINGS = wordset(
    "protests protest unrest demonstrations demonstration crackdown uprising clashes raids "
    "police security forces soldiers troops army military"
)
_KILLING_WORDS = wordset("killings killing killed executions shot shootings extrajudicial")

# The words `context_type` reads; anything else costs one set lookup on the hot path.
CONTEXT_WORDS = (
    _HOLD_VERBS | _LISTED_VERBS | _TAKEN_AWAY | wordset("disappeared missing found unaccounted deaths died")
)
_REMAIN = wordset("remain remains remained")
# "remain missing", "remain unaccounted for", "remain disappeared": people still gone
_STILL_GONE = wordset("missing unaccounted disappeared")
# Nouns that count people without a figure: "thousands (of people) have remained missing".
QUANTITY_NOUNS = wordset("dozens hundreds thousands scores")
PRISON_TERM_WORDS = wordset("sentenced sentences sentencing")


def _is_person(tok: Token) -> bool:
    """A word that names or stands for people ("students", "who", "Ahmed")."""
    return tok.lower_ in PERSON_NOUNS or tok.lower_ in _PERSON_PRONOUNS or tok.ent_type_ == "PERSON"


def _subject(tok: Token) -> Token | None:
    subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None and tok.dep_ in {"relcl", "acl"}:
        return tok.head  # "students who have disappeared" parsed without "who"
    return subj


def _person_disappeared(tok: Token) -> bool:
    """ "17 students who have disappeared", "she was disappeared": a person vanished. Things that
    vanish ("the smile disappeared", "records disappeared") are not people."""
    if tok.dep_ == "amod" or tok.pos_ not in {"VERB", "AUX"}:
        return False  # "relatives of disappeared students": who they are, not an event
    if any(c.dep_ == "auxpass" for c in tok.children):
        return True  # "were disappeared": someone made them vanish
    subj = _subject(tok)
    return subj is not None and (_is_person(subj) or people_counted(subj))


def people_counted(tok: Token) -> bool:
    """ "hundreds of Egyptians", "dozens of activists", a bare "Hundreds": a quantity noun that
    counts people (not "thousands of documents")."""
    if tok.lower_ not in QUANTITY_NOUNS:
        return False
    of = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return not of or any(_is_person(g) or g.ent_type_ == "NORP" or g.tag_ == "NNPS" for g in of)


def _listed_missing(tok: Token) -> bool:
    """ "9,800 people had been reported missing", "112,000 people registered as disappeared": an
    official count of the missing. A bare "those reported missing" is talk about them, not a count."""
    nxt = tok.doc[tok.i + 1 : tok.i + 3]
    words = [t.lower_ for t in nxt]
    if not words or not (words[0] in _MISSING or (words[0] == "as" and words[1:2] and words[1] in _MISSING)):
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in tok.children):
        return True
    if tok.dep_ != "acl":
        # "87 people reported missing ... remain unaccounted for", parsed with "reported" as the
        # verb of "87 people": still a counted participle phrase
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return subj is not None and _is_person(subj) and any(c.dep_ == "nummod" for c in subj.children)
    return any(c.dep_ == "nummod" or c.like_num for c in tok.head.children)


def _held_incommunicado(tok: Token) -> int:
    """ "held her incommunicado for 23 days", "held between 300 and 400 persons incommunicado"; not
    "routinely held detainees incommunicado" (a practice) nor "held talks" (no "incommunicado").
    The end of the phrase (so later stages see "incommunicado" in the trigger), or 0."""
    for nxt in tok.doc[tok.i + 1 : tok.i + 9]:
        if nxt.lower_ == "incommunicado":
            before = tok.doc[max(0, tok.i - 2) : tok.i]
            habitual = any(t.lower_ in _HABITUAL for t in before) or any(
                c.lower_ in _HABITUAL for c in tok.children
            )
            return 0 if habitual else nxt.i + 1
        if nxt.is_punct or nxt.pos_ == "VERB":
            return 0
    return 0


_POLICE = wordset("police policemen")


def _taken_away(tok: Token) -> str | None:
    """ "was taken away by men in plain clothes", "led him away": a person removed to an unknown
    place; "was taken away by police", by a force that says who it is, an arrest (as
    `trigger_seizures` reads "picked up by police")."""
    nxt = tok.doc[tok.i + 1 : tok.i + 3]
    if not any(t.lower_ == "away" for t in nxt):
        return None
    subj = _subject(tok)
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    by_agents = agent is not None and any(g.lower_ in _AGENTS for g in agent.children)
    taken = subj is not None and (_is_person(subj) or by_agents)  # "the poet ... by officers"
    if not ((passive and taken) or (obj is not None and _is_person(obj))):
        return None
    force = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    by_police = force is not None and (
        force.lower_ in _POLICE or (force.lower_ in {"officer", "officers"} and _police_compound(force))
    )
    return "arrest" if by_police and not fate_untold(tok) else "enforced_disappearance"


def _police_compound(noun: Token) -> bool:
    return any(c.dep_ == "compound" and c.lower_ == "police" for c in noun.children)


def _infobox_missing(tok: Token) -> bool:
    """ "14 missing" on a line of its own (an infobox casualty line)."""
    doc = tok.doc
    if tok.i == 0 or not doc[tok.i - 1].like_num:
        return False
    start = tok.i - 1
    before = doc[start - 1] if start > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    line_start = before is None or "\n" in before.text or "\n" in before.whitespace_
    line_end = after is None or "\n" in tok.whitespace_ or "\n" in after.text or after.text == "["
    return line_start and line_end


def _counted_still_missing(tok: Token) -> int | None:
    """ "87 people reported missing ... remain unaccounted for", "thousands of people have
    remained missing": a counted group (or a named person) still missing is a stock of the
    disappeared. Returns the index of "remain"; "the rest remain missing" counts no one."""
    verb = tok.head
    if tok.dep_ != "acomp" or verb.lower_ not in _REMAIN:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    counted = subj.lower_ in QUANTITY_NOUNS or any(c.dep_ == "nummod" or c.like_num for c in subj.children)
    if subj.like_num:  # "at least 60 of them remained unaccounted for"
        counted = any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children)
    named = subj.ent_type_ == "PERSON"
    return (
        verb.i
        if (counted and (_is_person(subj) or subj.like_num or subj.lower_ in QUANTITY_NOUNS)) or named
        else None
    )


def _found_dead_after_seizure(tok: Token) -> bool:
    """ "was found dead on 9 January, three weeks after he was seized from his hostel": a death
    that followed the state taking the person. Other bodies found are not deaths in custody."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "dead":
        return False
    bounds = sentence_bounds(doc, tok.i)
    sent = doc[bounds[0] : bounds[1]] if bounds is not None else doc[tok.i : tok.i + 30]
    words = [t.lower_ for t in sent if t.i > tok.i]
    if "after" not in words:
        return False
    return any(w in _SEIZED for w in words[words.index("after") :])


def _died_in_such(verb: Token) -> bool:
    """ "84 persons died in such incidents during the year", a sentence or two after "arbitrary or
    unlawful killings": a count of the killings told before (as "recorded 51 such deaths")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.like_num or any(c.dep_ == "nummod" for c in subj.children)):
        return False
    such = any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "during"}
        and any(g.dep_ == "pobj" and any(d.lower_ == "such" for d in g.children) for g in c.children)
        for c in verb.children
    )
    return such and _killings_before(verb, 2)


_PROTEST_WORDS = wordset(UNREST)
# Deaths no one inflicted: by illness, accident or one's own hand.
_OTHER_CAUSES = wordset(
    "accident accidents crash illness illnesses disease diseases cholera covid-19 natural heart "
    "suicide stampede drowned"
)


def _counted_protest_deaths(verb: Token) -> bool:
    """ "13 people have died since the beginning of the unrest", "As a result of the protests, 13
    people died": a counted toll of protest deaths, the protests in a phrase of its own verb (as
    "died during the unrest", which the lexicon reads)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.like_num or any(c.dep_ == "nummod" for c in subj.children)):
        return False
    if any(t.lower_ in _OTHER_CAUSES for t in verb.subtree):
        return False  # "died of cholera during the protests", "in a road accident"
    bounds = sentence_bounds(verb.doc, verb.i)
    if bounds is not None and any(t.lower_ in _KILLING_WORDS for t in verb.doc[bounds[0] : bounds[1]]):
        return False  # "officials said nine had died, but a group said forces shot dead 40": a version
    phrases = [c for c in verb.children if c.dep_ in {"prep", "advcl"}]
    return any(t.lower_ in _PROTEST_WORDS for c in phrases for t in c.subtree)


def _killings_before(tok: Token, sentences: int) -> bool:
    """A word of killing in the `sentences` sentences before `tok`'s."""
    bounds = sentence_bounds(tok.doc, tok.i)
    for _ in range(sentences):
        if bounds is None or bounds[0] == 0:
            return False
        bounds = sentence_bounds(tok.doc, bounds[0] - 1)
        if bounds is not None and any(t.lower_ in _KILLING_WORDS for t in tok.doc[bounds[0] : bounds[1]]):
            return True
    return False


def _beside_arrests(tok: Token) -> bool:
    """ "3,117 deaths and approximately 3,000 arrests": counted deaths set beside a count of
    arrests tell a crackdown's toll, not deaths of any cause."""
    if not any(c.dep_ == "nummod" for c in tok.children):
        return False
    return any(c.lower_ in _ARRESTS and any(n.dep_ == "nummod" for n in c.children) for c in tok.conjuncts)


def _counted_deaths(tok: Token) -> bool:
    """ "has documented at least 31 deaths during protests", "recorded 41 deaths linked to the
    unrest", "documented 200 civilian deaths", "recorded 51 such deaths" after a sentence about
    killings: a monitor's count of violent deaths is a count of killings. Bare "deaths" counted
    elsewhere (road deaths, deaths from disease) are not, nor a second count "over the same
    period" (a rival figure for a total told before)."""
    verb = tok.head
    if tok.dep_ in {"dobj", "nsubjpass"} and verb.lower_ in _ADMITTING and _beside_arrests(tok):
        return True  # "have acknowledged 3,117 deaths and 3,000 arrests": a crackdown's toll
    if tok.dep_ not in {"dobj", "nsubjpass"} or verb.lower_ not in _COUNTING:
        return False
    if not any(c.dep_ == "nummod" for c in tok.children):
        return False
    words = {t.lower_ for t in tok.subtree}
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        words |= {t.lower_ for t in prep.subtree}
    if "same" in words and "period" in words:
        return False
    if words & _VIOLENT_SETTINGS or any(c.lower_ in {"civilian", "violent"} for c in tok.children):
        return True
    if not any(c.lower_ == "such" for c in tok.children):
        return False
    return _killings_before(tok, 1)  # "such deaths": the kind the sentence before told


_RESULTING = wordset("resulting resulted result results")


def _deaths_caused_by_forces(tok: Token) -> bool:
    """ "Riot police broke up the marches, resulting in four deaths": counted
    deaths that a clause about state forces results in are killings (not "clashes between
    villagers resulting in 12 deaths", where no force is named)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lower_ not in _RESULTING:
        return False
    if not any(c.dep_ == "nummod" for c in tok.children):
        return False
    return any(t.lower_ in FORCE_NOUNS for t in tok.doc[tok.sent.start : prep.head.i])


def context_type(tok: Token) -> tuple[str, int, int] | None:
    """The incident type a context word gives here and the start and end of its phrase, if any
    (see the module docstring)."""
    low = tok.lower_
    if not tok.doc.has_annotation("DEP"):
        return None
    if low == "disappeared" and _person_disappeared(tok):
        return "enforced_disappearance", tok.i, tok.i + 1
    if low in _LISTED_VERBS and _listed_missing(tok):
        return "enforced_disappearance", tok.i, tok.i + 1
    if low in _HOLD_VERBS and (end := _held_incommunicado(tok)):
        return "enforced_disappearance", tok.i, end
    if low in _TAKEN_AWAY and (taken_type := _taken_away(tok)):
        return taken_type, tok.i, tok.i + 1
    if low == "missing" and _infobox_missing(tok):
        return "enforced_disappearance", tok.i, tok.i + 1
    if low in _STILL_GONE and (verb := _counted_still_missing(tok)) is not None:
        return "enforced_disappearance", verb, tok.i + 1  # from "remain": the verb
    if low == "deaths" and (_counted_deaths(tok) or _deaths_caused_by_forces(tok)):
        return "killing", tok.i, tok.i + 1
    if low == "died" and (_died_in_such(tok) or _counted_protest_deaths(tok)):
        return "killing", tok.i, tok.i + 1
    if low == "found" and _found_dead_after_seizure(tok):
        return "death_in_custody", tok.i, tok.i + 2
    return None


def is_prison_term(tok: Token) -> bool:
    """ "sentenced him to nine years' imprisonment", "sentenced X to 7 years in prison": a prison
    term (CONVENTIONS: other). Not a term for a killing ("the officer was sentenced for manslaughter")."""
    if tok.lower_ not in PRISON_TERM_WORDS or not tok.doc.has_annotation("DEP"):
        return False
    to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None or not any(g.lower_ in _TERMS for g in to.subtree):
        return False
    # "sentenced to prison terms and flogging" (the parser may join "flogging" to the verb): one
    # corporal punishment, told by its own word
    joined = [c for c in tok.children if c.dep_ == "conj" and (c.pos_ != "VERB" or c.tag_ == "VBG")]
    if any(g.lower_ in _BODILY_PENALTIES for part in (to, *joined) for g in part.subtree):
        return False
    people = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if any(p.lower_ in _PERPETRATORS for p in people):
        return False
    # "In November a judge convicted X of manslaughter. ... X was sentenced to one year": a
    # perpetrator's punishment, not a violation
    sent = tok.sent
    prev = tok.doc[sent.start - 1].sent if sent.start > 0 else sent
    return not any(t.lower_ in _CRIMES for t in (*prev, *sent))


def among_the_dead(sent: Span) -> bool:
    """ "Among them, the commission said, was X, who was shot ...", after a sentence counting the
    dead: the shooting is one of those deaths."""
    if sent[0].lower_ != "among" or sent.start == 0:
        return False
    prev = sent.doc[sent.start - 1].sent
    return any(t.lower_ in {"dead", "died", "killed", "deaths", "bodies"} for t in prev)
