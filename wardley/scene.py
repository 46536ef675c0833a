"""The Scene: a map laid out, as positioned shapes in pixels, ready for any renderer.

Each shape has a ``role`` in the domain's words (component, link, evolve, pipeline, overlay,
axis, label, note, annotation, …) and a stable ``id``; colours and fonts are already resolved
from the theme, so renderers (SVG, and through it PNG and PDF) only draw.

A component's label says which symbol it names (``Text.of``), so that readability can be
checked on the Scene alone; a label placed far from its symbol is joined to it by a ``Line``
whose role is "leader", from the edge of the label's box to the symbol.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Style:
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
    id: str
    role: str
    cx: float
    cy: float
    r: float
    style: Style


@dataclass(frozen=True, slots=True)
class Rect:
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
    id: str
    role: str
    d: str
    style: Style


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
    #: The id of the symbol this text names (a component's circle, box or figure), if any.
    of: str | None = None


Shape = Line | Circle | Rect | Path | Text


@dataclass(frozen=True)
class Scene:
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
