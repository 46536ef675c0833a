"""Text measurement with the real advance widths of the font the pictures use (Liberation Sans).

The widths ship as :mod:`wardley.geometry.metrics` (made by ``tools/font_metrics.py`` from the
font files). Liberation Sans, Arial and Helvetica share advance widths, so a label is measured as
cairosvg draws it (fontconfig finds Liberation Sans) and as browsers on Linux, Windows and
macOS draw it (Liberation Sans or Arial).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

from wardley.geometry import metrics

#: What the SVG asks for: the measured font, then faces with the same widths. cairosvg reads
#: only the first name; Windows and macOS lack it and take Arial; Chrome OS has Arimo.
FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, Arimo, sans-serif"
#: Line height as a multiple of the font size.
LINE_HEIGHT = 1.2
#: What SVG text without ``xml:space`` folds into one space.
_SPACES = re.compile(r"[ \t\r\n]+")


def _face(bold: bool) -> dict[str, Any]:
    return metrics.BOLD if bold else metrics.REGULAR


def vertical_extent() -> tuple[float, float]:
    """The font's ascent and descent, as fractions of the font size."""
    return ascent_descent(False)


def _table(bold: bool) -> tuple[dict[int, int], int, int]:
    face = _face(bold)
    return face["widths"], face["units_per_em"], face["default"]


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width in pixels of one line of text at ``size`` pixels, as an SVG viewer draws it:
    with runs of spaces as one and none at either end."""
    text = _SPACES.sub(" ", text).strip(" ")
    widths, units, default = _table(bold)
    # Each distinct character is measured once: a very long name costs one C-speed count.
    total = sum(count * _advance(ch, widths, units, default) for ch, count in Counter(text).items())
    return total * size / units


def _advance(ch: str, widths: dict[int, int], units: int, default: int) -> int:
    width = widths.get(ord(ch))
    if width is not None:
        return width
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return units
    return default


def block_size(lines: list[str], size: float, bold: bool = False) -> tuple[float, float]:
    """Width and height of a block of lines."""
    width = max((text_width(line, size, bold) for line in lines), default=0.0)
    return width, len(lines) * size * LINE_HEIGHT


def ascent_descent(bold: bool = False) -> tuple[float, float]:
    """How far the font reaches above and below the baseline, as fractions of its size."""
    face = _face(bold)
    return face["ascent"] / face["units_per_em"], face["descent"] / face["units_per_em"]
