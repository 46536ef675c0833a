"""The test suite itself: it passes in a user's clone, where the third-party corpus is absent,
and its property tests draw examples that exercise what they claim to."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wardley
from wardley.mapdiff import Moved, Renamed, diff

from .conftest import CORPUS_MISSING, ROOT
from .grammar_strategy import map_texts
from .test_diff import edits
from .test_properties import texts


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
        [sys.executable, "-m", "pytest", "-rs", "--color=no", "-p", "no:cacheprovider", *selected],
        cwd=ROOT,
        env={**os.environ, "WARDLEY_SHARED": str(tmp_path)},
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    # Every one skipped: none passed, failed or stopped with an error.
    assert re.fullmatch(r"\d+ skipped in .*", run.stdout.rstrip().splitlines()[-1]), run.stdout
    reasons = [line for line in run.stdout.splitlines() if line.startswith("SKIPPED")]
    assert reasons and all(line.endswith(CORPUS_MISSING) for line in reasons), run.stdout


def _shares(strategy: st.SearchStrategy[Any], *properties: Callable[[Any], bool]) -> list[float]:
    """The share of a strategy's examples that have each property (the same examples every run)."""
    seen: list[list[bool]] = []

    @settings(
        max_examples=100,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def draw(example: Any) -> None:
        seen.append([has(example) for has in properties])

    draw()
    return [sum(column) / len(seen) for column in zip(*seen, strict=True)]


def _a_map_with_components(text: str) -> bool:
    try:
        return bool(wardley.parse(text).components)
    except wardley.MapError:
        return False


def test_most_generated_texts_are_maps_with_components() -> None:
    # Else the parse and format round trips would run on errors and empty maps.
    assert _shares(texts, _a_map_with_components)[0] > 0.5
    assert _shares(map_texts(), _a_map_with_components)[0] > 0.5


def test_most_generated_edits_rename_and_move() -> None:
    def has(kind: type) -> Callable[[tuple[wardley.Map, wardley.Map]], bool]:
        return lambda maps: any(isinstance(c, kind) for c in diff(*maps))

    renamed, moved = _shares(edits(), has(Renamed), has(Moved))
    assert renamed > 0.5 and moved > 0.5, (renamed, moved)
