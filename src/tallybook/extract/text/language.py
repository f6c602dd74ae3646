"""Cheap language detection: which language a text is in, without a model or the network.

The extractor's rules are written for English, so the pipeline only needs to know whether a text
is English and, if not, say which language it is in a warning. Non-Latin scripts decide by
script; Latin-script texts by the share of words that are common function words of each language.
"""

from __future__ import annotations

import re
from collections import Counter

from tallybook.extract.entities.lexicon import word_set

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": word_set(
        "the of and to in a is that for on was were with as by at from it an be are has have had "
        "this which or but not his her their they he she who been its will said would after over"
    ),
    "fr": word_set(
        "le la les de des du et à un une est que qui dans pour sur au aux par pas ne se ses son sa "
        "il elle ont été avec ce cette sont leur nous vous"
    ),
    "de": word_set(
        "der die das und ist nicht ein eine zu den dem des von mit sich auf für im auch es wurde "
        "wurden sind bei aus nach wie oder dass er sie"
    ),
    "es": word_set(
        "el la los las de del y en un una que por con para es se su sus al lo como más pero fue han "
        "ha este esta sobre"
    ),
    "it": word_set(
        "il lo la gli le di del della e è un una che per con non si sono nel nella al alla da dei "
        "delle ha come anche"
    ),
    "pt": word_set(
        "o a os as de do da dos das e em um uma que para com não se por no na foi são ao mais pelo pela como"
    ),
    "nl": word_set(
        "de het een en van in is dat op te zijn met voor niet die er aan ook als werd door maar bij hij zij"
    ),
    "id": word_set("yang dan di ke dari ini itu dengan untuk tidak ada dalam akan pada juga oleh"),
    "tr": word_set("ve bir bu da de için ile olarak olan çok gibi daha sonra kadar ama değil"),
}

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)

# Letters that occur in Persian but not in Arabic orthography.
_PERSIAN_ONLY = set("پچژگکی")


# Letter ranges of the scripts a report may come in, with the language each stands for.
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (lang, re.compile(f"[{ranges}]"))
    for lang, ranges in (
        ("ar", "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"),
        ("ru", "\u0400-\u04ff"),
        ("he", "\u0590-\u05ff"),
        ("el", "\u0370-\u03ff"),
        ("ko", "\uac00-\ud7af\u1100-\u11ff"),
        ("ja", "\u3040-\u30ff"),
        ("zh", "\u4e00-\u9fff"),
        ("hi", "\u0900-\u097f"),
        ("th", "\u0e00-\u0e7f"),
        ("hy", "\u0530-\u058f"),
        ("ka", "\u10a0-\u10ff"),
        ("bn", "\u0980-\u09ff"),
        ("ta", "\u0b80-\u0bff"),
    )
)
_LETTER_RE = re.compile(r"[^\W\d_]")
# Any letter of those scripts: most texts have none, and then no script can dominate.
_ANY_SCRIPT_RE = re.compile(f"[{''.join(pattern.pattern[1:-1] for _, pattern in _SCRIPTS)}]")
_PERSIAN_RE = re.compile(f"[{''.join(sorted(_PERSIAN_ONLY))}]")


def _script_language(text: str) -> str | None:
    """The language implied by a dominant non-Latin script, if one dominates."""
    if _ANY_SCRIPT_RE.search(text) is None:
        return None
    letters = len(_LETTER_RE.findall(text))
    if not letters:
        return None
    counts = {lang: len(pattern.findall(text)) for lang, pattern in _SCRIPTS}
    lang, n = max(counts.items(), key=lambda kv: kv[1])
    if n < letters * 0.5:
        return None  # Latin script (or a mixture): decided by function words
    if lang == "ar":  # Persian is written in Arabic script, with a few letters of its own
        return "fa" if len(_PERSIAN_RE.findall(text)) >= 0.02 * n else "ar"
    if lang == "zh" and counts["ja"] > 0.1 * n:
        return "ja"  # Japanese mixes kanji with kana
    return lang


def detect_language(text: str, min_words: int = 8) -> str:
    """ISO 639-1 code of the text's language, or "und" when too short or unclear."""
    sample = text[:20000]
    by_script = _script_language(sample)
    if by_script is not None:
        return by_script
    words = Counter(map(str.lower, _WORD_RE.findall(sample)))  # counted in C, not word by word
    total = sum(words.values())
    if total < min_words:
        return "und"
    best, best_share = "und", 0.0
    for lang, stop in _STOPWORDS.items():
        # Counting distinct words once each: a text repeats its function words thousands of times.
        share = sum(words[w] for w in stop if w in words) / total
        if share > best_share:
            best, best_share = lang, share
    # Running text in any of these languages is at least ~15% function words.
    return best if best_share >= 0.12 else "und"


def is_english(text: str) -> bool:
    """True unless the text is confidently in another language (short texts count as English)."""
    return detect_language(text) in ("en", "und")
