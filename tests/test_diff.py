"""Diff: the change list, its inverse and apply, the picture, the command, and git."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import replace
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import assume, event, given, settings
from hypothesis import strategies as st

import wardley
from wardley.cli import main
from wardley.diffview import change_lines, summary
from wardley.mapdiff import Moved, Renamed, apply, canonical, diff, future
from wardley.model import Component, Kind, Link, Map, normalise_name

from .conftest import CORPUS, needs_corpus
from .test_properties import models, names, positions
from .test_render import _compare

ROOT = Path(__file__).resolve().parent.parent
GALLERY = ROOT / "gallery"
GOLDEN = Path(__file__).parent / "golden" / "diff"
WARDLEY = Path(sys.executable).parent / "wardley"
PAIRS = {
    "knowledge-base": ("knowledge-base-today.wm", "knowledge-base-future.wm"),
    "uber-2014": ("uber-2014-today.wm", "uber-2014-pipeline.wm"),
}


# ---- a map and an edit of it -----------------------------------------------------------------------
def _renamed(map_: Map, old: str, new: str) -> Map:
    """The map with one component called by a new name wherever it is named."""
    key = normalise_name(old)

    def name(n: str) -> str:
        return new if normalise_name(n) == key else n

    return replace(
        map_,
        components=tuple(replace(c, name=name(c.name)) for c in map_.components),
        links=tuple(replace(x, source=name(x.source), target=name(x.target)) for x in map_.links),
        evolves=tuple(replace(e, component=name(e.component)) for e in map_.evolves),
        pipelines=tuple(replace(p, members=tuple(map(name, p.members))) for p in map_.pipelines),
        overlays=tuple(replace(o, members=tuple(map(name, o.members))) for o in map_.overlays),
    )


def _neighbours(map_: Map, name: str) -> set[tuple[str, str]]:
    """What a component is linked to and from, other than itself."""
    key = normalise_name(name)
    ends = {(normalise_name(x.source), normalise_name(x.target)) for x in map_.links}
    return {("to", t) for s, t in ends if s == key != t} | {
        ("from", s) for s, t in ends if t == key != s
    }


def _linked(map_: Map) -> list[Component]:
    """Components linked to another: a rename of one of these can be recognised by its links."""
    return [c for c in map_.components if _neighbours(map_, c.name)]


def _new_name(draw: st.DrawFn, map_: Map) -> str:
    """A name nothing in the map uses yet, not even an evolve's target."""
    used = {normalise_name(c.name) for c in map_.components}
    used |= {normalise_name(e.to) for e in map_.evolves if e.to}
    used |= {normalise_name(p.name) for p in map_.pipelines}
    name = draw(names)
    while normalise_name(name) in used:  # rather than a filter, which often gives up
        name += "'"
    return name


def rename(draw: st.DrawFn, map_: Map, before: Map) -> Map:
    """A component renamed, if possible one whose links are as they were ``before`` the other
    edits, since only its links tell that it is the same component; else one with no links
    (that is a removal and an addition), so as not to hide an earlier rename."""
    kept = [c for c in _linked(map_) if _neighbours(map_, c.name) == _neighbours(before, c.name)]
    alone = [c for c in map_.components if not _neighbours(map_, c.name)]
    component = draw(st.sampled_from(kept or alone or map_.components))
    return _renamed(map_, component.name, _new_name(draw, map_))


def move(draw: st.DrawFn, map_: Map) -> Map:
    component = draw(st.sampled_from(map_.components))
    member = component.pipeline is not None
    position = draw(positions(member=member).filter(lambda p: p != component.position))
    moved = replace(component, position=position)
    return replace(map_, components=tuple(moved if c is component else c for c in map_.components))


def add(draw: st.DrawFn, map_: Map) -> Map:
    name = _new_name(draw, map_)
    added = Component(name, Kind.CAPABILITY, "capability", draw(positions()))
    links = map_.links
    if map_.components:
        links += (Link(draw(st.sampled_from(map_.components)).name, name),)
    return replace(map_, components=(*map_.components, added), links=links)


