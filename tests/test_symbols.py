"""Symbols that do not lie, OWM's conventions, and notes and boxes in free space (issue 14)."""

from __future__ import annotations

import itertools
import math
import random

import pytest

import wardley
from wardley.compose import ECOSYSTEM_SCALE, MARKET_SCALE, Frame, frame_for, layout
from wardley.diffview import diff_layout
from wardley.geometry.placement import (
    AREA_CLEARANCE,
    OVERLAY_BAND,
    OVERLAY_PAD,
    PIPELINE_BAND,
    place,
)
from wardley.model import Map, normalise_name
from wardley.scene import Box, Circle, Line, Path, Rect, Scene, Text
from wardley.themes import get_theme

COMPONENTS = {"need", "capability", "evolved"}


def texts(scene: Scene, *roles: str) -> list[Text]:
    return [s for s in scene.shapes if isinstance(s, Text) and (not roles or s.role in roles)]


def circles(scene: Scene, *roles: str) -> list[Circle]:
    return [s for s in scene.shapes if isinstance(s, Circle) and s.role in roles]


def lines(scene: Scene, role: str) -> list[Line]:
    return [s for s in scene.shapes if isinstance(s, Line) and s.role == role]


def label(scene: Scene, name: str) -> Text:
    return next(t for t in texts(scene) if " ".join(t.lines) == name)


def where(map_: Map, name: str, state: str = "both") -> tuple[float, float]:
    """Where layout draws a component, in pixels."""
    theme = get_theme(map_.style)
    frame = frame_for(map_, theme, None, None)
    spot = place(map_, frame.plot_width, frame.plot_height)[normalise_name(name)]
    return frame.x(spot.evolution), frame.y(spot.visibility)


def frame(map_: Map) -> Frame:
    return frame_for(map_, get_theme(map_.style), None, None)


# ---- annotations ------------------------------------------------------------------------------
def test_an_annotation_at_two_places_is_two_circles_with_no_line_between_them() -> None:
    m = wardley.parse(
        "component A [0.5, 0.2]\ncomponent B [0.4, 0.3]\nA -> B\n"
        "annotation 1 [[0.8, 0.2], [0.8, 0.5]] Both of these\nannotations [0.3, 0.7]\n"
    )
    scene = layout(m)
    marks = circles(scene, "annotation")
    assert len(marks) == 2
    centres = {(round(c.cx, 1), round(c.cy, 1)) for c in marks}
    for shape in scene.shapes:
        if isinstance(shape, Line):
            ends = {
                (round(shape.x1, 1), round(shape.y1, 1)),
                (round(shape.x2, 1), round(shape.y2, 1)),
            }
            assert not ends & centres, f"a {shape.role} line leaves an annotation's circle"
    assert len(lines(scene, "link")) == 1


# ---- inertia ----------------------------------------------------------------------------------
def bar_box(bar: Line) -> Box:
    return Box(bar.x1 - 2.5, min(bar.y1, bar.y2), 5, abs(bar.y2 - bar.y1))


def test_the_inertia_bar_never_covers_a_label() -> None:
    # Legacy ERP's name would sit right of its circle, where the bar goes: it goes elsewhere.
    m = wardley.parse(
        "component Legacy ERP [0.5, 0.6] inertia\ncomponent Web [0.8, 0.6]\nWeb -> Legacy ERP\n"
    )
    scene = layout(m)
    (bar,) = lines(scene, "inertia")
    assert not [t for t in texts(scene) if t.box and t.box.overlap_area(bar_box(bar)) > 0]
    # An author's label to the right of the circle keeps its place: the bar moves behind it.
    m = wardley.parse("component Legacy ERP [0.5, 0.6] label [10, 4] inertia\n")
    scene = layout(m)
    (bar,) = lines(scene, "inertia")
    erp = label(scene, "Legacy ERP")
    assert erp.x == pytest.approx(where(m, "Legacy ERP")[0] + 10)
    assert erp.box is not None and erp.box.overlap_area(bar_box(bar)) == 0
    assert bar.x1 < where(m, "Legacy ERP")[0]


