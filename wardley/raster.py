"""SVG → PNG and PDF with cairosvg, which is imported only when a raster is asked for.

cairosvg runs with ``unsafe=False``: it resolves no external entities and loads no files or
URLs, so rendering a map never reads the disk or the network.
"""

from __future__ import annotations

import math
import re
from functools import cache
from types import ModuleType
from typing import Any

#: The most pixels a PNG may have: 8,000 × 5,000, about 160 MB while cairo draws it. A bigger
#: one takes minutes and gigabytes, and no screen or page shows it.
MAX_PIXELS = 40_000_000


class PictureTooLarge(ValueError):
    """A PNG of more pixels than :data:`MAX_PIXELS` was asked for (by width or scale)."""


_ROOT = re.compile(r"<svg\b[^>]*>")
_SIZE = {what: re.compile(rf'\s{what}="([0-9.]+)"') for what in ("width", "height")}


def _root_size(svg: str) -> tuple[float, float] | None:
    """The width and height on an SVG's root, if it has both."""
    root = _ROOT.search(svg)
    sizes = [_SIZE[what].search(root.group(0)) for what in ("width", "height")] if root else []
    if not sizes or None in sizes:
        return None
    width, height = (float(size.group(1)) for size in sizes)  # type: ignore[union-attr]
    return width, height


def _cairo_kwargs(svg: str, scale: float, width: float | None) -> dict[str, object]:
    kwargs: dict[str, object] = {"bytestring": svg.encode("utf-8"), "unsafe": False}
    if width:
        kwargs["output_width"] = int(width)
    elif scale != 1:
        kwargs["scale"] = scale
    return kwargs


def _png_kwargs(svg: str, scale: float, width: float | None) -> dict[str, object]:
    """What cairosvg is given for a PNG: a picture of a whole number of pixels each way.

    cairo makes a picture of a fractional size (a canvas of 800.7 pixels, or 720 at a scale
    of 1.33) a whole pixel bigger and paints its last row and column only in part: a
    translucent edge, a grey line on a dark page. So the size is rounded, and the drawing
    stretched to fill it (by less than a pixel each way: no one sees it).
    """
    root, size = _ROOT.search(svg), _root_size(svg)
    if root is None or size is None:
        return _cairo_kwargs(svg, scale, width)
    own_width, own_height = size
    factor = int(width) / own_width if width else scale
    pixels = (own_width * factor, own_height * factor)
    if all(p == round(p) for p in pixels):
        return _cairo_kwargs(svg, scale, width)
    stretched = (
        svg[: root.start()]
        + root.group(0).replace("<svg", '<svg preserveAspectRatio="none"', 1)
        + svg[root.end() :]
    )
    kwargs = _cairo_kwargs(stretched, 1.0, None)
    kwargs["output_width"], kwargs["output_height"] = (max(1, round(p)) for p in pixels)
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
    # cffi's cache of parsed type names, whose entries are (type, whether a function): it is
    # private, so a cffi without it parses the names as before.
    parsed = getattr(cairocffi.ffi, "_parsed_types", None)
    if isinstance(parsed, dict):
        for name, ctype in _cairo_types(cairocffi).items():
            parsed.setdefault(name, (ctype, False))
    return cairosvg


def _cairo_types(cairocffi: ModuleType) -> dict[str, Any]:
    """The C types that cairocffi names while it draws and writes a picture, by their names.

    cffi parses a type's name (``ffi.new("double[2]")``) with pycparser the first time it is
    asked for, declaring every one of cairo's typedefs again each time: 2 ms a name, 20 ms for
    a map's PNG, a fifth of a cold render beyond the imports. The same types, taken from the
    declarations of cairo's functions, which cffi has already read, cost nothing.
    """
    from _cffi_backend import new_array_type

    ffi, cairo = cairocffi.ffi, cairocffi.cairo

    def argument(function: object, index: int) -> Any:
        return ffi.typeof(function).args[index]

    double, char = argument(cairo.cairo_user_to_device, 1), argument(cairo.cairo_show_text, 1)
    path = argument(cairo.cairo_append_path, 1)
    path_data = dict(path.item.fields)["data"].type
    return {
        "double[2]": new_array_type(double, 2),
        "double[]": new_array_type(double, None),
        "char[]": new_array_type(char, None),
        "cairo_path_t *": path,
        "cairo_path_data_t[]": new_array_type(path_data, None),
        "cairo_matrix_t *": argument(cairo.cairo_get_matrix, 1),
        "cairo_font_extents_t *": argument(cairo.cairo_font_extents, 1),
        "cairo_text_extents_t *": argument(cairo.cairo_text_extents, 2),
        # Writing a PNG or a PDF:
        "cairo_write_func_t": argument(cairo.cairo_surface_write_to_png_stream, 1),
        "cairo_destroy_func_t": argument(cairo.cairo_surface_set_user_data, 3),
    }


def svg_to_png(
    svg: str, *, scale: float = 1.0, width: float | None = None, fit: bool = True
) -> bytes:
    """The PNG of an SVG. Past :data:`MAX_PIXELS`, a picture whose size the map chose (``fit``)
    is drawn smaller to fit; one whose pixels were asked for is refused (PictureTooLarge)."""
    scale, width = _png_size(svg, scale, width, fit)
    return load_cairosvg().svg2png(**_png_kwargs(svg, scale, width))  # type: ignore[no-any-return]


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
    size = _root_size(svg)
    if size is None:
        return scale, width
    own_width, height = size
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
