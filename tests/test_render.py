"""Rendering: golden pictures, every corpus map, determinism, safety, the render command."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

import wardley
from wardley.cli import main
from wardley.geometry.readability import readability
from wardley.model import Component, Kind, Map, Note, Position

from .conftest import corpus_params, corpus_paths, needs_corpus

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden"
GALLERY = ROOT / "gallery"
ACCEPT = os.environ.get("WARDLEY_ACCEPT") == "1"
SVG = "{http://www.w3.org/2000/svg}"


def _compare(path: Path, got: str) -> None:
    """A golden file must match; a mismatch leaves NAME.got.svg beside it to review."""
    got_path = path.with_suffix(".got.svg")
    if ACCEPT or not path.exists():
        path.write_text(got, encoding="utf-8")
        got_path.unlink(missing_ok=True)
        if not ACCEPT:
            pytest.fail(f"{path.name} was missing and has been written; review and commit it")
        return
    if path.read_text(encoding="utf-8") != got:
        got_path.write_text(got, encoding="utf-8")
        pytest.fail(f"{path.name} differs: see {got_path.name} (WARDLEY_ACCEPT=1 accepts it)")
    got_path.unlink(missing_ok=True)


@pytest.mark.parametrize("source", sorted(GOLDEN.glob("*.wm")), ids=lambda p: p.stem)
def test_golden_feature_maps(source: Path) -> None:
    _compare(source.with_suffix(".svg"), wardley.to_svg(wardley.load(source)))


@pytest.mark.parametrize("theme", ["plain", "wardley", "colour", "dark", "handwritten", "book"])
def test_golden_themes(theme: str) -> None:
    source = GALLERY / "knowledge-base-today.wm"
    _compare(GOLDEN / "themes" / f"{theme}.svg", wardley.to_svg(wardley.load(source), theme=theme))


FRESH_PNG = """
import hashlib, json, sys
import wardley
print(json.dumps({p: hashlib.sha256(wardley.to_png(wardley.load(p))).hexdigest() for p in sys.argv[1:]}))
"""


@pytest.fixture(scope="module")
def fresh_gallery_pngs() -> dict[str, str]:
    """The gallery's PNGs as a fresh process draws them (as tools/render_gallery.py and the
    command line do): cairo's hinted glyphs depend on the sizes it drew earlier in a process,
    so a PNG drawn after other tests' renders at other scales may differ in a few pixels."""
    sources = [str(p) for p in sorted(GALLERY.glob("*.wm"))]
    done = subprocess.run(
        [sys.executable, "-c", FRESH_PNG, *sources], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize("source", sorted(GALLERY.glob("*.wm")), ids=lambda p: p.stem)
def test_gallery_pictures_are_current(source: Path, fresh_gallery_pngs: dict[str, str]) -> None:
    map_ = wardley.load(source)
    assert not [d for d in wardley.check(map_)], "gallery maps are free of warnings"
    _compare(source.with_suffix(".svg"), wardley.to_svg(map_))
    png = source.with_suffix(".png")
    assert png.exists(), "run python tools/render_gallery.py"
    if ACCEPT:
        png.write_bytes(wardley.to_png(map_))
    assert hashlib.sha256(png.read_bytes()).hexdigest() == fresh_gallery_pngs[str(source)], (
        f"{png.name} is stale: run tools/render_gallery.py"
    )


@pytest.mark.parametrize("source", sorted(GALLERY.glob("*.wm")), ids=lambda p: p.stem)
def test_gallery_pictures_are_readable(source: Path) -> None:
    """No fault of any kind: no text over text, symbols or lines, none cut off, every label
    nearest its own symbol, the title and notes clear of everything."""
    found = readability(wardley.layout(wardley.load(source)))
    assert found.readable, "\n".join(found.findings)


def test_readme_example_is_current() -> None:
    """The README shows docs/example.wm and its picture, docs/example.svg."""
    source = ROOT / "docs" / "example.wm"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"```\n{source.read_text(encoding='utf-8')}```" in readme
    assert "docs/example.svg" in readme
    _compare(source.with_suffix(".svg"), wardley.to_svg(wardley.load(source)))


MAPS = corpus_paths()


@pytest.mark.parametrize("path", corpus_params(MAPS), ids=lambda p: p.stem)
def test_every_corpus_map_renders_with_every_name(path: Path) -> None:
    map_ = wardley.load(path)
    svg = wardley.to_svg(map_)
    root = ElementTree.fromstring(svg)  # well-formed XML
    text = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    flat = " ".join(text.split())
    for component in map_.components:
        assert " ".join(component.name.split()) in flat, component.name


@needs_corpus
def test_corpus_maps_render_to_png_and_pdf() -> None:
    # PNG for a sample (cairo is the slow part); each must be a real image.
    for path in MAPS[::6]:
        png = wardley.to_png(wardley.load(path))
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000
    pdf = wardley.to_pdf(wardley.load(MAPS[0]))
    assert pdf.startswith(b"%PDF")


def test_svg_is_identical_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    source = GOLDEN / "auto-layout.wm"
    outputs = []
    for seed in ("0", "1", "12345"):
        target = tmp_path / f"out-{seed}.svg"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [str(Path(sys.executable).parent / "wardley"), "render", str(source), str(target)],
            check=True,
            env=env,
        )
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_svg_is_accessible_prefixed_and_escaped() -> None:
    text = (
        'title <script>alert("x")</script> & ]]>\n'
        'user "<b>Bold</b> & \\"quoted\\""\n'
        "need Need \u202eevil\n"
        'component x" onload="alert(1) [0.5, 0.5]\n'
        '"<b>Bold</b> & \\"quoted\\"" -> Need \u202eevil\n'
    )
    map_ = wardley.parse(text)
    svg = wardley.to_svg(map_)
    root = ElementTree.fromstring(svg)
    assert root.get("role") == "img"
    prefix = root.get("id")
    assert prefix and all(e.get("id", prefix).startswith(prefix) for e in root.iter())
    assert root.find(f"{SVG}title").text.startswith("<script>")  # text, not markup
    # The hostile name is text: in no tag, but drawn whole.
    assert "<script" not in svg and not re.search(r"<[^>]*onload", svg)
    assert 'x" onload="alert(1)' in "".join(root.itertext())
    assert not any(attr.startswith("on") for e in root.iter() for attr in e.attrib)
    desc = root.find(f"{SVG}desc").text
    assert "Bold" in desc and "Users" in desc
    # Two different maps never share an id, so both can be inlined in one page.
    other = wardley.to_svg(wardley.parse("user Somebody else"))
    assert ElementTree.fromstring(other).get("id") != prefix


