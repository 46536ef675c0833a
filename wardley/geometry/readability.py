"""The project's own checker of a picture's readability, over a laid-out Scene.

It finds six kinds of fault:

- **text overlap**: two texts overprint each other (any text drawn: labels, notes, the title,
  the annotations box, legends, stage labels);
- **text over a symbol**: text across a component's circle or box, a user's figure, a market's
  dots, an ecosystem's rings, an annotation's marker or an accelerator;
- **text over a line**: a link, flow, evolve arrow, inertia bar or leader line across text;
- **cut off**: text that runs beyond the canvas;
- **misattributed**: a component's label nearer another component's symbol, or an
  accelerator's arrow, than its own, and no leader line joining it to its own; or, with one,
  within 20 px of the other symbol, where a name sits by the symbol it names (a leader is faint
  and a reader takes the circle beside a name for its owner: misled, worse than an overprint);
- **furniture**: the title, a note, the annotations box or a legend over a label, a symbol or
  the axes; a box (which is opaque) over a line; an accelerator's arrow over a component; a
  component's name under the evolution axis, in the row of the stages' names (it reads as one
  of them, "Genesis", "Payments Gateway", "Custom-Built", and is off the plot).

One collision may be of two kinds: a note over a label is overlapping text and misplaced
furniture. Each text's extent is measured here, from the font's metrics, rather than taken from
the layout, so that the checker does not share the layout's mistakes. Everything sits in a grid
of cells, so a big map is checked in about the time it takes to draw it.

Used by the tests (the gallery has no fault, the corpus no more than its recorded baseline) and
by ``benchmarks/readability.py``, which reports over any set of maps.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import combinations

from wardley._dataclass import dataclass
from wardley.geometry.measure import LINE_HEIGHT, ascent_descent, text_width
from wardley.scene import Box, Circle, Line, Path, Rect, Scene, Style, Text, extent

TEXT_OVERLAP = "text-overlap"
TEXT_OVER_SYMBOL = "text-over-symbol"
TEXT_OVER_LINE = "text-over-line"
CUT_OFF = "cut-off"
MISATTRIBUTED = "misattributed"
FURNITURE = "furniture"
KINDS = (TEXT_OVERLAP, TEXT_OVER_SYMBOL, TEXT_OVER_LINE, CUT_OFF, MISATTRIBUTED, FURNITURE)

#: Shapes a reader takes for a thing on the map (not a line, an area or the axes).
SYMBOL_ROLES = frozenset(
    {
        "user",
        "need",
        "capability",
        "evolved",
        "market",
        "ecosystem",
        "method-build",
        "method-buy",
        "method-outsource",
        "annotation",
        "accelerator",
        "deaccelerator",
        "removed",
        "added",
        "moved-from",
    }
)
#: Arrows that a component's name set beside them is read as naming.
FORCE_ROLES = frozenset({"accelerator", "deaccelerator"})
#: Lines no text may cross.
LINE_ROLES = frozenset(
    {
        "link",
        "flow",
        "evolve",
        "inertia",
        "pipeline-step",
        "annotation-link",
        "moved",
        "link-added",
        "link-removed",
        "leader",
    }
)
#: Labels that name a component: each must be nearest its own symbol.
COMPONENT_LABEL_ROLES = frozenset({"label", "evolved-label", "user-label", "removed-label"})
#: The title and the notes; the boxes of text, and the roles of the text inside them.
FURNITURE_TEXT_ROLES = frozenset({"title", "note"})
FURNITURE_BOXES = frozenset({"annotations", "legend"})
BOXED_TEXT_ROLES = frozenset({"annotations-title", "annotations-text", "legend"})
#: Shapes that meet by less than this (pixels) only touch: anti-aliasing, not a collision.
TOUCH = 1.0
#: Text may reach this far (pixels) past the canvas's edge: rounding, not cut off.
EDGE = 0.5
#: A label is misattributed when another symbol is nearer than its own by more than this.
NEARER = 0.5
#: ... even with a leader line to its own, when that other symbol is this near (pixels): as near
#: as a name sits to the symbol it names without one (the layout's LEADER_GAP), where a reader
#: takes it for that symbol's at a glance (a faint dotted leader is read after, if at all).
BESIDE = 20.0
#: How near a leader line's ends come to its label and to its symbol, or a link's end to the
#: symbol it leaves (pixels).
LEADER_REACH = 3.0
#: A line leaving a label's own symbol may pass under the edge of the label's box by this much
#: (pixels): it leaves from beside the text, through the box's empty corner.
OWN_EDGE = 3.0
CELL = 64.0


@dataclass(frozen=True, slots=True)
class Readability:
    """What makes one picture hard to read: a count per kind of fault, and each fault found."""

    text_overlap: int
    text_over_symbol: int
    text_over_line: int
    cut_off: int
    misattributed: int
    furniture: int
    #: One line per fault, starting with its kind and naming the labels involved.
    findings: tuple[str, ...]

    @property
    def counts(self) -> dict[str, int]:
        return {kind: getattr(self, kind.replace("-", "_")) for kind in KINDS}

    @property
    def faults(self) -> int:
        return sum(self.counts.values())

    @property
    def readable(self) -> bool:
        return self.faults == 0


@dataclass(frozen=True, slots=True)
class Totals:
    """Readability over a set of maps."""

    maps: int
    #: Maps that did not load.
    refused: int
    #: Maps with no fault of any kind.
    readable: int
    #: fault kind -> (maps with it, instances of it)
    faults: dict[str, tuple[int, int]]

    def to_json(self) -> dict:
        return {
            "maps": self.maps,
            "refused": self.refused,
            "readable": self.readable,
            "faults": {
                kind: {"maps": maps, "instances": instances}
                for kind, (maps, instances) in self.faults.items()
            },
        }

    @classmethod
    def from_json(cls, data: dict) -> Totals:
        faults = {k: (v["maps"], v["instances"]) for k, v in data["faults"].items()}
        return cls(data["maps"], data["refused"], data["readable"], faults)

    def worse_than(self, baseline: Totals) -> list[str]:
        """Every figure that is worse here than in ``baseline``."""
        worse = []
        if self.maps != baseline.maps:
            worse.append(f"{self.maps} maps, the baseline has {baseline.maps}")
        if self.refused > baseline.refused:
            worse.append(f"refused: {self.refused} maps, the baseline {baseline.refused}")
        if self.readable < baseline.readable:
            worse.append(f"readable: {self.readable} maps, the baseline {baseline.readable}")
        for kind in KINDS:
            for index, what in enumerate(("maps", "instances")):
                now, then = self.faults[kind][index], baseline.faults.get(kind, (0, 0))[index]
                if now > then:
                    worse.append(f"{kind}: {now} {what}, the baseline {then}")
        return worse

    def better_than(self, baseline: Totals) -> bool:
        return self.to_json() != baseline.to_json() and not self.worse_than(baseline)


def totals(reports: Iterable[Readability | None]) -> Totals:
    """Add up the reports of a set of maps; None stands for a map that did not load."""
    maps = refused = readable = 0
    faults = {kind: (0, 0) for kind in KINDS}
    for report in reports:
        maps += 1
        if report is None:
            refused += 1
            continue
        readable += report.readable
        for kind, count in report.counts.items():
            with_it, instances = faults[kind]
            faults[kind] = (with_it + (count > 0), instances + count)
    return Totals(maps, refused, readable, faults)


def text_extent(text: Text) -> Box:
    """Where a text's glyphs can reach: its widest line, from the font's ascent above the
    first baseline to its descent below the last; turned with the text if it is rotated."""
    ascent, descent = ascent_descent(text.bold)
    width = max((text_width(line, text.size, text.bold) for line in text.lines), default=0.0)
    left = {"start": 0.0, "middle": -width / 2, "end": -width}[text.anchor]
    top = -ascent * text.size
    height = (len(text.lines) - 1) * text.size * LINE_HEIGHT + (ascent + descent) * text.size
    if not text.rotate:
        return Box(text.x + left, text.y + top, width, height)
    # Turned about the anchor point, as SVG's rotate(angle x y) does.
    corners = [
        _turn(text.x + left + dx, text.y + top + dy, text.x, text.y, text.rotate)
        for dx in (0, width)
        for dy in (0, height)
    ]
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    return Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _turn(x: float, y: float, cx: float, cy: float, degrees: float) -> tuple[float, float]:
    """(x, y) turned about (cx, cy) by ``degrees``, clockwise on the screen as in SVG."""
    cos, sin = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    dx, dy = x - cx, y - cy
    return cx + dx * cos - dy * sin, cy + dx * sin + dy * cos


def _upright(text: Text) -> Box:
    """A text's extent before it is turned."""
    return text_extent(replace(text, rotate=0.0))


