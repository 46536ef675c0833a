"""The command line and the API at their edges: odd paths, closed pipes, bad options,
repeated statements, and conversions that must read back as the same map."""

from __future__ import annotations

import concurrent.futures
import json
import subprocess
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import wardley
from wardley import cli
from wardley.cli import main
from wardley.fmt import format_owm
from wardley.geometry.placement import place
from wardley.mapdiff import Added, Changed, Moved, Removed
from wardley.model import Map, Position, normalise_name

from .conftest import ROOT
from .grammar_strategy import map_texts
from .test_properties import models

GHOST = "title Tea\nuser Customer\nneed Cup of Tea [0.8, product]\nCustomer -> Cup of Tea\nCustomer -> Ghost\n"


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def tea(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "tea.wm"
    path.write_text(GHOST, encoding="utf-8")
    return path


# ---- render IN OUT ------------------------------------------------------------------------------
def test_render_out_without_a_picture_extension_is_written_in_the_format_given(
    tea: Path,
) -> None:
    Path("out").mkdir()
    code, _, _ = run("render", "tea.wm", "out/x", "-f", "svg")
    assert code == 0
    assert Path("out/x").read_text().startswith("<svg")
    assert run("render", "tea.wm", "x.gif", "--format", "png")[0] == 0
    assert Path("x.gif").read_bytes().startswith(b"\x89PNG")
    assert not Path("tea.svg").exists()  # OUT was not taken for a second map


@pytest.mark.parametrize("out", ["x.gif", "out/x"])
def test_render_out_of_unknown_format_is_a_usage_error_that_says_what_to_do(
    tea: Path, out: str
) -> None:
    code, _, err = run("render", "tea.wm", out)
    assert code == 2
    assert "use .svg, .png or .pdf, or give --format" in err
    assert sorted(p.name for p in tea.parent.iterdir()) == ["tea.wm"]


def test_render_never_draws_a_map_over_itself(tea: Path) -> None:
    before = tea.read_bytes()
    code, _, err = run("render", "tea.wm", "tea.wm")
    assert code == 2 and "tea.wm is given twice" in err
    assert run("render", "tea.wm", "./tea.wm", "-f", "svg")[0] == 2
    Path("tea").write_text(GHOST)
    code, _, err = run("render", "tea", "tea", "-f", "svg")
    assert code == 2 and "OUT is the map itself" in err
    assert tea.read_bytes() == before and Path("tea").read_text() == GHOST
    assert sorted(p.name for p in tea.parent.iterdir()) == ["tea", "tea.wm"]


def test_render_leaves_an_existing_file_that_is_no_picture_alone(tea: Path) -> None:
    Path("notes").write_text("user Someone\n")
    code, _, err = run("render", "tea.wm", "notes", "-f", "svg")
    assert code == 2 and "notes exists and is not a picture" in err
    assert Path("notes").read_text() == "user Someone\n"
    Path("old").write_text("<svg/>")  # an earlier picture is redrawn
    assert run("render", "tea.wm", "old", "-f", "svg")[0] == 0


def test_render_refuses_two_maps_drawn_to_one_picture(tea: Path) -> None:
    Path("tea.owm").write_text(GHOST)
    code, _, err = run("render", "tea.wm", "tea.owm")
    assert code == 2 and "would both be drawn to tea.svg" in err
    assert not Path("tea.svg").exists()


def test_render_batches_still_work(tea: Path) -> None:
    Path("cafe.wm").write_text("user Guest\n")
    assert run("render", "tea.wm", "cafe.wm")[0] == 0
    assert Path("tea.svg").exists() and Path("cafe.svg").exists()
    assert run("render", "tea.wm", "cafe.wm", "-o", "pics", "-f", "png")[0] == 0
    assert sorted(p.name for p in Path("pics").iterdir()) == ["cafe.png", "tea.png"]


def test_render_help_says_how_out_is_told_from_a_second_map() -> None:
    code, out, _ = run("render", "--help")
    assert code == 0
    assert "the second is OUT unless it ends in .wm or .owm" in " ".join(out.split())


# ---- warnings -----------------------------------------------------------------------------------
def test_render_prints_warnings_as_check_does_and_quiet_hides_them(tea: Path) -> None:
    code, _, err = run("render", "tea.wm", "tea.svg")
    assert code == 0
    assert "warning: link to 'Ghost', which is not declared [W102]" in err
    assert err.startswith("tea.wm:5:") and "    Customer -> Ghost\n" in err and "^" in err
    _, _, checked = run("check", "tea.wm")
    assert err in checked
    code, _, err = run("render", "-q", "tea.wm", "tea.svg")
    assert code == 0 and err == ""


def test_render_batches_print_warnings_too(tea: Path) -> None:
    Path("cafe.wm").write_text("A -> B\n")
    _, _, err = run("render", "tea.wm", "cafe.wm")
    assert "tea.wm:5:" in err and "cafe.wm:1:" in err and err.count("warning:") == 3
    assert run("render", "--quiet", "tea.wm", "cafe.wm")[2] == ""


def test_render_batches_are_the_same_whatever_the_number_of_jobs(
    tea: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Maps with warnings and with errors among good ones, enough of them to share out.
    sources = ["tea.wm"]
    for bad in ("e001_unclosed_bracket", "e007_misspelt_keywords", "e016_latin1"):
        Path(f"{bad}.wm").write_bytes((ROOT / "tests" / "bad" / f"{bad}.wm").read_bytes())
        sources.append(f"{bad}.wm")
    for gallery in sorted((ROOT / "gallery").glob("*.wm"))[:6]:
        Path(gallery.name).write_bytes(gallery.read_bytes())
        sources.append(gallery.name)
    assert len(sources) >= cli.POOL_FROM
    pools: list[int] = []

    class Pool(ProcessPoolExecutor):
        def __init__(self, max_workers: int) -> None:
            pools.append(max_workers)
            super().__init__(max_workers=max_workers)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)
    runs = {}
    for jobs in ("1", "2", "3"):
        code, out, err = run("render", *sources, "-o", f"out{jobs}", "--jobs", jobs)
        pictures = {path.name: path.read_bytes() for path in Path(f"out{jobs}").iterdir()}
        runs[jobs] = code, out, err, pictures
    assert pools == [2, 3]  # one process for one job; shared out for more
    assert runs["1"] == runs["2"] == runs["3"]
    code, _, err, pictures = runs["1"]
    assert code == 1 and len(pictures) == len(sources) - 3
    assert err.index("e001_unclosed_bracket.wm:") < err.index("e007_misspelt_keywords.wm:")


def test_diff_with_a_picture_prints_warnings(tea: Path) -> None:
    _, _, err = run("diff", "tea.wm", "tea.wm", "-o", "d.svg")
    assert "warning: link to 'Ghost'" in err
    assert "warning" not in run("diff", "-q", "tea.wm", "tea.wm", "-o", "d.svg")[2]


def test_check_reports_warnings_beside_errors(tmp_path: Path) -> None:
    path = tmp_path / "both.wm"
    path.write_text("title Tea\ncomponent A [0.5, 0.5]\ncapability W [prodcut]\nA -> Ghost\n")
    code, _, err = run("check", str(path))
    assert code == 1
    assert "error: unknown stage 'prodcut' [E009]" in err
    assert "warning: link to 'Ghost', which is not declared [W102]" in err
    assert "1 error(s), 1 warning(s)" in err
    code, out, _ = run("check", "--format", "json", str(path))
    assert (json.loads(out)["errors"], json.loads(out)["warnings"]) == (1, 1)


def test_a_broken_declaration_brings_no_not_declared_warnings(tmp_path: Path) -> None:
    path = tmp_path / "broken.wm"
    path.write_text("component Water [0.5,\nKettle -> Water\ncomponent Kettle [0.6, 0.4]\n")
    code, _, err = run("check", str(path))
    assert code == 1 and "E001" in err and "W102" not in err


# ---- closed pipes -------------------------------------------------------------------------------
def _into_a_closed_pipe(args: list[str], cwd: Path) -> tuple[int, str]:
    """As ``wardley ARGS | head -0``: whoever reads the output has gone before it comes."""
    script = Path(sys.executable).parent / "wardley"
    with (cwd / "old.wm").open("rb") as stdin:
        process = subprocess.Popen(
            [str(script), *args],
            cwd=cwd,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        err = process.stderr.read().decode()
        return process.wait(timeout=120), err


@pytest.fixture
def two_maps(tmp_path: Path) -> Path:
    (tmp_path / "old.wm").write_text("".join(f"component C{i} [0.5, 0.5]\n" for i in range(20)))
    (tmp_path / "new.wm").write_text("".join(f"component D{i} [0.5, 0.6]\n" for i in range(20)))
    return tmp_path


def test_diff_into_a_closed_pipe_still_draws_its_picture(two_maps: Path) -> None:
    code, err = _into_a_closed_pipe(["diff", "old.wm", "new.wm", "-o", "d.svg"], two_maps)
    assert (code, err) == (1, "")  # the maps differ: its usual code, and no "Broken pipe"
    assert (two_maps / "d.svg").read_text().startswith("<svg")


@pytest.mark.parametrize(
    "args",
    [
        ["diff", "old.wm", "new.wm", "--format", "json"],
        ["convert", "old.wm", "--to", "json"],
        ["render", "old.wm", "-"],
        ["describe", "old.wm"],
        ["check", "--format", "json", "old.wm"],
        ["fmt", "-"],
        ["git-diff", "old.wm", "old.wm", "0", "100644", "new.wm", "0", "100644"],
        ["themes"],
    ],
    ids=lambda args: args[0],
)
def test_commands_that_print_take_a_closed_pipe_calmly(two_maps: Path, args: list[str]) -> None:
    code, err = _into_a_closed_pipe(args, two_maps)
    assert err == ""  # no "Broken pipe", no traceback
    assert code == (1 if args[0] == "diff" else 0)


def test_diff_refuses_a_picture_of_unknown_format(tea: Path) -> None:
    code, _, err = run("diff", "tea.wm", "tea.wm", "-o", "d.gif")
    assert code == 2 and "use .svg, .png or .pdf" in err
    assert not Path("d.gif").exists()


def test_diff_picture_on_stdout_is_not_mixed_with_the_change_list(tea: Path) -> None:
    Path("cafe.wm").write_text("user Guest\n")
    code, out, _ = run("diff", "-q", "tea.wm", "cafe.wm", "-o", "-")
    assert code == 1
    assert out.startswith("<svg") and out.rstrip().endswith("</svg>")


def test_diff_refuses_an_unknown_theme(tea: Path) -> None:
    code, _, err = run("diff", "tea.wm", "tea.wm", "-o", "d.svg", "--theme", "nosuch")
    assert code == 2 and "unknown theme 'nosuch'" in err


# ---- width and scale ----------------------------------------------------------------------------
def test_scale_applies_after_width(tea: Path) -> None:
    import struct

    assert run("render", "-q", "tea.wm", "a.png", "--width", "400", "--scale", "2")[0] == 0
    width = struct.unpack(">I", Path("a.png").read_bytes()[16:20])[0]
    assert width == 800
    m = wardley.parse(GHOST)
    png = wardley.to_png(m, width=300, scale=1.5)
    assert struct.unpack(">I", png[16:20])[0] == 450


# ---- API options --------------------------------------------------------------------------------
M = wardley.parse("user A\nneed B [product]\nA -> B")


@pytest.mark.parametrize(
    ("call", "valid"),
    [
        (lambda: wardley.to_svg(M, theme="nosuch"), "plain, wardley"),
        (lambda: wardley.to_png(M, theme="nosuch"), "plain, wardley"),
        (lambda: wardley.to_pdf(M, theme="nosuch"), "plain, wardley"),
        (lambda: wardley.layout(M, theme="nosuch"), "plain, wardley"),
        (lambda: wardley.diff_svg(M, M, theme="nosuch"), "plain, wardley"),
        (lambda: wardley.to_svg(M, state="later"), "current, future, both"),
        (lambda: wardley.layout(M, state="later"), "current, future, both"),
        (lambda: wardley.to_svg(M, width=-5), "from 50 to 20000"),
        (lambda: wardley.to_svg(M, width=float("nan")), "from 50 to 20000"),
        (lambda: wardley.to_png(M, width="wide"), "from 50 to 20000"),  # type: ignore[arg-type]
        (lambda: wardley.layout(M, height=0), "from 50 to 20000"),
        (lambda: wardley.diff_svg(M, M, width=1e9), "from 50 to 20000"),
        (lambda: wardley.to_png(M, scale=0), "from 0.1 to 20"),
        (lambda: wardley.to_pdf(M, scale=True), "from 0.1 to 20"),  # type: ignore[arg-type]
    ],
)
def test_the_api_rejects_bad_options_and_lists_the_good_ones(call, valid: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=valid):
        call()


def test_api_render_rejects_an_unknown_format(tmp_path: Path) -> None:
    source = tmp_path / "m.wm"
    source.write_text("user A\n")
    with pytest.raises(ValueError, match=r"\.svg, \.png or \.pdf, or pass format="):
        wardley.render(source, tmp_path / "m.gif")
    with pytest.raises(ValueError, match="svg, png, pdf"):
        wardley.render(source, tmp_path / "m.svg", format="gif")
    with pytest.raises(ValueError, match="plain, wardley"):
        wardley.render(source, tmp_path / "m.svg", theme="nosuch")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.wm"]
    wardley.render(source, tmp_path / "m.gif", format="png")
    assert (tmp_path / "m.gif").read_bytes().startswith(b"\x89PNG")


# ---- help ---------------------------------------------------------------------------------------
COMMANDS = [
    "check", "convert", "describe", "diff", "fmt", "git-diff", "lsp", "render", "serve", "themes",
]  # fmt: skip


def test_help_lists_every_command_with_a_whole_summary() -> None:
    result = CliRunner().invoke(main, ["--help"], terminal_width=80)
    listed = result.stdout.split("Commands:")[1].splitlines()[1:]
    names = [line.split()[0] for line in listed if line.strip()]
    assert names == COMMANDS
    for line in listed:
        assert not line.rstrip().endswith("..."), line  # cut short
    overview = " ".join(result.stdout.split("Commands:")[0].split())
    for command in ("describe", "serve", "lsp"):
        assert command in overview


# ---- convert --to owm and --to wm read back as the same map -------------------------------------
def _owm(map_: Map) -> Map:
    placements = {k: (p.visibility, p.evolution) for k, p in place(map_).items()}
    return wardley.parse(format_owm(map_, placements))


def _resolved(position: Position, placed: tuple[float, float] | None) -> Position:
    """A position as OWM writes it: the author's numbers, else a stage or the layout's place."""
    v = position.visibility
    if v is None and placed is not None:
        v = round(placed[0], 4)
    e = position.evolution
    if e is None:
        x = position.x if position.x is not None else (placed[1] if placed else None)
        e = None if x is None else round(x, 4)
    return Position(v, e)


#: Keywords OWM has no word for, and the one it reads instead.
OWM_KEYWORDS = {
    ("user", "anchor"),
    ("need", "component"),
    ("capability", "component"),
    ("member", "component"),
}


def _what_owm_cannot_say(original: Map, changes: tuple[object, ...]) -> list[object]:
    """The changes that are not losses OWM's language forces: positions resolved to numbers,
    kinds it has no keyword for, overlays (kept as comments), a parent for a pipeline."""
    placed = {k: (p.visibility, p.evolution) for k, p in place(original).items()}
    keywords = {normalise_name(c.name): c.keyword for c in original.components}
    members = {normalise_name(c.name) for c in original.components if c.pipeline is not None}
    pipelines = {normalise_name(p.name) for p in original.pipelines}
    # Evolves and notes are matched by value: each removed one must come back resolved.
    resolved: Counter[object] = Counter()
    for change in changes:
        if isinstance(change, Removed) and change.kind == "evolve":
            x = change.value.position.x
            position = Position(evolution=x if x is not None else 0.85)
            resolved[replace(change.value, position=position)] += 1
        elif isinstance(change, Removed) and change.kind == "note":
            position = _resolved(change.value.position, None)
            note = replace(change.value, position=position if position.is_fixed else Position())
            resolved[note] += 1

    def explained(change: object) -> bool:
        key = normalise_name(getattr(change, "name", ""))
        if isinstance(change, Moved):
            expected = _resolved(change.old, placed.get(key))
            if key in members:  # OWM draws a member on its pipeline's line
                expected = Position(None, expected.evolution)
            return change.new == expected
        if isinstance(change, Changed) and key in members and change.new == "component":
            return True  # OWM's pipeline block declares every member a `component`
        if isinstance(change, Changed) and change.field == "keyword":
            return (change.old, change.new) in OWM_KEYWORDS
        if isinstance(change, Changed):
            return change.field == "kind" and (
                keywords.get(key) in ("need", "capability") or key in members
            )
        if isinstance(change, Removed):
            return change.kind in ("evolve", "note") or (
                change.kind == "overlay" and change.value.area is None
            )
        if isinstance(change, Added) and change.kind in ("evolve", "note"):
            resolved[change.value] -= 1
            return resolved[change.value] >= 0
        return isinstance(change, Added) and change.kind == "component" and key in pipelines

    unexplained = [change for change in changes if not explained(change)]
    return unexplained + sorted(map(repr, +resolved))  # removed, never back


def _assert_converts_back(map_: Map) -> None:
    assert not wardley.diff(map_, wardley.parse(wardley.format(map_)))
    owm = _owm(map_)
    assert _what_owm_cannot_say(map_, wardley.diff(map_, owm).changes) == []
    assert not wardley.diff(owm, _owm(owm))  # OWM text converts to itself


def test_corpus_maps_convert_to_owm_and_wm_and_back(corpus: list[Path]) -> None:
    for path in corpus:
        _assert_converts_back(wardley.load(path))


PROPERTY = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(models())
def test_generated_models_convert_to_owm_and_wm_and_back(map_: Map) -> None:
    _assert_converts_back(map_)


@PROPERTY
@given(map_texts())
# Found by hypothesis: OWM's pipeline block makes a user member a `component`.
@example("pipeline  Kettle {anchor  Cup of Tea }")
def test_generated_texts_convert_to_owm_and_wm_and_back(text: str) -> None:
    try:
        map_ = wardley.parse(text)
    except wardley.MapError:
        return
    # Known: a block takes `""` as a member, which no declaration (so no OWM) can name.
    assume(all(c.name for c in map_.components))
    _assert_converts_back(map_)


def test_owm_keeps_a_pipeline_members_sourcing_and_leaves_no_blank_line(tmp_path: Path) -> None:
    path = tmp_path / "p.wm"
    path.write_text(
        "component A [0.5, 0.5]\ncomponent P1 [0.4, 0.3] (build)\ncomponent P2 [0.4, 0.6]\n"
        "pipeline A { P1; P2 }\ncomponent B [0.2, 0.2]\n"
    )
    code, out, _ = run("convert", str(path), "--to", "owm")
    assert code == 0
    assert out == (
        "component A [0.5, 0.5]\npipeline A\n{\n  component P1 [0.3] (build)\n"
        "  component P2 [0.6]\n}\ncomponent B [0.2, 0.2]\n"
    )


def test_owm_keeps_teams_and_anchor_labels() -> None:
    m = wardley.parse(
        "anchor Business [0.95, 0.63] label [-23, -10]\n"
        "platformTeam team C [0.18, 0.61, 0.02, 0.94]\n"
    )
    text = format_owm(m, {})
    assert text == (
        "anchor Business [0.95, 0.63] label [-23, -10]\n"
        "platformTeam team C [0.18, 0.61, 0.02, 0.94]\n"
    )


def test_owm_keeps_the_authors_numbers_exactly() -> None:
    m = wardley.parse("component A [0.123456789, 0.987654321]\nnote N [0.111111111, 0.2]\n")
    assert wardley.diff(m, _owm(m)) == wardley.diff(m, m)


def test_owm_links_keep_names_that_touch_an_operator_apart() -> None:
    m = wardley.parse('component A- [0.5, 0.5]\nA- -> B\nA- +< ">0"\nB->C')
    text = format_owm(m, {})
    assert "A- -> B\nA- +< >0\nB->C" in text
    assert [(x.source, x.operator, x.target) for x in wardley.parse(text).links] == [
        ("A-", "->", "B"),
        ("A-", "+<", ">0"),
        ("B", "->", "C"),
    ]


def test_owm_keeps_what_was_declared_in_an_overlay_and_its_comment_on_one_line() -> None:
    m = wardley.parse('overlay Team { component Kettle [0.3, 0.4]; "Hot\\nWater" }')
    text = format_owm(m, {})
    assert text == '// overlay Team: Kettle, "Hot\\nWater"\ncomponent Kettle [0.3, 0.4]\n'


def test_fmt_does_not_put_an_evolve_in_a_one_line_block() -> None:
    m = wardley.parse("overlay Team { evolve Kettle 0.8 }")
    assert wardley.parse(wardley.format(m)) == m


@pytest.mark.parametrize(
    "text",
    [
        "size [auto, 800]",
        "pipeline Kettle [auto, 0.5]",
        "component A [0.5, 0.5] label [auto, 3]",
        "annotations [auto, 0.2]",
        "pioneers [auto, 0.1, 0.2, 0.3]",
    ],
)
def test_auto_outside_a_position_is_an_error_not_a_crash(tmp_path: Path, text: str) -> None:
    path = tmp_path / "auto.wm"
    path.write_text(text + "\n")
    code, _, err = run("render", str(path), str(tmp_path / "auto.svg"))
    assert code == 1 and "takes numbers, not auto [E011]" in err


# ---- fmt and repeated statements ----------------------------------------------------------------
REPEATED = {
    "title": ("title One", "title Two"),
    "style": ("style wardley", "style plain"),
    "size": ("size [800, 600]", "size [900, 700]"),
    "evolution": ("evolution A->B->C->D", "evolution E->F->G->H"),
    "annotations": ("annotations [0.1, 0.2]", "annotations [0.3, 0.4]"),
    "valuechain": ("valuechain --hide", "valuechain --hide"),
}


@pytest.mark.parametrize("kind", sorted(REPEATED))
def test_fmt_keeps_a_repeated_setting_that_does_not_count_as_a_comment_with_a_warning(
    kind: str,
) -> None:
    first, second = REPEATED[kind]
    m = wardley.parse(f"{first}\n{second}\ncomponent X [0.5, 0.5]\n")
    text = wardley.format(m)
    lines = text.splitlines()
    assert first in lines or f"// {first}" in lines, text
    assert second in lines or f"// {second}" in lines, text
    assert sum(line.startswith("//") for line in lines) == 1, text
    assert [d.code for d in m.diagnostics] == ["W112"]
    assert wardley.parse(text) == m  # the comment changes nothing


@st.composite
def repeated_settings(draw: st.DrawFn) -> str:
    lines = draw(st.lists(st.sampled_from([s for pair in REPEATED.values() for s in pair])))
    return "\n".join([*lines, "component X [0.5, 0.5]"])


@PROPERTY
@given(repeated_settings())
def test_fmt_never_drops_a_statement(text: str) -> None:
    formatted = wardley.format(wardley.parse(text))
    kept = [line.removeprefix("// ") for line in formatted.splitlines()]
    assert Counter(kept) >= Counter(line for line in text.splitlines()), formatted


def test_inertia_before_a_submap_url_keeps_its_meaning_through_fmt() -> None:
    # Found by the convert property: `submap Kettle inertia url()` reads as "Kettle inertia".
    text = "component Kettle [0.5, 0.5]\nsubmap  Kettle  (inertia) url()\n"
    map_ = wardley.parse(text)
    formatted = wardley.format(map_)
    assert "submap Kettle (inertia) url()" in formatted
    assert not wardley.diff(map_, wardley.parse(formatted))


def test_an_empty_url_address_keeps_its_meaning_through_fmt() -> None:
    # Found by the grammar-driven property: `url x [ ]` was written `url x []`, then an error.
    # OWM reads an empty address from both, as `url x [` (W115 says it links nowhere).
    map_ = wardley.parse("component Kettle [0.5, 0.5]\nurl  product [ ]\n")
    formatted = wardley.format(map_)
    assert "url product []" in formatted
    assert not wardley.diff(map_, wardley.parse(formatted))


@pytest.mark.parametrize("block", ["pipeline Compute [0.2, 0.9]", "overlay Compute"])
def test_fmt_keeps_a_name_declared_twice_in_a_block_in_its_order(block: str) -> None:
    # Found by fuzz/run.py: each member of the name printed its last declaration, so the
    # block came out reordered and fmt refused to write it.
    text = (
        "component Compute [0.3, 0.5]\n"
        f"{block} {{\n"
        "  component Mesos On-prem [0.3]\n"
        "  component Kube [0.6]\n"
        "  component Mesos On-prem [0.8]\n"
        "}\n"
    )
    map_ = wardley.parse(text)
    formatted = wardley.format(map_)
    assert not wardley.diff(map_, wardley.parse(formatted)), formatted
    lines = [line.strip() for line in formatted.splitlines()]
    first, second = (i for i, line in enumerate(lines) if line.startswith("component Mesos"))
    assert "0.3" in lines[first] and "0.8" in lines[second], formatted