def test_control_characters_from_the_python_api_never_break_the_xml() -> None:
    # The parser rejects control characters, but a Map built in Python can hold them.
    kettle = Component("Ket\x00tle\x1b", Kind.CAPABILITY, position=Position(0.4, 0.6))
    map_ = Map(
        title="Tea\x07 Shop",
        components=(kettle,),
        notes=(Note("hot\x0b water", Position(0.2, 0.3)),),
    )
    root = ElementTree.fromstring(wardley.to_svg(map_))  # well-formed XML
    drawn = "".join(root.itertext())
    assert "Kettle" in drawn and "Tea Shop" in drawn and "hot water" in drawn


def test_states() -> None:
    map_ = wardley.load(GOLDEN / "evolve-inertia-methods.wm")
    both = wardley.layout(map_, state="both")
    current = wardley.layout(map_, state="current")
    future = wardley.layout(map_, state="future")
    assert both.by_role("evolve") and both.by_role("evolved")
    assert not current.by_role("evolve") and not current.by_role("evolved")
    assert not future.by_role("evolve")
    names = {" ".join(t.lines) for t in future.by_role("label")}
    assert "Platform as a Service" in names and "Platform" not in names
    with pytest.raises(ValueError):
        wardley.layout(map_, state="someday")


def test_layout_scene_has_roles_and_ids() -> None:
    scene = wardley.layout(wardley.load(GOLDEN / "pipelines.wm"))
    roles = {shape.role for shape in scene.shapes}
    assert {"axis", "stage-separator", "pipeline", "capability", "label", "link"} <= roles
    ids = [shape.id for shape in scene.shapes]
    assert len(ids) == len(set(ids))


def test_explicit_positions_are_exact() -> None:
    scene = wardley.layout(wardley.parse("component Kettle [0.43, 0.35]"), width=1000)
    [circle] = scene.by_role("capability")
    # x = left + 0.35 * plot width, y = top + (1 - 0.43) * plot height, where the axes are drawn
    [evolution_axis] = [s for s in scene.by_role("axis") if s.y1 == s.y2]
    [visibility_axis] = [s for s in scene.by_role("axis") if s.x1 == s.x2]
    left, right = evolution_axis.x1, evolution_axis.x2
    bottom, top = visibility_axis.y1, visibility_axis.y2
    assert (right, top) == (1000 - 24, 24)
    assert circle.cx == pytest.approx(left + 0.35 * (right - left))
    assert circle.cy == pytest.approx(top + (1 - 0.43) * (bottom - top))


