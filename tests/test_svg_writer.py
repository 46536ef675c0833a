"""The shapes of an SVG are written as svgwrite writes them (through ElementTree): the same
bytes, whatever the text in them. The oracle below builds each shape as svgwrite elements."""

from __future__ import annotations

import svgwrite
from hypothesis import given, settings
from hypothesis import strategies as st

from wardley.scene import Box, Circle, Line, Path, Rect, Scene, Shape, Style, Text
from wardley.svg import _clean, _marker_id, _n, to_svg


def svgwrite_shape(drawing: svgwrite.Drawing, shape: Shape, prefix: str):  # type: ignore[no-untyped-def]
    """One shape as svgwrite elements."""
    style = {
        name: value
        for name, value in (
            ("fill", shape.style.fill if not isinstance(shape, Text) else None),
            ("stroke", getattr(getattr(shape, "style", None), "stroke", None)),
        )
        if value is not None
    }
    if not isinstance(shape, Text):
        s = shape.style
        if s.stroke_width is not None:
            style["stroke_width"] = _n(s.stroke_width)
        if s.dash is not None:
            style["stroke_dasharray"] = s.dash
        if s.opacity is not None:
            style["opacity"] = _n(s.opacity)
        if s.fill_opacity is not None:
            style["fill_opacity"] = _n(s.fill_opacity)
    common = {"id": shape.id, "class_": shape.role}
    if isinstance(shape, Line):
        if shape.arrow:
            style["marker_end"] = f"url(#{_marker_id(prefix, str(shape.style.stroke))})"
        return drawing.line(
            start=(_n(shape.x1), _n(shape.y1)), end=(_n(shape.x2), _n(shape.y2)), **common, **style
        )
    if isinstance(shape, Circle):
        return drawing.circle(center=(_n(shape.cx), _n(shape.cy)), r=_n(shape.r), **common, **style)
    if isinstance(shape, Rect):
        extra = {"rx": _n(shape.rx)} if shape.rx else {}
        size = (_n(shape.width), _n(shape.height))
        return drawing.rect(
            insert=(_n(shape.x), _n(shape.y)), size=size, **common, **extra, **style
        )
    if isinstance(shape, Path):
        return drawing.path(d=shape.d, **common, **style)
    attrs = {"font_family": shape.font_family, "font_size": _n(shape.size), "fill": shape.fill}
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
        dy = {} if index == 0 else {"dy": [_n(shape.size * 1.2)]}
        text.add(drawing.tspan(_clean(line), x=[x], **dy))
    if shape.href:
        link = drawing.a(href=shape.href, target="_blank")
        link.add(text)
        return link
    return text


def shapes_as_svgwrite_writes_them(scene: Scene) -> str:
    drawing = svgwrite.Drawing(profile="full", debug=False)
    for shape in scene.shapes:
        drawing.add(svgwrite_shape(drawing, shape, scene.id_prefix))
    written = drawing.tostring()
    return written[written.index("<defs />") + len("<defs />") : written.rindex("</svg>")]


def scene_of(shapes: tuple[Shape, ...]) -> Scene:
    return Scene(800, 600, "#fff", None, "wm1", "A & <title>", "", shapes)


def written_shapes(scene: Scene) -> str:
    svg = to_svg(scene)
    after_background = svg.index("/>", svg.index('<rect fill="#fff"')) + 2
    return svg[after_background : svg.rindex("</svg>")]


NASTY = "a & b < c > \"d\" 'e'\t\r\n ]]> &amp; \u00e9\u2014\U0001f600 \x07"
STYLES = (
    Style(),
    Style(fill="#fff", stroke="red", stroke_width=1.25, dash="4 2", opacity=0.5, fill_opacity=0.2),
    Style(fill="", stroke='say "hi"'),
)


def every_kind_of_shape(text: str) -> tuple[Shape, ...]:
    box = Box(0, 0, 10, 10)
    return (
        Line("l1", "link", 0, 0.004, 10.126, -3, STYLES[0]),
        Line("l2", text, 1, 2, 3, 4, STYLES[1], arrow=True),
        Circle("c1", "component", 5, 5, 6, STYLES[1]),
        Circle("", "", 5, 5, 6, STYLES[2]),
        Rect("r1", "pipeline", 1, 2, 3, 4, STYLES[1], rx=3.333),
        Rect("r2", "overlay", 1, 2, 3, 4, STYLES[0]),
        Path("p1", "market", "M0,0 L8,4 Z", STYLES[1]),
        Text("t1", "label", 1, 2, (text, "", "second"), 12, "#000", "Sans", box=box),
        Text("t2", "title", 1, 2, (text,), 18, "#000", "'A' \"B\"", bold=True, anchor="middle"),
        Text("t3", "axis", 1, 2, ("Visible",), 12, "#000", "Sans", rotate=-90, italic=True),
        Text(
            "t4", "label", 1, 2, ("Sub map",), 12, "#00f", "Sans", href=f"https://x/?a=1&b={text}"
        ),
        Text("t5", "note", 1, 2, (), 12, "#000", "Sans", anchor="end"),
    )


def test_every_kind_of_shape_is_written_as_svgwrite_writes_it() -> None:
    scene = scene_of(every_kind_of_shape(NASTY))
    assert written_shapes(scene) == shapes_as_svgwrite_writes_them(scene)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_escaped_as_svgwrite_escapes_it(text: str) -> None:
    scene = scene_of(every_kind_of_shape(text))
    assert written_shapes(scene) == shapes_as_svgwrite_writes_them(scene)
