"""Which sentence is an incident's evidence and which mentions are one incident (round 4): a
headline over a state source's own account, a lead that speaks of the event in general before
the sentence with the figure, a bare "wave of arrests" before the sourced count, later sentences
that only detail or react to the incident, rival figures in a sentence of their own, and
breakdowns of an aggregate. Texts written for these tests."""

from __future__ import annotations

from functools import partial

from extraction_helpers import LEDGER, evidence, incidents_of
from spacy.language import Language

from tallybook.model import ExtractedIncident, Stance

_incidents = partial(incidents_of, published="2024-05-09", publisher=LEDGER)


def _disputes(inc: ExtractedIncident) -> dict[str, int | None]:
    return {
        c.claimant: (c.figure.count if c.figure is not None else None)
        for c in inc.claims
        if c.stance == Stance.DISPUTES
    }


# --- headline and lead against the body sentence with the figure ----------------------------


def test_state_account_under_a_headline_is_the_evidence_not_a_dispute(nlp: Language) -> None:
    text = (
        "Border police kill 9 in night raid; relatives contest account\n\n"
        "DARVIK, May 9 (Ledger) - Border police in Selva province shot dead 9 suspected smugglers "
        "during a raid on the night of May 6 to 7, the provincial police command said on Thursday, "
        "saying all of them had opened fire on officers."
    )
    killings = _incidents(nlp, text, "killing")
    assert len(killings) == 1
    assert "Border police in Selva province shot dead 9" in evidence(text, killings[0])
    assert not _disputes(killings[0])


def test_lead_about_the_killing_in_general_joins_the_sentence_with_the_figure(nlp: Language) -> None:
    text = (
        "The UN human rights office on Tuesday voiced alarm at the killing of villagers in an air "
        "strike on a crowded bus station in the Norvet region.\n\n"
        "A spokesperson said the Office had verified that at least 19 civilians were killed when a "
        "jet struck the station in Halden on Saturday."
    )
    killings = _incidents(nlp, text, "killing", published="2024-05-07")
    assert len(killings) == 1
    assert killings[0].figure.count == 19
    assert "at least 19 civilians were killed" in evidence(text, killings[0])


def test_wave_of_arrests_joins_the_sourced_count_but_a_named_detainee_stays_apart(nlp: Language) -> None:
    text = (
        "Soldiers fired on mourners in the town of Kerro on 4 May, killing at least five people, "
        "the Kerro Rights Network said.\n\nA wave of arrests followed. The network said more than "
        "45 residents were rounded up in the three days after the shooting."
    )
    arrests = _incidents(nlp, text, "arrest")
    assert len(arrests) == 1
    assert arrests[0].figure.count == 45
    assert evidence(text, arrests[0]).startswith("The network said more than 45 residents")
    # a named person among an unnumbered crowd is an incident of their own
    other = (
        "Police arrested hundreds of people in Arlo and Benna over the weekend, the Arlo Lawyers "
        "Forum said. Among those detained was the union leader Mara Velk, who was arrested at her "
        "home on Saturday night, her lawyer said."
    )
    assert len(_incidents(nlp, other, "arrest", published="2024-05-08")) == 2


def test_body_sentence_tells_what_the_headline_announces(nlp: Language) -> None:
    text = (
        "Varnland: UN mission deplores public floggings and first public execution in Oster\n\n"
        "8 May 2024\n\n"
        "The UN Mission in Varnland (UNMV) on Tuesday urged the authorities to end corporal "
        "punishment, after documenting at least 210 people flogged in public across the country "
        "between November and the end of April.\n\n"
        "UNMV said it had also documented the public execution the previous week of a man convicted "
        "of theft, Arvo Tenn, in a stadium in Kessa, in Oster province."
    )
    executions = _incidents(nlp, text, "execution", published="2024-05-08")
    assert len(executions) == 1
    assert "documented the public execution" in evidence(text, executions[0])


# --- later sentences that detail or react to the incident ----------------------------------


def test_relatives_account_and_among_those_killed_add_to_the_incident(nlp: Language) -> None:
    text = (
        "Police shot dead 12 suspected robbers in raids in Ostra province on the night of 4 May, "
        "the regional police said on Monday, saying the men had resisted arrest.\n\n"
        "Neighbours told reporters that at least four of the dead had been unarmed and already "
        "handcuffed when they were shot.\n\n"
        '"They dragged him out of the house," said Lena Moor, whose son, Piet Moor, 22, was among '
        "those killed in the village of Resk."
    )
    killings = _incidents(nlp, text, "killing", published="2024-05-06")
    assert len(killings) == 1
    assert killings[0].figure.count == 12


