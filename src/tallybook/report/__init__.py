"""Reports and exports: counting rules, stats, charts, reports, exports and imports.

Every number comes from `tallybook.report.counting`; confidentiality goes through
`tallybook.store.visibility`.
"""

from __future__ import annotations

from tallybook.errors import TallybookError


class ReportError(TallybookError):
    """Bad report/export input (a period, a format, a file to import)."""
