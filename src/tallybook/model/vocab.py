"""Closed vocabularies shared by every stage (the taxonomy of ../shared/eval/SCHEMA.md)."""

from __future__ import annotations

from enum import StrEnum

INCIDENT_TYPES: tuple[str, ...] = (
    "execution",
    "death_sentence",
    "killing",
    "death_in_custody",
    "arrest",
    "torture",
    "enforced_disappearance",
    "corporal_punishment",
    "other",
)
# The types in which the victims die at the state's hands: one death told as any of them may be
# told again as another ("hanged" in the narration, "killed" in a quote).
FATAL_TYPES: frozenset[str] = frozenset({"killing", "death_in_custody", "execution"})
# The types in which the state takes a person: the start of the custody or disappearance that
# later acts (a beating, a body found, a release) are dated from.
TAKING_TYPES: frozenset[str] = frozenset({"arrest", "enforced_disappearance"})

# How a victim count is qualified in the text ("at least 12" -> at_least).
QUALIFIERS: tuple[str, ...] = ("exact", "at_least", "more_than", "about", "up_to")

PERSON_ROLES: tuple[str, ...] = ("victim", "official", "perpetrator", "source", "author", "other")
ORG_KINDS: tuple[str, ...] = ("un", "ngo", "news", "government", "opposition", "court", "other")
ENTITY_KINDS: tuple[str, ...] = ("person", "organization")


class Stance(StrEnum):
    """How a claimant relates to what a claim states."""

    ASSERTS = "asserts"
    CONFIRMS = "confirms"
    DISPUTES = "disputes"


class Certainty(StrEnum):
    """Hedges the text puts on a claim ("reportedly", "allegedly")."""

    STATED = "stated"
    REPORTEDLY = "reportedly"
    ALLEGEDLY = "allegedly"


class Status(StrEnum):
    """Review state of any machine-proposed record. Only `proposed` is machine-owned."""

    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    EDITED = "edited"
    REJECTED = "rejected"

    @property
    def reviewed(self) -> bool:
        return self is not Status.PROPOSED


class Origin(StrEnum):
    """Who made a record: the extractor/linker, or a person."""

    MACHINE = "machine"
    PERSON = "person"
