"""OnlineWardleyMaps' own parser as an oracle, and our model in the same JSON shape.

:func:`owm_reading` feeds map texts to tools/owm_oracle/read.mjs (OWM's parser under Node, one
process for all of them); :func:`our_reading` maps a :class:`wardley.Map` to the JSON that script
prints, so that :func:`differences` can compare the two field by field. tools/owm_oracle/README.md
describes the JSON. A test helper, not part of the library.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import wardley
from wardley.model import Component, Evolve, Map, Pipeline, Position, normalise_name
from wardley.stages import DEFAULT_LABELS

ROOT = Path(__file__).resolve().parent.parent
ORACLE = ROOT / "tools" / "owm_oracle"
READER = ORACLE / "read.mjs"
PACKAGE = ORACLE / "node_modules" / "wmlandscape" / "package.json"
INSTALL = "npm install --prefix tools/owm_oracle (see tools/owm_oracle/README.md)"

#: What OWM reads where a map says nothing (its defaults), so that "not given" compares equal.
UNTITLED = "Untitled Map"
DEFAULT_STYLE = "plain"
DEFAULT_SIZE = [0, 0]
DEFAULT_ANNOTATIONS_POSITION = [0.9, 0.1]
#: OWM's label offset in pixels when none is given, times its spacing for decorated components.
DEFAULT_LABEL = (5, -10)


def unavailable() -> str | None:
    """Why the oracle cannot run here, or None when it can."""
    if shutil.which("node") is None:
        return "node is not on PATH (the OWM oracle runs OWM's parser under Node.js)"
    if not PACKAGE.exists():
        return f"OWM's parser (npm wmlandscape) is not installed: {INSTALL}"
    return None


def owm_reading(texts: Sequence[str], timeout: float = 600) -> list[dict[str, Any]] | None:
    """OWM's reading of each text (``{"error": …}`` where its parser fails), or None when the
    oracle is unavailable (see :func:`unavailable`)."""
    if unavailable():
        return None
    done = subprocess.run(
        ["node", str(READER)],
        input="".join(json.dumps(text) + "\n" for text in texts),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=True,
    )
    readings = [json.loads(line) for line in done.stdout.splitlines()]
    if len(readings) != len(texts):
        raise RuntimeError(f"the OWM oracle read {len(readings)} of {len(texts)} maps")
    return readings


def our_reading_of(text: str) -> dict[str, Any]:
    """Our reading of a text, or ``{"error": …}`` with the first error where it does not parse."""
    try:
        return our_reading(wardley.parse(text))
    except wardley.MapError as error:
        first = error.errors[0]
        return {"error": f"{first.span.line}:{first.span.column}: {first.message}"}


# ---- our model in OWM's shape --------------------------------------------------------------------
def _num(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else round(value, 6)


def _spacing(item: Component | Evolve) -> int:
    """OWM pushes the default label further out for decorated components (EF decorators)."""
    return 3 if item.ecosystem else 2 if item.method or item.market else 1


def _label(label: tuple[float, float] | None, spacing: int = 1) -> list[float | None]:
    if label is None:
        return [DEFAULT_LABEL[0] * spacing, DEFAULT_LABEL[1] * spacing]
    return [_num(label[0]), _num(label[1])]


def _line(item: Any) -> int | None:
    return item.span.line if item.span else None


def _decorations(item: Component | Evolve) -> dict[str, Any]:
    return {
        "label": _label(item.label, _spacing(item)),
        "method": item.method,
        "market": item.market,
        "ecosystem": item.ecosystem,
    }


def _in_block(component: Component, pipeline: Pipeline) -> bool:
    """Declared inside the pipeline's ``{ }`` block (OWM's pipeline children), not above it."""
    span, whole = component.span, pipeline.span
    return (
        component.pipeline == pipeline.name
        and span is not None
        and whole is not None
        and whole.line < span.line <= whole.end_line
    )


def _inline_evolve(map_: Map, component: Component) -> Evolve | None:
    """OWM's ``component X [..] evolve 0.8``: our Evolve written on the component's own line."""
    for evolve in map_.evolves:
        if (
            evolve.span
            and component.span
            and evolve.span.line == component.span.line
            and normalise_name(evolve.component) == normalise_name(component.name)
        ):
            return evolve
    return None


def _component(map_: Map, c: Component) -> dict[str, Any]:
    inline = _inline_evolve(map_, c)
    return {
        "line": _line(c),
        "name": c.name,
        "visibility": _num(c.position.visibility),
        "maturity": _num(c.position.x),
        **_decorations(c),
        "inertia": c.inertia,
        "evolve": _num(inline.position.x) if inline else None,
    }


def _pipeline(map_: Map, pipeline: Pipeline, children: list[Component]) -> dict[str, Any]:
    # A member named in the block, else one a bare name placed in the pipeline from outside it.
    candidates = children + [c for c in map_.components if c.pipeline == pipeline.name]
    members = []
    for name in pipeline.members:
        key = normalise_name(name)
        member = next((c for c in candidates if normalise_name(c.name) == key), None)
        if member is not None:
            members.append(member)
    xs = [m.position.x for m in members if m.position.x is not None]
    # As compose.py draws it: across the members, else the one-line span under its component.
    hidden = not (members or (map_.find(pipeline.name) and pipeline.bounds))
    extent: list[float | None] | None = None
    if xs:
        extent = [_num(min(xs)), _num(max(xs))]
    elif not hidden and pipeline.bounds:
        extent = [_num(pipeline.bounds[0]), _num(pipeline.bounds[1])]
    return {
        "line": _line(pipeline),
        "name": pipeline.name,
        "hidden": hidden,
        "extent": None if hidden else extent,
        "members": [
            {
                "line": _line(m),
                "name": m.name,
                "maturity": _num(m.position.x),
                "label": _label(m.label),
            }
            for m in members
        ],
    }


#: OWM's flags (past, future) for each link operator (LINKS), without and with a flow value.
_DIRECTIONS = {
    "->": (False, False),
    "+>": (False, False),
    "+<>": (True, False),
    "+<": (False, True),
}
_LABELLED_DIRECTIONS = {"+>": (False, True), "+<>": (True, True), "+<": (True, False)}


def _position(position: Position | None) -> list[float | None]:
    if position is None:
        return [None, None]
    return [_num(position.visibility), _num(position.x)]


def our_reading(map_: Map) -> dict[str, Any]:
    """``map_`` in the JSON shape of OWM's reading (tools/owm_oracle/README.md).

    Where our model leaves something unsaid that OWM gives a default to (title, style, size,
    label offsets, the annotations legend, the stage labels), the reading holds OWM's default;
    a position we leave to layout stays null, since OWM would put it at [0.9, 0.1].
    """
    children = {id(c): p for p in map_.pipelines for c in map_.components if _in_block(c, p)}
    top = [c for c in map_.components if id(c) not in children]
    inline = {id(e) for c in top if (e := _inline_evolve(map_, c)) is not None}
    return {
        "title": map_.title if map_.title is not None else UNTITLED,
        "components": [_component(map_, c) for c in top if c.keyword not in ("anchor", "submap")],
        "anchors": [
            {
                "line": _line(c),
                "name": c.name,
                "visibility": _num(c.position.visibility),
                "maturity": _num(c.position.x),
            }
            for c in top
            if c.keyword == "anchor"
        ],
        "submaps": [{**_component(map_, c), "url": c.url} for c in top if c.keyword == "submap"],
        "links": [
            {
                "start": link.source,
                "end": link.target,
                "flow": link.is_flow,
                "flowValue": link.flow_label,
                "context": link.label,
                **dict(
                    zip(
                        ("past", "future"),
                        (_LABELLED_DIRECTIONS if link.flow_label is not None else _DIRECTIONS)[
                            link.operator
                        ],
                        strict=True,
                    )
                ),
            }
            for link in map_.links
        ],
        "evolves": [
            {
                "line": _line(e),
                "name": e.component,
                "override": e.to,
                "maturity": _num(e.position.x),
                **_decorations(e),
            }
            for e in map_.evolves
            if id(e) not in inline
        ],
        "pipelines": [
            _pipeline(map_, p, [c for c in map_.components if children.get(id(c)) is p])
            for p in map_.pipelines
        ],
        "notes": [
            {
                "line": _line(n),
                "text": n.text,
                "visibility": _num(n.position.visibility),
                "maturity": _num(n.position.x),
            }
            for n in map_.notes
        ],
        "annotations": [
            {
                "line": _line(a),
                "number": a.number,
                "positions": [_position(p) for p in a.places],
                "text": a.text,
            }
            for a in map_.annotations
        ],
        "annotations_position": (
            _position(map_.annotations_position)
            if map_.annotations_position is not None
            else DEFAULT_ANNOTATIONS_POSITION
        ),
        "attitudes": [
            {"line": _line(a), "attitude": a.kind, "corners": [_num(v) for v in a.corners]}
            for a in map_.attitudes
        ],
        "accelerators": [
            {
                "line": _line(a),
                "name": a.name,
                "visibility": _num(a.position.visibility),
                "maturity": _num(a.position.x),
                "deaccelerator": a.deaccelerator,
            }
            for a in map_.accelerators
        ],
        # As drawn: SVG text collapses a stage name's white space, a tab or no-break space too.
        "evolution": [" ".join(s.split()) for s in map_.evolution_labels or DEFAULT_LABELS],
        "style": map_.style or DEFAULT_STYLE,
        "size": [_num(v) for v in map_.size] if map_.size else DEFAULT_SIZE,
        "urls": [{"line": _line(u), "name": u.name, "url": u.address} for u in map_.urls],
    }


# ---- comparing two readings ----------------------------------------------------------------------
#: How the items of each list are paired: by this key first, then the rest in order.
KEYS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "components": lambda e: e["name"],
    "anchors": lambda e: e["name"],
    "submaps": lambda e: e["name"],
    "links": lambda e: (e["start"], e["end"]),
    "evolves": lambda e: e["name"],
    "pipelines": lambda e: e["name"],
    "members": lambda e: e["name"],
    "notes": lambda e: e["text"],
    "annotations": lambda e: e["number"],
    "attitudes": lambda e: e["attitude"],
    "accelerators": lambda e: e["name"],
    "urls": lambda e: e["name"],
}

#: The fields compared; ``errors`` (OWM's unreadable lines) and each item's ``line`` only inform.
FIELDS = (
    "title",
    "components",
    "anchors",
    "submaps",
    "links",
    "evolves",
    "pipelines",
    "notes",
    "annotations",
    "annotations_position",
    "attitudes",
    "accelerators",
    "evolution",
    "style",
    "size",
    "urls",
)


@dataclass(frozen=True)
class Difference:
    """One field on which the readings differ: ``kind`` is its path (``components.maturity``,
    ``links.missing`` for an item only OWM reads, ``links.extra`` for one only we read)."""

    kind: str
    item: str
    line: int | None
    owm: Any
    ours: Any

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        item = f"{self.item}: " if self.item else ""
        return f"{where}{self.kind}: {item}OWM {_show(self.owm)}, ours {_show(self.ours)}"


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(a, b, abs_tol=1e-6)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _pairs(
    owm: list[dict[str, Any]], ours: list[dict[str, Any]], key: Callable[[dict[str, Any]], Any]
) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    """Items with equal keys pair in order; the unpaired pair up in order; the rest stay alone."""
    left = list(range(len(ours)))
    pairs: list[tuple[dict[str, Any] | None, dict[str, Any] | None]] = []
    lonely = []
    for item in owm:
        match = next((i for i in left if _same(key(ours[i]), key(item))), None)
        if match is None:
            lonely.append(item)
        else:
            left.remove(match)
            pairs.append((item, ours[match]))
    rest = [ours[i] for i in left]
    pairs += list(zip(lonely, rest, strict=False))
    pairs += [(item, None) for item in lonely[len(rest) :]]
    pairs += [(None, item) for item in rest[len(lonely) :]]
    return pairs


def _name(field: str, item: dict[str, Any]) -> str:
    key = KEYS[field](item)
    return " -> ".join(map(str, key)) if isinstance(key, tuple) else str(key)


def _compare_items(
    field: str, owm: list[dict[str, Any]], ours: list[dict[str, Any]], out: list[Difference]
) -> None:
    for a, b in _pairs(owm, ours, KEYS[field]):
        either = a if a is not None else b
        assert either is not None
        name, line = _name(field, either), either.get("line")
        if a is None or b is None:
            kind = "missing" if b is None else "extra"
            out.append(Difference(f"{field}.{kind}", name, line, a, b))
            continue
        for sub in a:
            if sub == "line":
                continue
            if sub in KEYS and isinstance(a[sub], list):
                nested: list[Difference] = []
                _compare_items(sub, a[sub], b.get(sub) or [], nested)
                out += [
                    Difference(f"{field}.{d.kind}", f"{name} / {d.item}", d.line, d.owm, d.ours)
                    for d in nested
                ]
            elif not _same(a[sub], b.get(sub)):
                out.append(Difference(f"{field}.{sub}", name, line, a[sub], b.get(sub)))


def differences(owm: dict[str, Any], ours: dict[str, Any]) -> list[Difference]:
    """Where two readings differ, field by field (empty when they agree)."""
    if "error" in owm or "error" in ours:
        if "error" in owm and "error" in ours:
            return []
        return [Difference("error", "", None, owm.get("error"), ours.get("error"))]
    out: list[Difference] = []
    for field in FIELDS:
        a, b = owm[field], ours[field]
        if field in KEYS:
            _compare_items(field, a, b, out)
        elif field == "evolution":
            # A stage OWM leaves undefined (`evolution A->B`) is drawn blank, as our empty one.
            if not _same([stage or "" for stage in a], [stage or "" for stage in b]):
                out.append(Difference(field, "", None, a, b))
        elif not _same(a, b):
            out.append(Difference(field, "", None, a, b))
    return out
