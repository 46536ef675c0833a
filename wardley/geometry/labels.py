"""Label placement: every label beside its own symbol, clear of the others, on the canvas.

A reader takes a label for the name of the symbol nearest to it, so a label must be nearer
its own symbol than any other. One that cannot be, or that must sit farther off than
``LEADER_GAP``, is joined to its symbol by a leader line.

Each label tries candidate places and takes the cheapest: where the author's OWM offset puts
it and places a little way from there, when there is an offset (the author's side and
direction are intent: our canvas and font differ from OWM's, so the offset is moved the least
that clears what it collides with); else around its symbol, nearest first. Nothing runs off
the left or the top of the picture; past the right or the bottom, the picture grows.

Obstacles and symbols sit in grids of buckets, so a map of thousands of components costs
about as much per label as a small one.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
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
LINK_COST = 35.0
#: A line along the text (an evolve arrow, a level link) strikes it through: twice as bad.
STRIKE = 2.0
#: An evolve arrow is thick, dashed and in the evolved name's own colour: along a name it hides
#: it as another name over it would.
EVOLVE_COST = LABEL_COST / STRIKE
#: A label read as its symbol's only by a leader line: better than over a circle, worse than
#: across a link.
LEADER_COST = 45.0
#: A leader line through another name, or a name over another's leader line: as bad as
#: covering a circle (the leader reads as joining that name to its symbol).
LEADER_CROSSES_TEXT = CIRCLE_COST
#: A label farther than this from its symbol's edge (pixels) is no longer read as its name at
#: a glance: it gets a leader line.
LEADER_GAP = 20.0
#: ... except where its author put it: OWM draws names larger than we do, so a name its author
#: set beside the circle in OWM ends a few pixels farther from it here.
OFFSET_GAP = 28.0
#: A box grazing another by less than this (pixels) does not overprint it: a name touching the
#: edge of a pipeline's band (as OWM's offsets put them) stays where it is.
GRAZE = 0.5
#: Room kept between two labels side by side (pixels): less than twice a word space reads as
#: one name.
LABEL_PAD = 7.0
#: A label's nearest other symbol must be this much farther than its own (pixels).
ATTRIBUTION_MARGIN = 2.0
#: A name with a leader line within this (pixels) of another symbol, and nearer it than its
#: own, is read as that one's: as near as a name sits by its own symbol without a leader
#: (LEADER_GAP), and a leader is faint and dotted, the circle beside a name is not. It costs
#: BESIDE_COST more: more than a link striking it through (a name by its own circle across
#: links is read right), less than overprinting a name (at BESIDE; nearer, see BESIDE_STEP).
BESIDE = LEADER_GAP
BESIDE_COST = 80.0
#: ... and this much more for each pixel nearer than BESIDE: a name a few pixels from another
#: circle is read as that one's, whatever its leader says, worse than a nearer place across a
#: few more links (at 3 px, as bad as crossing five).
BESIDE_STEP = 6.0
#: A name with a leader line off the plot, in the margins with the title and the stages' names,
#: reads as one of them: as bad as overprinting a name.
OFF_PLOT_COST = LABEL_COST
#: A name under the evolution axis, in the row of the stages' names, reads as one of them
#: ("Genesis", "Payments Gateway", "Custom-Built"), with a leader or without: as bad as
#: overprinting a name. (A name of a component on the axis goes above it.)
UNDER_AXIS_COST = LABEL_COST
#: Each pixel of leader line costs this much: a short leader beats a long one.
LEADER_LENGTH_COST = 0.2
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
#: Each step further from the component costs this much: a crossed link is worth 70 steps.
RANK_COST = 0.5
#: Off the picture at the left or the top: worse than any overprint (nothing may be cut off).
OUTSIDE_COST = 100_000.0
#: Past the right or the bottom, the picture grows to fit: better than overprinting a name.
GROW_COST = 80.0
#: How far an author's offset may be moved to clear a collision (pixels), and how many places
#: the search for the nearest clear one tries; each pixel of the move costs SHIFT_COST, so
#: crossing a link is worth a move of 35 pixels.
MAX_SHIFT = 60.0
MOVES = 16
#: ... and when nowhere around its symbol is clear either, this many: the last search for the
#: labels that would still collide, a few in a map.
LAST_MOVES = 32
SHIFT_COST = 1.0
#: The first few things a place collides with say where to move it: labels and circles come
#: before links, and a label in a web of links need not try a move off each one.
BLOCKERS = 4
#: A place around the symbol, when no move of the author's offset will do, costs this much
#: more, and this much per radian it turns away from the author's direction.
FALLBACK_COST = 35.0
TURN_COST = 8.0
#: How many of those places are tried, those on the author's side first (all of them, while
#: each so far would overprint text).
FALLBACKS = 24


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
    #: An author's offset (OWM's `label [dx, dy]`) from (x, y) to the start of the first
    #: baseline: the first place tried, and the side kept when it must move.
    offset: tuple[float, float] | None = None
    #: Where to look: "around" a circle, beside or under a "user" figure, or "centred" on
    #: the point (OWM's anchors, drawn as a bold name) and nudged off it only if need be.
    around: str = "around"
    #: The radius of the circle inside a halo or rings of radius ``r``, when there is one.
    core: float | None = None
    #: The label names a symbol drawn at (x, y) (a component's circle, a user's figure): it
    #: must be read as that symbol's, nearer to it than to any other symbol, or be joined to it
    #: by a leader line. Link and overlay labels name none, nor do anchors, their own symbol.
    symbol: bool = False


@dataclass(frozen=True, slots=True)
class Placed:
    key: str
    x: float  # text anchor x
    y: float  # baseline of the first line
    anchor: str  # start, middle, end
    box: Box
    #: A line from the symbol's edge to the label's nearest point, when the label is too far
    #: from its symbol (or nearer another) to be read as its name without one.
    leader: tuple[float, float, float, float] | None = None


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
    return _box_at(x, y, anchor, width, _text_height(len(lines), size), ASCENT * size)


def _text_height(lines: int, size: float) -> float:
    """From the top of the first line's letters to the foot of the last's."""
    return (lines - 1) * size * LINE_HEIGHT + (ASCENT + DESCENT) * size


def _box_at(x: float, y: float, anchor: str, width: float, height: float, rise: float) -> Box:
    """The box of text ``width`` by ``height`` anchored at (x, y), its first baseline ``rise``
    below its top: text_box for a label whose size is known (placing one tries many places)."""
    left = x if anchor == "start" else x - width / 2 if anchor == "middle" else x - width
    return Box(left, y - rise, width, height)


#: Which side of a link a point is on is reckoned to within this much of the product of the
#: link's run and rise and the coordinates' size (a million times the rounding of double
#: floats): a box further from a link's line than that is beside it however it is reckoned.
ROUNDING = 1e-9
#: A span of grid cells: the first and last column, the first and last row.
Span = tuple[int, int, int, int]
#: A link as ``cost`` tests it: first what tells how far a point is from its line (its run and
#: rise, ``dx * y1 - dy * x1``, and the size of its run and rise), then, for the links that pass
#: near, its ends, its extent (left, right, top, bottom), what crossing it costs (more when it
#: runs along text, striking it through) and its ends as filed in the grid.
Link = tuple[
    float,
    float,
    float,
    float,
    float,
    tuple[
        float,
        float,
        float,
        float,
        float,
        float,
        float,
        float,
        float,
        tuple[float, float, float, float],
    ],
]
#: A box as ``cost`` looks at it: its left, top, right and bottom, and the box.
BoxEdges = tuple[float, float, float, float, Box]
#: The cells of each span of cells looked at, kept from map to map (a span's cells are the
#: same on every map: only the grids that file things in them differ), up to SPANS_KEPT.
SPANS: dict[Span, list[tuple[int, int]]] = {}
SPANS_KEPT = 1 << 16


class Obstacles:
    """Boxes, circles and segments in grid buckets.

    Only ``window`` is gridded (everything, when None): what lies beyond it is out of sight,
    and a box far off or very wide (a name of thousands of characters) costs the cells it
    covers inside the window, not the cells of its own size.
    """

    def __init__(self, window: Box | None = None) -> None:
        self.window = window
        self.limits = (
            None
            if window is None
            else (window.x, window.y, window.x + window.width, window.y + window.height)
        )
        #: Boxes as (left, top, right, bottom, box): their edges are what ``cost`` looks at.
        self.boxes: dict[tuple[int, int], list[BoxEdges]] = defaultdict(list)
        #: Each box's edges, by the box's identity (a box added twice counts once).
        self.edges: dict[int, BoxEdges] = {}
        self.circles: dict[tuple[int, int], list[tuple[float, float, float]]] = defaultdict(list)
        self.segments: dict[tuple[int, int], list[tuple[float, float, float, float]]] = defaultdict(
            list
        )
        #: Each link as ``cost`` tests it, by its ends, and by the identity of the ends filed
        #: (one tuple for a link drawn twice over).
        self.links: dict[tuple[float, float, float, float], Link] = {}
        self.filed: dict[int, Link] = {}
        #: The largest sum of the sizes of a link's ends' coordinates: what bounds the rounding
        #: of a test of which side of any link a point is on (see ROUNDING).
        self.link_size = 0.0
        #: The cells of each span looked at: labels try many places over the same few cells,
        #: on every map alike, so all share them (SPANS).
        self.spans = SPANS
        #: The circles and the links over each span, in the order ``cost`` meets them (_met),
        #: and how many had been added when they were gathered.
        self.circles_met: dict[Span, tuple[int, int, list[Any]]] = {}
        self.links_met: dict[Span, tuple[int, int, list[Any]]] = {}
        self.circles_added = 0
        self.links_added = 0

    def _cells(self, box: Box) -> list[tuple[int, int]]:
        span = self._span(box.x, box.y, box.x + box.width, box.y + box.height)
        return [] if span is None else self._span_cells(span)

    def _span(self, left: float, top: float, right: float, bottom: float) -> Span | None:
        """The cells from (left, top) to (right, bottom), within the window."""
        limits = self.limits
        if limits is not None:
            left, top = max(left, limits[0]), max(top, limits[1])
            right, bottom = min(right, limits[2]), min(bottom, limits[3])
            if left > right or top > bottom:
                return None
        return int(left // CELL), int(right // CELL), int(top // CELL), int(bottom // CELL)

    def _span_cells(self, span: Span) -> list[tuple[int, int]]:
        cells = self.spans.get(span)
        if cells is None:
            if len(self.spans) >= SPANS_KEPT:
                self.spans.clear()
            first_x, last_x, first_y, last_y = span
            cells = self.spans[span] = [
                (gx, gy) for gx in range(first_x, last_x + 1) for gy in range(first_y, last_y + 1)
            ]
        return cells

    def add_box(self, box: Box) -> None:
        edges = self.edges.get(id(box))
        if edges is None:
            edges = self.edges[id(box)] = (box.x, box.y, box.right, box.bottom, box)
        all_boxes = self.boxes
        for cell in self._cells(box):
            cell_boxes = all_boxes[cell]
            if len(cell_boxes) < CELL_CAPACITY:
                cell_boxes.append(edges)

    def add_text(self, box: Box) -> None:
        """Text, kept a little apart from the next, so that neighbours never read as one."""
        self.add_box(Box(box.x - LABEL_PAD, box.y - 1, box.width + 2 * LABEL_PAD, box.height + 2))

    def add_circle(self, x: float, y: float, r: float) -> None:
        circle = (x, y, r)
        all_circles = self.circles
        span = self._span(x - r, y - r, (x - r) + 2 * r, (y - r) + 2 * r)
        for cell in self._span_cells(span) if span is not None else ():
            cell_circles = all_circles[cell]
            if len(cell_circles) < CELL_CAPACITY:
                cell_circles.append(circle)
        self.circles_added += 1

    def add_segment(
        self, x1: float, y1: float, x2: float, y2: float, weight: float = LINK_COST
    ) -> None:
        """A line no label should cross: crossing it costs ``weight``."""
        dx, dy = x2 - x1, y2 - y1
        steps = max(1, int(math.hypot(dx, dy) // (CELL / 2)))
        segment = (x1, y1, x2, y2)
        link = self.links.get(segment)
        if link is None:
            run, rise = abs(dx), abs(dy)
            self.link_size = max(self.link_size, abs(x1) + abs(y1) + abs(x2) + abs(y2))
            link = self.links[segment] = (
                dx,
                dy,
                dx * y1 - dy * x1,
                run,
                rise,
                (
                    x1,
                    y1,
                    x2,
                    y2,
                    min(x1, x2),
                    max(x1, x2),
                    min(y1, y2),
                    max(y1, y2),
                    STRIKE * weight if rise * 8 < run else weight,
                    segment,
                ),
            )
            self.filed[id(segment)] = link
        segment = link[-1][-1]
        all_segments = self.segments
        # Filed in the cells of points every half cell or so along it (not every cell it
        # touches: that would file it in the corners it clips and change which links a place
        # meets). The points run one way, so a cell once left is not met again.
        last_x = last_y = None
        for i in range(steps + 1):
            t = i / steps
            gx, gy = int((x1 + dx * t) // CELL), int((y1 + dy * t) // CELL)
            if gx != last_x or gy != last_y:
                last_x, last_y = gx, gy
                cell_segments = all_segments[gx, gy]
                if len(cell_segments) < LINKS_CAPACITY:
                    cell_segments.append(segment)
        self.links_added += 1

    def cost(
        self,
        box: Box,
        own: tuple[float, float] | None = None,
        limit: float = math.inf,
        blockers: list[Blocker] | None = None,
    ) -> float:
        """What placing a label here costs; stops counting once past ``limit``.

        With ``blockers``, the first BLOCKERS things the label collides with are added to it:
        what a move of the label must clear.
        """
        # This is the innermost loop of label placement: min() and max() are written out as
        # they choose (the first of equals), and _span and Box.overlap_area are inline.
        left, top = box.x, box.y
        right, bottom = left + box.width, top + box.height
        limits = self.limits
        if limits is None:
            span = int(left // CELL), int(right // CELL), int(top // CELL), int(bottom // CELL)
        else:
            first_x, first_y, last_x, last_y = limits
            first_x = first_x if first_x > left else left
            first_y = first_y if first_y > top else top
            last_x = last_x if last_x < right else right
            last_y = last_y if last_y < bottom else bottom
            if first_x > last_x or first_y > last_y:
                return 0.0
            span = (
                int(first_x // CELL),
                int(last_x // CELL),
                int(first_y // CELL),
                int(last_y // CELL),
            )
        cells = self.spans.get(span) or self._span_cells(span)
        total = 0.0
        boxes: set[int] = set()
        all_boxes = self.boxes
        for cell in cells:
            cell_boxes = all_boxes.get(cell)
            if cell_boxes:
                for edges in cell_boxes:
                    ox, oy, o_right, o_bottom, _ = edges
                    w = (o_right if o_right < right else right) - (ox if ox > left else left)
                    if w <= GRAZE:
                        continue
                    h = (o_bottom if o_bottom < bottom else bottom) - (oy if oy > top else top)
                    if h > GRAZE and id(edges) not in boxes:
                        boxes.add(id(edges))
                        total += LABEL_COST + w * h
                        if blockers is not None and len(blockers) < BLOCKERS:
                            blockers.append((ox, oy, o_right, o_bottom))
        if total >= limit:
            return total
        own_x, own_y = own if own is not None else (math.nan, math.nan)
        # (What _met keeps, looked up here first: most places are over a span looked at before.)
        kept = self.circles_met.get(span)
        if kept is None or kept[0] != self.circles_added:
            kept = self._met(self.circles, self.circles_met, self.circles_added, span, cells)
        for cx, cy, r in kept[2]:
            if cx == own_x and cy == own_y:
                continue
            # Whether the circle touches the box, inline.
            nx = left if cx < left else right if cx > right else cx
            ny = top if cy < top else bottom if cy > bottom else cy
            reach = r + 1
            if (cx - nx) ** 2 + (cy - ny) ** 2 < reach * reach:
                total += CIRCLE_COST
                if blockers is not None and len(blockers) < BLOCKERS:
                    blockers.append((cx - r - 1, cy - r - 1, cx + r + 1, cy + r + 1))
        if total >= limit:
            return total
        # The links only now that they may count (most places are dropped before).
        kept = self.links_met.get(span)
        if kept is None or kept[0] != self.links_added:
            kept = self._met(
                self.segments, self.links_met, self.links_added, span, cells, self.filed
            )
        links = kept[2]
        if not links:
            return total
        # A link leaving this very component may pass under its label's edge only (by less
        # than the 3 px a reader sees as touching, less half the line's width).
        whole = (left + 0.0, right - 0.0, top + 0.0, bottom - 0.0)  # (a -0.0 edge as 0.0, as ever)
        shrunk = (left + 2.0, right - 2.0, top + 2.0, bottom - 2.0)
        # Around both, with room for a box too small to shrink (whose shrunk corners cross);
        # and inside the whole box. Each is widened (or narrowed) by more than any rounding of
        # which side of a link a point is on: ROUNDING times the run and rise of the link and
        # the size of its ends' and the box's coordinates, reckoned once for every link here.
        centre_x, centre_y = (left + right) / 2, (top + bottom) / 2
        rounding = ROUNDING * (self.link_size + abs(left) + abs(top) + abs(right) + abs(bottom))
        inner_width, inner_height = abs(right - left) / 2, abs(bottom - top) / 2
        around_width, around_height = inner_width + 2.0 + rounding, inner_height + 2.0 + rounding
        inner_width, inner_height = inner_width - rounding, inner_height - rounding
        past = limit + 1.0
        for dx, dy, moment, run, rise, near in links:
            # First the line through the link (most links pass well beside the label): one
            # clear of the boxes by more than any rounding crosses neither (the corners below
            # would all be on one side of it).
            side = dx * centre_y - dy * centre_x - moment
            clear = run * around_height + rise * around_width
            if side > clear or side < -clear:
                continue
            x1, y1, x2, y2, min_x, max_x, min_y, max_y, weight, _ = near
            # Then extents (most links pass beside the label): a link beside the whole box
            # passes beside it however much it is shrunk below.
            if max_x < left or min_x > right or max_y < top or min_y > bottom:
                continue
            if (x1 == own_x and y1 == own_y) or (x2 == own_x and y2 == own_y):
                lo_x, hi_x, lo_y, hi_y = shrunk
                if max_x < lo_x or min_x > hi_x or max_y < lo_y or min_y > hi_y:
                    continue
                through = False
            else:
                lo_x, hi_x, lo_y, hi_y = whole
                # A line through the box farther inside it than any rounding has corners on
                # both sides of it however they are reckoned below: it crosses (most do).
                inside = run * inner_height + rise * inner_width
                through = -inside < side < inside
            # Else which side of the line each corner is on: the segment crosses the box unless
            # all four agree (the other three only while they could).
            if not through:
                c = dx * (lo_y - y1) - dy * (lo_x - x1)
                if (
                    c > 0
                    and dx * (lo_y - y1) - dy * (hi_x - x1) > 0
                    and dx * (hi_y - y1) - dy * (lo_x - x1) > 0
                    and dx * (hi_y - y1) - dy * (hi_x - x1) > 0
                ) or (
                    c < 0
                    and dx * (lo_y - y1) - dy * (hi_x - x1) < 0
                    and dx * (hi_y - y1) - dy * (lo_x - x1) < 0
                    and dx * (hi_y - y1) - dy * (hi_x - x1) < 0
                ):
                    continue
            total += weight
            if blockers is not None and len(blockers) < BLOCKERS:
                blockers.append(_segment_extent(x1, y1, x2, y2, lo_x, hi_x, lo_y, hi_y))
            if total > past:
                break  # past the limit by more than any rounding: the rest cannot matter
        return total

    def _met(
        self,
        grid: dict[tuple[int, int], list[Any]],
        kept: dict[Span, tuple[int, int, list[Any]]],
        added: int,
        span: Span,
        cells: list[tuple[int, int]],
        filed: dict[int, Any] | None = None,
    ) -> tuple[int, int, list[Any]]:
        """The circles or the links over a span, each once, in the order of a set of them: the
        order in which a place has always met them (its first few collisions are what a move
        must clear, and costs are summed in it). With ``filed``, what each is, by its identity.

        Kept, with how many had been ``added`` and how many the cells held together: cells
        only grow, so while that count stands what they hold does too. Returns what is kept:
        (added, count, them)."""
        entry = kept.get(span)
        if entry is not None:
            if entry[0] == added:
                return entry
            count = sum([len(grid.get(cell, ())) for cell in cells])
            if entry[1] == count:
                entry = kept[span] = (added, count, entry[2])
                return entry
        met: set[Any] = set()
        count = 0
        for cell in cells:
            items = grid.get(cell)
            if items:
                met.update(items)
                count += len(items)
        out = list(met) if filed is None else list(map(filed.__getitem__, map(id, met)))
        entry = kept[span] = (added, count, out)
        return entry

    def crossed(
        self, x1: float, y1: float, x2: float, y2: float, own: tuple[float, float]
    ) -> float:
        """What a leader line from (x1, y1) to (x2, y2) costs where it crosses a name or another
        circle: a leader through them reads as a link, or points at the wrong thing."""
        left, top = min(x1, x2), min(y1, y2)
        span = self._span(left, top, left + abs(x2 - x1), top + abs(y2 - y1))
        total = 0.0
        seen_boxes: set[int] = set()
        seen_circles: set[tuple[float, float, float]] = set()
        dx, dy = x2 - x1, y2 - y1
        length2 = dx * dx + dy * dy or 1.0
        all_boxes, all_circles = self.boxes, self.circles
        for cell in self._span_cells(span) if span is not None else ():
            for edges in all_boxes.get(cell, ()):
                if id(edges) in seen_boxes:
                    continue
                seen_boxes.add(id(edges))
                other = edges[4]
                # The leader ends at its own label's edge: only a box it passes through counts.
                lo_x, lo_y = other.x + 1, other.y + 1
                width, height = other.width - 2, other.height - 2
                if (
                    width > 0
                    and height > 0
                    and _segment_hits_box(x1, y1, x2, y2, lo_x, lo_x + width, lo_y, lo_y + height)
                ):
                    total += LEADER_CROSSES_TEXT
            for circle in all_circles.get(cell, ()):
                cx, cy, r = circle
                if circle in seen_circles or (cx, cy) == own:
                    continue
                seen_circles.add(circle)
                t = max(0.0, min(1.0, ((cx - x1) * dx + (cy - y1) * dy) / length2))
                if math.hypot(x1 + t * dx - cx, y1 + t * dy - cy) < r:
                    total += CIRCLE_COST
        return total


def _segment_hits_box(
    x1: float, y1: float, x2: float, y2: float, lo_x: float, hi_x: float, lo_y: float, hi_y: float
) -> bool:
    if (x1 < lo_x and x2 < lo_x) or (x1 > hi_x and x2 > hi_x):
        return False
    if (y1 < lo_y and y2 < lo_y) or (y1 > hi_y and y2 > hi_y):
        return False
    dx, dy = x2 - x1, y2 - y1
    c1 = dx * (lo_y - y1) - dy * (lo_x - x1)
    c2 = dx * (hi_y - y1) - dy * (lo_x - x1)
    c3 = dx * (lo_y - y1) - dy * (hi_x - x1)
    c4 = dx * (hi_y - y1) - dy * (hi_x - x1)
    return not (
        (c1 > 0 and c2 > 0 and c3 > 0 and c4 > 0) or (c1 < 0 and c2 < 0 and c3 < 0 and c4 < 0)
    )


#: What a label collides with, as the rectangle it must move off: (left, top, right, bottom).
Blocker = tuple[float, float, float, float]


def _segment_extent(
    x1: float, y1: float, x2: float, y2: float, lo_x: float, hi_x: float, lo_y: float, hi_y: float
) -> Blocker:
    """The part of a segment that a label's box spans, across and down: a label moving up or
    down must clear the segment where it runs under the box's width, and one moving sideways
    where it runs beside the box's height."""
    # (Met for each link a label collides with: the clipping is written out, min() and max()
    # as they choose.)
    dx, dy = x2 - x1, y2 - y1
    t1, t2 = 0.0, 1.0
    if dx != 0:
        t1, t2 = (lo_x - x1) / dx, (hi_x - x1) / dx
        if t2 < t1:
            t1, t2 = t2, t1
        t1, t2 = t1 if t1 > 0.0 else 0.0, t2 if t2 < 1.0 else 1.0
    ya, yb = y1 + dy * t1, y1 + dy * t2
    t1, t2 = 0.0, 1.0
    if dy != 0:
        t1, t2 = (lo_y - y1) / dy, (hi_y - y1) / dy
        if t2 < t1:
            t1, t2 = t2, t1
        t1, t2 = t1 if t1 > 0.0 else 0.0, t2 if t2 < 1.0 else 1.0
    xa, xb = x1 + dx * t1, x1 + dx * t2
    return (
        xb if xb < xa else xa,
        yb if yb < ya else ya,
        xb if xb > xa else xa,
        yb if yb > ya else ya,
    )


