"""What a map draws besides its components' names: the title, the axes' and stages' names,
notes, annotations' markers and box, pipelines, accelerators. Each stays on the picture, clear
of the rest, however small the canvas or long the text."""

from __future__ import annotations

import math
from itertools import combinations, pairwise
from pathlib import Path

import pytest

import wardley
from wardley.geometry.readability import FURNITURE, TEXT_OVERLAP, readability, text_extent
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


def test_a_note_wider_than_a_small_canvas_wraps_rather_than_being_cut_off() -> None:
    note = "For inspiring witches and magicians and everyone else who reads the book in one go"
    scene = _scene(f"{TINY}note {note} [0.5, 0.3]\n")
    [shown] = scene.by_role("note")
    assert len(shown.lines) > 1 and " ".join(shown.lines) == note
    box = text_extent(shown)
    assert box.x >= 0 and box.right <= scene.width


@pytest.mark.parametrize("style", ["plain", "wardley"])
def test_annotations_at_one_place_off_any_symbol_do_not_hide_each_other(style: str) -> None:
    # Several annotations at one place that is no component's circle (or an anchor's name,
    # drawn as text in the wardley style): their markers were drawn one over the other.
    text = f"style {style}\nanchor Business [0.95, 0.63]\ncomponent Tea [0.6, 0.6]\n"
    text += "Business->Tea\n"
    text += "".join(f"annotation {n} [0.95, 0.63] about it {n}\n" for n in range(1, 5))
    text += "".join(f"annotation {n} [0.3, 0.3] elsewhere {n}\n" for n in range(5, 8))
    scene = _scene(text)
    markers = scene.by_role("annotation")
    assert len(markers) == 7
    for a, b in combinations(markers, 2):
        assert math.hypot(a.cx - b.cx, a.cy - b.cy) >= a.r + b.r, (a.id, b.id)


def test_the_annotations_box_keeps_off_a_link_it_would_hide_where_there_is_room() -> None:
    # The list is opaque: asked for at the map's middle, it was put over the link from Kettle
    # to Hot Water (a link's middle hidden cost as little as a name across one), with room
    # clear of it at the plot's left.
    text = (
        "component Hot Water [0.52, 0.80]\ncomponent Kettle [0.43, 0.35] label [-57, 4]\n"
        "component Power [0.1, 0.7] label [-27, 20]\nHot Water->Kettle\nKettle->Power\n"
        "annotation 2 [0.48, 0.85] Hot water is obvious and well known\n"
        "annotation 21 [0.95, 0.78] about Public\nannotation 22 [0.79, 0.61] about Cup of Tea\n"
        "annotation 23 [0.73, 0.78] about Cup\nannotation 24 [0.63, 0.81] about Tea\n"
        + "".join(f"annotation {n} [0.94, 0.55] more about Business\n" for n in range(30, 34))
        + "annotations [0.5, 0.5]\n"
    )
    scene = _scene(text)
    furniture = [f for f in readability(scene).findings if f.startswith(FURNITURE)]
    assert not furniture


def test_a_note_on_a_tiny_canvas_keeps_off_a_users_figure() -> None:
    # Notes written with no place go to the top left, where on a 350 × 250 canvas a user
    # stood: the third was printed across the figure, as covering it cost less than moving.
    scene = _scene(
        "title A rather longer title\nsize [350, 250]\nstyle colour\n"
        "user Kettle0 [0.97, 0.14]\ncomponent Data1 [0.01, 0.39]\nuser Bank2 [0.67, 0.06]\n"
        "component Kettle3 [0.42, 0.5]\nuser Power4 [0.06, 0.5]\ncomponent Clerk5 [0.88, 0.78]\n"
        "Kettle0->Data1\nData1->Bank2\nBank2->Kettle3\nKettle3->Power4\nPower4->Clerk5\n"
        "note watch\nnote legacy cost\nnote note\n"
    )
    furniture = [f for f in readability(scene).findings if f.startswith(FURNITURE)]
    assert not furniture


@pytest.mark.parametrize("size", ["", "size [600, 400]\n"])
def test_a_component_evolving_past_commodity_is_drawn_on_the_picture(size: str) -> None:
    # `evolve X 1.2` (past commodity, as authors write it): the evolved circle was drawn past
    # the picture's right edge, out of sight, its arrow running off it.
    scene = _scene(
        f"{size}component Wardens [0.88, 0.78]\ncomponent Cameras [0.5, 0.6]\n"
        "Wardens->Cameras\nevolve Wardens 1.2\nevolve Cameras 1.05\n"
    )
    evolved = scene.by_role("evolved")
    assert len(evolved) == 2
    for circle in evolved:
        assert circle.cx + circle.r + 2 <= scene.width
    for arrow in scene.by_role("evolve"):
        assert max(arrow.x1, arrow.x2) <= scene.width
    assert readability(scene).readable, readability(scene).findings


MAPS = sorted((Path(__file__).parent / "furniture").glob("*.owm"))


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_maps_that_stress_the_furniture_are_readable(path: Path) -> None:
    # Written in the corpus's styles: tiny and huge canvases, notes at the corners and over
    # components, many annotations on one place, pipelines at the plot's edges, accelerators
    # on components, components evolving past commodity, every style.
    found = readability(wardley.layout(wardley.load(path)))
    assert found.readable, "\n".join(found.findings)
