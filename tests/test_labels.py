"""Label placement: every label by its own symbol, nothing cut off, nothing overprinted.

The maps in tests/labels/ are written in the styles real OWM maps show (dense clusters, long
names, author offsets everywhere, pipelines with evolving members, names at the edges); none is
a corpus copy. An author's `label [dx, dy]` is intent: kept where it is clear, moved the least
where it collides, and the move suggested by `check` (W127).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

import wardley
from wardley.compose import Composer, frame_for
from wardley.geometry import labels
from wardley.geometry.readability import CUT_OFF, MISATTRIBUTED, TEXT_OVERLAP, readability
from wardley.scene import Box, Circle, Line, Rect, Scene, Style, Text
from wardley.themes import get_theme

MAPS = sorted((Path(__file__).parent / "labels").glob("*.owm"))


def _scene(text: str) -> Scene:
    return wardley.layout(wardley.parse(text))


def _label(scene: Scene, name: str, role: str = "label") -> Text:
    [found] = [
        s for s in scene.shapes if isinstance(s, Text) and s.role == role and s.lines == (name,)
    ]
    return found


def _symbol(scene: Scene, text: Text) -> Circle:
    """The symbol a label names, as a circle (a pipeline's square: the circle round it)."""
    [found] = [s for s in scene.shapes if isinstance(s, Circle | Rect) and s.id == text.of]
    if isinstance(found, Rect):
        half = found.width / 2
        return Circle(found.id, found.role, found.x + half, found.y + half, half, found.style)
    return found


def _gap(box: Box, circle: Circle) -> float:
    dx = max(box.x - circle.cx, 0.0, circle.cx - box.right)
    dy = max(box.y - circle.cy, 0.0, circle.cy - box.bottom)
    return max(0.0, math.hypot(dx, dy) - circle.r)


def _leader_to(scene: Scene, box: Box) -> Line | None:
    for line in scene.by_role("leader"):
        assert isinstance(line, Line)
        if box.x - 1 <= line.x2 <= box.right + 1 and box.y - 1 <= line.y2 <= box.bottom + 1:
            return line
    return None


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_no_label_is_cut_off_overprinted_or_nearer_another_symbol(path: Path) -> None:
    scene = wardley.layout(wardley.load(path))
    found = readability(scene)
    faults = [f for f in found.findings if f.startswith((CUT_OFF, MISATTRIBUTED, TEXT_OVERLAP))]
    assert not faults, "\n".join(faults)


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_a_label_far_from_its_symbol_has_a_leader_line(path: Path) -> None:
    map_ = wardley.load(path)
    scene = wardley.layout(map_)
    # A name its author placed may sit a little farther (OWM draws names larger than we do).
    placed = {c.name for c in map_.components if c.label is not None}
    placed |= {e.to or e.component for e in map_.evolves if e.label is not None}
    for text in scene.shapes:
        if isinstance(text, Text) and text.role in ("label", "evolved-label") and text.of:
            assert text.box is not None
            near = labels.OFFSET_GAP if " ".join(text.lines) in placed else labels.LEADER_GAP
            if _gap(text.box, _symbol(scene, text)) > near + 1:
                assert _leader_to(scene, text.box), text.lines


def test_an_offset_that_is_clear_is_kept_exactly() -> None:
    scene = _scene("component Kettle [0.5, 0.5] label [-57, 4]\n")
    text = _label(scene, "Kettle")
    circle = _symbol(scene, text)
    assert (text.x - circle.cx, text.y - circle.cy) == pytest.approx((-57, 4))
    assert not wardley.check(wardley.parse("component Kettle [0.5, 0.5] label [-57, 4]\n"))


def test_an_offset_that_collides_moves_the_least_on_its_authors_side() -> None:
    # Two names side by side on one level: the second, set back over its own circle, starts
    # where the first still runs. (Not over the second's circle: a name there reads as its.)
    text = "component Kettle [0.5, 0.5] label [5, -10]\ncomponent Kettle base [0.5, 0.56] label [-40, -10]\n"
    map_ = wardley.parse(text)
    scene = wardley.layout(map_)
    first, second = _label(scene, "Kettle"), _label(scene, "Kettle base")
    assert first.box is not None and second.box is not None
    assert first.box.overlap_area(second.box) == 0
    circle = _symbol(scene, second)
    moved = (second.box.x - circle.cx, second.y - circle.cy)
    assert moved != pytest.approx((-40, -10))
    assert moved[0] < 0, "still on the left, the author's side"
    assert math.dist(moved, (-40, -10)) < 30, "moved a little, not anywhere"
    # check says where it went, and written there it stays, without a warning.
    [warning] = [d for d in wardley.check(map_, offsets=True) if d.code == "W127"]
    suggested = f"label [{round(moved[0])}, {round(moved[1])}]"
    assert suggested in warning.hint and warning.span.line == 2
    again = wardley.parse(text.replace("[0.5, 0.56] label [-40, -10]", f"[0.5, 0.56] {suggested}"))
    assert not [d for d in wardley.check(again, offsets=True) if d.code == "W127"]


def test_an_offset_far_off_the_picture_lands_by_its_symbol() -> None:
    # OWM maps carry offsets of hundreds or thousands of pixels (060_healthcare-ai: -945, 356).
    path = Path(__file__).parent / "labels" / "pipelines-evolve.owm"
    scene = wardley.layout(wardley.load(path))
    text = _label(scene, "Metadata Tagging", role="evolved-label")
    assert text.box is not None
    assert _gap(text.box, _symbol(scene, text)) <= labels.LEADER_GAP
    assert text.box.x >= 0 and text.box.right <= scene.width


def test_a_name_wider_than_the_picture_widens_it() -> None:
    scene = _scene(f"component {'Very long name ' * 12}[0.5, 0.95]\n")
    [text] = [s for s in scene.shapes if isinstance(s, Text) and s.role == "label"]
    assert text.box is not None and text.box.x >= 0
    assert text.box.right <= scene.width and scene.width > 1000


def test_a_move_clears_an_obstacle_by_the_least_distance() -> None:
    # A box just above the author's place: the label steps down off it, not around the circle.
    obstacles = labels.Obstacles()
    request = labels.Request("k", 200, 200, 6, ("Kettle",), 12, offset=(10, 20), symbol=True)
    author = labels.text_box(210, 220, "start", ("Kettle",), 12, False)
    obstacles.add_box(Box(150, author.y - 30, 200, 33))  # overlaps the label's top by 3 px
    [spot] = labels.place([request], obstacles, Box(0, 0, 600, 600)).values()
    assert spot.x == pytest.approx(210)
    assert 220 < spot.y < 226


def test_places_are_the_same_every_time() -> None:
    path = Path(__file__).parent / "labels" / "clinic-cluster.owm"
    assert wardley.to_svg(wardley.load(path)) == wardley.to_svg(wardley.load(path))


def test_each_moved_offset_is_reported_once_with_its_statement() -> None:
    path = Path(__file__).parent / "labels" / "clinic-cluster.owm"
    map_ = wardley.load(path)
    theme = get_theme(map_.style)
    composer = Composer(map_, theme, "both", frame_for(map_, theme, None, None))
    composer.compose()
    warnings = [d for d in wardley.check(map_, offsets=True) if d.code == "W127"]
    assert len(warnings) == len(composer.moved) > 0
    source = path.read_text(encoding="utf-8").splitlines()
    for warning in warnings:
        line = source[warning.span.line - 1]
        written = line[warning.span.column - 1 : warning.span.end_column - 1]
        assert written.startswith("label [") and written.endswith("]")


def test_two_components_on_one_spot_each_get_a_leader_line() -> None:
    # No place tells apart two symbols drawn on the same spot: only a leader line says which
    # a name belongs to (a real map draws two components at [0.47, 0.22]).
    scene = _scene("component Equity [0.47, 0.22]\ncomponent Choice [0.47, 0.22]\n")
    leaders = [s for s in scene.shapes if isinstance(s, Line) and s.role == "leader"]
    assert len(leaders) == 2
    assert readability(scene).misattributed == 0


def test_a_leader_through_another_name_or_circle_costs_as_covering_it() -> None:
    obstacles = labels.Obstacles()
    obstacles.add_text(Box(140, 95, 60, 12))  # another name
    obstacles.add_circle(300, 200, 6)  # another component
    obstacles.add_circle(100, 100, 6)  # its own
    assert obstacles.crossed(100, 100, 260, 100, own=(100, 100)) == labels.LEADER_CROSSES_TEXT
    assert obstacles.crossed(100, 100, 500, 300, own=(100, 100)) == labels.CIRCLE_COST
    assert obstacles.crossed(100, 100, 100, 40, own=(100, 100)) == 0


def test_a_name_with_a_leader_line_keeps_off_another_symbol() -> None:
    # A leader is faint and dotted; the circle beside a name is not: a name crowded off its
    # own symbol must not land beside another's (a real map put an evolved name 0 px from
    # another evolved circle, 94 px from its own, and the reader takes it for that one's).
    obstacles = labels.Obstacles()
    obstacles.add_box(Box(30, 72, 140, 56))  # names all round its symbol
    own = labels.Request("own", 100, 100, 6, ("Alpha Service",), 11, symbol=True)
    other = labels.Request("other", 100, 48, 6, ("Beta",), 11, symbol=True)
    for request in (own, other):
        obstacles.add_circle(request.x, request.y, request.r + 1)
    spot = labels.place([own, other], obstacles, Box(0, 0, 400, 400))["own"]
    assert spot.leader is not None
    beside = Circle("other", "capability", other.x, other.y, other.r, Style())
    assert _gap(spot.box, beside) > labels.BESIDE  # not where Beta's own name would sit


def test_a_name_in_a_column_of_circles_is_not_set_level_with_anothers() -> None:
    # Circles stacked 12 px apart, links fanning right: the clear places are left of the
    # column, where a name level with the circle under its own, 15 px from that one and 24 px
    # from its own, is read as that one's, leader or not (real maps did so: 'Speaker
    # Diarisation' by Frontier LLM's circle).
    scene = _scene(
        "component Aggregator Service [0.60, 0.45]\ncomponent Vehicle-to-Grid (V2G) [0.58, 0.45]\n"
        "component EV Smart Charging [0.56, 0.45]\ncomponent Heat Pump [0.54, 0.45]\n"
        "component Home Battery [0.52, 0.45]\ncomponent Market [0.50, 0.85]\n"
        "Aggregator Service->Market\nVehicle-to-Grid (V2G)->Market\n"
        "EV Smart Charging->Market\nHeat Pump->Market\nHome Battery->Market\n"
    )
    circles = [s for s in scene.shapes if isinstance(s, Circle) and s.role == "capability"]
    for name in ("Aggregator Service", "Vehicle-to-Grid (V2G)", "EV Smart Charging"):
        text = _label(scene, name)
        own = _symbol(scene, text)
        for other in circles:
            if other.id != own.id and _gap(text.box, other) < _gap(text.box, own):
                assert _gap(text.box, other) > labels.BESIDE, (name, other.id)
    assert readability(scene).misattributed == 0


def test_users_side_by_side_along_the_top_have_their_names_clear_of_each_other() -> None:
    # Anchors on one level with long names: beside each figure is the next one's, so a name
    # went under its figure, across the four links leaving the figures, beside another's.
    scene = _scene(
        "anchor Small Business Owner (sole trader) [1.0, 0.35]\n"
        "anchor Accountant / Bookkeeper (external) [1.0, 0.45]\n"
        "anchor Tax Authority (HMRC) [0.99, 0.55]\nanchor Bank [1.0, 0.62]\n"
        "component Invoicing [0.9, 0.4]\ncomponent Tax Return [0.88, 0.5]\n"
        "Small Business Owner (sole trader)->Invoicing\n"
        "Accountant / Bookkeeper (external)->Tax Return\n"
        "Tax Authority (HMRC)->Tax Return\nBank->Invoicing\n"
    )
    found = readability(scene)
    assert found.misattributed == 0, found.findings
    struck = Counter(
        f.split('"')[1] for f in found.findings if f.startswith("text-over-line: user-label")
    )
    assert max(struck.values(), default=0) <= 1, struck


def test_an_evolve_arrow_along_a_name_costs_as_overprinting_one() -> None:
    # The arrow is thick, dashed and red, as the evolved name is: struck through by it, the
    # name is lost (a real map's 'Vehicle-to-Grid (V2G)' was, by its own arrow).
    map_ = wardley.parse("component Grid [0.5, 0.2]\nevolve Grid 0.8\n")
    theme = get_theme(map_.style)
    composer = Composer(map_, theme, "both", frame_for(map_, theme, None, None))
    scene = composer.compose()
    [arrow] = scene.by_role("evolve")
    assert isinstance(arrow, Line)
    along = Box((arrow.x1 + arrow.x2) / 2 - 40, arrow.y1 - 6, 80, 12)
    assert composer.obstacles.cost(along) >= labels.LABEL_COST


def test_a_name_over_an_annotations_number_costs_as_over_any_text() -> None:
    # The number in an annotation's circle is text: a name over it overprints it (the checker
    # counts it so), which must cost as much as over any other name, not only as a circle.
    map_ = wardley.parse("component Clinic [0.5, 0.3]\nannotation 1 [0.8, 0.7] Busy\n")
    theme = get_theme(map_.style)
    composer = Composer(map_, theme, "both", frame_for(map_, theme, None, None))
    scene = composer.compose()
    [number] = scene.by_role("annotation-number")
    assert isinstance(number, Text) and number.box is not None
    box = number.box
    over = Box(box.x - 20, box.y, 40, box.height)
    assert composer.obstacles.cost(over) >= labels.LABEL_COST + labels.CIRCLE_COST


def test_a_name_over_another_names_leader_line_costs_as_covering_a_circle() -> None:
    # A leader line running into a name says that name is its symbol's: a name placed later
    # across it is read as that symbol's (as bad as covering the circle, not as crossing a link).
    own = labels.Request("own", 100, 100, 6, ("Alpha Service",), 11, symbol=True)
    placed, before = labels.Obstacles(), labels.Obstacles()
    for obstacles in (placed, before):
        obstacles.add_box(Box(30, 72, 140, 56))  # names all round its symbol
        obstacles.add_circle(own.x, own.y, own.r + 1)
    spot = labels.place([own], placed, Box(0, 0, 400, 400))["own"]
    assert spot.leader is not None
    x1, y1, x2, y2 = spot.leader
    across = Box((x1 + x2) / 2 - 30, (y1 + y2) / 2 - 2, 60, 4)
    assert placed.cost(across) - before.cost(across) == labels.LEADER_CROSSES_TEXT


def test_a_name_on_the_evolution_axis_is_not_struck_through_by_it() -> None:
    # A component at visibility 0 sits on the evolution axis: its name goes beside the axis
    # (above it, clear of the stage names under it), not along it.
    scene = _scene(
        "component Genesis Thing At Bottom [0.0, 0.0]\ncomponent Bottom Middle [0.0, 0.5]\n"
        "component Utility Thing At Bottom Right [0.0, 1.0]\n"
    )
    [axis] = [s for s in scene.by_role("axis") if isinstance(s, Line) and s.y1 == s.y2]
    for name in ("Genesis Thing At Bottom", "Bottom Middle", "Utility Thing At Bottom Right"):
        box = _label(scene, name).box
        assert box.bottom < axis.y1 or box.y > axis.y1, name


def test_a_name_pushed_far_off_moves_out_of_reach_of_the_symbol_it_landed_beside() -> None:
    # Names all round its symbol but on the far left, where the one clear place is 2 px under
    # another circle (real maps put names 5 px under another's circle, 124 px from their own):
    # a move of a few pixels takes it out of that circle's reach, and the last search must
    # know to make it.
    own = labels.Request("own", 400, 300, 6, ("Launch Manifest Automation",), 11, symbol=True)
    other = labels.Request("other", 200, 285, 6, ("Beta",), 11, symbol=True)
    obstacles = labels.Obstacles()
    obstacles.add_box(Box(280, 0, 420, 600))  # names all round its symbol, up to the far left
    for request in (own, other):
        obstacles.add_circle(request.x, request.y, request.r + 1)
    spot = labels.place([own, other], obstacles, Box(0, 0, 700, 600))["own"]
    assert spot.leader is not None and spot.box.right < 280
    beside = Circle("other", "capability", other.x, other.y, other.r, Style())
    assert _gap(spot.box, beside) > labels.BESIDE


def test_a_name_over_its_own_circle_costs_more_than_struck_through_by_a_link() -> None:
    # An author's offset over the circle, in a mesh of links with room for the name only
    # there: a name over its own circle hides what it names (a real map put one so, a move
    # off two links); struck through by a link beside it, the name and the circle both read.
    own = labels.Request("own", 200, 200, 6, ("Kettle",), 11, offset=(-14, 4), symbol=True)
    obstacles = labels.Obstacles()
    obstacles.add_circle(own.x, own.y, own.r + 1)
    for x in (150, 162, 166, 170, 174, 178, 222, 226, 230, 234, 238, 250):
        obstacles.add_segment(x, 0, x, 400)
    for y in (162, 170, 178, 186, 214, 222, 230, 238):
        obstacles.add_segment(0, y, 400, y)
    spot = labels.place([own], obstacles, Box(0, 0, 400, 400))["own"]
    circle = Circle("own", "capability", own.x, own.y, own.r, Style())
    assert _gap(spot.box, circle) > 0


def test_a_name_with_a_leader_line_stays_on_the_plot() -> None:
    # Names all round its symbol near the plot's top: the first clear place is above the plot,
    # in the margin with the title, where a name reads as a heading (a real map put one there,
    # 100 px from its circle); farther down the plot will do.
    own = labels.Request("own", 300, 120, 6, ("Middle-England Switchers",), 11, symbol=True)
    obstacles = labels.Obstacles()
    obstacles.add_box(Box(200, 60, 200, 200))  # names all round its symbol
    obstacles.add_circle(own.x, own.y, own.r + 1)
    bounds, plot = Box(0, 0, 600, 500), Box(40, 50, 540, 400)
    free = labels.place([own], labels.Obstacles(), bounds, plot)["own"]
    assert free.leader is None  # (nothing in the way: beside its circle, on the plot or not)
    spot = labels.place([own], obstacles, bounds)["own"]
    assert spot.leader is not None and spot.box.y < plot.y  # where it went without the plot
    spot = labels.place([own], obstacles, bounds, plot)["own"]
    assert spot.leader is not None and spot.box.y >= plot.y


def test_a_name_is_not_put_beside_an_accelerators_arrow_away_from_its_own_circle() -> None:
    # Arrows beside components (a real map's style): a name set by the arrow, farther from
    # its own circle, reads as the arrow's force ('Charging Network' over 'Open Charging
    # Standards'' arrow, 'Battery Pack' under another's). There is room on the other side.
    scene = _scene(
        "component Electric Vehicle [0.80, 0.50]\ncomponent Battery Pack [0.65, 0.45]\n"
        "component Charging Network [0.55, 0.62]\ncomponent Grid Capacity [0.35, 0.80]\n"
        "component Lithium Supply [0.25, 0.70]\n"
        "Electric Vehicle->Battery Pack\nElectric Vehicle->Charging Network\n"
        "Charging Network->Grid Capacity\nBattery Pack->Lithium Supply\n"
        "accelerator Open Charging Standards [0.55, 0.66]\n"
        "accelerator Battery Chemistry Breakthroughs [0.66, 0.40]\n"
    )
    arrows = []
    for path in scene.by_role("accelerator"):
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", path.d)]
        xs, ys = numbers[0::2], numbers[1::2]
        arrows.append(Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    assert len(arrows) == 2
    for name in ("Charging Network", "Battery Pack"):
        text = _label(scene, name)
        own = _gap(text.box, _symbol(scene, text))
        for arrow in arrows:
            dx = max(arrow.x - text.box.right, 0.0, text.box.x - arrow.right)
            dy = max(arrow.y - text.box.bottom, 0.0, text.box.y - arrow.bottom)
            assert math.hypot(dx, dy) > own + labels.ATTRIBUTION_MARGIN, name


@pytest.mark.parametrize("size", ["[400, 300]", "[500, 350]", "[300, 200]"])
def test_the_evolution_axis_title_is_not_printed_over_the_last_stages_name(size: str) -> None:
    # On a narrow picture, 'Commodity (+utility)' centred on the last stage reaches the right
    # edge, where 'Evolution' was printed over '(+utility)'.
    scene = _scene(f"size {size}\ncomponent Kettle [0.5, 0.5]\n")
    [title] = [s for s in scene.by_role("axis-label") if s.lines == ("Evolution",)]
    stages = scene.by_role("stage-label")
    assert len(stages) == 4
    for stage in stages:
        assert stage.box.overlap_area(title.box) == 0, stage.lines
    assert title.box.bottom <= scene.height


def test_an_attitudes_name_keeps_off_a_component_in_its_boxs_corner() -> None:
    # A component its author put in the top-left corner of a pioneers' box (a real map's
    # style): the box's name went over its circle; another corner of the box is clear.
    scene = _scene(
        "component Online Image Manip [0.86, 0.19]\ncomponent Storage [0.78, 0.34]\n"
        "build Online Image Manip\nOnline Image Manip->Storage\n"
        "pioneers [0.90, 0.16, 0.68, 0.38]\n"
    )
    [name] = scene.by_role("attitude-label")
    [area] = scene.by_role("pioneers")
    assert area.x < name.box.x and name.box.right < area.x + area.width
    assert area.y < name.box.y and name.box.bottom < area.y + area.height
    for circle in scene.shapes:
        if isinstance(circle, Circle) and circle.role != "attitude":
            assert _gap(name.box, circle) > 0, circle.id


def test_an_annotation_on_a_components_place_does_not_hide_its_circle() -> None:
    # Authors number a component by giving the annotation its place (real maps do so for six
    # at once): the opaque marker drawn there hid the circle, and a halo round it by half.
    scene = _scene(
        "component Model Constitution [0.62, 0.15]\ncomponent AI Forensics [0.56, 0.12]\n"
        "buy AI Forensics\nModel Constitution->AI Forensics\n"
        "annotation 1 [0.62, 0.15] Trust-fragile\nannotation 2 [0.56, 0.12] Barely exists\n"
    )
    markers = scene.by_role("annotation")
    assert len(markers) == 2
    for name in ("Model Constitution", "AI Forensics"):
        symbol = _symbol(scene, _label(scene, name))
        for marker in markers:
            apart = math.hypot(marker.cx - symbol.cx, marker.cy - symbol.cy)
            assert apart >= marker.r + symbol.r, name
        # ... and one marker is against it, as near as that, to say which it numbers.
        assert min(math.hypot(m.cx - symbol.cx, m.cy - symbol.cy) for m in markers) <= (
            symbol.r + markers[0].r + 2
        )


def test_stage_names_wider_than_their_stage_wrap_rather_than_run_into_the_next() -> None:
    # Long custom stage names on a small picture (as authors write them, in words) ran into
    # each other in one line under the axis.
    scene = _scene(
        "size [400, 300]\nevolution Brand new and novel things->Custom built in house things->"
        "Products you can rent or buy->Utility services metered by use\n"
        "component Kettle [0.5, 0.5]\n"
    )
    stages = [s.box for s in scene.by_role("stage-label")]
    assert len(stages) == 4
    for a, b in pairwise(stages):
        assert a.right <= b.x, (a, b)
    assert all(box.bottom <= scene.height for box in stages)


#: Components on or just above the evolution axis, in each stage, with long names.
ON_THE_AXIS = """title Data platform
{size}component Analyst [0.9, 0.6]
component Dashboards [0.7, 0.62]
component Customer Identity Store [0.03, 0.1]
component Message Queue Broker [0.01, 0.35]
component Object Storage Buckets [0.0, 0.6]
component Kubernetes Cluster [0.04, 0.8]
component Electricity [0.02, 0.97]
Analyst->Dashboards
Dashboards->Customer Identity Store
Dashboards->Message Queue Broker
Dashboards->Object Storage Buckets
Object Storage Buckets->Kubernetes Cluster
Kubernetes Cluster->Electricity
"""


@pytest.mark.parametrize("size", ["", "size [500, 350]\n", "size [400, 300]\n"])
def test_a_name_near_the_evolution_axis_stays_above_it_not_among_the_stages_names(
    size: str,
) -> None:
    # Under the axis, between "Custom-Built" and "Product", "Message Queue Broker" reads as
    # one of the stages' names (a real fault: "Payments Gateway" between "Genesis" and
    # "Custom-Built"); above it, on the plot, it reads as the component's.
    scene = _scene(ON_THE_AXIS.format(size=size))
    [axis] = [s for s in scene.by_role("axis") if isinstance(s, Line) and s.y1 == s.y2]
    for name in (
        "Customer Identity Store",
        "Message Queue Broker",
        "Object Storage Buckets",
        "Kubernetes Cluster",
        "Electricity",
    ):
        assert _label(scene, name).box.bottom <= axis.y1 + labels.GRAZE, name
    assert not [f for f in readability(scene).findings if "under the evolution axis" in f]


def test_a_name_with_a_leader_line_stays_above_the_evolution_axis_on_a_small_picture() -> None:
    # No room beside its circle on a picture 350 by 250: the name takes a leader line, up on
    # the plot, not down between "Custom-Built" and "Product" where it reads as a stage's.
    scene = _scene(
        "title Mobility\nsize [350, 250]\ncomponent Rider [0.92, 0.7]\n"
        "component Trip Matching Algorithm [0.04, 0.05]\n"
        "component Driver Background Checks [0.02, 0.3]\n"
        "component Street Mapping Data [0.0, 0.5]\ncomponent Payments Gateway [0.03, 0.75]\n"
        "component GPS [0.0, 0.95]\nRider->Trip Matching Algorithm\nRider->Street Mapping Data\n"
        "Rider->Payments Gateway\nTrip Matching Algorithm->Driver Background Checks\n"
        "Street Mapping Data->GPS\nnote Visibility is low down here [0.1, 0.3]\n"
    )
    [axis] = [s for s in scene.by_role("axis") if isinstance(s, Line) and s.y1 == s.y2]
    box = _label(scene, "Payments Gateway").box
    assert box.bottom <= axis.y1 + labels.GRAZE
    assert _leader_to(scene, box) is not None
