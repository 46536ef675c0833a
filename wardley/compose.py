"""Map × theme → Scene: every shape of the picture, positioned in pixels, labels placed.

This is where the domain meets the drawing: it knows what a pipeline or an overlay looks like
(from the theme), but nothing of SVG; :mod:`wardley.svg` writes the Scene out.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Literal

from wardley._dataclass import dataclass
from wardley.build import URL_SCHEMES
from wardley.colours import is_colour
from wardley.diagnostics import Diagnostic, Severity
from wardley.geometry import labels
from wardley.geometry.measure import LINE_HEIGHT, block_size, text_width
from wardley.geometry.placement import (
    OVERLAY_BAND,
    PIPELINE_BAND,
    PIPELINE_REACH,
    Placement,
    drawable,
    overlay_bands,
    overlay_pad,
    place,
)
from wardley.model import Component, Evolve, Kind, Map, Position, normalise_name
from wardley.scene import Box, Circle, Line, Path, Rect, Scene, Shape, Style, Text, extent
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
#: Radii of the symbols drawn over or around a component's circle, in component radii.
METHOD_SCALE = 2.2
MARKET_SCALE = 2.5
ECOSYSTEM_SCALE = 3.6
SQUARE_SCALE = 0.85
#: The least room between two anchors' names side by side, in font sizes (a word space is a
#: third of one: less than a full one reads as a single name).
ANCHOR_GAP = 1.2
#: How far from where it was asked for a note or a box is looked for free space (pixels), and
#: what moving it costs a pixel: crossing a link is worth moving 25 pixels, covering a circle
#: 60 and covering text at least 100.
NEARBY = (4.0, 8.0, 14.0, 20.0, 28.0, 38.0, 50.0, 64.0, 80.0, 100.0, 125.0)
SPOT_COST = 1.0
#: ... and the annotations' list, which belongs to no one place, less.
BOX_SPOT_COST = 0.25
#: Room kept between two stages' names (pixels).
STAGE_PAD = 8.0
#: An annotation's numbered marker (pixels).
ANNOTATION_RADIUS = 10.0
#: What putting a marker beside its component costs, rather than on a diagonal (more than a
#: link under it), and in a ring further out (less than covering another marker).
MARKER_SIDE_COST = 40.0
MARKER_RING_COST = 50.0
#: The widest the annotations' list grows before its lines wrap: this many pixels, or this
#: share of the plot's width if more.
ANNOTATIONS_WIDTH = 280.0
ANNOTATIONS_SHARE = 0.36
#: A box with no place of its own prefers the top left corner by this much over the next.
CORNER_COST = 40.0
#: What crossing an axis costs a note or a box: more than anything else it could cover.
AXIS_COST = 1000.0
#: How far past commodity (evolution 1) the picture widens to hold what is drawn there.
PAST_COMMODITY = 0.5
#: Room kept between a title and the picture's right edge (pixels).
TITLE_MARGIN = 8.0
#: An author's label moved farther than this (pixels) is worth a warning with a better offset.
MOVED_OFFSET = 12.0
#: How long an arrowhead is, and as wide (svg.py draws them so).
ARROWHEAD = 8.0
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

    @property
    def plot(self) -> Box:
        return Box(self.left, self.top, self.plot_width, self.plot_height)

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
    below = 18 if map_.evolution_hidden else 26 + theme.axis_size * 2.6
    left = 24 if map_.valuechain_hidden else 34 + theme.axis_size * 1.4
    w = max(w, left + 24 + MIN_PLOT)
    top = 24
    if map_.title:
        # A title of more lines than one (wrapped to the picture) pushes the plot down.
        lines = len(title_lines(map_.title, theme, w, left))
        top += theme.title_size * (1.6 + (lines - 1) * LINE_HEIGHT)
    # However small a picture is asked for, its plot keeps some room inside the margins.
    h = max(h, top + below + MIN_PLOT)
    # A component put (or evolving) past commodity is drawn beyond the plot's right edge:
    # the picture is widened to hold it, up to half a plot more (farther, it is a slip).
    right = w - 24
    past = max((x - 1 for x in _evolutions(map_)), default=0.0)
    if past > 0:
        w += min(past, PAST_COMMODITY) * (right - left) + 2 * theme.radius + 4
    return Frame(w, h, left, top, right, h - below)


def _evolutions(map_: Map) -> Iterator[float]:
    """Where on the evolution axis the map puts its components and where they evolve to."""
    for component in map_.components:
        if component.position.x is not None:
            yield component.position.x
    for evolve in map_.evolves:
        if evolve.position.x is not None:
            yield evolve.position.x


def title_lines(title: str, theme: Theme, width: float, left: float) -> tuple[str, ...]:
    """A map's title as drawn from the plot's left edge: wrapped to the picture's width, as
    authors write their whole question in it (a picture widened to hold it in one line would
    be mostly blank, and not the size asked for)."""
    room = width - left - TITLE_MARGIN
    return tuple(
        wrapped
        for line in title.split("\n")
        for wrapped in _wrap(line, room, theme.title_size, hanging=False, bold=True)
    )


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
        #: Components that name a pipeline that is drawn.
        self.pipeline_heads = {
            normalise_name(p.name)
            for p in map_.pipelines
            if (p.members or p.bounds)
            and normalise_name(p.name) not in {normalise_name(m) for m in p.members}
        }
        self.placements = (
            placements
            if placements is not None
            else place(
                map_,
                frame.plot_width,
                frame.plot_height,
                {**self.boxes, **self.users()},
                overlay_label_size=theme.small_size,
            )
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
        #: Symbols no label names, as circles, that a name beside is read as naming.
        self.unnamed_symbols: list[tuple[float, float, float]] = []
        self.points: dict[str, tuple[float, float]] = {}  # drawn name -> centre
        self.anchor_shifts: dict[str, float] = {}
        #: An anchor drawn as its name, by label key: where its links leave from.
        self.anchor_feet: dict[str, tuple[float, float]] = {}
        #: Where an evolving component's evolved copy is drawn, by the component's name.
        self.futures: dict[str, tuple[float, float]] = {}
        #: Links' contexts, written along them once every link is drawn.
        self.contexts: list[tuple[tuple[float, float], tuple[float, float], str]] = []
        self.counter = 0
        #: label key -> the statement whose `label [dx, dy]` placed it
        self.offset_owners: dict[str, Component | Evolve] = {}
        #: Statements whose offset collides in this drawing, with the offset the label got.
        self.moved: list[tuple[Component | Evolve, tuple[int, int]]] = []
        #: Boxes of the labels placed by an author's offset, of the first so many requests:
        #: requests are only ever added, so these are measured once each.
        self.fixed_boxes: list[Box] = []
        self.fixed_seen = 0

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
            self.theme.italic,
            of,
        )
        self.add(layer, shape)
        if obstacle and box is not None:
            self.obstacles.add_text(box)
        elif obstacle and rotate == -90.0:
            # Upright, turned a quarter about its anchor (the value chain's names).
            up = labels.text_box(x, y, anchor, lines, size, bold)
            turned = Box(x + up.y - y, y - (up.right - x), up.height, up.width)
            self.obstacles.add_text(turned)
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
        self.clear_arrowheads()
        self.pipelines(drawn)
        self.overlays(drawn)
        self.attitudes()
        self.links()
        if self.state == "both":
            self.evolve_arrows(evolves, drawn)
        self.link_contexts()
        self.annotations()
        self.accelerators()
        self.extras()
        # What an author places by hand, then what only has to be somewhere, each in free
        # space; the labels are placed last, around all of it.
        self.notes()
        self.annotations_box()
        self.corner_labels()
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

    def clear_arrowheads(self) -> None:
        """An axis whose arrowhead a symbol covers (one drawn at the plot's corner, such as a
        user at [1, 0]) runs on past that symbol, so that its arrowhead still shows."""
        symbols = [extent(shape) for shape in self.shapes["components"]]  # type: ignore[arg-type]
        axes = self.shapes["axes"]
        for index, axis in enumerate(axes):
            if not (isinstance(axis, Line) and axis.role == "axis" and axis.arrow):
                continue
            up, tip = axis.x1 == axis.x2, axis
            while True:  # (past each symbol in turn: a user's head is above its body)
                head = (
                    Box(tip.x2 - ARROWHEAD / 2, tip.y2, ARROWHEAD, ARROWHEAD)
                    if up
                    else Box(tip.x2 - ARROWHEAD, tip.y2 - ARROWHEAD / 2, ARROWHEAD, ARROWHEAD)
                )
                under = [box for box in symbols if box.overlap_area(head) > 0]
                if not under:
                    break
                # Not off the picture, though: there, the symbol keeps the arrowhead covered.
                if up:
                    y2 = max(min(box.y for box in under) - ARROWHEAD - 1, 2.0)
                    if y2 >= tip.y2:
                        break
                    tip = replace(tip, y2=y2)
                else:
                    x2 = min(max(box.right for box in under) + ARROWHEAD + 1, self.frame.width - 2)
                    if x2 <= tip.x2:
                        break
                    tip = replace(tip, x2=x2)
            if tip is not axis:
                axes[index] = tip
                self.obstacles.add_segment(axis.x2, axis.y2, tip.x2, tip.y2)

    def axes(self) -> None:
        t, f = self.theme, self.frame
        axis = Style(stroke=t.axis, stroke_width=1.5, fill="none")
        if self.map.title:
            lines = title_lines(self.map.title, t, f.width, f.left)
            self.text("title", f.left, 12 + t.title_size, lines, size=t.title_size, bold=True)
        self.add(
            "axes", Line(self.id("axis"), "axis", f.left, f.bottom, f.right, f.bottom, axis, True)
        )
        self.add("axes", Line(self.id("axis"), "axis", f.left, f.bottom, f.left, f.top, axis, True))
        # A name of a component on an axis (at visibility or evolution 0) goes beside the axis,
        # not along it struck through.
        self.obstacles.add_segment(f.left, f.bottom, f.right, f.bottom)
        self.obstacles.add_segment(f.left, f.bottom, f.left, f.top)
        separator = Style(stroke=t.separator, stroke_width=1, dash="4,4")
        for low, _high in self.map.stage_bounds[1:]:
            x = f.x(low)
            self.add(
                "axes", Line(self.id("stage"), "stage-separator", x, f.top, x, f.bottom, separator)
            )
        if not self.map.evolution_hidden:
            stages = [
                self.text(
                    "stage-label",
                    f.x((low + high) / 2),
                    f.bottom + 8 + t.axis_size,
                    # Each name within its stage: wider, it runs into the next one's.
                    tuple(
                        wrapped
                        for line in _stage_lines(label)
                        for wrapped in _wrap(
                            line, f.x(high) - f.x(low) - STAGE_PAD, t.axis_size, hanging=False
                        )
                    ),
                    size=t.axis_size,
                    anchor="middle",
                ).box
                for (low, high), label in zip(
                    self.map.stage_bounds, self.map.stage_labels, strict=True
                )
            ]
            baseline = f.bottom + 14 + t.axis_size * 2.2
            title = labels.text_box(f.right, baseline, "end", ("Evolution",), t.axis_size, True)
            under = [box.bottom for box in stages if box and box.overlap_area(title) > 0]
            if under:
                # On a narrow picture the last stage's name reaches the right edge: the axis's
                # title goes under it rather than over it (the picture grows to hold it).
                baseline += max(under) - title.y + 1
            self.text(
                "axis-label",
                f.right,
                baseline,
                "Evolution",
                size=t.axis_size,
                bold=True,
                anchor="end",
                fill=t.muted_text,
            )
        if not self.map.valuechain_hidden:
            x = f.left - 10
            # 'Value Chain' in the middle, between the ends' names: on an axis too short for
            # all three, nearer the shorter's end, or alone.
            ends = [
                ("axis-label", t.visible_label, f.top, "end"),
                ("axis-label", t.invisible_label, f.bottom, "start"),
            ]
            half = text_width("Value Chain", t.axis_size, True) / 2 + STAGE_PAD
            low = f.top + text_width(t.visible_label, t.axis_size) + half
            high = f.bottom - text_width(t.invisible_label, t.axis_size) - half
            mid = min(max((f.top + f.bottom) / 2, low), high)
            if low > high:
                ends, mid = [], (f.top + f.bottom) / 2
            for role, text, y, anchor in (("axis-label", "Value Chain", mid, "middle"), *ends):
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
        if self.theme.user_style == "text":
            self.anchor_shifts = self.stagger_anchors()
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
                    if (x, y) != self.points.get(key):
                        self.futures[key] = (x, y)
                    self.draw_component(component, x, y, evolve.name, ghost=evolve)
        return drawn

    def stagger_anchors(self) -> dict[str, float]:
        """Anchors drawn as bold names: those whose names would sit side by side closer than
        a wide gap move a line down (or up), so that two names never read as one.

        Returns label key -> how far its name moves (pixels).
        """
        size = self.theme.label_size + 1
        step = size * LINE_HEIGHT
        gap = ANCHOR_GAP * size
        names = []
        for c in self.map.components:
            if c.kind is Kind.USER:
                x, y = self.where(c)
                lines = tuple(c.name.split("\n"))
                names.append((y, x, f"user:{c.name}:{x:.1f}:{y:.1f}", lines))
        taken: list[Box] = []
        shifts: dict[str, float] = {}
        for y, x, key, lines in sorted(names):
            width, height = block_size(list(lines), size, True)
            for dy in (0.0, step, -step, 2 * step, -2 * step):
                box = Box(x - width / 2, y + dy - height / 2, width, height)
                if not any(_side_by_side(box, other, gap) for other in taken):
                    break
            else:  # crowded all round: the label placer does what it can
                dy = 0.0
                box = Box(x - width / 2, y - height / 2, width, height)
            taken.append(box)
            if dy:
                shifts[key] = dy
        return shifts

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
            self.add(
                "components",
                Circle(outer, f"method-{method}", x, y, r * METHOD_SCALE, halo),
            )
        ecosystem = ghost.ecosystem if ghost else c.ecosystem
        market = ghost.market if ghost else c.market
        if ecosystem and t.shape != "box":
            outer = self.draw_ecosystem(x, y, colour)
        fill = t.need_fill if c.kind is Kind.NEED else t.component_fill
        stroke = colour or (t.need_stroke if c.kind is Kind.NEED else t.component_stroke)
        if c.keyword == "submap" and not ghost:
            # OWM draws every submap with its own symbol, whether or not url(…) names its map.
            fill = stroke
        style = Style(fill=fill, stroke=stroke, stroke_width=t.component_stroke_width)
        if t.shape == "box":
            self.draw_box(role, x, y, name, style, colour or t.box_text, ghost is not None)
            return
        if market:
            symbol = self.draw_market(role, x, y, style)
        elif normalise_name(c.name) in self.pipeline_heads and not ghost:
            # OWM draws the component a pipeline is named after as a square on the box's edge
            # (as big as the circle looks: its corners reach no further than OWM's).
            half = r * SQUARE_SCALE
            symbol = self.id("component")
            square = Rect(symbol, role, x - half, y - half, 2 * half, 2 * half, style)
            self.add("components", square)
        else:
            symbol = self.id("component")
            self.add("components", Circle(symbol, role, x, y, r, style))
        self.symbols[key] = outer or symbol
        reach = r * (
            ECOSYSTEM_SCALE
            if ecosystem
            else MARKET_SCALE
            if market
            else METHOD_SCALE
            if method
            else 1
        )
        self.obstacles.add_circle(x, y, reach + 1)
        offset = ghost.label if ghost else c.label
        if offset is not None:
            self.offset_owners[key] = ghost or c
        href = self.submap_href(c) if not ghost else None
        self.requests.append(
            labels.Request(
                key,
                x,
                y,
                reach,
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

    def draw_market(self, role: str, x: float, y: float, style: Style) -> str:
        """OWM's market: a large circle holding three small ones joined as a triangle, so that
        it is told apart from a component at a glance. Returns the large circle's id."""
        r = self.theme.radius * MARKET_SCALE
        symbol = self.id("component")
        self.add("components", Circle(symbol, role, x, y, r, replace(style, stroke_width=1)))
        corners = [
            (x + r * 0.56 * math.cos(math.radians(a)), y + r * 0.56 * math.sin(math.radians(a)))
            for a in (30, 150, 270)
        ]
        d = "M" + " L".join(f"{cx:.2f},{cy:.2f}" for cx, cy in corners) + " Z"
        edges = Style(fill="none", stroke=style.stroke, stroke_width=1.5, opacity=0.8)
        self.add("components", Path(self.id("market"), "market", d, edges))
        dot = replace(style, stroke_width=2)
        for cx, cy in corners:
            self.add("components", Circle(self.id("market"), "market", cx, cy, r * 0.27, dot))
        return symbol

    def draw_ecosystem(self, x: float, y: float, colour: str | None) -> str:
        """OWM's ecosystem: a grey ring around a hatched disc, the component at its centre.
        Returns the ring's id."""
        t = self.theme
        outer = t.radius * ECOSYSTEM_SCALE
        inner = outer * 0.82
        ring = Style(
            fill=t.ecosystem_fill if colour is None else t.background,
            stroke=colour or t.component_stroke,
            stroke_width=1,
        )
        ring_id = self.id("ecosystem")
        self.add("components", Circle(ring_id, "ecosystem", x, y, outer, ring))
        disc = Style(fill=t.background, stroke=colour or t.ecosystem_hatch, stroke_width=1)
        self.add("components", Circle(self.id("ecosystem"), "ecosystem", x, y, inner, disc))
        hatch = Style(
            fill="none", stroke=colour or t.ecosystem_hatch, stroke_width=0.8, opacity=0.7
        )
        self.add(
            "components",
            Path(self.id("ecosystem"), "ecosystem", _hatch(x, y, inner - 0.5, 3.5), hatch),
        )
        return ring_id

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
            # OWM's anchor: the name in bold, centred on the point (a line up or down from a
            # neighbouring anchor's name, which it would otherwise read as one with).
            _, height = block_size(list(lines), t.label_size + 1, True)
            y += self.anchor_shifts.get(key, 0.0)
            self.requests.append(
                labels.Request(key, x, y, 2, lines, t.label_size + 1, bold=True, around="centred")
            )
            self.label_styles[key] = ("user", t.user_colour, True, None)
            # Links leave from under the name, not through it (from wherever the name goes).
            foot = (x, y + height / 2 + 2)
            self.points[normalise_name(c.name)] = foot
            self.anchor_feet[key] = foot
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
        style = Style(stroke=t.link, stroke_width=t.link_width)
        for link in self.map.links:
            a = self.points.get(normalise_name(link.source))
            b = self.points.get(normalise_name(link.target))
            if a is None or b is None or a == b:
                continue
            if link.is_flow:
                band = Style(stroke=t.flow, stroke_width=8, opacity=0.65)
                self.add("flows", Line(self.id("flow"), "flow", *a, *b, band))
            self.add("links", Line(self.id("link"), "link", *a, *b, style))
            self.obstacles.add_segment(*a, *b)
            if link.flow_label:
                self.link_label(a, b, link.flow_label, t.flow_text)
            elif link.label:
                self.contexts.append((a, b, link.label))
        if self.state == "both":
            self.evolved_links()

    def evolved_links(self) -> None:
        """What depends on an evolving component will depend on what it becomes: a thin red
        link from the dependant (or what it becomes) to the evolved copy, as OWM draws them."""
        if not self.futures:
            return  # nothing drawn evolves
        t = self.theme
        style = Style(stroke=t.evolve, stroke_width=t.link_width, opacity=0.75)
        seen = set()
        for link in self.map.links:
            target = self.futures.get(normalise_name(link.target))
            source = self.futures.get(normalise_name(link.source)) or self.points.get(
                normalise_name(link.source)
            )
            if target is None or source is None or source == target or (source, target) in seen:
                continue
            seen.add((source, target))
            self.add(
                "links", Line(self.id("evolved-link"), "evolved-link", *source, *target, style)
            )
            self.obstacles.add_segment(*source, *target)

    def link_label(
        self, a: tuple[float, float], b: tuple[float, float], text: str, fill: str
    ) -> None:
        """A link's text, placed by the label placer near the link's middle."""
        mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
        key = f"link:{len(self.requests)}"
        self.requests.append(labels.Request(key, mx, my, 2, (text,), self.theme.small_size))
        self.label_styles[key] = ("link-label", fill, False, None)

    def link_contexts(self) -> None:
        """A link's context is written along it, as OWM does, on whichever side and at
        whichever point of its middle is clear; where none is (or the link is too short for
        it), the label placer puts it near the middle."""
        t = self.theme
        size = t.small_size
        for a, b, text in self.contexts:
            length = math.dist(a, b)
            width, _ = block_size([text], size)
            if length < width + 4 * t.radius + 8:
                self.link_label(a, b, text, t.muted_text)
                continue
            angle = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
            if angle > 90 or angle < -90:
                angle += 180
                a, b = b, a
            ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
            best = None
            for along in (0.5, 0.4, 0.6, 0.3, 0.7):
                for off in (5.0, -size * labels.ASCENT - 3):
                    # The baseline runs along the link, 5 pixels above it (OWM's place), or
                    # the text's height below it; "above" is (uy, -ux), the text's up.
                    cx, cy = a[0] + ux * length * along, a[1] + uy * length * along
                    x, y = cx + uy * off, cy - ux * off
                    footprint = _along(x, y, ux, uy, width, size)
                    cost = sum(self.obstacles.cost(box) for box in footprint)
                    if best is None or cost < best[0]:
                        best = (cost, x, y, footprint)
                if best is not None and best[0] < labels.LINK_COST:
                    break
            assert best is not None
            cost, x, y, footprint = best
            if cost >= labels.CIRCLE_COST:
                self.link_label(a, b, text, t.muted_text)
                continue
            for box in footprint:
                self.obstacles.add_box(box)
            self.text(
                "link-label",
                x,
                y,
                text,
                size=size,
                fill=t.muted_text,
                anchor="middle",
                rotate=round(angle, 2),
                obstacle=False,
            )

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
            self.obstacles.add_segment(start, y, end, y, labels.EVOLVE_COST)
            if component.inertia or evolve.inertia:
                self.inertia_bar(
                    y, _inertia_spots(x, tx, start, end, self.frame, self.map.stage_bounds)
                )
        if self.state != "current":
            for component in self.map.components:
                if component.inertia and normalise_name(component.name) not in evolves:
                    x, y = self.points.get(normalise_name(component.name), (None, None))
                    if x is None:
                        continue
                    # In front of the component, as in OWM; behind it if its label is there.
                    self.inertia_bar(y, (x + r + 8, x - r - 8))

    def inertia_bar(self, y: float, spots: tuple[float, ...]) -> None:
        """The thick bar of inertia at the first spot clear of the labels their authors placed,
        and an obstacle to the labels placed next: a bar over a name reads as a letter."""
        t = self.theme
        fixed = self.fixed_label_boxes()
        bar_x = spots[0]
        for spot in spots:
            box = Box(spot - 3, y - 10, 6, 20)
            if not any(box.overlaps(label) for label in fixed):
                bar_x = spot
                break
        bar = Style(stroke=t.inertia, stroke_width=5)
        self.add("evolve", Line(self.id("inertia"), "inertia", bar_x, y - 10, bar_x, y + 10, bar))
        self.obstacles.add_box(Box(bar_x - 3, y - 10, 6, 20))

    def fixed_label_boxes(self) -> list[Box]:
        """Where the labels with an author's offset (OWM's `label [dx, dy]`) are asked to go."""
        self.fixed_boxes += [
            labels.text_box(r.x + r.offset[0], r.y + r.offset[1], "start", r.lines, r.size, r.bold)
            for r in self.requests[self.fixed_seen :]
            if r.offset is not None
        ]
        self.fixed_seen = len(self.requests)
        return self.fixed_boxes

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
                if parent is not None and abs(parent[1] - (y - PIPELINE_BAND / 2)) < 1:
                    # The band reaches under the component it is named after, on its edge.
                    xs.append(parent[0])
                left, right = min(xs) - PIPELINE_REACH, max(xs) + PIPELINE_REACH
            elif parent is not None and pipeline.bounds:
                # The named component sits on the band's top edge, as in OWM.
                y = parent[1] + PIPELINE_BAND / 2
                # `pipeline X [0.75, 0.2]`: the band spans the two, whichever is written first.
                left, right = sorted(self.frame.x(bound) for bound in pipeline.bounds)
                # Bounds a hundredth apart would make an upright pill that reads as an inertia
                # bar: the band is kept a band, twice as wide as tall, around its bounds.
                if right - left < 2 * PIPELINE_BAND:
                    middle = (left + right) / 2
                    left, right = middle - PIPELINE_BAND, middle + PIPELINE_BAND
            else:
                continue
            style = Style(
                fill=t.pipeline_fill, stroke=t.pipeline_stroke, stroke_width=1, fill_opacity=0.7
            )
            height = PIPELINE_BAND
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
                pad = overlay_pad(self.boxes.values())
                d = _patches(points, pad)
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
            # In a corner inside the box: the top-left one, unless what is drawn there (a
            # component its author put in that corner) would be overprinted and another is
            # clearer.
            size = self.theme.small_size
            extent = labels.text_box(0, 0, "start", (name,), size, True)
            corners = [
                (x, y)
                for y in (top + 4 + size, bottom - 4 - extent.bottom)
                for x in (left + 6, right - 6 - extent.width)
            ]
            x, y = min(
                corners,
                key=lambda c: self.obstacles.cost(
                    Box(c[0], c[1] + extent.y, extent.width, extent.height)
                ),
            )
            self.text(
                "attitude-label",
                x,
                y,
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
            lines = tuple(note.text.split("\n"))
            room = self.frame.width - 4
            if block_size(list(lines), t.label_size, True)[0] > room:
                # Wider than the picture (a long note on a small canvas): wrapped, not cut off.
                lines = tuple(
                    wrapped
                    for line in lines
                    for wrapped in _wrap(line, room, t.label_size, hanging=False, bold=True)
                )
            box = labels.text_box(x, y, "start", lines, t.label_size, True)
            # Near where its author put it, clear of what is drawn there in our geometry.
            left, top = self.free_spot(box.width, box.height, _nearby(box.x, box.y))
            self.text(
                "note",
                left,
                top + y - box.y,
                lines,
                size=t.label_size,
                bold=True,
                fill=t.note,
                layer="notes",
            )

    def annotations(self) -> None:
        """Each annotation's numbered circles, at its places."""
        t = self.theme
        for annotation in self.map.annotations:
            centres = [
                (self.frame.x(p.x or 0), self.frame.y(p.visibility or 0)) for p in annotation.places
            ]
            # Each place is its own numbered circle, as in OWM: a line joining them would read
            # as a dependency link.
            for x, y in map(self.beside_symbol, centres):
                ring = Style(fill=t.background, stroke=t.annotation_stroke, stroke_width=2)
                marker = self.id("annotation")
                self.add("notes", Circle(marker, "annotation", x, y, ANNOTATION_RADIUS, ring))
                self.obstacles.add_circle(x, y, ANNOTATION_RADIUS)
                self.text(
                    "annotation-number",
                    x,
                    y + t.small_size * 0.36,
                    str(annotation.number),
                    size=t.small_size,
                    bold=True,
                    anchor="middle",
                    layer="notes",
                    of=marker,
                )

    def beside_symbol(self, centre: tuple[float, float]) -> tuple[float, float]:
        """Where an annotation's marker goes: at its place, unless that is on a component's
        symbol (authors number a component so), which the opaque marker would hide; then
        against it, on its clearest diagonal, where the number still reads as that one's.
        Likewise against another marker at that place (authors number one place many times)."""
        x, y = centre
        r, plot = ANNOTATION_RADIUS, self.frame.plot

        def cost(spot: tuple[float, float], own: tuple[float, float]) -> float:
            box = Box(spot[0] - r, spot[1] - r, 2 * r, 2 * r)
            # Off the plot, over an axis and its names, it would read as none of the map's.
            off = box.x < plot.x or box.y < plot.y or box.right > plot.right
            # (Against its own symbol, which every spot is, costs nothing.)
            return self.obstacles.cost(box, own) + (
                AXIS_COST if off or box.bottom > plot.bottom else 0
            )

        around = next(
            (
                (request.x, request.y, request.r)
                for request in self.requests
                if request.symbol and math.hypot(request.x - x, request.y - y) < request.r + 2
            ),
            None,
        )
        markers = [s for s in self.shapes["notes"] if isinstance(s, Circle)]
        if around is None and any(math.hypot(m.cx - x, m.cy - y) < 2 * r for m in markers):
            around = (x, y, r)
        if around is None:
            return centre
        # Its diagonals first; where those are taken (many annotations on one component),
        # above, below and beside it, then a ring further out: never over another marker,
        # which would hide its number.
        cx, cy, reach = around
        spots = []
        for ring, distance in enumerate((reach + r + 1, reach + 3 * r + 2)):
            for turn, (dx, dy) in enumerate(_AROUND):
                length = math.hypot(dx, dy)
                spot = (cx + dx * distance / length, cy + dy * distance / length)
                spots.append((spot, MARKER_RING_COST * ring + MARKER_SIDE_COST * (turn > 3)))
        return min(spots, key=lambda spot: cost(spot[0], (cx, cy)) + spot[1])[0]

    def annotations_box(self) -> None:
        """The annotations' texts, listed in a box where the map says, or else in a corner, in
        free space either way."""
        t = self.theme
        if not self.map.annotations:
            return
        # Long texts wrap, so that the list fits in the free space a map has.
        room = max(ANNOTATIONS_WIDTH, ANNOTATIONS_SHARE * self.frame.plot_width)
        lines = tuple(
            line
            for a in sorted(self.map.annotations, key=lambda a: a.number)
            for line in _wrap(f"{a.number}. {a.text}", room, t.small_size)
        )
        width, height = block_size(["Annotations", *lines], t.small_size)
        width, height = width + 16, height + 10
        corners = list(self.corners(width, height))
        if self.map.annotations_position is not None:
            # Near where the map asks, else in a corner: a list, not a note, it may move far.
            asked = self.point(self.map.annotations_position, (0.98, 0.02))
            spots = [*_nearby(*asked)]
            spots += [(x, y, math.dist(asked, (x, y))) for x, y, _ in corners]
            corners = sorted(spots, key=lambda spot: spot[2])
        x, y = self.free_spot(width, height, corners, per_pixel=BOX_SPOT_COST, opaque=True)
        box = Style(fill=t.background, stroke=t.annotation_stroke, stroke_width=1)
        self.add(
            "notes", Rect(self.id("annotations"), "annotations", x, y, width, height, box, rx=3)
        )
        self.obstacles.add_box(Box(x, y, width, height))
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

    def corner_labels(self) -> None:
        """OWM's 'wardley' style names the plot's top corners: "Uncharted" at the left,
        "Industrialised" at the right (unless the stage names already say so)."""
        t, f = self.theme, self.frame
        if t.corner_labels is None:
            return
        size = t.small_size + 1
        stage_names = {normalise_name(label) for label in self.map.stage_labels}
        for text, anchor in zip(t.corner_labels, ("start", "end"), strict=True):
            if normalise_name(text) in stage_names:
                continue
            width, _ = block_size([text], size, True)
            box = labels.text_box(0, 0, "start", (text,), size, True)
            x = f.left + 10 if anchor == "start" else f.right - 10 - width
            inside = f.top + 15 + box.y
            spots = [(x, inside, 0.0), (x, f.top - box.height - 3, 20.0)]
            spots += [(x, inside + k * box.height, 20.0 * k) for k in (1, 2, 3)]
            left, top = self.free_spot(width, box.height, sorted(spots, key=lambda s: s[2]))
            self.text(
                "corner-label",
                left,
                top - box.y,
                text,
                size=size,
                bold=True,
                fill=t.muted_text,
                layer="axes",
            )

    def corners(
        self, width: float, height: float, right_first: bool = False
    ) -> Iterator[tuple[float, float, float]]:
        """Spots for a box of that size in the plot's corners and near them: top left first
        (or top right)."""
        f = self.frame
        left, right = f.left + 8, f.right - 8 - width
        if right_first:
            left, right = right, left
        for index, (x, y) in enumerate(
            (
                (left, f.top + 4),
                (right, f.top + 4),
                (left, f.bottom - 8 - height),
                (right, f.bottom - 8 - height),
            )
        ):
            yield from itertools.islice(_nearby(x, y, index * CORNER_COST), 41)

    def free_spot(
        self,
        width: float,
        height: float,
        spots: Iterable[tuple[float, float, float]],
        per_pixel: float = SPOT_COST,
        opaque: bool = False,
    ) -> tuple[float, float]:
        """Where a box of this size goes: of the spots (top-left corners, nearest first, each
        with how far it is from where it was asked for), the first clear of what is drawn, the
        axes and the labels their authors placed; if none is, the one where what it covers and
        how far it moved cost least. Spots are kept on the canvas. An ``opaque`` box hides
        the lines under it too."""
        f = self.frame
        lines = (
            [
                shape
                for layer in ("pipelines", "flows", "links", "evolve")
                for shape in self.shapes[layer]
                if isinstance(shape, Line)
            ]
            if opaque
            else []
        )
        symbols = [(r.x, r.y, r.r) for r in self.requests if r.symbol]
        fixed = [(b.x, b.right, b.y, b.bottom) for b in self.fixed_label_boxes()]
        best: tuple[float, tuple[float, float]] | None = None
        for x, y, away in spots:
            if best is not None and away * per_pixel >= best[0]:
                break  # every spot left is further than the best is costly
            x = min(max(x, 2.0), f.width - 2 - width)
            y = min(max(y, 2.0), f.height - 2 - height)
            box = Box(x - 1, y - 1, width + 2, height + 2)
            # Costs only add up: past the best so far (by more than rounding), counting on
            # cannot make this spot the best.
            limit = math.inf if best is None else best[0] - away * per_pixel + 1.0
            cost = self.obstacles.cost(box, limit=limit) + away * per_pixel
            if best is not None and cost >= best[0]:
                continue
            left, right, top, bottom = box.x, box.right, box.y, box.bottom
            cost += sum(
                labels.LABEL_COST
                for x1, x2, y1, y2 in fixed
                if left < x2 and x1 < right and top < y2 and y1 < bottom  # Box.overlaps
            )
            if box.y < f.bottom < box.bottom and box.x < f.right and box.right > f.left:
                cost += AXIS_COST
            if box.x < f.left < box.right and box.y < f.bottom and box.bottom > f.top:
                cost += AXIS_COST
            if best is None or cost < best[0]:
                # What it hides costs as much as a name it covers (counted last, and only for
                # a spot that may yet win: it is a slow count): a component's symbol or user's
                # figure, and under an opaque box a line.
                covered = sum(box.gap(x, y) < r + 1 for x, y, r in symbols)
                cost += covered * (labels.LABEL_COST - labels.CIRCLE_COST)
                crossed = sum(_crosses(box, line) for line in lines)
                cost += crossed * (labels.LABEL_COST - labels.LINK_COST)
            if best is None or cost < best[0]:
                best = (cost, (x, y))
        assert best is not None
        return best[1]

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
            arrow = Box(x - w / 2, y - h / 2, w, h)
            # A name beside the arrow reads as its name, as much as one beside a circle (so
            # the arrow counts as symbols, as circles along it), unless its author drew it over
            # a component's symbol: then it marks that one, and a name beside both is right;
            # and it goes under the symbol, which it would hide.
            marks = any(
                r.symbol and arrow.overlap_area(Box(r.x - r.r, r.y - r.r, 2 * r.r, 2 * r.r)) > 0
                for r in self.requests
            )
            self.add("evolve" if marks else "notes", Path(self.id(role), role, d, style))
            self.obstacles.add_box(arrow)
            if not marks:
                self.unnamed_symbols += [(x + dx, y, h / 2) for dx in (-w / 4, 0.0, w / 4)]
            # The name under its arrow, or as near as is clear: two arrows at one point (an
            # accelerator and a deaccelerator) must not print their names over each other.
            baseline = y + h / 2 + 4 + t.small_size
            box = labels.text_box(x, baseline, "middle", (accelerator.name,), t.small_size, False)
            left, top = self.free_spot(box.width, box.height, _nearby(box.x, box.y))
            self.text(
                f"{role}-label",
                left + box.width / 2,
                top + baseline - box.y,
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
        # Anchors' names first: they are their symbols, and their links follow them (see
        # follow_anchors), so the other labels must keep clear of where the links then go.
        anchors = [r for r in self.requests if r.key in self.anchor_feet]
        placed = labels.place(anchors, self.obstacles, bounds)
        self.follow_anchors(placed)
        rest = [r for r in self.requests if r.key not in self.anchor_feet]
        placed |= labels.place(rest, self.obstacles, bounds, f.plot, self.unnamed_symbols)
        # Dotted, so that a leader is never taken for a dependency link.
        leader = Style(stroke=self.theme.separator, stroke_width=0.9, dash="1.5 1.5")
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
                    self.theme.italic,
                    self.symbols.get(request.key),
                ),
            )

    def follow_anchors(self, placed: dict[str, labels.Placed]) -> None:
        """An anchor drawn as its name has no other symbol, so its links leave from under the
        name: where the placer moved a name off its point (off a stage line, another name or
        a link), its links move with it rather than start from nothing."""
        moves = {}
        for request in self.requests:
            foot = self.anchor_feet.get(request.key)
            if foot is None:
                continue
            spot = placed[request.key]
            x, y, _ = labels.candidates(request)[0]  # where the name goes unless it must move
            if (spot.x, spot.y) != (x, y):
                moves[foot] = (foot[0] + spot.x - x, foot[1] + spot.y - y)
        if not moves:
            return
        for layer in ("flows", "links"):
            lines = self.shapes[layer]
            for index, shape in enumerate(lines):
                if isinstance(shape, Line) and (
                    {(shape.x1, shape.y1), (shape.x2, shape.y2)} & moves.keys()
                ):
                    lines[index] = moved = _move_ends(shape, moves)
                    self.obstacles.add_segment(moved.x1, moved.y1, moved.x2, moved.y2)

    def note_moved_offset(self, request: labels.Request, spot: labels.Placed) -> None:
        """Note an author's offset that had to move, with the offset of where it went."""
        assert request.offset is not None
        dx, dy = round(spot.box.x - request.x), round(spot.y - request.y)
        if math.hypot(dx - request.offset[0], dy - request.offset[1]) > MOVED_OFFSET:
            owner = self.offset_owners.get(request.key)
            if owner is not None:
                self.moved.append((owner, (dx, dy)))


