"""Layout: a place on the map for every component, given or computed.

Explicit coordinates are honoured exactly. Everything else is placed the way a person would
draw it:

- users in the top row, needs under them, capabilities lower by value-chain depth (the longest
  dependency path from a user), never above what depends on them;
- x from the stage (anywhere inside its band) or the number given; a component with neither
  sits at the barycentre of what it is linked to, which keeps links short and uncrossed;
- then collisions are spread apart, along the axes the author left free, and components are
  pushed off links that would run through them.

The result is in map units (visibility 1 is the top, evolution 0 the left); spreading works in
pixels of the plot it will be drawn on, so that spacing is right on the picture.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from wardley import stages
from wardley._dataclass import dataclass
from wardley.geometry.measure import block_size
from wardley.model import Component, Kind, Map, normalise_name

#: Visibility of the users' row and of the lowest row.
TOP = 0.93
BOTTOM = 0.07
#: How far below the users the needs' row is, at most.
NEED_DROP = 0.2
#: The most visibility between two rows (small maps are not stretched to the bottom).
MAX_STEP = 0.3
#: A pipeline's band, in pixels: its height, and how far its ends reach past its outer members.
#: Its members sit on its middle line and the component it is named after on its top edge, as
#: in OWM.
PIPELINE_BAND = 22.0
PIPELINE_REACH = 18.0
#: The plot's size in pixels that positions are spaced for, unless a picture says otherwise.
PLOT_WIDTH = 1000.0
PLOT_HEIGHT = 640.0
#: How far an overlay's patch reaches around each member, in pixels (around a circle; boxes get
#: their half size plus OVERLAY_BOX_PAD), and the half width of the band joining two patches, as
#: a share of the patch's smaller reach.
OVERLAY_PAD = (24.0, 26.0)
OVERLAY_BOX_PAD = (10.0, 16.0)
OVERLAY_BAND = 0.8
#: The least room, in pixels, between a component's centre and a pipeline or an overlay it is
#: not a member of (a circle's radius and a little air).
AREA_CLEARANCE = 14.0
#: How far apart side by side a pipeline's member and its named component keep, in pixels.
FOLLOWER_ROOM = 16.0
#: The least visibility between a component and what it depends on, when free to move.
GAP = 0.05
#: Centres closer than this (pixels) are spread apart.
SEPARATION = 30.0
#: The least room between two boxes (pixels).
BOX_GAP = 10.0
#: A link may pass no closer than this (pixels) to another component's centre.
CLEARANCE = 11.0
#: The farthest off the grid anything is drawn, in map units. OWM draws a coordinate such as
#: 1000000 off the canvas, out of sight; it is drawn here at this edge, just as out of sight, so
#: that links to it and the label grid cost what a normal map costs.
DRAWN = (-1.0, 2.0)
#: Where a component with no evolution and nothing placed to follow goes.
DEFAULT_EVOLUTION = 0.5
ITERATIONS = 60
#: Rounds between link-clearance passes.
CLEARANCE_EVERY = 3
#: Spreading stops when nothing moved more than this (pixels) in a round.
SETTLED = 0.25
#: The most neighbours a component is pushed apart from in one round (a crowd on one spot).
CROWD = 256
#: The height of the stripes nodes are filed in to find links passing near them (pixels).
STRIPE = 100.0
#: From this many components, fewer spreading rounds (at least MIN_ROUNDS).
LARGE = 200
MIN_ROUNDS = 6
#: On a big map, free components laid along their row start this far apart (pixels), on lines
#: this far apart: room for a label beside each (chosen with benchmarks/readability.py on
#: generated maps of 1,000 components).
FAN_WIDTH = 4 * SEPARATION
FAN_HEIGHT = 1.5 * SEPARATION


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a component goes, in map units."""

    visibility: float
    evolution: float
    #: True where the author gave both coordinates exactly; layout moved nothing.
    fixed: bool


@dataclass
class _Node:
    """A component being spread, in pixels."""

    key: str
    component: Component
    x: float  # pixels
    y: float
    move_x: bool
    move_y: bool
    band: tuple[float, float]  # pixel range x may move in
    half: tuple[float, float] | None = None  # half width and height of a box, if drawn as one
    #: The pipeline's named component whose box this member's row hangs under, if it does.
    follows: _Node | None = None


#: How far each node is pushed in a round, across and down, by its key.
_Push = tuple[dict[str, float], dict[str, float]]


@dataclass(frozen=True, slots=True)
class _Area:
    """A pipeline's band or an overlay's patches: components outside it are kept outside."""

    members: tuple[_Node, ...]
    #: Who may touch it although not a member (a pipeline's named component, on its edge).
    allowed: frozenset[str]
    pipeline: bool
    #: A pipeline's fixed span in pixels, when it has no members to span.
    span: tuple[float, float] | None = None
    #: A pipeline's named component, on the band's top edge.
    row: _Node | None = None
    pad: tuple[float, float] = OVERLAY_PAD
    #: An overlay's name: its width and height, drawn beside the top of its top member's patch.
    label: tuple[float, float] | None = None


