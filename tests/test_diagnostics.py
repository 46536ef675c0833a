"""Where a diagnostic points, what it says, and the other places it names (issue 12).

Each test asserts the code, the span (line, column, end column: the caret's extent) and the
hint or note, since a diagnostic that names the right problem at the wrong place sends the
author to the wrong text.
"""

from __future__ import annotations

import json

import wardley
from wardley.cli import main
from wardley.diagnostics import Diagnostic


def diagnose(text: str) -> list[Diagnostic]:
    try:
        return wardley.check(wardley.parse(text, path="m.wm"))
    except wardley.MapError as error:
        return error.diagnostics


def where(text: str, code: str | None = None) -> list[tuple[str, int, int, int]]:
    """(code, line, column, end column) of each diagnostic, or of those with ``code``."""
    return [
        (d.code, d.line, d.column, d.span.end_column)
        for d in diagnose(text)
        if code is None or d.code == code
    ]


def only(text: str, code: str) -> Diagnostic:
    [found] = [d for d in diagnose(text) if d.code == code]
    return found


# ---- W102 points at the undeclared name --------------------------------------------------------
def test_an_undeclared_link_target_is_pointed_at() -> None:
    text = "component A\ncomponent Kettle\nA -> Kettel\n"
    d = only(text, "W102")
    assert (d.line, d.column, d.span.end_column) == (3, 6, 12)
    assert d.message == "link to 'Kettel', which is not declared"
    assert d.hint == "did you mean 'Kettle'?"
    assert d.format(text).splitlines() == [
        "m.wm:3:6: warning: link to 'Kettel', which is not declared [W102]",
        "    A -> Kettel",
        "         ^~~~~~",
        "    hint: did you mean 'Kettle'?",
    ]


def test_each_undeclared_end_of_a_chain_is_pointed_at() -> None:
    assert where("component B\nA -> B -> Cee\n") == [("W102", 2, 1, 2), ("W102", 2, 11, 14)]
    assert only("component B\nA -> B\n", "W102").message == "link from 'A', which is not declared"


def test_a_name_written_twice_on_a_line_is_reported_once_at_its_first_place() -> None:
    assert where("Ghost -> Ghost\n", "W102") == [("W102", 1, 1, 6)]
    assert where('"Q" -> B\n', "W102")[0] == ("W102", 1, 1, 4)  # the quotes are part of it


def test_undeclared_names_elsewhere_are_pointed_at() -> None:
    text = (
        "component A\n"
        "evolve  Ghost 0.8\n"
        "build   Phantom\n"
        "overlay Team (yellow) { A; Spectre }\n"
        "overlay Crew {\n"
        "  Wraith\n"
        "}\n"
        "pipeline   Kettle [0.3, 0.6]\n"
    )
    assert where(text) == [
        ("W102", 2, 9, 14),
        ("W102", 3, 9, 16),
        ("W102", 4, 28, 35),
        ("W102", 6, 3, 9),
        ("W102", 8, 12, 18),
    ]


# ---- mistyped arrows -------------------------------------------------------------------------
def test_a_double_dash_arrow_is_read_as_owm_reads_it_and_explained() -> None:
    text = "component B\ncomponent C\nB --> C\n"
    [link] = wardley.parse(text).links
    assert (link.source, link.target) == ("B -", "C")  # OWM splits at the first '->'
    d = only(text, "W102")
    assert (d.line, d.column, d.span.end_column) == (3, 1, 4)
    assert d.message == "link from 'B -', which is not declared"
    assert d.hint == "did you mean `B -> C`? `-->` reads as `->` from 'B -'"


def test_a_component_called_with_a_trailing_dash_is_linked_in_silence() -> None:
    text = "component B -\ncomponent C\nB --> C\n"
    assert diagnose(text) == []
    assert [(x.source, x.target) for x in wardley.parse(text).links] == [("B -", "C")]


def test_a_quoted_name_with_a_dash_is_as_meant() -> None:
    assert only('component C\n"B-" -> C\n', "W102").hint == "declare it: component B-"
    assert only('component B\nB -> ">C"\n', "W102").hint == "declare it: component >C"


def test_a_map_made_in_code_is_reported_at_its_statements() -> None:
    line = wardley.Span(2, 1, 2, 7)
    made = wardley.Map(
        links=(wardley.Link("A", "B", span=line),),
        overlays=(wardley.Overlay("Team", members=("C",), span=line),),
    )
    found = [(d.code, d.span) for d in wardley.check(made)]
    assert found == [("W102", line)] * 3


def test_a_double_dash_in_the_middle_of_a_chain() -> None:
    d = only("component B\ncomponent C\nA -> B-->C\ncomponent A\n", "W102")
    assert (d.line, d.column, d.span.end_column) == (3, 6, 8)
    assert d.hint == "did you mean `B -> C`? `-->` reads as `->` from 'B-'"


def test_a_double_headed_arrow_is_explained() -> None:
    d = only("component B\ncomponent C\nB ->> C\n", "W102")
    assert (d.line, d.column, d.span.end_column) == (3, 5, 8)
    assert d.message == "link to '> C', which is not declared"
    assert d.hint == "did you mean `B -> C`? `->>` reads as `->` to '> C'"


def test_arrows_that_are_no_link_operator_are_pointed_at() -> None:
    text = "component B\ncomponent C\nB => C\n  B - > C\n"
    found = [d for d in diagnose(text) if d.code == "W120"]
    assert [(d.line, d.column, d.span.end_column) for d in found] == [(3, 3, 5), (4, 5, 8)]
    assert [d.message for d in found] == [
        "'=>' is not a link operator; the line is ignored",
        "'- >' is not a link operator; the line is ignored",
    ]
    assert {d.hint for d in found} == {"did you mean `B -> C`?"}
    assert wardley.parse(text).links == ()  # OWM finds no link there either


