"""Round 26, claimants. Four rules, each with probes of our own:

- a site whose publisher line says it republishes a UN experts' release passes on the experts'
  words: what it tells with no source is the experts' (as in an OHCHR release);
- a generic body noun with its own acronym in brackets before the body's name, "the
  nongovernmental organization (NGO) X reported", is X speaking, not "NGO";
- a lead that opens with a body's name and a dash or colon ("X – ...", "X: ...", "X, August 22:
  ...") is that body's report: what the text tells with no source is the body's;
- reports that only came in, "according to obtained reports", name no source: the publisher.
"""

from __future__ import annotations

import pytest
from extraction_helpers import claims_of
from spacy.language import Language

_REPUBLISHER = "Kestrel Wire (republishing a UN human rights experts' press release)"
_EXPERTS_LEAD = (
    "UN experts urge release of activists\n\nUN human rights experts today urged Iran to free jailed "
    "activists.\n\n"
)


@pytest.mark.parametrize(
    ("publisher", "text", "kind", "teller"),
    [
        (
            _REPUBLISHER,
            _EXPERTS_LEAD + "Security forces arrested 40 protesters in Zahedan on 3 May 2021.",
            "arrest",
            "UN human rights experts",
        ),
        (
            _REPUBLISHER,
            "UN experts alarmed by executions\n\nIndependent UN experts today voiced alarm at the use of the "
            "death penalty.\n\nTwo men were hanged in Qorveh prison on 3 May 2021.",
            "execution",
            "UN human rights experts",
        ),
        (
            "Daily Ledger (republishing a United Nations experts' news release)",
            _EXPERTS_LEAD + "Security forces arrested 40 protesters in Zahedan on 3 May 2021.",
            "arrest",
            "UN human rights experts",
        ),
        (
            "Harbour Times (republished UN human rights experts statement)",
            "Experts urge probe\n\nUN human rights experts today urged an inquiry.\n\n"
            "Police detained 25 students in Minsk on 4 June 2021.",
            "arrest",
            "UN human rights experts",
        ),
    ],
)
def test_probe_republished_experts_release_tells_as_experts(
    nlp: Language, publisher: str, text: str, kind: str, teller: str
) -> None:
    assert claims_of(nlp, text, kind, publisher=publisher)[0] == [teller]


@pytest.mark.parametrize(
    ("publisher", "text"),
    [
        # another body's statement republished, or no republishing said: the publisher
        ("Kestrel Wire (republishing an Amnesty International statement)", _EXPERTS_LEAD),
        ("Kestrel Wire", _EXPERTS_LEAD),
        # a republished experts' release whose lead has no UN experts speak
        (_REPUBLISHER, "Activists jailed\n\nThe government has jailed activists across the country.\n\n"),
    ],
)
def test_probe_other_publishers_keep_their_claim(nlp: Language, publisher: str, text: str) -> None:
    text += "Security forces arrested 40 protesters in Zahedan on 3 May 2021."
    assert claims_of(nlp, text, "arrest", publisher=publisher)[0] == ["publisher"]


@pytest.mark.parametrize(
    ("text", "kind", "teller"),
    [
        (
            "The nongovernmental organization (NGO) Nortal Justice Watch reported that police killed 412 "
            "civilians in 2019.",
            "killing",
            "Nortal Justice Watch",
        ),
        (
            "The non-governmental organisation (NGO) Kestrel Rights Centre said security forces detained 80 "
            "protesters in May 2021.",
            "arrest",
            "Kestrel Rights Centre",
        ),
        (
            "According to the nongovernmental organization (NGO) Tessel Monitor, 120 people were arrested in "
            "Lagos in June 2022.",
            "arrest",
            "Tessel Monitor",
        ),
        (
            "The nongovernmental organization (NGO) Lantern Rights Forum reported that soldiers killed 57 "
            "civilians in 2021.",
            "killing",
            "Lantern Rights Forum",
        ),
    ],
)
def test_probe_generic_acronym_gives_way_to_the_name(
    nlp: Language, text: str, kind: str, teller: str
) -> None:
    assert claims_of(nlp, text, kind, publisher="Kestrel Daily")[0] == [teller]


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        # the body's own acronym after its name; a generic noun before the name with no acronym
        (
            "The Kestrel Rights Monitor (KRM) reported that police killed 30 people in Lagos in 2020.",
            "Kestrel Rights Monitor",
        ),
        (
            "The nongovernmental organization Kestrel Watch (KW) reported that police killed 30 people in "
            "2020.",
            "Kestrel Watch",
        ),
        # an acronym with no name after it is all the text calls the body
        ("The monitoring group (MG) reported that police killed 30 people in 2020.", "MG"),
    ],
)
def test_probe_acronym_of_a_name_or_alone_stays(nlp: Language, text: str, teller: str) -> None:
    assert claims_of(nlp, text, "killing", publisher="Kestrel Daily")[0] == [teller]


