"""Person names across transliterations: one Persian or Arabic name, many Latin spellings.

Two layers:
- `canonical_tokens(name)`: each token rewritten so that common spelling variants collapse
  (Hosseini / Husseini / Hoseyni, Mohammad-Reza / Mohammadreza / Mohammad Reza, Abdol / Abdul /
  Abd al- / Abdel). Compounds are joined, articles dropped, tokens sorted so that given/family
  order does not matter.
- `phonetic_key(name)`: a coarser consonant skeleton used for blocking (which pairs to compare
  at all); it deliberately over-groups (Hassan and Hossein share a skeleton) and leaves the
  decision to `similarity`.

`similarity(a, b)` is in [0, 1]: tokens are aligned one to one (best pairs first), each pair
scored on its canonical spelling and its skeleton, and the score weighted by token length.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

# Words that describe rather than name ("a 17-year-old protester"): such a "name" is not a name.
_DESCRIPTIVE = re.compile(
    r"\d|\byear[- ]old\b|^(a|an|the|one|two|three|several|some|unnamed|unidentified|unknown)\b",
    re.IGNORECASE,
)
_APOSTROPHES = re.compile(r"['’‘`ʿʾ´]")
_NON_LETTER = re.compile(r"[^a-z]+")
_ARTICLES = frozenset({"al", "el", "ul", "ol", "ad", "ed", "as", "es", "az", "ez", "e"})
# Second halves of Persian compound given names, written joined, hyphenated or spaced.
_COMPOUND_SECOND = frozenset({"riza", "ali", "husin", "mahdi", "hasan", "taqi", "baqir", "javad"})
_COMPOUND_FIRST = frozenset({"muhamad", "ali", "qulam", "hamid", "amir", "abd", "mir", "sayid"})
# Whole-token spellings that rules alone would leave apart.
_LEXICON = {
    "muhamid": "muhamad",  # Mohammed, Muhammed
    "mamad": "muhamad",
    "ahmid": "ahmad",  # Ahmed
    "mihdi": "mahdi",  # Mehdi
    "husaini": "husini",
    "huseini": "husini",
}
# After vowel folding Abdol/Abdul/Abdel/Abdal all read abd + (ul|il|al); Abdullah -> abdah.
_ABD_PREFIX = re.compile(r"^abd(?:ul|il|al|u|i|a)?(?=[a-z]{2,})")
_ABD_ALONE = frozenset({"abd", "abdul", "abdil", "abdal", "abdu"})


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_descriptive(name: str | None) -> bool:
    """True when `name` is a description ("a 17-year-old protester"), not a personal name."""
    if not name or not name.strip():
        return True
    if _DESCRIPTIVE.search(name.strip()):
        return True
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.islower() for c in letters)


_SILENT_H = re.compile(r"(?<=[aeiou])h$")
_Y_VOWEL = re.compile(r"(?<=[^aeiou])y|y$")
_DOUBLED = re.compile(r"(.)\1+")
_VOWEL_RUN = re.compile(r"[aiu]")


@lru_cache(maxsize=1_000_000)
def canonical_token(token: str) -> str:
    """One token's spelling with transliteration variants collapsed (lowercase ASCII input)."""
    t = token
    for a, b in (("kh", "h"), ("gh", "q"), ("dh", "z"), ("th", "s"), ("ph", "f"), ("sh", "$")):
        t = t.replace(a, b)
    t = t.replace("ch", "c").replace("zh", "j").replace("dj", "j").replace("ck", "k")
    t = t.replace("w", "v").replace("x", "ks")
    t = _SILENT_H.sub("", t)  # Persian final -eh is often written -e: Kaveh / Kave
    t = t.replace("ou", "u").replace("oo", "u").replace("ee", "i")
    # y is a vowel except at the start of a token or between vowels
    t = _Y_VOWEL.sub("i", t)
    t = t.replace("ey", "i").replace("ei", "i").replace("ay", "ai")
    t = t.replace("o", "u").replace("e", "i")
    t = _DOUBLED.sub(r"\1", t)  # doubled letters: Mohammad / Mohamad
    if t in _ABD_ALONE:
        return "abd"
    t = _ABD_PREFIX.sub("abd", t)
    return _LEXICON.get(t, t)


