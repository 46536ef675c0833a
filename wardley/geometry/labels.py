"""Label placement: every label where it collides least with other labels, circles and links.

Each label tries candidate places around what it names (right, left, above, below, the
corners, then further out) and takes the one with the lowest cost. Obstacles sit in a grid of
buckets, so a map of thousands of components costs about as much per label as a small one.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from wardley._dataclass import dataclass
from wardley.geometry.measure import LINE_HEIGHT, block_size, vertical_extent
from wardley.scene import Box

ASCENT, DESCENT = vertical_extent()  # of the font size
GAP = 4.0  # between a circle and its label
CELL = 48.0

# Costs: a label over another label is worst, then over a circle, then across a link.
LABEL_COST = 100.0
CIRCLE_COST = 60.0
LINK_COST = 25.0
#: The most labels and circles, and links, a grid cell holds. A place over more is as bad as
#: any place can be, so this changes nothing on a readable map (where a hub's cell holds some
#: tens of links); on thousands of components drawn on one spot it keeps each label's search
#: as cheap as on a sparse map.
CELL_CAPACITY = 32
LINKS_CAPACITY = 256
#: How far beyond the circle each ring of candidate places is (pixels).
RINGS = (0.0, 8.0, 18.0, 32.0, 48.0, 66.0, 90.0, 120.0)
#: From this many labels, fewer candidate places each.
CROWDED = 300
#: Each step further from the component costs this much: a crossed link is worth 50 steps.
RANK_COST = 0.5
OUTSIDE_COST = 1000.0


@dataclass(frozen=True, slots=True)
class Request:
    """A label to place for something drawn at (x, y) with radius ``r``."""

    key: str
    x: float
    y: float
    r: float
    lines: tuple[str, ...]
    size: float
    bold: bool = False
    #: An author's explicit offset (OWM's `label [dx, dy]`): honoured, not searched.
    offset: tuple[float, float] | None = None
    #: Where to look: "around" a circle, beside or under a "user" figure, or "centred" on
    #: the point (OWM's anchors, drawn as a bold name) and nudged off it only if need be.
    around: str = "around"


@dataclass(frozen=True, slots=True)
class Placed:
    key: str
    x: float  # text anchor x
    y: float  # baseline of the first line
    anchor: str  # start, middle, end
    box: Box


def text_box(
    x: float,
    y: float,
    anchor: str,
    lines: tuple[str, ...],
    size: float,
    bold: bool,
    width: float | None = None,
) -> Box:
    """The extent of text drawn at (x, y); pass ``width`` when it is already measured."""
    if width is None:
        width, _ = block_size(list(lines), size, bold)
    left = x if anchor == "start" else x - width / 2 if anchor == "middle" else x - width
    top = y - ASCENT * size
    height = (len(lines) - 1) * size * LINE_HEIGHT + (ASCENT + DESCENT) * size
    return Box(left, top, width, height)


class Obstacles:
    """Boxes, circles and segments in grid buckets.

    Only ``window`` is gridded (everything, when None): what lies beyond it is out of sight,
    and a box far off or very wide (a name of thousands of characters) costs the cells it
    covers inside the window, not the cells of its own size.
    """

    def __init__(self, window: Box | None = None) -> None:
        self.window = window
        self.boxes: dict[tuple[int, int], list[Box]] = defaultdict(list)
        self.circles: dict[tuple[int, int], list[tuple[float, float, float]]] = defaultdict(list)
        self.segments: dict[tuple[int, int], list[tuple[float, float, float, float]]] = defaultdict(
            list
        )

    def _cells(self, box: Box) -> Iterable[tuple[int, int]]:
        left, top, right, bottom = box.x, box.y, box.right, box.bottom
        if self.window is not None:
            left, top = max(left, self.window.x), max(top, self.window.y)
            right, bottom = min(right, self.window.right), min(bottom, self.window.bottom)
            if left > right or top > bottom:
                return
        for gx in range(int(left // CELL), int(right // CELL) + 1):
            for gy in range(int(top // CELL), int(bottom // CELL) + 1):
                yield gx, gy

    def add_box(self, box: Box) -> None:
        for cell in self._cells(box):
            _fill(self.boxes[cell], box, CELL_CAPACITY)

    def add_circle(self, x: float, y: float, r: float) -> None:
        for cell in self._cells(Box(x - r, y - r, 2 * r, 2 * r)):
            _fill(self.circles[cell], (x, y, r), CELL_CAPACITY)

    def add_segment(self, x1: float, y1: float, x2: float, y2: float) -> None:
        length = math.hypot(x2 - x1, y2 - y1)
        steps = max(1, int(length // (CELL / 2)))
        seen = set()
        for i in range(steps + 1):
            t = i / steps
            cell = (int((x1 + (x2 - x1) * t) // CELL), int((y1 + (y2 - y1) * t) // CELL))
            if cell not in seen:
                seen.add(cell)
                _fill(self.segments[cell], (x1, y1, x2, y2), LINKS_CAPACITY)

    def cost(
        self, box: Box, own: tuple[float, float] | None = None, limit: float = math.inf
    ) -> float:
        """What placing a label here costs; stops counting once past ``limit``."""
        total = 0.0
        boxes: set[int] = set()
        circles: set[tuple[float, float, float]] = set()
        segments: set[tuple[float, float, float, float]] = set()
        left, top = box.x, box.y
        right, bottom = left + box.width, top + box.height
        for cell in self._cells(box):
            for other in self.boxes.get(cell, ()):
                if id(other) not in boxes:
                    boxes.add(id(other))
                    # Box.overlap_area, inline: this is the innermost loop of label placement.
                    w = min(right, other.x + other.width) - max(left, other.x)
                    h = min(bottom, other.y + other.height) - max(top, other.y)
                    area = w * h if w > 0 and h > 0 else 0.0
                    if area > 0:
                        total += LABEL_COST + area
            circles.update(self.circles.get(cell, ()))
            segments.update(self.segments.get(cell, ()))
        if total >= limit:
            return total
        for cx, cy, r in circles:
            if own is not None and (cx, cy) == own:
                continue
            if _circle_hits_box(cx, cy, r + 1, box):
                total += CIRCLE_COST
        if total >= limit:
            return total
        for x1, y1, x2, y2 in segments:
            shrink = 0.0
            if own is not None and ((x1, y1) == own or (x2, y2) == own):
                # A link leaving this very component may pass under its label's edge only.
                shrink = 3.0
            lo_x, hi_x, lo_y, hi_y = left + shrink, right - shrink, top + shrink, bottom - shrink
            # Bounding boxes first (most links pass beside the label), then which side of the
            # line each corner is on: the segment crosses the box unless all four agree.
            if (x1 < lo_x and x2 < lo_x) or (x1 > hi_x and x2 > hi_x):
                continue
            if (y1 < lo_y and y2 < lo_y) or (y1 > hi_y and y2 > hi_y):
                continue
            dx, dy = x2 - x1, y2 - y1
            c1 = dx * (lo_y - y1) - dy * (lo_x - x1)
            c2 = dx * (lo_y - y1) - dy * (hi_x - x1)
            c3 = dx * (hi_y - y1) - dy * (lo_x - x1)
            c4 = dx * (hi_y - y1) - dy * (hi_x - x1)
            if (c1 > 0 and c2 > 0 and c3 > 0 and c4 > 0) or (
                c1 < 0 and c2 < 0 and c3 < 0 and c4 < 0
            ):
                continue
            total += LINK_COST
        return total


def _fill(cell: list[Any], item: Any, capacity: int) -> None:
    if len(cell) < capacity:
        cell.append(item)


def _circle_hits_box(cx: float, cy: float, r: float, box: Box) -> bool:
    nx = min(max(cx, box.x), box.right)
    ny = min(max(cy, box.y), box.bottom)
    return (cx - nx) ** 2 + (cy - ny) ** 2 < r * r


def candidates(request: Request, reach: int = 4) -> list[tuple[float, float, str]]:
    """(anchor x, first baseline y, text-anchor) around the circle, nearest first."""
    lines = len(request.lines)
    size = request.size
    height = (lines - 1) * size * LINE_HEIGHT + (ASCENT + DESCENT) * size
    x, y, r = request.x, request.y, request.r
    out: list[tuple[float, float, str]] = []
    if request.around == "centred":
        base = y - height / 2 + ASCENT * size
        step = size * LINE_HEIGHT
        width = max(len(line) for line in request.lines) * size * 0.3
        for dy in (0.0, -step, step, -2 * step, 2 * step):
            out.append((x, base + dy, "middle"))
        for dx in (width, -width):
            out.append((x + dx, base, "middle"))
        return out
    if request.around == "user":
        # A user: beside the figure, whose links leave downwards, else under it.
        for extra in (0.0, 10.0):
            out.append((x + r + GAP + extra, y + ASCENT * size / 2, "start"))
            out.append((x - r - GAP - extra, y + ASCENT * size / 2, "end"))
        for extra in (0.0, 6.0, 14.0):
            out.append((x, y + r + GAP + ASCENT * size + extra, "middle"))
        return out
    middle = y - height / 2 + ASCENT * size  # baseline that centres the block on y
    for extra in RINGS[:reach]:
        d = r + GAP + extra
        diagonal = d * 0.75
        out.extend(
            [
                (x + d, middle, "start"),  # right
                (x + diagonal, y - diagonal - height + ASCENT * size, "start"),  # above right
                (x - d, middle, "end"),  # left
                (x + diagonal, y + diagonal + ASCENT * size, "start"),  # below right
                (x, y - d - height + ASCENT * size, "middle"),  # above
                (x, y + d + ASCENT * size, "middle"),  # below
                (x - diagonal, y - diagonal - height + ASCENT * size, "end"),  # above left
                (x - diagonal, y + diagonal + ASCENT * size, "end"),  # below left
            ]
        )
    return out


def place(requests: list[Request], obstacles: Obstacles, bounds: Box) -> dict[str, Placed]:
    """Place labels one by one (fixed ones first), each added as an obstacle for the next."""
    out: dict[str, Placed] = {}
    # Crowded maps try the nearer places only: the cost stays linear in the number of labels.
    reach = len(RINGS) if len(requests) <= CROWDED else 2
    # ... and settle for a place that only crosses links.
    good_enough = 0.0 if len(requests) <= CROWDED else 3 * LINK_COST
    fixed = [r for r in requests if r.offset is not None]
    free = [r for r in requests if r.offset is None]
    for request in fixed:
        assert request.offset is not None
        x, y = request.x + request.offset[0], request.y + request.offset[1]
        box = text_box(x, y, "start", request.lines, request.size, request.bold)
        out[request.key] = Placed(request.key, x, y, "start", box)
        obstacles.add_box(box)
    for request in free:
        best: tuple[float, int, float, float, str, Box] | None = None
        width, _ = block_size(list(request.lines), request.size, request.bold)
        for rank, (x, y, anchor) in enumerate(candidates(request, reach)):
            box = text_box(x, y, anchor, request.lines, request.size, request.bold, width)
            limit = best[0] - rank * RANK_COST if best is not None else math.inf
            cost = obstacles.cost(box, own=(request.x, request.y), limit=limit) + rank * RANK_COST
            if not _inside(box, bounds):
                cost += OUTSIDE_COST
            if best is None or cost < best[0]:
                best = (cost, rank, x, y, anchor, box)
            if cost < good_enough + RANK_COST * (rank + 1):
                break  # nothing in the way: the nearest free place wins
        assert best is not None
        _, _, x, y, anchor, box = best
        out[request.key] = Placed(request.key, x, y, anchor, box)
        obstacles.add_box(box)
    return out


def _inside(box: Box, bounds: Box) -> bool:
    return (
        box.x >= bounds.x
        and box.y >= bounds.y
        and box.right <= bounds.right
        and box.bottom <= bounds.bottom
    )
