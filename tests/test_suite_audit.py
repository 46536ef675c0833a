"""The test suite itself: it passes in a user's clone, where the third-party corpus is absent."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import CORPUS_MISSING, ROOT


def test_corpus_tests_skip_with_the_reason_where_the_corpus_is_absent(tmp_path: Path) -> None:
    # Module-level, parametrised, fixture, marker and hypothesis-strategy uses of the corpus.
    selected = [
        "tests/test_corpus.py",
        "tests/test_render.py::test_every_corpus_map_renders_with_every_name",
        "tests/test_render.py::test_corpus_maps_render_to_png_and_pdf",
        "tests/test_properties.py::test_mutated_corpus_maps_parse_or_raise_map_error",
        "tests/test_lexer.py::test_corpus_has_no_error_tokens",
    ]
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-rs", "-p", "no:cacheprovider", *selected],
        cwd=ROOT,
        env={**os.environ, "WARDLEY_SHARED": str(tmp_path)},
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.rstrip().splitlines()[-1].startswith("9 skipped in "), run.stdout
    reasons = [line for line in run.stdout.splitlines() if line.startswith("SKIPPED")]
    assert reasons and all(line.endswith(CORPUS_MISSING) for line in reasons), run.stdout