_HEADLINE = "Two men hanged in Qorveh\n\n"


@pytest.mark.parametrize(
    ("lead", "kind", "teller"),
    [
        (
            "Tessel Rights Monitor – On 3 May 2021, two prisoners were hanged in Qorveh prison.",
            "execution",
            "Tessel Rights Monitor",
        ),
        (
            "Tessel Rights Monitor: Two prisoners were hanged in Qorveh prison on 3 May 2021.",
            "execution",
            "Tessel Rights Monitor",
        ),
        (
            "Tessel Rights Monitor, August 22: Two prisoners were hanged in Qorveh prison on Monday.",
            "execution",
            "Tessel Rights Monitor",
        ),
        (
            "Amnesty International – Security forces arrested 40 protesters in Zahedan on 3 May 2021.",
            "arrest",
            "Amnesty International",
        ),
    ],
)
def test_probe_dateline_body_tells_the_unsourced(nlp: Language, lead: str, kind: str, teller: str) -> None:
    assert claims_of(nlp, _HEADLINE + lead, kind, publisher="Kestrel Daily")[0] == [teller]


@pytest.mark.parametrize(
    "lead",
    [
        # a city, a court, a label: no body's report
        "GENEVA – Two prisoners were hanged in Qorveh prison on 3 May 2021.",
        "QORVEH — Two prisoners were hanged in Qorveh prison on 3 May 2021.",
        "Supreme Court – Two prisoners were hanged in Qorveh prison on 3 May 2021.",
        "Report: Two prisoners were hanged in Qorveh prison on 3 May 2021.",
    ],
)
def test_probe_place_or_label_dateline_leaves_publisher(nlp: Language, lead: str) -> None:
    assert claims_of(nlp, _HEADLINE + lead, "execution", publisher="Kestrel Daily")[0] == ["publisher"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("According to obtained reports, police arrested 40 protesters in Zahedan on 3 May 2021.", "arrest"),
        (
            "According to received reports, two prisoners were hanged in Qorveh prison on 3 May 2021.",
            "execution",
        ),
        (
            "According to the obtained reports, police detained 12 students in Minsk on 4 June 2021.",
            "arrest",
        ),
        (
            "According to gathered reports, soldiers killed nine villagers in Sagaing on 2 May 2022.",
            "killing",
        ),
    ],
)
def test_probe_reports_that_came_in_name_no_source(nlp: Language, text: str, kind: str) -> None:
    assert claims_of(nlp, text, kind, publisher="Kestrel Daily")[0] == ["publisher"]


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "According to media reports, police arrested 40 protesters in Zahedan on 3 May 2021.",
            "Media reports",
        ),
        (
            "According to local reports, police arrested 40 protesters in Zahedan on 3 May 2021.",
            "Local reports",
        ),
        (
            "According to reports received by the Kestrel Centre, police arrested 40 protesters in Zahedan "
            "on 3 May 2021.",
            "Kestrel Centre",
        ),
    ],
)
def test_probe_reports_with_a_teller_keep_it(nlp: Language, text: str, teller: str) -> None:
    assert claims_of(nlp, text, "arrest", publisher="Kestrel Daily")[0] == [teller]
