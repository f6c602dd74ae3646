"""One organization under many names: "People's Mojahedin Organization of Iran", "PMOI",
"MEK" and "People's Mujahedin of Iran" are one claimant.

Organizations are merged when they share a key: their normalised name (transliteration-aware,
filler words dropped), their acronym, an alias seen in a document, or an alias a person typed
into the alias table (Alias rows with origin 'person'). Judgements on entities win here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tallybook.errors import NotFound, TallybookError
from tallybook.link import names
from tallybook.link.clusters import Clusters, apply_judgements, judgements
from tallybook.link.people import is_watchlist, write_merges
from tallybook.store.schema import Alias, AuditEvent, Entity

# Words that vary between renderings of one organization's name without changing it.
_FILLER = frozenset(
    {"the", "of", "and", "for", "in", "on", "organization", "organisation", "org", "e", "de", "al", "el"}
)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.]{1,9}$")


class AliasError(TallybookError):
    pass


@dataclass
class OrgResult:
    organizations: int = 0
    merged: int = 0
    conflicts: list[str] = field(default_factory=list)


def name_key(name: str) -> str | None:
    """Filler words dropped, each word transliteration-canonical: 'People's Mojahedin
    Organization of Iran' and 'People's Mujahedin of Iran' give one key."""
    words = [w for w in names.raw_tokens(name.replace("'s ", " ")) if w not in _FILLER and w != "s"]
    return " ".join(names.canonical_token(w) for w in words) or None


def acronym_of(name: str) -> str | None:
    """The acronym a name is written as (PMOI, M.E.K.) or abbreviates to (3+ initials)."""
    compact = name.strip().replace(".", "")
    if _ACRONYM.match(name.strip()) and compact.isupper():
        return compact
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]*", names.strip_accents(name))]
    initials = "".join(w[0].upper() for w in words if w.lower() not in _FILLER - {"organization"})
    return initials if len(initials) >= 3 and len(words) >= 3 else None


def keys_for(names_seen: list[str]) -> set[str]:
    keys: set[str] = set()
    for n in names_seen:
        k = name_key(n)
        if k:
            keys.add("name:" + k)
        acr = acronym_of(n)
        if acr:
            keys.add("acr:" + acr)
    return keys


def organizations(session: Session) -> list[Entity]:
    return list(
        session.scalars(
            select(Entity)
            .where(Entity.kind == "organization", Entity.status != "rejected")
            .order_by(Entity.id)
        )
    )


def link_organizations(session: Session) -> OrgResult:
    orgs = [o for o in organizations(session) if not is_watchlist(o)]  # never linked
    result = OrgResult(organizations=len(orgs))
    clusters = Clusters()
    for o in orgs:
        clusters.add(o.id)
    decided = apply_judgements(clusters, judgements(session, "entity"), {o.id for o in orgs})
    owner: dict[str, int] = {}
    for o in orgs:
        for key in sorted(keys_for([o.name, *(a.alias for a in o.aliases)])):
            other = owner.setdefault(key, o.id)
            if other != o.id and frozenset((other, o.id)) not in decided:
                clusters.union(other, o.id)
    result.conflicts = clusters.conflicts
    result.merged = write_merges(orgs, clusters)
    for o in orgs:
        o.attrs = {**o.attrs, "linked": True}
    return result


def resolve(session: Session, entity_id: int) -> Entity:
    """Follow merged_into to the surviving entity."""
    seen: set[int] = set()
    entity = session.get(Entity, entity_id)
    if entity is None:
        raise NotFound(f"entity {entity_id}: no such entity")
    while entity.merged_into is not None and entity.id not in seen:
        seen.add(entity.id)
        nxt = session.get(Entity, entity.merged_into)
        if nxt is None:
            break
        entity = nxt
    return entity


def find_organization(session: Session, name: str) -> Entity:
    """The surviving organization named `name` (by name, alias, key or acronym)."""
    orgs = organizations(session)
    wanted = keys_for([name])
    exact = [o for o in orgs if o.name.casefold() == name.casefold()]
    exact += [o for o in orgs if any(a.alias.casefold() == name.casefold() for a in o.aliases)]
    found = exact or [o for o in orgs if keys_for([o.name, *(a.alias for a in o.aliases)]) & wanted]
    if not found:
        raise NotFound(f"organization {name!r}: not in the store")
    return resolve(session, found[0].id)


def add_alias(session: Session, alias: str, to: str, user: str) -> Alias:
    """The user alias table: `alias` is another name of the organization `to`."""
    alias = " ".join(alias.split())
    if not alias:
        raise AliasError("alias: empty")
    org = find_organization(session, to)
    existing = session.scalar(select(Alias).where(Alias.entity_id == org.id, Alias.alias == alias))
    if existing is not None:
        return existing
    row = Alias(entity_id=org.id, alias=alias, origin="person")
    session.add(row)
    session.flush()
    session.add(
        AuditEvent(
            user=user,
            action="add_alias",
            table_name="aliases",
            record_id=row.id,
            before=None,
            after={"entity_id": org.id, "alias": alias, "organization": org.name},
        )
    )
    return row