# ---- the render command ------------------------------------------------------------------------------
def run(*args: str, input: bytes | None = None) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout_bytes, result.stderr


def test_render_formats_from_extension(tmp_path: Path) -> None:
    source = GALLERY / "tea-shop.wm"
    for suffix, magic in ((".svg", b"<svg"), (".png", b"\x89PNG"), (".pdf", b"%PDF")):
        target = tmp_path / f"tea{suffix}"
        assert run("render", str(source), str(target))[0] == 0
        assert target.read_bytes().startswith(magic)
    code, out, _ = run("render", "-", "--format", "svg", input=source.read_bytes())
    assert code == 0 and out.startswith(b"<svg")
    code, out, _ = run("render", str(source), "-", "--format", "png")
    assert code == 0 and out.startswith(b"\x89PNG")


def test_render_batch_into_a_folder(tmp_path: Path) -> None:
    sources = sorted(GOLDEN.glob("*.wm"))
    code, _, _ = run("render", *map(str, sources), "-o", str(tmp_path / "out"), "-f", "png")
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        p.with_suffix(".png").name for p in sources
    )


def test_render_error_keeps_the_old_picture(tmp_path: Path) -> None:
    source = tmp_path / "map.wm"
    target = tmp_path / "map.svg"
    source.write_text("user A\nneed B [prodcut]\n")
    target.write_text("old picture")
    code, _, err = run("render", str(source), str(target))
    assert code == 1 and "unknown stage 'prodcut'" in err
    assert target.read_text() == "old picture"


def test_render_failure_between_drawing_and_writing_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wardley.files

    target = tmp_path / "map.svg"
    target.write_text("old picture")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(wardley.files.os, "fsync", broken_fsync)
    code, _, err = run("render", str(GALLERY / "tea-shop.wm"), str(target))
    assert code == 1 and "No space left" in err
    assert target.read_text() == "old picture"
    assert [p.name for p in tmp_path.iterdir()] == ["map.svg"]  # no temporary left behind


def test_render_options(tmp_path: Path) -> None:
    target = tmp_path / "m.png"
    code, _, _ = run("render", str(GALLERY / "tea-shop.wm"), str(target), "--width", "500")
    assert code == 0
    width = int.from_bytes(target.read_bytes()[16:20], "big")
    assert width == 500
    code, _, err = run("render", str(GALLERY / "tea-shop.wm"), "--theme", "nope")
    assert code == 2 and "unknown theme" in err
    assert run("themes")[1].decode().count("\n") == 6


def test_gallery_index_shows_every_map() -> None:
    index = (GALLERY / "README.md").read_text(encoding="utf-8")
    for source in sorted(GALLERY.glob("*.wm")):
        assert f"]({source.stem}.svg)" in index, source.name
        assert f"```wardley\n{source.read_text(encoding='utf-8')}```" in index, source.name


def test_watch_renders_again_on_save(tmp_path: Path) -> None:
    import queue
    import threading
    import time

    source = tmp_path / "map.wm"
    target = tmp_path / "map.svg"
    source.write_text("user A\nneed B [product]\nA -> B\n")
    command = [
        str(Path(sys.executable).parent / "wardley"),
        "render",
        str(source),
        str(target),
        "--watch",
    ]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    assert process.stderr is not None
    stream = process.stderr
    threading.Thread(target=lambda: [lines.put(line) for line in stream], daemon=True).start()
    try:
        assert "watching" in lines.get(timeout=20)
        first = target.read_text()
        deadline = time.monotonic() + 30
        rendered = False
        while not rendered and time.monotonic() < deadline:
            # Saved again until seen: the watcher may start a moment after it says so.
            source.write_text("user A\nneed Renamed need [product]\nA -> Renamed need\n")
            try:
                rendered = "rendered" in lines.get(timeout=2)
            except queue.Empty:
                continue
        assert rendered
        assert "Renamed need" in target.read_text() and target.read_text() != first
    finally:
        process.terminate()
        process.wait(timeout=10)
