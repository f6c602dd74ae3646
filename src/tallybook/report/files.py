"""Writing an output file whole or not at all: a temporary file beside it, then a rename."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tallybook.report import ReportError


def is_stdout(target: str | Path | None) -> bool:
    return target is None or str(target) == "-"


def write_output(target: str | Path | None, data: bytes) -> None:
    """Write `data` to `target` (None or "-" = standard output) atomically."""
    if is_stdout(target):
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    path = Path(str(target))
    if not path.parent.is_dir():
        raise ReportError(f"{path}: directory {path.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise ReportError(f"{path}: cannot write ({e.strerror or e})") from e
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