def test_an_evolving_component_s_inertia_bar_stands_at_the_stage_boundary_it_resists() -> None:
    m = wardley.parse("component Kettle [0.5, 0.3] inertia\nevolve Kettle 0.8\n")
    scene = layout(m)
    (bar,) = lines(scene, "inertia")
    assert bar.x1 == pytest.approx(frame(m).x(0.4))  # custom-built → product
    assert lines(scene, "evolve")[0].x1 < bar.x1 < lines(scene, "evolve")[0].x2


# ---- market and ecosystem ---------------------------------------------------------------------
def test_an_accelerator_and_a_deaccelerator_at_one_point_keep_their_names_apart() -> None:
    m = wardley.parse(
        "component Power [0.5, 0.5]\naccelerator Standards [0.3, 0.6]\n"
        "deaccelerator Regulation [0.3, 0.6]\n"
    )
    scene = layout(m)
    f = frame(m)
    a, d = label(scene, "Standards"), label(scene, "Regulation")
    assert a.box is not None and d.box is not None
    assert not a.box.overlaps(d.box)
    for name in (a, d):  # each still by the arrows
        assert math.dist((name.x, name.y), (f.x(0.6), f.y(0.3))) < 60, name.lines


def test_market_and_ecosystem_are_symbols_of_their_own() -> None:
    m = wardley.parse(
        "component Shop [0.5, 0.2]\ncomponent Stalls [0.5, 0.5] (market)\n"
        "component Growers [0.5, 0.8] (ecosystem)\n"
    )
    theme = get_theme(None)
    scene = layout(m)
    r = theme.radius
    stalls_x, growers_x = frame(m).x(0.5), frame(m).x(0.8)
    # The market is a circle well over twice a component's size, holding three small circles
    # joined as a triangle; no plain component circle is drawn for it.
    outer = [c for c in circles(scene, "capability") if c.cx == pytest.approx(stalls_x)]
    assert [c.r for c in outer] == [pytest.approx(r * MARKET_SCALE)]
    assert MARKET_SCALE * r >= 2.4 * r
    dots = circles(scene, "market")
    assert len(dots) == 3 and all(
        math.dist((d.cx, d.cy), (stalls_x, outer[0].cy)) < outer[0].r for d in dots
    )
    assert len([s for s in scene.shapes if isinstance(s, Path) and s.role == "market"]) == 1
    # The ecosystem: a grey ring around a hatched disc, the component's circle at its centre.
    rings = circles(scene, "ecosystem")
    assert max(c.r for c in rings) == pytest.approx(r * ECOSYSTEM_SCALE)
    assert rings[0].style.fill == theme.ecosystem_fill and rings[0].cx == pytest.approx(growers_x)
    hatch = [s for s in scene.shapes if isinstance(s, Path) and s.role == "ecosystem"]
    assert len(hatch) == 1 and hatch[0].d.count("M") > 6
    # Names keep clear of the bigger symbols.
    for name, x in (("Stalls", stalls_x), ("Growers", growers_x)):
        box = label(scene, name).box
        assert box is not None
        y = frame(m).y(0.5)
        reach = r * (MARKET_SCALE if name == "Stalls" else ECOSYSTEM_SCALE)
        nearest = (min(max(x, box.x), box.right), min(max(y, box.y), box.bottom))
        assert math.dist(nearest, (x, y)) >= reach


