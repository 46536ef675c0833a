"""What a map draws besides its components' names: the title, the axes' and stages' names,
notes, annotations' markers and box, pipelines, accelerators. Each stays on the picture, clear
of the rest, however small the canvas or long the text."""

from __future__ import annotations

import math
from itertools import combinations, pairwise

import pytest

import wardley
from wardley.geometry.readability import TEXT_OVERLAP, readability, text_extent
from wardley.scene import Scene


def _scene(text: str) -> Scene:
    return wardley.layout(wardley.parse(text))


TINY = "size [350, 250]\nanchor Customer [0.95, 0.5]\ncomponent Tea [0.8, 0.5]\nCustomer->Tea\n"


@pytest.mark.parametrize("style", ["plain", "wardley", "handwritten", "colour"])
def test_stage_names_on_a_tiny_canvas_do_not_run_into_each_other(style: str) -> None:
    # At 350 × 250, 'Genesis' and 'Custom-Built' were printed as one word, 'GenesisCustom-Built'.
    scene = _scene(f"style {style}\n{TINY}")
    stages = [text_extent(s) for s in scene.by_role("stage-label")]
    assert len(stages) == 4
    for a, b in pairwise(stages):
        assert a.right <= b.x, (a, b)


@pytest.mark.parametrize("size", ["[350, 250]", "[300, 180]", "[400, 200]"])
def test_the_value_chains_names_on_a_short_axis_do_not_overprint(size: str) -> None:
    # On a short axis 'Value Chain', centred, was printed over 'Visible' and 'Invisible'.
    scene = _scene(f"size {size}\ncomponent Tea [0.5, 0.5]\n")
    names = [text_extent(s) for s in scene.by_role("axis-label") if s.rotate]
    assert any(s.lines == ("Value Chain",) for s in scene.by_role("axis-label"))
    for a, b in combinations(names, 2):
        assert a.overlap_area(b) == 0
    assert not [f for f in readability(scene).findings if f.startswith(TEXT_OVERLAP)]


@pytest.mark.parametrize("size", ["", "size [350, 250]\n", "size [600, 400]\n"])
def test_a_title_wider_than_the_canvas_wraps_rather_than_widening_it(size: str) -> None:
    # Authors write their whole question as the title: the canvas grew to hold it in one
    # line, a blank strip beside the map, and a `size` asked for was not kept.
    title = (
        "An extremely long map title that goes on and on, much wider than the canvas it is"
        " drawn on, as some authors write their whole question in it"
    )
    text = (
        f"title {title}\n{size}anchor User [0.95, 0.5]\ncomponent Thing [0.5, 0.5]\nUser->Thing\n"
    )
    scene = _scene(text)
    plain = _scene(text.replace(title, "Short"))
    assert (scene.width, scene.height) == (plain.width, plain.height)
    [shown] = scene.by_role("title")
    assert len(shown.lines) > 1 and " ".join(shown.lines) == title
    box = text_extent(shown)
    assert box.right <= scene.width
    # The plot starts below the title's last line.
    top = min(s.y2 for s in scene.by_role("axis"))
    assert box.bottom < top
    assert readability(scene).readable, readability(scene).findings


def test_many_annotations_on_one_component_each_keep_their_own_marker_in_sight() -> None:
    # Five annotations given one component's place: the four diagonals were taken, and the
    # fifth marker was drawn over the first, hiding its number.
    text = "anchor Citizen [0.95, 0.5]\ncomponent Service [0.7, 0.5]\nCitizen->Service\n"
    text += "".join(f"annotation {n} [0.7, 0.5] note {n}\n" for n in range(1, 8))
    scene = _scene(text)
    markers = scene.by_role("annotation")
    assert len(markers) == 7
    for a, b in combinations(markers, 2):
        assert math.hypot(a.cx - b.cx, a.cy - b.cy) >= a.r + b.r, (a.id, b.id)
    [circle] = [s for s in scene.by_role("need") + scene.by_role("capability")]
    for marker in markers:
        apart = math.hypot(marker.cx - circle.cx, marker.cy - circle.cy)
        assert circle.r + marker.r <= apart <= circle.r + 3 * marker.r + 4
    assert readability(scene).readable, readability(scene).findings


def test_an_accelerator_drawn_on_a_component_leaves_its_circle_in_sight() -> None:
    # Authors mark a component with an accelerator at its very place: the opaque arrow was
    # drawn over the circle, and the component vanished.
    scene = _scene(
        "component Diagnosis [0.7, 0.45]\ncomponent Records [0.5, 0.6]\nDiagnosis->Records\n"
        "accelerator AI [0.7, 0.45]\ndeaccelerator Regulation [0.5, 0.6]\n"
    )
    order = {shape.id: index for index, shape in enumerate(scene.shapes)}
    arrows = scene.by_role("accelerator") + scene.by_role("deaccelerator")
    circles = scene.by_role("capability")
    assert len(arrows) == 2 and len(circles) == 2
    assert max(order[a.id] for a in arrows) < min(order[c.id] for c in circles)
    assert readability(scene).readable, readability(scene).findings