def raw_tokens(name: str) -> list[str]:
    """Lowercase ASCII tokens; hyphens and apostrophes split or vanish as writers use them."""
    text = _APOSTROPHES.sub("", strip_accents(name).lower())
    return [t for t in _NON_LETTER.split(text) if t]


@lru_cache(maxsize=1_000_000)
def canonical_tokens(name: str) -> tuple[str, ...]:
    """The name's tokens, canonical, compounds joined, articles dropped, sorted."""
    toks = [canonical_token(t) for t in raw_tokens(name)]
    out: list[str] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        # "al-" / "el-" glued to a word: al-Ahmad -> ahmad (only as a separate token after split)
        if tok in _ARTICLES and i + 1 < len(toks):
            i += 1
            if out and out[-1] == "abd":
                out[-1] = _ABD_PREFIX.sub("abd", "abd" + toks[i])
                i += 1
            continue
        if tok == "abd" and i + 1 < len(toks) and toks[i + 1] not in _ARTICLES:
            out.append(_ABD_PREFIX.sub("abd", "abd" + toks[i + 1]))
            i += 2
            continue
        if tok in _COMPOUND_SECOND and out and out[-1] in _COMPOUND_FIRST:
            out[-1] = out[-1] + tok
            i += 1
            continue
        out.append(tok)
        i += 1
    return tuple(sorted(t for t in out if t))


@lru_cache(maxsize=1_000_000)
def skeleton(token: str) -> str:
    """Consonants only, with sound-alike consonants merged: the blocking alphabet."""
    t = token.replace("q", "k").replace("z", "s").replace("v", "b").replace("j", "g")
    lead = "a" if t[:1] in ("a", "i", "u") else ""
    return lead + _DOUBLED.sub(r"\1", _VOWEL_RUN.sub("", t))


def canonical(name: str) -> str:
    """Canonical tokens joined by spaces: equal strings mean 'same spelling up to variants'."""
    return " ".join(canonical_tokens(name))


def phonetic_key(name: str) -> str:
    """The skeletons of the canonical tokens, sorted: the blocking key."""
    return " ".join(sorted(skeleton(t) for t in canonical_tokens(name)))


def token_keys(name: str) -> list[str]:
    """One skeleton per token: names sharing any informative token can be compared."""
    return sorted({skeleton(t) for t in canonical_tokens(name) if len(t) > 2})


@lru_cache(maxsize=1_000_000)
def token_similarity(a: str, b: str) -> float:
    """Canonical tokens a, b: 1 - weighted edits / length. Edits of the consonant skeleton
    cost 1; the remaining (vowel) edits cost less, since vowels are what transliterations
    disagree on most."""
    if a == b:
        return 1.0
    consonant_edits = Levenshtein.distance(skeleton(a), skeleton(b))
    all_edits = Levenshtein.distance(a, b)
    cost = consonant_edits + VOWEL_EDIT_COST * max(0, all_edits - consonant_edits)
    return max(0.0, 1.0 - 1.25 * cost / max(len(a), len(b)))


VOWEL_EDIT_COST = 0.45


@lru_cache(maxsize=1_000_000)
def similarity(a: str, b: str) -> float:
    """How likely two written names are spellings of one name, in [0, 1]."""
    ta, tb = canonical_tokens(a), canonical_tokens(b)
    if not ta or not tb:
        return 0.0
    if ta == tb:
        return 1.0
    joined_a, joined_b = "".join(ta), "".join(tb)
    if joined_a == joined_b:
        return 0.98
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    pairs = sorted(
        ((token_similarity(x, y), i, j) for i, x in enumerate(short) for j, y in enumerate(long_)),
        reverse=True,
    )
    used_i: set[int] = set()
    used_j: set[int] = set()
    total = weight = 0.0
    for score, i, j in pairs:
        if i in used_i or j in used_j:
            continue
        used_i.add(i)
        used_j.add(j)
        w = float(max(len(short[i]), len(long_[j])))
        total += score * w
        weight += w
    aligned = total / weight if weight else 0.0
    # A missing middle name costs a little; a one-word name against a full name costs more.
    missing = len(long_) - len(short)
    penalty = 0.04 * missing if len(short) > 1 else 0.12 * missing
    return max(0.0, min(1.0, aligned - penalty))
