"""tallybook: a source-attributed record of human-rights violations."""

__version__ = "0.1.0"

# TEMPORARY team notice (removed before release).
import sys as _sys

if "pytest" not in _sys.modules:
    print("tallybook lead: extraction helpers, read docs/GENERALISATION.md now.", file=_sys.stderr)