# ---- anchors ----------------------------------------------------------------------------------
def test_neighbouring_anchors_never_read_as_one_bold_name() -> None:
    m = wardley.parse(
        "style wardley\nanchor NGOs [0.94, 0.42]\nanchor Consumer [0.94, 0.48]\n"
        "anchor Financial Institutions [0.97, 0.2]\nanchor Educational Institutions [0.97, 0.35]\n"
        "component Agenda [0.8, 0.45]\nNGOs -> Agenda\nConsumer -> Agenda\n"
    )
    scene = layout(m)
    names = texts(scene, "user")
    assert len(names) == 4
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert a.box is not None and b.box is not None
            same_line = min(a.box.bottom, b.box.bottom) - max(a.box.y, b.box.y) > 1
            apart = max(a.box.x - b.box.right, b.box.x - a.box.right)
            assert not same_line or apart >= a.size, (a.lines, b.lines)


def test_an_anchor_s_links_leave_from_under_its_name_when_the_name_must_move() -> None:
    # Shop's circle is where Customer's name would be centred: the name moves a line up, and
    # its link must start under it, not a line below it where the name would have been.
    m = wardley.parse(
        "style wardley\nanchor Customer [0.9, 0.5]\ncomponent Shop [0.9, 0.52]\n"
        "component Cup [0.5, 0.4]\nCustomer -> Cup\n"
    )
    scene = layout(m)
    name = label(scene, "Customer")
    (link,) = lines(scene, "link")
    f = frame(m)
    assert name.box is not None
    assert name.box.bottom < f.y(0.9) - 5  # moved off Shop's circle
    assert link.x1 == pytest.approx(name.box.x + name.box.width / 2)
    assert 0 < link.y1 - name.box.bottom <= 4
    assert (link.x2, link.y2) == pytest.approx((f.x(0.4), f.y(0.5)))


# ---- pipelines and overlays in auto layout ----------------------------------------------------
def test_a_pipeline_s_named_component_is_a_square_on_the_band_s_top_edge() -> None:
    for text in (
        # members hung under it by the layout
        "component Power [0.3, 0.45]\npipeline Power { Wind [0.72]; Coal [0.2] }\n",
        # a span only
        "component Kettle [0.7, 0.4]\npipeline Kettle [0.3, 0.6]\n",
        # our own form, all placed by the layout
        "user Writer\nneed Write\ncapability Editing\nWriter -> Write -> Editing\n"
        "pipeline Editing { Editor [custom]; AI Editor [product] }\n",
    ):
        m = wardley.parse(text)
        scene = layout(m)
        (band,) = [s for s in scene.shapes if isinstance(s, Rect) and s.role == "pipeline"]
        head = [s for s in scene.shapes if isinstance(s, Rect) and s.role in COMPONENTS]
        assert len(head) == 1, text
        x, y = head[0].x + head[0].width / 2, head[0].y + head[0].height / 2
        assert y == pytest.approx(band.y, abs=0.5), text
        assert band.x < x < band.x + band.width, text
        assert band.height == PIPELINE_BAND


def _inside_overlay(point: tuple[float, float], members: list[tuple[float, float]]) -> float:
    """How far inside an overlay (as compose draws it) a point is; negative when outside."""
    px, py = OVERLAY_PAD
    depth = -math.inf
    for x, y in members:
        depth = max(depth, min(px - abs(point[0] - x), py - abs(point[1] - y)))
    half = min(px, py) * OVERLAY_BAND
    for (x1, y1), (x2, y2) in itertools.pairwise(members):
        length = math.dist((x1, y1), (x2, y2)) or 1.0
        t = ((point[0] - x1) * (x2 - x1) + (point[1] - y1) * (y2 - y1)) / length**2
        if 0 < t < 1:
            foot = (x1 + t * (x2 - x1), y1 + t * (y2 - y1))
            depth = max(depth, half - math.dist(point, foot))
    return depth


def _random_map(seed: int) -> str:
    rng = random.Random(seed)
    names = [f"C{i}" for i in range(rng.randint(8, 16))]
    lines_ = ["user U", "need N"] + [f"capability {n}" for n in names]
    lines_ += ["U -> N"] + [f"N -> {n}" for n in names[:3]]
    for n in names[3:]:
        lines_.append(f"{rng.choice(names[: names.index(n)])} -> {n}")
    team = rng.sample(names, 2)
    lines_.append(f"overlay Team {seed} {{ {team[0]}; {team[1]} }}")
    lines_.append(f"pipeline {names[0]} {{ S{seed}a [custom]; S{seed}b [commodity] }}")
    return "\n".join(lines_) + "\n"


