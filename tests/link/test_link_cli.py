from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from link import builders as b
from tallybook.cli import app
from tallybook.store.db import Store

runner = CliRunner()


def _seed(store: Store) -> tuple[int, int]:
    with store.session() as s:
        d1 = b.document(s, "Navid Afkari was executed in Shiraz, IHR said.", publisher="IHR")
        d2 = b.document(s, "Navid Afkary was hanged at Adelabad prison.", publisher="BBC")
        p1 = b.person(s, d1, "Navid Afkari")
        p2 = b.person(s, d2, "Navid Afkary")
        i1 = b.incident(
            s,
            d1,
            "execution",
            "2020-09-12",
            "Shiraz",
            victims=(p1,),
            claims=({"claimant": "IHR", "count": 1},),
        )
        i2 = b.incident(
            s,
            d2,
            "execution",
            "2020-09",
            "Adelabad Prison",
            victims=(p2,),
            claims=({"claimant": "BBC", "count": 1}, {"claimant": "Judiciary", "stance": "confirms"}),
        )
        b.organization(s, d1, "People's Mojahedin Organization of Iran")
        b.organization(s, d2, "PMOI")
        return i1.id, i2.id


@pytest.mark.postgres
def test_link_then_show_incident_person_orgs(store: Store) -> None:
    first, _ = _seed(store)
    out = runner.invoke(app, ["link"])
    assert out.exit_code == 0, out.output
    assert "1 folded" in out.output
    out = runner.invoke(app, ["incident", str(first), "--json"])
    assert out.exit_code == 0, out.output
    view = json.loads(out.stdout)
    assert len(view["claims"]) == 3 and view["confirmations"] == ["Judiciary"]
    assert view["figures"]["low"] == 1 and view["figures"]["high"] == 1
    assert view["corroboration"]["independent_sources"] == 3
    out = runner.invoke(app, ["incident", str(first)])
    assert "corroboration: 3 independent" in out.output
    out = runner.invoke(app, ["person", "Navid Afkari", "--json"])
    people = json.loads(out.stdout)
    assert len(people) == 1 and people[0]["spellings"] == ["Navid Afkari", "Navid Afkary"]
    assert people[0]["roles"] == ["victim"] and len(people[0]["incidents"]) == 1
    out = runner.invoke(app, ["orgs", "--json"])
    orgs = json.loads(out.stdout)
    assert len(orgs) == 1 and "PMOI" in orgs[0]["names"]
    out = runner.invoke(app, ["orgs", "alias", "MEK", "--to", "PMOI", "--user", "tester"])
    assert out.exit_code == 0, out.output
    assert "MEK" in json.loads(runner.invoke(app, ["orgs", "--json"]).stdout)[0]["user_aliases"]


@pytest.mark.postgres
def test_same_and_different_from_the_command_line(store: Store) -> None:
    _seed(store)
    runner.invoke(app, ["link"])
    out = runner.invoke(app, ["different", "Navid Afkari", "Navid Afkary", "--user", "tester"])
    assert out.exit_code == 0, out.output
    people = json.loads(runner.invoke(app, ["person", "Navid Afkari", "--json"]).stdout)
    assert len(people) == 1 and people[0]["spellings"] == ["Navid Afkari"]
    out = runner.invoke(app, ["same", "Navid Afkari", "Navid Afkary", "--user", "tester"])
    assert out.exit_code == 0, out.output
    people = json.loads(runner.invoke(app, ["person", "Navid Afkari", "--json"]).stdout)
    assert len(people) == 1 and people[0]["spellings"] == ["Navid Afkari", "Navid Afkary"]


def test_bad_input_is_one_clear_line(store: Store) -> None:
    cmd = [sys.executable, "-c", "from tallybook.cli import main; main()"]
    out = subprocess.run([*cmd, "incident", "4242"], capture_output=True, text=True)
    assert out.returncode == 1
    assert "tallybook: error: incident 4242: no such incident" in out.stderr.splitlines()
    out = subprocess.run([*cmd, "person", "Nobody Known"], capture_output=True, text=True)
    assert out.returncode == 1 and "not in the store" in out.stderr
    out = subprocess.run([*cmd, "link"], capture_output=True, text=True)
    assert out.returncode == 0 and "people 0" in out.stdout