# ---- a bracket with two problems reports both --------------------------------------------------
def test_an_unknown_stage_does_not_hide_an_out_of_range_visibility() -> None:
    text = "component Q [1.5, x]\n"
    assert where(text) == [("W106", 1, 14, 17), ("E009", 1, 19, 20)]
    assert where("annotation 1 [1.5, x] text\n") == [("W106", 1, 15, 18), ("E009", 1, 20, 21)]


# ---- W105 says where the first declaration is ------------------------------------------------
def test_a_duplicate_declaration_notes_the_first_one() -> None:
    text = "component Kettle [0.5, 0.5]\n\ncomponent  kettle  [0.4, 0.4]\n"
    d = only(text, "W105")
    assert (d.line, d.column) == (3, 1)
    [related] = d.related
    assert related.message == "first declared here"
    assert (related.span.line, related.span.column, related.span.end_column) == (1, 1, 28)
    assert d.format(text).splitlines() == [
        "m.wm:3:1: warning: duplicate component 'kettle'; links go to the first one [W105]",
        "    component  kettle  [0.4, 0.4]",
        "    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
        "    hint: rename one of them",
        "m.wm:1:1: note: first declared here",
        "    component Kettle [0.5, 0.5]",
        "    ^~~~~~~~~~~~~~~~~~~~~~~~~~~",
    ]
    assert d.to_dict()["related"] == [
        {"message": "first declared here", "line": 1, "column": 1, "end_line": 1, "end_column": 28}
    ]


def test_a_position_given_twice_notes_the_first_one() -> None:
    text = "component Electric [0.5, 0.5]\npipeline Kettle {\n  Electric [custom]\n}\n"
    d = only(text, "W105")
    assert [(r.message, r.span.line, r.span.column) for r in d.related] == [
        ("declared with its position here", 1, 1)
    ]


def test_check_json_gives_the_related_places(tmp_path) -> None:
    from click.testing import CliRunner

    path = tmp_path / "twice.wm"
    path.write_text("component A\ncomponent A\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", str(path)])
    [record] = json.loads(result.stdout)["diagnostics"]
    assert record["code"] == "W105"
    assert record["related"] == [
        {"message": "first declared here", "line": 1, "column": 1, "end_line": 1, "end_column": 12}
    ]
    result = CliRunner().invoke(main, ["check", str(path)])
    assert f"{path}:1:1: note: first declared here" in result.stderr


def test_a_diagnostic_without_related_places_prints_no_note() -> None:
    d = only("component A\nA -> B\n", "W102")
    assert d.related == () and d.to_dict()["related"] == []
    assert "note:" not in d.format("component A\nA -> B\n")


# ---- the evolution axis and evolve ------------------------------------------------------------
def test_blank_stage_names_are_each_pointed_at() -> None:
    assert where("evolution ->->->\n") == [
        ("W121", 1, 11, 11),
        ("W121", 1, 13, 13),
        ("W121", 1, 15, 15),
        ("W121", 1, 17, 17),
    ]
    text = "evolution Phase 1->Phase 2->->Phase 4\n"
    d = only(text, "W121")
    assert (d.line, d.column) == (1, 29)
    assert d.message == "stage 3 of the evolution axis has no name; its label is blank"
    assert d.hint == "name every stage: evolution Genesis->Custom-Built->Product->Commodity"
    assert d.format(text).splitlines()[1:3] == [
        "    evolution Phase 1->Phase 2->->Phase 4",
        "                                ^",
    ]
    # OWM gives the line its meaning: the labels are set, one blank.
    assert wardley.parse(text).evolution_labels == ("Phase 1", "Phase 2", "", "Phase 4")


def test_repeated_stage_names_note_the_first() -> None:
    text = "evolution a->b->A->a\n"
    found = [d for d in diagnose(text) if d.code == "W122"]
    assert [(d.line, d.column, d.span.end_column) for d in found] == [(1, 17, 18), (1, 20, 21)]
    first = found[0]
    assert first.message == "stages 1 and 3 of the evolution axis are both called 'A'"
    assert first.hint == "give each stage its own name; [A] means stage 1"
    assert [(r.message, r.span.column, r.span.end_column) for r in first.related] == [
        ("first named here", 11, 12)
    ]
    assert where("evolution a->a->a->a\n", "W122") == [
        ("W122", 1, 14, 15),
        ("W122", 1, 17, 18),
        ("W122", 1, 20, 21),
    ]
    assert wardley.parse(text).evolution_labels == ("a", "b", "A", "a")


def test_evolving_a_component_into_itself() -> None:
    text = "component A [0.5, 0.5]\nevolve A -> A 0.5\n"
    d = only(text, "W123")
    assert (d.line, d.column, d.span.end_column) == (2, 13, 14)
    assert d.message == "'A' evolves into itself: the new name is the old one"
    assert d.hint == "leave out '-> A': without a new name the component keeps its own"
    [evolve] = wardley.parse(text).evolves
    assert evolve.position.evolution == 0.5  # the evolve itself still stands, as in OWM
    assert where('component A\nevolve "A" -> "a" [product]\n') == [("W123", 2, 15, 18)]
    assert where("component A\ncomponent B\nevolve A -> B 0.5\n", "W123") == []


def test_well_formed_axis_and_evolve_are_quiet() -> None:
    text = (
        "evolution Uncharted->Experimental->Established->Industrialised\n"
        "component A [0.5, established]\nevolve A -> Better A 0.8\n"
    )
    assert diagnose(text) == []
