"""Which names the model's entities get wrong, and how to set them right.

A holder named straight after an office and its body ("UN High Commissioner for Human Rights
X Y"), where the model sees one long name, and a person named only as another spelling of a name
given before ("also spelled X"), who is the same person and folds in as an alias.
"""

from __future__ import annotations

import re

from tallybook.extract.entities.known_orgs import COUNTRY_NAMES
from tallybook.extract.entities.lexicon import NON_NAME_WORDS, title_alternation, word_set
from tallybook.extract.entities.person_names import UPPER_LETTERS, is_nameish
from tallybook.model import ExtractedPerson

# "UN High Commissioner for Human Rights NAME", "Secretary of State NAME": an office named with
# its body, then the holder's name in the same run of capitalised words
_TITLED_BODY_RE = re.compile(
    rf"\b(?i:{title_alternation()}|Secretary)"  # ("Secretary of State X Y": no title alone)
    rf"[ \t]+(?:on|of|for|in)[ \t]+(?:the[ \t]+)?"
    rf"(?P<run>[{UPPER_LETTERS}][\w’'-]*(?:[ \t]+(?:[{UPPER_LETTERS}][\w’'.-]*|of|for|and|on|the))+)"
)
# The run's stretches of capitalised words between its small words ("of", "for", "on", ...)
_CAPITALISED_STRETCH_RE = re.compile(rf"[{UPPER_LETTERS}][\w’'.-]*(?:[ \t]+[{UPPER_LETTERS}][\w’'.-]*)*")
_INITIAL_RE = re.compile(r"(?<![\w.])[A-Z]\.$")
# The last words of UN mandates' titles ("Special Rapporteur on Torture X Y", "... on Freedom of
# Expression X Y"): the body's words end there and the holder's name follows.
_MANDATES = word_set(
    "torture executions expression defenders disappearances detention violence women housing "
    "association assembly opinion religion belief education health food water poverty slavery "
    "terrorism racism migrants trafficking independence lawyers judges privacy"
)


def names_after_titled_body(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) for a holder named right after an office and its body, where the
    model sees one long name (or only its last words, or a place): the capitalised words after
    the body's last word ("Rights", "State", a country) that make a name of two to four words.
    The run is read in stretches between its small words, so "... Rights X Y on Monday" names X Y."""
    found: list[tuple[int, int, str]] = []
    for m in _TITLED_BODY_RE.finditer(text):
        for stretch in _CAPITALISED_STRETCH_RE.finditer(m.group("run")):
            words = list(re.finditer(r"\S+", stretch.group()))
            last_body = max(
                (
                    i
                    for i, w in enumerate(words)
                    if w.group().lower() in NON_NAME_WORDS
                    or w.group() in COUNTRY_NAMES
                    or w.group().lower() in _MANDATES
                ),
                default=-1,
            )
            tail = words[last_body + 1 :]
            if last_body < 0 or not tail:
                continue
            start = m.start("run") + stretch.start() + tail[0].start()
            end = m.start("run") + stretch.start() + tail[-1].end()
            if text[end - 1] == "." and not _INITIAL_RE.search(text, 0, end):
                end -= 1  # the sentence's full stop, not an initial's
            name = text[start:end]
            if 2 <= len(tail) <= 4 and is_nameish(name):
                found.append((start, end, name))
            break  # the first stretch that ends a body holds the holder's name, or none does
    return found


# "(also spelled X)", "spelled the first man's name as X": another spelling of a name just given
_SPELLING_BEFORE_RE = re.compile(
    r"\b(?:(?:also|alternatively)\s+(?:spelled|spelt|written|transliterated)(?:\s+as)?"
    r"|(?:spelled|spelt|wrote|gave|rendered)\s+(?:[\w’'-]+\s+){1,4}?names?\s+as"
    r"|\b(?:alias|aka|a\.k\.a\.))\s+$",  # "X alias Y": the name X also goes by
    re.IGNORECASE,
)


def fold_spellings(text: str, people: list[ExtractedPerson]) -> list[ExtractedPerson]:
    """People named only as another spelling of a name given before fold into the person named
    last before them, as an alias."""
    kept: list[ExtractedPerson] = []
    for person in people:
        first = min(person.spans).start if person.spans else 0
        spelled = bool(person.spans) and all(
            _SPELLING_BEFORE_RE.search(text, max(0, sp.start - 60), sp.start) for sp in person.spans
        )
        before = [
            (max(sp.start for sp in p.spans if sp.start < first), i)
            for i, p in enumerate(kept)
            if any(sp.start < first for sp in p.spans)
        ]
        if not spelled or not before:
            kept.append(person)
            continue
        home = kept[max(before)[1]]
        home.aliases += [n for n in (person.name, *person.aliases) if n not in home.aliases]
        home.spans = sorted([*home.spans, *person.spans])
    return kept
