"""What Mermaid's ``wardley-beta`` can say about a map, to compare a map with its reading back
from ``convert --to mermaid``. A test helper, not part of the library.

:func:`view` keeps what Mermaid expresses, as wardley draws it: each component's name, kind (as
Mermaid has it: a user is an anchor; any other is a need when a user links to it, else a
capability), drawn place, label offset, inertia and decorator, and its pipeline; the links; the
evolves' targets; notes, annotations, accelerators; title, size and stages. Mermaid's documented
limits apply on both sides (coordinates within 0..1, whole-pixel label offsets, one decorator),
so that a difference is something the writer or the reader got wrong.
"""

from __future__ import annotations

from typing import Any

from wardley.geometry.placement import place
from wardley.model import Component, Kind, Map, Position, normalise_name

#: Where wardley draws a note, an accelerator without a position (wardley/compose.py).
NOTE_DEFAULT = (0.98, 0.02)
ACCELERATOR_DEFAULT = (0.5, 0.5)


def unit(value: float) -> float:
    """A coordinate as Mermaid can hold it, to the 4 places resolved positions are written."""
    return round(min(max(value, 0.0), 1.0), 4)


def _place(position: Position | None, default: tuple[float, float]) -> tuple[float, float]:
    v = position.visibility if position is not None else None
    e = position.x if position is not None else None
    return unit(default[0] if v is None else v), unit(default[1] if e is None else e)


def _unquoted(text: str | None, *, strip: bool = True) -> str | None:
    """Text Mermaid reads unquoted: on one line, and never '%%{' (a directive to mermaid)."""
    if text is None:
        return None
    text = " ".join(text.splitlines()).replace("%%{", "%% {")
    return (text.strip() if strip else text) or None


def view(map_: Map, *, added: set[str] = frozenset()) -> dict[str, Any]:  # type: ignore[assignment]
    """What Mermaid can say about ``map_``; components named in ``added`` (normalised) are left
    out (a pipeline's parent the writer had to add)."""
    placed = place(map_)
    first: dict[str, Component] = {}
    for c in map_.components:
        first.setdefault(normalise_name(c.name), c)
    users = {key for key, c in first.items() if c.kind is Kind.USER}
    needs = {normalise_name(x.target) for x in map_.links if normalise_name(x.source) in users}
    pipelines = {normalise_name(p.name) for p in map_.pipelines if p.members}
    components = {}
    for key, c in first.items():
        if key in added:
            continue
        member = c.pipeline is not None and normalise_name(c.pipeline) in pipelines
        anchor = c.kind is Kind.USER
        kind = Kind.USER if anchor else Kind.NEED if key in needs else Kind.CAPABILITY
        where = placed[key]
        label = None if anchor or c.label is None else tuple(round(v) for v in c.label)
        decorated = not anchor and not member
        components[key] = {
            "name": c.name,
            "kind": kind,
            "place": (unit(where.visibility), unit(where.evolution)),
            "label": label,
            "inertia": c.inertia and decorated,
            "decorator": (c.method or ("market" if c.market else None)) if decorated else None,
            "pipeline": normalise_name(c.pipeline) if member else None,
        }
    return {
        "title": " ".join((map_.title or "").split()).partition("%%")[0].strip() or None,
        "size": None if map_.size is None else tuple(round(v) for v in map_.size),
        "stages": map_.stage_labels,
        "stage bounds": tuple((round(a, 6), round(b, 6)) for a, b in map_.stage_bounds),
        "components": components,
        "links": [
            (
                normalise_name(x.source),
                normalise_name(x.target),
                x.operator,
                None
                if x.flow_label is None or "'" in x.flow_label
                else _unquoted(x.flow_label, strip=False),
                _unquoted(x.label),
            )
            for x in map_.links
        ],
        "evolves": [
            (normalise_name(e.component), unit(e.position.x if e.position.x is not None else 0.85))
            for e in map_.evolves
        ],
        "notes": [(n.text, _place(n.position, NOTE_DEFAULT)) for n in map_.notes],
        "annotations": sorted(
            (a.number, _place(p, (0, 0)), a.text) for a in map_.annotations for p in a.places
        ),
        "annotations position": None
        if map_.annotations_position is None
        else _place(map_.annotations_position, (0, 0)),
        "accelerators": [
            (a.name, _place(a.position, ACCELERATOR_DEFAULT), a.deaccelerator)
            for a in map_.accelerators
        ],
    }


def differences(original: Map, again: Map) -> dict[str, tuple[Any, Any]]:
    """What differs between what Mermaid can say of ``original`` and the map read back:
    field -> (original's, read back's)."""
    added = {
        normalise_name(p.name)
        for p in original.pipelines
        if p.members and original.find(p.name) is None
    }
    before, after = view(original), view(again, added=added)
    out: dict[str, tuple[Any, Any]] = {}
    for field, value in before.items():
        if field == "components":
            for key in sorted(set(value) | set(after[field])):
                a, b = value.get(key), after[field].get(key)
                if a != b:
                    out[f"component {key}"] = (a, b)
        elif value != after[field]:
            out[field] = (value, after[field])
    return out
