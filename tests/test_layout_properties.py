"""Layout invariants on generated maps, checked with hypothesis."""

from __future__ import annotations

import math
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wardley
from wardley.geometry.placement import place
from wardley.model import normalise_name

SETTINGS = settings(
    max_examples=int(os.environ.get("WARDLEY_EXAMPLES", "80")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
WIDTH, HEIGHT = 1000.0, 640.0
STAGES = ["", " [genesis]", " [custom]", " [product]", " [commodity]", " [product 0.3]"]


@st.composite
def auto_maps(draw: st.DrawFn) -> str:
    """Value chains with no coordinates: users, needs and capabilities linked downwards."""
    users = draw(st.integers(1, 3))
    needs = draw(st.integers(1, 5))
    capabilities = draw(st.integers(0, 14))
    lines = [f"user U{i}" for i in range(users)]
    lines += [f"need N{i}{draw(st.sampled_from(STAGES))}" for i in range(needs)]
    lines += [f"capability C{i}{draw(st.sampled_from(STAGES))}" for i in range(capabilities)]
    for i in range(needs):
        lines.append(f"U{draw(st.integers(0, users - 1))} -> N{i}")
    for i in range(capabilities):
        # Links go down the chain only (a DAG): from a need, or from an earlier capability.
        if i and draw(st.booleans()):
            lines.append(f"C{draw(st.integers(0, i - 1))} -> C{i}")
        else:
            lines.append(f"N{draw(st.integers(0, needs - 1))} -> C{i}")
    return "\n".join(lines)


@SETTINGS
@given(auto_maps())
def test_auto_layout_invariants(text: str) -> None:
    map_ = wardley.parse(text)
    placed = place(map_, WIDTH, HEIGHT)
    again = place(map_, WIDTH, HEIGHT)
    assert placed == again  # deterministic
    points = {}
    for key, spot in placed.items():
        # Everything on the canvas.
        assert 0 <= spot.visibility <= 1 and 0 <= spot.evolution <= 1, (key, spot)
        points[key] = (spot.evolution * WIDTH, (1 - spot.visibility) * HEIGHT)
    # No two component circles (radius 6) overlap.
    keys = sorted(points)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            assert math.dist(points[a], points[b]) >= 13, (a, b, points[a], points[b])
    # A dependency is never placed above what depends on it.
    for link in map_.links:
        source, target = normalise_name(link.source), normalise_name(link.target)
        assert placed[target].visibility < placed[source].visibility, (link, placed)
    # Stage names are honoured: the component stays inside its stage.
    for component in map_.components:
        if component.position.stage is not None:
            from wardley.stages import BOUNDS

            low, high = BOUNDS[component.position.stage]
            assert low <= placed[normalise_name(component.name)].evolution <= high


@SETTINGS
@given(auto_maps())
def test_rendered_scene_stays_inside_the_canvas(text: str) -> None:
    scene = wardley.layout(wardley.parse(text))
    for shape in scene.shapes:
        box = getattr(shape, "box", None)
        if box is not None:
            assert box.x >= 0 and box.y >= 0, shape
            assert box.right <= scene.width and box.bottom <= scene.height, shape