#: Directions from a component's centre to an annotation's marker against it, in turn.
_AROUND = ((-1, -1), (1, -1), (-1, 1), (1, 1), (0, -1), (0, 1), (-1, 0), (1, 0))


def _crosses(box: Box, line: Line) -> bool:
    """Whether a line passes through a box (not only along or past its edge)."""
    x1, y1, x2, y2 = line.x1, line.y1, line.x2, line.y2
    if max(x1, x2) <= box.x or min(x1, x2) >= box.right:
        return False
    if max(y1, y2) <= box.y or min(y1, y2) >= box.bottom:
        return False
    # ... unless all four corners are on one side of it.
    dx, dy = x2 - x1, y2 - y1
    sides = [dx * (y - y1) - dy * (x - x1) for x in (box.x, box.right) for y in (box.y, box.bottom)]
    return not (all(side > 0 for side in sides) or all(side < 0 for side in sides))


def _move_ends(line: Line, moves: dict[tuple[float, float], tuple[float, float]]) -> Line:
    """The line with each end found in ``moves`` moved where it says."""
    x1, y1 = moves.get((line.x1, line.y1), (line.x1, line.y1))
    x2, y2 = moves.get((line.x2, line.y2), (line.x2, line.y2))
    return replace(line, x1=x1, y1=y1, x2=x2, y2=y2)


