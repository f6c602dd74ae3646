from __future__ import annotations

import pytest
from sqlalchemy import select

from link import builders as b
from tallybook.errors import NotFound
from tallybook.link.organizations import acronym_of, add_alias, link_organizations, name_key
from tallybook.link.service import link_all
from tallybook.store.db import Store
from tallybook.store.schema import Alias, AuditEvent, Entity


def test_keys_of_one_organization() -> None:
    assert name_key("People's Mujahedin of Iran") == name_key("People's Mojahedin Organization of Iran")
    assert acronym_of("People's Mojahedin Organization of Iran") == "PMOI"
    assert acronym_of("PMOI") == "PMOI"
    assert acronym_of("Amnesty International") is None


def _heads(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {
            e.name: e.merged_into or e.id
            for e in s.scalars(select(Entity).where(Entity.kind == "organization"))
        }


@pytest.mark.postgres
def test_many_names_one_organization(store: Store) -> None:
    with store.session() as s:
        docs = [b.document(s, f"doc {i}") for i in range(5)]
        b.organization(s, docs[0], "People's Mujahedin of Iran")
        b.organization(s, docs[1], "People's Mojahedin Organization of Iran", aliases=("MEK",))
        b.organization(s, docs[2], "PMOI")
        b.organization(s, docs[3], "MEK")
        b.organization(s, docs[4], "Amnesty International")
    link_all(store)
    heads = _heads(store)
    pmoi = heads["PMOI"]
    assert heads["People's Mujahedin of Iran"] == heads["People's Mojahedin Organization of Iran"] == pmoi
    assert heads["MEK"] == pmoi
    assert heads["Amnesty International"] != pmoi


@pytest.mark.postgres
def test_user_alias_table_joins_organizations(store: Store) -> None:
    with store.session() as s:
        d = b.document(s, "doc")
        b.organization(s, d, "Iran Human Rights")
        b.organization(s, d, "IHRNGO")
    link_all(store)
    assert len(set(_heads(store).values())) == 2
    with store.session() as s:
        add_alias(s, "IHRNGO", "Iran Human Rights", user="tester")
        link_organizations(s)
    assert len(set(_heads(store).values())) == 1
    with store.session() as s:
        alias = s.scalars(select(Alias).where(Alias.alias == "IHRNGO")).one()
        assert alias.origin == "person"
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "add_alias")).one().user == "tester"


def test_alias_to_unknown_organization_is_a_clear_error(store: Store) -> None:
    with store.session() as s, pytest.raises(NotFound, match="not in the store"):
        add_alias(s, "XYZ", "No Such Org", user="tester")
