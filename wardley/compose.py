"""Map × theme → Scene: every shape of the picture, positioned in pixels, labels placed.

This is where the domain meets the drawing: it knows what a pipeline or an overlay looks like
(from the theme), but nothing of SVG; :mod:`wardley.svg` writes the Scene out.
"""

from __future__ import annotations

import hashlib
import itertools
import math
from dataclasses import dataclass
from typing import Literal

from wardley import stages
from wardley.build import URL_SCHEMES
from wardley.colours import is_colour
from wardley.diagnostics import Diagnostic, Severity
from wardley.geometry import labels
from wardley.geometry.measure import LINE_HEIGHT, block_size
from wardley.geometry.placement import Placement, drawable, place
from wardley.model import Component, Evolve, Kind, Map, Position, normalise_name
from wardley.scene import Box, Circle, Line, Path, Rect, Scene, Shape, Style, Text
from wardley.themes import Theme, get_theme

State = Literal["current", "future", "both"]
STATES: tuple[str, ...] = ("current", "future", "both")

#: Room for a user's figure beside its name (pixels).
USER_ROOM = 16.0
#: Padding around a name inside a box (the book theme).
BOX_PAD_X = 7.0
BOX_PAD_Y = 5.0
#: Maps with more components than this are drawn on a larger canvas (up to MAX_GROWTH times).
CROWDED = 30
MAX_GROWTH = 10.0
DEFAULT_WIDTH = 1000.0
#: The smallest plot, in pixels each way, whatever size a picture is asked for.
MIN_PLOT = 50.0
DEFAULT_HEIGHT = 720.0
#: An author's label moved farther than this (pixels) is worth a warning with a better offset.
MOVED_OFFSET = 4.0
#: Overlay colours used in turn when an overlay names none.
OVERLAY_COLOURS = ("#f6c343", "#64b5f6", "#81c784", "#e57373", "#ba68c8", "#4db6ac")
ATTITUDE_COLOURS = {
    "pioneers": ("#3ccaf8", "#3490dd"),
    "settlers": ("#599afa", "#396dc0"),
    "townplanners": ("#936ff9", "#4768c8"),
}


@dataclass(frozen=True, slots=True)
class Frame:
    """The picture and, inside it, the plot: where map coordinates go."""

    width: float
    height: float
    left: float
    top: float
    right: float
    bottom: float

    @property
    def plot_width(self) -> float:
        return self.right - self.left

    @property
    def plot_height(self) -> float:
        return self.bottom - self.top

    def x(self, evolution: float) -> float:
        return self.left + drawable(evolution) * self.plot_width

    def y(self, visibility: float) -> float:
        return self.top + (1 - drawable(visibility)) * self.plot_height


def frame_for(map_: Map, theme: Theme, width: float | None, height: float | None) -> Frame:
    w, h = DEFAULT_WIDTH, DEFAULT_HEIGHT
    crowd = len(map_.components) / CROWDED
    if crowd > 1:
        # A big map gets a bigger canvas, so that its labels still find room.
        grow = min(MAX_GROWTH, math.sqrt(crowd))
        w, h = w * grow, h * grow
    if map_.size and map_.size[0] > 100 and map_.size[1] > 100:
        w, h = map_.size
    if width and not height:
        w, h = width, h * width / w
    elif width and height:
        w, h = width, height
    top = 24 + theme.title_size * 1.6 if map_.title else 24
    below = 18 if map_.evolution_hidden else 26 + theme.axis_size * 2.6
    left = 24 if map_.valuechain_hidden else 34 + theme.axis_size * 1.4
    # However small a picture is asked for, its plot keeps some room inside the margins.
    w, h = max(w, left + 24 + MIN_PLOT), max(h, top + below + MIN_PLOT)
    return Frame(w, h, left, top, w - 24, h - below)


def scene_id(map_: Map) -> str:
    """A short prefix for every id, different for different maps, the same on every run."""
    digest = hashlib.sha1()
    digest.update((map_.title or "").encode())
    for c in map_.components:
        digest.update(b"\0" + c.name.encode())
    return "wm" + digest.hexdigest()[:8]


