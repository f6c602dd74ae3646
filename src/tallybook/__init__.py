"""tallybook: a source-attributed record of human-rights violations."""

__version__ = "0.1.0"
