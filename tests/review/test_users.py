"""Accounts, roles and tokens on a real store."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from tallybook.errors import NotFound
from tallybook.review import users
from tallybook.store.db import Store
from tallybook.store.schema import ApiToken, User


@pytest.mark.postgres
def test_add_authenticate_disable(store: Store) -> None:
    with store.session() as s:
        users.add_user(s, "nadia", "a long enough secret", "editor")
    with store.session() as s:
        row = s.scalars(select(User)).one()
        assert row.password_hash.startswith("$argon2") and "secret" not in row.password_hash
        assert users.authenticate(s, "nadia", "a long enough secret") is not None
        assert users.authenticate(s, "nadia", "wrong password!") is None
        assert users.authenticate(s, "nobody", "a long enough secret") is None
    with store.session() as s:
        users.disable_user(s, "nadia")
    with store.session() as s:
        assert users.authenticate(s, "nadia", "a long enough secret") is None


@pytest.mark.postgres
def test_tokens_store_only_sha256_and_die_with_the_account(store: Store) -> None:
    with store.session() as s:
        users.add_user(s, "bot", "a long enough secret", "viewer")
        token = users.create_token(s, "bot", "nightly export")
    with store.session() as s:
        stored = s.scalars(select(ApiToken)).one()
        assert stored.token_sha256 == hashlib.sha256(token.encode()).hexdigest()
        assert token not in stored.token_sha256
        account = users.account_for_token(s, token)
        assert account is not None and account.username == "bot" and account.role == "viewer"
        assert users.account_for_token(s, token + "x") is None
    with store.session() as s:
        users.disable_user(s, "bot")
    with store.session() as s:
        assert users.account_for_token(s, token) is None


@pytest.mark.parametrize(
    ("name", "password", "role"),
    [
        ("bad name", "a long enough secret", "viewer"),
        ("ok", "short", "viewer"),
        ("ok", "a long enough secret", "boss"),
    ],
)
def test_bad_accounts_are_refused(store: Store, name: str, password: str, role: str) -> None:
    with pytest.raises(users.UserError), store.session() as s:
        users.add_user(s, name, password, role)


def test_duplicate_and_missing_users(store: Store) -> None:
    with store.session() as s:
        users.add_user(s, "nadia", "a long enough secret", "viewer")
    with pytest.raises(users.UserError), store.session() as s:
        users.add_user(s, "nadia", "another long secret", "viewer")
    with pytest.raises(NotFound), store.session() as s:
        users.disable_user(s, "ghost")


def test_roles() -> None:
    assert users.can("viewer", "read") and not users.can("viewer", "read_confidential")
    assert not users.can("viewer", "review") and not users.can("viewer", "upload")
    assert users.can("editor", "review") and users.can("editor", "mark_confidential")
    assert not users.can("editor", "manage_users") and users.can("admin", "manage_users")
    assert not users.can("nobody", "read")
    with pytest.raises(ValueError):
        users.can("admin", "launch")
