"""Persian/Arabic names in Latin letters: tallybook's comparison against plain Jaro-Winkler and
Levenshtein, each at its best threshold.

The generator. A person is a given name and a family name drawn from lists of common Persian
and Arabic names (written in one reference romanisation; some given names are compounds such
as Mohammad-Reza, some family names carry an article such as al-Zahrani). A *rendering* of a
person is what one report prints; each rendering applies, independently:
- vowel variants: o<->u, e<->i, a<->e for short vowels (each position with probability 0.25);
  ou/u/oo for long u, ee/i for long i; a final -i written -i, -ee or -y;
- consonant variants: h<->kh, gh<->q, z<->dh, s<->th, w<->v (probability 0.2 each occurrence);
  doubled consonants written single or double (Mohammad/Mohamad, Hossein/Hosein);
- fixed families: Abdol/Abdul/Abd al-/Abdel; Mohammad/Mohammed/Muhammad/Mohamad;
  Hossein/Hosein/Husein/Hussein;
- compounds written hyphenated, joined or spaced (Mohammad-Reza/Mohammadreza/Mohammad Reza);
- the article al-/el- kept, changed or dropped;
- order: "Given Family" (70 %), "Family, Given" (20 %) or "Family Given" (10 %);
- a typing slip (one letter dropped, doubled or swapped with its neighbour) in 10 % of renderings.
Positive pairs are two renderings of one person. Negative pairs are renderings of two different
people; half are hard (they share the given or the family name, as relatives and namesakes do).

    .venv/bin/python benchmarks/link_transliteration.py [--pairs N]
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable

from rapidfuzz.distance import JaroWinkler, Levenshtein

from tallybook.link import names

GIVEN = [
    "Mohammad",
    "Ali",
    "Hossein",
    "Hassan",
    "Reza",
    "Mahmoud",
    "Mehdi",
    "Ahmad",
    "Navid",
    "Vahid",
    "Saeed",
    "Majid",
    "Hamid",
    "Javad",
    "Karim",
    "Khaled",
    "Yousef",
    "Omid",
    "Behrouz",
    "Farhad",
    "Zahra",
    "Maryam",
    "Fatemeh",
    "Narges",
    "Nasrin",
    "Shirin",
    "Leila",
    "Sara",
    "Mahsa",
    "Nika",
    "Abdolkarim",
    "Abdolreza",
    "Abdollah",
    "Mohammad-Reza",
    "Ali-Reza",
    "Gholam-Hossein",
    "Hamid-Reza",
    "Mohammad-Ali",
    "Esmail",
    "Ebrahim",
    "Mostafa",
    "Morteza",
    "Mojtaba",
    "Ghasem",
    "Jafar",
    "Kazem",
    "Yasin",
    "Osman",
    "Walid",
    "Zeinab",
    "Soheil",
    "Arash",
    "Kaveh",
    "Siamak",
    "Peyman",
    "Bahareh",
]
FAMILY = [
    "Rahimi",
    "Karimi",
    "Afkari",
    "Hosseini",
    "Mousavi",
    "Ahmadi",
    "Rezaei",
    "Mohammadi",
    "Ronaghi",
    "Sotoudeh",
    "Mohammadi",
    "Ghaderi",
    "Ghorbani",
    "Rahnavard",
    "Khorasani",
    "Tabrizi",
    "Shirazi",
    "Zahrani",
    "al-Zahrani",
    "al-Hashemi",
    "Hashemi",
    "Yazdani",
    "Jafari",
    "Kazemi",
    "Sadeghi",
    "Moradi",
    "Nouri",
    "Abbasi",
    "Ghasemi",
    "Soltani",
    "Heidari",
    "Bagheri",
    "Azizi",
    "Amini",
    "Shariati",
    "Khamenei",
    "Rouhani",
    "Najafi",
    "Esfahani",
    "Shokri",
    "Mirzaei",
    "Taheri",
    "Vaziri",
    "Dehghan",
    "Zarei",
    "Khodabandeh",
    "Gholami",
    "Farahani",
    "Hamedani",
    "Ghoreishi",
    "Ghazi",
]
_FIXED = {
    "mohammad": ["mohammad", "mohammed", "muhammad", "mohamad", "mohamed"],
    "hossein": ["hossein", "hosein", "husein", "hussein", "hossain"],
    "abdol": ["abdol", "abdul", "abd al-", "abdel", "abd-ol"],
}


def _vowels(word: str, rng: random.Random) -> str:
    word = re.sub(r"ou", lambda m: rng.choice(["ou", "u", "oo"]), word)
    word = re.sub(r"i$", lambda m: rng.choice(["i", "ee", "y"]), word)

    def short(m: re.Match[str]) -> str:
        v = m.group(0)
        if rng.random() > 0.25:
            return v
        return {"o": "u", "u": "o", "e": rng.choice("ia"), "i": "e", "a": "e"}[v]

    return re.sub(r"(?<!^)[aeiou](?=[^aeiou])", short, word)


def _consonants(word: str, rng: random.Random) -> str:
    pairs = [("kh", "h"), ("gh", "q"), ("z", "dh"), ("th", "s"), ("w", "v"), ("v", "w")]
    for a, b in pairs:
        word = re.sub(a, lambda m, a=a, b=b: b if rng.random() < 0.2 else a, word)
    return re.sub(r"([bcdfgjklmnpqrstvz])\1", lambda m: m.group(1) * rng.choice([1, 2]), word)


def _word(word: str, rng: random.Random) -> str:
    low = word.lower()
    for stem, options in _FIXED.items():
        if low.startswith(stem):
            return (
                rng.choice(options) + _vowels(low[len(stem) :], rng)
                if len(low) > len(stem)
                else rng.choice(options)
            )
    return _consonants(_vowels(low, rng), rng)


def _slip(text: str, rng: random.Random) -> str:
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    i = rng.choice(letters[1:-1] or letters)
    kind = rng.choice(["drop", "double", "swap"])
    if kind == "drop":
        return text[:i] + text[i + 1 :]
    if kind == "double":
        return text[:i] + text[i] + text[i:]
    return text[:i] + text[i + 1 : i + 2] + text[i] + text[i + 2 :] if i + 1 < len(text) else text


def render(given: str, family: str, rng: random.Random) -> str:
    parts = given.split("-")
    g = [_word(p, rng) for p in parts]
    sep = rng.choice(["-", "", " "]) if len(g) > 1 else ""
    given_text = sep.join(g) if sep != "" else "".join(g)
    article, _, fam = family.rpartition("-")
    fam_text = _word(fam, rng)
    if article:
        fam_text = rng.choice(["al-", "el-", "Al ", ""]) + fam_text
    given_text = given_text.title().replace("Al ", "al ")
    fam_text = fam_text[:1].upper() + fam_text[1:] if not fam_text.startswith(("al-", "el-")) else fam_text
    roll = rng.random()
    text = (
        f"{given_text} {fam_text}"
        if roll < 0.7
        else f"{fam_text}, {given_text}"
        if roll < 0.9
        else f"{fam_text} {given_text}"
    )
    return _slip(text, rng) if rng.random() < 0.1 else text


def make_pairs(n: int, seed: int = 7) -> list[tuple[str, str, bool]]:
    rng = random.Random(seed)
    out: list[tuple[str, str, bool]] = []
    for _ in range(n):
        g, f = rng.choice(GIVEN), rng.choice(FAMILY)
        out.append((render(g, f, rng), render(g, f, rng), True))
        g2, f2 = rng.choice(GIVEN), rng.choice(FAMILY)
        roll = rng.random()
        if roll < 0.25:
            g2 = g  # namesakes
        elif roll < 0.5:
            f2 = f  # relatives
        if (g2, f2) == (g, f):
            f2 = rng.choice([x for x in FAMILY if x != f])
        out.append((render(g, f, rng), render(g2, f2, rng), False))
    return out


def best_f1(scores: list[float], labels: list[bool]) -> tuple[float, float, float, float]:
    """(F1, precision, recall, threshold) at the threshold that maximises F1."""
    order = sorted(zip(scores, labels, strict=True), reverse=True)
    positives = sum(labels)
    tp = fp = 0
    best = (0.0, 0.0, 0.0, 1.0)
    for i, (score, label) in enumerate(order):
        tp += label
        fp += not label
        if i + 1 < len(order) and order[i + 1][0] == score:
            continue
        p, r = tp / (tp + fp), tp / positives
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        if f1 > best[0]:
            best = (f1, p, r, score)
    return best


def auc(scores: list[float], labels: list[bool]) -> float:
    ranked = sorted(zip(scores, labels, strict=True))
    pos = sum(labels)
    neg = len(labels) - pos
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        avg_rank = (i + j + 1) / 2
        rank_sum += avg_rank * sum(1 for k in range(i, j) if ranked[k][1])
        i = j
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def _plain(a: str) -> str:
    return " ".join(re.findall(r"[a-z]+", a.lower()))


METHODS: dict[str, Callable[[str, str], float]] = {
    "tallybook": names.similarity,
    "jaro_winkler": lambda a, b: JaroWinkler.normalized_similarity(_plain(a), _plain(b)),
    "levenshtein": lambda a, b: Levenshtein.normalized_similarity(_plain(a), _plain(b)),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=5000, help="positive pairs (as many negatives)")
    args = parser.parse_args()
    pairs = make_pairs(args.pairs)
    labels = [p[2] for p in pairs]
    print("examples:", "; ".join(f"{a} ~ {b}" for a, b, same in pairs[:8:2]))
    results = {}
    for name, fn in METHODS.items():
        started = time.perf_counter()
        scores = [fn(a, b) for a, b, _ in pairs]
        f1, p, r, t = best_f1(scores, labels)
        results[name] = f1
        print(
            f"{name:13s} precision={p:.4f} recall={r:.4f} F1={f1:.4f} AUC={auc(scores, labels):.4f} "
            f"threshold={t:.3f} ({len(pairs) / (time.perf_counter() - started):,.0f} pairs/s)"
        )
    print(
        f"tallybook_f1={results['tallybook']:.4f} jaro_winkler_f1={results['jaro_winkler']:.4f} "
        f"levenshtein_f1={results['levenshtein']:.4f}"
    )


if __name__ == "__main__":
    main()
