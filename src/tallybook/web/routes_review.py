"""Pages that change things: review decisions, confidentiality, upload."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from tallybook.errors import TallybookError
from tallybook.model.vocab import INCIDENT_TYPES, PERSON_ROLES, QUALIFIERS, Certainty, Stance
from tallybook.review import decisions
from tallybook.review.users import Account
from tallybook.store.db import Store
from tallybook.web.auth import editor, uploader
from tallybook.web.params import RecordId
from tallybook.web.pipeline import MAX_UPLOAD, ingest_upload
from tallybook.web.render import render
from tallybook.web.routes_pages import _safe_next

router = APIRouter(include_in_schema=False)
Editor = Annotated[Account, Depends(editor)]
Uploader = Annotated[Account, Depends(uploader)]
Kind = Annotated[Literal["incident", "claim", "quote", "mention", "victim"], PathParam()]
Reason = Annotated[str, Form(max_length=2000)]

CHOICES: dict[str, tuple[str, ...]] = {
    "type": INCIDENT_TYPES,
    "stance": tuple(Stance),
    "certainty": tuple(Certainty),
    "qualifier": ("", *QUALIFIERS),
    "role": PERSON_ROLES,
}


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _record_url(kind: str, row: Any) -> str:
    if kind == "incident":
        return f"/incidents/{row.id}"
    if kind == "claim":
        return f"/incidents/{row.incident_id}"
    if kind == "victim":
        return f"/incidents/{row.incident_id}"
    return f"/documents/{row.document_id}"


@router.get("/review", response_class=HTMLResponse)
def review_queue(request: Request, account: Editor) -> Response:
    with _store(request).session() as s:
        rows = decisions.awaiting_review(s, include_confidential=True, limit=50)
        items = [(kind, row, decisions.snapshot(kind, row)) for kind, row in rows]
        return render(request, "review.html", items=items)


@router.get("/review/{kind}/{record_id}", response_class=HTMLResponse)
def edit_form(request: Request, account: Editor, kind: Kind, record_id: RecordId) -> Response:
    with _store(request).session() as s:
        row = decisions.get_record(s, kind, record_id, include_confidential=True)
        return render(
            request,
            "edit.html",
            kind=kind,
            row=row,
            values=decisions.snapshot(kind, row),
            fields=list(decisions.EDITABLE[kind]),
            choices=CHOICES,
            back=_record_url(kind, row),
        )


def _decide(
    request: Request,
    account: Account,
    kind: str,
    record_id: int,
    action: str,
    reason: str,
    back: str | None,
    changes: dict[str, Any] | None = None,
) -> Response:
    with _store(request).session() as s:
        if action == "confirm":
            row = decisions.confirm(s, kind, record_id, user=account.username, reason=reason)
        elif action == "reject":
            row = decisions.reject(s, kind, record_id, user=account.username, reason=reason)
        else:
            row = decisions.edit(s, kind, record_id, changes or {}, user=account.username, reason=reason)
        target = _safe_next(back) if back else _record_url(kind, row)
    return RedirectResponse(target, status_code=303)


@router.post("/review/{kind}/{record_id}/confirm")
def confirm(
    request: Request,
    account: Editor,
    kind: Kind,
    record_id: RecordId,
    reason: Reason = "",
    back: Annotated[str | None, Form(max_length=500)] = None,
) -> Response:
    return _decide(request, account, kind, record_id, "confirm", reason, back)


@router.post("/review/{kind}/{record_id}/reject")
def reject(
    request: Request,
    account: Editor,
    kind: Kind,
    record_id: RecordId,
    reason: Reason = "",
    back: Annotated[str | None, Form(max_length=500)] = None,
) -> Response:
    return _decide(request, account, kind, record_id, "reject", reason, back)


@router.post("/review/{kind}/{record_id}/edit")
async def edit(request: Request, account: Editor, kind: Kind, record_id: RecordId) -> Response:
    form = await request.form()
    fields = decisions.EDITABLE[kind]
    changes = {name: form.get(name) for name in fields if isinstance(form.get(name), str)}
    reason = form.get("reason")
    back = form.get("back")
    return await run_in_threadpool(
        _edit_changed,
        request,
        account,
        kind,
        record_id,
        changes,
        reason if isinstance(reason, str) else "",
        back if isinstance(back, str) else None,
    )


def _edit_changed(
    request: Request,
    account: Account,
    kind: str,
    record_id: int,
    changes: dict[str, Any],
    reason: str,
    back: str | None,
) -> Response:
    # A form sends every field; pass on only those that differ so the audit shows the change.
    with _store(request).session() as s:
        row = decisions.get_record(s, kind, record_id, include_confidential=True)
        current = decisions.snapshot(kind, row)
    changed = {
        k: v
        for k, v in changes.items()
        if str(v or "") != str(current.get(k) if current.get(k) is not None else "")
    }
    return _decide(request, account, kind, record_id, "edit", reason, back, changed)


@router.post("/incidents/{incident_id}/best")
def best_figure(
    request: Request,
    account: Editor,
    incident_id: RecordId,
    claim_id: Annotated[int, Form(ge=1, le=2**31 - 1)],
    reason: Reason = "",
) -> Response:
    with _store(request).session() as s:
        decisions.choose_best_figure(s, incident_id, claim_id, user=account.username, reason=reason)
    return RedirectResponse(f"/incidents/{incident_id}", status_code=303)


@router.post("/documents/{document_id}/confidential")
def mark_confidential(
    request: Request,
    account: Editor,
    document_id: RecordId,
    confidential: Annotated[Literal["1", "0"], Form()],
    reason: Reason = "",
) -> Response:
    if not account.can("mark_confidential"):
        return render(request, "error.html", 403, message="your role may not mark documents confidential")
    with _store(request).session() as s:
        decisions.set_confidential(s, document_id, confidential == "1", user=account.username, reason=reason)
    return RedirectResponse(f"/documents/{document_id}", status_code=303)


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request, account: Uploader) -> Response:
    return render(request, "upload.html", error=None)


@router.post("/upload", response_class=HTMLResponse)
def upload(
    request: Request,
    account: Uploader,
    file: Annotated[UploadFile | None, File()] = None,
    url: Annotated[str, Form(max_length=2000)] = "",
    confidential: Annotated[str, Form(max_length=5)] = "",
) -> Response:
    data: bytes | None = None
    name: str | None = None
    if file is not None and file.filename:
        data = file.file.read(MAX_UPLOAD + 1)
        name = file.filename
        if len(data) > MAX_UPLOAD:
            return render(request, "upload.html", 413, error=f"{name}: larger than {MAX_UPLOAD // 2**20} MB")
    if not data and not url.strip():
        return render(request, "upload.html", 400, error="Choose a file or give a URL.")
    store = _store(request)
    try:
        outcome = ingest_upload(
            store,
            filename=name,
            data=data,
            url=url.strip() or None,
            confidential=confidential == "1",
            uploaded_by=account.username,
        )
    except TallybookError as e:
        return render(request, "upload.html", 400, error=str(e))
    if outcome.document_id is None:
        return render(request, "upload.html", 400, error=f"{name or url}: {outcome.reason}")
    if outcome.status == "stored":
        try:
            request.app.state.extractor.extract(store, outcome.document_id)
        except TallybookError as e:
            return render(
                request,
                "upload.html",
                200,
                error=f"stored as document {outcome.document_id}, but extraction failed: {e}",
                document_id=outcome.document_id,
            )
    return RedirectResponse(f"/documents/{outcome.document_id}", status_code=303)
