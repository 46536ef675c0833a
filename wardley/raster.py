"""SVG → PNG and PDF with cairosvg, which is imported only when a raster is asked for.

cairosvg runs with ``unsafe=False``: it resolves no external entities and loads no files or
URLs, so rendering a map never reads the disk or the network.
"""

from __future__ import annotations


def _cairo_kwargs(svg: str, scale: float, width: float | None) -> dict[str, object]:
    kwargs: dict[str, object] = {"bytestring": svg.encode("utf-8"), "unsafe": False}
    if width:
        kwargs["output_width"] = int(width)
    elif scale != 1:
        kwargs["scale"] = scale
    return kwargs


def svg_to_png(svg: str, *, scale: float = 1.0, width: float | None = None) -> bytes:
    import cairosvg

    return cairosvg.svg2png(**_cairo_kwargs(svg, scale, width))  # type: ignore[no-any-return]


def svg_to_pdf(svg: str, *, scale: float = 1.0, width: float | None = None) -> bytes:
    import cairosvg

    return cairosvg.svg2pdf(**_cairo_kwargs(svg, scale, width))  # type: ignore[no-any-return]
