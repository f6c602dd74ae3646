"""Who stands behind an incident, and how many of them are independent.

Five outlets that republish one wire story are one source, not five: documents whose texts are
near-duplicates (MinHash over word 5-shingles, estimated Jaccard >= REPUBLISHED_AT) form one
republication group, and claimants whose claims come from one group count once. One claimant
quoted by several independent documents is also one source.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy.orm import Session

from tallybook.link.clusters import Clusters
from tallybook.link.incidents import members
from tallybook.link.organizations import resolve
from tallybook.store.schema import Claim, Document, Incident

REPUBLISHED_AT = 0.6
SHINGLE = 5
PERMUTATIONS = 128
_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20191115)
_A = _rng.integers(1, (1 << 61) - 1, size=PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, (1 << 61) - 1, size=PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray:
    """MinHash signature: per permutation, the smallest hash of any shingle."""
    items = shingles(text)
    if not items:
        return np.full(PERMUTATIONS, np.iinfo(np.uint64).max, dtype=np.uint64)
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little") >> 3 for s in items),
        dtype=np.uint64,
        count=len(items),
    )
    # (a*h + b) mod p with wrap-around multiplication: a cheap universal-style hash family
    with np.errstate(over="ignore"):
        permuted = (np.outer(hashes, _A) + _B) % _PRIME
    sig: np.ndarray = permuted.min(axis=0)
    return sig


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two documents' shingle sets."""
    return float(np.mean(a == b))


def republication_groups(texts: dict[int, str]) -> dict[int, int]:
    """document id -> group id (the smallest document id of its near-duplicate group)."""
    sigs = {doc: signature(text) for doc, text in texts.items()}
    clusters = Clusters()
    ids = sorted(sigs)
    for doc in ids:
        clusters.add(doc)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if similarity(sigs[a], sigs[b]) >= REPUBLISHED_AT:
                clusters.union(a, b)
    return clusters.root_of()


@dataclass
class Corroboration:
    incident_id: int
    documents: list[int] = field(default_factory=list)
    claimants: list[str] = field(default_factory=list)  # every claimant asserting or confirming
    confirmations: list[str] = field(default_factory=list)
    disputes: list[str] = field(default_factory=list)
    republished: list[list[int]] = field(default_factory=list)  # groups of near-duplicate documents
    independent: int = 0  # independent claimants behind the incident

    def as_dict(self) -> dict[str, object]:
        return {
            "incident_id": self.incident_id,
            "documents": self.documents,
            "claimants": self.claimants,
            "confirmations": self.confirmations,
            "disputes": self.disputes,
            "republished": self.republished,
            "independent_sources": self.independent,
        }


def claimant_key(session: Session, claim: Claim, document: Document) -> str:
    """The same claimant under any of its names: the surviving entity, else the name."""
    if claim.claimant_entity_id is not None:
        return f"entity:{resolve(session, claim.claimant_entity_id).id}"
    name = claim.claimant
    if name in ("publisher", "") and document.publisher:
        name = document.publisher
    return "name:" + " ".join(name.casefold().split())


def corroboration(
    session: Session,
    incident_id: int,
    *,
    cluster: list[Incident] | None = None,
    claims: list[Claim] | None = None,
) -> Corroboration:
    """Who stands behind the incident. `cluster` and `claims`, when given, are the members and
    the counted claims one reader sees (`tallybook.report.claim_selection`); by default every
    member and every claim not rejected."""
    if cluster is None:
        cluster = members(session, incident_id)
    result = Corroboration(incident_id=cluster[0].id if cluster else incident_id)
    if claims is None:
        claims = [c for inc in cluster for c in inc.claims if c.status != "rejected"]
    docs = {c.document_id: c.document for c in claims}
    for inc in cluster:
        if inc.document is not None:
            docs.setdefault(inc.document.id, inc.document)
    result.documents = sorted(docs)
    groups = republication_groups({d: doc.text for d, doc in docs.items()})
    by_group: dict[int, list[int]] = {}
    for doc, group in groups.items():
        by_group.setdefault(group, []).append(doc)
    result.republished = [sorted(g) for g in by_group.values() if len(g) > 1]
    # claimants are nodes; one republication group or one entity joins them into one source
    sources = Clusters()
    key_ids: dict[str, int] = {}
    group_claimant: dict[int, int] = {}
    for c in claims:
        label = c.claimant if c.claimant != "publisher" else (docs[c.document_id].publisher or "publisher")
        if c.stance == "disputes":
            result.disputes.append(label)
            continue
        result.claimants.append(label)
        if c.stance == "confirms":
            result.confirmations.append(label)
        node = key_ids.setdefault(claimant_key(session, c, docs[c.document_id]), len(key_ids))
        sources.add(node)
        group = groups[c.document_id]
        if c.claimant in ("publisher", "") or c.claimant == docs[c.document_id].publisher:
            # the outlet's own voice: republishing outlets all speak with the original's voice
            sources.union(node, group_claimant.setdefault(group, node))
    result.claimants = sorted(set(result.claimants))
    result.confirmations = sorted(set(result.confirmations))
    result.disputes = sorted(set(result.disputes))
    result.independent = len(sources.groups())
    return result
