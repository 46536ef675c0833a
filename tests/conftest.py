from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


# ---- a real browser: Debian's chromium and chromium-driver, driven by selenium ----------------
def chromium() -> tuple[str, str]:
    """The headless browser and its driver, or a skip naming the one that is missing."""
    browser = shutil.which("chromium")
    driver = shutil.which("chromedriver")
    missing = [
        name for name, found in (("chromium", browser), ("chromedriver", driver)) if not found
    ]
    if missing:
        pytest.skip(
            f"{' and '.join(missing)} not on PATH (Debian: apt-get install chromium chromium-driver)"
        )
    return browser, driver  # type: ignore[return-value]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    found = chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = found[0]
    for argument in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--window-size=1400,1000",
    ):
        options.add_argument(argument)
    profile = tempfile.mkdtemp(prefix="wardley-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(executable_path=found[1]), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


# CI runs are reproducible (the same examples every run); local runs explore new ones.
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
