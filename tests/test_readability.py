"""The readability checker: each kind of fault found on hand-built scenes, and not found where
there is none; the layout's boxes are the text's real extent; the corpus is no less readable
than its recorded baseline; the report script counts maps that do not load."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import warnings
from dataclasses import replace
from pathlib import Path

import pytest

import wardley
from wardley.diffview import diff_layout
from wardley.geometry.readability import (
    CUT_OFF,
    FURNITURE,
    KINDS,
    MISATTRIBUTED,
    TEXT_OVER_LINE,
    TEXT_OVER_SYMBOL,
    TEXT_OVERLAP,
    Readability,
    Totals,
    readability,
    text_extent,
    totals,
)
from wardley.scene import Circle, Line, Rect, Scene, Shape, Style, Text
from wardley.scene import Path as PathShape

from .conftest import corpus_paths, needs_corpus

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "benchmarks" / "readability-baseline.json"
SCRIPT = ROOT / "benchmarks" / "readability.py"
RING = Style(fill="#ffffff", stroke="#000000", stroke_width=1.5)
INK = Style(stroke="#000000", stroke_width=1)


def text(
    words: str,
    x: float,
    y: float,
    role: str = "label",
    of: str | None = None,
    anchor: str = "start",
    rotate: float = 0.0,
) -> Text:
    return Text(
        f"t-{words}", role, x, y, (words,), 12, "#000", "sans", anchor=anchor, rotate=rotate, of=of
    )


def circle(id_: str, cx: float, cy: float, r: float = 6, style: Style = RING) -> Circle:
    return Circle(id_, "capability", cx, cy, r, style)


def line(x1: float, y1: float, x2: float, y2: float, role: str = "link") -> Line:
    return Line(f"l-{x1}-{y1}", role, x1, y1, x2, y2, INK)


def check(*shapes: Shape, width: float = 400, height: float = 300) -> Readability:
    return readability(Scene(width, height, "#fff", None, "wm", "test", "", tuple(shapes)))


def only(found: Readability, kind: str) -> list[str]:
    """The findings of one kind, after checking that there are none of any other."""
    others = {k: n for k, n in found.counts.items() if k != kind and n}
    assert not others, found.findings
    mine = [f for f in found.findings if f.startswith(kind + ":")]
    assert len(mine) == found.counts[kind]
    return mine


# ---- each kind of fault, found and not found -----------------------------------------------------
def test_a_clean_scene_is_readable() -> None:
    found = check(circle("a", 100, 100), text("Kettle", 110, 104, of="a"))
    assert found.readable and found.faults == 0 and found.findings == ()
    assert found.counts == dict.fromkeys(KINDS, 0)


def test_text_overlap() -> None:
    found = check(text("Kettle", 100, 100), text("Power", 120, 105, role="link-label"))
    assert only(found, TEXT_OVERLAP) == ['text-overlap: label "Kettle" and link-label "Power"']
    # One above the other, a line apart: no overlap.
    assert check(text("Kettle", 100, 100), text("Power", 100, 115)).readable


def test_texts_that_only_touch_do_not_overlap() -> None:
    box = text_extent(text("Kettle", 100, 100))
    assert check(text("Kettle", 100, 100), text("Power", box.right - 0.5, 100)).readable
    assert not check(text("Kettle", 100, 100), text("Power", box.right - 2, 100)).readable


def test_text_over_a_symbol() -> None:
    found = check(circle("a", 100, 100), circle("b", 140, 100), text("Kettle", 110, 104, of="a"))
    [finding] = only(found, TEXT_OVER_SYMBOL)
    assert finding == 'text-over-symbol: label "Kettle" over a capability at (140, 100)'
    # A label over its own circle is a fault too (an author's offset can put it there).
    assert only(check(circle("a", 100, 100), text("Kettle", 96, 104, of="a")), TEXT_OVER_SYMBOL)


def test_text_inside_a_ring_misses_it() -> None:
    ring = Style(fill="none", stroke="#000", stroke_width=1)
    inside = check(circle("e", 100, 100, r=40, style=ring), text("Tea", 90, 104))
    assert inside.readable
    across = check(circle("e", 100, 100, r=40, style=ring), text("Tea", 130, 104))
    assert only(across, TEXT_OVER_SYMBOL)


def test_a_name_inside_its_own_box_is_not_over_it_nor_over_what_the_box_hides() -> None:
    box = Rect("box", "capability", 80, 85, 80, 24, RING)
    name = text("Kettle", 120, 101, of="box", anchor="middle")
    # The link runs under the box, to its centre: the opaque box hides it behind the name.
    assert check(line(0, 97, 120, 97), box, name).readable
    # A circle drawn after the box is over it, and under the name.
    found = check(box, circle("b", 118, 97), name)
    assert only(found, TEXT_OVER_SYMBOL)


def test_text_over_a_line() -> None:
    found = check(text("Kettle", 100, 100), line(80, 96, 200, 96))
    assert only(found, TEXT_OVER_LINE) == [
        'text-over-line: label "Kettle" over the link (80, 96)–(200, 96)'
    ]
    assert check(text("Kettle", 100, 100), line(80, 110, 200, 110)).readable


def test_text_along_a_sloping_line_is_over_it_only_where_its_turned_box_meets_it() -> None:
    # A link from (100, 200) up to (300, 100): its context written 5 px above, turned with it.
    angle = math.degrees(math.atan2(-100, 200))
    beside = text("limited by", 200, 150 - 5 / math.cos(math.radians(angle)), "link-label")
    beside = replace(beside, anchor="middle", rotate=angle)
    assert check(line(100, 200, 300, 100), beside).readable
    across = replace(beside, y=beside.y + 9)  # its baseline now under the link
    assert only(check(line(100, 200, 300, 100), across), TEXT_OVER_LINE)


def test_a_line_leaving_its_own_symbol_may_pass_under_the_label_edge_only() -> None:
    kettle = circle("a", 100, 100)
    label = text("Kettle", 110, 104, of="a")
    top = text_extent(label).y
    # From the circle's centre, grazing the label's top edge by 2 px: allowed.
    assert check(kettle, label, line(100, top + 2, 300, top + 2)).readable
    # Through the middle of the text: a fault, and the line is named by its end.
    found = check(kettle, label, line(100, 100, 300, 100))
    [finding] = only(found, TEXT_OVER_LINE)
    assert 'the link "Kettle"–(300, 100)' in finding
    # The same graze by someone else's line is a fault.
    assert only(check(kettle, label, line(90, top + 2, 300, top + 2)), TEXT_OVER_LINE)


def test_another_names_leader_starting_beside_a_name_is_over_it() -> None:
    # Names in a row over circles on one level: the leader from the next circle up to its
    # name starts 3 px under this name and runs through it (a real map's row at visibility 0).
    # Only a leader from a name's box to its own symbol is the name's own.
    crm, iam = circle("a", 100, 150), circle("b", 200, 150)
    crm_label = text("Customer Relationship Management", 94, 140, of="a")
    box = text_extent(crm_label)
    iam_label = text("Identity", 200, box.y - 10, of="b", anchor="middle")
    through = line(200, box.bottom + 3, 200, text_extent(iam_label).bottom, role="leader")
    found = check(crm, iam, crm_label, iam_label, through)
    [finding] = only(found, TEXT_OVER_LINE)
    assert finding.startswith('text-over-line: label "Customer Relationship Management" over')
    # Its own leader, from its circle to its box, is not over it.
    own = line(100, 144, 100, box.bottom, role="leader")
    assert check(crm, crm_label, own).readable


def test_text_cut_off() -> None:
    [finding] = only(check(text("Kettle", 380, 100)), CUT_OFF)
    assert finding.startswith('cut-off: label "Kettle" runs past the right by')
    [finding] = only(check(text("Kettle", 10, 5)), CUT_OFF)
    assert "top" in finding
    assert check(text("Kettle", 10, 20)).readable


def test_rotated_text_is_measured_turned() -> None:
    # The value chain's title, turned a quarter: it runs up and down, a line's height across.
    title = text("Value Chain", 20, 150, role="axis-label", anchor="middle", rotate=-90.0)
    extent = text_extent(title)
    assert extent.height > 50 > extent.width
    assert check(title).readable
    moved = text("Value Chain", 5, 150, role="axis-label", anchor="middle", rotate=-90.0)
    assert "runs past the left" in only(check(moved), CUT_OFF)[0]


def test_a_label_nearer_another_symbol_is_misattributed() -> None:
    kettle, power = circle("a", 100, 100), circle("b", 200, 100)
    far = text("Kettle", 150, 104, of="a")  # 44 px from Kettle, 7 px before Power
    [finding] = only(check(kettle, power, far, text("Power", 210, 104, of="b")), MISATTRIBUTED)
    assert finding.startswith('misattributed: label "Kettle" is nearer the capability "Power"')
    near = text("Kettle", 110, 104, of="a")
    assert check(kettle, power, near, text("Power", 210, 104, of="b")).readable


def test_a_leader_line_attributes_a_far_label() -> None:
    kettle, power = circle("a", 100, 100), circle("b", 200, 120)
    far = text("Kettle", 150, 70, of="a")
    box = text_extent(far)
    assert only(check(kettle, power, far, text("Power", 210, 124, of="b")), MISATTRIBUTED)
    # From inside the label's corner to the circle: a label's own leader is not a line over it.
    leader = line(box.x + 4, box.bottom - 4, 104, 96, role="leader")
    assert check(kettle, power, far, text("Power", 210, 124, of="b"), leader).readable
    # A leader to somewhere else does not.
    stray = line(box.x, box.bottom, 130, 140, role="leader")
    assert only(check(kettle, power, far, text("Power", 210, 124, of="b"), stray), MISATTRIBUTED)


def test_a_leader_line_does_not_attribute_a_label_against_another_symbol() -> None:
    kettle, power = circle("a", 100, 100), circle("b", 200, 100)
    power_label = text("Power", 210, 104, of="b")
    # Ending 5 px before Power's circle, 60 px from Kettle's: read as Power's, leader or not.
    beside = text("Kettle", 189, 104, of="a", anchor="end")
    box = text_extent(beside)
    leader = line(106, 100, box.x, 100, role="leader")
    [finding] = only(check(kettle, power, beside, power_label, leader), MISATTRIBUTED)
    assert finding.startswith('misattributed: label "Kettle" is nearer the capability "Power"')
    assert finding.endswith("its leader line notwithstanding")
    # 15 px before Power's circle, where Power's own name would sit, it is still read as
    # Power's (a real map put a name so, 24 px from its own circle, level with the other's).
    near = text("Kettle", 179, 104, of="a", anchor="end")
    leader = line(106, 100, text_extent(near).x, 100, role="leader")
    assert only(check(kettle, power, near, power_label, leader), MISATTRIBUTED)
    # 25 px before it, farther than any name sits from its own symbol, the leader tells.
    apart = text("Kettle", 169, 104, of="a", anchor="end")
    leader = line(106, 100, text_extent(apart).x, 100, role="leader")
    assert check(kettle, power, apart, power_label, leader).readable


def test_only_components_are_mistaken_for_what_a_label_names() -> None:
    # An annotation's marker beside a label is not a component the label could name.
    marker = Circle("m", "annotation", 150, 100, 10, RING)
    number = text("1", 150, 104, role="annotation-number", of="m", anchor="middle")
    found = check(circle("a", 100, 100), marker, number, text("Kettle", 110, 84, of="a"))
    assert found.readable, found.findings


def test_a_label_beside_an_accelerators_arrow_away_from_its_own_circle_is_misattributed() -> None:
    # The arrow has a name of its own (under it), and a name beside it reads as the force's.
    arrow = PathShape("f", "accelerator", "M120,95 L170,95 L170,105 L120,105 Z", RING)
    kettle = circle("a", 100, 130)
    beside = text("Kettle", 125, 92, of="a")  # 3 px over the arrow, 30 px from Kettle
    [finding] = only(check(kettle, arrow, beside), MISATTRIBUTED)
    assert finding.startswith(
        'misattributed: label "Kettle" is nearer an accelerator at (145, 100)'
    )
    assert check(kettle, arrow, text("Kettle", 110, 134, of="a")).readable
    # Drawn over the component, the arrow is its author's mark on it: a name by both is right.
    over = PathShape("f", "accelerator", "M80,125 L130,125 L130,135 L80,135 Z", RING)
    assert check(over, kettle, text("Kettle", 110, 118, of="a")).readable
    # ... drawn under it, that is: an opaque arrow drawn after the circle hides it.
    assert only(check(kettle, over, text("Kettle", 110, 118, of="a")), FURNITURE) == [
        'furniture: an accelerator at (105, 130) over the capability "Kettle"'
    ]


def test_furniture_over_labels_symbols_and_axes() -> None:
    note = text("A long note on the map", 100, 104, role="note")
    found = check(note, text("Kettle", 120, 104))
    assert found.counts[FURNITURE] == 1 and found.counts[TEXT_OVERLAP] == 1
    assert 'furniture: note "A long note on the map" over label "Kettle"' in found.findings
    axis = Line("axis", "axis", 40, 280, 40, 20, INK)
    title = text("Tea shop", 30, 30, role="title")
    assert only(check(axis, title), FURNITURE) == ['furniture: title "Tea shop" over an axis']
    assert check(axis, text("Tea shop", 50, 30, role="title")).readable


def test_a_components_name_under_the_evolution_axis_is_furniture_out_of_place() -> None:
    # Between "Genesis" and "Custom-Built", under the axis, a name reads as a stage's.
    axis = Line("axis", "axis", 40, 250, 390, 250, INK)
    stages = (
        text("Genesis", 90, 268, "stage-label"),
        text("Custom-Built", 260, 268, "stage-label"),
    )
    gateway = circle("a", 180, 250)
    under = text("Payments Gateway", 150, 268, of="a")
    assert only(check(axis, *stages, gateway, under), FURNITURE) == [
        'furniture: label "Payments Gateway" under the evolution axis'
    ]
    assert check(axis, *stages, gateway, replace(under, y=240)).readable
    # Struck through by the axis, it reaches under it too.
    assert check(axis, *stages, gateway, replace(under, y=254)).counts[FURNITURE] == 1
    # The value chain's axis is no such row, nor is a stage's name a component's.
    assert check(Line("axis", "axis", 40, 250, 40, 20, INK), gateway, under).readable
    assert check(axis, *stages).readable


def test_the_annotations_box_holds_its_own_text_and_nothing_else() -> None:
    box = Rect("ann", "annotations", 200, 20, 150, 40, Style(fill="#fff", stroke="#000"))
    heading = text("Annotations", 208, 36, role="annotations-title")
    lines = text("1. Kettles boil", 208, 50, role="annotations-text")
    assert check(box, heading, lines).readable
    found = check(box, heading, lines, circle("a", 300, 55))
    assert only(found, FURNITURE) == [
        "furniture: the annotations box over a capability at (300, 55)"
    ]
    # A note over the box's text is over the box: one fault of furniture, not two.
    found = check(box, heading, lines, text("Note", 210, 50, role="note"))
    assert found.counts[FURNITURE] == 1 and found.counts[TEXT_OVERLAP] == 1
    assert 'furniture: note "Note" over the annotations box' in found.findings


def test_the_annotations_box_over_a_line_cuts_it() -> None:
    # The box is opaque: a link under it shows as two stubs that join nothing.
    box = Rect("ann", "annotations", 200, 20, 150, 40, Style(fill="#fff", stroke="#000"))
    found = check(box, line(180, 80, 380, 10))
    assert only(found, FURNITURE) == [
        "furniture: the annotations box over the link (180, 80)–(380, 10)"
    ]
    assert check(box, line(180, 80, 380, 70)).readable


def test_a_user_figure_is_a_symbol() -> None:
    body = PathShape("u", "user", "M92.20,109.75 Q100.00,95.45 107.80,109.75", INK)
    found = check(body, text("Customer", 95, 106))
    assert only(found, TEXT_OVER_SYMBOL) == [
        'text-over-symbol: label "Customer" over a user at (100, 103)'
    ]
    assert check(body, text("Customer", 124, 104, role="user-label", of="u")).readable


# ---- totals --------------------------------------------------------------------------------------
def test_totals_count_maps_and_instances() -> None:
    clean = check()
    faulty = check(text("Kettle", 100, 100), text("Power", 120, 105), text("Tea", 390, 100))
    total = totals([clean, faulty, faulty, None])
    assert (total.maps, total.refused, total.readable) == (4, 1, 1)
    assert total.faults[TEXT_OVERLAP] == (2, 2)
    assert total.faults[CUT_OFF] == (2, 2)
    assert total.faults[MISATTRIBUTED] == (0, 0)
    assert Totals.from_json(json.loads(json.dumps(total.to_json()))) == total
    better = totals([clean, faulty, clean, None])
    assert total.worse_than(total) == [] and not total.better_than(total)
    assert better.better_than(total) and better.worse_than(total) == []
    assert total.worse_than(better) == [
        "readable: 1 maps, the baseline 2",
        "text-overlap: 2 maps, the baseline 1",
        "text-overlap: 2 instances, the baseline 1",
        "cut-off: 2 maps, the baseline 1",
        "cut-off: 2 instances, the baseline 1",
    ]


# ---- the layout's scenes -------------------------------------------------------------------------
@pytest.mark.parametrize("theme", ["plain", "wardley", "book"])
def test_text_boxes_are_the_fonts_real_extent(theme: str) -> None:
    """The layout places labels by their boxes: each must be where the font's ascent, descent
    and advance widths put the glyphs (to a hundredth of the font's size)."""
    scene = wardley.layout(wardley.load(ROOT / "gallery" / "feature-tour.wm"), theme=theme)
    boxed = [s for s in scene.shapes if isinstance(s, Text) and s.box is not None]
    assert len(boxed) > 30
    for shape in boxed:
        assert shape.box is not None
        real = text_extent(shape)
        for got, want in zip(
            (shape.box.x, shape.box.y, shape.box.right, shape.box.bottom),
            (real.x, real.y, real.right, real.bottom),
            strict=True,
        ):
            assert abs(got - want) <= shape.size / 100, (shape.lines, shape.box, real)


@pytest.mark.parametrize("theme", ["plain", "wardley", "book"])
def test_every_component_label_names_its_symbol(theme: str) -> None:
    map_ = wardley.load(ROOT / "gallery" / "feature-tour.wm")
    scene = wardley.layout(map_, theme=theme)
    shapes = {shape.id: shape for shape in scene.shapes}
    labels = [s for s in scene.shapes if isinstance(s, Text) and s.role.endswith("label")]
    named = {" ".join(t.lines): shapes[t.of] for t in labels if t.of is not None}
    for component in map_.components:
        if theme == "wardley" and component.kind.value == "user":
            continue  # an anchor: its bold name is its symbol
        symbol = named[component.name]
        assert isinstance(symbol, Circle | Rect | PathShape)
        assert symbol.role in {"user", "need", "capability", "ecosystem"} or symbol.role.startswith(
            "method-"
        ), symbol


def test_a_diff_labels_its_removed_components() -> None:
    old = wardley.parse("component Kettle [0.5, 0.5]\ncomponent Power [0.2, 0.7]")
    new = wardley.parse("component Kettle [0.5, 0.5]")
    scene = diff_layout(old, new)
    [removed] = [s for s in scene.shapes if isinstance(s, Text) and s.role == "removed-label"]
    assert [s.role for s in scene.shapes if s.id == removed.of] == ["removed"]


@needs_corpus
def test_the_corpus_is_no_less_readable_than_its_baseline() -> None:
    reports = []
    for path in corpus_paths():
        try:
            reports.append(readability(wardley.layout(wardley.load(path))))
        except wardley.MapError:
            reports.append(None)
    now = totals(reports)
    baseline = Totals.from_json(json.loads(BASELINE.read_text(encoding="utf-8"))["corpus"])
    record = "python benchmarks/readability.py --record"
    worse = now.worse_than(baseline)
    assert not worse, (
        "the corpus's drawings are less readable than the recorded baseline:\n  "
        + "\n  ".join(worse)
        + f"\n(`python benchmarks/readability.py --verbose` names each fault. When figures get"
        f" better, record them with `{record}`, so that they stay better.)"
    )
    if now.better_than(baseline):
        warnings.warn(
            f"the corpus is more readable than its baseline: run `{record}`", stacklevel=1
        )


def test_the_report_counts_maps_that_do_not_load(tmp_path: Path) -> None:
    bad = tmp_path / "bad.owm"
    bad.write_text("component Kettle [0.5,\n", encoding="utf-8")
    good = ROOT / "gallery" / "tea-shop.wm"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--json", str(bad), str(good)],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(done.stdout)["maps"]
    assert report["totals"]["maps"] == 2 and report["totals"]["refused"] == 1
    assert "E001" in report["maps"][str(bad)]["refused"]
    assert set(report["maps"][str(good)]["counts"]) == set(KINDS)
