"""Round 4 (factuality, second pass): real events that the governing clause's mood or a rule about
practices used to drop. Each case pairs a sentence whose event must now be kept with a look-alike
that must still be dropped:

- torture alleged as the means of getting the confessions of people the text points at ("these
  men were convicted on confessions extracted under torture"), not confessions of a kind;
- a trigger dated by its own participle under a demand ("must quash the death sentences issued on
  Monday"), not one planned ("the executions scheduled for Monday");
- a publisher's "can confirm" / "can now reveal", not "could not confirm";
- a total reached by "the number of ..." ("bring to 58 the number of people executed"), not the
  number as a statistic;
- a round-up or detention without charge in an operation against drugs, not suspects arrested;
- a coordinated clause with its own subject, out of the modal or the demand of the first.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tallybook.extract.assertion.factuality import is_reported_as_fact
from tallybook.extract.detection.triggers import TriggerMatcher


def _kept(nlp: Language, text: str, word: str) -> bool:
    """Whether the trigger containing `word` is reported as fact (it must be found)."""
    doc = nlp(text)
    found = [t for t in TriggerMatcher(nlp.vocab)(doc) if word in t.span.text.lower()]
    assert found, f"no trigger {word!r} in {text!r}"
    return all(is_reported_as_fact(t) for t in found)


_CASES = [
    # torture as the means of the confessions of people the text points at
    (
        "Most of those executed last year had been convicted on the strength of confessions "
        "reportedly obtained under torture.",
        "Trials routinely relied on confessions extracted under torture.",
        "torture",
    ),
    (
        "These four defendants were sentenced to death on the basis of confessions extracted under torture.",
        "Courts convicted defendants on the basis of confessions extracted under torture.",
        "torture",
    ),
    (
        "A military court convicted them largely on confessions obtained under torture.",
        "Defendants are often convicted on confessions obtained under torture.",
        "torture",
    ),
    (
        "The two brothers were convicted on confessions obtained under torture.",
        "These men could be convicted on the basis of confessions extracted under torture.",
        "torture",
    ),
    # a participle that dates the trigger's own event, under a demand
    (
        "The government must overturn the death sentences handed down on Thursday against nine students.",
        "The authorities must halt the death sentences scheduled for Monday.",
        "death sentence",
    ),
    (
        "We call on the court to quash the death sentence imposed on 3 March on the poet Samir Haddad.",
        "We call on the court to quash the death sentence planned for the poet Samir Haddad.",
        "death sentence",
    ),
    (
        "The authorities must immediately annul the death sentences issued last week against four farmers.",
        "The authorities must quash all death sentences passed in mass trials.",
        "death sentence",
    ),
    # a publisher's finding
    (
        "At least 40 prisoners were hanged in the province in March, the Centre can confirm.",
        "Amnesty could not confirm that the men were hanged.",
        "hanged",
    ),
    (
        "The monitor can now reveal that 17 detainees were tortured at the base in May.",
        "More detainees could be tortured at the base, the monitor warned.",
        "tortured",
    ),
    # a total reached
    (
        "The hangings bring to 58 the number of people executed in the country this year.",
        "The number of people executed has risen sharply in recent years.",
        "executed",
    ),
    (
        "The number of those detained since the protests began rose to 300 on Friday.",
        "Activists fear the number of people detained will rise.",
        "detained",
    ),
    # a round-up, or a detention without charge, in an operation against drugs
    (
        "Police stepped up anti-drug raids in the port city in May. "
        "More than 400 residents were rounded up in the raids.",
        "Police stepped up anti-drug raids in the port city in May. "
        "Police said 45 people were picked up in the raids.",
        "up",
    ),
    (
        "Police stepped up anti-drug raids in the port city in May. "
        "Some 200 people were arrested in the raids and held for weeks without charge.",
        "Police stepped up anti-drug raids in the port city in May. "
        "Some 30 people were arrested in the raids.",
        "arrested",
    ),
    # a coordinated clause of its own
    (
        "Two activists will be freed next week and a third man was hanged at dawn on Sunday.",
        "The two men will be tried next month and could be hanged.",
        "hanged",
    ),
    (
        "The court halted the trial of two students, and guards beat three other detainees the same night.",
        "The court postponed the hearing, and the defendants may be beaten if the appeal fails.",
        "beat",
    ),
]


@pytest.mark.parametrize(("kept", "dropped", "word"), _CASES)
def test_real_event_kept_and_look_alike_dropped(nlp: Language, kept: str, dropped: str, word: str) -> None:
    assert _kept(nlp, kept, word)
    assert not _kept(nlp, dropped, word)