class Composer:
    def __init__(
        self,
        map_: Map,
        theme: Theme,
        state: State,
        frame: Frame,
        placements: dict[str, Placement] | None = None,
    ) -> None:
        self.map = map_
        self.theme = theme
        self.state = state
        self.frame = frame
        self.prefix = scene_id(map_)
        #: Half sizes of components drawn as boxes with their name inside (the book's look).
        self.boxes = self.box_sizes() if theme.shape == "box" else {}
        self.placements = (
            placements
            if placements is not None
            else place(map_, frame.plot_width, frame.plot_height, {**self.boxes, **self.users()})
        )
        self.shapes: dict[str, list[Shape]] = {
            layer: []
            for layer in (
                "areas",
                "axes",
                "pipelines",
                "flows",
                "links",
                "evolve",
                "components",
                "labels",
                "notes",
            )
        }
        # Labels are looked for on the picture and a picture's width or height around it.
        self.obstacles = labels.Obstacles(
            Box(-frame.width, -frame.height, 3 * frame.width, 3 * frame.height)
        )
        self.requests: list[labels.Request] = []
        #: label key -> (role, fill, bold, link)
        self.label_styles: dict[str, tuple[str, str, bool, str | None]] = {}
        #: label key -> the id of the symbol the label names
        self.symbols: dict[str, str] = {}
        self.points: dict[str, tuple[float, float]] = {}  # drawn name -> centre
        self.counter = 0
        #: label key -> the statement whose `label [dx, dy]` placed it
        self.offset_owners: dict[str, Component | Evolve] = {}
        #: Statements whose offset collides in this drawing, with the offset the label got.
        self.moved: list[tuple[Component | Evolve, tuple[int, int]]] = []

    # ---- helpers ---------------------------------------------------------------------------------
    def box_sizes(self) -> dict[str, tuple[float, float]]:
        out = {}
        for c in self.map.components:
            if c.kind is not Kind.USER:
                out[normalise_name(c.name)] = self.box_half(c.name)
        return out

    def users(self) -> dict[str, tuple[float, float]]:
        """Users in the top row keep apart by the width of their names, which sit beside them."""
        out = {}
        for c in self.map.components:
            if c.kind is Kind.USER:
                width, _ = block_size(c.name.split("\n"), self.theme.label_size, True)
                out[normalise_name(c.name)] = (width / 2 + USER_ROOM, USER_ROOM)
        return out

    def box_half(self, name: str) -> tuple[float, float]:
        width, height = block_size(name.split("\n"), self.theme.label_size)
        return width / 2 + BOX_PAD_X, height / 2 + BOX_PAD_Y

    def id(self, role: str) -> str:
        self.counter += 1
        return f"{self.prefix}-{role}-{self.counter}"

    def add(self, layer: str, shape: Shape) -> None:
        self.shapes[layer].append(shape)

    def text(
        self,
        role: str,
        x: float,
        y: float,
        lines: tuple[str, ...] | str,
        *,
        size: float | None = None,
        fill: str | None = None,
        bold: bool = False,
        anchor: str = "start",
        rotate: float = 0.0,
        layer: str = "labels",
        obstacle: bool = True,
        href: str | None = None,
        of: str | None = None,
    ) -> Text:
        if isinstance(lines, str):
            lines = tuple(lines.split("\n"))
        size = size or self.theme.label_size
        box = labels.text_box(x, y, anchor, lines, size, bold) if not rotate else None
        shape = Text(
            self.id(role),
            role,
            x,
            y,
            lines,
            size,
            fill or self.theme.text,
            self.theme.font_family,
            bold,
            anchor,
            box,
            rotate,
            href,
            of,
        )
        self.add(layer, shape)
        if obstacle and box is not None:
            self.obstacles.add_text(box)
        return shape

    def point(self, p: Position | None, default: tuple[float, float]) -> tuple[float, float]:
        """Where a note, accelerator or legend goes: its position, parts missing by default."""
        visibility = p.visibility if p is not None and p.visibility is not None else default[0]
        evolution = p.x if p is not None and p.x is not None else default[1]
        return self.frame.x(evolution), self.frame.y(visibility)

    def where(self, component: Component) -> tuple[float, float]:
        return self.place_in(component, self.placements)

    def place_in(
        self, component: Component, placements: dict[str, Placement]
    ) -> tuple[float, float]:
        """Where a component is drawn: its own position if complete, else where it was placed."""
        placed = placements.get(normalise_name(component.name))
        if component.position.is_fixed or placed is None:
            return self.point(component.position, (0.5, 0.5))
        return self.frame.x(placed.evolution), self.frame.y(placed.visibility)

    # ---- the picture -----------------------------------------------------------------------------
    def compose(self) -> Scene:
        self.axes()
        evolves = self.evolves()
        drawn = self.components(evolves)
        self.pipelines(drawn)
        self.overlays(drawn)
        self.attitudes()
        self.links()
        if self.state == "both":
            self.evolve_arrows(evolves, drawn)
        self.notes()
        self.annotations()
        self.accelerators()
        self.extras()
        self.place_labels()
        # Nothing is cut off: the picture grows to hold a name placed past its right or bottom
        # edge (one wider than the picture, or one with no room left inside).
        width, height = self.frame.width, self.frame.height
        for layer in ("labels", "notes"):
            for shape in self.shapes[layer]:
                if isinstance(shape, Text) and shape.box is not None:
                    width = max(width, math.ceil(shape.box.right + 2))
                    height = max(height, math.ceil(shape.box.bottom + 2))
        order = (
            "areas",
            "axes",
            "pipelines",
            "flows",
            "links",
            "evolve",
            "components",
            "notes",
            "labels",
        )
        return Scene(
            width=width,
            height=height,
            background=self.theme.background,
            background_to=self.theme.background_to,
            id_prefix=self.prefix,
            title=self.map.title or "Wardley map",
            description="",
            shapes=tuple(shape for layer in order for shape in self.shapes[layer]),
        )

    def axes(self) -> None:
        t, f = self.theme, self.frame
        axis = Style(stroke=t.axis, stroke_width=1.5, fill="none")
        if self.map.title:
            self.text(
                "title", f.left, 12 + t.title_size, self.map.title, size=t.title_size, bold=True
            )
        self.add(
            "axes", Line(self.id("axis"), "axis", f.left, f.bottom, f.right, f.bottom, axis, True)
        )
        self.add("axes", Line(self.id("axis"), "axis", f.left, f.bottom, f.left, f.top, axis, True))
        separator = Style(stroke=t.separator, stroke_width=1, dash="4,4")
        for low, _high in stages.BOUNDS[1:]:
            x = f.x(low)
            self.add(
                "axes", Line(self.id("stage"), "stage-separator", x, f.top, x, f.bottom, separator)
            )
        if not self.map.evolution_hidden:
            for index, (low, high) in enumerate(stages.BOUNDS):
                label = self.map.stage_labels[index]
                lines = _stage_lines(label)
                self.text(
                    "stage-label",
                    f.x((low + high) / 2),
                    f.bottom + 8 + t.axis_size,
                    lines,
                    size=t.axis_size,
                    anchor="middle",
                )
            self.text(
                "axis-label",
                f.right,
                f.bottom + 14 + t.axis_size * 2.2,
                "Evolution",
                size=t.axis_size,
                bold=True,
                anchor="end",
                fill=t.muted_text,
            )
        if not self.map.valuechain_hidden:
            x = f.left - 10
            mid = (f.top + f.bottom) / 2
            for role, text, y, anchor in (
                ("axis-label", "Value Chain", mid, "middle"),
                ("axis-label", t.visible_label, f.top, "end"),
                ("axis-label", t.invisible_label, f.bottom, "start"),
            ):
                bold = text == "Value Chain"
                self.text(
                    role,
                    x,
                    y,
                    text,
                    size=t.axis_size,
                    anchor=anchor,
                    rotate=-90.0,
                    bold=bold,
                    fill=t.text if bold else t.muted_text,
                )

    # ---- components ------------------------------------------------------------------------------
    def evolves(self) -> dict[str, Evolve]:
        out: dict[str, Evolve] = {}
        for evolve in self.map.evolves:
            if self.map.find(evolve.component) is not None:
                out.setdefault(normalise_name(evolve.component), evolve)
        return out

    def components(self, evolves: dict[str, Evolve]) -> dict[str, tuple[float, float, Component]]:
        """Draw every component; returns name -> (x, y, component) as drawn."""
        drawn: dict[str, tuple[float, float, Component]] = {}
        for component in self.map.components:
            key = normalise_name(component.name)
            x, y = self.where(component)
            name = component.name
            if key in drawn and drawn[key][:2] == (x, y):
                continue  # a duplicate at the same place
            drawn.setdefault(key, (x, y, component))
            self.draw_component(component, x, y, name)
            self.points.setdefault(key, (x, y))
        if self.state == "both":
            for key, evolve in evolves.items():
                if key in drawn and evolve.position.x is not None:
                    _, y, component = drawn[key]
                    x = self.frame.x(evolve.position.x)
                    self.points.setdefault(normalise_name(evolve.name), (x, y))
                    self.draw_component(component, x, y, evolve.name, ghost=evolve)
        return drawn

    def draw_component(
        self, c: Component, x: float, y: float, name: str, ghost: Evolve | None = None
    ) -> None:
        t = self.theme
        r = t.radius
        role = "evolved" if ghost else c.kind.value
        key = f"{role}:{name}:{x:.1f}:{y:.1f}"
        lines = tuple(name.split("\n"))
        colour = t.evolve if ghost else None
        method = ghost.method if ghost else c.method
        if c.kind is Kind.USER and not ghost:
            self.draw_user(c, x, y, key, lines)
            return
        # The label names the outermost shape drawn: a reader sees the halo or rings as the symbol.
        outer: str | None = None
        if method:
            fill = {"build": t.build_fill, "buy": t.buy_fill, "outsource": t.outsource_fill}[method]
            stroke = "#000000" if method == "build" else t.build_fill if method == "buy" else fill
            halo = Style(fill=fill, stroke=stroke, stroke_width=1, fill_opacity=0.8)
            outer = self.id("method")
            self.add("components", Circle(outer, f"method-{method}", x, y, r * 2.2, halo))
        if ghost.ecosystem if ghost else c.ecosystem:
            outer = None
            for scale in (3.2, 2.4):
                ring = Style(fill="none", stroke=colour or t.component_stroke, stroke_width=1)
                ring_id = self.id("ecosystem")
                outer = outer or ring_id
                self.add("components", Circle(ring_id, "ecosystem", x, y, r * scale, ring))
        fill = t.need_fill if c.kind is Kind.NEED else t.component_fill
        stroke = colour or (t.need_stroke if c.kind is Kind.NEED else t.component_stroke)
        if c.url is not None and not ghost:
            fill = stroke
        style = Style(fill=fill, stroke=stroke, stroke_width=t.component_stroke_width)
        if t.shape == "box":
            self.draw_box(role, x, y, name, style, colour or t.box_text, ghost is not None)
            return
        circle = self.id("component")
        self.add("components", Circle(circle, role, x, y, r, style))
        self.symbols[key] = outer or circle
        if ghost.market if ghost else c.market:
            dots = Style(fill=colour or t.market, stroke="none")
            for angle in (-90, 30, 150):
                a = math.radians(angle)
                self.add(
                    "components",
                    Circle(
                        self.id("market"),
                        "market",
                        x + r * 0.55 * math.cos(a),
                        y + r * 0.55 * math.sin(a),
                        r * 0.28,
                        dots,
                    ),
                )
        self.obstacles.add_circle(x, y, r * (2.2 if method else 1) + 1)
        offset = ghost.label if ghost else c.label
        if offset is not None:
            self.offset_owners[key] = ghost or c
        href = self.submap_href(c) if not ghost else None
        self.requests.append(
            labels.Request(
                key,
                x,
                y,
                r * (2.2 if method else 3.2 if c.ecosystem else 1),
                lines,
                t.label_size,
                offset=offset,
                core=r if method or c.ecosystem else None,
                symbol=True,
            )
        )
        self.label_styles[key] = (
            "label" if not ghost else "evolved-label",
            colour or t.text,
            False,
            href,
        )

    def draw_box(
        self, role: str, x: float, y: float, name: str, style: Style, ink: str, ghost: bool
    ) -> None:
        """The book's look: the name inside a rounded box."""
        hw, hh = self.box_half(name)
        box = Box(x - hw, y - hh, 2 * hw, 2 * hh)
        symbol = self.id("component")
        self.add("components", Rect(symbol, role, box.x, box.y, box.width, box.height, style, rx=4))
        self.obstacles.add_box(box)
        baseline = box.y + BOX_PAD_Y + labels.ASCENT * self.theme.label_size
        role = "evolved-label" if ghost else "label"
        self.text(role, x, baseline, name, fill=ink, anchor="middle", obstacle=False, of=symbol)

    def draw_user(self, c: Component, x: float, y: float, key: str, lines: tuple[str, ...]) -> None:
        t = self.theme
        if t.user_style == "text":
            # OWM's anchor: the name in bold, centred on the point.
            _, height = block_size(list(lines), t.label_size + 1, True)
            self.requests.append(
                labels.Request(key, x, y, 2, lines, t.label_size + 1, bold=True, around="centred")
            )
            self.label_styles[key] = ("user", t.user_colour, True, None)
            # Links leave from under the name, not through it.
            self.points[normalise_name(c.name)] = (x, y + height / 2 + 2)
            return
        size = 13.0
        # The label names the figure: its circle in the book's style, else its body.
        figure: str | None = None
        if t.user_style == "icon-circle":
            figure = self.id("user")
            self.add(
                "components",
                Circle(
                    figure,
                    "user",
                    x,
                    y,
                    size + 3,
                    Style(fill=t.user_fill, stroke=t.user_fill),
                ),
            )
        stroke = Style(fill="none", stroke=t.user_colour, stroke_width=1.6)
        head = Style(
            fill=t.user_colour if t.user_style == "icon-circle" else t.background,
            stroke=t.user_colour,
            stroke_width=1.6,
        )
        self.add(
            "components", Circle(self.id("user"), "user", x, y - size * 0.45, size * 0.32, head)
        )
        foot = y + size * 0.75
        body = (
            f"M{x - size * 0.6:.2f},{foot:.2f} Q{x:.2f},{y - size * 0.35:.2f} "
            f"{x + size * 0.6:.2f},{foot:.2f}"
        )
        body_id = self.id("user")
        self.add("components", Path(body_id, "user", body, stroke))
        self.symbols[key] = figure or body_id
        r = size + 3
        self.obstacles.add_circle(x, y, r)
        self.points[normalise_name(c.name)] = (x, foot + 1)
        # The name is read as the figure's: measured from the figure, not its room around.
        reach = size + 3 if figure else size * 0.75
        self.requests.append(
            labels.Request(
                key, x, y, reach, lines, t.label_size, bold=True, around="user", symbol=True
            )
        )
        self.label_styles[key] = ("user-label", t.text, True, None)

    def submap_href(self, c: Component) -> str | None:
        if c.url is None:
            return None
        for url in self.map.urls:
            if url.name == c.url and url.address.lower().startswith(URL_SCHEMES):
                return url.address
        return None

    # ---- links and the future --------------------------------------------------------------------
    def links(self) -> None:
        t = self.theme
        for link in self.map.links:
            a = self.points.get(normalise_name(link.source))
            b = self.points.get(normalise_name(link.target))
            if a is None or b is None or a == b:
                continue
            if link.is_flow:
                band = Style(stroke=t.flow, stroke_width=8, opacity=0.65)
                self.add("flows", Line(self.id("flow"), "flow", *a, *b, band))
            style = Style(stroke=t.link, stroke_width=t.link_width)
            self.add("links", Line(self.id("link"), "link", *a, *b, style))
            self.obstacles.add_segment(*a, *b)
            text = link.flow_label or link.label
            if text:
                mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
                key = f"link:{len(self.requests)}"
                fill = t.flow_text if link.flow_label else t.muted_text
                self.requests.append(labels.Request(key, mx, my, 2, (text,), t.small_size))
                self.label_styles[key] = ("link-label", fill, False, None)

    def evolve_arrows(
        self, evolves: dict[str, Evolve], drawn: dict[str, tuple[float, float, Component]]
    ) -> None:
        t = self.theme
        r = t.radius
        for key, evolve in evolves.items():
            if key not in drawn or evolve.position.x is None:
                continue
            x, y, component = drawn[key]
            tx = self.frame.x(evolve.position.x)
            if abs(tx - x) < 2 * r:
                continue
            direction = 1 if tx > x else -1
            style = Style(stroke=t.evolve, stroke_width=t.evolve_width, dash="5,4")
            start_r = self.box_half(component.name)[0] if self.boxes else r
            end_r = self.box_half(evolve.name)[0] if self.boxes else r
            if abs(tx - x) < start_r + end_r + 12:
                continue
            start = x + direction * (start_r + 2)
            end = tx - direction * (end_r + 3)
            self.add(
                "evolve", Line(self.id("evolve"), "evolve", start, y, end, y, style, arrow=True)
            )
            self.obstacles.add_segment(start, y, end, y)
            if component.inertia or evolve.inertia:
                bar_x = x + direction * (r + 10)
                bar = Style(stroke=t.inertia, stroke_width=5)
                self.add(
                    "evolve", Line(self.id("inertia"), "inertia", bar_x, y - 10, bar_x, y + 10, bar)
                )
        if self.state != "current":
            for component in self.map.components:
                if component.inertia and normalise_name(component.name) not in evolves:
                    x, y = self.points.get(normalise_name(component.name), (None, None))
                    if x is None:
                        continue
                    bar = Style(stroke=t.inertia, stroke_width=5)
                    self.add(
                        "evolve",
                        Line(
                            self.id("inertia"), "inertia", x + r + 8, y - 10, x + r + 8, y + 10, bar
                        ),
                    )

    # ---- areas -----------------------------------------------------------------------------------
    def pipelines(self, drawn: dict[str, tuple[float, float, Component]]) -> None:
        t = self.theme
        for pipeline in self.map.pipelines:
            members = [
                drawn[normalise_name(m)] for m in pipeline.members if normalise_name(m) in drawn
            ]
            parent = drawn.get(normalise_name(pipeline.name))
            if members:
                xs = [m[0] for m in members]
                y = members[0][1]
                left, right = min(xs) - 18, max(xs) + 18
                if pipeline.bounds and not pipeline.members:
                    left, right = self.frame.x(pipeline.bounds[0]), self.frame.x(pipeline.bounds[1])
            elif parent is not None and pipeline.bounds:
                y = parent[1] + 14
                left, right = self.frame.x(pipeline.bounds[0]), self.frame.x(pipeline.bounds[1])
            else:
                continue
            style = Style(
                fill=t.pipeline_fill, stroke=t.pipeline_stroke, stroke_width=1, fill_opacity=0.7
            )
            height = 22.0
            # Names go above or below the band, not inside it over its arrows.
            self.obstacles.add_box(Box(left, y - height / 2, right - left, height))
            self.add(
                "pipelines",
                Rect(
                    self.id("pipeline"),
                    "pipeline",
                    left,
                    y - height / 2,
                    right - left,
                    height,
                    style,
                    rx=4,
                ),
            )
            # Arrows between consecutive stages: the expected evolution.
            arrow = Style(stroke=t.muted_text, stroke_width=1)
            ordered = sorted(members, key=lambda m: m[0])
            for (x1, _, _), (x2, _, _) in itertools.pairwise(ordered):
                if x2 - x1 > 4 * t.radius:
                    self.add(
                        "pipelines",
                        Line(
                            self.id("pipeline"),
                            "pipeline-step",
                            x1 + t.radius + 3,
                            y,
                            x2 - t.radius - 4,
                            y,
                            arrow,
                            arrow=True,
                        ),
                    )

    def overlays(self, drawn: dict[str, tuple[float, float, Component]]) -> None:
        """Each overlay is one translucent area: a rounded patch behind each member, joined
        to the next by a band, so that it covers its members and little else."""
        t = self.theme
        for index, overlay in enumerate(self.map.overlays):
            if overlay.colour is None:
                colour = OVERLAY_COLOURS[index % len(OVERLAY_COLOURS)]
            elif is_colour(overlay.colour):
                colour = overlay.colour
            else:
                colour = t.overlay_default
            style = Style(fill=colour, stroke="none", fill_opacity=t.overlay_opacity)
            if overlay.area is not None:
                v1, e1, v2, e2 = overlay.area
                left, right = sorted((self.frame.x(e1), self.frame.x(e2)))
                top, bottom = sorted((self.frame.y(v1), self.frame.y(v2)))
                d = _rounded_rect(left, top, right - left, bottom - top, 14)
            else:
                points = [
                    drawn[normalise_name(m)][:2]
                    for m in overlay.members
                    if normalise_name(m) in drawn
                ]
                if not points:
                    continue
                d = _patches(points, self.overlay_pad(points))
                pad = self.overlay_pad(points)
                top_point = min(points, key=lambda p: (p[1], p[0]))
                left, top = top_point[0] - pad[0], top_point[1] - pad[1]
            self.add("areas", Path(self.id("overlay"), "overlay", d, style))
            if overlay.area is not None:
                self.text(
                    "overlay-label",
                    left + 8,
                    top + 3 + t.small_size,
                    overlay.name,
                    size=t.small_size,
                    bold=True,
                    fill=t.text,
                )
                continue
            # The team's name goes near the top of its area, wherever it collides least.
            key = f"overlay:{index}"
            lines = tuple(overlay.name.split("\n"))
            self.requests.append(
                labels.Request(key, left + pad[0], top + 2, 4, lines, t.small_size, bold=True)
            )
            self.label_styles[key] = ("overlay-label", t.text, True, None)

    def overlay_pad(self, points: list[tuple[float, float]]) -> tuple[float, float]:
        if self.boxes:
            widest = max(self.boxes.values(), key=lambda half: half[0])
            return widest[0] + 10, widest[1] + 16
        return 24.0, 26.0

    def attitudes(self) -> None:
        for attitude in self.map.attitudes:
            v1, e1, v2, e2 = attitude.corners
            left, right = sorted((self.frame.x(e1), self.frame.x(e2)))
            top, bottom = sorted((self.frame.y(v1), self.frame.y(v2)))
            fill, stroke = ATTITUDE_COLOURS[attitude.kind]
            style = Style(fill=fill, stroke=stroke, stroke_width=3, fill_opacity=0.4, opacity=0.8)
            self.add(
                "areas",
                Rect(
                    self.id("attitude"), attitude.kind, left, top, right - left, bottom - top, style
                ),
            )
            name = {"townplanners": "Town planners"}.get(attitude.kind, attitude.kind.title())
            self.text(
                "attitude-label",
                left + 6,
                top + 4 + self.theme.small_size,
                name,
                size=self.theme.small_size,
                bold=True,
                fill=stroke,
            )

    # ---- notes, annotations, accelerators --------------------------------------------------------
    def notes(self) -> None:
        t = self.theme
        for note in self.map.notes:
            x, y = self.point(note.position, (0.98, 0.02))
            # A note runs to the right of its point; keep it on the canvas.
            width, _ = block_size(note.text.split("\n"), t.label_size, True)
            x = max(4.0, min(x, self.frame.width - 6 - width))
            self.text(
                "note", x, y, note.text, size=t.label_size, bold=True, fill=t.note, layer="notes"
            )

    def annotations(self) -> None:
        t = self.theme
        if not self.map.annotations:
            return
        for annotation in self.map.annotations:
            centres = [
                (self.frame.x(p.x or 0), self.frame.y(p.visibility or 0)) for p in annotation.places
            ]
            style = Style(stroke=t.annotation_stroke, stroke_width=1.5)
            for (x1, y1), (x2, y2) in itertools.pairwise(centres):
                self.add(
                    "notes", Line(self.id("annotation"), "annotation-link", x1, y1, x2, y2, style)
                )
            for x, y in centres:
                ring = Style(fill=t.background, stroke=t.annotation_stroke, stroke_width=2)
                marker = self.id("annotation")
                self.add("notes", Circle(marker, "annotation", x, y, 10, ring))
                self.obstacles.add_circle(x, y, 10)
                self.text(
                    "annotation-number",
                    x,
                    y + t.small_size * 0.36,
                    str(annotation.number),
                    size=t.small_size,
                    bold=True,
                    anchor="middle",
                    layer="notes",
                    obstacle=False,
                    of=marker,
                )
        x, y = self.point(self.map.annotations_position, (0.98, 0.02))
        lines = tuple(
            f"{a.number}. {a.text}" for a in sorted(self.map.annotations, key=lambda a: a.number)
        )
        width, height = block_size(["Annotations", *lines], t.small_size)
        box = Style(fill=t.background, stroke=t.annotation_stroke, stroke_width=1)
        self.add(
            "notes",
            Rect(self.id("annotations"), "annotations", x, y, width + 16, height + 10, box, rx=3),
        )
        self.obstacles.add_box(Box(x, y, width + 16, height + 10))
        self.text(
            "annotations-title",
            x + 8,
            y + 6 + t.small_size,
            "Annotations",
            size=t.small_size,
            bold=True,
            layer="notes",
            obstacle=False,
        )
        self.text(
            "annotations-text",
            x + 8,
            y + 6 + t.small_size * (1 + LINE_HEIGHT),
            lines,
            size=t.small_size,
            layer="notes",
            obstacle=False,
        )

    def accelerators(self) -> None:
        t = self.theme
        for accelerator in self.map.accelerators:
            x, y = self.point(accelerator.position, (0.5, 0.5))
            w, h = 56.0, 26.0
            s = -1 if accelerator.deaccelerator else 1
            tip = x + s * w / 2
            back = x - s * w / 2
            neck = x + s * (w / 2 - 16)
            d = (
                f"M{back:.2f},{y - h / 4:.2f} L{neck:.2f},{y - h / 4:.2f} "
                f"L{neck:.2f},{y - h / 2:.2f} L{tip:.2f},{y:.2f} L{neck:.2f},{y + h / 2:.2f} "
                f"L{neck:.2f},{y + h / 4:.2f} L{back:.2f},{y + h / 4:.2f} Z"
            )
            style = Style(fill=t.accelerator_fill, stroke=t.accelerator_stroke, stroke_width=1.5)
            role = "deaccelerator" if accelerator.deaccelerator else "accelerator"
            self.add("notes", Path(self.id(role), role, d, style))
            self.obstacles.add_box(Box(x - w / 2, y - h / 2, w, h))
            self.text(
                f"{role}-label",
                x,
                y + h / 2 + 4 + t.small_size,
                accelerator.name,
                size=t.small_size,
                anchor="middle",
                layer="notes",
            )

    # ---- labels ----------------------------------------------------------------------------------
    def extras(self) -> None:
        """A hook for pictures that add to the map (the diff view); nothing by default."""

    def place_labels(self) -> None:
        f = self.frame
        # Labels stay right of the value-chain axis, whose title is on its left.
        bounds = Box(f.left + 2, 2, f.width - f.left - 4, f.height - 4)
        placed = labels.place(self.requests, self.obstacles, bounds)
        leader = Style(stroke=self.theme.separator, stroke_width=0.8)
        for request in self.requests:
            spot = placed[request.key]
            role, fill, bold, href = self.label_styles[request.key]
            if spot.leader is not None:
                self.add("labels", Line(self.id("leader"), "leader", *spot.leader, leader))
            if request.offset is not None:
                self.note_moved_offset(request, spot)
            self.add(
                "labels",
                Text(
                    self.id(role),
                    role,
                    spot.x,
                    spot.y,
                    request.lines,
                    request.size,
                    fill,
                    self.theme.font_family,
                    bold,
                    spot.anchor,
                    spot.box,
                    0.0,
                    href,
                    self.symbols.get(request.key),
                ),
            )

    def note_moved_offset(self, request: labels.Request, spot: labels.Placed) -> None:
        """Note an author's offset that had to move, with the offset of where it went."""
        assert request.offset is not None
        dx, dy = round(spot.box.x - request.x), round(spot.y - request.y)
        if math.hypot(dx - request.offset[0], dy - request.offset[1]) > MOVED_OFFSET:
            owner = self.offset_owners.get(request.key)
            if owner is not None:
                self.moved.append((owner, (dx, dy)))