def test_member_of_parliament_putting_the_number_hanged_is_not_a_new_incident(nlp: Language) -> None:
    text = (
        "The Vell prosecutor's office said on Thursday that at least 11 men had been executed at "
        "Harn Central Prison on Tuesday.\n\n"
        "A member of parliament from the province, speaking to local radio, put the number of men "
        "hanged at between 15 and 17."
    )
    assert len(_incidents(nlp, text, "execution", published="2024-05-09")) == 1
    # reports of executions with no figure, name or date that refer to nothing told: a new report
    other = (
        "At least 20 prisoners were hanged in Vell prison in March, the Special Rapporteur said. "
        "The Special Rapporteur is worried by accounts of covert executions linked to the "
        "strikes."
    )
    assert len(_incidents(nlp, other, "execution")) == 2


# --- rival figures in a sentence of their own ----------------------------------------------


def test_independent_count_for_the_month_folds_into_the_first_tally(nlp: Language) -> None:
    text = (
        "At least 52 people were executed in Varnland in March 2024, the Nordal Rights Monitor "
        "said, the highest monthly total in five years. Four women were among them, and one man "
        "was hanged in public. The Kessin News Agency, which collects cases independently, counted "
        "47 executions for the month."
    )
    executions = _incidents(nlp, text, "execution", published="2024-04-03")
    assert len(executions) == 1
    assert executions[0].figure.count == 52
    assert _disputes(executions[0]) == {"Kessin News Agency": 47}


def test_own_tally_disputes_an_unattributed_toll(nlp: Language) -> None:
    text = (
        "At least 40 people were killed when police raided the Orvel market on Monday. The Tarsa "
        "Rights Centre, which keeps its own tally, said 46 people had been killed in the raid."
    )
    killings = _incidents(nlp, text, "killing", published="2024-03-06")
    assert len(killings) == 1
    assert _disputes(killings[0]) == {"Tarsa Rights Centre": 46}
    # without a word that sets the figures against each other, two sources' tolls stay apart
    plain = (
        "At least 40 people were killed when police raided the Orvel market on Monday. The Tarsa "
        "Rights Centre said 46 people had been killed in the raid."
    )
    assert len(_incidents(nlp, plain, "killing", published="2024-03-06")) == 2


def test_same_day_rival_figure_paragraphs_later_is_a_dispute(nlp: Language) -> None:
    text = (
        "Doravia put 19 men to death on Monday, the official Doravian News Agency said.\n\n"
        "Eleven of the men had been convicted of drug smuggling. The other eight were found guilty "
        "of armed robbery. Six of those executed were foreign nationals. The agency did not say how "
        "the sentences were carried out.\n\n"
        "The rights group Clemency Watch said it had identified 21 people executed on Monday, two "
        "more than the official tally."
    )
    executions = _incidents(nlp, text, "execution", published="2024-05-08")
    assert len(executions) == 1
    assert executions[0].figure.count == 19
    assert _disputes(executions[0]) == {"Clemency Watch": 21}


def test_dated_possessive_refers_back_to_the_days_executions(nlp: Language) -> None:
    text = (
        "Nine men were executed in Doravia on Tuesday, the state news agency said.\n\n"
        "Tuesday's executions were condemned by the Doravian Bar Association."
    )
    executions = _incidents(nlp, text, "execution", published="2024-05-08")
    assert len(executions) == 1
    claimants = {c.claimant for c in executions[0].claims}
    assert not any("Bar Association" in c for c in claimants)


# --- breakdowns of an aggregate -----------------------------------------------------------


def test_breakdown_by_offence_is_part_of_the_aggregate(nlp: Language) -> None:
    text = (
        "At least 310 people have been put to death in the country so far this year, the Office "
        "said. Of these, about 120 were executed for drug offences and at least 9 belonged to the "
        "Ravi minority."
    )
    executions = _incidents(nlp, text, "execution", published="2024-11-10")
    assert len(executions) == 1
    assert executions[0].figure.count == 310
    # a part told with a day of its own is a separate event
    dated = (
        "At least 58 people were executed during the year, most of them in mass executions at Tarn "
        "prison, including 12 men hanged on a single day in October. Of these, five were foreign "
        "nationals."
    )
    executions = _incidents(nlp, dated, "execution", published="2025-04-01")
    assert sorted(i.figure.count or 0 for i in executions) == [12, 58]


def test_fates_of_the_disappeared_are_part_of_the_aggregate(nlp: Language) -> None:
    text = (
        "Rights groups reported that security forces were responsible for 14 enforced "
        "disappearances during the year. Of these, four persons were later released, two were found "
        "dead, and the whereabouts of the remaining 8 remain unknown."
    )
    gone = _incidents(nlp, text, "enforced_disappearance", published="2024-03-01")
    assert len(gone) == 1
    assert gone[0].figure.count == 14
