from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WARDLEY_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "owm"

#: Corpus maps with a real error in them (see the closing note of issue 2):
#: `y-axis ->->Value Chain` is no statement and no link in any dialect.
KNOWN_BAD = {"100_leadership-governance.owm"}


def corpus_maps() -> list[Path]:
    maps = sorted(CORPUS.glob("*.owm"))
    if not maps:
        raise RuntimeError(f"the map corpus is missing: {CORPUS} (set WARDLEY_SHARED)")
    return maps


@pytest.fixture(scope="session")
def corpus() -> list[Path]:
    return corpus_maps()


# CI runs are reproducible (the same examples every run); local runs explore new ones.
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
