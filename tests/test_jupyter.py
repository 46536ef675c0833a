"""A map shows as its picture in Jupyter, through IPython's own display formatter."""

from __future__ import annotations

import pytest

import wardley

formatters = pytest.importorskip("IPython.core.formatters")

TEA_SHOP = """\
title Tea Shop
user Public
need Cup of Tea [product]
capability Kettle [custom]
Public -> Cup of Tea -> Kettle
"""


def test_display_formatter_gives_svg_and_png() -> None:
    data, _metadata = formatters.DisplayFormatter().format(wardley.parse(TEA_SHOP))
    svg = data["image/svg+xml"]
    assert svg.lstrip().startswith("<svg") and "Cup of Tea" in svg and "<desc" in svg
    png = data["image/png"]
    assert isinstance(png, bytes) and png.startswith(b"\x89PNG\r\n\x1a\n")
    assert "text/plain" in data
