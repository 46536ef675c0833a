"""Layout: a position on the map for every component, given or computed.

Explicit coordinates are honoured exactly. A missing visibility comes from value-chain depth
(users on top, then needs, then capabilities by the longest path from a user); a missing
evolution from the stage, else from the components it is linked to.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from wardley.model import Kind, Map, normalise_name

#: Visibility of the top row (users) and of the lowest row.
TOP = 0.95
BOTTOM = 0.08
#: Where a component with no evolution and no linked neighbours goes.
DEFAULT_EVOLUTION = 0.5


@dataclass(frozen=True, slots=True)
class Placement:
    visibility: float
    evolution: float
    #: True where the author gave both coordinates; layout moved nothing.
    fixed: bool


def depths(map_: Map) -> dict[str, int]:
    """Value-chain depth: 0 for users, then the longest dependency path from a user.

    Cycles are broken where a path meets a component already on it.
    """
    names = [normalise_name(c.name) for c in map_.components]
    known = set(names)
    parents: dict[str, list[str]] = defaultdict(list)
    for link in map_.links:
        source, target = normalise_name(link.source), normalise_name(link.target)
        if source in known and target in known and source != target and not link.is_flow:
            parents[target].append(source)
    kinds = {normalise_name(c.name): c.kind for c in map_.components}
    memo: dict[str, int] = {}

    def depth(node: str, path: frozenset[str]) -> int:
        if node in memo:
            return memo[node]
        if kinds.get(node) is Kind.USER:
            return 0
        best = 1 if kinds.get(node) is Kind.NEED else 1
        for parent in parents.get(node, ()):
            if parent not in path:
                best = max(best, depth(parent, path | {node}) + 1)
        memo[node] = best
        return best

    import sys

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 4 * len(names) + 100))
    try:
        return {name: depth(name, frozenset()) for name in names}
    finally:
        sys.setrecursionlimit(limit)


def place(map_: Map) -> dict[str, Placement]:
    """Every component's place, keyed by its normalised name (the first of duplicates wins)."""
    depth = depths(map_)
    deepest = max(depth.values(), default=0)
    step = (TOP - BOTTOM) / max(deepest, 1)
    neighbours: dict[str, list[str]] = defaultdict(list)
    for link in map_.links:
        source, target = normalise_name(link.source), normalise_name(link.target)
        neighbours[source].append(target)
        neighbours[target].append(source)

    visibility: dict[str, float] = {}
    evolution: dict[str, float] = {}
    fixed: dict[str, bool] = {}
    for c in map_.components:
        key = normalise_name(c.name)
        if key in fixed:
            continue
        fixed[key] = c.position.is_fixed
        if c.position.visibility is not None:
            visibility[key] = c.position.visibility
        else:
            visibility[key] = TOP - depth.get(key, 1) * step
        if c.position.x is not None:
            evolution[key] = c.position.x
    # Pipeline members sit at their pipeline's visibility (OWM: the parent component's).
    for pipeline in map_.pipelines:
        parent = normalise_name(pipeline.name)
        members = [normalise_name(m) for m in pipeline.members]
        if parent in visibility:
            level = visibility[parent]
        else:
            given = [visibility[m] for m in members if m in visibility]
            level = min(given) if given else TOP - step
        for c in map_.components:
            key = normalise_name(c.name)
            if key in members and c.position.visibility is None:
                visibility[key] = level
    # A component with no evolution takes the mean of its placed neighbours', in a few rounds.
    for _ in range(3):
        for c in map_.components:
            key = normalise_name(c.name)
            if key in evolution and c.position.x is not None:
                continue
            known = [evolution[n] for n in neighbours.get(key, ()) if n in evolution]
            if known:
                evolution[key] = sum(known) / len(known)
    return {
        key: Placement(visibility[key], evolution.get(key, DEFAULT_EVOLUTION), fixed[key])
        for key in fixed
    }
