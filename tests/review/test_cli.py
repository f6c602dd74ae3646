"""The `tallybook user`, `token` and `review` commands on a real store."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from typer.testing import CliRunner

from tallybook.cli import app
from tallybook.settings import Settings
from tallybook.store.db import open_store
from tallybook.store.schema import ApiToken, AuditEvent, Document, Incident

runner = CliRunner()


def test_user_and_token_commands(settings: Settings) -> None:
    added = runner.invoke(
        app, ["user", "add", "nadia", "--role", "editor", "--password-stdin"], input="a long enough secret\n"
    )
    assert added.exit_code == 0, added.output
    listed = runner.invoke(app, ["user", "list"])
    assert "nadia\teditor\tactive" in listed.output
    token = runner.invoke(app, ["token", "create", "nadia"]).output.strip()
    store = open_store(settings)
    with store.session() as s:
        assert s.scalars(select(ApiToken.token_sha256)).one() == hashlib.sha256(token.encode()).hexdigest()
    assert runner.invoke(app, ["user", "disable", "nadia"]).exit_code == 0
    assert "disabled" in runner.invoke(app, ["user", "list"]).output
    bad = runner.invoke(
        app, ["user", "add", "x", "--role", "boss", "--password-stdin"], input="whatever long\n"
    )
    assert bad.exit_code != 0
    store.dispose()


def test_review_commands(settings: Settings) -> None:
    store = open_store(settings)
    text = "Police shot dead 7 demonstrators in Basra."
    with store.session() as s:
        doc = Document(
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            source="t",
            content_type="text/plain",
            size=len(text),
            text=text,
        )
        s.add(doc)
        s.flush()
        inc = Incident(document_id=doc.id, type="killing", start=0, end=len(text))
        s.add(inc)
        s.flush()
        inc_id = inc.id
    listed = runner.invoke(app, ["review", "list"])
    assert f"incident:{inc_id}" in listed.output
    done = runner.invoke(
        app,
        [
            "review",
            "edit",
            f"incident:{inc_id}",
            '{"place": "Basra"}',
            "--user",
            "maya",
            "--reason",
            "place named in the text",
        ],
    )
    assert done.exit_code == 0 and "edited" in done.output
    assert runner.invoke(app, ["review", "confirm", str(inc_id), "--user", "maya"]).exit_code == 0
    bad = runner.invoke(app, ["review", "reject", "incident:abc"])
    assert bad.exit_code != 0
    with store.session() as s:
        row = s.get(Incident, inc_id)
        assert row is not None and row.status == "confirmed" and row.place == "Basra"
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
        assert actions == ["edit", "confirmed"]
    store.dispose()