@pytest.mark.parametrize("seed", range(8))
def test_auto_layout_keeps_other_components_out_of_overlays_and_pipelines(seed: int) -> None:
    m = wardley.parse(_random_map(seed))
    scene = layout(m)
    spots = {normalise_name(c.name): where(m, c.name) for c in m.components}
    r = get_theme(None).radius
    (overlay,) = m.overlays
    team = [spots[normalise_name(n)] for n in overlay.members]
    band = next(s for s in scene.shapes if isinstance(s, Rect) and s.role == "pipeline")
    (pipeline,) = m.pipelines
    inside_pipeline = {normalise_name(n) for n in (*pipeline.members, pipeline.name)}
    for key, (x, y) in spots.items():
        if normalise_name(key) not in {normalise_name(n) for n in overlay.members}:
            assert _inside_overlay((x, y), team) < -r, key
        if key not in inside_pipeline:
            assert not (
                band.x - r < x < band.x + band.width + r
                and band.y - r < y < band.y + band.height + r
            ), key
    # Nor is the overlay's name drawn under a component that is not in it.
    name = next(t for t in texts(scene, "overlay-label"))
    assert name.box is not None
    others = [c for c in scene.shapes if isinstance(c, Circle | Rect) and c.role in COMPONENTS]
    for shape in others:
        centre = (
            (shape.cx, shape.cy)
            if isinstance(shape, Circle)
            else (shape.x + shape.width / 2, shape.y + shape.height / 2)
        )
        if centre in team:
            continue
        box = name.box
        nearest = (min(max(centre[0], box.x), box.right), min(max(centre[1], box.y), box.bottom))
        assert math.dist(nearest, centre) >= r


def test_a_free_component_steps_out_of_an_overlay_band() -> None:
    # Catalogue's stage leaves it free to sit on the Payments team's band; it does not.
    m = wardley.parse(
        "user Shopper\nneed Buy things\ncapability Catalogue [product]\n"
        "capability Checkout [0.1, custom]\ncapability Payments [0.8, commodity]\n"
        "Shopper -> Buy things\nBuy things -> Catalogue\nBuy things -> Checkout\n"
        "Checkout -> Payments\noverlay Payments Team { Checkout; Payments }\n"
    )
    team = [where(m, "Checkout"), where(m, "Payments")]
    assert _inside_overlay(where(m, "Catalogue"), team) < -AREA_CLEARANCE + 1


# ---- OWM's conventions ------------------------------------------------------------------------
def test_the_wardley_style_names_the_top_corners_uncharted_and_industrialised() -> None:
    text = "component A [0.5, 0.5]\ncomponent Corner [0.97, 0.03]\n"
    scene = layout(wardley.parse("style wardley\n" + text))
    f = frame(wardley.parse("style wardley\n" + text))
    left, right = (label(scene, name) for name in ("Uncharted", "Industrialised"))
    assert left.role == right.role == "corner-label"
    assert left.box is not None and right.box is not None
    assert left.box.x < f.left + 20 and right.box.right > f.right - 20
    assert left.box.bottom < f.top + 40 and right.box.bottom < f.top + 40
    # Clear of what is drawn there: the component in the corner and its name.
    corner = next(c for c in circles(scene, "capability") if c.cy < f.top + 40)
    for box in (left.box, right.box):
        nearest = (min(max(corner.cx, box.x), box.right), min(max(corner.cy, box.y), box.bottom))
        assert math.dist(nearest, (corner.cx, corner.cy)) > corner.r
        assert not [t for t in texts(scene, "label") if t.box and t.box.overlaps(box)]
    assert not texts(layout(wardley.parse(text)), "corner-label")
    # Stage names that already say so are not repeated.
    own = "style wardley\nevolution Uncharted->Experimental->Established->Industrialised\n"
    assert not texts(layout(wardley.parse(own + text)), "corner-label")