def remove(draw: st.DrawFn, map_: Map) -> Map:
    """A component and its links go; other mentions of it stay, as an author might leave them."""
    alone = [c for c in map_.components if c.pipeline is None] or map_.components
    key = normalise_name(draw(st.sampled_from(alone)).name)
    return replace(
        map_,
        components=tuple(c for c in map_.components if normalise_name(c.name) != key),
        links=tuple(
            x for x in map_.links if key not in (normalise_name(x.source), normalise_name(x.target))
        ),
    )


def relink(draw: st.DrawFn, map_: Map) -> Map:
    if map_.links and draw(st.booleans()):
        gone = draw(st.sampled_from(map_.links))
        return replace(map_, links=tuple(x for x in map_.links if x is not gone))
    source, target = (draw(st.sampled_from(map_.components)).name for _ in range(2))
    return replace(map_, links=(*map_.links, Link(source, target)))


@st.composite
def edits(draw: st.DrawFn) -> tuple[Map, Map]:
    """A map, and the same map after a few edits: a second map drawn on its own would share
    nothing with the first, so renames and moves would never be seen."""
    before = draw(models())
    # A rename and a move in every example (most keep them), other edits in some.
    renames, moves = draw(st.integers(1, 2)), draw(st.integers(1, 2))
    others = [
        edit for edit in (add, remove, relink) for _ in range(draw(st.sampled_from([0, 0, 1])))
    ]
    if not _linked(before) and len(before.components) > 1:
        # Only the links a component keeps tell a rename: give the map one to keep.
        source, target = draw(st.permutations(before.components))[:2]
        before = replace(before, links=(*before.links, Link(source.name, target.name)))
    after = before
    for edit in draw(st.permutations(others)):
        after = edit(draw, after) if after.components else add(draw, after)
    for _ in range(renames):
        after = rename(draw, after, before) if after.components else add(draw, after)
    for _ in range(moves):
        after = move(draw, after) if after.components else add(draw, after)
    return before, after


@settings(max_examples=100, deadline=None)
@given(edits())
def test_diff_properties(maps: tuple[Map, Map]) -> None:
    a, b = maps
    assert not diff(a, a) and not diff(b, b)
    forward = diff(a, b)
    event(f"renamed: {any(isinstance(c, Renamed) for c in forward)}")
    event(f"moved: {any(isinstance(c, Moved) for c in forward)}")
    assert diff(b, a) == forward.inverse()
    assert canonical(apply(a, forward)) == canonical(b)


@settings(max_examples=100, deadline=None)
@given(models(), st.data())
def test_a_pure_rename_or_move_is_reported_as_such(a: Map, data: st.DataObject) -> None:
    assume(_linked(a))
    component = data.draw(st.sampled_from(_linked(a)))
    new = _new_name(data.draw, a)
    # Found by its links, or by an evolve of it that names the new name.
    [renamed] = diff(a, _renamed(a, component.name, new))
    assert isinstance(renamed, Renamed) and (renamed.old, renamed.new) == (component.name, new)
    moved = move(data.draw, a)
    [(old, now)] = [(c, d) for c, d in zip(a.components, moved.components, strict=True) if c != d]
    assert list(diff(a, moved)) == [Moved(now.name, old.position, now.position)]


@pytest.mark.parametrize(
    "left_behind", ["overlay Team {\n  Kettle\n}", "evolve Kettle 0.8", "Kettle -> Kettle"]
)
def test_a_name_left_behind_by_a_rename_is_a_change_both_ways(left_behind: str) -> None:
    # Kettle becomes Boiler (the same link), but one mention still says Kettle, which now
    # names nothing: found by the edit properties.
    old = wardley.parse(f"component Kettle\ncomponent Tea\nTea -> Kettle\n{left_behind}\n")
    new = wardley.parse(f"component Boiler\ncomponent Tea\nTea -> Boiler\n{left_behind}\n")
    forward = diff(old, new)
    assert forward.changes[0] == Renamed("Kettle", "Boiler", "links") and len(forward) > 1
    assert diff(new, old) == forward.inverse()
    assert canonical(apply(old, forward)) == canonical(new)
    assert canonical(apply(new, diff(new, old))) == canonical(old)


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
