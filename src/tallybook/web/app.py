"""The app factory: `create_app(store)` wires sessions, pages, the JSON API and errors."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from tallybook.errors import NotFound, PermissionDenied, TallybookError
from tallybook.store.db import Store
from tallybook.web.auth import LoginLimiter, SessionMiddleware, TokenCache, csrf_guard
from tallybook.web.pipeline import Extractor
from tallybook.web.render import STATIC, make_environment, render

API_PREFIX = "/api/v1"


def secret_key_for(store: Store) -> str:
    """TALLYBOOK_SECRET_KEY, else a random key kept beside the store (0600), so sessions
    survive restarts and several workers agree."""
    from_env = os.environ.get("TALLYBOOK_SECRET_KEY")
    if from_env:
        return from_env
    path = Path(store.archive_dir).parent / "web-secret-key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and linked into place, so a worker starting at the same moment
        # reads either nothing (and makes its own attempt) or the whole key.
        tmp = path.with_name(f".web-secret-key.{os.getpid()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(48))
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
    return path.read_text().strip()


def _status_for(error: TallybookError) -> int:
    if isinstance(error, NotFound):
        return 404
    if isinstance(error, PermissionDenied):
        return 403
    return 400


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def create_app(
    store: Store,
    *,
    secret_key: str | None = None,
    extractor: Extractor | None = None,
    spacy_model: str | None = None,
) -> FastAPI:
    """The tallybook web application over `store`."""
    app = FastAPI(
        title="tallybook",
        version="1",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,  # the stock docs page loads scripts from a CDN, which the CSP forbids
        redoc_url=None,
        dependencies=[Depends(csrf_guard)],
    )
    app.state.store = store
    app.state.templates = make_environment()
    app.state.limiter = LoginLimiter()
    app.state.token_cache = TokenCache()
    app.state.extractor = extractor or Extractor(spacy_model)
    app.add_middleware(SessionMiddleware, secret_key=secret_key or secret_key_for(store))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    from tallybook.web import routes_admin, routes_api, routes_pages, routes_review

    # The API first: routes are tried in order, and scripts call it far more often than
    # people load pages (no page path starts with the API prefix).
    app.include_router(routes_api.router, prefix=API_PREFIX)
    app.include_router(routes_pages.router)
    app.include_router(routes_review.router)
    app.include_router(routes_admin.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        if exc.status_code == 401 and request.method == "GET":
            return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
        return render(request, "error.html", exc.status_code, message=str(exc.detail))

    @app.exception_handler(TallybookError)
    async def domain_error(request: Request, exc: TallybookError) -> Response:
        status = _status_for(exc)
        if _wants_json(request):
            return JSONResponse({"detail": str(exc)}, status_code=status)
        return render(request, "error.html", status, message=str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_input(request: Request, exc: RequestValidationError) -> Response:
        problems = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in exc.errors()
        ]
        if _wants_json(request):
            return JSONResponse({"detail": problems}, status_code=422)
        text = "; ".join(f"{'.'.join(map(str, p['loc'][1:]))}: {p['msg']}" for p in problems)
        return render(request, "error.html", 422, message=f"bad input: {text}")

    return app


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` and `tallybook serve` (one store per worker process)."""
    from tallybook.store.db import open_store

    return create_app(open_store())
