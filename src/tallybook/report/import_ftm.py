"""`tallybook import --format ftm FILE`: a watchlist from FollowTheMoney entities (for example
an OpenSanctions export), and the tallybook people whose names match it.

The file is JSON lines (one FtM entity per line) or one JSON array. Each Person becomes an
Entity row (kind person) with attrs["watchlist"] = {ftm_id, schema, names, topics, countries,
positions, source}; importing the same entity again updates it. Watchlist rows are someone
else's list, not findings: they carry no document and never count anywhere.

Then every tallybook person (not merged, with a real name) is compared with the watchlist
names (`tallybook.link.names.similarity` when available, else normalised equality); each
match at or above the threshold goes to the review queue as a LinkCandidate with subject
"watchlist" (left = tallybook person, right = watchlist entry). A person decides; nothing is
merged here.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.exc import InvalidData
from sqlalchemy import select
from sqlalchemy.orm import Session

from tallybook.report import ReportError
from tallybook.store.db import Store
from tallybook.store.schema import Entity, LinkCandidate

THRESHOLD = 0.9
SUBJECT = "watchlist"


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(sorted(letters.casefold().split()))


def _comparison() -> tuple[Callable[[str, str], float], Callable[[str], list[str]], Callable[[str], bool]]:
    """The linker's name comparison when it is there; plain normalised equality otherwise."""
    try:
        from tallybook.link import names
    except ImportError:  # the linking stage is optional for this module
        return (
            lambda a, b: 1.0 if _fold(a) == _fold(b) else 0.0,
            lambda n: [_fold(n)],
            lambda n: not n.strip(),
        )
    return names.similarity, names.token_keys, names.is_descriptive


@dataclass
class WatchlistResult:
    imported: int
    updated: int
    skipped: int  # entities that are not people
    candidates: int


def read_entities(path: Path) -> Iterator[dict[str, Any]]:
    """FtM entities from JSON lines or a JSON array; a bad line is named and stops the import."""
    try:
        with path.open("r", encoding="utf-8") as f:
            first = f.read(1)
            while first and first.isspace():
                first = f.read(1)
            f.seek(0)
            if first == "[":
                data = json.load(f)
                if not isinstance(data, list):
                    raise ReportError(f"{path}: expected a JSON array of FtM entities")
                yield from data
                return
            for n, line in enumerate(f, start=1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as e:
                        raise ReportError(f"{path}:{n}: not a JSON object ({e.msg})") from e
    except FileNotFoundError as e:
        raise ReportError(f"{path}: no such file") from e
    except UnicodeDecodeError as e:
        raise ReportError(f"{path}: not UTF-8 text") from e
    except json.JSONDecodeError as e:
        raise ReportError(f"{path}: not JSON ({e.msg})") from e


def _watch_attrs(data: dict[str, Any], path: Path, where: str) -> dict[str, Any] | None:
    if not isinstance(data, dict) or "schema" not in data:
        raise ReportError(f"{where}: not a FollowTheMoney entity (no schema)")
    try:
        proxy = model.get_proxy(data, cleaned=False)
    except (InvalidData, TypeError, ValueError) as e:
        raise ReportError(f"{where}: not a FollowTheMoney entity ({e})") from e
    if not proxy.schema.is_a("Person") or not proxy.id:
        return None
    names = list(dict.fromkeys([*proxy.get("name"), *proxy.get("alias"), *proxy.get("weakAlias")]))
    if not names:
        return None
    return {
        "ftm_id": proxy.id,
        "schema": proxy.schema.name,
        "names": names,
        "topics": proxy.get("topics"),
        "countries": proxy.get("country") + proxy.get("nationality") + proxy.get("citizenship"),
        "positions": proxy.get("position"),
        "datasets": data.get("datasets", []),
        "source": path.name,
    }


def _store_watchlist(session: Session, path: Path) -> tuple[int, int, int]:
    existing: dict[str, Entity] = {}
    for e in session.scalars(select(Entity).where(Entity.kind == "person")):
        w = e.attrs.get(SUBJECT)
        if isinstance(w, dict) and isinstance(w.get("ftm_id"), str):
            existing[w["ftm_id"]] = e
    imported = updated = skipped = 0
    for n, data in enumerate(read_entities(path), start=1):
        attrs = _watch_attrs(data, path, f"{path}: entity {n}")
        if attrs is None:
            skipped += 1
            continue
        row = existing.get(attrs["ftm_id"])
        if row is None:
            row = Entity(kind="person", name=attrs["names"][0], origin="person", status="confirmed")
            session.add(row)
            existing[attrs["ftm_id"]] = row
            imported += 1
        else:
            updated += 1
        row.name = attrs["names"][0]
        row.description = "; ".join(attrs["positions"][:3]) or None
        row.attrs = {**(row.attrs or {}), SUBJECT: attrs}
    session.flush()
    return imported, updated, skipped


def match_watchlist(session: Session, threshold: float = THRESHOLD) -> int:
    """Queue (for review) each tallybook person whose name matches a watchlist entry."""
    similarity, keys, descriptive = _comparison()
    people = list(
        session.scalars(select(Entity).where(Entity.kind == "person", Entity.merged_into.is_(None)))
    )
    watch = [e for e in people if isinstance(e.attrs.get(SUBJECT), dict)]
    ours = [e for e in people if SUBJECT not in e.attrs]
    block: dict[str, list[tuple[Entity, str]]] = defaultdict(list)
    for w in watch:
        for name in w.attrs[SUBJECT]["names"]:
            for key in keys(name):
                block[key].append((w, name))
    known = {
        (c.left_id, c.right_id): c
        for c in session.scalars(select(LinkCandidate).where(LinkCandidate.subject == SUBJECT))
    }
    queued = 0
    for person in ours:
        names = [person.name, *(a.alias for a in person.aliases)]
        best: dict[int, tuple[float, str, str, Entity]] = {}
        for name in names:
            if descriptive(name):
                continue
            for key in keys(name):
                for w, wname in block.get(key, []):
                    score = similarity(name, wname)
                    if score >= threshold and score > best.get(w.id, (0.0,))[0]:
                        best[w.id] = (score, name, wname, w)
        for wid, (score, name, wname, w) in best.items():
            attrs = {
                "left_name": name,
                "right_name": wname,
                "ftm_id": w.attrs[SUBJECT]["ftm_id"],
                "topics": w.attrs[SUBJECT]["topics"],
                "source": w.attrs[SUBJECT]["source"],
            }
            cand = known.get((person.id, wid))
            if cand is None:
                cand = LinkCandidate(
                    subject=SUBJECT, left_id=person.id, right_id=wid, probability=score, attrs=attrs
                )
                session.add(cand)
                known[(person.id, wid)] = cand
                queued += 1
            elif cand.state == "open":
                cand.probability, cand.attrs = score, attrs
    session.flush()
    return queued


def import_ftm(store: Store, path: Path, threshold: float = THRESHOLD) -> WatchlistResult:
    with store.session() as s:
        imported, updated, skipped = _store_watchlist(s, path)
        candidates = match_watchlist(s, threshold)
    return WatchlistResult(imported, updated, skipped, candidates)
