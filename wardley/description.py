"""An image description of a map: plain prose for alt text and screen readers.

Like the book's "Image Description" paragraphs, but exact: it says which stage and how visible
each component is, what depends on what, and what the map expects to change. The same text
goes into the SVG's ``<desc>``.
"""

from __future__ import annotations

from collections import defaultdict

from wardley import stages
from wardley.geometry.placement import Placement, place
from wardley.model import Kind, Map, normalise_name


def _list(items: list[str]) -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _visibility(value: float) -> str:
    if value >= 0.8:
        return "very visible to users"
    if value >= 0.6:
        return "visible to users"
    if value >= 0.4:
        return "midway down the value chain"
    if value >= 0.2:
        return "less visible"
    return "nearly invisible to users"


def describe(map_: Map, placements: dict[str, Placement] | None = None) -> str:
    """The map in words, in the order a reader takes it in. ``placements`` are the places the
    picture drew (so that words and picture agree); by default they are computed."""
    labels = [
        label or (stages.DEFAULT_LABELS[i] if i < len(stages.DEFAULT_LABELS) else f"stage {i + 1}")
        for i, label in enumerate(map_.stage_labels)
    ]
    bounds = map_.stage_bounds
    stage_names = [label.split(" (")[0].lower() for label in labels]
    placed = placements if placements is not None else place(map_)
    out: list[str] = []
    title = f"“{map_.title}”" if map_.title else "an untitled map"
    out.append(
        f"A Wardley map, {title}. Evolution runs left to right through "
        f"{_count(len(labels))} stages: {_list(labels)}; the value chain runs from what is "
        "visible to users at the top to what is invisible at the bottom."
    )

    def where(name: str) -> tuple[str, float, float] | None:
        spot = placed.get(normalise_name(name))
        if spot is None:
            return None
        return stage_names[stages.stage_of(spot.evolution, bounds)], spot.visibility, spot.evolution

    by_kind: dict[Kind, list[str]] = defaultdict(list)
    seen: set[str] = set()
    for c in map_.components:
        key = normalise_name(c.name)
        if key in seen:
            continue
        seen.add(key)
        spot = where(c.name)
        if c.kind is Kind.USER or spot is None:
            by_kind[c.kind].append(_flat(c.name))
            continue
        _stage, visibility, evolution = spot
        extras = []
        if c.market:
            extras.append("a market")
        if c.ecosystem:
            extras.append("an ecosystem")
        if c.url is not None:
            extras.append("a submap")
        if c.inertia:
            extras.append("with inertia")
        if c.method:
            extras.append(
                {"build": "built in-house", "buy": "bought", "outsource": "outsourced"}[c.method]
            )
        detail = f"{_stage_phrase(evolution, stage_names, bounds)}, {_visibility(visibility)}"
        if extras:
            detail += ", " + ", ".join(extras)
        by_kind[c.kind].append(f"{_flat(c.name)} ({detail})")
    if by_kind[Kind.USER]:
        out.append(f"Users, at the top: {_list(by_kind[Kind.USER])}.")
        placed_users = [(c.name, where(c.name)) for c in map_.components if c.kind is Kind.USER]
        spread = [f"{_flat(name)} in {spot[0]}" for name, spot in placed_users if spot]
        if len(spread) > 1:
            out.append("From left to right: " + ", ".join(spread) + ".")
    if by_kind[Kind.NEED]:
        out.append(f"Their needs: {_list(by_kind[Kind.NEED])}.")
    if by_kind[Kind.CAPABILITY]:
        out.append(f"Capabilities: {_list(by_kind[Kind.CAPABILITY])}.")

    depends: dict[str, list[str]] = defaultdict(list)
    flows = []
    for link in map_.links:
        label = f" ({_flat(link.label)})" if link.label else ""
        if link.is_flow:
            value = f" worth {_flat(link.flow_label)}" if link.flow_label else ""
            way = {"+>": "to", "+<": "from", "+<>": "both ways between"}[link.operator]
            if way == "both ways between":
                flows.append(
                    f"both ways between {_flat(link.source)} and {_flat(link.target)}{value}{label}"
                )
            else:
                flows.append(f"from {_flat(link.source)} {way} {_flat(link.target)}{value}{label}")
        else:
            depends[link.source].append(_flat(link.target) + label)
    if depends:
        sentences = [
            f"{_flat(source)} depends on {_list(targets)}" for source, targets in depends.items()
        ]
        out.append("Links: " + "; ".join(sentences) + ".")
    if flows:
        out.append("Value flows " + "; ".join(flows) + ".")

    changes = []
    for evolve in map_.evolves:
        spot = where(evolve.component)
        if spot is None or evolve.position.x is None:
            continue
        old_stage, _, old_x = spot
        new_stage = stage_names[stages.stage_of(evolve.position.x, bounds)]
        move = (
            f"from {old_stage} to {new_stage}"
            if new_stage != old_stage
            else f"further within {new_stage}"
        )
        renamed = f", becoming {_flat(evolve.to)}" if evolve.to else ""
        direction = "" if evolve.position.x >= old_x else " (backwards)"
        changes.append(f"{_flat(evolve.component)} evolves {move}{direction}{renamed}")
    if changes:
        out.append("Dashed arrows show expected evolution: " + "; ".join(changes) + ".")
    named = {normalise_name(c.name) for c in map_.components}
    for pipeline in map_.pipelines:
        # A band is drawn under a component of the pipeline's name: with none, nothing shows.
        if not pipeline.members and pipeline.bounds and normalise_name(pipeline.name) in named:
            low, high = (stage_names[stages.stage_of(b, bounds)] for b in sorted(pipeline.bounds))
            span = f"from {low} to {high}" if low != high else f"within {low}"
            out.append(f"A pipeline band under {_flat(pipeline.name)} spans {span}.")
        if pipeline.members:
            out.append(
                f"The pipeline {_flat(pipeline.name)} shows its expected evolution as a band: "
                + " then ".join(_flat(m) for m in pipeline.members)
                + "."
            )
    for overlay in map_.overlays:
        if overlay.members:
            out.append(f"{_flat(overlay.name)} owns {_list([_flat(m) for m in overlay.members])}.")
        else:
            out.append(f"An area marks {_flat(overlay.name)}.")
    for accelerator in map_.accelerators:
        kind = "A deaccelerator" if accelerator.deaccelerator else "An accelerator"
        out.append(f"{kind} marks {_flat(accelerator.name)}.")
    for attitude in map_.attitudes:
        name = {"townplanners": "town planners"}.get(attitude.kind, attitude.kind)
        out.append(f"An area marks where {name} work.")
    for note in map_.notes:
        out.append(f"Note: {_flat(note.text)}.")
    for annotation in sorted(map_.annotations, key=lambda a: a.number):
        out.append(f"Annotation {annotation.number}: {_flat(annotation.text)}.")
    return " ".join(out)


def _stage_phrase(
    evolution: float, names: list[str], bounds: tuple[tuple[float, float], ...]
) -> str:
    """The stage, or "on the border of X and Y" within a short way of a boundary."""
    for index, (low, _) in enumerate(bounds[1:], start=1):
        if abs(evolution - low) <= BORDER:
            return f"on the border of {names[index - 1]} and {names[index]}"
    return names[stages.stage_of(evolution, bounds)]


def _count(number: int) -> str:
    words = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    return words[number - 2] if 2 <= number <= 10 else str(number)


#: How near a stage boundary counts as "on the border".
BORDER = 0.02


def _flat(text: str) -> str:
    return " ".join(text.split())
