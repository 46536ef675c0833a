"""Lines OWM draws are never refused: each gets OWM's meaning, and what OWM reads past is a
located warning, which ``check --strict`` turns into an error. Our own language keeps its errors.

The lines are of the kinds that stopped real maps from rendering (issue 13).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import wardley
from wardley import MapError, Severity
from wardley.cli import main

from .test_cli_edges import _assert_converts_back

DECLARED = "component Power [0.3, 0.4]\ncomponent Motivation [0.7, 0.2]\n"


def _warnings(map_: wardley.Map) -> list[tuple[int, str]]:
    return [(d.line, d.code) for d in wardley.check(map_) if d.severity is Severity.WARNING]


def _cli(*args: str) -> int:
    return CliRunner().invoke(main, list(args)).exit_code


# ---- each refused line kind: its reading, a warning where OWM reads past it -----------------
def test_a_note_whose_text_holds_quotes_and_equals_shows_the_quoted_text_as_owm_does() -> None:
    # OWM's note text ends at the closing quote; the rest up to the position is not shown.
    map_ = wardley.parse('note "OOG" = "Out of game" [0.97, 0.02]')
    [note] = map_.notes
    assert note.text == "OOG"
    assert (note.position.visibility, note.position.evolution) == (0.97, 0.02)
    [warning] = wardley.check(map_)
    assert (warning.code, warning.span.column, warning.span.end_column) == ("W109", 12, 27)


def test_a_note_whose_position_is_written_twice_takes_the_first() -> None:
    map_ = wardley.parse("note Out of scope [0.95, 0.01] [0.5, 0.5]")
    [note] = map_.notes
    assert note.text == "Out of scope"
    assert (note.position.visibility, note.position.evolution) == (0.95, 0.01)
    assert _warnings(map_) == [(1, "W109")]


def test_a_pipeline_with_a_span_and_a_label_keeps_its_span() -> None:
    map_ = wardley.parse(DECLARED + "pipeline Motivation [0.19, 0.7] label [0.19, 0.7]")
    [pipeline] = map_.pipelines
    assert (pipeline.name, pipeline.bounds) == ("Motivation", (0.19, 0.7))
    assert _warnings(map_) == [(3, "W109")]


def test_an_evolve_given_a_whole_position_evolves_to_its_evolution() -> None:
    map_ = wardley.parse(DECLARED + "evolve Power [0.1, 0.89] label [-12, 21]")
    [evolve] = map_.evolves
    assert (evolve.component, evolve.position.evolution) == ("Power", 0.89)
    assert evolve.position.visibility is None  # the evolved copy keeps Power's visibility
    assert evolve.label == (-12, 21)
    assert _warnings(map_) == [(3, "W109")]


def test_an_evolve_with_a_second_position_takes_the_first() -> None:
    map_ = wardley.parse(DECLARED + "evolve Power 0.8 [0.9]")
    [evolve] = map_.evolves
    assert (evolve.component, evolve.position.evolution) == ("Power", 0.8)
    assert _warnings(map_) == [(3, "W109")]


def test_a_component_name_may_hold_brackets_closing_up_to_its_position() -> None:
    # OWM takes everything up to ` [` as the name.
    map_ = wardley.parse("component x]]>y [0.5, 0.5]\ncomponent ]]> [0.4, 0.4]")
    assert [c.name for c in map_.components] == ["x]]>y", "]]>"]
    assert (map_.components[0].position.visibility, map_.components[0].position.evolution) == (
        0.5,
        0.5,
    )
    assert _warnings(map_) == []


@pytest.mark.parametrize(
    "line", ["y-axis ->->Value Chain", "Kettle ->", "-> Kettle", "Kettle -> -> Power"]
)
def test_a_link_with_an_empty_end_is_ignored_with_a_warning_and_kept_as_a_comment(
    line: str,
) -> None:
    map_ = wardley.parse(DECLARED + line)
    assert map_.links == ()
    assert [d.code for d in map_.diagnostics] == ["W120"]
    assert "// " + line in [c.text for c in map_.comments]
    assert "// " + line in wardley.format(map_)


def test_an_evolution_axis_of_three_stages_leaves_the_fourth_blank_as_owm_does() -> None:
    # OWM's parser keeps the names it is given, the fourth undefined, and its app draws them
    # (a blank fourth label); the line was ignored here, with OWM's usual stages drawn.
    map_ = wardley.parse("evolution Uncharted -> Emerging -> Good\ncomponent A [0.5, 0.5]")
    assert map_.evolution_labels == ("Uncharted", "Emerging", "Good", "")
    [warning] = map_.diagnostics
    assert (warning.code, warning.line) == ("W124", 1)
    assert "stage 4 has a blank label" in warning.message
    again = wardley.parse(wardley.format(map_))
    assert again.evolution_labels == map_.evolution_labels
    # Two stages: the last two are blank; one (no arrow at all, which was refused): three.
    assert wardley.parse("evolution One->Two").evolution_labels == ("One", "Two", "", "")
    map_ = wardley.parse("evolution Pioneering work")
    assert map_.evolution_labels == ("Pioneering work", "", "", "")
    assert "stages 2, 3, 4 have blank labels" in map_.diagnostics[0].message


def test_an_evolution_axis_of_five_stages_keeps_the_first_four_as_owm_does() -> None:
    map_ = wardley.parse("evolution A->B->C->D->E->F\ncomponent X [0.5, 0.5]")
    assert map_.evolution_labels == ("A", "B", "C", "D")
    [warning] = map_.diagnostics
    assert warning.code == "W124" and "E, F" in warning.message
    # fmt keeps the names left out, in a comment.
    assert "// evolution A->B->C->D->E->F" in wardley.format(map_)
    # The first evolution line counts, whatever its stages, as in OWM.
    later = wardley.parse("evolution A->B->C\nevolution P->Q->R->S")
    assert later.evolution_labels == ("A", "B", "C", "")
    assert _warnings(later) == [(1, "W124"), (2, "W112")]


def test_an_annotation_place_with_a_doubled_comma_or_a_stray_bracket_is_read_as_owm_does() -> None:
    map_ = wardley.parse(
        "annotation 2 [0.53,, 0.79] doubled\nannotation 1 [0.27, 0.84]] stray\n"
        "annotation 3 [[0.2, 0.3],[0.4,, 0.5]] ] both\n"
    )
    assert [
        (a.text, [(p.visibility, p.evolution) for p in a.places]) for a in map_.annotations
    ] == [
        ("doubled", [(0.53, 0.1)]),
        ("stray", [(0.27, 0.84)]),
        ("both", [(0.2, 0.3), (0.4, 0.1)]),
    ]
    found = [d for d in wardley.check(map_) if d.severity is Severity.WARNING]
    assert [(d.line, d.code, d.hint) for d in found] == [
        (1, "W109", "write [0.53, 0.79]"),
        (2, "W109", "write annotation 1 [0.27, 0.84] stray"),
        (3, "W109", "write [0.4, 0.5]"),
        (3, "W109", "write annotation 3 [[0.2, 0.3],[0.4,, 0.5]] both"),
    ]


def test_text_stuck_to_an_evolves_target_is_read_past_as_owm_does() -> None:
    map_ = wardley.parse(
        "component Feedback [0.5, 0.5]\ncomponent Component 2 [0.4, 0.4]\n"
        "evolve Feedback 0.68\u2013\nevolve Component 2 0.9\u00df label [1, 2]\n"
        'evolve "Feedback" 0.6x\n'
    )
    assert [(e.component, e.position.evolution) for e in map_.evolves] == [
        ("Feedback", 0.68),
        ("Component 2", 0.9),
        ("Feedback", 0.85),  # after a quoted name OWM reads a number alone, or none
    ]
    found = [d for d in wardley.check(map_) if d.severity is Severity.WARNING]
    assert [(d.line, d.code, d.hint) for d in found] == [
        (3, "W109", "write evolve Feedback 0.68"),
        (4, "W109", "write evolve Component 2 0.9 label [1, 2]"),
        (5, "W116", "write evolve Feedback 0.8 or evolve Feedback [commodity]"),
        (5, "W109", 'write evolve "Feedback" 0.6'),
    ]


def test_an_annotation_number_with_a_fraction_is_read_as_its_whole_part() -> None:
    map_ = wardley.parse("annotation 2.7 [0.5, 0.5] almost three")
    [annotation] = map_.annotations
    assert (annotation.number, annotation.text) == (2, "almost three")
    assert _warnings(map_) == [(1, "W109")]


@pytest.mark.parametrize(
    "line",
    [
        "accelerator X [0.1, 0.8] label [1, 2]",
        "deaccelerator X [0.1, 0.8] [0.3, 0.3]",
        "pioneers [0.1, 0.8, 0.3, 0.9] 100 200",
        "size [1100, 800] px",
        "annotations [0.1, 0.8] legend",
        "url docs [https://x.org/docs] words",
    ],
)
def test_words_after_a_statements_position_are_read_past_as_owm_does(line: str) -> None:
    map_ = wardley.parse(line)
    assert _warnings(map_) == [(1, "W109")]
    read = (
        [(a.position.visibility, a.position.evolution) for a in map_.accelerators]
        + [a.corners[:2] for a in map_.attitudes]
        + ([map_.size] if map_.size else [])
        + [(p.visibility, p.evolution) for p in [map_.annotations_position] if p]
        + [(u.name, u.address) for u in map_.urls]
    )
    assert read in ([(0.1, 0.8)], [(1100, 800)], [("docs", "https://x.org/docs")])


def test_a_style_with_more_words_is_an_unknown_style_as_in_owm() -> None:
    map_ = wardley.parse("style wardley extra")
    assert map_.style == "wardley extra"
    assert _warnings(map_) == [(1, "W114")]


def test_a_note_without_text_is_ignored_with_a_warning() -> None:
    map_ = wardley.parse("note [0.3, 0.3]")
    assert map_.notes == ()
    assert _warnings(map_) == [(1, "W113")]
    assert "// note [0.3, 0.3]" in wardley.format(map_)
    # A text in brackets is a text, not a decorator (a corpus map has `note (subordinate) [..]`).
    [note] = wardley.parse("note (subordinate) [0.89, 0.73]").notes
    assert note.text == "(subordinate)"


def test_a_doubled_bracket_is_no_position_with_a_warning_and_the_fix() -> None:
    map_ = wardley.parse(DECLARED + "component C [[0.3, 0.4]] label [[5, 6]]")
    [c] = [c for c in map_.components if c.name == "C"]
    assert c.position.visibility is None and c.label is None
    found = [d for d in wardley.check(map_) if d.code == "W109"]
    assert [(d.span.column, d.hint) for d in found] == [
        (13, "write one pair of brackets: [0.3, 0.4]"),
        (32, "write one pair of brackets: [5, 6]"),
    ]


def test_an_evolve_with_a_doubled_bracket_evolves_nothing_as_in_owm() -> None:
    # OWM evolves a component named "Power [[0.8]]", which does not exist.
    map_ = wardley.parse(DECLARED + "evolve Power [[0.8]]")
    assert map_.evolves == () and _warnings(map_) == [(3, "W109")]


@pytest.mark.parametrize(
    ("line", "corners"),
    [
        ("settlers [[0.1, 0.2, 0.3, 0.4]]", (0.9, 0.1, 0.8, 0.2)),
        ("settlers here", (0.9, 0.1, 0.8, 0.2)),
        ("settlers here [0.1, 0.2, 0.3, 0.4]", (0.1, 0.2, 0.3, 0.4)),
    ],
)
def test_an_attitude_takes_its_first_bracket_or_owms_default_area(
    line: str, corners: tuple[float, ...]
) -> None:
    [attitude] = wardley.parse(line).attitudes
    assert attitude.corners == corners


def test_a_bare_attitude_keyword_is_ignored_with_a_warning() -> None:
    map_ = wardley.parse("pioneers")
    assert map_.attitudes == () and _warnings(map_) == [(1, "W113")]


def test_a_later_size_without_a_value_puts_owms_default_back() -> None:
    # OWM reads the last `size` line; one it cannot read is its default size.
    map_ = wardley.parse("size [1100, 800]\nsize x")
    assert map_.size is None
    assert sorted(_warnings(map_)) == [(1, "W112"), (2, "W109")]
    assert wardley.parse("size x [900, 700]").size == (900, 700)


def test_numbers_past_those_a_statement_takes_are_ignored_as_in_owm() -> None:
    # ArcKit writes pipelines so; OWM draws the span of the first two numbers.
    map_ = wardley.parse(DECLARED + "pipeline Power [0.30, 0.55, 0.10]")
    [pipeline] = map_.pipelines
    assert pipeline.bounds == (0.30, 0.55)
    [warning] = wardley.check(map_)
    assert (warning.code, warning.span.column, warning.span.end_column) == ("W109", 29, 33)
    [c] = wardley.parse("component A [0.5, 0.4, 0.3]").components
    assert (c.position.visibility, c.position.evolution) == (0.5, 0.4)


def test_numbers_written_without_spaces_are_still_numbers_and_decimal_commas_a_mistake() -> None:
    [c] = wardley.parse("component b [0.27,0.08, 1]").components
    assert (c.position.visibility, c.position.evolution) == (0.27, 0.08)
    with pytest.raises(MapError) as caught:
        wardley.parse("component C [0,5, 0,6]")
    [error] = caught.value.errors
    assert error.code == "E011" and error.hint == "a decimal takes a point, not a comma: [0.5, 0.6]"


def test_an_axis_label_written_as_a_link_is_ignored_with_one_warning() -> None:
    map_ = wardley.parse("y-axis Visibility to user->Less Visible->More Visible")
    assert map_.links == ()
    assert _warnings(map_) == [(1, "W120")]


def test_a_run_of_stray_words_is_one_warning() -> None:
    map_ = wardley.parse(DECLARED + "evolve Power 0.72 label Commoditizing fast")
    [warning] = wardley.check(map_)
    assert warning.code == "W109" and "'label Commoditizing fast'" in warning.message


def test_of_several_decorators_the_first_counts_as_in_owm() -> None:
    [c] = wardley.parse("component A [0.5, 0.5] (inertia) (build)").components
    assert c.inertia and c.method is None
    [c] = wardley.parse("component A [0.5, 0.5] (market) (build) inertia").components
    assert c.market and c.method is None and c.inertia


# ---- fmt and convert keep every such line's meaning ---------------------------------------------
ROUND_TRIPS = [
    'note "OOG" = "Out of game" [0.97, 0.02]',
    "note Out of scope [0.95, 0.01] [0.95, 0.01]",
    "pipeline Motivation [0.19, 0.7] label [0.19, 0.7]",
    "evolve Power [0.1, 0.89] label [-12, 21]",
    "evolve Power 0.8 [0.9]",
    "component x]]>y [0.5, 0.5]",
    "Power -> x]]>y",
    "y-axis ->->Value Chain",
    "evolution A -> B -> C",
    "annotation 2.7 [0.5, 0.5] almost three",
    "accelerator X [0.1, 0.8] label [1, 2]",
    "pioneers [0.1, 0.8, 0.3, 0.9] 100 200",
    "size [1100, 800] px",
    "annotations [0.1, 0.8] legend",
    "style wardley extra",
    "note [0.3, 0.3]",
    "component Doubled [[0.4, 0.6]] label [[5, 6]]",
    "note doubled [[0.1, 0.2]]",
    "evolve Power [[0.8]]",
    "settlers [[0.1, 0.2, 0.3, 0.4]]",
    "townplanners here",
    "size x [900, 700]",
    "annotations [[0.1, 0.2]]",
    "component Decorated [0.6, 0.6] (buy) (market) (inertia)",
    "pipeline Power [0.30, 0.55, 0.10]",
    "component Triple [0.5, 0.4, 0.3]",
    "y-axis Visibility to user->Less Visible->More Visible",
    "evolve Motivation 0.72 label Commoditizing fast",
    "Power+'user's fee'>Motivation; it's paid",
    "component Ended [0.5, 0.5] label [1, 2];",
    "component Comma [0.5, 0.4, ] label [3, 4 ,]",
    "component Short [0.4, 0.4] label [5]",
    "pipeline [0.4, 0.6]",
    "evolve [0.8]",
    "pipeline Power->Motivation",
    "anchor Open [0.95, 0.53",
    "component Chips [0.15, 0.6 (buy) label [3, 4",
    "component Cup [0.4, 0.6 (build) label [10, 20]",
    "pipeline Motivation [0.2, 0.8",
    "component Spaced [0.72 0.5] label [10 20]",
    "note spaced [0.5 5]",
    "size [800]",
    "size []",
    "component Inline evolve 0.8 label [1, 2]",
    "component Inert inertia evolve 0.7 (build)",
    "annotation 1 Replace the bespoke case system",
    "annotation 2 [0.4, 0.6 never closed",
    "annotation 3 before its place [0.4, 0.6] after",
    "annotation 4 [[0.4 0.5],[0.6, 0.7]] spaced",
    "component Tea; Coffee [0.5, 0.5]",
    "Tea; Coffee->Power",
    "url shop [https://example.com/shop",
    "component Leading [,0.5]",
    "component Semicolon [0.72;0.5] label [10; 20]",
    "component Twice [0.5,, 0.6] label [8,, 7]",
    "note twice [0.5, 0.6,, 0.7]",
    "anchor Opened [[0.9, 0.5] label [[1, 2]",
    "url bare [",
    "url nothing []",
    "townplanners [0.5]",
    "pioneers [0.5 0.5]",
    "settlers [0.5, 0.5]",
    "component Hex [0x1, 2] label [10px, 20px]",
    "component Cut [0.5, // 0.6]",
    "component Cut2 [0.5, 0.6 // x] label [1, // 2]",
    "evolve Power 0.89 soon",
    "Power->Motivation ->",
    "evolve Power->->Grid Power 0.9",
    "annotation 5 [0.53,, 0.79] doubled",
    "annotation 6 [0.27, 0.84]] stray",
    "annotation 7 [[0.2, 0.3],[0.4,, 0.5]]] both",
    "evolve Power 0.68\u2013",
    "evolve Motivation 0.9\u00df label [1, 2]",
    'evolve "Power" 0.6x',
]


@pytest.mark.parametrize("line", ROUND_TRIPS)
def test_fmt_and_convert_keep_the_meaning(line: str) -> None:
    map_ = wardley.parse(DECLARED + "component x]]>y [0.2, 0.2]\n" + line)
    _assert_converts_back(map_)
    again = wardley.parse(wardley.format(map_))
    assert not wardley.diff(map_, again)
    assert len(again.comments) == len(map_.comments)  # an ignored line stays, as a comment


# ---- the command line: warnings by default, errors with --strict --------------------------------
def test_the_refused_lines_render_and_strict_refuses_what_owm_reads_past(tmp_path: Path) -> None:
    path = tmp_path / "owm.wm"
    path.write_text(DECLARED + "\n".join(ROUND_TRIPS) + "\n", encoding="utf-8")
    assert _cli("render", str(path), "-o", str(tmp_path)) == 0
    assert (tmp_path / "owm.svg").read_text(encoding="utf-8").startswith("<svg")
    assert _cli("check", str(path)) == 0
    assert _cli("check", "--strict", str(path)) == 1


def test_strict_turns_an_ignored_line_into_an_error(tmp_path: Path) -> None:
    path = tmp_path / "stray.wm"
    path.write_text("component A [0.5, 0.5]\ny-axis ->->Value Chain\n", encoding="utf-8")
    assert _cli("check", str(path)) == 0
    assert _cli("check", "--strict", str(path)) == 1


# ---- our own language and real mistakes stay errors ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "code", "hint"),
    [
        ("compnent X [0.5, 0.5]", "E007", "did you mean 'component'?"),
        ("component A [0.5,", "E001", None),
        ("capability Water [prodcut]", "E009", "did you mean 'product'?"),
        ("capability A [0.5, 0.5, 0.5]", "E011", None),
        ("pipeline A {\ncomponent B [0.5]\n", "E004", None),
        ("}", "E006", None),
    ],
)
def test_real_mistakes_and_our_own_statements_stay_errors(
    text: str, code: str, hint: str | None
) -> None:
    with pytest.raises(MapError) as caught:
        wardley.parse(text)
    [error] = caught.value.errors
    assert error.code == code
    if hint is not None:
        assert error.hint is not None and hint in error.hint


def test_of_two_label_offsets_the_first_counts_as_in_owm() -> None:
    # Found by the differential fuzzer: OWM's parser keeps the first `label [..]`.
    map_ = wardley.parse("component A [0.5, 0.5] label [1, 2] label [3, 4]\n")
    assert map_.components[0].label == (1.0, 2.0)
    [warning] = [d for d in wardley.check(map_) if d.code == "W109"]
    assert (warning.line, warning.column) == (1, 37)
    assert not wardley.diff(map_, wardley.parse(wardley.format(map_)))


def test_of_two_evolution_axes_the_first_counts_as_in_owm() -> None:
    map_ = wardley.parse("evolution a->b->c->d\nevolution e->f->g->h\ncomponent A [0.5, 0.5]\n")
    assert map_.evolution_labels == ("a", "b", "c", "d")
    [warning] = [d for d in wardley.check(map_) if d.code == "W112"]
    assert warning.line == 2 and warning.related[0].span.line == 1
    assert "// evolution e->f->g->h" in wardley.format(map_)


def test_an_accelerator_keeps_its_position_after_stray_text() -> None:
    # Found by the differential fuzzer: OWM reads the bracket after `"x" = "y"`.
    map_ = wardley.parse('accelerator "x" = "y" [0.5, 0.6] more\n')
    [accelerator] = map_.accelerators
    assert (accelerator.name, accelerator.position.visibility) == ("x", 0.5)
    assert accelerator.position.evolution == 0.6
    assert [(d.code, d.column) for d in wardley.check(map_)] == [("W109", 17), ("W109", 34)]


def test_a_flow_label_may_hold_an_apostrophe_as_in_owm() -> None:
    # Found by the OWM oracle: OWM's value runs to the first `'>` (or `'<>`, `'<`), so
    # `+'user's fee'>` is the flow "user's fee"; it used to be no link at all.
    map_ = wardley.parse(
        DECLARED + "Power+'user's fee'>Motivation; it's paid\nPower+'x'>Motivation"
    )
    first, second = map_.links
    assert (first.source, first.target, first.operator) == ("Power", "Motivation", "+>")
    assert (first.flow_label, first.label) == ("user's fee", "it's paid")
    assert second.flow_label == "x"
    assert _warnings(map_) == []
    assert not wardley.diff(map_, wardley.parse(wardley.format(map_)))


def test_a_statement_ending_in_a_semicolon_is_read_and_the_semicolon_warned_about() -> None:
    # Found by the OWM oracle: OWM reads `component A [0.5, 0.5];` past its `;`; it was E001.
    map_ = wardley.parse(
        "component A [0.5, 0.4] label [5, 6];\nanchor U [0.9, 0.5] ;\nevolve A 0.8;\n"
        "pipeline A [0.2, 0.9];;\nsize [800, 600];\nU->A;\n"
    )
    [a] = map_.components[:1]
    assert (a.position.visibility, a.position.evolution, a.label) == (0.5, 0.4, (5.0, 6.0))
    assert map_.evolves[0].position.evolution == 0.8
    assert (map_.pipelines[0].bounds, map_.size) == ((0.2, 0.9), (800, 600))
    warned = [
        (d.line, d.column, d.span.end_column) for d in wardley.check(map_) if d.code == "W109"
    ]
    assert warned == [(1, 36, 37), (2, 21, 22), (3, 13, 14), (4, 22, 24), (5, 16, 17)]
    # A link's `;` opens its label, and members may end with their separator, as before.
    assert map_.links[0].label is None
    block = wardley.parse("component A [0.5, 0.5]\npipeline A {\n  X [0.3]; Y [0.4];\n}\n")
    assert (block.pipelines[0].members, wardley.check(block)) == (("X", "Y"), [])
    with pytest.raises(MapError) as caught:
        wardley.parse("component A [0.5,;")  # a half-written position stays an error
    assert [(e.code, e.column) for e in caught.value.errors] == [("E001", 19)]


def test_a_pipeline_or_evolve_without_a_name_is_ignored_with_a_warning() -> None:
    # Found by the OWM oracle: OWM reads `pipeline [0.4, 0.6]` and `evolve [0.8]` as naming
    # nothing and draws neither; the map was refused (E001). A bare keyword stays an error.
    map_ = wardley.parse(DECLARED + "pipeline [0.4, 0.6]\nevolve [0.8] label [1, 2]\n")
    assert (map_.pipelines, map_.evolves) == ((), ())
    assert _warnings(map_) == [(3, "W113"), (4, "W113")]
    assert "// pipeline [0.4, 0.6]" in wardley.format(map_)
    for bare in ("pipeline", "evolve"):
        with pytest.raises(MapError) as caught:
            wardley.parse(DECLARED + bare)
        assert [e.code for e in caught.value.errors] == ["E001"]


def test_a_label_offset_of_fewer_than_two_numbers_is_ignored_as_in_owm() -> None:
    # Found by the OWM oracle: OWM reads no offset from `label [5]` or `label []` and draws
    # the name in its usual place; the map was refused (E011).
    map_ = wardley.parse(
        "component A [0.5, 0.5] label [5]\ncomponent B [0.4, 0.4] label [] (build)\n"
        "evolve A 0.8 label [3]\n"
    )
    assert [(c.label, c.method) for c in map_.components] == [(None, None), (None, "build")]
    assert map_.evolves[0].label is None
    assert [(d.line, d.code, d.column) for d in wardley.check(map_)] == [
        (1, "W109", 24),
        (2, "W109", 24),
        (3, "W109", 14),
    ]
    with pytest.raises(MapError):
        wardley.parse("component C [0.5, 0.5] label [a, b]")  # words stay a mistake


def test_a_pipeline_line_holding_a_link_operator_is_a_pipeline_as_in_owm() -> None:
    # Found by the OWM oracle: OWM reads `pipeline ops->A` as a pipeline (named `ops->A`, which
    # names nothing, so nothing is drawn); the map was refused (E001).
    map_ = wardley.parse(DECLARED + "pipeline Power->Motivation\npipeline Power [0.2, 0.8] +>x")
    assert [(p.name, p.bounds) for p in map_.pipelines] == [("Power", None), ("Power", (0.2, 0.8))]
    assert map_.links == ()
    assert [(d.line, d.code, d.column) for d in wardley.check(map_)] == [
        (3, "W109", 15),
        (4, "W109", 27),
    ]


def test_a_trailing_comma_in_a_bracket_is_ignored_as_in_owm() -> None:
    # Found by the OWM oracle: OWM reads `[0.5, 0.4, ]` as [0.5, 0.4]; it was E001.
    map_ = wardley.parse(
        "component A [0.5, 0.4, ] label [1, 2 ,]\nsize [800, 600,]\npipeline A [0.2, 0.8,]\n"
    )
    [a] = map_.components
    assert (a.position.visibility, a.position.evolution, a.label) == (0.5, 0.4, (1.0, 2.0))
    assert (map_.size, map_.pipelines[0].bounds) == ((800, 600), (0.2, 0.8))
    assert [(d.line, d.code, d.column) for d in wardley.check(map_)] == [
        (1, "W109", 22),
        (1, "W109", 38),
        (2, "W109", 15),
        (3, "W109", 21),
    ]


def test_a_bracket_never_closed_is_read_as_owm_reads_it() -> None:
    # Found by the OWM oracle (the refusal most common in real maps): with no `]` after it on
    # the line, OWM reads no numbers from the bracket and the options after it still count; a
    # later option's bracket closes it, and OWM reads the numbers before that option.
    map_ = wardley.parse(
        "anchor B [0.95, 0.53\ncomponent Chips [0.15, 0.6 (buy)\n"
        "component Ads [0.7, 0.7 inertia evolve 0.8\n"
        "component Cup [0.4, 0.6 (build) label [10, 20]\nB->Cup\n"
    )
    [anchor] = [c for c in map_.components if c.name == "B"]
    chips, ads, cup = (c for c in map_.components if c.name != "B")
    assert anchor.position.visibility is None and chips.position.visibility is None
    assert (chips.method, ads.inertia, map_.evolves[0].position.evolution) == ("buy", True, 0.8)
    assert (cup.position.visibility, cup.position.evolution) == (0.4, 0.6)
    assert (cup.method, cup.label) == ("build", (10.0, 20.0))
    found = [d for d in wardley.check(map_) if d.code == "W128"]
    assert [(d.line, d.column, d.span.end_column, d.hint) for d in found] == [
        (1, 10, 21, "close the bracket: [0.95, 0.53]"),
        (2, 17, 27, "close the bracket: [0.15, 0.6]"),
        (3, 15, 24, "close the bracket: [0.7, 0.7]"),
        (4, 15, 24, "close the bracket: [0.4, 0.6]"),
    ]
    assert len(map_.links) == 1


def test_numbers_without_a_comma_are_read_as_one_as_in_owm() -> None:
    # Found by the OWM oracle: OWM takes the spaces out of `[0.72 0.5]` and reads 0.720.5 as
    # 0.72, the evolution not given; `label [10 20]` gives no offset. It was E001.
    map_ = wardley.parse(
        "component A [0.72 0.5] label [10 20]\nanchor U [0.9 0.5]\nnote hi [0.5 5]\n"
        "pipeline A\n{\n  component B [0.4 0.5]\n}\n"
    )
    a, u, b = map_.components
    assert (a.position.visibility, a.position.evolution, a.label) == (0.72, None, None)
    assert (u.position.visibility, u.position.evolution) == (0.9, None)
    assert (b.position.evolution, map_.notes[0].position.visibility) == (0.4, 0.55)
    found = [d for d in wardley.check(map_) if d.severity is Severity.WARNING]
    assert [(d.line, d.code, d.column, d.hint) for d in found] == [
        (1, "W109", 13, "write [0.72, 0.5]"),
        (1, "W109", 30, "write [10, 20]"),
        (2, "W109", 10, "write [0.9, 0.5]"),
        (3, "W109", 9, "write [0.5, 5]"),
        (6, "W109", 15, "write [0.4, 0.5]"),
    ]
    # Where OWM's reading depends on the statement, it stays an error that says what to write.
    with pytest.raises(MapError) as caught:
        wardley.parse("component A [0.5, 0.5]\npipeline A [0.2 0.8]\nevolve A [0.8 0.9]")
    assert [(e.code, e.line, e.hint) for e in caught.value.errors] == [
        ("E001", 2, "write [0.2, 0.8]"),
        ("E001", 3, "write [0.8, 0.9]"),
    ]


@pytest.mark.parametrize(
    ("line", "fix"),
    [
        ("anchor B [0,95, 0,53]", "[0.95, 0.53]"),
        ("note hi [0,3, 0.2]", "[0.3, 0.2]"),
        ("component C [0.5, 0.5] label [10,5, 0,4]", "[10.5, 0.4]"),
        ("pipeline C [0,2, 0,8]", "[0.2, 0.8]"),
    ],
)
def test_decimal_commas_stay_an_error_whose_hint_writes_the_points(line: str, fix: str) -> None:
    # OWM reads `[0,95, 0,53]` as visibility 0 and evolution 95: no reading to follow.
    with pytest.raises(MapError) as caught:
        wardley.parse("component C [0.5, 0.5]\n" + line)
    [error] = caught.value.errors
    assert error.code == "E011" and error.hint == f"a decimal takes a point, not a comma: {fix}"


def test_a_comment_never_closed_makes_the_rest_of_the_map_a_comment_as_in_owm() -> None:
    # Found by the OWM oracle: OWM reads the map up to the `/*`; the map was refused (E003).
    text = "component A [0.5, 0.5] /* todo: finish\ncomponent B [0.4, 0.4]\n\nA->B\n"
    map_ = wardley.parse(text)
    assert ([c.name for c in map_.components], map_.links) == (["A"], ())
    [warning] = wardley.check(map_)
    assert (warning.code, warning.line, warning.column, warning.span.end_column) == (
        "W129",
        1,
        24,
        26,
    )
    assert "(3 more lines)" in warning.message
    again = wardley.format(map_)  # the hidden lines stay, in the comment
    assert again.endswith("component B [0.4, 0.4]\n\nA->B\n")
    assert not wardley.diff(map_, wardley.parse(again))


def test_a_size_without_a_height_is_read_as_owm_reads_it() -> None:
    # Found by the OWM oracle: OWM reads `size [800]` as [800, 0], and so keeps its usual
    # picture; the map was refused (E011).
    map_ = wardley.parse("size [800]\ncomponent A [0.5, 0.5]\n")
    assert map_.size == (800, 0)
    [warning] = wardley.check(map_)
    assert (warning.code, warning.column, warning.hint) == (
        "W109",
        6,
        "give the height too, in pixels: size [800, 600]",
    )
    assert wardley.to_svg(map_) == wardley.to_svg(wardley.parse("component A [0.5, 0.5]"))
    # `size []` is no size to OWM: its default, as after `size x`.
    map_ = wardley.parse("size [1100, 800]\nsize []\n")
    assert map_.size is None
    assert sorted(_warnings(map_)) == [(1, "W112"), (2, "W109")]


def test_an_inline_evolve_without_a_position_evolves_the_component_as_in_owm() -> None:
    # Found by the OWM oracle: OWM reads the `evolve 0.8` of `component X evolve 0.8`; we read
    # a component named "X evolve 0.8", which evolved nothing.
    map_ = wardley.parse(
        "component X evolve 0.8\ncomponent Y inertia evolve 0.7 (build)\n"
        "component W evolve 0.6 label [1, 2]\ncomponent Can evolve well [0.4, 0.4]\nX->Y\n"
    )
    assert [(c.name, c.inertia, c.method, c.label) for c in map_.components] == [
        ("X", False, None, None),
        ("Y", True, "build", None),
        ("W", False, None, (1.0, 2.0)),
        ("Can evolve well", False, None, None),
    ]
    assert [(e.component, e.position.evolution) for e in map_.evolves] == [
        ("X", 0.8),
        ("Y", 0.7),
        ("W", 0.6),
    ]
    assert wardley.check(map_) == []


def test_an_annotation_without_a_place_is_ignored_as_in_owm() -> None:
    # Found by the OWM oracle: OWM reads no annotation from `annotation 1 text`; it was E001.
    map_ = wardley.parse(
        "annotation 1 Replace the bespoke case system\nannotation 2\n"
        "annotation 3 [0.4, 0.6 never closed\nannotation 4 [0.4, 0.6] kept\n"
    )
    assert [(a.number, a.text) for a in map_.annotations] == [(4, "kept")]
    assert [(d.line, d.code, d.hint) for d in wardley.check(map_)] == [
        (1, "W109", "give it a place: annotation 1 [0.5, 0.5] text"),
        (2, "W109", "give it a place: annotation 2 [0.5, 0.5] text"),
        (3, "W109", "give it a place: annotation 3 [0.5, 0.5] text"),
    ]
    assert "// annotation 1 Replace the bespoke case system" in wardley.format(map_)
    with pytest.raises(MapError):
        wardley.parse("annotation")  # a bare keyword stays an error


def test_words_before_an_annotations_place_are_read_past_as_in_owm() -> None:
    # Found by the OWM oracle: OWM reads the place of `annotation 1 text [0.4, 0.6]` and the
    # text after it (none here); the annotation was ignored as having no place.
    map_ = wardley.parse(
        "annotation 1 some text [0.4, 0.6]\nannotation 2 see [[0.1, 0.2], [0.3, 0.4]] more\n"
        "annotation 3 text [0.4, 0.6\n"
    )
    assert [(a.number, len(a.places), a.text) for a in map_.annotations] == [
        (1, 1, ""),
        (2, 2, "more"),
    ]
    assert (map_.annotations[0].places[0].visibility, map_.annotations[0].places[0].evolution) == (
        0.4,
        0.6,
    )
    assert [(d.line, d.code, d.column, d.hint) for d in wardley.check(map_)] == [
        (1, "W109", 14, "write it after the place: annotation 1 [0.4, 0.6] some text"),
        (2, "W109", 14, "write it after the place: annotation 2 [[0.1, 0.2], [0.3, 0.4]] more see"),
        (3, "W109", 1, "give it a place: annotation 3 [0.5, 0.5] text"),
    ]


def test_an_annotation_place_without_a_comma_is_read_as_owm_reads_it() -> None:
    # Found by the OWM oracle: `[0.4 0.5]` is 0.4 and OWM's default evolution, 0.1, in a single
    # place or among several; it was E001.
    map_ = wardley.parse("annotation 1 [[0.4 0.5],[0.6, 0.7]] text\nannotation 2 [0.3 0.5]\n")
    places = [[(p.visibility, p.evolution) for p in a.places] for a in map_.annotations]
    assert places == [[(0.4, 0.1), (0.6, 0.7)], [(0.3, 0.1)]]
    assert [(d.line, d.code, d.column, d.hint) for d in wardley.check(map_)] == [
        (1, "W109", 15, "write [0.4, 0.5]"),
        (2, "W109", 14, "write [0.3, 0.5]"),
    ]


def test_a_name_may_hold_a_semicolon_as_in_owm() -> None:
    # Found by the OWM oracle: OWM's name runs to the ` [` (to the `->` in a link), `;` and
    # all; it was E001. A `;` ending a statement stays a warning.
    map_ = wardley.parse(
        "component Tea; Coffee [0.5, 0.5]\ncomponent Cup [0.4, 0.4];\n"
        "Tea; Coffee->Cup\nCup->Tea; Coffee\n"
    )
    assert [c.name for c in map_.components] == ["Tea; Coffee", "Cup"]
    assert [(link.source, link.target) for link in map_.links] == [
        ("Tea; Coffee", "Cup"),
        ("Cup", "Tea"),  # OWM's link ends at the `;`: the rest is its context
    ]
    assert [(d.line, d.code) for d in wardley.check(map_)] == [(2, "W109"), (4, "W102")]
    # In a block on one line, as fmt writes it, `;` separates the members; fmt quotes the name.
    block = wardley.parse("component A [0.5, 0.5]\npipeline A { component B; component C }\n")
    assert [c.name for c in block.components] == ["A", "B", "C"]
    assert 'component "Tea; Coffee" [0.5, 0.5]' in wardley.format(map_)


def test_a_url_whose_bracket_is_never_closed_is_the_rest_of_its_line_as_in_owm() -> None:
    # Found by the OWM oracle: OWM reads the address to the end of the line; it was E001.
    map_ = wardley.parse("submap Shop [0.5, 0.5] url(shop)\nurl shop [https://example.com/shop  \n")
    assert [(u.name, u.address) for u in map_.urls] == [("shop", "https://example.com/shop")]
    [warning] = wardley.check(map_)
    assert (warning.code, warning.line, warning.column, warning.hint) == (
        "W128",
        2,
        11,
        "close the bracket: [https://example.com/shop]",
    )
    # With no address at all, see test_a_url_with_no_address_is_read_as_owm_reads_it.


def test_a_leading_comma_is_a_position_with_no_visibility_as_in_owm() -> None:
    # Found by the OWM oracle: OWM reads `[,0.5]` as no visibility and evolution 0.5; it was
    # E001. Only a position reads it so (the visibility placed for you); elsewhere (a label, a
    # span, a setting) OWM's reading is no value to draw, and it stays an error.
    map_ = wardley.parse("component A [,0.5]\nanchor U [ , 0.4]\nnote n [,0.3]\n")
    assert [(c.position.visibility, c.position.evolution) for c in map_.components] == [
        (None, 0.5),
        (None, 0.4),
    ]
    assert map_.notes[0].position.evolution == 0.3
    assert [(d.line, d.code, d.column, d.hint) for d in wardley.check(map_)] == [
        (1, "W109", 14, "give the visibility first: [0.5, 0.5]"),
        (2, "W109", 12, "give the visibility first: [0.5, 0.4]"),
        (3, "W109", 9, "give the visibility first: [0.5, 0.3]"),
    ]
    for line in ("component A [0.5, 0.5] label [, 5]", "size [,600]", "pipeline A [,0.5]"):
        with pytest.raises(MapError) as caught:
            wardley.parse("component A [0.5, 0.5]\n" + line)
        assert [e.code for e in caught.value.errors] == ["E001"]


@pytest.mark.parametrize(
    ("line", "column", "said"),
    [
        ("note see https://example.com [0.3, 0.3]", 16, "after 'https:'"),
        ("component Docs at http://x.org [0.6, 0.4]", 24, "after 'http:'"),
        ("annotation 1 [0.3, 0.3] mirror on FTP://files.example", 39, "after 'FTP:'"),
        ("anchor Buyers/Sellers//Brokers [0.9, 0.5]", 22, "position [0.9, 0.5] included"),
        ("note either//or [0.4, 0.2]", 12, "position [0.4, 0.2] included"),
    ],
)
def test_a_comment_that_cuts_a_text_short_is_warned_about(
    line: str, column: int, said: str
) -> None:
    # OWM's `//` starts a comment anywhere but on a url line, so an address or a `//` in a text
    # silently eats the rest of the line, position and all: read the same, but said.
    map_ = wardley.parse(line)
    [warning] = wardley.check(map_)
    assert (warning.code, warning.line, warning.column) == ("W130", 1, column)
    assert said in warning.message and "read as a comment" in warning.message
    assert "quoted" in (warning.hint or "")


@pytest.mark.parametrize(
    "line",
    [
        "pipeline TRUST //[0.25, 0.45]",  # a position commented out on purpose (corpus 018)
        "pipeline food // [0.54, 0.76]",
        "component A [0.78, 0.33]// was label [-32, 11]",  # its own position stands (corpus 085)
        "component B [0.5, 0.5] url(b)\nurl b [https://example.com] // the shop",
        '"see https://example.com" -> "x"',  # a quoted name keeps its `//` here
        "// note see https://example.com [0.3, 0.3]",
    ],
)
def test_a_comment_meant_as_one_is_not_warned_about(line: str) -> None:
    map_ = wardley.parse("component x [0.2, 0.2]\n" + line)
    assert "W130" not in [d.code for d in wardley.check(map_)]


def test_a_semicolon_or_a_doubled_comma_in_a_position_is_read_as_owm_reads_it() -> None:
    # Found by mutating corpus maps (fuzz/owm_mutants.py): OWM takes a position's numbers apart
    # at commas only, so `[0.72;0.5]` is 0.72 and `[0.5,, 0.6]` has no second number; as for
    # `[0.72 0.5]`, the evolution not given is placed for you. Each was E001.
    map_ = wardley.parse(
        "component A [0.72;0.5] label [10; 20]\nanchor U [0.9,, 0.5] label [8,, 7]\n"
        "note hi [0.3, 0.4,, 0.7]\n"
    )
    a, u = map_.components
    assert (a.position.visibility, a.position.evolution, a.label) == (0.72, None, None)
    assert (u.position.visibility, u.position.evolution, u.label) == (0.9, None, None)
    assert (map_.notes[0].position.visibility, map_.notes[0].position.evolution) == (0.3, 0.4)
    found = [d for d in wardley.check(map_) if d.severity is Severity.WARNING]
    assert [(d.line, d.code, d.column, d.hint) for d in found] == [
        (1, "W109", 13, "write [0.72, 0.5]"),
        (1, "W109", 30, "write [10, 20]"),
        (2, "W109", 10, "write [0.9, 0.5]"),
        (2, "W109", 28, "write [8, 7]"),
        (3, "W109", 9, "write [0.3, 0.4]"),
    ]
    assert "[0.72;0.5]" in found[0].message and "no evolution" in found[2].message
    # Where OWM's reading depends on the statement, it stays an error that says what to write.
    with pytest.raises(MapError) as caught:
        wardley.parse("component A [0.5, 0.5]\npipeline A [0.2;0.8]\nsize [800,, 600]")
    assert [(e.code, e.line, e.hint) for e in caught.value.errors] == [
        ("E001", 2, "write [0.2, 0.8]"),
        ("E001", 3, "write [800, 600]"),
    ]


def test_a_bracket_opened_twice_is_no_position_as_a_doubled_one() -> None:
    # `[[0.9, 0.5]`: OWM reads nothing before the second `[`, as from `[[0.9, 0.5]]`. Was E001.
    map_ = wardley.parse(
        "anchor U [[0.9, 0.5] label [[1, 2]\ncomponent A [0.5, 0.5]\nevolve A [[0.8]"
    )
    [user, _] = map_.components
    assert (user.position.visibility, user.label, map_.evolves) == (None, None, ())
    assert [d.hint for d in wardley.check(map_)] == [
        "write one pair of brackets: [0.9, 0.5]",
        "write one pair of brackets: [1, 2]",
        "write evolve A 0.8",
    ]


@pytest.mark.parametrize(
    ("line", "corners", "hint"),
    [
        ("townplanners [0.5]", (0.5, 0.1, 0.8, 0.2), "townplanners [0.5, 0.1, 0.8, 0.2]"),
        ("pioneers [0.5 0.5]", (0.5, 0.1, 0.8, 0.2), "pioneers [0.5, 0.1, 0.8, 0.2]"),
        ("settlers [0.5, 0.6]", (0.5, 0.6, 0.8, 0.2), "settlers [0.5, 0.6, 0.8, 0.2]"),
        ("settlers [0.5, 0.6, 0.3]", (0.5, 0.6, 0.3, 0.2), "settlers [0.5, 0.6, 0.3, 0.2]"),
        ("pioneers []", (0.9, 0.1, 0.8, 0.2), "pioneers [0.9, 0.1, 0.8, 0.2]"),
    ],
)
def test_an_area_with_fewer_than_four_corners_takes_owm_s_defaults_for_the_rest(
    line: str, corners: tuple[float, ...], hint: str
) -> None:
    # Found by the OWM oracle: OWM draws `townplanners [0.5]` with its default for each corner
    # not written (0.9, 0.1, 0.8, 0.2); it was E011. The warning says the area drawn.
    map_ = wardley.parse(line)
    assert [a.corners for a in map_.attitudes] == [corners]
    warning = wardley.check(map_)[-1]
    assert (warning.code, warning.hint) == ("W109", f"write all four: {hint}")


def test_a_url_with_no_address_is_read_as_owm_reads_it() -> None:
    # `url x [` (a line being typed) was E001; OWM reads an empty address, which links nowhere.
    map_ = wardley.parse("submap S [0.5, 0.5] url(x)\nurl x [\nurl y []")
    assert [(u.name, u.address) for u in map_.urls] == [("x", ""), ("y", "")]
    found = wardley.check(map_)
    assert [(d.code, d.line, d.hint) for d in found] == [
        ("W115", 2, "write its address: url x [https://…]"),
        ("W115", 3, "write its address: url y [https://…]"),
    ]
    assert "href" not in wardley.to_svg(map_)


@pytest.mark.parametrize(
    ("line", "hint"),
    [
        ("component A [0.5, // 0.6]", "[0.5, 0.6]"),
        ("component A [0.5, 0.6 // was 0.7]", "[0.5, 0.6]"),
        ("anchor A [0.9, 0.5] label [-10, // 20]", "[-10, 20]"),
        ("note A [ // 0.3, 0.4]", "[0.3, 0.4]"),
    ],
)
def test_a_comment_inside_a_bracket_leaves_it_unread_as_in_owm(line: str, hint: str) -> None:
    # OWM's `//` starts a comment inside a bracket too, which is then never closed, and OWM
    # reads no numbers from it. `[0.5, // 0.6]` was E001 (the line ending in ','); the rest
    # was warned about as a bracket never closed, with no word of the `//`.
    map_ = wardley.parse(line)
    item = (map_.components or map_.notes)[0]
    assert item.position.evolution is None if "label" not in line else 0.5
    assert getattr(item, "label", None) is None
    [warning] = wardley.check(map_)
    assert (warning.code, warning.hint) == ("W128", f"close the bracket before the comment: {hint}")
    assert "'//' inside the bracket" in warning.message
    assert [c.text for c in map_.comments] == [line[line.index("//") :]]


def test_a_number_with_more_after_it_is_the_number_it_starts_with_as_in_owm() -> None:
    # OWM reads a bracket's items with JavaScript's parseFloat: `0x1` is 0, `10px` is 10. E001.
    map_ = wardley.parse("component A [0x1, 0.7] label [10px, 20px]\nsize [800px, 600]")
    [a] = map_.components
    assert (a.position.visibility, a.position.evolution, a.label) == (0, 0.7, (10, 20))
    assert map_.size == (800, 600)
    found = wardley.check(map_)
    assert [(d.code, d.column, d.hint) for d in found] == [
        ("W109", 14, "write the number alone: 0, or the one meant"),
        ("W109", 31, "write the number alone: 10, or the one meant"),
        ("W109", 37, "write the number alone: 20, or the one meant"),
        ("W109", 7, "write the number alone: 800, or the one meant"),
    ]


@pytest.mark.parametrize(
    ("line", "bracket", "hint"),
    [
        ("component A [0.9,", "'[0.9,'", "([0.9, …])"),
        ("component A [0.9, 0.5] label [", "'['", "([…])"),
    ],
)
def test_a_bracket_still_being_written_is_an_error_that_says_so(
    line: str, bracket: str, hint: str
) -> None:
    # OWM reads no numbers from it and draws the component at [0.9, 0.1]: a documented
    # deviation, as the line is most likely being typed. The message said "the line ends too
    # early", and the hint listed the parser's terminals.
    with pytest.raises(MapError) as caught:
        wardley.parse(line)
    [error] = caught.value.errors
    assert (error.code, error.message) == ("E001", f"the bracket {bracket} is not finished")
    assert error.hint == f"finish it {hint} or remove it: OWM reads no numbers from it"


def test_an_evolve_with_words_after_its_target_evolves_to_it_as_in_owm() -> None:
    # Found by mutating corpus maps: OWM takes the first decimal as the target; we read the
    # words after it into the name ("Power 0.89 soon"), which named nothing, and evolved to 0.85.
    map_ = wardley.parse(DECLARED + "evolve Power->Grid Power 0.89 soon\nevolve Motivation 0.7 ...")
    assert [(e.component, e.to, e.position.evolution) for e in map_.evolves] == [
        ("Power", "Grid Power", 0.89),
        ("Motivation", None, 0.7),
    ]
    assert [(d.code, d.line, d.column) for d in wardley.check(map_)] == [
        ("W109", 3, 31),
        ("W109", 4, 23),
    ]
    # A name holding a decimal keeps it where a target follows (`Web 2.0 0.6`, as before).
    [evolve] = wardley.parse("component Web 2.0 [0.5, 0.5]\nevolve Web 2.0 0.6 soon").evolves
    assert (evolve.component, evolve.position.evolution) == ("Web 2.0", 0.6)


def test_a_link_ending_in_an_operator_keeps_its_links_as_in_owm() -> None:
    # Found by mutating corpus maps: OWM links the first two names of `A->B ->`; the whole line
    # was ignored (W120). An empty end elsewhere (`A->->B`, `->A`) still leaves it undrawn.
    map_ = wardley.parse(DECLARED + "Power->Motivation ->\nMotivation->->Power\n->Power")
    assert [(link.source, link.target) for link in map_.links] == [("Power", "Motivation")]
    found = [d for d in wardley.check(map_) if d.code == "W120"]
    assert [(d.code, d.line, d.column) for d in found] == [
        ("W120", 3, 19),
        ("W120", 4, 13),
        ("W120", 5, 1),
    ]
    assert "with no name after it is ignored" in found[0].message


@pytest.mark.parametrize("keyword", ["evolve", "note", "pipeline", "url", "annotation"])
def test_a_keyword_with_nothing_after_it_is_an_error_that_says_so(keyword: str) -> None:
    # OWM draws nothing for it: a documented deviation, as the statement is still to be written.
    # It said "the line ends too early", and the hint listed the parser's terminals.
    with pytest.raises(MapError) as caught:
        wardley.parse(f"component A [0.5, 0.5]\n{keyword} \n")
    [error] = caught.value.errors
    assert (error.code, error.line, error.message) == (
        "E001",
        2,
        f"'{keyword}' with nothing after it",
    )
    assert error.hint is not None and "OWM draws nothing for it" in error.hint


def test_a_closing_brace_with_words_after_it_closes_its_block_as_in_owm() -> None:
    # Found by mutating corpus maps: `} etc.` was no `}`, so the block was never closed (E004).
    map_ = wardley.parse(DECLARED + "pipeline Power\n{\n  component Coal [0.2]\n} etc.\n")
    [pipeline] = map_.pipelines
    assert (pipeline.members, pipeline.span.end_line if pipeline.span else None) == (("Coal",), 6)
    [warning] = wardley.check(map_)
    assert (warning.code, warning.line, warning.column) == ("W109", 6, 3)
    _assert_converts_back(map_)


def test_an_evolve_with_its_arrow_doubled_evolves_with_no_new_name_as_in_owm() -> None:
    # Found by mutating corpus maps: `evolve A->->B 0.8` was E001; OWM evolves A, no new name.
    map_ = wardley.parse(DECLARED + "evolve Power->->Grid Power 0.9 label [1, 2]")
    [evolve] = map_.evolves
    assert (evolve.component, evolve.to, evolve.position.evolution) == ("Power", None, 0.9)
    [warning] = wardley.check(map_)
    assert (warning.code, warning.column, warning.span.end_column) == ("W109", 13, 17)
    assert warning.hint == "write one arrow: evolve Power->Grid Power"


def test_an_address_in_a_bracket_is_cut_by_its_comment_as_an_address() -> None:
    # A `//` after `https:` is an address's: W130 says so, bracket or not (not W128's fix,
    # "close the bracket before the comment", which would lose the address).
    map_ = wardley.parse("note see [https://x.org] [0.3, 0.3]")
    said = {d.code: d.message for d in wardley.check(map_)}
    assert "after 'https:'" in said["W130"]
    assert "inside the bracket" not in said["W128"]


def test_an_area_with_a_corner_too_large_to_be_a_number_is_refused() -> None:
    with pytest.raises(MapError) as caught:
        wardley.parse("settlers [1e999]")
    assert [e.code for e in caught.value.errors] == ["E008"]


def test_an_area_whose_bracket_a_comment_cuts_short_is_drawn_at_owm_s_default() -> None:
    # OWM draws `settlers [0.75, 0.3, 0.5 // …]`, its bracket never closed, at its default area,
    # as it draws `settlers [0.75, 0.3, 0.5`; the bracket cut short left a bare `settlers`, no
    # area at all (found by fuzz/owm_mutants.py).
    map_ = wardley.parse("settlers [0.75, 0.3, 0.5 // was 0.6]")
    assert [a.corners for a in map_.attitudes] == [(0.9, 0.1, 0.8, 0.2)]
    assert sorted(d.code for d in wardley.check(map_)) == ["W109", "W128"]


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u2009", "\u202f", "\u3000"])
def test_white_space_inside_a_position_s_number_is_taken_out_as_in_owm(space: str) -> None:
    # Found by fuzz/owm_mutants.py: OWM takes every white space out of a position, so
    # `[0.<no-break space>583, 0.5]` is 0.583. It was E001.
    map_ = wardley.parse(
        f"component A [0.{space}583, 0.5]\nanchor U [0.95, 0.{space}6]\n"
        f"note n [0.{space}4, 0.3]\nannotation 1 [0.{space}4, 0.5] t\nsize [80{space}0, 600]\n"
    )
    (a, u), [n] = map_.components, map_.notes
    assert (a.position.visibility, a.position.evolution) == (0.583, 0.5)
    assert u.position.evolution == 0.6 and n.position.visibility == 0.4
    assert map_.annotations[0].places[0].visibility == 0.4
    assert map_.size == (800, 600)
    said = [d for d in wardley.check(map_) if d.code == "W109"]
    assert [(d.line, d.hint) for d in said] == [
        (1, "write [0.583, 0.5]"),
        (2, "write [0.95, 0.6]"),
        (3, "write [0.4, 0.3]"),
        (4, "write [0.4, 0.5]"),
        (5, "write [800, 600]"),
    ]
    assert "white space inside the number" in said[0].message
    _assert_converts_back(map_)


@pytest.mark.parametrize(
    ("line", "fix"),
    [
        ("component A [0.5, 0.5] label [1\u00a02, 3]", "write [12, 3]"),
        ("component A [0.5, 0.5]\npipeline A [0.2, 0.\u00a08]", "write [0.2, 0.8]"),
        ("component A [0.5, 0.5]\npipeline A\n{\n  component B [0.\u00a04]\n}", "write [0.4]"),
        ("component A [0.5, 0.5]\npipeline A { B [0. 4] }", "write [0.4]"),
    ],
)
def test_white_space_inside_a_label_or_span_s_number_is_an_error_whose_hint_joins_it(
    line: str, fix: str
) -> None:
    # OWM reads a label's, a span's or a member's number up to the space (1, 0): not meant.
    with pytest.raises(MapError) as raised:
        wardley.parse(line)
    [error] = raised.value.errors
    assert "white space inside the number" in error.message and error.hint == fix


def test_a_url_address_opened_twice_is_no_address_as_in_owm() -> None:
    # OWM's address ends at the next '[': `[[https://…]` has none, and links nowhere.
    map_ = wardley.parse("url docs [[https://example.com]\nurl b [https://a.org/x[1]]")
    assert [(u.name, u.address) for u in map_.urls] == [("docs", ""), ("b", "https://a.org/x")]
    said = [d for d in wardley.check(map_) if d.code == "W115"]
    assert [d.hint for d in said] == [
        "write url docs [https://example.com]",
        "write '[' and ']' in an address as %5B and %5D: [https://a.org/x%5B…",
    ]


def test_text_on_a_pipeline_block_s_opening_line_is_ignored_as_in_owm() -> None:
    # OWM reads a pipeline's members from the lines after its '{' only; `{ x` was a member x.
    map_ = wardley.parse(
        "component A [0.5, 0.5]\npipeline A\n{ x\n  component B [0.4]\n}\n"
        "component C [0.3, 0.3]\npipeline C\n{ component D [0.2]; E }\n"
    )
    first, second = map_.pipelines
    assert first.members == ("B",)
    assert second.members == ("D", "E")  # a block on one line is ours: read whole
    [warning] = [d for d in wardley.check(map_) if d.code == "W109"]
    assert (warning.line, warning.span.column, warning.span.end_column) == (3, 3, 4)
    _assert_converts_back(map_)


def test_a_comment_mark_inside_quotes_is_kept_where_owm_cuts_the_line() -> None:
    # A documented deviation ("a // inside quotes"): OWM reads `note "see` at [0.9, 0.1]. W130's
    # hint tells to quote a text a `//` would cut short, so quoted it is kept, and not warned.
    map_ = wardley.parse('note "see // here" [0.3, 0.4]\nnote see//here [0.3, 0.4]')
    quoted, cut = map_.notes
    assert (quoted.text, quoted.position.visibility, quoted.position.evolution) == (
        "see // here",
        0.3,
        0.4,
    )
    assert (cut.text, cut.position.visibility) == ("see", None)
    [warning] = wardley.check(map_)
    assert warning.code == "W130" and warning.line == 2
    assert "quote the text" in (warning.hint or "")


def test_a_pipeline_whose_name_a_slip_changed_is_drawn_and_said() -> None:
    # Found by fuzz/owm_mutants.py: OWM hides a pipeline named after no component, members and
    # all (the deviation "pipeline named after no component"); we draw it and say so where a
    # component is named nearly alike, also for a word more at either end of the name.
    map_ = wardley.parse(
        "component Kettle [0.5, 0.5]\npipeline 1 Kettle\n{\n  component X [0.3]\n}\n"
        "component Power [0.2, 0.2]\npipeline label Power\n"
        "pipeline Editing { Editor; AI Editing [0.6] }\n"
    )
    said = [(d.line, d.message, d.hint) for d in wardley.check(map_) if d.code == "W102"]
    assert said == [
        (
            2,
            "pipeline for '1 Kettle', which is not declared; OWM draws neither the pipeline "
            "nor its members",
            "did you mean 'Kettle'?",
        ),
        (7, "pipeline for 'label Power', which is not declared", "did you mean 'Power'?"),
    ]
    assert map_.pipelines[0].members == ("X",)
