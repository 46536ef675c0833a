"""The four stages of evolution, their names, aliases and where they sit on the x-axis."""

from __future__ import annotations

from collections.abc import Sequence

#: Canonical stage ids, left to right.
STAGES: tuple[str, ...] = ("genesis", "custom", "product", "commodity")

#: The axis labels a reader of OnlineWardleyMaps and of the book expects.
DEFAULT_LABELS: tuple[str, ...] = (
    "Genesis",
    "Custom-Built",
    "Product (+rental)",
    "Commodity (+utility)",
)

#: Where each stage starts and ends on the evolution axis: OWM's dividers at 3.5/20, 8/20, 14/20.
BOUNDS: tuple[tuple[float, float], ...] = ((0.0, 0.175), (0.175, 0.4), (0.4, 0.7), (0.7, 1.0))

ALIASES: dict[str, int] = {
    "genesis": 0,
    "custom": 1,
    "custom-built": 1,
    "custombuilt": 1,
    "product": 2,
    "rental": 2,
    "product (+rental)": 2,
    "commodity": 3,
    "utility": 3,
    "commodity (+utility)": 3,
}


def normalise(name: str) -> str:
    """Stage names match ignoring case and runs of white space."""
    return " ".join(name.split()).lower()


def lookup(name: str, custom_labels: Sequence[str] | None = None) -> int | None:
    """The stage index (0..3) a name refers to, or None. Custom `evolution` labels count too."""
    key = normalise(name)
    if custom_labels:
        for index, label in enumerate(custom_labels):
            if label and normalise(label) == key:
                return index
    return ALIASES.get(key)


def known_names(custom_labels: Sequence[str] | None = None) -> list[str]:
    names = list(STAGES) + ["custom-built", "rental", "utility"]
    if custom_labels:
        names += [normalise(label) for label in custom_labels if label]
    return names


def evolution_of(stage: int, within: float | None = None) -> float:
    """The x position of a place inside a stage: `within` 0 is its left edge, 1 its right edge.

    Without `within`, the middle of the stage.
    """
    low, high = BOUNDS[stage]
    return low + (high - low) * (0.5 if within is None else within)


def bounds(count: int, ends: Sequence[float] | None = None) -> tuple[tuple[float, float], ...]:
    """Each stage's (start, end) for an axis of ``count`` stages: from ``ends`` (where each
    stage ends) when given, else OWM's places for four stages and equal widths for any other
    number (as Mermaid draws them)."""
    if ends:
        return tuple(zip((0.0, *ends[:-1]), ends, strict=True))
    if count == len(BOUNDS):
        return BOUNDS
    return tuple((index / count, (index + 1) / count) for index in range(count))


def stage_of(evolution: float, bounds: Sequence[tuple[float, float]] = BOUNDS) -> int:
    """The stage an x position falls in (a boundary belongs to the stage on its right)."""
    for index, (_, high) in enumerate(bounds):
        if evolution < high:
            return index
    return len(bounds) - 1