def _inertia_spots(
    x: float,
    tx: float,
    start: float,
    end: float,
    frame: Frame,
    bounds: tuple[tuple[float, float], ...],
) -> tuple[float, ...]:
    """Where an evolving component's inertia bar may go, best first: on its arrow at the first
    stage boundary it crosses (the resistance to moving into the next stage, as OWM and the
    book draw it), else just in front of the component."""
    low, high = sorted((start, end))
    edges = [frame.x(edge) for edge, _ in bounds[1:]]
    crossed = [e for e in edges if low + 8 <= e <= high - 8]
    crossed.sort(key=lambda e: abs(e - x))
    step = 1 if tx > x else -1
    along = [start + step * (8 + k * (high - low) / 4) for k in range(4)]
    return (*crossed, along[0], *(a for a in along[1:] if low <= a <= high))


def _along(x: float, y: float, ux: float, uy: float, width: float, size: float) -> list[Box]:
    """Squares that cover text of this width centred on (x, y), its baseline along (ux, uy):
    what a line of text written along a link covers, in boxes the label placer knows."""
    side = size * (labels.ASCENT + labels.DESCENT)
    # The middle of the text's height is above its baseline, perpendicular to it.
    rise = size * (labels.ASCENT - labels.DESCENT) / 2
    mx, my = x + uy * rise, y - ux * rise
    count = max(1, math.ceil(width / side))
    boxes = []
    for k in range(count):
        t = (k + 0.5) / count - 0.5
        cx, cy = mx + ux * width * t, my + uy * width * t
        boxes.append(Box(cx - side / 2, cy - side / 2, side, side))
    return boxes