def drawable(value: float) -> float:
    """A map coordinate brought within :data:`DRAWN`; values in range are left as they are."""
    return min(max(value, DRAWN[0]), DRAWN[1])


def depths(map_: Map) -> dict[str, int]:
    """Value-chain depth: 0 for users, then the longest dependency path from a user.

    A component that nothing depends on is depth 1. Links that close a cycle are left out
    (the linter reports them), so every map has a depth for every component.
    """
    kinds: dict[str, Kind] = {}
    for c in map_.components:
        kinds.setdefault(normalise_name(c.name), c.kind)
    return _depths(kinds, _dependencies(_link_ends(map_), set(kinds)))


def _depths(kinds: dict[str, Kind], dependencies: list[tuple[str, str]]) -> dict[str, int]:
    """:func:`depths`, from each component's kind and the dependencies between them."""
    edges: dict[str, list[str]] = defaultdict(list)
    for source, target in dependencies:
        if kinds[target] is not Kind.USER:
            edges[source].append(target)
    # Depth-first from users first, dropping the links back onto the current path.
    state: dict[str, int] = {}
    kept: dict[str, list[str]] = defaultdict(list)
    roots = sorted(kinds, key=lambda k: (kinds[k] is not Kind.USER, k))
    for root in roots:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(edges.get(root, ())))]
        while stack:
            node, todo = stack[-1]
            nxt = next(todo, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                continue  # a link closing a cycle
            else:
                kept[node].append(nxt)
                if nxt not in state:
                    state[nxt] = 1
                    stack.append((nxt, iter(edges.get(nxt, ()))))
    # Longest path over what is left, a DAG, in topological order.
    incoming = {k: 0 for k in kinds}
    for targets in kept.values():
        for t in targets:
            incoming[t] += 1
    depth = {k: (0 if kinds[k] is Kind.USER else 1) for k in kinds}
    ready = sorted(k for k, n in incoming.items() if n == 0)
    while ready:
        node = ready.pop()
        for t in kept.get(node, ()):
            depth[t] = max(depth[t], depth[node] + 1)
            incoming[t] -= 1
            if incoming[t] == 0:
                ready.append(t)
    return depth


def _link_ends(map_: Map) -> list[tuple[str, str, bool]]:
    """Each link's source and target, normalised (once: on a big map the names outnumber
    normalise_name's cache), and whether it is a flow."""
    return [
        (normalise_name(link.source), normalise_name(link.target), link.is_flow)
        for link in map_.links
    ]


def _dependencies(ends: list[tuple[str, str, bool]], known: set[str]) -> list[tuple[str, str]]:
    return [
        (source, target)
        for source, target, flow in ends
        if source in known and target in known and source != target and not flow
    ]


def overlay_pad(boxes: Iterable[tuple[float, float]] = ()) -> tuple[float, float]:
    """How far an overlay's patch reaches around each member: around the widest box, if
    components are drawn as boxes."""
    halves = list(boxes)
    if halves:
        widest = max(halves, key=lambda half: half[0])
        return widest[0] + OVERLAY_BOX_PAD[0], widest[1] + OVERLAY_BOX_PAD[1]
    return OVERLAY_PAD


def overlay_bands(points: Sequence[tuple[float, float]]) -> list[tuple[int, int]]:
    """Which members' patches an overlay joins by bands: Prim's minimum spanning tree, each
    patch joined to its nearest neighbour already joined."""
    joined = [0]
    rest = list(range(1, len(points)))
    bands = []
    while rest:
        a, b = min(
            ((i, j) for i in joined for j in rest),
            key=lambda pair: (math.dist(points[pair[0]], points[pair[1]]), pair),
        )
        joined.append(b)
        rest.remove(b)
        bands.append((a, b))
    return bands


def pipeline_drop(height: float = PLOT_HEIGHT) -> float:
    """How far below the component a pipeline is named after its members sit (visibility)."""
    return PIPELINE_BAND / 2 / height


def place(
    map_: Map,
    width: float = PLOT_WIDTH,
    height: float = PLOT_HEIGHT,
    boxes: dict[str, tuple[float, float]] | None = None,
    pinned: dict[str, Placement] | None = None,
    overlay_label_size: float = 10.0,
) -> dict[str, Placement]:
    """Every component's place, keyed by its normalised name (the first of duplicates wins).

    ``width`` and ``height`` are the plot's size in pixels, for spacing. ``boxes`` gives the
    half width and height of components drawn as boxes with their name inside (the book
    theme), so that boxes, not just centres, are kept apart. ``pinned`` places are kept as
    they are (a diff keeps what did not change where it was). Components are kept out of the
    pipelines and overlays they are not in, and from where an overlay's name (at
    ``overlay_label_size``) goes.
    """
    first: dict[str, Component] = {}
    for c in map_.components:
        first.setdefault(normalise_name(c.name), c)
    if not first:
        return {}
    # Every place the author's (as on most OWM maps): nothing moves, nothing to lay out.
    given = None if pinned else _given(first)
    if given is not None:
        return given
    ends = _link_ends(map_)
    links = _dependencies(ends, set(first))
    depth = _depths({key: c.kind for key, c in first.items()}, links)
    deepest = max(depth.values(), default=1)
    rows = _rows(deepest)
    # Between a component and what it depends on: less than a row, so deep chains still fit.
    gap = min(GAP, 0.8 * (TOP - BOTTOM) / (deepest + 1))
    parents: dict[str, list[str]] = defaultdict(list)
    children: dict[str, list[str]] = defaultdict(list)
    for source, target in links:
        parents[target].append(source)
        children[source].append(target)

    # ---- visibility: rows by depth, inside what fixed neighbours allow ----
    visibility: dict[str, float] = {}
    for key in sorted(first, key=lambda k: (depth[k], k)):
        c = first[key]
        if c.position.visibility is not None:
            visibility[key] = drawable(c.position.visibility)
            continue
        row = rows[depth[key]]
        above = [visibility[p] for p in parents.get(key, ()) if p in visibility]
        upper = min(above) - gap if above else TOP
        fixed_below = [
            drawable(first[ch].position.visibility)
            for ch in children.get(key, ())
            if first[ch].position.visibility is not None
        ]
        lower = max(fixed_below) + gap if fixed_below else BOTTOM
        value = min(row, upper)
        if value < lower:
            value = (upper + lower) / 2 if upper > lower else upper
        visibility[key] = max(value, BOTTOM / 2)
    followers = _pipeline_rows(map_, first, visibility, depth, parents, height)

    # ---- evolution: given, else the barycentre of placed neighbours ----
    evolution: dict[str, float] = {}
    for key, c in first.items():
        if c.position.x is not None:
            evolution[key] = drawable(c.position.x)
    neighbours: dict[str, list[str]] = defaultdict(list)
    for source, target, _ in ends:
        if source in first and target in first and source != target:
            neighbours[source].append(target)
            neighbours[target].append(source)
    free = sorted(k for k in first if k not in evolution)
    for _ in range(8):
        changed = False
        for key in free:
            known = [evolution[n] for n in neighbours.get(key, ()) if n in evolution]
            if known:
                value = sum(known) / len(known)
                if evolution.get(key) != value:
                    evolution[key] = value
                    changed = True
        if not changed:
            break
    for key in free:
        evolution.setdefault(key, DEFAULT_EVOLUTION)

    for key, spot in (pinned or {}).items():
        if key in first:
            visibility[key], evolution[key] = spot.visibility, spot.evolution
    nodes = _nodes(first, visibility, evolution, width, height)
    index = {n.key: n for n in nodes}
    for node in nodes:
        node.half = (boxes or {}).get(node.key)
        if pinned and node.key in pinned:
            node.move_x = node.move_y = False
        elif node.key in followers:
            node.follows = index[followers[node.key]]
    if len(nodes) > LARGE:
        _fan_out(nodes, parents)
    areas = _areas(map_, index, width, overlay_label_size)
    _spread(nodes, links, width, height, gap * height, areas)
    return {
        # What the author gave is returned exactly, not through pixels and back.
        n.key: Placement(
            visibility=visibility[n.key] if not (n.move_y or n.follows) else 1 - n.y / height,
            evolution=evolution[n.key] if not n.move_x else n.x / width,
            fixed=n.component.position.visibility is not None
            and n.component.position.evolution is not None,
        )
        for n in nodes
    }


def _given(first: dict[str, Component]) -> dict[str, Placement] | None:
    """Every component's place as its author gave it, as :func:`place` returns it, if every
    one gave both coordinates as numbers; else None."""
    out = {}
    for key in sorted(first):
        p = first[key].position
        if p.visibility is None or p.evolution is None:
            return None
        out[key] = Placement(drawable(p.visibility), drawable(p.evolution), fixed=True)
    return out


def _rows(deepest: int) -> list[float]:
    """The visibility of each depth's row: users on top, needs close under them, the rest of
    the value chain spread evenly down to the bottom."""
    if deepest <= 1:
        return [TOP, (TOP + BOTTOM) / 2]
    needs = TOP - min(NEED_DROP, (TOP - BOTTOM) / deepest)
    step = min(MAX_STEP, (needs - BOTTOM) / (deepest - 1))
    return [TOP] + [needs - (d - 1) * step for d in range(1, deepest + 1)]


def _pipeline_rows(
    map_: Map,
    first: dict[str, Component],
    visibility: dict[str, float],
    depth: dict[str, int],
    parents: dict[str, list[str]],
    height: float,
) -> dict[str, str]:
    """Pipeline members share their pipeline's row: half a band under the component it is
    named after (which then sits on the band's top edge), or else the row of the member the
    value chain reaches (the linked one nearest the top).

    Returns the members whose row hangs under a named component: member -> that component.
    """
    followers: dict[str, str] = {}
    drop = pipeline_drop(height)
    for pipeline in map_.pipelines:
        members = [normalise_name(m) for m in pipeline.members if normalise_name(m) in first]
        parent = normalise_name(pipeline.name)
        if parent in visibility and parent not in members:
            level = max(visibility[parent] - drop, BOTTOM / 2)
            for member in members:
                if first[member].position.visibility is None:
                    followers[member] = parent
        else:
            fixed = [visibility[m] for m in members if first[m].position.visibility is not None]
            if fixed:
                level = fixed[0]
            elif members:
                level = visibility[
                    min(members, key=lambda m: (not parents.get(m), depth[m], members.index(m)))
                ]
            else:
                continue
        for member in members:
            if first[member].position.visibility is None:
                visibility[member] = level
    return followers


def _areas(map_: Map, index: dict[str, _Node], width: float, label_size: float) -> list[_Area]:
    """The pipelines and overlays that other components are kept out of."""
    pad = overlay_pad(
        n.half for n in index.values() if n.half and n.component.kind is not Kind.USER
    )
    out = []
    for pipeline in map_.pipelines:
        members = tuple(index[k] for k in _keys(pipeline.members) if k in index)
        parent = index.get(normalise_name(pipeline.name))
        if members:
            allowed = frozenset(_keys((pipeline.name,)))
            hanging = parent if any(m.follows is parent for m in members) else None
            out.append(_Area(members, allowed, True, row=hanging))
        elif parent is not None and pipeline.bounds:
            low, high = sorted(pipeline.bounds)
            span = (low * width, high * width)
            out.append(_Area((), frozenset((parent.key,)), True, span=span, row=parent))
    for overlay in map_.overlays:
        members = tuple(index[k] for k in _keys(overlay.members) if k in index)
        if members and overlay.area is None:
            label = block_size(overlay.name.split("\n"), label_size, bold=True)
            out.append(_Area(members, frozenset(), False, pad=pad, label=label))
    return out


def _keys(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(normalise_name(name) for name in names))


#: A part of an area: a box (x1, y1, x2, y2, -1) or a band (x1, y1, x2, y2, half width)...
_Box = tuple[float, float, float, float, float]
#: ... and the members it belongs to.
_Shape = tuple[_Box, tuple[_Node, ...]]


def _shapes(area: _Area) -> list[_Shape]:
    """An area as boxes and bands, as :mod:`wardley.compose` draws it."""
    if area.pipeline:
        if area.span is not None:
            assert area.row is not None
            top = area.row.y
            return [((area.span[0], top, area.span[1], top + PIPELINE_BAND, -1.0), ())]
        xs = [m.x for m in area.members]
        if area.row is not None and area.row not in area.members:
            xs.append(area.row.x)  # the band reaches under its named component
        y = area.members[0].y
        left, right = min(xs) - PIPELINE_REACH, max(xs) + PIPELINE_REACH
        return [((left, y - PIPELINE_BAND / 2, right, y + PIPELINE_BAND / 2, -1.0), ())]
    px, py = area.pad
    shapes: list[_Shape] = [
        ((m.x - px, m.y - py, m.x + px, m.y + py, -1.0), (m,)) for m in area.members
    ]
    half = min(px, py) * OVERLAY_BAND
    points = [(m.x, m.y) for m in area.members]
    for a, b in overlay_bands(points):
        first, second = area.members[a], area.members[b]
        shapes.append(((first.x, first.y, second.x, second.y, half), (first, second)))
    if area.label is not None:
        # Where compose asks for the name first: right of the top of the top member's patch.
        top = min(area.members, key=lambda m: (m.y, m.x))
        width, height = area.label
        y = top.y - py + 2
        shapes.append(
            ((top.x + 4, y - height / 2, top.x + 8 + width, y + height / 2, -1.0), (top,))
        )
    return shapes


def _covers(x: float, y: float, room: tuple[float, float], shape: _Box) -> bool:
    """Whether a component at (x, y) needing ``room`` around it is too near a shape."""
    x1, y1, x2, y2, half = shape
    if half < 0:
        return x1 - room[0] < x < x2 + room[0] and y1 - room[1] < y < y2 + room[1]
    across = _across(x, y, shape)
    return across is not None and across[0] < half + max(room)


def _across(x: float, y: float, shape: _Box) -> tuple[float, float, float] | None:
    """How far (x, y) is from a band's middle line, and the line's normal; None beyond its
    ends (where the members' own patches cover it)."""
    x1, y1, x2, y2, _ = shape
    vx, vy = x2 - x1, y2 - y1
    length = math.hypot(vx, vy)
    if length < 1e-6:
        return None
    t = ((x - x1) * vx + (y - y1) * vy) / (length * length)
    if not 0.0 < t < 1.0:
        return None
    nx, ny = -vy / length, vx / length
    side = (x - x1) * nx + (y - y1) * ny
    return abs(side), nx if side >= 0 else -nx, ny if side >= 0 else -ny


def _exits(
    x: float, y: float, room: tuple[float, float], shape: _Box, move_x: bool, move_y: bool
) -> list[tuple[float, float]]:
    """The shortest moves along the axes allowed, each way, that take (x, y) clear of a
    shape it is too near."""
    x1, y1, x2, y2, half = shape
    moves: list[tuple[float, float]] = []
    if half < 0:
        if move_x:
            moves += [(x1 - room[0] - x, 0.0), (x2 + room[0] - x, 0.0)]
        if move_y:
            moves += [(0.0, y1 - room[1] - y), (0.0, y2 + room[1] - y)]
        return moves
    across = _across(x, y, shape)
    if across is None:
        return moves
    side, nx, ny = across
    for sign, distance in ((1.0, half + max(room) - side), (-1.0, half + max(room) + side)):
        # Out along the normal on either side, or along one axis as far as that takes.
        if move_x and move_y:
            moves.append((sign * nx * distance, sign * ny * distance))
        elif move_x and abs(nx) > 0.2:
            moves.append((sign * distance / nx, 0.0))
        elif move_y and abs(ny) > 0.2:
            moves.append((0.0, sign * distance / ny))
    return moves


def _way_out(n: _Node, shapes: list[_Box]) -> tuple[float, float] | None:
    """The shortest move, along the axes n may move on, that takes it clear of every shape
    (stepping out of one may step into another: up to three steps are tried); None if it is
    clear already."""
    room = (
        AREA_CLEARANCE + (n.half[0] if n.half else 0.0),
        AREA_CLEARANCE + (n.half[1] if n.half else 0.0),
    )
    frontier = [(0.0, 0.0)]
    first: list[tuple[float, float]] = []
    for depth in range(3):
        found, following = [], []
        for dx, dy in frontier:
            x = min(max(n.x + dx, n.band[0]), n.band[1]) if n.move_x else n.x
            y = n.y + dy
            hit = [shape for shape in shapes if _covers(x, y, room, shape)]
            if not hit:
                found.append((x - n.x, dy))
                continue
            for shape in hit:
                for mx, my in _exits(x, y, room, shape, n.move_x, n.move_y):
                    following.append((x - n.x + mx, dy + my))
        if found:
            best = min(found, key=lambda m: (math.hypot(*m), m))
            return None if depth == 0 else best
        if depth == 0:
            first = following
        frontier = sorted(set(following), key=lambda m: (math.hypot(*m), m))[:12]
    # Hemmed in: the shortest way out of what it is in now.
    return min(first, key=lambda m: (math.hypot(*m), m)) if first else None


def _keep_out(areas: Sequence[_Area], nodes: list[_Node], share: float) -> float:
    """Take components out of the pipelines and overlays they are not in (``share`` of the
    way): a free component steps out; around one the author placed, an overlay's free members
    move instead. Returns the longest move."""
    parts = []
    for area in areas:
        shapes = _shapes(area)
        margin = 4 * AREA_CLEARANCE
        reach = (
            min(min(s[0], s[2]) for s, _ in shapes) - margin,
            max(max(s[0], s[2]) for s, _ in shapes) + margin,
            min(min(s[1], s[3]) for s, _ in shapes) - margin,
            max(max(s[1], s[3]) for s, _ in shapes) + margin,
        )
        parts.append(({m.key for m in area.members} | area.allowed, shapes, reach))
    moved = 0.0
    for n in nodes:
        avoid = [
            shape
            for inside, shapes, (lo_x, hi_x, lo_y, hi_y) in parts
            if n.key not in inside and lo_x < n.x < hi_x and lo_y < n.y < hi_y
            for shape in shapes
        ]
        if not avoid:
            continue
        if n.move_x or n.move_y:
            move = _way_out(n, [shape for shape, _ in avoid])
            if move is not None:
                moved = max(moved, _step(n, move[0] * share, move[1] * share))
            continue
        room = (AREA_CLEARANCE, AREA_CLEARANCE)
        for shape, owners in avoid:
            movers = [o for o in owners if o.move_x or o.move_y]
            if not movers or not _covers(n.x, n.y, room, shape):
                continue
            exits = _exits(
                n.x, n.y, room, shape, any(o.move_x for o in movers), any(o.move_y for o in movers)
            )
            if exits:
                dx, dy = min(exits, key=lambda m: (math.hypot(*m), m))
                for o in movers:
                    moved = max(moved, _step(o, -dx * share, -dy * share))
    return moved


def _step(n: _Node, dx: float, dy: float) -> float:
    """Move n along the axes it may move on, inside its band; returns how far it went."""
    x = min(max(n.x + dx, n.band[0]), n.band[1]) if n.move_x else n.x
    y = n.y + dy if n.move_y else n.y
    distance = max(abs(x - n.x), abs(y - n.y))
    n.x, n.y = x, y
    return distance


def _nodes(
    first: dict[str, Component],
    visibility: dict[str, float],
    evolution: dict[str, float],
    width: float,
    height: float,
) -> list[_Node]:
    nodes = []
    for key in sorted(first):
        c = first[key]
        p = c.position
        band = (0.0, width)
        move_x = p.evolution is None and not (p.stage is not None and p.within is not None)
        if p.stage is not None and p.within is None:
            # `[product]` means anywhere in the product stage: free inside its band.
            low, high = stages.BOUNDS[p.stage]
            pad = min(12.0, (high - low) * width / 4)
            band = (low * width + pad, high * width - pad)
        nodes.append(
            _Node(
                key=key,
                component=c,
                x=evolution[key] * width,
                y=(1 - visibility[key]) * height,
                move_x=move_x,
                # Users stay in the top row, pipeline members on their pipeline's row.
                move_y=p.visibility is None and c.pipeline is None and c.kind is not Kind.USER,
                band=band,
            )
        )
    return nodes


def _fan_out(nodes: list[_Node], parents: dict[str, list[str]]) -> None:
    """On a big map, free components that share a row start side by side, not on one spot.

    Placed by the rules above, a row's components whose evolution no neighbour gives all sit
    at the same point: hundreds of them on a big map, which spreading would then take
    millions of pushes to part. Instead each row's free components (free to move both ways,
    and following no pipeline) are laid along it in the order of the components that depend
    on them (rows nearer the top first, so those are already laid), evenly across their band,
    on as many lines :data:`FAN_HEIGHT` apart as it takes to keep them :data:`FAN_WIDTH` apart.
    """
    index = {n.key: n for n in nodes}
    rows: dict[tuple[float, tuple[float, float]], list[_Node]] = defaultdict(list)
    for n in nodes:
        if n.move_x and n.move_y and n.follows is None:
            rows[(n.y, n.band)].append(n)

    def order(n: _Node) -> tuple[float, str]:
        above = [index[p].x for p in parents.get(n.key, ()) if p in index]
        return (sum(above) / len(above) if above else n.x), n.key

    for (y, (low, high)), members in sorted(rows.items()):
        members.sort(key=order)
        lines = math.ceil(len(members) / max(1, int((high - low) // FAN_WIDTH)))
        per_line = math.ceil(len(members) / lines)
        for i, n in enumerate(members):
            line, slot = divmod(i, per_line)
            n.x = low + (slot + 0.5) * (high - low) / per_line
            n.y = y + (line - (lines - 1) / 2) * FAN_HEIGHT


def _spread(
    nodes: list[_Node],
    links: list[tuple[str, str]],
    width: float,
    height: float,
    gap: float,
    areas: Sequence[_Area] = (),
) -> None:
    """Push apart components that are too close, and off links that run through them, and
    keep them out of pipelines and overlays they are not in."""
    if not any(n.move_x or n.move_y for n in nodes):
        return
    index = {n.key: n for n in nodes}
    segments = [(index[s], index[t]) for s, t in links]
    # The links that keep a dependency below its dependant, with who may move, worked out
    # once: no one's freedom changes while spreading.
    below = [
        (parent, child, child.move_y, parent.move_y)
        for parent, child in segments
        if child.follows is not parent and (child.move_y or parent.move_y)
    ]
    top_margin, bottom_margin = (1 - TOP) * height * 0.5, height - (BOTTOM * 0.5) * height
    widest = max((n.half[0] for n in nodes if n.half), default=0.0)
    cell = max(SEPARATION, 2 * widest + BOX_GAP)
    # Big maps get fewer rounds, and keep links off components only in the last ones, so that
    # the cost stays near linear in the size of the map.
    rounds = (
        ITERATIONS if len(nodes) <= LARGE else max(MIN_ROUNDS, ITERATIONS * LARGE // len(nodes))
    )
    for iteration in range(rounds):
        moved = 0.0
        # Each node's push across and down, floats by key: a dict of floats is not the
        # garbage collector's to walk, a list a node, every round, was.
        push: _Push = ({n.key: 0.0 for n in nodes}, {n.key: 0.0 for n in nodes})
        for i, a, near in _neighbours(nodes, cell):
            for b in near:
                dx, dy = b.x - a.x, b.y - a.y
                if a.follows is b or b.follows is a:
                    # A pipeline's member hangs just under its named component on purpose: they
                    # only keep from touching side by side.
                    if abs(dx) < FOLLOWER_ROOM and (a.move_x or b.move_x):
                        sx = (1.0 if dx > 0 else -1.0) if dx else (1.0 if i % 2 else -1.0)
                        _share(push, a, b, sx * (FOLLOWER_ROOM - abs(dx)) / 2, 0.0)
                    continue
                if a.half is not None and b.half is not None:
                    _part_boxes(push, a, b, dx, dy, i + iteration)
                    continue
                distance = math.hypot(dx, dy)
                if distance >= SEPARATION:
                    continue
                if distance < 1e-6:
                    # Exactly on top of each other: part them deterministically.
                    dx, dy, distance = (1.0, 0.0, 1.0) if (i + iteration) % 2 else (0.0, 1.0, 1.0)
                overlap = (SEPARATION - distance) / 2
                _share(push, a, b, dx / distance * overlap, dy / distance * overlap)
        # Keeping links off components is the costly part: every few rounds, and at the end.
        clear_links = iteration >= rounds - 2 or (
            len(nodes) <= LARGE and iteration % CLEARANCE_EVERY == 0
        )
        for c, a, b, distance, nx, ny in _near_links(nodes, segments) if clear_links else ():
            amount = CLEARANCE - distance
            if abs(nx) * c.move_x + abs(ny) * c.move_y >= 0.3:
                _nudge(push, c, nx * amount, ny * amount)
            else:
                # c cannot step off the line: move the line's free ends instead.
                _nudge(push, a, -nx * amount, -ny * amount)
                _nudge(push, b, -nx * amount, -ny * amount)
        # Moves shrink as the rounds go on, so that crowded spots settle instead of rocking.
        cool = 1.0 - 0.6 * iteration / rounds
        for n in nodes:
            px, py = push[0][n.key], push[1][n.key]
            px, py = px * cool, py * cool
            if n.move_x and px:
                x = min(max(n.x + px, n.band[0]), n.band[1])
                moved = max(moved, abs(x - n.x))
                n.x = x
            if n.move_y and py:
                y = min(max(n.y + py, top_margin), bottom_margin)
                moved = max(moved, abs(y - n.y))
                n.y = y
        _keep_below(below, gap, top_margin, bottom_margin)
        _follow(nodes)
        if areas:
            moved = max(moved, _keep_out(areas, nodes, 0.5))
        if moved < SETTLED:
            break
    # However the rounds ended, no component is left inside another's pipeline or overlay.
    for _ in range(4):
        if not areas or _keep_out(areas, nodes, 1.0) < SETTLED:
            break
        _follow(nodes)


def _follow(nodes: list[_Node]) -> None:
    """A pipeline's members hang half a band under the component it is named after."""
    for n in nodes:
        if n.follows is not None:
            n.y = n.follows.y + PIPELINE_BAND / 2


def _part_boxes(push: _Push, a: _Node, b: _Node, dx: float, dy: float, parity: int) -> None:
    """Two boxes that overlap move apart along the axis where they overlap least."""
    assert a.half is not None and b.half is not None
    over_x = a.half[0] + b.half[0] + BOX_GAP - abs(dx)
    over_y = a.half[1] + b.half[1] + BOX_GAP - abs(dy)
    if over_x <= 0 or over_y <= 0:
        return
    can_x = a.move_x or b.move_x
    can_y = a.move_y or b.move_y
    sx = (1.0 if dx > 0 else -1.0) if dx else (1.0 if parity % 2 else -1.0)
    sy = (1.0 if dy > 0 else -1.0) if dy else (1.0 if parity % 2 else -1.0)
    if (over_y <= over_x and can_y) or not can_x:
        _share(push, a, b, 0.0, sy * over_y / 2)
    else:
        _share(push, a, b, sx * over_x / 2, 0.0)


def _share(push: _Push, a: _Node, b: _Node, dx: float, dy: float) -> None:
    """Move a and b apart by (dx, dy) each, giving a fixed partner's share to the free one."""
    ax, ay = (1.0 if a.move_x else 0.0), (1.0 if a.move_y else 0.0)
    bx, by = (1.0 if b.move_x else 0.0), (1.0 if b.move_y else 0.0)
    if ax + bx:
        across = push[0]
        across[a.key] -= dx * 2 * ax / (ax + bx)
        across[b.key] += dx * 2 * bx / (ax + bx)
    if ay + by:
        down = push[1]
        down[a.key] -= dy * 2 * ay / (ay + by)
        down[b.key] += dy * 2 * by / (ay + by)
    # Side by side but only free to move up or down (or the reverse): step aside on that axis.
    if not (ax + bx) and abs(dx) > abs(dy) and (ay + by):
        _sidestep(push, a, b, 1, abs(dx))
    if not (ay + by) and abs(dy) > abs(dx) and (ax + bx):
        _sidestep(push, a, b, 0, abs(dy))


def _sidestep(push: _Push, a: _Node, b: _Node, axis: int, amount: float) -> None:
    movable = [n for n in (a, b) if (n.move_y if axis else n.move_x)]
    for sign, n in zip((-1.0, 1.0), movable, strict=False):
        push[axis][n.key] += sign * amount


def _nudge(push: _Push, n: _Node, dx: float, dy: float) -> None:
    if n.move_x:
        push[0][n.key] += dx
    if n.move_y:
        push[1][n.key] += dy


def _keep_below(
    below: list[tuple[_Node, _Node, bool, bool]], gap: float, top: float, bottom: float
) -> None:
    """A free dependency never rises to the height of what depends on it. ``below`` holds
    each link as (parent, child, whether the child may move up or down, and the parent), but
    a pipeline member's to the component it hangs under by design."""
    for _ in range(3):
        for parent, child, child_moves, parent_moves in below:
            if child_moves:
                if child.y < parent.y + gap:
                    child.y = min(parent.y + gap, bottom)
            elif parent_moves and parent.y > child.y - gap:
                parent.y = max(child.y - gap, top)


def _neighbours(nodes: list[_Node], cell: float) -> Iterator[tuple[int, _Node, list[_Node]]]:
    """(order of a, a, the nodes b) for each node a that has nodes b in and around its grid
    cell that come after it in ``nodes`` (in key order), so that each pair is seen once: a's
    cell and its neighbours in turn, each cell's nodes in order.

    At most :data:`CROWD` for each a: where thousands of components sit on one spot, each is
    pushed by its next few, and a round costs what it costs on a readable map.
    """
    cells: dict[tuple[int, int], tuple[list[_Node], list[int]]] = defaultdict(lambda: ([], []))
    spots = []
    for order, n in enumerate(nodes):
        spot = (int(n.x // cell), int(n.y // cell))
        members, orders = cells[spot]
        members.append(n)
        orders.append(order)
        spots.append(spot)
    # The filled cells in and around each filled cell, found once for all the nodes in it.
    around = {
        (gx, gy): [
            cells[(gx + i, gy + j)]
            for i in (-1, 0, 1)
            for j in (-1, 0, 1)
            if (gx + i, gy + j) in cells
        ]
        for gx, gy in cells
    }
    for order, a in enumerate(nodes):
        near = around[spots[order]]
        if len(near) == 1 and len(near[0][1]) == 1:
            continue  # alone in and around its cell
        out: list[_Node] = []
        for members, orders in near:
            start = bisect.bisect_right(orders, order)
            out.extend(members[start : start + CROWD - len(out)])
            if len(out) == CROWD:
                break
        if out:
            yield order, a, out


def _near_links(
    nodes: list[_Node], segments: list[tuple[_Node, _Node]]
) -> list[tuple[_Node, _Node, _Node, float, float, float]]:
    """(node, link end, link end, distance, direction away) for each link that passes closer
    than :data:`CLEARANCE` to a node it does not join, beside the link and not beyond its ends
    (there the circle-to-circle rule handles it), in the order of the nodes, then of the links.

    Nodes are filed by horizontal stripe, each stripe's in order of x. A link looks, stripe
    by stripe down its height, only at the nodes whose x is within a clearance of where it
    runs across that stripe (found by bisection), and measures a node's distance only if its
    distance from the link's line, a cross product, is near enough: the cost is the stripes
    links cross and the nodes beside them, not nodes × links, nor every cell along a link.
    """
    reach = CLEARANCE + 1.0  # a pixel to spare for rounding: the exact test decides
    stripes: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for order, c in enumerate(nodes):
        stripes[int(c.y // STRIPE)].append((c.x, c.y, order))
    # Each stripe as its nodes' x, y and order, in order of x.
    filed: dict[int, tuple[list[float], list[float], list[int]]] = {}
    for gy, stripe in stripes.items():
        stripe.sort()
        filed[gy] = ([x for x, _, _ in stripe], [y for _, y, _ in stripe], [o for *_, o in stripe])
    found = []
    for index, (a, b) in enumerate(segments):
        ax, ay = a.x, a.y
        vx, vy = b.x - ax, b.y - ay
        length2 = vx * vx + vy * vy
        if length2 == 0:
            continue
        # From this squared cross product on, a node is surely too far from the line; a link
        # shorter than a pixel is left to the exact test.
        limit = reach * reach * length2 if length2 >= 1.0 else math.inf
        ends_move = a.move_x or a.move_y or b.move_x or b.move_y
        (x1, y1), (x2, y2) = ((ax, ay), (b.x, b.y)) if ay <= b.y else ((b.x, b.y), (ax, ay))
        slope = (x2 - x1) / (y2 - y1) if y2 > y1 else None
        for gy in range(int((y1 - reach) // STRIPE), int((y2 + reach) // STRIPE) + 1):
            if gy not in filed:
                continue
            xs, ys, orders = filed[gy]
            # Where the link runs within a clearance of the stripe, then a clearance each side.
            if slope is None:  # level: it runs its whole length across the stripe
                xa, xb = x1, x2
            else:
                top = max(y1, gy * STRIPE - reach)
                bottom = min(y2, (gy + 1) * STRIPE + reach)
                xa, xb = x1 + (top - y1) * slope, x1 + (bottom - y1) * slope
            first = bisect.bisect_left(xs, min(xa, xb) - reach)
            last = bisect.bisect_right(xs, max(xa, xb) + reach, first)
            for k in range(first, last):
                cx, cy = xs[k], ys[k]
                if ((cx - ax) * vy - (cy - ay) * vx) ** 2 >= limit:
                    continue
                t = ((cx - ax) * vx + (cy - ay) * vy) / length2  # where along the link
                if not 0.0 < t < 1.0:
                    continue
                order = orders[k]
                c = nodes[order]
                if c is a or c is b or not (ends_move or c.move_x or c.move_y):
                    continue  # its own link, or nothing here may move
                dx, dy = cx - (ax + t * vx), cy - (ay + t * vy)
                distance = math.hypot(dx, dy)
                if distance >= CLEARANCE:
                    continue
                if distance < 1e-6:  # on the line: away across it
                    length = math.sqrt(length2)
                    away = (c, a, b, 0.0, -vy / length, vx / length)
                else:
                    away = (c, a, b, distance, dx / distance, dy / distance)
                found.append((order, index, away))
    found.sort()  # by node, then link: no two are found for the same node and link
    return [near for _, _, near in found]
