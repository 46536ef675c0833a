"""Extreme numbers and crowded maps: whatever ``check`` accepts renders, at a normal map's cost.

A coordinate far outside the map, a huge ``size``, ``auto`` where a number is needed, a name of
a hundred thousand characters or thousands of components on one spot must each end in a
picture or a located error, never in a crash, a hang or gigabytes of memory. Costs are asserted
through what the renderer builds (grid cells, pairs looked at), never through timings.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wardley
from wardley.cli import main
from wardley.compose import Composer, frame_for
from wardley.geometry import labels, placement
from wardley.scene import Circle, Line, Path
from wardley.themes import get_theme

from .grammar_strategy import EXPLICIT


def _composer(text: str, theme: str = "plain") -> Composer:
    map_ = wardley.parse(text)
    resolved = get_theme(theme)
    composer = Composer(map_, resolved, "both", frame_for(map_, resolved, None, None))
    composer.compose()
    return composer


def _error(text: str) -> wardley.Diagnostic:
    """The first error in ``text``."""
    with pytest.raises(wardley.MapError) as caught:
        wardley.parse(text)
    return caught.value.errors[0]


def _render(text: str, *args: str) -> tuple[int, str]:
    """``wardley render - -f svg`` on ``text``: the exit code and what it printed."""
    result = CliRunner().invoke(main, ["render", "-", "-f", "svg", *args], input=text)
    return result.exit_code, result.output


# ---- coordinates far outside the map ---------------------------------------------------------------
def test_a_far_coordinate_is_drawn_just_off_the_grid_with_a_located_warning() -> None:
    text = "user A [1000, 0.5]\nneed B\nA -> B\n"
    (warning,) = [d for d in wardley.check(wardley.parse(text)) if d.code == "W106"]
    assert (warning.line, warning.column) == (1, 9)
    assert "far outside 0..1" in warning.message and "at 2" in warning.message
    composer = _composer(text)
    frame = composer.frame
    user_x, user_y = composer.points["a"]
    assert user_x == frame.x(0.5) and user_y > frame.y(2) - 30  # at the edge, not 1000 maps up
    # The link to it is bucketed over a few screens of cells, not a thousand.
    assert len(composer.obstacles.segments) < 200


def test_the_largest_finite_coordinates_render() -> None:
    text = "user A [1e308, 1e308]\nneed B [-1e308, -1e308]\nA -> B\n"
    svg = wardley.to_svg(wardley.parse(text))
    assert "nan" not in svg.lower() and "inf" not in svg.lower()
    assert _render(text)[0] == 0


def test_slightly_outside_coordinates_are_drawn_where_written() -> None:
    composer = _composer("component A [1.05, -0.02]\n")
    frame = composer.frame
    assert composer.points["a"] == (frame.x(-0.02), frame.y(1.05))


def test_a_symbol_at_a_corner_of_the_plot_leaves_the_axis_arrowhead_showing() -> None:
    # A user at [1, 0] sits on the tip of the value chain's arrow, a component at [0, 1] on the
    # evolution's: each axis runs on past it, its arrowhead (8 px) clear of every symbol.
    text = "user Top Left User [1.0, 0.0]\ncomponent Bottom Right [0.0, 1.0]\n"
    scene = wardley.layout(wardley.parse(text), theme="plain")
    symbols = []
    for shape in scene.shapes:
        if isinstance(shape, Circle) and shape.role in ("user", "capability"):
            symbols.append(
                (shape.cx - shape.r, shape.cy - shape.r, shape.cx + shape.r, shape.cy + shape.r)
            )
        elif isinstance(shape, Path) and shape.role == "user":
            numbers = [float(n) for n in re.findall(r"-?[0-9.]+", shape.d)]
            xs, ys = numbers[0::2], numbers[1::2]
            symbols.append((min(xs), min(ys), max(xs), max(ys)))
    assert len(symbols) >= 3
    axes = [s for s in scene.shapes if isinstance(s, Line) and s.role == "axis" and s.arrow]
    assert len(axes) == 2
    for axis in axes:
        if axis.x1 == axis.x2:  # up
            head = (axis.x2 - 4, axis.y2, axis.x2 + 4, axis.y2 + 8)
        else:
            head = (axis.x2 - 8, axis.y2 - 4, axis.x2, axis.y2 + 4)
        for left, top, right, bottom in symbols:
            clear = right <= head[0] or left >= head[2] or bottom <= head[1] or top >= head[3]
            assert clear, (axis, (left, top, right, bottom))


def test_every_kind_of_far_position_is_drawn_within_reach() -> None:
    text = "\n".join(
        [
            "component A [0.5, 0.5] label [1e9, -1e9]",
            "component B [0.4, 0.4] evolve 1e300",
            "evolve A 1000",
            "pipeline A [-1000, 1000]",
            "note far [1e9, 1e9]",
            "annotation 1 [1e9, -1e9] far",
            "annotations [-1e9, 1e9]",
            "accelerator X [1e9, 1e9]",
            "pioneers [1e9, -1e9, 1e9, 1e9]",
            "platformTeam T [-1e9, -1e9, 1e9, 1e9]",
        ]
    )
    composer = _composer(text)
    frame = composer.frame
    reach = 3 * max(frame.width, frame.height)
    for shape in (s for layer in composer.shapes.values() for s in layer):
        for name in ("x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "width", "height"):
            value = getattr(shape, name, 0.0)
            # Only the author's pixel offset of a label is honoured as written.
            if shape.role != "label":
                assert abs(value) < reach, (shape.role, name, value)
    # A pipeline band from -1000 to 1000 is three screens wide in the label grid, no more.
    assert len(composer.obstacles.boxes) < 5000


def test_an_inline_evolve_far_off_is_warned_about() -> None:
    map_ = wardley.parse("component B [0.4, 0.4] evolve 1e300\n")
    (warning,) = wardley.check(map_)
    assert (warning.code, warning.line, warning.column) == ("W106", 1, 31)


# ---- auto where a number is needed -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("size [auto, 0.5]", 7),
        ("component K [0.5, 0.5]\npipeline K [auto, 0.8]", 13),
        ("pioneers [auto, 0.5, 1, 0.5]", 11),
        ("annotation 1 [auto, 0.5] x", 15),
        ("annotation 1 [[0.1, 0.2], [0.5, auto]] x", 33),
        ("annotations [0.5, auto]", 19),
        ("component A [0.5, 0.5] label [auto, 3]", 31),
        ("accelerator A [auto, 0.5]", 16),
        ("platformTeam T [0.1, 0.2, auto, 0.4]", 27),
        ("component A [0.5, 0.5]\nevolve A [auto]", 11),
    ],
)
def test_auto_where_a_number_is_needed_is_a_located_error(text: str, column: int) -> None:
    error = _error(text)
    line = text.count("\n") + 1
    assert (error.code, error.line, error.column) == ("E011", line, column)
    assert "auto" in error.message and error.hint
    code, output = _render(text)
    assert code == 1 and f":{line}:{column}: error:" in output


def test_auto_still_places_a_component() -> None:
    map_ = wardley.parse("component A [auto, 0.6]\ncomponent B [0.3, auto]\n")
    assert not wardley.check(map_)
    wardley.to_svg(map_)


# ---- picture size ----------------------------------------------------------------------------------
@pytest.mark.parametrize("size", ["1e9, 1e9", "30000, 800", "800, 20001"])
def test_a_size_over_the_picture_limit_is_a_located_error(size: str) -> None:
    text = f"size [{size}]\ncomponent A [0.5, 0.5]\n"
    error = _error(text)
    big = next(n for n in size.split(", ") if float(n) > 20_000)
    assert (error.code, error.line, error.column) == ("E008", 1, text.index(big) + 1)
    assert "20,000" in error.message
    code, output = _render(text)
    assert code == 1 and "error:" in output


def test_the_largest_size_is_accepted() -> None:
    map_ = wardley.parse("size [20000, 800]\ncomponent A [0.5, 0.5]\n")
    assert map_.size == (20_000, 800)


@pytest.mark.parametrize("theme", ["plain", "book"])
def test_a_size_too_small_for_the_margins_still_has_a_plot(theme: str) -> None:
    # The title and the axes' margins used to leave a plot 0 pixels high: a division by zero.
    text = "title T\nsize [150, 110]\ncomponent A\ncomponent B [0.5]\nA -> B\n"
    map_ = wardley.parse(text)
    frame = frame_for(map_, get_theme(theme), None, None)
    assert frame.plot_width > 0 and frame.plot_height > 0
    wardley.to_svg(map_, theme=theme)
    wardley.to_svg(map_, width=50)


# ---- long text and crowds --------------------------------------------------------------------------
def test_a_very_long_name_costs_only_the_grid_cells_of_the_picture() -> None:
    composer = _composer("component " + "x" * 9_900 + " [0.5, 0.5]\n")
    window = composer.obstacles.window
    assert window is not None
    cells = (window.width // labels.CELL + 2) * (window.height // labels.CELL + 2)
    assert len(composer.obstacles.boxes) <= cells


def test_each_annotation_place_counts_towards_the_drawn_limit() -> None:
    # One line of 80,000 places took 17 s and 570 MB to draw; each place is a drawn marker.
    places = ", ".join("[0.5, 0.5]" for _ in range(30))
    text = f"component A [0.1, 0.1]\nannotation 1 [{places}] many\n"
    with pytest.raises(wardley.MapError) as caught:
        wardley.api.parse(text, limits=wardley.api.Limits(max_components=20))
    [error] = caught.value.errors
    assert (error.code, error.line) == ("E018", 2)
    assert len(wardley.parse(text).annotations[0].places) == 30


def test_components_on_one_spot_fill_a_label_cell_only_so_far() -> None:
    text = "".join(f"component C{i} [0.5, 0.5]\n" for i in range(300))
    composer = _composer(text)
    obstacles = composer.obstacles
    for grid in (obstacles.boxes, obstacles.circles):
        assert max(len(items) for items in grid.values()) <= labels.CELL_CAPACITY


def test_a_crowd_on_one_spot_is_pushed_apart_by_a_few_neighbours_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(placement, "CROWD", 8)
    pairs: list[int] = []
    share = placement._share
    monkeypatch.setattr(placement, "_share", lambda *a: pairs.append(1) or share(*a))
    count = 120
    map_ = wardley.parse("".join(f"component C{i} [0.5, product]\n" for i in range(count)))
    places = placement.place(map_)
    assert len(pairs) <= count * 8 * placement.ITERATIONS
    assert len({round(p.evolution, 3) for p in places.values()}) > count // 2  # spread out


# ---- whatever check accepts, every renderer draws ----------------------------------------------------
#: Numbers at and past every edge: zeros, the largest and smallest floats, past them, long ones.
EDGES = [
    "0", "-0", "0.0", "-0.0", "+0.5", ".5", "5.", "1", "2", "-1", "1.05", "-0.02",
    "1.0000000001", "1e308", "-1e308", "1e-320", "-1e-320", "1e309", "-1e309", "1E2",
    "1e9", "-1e9", "20000", "20001", "4294967297", "1" + "0" * 40, "9" * 400,
    "0." + "3" * 300, "1e-5",
]  # fmt: skip
EXTREME_NUMBERS = st.one_of(
    st.sampled_from(EDGES),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.integers(-(10**30), 10**30).map(str),
)

#: Every numeric slot of the grammar (grammar/wardley.lark), one statement each; `#` is a number.
SLOTS = [
    "size [#, #]",
    "component A [#, #]",
    "component B [#, #] label [#, #]",
    "component C [#, product #]",
    "component D [#, #] evolve #",
    "component E [#]",
    "user U [#, #]",
    "market M [#, #]",
    "ecosystem Y [#, #]",
    "submap S [#, #]",
    "evolve A #",
    "evolve B [#] label [#, #]",
    "evolve C->C2 # inertia",
    "evolve D [custom #]",
    "pipeline A [#, #]",
    "pipeline B {\n  P1 [#]\n  component P2 [#, #]\n}",
    "note some text [#, #]",
    "annotation # [#, #] first",
    "annotation 2 [[#, #], [#, #]] second",
    "annotations [#, #]",
    "accelerator X [#, #]",
    "deaccelerator Z [#, #]",
    "pioneers [#, #, #, #]",
    "settlers [#, #, #, #]",
    "townplanners [#, #, #, #]",
    "platformTeam T [#, #, #, #]",
    "overlay O (yellow) {\n  A\n  B [#, #]\n}",
    "U -> A [#]",
    "A +'#'> B",
    "B -> C; #",
    "C +<> D",
    "title #",
]


@st.composite
def extreme_maps(draw: st.DrawFn) -> str:
    lines = draw(st.lists(st.sampled_from(SLOTS), min_size=1, max_size=8))
    text = "\n".join(lines)
    return re.sub("#", lambda _: draw(EXTREME_NUMBERS), text)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(extreme_maps(), st.sampled_from(["both", "current", "future"]))
def test_extreme_numbers_in_every_slot_never_crash_render(text: str, state: str) -> None:
    code, output = _render(text, "--state", state)
    assert code in (0, 1), output
    assert "Traceback" not in output and "internal error" not in output


@cache
def _grammar_lines() -> st.SearchStrategy[str]:
    from hypothesis.extra.lark import from_lark
    from lark import Lark

    from wardley.parser import grammar_text

    grammar = Lark(grammar_text(), parser="lalr", lexer="contextual", maybe_placeholders=False)
    numbers = EXTREME_NUMBERS.map(lambda n: f" {n} ")
    return from_lark(grammar, explicit={**EXPLICIT, "NUMBER": numbers})


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.one_of(
        extreme_maps(),
        st.lists(st.deferred(lambda: _grammar_lines()), min_size=1, max_size=8).map("\n".join),
    ),
    st.integers(0, 9),
)
def test_whatever_check_accepts_every_renderer_draws(text: str, draw_png: int) -> None:
    try:
        map_ = wardley.parse(text)
    except wardley.MapError as error:
        assert error.errors
        return
    assert all(d.severity is wardley.Severity.WARNING for d in wardley.check(map_))
    for state in ("both", "future"):
        for theme in ("plain", "book"):
            wardley.layout(map_, theme=theme, state=state)
            wardley.to_svg(map_, theme=theme, state=state)
    if draw_png == 0:  # a sample, small (a size may be 20,000 pixels): rasterising is slow
        assert wardley.to_png(map_, width=300).startswith(b"\x89PNG")


# ---- lines too long to be a map, and pictures too big to draw ----------------------------------
def test_a_line_over_the_length_limit_is_refused_where_it_passes_the_limit() -> None:
    # A name of 9.9 MB took minutes to draw as PNG; no map a person wrote has such a line.
    limit = wardley.api.LIMITS.max_line_length
    text = "component A [0.5, 0.5]\ncomponent " + "x" * limit + " [0.5, 0.5]\n"
    error = _error(text)
    assert (error.code, error.line, error.column) == ("E015", 2, limit + 1)
    assert "--max-line-length" in (error.hint or "")
    raised = wardley.api.Limits(max_line_length=2 * limit)
    assert len(wardley.api.parse(text, limits=raised).components) == 2


def test_the_line_length_limit_is_raised_on_the_command_line(tmp_path) -> None:
    path = tmp_path / "long.wm"
    path.write_text("note " + "word " * 2_100 + "[0.5, 0.5]\n")
    refused = CliRunner().invoke(main, ["check", str(path)])
    assert refused.exit_code == 1 and "E015" in refused.output
    allowed = CliRunner().invoke(main, ["--max-line-length", "20000", "check", str(path)])
    assert allowed.exit_code == 0, allowed.output


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_a_png_whose_pixels_were_asked_for_past_the_budget_is_refused(tmp_path) -> None:
    path = tmp_path / "map.wm"
    path.write_text("component A [0.5, 0.5]\n")
    out = tmp_path / "big.png"
    result = CliRunner().invoke(
        main, ["render", str(path), str(out), "--width", "20000", "--scale", "20"]
    )
    assert result.exit_code == 1, result.output
    assert "the PNG would be 400,000 × " in result.output and "40 million" in result.output
    assert not out.exists()


def test_a_map_bigger_than_a_png_may_be_is_drawn_smaller_to_fit(tmp_path) -> None:
    # `size [20000, 20000]` to PNG took 47 s and 3.5 GB; a crowded map's canvas grows too.
    from wardley.raster import MAX_PIXELS, PictureTooLarge

    map_ = wardley.parse("size [20000, 20000]\ncomponent A [0.5, 0.5]\n")
    width, height = _png_size(wardley.to_png(map_))
    assert width * height <= MAX_PIXELS and abs(width - height) <= 1 and width > 6_000
    with pytest.raises(PictureTooLarge, match="20,000 × 20,000 pixels"):
        wardley.to_png(map_, width=20_000)
    assert wardley.to_pdf(map_).startswith(b"%PDF")  # vector pages have no pixel budget
    assert _png_size(wardley.to_png(map_, width=800))[0] == 800


def test_a_raised_limit_lasts_one_invocation_only(tmp_path) -> None:
    path = tmp_path / "long.wm"
    path.write_text("note " + "word " * 2_100 + "[0.5, 0.5]\n")
    assert (
        CliRunner().invoke(main, ["--max-line-length", "20000", "check", str(path)]).exit_code == 0
    )
    assert CliRunner().invoke(main, ["check", str(path)]).exit_code == 1


# ---- thousands of warnings at a normal map's cost ------------------------------------------------
def test_did_you_mean_stops_searching_once_its_budget_is_spent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 8,000 undeclared names against 2,000 declared ones made 16 million comparisons (98 s).
    from wardley import lint

    monkeypatch.setattr(lint, "SUGGESTION_BUDGET", 2)
    text = (
        "component Kettle [0.5, 0.5]\ncomponent Power [0.2, 0.2]\nKettel -> Power\nPowr -> Kettle\n"
    )
    hints = [d.hint for d in wardley.check(wardley.parse(text)) if d.code == "W102"]
    assert hints == ["did you mean 'Kettle'?", "declare it: component Powr"]


def test_many_diagnostics_split_their_source_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Printing each of 8,000 warnings split the whole map again: minutes of output.
    from wardley import diagnostics

    text = "component A [0.5, 0.5]\n" + "".join(f"A -> Missing{i}\n" for i in range(50))
    found = wardley.check(wardley.parse(text))
    calls: list[int] = []
    split = diagnostics.split_lines
    monkeypatch.setattr(diagnostics, "split_lines", lambda t: calls.append(1) or split(t))
    diagnostics._source_lines.cache_clear()
    shown = [d.format(text) for d in found]
    assert len(shown) == 50 and "A -> Missing49" in shown[-1]
    assert len(calls) == 1