def _rounded_rect(x: float, y: float, w: float, h: float, r: float) -> str:
    """A clockwise rounded rectangle as path data."""
    r = min(r, w / 2, h / 2)
    return (
        f"M{x + r:.2f},{y:.2f} H{x + w - r:.2f} A{r:.2f},{r:.2f} 0 0 1 {x + w:.2f},{y + r:.2f} "
        f"V{y + h - r:.2f} A{r:.2f},{r:.2f} 0 0 1 {x + w - r:.2f},{y + h:.2f} H{x + r:.2f} "
        f"A{r:.2f},{r:.2f} 0 0 1 {x:.2f},{y + h - r:.2f} V{y + r:.2f} "
        f"A{r:.2f},{r:.2f} 0 0 1 {x + r:.2f},{y:.2f} Z"
    )


def _patches(points: list[tuple[float, float]], pad: tuple[float, float]) -> str:
    """Rounded patches around points, joined along a minimum spanning tree by bands.

    All subpaths run clockwise, so the non-zero fill paints their union once: overlaps do not
    darken.
    """
    px, py = pad
    parts = [_rounded_rect(x - px, y - py, 2 * px, 2 * py, min(px, py)) for x, y in points]
    # Prim's minimum spanning tree: join each patch to its nearest neighbour already joined.
    joined = [0]
    rest = list(range(1, len(points)))
    half = min(px, py) * 0.8
    while rest:
        a, b = min(
            ((i, j) for i in joined for j in rest),
            key=lambda pair: (math.dist(points[pair[0]], points[pair[1]]), pair),
        )
        joined.append(b)
        rest.remove(b)
        (x1, y1), (x2, y2) = points[a], points[b]
        length = math.dist(points[a], points[b]) or 1.0
        nx, ny = -(y2 - y1) / length * half, (x2 - x1) / length * half
        corners = [(x1 + nx, y1 + ny), (x2 + nx, y2 + ny), (x2 - nx, y2 - ny), (x1 - nx, y1 - ny)]
        area = sum(
            corners[k][0] * corners[(k + 1) % 4][1] - corners[(k + 1) % 4][0] * corners[k][1]
            for k in range(4)
        )
        if area < 0:  # make it clockwise on screen, like the patches
            corners.reverse()
        parts.append("M" + " L".join(f"{cx:.2f},{cy:.2f}" for cx, cy in corners) + " Z")
    return " ".join(parts)


