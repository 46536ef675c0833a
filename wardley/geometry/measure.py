"""Text measurement with the real advance widths of the font the pictures use (Liberation Sans).

The widths ship as :mod:`wardley.geometry.metrics` (made by ``tools/font_metrics.py`` from the
font files). Liberation Sans, Arial and Helvetica share advance widths, so a label is measured as
cairosvg draws it (fontconfig finds Liberation Sans) and as browsers on Linux, Windows and
macOS draw it (Liberation Sans or Arial).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
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


class _Advances(dict[int, int]):
    """A face's advance widths by code point. A character the table lacks is measured as a
    viewer draws it, once: marks take no room, wide East Asian characters an em, the rest the
    face's default."""

    def __init__(self, face: dict[str, Any]) -> None:
        super().__init__(face["widths"])
        self.units: int = face["units_per_em"]
        self.default: int = face["default"]

    def __missing__(self, code: int) -> int:
        ch = chr(code)
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            width = 0
        elif unicodedata.east_asian_width(ch) in ("W", "F"):
            width = self.units
        else:
            width = self.default
        self[code] = width
        return width


@cache
def _advances(bold: bool) -> _Advances:
    return _Advances(_face(bold))


# A label is measured again for every place tried: 17,700 calls for 5,300 texts on the corpus.
@lru_cache(maxsize=4096)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width in pixels of one line of text at ``size`` pixels, as an SVG viewer draws it:
    with runs of spaces as one and none at either end."""
    text = _SPACES.sub(" ", text).strip(" ")
    advances = _advances(bold)
    return sum(map(advances.__getitem__, map(ord, text))) * size / advances.units


def block_size(lines: list[str], size: float, bold: bool = False) -> tuple[float, float]:
    """Width and height of a block of lines."""
    width = max((text_width(line, size, bold) for line in lines), default=0.0)
    return width, len(lines) * size * LINE_HEIGHT


def ascent_descent(bold: bool = False) -> tuple[float, float]:
    """How far the font reaches above and below the baseline, as fractions of its size."""
    face = _face(bold)
    return face["ascent"] / face["units_per_em"], face["descent"] / face["units_per_em"]
