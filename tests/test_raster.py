"""cairo's type names, given to cffi ahead: the very types cffi would parse from the names;
and PNGs painted to their edges."""

from __future__ import annotations

import io

import cairocffi
import pytest

from wardley.raster import _cairo_types, load_cairosvg


def test_the_cairo_types_named_ahead_are_those_cffi_parses_from_their_names() -> None:
    load_cairosvg()
    parsed = cairocffi.ffi._parsed_types
    for name, ctype in _cairo_types(cairocffi).items():
        assert cairocffi.ffi.typeof(name) is ctype, name  # named ahead, as load_cairosvg does
        named = parsed.pop(name)
        try:
            assert cairocffi.ffi.typeof(name) is ctype, name  # parsed from the name
        finally:
            parsed[name] = named


@pytest.mark.parametrize(
    ("size", "scale"),
    [((800.5, 600.3), 1.0), ((800.7, 600.6), 1.0), ((1000, 720), 1.33), ((801, 601), 1.5)],
)
def test_a_png_is_painted_to_its_last_row_and_column(
    size: tuple[float, float], scale: float
) -> None:
    # A canvas (or a scale) of a fractional number of pixels left the PNG's last row or
    # column partly painted: translucent, a grey line on a dark page.
    from PIL import Image

    import wardley
    from wardley.raster import svg_to_png

    text = f"title T\nsize [{size[0]}, {size[1]}]\ncomponent A [0.5, 0.5]\n"
    picture = Image.open(io.BytesIO(svg_to_png(wardley.to_svg(wardley.parse(text)), scale=scale)))
    width, height = picture.size
    assert (width, height) == (round(size[0] * scale), round(size[1] * scale))
    alpha = picture.convert("RGBA").getchannel("A")
    assert alpha.getextrema() == (255, 255)
