"""One selection of the claims that count: the stats, `tallybook incident`, the JSON API and the
incident page give one incident the same low, high and sources, for a public reader and for one
who may see confidential documents."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from tallybook.cli import app as cli
from tallybook.report.counting import count_incidents
from tallybook.review import users
from tallybook.store.db import Store
from tallybook.store.schema import Claim, Document, Incident
from tallybook.web import create_app

from .support import PASSWORD, login

runner = CliRunner()

# Written for this test: three reports of one event, one of them confidential.
TEXTS = (
    "Gulf Monitor: Rights Watch said 10 fishermen drowned when the boat capsized off Bandar "
    "Abbas on 4 March 2022. The ministry denied that anyone died. The Red Crescent said 40.",
    "Coast Herald: about 12 fishermen died off Bandar Abbas. Rights Watch now says at least 14; "
    "the ministry says 3. The local council put the toll at 99.",
    "Confidential witness statement: 60 fishermen were on the boat and none came back. Rights "
    "Watch was told 25 bodies were recovered.",
)


@dataclass
class Event:
    root: int
    member: int
    secret: int
    claims: dict[str, int]


def _document(s: Session, text: str, publisher: str, confidential: bool = False) -> Document:
    doc = Document(
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        source=f"test:{publisher}",
        content_type="text/plain",
        size=len(text),
        text=text,
        title=publisher,
        publisher=publisher,
        confidential=confidential,
    )
    s.add(doc)
    s.flush()
    return doc


def _build(store: Store) -> Event:
    with store.session() as s:
        for role in ("admin", "viewer"):
            users.add_user(s, role, PASSWORD, role)
        d1 = _document(s, TEXTS[0], "Gulf Monitor")
        d2 = _document(s, TEXTS[1], "Coast Herald")
        d3 = _document(s, TEXTS[2], "Witness file", confidential=True)
        where = {"type": "killing", "date": "2022-03-04", "place": "Bandar Abbas", "country": "Iran"}
        root = Incident(document_id=d1.id, status="confirmed", **where)
        s.add(root)
        s.flush()
        member = Incident(document_id=d2.id, merged_into=root.id, **where)
        secret = Incident(document_id=d3.id, merged_into=root.id, **where)
        dropped = Incident(document_id=d2.id, merged_into=root.id, status="rejected", **where)
        s.add_all([member, secret, dropped])
        s.flush()
        rows: dict[str, Claim] = {
            # Rights Watch: a proposed 10, set aside by its own confirmed "at least 14" (rule 3)
            "rw_10": Claim(incident_id=root.id, document_id=d1.id, claimant="Rights Watch", count=10),
            "rw_14": Claim(
                incident_id=member.id,
                document_id=d2.id,
                claimant="Rights Watch",
                count=14,
                qualifier="at_least",
                status="confirmed",
            ),
            # the ministry: a denial and an edited rival figure 3 (counts; not a source)
            "min_denies": Claim(
                incident_id=root.id, document_id=d1.id, claimant="the ministry", stance="disputes"
            ),
            "min_3": Claim(
                incident_id=member.id,
                document_id=d2.id,
                claimant="the ministry",
                stance="disputes",
                count=3,
                status="edited",
            ),
            # a rejected claim, and a claim about a rejected report of the event: neither counts
            "rc_40": Claim(
                incident_id=root.id, document_id=d1.id, claimant="Red Crescent", count=40, status="rejected"
            ),
            "council_99": Claim(
                incident_id=dropped.id, document_id=d2.id, claimant="Local council", count=99
            ),
            # the text's own voice: the publisher
            "herald_12": Claim(
                incident_id=member.id, document_id=d2.id, claimant="publisher", count=12, qualifier="about"
            ),
            # a public proposed 5 from a claimant whose confirmed 60 is confidential
            "wit_5": Claim(incident_id=root.id, document_id=d1.id, claimant="Boat owner", count=5),
            "wit_60": Claim(
                incident_id=secret.id, document_id=d3.id, claimant="Boat owner", count=60, status="confirmed"
            ),
            "rw_25": Claim(
                incident_id=secret.id,
                document_id=d3.id,
                claimant="Rights Watch",
                count=25,
                status="confirmed",
            ),
        }
        s.add_all(rows.values())
        s.flush()
        return Event(root.id, member.id, secret.id, {k: c.id for k, c in rows.items()})


# (low, high, open_ended, sources) for each reader
PUBLIC = (3, 14, True, ["Boat owner", "Coast Herald", "Rights Watch"])
EVERYTHING = (3, 60, True, ["Boat owner", "Coast Herald", "Rights Watch"])


def _stats(include_confidential: bool) -> tuple[object, ...]:
    args = ["stats", "--json"] + (["--include-confidential"] if include_confidential else [])
    out = runner.invoke(cli, args)
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    total = data["total"]
    assert total["incidents"] == 1
    claimants = sorted(r["key"] for r in data["by_claimant"])
    return total["victims_low"], total["victims_high"], claimants


def _cli(incident_id: int, include_confidential: bool) -> dict[str, Any]:
    args = ["incident", str(incident_id), "--json"] + (
        ["--include-confidential"] if include_confidential else []
    )
    out = runner.invoke(cli, args)
    assert out.exit_code == 0, out.output
    view: dict[str, Any] = json.loads(out.stdout)
    return view


def _api(client: TestClient, store: Store, who: str, incident_id: int) -> dict[str, Any]:
    with store.session() as s:
        token = users.create_token(s, who)
    r = client.get(f"/api/v1/incidents/{incident_id}", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200, r.text
    figures: dict[str, Any] = r.json()["figures"]
    return figures


def _page(client: TestClient, incident_id: int) -> tuple[object, ...]:
    html = client.get(f"/incidents/{incident_id}").text
    tiles = re.findall(r'<div class="tile"><b>([^<]*)</b>', html)
    sources = re.search(r'<p class="sources">Sources: ([^<]*)\.</p>', html)
    assert sources, html
    high = tiles[1].rstrip("+")
    return int(tiles[0]), int(high), tiles[1].endswith("+"), sources.group(1).split(", ")


@pytest.mark.postgres
def test_every_view_counts_the_same_claims(store: Store) -> None:
    event = _build(store)
    for include, expected in ((False, PUBLIC), (True, EVERYTHING)):
        low, high, _, sources = expected
        # the stats (and the counted incident behind them)
        assert _stats(include) == (low, high, sources)
        with store.session() as s:
            (counted,) = count_incidents(s, include_confidential=include)
        assert (counted.low, counted.high, counted.open_ended, counted.claimants) == expected
        assert counted.id == event.root
        # `tallybook incident`, asked about the canonical incident or about a folded-in report
        for asked in (event.root, event.member):
            view = _cli(asked, include)
            figs = view["figures"]
            assert (figs["low"], figs["high"], figs["open_ended"], figs["sources"]) == expected
            assert view["id"] == event.root
    # what is left out, and why, is shown with the claim
    public = _cli(event.root, False)
    reasons = {c["claim_id"]: c["not_counted"] for c in public["claims"]}
    ids = event.claims
    assert reasons[ids["rw_10"]] is not None and "Rights Watch" in reasons[ids["rw_10"]]
    assert reasons[ids["rc_40"]] == "claim rejected"
    assert ids["wit_60"] not in reasons and ids["rw_25"] not in reasons  # hidden, not even listed
    assert reasons[ids["wit_5"]] is None  # counts: the reviewed 60 is not this reader's to see
    assert event.secret not in public["members"]
    assert "Boat owner" not in json.dumps(public["figures"]["best"])
    text = runner.invoke(cli, ["incident", str(event.root)]).stdout
    assert "not counted: claim rejected" in text and "low 3  high 14" in text
    full = {c["claim_id"]: c["not_counted"] for c in _cli(event.root, True)["claims"]}
    assert full[ids["wit_5"]] is not None and full[ids["wit_60"]] is None

    web = create_app(store, secret_key="test-secret-key")
    for who, expected in (("viewer", PUBLIC), ("admin", EVERYTHING)):
        with TestClient(web) as client:
            for asked in (event.root, event.member):
                figs = _api(client, store, who, asked)
                assert (figs["low"], figs["high"], figs["open_ended"], figs["sources"]) == expected
                assert figs["corroboration"] == len(expected[3])
                assert figs["disputed_by"] == ["the ministry"]
            login(client, who)
            assert _page(client, event.root) == expected
            assert _page(client, event.member) == expected
    with TestClient(web) as client:
        login(client, "viewer")
        html = client.get(f"/incidents/{event.root}").text
        assert "not counted: claim rejected" in html and "60" not in re.sub(r"<[^>]+>", " ", html)
        assert client.get(f"/incidents/{event.secret}").status_code == 404


@pytest.mark.postgres
def test_a_rejected_event_counts_nowhere(store: Store) -> None:
    event = _build(store)
    with store.session() as s:
        root = s.get(Incident, event.root)
        assert root is not None
        root.status = "rejected"
    with store.session() as s:
        assert count_incidents(s, include_confidential=True) == []
    figs = _cli(event.member, True)["figures"]
    assert (figs["low"], figs["high"], figs["sources"]) == (None, None, [])
    assert {f["not_counted"] for f in figs["claimed"]} == {f"incident {event.root} was rejected"}
    web = create_app(store, secret_key="test-secret-key")
    with TestClient(web) as client:
        api = _api(client, store, "admin", event.root)
        assert (api["low"], api["high"], api["sources"]) == (None, None, [])


# ---- the reviewer's best figure ------------------------------------------------------------

# (count, claimant, chosen by) or None, as one view shows it
Best = tuple[int, str, str] | None


def _best_of(best: dict[str, Any] | None) -> Best:
    return None if best is None else (best["count"], best["claimant"], best["user"])


def _page_best(client: TestClient, incident_id: int) -> Best:
    html = client.get(f"/incidents/{incident_id}").text
    tile = re.search(r'<div class="tile"><b>([^<]*)</b><span>best estimate ([^<]*)</span>', html)
    assert tile, html
    if tile.group(2) == "(not chosen)":
        assert tile.group(1) == "–"
        return None
    who = re.fullmatch(r"\((.*), chosen by (.*)\)", tile.group(2))
    assert who, tile.group(2)
    return int(tile.group(1)), who.group(1), who.group(2)


def _bests(store: Store, incident_ids: list[int], include_confidential: bool) -> dict[int, Best]:
    """Each event's best as the stats, `tallybook incident`, the API and the page show it to one
    reader, asked about every report of the event: they must agree."""
    who = "admin" if include_confidential else "viewer"
    with store.session() as s:
        counted = {c.id: c.best for c in count_incidents(s, include_confidential=include_confidential)}
    args = ["stats", "--json"] + (["--include-confidential"] if include_confidential else [])
    out = runner.invoke(cli, args)
    assert out.exit_code == 0, out.output
    total = json.loads(out.stdout)["total"]
    chosen = [b for b in counted.values() if b is not None]
    assert (total["victims_best"], total["incidents_with_best"]) == (sum(chosen), len(chosen))
    seen: dict[int, set[Best]] = {}
    web = create_app(store, secret_key="test-secret-key")
    with TestClient(web) as client:
        events = {asked: _cli(asked, include_confidential) for asked in incident_ids}
        for asked, view in events.items():
            bests = seen.setdefault(view["id"], set())
            bests.add(_best_of(view["figures"]["best"]))
            bests.add(_best_of(_api(client, store, who, asked)["best"]))
        login(client, who)
        for asked, view in events.items():
            seen[view["id"]].add(_page_best(client, asked))
    found: dict[int, Best] = {}
    for event, bests in seen.items():
        assert len(bests) == 1, (event, bests)
        (best,) = bests
        assert counted[event] == (None if best is None else best[0]), (event, counted)
        found[event] = best
    assert set(found) == set(counted)
    return found


def _choose(client: TestClient, store: Store, who: str, incident_id: int, claim_id: int) -> int:
    with store.session() as s:
        token = users.create_token(s, who)
    r = client.post(
        f"/api/v1/incidents/{incident_id}/best",
        headers={"Authorization": f"Bearer {token}"},
        json={"claim_id": claim_id, "reason": f"{who}'s choice"},
    )
    status: int = r.status_code
    return status


@pytest.mark.postgres
def test_the_best_figure_is_one_choice_everywhere_and_follows_its_claim(store: Store) -> None:
    event = _build(store)
    ids = event.claims
    with store.session() as s:
        users.add_user(s, "editor", PASSWORD, "editor")
    reports = [event.root, event.member]
    assert _bests(store, reports, False) == {event.root: None}
    web = create_app(store, secret_key="test-secret-key")
    with TestClient(web) as client:
        # a figure that does not count cannot be the best (set aside, rejected, a denial)
        for claim in ("rw_10", "rc_40", "council_99", "min_denies"):
            assert _choose(client, store, "editor", event.member, ids[claim]) == 400, claim
        # on a folded-in report, the editor takes the Coast Herald's "about 12" ...
        assert _choose(client, store, "editor", event.member, ids["herald_12"]) == 200
    herald = (12, "Coast Herald", "editor")
    assert _bests(store, reports, False) == {event.root: herald}
    assert _bests(store, [*reports, event.secret], True) == {event.root: herald}
    # ... then, on the page of the confidential report, an administrator takes Rights Watch's 25:
    # the administrator sees it; a public reader still sees the editor's choice
    with TestClient(web) as client:
        csrf = login(client, "admin")
        r = client.post(
            f"/incidents/{event.secret}/best",
            data={"csrf_token": csrf, "claim_id": str(ids["rw_25"]), "reason": "bodies recovered"},
            follow_redirects=False,
        )
        assert r.status_code == 303, r.text
    secret = (25, "Rights Watch", "admin")
    assert _bests(store, reports, False) == {event.root: herald}
    assert _bests(store, [*reports, event.secret], True) == {event.root: secret}

    # linking again re-forms the clusters: the canonical report leaves the event and the two
    # reports whose claims were chosen form it, under a new survivor; the best follows its claims
    for kind, a, b in (
        ("different", event.root, event.member),
        ("different", event.root, event.secret),
        ("same", event.member, event.secret),
    ):
        out = runner.invoke(cli, [kind, str(a), str(b), "--incident", "--user", "reviewer"])
        assert out.exit_code == 0, out.output
    out = runner.invoke(cli, ["link", "--full"])
    assert out.exit_code == 0, out.output
    with store.session() as s:
        heads = [s.get(Incident, i) for i in (event.root, event.member, event.secret)]
        assert [h.merged_into if h else 0 for h in heads] == [None, None, event.member]
    assert _bests(store, reports, False) == {event.root: None, event.member: herald}
    everyone = [*reports, event.secret]
    assert _bests(store, everyone, True) == {event.root: None, event.member: secret}
    # a rejected chosen claim passes the choice back to the one before it
    with TestClient(web) as client:
        with store.session() as s:
            token = users.create_token(s, "editor")
        r = client.post(
            f"/api/v1/review/claim/{ids['rw_25']}/reject",
            headers={"Authorization": f"Bearer {token}"},
            json={"reason": "misread"},
        )
        assert r.status_code == 200, r.text
    assert _bests(store, everyone, True) == {event.root: None, event.member: herald}