class Symbols:
    """The labelled symbols, in grid buckets: which one a label would be read as naming."""

    def __init__(self, window: Box | None = None) -> None:
        self.grid = Obstacles(window)
        self.centres: Counter[tuple[float, float]] = Counter()
        #: The symbols over each span of cells, each once, in the order the cells hold them.
        self.over: dict[Span, list[tuple[float, float, float]]] = {}

    def add(self, x: float, y: float, r: float) -> None:
        self.grid.add_circle(x, y, r)
        self.centres[(x, y)] += 1
        self.over.clear()

    def shared(self, x: float, y: float) -> bool:
        """Whether another symbol is drawn on the same spot: then no place tells them apart,
        and only a leader line says which a label names."""
        return self.centres[(x, y)] > 1

    def nearer(self, box: Box, x: float, y: float, gap: float) -> tuple[float, float, float] | None:
        """A symbol other than the one at (x, y) about as near ``box`` as ``gap``, if any."""
        reach = gap + ATTRIBUTION_MARGIN
        grid = self.grid
        # grid._span, inline (min() and max() written out): this is asked for every place tried.
        around_x, around_y = box.x - reach, box.y - reach
        first_x, first_y = around_x, around_y
        last_x, last_y = around_x + (box.width + 2 * reach), around_y + (box.height + 2 * reach)
        limits = grid.limits
        if limits is not None:
            first_x = limits[0] if limits[0] > first_x else first_x
            first_y = limits[1] if limits[1] > first_y else first_y
            last_x = limits[2] if limits[2] < last_x else last_x
            last_y = limits[3] if limits[3] < last_y else last_y
            if first_x > last_x or first_y > last_y:
                return None
        span = int(first_x // CELL), int(last_x // CELL), int(first_y // CELL), int(last_y // CELL)
        entry = self.over.get(span)
        if entry is None:
            circles = grid.circles
            symbols = list(
                dict.fromkeys(
                    symbol for cell in grid._span_cells(span) for symbol in circles.get(cell, ())
                )
            )
            entry = self.over[span] = symbols
        left, top = box.x, box.y
        right, bottom = left + box.width, top + box.height
        for symbol in entry:
            sx, sy, sr = symbol
            if sx == x and sy == y:
                continue
            # _gap, inline (max() written out).
            dx, beyond = left - sx, sx - right
            if beyond > dx:
                dx = beyond
            dy, beyond = top - sy, sy - bottom
            if beyond > dy:
                dy = beyond
            gap = math.hypot(dx if dx > 0.0 else 0.0, dy if dy > 0.0 else 0.0) - sr
            if (gap if gap > 0.0 else 0.0) < reach:
                return symbol
        return None


def _gap(box: Box, x: float, y: float, r: float) -> float:
    """How far a box is from the edge of a circle (0 when they touch or overlap)."""
    # max() written out: this is reckoned for every place tried.
    left, top = box.x, box.y
    dx, beyond = left - x, x - (left + box.width)
    if beyond > dx:
        dx = beyond
    dy, beyond = top - y, y - (top + box.height)
    if beyond > dy:
        dy = beyond
    gap = math.hypot(dx if dx > 0.0 else 0.0, dy if dy > 0.0 else 0.0) - r
    return gap if gap > 0.0 else 0.0


def _leader(box: Box, x: float, y: float, r: float) -> tuple[float, float, float, float] | None:
    """From the circle's edge, towards its centre, to the nearest point of the box."""
    nx = min(max(x, box.x), box.right)
    ny = min(max(y, box.y), box.bottom)
    length = math.hypot(nx - x, ny - y)
    if length <= r + 2:
        return None
    ux, uy = (nx - x) / length, (ny - y) / length
    return (x + ux * (r + 1), y + uy * (r + 1), nx, ny)


def candidates(
    request: Request, reach: int = 4, rows: bool = True
) -> list[tuple[float, float, str]]:
    """(anchor x, first baseline y, text-anchor) around the circle, nearest first; with
    ``rows``, also over and under it running off one edge, for symbols in a row."""
    size = request.size
    height = _text_height(len(request.lines), size)
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
        # Users side by side along the top (as maps draw several): under, running off one side
        # of the figure, or farther off, over links that leave it.
        for extra in (0.0, 14.0):
            below = y + r + GAP + ASCENT * size + extra
            out.append((x - r, below, "start"))
            out.append((x + r, below, "end"))
        for extra in (24.0, 40.0):
            out.append((x + r + GAP + extra, y + ASCENT * size / 2, "start"))
            out.append((x - r - GAP - extra, y + ASCENT * size / 2, "end"))
            out.append((x, y + r + GAP + ASCENT * size + extra, "middle"))
        return out
    middle = y - height / 2 + ASCENT * size  # baseline that centres the block on y
    for ring, extra in enumerate(RINGS[:reach]):
        d = r + GAP + extra
        diagonal = d * 0.75
        above = y - d - height + ASCENT * size
        below = y + d + ASCENT * size
        out.extend(
            [
                (x + d, middle, "start"),  # right
                (x + diagonal, y - diagonal - height + ASCENT * size, "start"),  # above right
                (x - d, middle, "end"),  # left
                (x + diagonal, y + diagonal + ASCENT * size, "start"),  # below right
                (x, above, "middle"),  # above
                (x, below, "middle"),  # below
                (x - diagonal, y - diagonal - height + ASCENT * size, "end"),  # above left
                (x - diagonal, y + diagonal + ASCENT * size, "end"),  # below left
            ]
        )
        if rows and ring < 2:
            # Above or below, running away from the circle's edge: neighbours in a row (a
            # pipeline's members) put their names over and under each other this way.
            out.extend(
                [
                    (x - r, above, "start"),
                    (x - r, below, "start"),
                    (x + r, above, "end"),
                    (x + r, below, "end"),
                ]
            )
    return out


@dataclass(frozen=True, slots=True)
class _Choice:
    cost: float
    #: What the place costs for being where it is, whatever it collides with.
    preference: float
    x: float
    y: float
    anchor: str
    box: Box
    leader: tuple[float, float, float, float] | None


class _Placer:
    def __init__(
        self,
        requests: list[Request],
        obstacles: Obstacles,
        bounds: Box,
        plot: Box | None,
        unnamed: Sequence[tuple[float, float, float]] = (),
    ) -> None:
        self.obstacles = obstacles
        self.bounds = bounds
        self.plot = plot
        self.crowded = crowded = len(requests) > CROWDED
        # Crowded maps try the nearer places only: the cost stays linear in the number of
        # labels ... and settle for a place that only crosses links.
        self.reach = len(RINGS) if not crowded else 2
        self.good_enough = 0.0 if not crowded else 3 * LINK_COST
        self.moves = MOVES if not crowded else MOVES // 4
        self.fallbacks = FALLBACKS if not crowded else FALLBACKS // 4
        self.symbols = Symbols(obstacles.window)
        for request in requests:
            if request.symbol:
                self.symbols.add(request.x, request.y, request.r)
        for x, y, r in unnamed:
            self.symbols.add(x, y, r)
        #: What the obstacles say about each place a move search tried for the label being
        #: placed (by its box's corner), and what they block: nothing is added to the
        #: obstacles until the label is placed.
        self.known: dict[tuple[float, float], tuple[float, tuple[Blocker, ...]]] = {}

    def place(self, requests: list[Request]) -> dict[str, Placed]:
        out: dict[str, Placed] = {}
        # Labels at their authors' places first: they are intent, and the others have more
        # room to move.
        ordered = [r for r in requests if r.offset is not None]
        ordered += [r for r in requests if r.offset is None]
        for request in ordered:
            self.known.clear()
            width, _ = block_size(list(request.lines), request.size, request.bold)
            best = None
            if request.offset is not None:
                ox, oy = request.x + request.offset[0], request.y + request.offset[1]
                best = self.moved(request, width, ox, oy, "start", 0.0, None, self.moves)
            if best is None or self.astray(best):
                best = self.around(request, width, best)
                if best.cost > best.preference and not self.crowded:
                    # Nowhere around is clear: a little way from the best place may be.
                    best = self.moved(
                        request,
                        width,
                        best.x,
                        best.y,
                        best.anchor,
                        best.preference,
                        best,
                        LAST_MOVES,
                    )
            out[request.key] = Placed(
                request.key, best.x, best.y, best.anchor, best.box, best.leader
            )
            self.obstacles.add_text(best.box)
            if best.leader is not None:
                self.obstacles.add_segment(*best.leader, LEADER_CROSSES_TEXT)
        return out

    def astray(self, choice: _Choice) -> bool:
        """Whether the author's place, moved, will not do: places around the symbol are tried.
        (On a crowded map, only when it is cut off or read as another symbol's.)"""
        if self.crowded:
            return choice.cost >= OUTSIDE_COST or choice.leader is not None
        return choice.cost > FALLBACK_COST

    def moved(
        self,
        request: Request,
        width: float,
        ox: float,
        oy: float,
        anchor: str,
        base: float,
        best: _Choice | None,
        moves: int,
    ) -> _Choice:
        """The place (ox, oy), or the nearest move of it that clears what it collides with:
        the author's place, or the best around the symbol when none there is clear. A move
        costs ``base`` and SHIFT_COST a pixel; ``best`` is the place to beat, if any; at most
        ``moves`` places are tried.

        A best-first search over moves, shortest first: each place tried suggests the moves
        that would take it off each thing it collides with (up, down, left or right).
        """
        # Nothing may be cut off: a place running off the picture is first moved onto it.
        height, rise = _text_height(len(request.lines), request.size), ASCENT * request.size
        start = _box_at(ox, oy, anchor, width, height, rise)
        sx, sy = _inward(start, self.bounds)
        queue = [(base + math.hypot(sx, sy) * SHIFT_COST, sx, sy)]
        seen = {(round(sx), round(sy))}
        last = moves - 1
        hypot, push = math.hypot, heapq.heappush  # the inner loop runs some 50 times a place
        for step in range(moves):
            if not queue:
                break
            preference, dx, dy = heapq.heappop(queue)
            if best is not None and best.cost <= preference + self.good_enough:
                break  # nothing later can be cheaper
            box = _box_at(ox + dx, oy + dy, anchor, width, height, rise)
            # The last place tried suggests no moves: it is costed only as far as it can win.
            blockers: list[Blocker] | None = [] if step < last else None
            limit = best.cost if best is not None else math.inf
            cost, leader, toward = self.cost(request, box, preference, limit, blockers)
            if best is None or cost < limit:
                best = _Choice(cost, preference, ox + dx, oy + dy, anchor, box, leader)
            if blockers is None:
                break
            for mx, my in _moves(box, blockers, toward):
                x, y = dx + mx, dy + my
                if hypot(x - sx, y - sy) <= MAX_SHIFT:  # (most moves that go too far, go far)
                    key = (round(x), round(y))
                    if key not in seen:
                        seen.add(key)
                        push(queue, (base + hypot(x, y) * SHIFT_COST, x, y))
        assert best is not None
        return best

    def around(self, request: Request, width: float, best: _Choice | None) -> _Choice:
        """The cheapest place around the symbol, nearest first (on the author's side first,
        when the author's place would not do)."""
        options = [
            (rank * RANK_COST, x, y, anchor)
            for rank, (x, y, anchor) in enumerate(
                candidates(request, self.reach, rows=not self.crowded)
            )
        ]
        budget = len(options)
        if request.offset is not None:
            options = self.turned(request, width, options)
            budget = self.fallbacks
        height, rise = _text_height(len(request.lines), request.size), ASCENT * request.size
        for tried, (preference, x, y, anchor) in enumerate(options):
            if best is not None and best.cost <= preference + self.good_enough:
                break  # nothing later can be cheaper
            if tried >= budget and best is not None and best.cost < LABEL_COST:
                break  # the author's side has a place that overprints no text
            box = _box_at(x, y, anchor, width, height, rise)
            limit = best.cost if best is not None else math.inf
            cost, leader, _ = self.cost(request, box, preference, limit)
            if cost < limit:
                best = _Choice(cost, preference, x, y, anchor, box, leader)
        assert best is not None
        return best

    def turned(
        self, request: Request, width: float, options: list[tuple[float, float, float, str]]
    ) -> list[tuple[float, float, float, str]]:
        """Places around the symbol, costing more the more they turn from the author's side."""
        assert request.offset is not None
        half_height = len(request.lines) * request.size * LINE_HEIGHT / 2
        half_width = width / 2
        ox, oy = request.offset
        want = math.atan2(oy - half_height, ox + half_width)
        atan2, remainder, turn_once = math.atan2, math.remainder, 2 * math.pi
        cx, cy = request.x, request.y
        out = []
        for preference, x, y, anchor in options:
            left = x if anchor == "start" else x - half_width if anchor == "middle" else x - width
            got = atan2(y - half_height - cy, left + half_width - cx)
            turn = abs(remainder(got - want, turn_once))
            out.append((FALLBACK_COST + preference + turn * TURN_COST, x, y, anchor))
        out.sort(key=lambda option: option[0])
        return out

    def cost(
        self,
        request: Request,
        box: Box,
        preference: float,
        limit: float,
        blockers: list[Blocker] | None = None,
    ) -> tuple[float, tuple[float, float, float, float] | None, tuple[float, float]]:
        """The cost of a place, its leader line if it needs one, and (when it does, for a move
        search, which passes ``blockers``) the move that would take it next to its symbol.
        Counting stops once past ``limit`` (the place cannot win), except that all a move
        search needs is still gathered."""
        cost = preference + _outside(box, self.bounds)
        if cost >= limit and blockers is None:
            return cost, None, (0.0, 0.0)
        x, y = request.x, request.y
        if not request.symbol:
            return cost + self.collisions(box, (x, y), limit - cost, blockers), None, (0.0, 0.0)
        plot = self.plot
        if plot is not None and box.y + box.height > plot.y + plot.height + GRAZE:
            cost += UNDER_AXIS_COST
            if blockers is not None:
                # A move must take it up onto the plot.
                bottom = self.bounds.y + self.bounds.height
                blockers.append((box.x - 1, plot.y + plot.height, box.x + box.width + 1, bottom))
        gap = _gap(box, x, y, request.r)
        near = OFFSET_GAP if request.offset is not None else LEADER_GAP
        # Too far from its symbol, or on a spot shared with another: a leader line for sure,
        # whatever it collides with, and which other symbol is nearest is of no matter.
        leads = gap > near or self.symbols.shared(x, y)
        if leads and blockers is None:
            least = cost + (LEADER_COST + LEADER_LENGTH_COST * gap)
            if least >= limit:
                return least, None, (0.0, 0.0)
        cost += self.collisions(box, (x, y), limit - cost, blockers)
        if cost >= limit and blockers is None:
            return cost, None, (0.0, 0.0)
        nearer = None
        # Nearer its own symbol than any other, however a reader measures: from the ring of a
        # halo or from the circle in it (others are measured from their outer rings).
        own = _gap(box, x, y, request.core) if request.core else gap
        if not leads or blockers is not None:
            nearer = self.symbols.nearer(box, x, y, own)
        if nearer is not None and blockers is not None:
            sx, sy, sr = nearer
            blockers.append(_square(sx, sy, sr + gap + ATTRIBUTION_MARGIN + 1))
        # Not over its own symbol either (an author's offset tuned to OWM's smaller one may be;
        # places around it never are, a move may be): it hides what it names, as bad as
        # overprinting a name.
        covered = LABEL_COST if gap == 0 else 0.0
        if covered and blockers is not None:
            blockers.append(_square(x, y, request.r + 1))
        if nearer is None and not leads:
            return cost + covered, None, (0.0, 0.0)
        leader = _leader(box, x, y, request.r)
        cost += LEADER_COST + LEADER_LENGTH_COST * gap
        if plot is not None and not (
            plot.x <= box.x
            and plot.y <= box.y
            and box.right <= plot.right
            and box.bottom <= plot.bottom
        ):
            cost += OFF_PLOT_COST
        if leader is None:
            cost += LABEL_COST  # touching its symbol and another: no leader can tell which
        elif cost < limit:
            beside = self.symbols.nearer(box, x, y, min(own, BESIDE) - ATTRIBUTION_MARGIN)
            if beside:
                # Beside another symbol, away from its own: the nearer, the worse.
                sx, sy, sr = beside
                cost += BESIDE_COST + BESIDE_STEP * (BESIDE - _gap(box, sx, sy, sr))
                if blockers is not None:
                    # A move must take it out of reach of that symbol.
                    blockers.append(_square(sx, sy, sr + BESIDE + 1))
            if cost < limit:
                cost += self.obstacles.crossed(*leader, (x, y))
        return cost + covered, leader, _toward(box, request) if blockers is not None else (0.0, 0.0)

    def collisions(
        self, box: Box, own: tuple[float, float], limit: float, blockers: list[Blocker] | None
    ) -> float:
        """Obstacles.cost: up to ``limit``; or, with ``blockers`` (for moves), in full and
        remembered, as a search that moves a place again meets places an earlier one counted."""
        if blockers is None:
            return self.obstacles.cost(box, own, limit)
        corner = (box.x, box.y)
        known = self.known.get(corner)
        if known is None:
            start = len(blockers)
            total = self.obstacles.cost(box, own, math.inf, blockers)
            self.known[corner] = (total, tuple(blockers[start:]))
            return total
        blockers.extend(known[1])
        return known[0]


def _moves(
    box: Box, blockers: list[Blocker], toward: tuple[float, float]
) -> list[tuple[float, float]]:
    """The moves that take a box off each blocker (up, down, left, right), and next to its
    symbol."""
    x, y = box.x, box.y
    right, bottom = x + box.width, y + box.height
    out: list[tuple[float, float]] = []
    for b_left, b_top, b_right, b_bottom in blockers:
        out += (
            (0.0, b_top - bottom - 1),
            (0.0, b_bottom - y + 1),
            (b_left - right - 1, 0.0),
            (b_right - x + 1, 0.0),
        )
    if toward != (0.0, 0.0):
        out.append(toward)
    return out


def _inward(box: Box, bounds: Box) -> tuple[float, float]:
    """The least move that brings a box onto the bounds (as far as it fits), with half a pixel
    to spare against rounding."""
    dx = max(0.0, bounds.x - box.x) or min(0.0, bounds.right - box.right)
    dy = max(0.0, bounds.y - box.y) or min(0.0, bounds.bottom - box.bottom)
    return dx + math.copysign(0.5, dx) if dx else 0.0, dy + math.copysign(0.5, dy) if dy else 0.0


def _square(x: float, y: float, reach: float) -> Blocker:
    """What a move must clear to be ``reach`` from (x, y): the square around it."""
    return (x - reach, y - reach, x + reach, y + reach)


def _toward(box: Box, request: Request) -> tuple[float, float]:
    """The move that brings a box to GAP from its symbol's edge, straight towards it."""
    nx = min(max(request.x, box.x), box.right)
    ny = min(max(request.y, box.y), box.bottom)
    length = math.hypot(request.x - nx, request.y - ny)
    if length == 0:
        return (0.0, 0.0)
    step = max(0.0, length - request.r - GAP)
    return ((request.x - nx) / length * step, (request.y - ny) / length * step)


def place(
    requests: list[Request],
    obstacles: Obstacles,
    bounds: Box,
    plot: Box | None = None,
    unnamed: Sequence[tuple[float, float, float]] = (),
) -> dict[str, Placed]:
    """Place labels one by one, each added as an obstacle for the next; those with a leader
    line inside ``plot``, if given. ``unnamed`` are symbols (as circles) that no label placed
    here names, and that a name beside them would be read as naming (accelerators' arrows,
    whose names are under them)."""
    return _Placer(requests, obstacles, bounds, plot, unnamed).place(requests)


def _outside(box: Box, bounds: Box) -> float:
    """What running off the bounds costs: past the left or the top, OUTSIDE_COST (a pixel's
    worth more for each pixel out, so that when nowhere will do the place cut off least);
    past the right or the bottom, where the picture grows to fit, GROW_COST and as much."""
    left, top, right, bottom = box.x, box.y, box.x + box.width, box.y + box.height
    low_x, low_y = bounds.x, bounds.y
    high_x, high_y = low_x + bounds.width, low_y + bounds.height
    if low_x <= left and low_y <= top and right <= high_x and bottom <= high_y:
        return 0.0  # most places are on the picture
    cut = max(0.0, low_x - left) + max(0.0, low_y - top)
    grow = max(0.0, right - high_x) + max(0.0, bottom - high_y)
    return (OUTSIDE_COST + cut if cut > 0 else 0.0) + (GROW_COST + grow if grow > 0 else 0.0)
