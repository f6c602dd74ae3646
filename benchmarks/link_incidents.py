"""Incident linking on a set of our own: invented events, each reported by several short
reports (written for this benchmark, structured as the extractor would store them), with the
true grouping. Runs the real linker on a throwaway SQLite store and prints pairwise precision
and recall of the folded incidents.

    .venv/bin/python benchmarks/link_incidents.py
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from itertools import combinations
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tallybook.link.service import link_all
from tallybook.settings import Settings
from tallybook.store.db import open_store
from tallybook.store.schema import Claim, Document, Incident, Victim

# (event key, type, date, place, victims, claimant, count, qualifier, report text)
REPORTS: list[tuple[str, str, str | None, str | None, tuple[str, ...], str, int | None, str | None, str]] = [
    (
        "E1",
        "execution",
        "2021-03-04",
        "Qezel Hesar Prison",
        ("Kaveh Darbari",),
        "Rights Watchers",
        1,
        "exact",
        "Kaveh Darbari was hanged at dawn in Qezel Hesar prison, Rights Watchers said.",
    ),
    (
        "E1",
        "execution",
        "2021-03",
        "Karaj",
        ("Kaveh Darbary",),
        "Evening Courier",
        1,
        "exact",
        "A prisoner named Kaveh Darbary was executed in Karaj this month.",
    ),
    (
        "E1",
        "execution",
        "2021",
        "Iran",
        ("Kave Darbari",),
        "Global Desk",
        None,
        None,
        "Kave Darbari's family learned of his execution after the fact.",
    ),
    (
        "E2",
        "killing",
        "2022-10-08",
        "Zahedan",
        (),
        "Baloch Monitor",
        66,
        "at_least",
        "At least 66 people were killed when forces fired on worshippers in Zahedan.",
    ),
    (
        "E2",
        "killing",
        "2022-10",
        "Zahedan",
        (),
        "Wire Service",
        80,
        "about",
        "About 80 people died in the shooting in Zahedan, according to a local group.",
    ),
    (
        "E2",
        "killing",
        "2022-10-08",
        "Sistan and Baluchestan",
        (),
        "State Agency",
        19,
        "exact",
        "Officials said 19 people were killed in unrest in the province.",
    ),
    (
        "E3",
        "arrest",
        "2023-02-14",
        "Tehran",
        ("Leila Nourbakhsh", "Sima Ghaffari"),
        "Campus Voice",
        2,
        "exact",
        "Students Leila Nourbakhsh and Sima Ghaffari were arrested at their dormitory in Tehran.",
    ),
    (
        "E3",
        "arrest",
        "2023-02",
        "Tehran",
        ("Leyla Nurbakhsh",),
        "Student News",
        None,
        None,
        "Leyla Nurbakhsh was detained by plainclothes agents.",
    ),
    (
        "E4",
        "death_sentence",
        "2022-12-01",
        "Isfahan",
        ("Omid Shahrokhi",),
        "Justice Now",
        1,
        "exact",
        "A revolutionary court in Isfahan sentenced Omid Shahrokhi to death.",
    ),
    (
        "E4",
        "death_sentence",
        "2022-12",
        "Isfahan Province",
        ("Omid Shahrokhy",),
        "Daily Record",
        None,
        None,
        "Omid Shahrokhy was given a death sentence this week, his lawyer said.",
    ),
    (
        "E5",
        "execution",
        "2021-03-04",
        "Qezel Hesar Prison",
        ("Bahram Sadeghpour",),
        "Rights Watchers",
        1,
        "exact",
        "Bahram Sadeghpour was also hanged in Qezel Hesar on the same morning.",
    ),
    (
        "E5",
        "execution",
        "2021-03-04",
        "Karaj",
        ("Bahram Sadeqpur",),
        "Evening Courier",
        1,
        "exact",
        "Bahram Sadeqpur, 41, was executed in Karaj.",
    ),
    (
        "E6",
        "killing",
        "2019-11-16",
        "Mahshahr",
        (),
        "Coast Reporter",
        40,
        "at_least",
        "At least 40 protesters were shot dead near the marshes of Mahshahr.",
    ),
    (
        "E6",
        "killing",
        "2019-11-16",
        "Mahshahr",
        (),
        "Rights Watchers",
        100,
        "up_to",
        "Up to 100 people may have died around Mahshahr, witnesses estimate.",
    ),
    (
        "E7",
        "killing",
        "2019-11-16",
        "Shiraz",
        (),
        "Coast Reporter",
        12,
        "exact",
        "Twelve people were killed in Shiraz during the protests.",
    ),
    (
        "E8",
        "execution",
        "2020",
        "Iran",
        (),
        "Yearly Review",
        1,
        "exact",
        "One man was executed for drug offences this year.",
    ),
    (
        "E9",
        "execution",
        "2020",
        "Iran",
        (),
        "Yearly Review",
        1,
        "exact",
        "Another man was executed for murder this year.",
    ),
    (
        "E10",
        "torture",
        "2022-11",
        "Evin Prison",
        ("Farid Mansouri",),
        "Prison Letters",
        None,
        None,
        "Farid Mansouri described beatings during interrogation in Evin.",
    ),
    (
        "E10",
        "torture",
        "2022-11-20",
        "Tehran",
        ("Farid Mansoori",),
        "Family Voice",
        None,
        None,
        "The family of Farid Mansoori says he was tortured in custody in Tehran.",
    ),
    (
        "E11",
        "enforced_disappearance",
        "2023-05",
        "Sanandaj",
        ("Hiwa Rostami",),
        "Kurdish Desk",
        None,
        None,
        "Hiwa Rostami has not been seen since his arrest in Sanandaj.",
    ),
    (
        "E12",
        "enforced_disappearance",
        "2023-05",
        "Urmia",
        ("Soran Karimi",),
        "Kurdish Desk",
        None,
        None,
        "Soran Karimi's whereabouts remain unknown after he was taken in Urmia.",
    ),
    (
        "E12",
        "enforced_disappearance",
        "2023-05-11",
        "West Azerbaijan",
        ("Soran Kareemi",),
        "North Post",
        None,
        None,
        "Soran Kareemi disappeared after security agents took him away.",
    ),
]


def build(session: Any) -> dict[int, str]:
    truth: dict[int, str] = {}
    for n, (event, kind, date, place, victims, claimant, count, qualifier, text) in enumerate(REPORTS):
        doc = Document(
            sha256=hashlib.sha256(f"{n}{text}".encode()).hexdigest(),
            source=f"benchmark:{n}",
            content_type="text/plain",
            size=len(text),
            text=text,
            publisher=claimant,
        )
        session.add(doc)
        session.flush()
        inc = Incident(document_id=doc.id, type=kind, date=date, place=place)
        session.add(inc)
        session.flush()
        for v in victims:
            session.add(Victim(incident_id=inc.id, name=v, document_id=doc.id))
        session.add(
            Claim(incident_id=inc.id, document_id=doc.id, claimant=claimant, count=count, qualifier=qualifier)
        )
        truth[inc.id] = event
    return truth


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        store = open_store(Settings(home=home, database_url=f"sqlite:///{home / 'b.db'}", spacy_model=""))
        with store.session() as s:
            truth = build(s)
        started = time.perf_counter()
        report = link_all(store, incremental=False)
        seconds = time.perf_counter() - started
        with store.session() as s:
            root = {i.id: i.merged_into or i.id for i in s.scalars(select(Incident))}
        store.dispose()
    ids = sorted(truth)
    true_pairs = {(a, b) for a, b in combinations(ids, 2) if truth[a] == truth[b]}
    found = {(a, b) for a, b in combinations(ids, 2) if root[a] == root[b]}
    tp = len(true_pairs & found)
    precision = tp / len(found) if found else 0.0
    recall = tp / len(true_pairs) if true_pairs else 0.0
    for a, b in sorted(found - true_pairs):
        print(f"  wrongly folded: {truth[a]} #{a} with {truth[b]} #{b}")
    for a, b in sorted(true_pairs - found):
        print(f"  missed: {truth[a]} #{a} and #{b}")
    print(
        f"{len(ids)} reports of {len(set(truth.values()))} events; "
        f"{report.incidents.candidates} pairs to review"
    )
    print(f"incident_pairwise_precision={precision:.3f} recall={recall:.3f} seconds={seconds:.2f}")


if __name__ == "__main__":
    main()
