"""Round 11 place classes: a sentence passed is placed at the seat of the court that passed it
("the Revolutionary Court of X", "the X Criminal Court", "a X court"); a source after "according
to" and a lower-case word ("in absentia") are no places; an event spread over a list of three or
more towns is placed in the country."""

from __future__ import annotations

import pytest
from extraction_helpers import incidents_of
from spacy.language import Language


def _place(nlp: Language, text: str, kind: str) -> str | None:
    return incidents_of(nlp, text, kind, required=True)[-1].place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Iran: new death sentences. On 2 May the Revolutionary Court of Babol sentenced Reza "
            'Amini, a teacher, to death for "moharebeh".',
            "Babol",
        ),
        (
            "Iran: new death sentences. Two labourers were sentenced to death last month by the "
            "Kerman Revolutionary Court on drug charges.",
            "Kerman",
        ),
        (
            "Egypt: mass trial. In March, the Giza Criminal Court sentenced nine men to death in a "
            "mass trial.",
            "Giza",
        ),
        (
            "Iran: new death sentences. Sara Karimi, a student from Babol, has been sentenced to "
            "death by Branch 3 of the Revolutionary Court of Gorgan, her brother said.",
            "Gorgan",
        ),
    ],
)
def test_court_seat_places_sentence(nlp: Language, text: str, place: str) -> None:
    assert _place(nlp, text, "death_sentence") == place


def test_court_of_rank_names_no_seat(nlp: Language) -> None:
    # negative: "the Court of Cassation" is named for its rank, not a town
    text = (
        "Bahrain: death sentences upheld. The Court of Cassation upheld the death sentences of "
        "three men on Monday."
    )
    assert _place(nlp, text, "death_sentence") == "Bahrain"


def test_court_seat_only_for_sentences(nlp: Language) -> None:
    # negative: an arrest by a court's agents happens where the arrest is told
    text = (
        "Iran: arrests. Karimi was arrested by agents of the Revolutionary Court of Gorgan at his "
        "home in Babol."
    )
    assert _place(nlp, text, "arrest") == "Babol"


def test_in_absentia_is_no_place(nlp: Language) -> None:
    text = (
        "Myanmar: tribunals. Since the coup, military courts have sentenced at least 80 people to "
        "death, many of them in absentia."
    )
    assert _place(nlp, text, "death_sentence") == "Myanmar"


def test_according_to_source_is_no_place(nlp: Language) -> None:
    text = (
        "Belarus: prisoners. According to Spring96, security forces detained more than 300 people "
        "on political grounds during the year."
    )
    assert _place(nlp, text, "arrest") == "Belarus"


def test_according_to_keeps_real_place(nlp: Language) -> None:
    # negative: the sentence's own scene stays
    text = "Belarus: prisoners. According to Vesna, police detained at least 40 people in Hrodna last week."
    assert _place(nlp, text, "arrest") == "Hrodna"


def test_three_towns_give_country(nlp: Language) -> None:
    text = (
        "Iran: crackdown. At least 30 teachers were detained in Tabriz, Ardabil and Urmia earlier this month."
    )
    assert _place(nlp, text, "arrest") == "Iran"


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        # two towns: annotators keep the first named as often as the country; left as it was
        (
            "Iran: crackdown. At least 30 teachers were detained in Tabriz and Ardabil earlier this month.",
            "arrest",
            "Tabriz",
        ),
        # a province whose name holds "and" is no list
        (
            "Iran: deaths. Hawre Karimi died in custody in Dehdasht, Kohgiluyeh and Boyer-Ahmad "
            "province, on 3 May.",
            "death_in_custody",
            "Dehdasht",
        ),
        # people named after a town are no further towns
        (
            "Afghanistan: journalists. Last week two reporters from Radio Azadi in Kandahar, Ahmad "
            "Zaki and Farid Nazari, were detained by intelligence agents.",
            "arrest",
            "Kandahar",
        ),
    ],
)
def test_not_a_list_of_towns(nlp: Language, text: str, kind: str, place: str) -> None:
    assert _place(nlp, text, kind) == place
