"""The one exception base of tallybook; each stage subclasses it.

TallybookError
 ├── ConfigError        bad settings (database URL, home directory)
 ├── IngestError        an input could not be read or stored (names the input)
 ├── ExtractionError    the extractor could not run (model missing ...)
 ├── NotFound           a record asked for does not exist
 └── PermissionDenied   the user's role does not allow the action
"""

from __future__ import annotations


class TallybookError(Exception):
    """Base of every error tallybook raises on purpose; the CLI prints it as one line."""


class ConfigError(TallybookError):
    pass


class IngestError(TallybookError):
    """An input could not be ingested. `source` names the input (path, URL, 'stdin')."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ExtractionError(TallybookError):
    pass


class NotFound(TallybookError):
    pass


class PermissionDenied(TallybookError):
    pass
