"""Differential fuzzing against OWM's own parser, the short run (the long one is
fuzz/owm_differential.py, see fuzz/README.md).

Generated OWM-style maps (tests/owm_strategy.py) are read by OWM's parser under Node, all in one
process, and by ours. Differences are expected until issue 13's leniency work and documented
deviations land, so the check is that each kind of difference is one of the known kinds
(``owm_strategy.KNOWN``, each with its cause): a new kind fails. Neither side may crash.
"""

from __future__ import annotations

from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings

from wardley.cli import EXIT_INTERNAL, main

from .owm_oracle import differences, our_reading_of, owm_reading, unavailable
from .owm_strategy import OwmMap, known, owm_maps, seeded_map, signatures

#: The short run: these maps, the same every run (seed 13, maps 0 to 79).
MAPS = [seeded_map(13, index) for index in range(80)]


@pytest.fixture(scope="module")
def readings() -> list[tuple[OwmMap, dict[str, Any], dict[str, Any]]]:
    """Each map with OWM's reading and ours; skips where the oracle is not installed."""
    if reason := unavailable():
        pytest.skip(reason)
    owm = owm_reading([m.text for m in MAPS])
    assert owm is not None
    return [(m, theirs, our_reading_of(m.text)) for m, theirs in zip(MAPS, owm, strict=True)]


def test_owm_reads_every_generated_map(
    readings: list[tuple[OwmMap, dict[str, Any], dict[str, Any]]],
) -> None:
    # An OWM error or timeout would hide every difference on that map.
    assert [m.text for m, owm, _ in readings if "error" in owm] == []


def test_every_difference_is_of_a_known_kind(
    readings: list[tuple[OwmMap, dict[str, Any], dict[str, Any]]],
) -> None:
    new: dict[str, str] = {}
    for owm_map, owm, ours in readings:
        found = differences(owm, ours)
        for signature in signatures(owm_map, owm, found):
            if known(signature) is None and signature not in new:
                shown = "\n".join(str(d) for d in found)
                new[signature] = f"{owm_map.text}--- differences:\n{shown}"
    report = "\n\n".join(f"== {s}\n{example}" for s, example in new.items())
    assert not new, f"new kinds of difference from OWM (add to owm_strategy.KNOWN):\n{report}"


def test_the_short_run_is_not_vacuous(
    readings: list[tuple[OwmMap, dict[str, Any], dict[str, Any]]],
) -> None:
    # Some maps read exactly as OWM reads them, and ours refuses only some.
    same = [m for m, owm, ours in readings if not differences(owm, ours)]
    read = [m for m, _, ours in readings if "error" not in ours]
    assert len(same) >= 10
    assert len(read) >= 20


@given(owm_maps())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_check_never_fails_inside_on_an_owm_style_map(owm_map: OwmMap) -> None:
    # Errors for lines we do not accept yet are fine; a bug (exit 3) is not.
    result = CliRunner().invoke(main, ["check", "-"], input=owm_map.text)
    assert result.exit_code != EXIT_INTERNAL, result.output
