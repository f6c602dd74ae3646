"""Round 28, false alarms: a violation word that only names a trend or a rate of a kind of act
("an upsurge in arrests and killings", "the rising death toll", "an average of 12 arrests a
day", "the process of killing porters has increased") tells no incident. Guards: the acts a trend
sentence counts in a clause of its own, a toll with its own figure, a count with no rate, a count
that takes its date from a named period marked by the trend, and "a day after" stay as they were."""

from __future__ import annotations

import pytest
from extraction_helpers import incidents_of
from spacy.language import Language

_PUBLISHED = "2023-04-10"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The rights office reported a sharp upsurge in arrests, abductions and killings in the "
            "capital since the start of March.",
            0,
        ),
        (
            "“The rising death toll shows how ruthless the crackdown has become,” said the group's director.",
            0,
        ),
        (
            "The monitoring centre has documented an average of 12 arbitrary arrests and detentions a "
            "day since the vote.",
            0,
        ),
        (
            "The monitor said the authorities hanged 160 prisoners in May. “This is an average of more "
            "than five hangings a day,” it said.",
            1,
        ),
        ("The process of killing porters has increased, in the last weeks.", 0),
    ],
)
def test_probe_trend_or_rate_is_no_incident(nlp: Language, text: str, kept: int) -> None:
    # `kept`: the incidents told in a clause of their own ("hanged 160 prisoners in May")
    assert len(incidents_of(nlp, text, published=_PUBLISHED)) == kept


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The rights office reported a sharp rise in executions, saying at least 87 people were "
            "hanged in January.",
            "execution",
        ),
        (
            "The rising death toll, now at 45, shows how ruthless the crackdown has become, the group said.",
            "killing",
        ),
        ("Police carried out 40 arrests in the main square on Sunday.", "arrest"),
        ("The killing of 12 porters by border guards has increased tensions in the region.", "killing"),
        ("Witnesses said soldiers detained about 30 men a day after the attack on the base.", "arrest"),
    ],
)
def test_probe_counted_acts_beside_a_trend_stay(nlp: Language, text: str, kind: str) -> None:
    assert incidents_of(nlp, text, kind, published=_PUBLISHED)


def test_probe_count_keeps_the_date_of_the_period_a_trend_marked(nlp: Language) -> None:
    text = (
        "Summary\n\nMarch was marked by a sharp rise in executions. "
        "The monitor recorded at least 30 executions during the month."
    )
    found = incidents_of(nlp, text, "execution", published=_PUBLISHED, required=True)
    assert [str(inc.date.value) for inc in found if inc.date is not None] == ["2023-03"]
