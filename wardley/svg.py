"""Scene → SVG text, with svgwrite.

Deterministic (numbers rounded to two decimals, attributes in a fixed order), accessible
(``role="img"``, ``<title>`` and ``<desc>``), and safe to inline: every id carries the map's
prefix, all text is escaped by the XML writer, and nothing refers outside the document.

svgwrite writes the document: the root, its title and description, the definitions (arrowheads,
the background's gradient) and the background. The shapes, a thousand and more on a big map,
are written here, each as svgwrite would write it through ElementTree (attributes sorted by
name, empty ones left out, the same escaping) but without building two objects per shape
first: that took three quarters of the time of an SVG.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wardley.scene import Circle, Line, Path, Rect, Scene, Shape, Style, Text

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@lru_cache(maxsize=4096)  # a big map writes the same few numbers many times (18,068: 1,677)
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
        out["stroke-width"] = _n(style.stroke_width)
    if style.dash is not None:
        out["stroke-dasharray"] = style.dash
    if style.opacity is not None:
        out["opacity"] = _n(style.opacity)
    if style.fill_opacity is not None:
        out["fill-opacity"] = _n(style.fill_opacity)
    return out


def _marker_id(prefix: str, colour: str) -> str:
    return f"{prefix}-arrow-{_NOT_ALPHANUMERIC.sub('', colour)}"


_NOT_ALPHANUMERIC = re.compile(r"[^0-9a-zA-Z]")


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
    document = drawing.tostring()
    closing = document.rindex("</svg>")
    styles: dict[int, dict[str, str]] = {}
    shapes = "".join([_element(shape, prefix, styles) for shape in scene.shapes])
    return document[:closing] + shapes + document[closing:] + "\n"


def _element(shape: Shape, prefix: str, styles: dict[int, dict[str, str]]) -> str:
    """A shape's element; ``styles`` holds the attributes of each style written so far, by
    its identity (shapes share a few styles: a big map's thousands of links, one)."""
    common = {"id": shape.id, "class": shape.role}
    if isinstance(shape, Text):
        return _text(shape, common)
    style = styles.get(id(shape.style))
    if style is None:
        style = styles[id(shape.style)] = _style(shape.style)
    if isinstance(shape, Line):
        attributes = {
            **common,
            "x1": _n(shape.x1),
            "y1": _n(shape.y1),
            "x2": _n(shape.x2),
            "y2": _n(shape.y2),
            **style,
        }
        if shape.arrow:
            attributes["marker-end"] = f"url(#{_marker_id(prefix, str(shape.style.stroke))})"
        return _xml("line", attributes)
    if isinstance(shape, Circle):
        centre = {"cx": _n(shape.cx), "cy": _n(shape.cy), "r": _n(shape.r)}
        return _xml("circle", {**common, **centre, **style})
    if isinstance(shape, Rect):
        corner = {"x": _n(shape.x), "y": _n(shape.y)}
        size = {"width": _n(shape.width), "height": _n(shape.height)}
        rounded = {"rx": _n(shape.rx)} if shape.rx else {}
        return _xml("rect", {**common, **corner, **size, **rounded, **style})
    assert isinstance(shape, Path)
    return _xml("path", {**common, "d": shape.d, **style})


def _text(shape: Text, common: dict[str, str]) -> str:
    x, y = _n(shape.x), _n(shape.y)
    attributes = {
        **common,
        "x": x,
        "y": y,
        "font-family": shape.font_family,
        "font-size": _n(shape.size),
        "fill": shape.fill,
    }
    if shape.bold:
        attributes["font-weight"] = "bold"
    if shape.italic:
        attributes["font-style"] = "italic"
    if shape.anchor != "start":
        attributes["text-anchor"] = shape.anchor
    if shape.rotate:
        attributes["transform"] = f"rotate({_n(shape.rotate)} {x} {y})"
    next_line = {"x": x, "dy": _n(shape.size * 1.2)}
    lines = "".join(
        [
            _xml("tspan", {"x": x} if index == 0 else next_line, _escape(_clean(line)))
            for index, line in enumerate(shape.lines)
        ]
    )
    text = _xml("text", attributes, lines)
    if shape.href:
        return _xml("a", {"target": "_blank", "xlink:href": shape.href}, text)
    return text


def _xml(tag: str, attributes: dict[str, str], inner: str = "") -> str:
    """An element as svgwrite writes it with ElementTree: attributes sorted by name, empty
    ones left out; ``inner`` is its (escaped) content."""
    pairs = sorted(attributes.items())
    # Most elements hold nothing to escape: one search over all values says so.
    if _SPECIAL.search("".join(attributes.values())):
        pairs = [(name, _escape_attribute(value)) for name, value in pairs]
    written = "".join([f' {name}="{value}"' for name, value in pairs if value])
    return f"<{tag}{written}>{inner}</{tag}>" if inner else f"<{tag}{written} />"


#: What ElementTree escapes in an attribute's value.
_SPECIAL = re.compile('[&<>"\r\n\t]')


def _escape(text: str) -> str:
    """Character data as ElementTree escapes it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _escape_attribute(text: str) -> str:
    """An attribute value as ElementTree escapes it."""
    text = _escape(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#09;")
    return text