def _wrap(
    text: str, width: float, size: float, hanging: bool = True, bold: bool = False
) -> list[str]:
    """Text broken at spaces into lines no wider than ``width``, and a word wider than that
    after its hyphens ('Custom-' 'Built'; a longer part stays whole); lines after the first
    are indented under the first's words, if ``hanging``."""
    # No-break spaces: SVG keeps them where it collapses plain ones.
    indent = "\u00a0" * 4 if hanging else ""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        parts = [word]
        if "-" in word.strip("-") and text_width(word, size, bold) > width:
            parts = re.findall(r"[^-]*-+|[^-]+$", word)
        for index, part in enumerate(parts):
            joint = " " if index == 0 else ""  # the parts of a word join with no space
            trial = f"{line}{joint}{part}" if line else (indent + part if lines else part)
            if line and text_width(trial, size, bold) > width:
                lines.append(line)
                line = indent + part
            else:
                line = trial
    lines.append(line)
    return lines


def _nearby(x: float, y: float, away: float = 0.0) -> Iterator[tuple[float, float, float]]:
    """A spot and others around it, nearest first, each with how far it is from the first
    (plus ``away``): up and down before sideways, as a line of text moves least out of its
    reader's way."""
    yield x, y, away
    for d in NEARBY:
        for dx, dy in ((0, d), (0, -d), (d, 0), (-d, 0), (d, d), (-d, d), (d, -d), (-d, -d)):
            yield x + dx, y + dy, away + math.hypot(dx, dy)


