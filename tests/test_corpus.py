"""Every real OWM map in the corpus parses, formats and converts, with its meaning unchanged."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

import wardley
from wardley.diagnostics import Severity
from wardley.fmt import format_owm
from wardley.geometry.placement import place

from .conftest import corpus_maps, corpus_params, corpus_paths

MAPS = corpus_params(corpus_paths())


def test_every_corpus_map_has_no_errors() -> None:
    """OWM draws every corpus map, so we do: a line OWM ignores is a warning, not an error."""
    maps = corpus_maps()
    assert len(maps) >= 120
    failing = []
    for path in maps:
        try:
            wardley.load(path)
        except wardley.MapError:
            failing.append(path.name)
    assert failing == []


def test_a_stray_line_that_owm_ignores_gets_a_located_warning() -> None:
    path = next(p for p in corpus_maps() if p.name == "100_leadership-governance.owm")
    map_ = wardley.load(path)
    stray = [d for d in map_.diagnostics if d.line == 18]
    assert [(d.column, d.code, d.severity) for d in stray] == [(10, "W120", Severity.WARNING)]
    assert "// y-axis ->->Value Chain" in [c.text for c in map_.comments]


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_fmt_round_trip(path: Path) -> None:
    original = wardley.load(path)
    text = wardley.format(original)
    again = wardley.parse(text)
    assert again == original
    assert wardley.format(again) == text  # idempotent: fmt --check is clean on fmt output
    # Every comment survives.
    assert [c.text for c in again.comments] == [c.text for c in original.comments]


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_convert_to_owm_and_json(path: Path) -> None:
    original = wardley.load(path)
    placements = {k: (p.visibility, p.evolution) for k, p in place(original).items()}
    owm = wardley.parse(format_owm(original, placements))
    assert [c.name for c in owm.components if c.pipeline is None] == [
        c.name for c in original.components if c.pipeline is None
    ]
    assert [(x.source, x.target) for x in owm.links] == [
        (x.source, x.target) for x in original.links
    ]
    for component in owm.components:
        if component.pipeline is None and component.keyword != "member":
            assert component.position.is_fixed, component.name
    schema = json.loads(resources.files("wardley").joinpath("schema/map.schema.json").read_text())
    jsonschema.validate(json.loads(json.dumps(original.to_dict())), schema)


def test_explicit_coordinates_are_kept_exactly(corpus: list[Path]) -> None:
    tea = wardley.load(next(p for p in corpus if p.name == "001_tea-shop.owm"))
    kettle = tea.find("Kettle")
    assert kettle is not None
    assert (kettle.position.visibility, kettle.position.evolution) == (0.33, 0.67)
