from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WARDLEY_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "owm"

#: Why corpus tests skip in a user's clone: the corpus is third-party and not in the repository.
CORPUS_MISSING = (
    "the third-party OWM corpus is not here: "
    "set WARDLEY_SHARED or put shared/ beside the clone (../shared)"
)


def corpus_paths() -> list[Path]:
    """Every corpus map, or none where the corpus is absent."""
    return sorted(CORPUS.glob("*.owm"))


#: For tests that read the corpus: they skip, with the reason, where it is absent.
needs_corpus = pytest.mark.skipif(not corpus_paths(), reason=CORPUS_MISSING)


def corpus_maps() -> list[Path]:
    """Every corpus map; skips the calling test where the corpus is absent."""
    maps = corpus_paths()
    if not maps:
        pytest.skip(CORPUS_MISSING)
    return maps


def corpus_params(maps: list[Path]) -> list:
    """Corpus maps to parametrise over: one skipped case where the corpus is absent, so the
    test still collects (an empty parameter set would skip without saying why)."""
    return maps or [
        pytest.param(None, id="no-corpus", marks=pytest.mark.skip(reason=CORPUS_MISSING))
    ]


@pytest.fixture(scope="session")
def corpus() -> list[Path]:
    return corpus_maps()


# CI runs are reproducible (the same examples every run); local runs explore new ones.
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
