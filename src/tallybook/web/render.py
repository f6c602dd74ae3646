"""Rendering pages: one Jinja environment with autoescape always on."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from tallybook.web.auth import current_account, web_session
from tallybook.web.highlight import KIND_ORDER

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"


def _query(params: dict[str, Any], **changes: Any) -> str:
    merged = {**params, **changes}
    return "?" + urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def make_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["query"] = _query
    env.globals["kinds"] = KIND_ORDER
    return env


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    env: Environment = request.app.state.templates
    try:
        account = current_account(request)
    except Exception:  # a bad bearer token on a page: render as signed out
        account = None
    html = env.get_template(template).render(
        request=request, account=account, csrf=web_session(request).csrf, **context
    )
    return HTMLResponse(html, status_code=status_code)


def pager(total: int, limit: int, offset: int) -> dict[str, int | None]:
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "prev": max(offset - limit, 0) if offset > 0 else None,
        "next": offset + limit if offset + limit < total else None,
        "first": offset + 1 if total else 0,
        "last": min(offset + limit, total),
    }
