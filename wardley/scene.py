"""The Scene: a map laid out, as positioned shapes in pixels, ready for any renderer.

Each shape has a ``role`` in the domain's words (component, link, evolve, pipeline, overlay,
axis, label, note, annotation, …) and a stable ``id``; colours and fonts are already resolved
from the theme, so renderers (SVG, and through it PNG and PDF) only draw.

A component's label says which symbol it names (``Text.of``), so that readability can be
checked on the Scene alone; a label placed far from its symbol is joined to it by a ``Line``
whose role is "leader", from the edge of the label's box to the symbol.
"""

from __future__ import annotations

import math
import re
from dataclasses import field

from wardley._dataclass import dataclass


@dataclass(frozen=True, slots=True)
class Style:
    """How a shape is painted; None leaves the SVG default."""

    fill: str | None = None
    stroke: str | None = None
    stroke_width: float | None = None
    dash: str | None = None
    opacity: float | None = None
    fill_opacity: float | None = None


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned rectangle in pixels (for overlap checks)."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def gap(self, x: float, y: float) -> float:
        """How far a point is from the box (0 inside it)."""
        dx = max(self.x - x, 0.0, x - self.right)
        dy = max(self.y - y, 0.0, y - self.bottom)
        return math.hypot(dx, dy)

    def overlaps(self, other: Box, margin: float = 0.0) -> bool:
        return (
            self.x < other.right + margin
            and other.x < self.right + margin
            and self.y < other.bottom + margin
            and other.y < self.bottom + margin
        )

    def overlap_area(self, other: Box) -> float:
        w = min(self.right, other.right) - max(self.x, other.x)
        h = min(self.bottom, other.bottom) - max(self.y, other.y)
        return w * h if w > 0 and h > 0 else 0.0


@dataclass(frozen=True, slots=True)
class Line:
    """A straight line from (x1, y1) to (x2, y2)."""

    id: str
    role: str
    x1: float
    y1: float
    x2: float
    y2: float
    style: Style
    arrow: bool = False  # an arrowhead at (x2, y2)


@dataclass(frozen=True, slots=True)
class Circle:
    """A circle around (cx, cy)."""

    id: str
    role: str
    cx: float
    cy: float
    r: float
    style: Style


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle from its top left corner, its corners rounded by ``rx``."""

    id: str
    role: str
    x: float
    y: float
    width: float
    height: float
    style: Style
    rx: float = 0.0


@dataclass(frozen=True, slots=True)
class Path:
    """An SVG path, ``d`` its drawing commands."""

    id: str
    role: str
    d: str
    style: Style


#: Path commands and how many numbers each takes (the absolute ones, which compose writes).
_ARITY = {"M": 2, "L": 2, "T": 2, "Q": 4, "S": 4, "C": 6, "H": 1, "V": 1, "A": 7, "Z": 0}
_TOKEN = re.compile(r"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def extent(shape: Circle | Rect | Path) -> Box:
    """The box a shape is drawn in (a path's holds its points and its curves' control points)."""
    if isinstance(shape, Circle):
        return Box(shape.cx - shape.r, shape.cy - shape.r, 2 * shape.r, 2 * shape.r)
    if isinstance(shape, Rect):
        return Box(shape.x, shape.y, shape.width, shape.height)
    xs: list[float] = []
    ys: list[float] = []
    command, numbers = "M", []
    for token in _TOKEN.findall(shape.d):
        if token.isalpha():
            command, numbers = token.upper(), []
            continue
        numbers.append(float(token))
        if len(numbers) < _ARITY[command]:
            continue
        if command == "H":
            xs.append(numbers[0])
        elif command == "V":
            ys.append(numbers[0])
        else:
            pairs = numbers[-2:] if command == "A" else numbers
            xs.extend(pairs[0::2])
            ys.extend(pairs[1::2])
        numbers = []
    if not xs or not ys:
        return Box(0.0, 0.0, 0.0, 0.0)
    return Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


@dataclass(frozen=True, slots=True)
class Text:
    """One or more lines of text; (x, y) is the baseline of the first line at ``anchor``."""

    id: str
    role: str
    x: float
    y: float
    lines: tuple[str, ...]
    size: float
    fill: str
    font_family: str
    bold: bool = False
    anchor: str = "start"  # start, middle, end
    box: Box | None = None  # the measured extent, for overlap checks
    rotate: float = 0.0
    href: str | None = None
    italic: bool = False
    #: The id of the symbol this text names (a component's circle, box or figure), if any.
    of: str | None = None


Shape = Line | Circle | Rect | Path | Text


@dataclass(frozen=True)
class Scene:
    """A whole picture: its size, background, title, description and shapes."""

    width: float
    height: float
    background: str
    background_to: str | None
    id_prefix: str
    title: str
    description: str
    shapes: tuple[Shape, ...] = field(default=())

    def by_role(self, role: str) -> list[Shape]:
        return [shape for shape in self.shapes if shape.role == role]
