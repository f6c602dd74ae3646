"""Sessions, CSRF, login rate limiting and bearer tokens.

- The session is a signed cookie (itsdangerous) holding the user id and a CSRF token;
  HttpOnly, SameSite=Lax, Secure when the request came over https.
- Every request that is not GET/HEAD/OPTIONS must carry the session's CSRF token (form field
  `csrf_token` or header `X-CSRF-Token`), unless it authenticates with a bearer token,
  which a browser never sends by itself.
- Failed logins are limited per user name and client address.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any

from fastapi import HTTPException, Request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tallybook.review.users import Account, account_by_id, account_for_token
from tallybook.store.db import Store

COOKIE = "tb_session"
SESSION_MAX_AGE = 12 * 3600
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}


@dataclass
class WebSession:
    user_id: int | None
    csrf: str
    dirty: bool = False

    def login(self, user_id: int) -> None:
        # A fresh CSRF token on login so a token seen before login is worth nothing after.
        self.user_id, self.csrf, self.dirty = user_id, secrets.token_urlsafe(32), True

    def logout(self) -> None:
        self.user_id, self.csrf, self.dirty = None, secrets.token_urlsafe(32), True


class SessionMiddleware:
    """Loads the signed session cookie into `request.state.web_session`, writes it back when
    changed, and adds security headers to every response."""

    def __init__(self, app: ASGIApp, secret_key: str) -> None:
        self.app = app
        self.signer = URLSafeTimedSerializer(secret_key, salt="tallybook-session")

    def _load(self, scope: Scope) -> WebSession:
        raw = b"; ".join(v for k, v in scope["headers"] if k == b"cookie").decode("latin-1")
        if COOKIE in raw:
            cookie: SimpleCookie = SimpleCookie()
            try:
                cookie.load(raw)
                data = self.signer.loads(cookie[COOKIE].value, max_age=SESSION_MAX_AGE)
                uid, csrf = data.get("u"), data.get("c")
                if (uid is None or isinstance(uid, int)) and isinstance(csrf, str):
                    return WebSession(uid, csrf)
            except (BadSignature, KeyError, AttributeError, ValueError, Exception):
                pass
        return WebSession(None, secrets.token_urlsafe(32), dirty=True)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        session = self._load(scope)
        scope.setdefault("state", {})["web_session"] = session
        secure = scope.get("scheme") == "https"

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                if session.dirty and not scope["path"].startswith("/api/"):
                    value = self.signer.dumps({"u": session.user_id, "c": session.csrf})
                    attrs = f"{COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={SESSION_MAX_AGE}"
                    headers.append("set-cookie", attrs + ("; Secure" if secure else ""))
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def web_session(request: Request) -> WebSession:
    session = getattr(request.state, "web_session", None)
    if not isinstance(session, WebSession):  # only when the middleware is missing
        raise HTTPException(500, "session middleware missing")
    return session


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip()


class TokenCache:
    """Accounts of API tokens seen in the last `ttl` seconds, so a script's stream of requests
    does not look its token up in the database each time. The price: a revoked token or a
    disabled account keeps working for at most `ttl` seconds in each worker process.
    Only valid tokens are kept, under their SHA-256, so a new token works at once."""

    def __init__(self, ttl: float = 5.0, size: int = 1024) -> None:
        self.ttl, self.size = ttl, size
        self._entries: dict[bytes, tuple[float, Account]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _key(token: str) -> bytes:
        return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()

    def get(self, token: str) -> Account | None:
        key = self._key(token)
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if time.monotonic() - entry[0] > self.ttl:
                del self._entries[key]
                return None
            return entry[1]

    def put(self, token: str, account: Account) -> None:
        with self._lock:
            if len(self._entries) >= self.size:  # full: forget the expired, else start afresh
                now = time.monotonic()
                for k in [k for k, (at, _) in self._entries.items() if now - at > self.ttl]:
                    del self._entries[k]
                if len(self._entries) >= self.size:
                    self._entries.clear()
            self._entries[self._key(token)] = (time.monotonic(), account)


def _token_account(request: Request, token: str) -> Account:
    cache: TokenCache | None = getattr(request.app.state, "token_cache", None)
    account = cache.get(token) if cache is not None and token else None
    if account is None:
        store: Store = request.app.state.store
        with store.session() as s:
            account = account_for_token(s, token) if token else None
        if account is None:
            raise HTTPException(401, "invalid or revoked API token", {"WWW-Authenticate": "Bearer"})
        if cache is not None:
            cache.put(token, account)
    return account


def current_account(request: Request) -> Account | None:
    """The signed-in account (bearer token first, then the session), cached per request."""
    if hasattr(request.state, "account"):
        cached: Account | None = request.state.account
        return cached
    token = _bearer(request)
    account: Account | None = None
    if token is not None:
        account = _token_account(request, token)
        request.state.via_token = True
    elif (uid := web_session(request).user_id) is not None:
        store: Store = request.app.state.store
        with store.session() as s:
            account = account_by_id(s, uid)
    request.state.account = account
    return account


async def csrf_guard(request: Request) -> None:
    """App-wide dependency: non-GET requests need the session's CSRF token."""
    if request.method in SAFE_METHODS or _bearer(request) is not None:
        return
    expected = web_session(request).csrf
    supplied = request.headers.get("x-csrf-token")
    if supplied is None:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            try:
                form = await request.form()
            except Exception as e:  # a malformed body is the client's fault
                raise HTTPException(400, "malformed form body") from e
            value = form.get("csrf_token")
            supplied = value if isinstance(value, str) else None
    if not supplied or not secrets.compare_digest(supplied, expected):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")


class LoginLimiter:
    """At most `attempts` failed logins per (user name, address) in `window` seconds."""

    def __init__(self, attempts: int = 5, window: float = 300.0) -> None:
        self.attempts, self.window = attempts, window
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        q = self._failures.setdefault(key, deque())
        while q and now - q[0] > self.window:
            q.popleft()
        return q

    def blocked(self, username: str, address: str) -> bool:
        with self._lock:
            return len(self._recent((username.casefold(), address), time.monotonic())) >= self.attempts

    def failed(self, username: str, address: str) -> None:
        with self._lock:
            now = time.monotonic()
            self._recent((username.casefold(), address), now).append(now)
            if len(self._failures) > 10_000:  # forget idle keys so memory stays bounded
                for k in [k for k, q in self._failures.items() if not q or now - q[-1] > self.window]:
                    del self._failures[k]

    def succeeded(self, username: str, address: str) -> None:
        with self._lock:
            self._failures.pop((username.casefold(), address), None)


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def require(request: Request, action: str) -> Account:
    """The account if it may take `action`; 401 when nobody is signed in, 403 otherwise."""
    account = current_account(request)
    if account is None:
        raise HTTPException(401, "sign in first")
    if not account.can(action):
        raise HTTPException(403, f"your role ({account.role}) may not {action.replace('_', ' ')}")
    return account


async def reader(request: Request) -> Account:
    return require(request, "read")


async def editor(request: Request) -> Account:
    return require(request, "review")


async def uploader(request: Request) -> Account:
    return require(request, "upload")


async def admin(request: Request) -> Account:
    return require(request, "manage_users")


def sees_confidential(account: Account) -> bool:
    return account.can("read_confidential")


def state_of(request: Request) -> Any:
    return request.app.state
