"""A store whose truth is known: documents, canonical incidents with members, conflicting,
rejected, confirmed and confidential claims, built row by row by the test itself.

The expected numbers (worked out by hand from the counting rules) live in the tests."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from tallybook.store.schema import (
    Alias,
    AuditEvent,
    Claim,
    Document,
    Entity,
    Incident,
    Judgement,
    Mention,
    Quote,
    Victim,
)

# Texts written for these tests (no third-party text).
TEXTS = {
    "d1": (
        "Rights Watch Iran said three men were hanged in Shiraz prison on 15 November 2019. "
        "It had earlier put the number at more than 100, a figure it withdrew. "
        "In February 2020 more than 10 prisoners were executed in Tehran, Rights Watch Iran said. "
        "Iran Human Rights put the Tehran toll at 8. "
        "Two people were sentenced to death in Isfahan in 2021. "
        '"We will keep counting," a spokesperson said.'
    ),
    "d2": (
        "Iran Human Rights reported that at least 4 men were executed in Shiraz in November 2019; "
        "an earlier note said 2. In February 2020, 6 prisoners were hanged in Tehran. "
        "Separately, 9 men were said to have been executed in Qom."
    ),
    "d3": (
        "Amnesty Example said about 5 men, among them Navid Example, were executed in Shiraz. "
        "The judiciary denied that any execution took place. Wrong Person was also listed."
    ),
    "d4": (
        "A witness network told us that 7 prisoners, including Hidden Person, were hanged in Tehran "
        'in February 2020. "Do not publish my name," the witness said.'
    ),
    "d5": (
        "News Agency reported that between 30 and 40 protesters were killed in Zahedan in March 2021; "
        "the Baloch Campaign said up to 50. An earlier wire put it at 40 killed on 10 March. "
        "Security forces arrested Sara Example and Ali Example. A report of 12 deaths in Qom was false."
    ),
}
PUBLISHERS = {
    "d1": "Rights Watch Iran",
    "d2": "Iran Human Rights",
    "d3": "Amnesty Example",
    "d4": "Witness network",
    "d5": "News Agency",
}


@dataclass
class Truth:
    """Ids of the rows built, by name."""

    docs: dict[str, int] = field(default_factory=dict)
    incidents: dict[str, int] = field(default_factory=dict)
    claims: dict[str, int] = field(default_factory=dict)
    entities: dict[str, int] = field(default_factory=dict)
    sha: dict[str, str] = field(default_factory=dict)


def _span(key: str, phrase: str) -> tuple[int, int]:
    start = TEXTS[key].index(phrase)
    return start, start + len(phrase)


def _claim(key: str, phrase: str, claimant: str, **kw: Any) -> Claim:
    start, end = _span(key, phrase)
    return Claim(claimant=claimant, start=start, end=end, **kw)


def build(s: Session) -> Truth:
    t = Truth()
    for key, text in TEXTS.items():
        data = text.encode()
        sha = hashlib.sha256(data).hexdigest()
        doc = Document(
            sha256=sha,
            source=f"file:///reports/{key}.txt",
            content_type="text/plain",
            size=len(data),
            title=f"Report {key.upper()}",
            publisher=PUBLISHERS[key],
            published="2021-04-01",
            language="en",
            text=text,
            confidential=key == "d4",
        )
        s.add(doc)
        s.flush()
        t.docs[key] = doc.id
        t.sha[key] = sha

    def incident(name: str, key: str, phrase: str, **kw: Any) -> Incident:
        start, end = _span(key, phrase)
        row = Incident(document_id=t.docs[key], start=start, end=end, **kw)
        s.add(row)
        s.flush()
        t.incidents[name] = row.id
        return row

    def claims(inc: Incident, key: str, *rows: tuple[str, Claim]) -> None:
        for name, c in rows:
            c.document_id = t.docs[key]
            inc.claims.append(c)
            s.flush()
            t.claims[name] = c.id

    # Group A: I1 <- I2 <- I3 (chain), Shiraz, November 2019.
    i1 = incident(
        "i1",
        "d1",
        "three men were hanged in Shiraz",
        type="execution",
        date="2019-11-15",
        place="Shiraz",
        country="Iran",
    )
    claims(
        i1,
        "d1",
        ("rwi_3", _claim("d1", "three men were hanged", "Rights Watch Iran", count=3, qualifier="exact")),
        (
            "rwi_100_rejected",
            _claim(
                "d1",
                "more than 100",
                "Rights Watch Iran",
                count=100,
                qualifier="more_than",
                status="rejected",
            ),
        ),
    )
    i2 = incident(
        "i2",
        "d2",
        "at least 4 men were executed in Shiraz",
        type="execution",
        date="2019-11",
        place="Shiraz prison",
        country="Iran",
        status="confirmed",
        merged_into=i1.id,
    )
    claims(
        i2,
        "d2",
        (
            "ihr_4",
            _claim(
                "d2", "at least 4 men", "Iran Human Rights", count=4, qualifier="at_least", status="confirmed"
            ),
        ),
        ("ihr_2", _claim("d2", "an earlier note said 2", "Iran Human Rights", count=2, qualifier="exact")),
    )
    i3 = incident("i3", "d3", "about 5 men", type="execution", date="2019", place="Shiraz", merged_into=i2.id)
    claims(
        i3,
        "d3",
        ("amn_5", _claim("d3", "about 5 men", "Amnesty Example", count=5, qualifier="about")),
        ("judiciary_denies", _claim("d3", "The judiciary denied", "Judiciary", stance="disputes")),
    )
    s.add(
        Victim(
            incident_id=i3.id,
            name="Navid Example",
            document_id=t.docs["d3"],
            start=_span("d3", "Navid Example")[0],
            end=_span("d3", "Navid Example")[1],
        )
    )
    s.add(
        Victim(
            incident_id=i3.id,
            name="Wrong Person",
            document_id=t.docs["d3"],
            status="rejected",
            start=_span("d3", "Wrong Person")[0],
            end=_span("d3", "Wrong Person")[1],
        )
    )

    # I4: Tehran Feb 2020, a rival figure from a disputing source.
    i4 = incident(
        "i4",
        "d1",
        "more than 10 prisoners were executed in Tehran",
        type="execution",
        date="2020-02",
        place="Tehran",
        country="Iran",
    )
    claims(
        i4,
        "d1",
        (
            "rwi_10",
            _claim("d1", "more than 10 prisoners", "Rights Watch Iran", count=10, qualifier="more_than"),
        ),
        (
            "ihr_8_rival",
            _claim(
                "d1",
                "put the Tehran toll at 8",
                "Iran Human Rights",
                stance="disputes",
                count=8,
                qualifier="exact",
            ),
        ),
    )

    # I5 (confidential document) is the root of I9 (public).
    i5 = incident(
        "i5",
        "d4",
        "7 prisoners, including Hidden Person, were hanged in Tehran",
        type="execution",
        date="2020-02",
        place="Tehran",
        country="Iran",
    )
    claims(i5, "d4", ("wit_7", _claim("d4", "7 prisoners", "Witness network", count=7, qualifier="exact")))
    s.add(
        Victim(
            incident_id=i5.id,
            name="Hidden Person",
            document_id=t.docs["d4"],
            start=_span("d4", "Hidden Person")[0],
            end=_span("d4", "Hidden Person")[1],
        )
    )

    # I6 rejected; I7 the real Zahedan event (a range and an "up to").
    i6 = incident(
        "i6",
        "d5",
        "40 killed on 10 March",
        type="killing",
        date="2021-03-10",
        place="Zahedan",
        status="rejected",
    )
    claims(i6, "d5", ("wire_40", _claim("d5", "40 killed", "News Agency", count=40, qualifier="exact")))
    i7 = incident(
        "i7",
        "d5",
        "between 30 and 40 protesters were killed in Zahedan",
        type="killing",
        date="2021-03",
        place="Zahedan",
        country="Iran",
    )
    claims(
        i7,
        "d5",
        ("news_30_40", _claim("d5", "between 30 and 40", "News Agency", count_low=30, count_high=40)),
        ("baloch_50", _claim("d5", "up to 50", "Baloch Campaign", count=50, qualifier="up_to")),
    )

    # I8: arrests, undated, no figure, two named victims.
    i8 = incident("i8", "d5", "arrested Sara Example and Ali Example", type="arrest")
    claims(i8, "d5", ("news_arrest", _claim("d5", "Security forces arrested", "publisher")))
    for name in ("Sara Example", "Ali Example"):
        a, b = _span("d5", name)
        s.add(Victim(incident_id=i8.id, name=name, document_id=t.docs["d5"], start=a, end=b))

    i9 = incident(
        "i9",
        "d2",
        "6 prisoners were hanged in Tehran",
        type="execution",
        date="2020-02",
        place="Tehran",
        country="Iran",
        merged_into=i5.id,
    )
    claims(i9, "d2", ("ihr_6", _claim("d2", "6 prisoners", "Iran Human Rights", count=6, qualifier="exact")))

    i10 = incident(
        "i10",
        "d1",
        "Two people were sentenced to death in Isfahan",
        type="death_sentence",
        date="2021",
        place="Isfahan",
        country="Iran",
        status="confirmed",
    )
    claims(
        i10,
        "d1",
        (
            "rwi_2",
            _claim("d1", "Two people", "Rights Watch Iran", count=2, qualifier="exact", status="confirmed"),
        ),
    )

    # I11 rejected root, I12 its member: the whole group is out.
    i11 = incident(
        "i11", "d5", "12 deaths in Qom", type="killing", date="2021-03", place="Qom", status="rejected"
    )
    claims(i11, "d5", ("news_12", _claim("d5", "12 deaths", "News Agency", count=12, qualifier="exact")))
    i12 = incident(
        "i12",
        "d2",
        "9 men were said to have been executed in Qom",
        type="killing",
        date="2021-03",
        place="Qom",
        merged_into=i11.id,
    )
    claims(i12, "d2", ("ihr_9", _claim("d2", "9 men", "Iran Human Rights", count=9, qualifier="exact")))

    # People and organizations, with mentions, aliases and quotes.
    def entity(name: str, kind: str, key: str, phrase: str, role: str, **kw: Any) -> Entity:
        a, b = _span(key, phrase)
        e = Entity(kind=kind, name=name, **kw)
        s.add(e)
        s.flush()
        s.add(
            Mention(
                entity_id=e.id, document_id=t.docs[key], role=role, name_as_written=phrase, start=a, end=b
            )
        )
        t.entities[name] = e.id
        return e

    rwi = entity("Rights Watch Iran", "organization", "d1", "Rights Watch Iran", "source", org_kind="ngo")
    s.add(Alias(entity_id=rwi.id, alias="RWI", origin="person"))
    entity("Navid Example", "person", "d3", "Navid Example", "victim")
    entity("Sara Example", "person", "d5", "Sara Example", "victim")
    entity("Hidden Person", "person", "d4", "Hidden Person", "victim")
    s.flush()
    q1 = _span("d1", "We will keep counting,")
    s.add(
        Quote(
            document_id=t.docs["d1"],
            speaker="a spokesperson",
            text="We will keep counting,",
            start=q1[0],
            end=q1[1],
        )
    )
    q4 = _span("d4", "Do not publish my name,")
    s.add(
        Quote(
            document_id=t.docs["d4"],
            speaker="the witness",
            text="Do not publish my name,",
            start=q4[0],
            end=q4[1],
        )
    )
    s.add(
        Judgement(
            subject="incident",
            subject_id=i1.id,
            kind="best_figure",
            user="reviewer",
            reason="Amnesty's count names the victims",
            payload={"claim_id": t.claims["amn_5"]},
        )
    )
    s.add(Judgement(subject="incident", subject_id=i2.id, other_id=i1.id, kind="same", user="reviewer"))
    s.add(
        AuditEvent(
            user="reviewer",
            action="confirm",
            table_name="incidents",
            record_id=i2.id,
            before={"status": "proposed"},
            after={"status": "confirmed"},
        )
    )
    s.flush()
    return t
