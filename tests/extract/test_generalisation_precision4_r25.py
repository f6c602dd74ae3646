"""Round 25, false alarms: a paragraph's run-in heading, a short verbless noun phrase with its
own stop that opens a line the body carries on ("2. Deaths in detention. At least 29 people
died ...", "Torture in custody. A student ..."), names a topic and tells no incident of its own;
the body's incident stays. Guards: a short sentence with a verb or a figure at the head of a
line stays an incident."""

from __future__ import annotations

import pytest
from extraction_helpers import evidence, incidents_of
from spacy.language import Language

_RUN_IN_HEADINGS = [
    (
        "Report\n\n1. Deaths in detention. A teacher, Ali Reza, died in Evin prison on 3 May.\n",
        "Deaths in detention",
    ),
    (
        "Report\n\n2. Enforced disappearance. Nearly 300 people were held incommunicado for months. "
        "Among them was lawyer Sami Adel, seized outside his office on 3 May.\n",
        "Enforced disappearance",
    ),
    (
        "Report\n\n3) Executions. A young man, Reza Amini, was hanged in Ghezel Hesar prison on 2 July.\n",
        "Executions",
    ),
    (
        "Report\n\nTorture in custody. A student, Omar Said, was beaten by guards in Tora prison "
        "on 9 April.\n",
        "Torture in custody",
    ),
    (
        "Quarterly report\n\n4. Death in police custody. A young farmer died at the central police "
        "station on 4 June.\n\n5. Arbitrary arrests. Police detained 85 people.\n",
        "Death in police custody",
    ),
]


@pytest.mark.parametrize(("text", "head"), _RUN_IN_HEADINGS)
def test_probe_run_in_heading_is_no_incident(nlp: Language, text: str, head: str) -> None:
    found = incidents_of(nlp, text)
    assert found, "the body's incident stays"
    assert all(head not in evidence(text, inc) for inc in found)


@pytest.mark.parametrize(
    "text",
    [
        "Two men executed. The authorities hanged them in Qezel Hesar prison in January.",
        "Hanged at dawn. Reza Amini was hanged in the central prison on Sunday.",
        "Protesters killed. Police fired on the crowd in the main square on Friday.",
    ],
)
def test_probe_short_opening_sentence_with_verb_or_figure_stays(nlp: Language, text: str) -> None:
    head = text.split(". ", 1)[0]
    found = incidents_of(nlp, text)
    assert any(evidence(text, inc).startswith(head) for inc in found)


# A counter's rule: a present-tense verb of counting with one indefinite act as its object and a
# condition after it ("counts an execution only when it is confirmed") tells no event.
@pytest.mark.parametrize(
    "text",
    [
        "Methodology: Gallows Watch Gulf counts an execution only when it is confirmed by an "
        "official announcement or by two independent sources.",
        "GJO counts an execution only when it is confirmed by an official announcement.",
        "The group counts a killing as extrajudicial only when witnesses saw police fire.",
        "Our database includes an arrest only when two sources confirm it.",
        "The monitor records every execution if two independent sources confirm it.",
    ],
)
def test_probe_counting_rule_is_no_incident(nlp: Language, text: str) -> None:
    assert incidents_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The group recorded an execution when guards hanged Ali Karimi in Qezel Hesar prison on 3 May.",
            "execution",
        ),
        ("The monitor counts an execution in Shiraz on Monday, its 40th this year.", "execution"),
        (
            "Police records show an arrest of Ali Karimi in Tehran on 3 May, when he was leaving work.",
            "arrest",
        ),
    ],
)
def test_probe_counted_event_stays(nlp: Language, text: str, kind: str) -> None:
    assert incidents_of(nlp, text, kind)
