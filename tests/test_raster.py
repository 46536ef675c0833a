"""cairo's type names, given to cffi ahead: the very types cffi would parse from the names."""

from __future__ import annotations

import cairocffi

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
