"""Text measurement with the real advance widths of the font the pictures use (DejaVu Sans).

The widths ship in ``fonts/metrics.json`` (made by ``tools/font_metrics.py`` from the font
files), so a label is measured exactly as cairosvg and most browsers draw it.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from functools import cache
from importlib import resources

#: What the SVG asks for: the measured font first, then look-alikes with close metrics.
FONT_FAMILY = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif"
#: Line height as a multiple of the font size.
LINE_HEIGHT = 1.2


@cache
def _table(bold: bool) -> tuple[dict[int, int], int, int]:
    data = json.loads(resources.files("wardley").joinpath("fonts", "metrics.json").read_text())
    face = data["bold" if bold else "regular"]
    widths = {}
    for entry in face["widths"].split(";"):
        if entry:
            code, width = entry.split(":")
            widths[int(code, 16)] = int(width, 16)
    return widths, face["units_per_em"], face["default"]


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width in pixels of one line of text at ``size`` pixels."""
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


@cache
def ascent_descent(bold: bool = False) -> tuple[float, float]:
    """How far the font reaches above and below the baseline, as fractions of its size."""
    data = json.loads(resources.files("wardley").joinpath("fonts", "metrics.json").read_text())
    face = data["bold" if bold else "regular"]
    return face["ascent"] / face["units_per_em"], face["descent"] / face["units_per_em"]
