"""One person under many spellings: probabilistic linkage of person entities across documents.

Each person entity becomes one record (name, the spellings seen for it, birth year, place,
role, descriptor, incident dates). splink scores pairs blocked on phonetic keys; pairs above
`LINK_AT` are clustered (Entity.merged_into -> the smallest id of the cluster), pairs between
`REVIEW_AT` and `LINK_AT` wait in the review queue (LinkCandidate). People's judgements win:
'same' forces, 'different' forbids, and a re-run never undoes them.

Guards: a description without a name ("a 17-year-old protester") never enters name linkage;
a one-word name ("Ali") is only linked when at least two other facts agree. Watchlist entries
(imported FtM people, attrs["watchlist"]) are someone else's list, not findings: they never
enter linkage, so nothing is merged into them and they are merged into nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tallybook.link import names
from tallybook.link.clusters import Clusters, apply_judgements, judgements, judgements_pending
from tallybook.link.engine import LinkModel, predict
from tallybook.store.schema import Entity, Incident, LinkCandidate, Victim

LINK_AT = 0.9
REVIEW_AT = 0.25
_AGE = re.compile(r"\b(\d{1,3})[- ]years?[- ]old\b|\baged (\d{1,3})\b", re.IGNORECASE)


@dataclass
class PersonRecord:
    id: int
    name: str
    variants: list[str] = field(default_factory=list)
    birth_year: int | None = None
    place: str | None = None
    role: str | None = None
    descriptor: str | None = None
    dates: list[str] = field(default_factory=list)  # incident months, YYYY-MM


@dataclass
class PeopleResult:
    records: int = 0
    merged: int = 0
    candidates: int = 0
    conflicts: list[str] = field(default_factory=list)


def _norm(value: str | None) -> str | None:
    if not value:
        return None
    text = " ".join(names.strip_accents(value).lower().split())
    return text or None


def name_features(name: str) -> dict[str, Any]:
    """The name columns the model compares and blocks on."""
    toks = names.canonical_tokens(name)
    skels = [names.skeleton(t) for t in toks if len(t) > 2] or [names.skeleton(t) for t in toks]
    return {
        "name": name,
        "name_canon": " ".join(toks) or None,
        "name_key": " ".join(sorted(names.skeleton(t) for t in toks)) or None,
        "key_a": min(skels) if skels else None,
        "key_b": max(skels, key=len) if skels else None,
        "name_tokens": len(toks),
        "skeletons": tuple(skels),
    }


def person_frame(records: Sequence[PersonRecord]) -> pd.DataFrame:
    features = [_name_features(r.name) for r in records]
    frame = pd.DataFrame(features, columns=list(_FEATURE_COLUMNS))
    frame["unique_id"] = [r.id for r in records]
    frame["name"] = [r.name for r in records]
    frame["name_variants"] = [
        sorted(({names.canonical(v) for v in r.variants} | {f[0]}) - {"", None})
        if r.variants
        else ([f[0]] if f[0] else [])
        for r, f in zip(records, features, strict=True)
    ]
    frame["birth_year"] = pd.array([r.birth_year for r in records], dtype="Int64")
    frame["place"] = [_norm(r.place) for r in records]
    frame["role"] = [r.role for r in records]
    frame["descriptor"] = [_norm(r.descriptor) for r in records]
    frame["dates"] = [sorted(set(r.dates)) or None for r in records]
    # the rarest name part in this data set: usually the family name, a small block
    freq = Counter(s for skels in frame["skeletons"] for s in set(skels))
    frame["key_rare"] = [
        min(skels, key=lambda s: (freq[s], -len(s), s)) if skels else None for skels in frame["skeletons"]
    ]
    return frame.drop(columns=["skeletons"])


_FEATURE_COLUMNS = ("name_canon", "name_key", "key_a", "key_b", "name_tokens", "skeletons")


@lru_cache(maxsize=500_000)
def _name_features(name: str) -> tuple[Any, ...]:
    f = name_features(name)
    return tuple(f[c] for c in _FEATURE_COLUMNS)


_SCREEN = "jaro_winkler_similarity(name_canon_l, name_canon_r)"


def name_comparison(fixed: bool = True, in_sql: bool = False) -> Any:
    """Name levels: same canonical spelling, a shared spelling variant, then tallybook's
    transliteration similarity (`tb_name_sim`, a DuckDB function) at two thresholds.
    `in_sql` (for millions of records) replaces the Python function by its precomputed keys:
    same phonetic key, then Jaro-Winkler on the canonical spellings, all inside DuckDB."""
    import splink.comparison_level_library as cll
    from splink.comparison_library import CustomComparison

    if in_sql:
        similar = [
            cll.CustomLevel(f"name_key_l = name_key_r AND {_SCREEN} >= 0.8", "same phonetic key"),
            cll.CustomLevel(f"{_SCREEN} >= 0.9", "close canonical spelling"),
        ]
    else:
        # the cheap built-in Jaro-Winkler screens pairs before the Python similarity runs
        similar = [
            cll.CustomLevel(
                f"{_SCREEN} >= 0.7 AND tb_name_sim(name_l, name_r) >= 0.9", "transliteration >= 0.9"
            ),
            cll.CustomLevel(
                f"{_SCREEN} >= 0.7 AND tb_name_sim(name_l, name_r) >= 0.78", "transliteration >= 0.78"
            ),
        ]
    levels: list[Any] = [
        cll.NullLevel("name_canon"),
        cll.CustomLevel("name_canon_l = name_canon_r", "same canonical spelling"),
        cll.CustomLevel("list_has_any(name_variants_l, name_variants_r)", "shared variant"),
        *similar,
        cll.ElseLevel(),
    ]
    if fixed:
        m_u = zip((0.55, 0.1, 0.22, 0.09, 0.04), (0.0005, 0.001, 0.002, 0.015, 0.9815), strict=True)
        for level, (m, u) in zip(levels[1:], m_u, strict=True):
            level.configure(m_probability=m, u_probability=u)
    return CustomComparison(levels, output_column_name="name")


TIGHT_BLOCKING_FROM = 50_000


def name_blocking(tight: bool = False) -> list[Any]:
    """Pairs to score: same phonetic key, or one shared name token. Past ~50k records a
    shared token alone makes blocks too big, so it must come with a birth year or a place."""
    from splink import block_on

    if tight:
        return [block_on("name_key"), block_on("key_rare", "birth_year"), block_on("key_rare", "place")]
    return [block_on("name_key"), block_on("key_a"), block_on("key_b")]


def person_model(records: int = 0) -> LinkModel:
    """The model for tallybook's own stores: fixed m/u, because a store of a few hundred
    people cannot teach EM anything reliable."""
    import splink.comparison_library as cl

    def fixed(comparison: Any, m: list[float], u: list[float]) -> Any:
        return comparison.configure(m_probabilities=m, u_probabilities=u)

    comparisons = [
        name_comparison(fixed=True, in_sql=records >= TIGHT_BLOCKING_FROM),
        fixed(birth_year_comparison(), [0.7, 0.25, 0.05], [0.02, 0.04, 0.94]),
        fixed(cl.ExactMatch("place"), [0.8, 0.2], [0.1, 0.9]),
        fixed(cl.ExactMatch("role"), [0.85, 0.15], [0.4, 0.6]),
        fixed(cl.ExactMatch("descriptor"), [0.6, 0.4], [0.1, 0.9]),
        fixed(cl.ArrayIntersectAtSizes("dates", [1]), [0.7, 0.3], [0.05, 0.95]),
    ]
    tight = records >= TIGHT_BLOCKING_FROM
    return LinkModel(comparisons=comparisons, blocking_rules=name_blocking(tight), prior=0.005)


def birth_year_comparison() -> Any:
    import splink.comparison_level_library as cll
    from splink.comparison_library import CustomComparison

    levels: list[Any] = [
        cll.NullLevel("birth_year"),
        cll.ExactMatchLevel("birth_year"),
        cll.CustomLevel("abs(birth_year_l - birth_year_r) <= 1", "within a year"),
        cll.ElseLevel(),
    ]
    return CustomComparison(levels, output_column_name="birth_year")


def _other_evidence(a: pd.Series, b: pd.Series) -> int:
    """How many non-name facts agree (for one-word names)."""
    agree = 0
    if pd.notna(a.birth_year) and pd.notna(b.birth_year) and abs(a.birth_year - b.birth_year) <= 1:
        agree += 1
    for col in ("place", "descriptor"):
        if a[col] is not None and a[col] == b[col]:
            agree += 1
    if a.dates is not None and b.dates is not None and set(a.dates) & set(b.dates):
        agree += 1
    return agree


def guard_single_tokens(pairs: pd.DataFrame, frame: pd.DataFrame) -> pd.DataFrame:
    """One-word names: linked only with two agreeing facts, reviewed with one, else dropped."""
    pairs = pairs[["unique_id_l", "unique_id_r", "match_probability"]]
    tokens = frame.set_index("unique_id")["name_tokens"]
    short = (pairs.unique_id_l.map(tokens) <= 1) | (pairs.unique_id_r.map(tokens) <= 1)
    if not short.any():
        return pairs
    by_id = frame.set_index("unique_id")
    keep = []
    for row in pairs[short].itertuples(index=False):
        evidence = _other_evidence(by_id.loc[row.unique_id_l], by_id.loc[row.unique_id_r])
        if evidence == 0:
            continue
        p = float(row.match_probability) if evidence >= 2 else min(float(row.match_probability), 0.6)
        keep.append((row.unique_id_l, row.unique_id_r, p))
    guarded = pd.DataFrame(keep, columns=["unique_id_l", "unique_id_r", "match_probability"])
    if guarded.empty:
        return pairs[~short]
    return pd.concat([pairs[~short], guarded], ignore_index=True)


WATCHLIST = "watchlist"  # the attrs key `tallybook.report.import_ftm` stores an entry under


def is_watchlist(entity: Entity) -> bool:
    """An imported watchlist entry: matched for review only, never linked or merged."""
    return WATCHLIST in (entity.attrs or {})


def load_records(session: Session) -> tuple[list[Entity], list[PersonRecord]]:
    """All person entities (watchlist entries left out), and a record for each one that has a
    real name."""
    people = [
        e
        for e in session.scalars(
            select(Entity)
            .where(Entity.kind == "person", Entity.status != "rejected")
            .options(selectinload(Entity.aliases), selectinload(Entity.mentions))
            .order_by(Entity.id)
        )
        if not is_watchlist(e)
    ]
    victims = session.execute(
        select(Victim.entity_id, Incident.date, Incident.place).join(
            Incident, Victim.incident_id == Incident.id
        )
    ).all()
    seen: dict[int, list[tuple[str | None, str | None]]] = {}
    for entity_id, date, place in victims:
        if entity_id is not None:
            seen.setdefault(entity_id, []).append((date, place))
    records = []
    for e in people:
        if names.is_descriptive(e.name):
            continue  # a description is not a name: never linked by name
        spellings = [a.alias for a in e.aliases] + [m.name_as_written for m in e.mentions]
        descriptions = [e.description or ""] + [m.description or "" for m in e.mentions]
        roles = Counter(m.role for m in e.mentions if m.role and m.role != "other")
        events = seen.get(e.id, [])
        dates = [d[:7] for d, _ in events if d and len(d) >= 7]
        place = e.attrs.get("place") or next((p for _, p in events if p), None)
        birth = e.attrs.get("birth_year")
        if birth is None:
            age = e.attrs.get("age") or _age(descriptions)
            year = next((int(d[:4]) for d, _ in events if d), None)
            if age is not None and year is not None:
                birth = year - int(age)
        records.append(
            PersonRecord(
                id=e.id,
                name=e.name,
                variants=[s for s in spellings if s and not names.is_descriptive(s)],
                birth_year=int(birth) if birth is not None else None,
                place=place,
                role=roles.most_common(1)[0][0] if roles else None,
                descriptor=_descriptor(descriptions),
                dates=dates,
            )
        )
    return people, records


def _age(texts: Sequence[str]) -> int | None:
    for text in texts:
        m = _AGE.search(text)
        if m:
            return int(m.group(1) or m.group(2))
    return None


def _descriptor(texts: Sequence[str]) -> str | None:
    """The head noun of the description ("a 17-year-old protester" -> "protester")."""
    for text in texts:
        words = re.findall(r"[A-Za-z]+", text)
        if words:
            return str(words[-1]).lower()
    return None


def link_people(session: Session, *, incremental: bool = True) -> PeopleResult:
    people, records = load_records(session)
    result = PeopleResult(records=len(records))
    new_ids = {e.id for e in people if not e.attrs.get("linked")}
    if incremental and not new_ids and not judgements_pending(session, "entity", _heads(people)):
        return result
    pairs = pd.DataFrame(columns=["unique_id_l", "unique_id_r", "match_probability"])
    if len(records) >= 2:
        frame = person_frame(records)
        pairs = guard_single_tokens(predict([frame], person_model(len(frame)), threshold=REVIEW_AT), frame)
        if incremental:
            pairs = pairs[pairs.unique_id_l.isin(new_ids) | pairs.unique_id_r.isin(new_ids)]
    clusters = Clusters()
    known = {e.id for e in people}
    for e in people:
        clusters.add(e.id)
    decided = apply_judgements(clusters, judgements(session, "entity"), known)
    for e in people:  # earlier machine merges stand unless a judgement now forbids them
        if incremental and e.merged_into is not None and e.merged_into in known:
            clusters.union(e.id, e.merged_into)
    result.conflicts = clusters.conflicts
    ordered = pairs.sort_values("match_probability", ascending=False)
    review: list[tuple[int, int, float]] = []
    for left, right, p in ordered.itertuples(index=False):
        a, b = int(left), int(right)
        if frozenset((a, b)) in decided:
            continue
        if float(p) >= LINK_AT:
            clusters.union(a, b)
        else:
            review.append((min(a, b), max(a, b), float(p)))
    result.merged = write_merges(people, clusters)
    roots = clusters.root_of()
    result.candidates = queue_candidates(session, [r for r in review if roots[r[0]] != roots[r[1]]], "person")
    for e in people:
        e.attrs = {**e.attrs, "linked": True}
    return result


def _heads(rows: Sequence[Entity]) -> dict[int, int]:
    return {e.id: e.merged_into or e.id for e in rows}


def write_merges(entities: Sequence[Entity], clusters: Clusters) -> int:
    """Point every entity at its cluster's survivor; returns how many are merged into another."""
    roots = clusters.root_of()
    merged = 0
    for e in entities:
        head = roots.get(e.id, e.id)
        target = None if head == e.id else head
        if e.merged_into != target:
            e.merged_into = target
        merged += target is not None
    return merged


def queue_candidates(session: Session, pairs: Sequence[tuple[int, int, float]], kind: str) -> int:
    """Put unsure pairs in the review queue (subject 'entity'); decided ones stay decided."""
    existing = {
        (c.left_id, c.right_id): c
        for c in session.scalars(select(LinkCandidate).where(LinkCandidate.subject == "entity"))
    }
    added = 0
    for left, right, p in pairs:
        row = existing.get((left, right))
        if row is None:
            session.add(
                LinkCandidate(
                    subject="entity", left_id=left, right_id=right, probability=p, attrs={"kind": kind}
                )
            )
            added += 1
        elif row.state == "open":
            row.probability = p
    session.flush()
    return added
