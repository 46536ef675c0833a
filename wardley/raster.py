"""SVG → PNG and PDF with cairosvg, which is imported only when a raster is asked for.

cairosvg runs with ``unsafe=False``: it resolves no external entities and loads no files or
URLs, so rendering a map never reads the disk or the network.
"""

from __future__ import annotations

import math
import re
from functools import cache
from types import ModuleType

#: The most pixels a PNG may have: 8,000 × 5,000, about 160 MB while cairo draws it. A bigger
#: one takes minutes and gigabytes, and no screen or page shows it.
MAX_PIXELS = 40_000_000


class PictureTooLarge(ValueError):
    """A PNG of more pixels than :data:`MAX_PIXELS` was asked for (by width or scale)."""


_ROOT = re.compile(r"<svg\b[^>]*>")
_SIZE = {what: re.compile(rf'\s{what}="([0-9.]+)"') for what in ("width", "height")}


def _cairo_kwargs(svg: str, scale: float, width: float | None) -> dict[str, object]:
    kwargs: dict[str, object] = {"bytestring": svg.encode("utf-8"), "unsafe": False}
    if width:
        kwargs["output_width"] = int(width)
    elif scale != 1:
        kwargs["scale"] = scale
    return kwargs


@cache
def load_cairosvg() -> ModuleType:
    """cairosvg, drawing text at the advance widths the labels were measured with.

    The SVG asks for ``text-rendering="geometricPrecision"``, which cairosvg turns into unhinted
    advances (an image surface otherwise rounds each glyph's advance to whole pixels: 10 px
    labels came out up to 7 % wider than measured) and cairo's "best" antialiasing, which
    garbles glyphs on an image surface (cairo 1.16). So that value keeps the default
    antialiasing, in this process's cairosvg.
    """
    import cairocffi
    import cairosvg
    import cairosvg.surface

    cairosvg.surface.TEXT_ANTIALIAS["geometricPrecision"] = cairocffi.ANTIALIAS_DEFAULT
    return cairosvg


def svg_to_png(
    svg: str, *, scale: float = 1.0, width: float | None = None, fit: bool = True
) -> bytes:
    """The PNG of an SVG. Past :data:`MAX_PIXELS`, a picture whose size the map chose (``fit``)
    is drawn smaller to fit; one whose pixels were asked for is refused (PictureTooLarge)."""
    scale, width = _png_size(svg, scale, width, fit)
    return load_cairosvg().svg2png(**_cairo_kwargs(svg, scale, width))  # type: ignore[no-any-return]


def picture(svg: str, fmt: str, *, scale: float = 1.0) -> bytes:
    """The SVG as a picture file's bytes: ``svg``, ``png`` (``scale`` sizes it) or ``pdf``."""
    if fmt == "svg":
        return svg.encode("utf-8")
    if fmt == "png":
        return svg_to_png(svg, scale=scale)
    if fmt == "pdf":
        return svg_to_pdf(svg)
    raise ValueError(f"format must be one of svg, png, pdf, not {fmt!r}")


def svg_to_pdf(svg: str, *, scale: float = 1.0, width: float | None = None) -> bytes:
    return load_cairosvg().svg2pdf(**_cairo_kwargs(svg, scale, width))  # type: ignore[no-any-return]


def _png_size(svg: str, scale: float, width: float | None, fit: bool) -> tuple[float, float | None]:
    """(scale, width) within the pixel budget (the size is on the SVG's root)."""
    root = _ROOT.search(svg)
    sizes = [_SIZE[what].search(root.group(0)) for what in ("width", "height")] if root else []
    if not sizes or None in sizes:
        return scale, width
    own_width, height = (float(size.group(1)) for size in sizes)  # type: ignore[union-attr]
    factor = width / own_width if width else scale
    pixels = (own_width * factor, height * factor)
    if pixels[0] * pixels[1] <= MAX_PIXELS:
        return scale, width
    if fit:
        return 1.0, own_width * math.sqrt(MAX_PIXELS / (own_width * height))
    raise PictureTooLarge(
        f"the PNG would be {pixels[0]:,.0f} × {pixels[1]:,.0f} pixels; the most is"
        f" {MAX_PIXELS // 1_000_000} million: ask for a smaller width or scale, or draw SVG or"
        " PDF, which have no such limit"
    )
