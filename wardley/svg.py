"""Scene → SVG text, with svgwrite.

Deterministic (numbers rounded to two decimals, attributes in a fixed order), accessible
(``role="img"``, ``<title>`` and ``<desc>``), and safe to inline: every id carries the map's
prefix, all text is escaped by the XML writer, and nothing refers outside the document.
"""

from __future__ import annotations

import re

from wardley.scene import Circle, Line, Path, Rect, Scene, Shape, Style, Text

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _n(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _clean(text: str) -> str:
    """XML cannot hold control characters at all; drop them (names cannot contain them)."""
    return _CONTROL.sub("", text)


def _style(style: Style) -> dict[str, str]:
    out: dict[str, str] = {}
    if style.fill is not None:
        out["fill"] = style.fill
    if style.stroke is not None:
        out["stroke"] = style.stroke
    if style.stroke_width is not None:
        out["stroke_width"] = _n(style.stroke_width)
    if style.dash is not None:
        out["stroke_dasharray"] = style.dash
    if style.opacity is not None:
        out["opacity"] = _n(style.opacity)
    if style.fill_opacity is not None:
        out["fill_opacity"] = _n(style.fill_opacity)
    return out


def _marker_id(prefix: str, colour: str) -> str:
    return f"{prefix}-arrow-{re.sub(r'[^0-9a-zA-Z]', '', colour)}"


def to_svg(scene: Scene) -> str:
    import svgwrite

    prefix = scene.id_prefix
    drawing = svgwrite.Drawing(
        size=(_n(scene.width), _n(scene.height)), profile="full", debug=False
    )
    drawing.attribs["viewBox"] = f"0 0 {_n(scene.width)} {_n(scene.height)}"
    drawing.attribs["role"] = "img"
    drawing.attribs["aria-labelledby"] = f"{prefix}-title {prefix}-desc"
    drawing.attribs["id"] = prefix
    # Text is drawn at the font's own advance widths, as it was measured: no pixel-rounded
    # (hinted) advances in cairo's PNG, no kerning or ligatures in a browser.
    drawing.attribs["text-rendering"] = "geometricPrecision"
    drawing.attribs["style"] = "font-kerning:none;font-variant-ligatures:none"
    drawing.set_desc(title=_clean(scene.title), desc=_clean(scene.description or scene.title))
    drawing.elements[0].xml.set("id", f"{prefix}-title")
    drawing.elements[1].xml.set("id", f"{prefix}-desc")

    # One arrowhead per colour in use (cairosvg does not know `context-stroke`).
    colours = sorted({str(s.style.stroke) for s in scene.shapes if isinstance(s, Line) and s.arrow})
    for colour in colours:
        marker = drawing.marker(
            id=_marker_id(prefix, colour),
            insert=(8, 4),
            size=(8, 8),
            orient="auto",
            markerUnits="userSpaceOnUse",
        )
        marker.add(drawing.path(d="M0,0 L8,4 L0,8 Z", fill=colour))
        drawing.defs.add(marker)
    background = scene.background
    if scene.background_to:
        gradient = drawing.linearGradient(start=(0, 0), end=(0, 1), id=f"{prefix}-background")
        gradient.add_stop_color(0, scene.background)
        gradient.add_stop_color(1, scene.background_to)
        drawing.defs.add(gradient)
        background = f"url(#{prefix}-background)"
    drawing.add(
        drawing.rect(insert=(0, 0), size=(_n(scene.width), _n(scene.height)), fill=background)
    )
    for shape in scene.shapes:
        drawing.add(_element(drawing, shape, prefix))
    return drawing.tostring() + "\n"


def _element(drawing, shape: Shape, prefix: str):  # type: ignore[no-untyped-def]
    common = {"id": shape.id, "class_": shape.role}
    if isinstance(shape, Line):
        attrs = _style(shape.style)
        if shape.arrow:
            attrs["marker_end"] = f"url(#{_marker_id(prefix, str(shape.style.stroke))})"
        return drawing.line(
            start=(_n(shape.x1), _n(shape.y1)), end=(_n(shape.x2), _n(shape.y2)), **common, **attrs
        )
    if isinstance(shape, Circle):
        return drawing.circle(
            center=(_n(shape.cx), _n(shape.cy)), r=_n(shape.r), **common, **_style(shape.style)
        )
    if isinstance(shape, Rect):
        extra = {"rx": _n(shape.rx)} if shape.rx else {}
        return drawing.rect(
            insert=(_n(shape.x), _n(shape.y)),
            size=(_n(shape.width), _n(shape.height)),
            **common,
            **extra,
            **_style(shape.style),
        )
    if isinstance(shape, Path):
        return drawing.path(d=shape.d, **common, **_style(shape.style))
    assert isinstance(shape, Text)
    attrs = {
        "font_family": shape.font_family,
        "font_size": _n(shape.size),
        "fill": shape.fill,
    }
    if shape.bold:
        attrs["font_weight"] = "bold"
    if shape.italic:
        attrs["font_style"] = "italic"
    if shape.anchor != "start":
        attrs["text_anchor"] = shape.anchor
    x, y = _n(shape.x), _n(shape.y)
    if shape.rotate:
        attrs["transform"] = f"rotate({_n(shape.rotate)} {x} {y})"
    text = drawing.text("", insert=(x, y), **common, **attrs)
    for index, line in enumerate(shape.lines):
        if index == 0:
            text.add(drawing.tspan(_clean(line), x=[x]))
        else:
            text.add(drawing.tspan(_clean(line), x=[x], dy=[_n(shape.size * 1.2)]))
    if shape.href:
        link = drawing.a(href=shape.href, target="_blank")
        link.add(text)
        return link
    return text
