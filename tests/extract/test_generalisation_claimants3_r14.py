"""Round 14 claimant classes: a body that voices or expresses alarm or concern "at" an incident
is its claimant, as it is for "over" and "about"; in an encyclopedia-style text a sentence that
cites a footnote of its own is the article's account, not a carrying-on of the source the
sentence before named; "the same source" is the earlier indefinite mention it repeats, as written."""

from __future__ import annotations

import pytest
from extraction_helpers import claimant_names, incidents_of
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "kind", "claimants"),
    [
        (
            "The Gulf Prisoners Network expressed alarm at the hanging of 14 men in the capital on Monday.",
            "execution",
            ["Gulf Prisoners Network"],
        ),
        (
            "The Andean Rights Coalition voiced deep concern at the arrest of 22 students in the "
            "port city last week.",
            "arrest",
            ["Andean Rights Coalition"],
        ),
        (
            "The Sahel Justice Centre on Thursday expressed deep concern at the sentencing of 12 "
            "farmers to death in the capital on Monday.",
            "death_sentence",
            ["Sahel Justice Centre"],
        ),
        # negative: "at" a place of speaking is not what was told; the clause after "that" is
        (
            "The Gulf Prisoners Network said at a news conference in the capital on Monday that police "
            "had arrested 14 students.",
            "arrest",
            ["Gulf Prisoners Network"],
        ),
    ],
)
def test_reaction_at_an_incident(nlp: Language, text: str, kind: str, claimants: list[str]) -> None:
    found = incidents_of(nlp, text, kind, publisher="Daily Ledger", required=True)
    assert claimant_names(found[0], drop_the=True) == claimants


_ARTICLE = (
    "= 2011 Lakeside protests =\n\n"
    "The 2011 Lakeside protests were a series of demonstrations in the town of Lakeside.[1]\n\n"
    "== Crackdown ==\n"
    "{body}\n"
)


@pytest.mark.parametrize(
    ("body", "kind", "claimants"),
    [
        (
            "The provincial governor acknowledged four deaths and blamed them on looters.[3] Among the "
            "dead was Omar Haddad, a 19-year-old mechanic who was shot near the bus station.[4]",
            "killing",
            ["publisher"],
        ),
        (
            "Some 200 people were arrested, according to the Lakeside Rights Group.[5] Two of the "
            "march organisers, Lina Farouk and Sami Nasser, were taken away by plainclothes agents "
            "on 9 May and held incommunicado for weeks.[6]",
            "enforced_disappearance",
            ["publisher"],
        ),
        # negative: the same footnote closes both sentences, so the source carries on
        (
            "The provincial governor acknowledged four deaths and blamed them on looters. Among the "
            "dead was Omar Haddad, a 19-year-old mechanic who was shot near the bus station.[3]",
            "killing",
            ["provincial governor"],
        ),
    ],
)
def test_own_footnote_is_the_articles_account(
    nlp: Language, body: str, kind: str, claimants: list[str]
) -> None:
    found = incidents_of(nlp, _ARTICLE.format(body=body), kind, publisher="Wikipedia", required=True)
    assert claimant_names(found[-1], drop_the=True, lower=True) == claimants


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        (
            "Among those hanged was Karim Nouri, a 30-year-old driver from the city, who, a source "
            "close to his family told the group, had been arrested in 2020. According to the same "
            "source, he was beaten repeatedly during his first weeks in detention.",
            ["a source close to his family"],
        ),
        (
            "Among those hanged was Hamid Rezaei, a baker from Zahedan, who, a cellmate of his told "
            "the network, had been arrested in 2019. According to the same cellmate, he was beaten "
            "repeatedly during his interrogation.",
            ["a cellmate of his"],
        ),
        # negative: "the same" repeats no earlier indefinite mention of its noun
        (
            "Hamid Rezaei was arrested in 2019, his brother said. According to the same brother, he "
            "was beaten repeatedly during his interrogation.",
            ["same brother"],
        ),
    ],
)
def test_same_source_repeats_its_mention(nlp: Language, text: str, claimants: list[str]) -> None:
    found = incidents_of(nlp, text, "torture", publisher="Daily Ledger", required=True)
    assert claimant_names(found[-1], drop_the=True, lower=True) == claimants
