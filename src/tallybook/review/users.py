"""Accounts, roles and API tokens.

Roles: viewer (reads what is not confidential), editor (also reads confidential material,
reviews, uploads, marks documents confidential), admin (also manages users).
Passwords are hashed with argon2; of an API token only its SHA-256 is stored.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from tallybook.errors import NotFound, TallybookError
from tallybook.review.audit import record_event
from tallybook.store.schema import ApiToken, User


class Role(StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"
    VIEWER = "viewer"


# Actions a role may take; reading non-confidential material needs only a login.
_GRANTS: dict[str, frozenset[str]] = {
    Role.VIEWER: frozenset({"read"}),
    Role.EDITOR: frozenset({"read", "read_confidential", "review", "upload", "mark_confidential"}),
    Role.ADMIN: frozenset(
        {"read", "read_confidential", "review", "upload", "mark_confidential", "manage_users"}
    ),
}
ACTIONS: frozenset[str] = frozenset().union(*_GRANTS.values())

_USERNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")
_hasher = PasswordHasher()
# Verifying against a dummy hash when the user is unknown keeps timing the same.
_DUMMY_HASH = _hasher.hash("not a real password")
MIN_PASSWORD = 10


class UserError(TallybookError):
    """A bad account request (bad name, short password, duplicate)."""


@dataclass(frozen=True)
class Account:
    """What the rest of the app needs to know about a signed-in user."""

    id: int
    username: str
    role: str

    def can(self, action: str) -> bool:
        return can(self.role, action)


def can(role: str, action: str) -> bool:
    """True if `role` may take `action` (read, read_confidential, review, upload, ...)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    return action in _GRANTS.get(role, frozenset())


def _account(user: User) -> Account:
    return Account(id=user.id, username=user.username, role=user.role)


def add_user(session: Session, username: str, password: str, role: str, *, by: str = "cli") -> Account:
    if not _USERNAME_RE.match(username):
        raise UserError(f"user name {username!r}: use letters, digits and . _ @ - (at most 100)")
    if role not in tuple(Role):
        raise UserError(f"role {role!r}: use one of {', '.join(Role)}")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"password for {username!r}: at least {MIN_PASSWORD} characters")
    if session.scalars(select(User).where(User.username == username)).first() is not None:
        raise UserError(f"user {username!r} already exists")
    user = User(username=username, password_hash=_hasher.hash(password), role=role)
    session.add(user)
    session.flush()
    record_event(session, user=by, action="add_user", table="users", record_id=user.id, after={"role": role})
    return _account(user)


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


def _get(session: Session, username: str) -> User:
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        raise NotFound(f"user {username!r} not found")
    return user


def disable_user(session: Session, username: str, *, by: str = "cli") -> None:
    """Disable an account and revoke its tokens (kept for the audit trail, never deleted)."""
    user = _get(session, username)
    user.disabled = True
    for token in session.scalars(select(ApiToken).where(ApiToken.user_id == user.id)):
        token.revoked = True
    record_event(
        session,
        user=by,
        action="disable_user",
        table="users",
        record_id=user.id,
        before={"disabled": False},
        after={"disabled": True},
    )


def set_role(session: Session, username: str, role: str, *, by: str) -> None:
    if role not in tuple(Role):
        raise UserError(f"role {role!r}: use one of {', '.join(Role)}")
    user = _get(session, username)
    before = {"role": user.role}
    user.role = role
    record_event(
        session,
        user=by,
        action="set_role",
        table="users",
        record_id=user.id,
        before=before,
        after={"role": role},
    )


def authenticate(session: Session, username: str, password: str) -> Account | None:
    """The account if the name and password match an enabled user, else None."""
    user = session.scalars(select(User).where(User.username == username)).first()
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user is None or user.disabled:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return _account(user)


def account_by_id(session: Session, user_id: int) -> Account | None:
    user = session.get(User, user_id)
    if user is None or user.disabled:
        return None
    return _account(user)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, username: str, label: str | None = None, *, by: str = "cli") -> str:
    """A new API token for `username`; shown once, only its SHA-256 is kept."""
    user = _get(session, username)
    if user.disabled:
        raise UserError(f"user {username!r} is disabled")
    token = "tb_" + secrets.token_urlsafe(32)
    row = ApiToken(user_id=user.id, token_sha256=_digest(token), label=label)
    session.add(row)
    session.flush()
    record_event(session, user=by, action="create_token", table="api_tokens", record_id=row.id)
    return token


def account_for_token(session: Session, token: str) -> Account | None:
    stmt = (
        select(User)
        .join(ApiToken, ApiToken.user_id == User.id)
        .where(ApiToken.token_sha256 == _digest(token), ApiToken.revoked.is_(False))
    )
    user = session.scalars(stmt).first()
    if user is None or user.disabled:
        return None
    return _account(user)
