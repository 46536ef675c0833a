"""Label placement: every label where it collides least with other labels, circles and links.

Each label tries candidate places around what it names (right, left, above, below, the
corners, then further out) and takes the one with the lowest cost. Obstacles sit in a grid of
buckets, so a map of thousands of components costs about as much per label as a small one.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from wardley.metrics import LINE_HEIGHT, block_size
from wardley.scene import Box

ASCENT = 0.93  # of the font size, DejaVu Sans
DESCENT = 0.24
GAP = 4.0  # between a circle and its label
CELL = 48.0

# Costs: a label over another label is worst, then over a circle, then across a link.
LABEL_COST = 100.0
CIRCLE_COST = 60.0
LINK_COST = 6.0
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
    #: Place it centred under (x, y), as for users, whose glyph is above the name.
    below_only: bool = False


@dataclass(frozen=True, slots=True)
class Placed:
    key: str
    x: float  # text anchor x
    y: float  # baseline of the first line
    anchor: str  # start, middle, end
    box: Box


def text_box(
    x: float, y: float, anchor: str, lines: tuple[str, ...], size: float, bold: bool
) -> Box:
    width, _ = block_size(list(lines), size, bold)
    left = x if anchor == "start" else x - width / 2 if anchor == "middle" else x - width
    top = y - ASCENT * size
    height = (len(lines) - 1) * size * LINE_HEIGHT + (ASCENT + DESCENT) * size
    return Box(left, top, width, height)


class Obstacles:
    """Boxes, circles and segments in grid buckets."""

    def __init__(self) -> None:
        self.boxes: dict[tuple[int, int], list[Box]] = defaultdict(list)
        self.circles: dict[tuple[int, int], list[tuple[float, float, float]]] = defaultdict(list)
        self.segments: dict[tuple[int, int], list[tuple[float, float, float, float]]] = defaultdict(
            list
        )

    @staticmethod
    def _cells(box: Box) -> Iterable[tuple[int, int]]:
        for gx in range(int(box.x // CELL), int(box.right // CELL) + 1):
            for gy in range(int(box.y // CELL), int(box.bottom // CELL) + 1):
                yield gx, gy

    def add_box(self, box: Box) -> None:
        for cell in self._cells(box):
            self.boxes[cell].append(box)

    def add_circle(self, x: float, y: float, r: float) -> None:
        for cell in self._cells(Box(x - r, y - r, 2 * r, 2 * r)):
            self.circles[cell].append((x, y, r))

    def add_segment(self, x1: float, y1: float, x2: float, y2: float) -> None:
        length = math.hypot(x2 - x1, y2 - y1)
        steps = max(1, int(length // (CELL / 2)))
        seen = set()
        for i in range(steps + 1):
            t = i / steps
            cell = (int((x1 + (x2 - x1) * t) // CELL), int((y1 + (y2 - y1) * t) // CELL))
            if cell not in seen:
                seen.add(cell)
                self.segments[cell].append((x1, y1, x2, y2))

    def cost(self, box: Box, own: tuple[float, float] | None = None) -> float:
        total = 0.0
        boxes: set[int] = set()
        circles: set[tuple[float, float, float]] = set()
        segments: set[tuple[float, float, float, float]] = set()
        for cell in self._cells(box):
            for other in self.boxes.get(cell, ()):
                if id(other) not in boxes:
                    boxes.add(id(other))
                    area = box.overlap_area(other)
                    if area > 0:
                        total += LABEL_COST + area
            circles.update(self.circles.get(cell, ()))
            segments.update(self.segments.get(cell, ()))
        for cx, cy, r in circles:
            if own is not None and (cx, cy) == own:
                continue
            if _circle_hits_box(cx, cy, r + 1, box):
                total += CIRCLE_COST
        for seg in segments:
            if own is not None and ((seg[0], seg[1]) == own or (seg[2], seg[3]) == own):
                # A link leaving this very component may pass under its label's edge only.
                if _segment_hits_box(seg, _shrink(box, 3)):
                    total += LINK_COST
                continue
            if _segment_hits_box(seg, box):
                total += LINK_COST
        return total


def _shrink(box: Box, by: float) -> Box:
    return Box(box.x + by, box.y + by, max(0.0, box.width - 2 * by), max(0.0, box.height - 2 * by))


def _circle_hits_box(cx: float, cy: float, r: float, box: Box) -> bool:
    nx = min(max(cx, box.x), box.right)
    ny = min(max(cy, box.y), box.bottom)
    return (cx - nx) ** 2 + (cy - ny) ** 2 < r * r


def _segment_hits_box(seg: tuple[float, float, float, float], box: Box) -> bool:
    """Liang–Barsky clipping: does the segment cross the box?"""
    x1, y1, x2, y2 = seg
    dx, dy = x2 - x1, y2 - y1
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x1 - box.x), (dx, box.right - x1), (-dy, y1 - box.y), (dy, box.bottom - y1)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


def candidates(request: Request) -> list[tuple[float, float, str]]:
    """(anchor x, first baseline y, text-anchor) around the circle, nearest first."""
    lines = len(request.lines)
    size = request.size
    height = (lines - 1) * size * LINE_HEIGHT + (ASCENT + DESCENT) * size
    x, y, r = request.x, request.y, request.r
    out: list[tuple[float, float, str]] = []
    if request.below_only:
        for extra in (0.0, 6.0, 14.0):
            out.append((x, y + r + GAP + ASCENT * size + extra, "middle"))
        for extra in (0.0, 10.0):
            out.append((x + r + GAP + extra, y + ASCENT * size / 2, "start"))
            out.append((x - r - GAP - extra, y + ASCENT * size / 2, "end"))
        return out
    middle = y - height / 2 + ASCENT * size  # baseline that centres the block on y
    for extra in (0.0, 8.0, 18.0, 32.0):
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
        for rank, (x, y, anchor) in enumerate(candidates(request)):
            box = text_box(x, y, anchor, request.lines, request.size, request.bold)
            cost = obstacles.cost(box, own=(request.x, request.y)) + rank * 0.5
            if not _inside(box, bounds):
                cost += OUTSIDE_COST
            if best is None or cost < best[0]:
                best = (cost, rank, x, y, anchor, box)
            if cost < 0.5 * (rank + 1):
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