def _stage_lines(label: str) -> tuple[str, ...]:
    """'Product (+rental)' is drawn on two lines, as OWM does."""
    if " (" in label and label.endswith(")"):
        head, _, tail = label.partition(" (")
        return (head, "(" + tail)
    return (label,)


def layout(
    map_: Map,
    theme: str | Theme | None = None,
    state: State = "both",
    width: float | None = None,
    height: float | None = None,
) -> Scene:
    """Lay a map out as a Scene: every shape positioned, every label placed.

    ``state`` "future" draws the map its evolve statements describe
    (:func:`wardley.mapdiff.future`), the same future that ``wardley diff MAP`` compares with,
    with everything that does not evolve where it is today.
    """
    resolved = theme if isinstance(theme, Theme) else get_theme(theme or map_.style)
    frame = frame_for(map_, resolved, width, height)
    if state != "future":
        return Composer(map_, resolved, state, frame).compose()
    from wardley.mapdiff import future

    today = place(map_, frame.plot_width, frame.plot_height)
    evolving = {normalise_name(e.component) for e in map_.evolves}
    pinned = {key: spot for key, spot in today.items() if key not in evolving}
    then = future(map_)
    placements = place(then, frame.plot_width, frame.plot_height, pinned=pinned)
    return Composer(then, resolved, "current", frame, placements).compose()


