"""Who keeps records the text calls available with them: "the data available on X", "figures
available with X", "information available on the website of X" tell X's count, as "figures
compiled by X" do (every gold set credits the compiler, not the records)."""

from __future__ import annotations

from spacy.tokens import Token

from tallybook.extract.detection.trigger_patterns import wordset

# Prepositions by which "available" names where the records are kept (not "in 2023", "in Iran").
_KEPT_PREPS = wordset("on with from at")
# Pages a body's records sit on: "available on the website of X" -> X.
_PAGES = wordset("website site page portal database")
# Names that are no keeper: "data available from March", "figures available at 5 pm".
_NOT_KEEPERS = frozenset({"DATE", "TIME", "GPE", "LOC", "CARDINAL", "ORDINAL"})


def _object(prep: Token) -> Token | None:
    return next((p for p in prep.children if p.dep_ == "pobj"), None)


def available_keeper(modifier: Token) -> Token | None:
    """The keeper a modifier "available" right after a records noun points to, or None."""
    if modifier.lower_ != "available" or modifier.dep_ != "amod" or modifier.i != modifier.head.i + 1:
        return None
    prep = next((c for c in modifier.children if c.dep_ == "prep" and c.lower_ in _KEPT_PREPS), None)
    keeper = _object(prep) if prep is not None else None
    if keeper is not None and keeper.lower_ in _PAGES:
        owner = next((c for c in keeper.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        keeper = _object(owner) if owner is not None else None
    if keeper is None or keeper.ent_type_ in _NOT_KEEPERS:
        return None
    return keeper
