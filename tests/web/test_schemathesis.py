"""Property-based API testing: schemathesis drives the OpenAPI schema against a real uvicorn
server on 127.0.0.1 and must find no server error (5xx)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tallybook.review import users
from tallybook.store.db import Store

from .support import Corpus, LiveServer


@pytest.mark.slow
def test_api_has_no_server_errors(
    live_server: LiveServer, store: Store, corpus: Corpus, tmp_path: Path
) -> None:
    exe = shutil.which("schemathesis", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("schemathesis is not installed")
    with store.session() as s:
        token = users.create_token(s, "editor")
    cmd = [
        exe,
        "run",
        f"{live_server.url}/api/v1/openapi.json",
        "--checks",
        "not_a_server_error",
        "--max-examples",
        "20",
        "--seed",
        "20261127",
        "--phases",
        "examples,coverage,fuzzing",
        "--request-timeout",
        "10",
        "--header",
        f"Authorization: Bearer {token}",
        "--no-color",
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=240, cwd=tmp_path)
    report = done.stdout[-6000:] + done.stderr[-2000:]
    assert done.returncode == 0, report
    counts = re.search(r"(\d+) generated, (\d+) passed", done.stdout)
    assert counts is not None, report
    generated, passed = int(counts.group(1)), int(counts.group(2))
    assert generated >= 200 and passed == generated, report