def _turned_back(line: Line, text: Text) -> Line:
    """A line as seen from a turned text's own frame: turned back about the text's anchor."""
    x1, y1 = _turn(line.x1, line.y1, text.x, text.y, -text.rotate)
    x2, y2 = _turn(line.x2, line.y2, text.x, text.y, -text.rotate)
    return replace(line, x1=x1, y1=y1, x2=x2, y2=y2)


def readability(scene: Scene) -> Readability:
    return _Check(scene).run()


@dataclass(frozen=True, slots=True)
class _Text:
    shape: Text
    box: Box
    name: str


@dataclass(frozen=True, slots=True)
class _Symbol:
    shape: Circle | Rect | Path
    box: Box  # the bounding box
    order: int  # drawn after every shape of a lower order


@dataclass(frozen=True, slots=True)
class _Line:
    shape: Line
    order: int


class _Grid:
    """Indices of things in square cells over the canvas: what is near a box is in its cells.

    What lies wholly off the canvas is in no cell: it cannot be seen to collide (it is cut off).
    """

    def __init__(self, width: float, height: float) -> None:
        self.columns, self.rows = int(width // CELL), int(height // CELL)
        self.cells: dict[tuple[int, int], list[int]] = defaultdict(list)

    def _cells(self, box: Box) -> list[tuple[int, int]]:
        xs = range(max(0, int(box.x // CELL)), min(self.columns, int(box.right // CELL)) + 1)
        ys = range(max(0, int(box.y // CELL)), min(self.rows, int(box.bottom // CELL)) + 1)
        return [(gx, gy) for gx in xs for gy in ys]

    def add(self, box: Box, index: int) -> None:
        for cell in self._cells(box):
            self.cells[cell].append(index)

    def add_segment(self, x1: float, y1: float, x2: float, y2: float, index: int) -> None:
        # In steps shorter than a cell, each step's bounding box: every cell the line crosses.
        steps = max(1, math.ceil(math.hypot(x2 - x1, y2 - y1) / CELL))
        cells: set[tuple[int, int]] = set()
        for step in range(steps):
            ax, ay = x1 + (x2 - x1) * step / steps, y1 + (y2 - y1) * step / steps
            bx, by = x1 + (x2 - x1) * (step + 1) / steps, y1 + (y2 - y1) * (step + 1) / steps
            cells.update(self._cells(Box(min(ax, bx), min(ay, by), abs(bx - ax), abs(by - ay))))
        for cell in cells:
            self.cells[cell].append(index)

    def near(self, box: Box) -> list[int]:
        found: set[int] = set()
        for cell in self._cells(box):
            found.update(self.cells.get(cell, ()))
        return sorted(found)


class _Check:
    def __init__(self, scene: Scene) -> None:
        self.scene = scene
        self.texts: list[_Text] = []
        self.symbols: list[_Symbol] = []
        self.lines: list[_Line] = []
        self.axes: list[Line] = []
        #: the annotations box and legends, by name
        self.boxes: list[tuple[str, Box]] = []
        for order, shape in enumerate(scene.shapes):
            if isinstance(shape, Text):
                self.texts.append(_Text(shape, text_extent(shape), _text_name(shape)))
            elif isinstance(shape, Circle | Rect | Path) and shape.role in SYMBOL_ROLES:
                self.symbols.append(_Symbol(shape, extent(shape), order))
            elif isinstance(shape, Line) and shape.role in LINE_ROLES:
                self.lines.append(_Line(shape, order))
            elif isinstance(shape, Line) and shape.role == "axis":
                self.axes.append(shape)
            elif isinstance(shape, Rect) and shape.role in FURNITURE_BOXES:
                box = Box(shape.x, shape.y, shape.width, shape.height)
                self.boxes.append((f"the {shape.role} box", box))
        self.by_id = {symbol.shape.id: symbol for symbol in self.symbols}
        self.leaders = [line.shape for line in self.lines if line.shape.role == "leader"]
        #: symbol id -> the name its label gives it
        self.names = {
            t.shape.of: " ".join(t.shape.lines) for t in self.texts if t.shape.of in self.by_id
        }
        #: the symbols of components, which a component's label may be mistaken for naming
        self.components = {
            t.shape.of for t in self.texts if t.shape.role in COMPONENT_LABEL_ROLES
        } & self.by_id.keys()
        #: ... and the other symbols a name beside is read as naming: accelerators' arrows
        #: (named under them), except one drawn over a component, its author's mark on it
        components = [self.by_id[id_].box for id_ in self.components]
        self.named = self.components | {
            symbol.shape.id
            for symbol in self.symbols
            if symbol.shape.role in FORCE_ROLES
            and not any(_overlap(symbol.box, box) for box in components)
        }
        self.text_grid = _Grid(scene.width, scene.height)
        self.symbol_grid = _Grid(scene.width, scene.height)
        self.line_grid = _Grid(scene.width, scene.height)
        for index, text in enumerate(self.texts):
            self.text_grid.add(text.box, index)
        for index, symbol in enumerate(self.symbols):
            self.symbol_grid.add(symbol.box, index)
        for index, line in enumerate(self.lines):
            s = line.shape
            self.line_grid.add_segment(s.x1, s.y1, s.x2, s.y2, index)
        self.found: dict[str, list[str]] = {kind: [] for kind in KINDS}

    def run(self) -> Readability:
        for index, text in enumerate(self.texts):
            self.overlapping(index, text)
            shield = self.shield(text)
            self.over_symbols(text, shield)
            self.over_lines(text, shield)
            self.cut_off(text)
            if text.shape.role in COMPONENT_LABEL_ROLES and text.shape.of in self.by_id:
                self.attribution(text, self.by_id[text.shape.of])
        self.furniture()
        counts = [len(self.found[kind]) for kind in KINDS]
        findings = tuple(f"{kind}: {message}" for kind in KINDS for message in self.found[kind])
        return Readability(*counts, findings=findings)

    def overlapping(self, index: int, text: _Text) -> None:
        for other in self.text_grid.near(text.box):
            if other > index and _overlap(text.box, self.texts[other].box):
                self.found[TEXT_OVERLAP].append(f"{text.name} and {self.texts[other].name}")

    def shield(self, text: _Text) -> int:
        """A name inside its own opaque symbol (a box, an annotation's marker) hides what is
        drawn before that symbol: the draw order below which nothing is under the text."""
        own = self.by_id.get(text.shape.of or "")
        if own is None or not _opaque(own.shape.style) or not _inside(text.box, own):
            return -1
        return own.order + 1

    def over_symbols(self, text: _Text, shield: int) -> None:
        for index in self.symbol_grid.near(text.box):
            symbol = self.symbols[index]
            if symbol.order >= shield and _hits(text.box, symbol):
                what = (
                    f"its own {symbol.shape.role}"
                    if symbol.shape.id == text.shape.of
                    else self.symbol_name(symbol)
                )
                self.found[TEXT_OVER_SYMBOL].append(f"{text.name} over {what}")

    def over_lines(self, text: _Text, shield: int) -> None:
        own = self.by_id.get(text.shape.of or "")
        for index in self.line_grid.near(text.box):
            line = self.lines[index]
            s = line.shape
            if line.order < shield:
                continue
            if s.role == "leader" and own is not None and _joins(s, text.box, own):
                continue  # its own leader line, from its edge to its symbol
            edge = TOUCH
            if own is not None and _ends_at(s, lambda x, y: _reach(own, x, y)):
                edge = OWN_EDGE
            box, crossing = text.box, s
            if text.shape.rotate:
                # Text along a link: test in the text's own turned frame, not its upright box.
                box, crossing = _upright(text.shape), _turned_back(s, text.shape)
            if _crosses(box, crossing, edge - _stroke(s.style) / 2):
                self.found[TEXT_OVER_LINE].append(f"{text.name} over {self.line_name(s)}")

    def cut_off(self, text: _Text) -> None:
        box, scene = text.box, self.scene
        edges = [
            ("left", -box.x),
            ("top", -box.y),
            ("right", box.right - scene.width),
            ("bottom", box.bottom - scene.height),
        ]
        past = [f"{edge} by {beyond:.0f} px" for edge, beyond in edges if beyond > EDGE]
        if past:
            self.found[CUT_OFF].append(f"{text.name} runs past the {', '.join(past)}")

    def attribution(self, text: _Text, own: _Symbol) -> None:
        reach = _distance(text.box, own)
        probe = _grown(text.box, reach)
        nearest: tuple[float, _Symbol] | None = None
        for index in self.symbol_grid.near(probe):
            symbol = self.symbols[index]
            if symbol is own or symbol.shape.id not in self.named:
                continue
            distance = _distance(text.box, symbol)
            if distance < reach - NEARER and (nearest is None or distance < nearest[0]):
                nearest = (distance, symbol)
        if nearest is None:
            return
        distance, symbol = nearest
        led = self.leader_joins(text.box, own)
        if led and distance > BESIDE:
            return
        self.found[MISATTRIBUTED].append(
            f"{text.name} is nearer {self.symbol_name(symbol)} ({distance:.0f} px)"
            f" than its own {own.shape.role} ({reach:.0f} px)"
            + (", its leader line notwithstanding" if led else "")
        )

    def leader_joins(self, box: Box, own: _Symbol) -> bool:
        return any(_joins(s, box, own) for s in self.leaders)

    def furniture(self) -> None:
        """The title, notes, the annotations box and legends over a label, a symbol, an axis
        or one another (a box's own text is part of it)."""
        items = [(t.name, t.box) for t in self.texts if t.shape.role in FURNITURE_TEXT_ROLES]
        items += self.boxes
        for name, box in items:
            for index in self.text_grid.near(box):
                text = self.texts[index]
                if text.shape.role in FURNITURE_TEXT_ROLES | BOXED_TEXT_ROLES:
                    continue  # furniture itself, counted below
                if _overlap(box, text.box):
                    self.found[FURNITURE].append(f"{name} over {text.name}")
            for index in self.symbol_grid.near(box):
                symbol = self.symbols[index]
                if _hits(box, symbol):
                    self.found[FURNITURE].append(f"{name} over {self.symbol_name(symbol)}")
            for axis in self.axes:
                if _crosses(box, axis, TOUCH - _stroke(axis.style) / 2):
                    self.found[FURNITURE].append(f"{name} over an axis")
        # A component's name reaching under the evolution axis is in the stages' row.
        for axis in self.axes:
            if axis.y1 != axis.y2:
                continue  # the value chain's axis
            left, right = min(axis.x1, axis.x2), max(axis.x1, axis.x2)
            for text in self.texts:
                box = text.box
                if (
                    text.shape.role in COMPONENT_LABEL_ROLES
                    and box.bottom > axis.y1 + TOUCH
                    and box.right > left
                    and box.x < right
                ):
                    self.found[FURNITURE].append(f"{text.name} under the evolution axis")
        # An accelerator's arrow drawn over a component's symbol hides it.
        for arrow in self.symbols:
            if arrow.shape.role not in FORCE_ROLES or not _opaque(arrow.shape.style):
                continue
            for index in self.symbol_grid.near(arrow.box):
                symbol = self.symbols[index]
                if (
                    symbol.order < arrow.order
                    and symbol.shape.id in self.components
                    and _hits(arrow.box, symbol)
                ):
                    name = self.symbol_name(arrow)
                    self.found[FURNITURE].append(f"{name} over {self.symbol_name(symbol)}")
        # A box is opaque: a line under it is cut in two, a link whose middle is missing.
        for name, box in self.boxes:
            for index in self.line_grid.near(box):
                s = self.lines[index].shape
                if _crosses(box, s, TOUCH - _stroke(s.style) / 2):
                    self.found[FURNITURE].append(f"{name} over {self.line_name(s)}")
        for (a, box_a), (b, box_b) in combinations(items, 2):
            if _overlap(box_a, box_b):
                self.found[FURNITURE].append(f"{a} over {b}")

    def symbol_name(self, symbol: _Symbol) -> str:
        name = self.names.get(symbol.shape.id)
        if name is not None:
            return f'the {symbol.shape.role} "{_short(name)}"'
        box = symbol.box
        return (
            f"{_article(symbol.shape.role)} {symbol.shape.role}"
            f" at ({box.x + box.width / 2:.0f}, {box.y + box.height / 2:.0f})"
        )

    def line_name(self, line: Line) -> str:
        """A line named by what it joins, where its ends are at named symbols."""
        ends = []
        for x, y in ((line.x1, line.y1), (line.x2, line.y2)):
            probe = _grown(Box(x, y, 0.0, 0.0), LEADER_REACH)
            named = [
                self.symbols[i]
                for i in self.symbol_grid.near(probe)
                if self.symbols[i].shape.id in self.names
                and _reach(self.symbols[i], x, y) <= LEADER_REACH
            ]
            ends.append(
                f'"{_short(self.names[named[0].shape.id])}"' if named else f"({x:.0f}, {y:.0f})"
            )
        return f"the {line.role} {ends[0]}–{ends[1]}"


def _text_name(text: Text) -> str:
    return f'{text.role} "{_short(" ".join(text.lines))}"'


def _short(words: str) -> str:
    return words if len(words) <= 40 else words[:39] + "…"


def _grown(box: Box, by: float) -> Box:
    return Box(box.x - by, box.y - by, box.width + 2 * by, box.height + 2 * by)


def _overlap(a: Box, b: Box) -> bool:
    """Two boxes overlap by more than a touch each way."""
    w = min(a.right, b.right) - max(a.x, b.x)
    h = min(a.bottom, b.bottom) - max(a.y, b.y)
    return w > TOUCH and h > TOUCH


def _distance(box: Box, symbol: _Symbol) -> float:
    """The shortest distance between a box and a symbol."""
    shape = symbol.shape
    if isinstance(shape, Circle):
        return max(0.0, box.gap(shape.cx, shape.cy) - shape.r)
    other = symbol.box
    dx = max(other.x - box.right, 0.0, box.x - other.right)
    dy = max(other.y - box.bottom, 0.0, box.y - other.bottom)
    return math.hypot(dx, dy)


def _joins(line: Line, box: Box, symbol: _Symbol) -> bool:
    """Whether a line runs from a text's box to a symbol: one end at each. (One end at the box
    is not enough: another name's leader may start at its circle beside this text.)"""
    for (ax, ay), (bx, by) in (
        ((line.x1, line.y1), (line.x2, line.y2)),
        ((line.x2, line.y2), (line.x1, line.y1)),
    ):
        if box.gap(ax, ay) <= LEADER_REACH and _reach(symbol, bx, by) <= LEADER_REACH:
            return True
    return False


def _ends_at(line: Line, distance: Callable[[float, float], float]) -> bool:
    """Whether one of a line's ends is within reach of something, by its distance function."""
    return min(distance(line.x1, line.y1), distance(line.x2, line.y2)) <= LEADER_REACH


def _reach(symbol: _Symbol, x: float, y: float) -> float:
    """How far a point is from a symbol (0 on or inside it)."""
    shape = symbol.shape
    if isinstance(shape, Circle):
        return max(0.0, math.hypot(x - shape.cx, y - shape.cy) - shape.r)
    return symbol.box.gap(x, y)


def _stroke(style: Style) -> float:
    if style.stroke in (None, "none"):
        return 0.0
    return style.stroke_width if style.stroke_width is not None else 1.0


def _opaque(style: Style) -> bool:
    return (
        style.fill != "none"
        and (style.fill_opacity is None or style.fill_opacity >= 1)
        and (style.opacity is None or style.opacity >= 1)
    )


def _hits(box: Box, symbol: _Symbol) -> bool:
    """Whether a box covers a symbol by more than a touch (a ring only where it is drawn)."""
    shape = symbol.shape
    if not isinstance(shape, Circle):
        return _overlap(box, symbol.box)
    half = _stroke(shape.style) / 2
    if box.gap(shape.cx, shape.cy) >= shape.r + half - TOUCH:
        return False
    if shape.style.fill != "none":
        return True
    farthest = max(
        math.hypot(x - shape.cx, y - shape.cy)
        for x in (box.x, box.right)
        for y in (box.y, box.bottom)
    )
    return farthest > shape.r - half + TOUCH


def _inside(box: Box, symbol: _Symbol) -> bool:
    shape = symbol.shape
    if isinstance(shape, Circle):
        return all(
            math.hypot(x - shape.cx, y - shape.cy) <= shape.r
            for x in (box.x, box.right)
            for y in (box.y, box.bottom)
        )
    outer = symbol.box
    return (
        outer.x <= box.x + EDGE
        and outer.y <= box.y + EDGE
        and box.right <= outer.right + EDGE
        and box.bottom <= outer.bottom + EDGE
    )


def _crosses(box: Box, line: Line, inset: float) -> bool:
    """Whether a line crosses a box drawn ``inset`` pixels smaller (larger, if negative)."""
    lo_x, hi_x, lo_y, hi_y = box.x + inset, box.right - inset, box.y + inset, box.bottom - inset
    if lo_x >= hi_x or lo_y >= hi_y:
        return False
    x1, y1, x2, y2 = line.x1, line.y1, line.x2, line.y2
    if (x1 < lo_x and x2 < lo_x) or (x1 > hi_x and x2 > hi_x):
        return False
    if (y1 < lo_y and y2 < lo_y) or (y1 > hi_y and y2 > hi_y):
        return False
    # The line crosses the box unless all four corners are on one side of it.
    dx, dy = x2 - x1, y2 - y1
    sides = [dx * (y - y1) - dy * (x - x1) for x in (lo_x, hi_x) for y in (lo_y, hi_y)]
    return not (all(s > 0 for s in sides) or all(s < 0 for s in sides))


def _article(word: str) -> str:
    # (No role starts with a 'u' said as a vowel: "a user".)
    return "an" if word[:1] in "aeio" else "a"
