"""Diff: the change list, its inverse and apply, the picture, the command, and git."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import given, settings

import wardley
from wardley.cli import main
from wardley.diffview import change_lines, summary
from wardley.mapdiff import Moved, Renamed, apply, canonical, diff, future

from .conftest import CORPUS, needs_corpus
from .test_properties import models
from .test_render import _compare

ROOT = Path(__file__).resolve().parent.parent
GALLERY = ROOT / "gallery"
GOLDEN = Path(__file__).parent / "golden" / "diff"
WARDLEY = Path(sys.executable).parent / "wardley"
PAIRS = {
    "knowledge-base": ("knowledge-base-today.wm", "knowledge-base-future.wm"),
    "uber-2014": ("uber-2014-today.wm", "uber-2014-pipeline.wm"),
}


@settings(max_examples=100, deadline=None)
@given(models(), models())
def test_diff_properties(a: wardley.Map, b: wardley.Map) -> None:
    assert not diff(a, a) and not diff(b, b)
    forward = diff(a, b)
    assert diff(b, a) == forward.inverse()
    assert canonical(apply(a, forward)) == canonical(b)


@pytest.mark.parametrize("pair", sorted(PAIRS))
def test_golden_text_json_and_svg(pair: str) -> None:
    old, new = (wardley.load(GALLERY / name) for name in PAIRS[pair])
    changes = diff(old, new)
    text = "\n".join(f"{mark} {line}" for mark, line in change_lines(changes))
    _compare(GOLDEN / f"{pair}.txt", text + "\n" + summary(changes) + "\n")
    data = json.dumps(changes.to_dict(), indent=2, ensure_ascii=False) + "\n"
    _compare(GOLDEN / f"{pair}.json", data)
    schema = json.loads(resources.files("wardley").joinpath("schema/diff.schema.json").read_text())
    jsonschema.validate(json.loads(data), schema)
    _compare(GOLDEN / f"{pair}.svg", wardley.diff_svg(old, new))


@needs_corpus
def test_an_edit_of_a_corpus_map_is_listed_exactly() -> None:
    """The tea shop, edited by hand: each edit and nothing else is listed."""
    text = (CORPUS / "001_tea-shop.owm").read_text(encoding="utf-8")
    edited = (
        text.replace("component Kettle [0.33, 0.67]", "component Kettle [0.33, 0.45]")
        .replace("component Power [0.11, 0.77]", "component Electricity [0.11, 0.77]")
        .replace("Kettle->Power", "Kettle->Electricity")
        .replace("Public->Cup of Tea\n", "")
        .replace(
            "component Cup [0.72, 0.81]", "component Cup [0.72, 0.81]\ncomponent Milk [0.6, 0.85]"
        )
        .replace("Cup of Tea->Cup\n", "Cup of Tea->Cup\nCup of Tea->Milk\n")
    )
    changes = diff(wardley.parse(text), wardley.parse(edited))
    assert change_lines(changes) == [
        ("~", "renamed Power → Electricity (links)"),
        ("~", "moved Kettle: evolution 0.67, visibility 0.33 → evolution 0.45, visibility 0.33"),
        ("+", "capability Milk (evolution 0.85, visibility 0.6)"),
        ("+", "link Cup of Tea -> Milk"),
        ("-", "link Public -> Cup of Tea"),
    ]


def test_renames_through_evolve_and_the_future() -> None:
    source = wardley.load(GALLERY / "knowledge-base-future.wm")
    today, then = wardley.states(source)
    changes = diff(today, then, evolves=source.evolves)
    assert [type(c) for c in changes] == [Renamed, Moved]
    assert changes.changes[0] == Renamed(
        "Document Editor", "AI-enhanced Document Editing", "evolve"
    )
    # render --state future draws the same future the diff compares with.
    scene = wardley.layout(source, state="future")
    drawn = {" ".join(t.lines) for t in scene.by_role("label")}
    assert drawn == {c.name for c in future(source).components if c.kind.value != "user"}


def test_unchanged_auto_placed_components_keep_their_place() -> None:
    from wardley.diffview import diff_layout

    old = wardley.load(GALLERY / "knowledge-base-auto.wm")
    new = wardley.parse(
        (GALLERY / "knowledge-base-auto.wm").read_text()
        + "capability Analytics [genesis]\nFind content -> Analytics\n"
    )

    def places(scene: wardley.Scene) -> set[tuple[float, float]]:
        return {
            (round(c.cx, 2), round(c.cy, 2))
            for c in scene.shapes
            if c.role in ("need", "capability")
        }

    before, after = places(wardley.layout(old)), places(diff_layout(old, new))
    assert before < after  # every old component where it was, and one more
    assert len(after - before) == 1


def test_diff_command_exit_codes(tmp_path: Path) -> None:
    runner = CliRunner()
    same = runner.invoke(main, ["diff", str(GALLERY / "tea-shop.wm"), str(GALLERY / "tea-shop.wm")])
    assert same.exit_code == 0 and same.stdout.strip() == "no changes"
    old, new = (str(GALLERY / n) for n in PAIRS["knowledge-base"])
    differ = runner.invoke(main, ["diff", old, new, "-o", str(tmp_path / "d.png")])
    assert differ.exit_code == 1 and "+ evolve Document Editor" in differ.stdout
    assert (tmp_path / "d.png").read_bytes().startswith(b"\x89PNG")
    bad = tmp_path / "bad.wm"
    bad.write_text("capability X [prodcut]\n")
    assert runner.invoke(main, ["diff", old, str(bad)]).exit_code == 2
    assert runner.invoke(main, ["diff", old, str(tmp_path / "missing.wm")]).exit_code == 2
    one = runner.invoke(main, ["diff", new, "--format", "json"])
    assert one.exit_code == 1
    data = json.loads(one.stdout)
    assert [c["change"] for c in data["changes"]] == ["renamed", "moved"]


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_as_a_git_diff_driver(tmp_path: Path) -> None:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=tmp_path, check=True, capture_output=True, text=True
        ).stdout

    git("init", "-q")
    git("config", "user.email", "t@example.org")
    git("config", "user.name", "Test")
    git("config", "diff.wardley.command", f"{WARDLEY} git-diff")
    (tmp_path / ".gitattributes").write_text("*.wm diff=wardley\n")
    source = GALLERY / "knowledge-base-today.wm"
    (tmp_path / "map.wm").write_text(source.read_text())
    git("add", ".")
    git("commit", "-qm", "today")
    (tmp_path / "map.wm").write_text((GALLERY / "knowledge-base-future.wm").read_text())
    out = git("diff")
    assert "wardley diff a/map.wm b/map.wm" in out
    assert "+ evolve Document Editor -> AI-enhanced Document Editing" in out


def test_readme_diff_example_is_current() -> None:
    source = wardley.load(GALLERY / "knowledge-base-future.wm")
    today, then = wardley.states(source)
    _compare(ROOT / "docs" / "diff-example.svg", wardley.diff_svg(today, then))
    changes = diff(today, then, evolves=source.evolves)
    text = "".join(f"{mark} {line}\n" for mark, line in change_lines(changes)) + summary(changes)
    assert text in (ROOT / "README.md").read_text(encoding="utf-8")
