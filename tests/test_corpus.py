"""Every real OWM map in the corpus parses, formats and converts, with its meaning unchanged."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

import wardley
from wardley.fmt import format_owm
from wardley.placement import place

from .conftest import KNOWN_BAD, corpus_maps, corpus_params, corpus_paths

GOOD = corpus_params([p for p in corpus_paths() if p.name not in KNOWN_BAD])


def test_at_least_99_percent_of_the_corpus_has_no_errors() -> None:
    maps = corpus_maps()
    assert len(maps) >= 120
    failing = []
    for path in maps:
        try:
            wardley.load(path)
        except wardley.MapError:
            failing.append(path.name)
    assert set(failing) == KNOWN_BAD
    assert len(failing) / len(maps) <= 0.01


def test_the_known_bad_map_gets_a_precise_error() -> None:
    path = next(p for p in corpus_maps() if p.name == "100_leadership-governance.owm")
    with pytest.raises(wardley.MapError) as caught:
        wardley.load(path)
    [error] = caught.value.errors
    assert (error.line, error.column, error.code) == (18, 10, "E001")


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.stem)
def test_fmt_round_trip(path: Path) -> None:
    original = wardley.load(path)
    text = wardley.format(original)
    again = wardley.parse(text)
    assert again == original
    assert wardley.format(again) == text  # idempotent: fmt --check is clean on fmt output
    # Every comment survives.
    assert [c.text for c in again.comments] == [c.text for c in original.comments]


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.stem)
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