def test_a_link_s_context_is_written_along_the_link() -> None:
    m = wardley.parse(
        "component A [0.9, 0.2]\ncomponent B [0.2, 0.7]\nA -> B; pays for\n"
        "component C [0.5, 0.3]\ncomponent D [0.5, 0.8]\nC +'$5'> D\n"
    )
    scene = layout(m)
    context = label(scene, "pays for")
    (ax, ay), (bx, by) = where(m, "A"), where(m, "B")
    angle = math.degrees(math.atan2(by - ay, bx - ax))
    assert context.rotate == pytest.approx(angle, abs=0.01) or context.rotate == pytest.approx(
        angle - 180, abs=0.01
    )
    # Beside the link's middle, a few pixels off it.
    mid = ((ax + bx) / 2, (ay + by) / 2)
    assert math.dist((context.x, context.y), mid) < 0.25 * math.dist((ax, ay), (bx, by))
    off = abs((bx - ax) * (ay - context.y) - (ax - context.x) * (by - ay)) / math.dist(
        (ax, ay), (bx, by)
    )
    assert 3 <= off <= context.size * 1.5
    assert label(scene, "$5").rotate == 0  # a flow's value is not a context


def test_links_to_an_evolved_component_are_red_in_both_states_only() -> None:
    m = wardley.parse(
        "component User [0.9, 0.5]\ncomponent Kettle [0.5, 0.3]\ncomponent Power [0.2, 0.8]\n"
        "User -> Kettle\nKettle -> Power\nevolve Kettle 0.7\n"
    )
    scene = layout(m, state="both")
    (red,) = lines(scene, "evolved-link")
    f = frame(m)
    assert red.style.stroke == get_theme(None).evolve
    assert (red.x1, red.y1) == pytest.approx(where(m, "User"))
    assert (red.x2, red.y2) == pytest.approx((f.x(0.7), f.y(0.5)))
    assert len(lines(scene, "link")) == 2  # today's links stay as they are
    assert not lines(layout(m, state="current"), "evolved-link")
    assert not lines(layout(m, state="future"), "evolved-link")


# ---- notes, the annotations box and legends in free space ---------------------------------------
def _clear_of(box: Box, scene: Scene) -> list[str]:
    """What a box covers: component circles, labels, the axes."""
    found = []
    for c in scene.shapes:
        if isinstance(c, Circle) and c.role in COMPONENTS | {"annotation"}:
            nearest = (min(max(c.cx, box.x), box.right), min(max(c.cy, box.y), box.bottom))
            if math.dist(nearest, (c.cx, c.cy)) < c.r:
                found.append(c.id)
        labelled = isinstance(c, Text) and c.role in ("label", "user", "evolved-label")
        if labelled and c.box and c.box.overlap_area(box) > 0:
            found.append(" ".join(c.lines))
        if isinstance(c, Line) and c.role == "axis":
            lo_x, hi_x = sorted((c.x1, c.x2))
            lo_y, hi_y = sorted((c.y1, c.y2))
            if box.x < hi_x and lo_x < box.right and box.y < hi_y and lo_y < box.bottom:
                found.append("axis")
    return found


def test_notes_stay_near_where_their_author_put_them_clear_of_what_is_drawn() -> None:
    m = wardley.parse(
        "component Kettle [0.5, 0.5]\ncomponent Power [0.2, 0.52]\nKettle -> Power\n"
        "note Boiling point [0.5, 0.48]\n"  # written over Kettle's circle
        "note Ground level [0.01, 0.05]\n"  # written over the evolution axis
        "note Free [0.8, 0.8]\n"  # nothing there
    )
    scene = layout(m)
    f = frame(m)
    for note, (v, e) in zip(
        texts(scene, "note"), ((0.5, 0.48), (0.01, 0.05), (0.8, 0.8)), strict=True
    ):
        assert note.box is not None
        assert _clear_of(note.box, scene) == [], note.lines
        assert math.dist((note.x, note.y), (f.x(e), f.y(v))) < 60, note.lines
    free = label(scene, "Free")
    assert (free.x, free.y) == pytest.approx((f.x(0.8), f.y(0.8)))


