"""The browser app and JSON API: `create_app(store)` returns a FastAPI application."""

from tallybook.web.app import create_app

__all__ = ["create_app"]
