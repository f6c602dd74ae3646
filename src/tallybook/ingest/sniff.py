"""Which reader an original needs: magic bytes first, then what the name or the server says."""

from __future__ import annotations

import json
from typing import Literal

Kind = Literal["pdf", "html", "jsonl", "text"]

_HTML_MARKS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")
_BY_SUFFIX: dict[str, Kind] = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_BY_CONTENT_TYPE: dict[str, Kind] = {
    "application/pdf": "pdf",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
}


def _looks_like_jsonl(data: bytes) -> bool:
    first = data.split(b"\n", 1)[0].strip()
    if not first.startswith(b"{"):
        return False
    try:
        obj = json.loads(first)
    except ValueError:
        return False
    return isinstance(obj, dict) and "text" in obj


def sniff(data: bytes, name: str = "", content_type: str | None = None) -> Kind:
    """The kind of `data`. `name` is a file name or URL path; `content_type` a server's claim."""
    head = data[:4096]
    if head.startswith(b"%PDF-"):
        return "pdf"
    suffix = name.lower().rsplit("/", 1)[-1]
    suffix = suffix[suffix.rfind(".") :] if "." in suffix else ""
    by_name = _BY_SUFFIX.get(suffix)
    if by_name == "pdf":
        return "pdf"  # so a damaged PDF gets the PDF reader's diagnosis, not "binary data"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(_HTML_MARKS) and (
        b"<html" in stripped or b"<body" in stripped or by_name == "html"
    ):
        return "html"
    if by_name is not None:
        return by_name
    if content_type:
        by_type = _BY_CONTENT_TYPE.get(content_type.split(";")[0].strip().lower())
        if by_type is not None:
            return by_type
    if _looks_like_jsonl(data):
        return "jsonl"
    return "text"