def test_the_annotations_box_goes_in_free_space() -> None:
    # Its default corner (top left) is taken; so is where this one asks to go.
    crowded = "".join(f"component T{i} [0.95, 0.0{i + 1}]\n" for i in range(6))
    for extra in ("", "annotations [0.02, 0.3]\n"):
        m = wardley.parse(
            crowded + "component Low [0.05, 0.3]\nannotation 1 [0.5, 0.5] A long reason\n" + extra
        )
        scene = layout(m)
        (box,) = [s for s in scene.shapes if isinstance(s, Rect) and s.role == "annotations"]
        assert _clear_of(Box(box.x, box.y, box.width, box.height), scene) == [], extra
        assert box.x >= 0 and box.x + box.width <= scene.width


def test_the_diff_legend_goes_in_a_free_corner() -> None:
    old = wardley.parse("component A [0.5, 0.5]\ncomponent Corner [0.97, 0.93]\n")
    new = wardley.parse(
        "component A [0.5, 0.6]\ncomponent Corner [0.97, 0.93]\ncomponent B [0.2, 0.2]\n"
    )
    scene = diff_layout(old, new)
    (legend,) = [s for s in scene.shapes if isinstance(s, Rect) and s.role == "legend"]
    assert _clear_of(Box(legend.x, legend.y, legend.width, legend.height), scene) == []


def test_a_pipeline_a_hundredth_wide_is_still_a_band_not_an_upright_pill() -> None:
    m = wardley.parse("component Need [0.8, 0.11]\npipeline Need [0.11, 0.12]\n")
    (band,) = [s for s in layout(m).shapes if isinstance(s, Rect) and s.role == "pipeline"]
    f = frame(m)
    assert band.width >= 2 * band.height
    middle = (f.x(0.11) + f.x(0.12)) / 2
    assert band.x + band.width / 2 == pytest.approx(middle)


def test_a_pipeline_written_from_its_right_end_is_the_same_band() -> None:
    written = "component A [0.5, 0.5]\npipeline A [{}]\n"
    forward = [
        s for s in layout(wardley.parse(written.format("0.2, 0.75"))).shapes if s.role == "pipeline"
    ]
    backward = [
        s for s in layout(wardley.parse(written.format("0.75, 0.2"))).shapes if s.role == "pipeline"
    ]
    assert forward and forward == backward


def test_the_description_tells_of_a_band_only_where_one_is_drawn() -> None:
    described = wardley.describe(
        wardley.parse("component A [0.5, 0.5]\npipeline A [0.75, 0.2]\npipeline B [0.1, 0.3]\n")
    )
    assert "A pipeline band under A spans from custom-built to commodity." in described
    assert "under B" not in described  # no component B: no band is drawn


# ---- submaps ------------------------------------------------------------------------------------
def test_a_submap_is_drawn_as_a_submap_whether_or_not_it_names_its_map() -> None:
    # OWM draws the submap symbol for every `submap` line; one with no url(…) is no plainer.
    m = wardley.parse(
        "submap Linked [0.7, 0.5] url(x)\nsubmap Unlinked [0.4, 0.5]\ncomponent Plain [0.2, 0.5]\n"
        "url x [https://example.org/x]\n"
    )
    drawn = {(c.cx, c.cy): c.style for c in circles(wardley.layout(m), *COMPONENTS)}
    linked, unlinked, plain = (drawn[where(m, n)] for n in ("Linked", "Unlinked", "Plain"))
    assert unlinked == linked != plain
