"""Reliability and security: grammar fuzzing, no injected content, limits, determinism."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wardley

from .grammar_strategy import map_texts

EXAMPLES = int(os.environ.get("WARDLEY_EXAMPLES", "120"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
ROOT = Path(__file__).resolve().parent.parent


@SETTINGS
@given(map_texts())
def test_maps_written_from_the_grammar_parse_or_raise_map_error(text: str) -> None:
    try:
        map_ = wardley.parse(text)
    except wardley.MapError as error:
        assert error.errors
        return
    assert wardley.parse(wardley.format(map_)) == map_
    wardley.to_svg(map_)


HOSTILE = st.sampled_from(
    [
        "<script>alert(1)</script>",
        '" onload="alert(1)',
        "]]><script>x</script>",
        "&amp; &lt; &#x3C;",
        "javascript:alert(1)",
        "\u202eevil\u202c",
        "<![CDATA[x]]>",
        "<?xml-stylesheet href='x'?>",
        "x'/><image href='https://evil.example/x.png'/>",
    ]
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(HOSTILE, min_size=1, max_size=4),
    st.sampled_from(
        ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "https://ok.example/"]
    ),
)
def test_no_crafted_map_injects_content(names: list[str], address: str) -> None:
    quoted = ['"' + n.replace("\\", "\\\\").replace('"', '\\"') + '"' for n in names]
    lines = [f"title {names[0]}"]
    lines += [f"component {q} [0.{i + 1}, 0.5]" for i, q in enumerate(quoted)]
    lines += [
        f"note {quoted[0]} [0.9, 0.1]",
        "submap Site [0.2, 0.2] url(site)",
        f"url site [{address}]",
    ]
    lines += [f"{quoted[0]} -> Site; {names[-1]}"]
    text = "\n".join(lines)
    try:
        map_ = wardley.parse(text)
    except wardley.MapError:
        return
    for theme in ("plain", "book"):
        svg = wardley.to_svg(map_, theme=theme)
        root = ElementTree.fromstring(svg)  # well-formed: nothing broke out of its element
        for element in root.iter():
            tag = element.tag.split("}")[-1]
            assert tag not in ("script", "image", "foreignObject", "iframe", "use"), tag
            for attribute, value in element.attrib.items():
                assert not attribute.lower().startswith("on"), attribute
                if attribute.endswith("href"):
                    assert value.startswith(("http://", "https://", "mailto:", "#")), value
        assert not re.search(r"<script", svg)


def test_limits_are_clear_errors_and_raisable() -> None:
    text = "\n".join(f"component C{i} [0.5, 0.5]" for i in range(30))
    try:
        wardley.api.parse(text, limits=wardley.api.Limits(max_components=20))
    except wardley.MapError as error:
        [d] = error.errors
        assert (d.code, d.line) == ("E018", 21) and "--max-components" in (d.hint or "")
    else:
        raise AssertionError("the limit was not enforced")
    assert len(wardley.parse(text).components) == 30
    script = Path(sys.executable).parent / "wardley"
    source = ROOT / "gallery" / "tea-shop.wm"
    low = subprocess.run(
        [str(script), "--max-components", "3", "check", str(source)], capture_output=True, text=True
    )
    assert low.returncode == 1 and "E018" in low.stderr
    lines = subprocess.run(
        [str(script), "--max-lines", "5", "check", str(source)], capture_output=True, text=True
    )
    assert lines.returncode == 1 and "E015" in lines.stderr


def test_json_and_svg_are_identical_across_hash_seeds(tmp_path: Path) -> None:
    source = ROOT / "gallery" / "feature-tour.wm"
    script = Path(sys.executable).parent / "wardley"
    outputs = set()
    for seed in ("0", "7", "424242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        json_out = subprocess.run(
            [str(script), "convert", str(source), "--to", "json"],
            capture_output=True,
            env=env,
            check=True,
        ).stdout
        svg_out = tmp_path / f"{seed}.svg"
        subprocess.run([str(script), "render", str(source), str(svg_out)], env=env, check=True)
        outputs.add((json_out, svg_out.read_bytes()))
    assert len(outputs) == 1
    assert json.loads(next(iter(outputs))[0])["schema_version"] == 1


def test_rendering_never_reads_files_or_the_network(tmp_path: Path) -> None:
    """cairosvg runs with unsafe features off: an SVG naming a local file does not load it."""
    from wardley.raster import svg_to_png

    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not an image")
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="10" height="10"><image xlink:href="file://{secret}" width="10" height="10"/></svg>'
    )
    png = svg_to_png(svg)  # must not raise while trying to read the file as an image
    assert png.startswith(b"\x89PNG")
