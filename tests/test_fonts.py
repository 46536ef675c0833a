"""Measured is drawn: every label is as wide in a browser, a PNG and a PDF as it was measured.

Labels are measured with Liberation Sans's advance widths (wardley/geometry/metrics.py). The
PNG and PDF tests need that font installed (Debian: fonts-liberation), the browser test a
headless Chromium; each skips, naming what is missing, without it.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

import wardley
from wardley.geometry.measure import FONT_FAMILY, text_width
from wardley.geometry.metrics import FAMILY as MEASURED
from wardley.raster import svg_to_pdf, svg_to_png
from wardley.scene import Scene, Text
from wardley.svg import to_svg
from wardley.themes import THEMES

from .conftest import ROOT

#: Every letter, digits and punctuation, long enough that side bearings are a fraction of 1 %.
PANGRAM = "Pack my box with five dozen liquor jugs: Sphinx of black quartz, judge my vow (2, 7)"


def first_family(font_family: str) -> str:
    return font_family.split(",")[0].strip("'\" ")


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_theme_asks_for_the_measured_font_first(theme: str) -> None:
    # cairosvg reads only the first name of the list, and a browser takes it where installed.
    assert first_family(THEMES[theme].font_family) == MEASURED == first_family(FONT_FAMILY)


def installed_measured_font() -> None:
    """Skip, saying what to install, where fontconfig does not have the measured font."""
    fc_list = shutil.which("fc-list")
    found = (
        fc_list
        and subprocess.run(
            [fc_list, MEASURED, "family"], capture_output=True, text=True, check=False
        ).stdout.strip()
    )
    if not found:
        pytest.skip(
            f"{MEASURED} is not installed: PNG and PDF need it"
            " (Debian: apt-get install fonts-liberation)"
        )


def single_label(bold: bool, italic: bool, size: float) -> str:
    text = Text(
        "t-label", "label", 20, 40, (PANGRAM,), size, "#000000", FONT_FAMILY, bold, italic=italic
    )
    width = text_width(PANGRAM, size, bold)
    return to_svg(Scene(width + 40, 60, "#ffffff", None, "t", "one label", "", (text,)))


@pytest.mark.parametrize("size", [10, 12])
@pytest.mark.parametrize(("bold", "italic"), [(False, False), (True, False), (False, True)])
def test_a_png_label_is_as_wide_as_measured(size: float, bold: bool, italic: bool) -> None:
    installed_measured_font()
    picture = Image.open(io.BytesIO(svg_to_png(single_label(bold, italic, size)))).convert("L")
    pixels = picture.load()
    inked = [
        x for x in range(picture.width) if any(pixels[x, y] < 128 for y in range(picture.height))
    ]
    ink = inked[-1] + 1 - inked[0]
    # Ink spans the advances less the outer side bearings (a pixel or so); a glyph's advance
    # rounded to whole pixels, as cairo does unless told, made this line 4 % wider.
    assert ink == pytest.approx(text_width(PANGRAM, size, bold), rel=0.01)
    assert inked[0] == pytest.approx(20, abs=1.5)


def test_a_pdf_embeds_the_measured_font() -> None:
    installed_measured_font()
    for bold, face in ((False, "LiberationSans"), (True, "LiberationSans-Bold")):
        fonts = re.findall(
            rb"/BaseFont\s*/[A-Z]{6}\+([\w-]+)", svg_to_pdf(single_label(bold, False, 12))
        )
        assert fonts == [face.encode()]


# ---- in a real browser ------------------------------------------------------------------------
#: Where each line of each <text> starts and how long it is, as the browser laid it out.
LINE_EXTENTS = """
const out = {};
for (const text of document.querySelectorAll('text')) {
  out[text.id] = [...text.querySelectorAll('tspan')]
    .filter((line) => line.getNumberOfChars() > 0)
    .map((line) => [line.getStartPositionOfChar(0).x, line.getComputedTextLength()]);
}
return out;
"""


@pytest.mark.parametrize(
    ("map_name", "theme"),
    [
        ("feature-tour", None),
        ("knowledge-base-book-theme", None),
        ("llm-ecosystem-future", "handwritten"),
    ],
)
def test_chromium_draws_every_label_in_its_measured_box(
    browser: Any, tmp_path: Path, map_name: str, theme: str | None
) -> None:
    scene = wardley.layout(wardley.load(ROOT / "gallery" / f"{map_name}.wm"), theme=theme)
    page = tmp_path / f"{map_name}.svg"
    page.write_text(to_svg(scene))
    browser.get(page.as_uri())
    drawn = browser.execute_script(LINE_EXTENTS)
    texts = [s for s in scene.shapes if isinstance(s, Text) and s.box is not None]
    assert len(texts) > 10
    for text in texts:
        assert text.box is not None
        lines = drawn[text.id]
        left = min(start for start, _ in lines)
        right = max(start + length for start, length in lines)
        where = f"{text.id} {text.lines!r}"
        tolerance = 0.01 * text.box.width + 0.1
        assert right - left == pytest.approx(text.box.width, abs=tolerance), where
        assert left == pytest.approx(text.box.x, abs=tolerance + 0.01), where


def test_runs_of_spaces_measure_as_the_one_space_an_svg_viewer_draws() -> None:
    assert text_width("Hot  \t Water ", 12) == text_width("Hot Water", 12) > 0
    assert text_width("Hot\u00a0\u00a0Water", 12) > text_width("Hot Water", 12)  # kept as drawn
