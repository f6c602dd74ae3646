"""The domain vocabulary of tallybook, in one place.

`vocab` holds the closed sets (incident types, qualifiers, stances, statuses, roles);
`records` holds the plain records the extractor produces (no database in sight), each with
the evidence span it came from. The database tables in `tallybook.store.schema` store these
records; the evaluation format in `tallybook.extract.eval_format` prints them.
"""

from tallybook.model.figures import (
    Interval,
    claim_interval,
    counts_into_range,
    figure_bounds,
    is_denial,
)
from tallybook.model.records import (
    DocumentExtraction,
    ExtractedClaim,
    ExtractedIncident,
    ExtractedOrganization,
    ExtractedPerson,
    ExtractedQuote,
    Figure,
    PartialDate,
    Span,
)
from tallybook.model.vocab import (
    ENTITY_KINDS,
    INCIDENT_TYPES,
    ORG_KINDS,
    PERSON_ROLES,
    QUALIFIERS,
    Certainty,
    Origin,
    Stance,
    Status,
)

__all__ = [
    "ENTITY_KINDS",
    "INCIDENT_TYPES",
    "ORG_KINDS",
    "PERSON_ROLES",
    "QUALIFIERS",
    "Certainty",
    "DocumentExtraction",
    "ExtractedClaim",
    "ExtractedIncident",
    "ExtractedOrganization",
    "ExtractedPerson",
    "ExtractedQuote",
    "Figure",
    "Interval",
    "Origin",
    "PartialDate",
    "Span",
    "Stance",
    "Status",
    "claim_interval",
    "counts_into_range",
    "figure_bounds",
    "is_denial",
]