def offset_warnings(map_: Map) -> list[Diagnostic]:
    """W125: each `label [dx, dy]` that collides in our drawing, with the offset it is drawn at.

    OWM's canvas and font differ from ours, so an offset tuned there may overprint a neighbour
    here; the picture moves such a label the least that clears it, and this says where to.
    A map too crowded for labels to be placed with care is not checked: it would cost as much
    as drawing it.
    """
    offsets = [c for c in map_.components if c.label is not None]
    offsets += [e for e in map_.evolves if e.label is not None]
    if not offsets or len(map_.components) > labels.CROWDED:
        return []
    theme = get_theme(map_.style)
    composer = Composer(map_, theme, "both", frame_for(map_, theme, None, None))
    composer.compose()
    out = []
    for owner, (dx, dy) in composer.moved:
        if owner.label_span is None or owner.label is None:
            continue
        was = f"label [{_number(owner.label[0])}, {_number(owner.label[1])}]"
        out.append(
            Diagnostic(
                "W125",
                f"the label of '{owner.name}' does not fit at {was} here (OWM's canvas and font "
                f"are not ours); it is drawn at label [{dx}, {dy}]",
                owner.label_span,
                Severity.WARNING,
                hint=f"write label [{dx}, {dy}] to draw it where it is clear",
                path=map_.path,
            )
        )
    return out


def _number(value: float) -> str:
    return f"{value:g}"


def layout_with_places(
    map_: Map, theme: str | Theme | None = None, state: State = "both", width: float | None = None
) -> tuple[Scene, dict[str, Placement]]:
    """The Scene and the places of the components it drew (for the image description)."""
    if state == "future":
        from wardley.mapdiff import future

        scene = layout(map_, theme, state, width)
        return scene, place(future(map_))
    resolved = theme if isinstance(theme, Theme) else get_theme(theme or map_.style)
    composer = Composer(map_, resolved, state, frame_for(map_, resolved, width, None))
    return composer.compose(), composer.placements
