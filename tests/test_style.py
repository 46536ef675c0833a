"""The code stays ruff clean (lint and format), as the developers' brief asks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUFF = shutil.which("ruff", path=str(Path(sys.executable).parent)) or "ruff"
PATHS = ["wardley", "tests", "benchmarks", "tools"]


def test_ruff_check_and_format() -> None:
    for args in (["check", *PATHS], ["format", "--check", *PATHS]):
        done = subprocess.run([RUFF, *args], cwd=ROOT, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