def _side_by_side(a: Box, b: Box, gap: float) -> bool:
    """Two names on overlapping lines with less than ``gap`` between them."""
    overlap_y = min(a.bottom, b.bottom) - max(a.y, b.y)
    apart = max(a.x - b.right, b.x - a.right)
    return overlap_y > 1 and apart < gap


def _hatch(x: float, y: float, r: float, spacing: float) -> str:
    """Diagonal hatching inside a circle, as path data: each line clipped to the circle."""
    parts = []
    steps = int(r * math.sqrt(2) // spacing)
    for k in range(-steps, steps + 1):
        # The line x' - y' = c (c = k·spacing·√2), at distance |k|·spacing from the centre.
        offset = k * spacing
        half = math.sqrt(max(r * r - offset * offset, 0.0))
        if half < 1:
            continue
        # Its midpoint is the foot of the perpendicular from the centre; it runs along (1, 1)/√2.
        mx, my = x + offset / math.sqrt(2), y - offset / math.sqrt(2)
        d = half / math.sqrt(2)
        parts.append(f"M{mx - d:.2f},{my - d:.2f} L{mx + d:.2f},{my + d:.2f}")
    return " ".join(parts)


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
    half = min(px, py) * OVERLAY_BAND
    for a, b in overlay_bands(points):
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
    """W127: each `label [dx, dy]` that collides in our drawing, with the offset it is drawn at.

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
                "W127",
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
