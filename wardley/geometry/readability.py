"""The project's own checker of a picture's readability: overlapping labels.

Counts label/label overlaps and labels over components in a Scene. Used by the tests (the
gallery must have none) and by ``benchmarks/overlaps.py`` to report the count over the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass

from wardley.scene import Box, Circle, Rect, Scene, Text

#: Text drawn next to a component or link, placed by the layout engine. (Notes are not: they
#: stand where their author put them.)
LABEL_ROLES = frozenset(
    {"label", "evolved-label", "user-label", "link-label", "user", "overlay-label"}
)
COMPONENT_ROLES = frozenset({"user", "need", "capability", "evolved"})
#: Overlaps smaller than this (square pixels) are anti-aliasing, not collisions.
TOLERANCE = 2.0


@dataclass(frozen=True, slots=True)
class Overlaps:
    label_label: int
    label_component: int
    pairs: tuple[tuple[str, str], ...]

    @property
    def total(self) -> int:
        return self.label_label + self.label_component


def overlaps(scene: Scene) -> Overlaps:
    texts = [s for s in scene.shapes if isinstance(s, Text) and s.role in LABEL_ROLES and s.box]
    shapes = [s for s in scene.shapes if isinstance(s, Circle | Rect) and s.role in COMPONENT_ROLES]
    pairs: list[tuple[str, str]] = []
    label_label = label_component = 0
    for i, a in enumerate(texts):
        assert a.box is not None
        for b in texts[i + 1 :]:
            assert b.box is not None
            if a.box.overlap_area(b.box) > TOLERANCE:
                label_label += 1
                pairs.append((" ".join(a.lines), " ".join(b.lines)))
        for shape in shapes:
            box = _box(shape)
            if _contains(box, a.box):
                continue  # a name inside its own box (the book theme)
            if box.overlap_area(a.box) > TOLERANCE:
                label_component += 1
                pairs.append((" ".join(a.lines), shape.id))
    return Overlaps(label_label, label_component, tuple(pairs))


def _box(shape: Circle | Rect) -> Box:
    if isinstance(shape, Circle):
        # The square inside the circle: what a reader sees as covered.
        half = shape.r * 0.75
        return Box(shape.cx - half, shape.cy - half, 2 * half, 2 * half)
    return Box(shape.x, shape.y, shape.width, shape.height)


def _contains(outer: Box, inner: Box) -> bool:
    return (
        outer.x <= inner.x + 0.5
        and outer.y <= inner.y + 0.5
        and inner.right <= outer.right + 0.5
        and inner.bottom <= outer.bottom + 0.5
    )
